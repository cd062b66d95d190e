/**
 * The core's front door: one lecture note in, its analysis out. Pure and synchronous; everything it needs from the
 * vault (other notes' titles and aliases, link resolution) comes in as plain data.
 */
import { extractActors, type VaultActorNote } from "./actors";
import { extractDates } from "./dates";
import { parseNote, type NoteDocument } from "./markdown/document";
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
	/** The document model, for cross-referencing; not part of the JSON report. */
	doc: NoteDocument;
}

export function analyseNote(path: string, raw: string, ctx: AnalysisContext): NoteAnalysis {
	const doc = parseNote(raw);
	const { settings } = ctx;
	const dates = extractDates(doc, { minYear: settings.minYear, maxYear: settings.maxYear });
	const actors = extractActors(doc, {
		userActors: settings.actors,
		merges: settings.merges,
		ignored: settings.ignoredActors,
		vaultNotes: ctx.vaultActors,
		dates,
		readingHeadings: settings.readingHeadings,
	});
	const solutions = extractSolutions(doc, { cues: settings.solutionCues });
	const links = doc.links.map((link) => ({
		...link,
		resolved: link.target === "" ? path : ctx.resolveLink(link.target, path),
	}));
	return { path, dates, actors, solutions, links, doc };
}
