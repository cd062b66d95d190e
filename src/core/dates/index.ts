import type { NoteDocument } from "../markdown/document";
import type { DateMention } from "../types";

export interface DateOptions {
	/** Bare numbers count as years only inside this window (inclusive). */
	minYear: number;
	maxYear: number;
}

// Placeholder until the date grammar lands (issue 3).
export function extractDates(_doc: NoteDocument, _options: DateOptions): DateMention[] {
	return [];
}
