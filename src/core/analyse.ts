/**
 * The core's front door: one lecture note in, its analysis out. Pure and synchronous; everything it needs from the
 * vault (other notes' titles and aliases, link resolution) comes in as plain data.
 */
import { extractActorsAndLecturers, type VaultActorNote } from "./actors";
import { extractDates } from "./dates";
import { CONTEXT_LIMIT, contextAround, parseNote, type NoteDocument } from "./markdown/document";
import type { LectureAtlasSettings } from "./settings";
import { extractSolutions } from "./solutions";
import type { Actor, DateMention, Solution, WikiLink } from "./types";

export interface AnalysisContext {
	settings: LectureAtlasSettings;
	/** Notes of the vault that name actors (title and aliases). Empty outside a vault. */
	vaultActors: VaultActorNote[];
	/** Resolves a link path from `sourcePath` to a vault path, as Obsidian does; null when it does not resolve. */
	resolveLink: (linkpath: string, sourcePath: string) => string | null;
}

export interface NoteAnalysis {
	path: string;
	dates: DateMention[];
	actors: Actor[];
	solutions: Solution[];
	links: WikiLink[];
	/**
	 * The names the note gives its lecturer or author, full names and surnames: the other notes of its course leave
	 * out a person so named (`withoutCourseLecturers`). Not part of the JSON report.
	 */
	lecturers: string[];
	/** The document model, for cross-referencing; not part of the JSON report. */
	doc: NoteDocument;
}

export function analyseNote(path: string, raw: string, ctx: AnalysisContext): NoteAnalysis {
	const doc = parseNote(raw);
	const { settings } = ctx;
	const dates = boundContexts(doc, extractDates(doc, { minYear: settings.minYear, maxYear: settings.maxYear }));
	const { actors, lecturers } = extractActorsAndLecturers(doc, {
		userActors: settings.actors,
		merges: settings.merges,
		ignored: settings.ignoredActors,
		vaultNotes: ctx.vaultActors,
		dates,
		readingHeadings: settings.readingHeadings,
	});
	const solutions = boundContexts(doc, extractSolutions(doc, { cues: settings.solutionCues }));
	const links = doc.links.map((link) => ({
		...link,
		resolved: link.target === "" ? path : ctx.resolveLink(link.target, path),
	}));
	return { path, dates, actors, solutions, links, lecturers, doc };
}

/** A long line with more findings than this is a dump (a pasted table, a megabyte of years), not prose. */
const CROWDED = 20;
/** Context of each finding on such a line: enough to recognise it, small enough that 200,000 of them stay cheap. */
const CROWDED_CONTEXT = 100;

/**
 * Contexts of findings on lines over CONTEXT_LIMIT characters cut to a window around each finding (a narrower one
 * on a line crowded with findings), and a solution's problem to its first CONTEXT_LIMIT characters: each finding
 * repeats its context, so this keeps what is shown and serialised linear in the note. Findings on ordinary lines
 * are left as the extractors made them.
 */
export function boundContexts<T extends DateMention | Solution>(doc: NoteDocument, found: T[]): T[] {
	let perLine: Map<number, number> | null = null;
	for (const f of found) {
		if (f.context.length <= CONTEXT_LIMIT) continue;
		perLine ??= new Map();
		perLine.set(f.line, (perLine.get(f.line) ?? 0) + 1);
	}
	for (const f of found) {
		const n = perLine?.get(f.line);
		if (n !== undefined) f.context = contextAround(doc, f.line, f.col, f.length, n > CROWDED ? CROWDED_CONTEXT : CONTEXT_LIMIT);
		if ("problem" in f && f.problem !== null && f.problem.length > CONTEXT_LIMIT) f.problem = `${f.problem.slice(0, CONTEXT_LIMIT).replace(/[\ud800-\udbff]$/, "")}…`;
	}
	return found;
}
