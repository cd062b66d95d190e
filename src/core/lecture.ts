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
import { dateToJson } from "./report";
import { crossReference, type ReadingReport } from "./readings/crossref";
import { coveragePeriod } from "./readings/period";
import { readingLinks } from "./readings/section";
import type { WikiLink } from "./types";

export interface ReadingEnv extends AnalysisContext {
	/** Text of a vault note, or null when it cannot be read. */
	read(path: string): string | null;
	frontmatterOf(path: string): Record<string, unknown> | null;
	/** Whether a linked note declares itself a reading (frontmatter, tag, folder). */
	isReadingNote?(path: string): boolean;
}

export type ReadingState = "resolved" | "missing" | "unreadable";

export interface LectureReading {
	link: WikiLink;
	/** What the lecture shows for the link: its alias, else its target. */
	label: string;
	state: ReadingState;
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
		const path = link.resolved;
		let text: string | null = null;
		if (path !== null && path.toLowerCase().endsWith(".md")) text = env.read(path);
		const state: ReadingState = path === null ? "missing" : text === null && path.toLowerCase().endsWith(".md") ? "unreadable" : "resolved";
		const title = path ? (path.split("/").pop() ?? path).replace(/\.md$/i, "") : link.target;
		const reading = text === null || path === null ? null : analyseNote(path, text, env);
		const period = coveragePeriod(title, path ? env.frontmatterOf(path) : null) ?? coveragePeriod(link.target, null);
		const report = crossReference(lecture, { link, path, title, period, analysis: reading });
		return { link, label, state, report };
	});
}

/** DESIGN §4's `readings` entries. */
export function readingsToJson(readings: LectureReading[]): unknown[] {
	return readings.map((r) => ({
		target: r.link.target,
		raw: r.link.raw,
		line: r.link.line,
		state: r.state,
		resolved: r.report.path,
		period: r.report.period,
		datesInPeriod: r.report.datesInPeriod.map(dateToJson),
		actors: r.report.actors.map((a) => ({ name: a.name, kind: a.kind, passages: a.passages })),
		solutions: r.report.solutions.map((s) => ({ label: s.label, text: s.text, passages: s.passages })),
	}));
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
		out.push(`  ${r.label}: ${STATE_TEXT[r.state]}${r.report.path ? ` (${r.report.path})` : ""}${period}`);
		if (p) out.push(`    lecture dates in this period: ${r.report.datesInPeriod.length ? r.report.datesInPeriod.map(formatDate).join(", ") : "none"}`);
		const actors = r.report.actors.filter((a) => a.passages.length);
		if (actors.length) out.push(`    actors discussed: ${actors.map((a) => `${a.name} (${a.passages.length})`).join(", ")}`);
		const solutions = r.report.solutions.filter((s) => s.passages.length);
		if (solutions.length) out.push(`    solutions discussed: ${solutions.map((s) => `${s.label} (${s.passages.length})`).join(", ")}`);
	}
	return out;
}
