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
import { gapBefore, isGap, listsOf, skipGap, wordAfter, wordBefore, wordIs, wordStart, type Word } from "../text";

// Which of the qualifiers' lists a word is in, as bits: each word read before a date is looked up once for all.
const THE = 1;
const OF = 2;
const YEAR = 4;
const PERIOD = 8;
const BOUND = 16;
/** The last word of a two-word bound: "up to", "prior to". */
const BOUND_PAIR = 32;
/** "end" of "end of", "half" of "first half of". */
const PERIOD_HEAD = 64;
const PERIOD_PART = 128;
/**
 * Every word that can stand right before a date and start what `qualify` reads: "the", "of", "year", a period word or
 * a bound (the last word of a two-word one). A word in none of them rules out the commonest case ("in 1917").
 */
const OPENS = THE | OF | YEAR | PERIOD | BOUND | BOUND_PAIR;

/** One table for the qualifiers' lists: a word's value is the bits of the lists it is in (their own tables give the qualifier). */
const QUALIFIER_WORDS = listsOf(() => [
	[["the"], THE],
	[["of"], OF],
	[["year"], YEAR],
	[PERIODS.keys(), PERIOD],
	[BOUNDS.keys(), BOUND],
	[BOUND_PAIRS.keys(), BOUND_PAIR],
	[PERIOD_HEADS.keys(), PERIOD_HEAD],
	[PERIOD_PARTS.keys(), PERIOD_PART],
]);

/** The lists a word is in (0 for none, or no word). */
function classesOf(text: string, w: Word | null): number {
	return w ? (QUALIFIER_WORDS.at(text, w.start, w.end) ?? 0) : 0;
}

export function qualify(text: string, f: Found, floor: number): void {
	// The word right before the date; a hyphen joins it ("pre-1939", "mid-1930s"). Read in place and looked up once.
	const end0 = f.from > floor && text.charCodeAt(f.from - 1) === 45 ? f.from - 1 : gapBefore(text, f.from, 2, floor);
	const start0 = wordStart(text, end0, floor);
	const c0 = start0 === end0 ? 0 : (QUALIFIER_WORDS.at(text, start0, end0) ?? 0);
	// Before a word in none of the lists (or none at all) only a "~" can qualify the date; without one, the commonest
	// case ("in 1917"), only "onwards" is left to read.
	const plain = (c0 & OPENS) === 0;
	if (plain && !tildeBefore(text, f.from, floor)) {
		f.cued = false;
		f.qualifier = onwards(text, f) ? "after" : null;
		return;
	}
	const w0: Word | null = start0 === end0 ? null : { start: start0, end: end0 };
	const glued = w0 !== null && text.charCodeAt(w0.end) === 45;
	const theBefore = !plain && !glued && (c0 & THE) !== 0;

	let left = f.from;
	let qualifier: Qualifier = null;
	// A leading "the" is taken only when a word further left is taken: "before the 18th century".
	let the = theBefore ? (w0 as Word).start : -1;
	// the word before that "the", read once for a period phrase and a bound
	const w1 = theBefore ? wordBefore(text, the, 2, floor) : null;
	const c1 = classesOf(text, w1);
	const period = theBefore || plain ? null : periodWord(text, w0, c0, floor);
	const phrase = period || plain ? null : theBefore ? periodPhrase(text, w1, c1, floor) : periodPhrase(text, w0, c0, floor);
	const p = period ?? phrase;
	let next: Word | null = theBefore || plain ? null : w0; // the word a bound would be
	let nextClasses = c0;
	if (p) {
		left = p.start;
		qualifier = p.qualifier;
		next = wordBefore(text, left, 2, floor, true);
		nextClasses = classesOf(text, next);
		the = next && text.charCodeAt(next.end) !== 45 && (nextClasses & THE) !== 0 ? next.start : -1;
		if (the >= 0) next = null;
	}
	// Past a "the" the bound is the word before it (`w1` when it is that "the" and no hyphen joins the word to it);
	// otherwise it is `next`, already read.
	const boundPos = the >= 0 ? the : left;
	let bound: Hit | null;
	if (the < 0) bound = boundBefore(text, boundPos, next, nextClasses, floor);
	else if (theBefore && the === (w0 as Word).start && text.charCodeAt(the - 1) !== 45) bound = boundBefore(text, boundPos, w1, c1, floor);
	else {
		const w = wordBefore(text, the, 2, floor, true);
		bound = boundBefore(text, boundPos, w, classesOf(text, w), floor);
	}
	const circa = bound?.qualifier === "circa";
	if (bound && circa) {
		// "by c. 1500": an outer bound wins over circa, as it does over a period.
		const w = wordBefore(text, bound.start, 2, floor);
		const outer = boundBefore(text, bound.start, w, classesOf(text, w), floor);
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
		(f.need === "cue" && !(plain && left === f.from) && yearWordBefore(text, left, floor, f.from, c0));
	f.from = left;

	if (onwards(text, f)) qualifier ??= "after";
	f.qualifier = qualifier;
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
function periodWord(text: string, w: Word | null, classes: number, floor: number): Hit | null {
	const q = (classes & PERIOD) !== 0 ? PERIODS.get(text, w) : undefined;
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

/**
 * "end of", "beginning of the", "first half of the", "latter part of"; `of` is the word before the date, `classes`
 * its lists.
 */
function periodPhrase(text: string, of: Word | null, classes: number, floor: number): Hit | null {
	if (!of || (classes & OF) === 0) return null;
	const head = wordBefore(text, of.start, 2, floor);
	const headClasses = classesOf(text, head);
	if (!head || (headClasses & (PERIOD_HEAD | PERIOD_PART)) === 0) return null;
	const q = (headClasses & PERIOD_HEAD) !== 0 ? PERIOD_HEADS.get(text, head) : undefined;
	if (q !== undefined) return { start: head.start, qualifier: q };
	const parts = PERIOD_PARTS.get(text, head);
	const mod = parts ? wordBefore(text, head.start, 2, floor) : null;
	const pq = parts && mod ? parts.get(text, mod) : undefined;
	return mod && pq !== undefined ? { start: mod.start, qualifier: pq } : null;
}

/** "by", "pre-", "up to", "prior to", "c.", "~"; `w` is the word before `pos`, `classes` its lists. */
function boundBefore(text: string, pos: number, w: Word | null, classes: number, floor: number): Hit | null {
	let i = pos;
	if (i > floor && isGap(text.charCodeAt(i - 1))) i--;
	if (i > floor && text.charCodeAt(i - 1) === 126 /* ~ */) return { start: i - 1, qualifier: "circa" };
	if (!w || (classes & (BOUND | BOUND_PAIR)) === 0) return null;
	const q = (classes & BOUND) !== 0 ? BOUNDS.get(text, w) : undefined;
	if (q !== undefined) return { start: w.start, qualifier: q };
	const pairs = BOUND_PAIRS.get(text, w);
	const first = pairs ? wordBefore(text, w.start, 2, floor) : null;
	const pq = pairs && first ? pairs.get(text, first) : undefined;
	return first && pq !== undefined ? { start: first.start, qualifier: pq } : null;
}

/**
 * "the year 800", "in the year 800 AD". Right before the date (`from`) without a hyphen, the word is the one `qualify`
 * read first, whose lists are `classes`.
 */
function yearWordBefore(text: string, pos: number, floor: number, from: number, classes: number): boolean {
	if (pos === from && text.charCodeAt(from - 1) !== 45) return (classes & YEAR) !== 0;
	return wordIs(text, wordBefore(text, pos, 2, floor), "year");
}
