/**
 * The adapter between Obsidian and the core: link resolution through the metadata cache, frontmatter from the
 * cache, the notes that name actors, reading note texts read ahead of the (synchronous) core, and the analyses of
 * notes, kept while a note's text, the settings and the actor notes stay the same. The pane and the course index
 * both analyse through it, so a lecture edited once is analysed once, under the same actor notes, for both.
 */
import { TFile, type App, type Component } from "obsidian";
import { vaultActorNote, withoutCourseLecturers, type VaultActorNote } from "../core/actors";
import { analyseNote, type AnalysisContext } from "../core/analyse";
import { Backlinks } from "../core/index/backlinks";
import { prepareAnalysisInSlices } from "../core/prepare";
import { Slices, type SliceClock } from "../core/slices";
import { analyseReadings, readingPaths, type LectureReading, type ReadingEnv } from "../core/lecture";
import { lecturesCiting, type CitingLecture } from "../core/readings/citing";
import { coveragePeriod } from "../core/readings/period";
import type { NoteAnalysis } from "../core/analyse";
import type { LectureAtlasSettings } from "../core/settings";
import { REAL_CLOCK } from "./clock";

export interface LectureModel {
	file: TFile;
	analysis: NoteAnalysis;
	readings: LectureReading[];
	/** When the note is itself a reading: the lectures that list it among their readings (the reverse view). */
	citedBy: CitingLecture[];
	/** Paths whose changes make this model stale: the note, its readings and the lectures citing it. */
	watched: Set<string>;
}

/**
 * The note the commands act on: the active Markdown note, or the one last active when the focus is in a sidebar
 * (the pane itself, right after "Open pane").
 */
export function activeNote(app: App): TFile | null {
	const file = app.workspace.getActiveFile();
	return file && file.extension === "md" ? file : null;
}

/**
 * Analyses kept: typing in a lecture does not re-analyse its readings, and the course index and the pane share
 * the lecture's.
 */
const CACHE_LIMIT = 200;

interface CachedAnalysis {
	text: string;
	settings: LectureAtlasSettings;
	actors: VaultActorNote[];
	analysis: NoteAnalysis;
}

export class VaultContext {
	private actorNotes: VaultActorNote[] | null = null;
	private analysed = new Map<string, CachedAnalysis>();
	/** The lecturers of a note's course, as the course index knows them (`useCourse`); none without an index. */
	private lecturersNear: ((path: string) => ReadonlySet<string>) | null = null;
	/** The notes linking to a note, kept current from the metadata cache's events (the reverse view's look-up). */
	private backlinks = new Backlinks(() => this.app.metadataCache.resolvedLinks);

	constructor(
		private app: App,
		/** The plugin's settings as they stand (replaced, never changed in place, when the user changes them). */
		readonly getSettings: () => LectureAtlasSettings,
		/** For the gazetteer's first build, in slices that leave the app its turns. */
		private clock: SliceClock = REAL_CLOCK,
	) {}

	/**
	 * Keeps the actor notes and the analyses current from the vault's events, through `owner` (the plugin). Start it
	 * before anything else that analyses on the same events (the course index): Obsidian calls handlers in the order
	 * they were registered, so they find the actor notes already updated.
	 */
	start(owner: Component): void {
		const { metadataCache, vault } = this.app;
		owner.registerEvent(metadataCache.on("changed", (file) => this.noteChanged(file)));
		// a note's links resolved anew: its own entry of the link table is all that changed
		owner.registerEvent(metadataCache.on("resolve", (file) => this.backlinks.resolved(file.path)));
		// a new note may name an actor; a renamed or deleted one changes what links resolve to
		owner.registerEvent(vault.on("create", () => this.invalidate()));
		owner.registerEvent(vault.on("rename", () => this.invalidate()));
		owner.registerEvent(vault.on("delete", () => this.invalidate()));
	}

	/** Forget what was derived from the whole vault; called on renames, deletions and settings changes. */
	invalidate(): void {
		this.actorNotes = null;
		this.backlinks.clear();
		this.analysed.clear();
	}

	/**
	 * A note's metadata changed. The vault's actor notes are rebuilt only when this note's title, aliases or
	 * declared kind changed, so ordinary typing does not rebuild the actor lexicon (which is keyed on the list).
	 */
	noteChanged(file: TFile): void {
		if (!this.actorNotes) return;
		const next = vaultActorNote(file.path, this.frontmatterOf(file.path));
		const i = this.actorNotes.findIndex((n) => n.path === file.path);
		const prev = i === -1 ? null : this.actorNotes[i];
		if (prev && prev.kind === next.kind && prev.aliases.join("\u0000") === next.aliases.join("\u0000")) return;
		this.actorNotes = i === -1 ? [...this.actorNotes, next] : this.actorNotes.map((n, j) => (j === i ? next : n));
	}

	frontmatterOf(path: string): Record<string, unknown> | null {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return null;
		return this.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
	}

	resolveLink(linkpath: string, sourcePath: string): string | null {
		return this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null;
	}

	vaultActors(): VaultActorNote[] {
		this.actorNotes ??= this.app.vault.getMarkdownFiles().map((f) => vaultActorNote(f.path, this.frontmatterOf(f.path)));
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

	/** What the core needs to analyse a note: the settings, the vault's actor notes as they stand, and links. */
	analysisContext(): AnalysisContext {
		return { settings: this.getSettings(), vaultActors: this.vaultActors(), resolveLink: (l, s) => this.resolveLink(l, s) };
	}

	private env(texts: Map<string, string | null>): ReadingEnv {
		return {
			...this.analysisContext(),
			read: (path) => texts.get(path) ?? null,
			frontmatterOf: (path) => this.frontmatterOf(path),
			isReadingNote: (path) => this.isReadingNote(path),
			analyse: (path, text) => this.analysis(path, text),
		};
	}

	/**
	 * A note's analysis, reused while its text, the settings and the vault's actor notes are the same (each is
	 * replaced, never changed in place, when it changes). Links resolve anew after renames and deletions, which clear
	 * the cache. `ctx` defaults to the current context; one with other settings or actor notes is analysed afresh.
	 * `keep: false` reads the cache but keeps nothing new (the course index's build over the whole vault, which
	 * would otherwise fill it with every lecture).
	 */
	analysis(path: string, text: string, ctx: AnalysisContext = this.analysisContext(), keep = true): NoteAnalysis {
		const kept = this.kept(path, text, ctx);
		if (kept) return kept;
		const analysis = analyseNote(path, text, ctx);
		if (!keep) return analysis;
		this.analysed.delete(path);
		if (this.analysed.size >= CACHE_LIMIT) this.analysed.delete(this.analysed.keys().next().value as string);
		this.analysed.set(path, { text, settings: ctx.settings, actors: ctx.vaultActors, analysis });
		return analysis;
	}

	/** Reads a note's course lecturers from `lecturers` (the course index) from now on. */
	useCourse(lecturers: (path: string) => ReadonlySet<string>): void {
		this.lecturersNear = lecturers;
	}

	/**
	 * The analysis as the pane shows it: without the persons its course's other lectures name as the lecturer
	 * (`withoutCourseLecturers`). The kept analysis stays the note's own.
	 */
	private inCourse(analysis: NoteAnalysis): NoteAnalysis {
		const lecturers = this.lecturersNear?.(analysis.path);
		if (!lecturers?.size) return analysis;
		const actors = withoutCourseLecturers(analysis.actors, lecturers);
		return actors === analysis.actors ? analysis : { ...analysis, actors };
	}

	/** Whether an analysis of this text is kept for the note under the current settings and actor notes. */
	isKept(path: string, text: string): boolean {
		return this.kept(path, text, this.analysisContext()) !== null;
	}

	/** The analysis kept for this text under this context's settings and actor notes, if any. */
	private kept(path: string, text: string, ctx: AnalysisContext): NoteAnalysis | null {
		const hit = this.analysed.get(path);
		return hit && hit.text === text && hit.settings === ctx.settings && hit.actors === ctx.vaultActors ? hit.analysis : null;
	}

	/**
	 * Reads the lecture and its readings and analyses them: the lecture, each reading not analysed yet in a turn of
	 * its own, then the cross-reference in one step. The first analysis of a session waits for the gazetteer, built
	 * in slices meanwhile (the pane says it is reading the note).
	 */
	async analyse(file: TFile): Promise<LectureModel> {
		await prepareAnalysisInSlices(new Slices(this.clock));
		const texts = new Map<string, string | null>();
		const raw = await this.app.vault.cachedRead(file);
		const env = this.env(texts);
		const analysis = this.inCourse(this.analysis(file.path, raw, env));
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
		// A reading not analysed yet is analysed in a turn of its own, so a lecture's first view does not block the
		// app for all its readings at once; an edit of the lecture finds them kept and takes no turn.
		for (const path of paths) {
			const text = texts.get(path);
			if (text == null || !path.toLowerCase().endsWith(".md") || this.kept(path, text, env)) continue;
			await this.clock.yieldFn();
			this.analysis(path, text, env);
		}
		const readings = analyseReadings(analysis, env);
		const citedBy = await this.citedBy(file, analysis, env);
		return { file, analysis, readings, citedBy, watched: new Set([file.path, ...paths, ...citedBy.map((c) => c.path)]) };
	}

	/**
	 * The notes that link this one from their readings section, each cross-referenced against it as its own pane shows
	 * it (`inCourse`).
	 */
	private async citedBy(file: TFile, reading: NoteAnalysis, env: ReadingEnv): Promise<CitingLecture[]> {
		const sources = this.backlinks.sources(file.path);
		const lectures: NoteAnalysis[] = [];
		for (const source of sources) {
			const f = this.app.vault.getFileByPath(source);
			if (!f) continue;
			try {
				const lecture = this.analysis(source, await this.app.vault.cachedRead(f));
				// (as the lecture's own pane shows it: without its course's lecturer)
				if (readingPaths(lecture, env).includes(file.path)) lectures.push(this.inCourse(lecture));
			} catch {
				// an unreadable lecture is left out of the reverse view; the note itself still renders
			}
		}
		const period = coveragePeriod(file.basename, this.frontmatterOf(file.path));
		return lecturesCiting(file.path, lectures, { analysis: reading, period });
	}
}
