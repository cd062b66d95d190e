/**
 * Centuries written with digits: "19th century", "20th C", "19thC", "17 century", "5th century BC", "16th-century",
 * and the British shorthand "C19th", "C20" (a bare "C4" is too often something else).
 * A lone ordinal ("16th") becomes a `partner` atom: it is a century only as the first end of "16th to 17th century".
 */
import { atom, type Atom } from "../model";
import { eraAfter, type ScanContext } from "./common";

// "c"/"C" alone stands for century only right after an ordinal suffix ("20th C", "17th c."), never after a bare
// number, where it would be circa or a unit.
const ORDINAL_CENTURY = /(\d{1,2})(?:st|nd|rd|th)(?:[ \t]?-?[ \t]?(centur(?:y|ies)|cent\.|c\.|c)(?![A-Za-z]))?/iy;
const BARE_CENTURY = /(\d{1,2})[ \t]?-?[ \t]?centur(?:y|ies)(?![A-Za-z])/iy;
const SHORTHAND = /(\d{1,2})(st|nd|rd|th)?(?![A-Za-z\d])/iy;

export function parseCentury(ctx: ScanContext, at: number, end: number): Atom | null {
	const digits = end - at;
	if (digits > 2) return null;
	const { text } = ctx;
	if (at > ctx.floor && text.charCodeAt(at - 1) === 67 /* C */) return shorthand(ctx, at);
	// Cheap test first: an ordinal suffix, or "century" after at most a space, a hyphen and a space ("17 century").
	let m: RegExpExecArray | null;
	let century = true;
	const next = text.charCodeAt(end) | 32; // ASCII lower case
	if (next === 115 || next === 110 || next === 114 || next === 116 /* s n r t */) {
		ORDINAL_CENTURY.lastIndex = at;
		m = ORDINAL_CENTURY.exec(text);
		if (!m) return null;
		century = m[2] !== undefined;
	} else {
		if (!centuryWordAt(text, end)) return null;
		BARE_CENTURY.lastIndex = at;
		m = BARE_CENTURY.exec(text);
		if (!m) return null;
	}
	const n = Number(m[1]);
	const to = at + m[0].length;
	if (n < 1 || n > 30) return null;
	if (!century) return atom("ordinal", at, to, n, digits, "partner");
	const era = eraAfter(text, to);
	return atom("century", at, era ? era.to : to, n, digits, "none", era ? era.era : null);
}

/** Whether a "c" stands after at most a space, a hyphen and a space from `pos`, as "century" in "17 century". */
function centuryWordAt(text: string, pos: number): boolean {
	let i = pos;
	let c = text.charCodeAt(i);
	if (c === 32 || c === 9) c = text.charCodeAt(++i);
	if (c === 45) c = text.charCodeAt(++i);
	if (c === 32 || c === 9) c = text.charCodeAt(++i);
	return (c | 32) === 99;
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
