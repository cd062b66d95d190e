/**
 * The intermediate results of the date grammar. Parsers turn one number (or one spelled ordinal) into an `Atom`;
 * the range refiner turns atoms into `Found` dates; the qualifier refiner widens them; guards and `isDate` drop.
 */
import type { Precision, Qualifier } from "../types";

export type Era = "bc" | "ad" | null;

/**
 * What an atom still needs to count as a date on its own:
 * - `none`: it is one ("1917", "44 BC", "19th century");
 * - `cue`: a three-digit number that needs a date cue ("c. 800", "the year 800", "the 870s");
 * - `partner`: only as one end of a range ("40" in "1939-40", "16th" in "16th to 17th century");
 * - `never`: a number that is something else (an identifier, a decimal, a time); it only keeps its text from being
 *   read again.
 */
export type Need = "none" | "cue" | "partner" | "never";

export type AtomKind = "year" | "decade" | "century" | "ordinal" | "month" | "day" | "season";

export interface Atom {
	kind: AtomKind;
	/** Span in the body (raw offsets), end exclusive. */
	from: number;
	to: number;
	/** Year (year, month, day, season), first year of a decade, or the century's ordinal. */
	n: number;
	/** Digits the number was written with: "40" in "1939-40" has 2, so it abbreviates 1940. */
	digits: number;
	era: Era;
	/** A decade written NN00s ("the 1500s"): a century unless a decade neighbour says otherwise. */
	hundreds: boolean;
	need: Need;
	month?: number;
	day?: number;
}

export interface Found {
	from: number;
	to: number;
	start: number;
	end: number;
	precision: Precision;
	qualifier: Qualifier;
	need: Need;
	/** Kind of the first atom; guards against counts apply to plain years only. */
	kind: AtomKind;
	range: boolean;
	/** A date cue was seen next to it (circa, "the year", "the" before a decade). */
	cued: boolean;
	month?: number;
	day?: number;
}

export function atom(kind: AtomKind, from: number, to: number, n: number, digits: number, need: Need, era: Era = null): Atom {
	// Every atom has the same fields from the start (month and day unset), so the refiners see one object shape.
	return { kind, from, to, n, digits, era, hundreds: false, need, month: undefined, day: undefined };
}

/** A span that is not a date but must not be read again (the "000" of "1,000"). */
export function never(from: number, to: number): Atom {
	return atom("year", from, to, 0, 0, "never");
}

/**
 * The first year of an atom's inclusive year interval; BCE years are negative. Popular convention: the 20th century
 * is 1900–1999. Before Christ the count runs down: 5th century BC is 500–401 BC, the 440s BC are 449–440 BC.
 * `n` replaces the atom's number when a range completes it (the "40" of "1939-40" is 1940).
 */
export function firstYear(a: Atom, era: Era = a.era, asDecade = false, n = a.n): number {
	const bc = era === "bc";
	switch (a.kind) {
		case "decade":
			return bc ? -(n + decadeWidth(a, asDecade)) : n;
		case "century":
		case "ordinal":
			return bc ? -(n * 100) : Math.max(1, (n - 1) * 100);
		default:
			return bc ? -n : n;
	}
}

/** The last year of an atom's inclusive year interval (see `firstYear`). */
export function lastYear(a: Atom, era: Era = a.era, asDecade = false, n = a.n): number {
	const bc = era === "bc";
	switch (a.kind) {
		case "decade":
			return bc ? -n : n + decadeWidth(a, asDecade);
		case "century":
		case "ordinal":
			return bc ? -((n - 1) * 100 + 1) : (n - 1) * 100 + 99;
		default:
			return bc ? -n : n;
	}
}

/** "the 1500s" spans a century unless it is read as a decade beside another. */
function decadeWidth(a: Atom, asDecade: boolean): number {
	return a.hundreds && !asDecade ? 99 : 9;
}

export function precisionOf(a: Atom, asDecade = false): Precision {
	switch (a.kind) {
		case "decade":
			return a.hundreds && !asDecade ? "century" : "decade";
		case "ordinal":
			return "century";
		default:
			return a.kind;
	}
}

/** How coarse a precision is, day finest (a switch: a table keyed by the string is a slow keyed load here). */
function coarseness(p: Precision): number {
	switch (p) {
		case "day":
			return 0;
		case "month":
			return 1;
		case "season":
			return 2;
		case "year":
			return 3;
		case "decade":
			return 4;
		default:
			return 5;
	}
}

export function coarser(a: Precision, b: Precision): Precision {
	return coarseness(a) >= coarseness(b) ? a : b;
}

/** Whether a number of `digits` digits is a bare year of the window. */
export function inWindow(n: number, digits: number, minYear: number, maxYear: number): boolean {
	return digits === 4 && n >= minYear && n <= maxYear;
}

/** Whether a found's last number has fewer than three digits: "370–22", "1992–95" (a range's end written short). */
export function shortEnd(text: string, f: Found): boolean {
	let i = f.to;
	while (i > f.from && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) i--;
	return f.to - i < 3;
}
