/**
 * Decades: "1920s", "1930S", "1930's", "the 870s", "440s BC", and the "30s" that ends "1920s-30s". A decade written
 * NN00s ("the 1500s") reads as a century (GUIDE), except from 2000 on, where "the 2000s" is the decade in practice,
 * and except beside a decade (the range refiner decides that).
 */
import { atom, type Atom, type Need } from "../model";
import { eraAfter, type ScanContext } from "./common";

const DECADE = /(\d{1,3}0)['\u2019]?[sS](?![A-Za-z])/y;

export function parseDecade(ctx: ScanContext, at: number, end: number): Atom | null {
	const { text } = ctx;
	const next = text.charCodeAt(end);
	if (next !== 115 && next !== 83 && next !== 39 && next !== 0x2019) return null;
	DECADE.lastIndex = at;
	const m = DECADE.exec(text);
	if (!m || (m[1] as string).length !== end - at) return null;
	const digits = end - at;
	const n = Number(m[1]);
	const era = eraAfter(text, at + m[0].length);
	let need: Need;
	if (era) need = n > 0 ? "none" : "never";
	else if (digits === 4) need = n >= ctx.minYear && n <= ctx.maxYear && text.charCodeAt(at) !== 48 ? "none" : "never";
	else if (digits === 3) need = "cue";
	else if (digits === 2) need = "partner";
	else need = "never";
	const a = atom("decade", at, era ? era.to : at + m[0].length, n, digits, need, era ? era.era : null);
	a.hundreds = digits >= 3 && n % 100 === 0 && (n < 2000 || era?.era === "bc");
	return a;
}
