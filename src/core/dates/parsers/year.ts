/**
 * Years and eras: "1917", "44 BC", "800AD", "AD 800", "10,000 BC". The fallback parser: it always returns an atom,
 * one marked `never` when the number is something else (an identifier, a decimal, a time, a grouped count), so the
 * rest of that number is not read again.
 */
import { ERA_BEFORE } from "../lexicon";
import { atom, inWindow, never, type Atom, type Need } from "../model";
import { isDigit, isGap, isLetter, wordBefore, WordEndings, wordStart } from "../text";
import { eraAfter, type ScanContext } from "./common";

/** How the era markers written before a number end ("AD", "A.D."). */
const ERA_BEFORE_ENDINGS = new WordEndings(() => ERA_BEFORE.keys());
const GROUPED = /\d{1,3}(?:,\d{3})+(?!\d)/y;
/** Three or more numbers joined by hyphens: a phone number or an ISBN, unless it is an ISO day (parsed first). */
const CHAIN = /\d+(?:-\d+){2,}/y;
const DOTTED = /\d+(?:[.,:]\d+)+/y;

/** $, £, € or ¥ (compared, not looked up in a set: this runs at every number). */
function isCurrency(c: number): boolean {
	return c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5;
}

/** Characters glued before a number that make it something else: a hashtag, a handle, a footnote, a signed value. */
function isGlued(c: number): boolean {
	return c === 35 /* # */ || c === 64 /* @ */ || c === 95 /* _ */ || c === 94 /* ^ */ || c === 43 /* + */ || c === 92 /* \ */;
}

/**
 * Whether what stands right before the number makes it a non-date: letters glued to it ("CS1950", "HIST201"; a
 * lone "c" is circa: "c1500"), a currency sign ("$1900", "£ 1000"), or a glued symbol ("#1917").
 */
export function blockedBefore(text: string, at: number, floor: number): boolean {
	if (at <= floor) return false;
	const p = text.charCodeAt(at - 1);
	if (isLetter(p)) {
		// A lone "c" is circa ("c1500"); a lone "C" opens a century ("C19th").
		return !((p === 99 || p === 67) && wordStart(text, at, floor) === at - 1);
	}
	if (isGlued(p) || isCurrency(p)) return true;
	if (isGap(p) && at - 1 > floor && isCurrency(text.charCodeAt(at - 2))) return true;
	// The tail of a decimal or time that an earlier atom did not take.
	return (p === 46 || p === 44 || p === 58) && at - 1 > floor && isDigit(text.charCodeAt(at - 2));
}

/** The end of the number starting at `at`, with its decimal, thousands or time parts ("4.2", "10:30"). */
export function numberExtent(text: string, at: number, end: number): number {
	DOTTED.lastIndex = at;
	const m = DOTTED.exec(text);
	return m ? at + m[0].length : end;
}

export function parseYear(ctx: ScanContext, at: number, end: number): Atom {
	const { text } = ctx;
	const digits = end - at;
	const next = text.charCodeAt(end);
	// After a glued "C" the number is a century or nothing (see the century parser).
	if (at > ctx.floor && text.charCodeAt(at - 1) === 67) return never(at, end);

	if (next === 44 && digits <= 3) {
		GROUPED.lastIndex = at;
		const g = GROUPED.exec(text);
		if (g) {
			// "1,500 men" is a count; "10,000 BC" is a date.
			const to = at + g[0].length;
			const era = eraAfter(text, to);
			if (era) return atom("year", at, era.to, Number(g[0].replace(/,/g, "")), 5, "none", era.era);
			return never(at, to);
		}
	}
	if ((next === 46 || next === 44 || next === 58) && isDigit(text.charCodeAt(end + 1))) {
		return never(at, numberExtent(text, at, end));
	}
	if (digits > 4) return never(at, end);
	if (next === 45 && hyphenatedTwice(text, end)) {
		CHAIN.lastIndex = at;
		const chain = CHAIN.exec(text);
		if (chain) return never(at, at + chain[0].length);
	}

	let n = 0;
	for (let i = at; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
	const era = eraAfter(text, end);
	if (era) return atom("year", at, era.to, n, digits, n > 0 ? "none" : "never", era.era);
	if (isLetter(next)) return never(at, end);

	// "AD 800": the word before ends as an era marker does ("AD", "A.D."), which rules out "and 1917" unread.
	if (isGap(text.charCodeAt(at - 1)) && ERA_BEFORE_ENDINGS.mayEndAt(text, at - 1)) {
		const before = wordBefore(text, at, 1, ctx.floor);
		if (ERA_BEFORE.has(text, before) && before && n > 0) return atom("year", before.start, end, n, digits, "none", "ad");
	}
	return atom("year", at, end, n, digits, bareNeed(n, digits, text.charCodeAt(at) === 48, ctx));
}

/** Whether "-digits-digit" follows `end`: the cheap test for a chain before its pattern runs. */
function hyphenatedTwice(text: string, end: number): boolean {
	let i = end + 1;
	if (!isDigit(text.charCodeAt(i))) return false;
	while (isDigit(text.charCodeAt(i))) i++;
	return text.charCodeAt(i) === 45 && isDigit(text.charCodeAt(i + 1));
}

/** What a bare number needs: four digits inside the window are a year; three need a cue; one or two a partner. */
function bareNeed(n: number, digits: number, leadingZero: boolean, ctx: ScanContext): Need {
	if (inWindow(n, digits, ctx.minYear, ctx.maxYear) && !leadingZero) return "none";
	if (digits === 3 && !leadingZero) return "cue";
	if (digits <= 2) return "partner";
	return "never";
}
