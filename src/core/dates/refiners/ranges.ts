/**
 * Turns atoms into dates, joining two atoms into one range when a connector stands between them:
 * "1939-40", "1939–1940", "1939/40", "1914 - 1918", "1928 to 1941", "between 1928 and 1941", "from 1928 to 1941",
 * "1920s-30s", "16th to 17th century", "16th and 17th centuries", "431–404 BCE", "44 BC–AD 14",
 * "June 1941 – May 1945", "winter 1941–42".
 */
import type { Precision } from "../../types";
import { coarser, firstYear, lastYear, precisionOf, type Atom, type Era, type Found, type Need } from "../model";
import { skipGap, wordBefore, wordIs } from "../text";

// A dash or slash, or a word; "the" may follow ("from the 16th to the 18th century").
const CONNECTOR = /^[ \t]{0,2}(?:(--?|[\u2013\u2014\u2212/])|(to|till|until|through|thru)|(and|&)|(or))[ \t]{0,2}(?:the[ \t]+|c\.[ \t]?|ca\.[ \t]?|circa[ \t]+|(early|mid|late)[ \t-])?$/i;
const MAX_GAP = 16;
const MAX_CUE_SPAN = 1200;

/** CONNECTOR's groups: 1 a dash or slash, 2 a word like "to", 3 "and", 4 "or", 5 a period word after it. */
type ConnectorGroups = readonly (string | undefined)[];

/** CONNECTOR's groups for each dash or slash that stands alone between two numbers, as the pattern reads them. */
const TIGHT = new Map<number, ConnectorGroups>(["-", "\u2013", "\u2014", "\u2212", "/"].map((c) => [c.charCodeAt(0), [c, c]]));

/** CONNECTOR matched against the text between two atoms; the commonest, one dash ("1939-40"), without the pattern. */
function connectorBetween(text: string, from: number, to: number): ConnectorGroups | null {
	return (to === from + 1 ? TIGHT.get(text.charCodeAt(from)) : undefined) ?? CONNECTOR.exec(text.slice(from, to));
}

/**
 * The full year of a range's end written short (`end.digits` digits) after `start`: the next one up from the start
 * ("1998-01" is 2001), or in years BC the next one down ("431-21" is 421 BC).
 */
export function shortEndYear(start: number, end: { n: number; digits: number }, bc: boolean): number {
	const unit = 10 ** end.digits;
	const n = start - (start % unit) + end.n;
	if (bc) return n > start ? n - unit : n;
	return n < start ? n + unit : n;
}

/** Whether `c` can open a connector: a dash, a slash, "&", or the first letter of to, till, until, through, and, or. */
function mayConnect(c: number): boolean {
	const l = c | 32; // ASCII lower case
	return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 47 || c === 38 || l === 116 || l === 117 || l === 97 || l === 111;
}

export function joinRanges(text: string, atoms: readonly Atom[]): Found[] {
	const out: Found[] = [];
	for (let i = 0; i < atoms.length; i++) {
		const a = atoms[i] as Atom;
		const b = atoms[i + 1];
		const range = b ? tryRange(text, a, b, i > 0 ? (atoms[i - 1] as Atom).to : 0) : null;
		if (range) {
			out.push(range);
			i++;
		} else if (b && sharesUnit(text, a, b)) out.push(single({ ...a, kind: "century", need: "none", era: a.era ?? b.era }));
		else if (b && gluedNumbers(text, a, b)) i++;
		else if (a.need !== "never" && !loneNumber(a)) out.push(single(a, b !== undefined && listedDecades(text, a, b)));
	}
	return out;
}

/**
 * Whether "1700s" is a decade, listed beside a decade of its century: "the 1700s and 1710s" (alone, "the 1700s" is the
 * century, as DESIGN reads it).
 */
function listedDecades(text: string, a: Atom, b: Atom): boolean {
	return a.kind === "decade" && b.kind === "decade" && a.digits === 4 && b.digits === 4 && a.n % 100 === 0 && b.n % 100 !== 0 && b.n - a.n < 100 && LISTED_DECADES.test(text.slice(a.to, b.from));
}

const LISTED_DECADES = /^(?:,? and |,? or |, )(?:the )?$/;

/**
 * A one- or two-digit number left alone ("Week 3", "pp. 45"): only a range could have made a date of it, so it
 * becomes none. (It ends in a digit, so no word read before the next date could reach into it: it needs to be no
 * floor for the qualifiers either.)
 */
function loneNumber(a: Atom): boolean {
	return a.need === "partner" && a.kind === "year";
}

function single(a: Atom, asDecade = false): Found {
	const f: Found = {
		from: a.from,
		to: a.to,
		start: firstYear(a, a.era, asDecade),
		end: lastYear(a, a.era, asDecade),
		precision: precisionOf(a, asDecade),
		qualifier: null,
		need: a.need,
		kind: a.kind,
		range: false,
		cued: false,
		month: undefined,
		day: undefined,
	};
	if (a.month) f.month = a.month;
	if (a.day) f.day = a.day;
	return f;
}

const centuryLike = (a: Atom): boolean => a.kind === "century" || a.kind === "ordinal";

function tryRange(text: string, a: Atom, b: Atom, floor: number): Found | null {
	if (a.need === "never" || b.need === "never" || b.kind === "ordinal") return null;
	if (b.from - a.to > MAX_GAP || b.from < a.to) return null;
	if (centuryLike(a) !== centuryLike(b) || !mayConnect(text.charCodeAt(skipGap(text, a.to, 2)))) return null;
	const m = connectorBetween(text, a.to, b.from);
	if (!m) return null;
	// An end with its own qualifier joins a range of years or decades written tight, "late 1420s–early 1430s" (the
	// start's qualifier stands for both); spaced out, or between centuries ("late 19th-early 20th century"), the two
	// stay apart.
	if (m[5] !== undefined && (centuryLike(a) || /^\s/.test(text.slice(a.to, b.from)))) return null;
	const listed = m[3] !== undefined || m[4] !== undefined;
	// (read only where it can count: before a word connector, "from 1928 to 1941", "between 1928 and 1941")
	const opener = m[2] !== undefined || m[3] !== undefined ? openerBefore(text, a.from, floor) : null;

	// "1939 and 1940" are two dates; "between 1939 and 1940" and "16th and 17th centuries" are one.
	if (listed && a.kind !== "ordinal" && !(m[3] !== undefined && opener?.word === "between")) return null;

	// "c. 241 BC / 227 BC", "Dec. 1339 / Jan 1340": a spaced slash between two dates that each name their era, or
	// their month, offers two, not a span (a tight one is a year that straddles two: "151/150 BC")
	if (m[1] === "/" && ((a.era && b.era) || (a.month && b.month)) && /\s/.test(text.slice(a.to, b.from))) return null;
	let bn = b.n;
	if (m[1] === "/" && b.era && b.digits < a.digits && (!a.era || a.era === b.era)) {
		// "508/7 BC": a year that straddles two, its second written short.
		bn = shortEndYear(a.n, b, b.era === "bc");
	} else if (b.need === "partner" && !b.era) {
		// An abbreviated end: "1939-40", "1920s-30s", and in a three-digit year "533–34", "561/2" (its need stays
		// the start's: a cue, or a note about the first millennium, makes it a date).
		if (a.digits < 3 || b.digits >= a.digits || listed || a.kind === "ordinal") return null;
		if ((b.kind === "decade") !== (a.kind === "decade")) return null;
		// "1998-01" is 1998–2001; years BC count down: "431-21" in a note about antiquity is 431–421 BC, "446/5" is
		// 446–445 BC
		bn = shortEndYear(a.n, b, a.era === "bc");
	}
	if (a.need === "partner" && a.kind !== "ordinal" && !b.era) return null;

	// Eras: "431–404 BCE" shares its end's era; "500 BC – 400" counts down, so its end is BC too.
	let aEra: Era = a.era;
	let bEra: Era = b.era;
	if (!aEra && bEra) aEra = bEra;
	else if (aEra === "bc" && !bEra && bn <= a.n) bEra = "bc";
	if (aEra === "ad" && bEra === "bc") return null;

	// Beside a decade, "1900s" is a decade too: "1900s–1910s".
	const asDecade = a.kind === "decade" && b.kind === "decade" && (a.hundreds !== b.hundreds || b.digits < a.digits);
	const s0 = firstYear(a, aEra, asDecade);
	const e0 = lastYear(a, aEra, asDecade);
	const s1 = firstYear(b, bEra, asDecade, bn);
	const e1 = lastYear(b, bEra, asDecade, bn);
	if (s1 < s0 || e1 < e0) return null;
	// A bare three-digit start is a year only for a plausible span: "476–1453", not a phone number "555-1917".
	if (a.need === "cue" && e1 - s0 > MAX_CUE_SPAN) return null;

	// An abbreviated end shares the unit of the first: "winter 1941–42" is one season across two years.
	const precision: Precision = bn !== b.n ? precisionOf(a, asDecade) : coarser(precisionOf(a, asDecade), precisionOf(b, asDecade));
	const f: Found = {
		// "from … to …" and "between … and …" are one expression; before a dash "from" is a plain preposition.
		from: opener && (m[2] !== undefined || (m[3] !== undefined && opener.word === "between")) ? opener.start : a.from,
		to: b.to,
		start: s0,
		end: e1,
		precision,
		qualifier: null,
		need: joinNeed(a.need, b.need),
		kind: a.kind,
		range: true,
		cued: false,
		month: undefined,
		day: undefined,
	};
	if (a.month) f.month = a.month;
	if (a.day) f.day = a.day;
	if (a.kind === "season" && a.month === 1) f.month = 12; // "winter 1941–42" begins in December 1941
	return f;
}

// "late 19th and early 20th century": two dates, the first borrowing the unit of the second.
const QUALIFIED_PAIR =
	/^[ \t]{0,2}(?:[-\u2013\u2014/][ \t]{0,2}|(?:and|to|or|through|until)[ \t]{1,2})(?:the[ \t]+)?(?:early|mid|late)[ \t-]{0,2}$/i;

function sharesUnit(text: string, a: Atom, b: Atom): boolean {
	return a.kind === "ordinal" && b.kind === "century" && b.from - a.to <= 24 && QUALIFIED_PAIR.test(text.slice(a.to, b.from));
}

/** Two plain numbers glued by a hyphen that make no range ("555-1917") are one identifier, not dates. */
function gluedNumbers(text: string, a: Atom, b: Atom): boolean {
	return a.kind === "year" && b.kind === "year" && !a.era && !b.era && b.from === a.to + 1 && text.charCodeAt(a.to) === 45;
}

/** A range is as certain as its surer end: "800–1066" is a date because 1066 is (surest first: none, cue, partner). */
function joinNeed(a: Need, b: Need): Need {
	if (a === "none" || b === "none") return "none";
	return a === "cue" || b === "cue" ? "cue" : "partner";
}

/** "between" or "from" opening a range, possibly followed by "the". */
function openerBefore(text: string, from: number, floor: number): { start: number; word: string } | null {
	let w = wordBefore(text, from, 2, floor);
	if (wordIs(text, w, "the") && w) w = wordBefore(text, w.start, 2, floor);
	if (!w) return null;
	if (wordIs(text, w, "between")) return { start: w.start, word: "between" };
	return wordIs(text, w, "from") ? { start: w.start, word: "from" } : null;
}
