/**
 * Centuries written in words: "the sixteenth century", "sixteenth-century", "twenty-first century", "fifth century
 * BC", and the first end of "fifteenth and sixteenth centuries" (a `partner` ordinal). Found from the word
 * "century" (the scan's search pass looks for it with the digits), because they hold no digit to anchor on.
 */
import { SPELLED_ORDINALS } from "../lexicon";
import { atom, type Atom } from "../model";
import { isLetter, wordBefore, wordIs, WordTable, type Word } from "../text";
import { eraAfter } from "./common";

const RANGE_WORDS = new WordTable(["to", "and", "or", "through", "till", "until"].map((w) => [w, true] as const));

/**
 * The spelled century whose "centur" starts at `start`, found by the scan's search pass: pushes its atoms to `out`
 * (the first end of "fifteenth and sixteenth centuries", then the century), or nothing.
 */
export function spelledCenturyAt(text: string, start: number, out: Atom[]): void {
	if (start > 0 && isLetter(text.charCodeAt(start - 1))) return;
	let end = start + 6;
	if (text.charCodeAt(end) === 121) end += 1;
	else if (text.startsWith("ies", end)) end += 3;
	else return;
	if (isLetter(text.charCodeAt(end))) return;

	const second = spelledOrdinalBefore(text, start);
	if (!second) return;
	const era = eraAfter(text, end);
	const first = firstOfRange(text, second.word.start);
	if (first) out.push(atom("ordinal", first.word.start, first.word.end, first.n, 0, "partner"));
	out.push(atom("century", second.word.start, era ? era.to : end, second.n, 0, "none", era ? era.era : null));
}

interface SpelledOrdinal {
	word: Word;
	n: number;
}

/** "sixteenth" or "twenty-first" ending just before `pos` (a space or hyphen apart). */
function spelledOrdinalBefore(text: string, pos: number): SpelledOrdinal | null {
	const w = wordBefore(text, pos, 1, 0, true);
	const n = SPELLED_ORDINALS.get(text, w);
	if (n === undefined || !w) return null;
	if (n < 10) {
		const tens = wordBefore(text, w.start, 1, 0, true);
		if (tens && wordIs(text, tens, "twenty")) return { word: { start: tens.start, end: w.end }, n: n + 20 };
	}
	return { word: w, n };
}

/** The first ordinal of "fifteenth and sixteenth", "fifteenth to the sixteenth", "fifteenth-sixteenth". */
function firstOfRange(text: string, pos: number): SpelledOrdinal | null {
	let i = pos;
	const the = wordBefore(text, i, 1, 0);
	if (the && wordIs(text, the, "the")) i = the.start;
	const connector = wordBefore(text, i, 1, 0);
	if (connector && RANGE_WORDS.has(text, connector)) return spelledOrdinalBefore(text, connector.start);
	// A dash between the two ordinals: "fifteenth–sixteenth century".
	let j = i;
	while (j > 0 && j > i - 2 && text.charCodeAt(j - 1) === 32) j--;
	const d = text.charCodeAt(j - 1);
	if (j > 0 && (d === 45 || d === 0x2013 || d === 0x2014)) return spelledOrdinalBefore(text, j - 1);
	return null;
}
