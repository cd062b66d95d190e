/**
 * The date grammar's pipeline, chrono-style: parsers read atoms at every number, refiners join ranges, take
 * qualifiers and drop what guards reject, then each survivor becomes a `DateMention` on the raw text.
 * Linear in the note: one search pass for digit runs and spelled centuries, bounded look-around.
 */
import { isApostrophe, LETTER } from "../chars";
import { lazy } from "../lazy";
import { lineContext, positionAt, type NoteDocument } from "../markdown/document";
import type { DateMention } from "../types";
import { shortEnd, type Atom, type Found } from "./model";
import { COUNT_NOUNS, LOGISTICS, MONTHS, REFERENCE_WORDS, UNIT_NOUNS } from "./lexicon";
import { guardedBy, type GuardContext, type LineFlags } from "./refiners/guards";
import { qualify } from "./refiners/qualifiers";
import { joinRanges, shortEndYear } from "./refiners/ranges";
import { scanAtoms } from "./scan";
import { wordAfter, wordBefore, wordIs } from "./text";

export interface DateOptions {
	/** Bare numbers count as years only inside this window (inclusive). */
	minYear: number;
	maxYear: number;
}

export function extractDates(doc: NoteDocument, options: DateOptions): DateMention[] {
	const { dates, droppedBy, lines } = judge(doc, options);
	const out: DateMention[] = [];
	for (let i = 0; i < dates.length; i++) if (droppedBy[i] === null) out.push(toMention(doc, dates[i] as Found, lines));
	return out;
}

export interface Candidate {
	date: DateMention;
	/** The guard that rejected it, or null when it is kept. */
	droppedBy: string | null;
}

/** Every date candidate with the guard that dropped it, if any: what `extractDates` keeps and why it drops the rest. */
export function explainDates(doc: NoteDocument, options: DateOptions): Candidate[] {
	const { dates, droppedBy, lines } = judge(doc, options);
	return dates.map((f, i) => ({ date: toMention(doc, f, lines), droppedBy: droppedBy[i] ?? null }));
}

interface Judged {
	/** Every date candidate, in text order. */
	dates: Found[];
	/** For each, the guard that rejects it, or null. */
	droppedBy: (string | null)[];
	lines: Lines;
}

function judge(doc: NoteDocument, options: DateOptions): Judged {
	const text = doc.body;
	const atoms = scanAtoms(text, options.minYear, options.maxYear);
	resolveBeforeChrist(text, atoms);
	const founds = joinRanges(text, atoms);
	let floor = 0;
	let shorts = false;
	for (const f of founds) {
		// A lone "16th" or "40" never becomes a date: no need to read its qualifiers. A lone "60s" may ("'60s" with
		// its apostrophe).
		const short = shortDecade(f);
		if (short) {
			if (isApostrophe(text.charCodeAt(f.from - 1))) f.from--;
			shorts = true;
		}
		if (f.need !== "partner" || short) qualify(text, f, floor);
		floor = f.to;
	}
	if (shorts) resolveShortDecades(text, founds);
	resolveFirstMillennium(founds);
	const lines = LINES().reset(doc);
	resolveFirstMillenniumNearby(text, founds, (offset) => lines.of(offset));

	const guardContext: GuardContext = {
		text,
		lineFlags: (f) => lines.flags(lines.of(f.from)),
		inImage: imageTest(text),
	};
	const dates: Found[] = [];
	const droppedBy: (string | null)[] = [];
	for (const f of founds) {
		if (!isDate(f)) continue;
		dates.push(f);
		droppedBy.push(guardedBy(guardContext, f));
	}
	return { dates, droppedBy, lines };
}

/** A decade written with two digits, alone: "the 60s", "mid-60s", "'80s". */
function shortDecade(f: Found): boolean {
	return f.kind === "decade" && f.need === "partner" && !f.range && f.start >= 10 && f.start <= 90;
}

const POSSESSIVES = ["his", "her", "their", "its", "my", "our", "your", "whose"];

/**
 * "the 60s", "mid-60s", "the late '70s": a two-digit decade read as a date when a cue marks it (an apostrophe, or
 * what `qualify` counts as a date cue: "the", early/mid/late, circa) and not an age ("in his late 60s"), in the
 * century of the note's nearest full year before it (else after it). A note without full years leaves it unread.
 */
function resolveShortDecades(text: string, founds: Found[]): void {
	const full = (g: Found): boolean => g.need === "none" && g.start >= 1000 && g.start < 2100;
	// the first full year after each position, read once from the end
	const after = new Float64Array(founds.length + 1).fill(-1);
	for (let k = founds.length - 1; k >= 0; k--) after[k] = full(founds[k] as Found) ? (founds[k] as Found).start : (after[k + 1] as number);
	let anchor = -1;
	for (let i = 0; i < founds.length; i++) {
		const f = founds[i] as Found;
		if (full(f)) anchor = f.start;
		if (!shortDecade(f)) continue;
		// listed after a full decade, it is one too, in that decade's century: "the 1960s and 70s", "1920s, 30s and
		// 40s"
		const prev = i > 0 ? (founds[i - 1] as Found) : null;
		const listed = prev !== null && prev.kind === "decade" && !prev.range && full(prev) && LIST_JOINT.test(text.slice(prev.to, f.from));
		if (!(listed || f.cued || isApostrophe(text.charCodeAt(f.from)))) continue;
		const before = wordBefore(text, f.from, 2);
		if (!listed && POSSESSIVES.some((p) => wordIs(text, before, p))) continue;
		const year = listed ? prev.start : anchor >= 0 ? anchor : (after[i + 1] as number);
		if (year < 0) continue;
		f.start = Math.floor(year / 100) * 100 + f.start;
		f.end = f.start + 9;
		f.need = "none";
	}
}

/** What stands between two decades of a list: a comma, "and", "or", "&", or a comma and one of them. */
const LIST_JOINT = /^(?:,[ \t]*|,?[ \t]+(?:and|or|&)[ \t]+)$/;

/** Dates a note must give with a month, a day, an era or circa before its bare three-digit numbers count. */
const FIRST_MILLENNIUM_ANCHORS = 3;

/**
 * A note about the first millennium AD writes its years with three digits and no cue: "until his death in 565",
 * "Justin I (518–527)", "by 574". Once the note has dated at least three events in years 1–999 in a way that needs
 * no cue ("1 August 527", "January 532", "c. 552", "AD 565"), and more of them than in any other years (BC or
 * later), a three-digit number where a year can stand is read as one. The guards still drop counts, measures and
 * references.
 */
function resolveFirstMillennium(founds: Found[]): void {
	let early = 0;
	let other = 0;
	for (const f of founds) {
		if (!isDate(f)) continue;
		if (f.start >= 1 && f.end <= 999) early++;
		else other++;
	}
	if (early < FIRST_MILLENNIUM_ANCHORS || early <= other) return;
	for (const f of founds) if (f.need === "cue" && !f.cued && f.kind === "year" && f.start >= 100 && f.end <= 999) f.need = "none";
}

/**
 * The longest span a range of three digits written with a short end may cover and still be read bare: "Paris besieged
 * 885-86", "Justinian (527-65)", and BC "431-21". A tally's short end is mostly below its start's last digits, and so
 * reads a century on ("the vote passed 370-22" would be 370-422).
 */
const SHORT_END_SPAN = 40;

/** The years from `start` BC down to a short end ("431-21" is 10 years, "370-22" 48), as the range's join reads it. */
function shortEndSpanBC(start: number, end: Atom): number {
	return start - shortEndYear(start, end, true);
}

/** Years a note must mark BC (or BCE) before all its unmarked three-digit years count as BC. */
const BEFORE_CHRIST_ANCHORS = 3;
/** With fewer, and no year AD: how far the bare years BC may reach past the earliest year marked BC. */
const BARE_YEARS_AFTER_FEW_ANCHORS = 100;

/**
 * A note about antiquity marks a few years BC and then writes the rest bare: "431 BC … Pericles dies 429", "the
 * Sicilian expedition 415–413", "autumn 413", "the 480s". Once the note marks at least three years BC, and more of
 * them than it writes years AD (marked AD, or four digits), its unmarked years and decades of three digits are BC, and
 * a bare one counts as a year where one can stand, as in a note about the first millennium AD (not after a tilde: "~600" is an amount).
 * A note that marks only one or two years BC and none AD ("Delian League 478 BC", then "Athens 454", "War 431")
 * reads so its bare years up to a century after the earliest it marks: not "Justinian (527–565)" after "Actium
 * (31 BC)". The guards still drop counts, measures and references. Runs on the atoms, before ranges are joined, so
 * that "431–421" counts down as a range BC does.
 */
function resolveBeforeChrist(text: string, atoms: Atom[]): void {
	// the years marked BC first: most notes mark none, and their years AD need no counting
	let bc = 0;
	let earliest = 0;
	// the latest year marked BC, a year's (not a century's)
	let latest = Infinity;
	for (const a of atoms) {
		if (a.era !== "bc" || a.need === "never") continue;
		bc++;
		earliest = Math.max(earliest, a.n);
		if (a.kind !== "century" && a.kind !== "ordinal") latest = Math.min(latest, a.n);
	}
	if (bc === 0) return;
	let ad = 0;
	for (const a of atoms) {
		if (a.need !== "never" && (a.era === "ad" || (a.era === null && a.digits === 4 && a.need === "none" && a.kind !== "century" && a.kind !== "ordinal"))) ad++;
	}
	if (bc <= ad || (bc < BEFORE_CHRIST_ANCHORS && ad > 0)) return;
	const latestBare = bc < BEFORE_CHRIST_ANCHORS ? earliest + BARE_YEARS_AFTER_FEW_ANCHORS : Infinity;
	for (let i = 0; i < atoms.length; i++) {
		const a = atoms[i] as Atom;
		if (a.era !== null || a.digits !== 3 || a.need === "never" || a.need === "partner" || a.kind === "century" || a.kind === "ordinal" || a.n > latestBare) continue;
		// a short number right after it makes a tally, not years counting down ("the vote passed 370–22"), unless the
		// years it counts down to are a span's: "431-21", "446/5"
		const next = atoms[i + 1];
		if (next && next.need === "partner" && next.from - a.to <= 2 && shortEndSpanBC(a.n, next) > SHORT_END_SPAN) continue;
		a.era = "bc";
		// "~600" is an amount, as in any note
		if (a.need === "cue" && text.charCodeAt(a.from - 1) !== 126 /* ~ */) a.need = "none";
	}
	resolveCenturiesBC(atoms, latest, earliest);
	if (latest < 100) resolveTwoDigitYearsBC(text, atoms, latest);
}

/** How far before the earliest year a note marks BC an unmarked century may begin and still be read as BC. */
const CENTURY_REACH_BC = 100;

/**
 * In a note that reads its bare years as BC (`resolveBeforeChrist`: more years marked BC than AD, and three of them or
 * none AD), an unmarked century that its years BC fall in, or that leads up to them, is BC: "the late 2nd century" in
 * a note on 133–27 BC is 200–101 BC; "the 19th century" (of the historians) stays AD.
 */
function resolveCenturiesBC(atoms: Atom[], latest: number, earliest: number): void {
	for (const a of atoms) {
		if ((a.kind !== "century" && a.kind !== "ordinal") || a.era !== null || a.need === "never") continue;
		// the century's years BC: n × 100 down to (n − 1) × 100 + 1
		if (a.n * 100 >= Math.min(latest, earliest) && (a.n - 1) * 100 + 1 <= earliest + CENTURY_REACH_BC) a.era = "bc";
	}
}

/** How far after the latest year a note marks BC a bare number of two digits may fall and still be read as a year. */
const TWO_DIGIT_REACH_BC = 30;
/** The longest span a range of two numbers of two digits may count down and be years BC ("49-45", "73/72"). */
const TWO_DIGIT_SPAN_BC = 20;

/**
 * Words after which a number of two digits is a year in such a note: the words of time (`TIME_WORDS`), and "by",
 * "from", circa, a season or a part of a year, a Roman office: "in 86", "consul 88", "summer 44".
 */
const BEFORE_TWO_DIGIT_YEARS = lazy(
	() =>
		new Set([
			...TIME_WORDS, "dies", "elected", "by", "from", "c", "ca", "circa", "around", "summer", "spring", "autumn", "fall",
			"winter", "early", "mid", "late", "consul", "consuls", "cos", "coss", "dictator", "tribune", "praetor", "censor",
			"aedile", "quaestor", "consulship", "tribunate", "praetorship", "dictatorship",
		]),
);
/** Words before "of" that make the number after it a year: "end of 49", "consuls of 32". */
const BEFORE_OF_TWO_DIGIT_YEARS = lazy(
	() => new Set(["end", "beginning", "start", "middle", "consuls", "year", "summer", "spring", "autumn", "winter", "election", "elections", "consulship", "tribunate", "praetorship", "dictatorship"]),
);
/** What joins a list of years: "64 and 63", "55 & 54", "88, 87". */
const YEAR_LIST_JOINT = /^(?:, | and | & | or )$/;

/**
 * A note on the last century BC marks some years BC with two digits ("44 BC") and writes the rest bare: "Thapsus 46,
 * Munda 45", "consul 88", "in 87", "the 50s", "the civil wars of 49-45". In a note that reads its bare years as BC
 * (`resolveBeforeChrist`) and marks one of them with two digits, a bare number of two digits, no more than 30 years after
 * the latest it marks, is a year BC where only a year stands: after a word of time or a Roman office, after "the"
 * (a decade), in brackets alone ("(98?)"), after a capitalised name as its clause ends ("Munda 45."), or counting
 * down to another such number ("73/72", "67-62"). Never before a count's noun ("in 40 days", "of 32 senators").
 */
function resolveTwoDigitYearsBC(text: string, atoms: Atom[], latest: number): void {
	const floor = Math.max(10, latest - TWO_DIGIT_REACH_BC);
	const eligible = (a: Atom | undefined): a is Atom => a !== undefined && a.digits === 2 && a.era === null && a.need === "partner" && (a.kind === "year" || a.kind === "decade") && a.n >= floor;
	// the end of the last number read so, for a list of them ("the elections of 64 and 63")
	let listed = -1;
	for (let i = 0; i < atoms.length; i++) {
		const a = atoms[i];
		if (!eligible(a) || countAfter(text, a.to)) continue;
		const next = atoms[i + 1];
		const down = eligible(next) && a.kind === "year" && next.kind === "year" && isRangeJoint(text, a.to, next.from) && next.n < a.n && a.n - next.n <= TWO_DIGIT_SPAN_BC && !countAfter(text, next.to);
		const inList = listed >= 0 && a.kind === "year" && YEAR_LIST_JOINT.test(text.slice(listed, a.from));
		if (!down && !inList && !twoDigitYearContext(text, a)) continue;
		a.era = "bc";
		a.need = "none";
		listed = a.to;
		if (down) {
			next.era = "bc";
			next.need = "none";
			listed = next.to;
			i++;
		}
	}
}

/** "-", "–", "—" or "/" alone between two numbers, or with a space each side of a dash. */
function isRangeJoint(text: string, from: number, to: number): boolean {
	const gap = text.slice(from, to);
	return gap === "-" || gap === "\u2013" || gap === "\u2014" || gap === "/" || gap === " - " || gap === " \u2013 ";
}

/** Whether a count's noun or a measure follows the number ending at `end`: "40 days", "32 senators", "12%". */
function countAfter(text: string, end: number): boolean {
	const c = text.charCodeAt(end);
	if (c === 37 /* % */) return true;
	const w = wordAfter(text, end, 1);
	if (!w) return false;
	const first = text.charCodeAt(w.start);
	if (first < 97 || first > 122) return false;
	const word = text.slice(w.start, w.end).toLowerCase();
	return UNIT_NOUNS.has(text, w) || COUNT_NOUNS.has(text, w) || (word.length >= 4 && word.endsWith("s") && !word.endsWith("ss"));
}

/** Where only a year stands: see `resolveTwoDigitYearsBC`. */
function twoDigitYearContext(text: string, a: Atom): boolean {
	const before = wordBefore(text, a.from, 2);
	const word = before ? text.slice(before.start, before.end).toLowerCase() : "";
	if (a.kind === "decade") return word === "the" || word === "early" || word === "mid" || word === "late";
	if (BEFORE_TWO_DIGIT_YEARS().has(word)) return true;
	if (word === "of" && before) {
		const w2 = wordBefore(text, before.start, 2);
		if (w2 && BEFORE_OF_TWO_DIGIT_YEARS().has(text.slice(w2.start, w2.end).toLowerCase())) return true;
	}
	const after = text.charCodeAt(a.to);
	const closes = Number.isNaN(after) || after === 10 || after === 13 || after === 46 || after === 44 || after === 59 || after === 41 || after === 63;
	// "(98?)", "(59)"
	if (text.charCodeAt(a.from - 1) === 40 && (after === 41 || after === 63)) return true;
	// "Thapsus 46, Munda 45." (not a day after its month: "Dec 12,"; nor a reference's number: "Week 12.")
	return closes && capitalWordBefore(text, a.from) && before !== null && !MONTHS.has(text, before) && !REFERENCE_WORDS.has(text, before);
}

/** How many lines away a dated year of the first millennium makes a bare three-digit number near it a year. */
const NEARBY_LINES = 2;

/**
 * A note that runs from the first millennium into the second ("867–1204", "711–1492") writes its early years bare
 * where it tells of them: "Basil I (867–886)", "- 711: Tariq crosses", "Symeon dies 927". The whole note need not be
 * about the first millennium (`resolveFirstMillennium`): a bare three-digit number is a year when it opens a list
 * item or a line before a colon, a dash or a capitalised word ("- 732 Poitiers"), stands in brackets as a span right
 * after a name ("Leo VI (886–912)"), or closes a clause after a capitalised name ("Lindisfarne 793;"); and when a
 * year of the first millennium that needs no cue (or one of these) stands within two lines of it. So do a decade
 * ("830s") and a range with a short end ("885-86") of three digits. Both only in a note that dates at least one year of the first millennium
 * with a cue ("c. 864", "AD 711", "June 800"). The guards still drop counts, measures and references.
 */
function resolveFirstMillenniumNearby(text: string, founds: Found[], lineOf: (offset: number) => number): void {
	// not a tally written as a range with a short end ("the vote passed 370–22"); a decade of three digits counts ("830s")
	const bare = (f: Found): boolean => f.need === "cue" && !f.cued && (f.kind === "year" || f.kind === "decade") && f.start >= 100 && f.end <= 999 && !(f.range && shortEnd(text, f) && f.end - f.start > SHORT_END_SPAN);
	// (a range that starts there counts: "Mahmud (r. 998–1030)")
	const early = (f: Found): boolean => isDate(f) && f.start >= 1 && f.start <= 999;
	// a note that dates nothing in the first millennium reads no bare number as such a year ("- 452 Bohemian nobles");
	// both tests in one pass, the cheap one first
	let anyBare = false;
	let anyEarly = false;
	for (let k = 0; k < founds.length && !(anyBare && anyEarly); k++) {
		const f = founds[k] as Found;
		if (f.start > 999 || f.start < 1) continue;
		anyBare ||= bare(f);
		anyEarly ||= early(f);
	}
	if (!anyBare) return;
	const yearShaped = (f: Found): boolean => opensLine(text, f) || inBracketsAfterName(text, f) || reignMarked(text, f) || timeWordBefore(text, f) || closesAfterName(text, f);
	if (!anyEarly && !yearsWrittenBare(founds, (f) => bare(f) && yearShaped(f))) return;
	const line = founds.map((f) => lineOf(f.from));
	for (const f of founds) if (bare(f) && yearShaped(f)) f.need = "none";
	// forward, then back: a year made so dates the next one
	for (const order of [1, -1]) {
		let last = -Infinity;
		for (let k = order > 0 ? 0 : founds.length - 1; k >= 0 && k < founds.length; k += order) {
			const f = founds[k] as Found;
			if (early(f)) last = line[k] as number;
			else if (bare(f) && Math.abs((line[k] as number) - last) <= NEARBY_LINES) {
				f.need = "none";
				last = line[k] as number;
			}
		}
	}
}

/** How many bare numbers a note must write where only years stand before it counts as one about the first millennium. */
const BARE_ANCHORS = 2;

/**
 * Whether a note writes its years of the first millennium bare throughout, with no cue anywhere ("- 751: Pippin
 * made king", "Charlemagne (r. 768–814)", "Battle of Tours (732)", "dies in 814."): at least two bare three-digit
 * numbers stand where only a year does, and more of them than the note has years of the second millennium.
 */
function yearsWrittenBare(founds: readonly Found[], anchor: (f: Found) => boolean): boolean {
	let anchors = 0;
	let later = 0;
	for (const f of founds) {
		if (anchor(f)) anchors++;
		else if (isDate(f) && f.start >= 1000) later++;
	}
	return anchors >= BARE_ANCHORS && anchors > later;
}

/** "(r. 768–814)", "r. 768", "reigned 768–814": a reign's marker right before the number. */
function reignMarked(text: string, f: Found): boolean {
	let i = f.from;
	while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
	// "r." as a word of its own: after a bracket, a space or the line's start
	if (text.charCodeAt(i - 1) === 46 && (text.charCodeAt(i - 2) | 32) === 114) {
		const c = text.charCodeAt(i - 3);
		return Number.isNaN(c) || c === 40 || c === 32 || c === 10 || c === 44;
	}
	return wordIs(text, wordBefore(text, f.from, 2), "reigned");
}

/**
 * Words after which a number that ends its clause is a year: "dies in 814.", "crowned 800,". Not "by" nor "from",
 * which end amounts as often ("prices rose by 300.", "down from 200.").
 */
const TIME_WORDS = ["in", "after", "before", "until", "till", "since", "died", "crowned", "founded", "born"];

/** A number after a word of time that ends its clause (punctuation or the line's end after it): "dies in 814.". */
function timeWordBefore(text: string, f: Found): boolean {
	const c = text.charCodeAt(f.to);
	if (!(Number.isNaN(c) || c === 10 || c === 13 || c === 46 || c === 44 || c === 59 || c === 41)) return false;
	const w = wordBefore(text, f.from, 2);
	return w !== null && TIME_WORDS.some((t) => wordIs(text, w, t));
}

/** "- 711: Tariq crosses", "732 Poitiers": a number that opens a line or a list item, before ":", a dash or a capital. */
function opensLine(text: string, f: Found): boolean {
	let i = f.from - 1;
	while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
	const c = text.charCodeAt(i);
	if (c === 45 || c === 42 || c === 43) {
		// a bullet: "- ", "* ", "+ " at the start of the line
		i--;
		while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
	}
	if (i >= 0 && text.charCodeAt(i) !== 10) return false;
	const a = text.charCodeAt(f.to);
	const b = text.charCodeAt(f.to + 1);
	return a === 58 /* : */ || (a === 32 && ((b >= 65 && b <= 90) || b === 0x2013 || b === 0x2014 || b === 45));
}

/**
 * "Lindisfarne 793;", "Edington 878 →", "East Anglia 869 (Edmund killed)": a number one space after a capitalised
 * word that ends its clause (punctuation, the line's end, or a bracket, an arrow or a dash after a space), as the year
 * of a battle or a place's event does. A count goes on into what it counts ("Charles 300 knights"), and a reference's
 * word ("Article 231") is a guard's.
 */
function closesAfterName(text: string, f: Found): boolean {
	if (!capitalWordBefore(text, f.from)) return false;
	const c = text.charCodeAt(f.to);
	if (Number.isNaN(c) || c === 10 || c === 13 || c === 44 || c === 59 || c === 46 || c === 58 || c === 41) return true;
	if (c !== 32) return false;
	const d = text.charCodeAt(f.to + 1);
	return d === 40 || d === 0x2192 || d === 0x2013 || d === 0x2014 || d === 45;
}

/** Whether a capitalised word stands one space before `from`: "Lindisfarne" of "Lindisfarne 793", "Munda" of "Munda 45". */
function capitalWordBefore(text: string, from: number): boolean {
	if (text.charCodeAt(from - 1) !== 32) return false;
	let i = from - 1;
	while (i > 0 && LETTER().test(text[i - 1] as string)) i--;
	if (i === from - 1) return false;
	const first = text.charCodeAt(i);
	return (first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde);
}

/** "Battle of Tours (732)", "Leo VI (886–912)": a number or a span alone in brackets right after a name (a capitalised word, a numeral or a closing quote). */
function inBracketsAfterName(text: string, f: Found): boolean {
	if (text.charCodeAt(f.from - 1) !== 40 || text.charCodeAt(f.to) !== 41 || text.charCodeAt(f.from - 2) !== 32) return false;
	let i = f.from - 3;
	const c = text.charCodeAt(i);
	if (c === 34 || c === 0x201d || c === 42) return true;
	while (i > 0 && LETTER().test(text[i - 1] as string)) i--;
	const first = text.charCodeAt(i);
	return first >= 65 && first <= 90;
}

function isDate(f: Found): boolean {
	return f.need === "none" || (f.need === "cue" && f.cued);
}

function toMention(doc: NoteDocument, f: Found, lines: Lines): DateMention {
	const line = lines.of(f.from);
	const mention: DateMention = {
		text: doc.raw.slice(f.from, f.to),
		offset: f.from,
		length: f.to - f.from,
		line,
		col: f.from - (doc.lineStarts[line - 1] as number),
		start: f.start,
		end: f.end,
		precision: f.precision,
		qualifier: f.qualifier,
		context: lines.context(line),
	};
	if (f.month) mention.month = f.month;
	if (f.day) mention.day = f.day;
	return mention;
}

/**
 * Line numbers, trimmed line texts and logistics flags: flags once per line, the trimmed text once for the dates
 * that stand one after another on a line.
 */
class Lines {
	private readonly lineFlags = new Map<number, LineFlags>();
	/** Dates come in text order: the line of the last context asked is the one asked next. */
	private contextLine = 0;
	private lastContext = "";
	private doc!: NoteDocument;

	/** Makes the reader the note's, with nothing of the last note's left (see `LINES`). */
	reset(doc: NoteDocument): this {
		this.doc = doc;
		this.lineFlags.clear();
		this.contextLine = 0;
		this.lastContext = "";
		this.cursor = 0;
		return this;
	}

	flags(line: number): LineFlags {
		let f = this.lineFlags.get(line);
		if (f === undefined) {
			const text = this.doc.lines[line - 1] ?? "";
			let logistics: boolean | undefined;
			f = { text, start: this.doc.lineStarts[line - 1] as number, logistics: () => (logistics ??= LOGISTICS.test(text)) };
			this.lineFlags.set(line, f);
		}
		return f;
	}

	private cursor = 0;

	/** 1-based line of an offset. Dates come in text order, so a forward walk is the usual case. */
	of(offset: number): number {
		const starts = this.doc.lineStarts;
		if (offset < (starts[this.cursor] as number)) this.cursor = positionAt(this.doc, offset).line - 1;
		while (this.cursor + 1 < starts.length && (starts[this.cursor + 1] as number) <= offset) this.cursor++;
		return this.cursor + 1;
	}

	context(line: number): string {
		if (line !== this.contextLine) {
			this.lastContext = lineContext(this.doc, line);
			this.contextLine = line;
		}
		return this.lastContext;
	}
}

/**
 * The one line reader, reset for each note (one extraction runs at a time). A reader made per note left its class's
 * hidden class alive only through V8's weak transitions, so a full garbage collection between notes freed it and threw
 * away the compiled code of the functions that read through a reader (`extractDates`, `toMention`); a reader kept for
 * good keeps it.
 */
const LINES = lazy(() => new Lines());

/**
 * Markdown images, found once: `![alt](destination)` on one line. Their alt text and a destination with spaces
 * (which the document model leaves as text) name a file, not an event.
 */
function imageTest(text: string): (offset: number) => boolean {
	if (!text.includes("![")) return () => false;
	const spans: number[] = [];
	for (let i = text.indexOf("!["); i !== -1; i = text.indexOf("![", i + 2)) {
		let j = endOfLinePart(text, i + 2, 93);
		if (text.charCodeAt(j) === 93 && text.charCodeAt(j + 1) === 40) j = endOfLinePart(text, j + 2, 41);
		spans.push(i, j);
		i = Math.max(i, j - 2);
	}
	return (offset) => {
		let lo = 0;
		let hi = spans.length / 2 - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (offset < (spans[2 * mid] as number)) hi = mid - 1;
			else if (offset >= (spans[2 * mid + 1] as number)) lo = mid + 1;
			else return true;
		}
		return false;
	};
}

/** The offset of the next `close` character, or of the line end, from `from`. */
function endOfLinePart(text: string, from: number, close: number): number {
	let j = from;
	while (j < text.length) {
		const c = text.charCodeAt(j);
		if (c === close || c === 10) break;
		j++;
	}
	return j;
}
