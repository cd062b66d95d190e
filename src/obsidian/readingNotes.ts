/**
 * Creating reading notes the lecture links but the vault lacks. Never overwrites: a path that exists, or that
 * appears between the check and the write, is left alone and reported.
 */
import { normalizePath, TFile, type App } from "obsidian";
import type { LectureReading } from "../core/lecture";
import { renderReadingTemplate } from "../core/readings/template";
import type { LectureAtlasSettings } from "../core/settings";

export type CreateOutcome = { status: "created"; path: string } | { status: "exists"; path: string } | { status: "failed"; path: string; reason: string };

/** Where a new note for a link target goes: the configured folder, else beside the lecture. */
export function readingNotePath(target: string, lecturePath: string, settings: LectureAtlasSettings, selfLink = false): string {
	const name = target.replace(/[\\:*?"<>|]/g, " ").replace(/\s+/g, " ").trim();
	// A path in the link, or a link that now resolves to the lecture itself: only the exact vault path wins.
	if (name.includes("/") || selfLink) return normalizePath(`${name}.md`);
	const folder = settings.readingFolder.trim() || lecturePath.split("/").slice(0, -1).join("/");
	return normalizePath(folder ? `${folder}/${name}.md` : `${name}.md`);
}

/** Characters Obsidian refuses in a file name (the path separator aside). */
const NOT_IN_FILE_NAMES = /[\\:*?"<>|]/g;

export async function createReadingNote(app: App, settings: LectureAtlasSettings, lecturePath: string, reading: LectureReading): Promise<CreateOutcome> {
	// A note made under a cleaned-up name would not be the one the link points to, and the reading would stay missing.
	const refused = [...new Set(reading.link.target.match(NOT_IN_FILE_NAMES) ?? [])];
	if (refused.length) return { status: "failed", path: reading.link.target, reason: `a file name cannot hold ${refused.join(" ")}; rename the link first` };
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
		return { status: "created", path };
	} catch (e) {
		// The file may have appeared meanwhile (another device, another plugin): never overwrite it.
		if (app.vault.getAbstractFileByPath(path) instanceof TFile) return { status: "exists", path };
		return { status: "failed", path, reason: e instanceof Error ? e.message : String(e) };
	}
}
