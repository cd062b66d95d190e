/**
 * The whole core over one note, the way the pane and the command line run it: parse, analyse (dates, actors,
 * solutions, links), readings with their cross-reference, the JSON report, the text rendering and the Markdown
 * summary. And the span checks of spans.ts as vitest expectations.
 */
import { expect } from "vitest";
import { analyseNote, type NoteAnalysis } from "../../../src/core/analyse";
import { analyseReadings, readingsToJson, readingsToText, type LectureReading } from "../../../src/core/lecture";
import { noteToJson, noteToText } from "../../../src/core/report";
import { lectureSummaryMarkdown } from "../../../src/core/summary";
import { LECTURE, vaultEnv } from "./env";
import { linesOf, spanProblem, spanProblems, type Spanned } from "./spans";

export { LECTURE, vaultEnv } from "./env";
export { emptyFindings, linesOf, spanProblems } from "./spans";

export interface FullRun {
	analysis: NoteAnalysis;
	readings: LectureReading[];
	json: string;
	text: string;
	summary: string;
}

/** Everything the plugin computes for a lecture, including the serialisations; throws only if the core does. */
export function runAll(raw: string, others: Record<string, string> = {}): FullRun {
	const env = vaultEnv({ ...others, [LECTURE]: raw });
	const analysis = analyseNote(LECTURE, raw, env);
	const readings = analyseReadings(analysis, env);
	const json = JSON.stringify(noteToJson(analysis, readingsToJson(readings)));
	const text = noteToText(analysis, readingsToText(readings));
	const summary = lectureSummaryMarkdown(analysis, readings);
	return { analysis, readings, json, text, summary };
}

export function expectSpan(raw: string, lines: readonly string[], s: Spanned, text: string, what: string): void {
	const { starts } = linesOf(raw);
	expect(spanProblem(raw, { lines, starts }, s, text, what)).toBeNull();
}

export function expectSpansRight(raw: string, a: NoteAnalysis): void {
	expect(spanProblems(raw, a)).toEqual([]);
}

