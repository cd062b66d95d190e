/**
 * Months, days and seasons with a year: "June 1941", "June of 1941", "June–August 1941", "22 June 1941",
 * "22nd of June, 1941", "June 22, 1941", "June 22–23, 1941", "spring 1916", "the summer of 1914".
 * A day or month without a year ("March 8", "by March") is not a date.
 */
import { MONTH_PATTERN, MONTHS, SEASONS } from "../lexicon";
import { atom, type Atom } from "../model";
import { gapBefore, isGap, isSpaceOrTab, ordinalSuffixEnd, spanIs, wordBefore, WordEndings, wordStart, WordTable, type Word } from "../text";
import { yearAt, type ScanContext } from "./common";

const DAY_FIRST = new RegExp(
	`(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\t]?[-\u2013\u2014][ \\t]?\\d{1,2}(?:st|nd|rd|th)?)?[ \\t]+(?:of[ \\t]+)?(${MONTH_PATTERN})\\.?(?![A-Za-z]),?[ \\t]+`,
	"iy",
);
const DAY_AFTER_MONTH = /(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]?[-\u2013\u2014][ \t]?\d{1,2}(?:st|nd|rd|th)?)?(?:,[ \t]*|[ \t]+)/iy;
const RANGE_WORDS = new WordTable(["to", "through", "till", "until", "and"].map((w) => [w, true] as const));
/** How the words that stand right before the year end: months, seasons and the "of" of "June of 1941". */
const CALENDAR_ENDINGS = new WordEndings(() => [...MONTHS.keys(), ...SEASONS.keys(), "of"]);

interface CalendarWord {
	word: Word;
	kind: "month" | "season";
	value: number;
	/** Whether the word stands right before the number (no comma, no "of"): only then can the number be a day. */
	adjacent: boolean;
}

export function parseCalendar(ctx: ScanContext, at: number, end: number): Atom | null {
	const digits = end - at;
	if (digits <= 2 && !mayFollowShort(ctx.text.charCodeAt(end))) return null;
	const before = calendarWordBefore(ctx, at);
	if (before) {
		if (before.kind === "month" && before.adjacent && digits <= 2) {
			const day = dayAfterMonth(ctx, before, at);
			if (day) return day;
		}
		const year = yearAt(ctx, at);
		if (!year || year.need !== "none") return null;
		const first = rangeFirst(ctx, before);
		const a = atom(before.kind, first.word.start, year.to, year.n, year.digits, "none", year.era);
		a.month = first.value;
		return a;
	}
	return digits <= 2 ? dayFirst(ctx, at, end) : null;
}

/**
 * Whether `c` may follow a number of one or two digits in a calendar expression: what may follow a day (see
 * `mayFollowDay`), a comma ("June 22, 1941"), or the first letter of an era glued to a year ("June 44BC"). Most small
 * numbers ("Solution 1:", "pp. 45;") are ruled out here before the word in front of them is read.
 */
function mayFollowShort(c: number): boolean {
	const l = c | 32; // ASCII lower case
	return mayFollowDay(c) || c === 44 || l === 97 || l === 98 || l === 99;
}

/** "22 June 1941", "22nd of June, 1941", "22-23 June 1941". */
function dayFirst(ctx: ScanContext, at: number, end: number): Atom | null {
	if (!mayFollowDay(ctx.text.charCodeAt(end)) || !monthMayFollow(ctx.text, end)) return null;
	DAY_FIRST.lastIndex = at;
	const m = DAY_FIRST.exec(ctx.text);
	if (!m) return null;
	const day = Number(m[1]);
	const month = MONTHS.lookup((m[2] as string).toLowerCase());
	if (month === undefined || day < 1 || day > 31) return null;
	const year = yearAt(ctx, at + m[0].length);
	if (!year || year.need !== "none") return null;
	const a = atom("day", at, year.to, year.n, year.digits, "none", year.era);
	a.month = month;
	a.day = day;
	return a;
}

/**
 * The cheap test before DAY_FIRST, on what follows the day's digits at `end`: past an ordinal suffix, a dash (a range
 * of days, "22-23 June"), or gaps and then the first letter of "of" or of a month ("19th century" is ruled out).
 */
function monthMayFollow(text: string, end: number): boolean {
	const suffixEnd = ordinalSuffixEnd(text, end);
	let i = suffixEnd < 0 ? end : suffixEnd;
	const dash = text.charCodeAt(isSpaceOrTab(text.charCodeAt(i)) ? i + 1 : i);
	if (dash === 45 || dash === 0x2013 || dash === 0x2014) return true;
	if (!isSpaceOrTab(text.charCodeAt(i))) return false;
	while (isSpaceOrTab(text.charCodeAt(i))) i++;
	const l = text.charCodeAt(i) | 32;
	// j(an) f(eb) m(ar, ay) a(pr, ug) s(ep) o(ct, f) n(ov) d(ec)
	return l === 106 || l === 102 || l === 109 || l === 97 || l === 115 || l === 111 || l === 110 || l === 100;
}

/** Whether `c` may follow the day of "22 June", "22nd June", "22-23 June": an ordinal suffix, a dash or a gap. */
function mayFollowDay(c: number): boolean {
	const l = c | 32; // ASCII lower case
	return l === 115 || l === 110 || l === 114 || l === 116 || c === 32 || c === 9 || c === 45 || c === 0x2013 || c === 0x2014;
}

/** "June 22, 1941", "June 22nd 1941", "Aug. 3, 1492". */
function dayAfterMonth(ctx: ScanContext, before: CalendarWord, at: number): Atom | null {
	DAY_AFTER_MONTH.lastIndex = at;
	const m = DAY_AFTER_MONTH.exec(ctx.text);
	if (!m) return null;
	const day = Number(m[1]);
	if (day < 1 || day > 31) return null;
	const year = yearAt(ctx, at + m[0].length);
	if (!year || year.need !== "none") return null;
	const a = atom("day", before.word.start, year.to, year.n, year.digits, "none", year.era);
	a.month = before.value;
	a.day = day;
	return a;
}

/** The month or season written before the number: "June 1941", "June, 1941", "summer of 1914". */
function calendarWordBefore(ctx: ScanContext, at: number): CalendarWord | null {
	const { text, floor } = ctx;
	let i = gapBefore(text, at, 2, floor);
	if (i === at) return null; // glued to letters: not a calendar expression
	let adjacent = true;
	if (i > floor && text.charCodeAt(i - 1) === 44) {
		adjacent = false;
		i = gapBefore(text, i - 1, 2, floor);
	}
	// Most numbers follow some other word ("in 1917"): ruled out by its ending, else looked up in place (a `Word` is
	// built only for a hit).
	if (!CALENDAR_ENDINGS.mayEndAt(text, i)) return null;
	let start = wordStart(text, i, floor);
	if (start === i) return null;
	if (adjacent && spanIs(text, start, i, "of")) {
		adjacent = false;
		i = gapBefore(text, start, 2, floor);
		if (!CALENDAR_ENDINGS.mayEndAt(text, i)) return null;
		start = wordStart(text, i, floor);
		if (start === i) return null;
	}
	const month = MONTHS.at(text, start, i);
	if (month !== undefined) return { word: { start, end: i }, kind: "month", value: month, adjacent };
	const season = SEASONS.at(text, start, i);
	if (season !== undefined) return { word: { start, end: i }, kind: "season", value: season, adjacent };
	return null;
}

/** The first month or season of a range: "June–August 1941" and "June to August 1941" begin with June. */
function rangeFirst(ctx: ScanContext, last: CalendarWord): CalendarWord {
	const { text, floor } = ctx;
	let i = last.word.start;
	if (i > floor && isGap(text.charCodeAt(i - 1))) i--;
	const c = text.charCodeAt(i - 1);
	if (i > floor && (c === 45 || c === 0x2013 || c === 0x2014 || c === 47)) i--;
	else {
		const w = wordBefore(text, i, 0, floor);
		if (!RANGE_WORDS.has(text, w) || !w) return last;
		i = w.start;
	}
	const first = wordBefore(text, i, 1, floor);
	if (!first) return last;
	const value = (last.kind === "month" ? MONTHS : SEASONS).get(text, first);
	return value === undefined ? last : { word: first, kind: last.kind, value, adjacent: false };
}
