/**
 * The course index: what the course timeline needs from every note of the vault, cached by path and modification
 * time, and kept up to date one note at a time (upsert, remove, rename).
 *
 * Only lectures are analysed and kept in full (their dates, and which actors each date's line mentions); other
 * notes cost one entry that remembers why they are not lectures, so that a rename can decide again without
 * reading them. The analysis context (settings, vault actor notes, link resolution) comes in from outside; when the
 * settings change the adapter clears the index and builds it again.
 */
import { isCourseLecturer } from "../actors";
import { analyseNote, boundContexts, type AnalysisContext, type NoteAnalysis } from "../analyse";
import { compareDates, extractDates } from "../dates";
import { folderOf } from "../links/resolve";
import { parseNote } from "../markdown/document";
import type { Frontmatter } from "../markdown/frontmatter";
import { readingLinks } from "../readings/section";
import type { LectureAtlasSettings } from "../settings";
import type { ActorKind, DateMention } from "../types";
import {
	buildPrefilters,
	explicitReason,
	frontmatterType,
	hasTag,
	inFolder,
	lectureReason,
	lowerTags,
	mayInfer,
	type LectureReason,
	type LectureSignals,
	type Prefilters,
} from "./lectures";

export interface IndexedActor {
	id: string;
	name: string;
	kind: ActorKind;
	/** The actor's own vault note, when there is one. */
	note: string | null;
	mentions: number;
}

export interface IndexedNote {
	path: string;
	mtime: number;
	/** Why the note is a lecture, or null when it is not one. */
	lecture: LectureReason | null;
	signals: LectureSignals;
	/** Lectures only: the dates in note order, and for each the ids of the actors named on its line. */
	dates: DateMention[];
	dateActors: string[][];
	actors: IndexedActor[];
	/** Lectures only: the names the note gives its lecturer (`NoteAnalysis.lecturers`). */
	lecturers: string[];
	/** Set when a rename made the note a candidate whose text was never analysed: the adapter reads it again. */
	stale: boolean;
}

/** One date of one lecture: what the course timeline draws and the command line prints. */
export interface CourseEvent {
	path: string;
	/** The lecture's title: its file name without `.md`. */
	title: string;
	date: DateMention;
	/** Actors named on the date's line. */
	actorIds: string[];
}

export interface CourseFilter {
	/** An actor id: only dates whose line names that actor. */
	actor?: string | null;
	/** A lecture's path. */
	lecture?: string | null;
	/** A folder: lectures inside it, at any depth. */
	folder?: string | null;
	/** A tag without `#`: lectures carrying it (or a tag nested under it). */
	tag?: string | null;
}

export interface ActorSummary {
	id: string;
	name: string;
	kind: ActorKind;
	/** Mentions across all lectures, and how many lectures name the actor. */
	mentions: number;
	lectures: number;
}

export function titleOf(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

export class CourseIndex {
	private notes = new Map<string, IndexedNote>();
	private prefilters: { settings: LectureAtlasSettings; filters: Prefilters } | null = null;
	private sorted: CourseEvent[] | null = null;
	/** `lecturersByFolder`'s answer and the version it was made for. */
	private lecturers: { version: number; byFolder: Map<string, Set<string>> } | null = null;
	/** Bumped on every change that can alter what the timeline shows. */
	version = 0;

	/** `analyse` is the core's analysis; tests may pass hand-built analyses instead. */
	constructor(
		private context: () => AnalysisContext,
		private analyse: (path: string, raw: string, ctx: AnalysisContext) => NoteAnalysis = analyseNote,
	) {}

	get size(): number {
		return this.notes.size;
	}

	get(path: string): IndexedNote | undefined {
		return this.notes.get(path);
	}

	/** Whether the note must be (re)read: unknown, changed since it was indexed, or marked stale. */
	needsUpdate(path: string, mtime: number): boolean {
		const e = this.notes.get(path);
		return e === undefined || e.mtime !== mtime || e.stale;
	}

	paths(): string[] {
		return [...this.notes.keys()];
	}

	/**
	 * The names the indexed lectures in a note's folder give their lecturer: its course's, whom the note's own
	 * analysis may not know for one (`withoutCourseLecturers`). Read only: the set is the index's own.
	 */
	courseLecturers(path: string): ReadonlySet<string> {
		return this.lecturersByFolder().get(folderOf(path)) ?? NO_NAMES;
	}

	/** The lecturers' names by folder, gathered once for each version of the index (the pane asks at every refresh). */
	private lecturersByFolder(): Map<string, Set<string>> {
		if (this.lecturers?.version === this.version) return this.lecturers.byFolder;
		const byFolder = new Map<string, Set<string>>();
		for (const e of this.notes.values()) {
			if (e.lecture === null || !e.lecturers.length) continue;
			const folder = folderOf(e.path);
			const names = byFolder.get(folder) ?? new Set<string>();
			for (const n of e.lecturers) names.add(n);
			byFolder.set(folder, names);
		}
		this.lecturers = { version: this.version, byFolder };
		return byFolder;
	}

	clear(): void {
		if (this.notes.size === 0) return;
		this.notes.clear();
		this.changed();
	}

	/**
	 * Indexes a note's text. Returns false when the same version is already indexed (same path and mtime), unless
	 * `force` (the host's metadata for the note changed, e.g. its frontmatter was read late).
	 */
	upsert(path: string, mtime: number, text: string, frontmatter: Frontmatter | null, force = false): boolean {
		if (!force && !this.needsUpdate(path, mtime)) return false;
		const ctx = this.context();
		const { settings } = ctx;
		const filters = this.filters(settings);
		const signals: LectureSignals = { tags: lowerTags(frontmatter), type: frontmatterType(frontmatter), readingsSection: null };

		const explicit = explicitReason(path, signals, settings);
		const tagged = explicit === null && filters.tag(text);
		const inferable = mayInfer(path, signals.type, settings);
		const readingsLike = inferable && filters.readings(text);
		if (inferable && !readingsLike) signals.readingsSection = false;

		if (explicit === null && (tagged || readingsLike)) {
			// Decide on the document model alone: parsing is cheap, the full analysis is not, and most candidates
			// (a "Sources" heading, a `#lecture` inside code) turn out not to be lectures.
			const doc = parseNote(text);
			for (const t of doc.tags) if (!signals.tags.includes(t)) signals.tags.push(t);
			// Links as written, unresolved: a note is a lecture by its own readings section, not by where links lead.
			signals.readingsSection = readingLinks(doc, doc.links, settings.readingHeadings).length > 0;
		}
		const lecture = lectureReason(path, signals, settings);
		const before = this.notes.get(path);
		const entry: IndexedNote = { path, mtime, lecture, signals, dates: [], dateActors: [], actors: [], lecturers: [], stale: false };
		if (lecture !== null) {
			const analysis = this.analyse(path, text, ctx);
			if (explicit !== null) {
				for (const t of analysis.doc.tags) if (!signals.tags.includes(t)) signals.tags.push(t);
				signals.readingsSection = readingLinks(analysis.doc, analysis.doc.links, settings.readingHeadings).length > 0;
			}
			fillLecture(entry, analysis);
		}
		this.notes.set(path, entry);
		if (lecture !== null || (before !== undefined && before.lecture !== null)) this.changed();
		return true;
	}

	remove(path: string): boolean {
		const e = this.notes.get(path);
		if (!e) return false;
		this.notes.delete(path);
		if (e.lecture !== null) this.changed();
		return true;
	}

	/**
	 * Moves a note's entry. Lecture-ness is decided again from the kept signals; returns true when the note must be
	 * read again because it may now be a lecture whose text was never analysed.
	 */
	rename(oldPath: string, newPath: string): boolean {
		const e = this.notes.get(oldPath);
		if (!e) return false;
		this.notes.delete(oldPath);
		const { settings } = this.context();
		const signals = e.signals;
		const was = e.lecture;
		const moved: IndexedNote = { ...e, path: newPath, dates: e.dates, stale: false };
		const explicit = explicitReason(newPath, signals, settings);
		const unknownSection = signals.readingsSection === null && mayInfer(newPath, signals.type, settings);
		moved.lecture = lectureReason(newPath, signals, settings);
		if (moved.lecture !== null && was === null) moved.stale = true;
		if (explicit === null && unknownSection) moved.stale = true;
		if (moved.lecture === null) {
			moved.dates = [];
			moved.dateActors = [];
			moved.actors = [];
			moved.lecturers = [];
		}
		this.notes.set(newPath, moved);
		if (was !== null || moved.lecture !== null) this.changed();
		return moved.stale;
	}

	/** The lectures, by path. */
	lectures(): IndexedNote[] {
		return [...this.notes.values()].filter((e) => e.lecture !== null).sort((a, b) => comparePaths(a.path, b.path));
	}

	/** Every lecture date, in chronological order, filtered. */
	events(filter: CourseFilter = {}): CourseEvent[] {
		this.sorted ??= this.allEvents();
		const { actor, lecture, folder, tag } = filter;
		if (!actor && !lecture && !folder && !tag) return this.sorted;
		return this.sorted.filter((ev) => {
			if (lecture && ev.path !== lecture) return false;
			if (folder && !inFolder(ev.path, folder)) return false;
			if (tag && !hasTag(this.notes.get(ev.path)?.signals.tags ?? [], tag)) return false;
			return !actor || ev.actorIds.includes(actor);
		});
	}

	/** Actors named across the lectures, most mentioned first. */
	actors(): ActorSummary[] {
		const byId = new Map<string, ActorSummary>();
		// (without the persons a lecture's course names as the lecturer, as the pane leaves them out)
		const lecturers = this.lecturersByFolder();
		for (const e of this.notes.values()) {
			const course = lecturers.size ? lecturers.get(folderOf(e.path)) : undefined;
			for (const a of e.actors) {
				if (course && isCourseLecturer(a, course)) continue;
				const s = byId.get(a.id);
				if (s) {
					s.mentions += a.mentions;
					s.lectures++;
				} else byId.set(a.id, { id: a.id, name: a.name, kind: a.kind, mentions: a.mentions, lectures: 1 });
			}
		}
		return [...byId.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
	}

	/** Folders that hold lectures, at every depth, sorted. */
	folders(): string[] {
		const out = new Set<string>();
		for (const e of this.notes.values()) {
			if (e.lecture === null) continue;
			const parts = e.path.split("/");
			for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join("/"));
		}
		return [...out].sort(comparePaths);
	}

	/** Tags carried by lectures, sorted. */
	tags(): string[] {
		const out = new Set<string>();
		for (const e of this.notes.values()) if (e.lecture !== null) for (const t of e.signals.tags) out.add(t);
		return [...out].sort();
	}

	private changed(): void {
		this.version++;
		this.sorted = null;
	}

	private filters(settings: LectureAtlasSettings): Prefilters {
		if (this.prefilters?.settings !== settings) this.prefilters = { settings, filters: buildPrefilters(settings) };
		return this.prefilters.filters;
	}

	private allEvents(): CourseEvent[] {
		const out: CourseEvent[] = [];
		for (const e of this.notes.values()) {
			if (e.lecture === null) continue;
			const title = titleOf(e.path);
			e.dates.forEach((date, i) => out.push({ path: e.path, title, date, actorIds: e.dateActors[i] ?? [] }));
		}
		return out.sort((a, b) => compareDates(a.date, b.date) || comparePaths(a.path, b.path) || a.date.offset - b.date.offset);
	}
}

function fillLecture(entry: IndexedNote, analysis: NoteAnalysis): void {
	entry.dates = analysis.dates;
	entry.lecturers = analysis.lecturers;
	const byLine = new Map<number, string[]>();
	for (const a of analysis.actors) {
		entry.actors.push({ id: a.id, name: a.name, kind: a.kind, note: a.note, mentions: a.mentions.length });
		for (const m of a.mentions) {
			const ids = byLine.get(m.line);
			if (!ids) byLine.set(m.line, [a.id]);
			else if (!ids.includes(a.id)) ids.push(a.id);
		}
	}
	entry.dateActors = analysis.dates.map((d) => byLine.get(d.line) ?? []);
}

/**
 * An analysis that finds the dates only, for callers that show no actors (the command line's timeline): dates do
 * not depend on actors, so the timeline is the same and costs a fraction.
 */
export function analyseDatesOnly(path: string, raw: string, ctx: AnalysisContext): NoteAnalysis {
	const doc = parseNote(raw);
	const dates = boundContexts(doc, extractDates(doc, { minYear: ctx.settings.minYear, maxYear: ctx.settings.maxYear }));
	return { path, dates, actors: [], solutions: [], links: doc.links, lecturers: [], doc };
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** Made on first use: a collator costs about a millisecond, which the plugin's load should not pay. */
let collator: Intl.Collator | null = null;

/** Natural order, as a file explorer sorts: "Week 2" before "Week 10". */
export function comparePaths(a: string, b: string): number {
	collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
	return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
