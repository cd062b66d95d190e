/**
 * Centuries written with digits: "19th century", "20th C", "19thC", "17 century", "5th century BC", "16th-century".
 * A lone ordinal ("16th") becomes a `partner` atom: it is a century only as the first end of "16th to 17th century".
 */
import { atom, type Atom } from "../model";
import { eraAfter, type ScanContext } from "./common";

// "c"/"C" alone stands for century only right after an ordinal suffix ("20th C", "17th c."), never after a bare
// number, where it would be circa or a unit.
const ORDINAL_CENTURY = /(\d{1,2})(?:st|nd|rd|th)(?:[ \t]?-?[ \t]?(centur(?:y|ies)|cent\.|c\.|c)(?![A-Za-z]))?/iy;
const BARE_CENTURY = /(\d{1,2})[ \t]?-?[ \t]?centur(?:y|ies)(?![A-Za-z])/iy;

export function parseCentury(ctx: ScanContext, at: number, end: number): Atom | null {
	const digits = end - at;
	if (digits > 2) return null;
	const { text } = ctx;
	ORDINAL_CENTURY.lastIndex = at;
	let m = ORDINAL_CENTURY.exec(text);
	let century = true;
	if (m) century = m[2] !== undefined;
	else {
		BARE_CENTURY.lastIndex = at;
		m = BARE_CENTURY.exec(text);
		if (!m) return null;
	}
	const n = Number(m[1]);
	const to = at + m[0].length;
	if (n < 1 || n > 30) return null;
	if (!century) return atom("ordinal", at, to, n, digits, "partner");
	const era = eraAfter(text, to);
	return atom("century", at, era ? era.to : to, n, digits, "none", era ? era.era : null);
}
