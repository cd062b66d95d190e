/**
 * Guards: numbers that read as years but are something else, judged from the words around them. Each guard is a
 * pure test named after what it finds; `guardedBy` names the first that fires, which keeps the tests and debugging
 * honest.
 */
import {
	AFTER_PEOPLE,
	CASUALTY_WORDS,
	COUNT_NOUNS,
	COURSE_CODES,
	CURRENCY_WORDS,
	DATE_PREPOSITIONS,
	EXAM_WORDS,
	OVER_VERBS,
	QUANTITY_WORDS,
	CLASS_DATE_YEAR,
	RECENT_YEAR,
	LAW_KINDS,
	REFERENCE_WORDS,
	SHARE_OWNERS,
	UNIT_NOUNS,
} from "../lexicon";
import { shortEnd, type Found } from "../model";
import { isDigit, isGap, isLetter, listsOf, LONGEST_WORD, wordAfter, wordBefore, wordIs, type Word } from "../text";

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

// Which of the guards' lists a word is in, as bits: the words beside a plain year are looked up once for all guards.
const MONEY = 1;
const REFERENCE = 2;
const QUANTITY = 4;
const DATE_PREPOSITION = 8;
const THE = 16;
const UNIT = 32;
const COUNT = 64;

const BEFORE_LISTS = listsOf(() => [
	[CURRENCY_WORDS.keys(), MONEY],
	[REFERENCE_WORDS.keys(), REFERENCE],
	[QUANTITY_WORDS.keys(), QUANTITY],
	[DATE_PREPOSITIONS.keys(), DATE_PREPOSITION],
	[["the"], THE],
]);
const AFTER_LISTS = listsOf(() => [
	[UNIT_NOUNS.keys(), UNIT],
	[COUNT_NOUNS.keys(), COUNT],
]);

/** The words around a plain year, read once for all its guards. */
interface Around {
	/** The word before the date (a gap of up to two spaces), as written. */
	beforeWord: Word | null;
	/** The lists the word before is in (0 for none, or when it is longer than `LONGEST_WORD`). */
	before: number;
	/** The word after the date (a gap of up to two spaces), or null when there is none or it is too long. */
	afterWord: Word | null;
	/** The lists the word after is in, as for `before`. */
	after: number;
	/** Whether the word after starts in lower case, as a count noun in running text does. */
	afterLowerCase: boolean;
}

/** Only plain years can be counts, pages or codes; "the 1920s" or "June 1941" cannot. */
const plainYear = (f: Found): boolean => f.kind === "year" && f.precision === "year";

/**
 * The name of the first guard that rejects the date, or null. The guards are tried in this order; the first six
 * apply to plain years only.
 */
export function guardedBy(ctx: GuardContext, f: Found): string | null {
	if (plainYear(f)) {
		const around = wordsAround(ctx.text, f);
		if (money(around)) return "money";
		if (reference(ctx, f, around)) return "reference";
		if (courseCode(ctx, f, around)) return "course code";
		if (quantity(ctx, f, around)) return "quantity";
		if (measure(ctx, f, around)) return "measure";
		if (count(ctx, f, around)) return "count";
		if (examYear(ctx, f, around)) return "logistics";
	}
	// An image's alt text and file name name a file, not an event.
	if (ctx.inImage(f.from)) return "image";
	if (logistics(ctx, f)) return "logistics";
	return null;
}

// ---- Plain years ----

/** "USD 1900" (a currency sign glued to the number, "$1900", never reaches the guards). */
function money({ before }: Around): boolean {
	return (before & MONEY) !== 0;
}

/**
 * "pp. 1145–1212", "chapter 1914", "§ 1848", "No. 1917" (a glued "#1917" never reaches the guards; "## 1917" is a
 * heading).
 */
function reference({ text }: GuardContext, f: Found, { before, beforeWord }: Around): boolean {
	// a qualifier or an opener between the word and the number makes a date of it: "question between 1826 and 1848"
	if (f.qualifier !== null || isLetterAt(text, f.from)) return false;
	let i = f.from;
	while (i > 0 && f.from - i < 2 && isGap(text.charCodeAt(i - 1))) i--;
	if (text.charCodeAt(i - 1) === 0xa7 /* § */) return true;
	// the end of a span of numbers whose start is no year: a book and its chapters ("Thuc. 1.89–118", "5.85–113")
	if (!f.range && f.to - f.from <= 3 && isDash(text.charCodeAt(f.from - 1)) && isDigit(text.charCodeAt(f.from - 2))) return true;
	return (before & REFERENCE) !== 0 && !(beforeWord !== null && endsName(text, beforeWord));
}

const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;

/**
 * Whether a capitalised word ends a name of two capitalised words or more: "Land Code 1858", "Civil Code 1804" name
 * a law and its year, where "code 1858" and "Code 1858" alone are a reference. In small letters, a law's kind before
 * "code" names one too: "secular civil code 1928-35", "penal code 1810".
 */
function endsName(text: string, w: Word): boolean {
	const prev = wordBefore(text, w.start, 1);
	if (!isCapital(text.charCodeAt(w.start))) return prev !== null && LAW_KINDS.has(text, prev) && wordIs(text, w, "code");
	return prev !== null && isCapital(text.charCodeAt(prev.start));
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Whether the found's text opens with a letter: a qualifier or an opener ("by", "c.", "between") is in its span. */
const isLetterAt = (text: string, at: number): boolean => isLetter(text.charCodeAt(at));

/** "HIST 1920": a course code, written in capitals, one space before the number. */
function courseCode({ text }: GuardContext, f: Found, { beforeWord }: Around): boolean {
	return f.qualifier === null && beforeWord !== null && beforeWord.end === f.from - 1 && COURSE_CODES.has(text, beforeWord);
}

/** "more than 1500", "some 2000", "at least 1200"; not a range with a short end, which only years make ("total 1992–95"). */
function quantity({ text }: GuardContext, f: Found, { before, beforeWord }: Around): boolean {
	// "only by 1869": a qualifier stands between the word and the number
	if ((before & QUANTITY) === 0 || f.qualifier !== null || isLetterAt(text, f.from)) return false;
	if (f.range && shortEnd(text, f)) return false;
	// "took over 1989": "over" after these is a verb's particle, not a quantity ("over 1500 soldiers")
	return !(wordIs(text, beforeWord, "over") && OVER_VERBS.has(text, wordBefore(text, (beforeWord as Word).start, 1)));
}

/**
 * "for 1000 years", "1000 dollar", "1930 hours", "a 2000-strong army", "700+ pages", "1914%". A capitalised unit
 * word in the singular opening a name is no unit: "1814 Second Republic destroyed", "1939 Second World War".
 */
function measure({ text }: GuardContext, f: Found, { after, afterWord, afterLowerCase }: Around): boolean {
	const c = text.charCodeAt(f.to);
	if (c === 43 /* + */ || c === 37 /* % */ || c === 0xb0 /* ° */) return true;
	if (c === 45 && isLetter(text.charCodeAt(f.to + 1)) && UNIT_NOUNS.has(text, wordAfter(text, f.to + 1, 0))) return true;
	if ((after & UNIT) === 0) return false;
	// a plural stays a measure however written: "1000 Years Reich"
	return afterLowerCase || afterWord === null || text.charCodeAt(afterWord.end - 1) === 115 || !opensName(text, afterWord.end);
}

/** Whether a capitalised word follows the word ending at `end`, one space after it: the two make a name. */
function opensName(text: string, end: number): boolean {
	const c = text.charCodeAt(end + 1);
	return text.charCodeAt(end) === 32 && c >= 65 && c <= 90;
}

/**
 * "1000 horse", "2000 soldiers", and any plural after a round number or an approximate small one ("between 1000
 * and 2000 nobles", "~260 domains", but not "the 2000 elections"); "in 1917 people rose" and "by 1900 workers had…"
 * are dates.
 */
function count({ text }: GuardContext, f: Found, { before, beforeWord, afterWord, after, afterLowerCase }: Around): boolean {
	if (f.qualifier === "by" || f.qualifier === "after" || (before & DATE_PREPOSITION) !== 0) return false;
	// a number of three digits or fewer, written alone, after "the" and before no word names a body of that many
	// ("dies with the 300, the Thespians"; not "the 446 losses"), or after a name and "of" is part of it ("the
	// Council of 500"): no year is written so
	if (bareSmall(text, f) && (((before & THE) !== 0 && afterWord === null) || (wordIs(text, beforeWord, "of") && capitalBefore(text, beforeWord)))) return true;
	// "~600" alone, with no era: an amount ("Senate doubled to ~600"); "~1600" stays a year
	if (approximateCount(text, f) && f.to - f.from <= 4) return true;
	if (!afterLowerCase) return peopleCount(text, f, afterWord, before);
	// a bare number under 1000 before a plural noun counts it: "builds 100 quinqueremes" (not "the 300 delegates",
	// but "the c. 400 defenders": an approximate year after "the" is no year)
	const under1000 = f.start === f.end && f.start > -1000 && f.start < 1000;
	const small = under1000 && f.to - f.from <= 3;
	const digits = digitsBefore(text, f);
	const aboutSmall = under1000 && f.qualifier === "circa" && digits > 0 && digits <= 3;
	const the = (before & THE) !== 0;
	// a share of a group: "c. 170 of his men were killed", "40 of the ships"
	if ((small || aboutSmall) && afterWord !== null && wordIs(text, afterWord, "of") && SHARE_OWNERS.has(text, wordAfter(text, afterWord.end, 1))) return true;
	return (after & COUNT) !== 0 || (plural(text, afterWord) && (the ? aboutSmall : roundCount(f) || approximateCount(text, f) || small));
}

/**
 * "120 Spartiates surrender", "300 Athenians", "200 Franks": a bare number under 1000 before a people's name in the
 * plural, by the endings peoples' names take in English (not a place's: "732 Poitiers", "404 Athens", "911 Thebes").
 */
function peopleCount(text: string, f: Found, afterWord: Word | null, before: number): boolean {
	if (f.start !== f.end || f.start <= -1000 || f.start >= 1000 || afterWord === null || (before & THE) !== 0) return false;
	// the number alone, or after circa ("c. 130"), with no era
	const digits = digitsBefore(text, f);
	if (digits > 3 || (digits < f.to - f.from && f.qualifier !== "circa")) return false;
	if (afterWord.start !== f.to + 1 || !isCapital(text.charCodeAt(afterWord.start))) return false;
	if (PEOPLE_PLURAL.test(text.slice(afterWord.start, afterWord.end))) return true;
	// a demonym before a plural noun: "c. 130 Japanese ships" (by a demonym's ending: "889 Boris abdicates" is a
	// year, a name and a verb); or one that is its own plural before a preposition: "approx. 120 Portuguese in the
	// royal guard"
	const demonym = text.slice(afterWord.start, afterWord.end);
	if (!DEMONYM_ENDING.test(demonym)) return false;
	const noun = wordAfter(text, afterWord.end, 1);
	if (noun === null || noun.start !== afterWord.end + 1 || isCapital(text.charCodeAt(noun.start))) return false;
	return plural(text, noun) || CASUALTY_WORDS.has(text, noun) || (PLURAL_DEMONYM_ENDING.test(demonym) && AFTER_PEOPLE.has(text, noun));
}

/** A year of one to three digits and nothing else in its text: no era, no qualifier, no month. */
const bareSmall = (text: string, f: Found): boolean => f.start === f.end && f.start > -1000 && f.start < 1000 && f.qualifier === null && f.to - f.from <= 3 && digitsBefore(text, f) === f.to - f.from;

/** Whether a capitalised word stands right before the word `w`: "Council" of "Council of 500". */
function capitalBefore(text: string, w: Word | null): boolean {
	const prev = w === null ? null : wordBefore(text, w.start, 1);
	return prev !== null && isCapital(text.charCodeAt(prev.start));
}

/** Endings of demonyms that are their own plural: Portuguese, French, English, Swiss. */
const PLURAL_DEMONYM_ENDING = /(?:ese|ch|sh|ss)$/;

/** Endings of demonyms used before a noun: Japanese, Roman, Persian, British, Gallic, French, Greek, Swiss, Thai, Mongol, Viking, Norse. */
const DEMONYM_ENDING = /(?:ese|an|ish|ic|ch|sh|ek|ss|i|ol|ing|se)$/;

/** How many digits end the date's text: 3 for "c. 400", 4 for "1848", none for "44 BC". */
function digitsBefore(text: string, f: Found): number {
	let d = f.to;
	while (d > f.from && isDigit(text.charCodeAt(d - 1))) d--;
	return f.to - d;
}

/**
 * Endings of peoples' and confessions' names in the plural: Athenians, Spartiates, Helots, Greeks, Vikings, Lombards,
 * Franks, Goths, Vandals, Saxons, Protestants, Calvinists, Catholics.
 */
const PEOPLE_PLURAL = /[a-z](?:ans|ites|ates|ots|eks|ings|ards|ks|ths|als|ons|ants|ists|ics)$/;

/** Round numbers (1000, 1500, 2000) are as often counts as years; other years rarely are. */
const roundCount = (f: Found): boolean => f.start % 500 === 0 && f.end % 500 === 0;

/** "~260": a tilde before a number under 1000 marks an amount ("c. 900" is as often a year). */
const approximateCount = (text: string, f: Found): boolean => text.charCodeAt(f.from) === 126 /* ~ */ && f.start !== 0 && f.start > -1000 && f.end < 1000;

/** Whether the word has more than three letters and ends in "s", as a plural does ("nobles", not "gas"). */
function plural(text: string, w: Word | null): boolean {
	return w !== null && w.end - w.start > 3 && (text.charCodeAt(w.end - 1) | 32) === 115 /* s */;
}

function wordsAround(text: string, f: Found): Around {
	const beforeWord = wordBefore(text, f.from, 2);
	const after = wordAfter(text, f.to, 2);
	const c = after ? text.charCodeAt(after.start) : 0;
	const afterWord = listable(after);
	return {
		beforeWord,
		before: BEFORE_LISTS.get(text, listable(beforeWord)) ?? 0,
		afterWord,
		after: AFTER_LISTS.get(text, afterWord) ?? 0,
		afterLowerCase: c >= 97 && c <= 122,
	};
}

/** Words longer than `LONGEST_WORD` are in no list: they are not looked up. */
function listable(w: Word | null): Word | null {
	return w && w.end - w.start <= LONGEST_WORD ? w : null;
}

// ---- Every date ----

/** Quiz and exam days, class dates: logistics, not history. Only recent ones: "exam tip: 28 June 1914" stays. */
function logistics(ctx: GuardContext, f: Found): boolean {
	if (f.precision !== "day" && f.precision !== "month" && f.precision !== "season") return false;
	if (f.start < RECENT_YEAR) return false;
	const line = ctx.lineFlags(f);
	if (line.logistics()) return true;
	// A day of the student's own years alone on its line ("## 16 September 2020") dates the class.
	return f.precision === "day" && f.start >= CLASS_DATE_YEAR && aloneOnLine(line, f);
}

/**
 * "Exam q. from 2019 paper", "the 2021 exam": a recent year before an exam's word, on a line of course logistics, is
 * the paper's year, no event's.
 */
function examYear(ctx: GuardContext, f: Found, { afterWord }: Around): boolean {
	if (f.start < RECENT_YEAR) return false;
	if (afterWord !== null && EXAM_WORDS.has(ctx.text, afterWord)) return ctx.lineFlags(f).logistics();
	return examOpensLine(ctx, f);
}

/**
 * Whether an exam's word opens the line before the year, with no colon, question mark or quotation between them:
 * "Exam q. from 2019: …", "- Quiz 2021 (past paper)". The question itself, after them, keeps its years ("Exam q:
 * why did the 2003 invasion fail?").
 */
function examOpensLine(ctx: GuardContext, f: Found): boolean {
	const line = ctx.lineFlags(f);
	const { text } = ctx;
	let k = line.start;
	for (let c = text.charCodeAt(k); k < f.from && (c === 32 || c === 9 || c === 35 || c === 42 || c === 45 || c === 62 || c === 95); c = text.charCodeAt(++k));
	let end = k;
	while (end < f.from && isLetter(text.charCodeAt(end))) end++;
	if (end === k || !EXAM_WORDS.has(text, { start: k, end })) return false;
	for (let i = end; i < f.from; i++) {
		const c = text.charCodeAt(i);
		if (c === 58 || c === 63 || c === 34 || c === 0x201c || c === 0x201d) return false;
	}
	return line.logistics();
}

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
