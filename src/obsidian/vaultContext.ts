/**
 * The adapter between Obsidian and the core: link resolution through the metadata cache, frontmatter from the
 * cache, the notes that name actors, and reading note texts read ahead of the (synchronous) core.
 */
import { parseFrontMatterAliases, TFile, type App } from "obsidian";
import type { VaultActorNote } from "../core/actors";
import { analyseNote } from "../core/analyse";
import { analyseReadings, readingPaths, type LectureReading, type ReadingEnv } from "../core/lecture";
import type { NoteAnalysis } from "../core/analyse";
import type { LectureAtlasSettings } from "../core/settings";

export interface LectureModel {
	file: TFile;
	analysis: NoteAnalysis;
	readings: LectureReading[];
	/** Paths whose changes make this model stale: the lecture and its readings. */
	watched: Set<string>;
}

export class VaultContext {
	private actorNotes: VaultActorNote[] | null = null;

	constructor(
		private app: App,
		private getSettings: () => LectureAtlasSettings,
	) {}

	/** Forget what was derived from the whole vault; called on metadata changes, renames and deletions. */
	invalidate(): void {
		this.actorNotes = null;
	}

	frontmatterOf(path: string): Record<string, unknown> | null {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return null;
		return (this.app.metadataCache.getFileCache(file)?.frontmatter as Record<string, unknown> | undefined) ?? null;
	}

	resolveLink(linkpath: string, sourcePath: string): string | null {
		return this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null;
	}

	vaultActors(): VaultActorNote[] {
		this.actorNotes ??= this.app.vault.getMarkdownFiles().map((f) => ({
			path: f.path,
			title: f.basename,
			aliases: parseFrontMatterAliases(this.frontmatterOf(f.path)) ?? [],
		}));
		return this.actorNotes;
	}

	isReadingNote(path: string): boolean {
		const fm = this.frontmatterOf(path);
		const type = fm?.type;
		if (typeof type === "string" && type.toLowerCase() === "reading") return true;
		const tags = fm?.tags;
		const list = Array.isArray(tags) ? tags.map(String) : typeof tags === "string" ? tags.split(/[\s,]+/) : [];
		return list.some((t) => t.replace(/^#/, "").toLowerCase() === "reading");
	}

	private env(texts: Map<string, string | null>): ReadingEnv {
		return {
			settings: this.getSettings(),
			vaultActors: this.vaultActors(),
			resolveLink: (l, s) => this.resolveLink(l, s),
			read: (path) => texts.get(path) ?? null,
			frontmatterOf: (path) => this.frontmatterOf(path),
			isReadingNote: (path) => this.isReadingNote(path),
		};
	}

	/** Reads the lecture and its readings, then analyses them in one synchronous step. */
	async analyse(file: TFile): Promise<LectureModel> {
		const texts = new Map<string, string | null>();
		const raw = await this.app.vault.cachedRead(file);
		const env = this.env(texts);
		const analysis = analyseNote(file.path, raw, env);
		const paths = readingPaths(analysis, env);
		await Promise.all(
			paths.map(async (path) => {
				const f = this.app.vault.getFileByPath(path);
				try {
					texts.set(path, f instanceof TFile ? await this.app.vault.cachedRead(f) : null);
				} catch {
					texts.set(path, null); // shown as "could not be read"; the lecture still renders
				}
			}),
		);
		const readings = analyseReadings(analysis, env);
		return { file, analysis, readings, watched: new Set([file.path, ...paths]) };
	}
}
