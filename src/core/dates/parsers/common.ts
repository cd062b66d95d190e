/**
 * What every parser shares: the scan context, era markers after a number, and reading the year that closes a
 * calendar expression ("22 June 1941", "spring 1916").
 */
import type { Era, Need } from "../model";
import { isDigit, isLetter } from "../text";

export interface ScanContext {
	text: string;
	minYear: number;
	maxYear: number;
	/** Parsers never read before this offset: the end of the previous atom. */
	floor: number;
}

const ERA_AFTER = /[ \t]?(B\.C\.(?:E\.)?|BCE|BC|A\.D\.|AD|C\.E\.|CE)(?![A-Za-z])/iy;

/** An era marker right after `pos` ("44 BC", "800AD", "5th century BCE"), or null. */
export function eraAfter(text: string, pos: number): { era: Era; to: number } | null {
	// Cheap test first: the first two characters of a marker, right after the number or one space on.
	const c = text.charCodeAt(pos);
	if (!mayStartEra(text, c === 32 || c === 9 ? pos + 1 : pos)) return null;
	ERA_AFTER.lastIndex = pos;
	const m = ERA_AFTER.exec(text);
	if (!m) return null;
	const first = (m[1] as string).charCodeAt(0) | 32;
	return { era: first === 98 /* b */ ? "bc" : "ad", to: pos + m[0].length };
}

/** Whether an era marker may start at `i`: A, B or C (any case), then a dot or D, C, E respectively ("AD", "B.C."). */
function mayStartEra(text: string, i: number): boolean {
	const first = text.charCodeAt(i) | 32;
	const second = text.charCodeAt(i + 1);
	if (second === 46) return first === 97 || first === 98 || first === 99;
	const s = second | 32;
	return (first === 97 && s === 100) || (first === 98 && s === 99) || (first === 99 && s === 101);
}

/** Whether the digits ending at `end` stop there: not glued to letters, decimals, thousands or a time. */
export function numberEnds(text: string, end: number): boolean {
	const c = text.charCodeAt(end);
	if (isDigit(c) || isLetter(c)) return false;
	if ((c === 46 || c === 44 || c === 58) && isDigit(text.charCodeAt(end + 1))) return false;
	return true;
}

export interface YearRead {
	n: number;
	digits: number;
	era: Era;
	to: number;
	need: Need;
}

/**
 * The year closing a calendar expression. The month or season before it is a date cue, so three digits are
 * enough ("June 800"); fewer need an era ("15 March 44 BC").
 */
export function yearAt(ctx: ScanContext, pos: number): YearRead | null {
	const { text } = ctx;
	let end = pos;
	let n = 0;
	for (let c = text.charCodeAt(end); isDigit(c); c = text.charCodeAt(++end)) n = n * 10 + c - 48;
	const digits = end - pos;
	if (digits === 0 || digits > 4) return null;
	const era = eraAfter(text, end);
	if (era) return n > 0 ? { n, digits, era: era.era, to: era.to, need: "none" } : null;
	if (!numberEnds(text, end)) return null;
	if (digits === 4 && n >= ctx.minYear && n <= ctx.maxYear) return { n, digits, era: null, to: end, need: "none" };
	if (digits === 3 && text.charCodeAt(pos) !== 48) return { n, digits, era: null, to: end, need: "none" };
	return null;
}
