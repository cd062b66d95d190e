import { explainDates, extractDates, type DateOptions } from "../../../src/core/dates";
import { parseNote } from "../../../src/core/markdown/document";
import type { DateMention, Precision, Qualifier } from "../../../src/core/types";

export const WINDOW: DateOptions = { minYear: 1000, maxYear: 2100 };

/** The dates of a note, reduced to what a reader checks: text, years, precision, qualifier. */
export function datesIn(text: string, options: DateOptions = WINDOW): DateMention[] {
	return extractDates(parseNote(text), options);
}

export interface Expected {
	text: string;
	start: number;
	end: number;
	precision: Precision;
	qualifier: Qualifier;
}

/** A table row: the note's text, then the one date expected in it. */
export type Row = [note: string, text: string, start: number, end: number, precision: Precision, qualifier?: Qualifier];

export function expected([, text, start, end, precision, qualifier = null]: Row): Expected {
	return { text, start, end, precision, qualifier };
}

export function brief(d: DateMention): Expected {
	return { text: d.text, start: d.start, end: d.end, precision: d.precision, qualifier: d.qualifier };
}

/** Which guard dropped each candidate of the note (null for kept dates). */
export function verdicts(text: string, options: DateOptions = WINDOW): { text: string; droppedBy: string | null }[] {
	return explainDates(parseNote(text), options).map((c) => ({ text: c.date.text, droppedBy: c.droppedBy }));
}
