/**
 * The first stage: every digit run of the body is offered to each parser, and the longest reading wins (the
 * fallback year parser always has one). Spelled centuries come from their own pass. Atoms come out in text order,
 * never overlapping.
 */
import type { Atom } from "./model";
import { parseCalendar } from "./parsers/calendar";
import { parseCentury } from "./parsers/century";
import type { ScanContext } from "./parsers/common";
import { parseDecade } from "./parsers/decade";
import { parseNumericDay } from "./parsers/numeric";
import { scanSpelledCenturies } from "./parsers/spelled";
import { blockedBefore, numberExtent, parseYear } from "./parsers/year";
import { never } from "./model";

type Parser = (ctx: ScanContext, at: number, end: number) => Atom | null;

/** In order of preference when two readings end at the same place. */
const PARSERS: readonly Parser[] = [parseNumericDay, parseCalendar, parseCentury, parseDecade];

export function scanAtoms(text: string, minYear: number, maxYear: number): Atom[] {
	const ctx: ScanContext = { text, minYear, maxYear, floor: 0 };
	const atoms: Atom[] = [];
	const digitRun = /\d+/g;
	for (let m = digitRun.exec(text); m; m = digitRun.exec(text)) {
		const at = m.index;
		const end = at + m[0].length;
		const a = parseAt(ctx, at, end);
		atoms.push(a);
		ctx.floor = a.to;
		if (a.to > digitRun.lastIndex) digitRun.lastIndex = a.to;
	}
	return mergeSorted(atoms, scanSpelledCenturies(text));
}

function parseAt(ctx: ScanContext, at: number, end: number): Atom {
	if (blockedBefore(ctx.text, at, ctx.floor)) return never(at, numberExtent(ctx.text, at, end));
	let best = parseYear(ctx, at, end);
	for (const parse of PARSERS) {
		const a = parse(ctx, at, end);
		if (a && (a.to - a.from > best.to - best.from || (a.to === best.to && best.need === "never"))) best = a;
	}
	return best;
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
