/**
 * A lecture with its readings: the lecture's analysis plus, for each reading it links, the cross-reference of the
 * reading note against the lecture. This is what the pane shows and what the command line prints.
 *
 * Reading notes are read through `env.read`, which is synchronous: inside Obsidian the adapter reads them
 * (cachedRead) before calling in, using `readingPaths` to know which.
 */
import type { AnalysisContext, NoteAnalysis } from "./analyse";
import { analyseNote } from "./analyse";
import { formatDate } from "./dates";
import { crossReference, type ReadingReport } from "./readings/crossref";
import { toReadingJson } from "./readings/json";
import { coveragePeriod } from "./readings/period";
import { readingLinks } from "./readings/section";
import type { WikiLink } from "./types";

export interface ReadingEnv extends AnalysisContext {
	/** Text of a vault note, or null when it cannot be read. */
	read(path: string): string | null;
	frontmatterOf(path: string): Record<string, unknown> | null;
	/** Whether a linked note declares itself a reading (frontmatter, tag, folder). */
	isReadingNote?(path: string): boolean;
	/** Analyses a linked note; an adapter may answer from a cache of unchanged notes. Default: `analyseNote`. */
	analyse?(path: string, text: string): NoteAnalysis;
}

export type ReadingState = "resolved" | "missing" | "unreadable";

export interface LectureReading {
	link: WikiLink;
	/** What the lecture shows for the link: its alias, else its target. */
	label: string;
	state: ReadingState;
	/** The link resolves to the lecture itself, so the reading has no note of its own. */
	selfLink: boolean;
	report: ReadingReport;
}

/** The links of the lecture that are readings, once each, in order. */
export function lectureReadingLinks(lecture: NoteAnalysis, env: Pick<ReadingEnv, "settings" | "isReadingNote">): WikiLink[] {
	return readingLinks(lecture.doc, lecture.links, env.settings.readingHeadings, env.isReadingNote);
}

/** The vault paths of the readings that resolve, for an adapter that must read them first. */
export function readingPaths(lecture: NoteAnalysis, env: Pick<ReadingEnv, "settings" | "isReadingNote">): string[] {
	return lectureReadingLinks(lecture, env)
		.map((l) => l.resolved)
		.filter((p): p is string => p !== null && p !== lecture.path && p.toLowerCase().endsWith(".md"));
}

export function analyseReadings(lecture: NoteAnalysis, env: ReadingEnv): LectureReading[] {
	return lectureReadingLinks(lecture, env).map((link) => {
		const label = link.alias?.trim() || link.target;
		// A reading named like its lecture resolves to the lecture itself (same folder wins in Obsidian): there is
		// no reading note, and one created at the vault root would take the link over (exact path wins).
		const selfLink = link.resolved === lecture.path;
		const path = selfLink ? null : link.resolved;
		const isNote = path !== null && path.toLowerCase().endsWith(".md");
		const text = isNote ? env.read(path) : null;
		const state: ReadingState = path === null ? "missing" : isNote && text === null ? "unreadable" : "resolved";
		const title = path ? (path.split("/").pop() ?? path).replace(/\.md$/i, "") : link.target;
		const reading = text === null || path === null ? null : env.analyse ? env.analyse(path, text) : analyseNote(path, text, env);
		const period = coveragePeriod(title, path ? env.frontmatterOf(path) : null) ?? coveragePeriod(link.target, null);
		const report = crossReference(lecture, { link, path, title, period, analysis: reading });
		return { link, label, state, selfLink, report };
	});
}

/** DESIGN §4's `readings` entries, with the reading's state added. */
export function readingsToJson(readings: LectureReading[]): unknown[] {
	return readings.map((r) => ({ ...toReadingJson(r.report), state: r.state, selfLink: r.selfLink }));
}

const STATE_TEXT: Record<ReadingState, string> = {
	resolved: "note found",
	missing: "no note yet",
	unreadable: "note could not be read",
};

/** The Readings section as text lines, for the command line. */
export function readingsToText(readings: LectureReading[]): string[] {
	const out = [`Readings (${readings.length})`];
	if (!readings.length) out.push("  No readings linked from this note.");
	for (const r of readings) {
		const p = r.report.period;
		const period = p ? `, covers ${p.start === p.end ? p.start : `${p.start}–${p.end}`}` : "";
		const self = r.selfLink ? " (the link points to this lecture itself)" : "";
		out.push(`  ${r.label}: ${STATE_TEXT[r.state]}${self}${r.report.path ? ` (${r.report.path})` : ""}${period}`);
		if (p) out.push(`    lecture dates in this period: ${r.report.datesInPeriod.length ? r.report.datesInPeriod.map(formatDate).join(", ") : "none"}`);
		const actors = r.report.actors.filter((a) => a.passages.length);
		if (actors.length) out.push(`    actors discussed: ${actors.map((a) => `${a.name} (${a.passages.length})`).join(", ")}`);
		const solutions = r.report.solutions.filter((s) => s.passages.length);
		if (solutions.length) out.push(`    solutions discussed: ${solutions.map((s) => `${s.label} (${s.passages.length})`).join(", ")}`);
	}
	return out;
}
