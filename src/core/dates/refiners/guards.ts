/**
 * Guards: numbers that read as years but are something else, judged from the words around them. Each guard is a
 * pure test; `guardedBy` names the first that fires, which keeps the tests and debugging honest.
 */
import {
	COUNT_NOUNS,
	COURSE_CODES,
	CURRENCY_WORDS,
	DATE_PREPOSITIONS,
	QUANTITY_WORDS,
	CLASS_DATE_YEAR,
	RECENT_YEAR,
	REFERENCE_WORDS,
	UNIT_NOUNS,
} from "../lexicon";
import type { Found } from "../model";
import { isDigit, isGap, isLetter, lower, wordAfter, wordBefore, type Word } from "../text";

/** The line a date stands on; the logistics test runs at most once per line. */
export interface LineFlags {
	/** Raw text of the line and the offset where it starts. */
	text: string;
	start: number;
	/** The line names an exam, a quiz, a class, a deadline… */
	logistics: () => boolean;
}

export interface GuardContext {
	text: string;
	/** What the line the date stands on says about course logistics. */
	lineFlags: (f: Found) => LineFlags;
	/** Whether an offset lies in a Markdown image (`![Screen Shot 2020-10-16](…)`). */
	inImage: (offset: number) => boolean;
}

/** The words around a plain year, read and lower-cased once for all guards ("" when there is none). */
interface Around {
	/** The word before the date (a gap of up to two spaces), as written. */
	beforeWord: Word | null;
	before: string;
	after: string;
	/** Whether the word after starts in lower case, as a count noun in running text does. */
	afterLowerCase: boolean;
}

type Guard = (ctx: GuardContext, f: Found, around: Around) => boolean;

/** Only plain years can be counts, pages or codes; "the 1920s" or "June 1941" cannot. */
const plainYear = (f: Found): boolean => f.kind === "year" && f.precision === "year";

/** Whether nothing but markup and punctuation stands beside the date on its line (long lines are not checked). */
function aloneOnLine(line: LineFlags, f: Found): boolean {
	const { text } = line;
	if (text.length > 120) return false;
	const from = f.from - line.start;
	const to = f.to - line.start;
	for (let i = 0; i < text.length; i++) {
		if ((i < from || i >= to) && (isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) return false;
	}
	return true;
}

/** Round numbers (1000, 1500, 2000) are as often counts as years; other years rarely are. */
const roundCount = (f: Found): boolean => f.start % 500 === 0 && f.end % 500 === 0;

export const GUARDS: ReadonlyArray<readonly [string, Guard]> = [
	// "USD 1900" (a currency sign glued to the number, "$1900", never reaches the guards)
	["money", (_ctx, f, { before }) => plainYear(f) && CURRENCY_WORDS.lookup(before) !== undefined],
	// "pp. 1145–1212", "chapter 1914", "§ 1848", "No. 1917" (a glued "#1917" never reaches the guards; "## 1917" is
	// a heading)
	[
		"reference",
		(ctx, f, { before }) => {
			if (!plainYear(f) || f.qualifier !== null) return false;
			let i = f.from;
			while (i > 0 && f.from - i < 2 && isGap(ctx.text.charCodeAt(i - 1))) i--;
			return ctx.text.charCodeAt(i - 1) === 0xa7 /* § */ || REFERENCE_WORDS.lookup(before) !== undefined;
		},
	],
	// "HIST 1920": a course code, written in capitals, one space before the number
	[
		"course code",
		(ctx, f, { beforeWord }) =>
			plainYear(f) &&
			f.qualifier === null &&
			beforeWord !== null &&
			beforeWord.end === f.from - 1 &&
			COURSE_CODES.has(ctx.text, beforeWord),
	],
	// "more than 1500", "some 2000", "at least 1200"
	["quantity", (_ctx, f, { before }) => plainYear(f) && QUANTITY_WORDS.lookup(before) !== undefined],
	// "for 1000 years", "1000 dollar", "1930 hours", "a 2000-strong army", "700+ pages", "1914%"
	[
		"measure",
		(ctx, f, { after }) => {
			if (!plainYear(f)) return false;
			const { text } = ctx;
			const c = text.charCodeAt(f.to);
			if (c === 43 /* + */ || c === 37 /* % */ || c === 0xb0 /* ° */) return true;
			if (c === 45 && isLetter(text.charCodeAt(f.to + 1)) && UNIT_NOUNS.has(text, wordAfter(text, f.to + 1, 0))) return true;
			return UNIT_NOUNS.lookup(after) !== undefined;
		},
	],
	// "1000 horse", "2000 soldiers", and any plural after a round number ("between 1000 and 2000 nobles", but not
	// "the 2000 elections"); "in 1917 people rose" and "by 1900 workers had…" are dates
	[
		"count",
		(_ctx, f, { before, after, afterLowerCase }) =>
			plainYear(f) &&
			f.qualifier !== "by" &&
			f.qualifier !== "after" &&
			afterLowerCase &&
			(COUNT_NOUNS.lookup(after) !== undefined ||
				(roundCount(f) && after.length > 3 && after.endsWith("s") && before !== "the")) &&
			DATE_PREPOSITIONS.lookup(before) === undefined,
	],
	// An image's alt text and file name name a file, not an event.
	["image", (ctx, f) => ctx.inImage(f.from)],
	// Quiz and exam days, class dates: logistics, not history. Only recent ones: "exam tip: 28 June 1914" stays.
	[
		"logistics",
		(ctx, f) => {
			if (f.precision !== "day" && f.precision !== "month" && f.precision !== "season") return false;
			if (f.start < RECENT_YEAR) return false;
			const line = ctx.lineFlags(f);
			if (line.logistics()) return true;
			// A day of the student's own years alone on its line ("## 16 September 2020") dates the class.
			return f.precision === "day" && f.start >= CLASS_DATE_YEAR && aloneOnLine(line, f);
		},
	],
];

export function guardedBy(ctx: GuardContext, f: Found): string | null {
	const { text } = ctx;
	const beforeWord = plainYear(f) ? wordBefore(text, f.from, 2) : null;
	const afterWord = plainYear(f) ? wordAfter(text, f.to, 2) : null;
	const c = afterWord ? text.charCodeAt(afterWord.start) : 0;
	const around: Around = {
		beforeWord,
		before: beforeWord ? lower(text, beforeWord) : "",
		after: afterWord ? lower(text, afterWord) : "",
		afterLowerCase: c >= 97 && c <= 122,
	};
	for (const [name, guard] of GUARDS) if (guard(ctx, f, around)) return name;
	return null;
}
