/** DESIGN §4's `readings` entries of the JSON report. Field names are a public contract: add, never change. */
import { dateToJson, type JsonDate } from "../report";
import type { ReadingReport } from "./crossref";
import type { Period } from "./period";

export type JsonReadingDate = JsonDate;

export interface JsonReading {
	target: string;
	raw: string;
	line: number;
	col: number;
	resolved: string | null;
	period: Period | null;
	datesInPeriod: JsonReadingDate[];
	overlappingDates: JsonReadingDate[];
	actors: { name: string; kind: string; passages: { line: number; text: string }[] }[];
	solutions: { label: string; text: string; passages: { line: number; text: string; score: number }[] }[];
}

export function toReadingJson(report: ReadingReport): JsonReading {
	return {
		target: report.target,
		raw: report.raw,
		line: report.line,
		col: report.col,
		resolved: report.resolved,
		period: report.period ? { start: report.period.start, end: report.period.end } : null,
		datesInPeriod: report.datesInPeriod.map(dateToJson),
		overlappingDates: report.overlappingDates.map(dateToJson),
		actors: report.actors.map((a) => ({ name: a.name, kind: a.kind, passages: a.passages.map((p) => ({ line: p.line, text: p.text })) })),
		solutions: report.solutions.map((s) => ({ label: s.label, text: s.text, passages: s.passages.map((p) => ({ line: p.line, text: p.text, score: p.score })) })),
	};
}
