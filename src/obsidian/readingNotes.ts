/**
 * Creating reading notes the lecture links but the vault lacks. Never overwrites: a path that exists, or that
 * appears between the check and the write, is left alone and reported.
 */
import { normalizePath, TFile, type App } from "obsidian";
import type { LectureReading } from "../core/lecture";
import { renderReadingTemplate } from "../core/readings/template";
import type { LectureAtlasSettings } from "../core/settings";

export type CreateOutcome = { status: "created"; path: string; unlinkable: Unlinkable | null } | { status: "exists"; path: string } | { status: "failed"; path: string; reason: string };

/** Characters Obsidian refuses in a file name (the path separator aside). */
const NOT_IN_FILE_NAMES = /[\\:*?"<>|]/g;

/** Where a new note for a link target goes: the configured folder, else beside the lecture. */
export function readingNotePath(target: string, lecturePath: string, settings: LectureAtlasSettings, selfLink = false): string {
	const name = target.replace(NOT_IN_FILE_NAMES, " ").replace(/\s+/g, " ").trim();
	// A path in the link, or a link that now resolves to the lecture itself: only the exact vault path wins.
	if (name.includes("/") || selfLink) return normalizePath(`${name}.md`);
	const folder = settings.readingFolder.trim() || lecturePath.split("/").slice(0, -1).join("/");
	return normalizePath(folder ? `${folder}/${name}.md` : `${name}.md`);
}

/**
 * What the user must know when a link's name holds characters file names cannot: the note is made under the
 * cleaned-up name, which the link does not lead to until it is changed to `linkAs`.
 */
export interface Unlinkable {
	target: string;
	characters: string[];
	linkAs: string;
}

export function unlinkable(target: string, path: string): Unlinkable | null {
	const characters = [...new Set(target.match(NOT_IN_FILE_NAMES) ?? [])];
	if (!characters.length) return null;
	const name = path.replace(/\.md$/i, "");
	return { target, characters, linkAs: target.includes("/") ? name : (name.split("/").pop() ?? name) };
}

/** The notice's sentence for links that cannot lead to their new notes. */
export function unlinkableText(list: readonly Unlinkable[]): string {
	if (!list.length) return "";
	const characters = [...new Set(list.flatMap((u) => u.characters))].join(" ");
	return `File names cannot hold ${characters}, so ${list.map((u) => `[[${u.target}]]`).join(", ")} cannot lead to ${list.length > 1 ? "their notes" : "it"}: change ${list.length > 1 ? "them" : "it"} to ${list.map((u) => `[[${u.linkAs}]]`).join(", ")}.`;
}

export async function createReadingNote(app: App, settings: LectureAtlasSettings, lecturePath: string, reading: LectureReading): Promise<CreateOutcome> {
	const path = readingNotePath(reading.link.target, lecturePath, settings, reading.selfLink);
	if (app.vault.getAbstractFileByPath(path)) return { status: "exists", path };
	const period = reading.report.period;
	const text = renderReadingTemplate(settings.readingTemplate, {
		title: reading.link.target,
		period: period ? (period.start === period.end ? String(period.start) : `${period.start}-${period.end}`) : "",
		lecture: lecturePath.replace(/\.md$/i, ""),
		date: new Date().toISOString().slice(0, 10),
	});
	try {
		const folder = path.split("/").slice(0, -1).join("/");
		if (folder && !app.vault.getFolderByPath(folder)) {
			try {
				await app.vault.createFolder(folder);
			} catch (e) {
				if (!app.vault.getFolderByPath(folder)) throw e; // made meanwhile is as good as made by us
			}
		}
		await app.vault.create(path, text);
		return { status: "created", path, unlinkable: unlinkable(reading.link.target, path) };
	} catch (e) {
		// The file may have appeared meanwhile (another device, another plugin): never overwrite it.
		if (app.vault.getAbstractFileByPath(path) instanceof TFile) return { status: "exists", path };
		return { status: "failed", path, reason: e instanceof Error ? e.message : String(e) };
	}
}
