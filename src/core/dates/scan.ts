/**
 * The first stage: every digit run of the body is offered to each parser, and the longest reading wins (the
 * fallback year parser always has one). Spelled centuries are read where the same search pass finds "century". Atoms
 * come out in text order, never overlapping.
 */
import type { Atom } from "./model";
import { parseCalendar } from "./parsers/calendar";
import { parseCentury } from "./parsers/century";
import type { ScanContext } from "./parsers/common";
import { parseDecade } from "./parsers/decade";
import { parseNumericDay } from "./parsers/numeric";
import { spelledCenturyAt } from "./parsers/spelled";
import { blockedBefore, numberExtent, parseYear } from "./parsers/year";
import { never } from "./model";
import { isDigit } from "./text";

export function scanAtoms(text: string, minYear: number, maxYear: number): Atom[] {
	const ctx: ScanContext = { text, minYear, maxYear, floor: 0 };
	const atoms: Atom[] = [];
	const spelled: Atom[] = [];
	// One search pass for both anchors: the first digit of each run and each "centur" (spelled centuries). `test`
	// finds them without building a match; the rest of a digit run is read in place.
	const anchor = /\d|[cC]entur/g;
	while (anchor.test(text)) {
		const at = anchor.lastIndex - 1;
		if (!isDigit(text.charCodeAt(at))) {
			spelledCenturyAt(text, at - 5, spelled);
			continue;
		}
		let end = at + 1;
		while (isDigit(text.charCodeAt(end))) end++;
		const a = parseAt(ctx, at, end);
		atoms.push(a);
		ctx.floor = a.to;
		anchor.lastIndex = Math.max(end, a.to);
	}
	return mergeSorted(atoms, spelled);
}

function parseAt(ctx: ScanContext, at: number, end: number): Atom {
	if (blockedBefore(ctx.text, at, ctx.floor)) return never(at, numberExtent(ctx.text, at, end));
	// In order of preference when two readings end at the same place. (Called one by one, not from a list: each
	// call site then sees one parser, which the engine can inline.) Every parser rejects cheaply by itself; the tests
	// on the character after the digits and on their count only spare the calls for the commonest numbers.
	const next = ctx.text.charCodeAt(end);
	let best = parseYear(ctx, at, end);
	if (next === 45 || next === 47 || next === 46 /* - / . */) best = better(best, parseNumericDay(ctx, at, end));
	best = better(best, parseCalendar(ctx, at, end));
	if (end - at <= 2) best = better(best, parseCentury(ctx, at, end));
	if (next === 115 || next === 83 || next === 39 || next === 0x2019 /* s S ' ’ */) best = better(best, parseDecade(ctx, at, end));
	return best;
}

/** The longer reading; at the same end, any reading beats a `never`. */
function better(best: Atom, a: Atom | null): Atom {
	return a && (a.to - a.from > best.to - best.from || (a.to === best.to && best.need === "never")) ? a : best;
}

/** Merges two lists sorted by position; where two atoms overlap, the earlier-starting one stays. */
function mergeSorted(a: Atom[], b: Atom[]): Atom[] {
	if (b.length === 0) return a;
	const out: Atom[] = [];
	let i = 0;
	let j = 0;
	let last = -1;
	while (i < a.length || j < b.length) {
		const x = a[i];
		const y = b[j];
		const next = x && (!y || x.from <= y.from) ? x : (y as Atom);
		if (next === x) i++;
		else j++;
		if (next.from >= last) {
			out.push(next);
			last = next.to;
		}
	}
	return out;
}
