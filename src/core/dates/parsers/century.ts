/**
 * Centuries written with digits: "19th century", "20th C", "19thC", "17 century", "5th century BC", "16th-century",
 * and the British shorthand "C19th", "C20" (a bare "C4" is too often something else).
 * A lone ordinal ("16th") becomes a `partner` atom: it is a century only as the first end of "16th to 17th century".
 */
import { atom, type Atom } from "../model";
import { isAsciiLetter, isSpaceOrTab, ordinalSuffixEnd, spanIs } from "../text";
import { eraAfter, type ScanContext } from "./common";

// "c"/"C" alone stands for century only right after an ordinal suffix ("20th C", "17th c."), never after a bare
// number, where it would be circa or a unit. The ordinal form,
// `/(\d{1,2})(?:st|nd|rd|th)(?:[ \t]?-?[ \t]?(centur(?:y|ies)|cent\.|c\.|c)(?![A-Za-z]))?/iy`, is read by hand
// (`ordinalEnd`, `centuryWordEnd`).
const BARE_CENTURY = /(\d{1,2})[ \t]?-?[ \t]?centur(?:y|ies)(?![A-Za-z])/iy;
const SHORTHAND = /(\d{1,2})(st|nd|rd|th)?(?![A-Za-z\d])/iy;

export function parseCentury(ctx: ScanContext, at: number, end: number): Atom | null {
	const digits = end - at;
	if (digits > 2) return null;
	const { text } = ctx;
	if (at > ctx.floor && text.charCodeAt(at - 1) === 67 /* C */) return shorthand(ctx, at);
	// Cheap test first: an ordinal suffix, or "century" after at most a space, a hyphen and a space ("17 century").
	let to: number;
	let century = true;
	const next = text.charCodeAt(end) | 32; // ASCII lower case
	if (next === 115 || next === 110 || next === 114 || next === 116 /* s n r t */) {
		const suffixEnd = ordinalSuffixEnd(text, end);
		if (suffixEnd < 0) return null;
		const wordEnd = centuryWordEnd(text, suffixEnd);
		century = wordEnd >= 0;
		to = century ? wordEnd : suffixEnd;
	} else {
		if (centuryWordStart(text, end) < 0) return null;
		BARE_CENTURY.lastIndex = at;
		const m = BARE_CENTURY.exec(text);
		if (!m) return null;
		to = at + m[0].length;
	}
	let n = 0;
	for (let i = at; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
	if (n < 1 || n > 30) return null;
	if (!century) return atom("ordinal", at, to, n, digits, "partner");
	const era = eraAfter(text, to);
	return atom("century", at, era ? era.to : to, n, digits, "none", era ? era.era : null);
}

/**
 * The end of the word "century" after an ordinal suffix ending at `pos` ("19th century", "16th-century", "20th C",
 * "17th c.", "18th cent."), or -1: at most a space, a hyphen and a space, then "century", "centuries", "cent.",
 * "c." or "c" in any case, not followed by a letter. (The word can only start with "c", so the gaps are read
 * greedily: the pattern could not match after fewer of them.)
 */
function centuryWordEnd(text: string, pos: number): number {
	const i = centuryWordStart(text, pos);
	if (i < 0) return -1;
	// the alternatives in the pattern's order; the first whose end is not followed by a letter wins
	if (spanAt(text, i + 1, "entur")) {
		const c = text.charCodeAt(i + 6) | 32;
		if (c === 121 /* y */ && !isAsciiLetter(text.charCodeAt(i + 7))) return i + 7;
		if (spanAt(text, i + 6, "ies") && !isAsciiLetter(text.charCodeAt(i + 9))) return i + 9;
	}
	if (spanAt(text, i + 1, "ent.") && !isAsciiLetter(text.charCodeAt(i + 5))) return i + 5;
	if (text.charCodeAt(i + 1) === 46 && !isAsciiLetter(text.charCodeAt(i + 2))) return i + 2;
	return isAsciiLetter(text.charCodeAt(i + 1)) ? -1 : i + 1;
}

/** Whether `word` (lower case) stands at `pos`, in any ASCII case. */
const spanAt = (text: string, pos: number, word: string): boolean => spanIs(text, pos, pos + word.length, word);

/**
 * Where a "c" stands after at most a space, a hyphen and a space from `pos` (as "century" in "17 century", "16th-
 * century"), or -1.
 */
function centuryWordStart(text: string, pos: number): number {
	let i = pos;
	if (isSpaceOrTab(text.charCodeAt(i))) i++;
	if (text.charCodeAt(i) === 45) i++;
	if (isSpaceOrTab(text.charCodeAt(i))) i++;
	return (text.charCodeAt(i) | 32) === 99 /* c */ ? i : -1;
}

/** "C19th", "C20": the C glued before the number (the year parser has already checked it stands alone). */
function shorthand(ctx: ScanContext, at: number): Atom | null {
	SHORTHAND.lastIndex = at;
	const m = SHORTHAND.exec(ctx.text);
	if (!m) return null;
	const n = Number(m[1]);
	if (n < 1 || n > 21 || (m[2] === undefined && n < 10)) return null;
	const to = at + m[0].length;
	const era = eraAfter(ctx.text, to);
	return atom("century", at - 1, era ? era.to : to, n, (m[1] as string).length, "none", era ? era.era : null);
}
