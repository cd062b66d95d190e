/**
 * Widens a date over the words that qualify it, read right to left from the date:
 *
 *     [bound] [the] [period [the]] DATE [onwards]
 *
 * bound:  by, before, pre, until, till, up to, prior to → by; after, post, since → after; c., ca., circa, around,
 *         approx. → circa
 * period: early, mid, late (also "mid-to-late"); end of, beginning of, middle of, first half of, latter part of …
 *
 * The span takes every qualifier word and a "the" inside the expression ("before the 18th century",
 * "end of the 17th century"), never a leading "the" ("the late 1930s" → "late 1930s"). When a bound and a period
 * both apply, the bound wins ("by end of 17th Century" → by), and by/after win over circa ("by c. 1500" → by).
 * It also notes date cues: circa, a period, "the year 800", "the 870s".
 */
import type { Qualifier } from "../../types";
import { BOUND_PAIRS, BOUNDS, ONWARDS, PERIOD_HEADS, PERIOD_PARTS, PERIODS } from "../lexicon";
import type { Found } from "../model";
import { gapBefore, isGap, skipGap, wordAfter, wordBefore, wordIs, wordStart, WordTable, type Word } from "../text";

/**
 * Every word that can stand right before a date and start what `qualify` reads: "the", "of", "year", a period word or
 * a bound (the last word of a two-word one). One lookup rules them all out for the commonest case ("in 1917").
 */
const QUALIFYING = new WordTable(() =>
	["the", "of", "year", ...PERIODS.keys(), ...BOUNDS.keys(), ...BOUND_PAIRS.keys()].map((w) => [w, true] as const),
);

export function qualify(text: string, f: Found, floor: number): void {
	// Before a word in none of the lists (or none at all) only a "~" can qualify the date; without one, the commonest
	// case ("in 1917"), only "onwards" is left to read.
	const plain = !qualifyingBefore(text, f.from, floor);
	if (plain && !tildeBefore(text, f.from, floor)) {
		f.cued = false;
		f.qualifier = onwards(text, f) ? "after" : null;
		return;
	}
	// The word right before the date; a hyphen joins it ("pre-1939", "mid-1930s").
	const w0 = wordBefore(text, f.from, 2, floor, true);
	const glued = w0 !== null && text.charCodeAt(w0.end) === 45;
	const theBefore = !plain && !glued && wordIs(text, w0, "the");

	let left = f.from;
	let qualifier: Qualifier = null;
	// A leading "the" is taken only when a word further left is taken: "before the 18th century".
	let the = theBefore ? (w0 as Word).start : -1;
	const period = theBefore || plain ? null : periodWord(text, w0, floor);
	const phrase = period || plain ? null : periodPhrase(text, theBefore ? wordBefore(text, the, 2, floor) : w0, floor);
	const p = period ?? phrase;
	let next: Word | null = theBefore || plain ? null : w0; // the word a bound would be
	if (p) {
		left = p.start;
		qualifier = p.qualifier;
		next = wordBefore(text, left, 2, floor, true);
		the = next && text.charCodeAt(next.end) !== 45 && wordIs(text, next, "the") ? next.start : -1;
		if (the >= 0) next = null;
	}
	// Past a "the" the bound is the word before it; otherwise it is `next`, already read.
	const boundPos = the >= 0 ? the : left;
	let bound = boundBefore(text, boundPos, the >= 0 ? wordBefore(text, the, 2, floor, true) : next, floor);
	const circa = bound?.qualifier === "circa";
	if (bound && circa) {
		// "by c. 1500": an outer bound wins over circa, as it does over a period.
		const outer = boundBefore(text, bound.start, wordBefore(text, bound.start, 2, floor), floor);
		if (outer && outer.qualifier !== "circa") bound = outer;
	}
	if (bound) {
		left = bound.start;
		qualifier = bound.qualifier;
	}

	f.cued =
		circa ||
		p !== null ||
		(f.kind === "decade" && theBefore) ||
		// (right before the date, a plain word is not "year", nor is anything after a hyphen)
		(f.need === "cue" && !(plain && left === f.from) && yearWordBefore(text, left, floor));
	f.from = left;

	if (onwards(text, f)) qualifier ??= "after";
	f.qualifier = qualifier;
}

/** Whether the word before `from` (as `qualify` reads it: two gaps, or a hyphen) is in QUALIFYING, read in place. */
function qualifyingBefore(text: string, from: number, floor: number): boolean {
	const end = from > floor && text.charCodeAt(from - 1) === 45 ? from - 1 : gapBefore(text, from, 2, floor);
	const start = wordStart(text, end, floor);
	return start !== end && QUALIFYING.at(text, start, end) !== undefined;
}

/** Whether a "~" stands right before `from`, or one gap before it: "~1500", "~ 1500". */
function tildeBefore(text: string, from: number, floor: number): boolean {
	let i = from;
	if (i > floor && isGap(text.charCodeAt(i - 1))) i--;
	return i > floor && text.charCodeAt(i - 1) === 126;
}

/** "1917 onwards": extends the date over the word, if it is there. A cheap look at its first letter comes first. */
function onwards(text: string, f: Found): boolean {
	const after = (text.charCodeAt(skipGap(text, f.to, 1)) | 32) === 111 /* o */ ? wordAfter(text, f.to, 1) : null;
	if (!after || !ONWARDS.has(text, after)) return false;
	f.to = after.end;
	return true;
}

interface Hit {
	start: number;
	qualifier: Qualifier;
}

/** "late 1917", "mid-1930s", "Mid-20th century", "mid-to-late 1930s" (the word nearest the date decides). */
function periodWord(text: string, w: Word | null, floor: number): Hit | null {
	const q = PERIODS.get(text, w);
	if (!w || q === undefined) return null;
	let start = w.start;
	const joint = wordBefore(text, start, 1, floor, true);
	if (joint && PERIODS.has(text, joint)) start = joint.start; // "early-mid 1800s"
	else if (joint && (wordIs(text, joint, "to") || wordIs(text, joint, "or"))) {
		const first = wordBefore(text, joint.start, 1, floor, true);
		if (first && PERIODS.has(text, first)) start = first.start;
	}
	return { start, qualifier: q };
}

/** "end of", "beginning of the", "first half of the", "latter part of"; `of` is the word before the date. */
function periodPhrase(text: string, of: Word | null, floor: number): Hit | null {
	if (!of || !wordIs(text, of, "of")) return null;
	const head = wordBefore(text, of.start, 2, floor);
	if (!head) return null;
	const q = PERIOD_HEADS.get(text, head);
	if (q !== undefined) return { start: head.start, qualifier: q };
	const parts = PERIOD_PARTS.get(text, head);
	const mod = parts ? wordBefore(text, head.start, 2, floor) : null;
	const pq = parts && mod ? parts.get(text, mod) : undefined;
	return mod && pq !== undefined ? { start: mod.start, qualifier: pq } : null;
}

/** "by", "pre-", "up to", "prior to", "c.", "~"; `w` is the word before `pos`. */
function boundBefore(text: string, pos: number, w: Word | null, floor: number): Hit | null {
	let i = pos;
	if (i > floor && isGap(text.charCodeAt(i - 1))) i--;
	if (i > floor && text.charCodeAt(i - 1) === 126 /* ~ */) return { start: i - 1, qualifier: "circa" };
	if (!w) return null;
	const q = BOUNDS.get(text, w);
	if (q !== undefined) return { start: w.start, qualifier: q };
	const pairs = BOUND_PAIRS.get(text, w);
	const first = pairs ? wordBefore(text, w.start, 2, floor) : null;
	const pq = pairs && first ? pairs.get(text, first) : undefined;
	return first && pq !== undefined ? { start: first.start, qualifier: pq } : null;
}

/** "the year 800", "in the year 800 AD". */
function yearWordBefore(text: string, pos: number, floor: number): boolean {
	return wordIs(text, wordBefore(text, pos, 2, floor), "year");
}
