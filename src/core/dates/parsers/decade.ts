/**
 * Decades: "1920s", "1930S", "1930's", "the 870s", "440s BC", and the "30s" that ends "1920s-30s". A decade written
 * NN00s ("the 1500s") reads as a century (GUIDE), except from 2000 on, where "the 2000s" is the decade in practice,
 * and except beside a decade (the range refiner decides that).
 */
import { atom, type Atom, type Need } from "../model";
import { isAsciiLetter } from "../text";
import { eraAfter, type ScanContext } from "./common";

/**
 * Two to four digits ending in 0, an optional apostrophe, then "s" or "S" not followed by a letter:
 * `/(\d{1,3}0)['’]?[sS](?![A-Za-z])/`, read with character tests because it runs at every number.
 */
export function parseDecade(ctx: ScanContext, at: number, end: number): Atom | null {
	const { text } = ctx;
	const digits = end - at;
	let to = end;
	const next = text.charCodeAt(to);
	if (next === 39 || next === 0x2019) to++;
	const s = text.charCodeAt(to++);
	if ((s !== 115 && s !== 83) || digits < 2 || digits > 4 || text.charCodeAt(end - 1) !== 48) return null;
	if (isAsciiLetter(text.charCodeAt(to))) return null;
	let n = 0;
	for (let i = at; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
	const era = eraAfter(text, to);
	let need: Need;
	if (era) need = n > 0 ? "none" : "never";
	else if (digits === 4) need = n >= ctx.minYear && n <= ctx.maxYear && text.charCodeAt(at) !== 48 ? "none" : "never";
	else if (digits === 3) need = "cue";
	else if (digits === 2) need = "partner";
	else need = "never";
	const a = atom("decade", at, era ? era.to : to, n, digits, need, era ? era.era : null);
	a.hundreds = digits >= 3 && n % 100 === 0 && (n < 2000 || era?.era === "bc");
	return a;
}
