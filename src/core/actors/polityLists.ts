/**
 * Names listed after a plural noun of polities (and maybe a participle: "confederacies competing:") and a bracket or
 * a colon are polities: "c. 30 taifa kingdoms (Seville, Toledo, Zaragoza, Badajoz...)", "eight cantons (Zurich, Bern,
 * Zug, Glarus)", "successor states: Nicaea, Epirus, Trebizond", "2 autonomous provinces (Kosovo, Vojvodina)". A name
 * in a bracket of its own inside the list ("Ndwandwe (Zwide)") is no item of it.
 */
import { isSpace } from "../chars";
import { WordSet } from "./data/words";

/** Plural nouns of polities that open a list of them. */
const POLITY_PLURALS = new WordSet(`
	kingdoms states cantons principalities provinces republics emirates sultanates khanates duchies counties
	city-states confederacies chiefdoms taifas polities realms colonies protectorates tributaries dominions
	electorates margraviates
`);

/** How far back on its line a list's opener may stand. */
const REACH = 240;

/** A list's item: a capitalised name of up to four words, with a short bracket after it or none. */
const ITEM = /^[A-Z\u00c0-\u00de][^\s,;:+&/()]*(?: [A-Z\u00c0-\u00de][^\s,;:+&/()]*){0,3}(?: ?\([^()\n]{1,40}\))?$/;

/** The joints between a list's items: a comma, "+", "&", "/", "and", "or". */
const JOINT = /\s*(?:,|\+|&|\/)\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;

/** A participle. */
const PARTICIPLE = /^[a-z]+ing$/;

/** Whether a character is a letter or hyphen of the noun (A-Z, a-z, "-"). */
const isNounCode = (c: number): boolean => c === 45 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Where the whitespace before `at` begins (`at` itself when none). */
function spacesBefore(text: string, at: number): number {
	while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
	return at;
}

/** Where the letters and hyphens right before `at` begin: the noun before a list. */
function wordStart(text: string, at: number): number {
	let k = at;
	while (k > 0 && isNounCode(text.charCodeAt(k - 1))) k--;
	return k;
}

/** The letters and hyphens right before `at`: the noun before a list. */
function wordBefore(text: string, at: number): string {
	return text.slice(wordStart(text, at), at);
}

/** Whether a plural noun of polities stands before the bracket or colon at `open`, maybe with a participle between. */
function pluralBefore(text: string, open: number): boolean {
	const at = spacesBefore(text, open);
	const start = wordStart(text, at);
	// no noun at all (a number or a bracket before it, most of them): neither test below can hold
	if (start === at) return false;
	const word = text.slice(start, at);
	if (POLITY_PLURALS.has(word.toLowerCase())) return true;
	return PARTICIPLE.test(word) && POLITY_PLURALS.has(wordBefore(text, spacesBefore(text, at - word.length)).toLowerCase());
}

/**
 * Whether the note has a plural noun of polities before a bracket or a colon ("taifa kingdoms (", "confederacies
 * competing:"): only then can `listedPolity` say yes, so a note without one is not read back from every name.
 */
export function opensPolityLists(text: string): boolean {
	for (const open of ["(", ":"]) for (let k = text.indexOf(open); k >= 0; k = text.indexOf(open, k + 1)) if (pluralBefore(text, k)) return true;
	return false;
}

/**
 * Whether the name starting at `from` in the text is an item of a list opened by a plural noun of polities and a
 * bracket or a colon, with only other items before it.
 */
export function listedPolity(text: string, from: number): boolean {
	let depth = 0;
	let open = -1;
	for (let k = from - 1; k >= 0 && k >= from - REACH; k--) {
		const c = text.charCodeAt(k);
		if (c === 10 || c === 59) return false;
		if (c === 41) depth++;
		else if (c === 40) {
			if (depth === 0) {
				open = k;
				break;
			}
			depth--;
		} else if (c === 58 && depth === 0) {
			open = k;
			break;
		}
	}
	if (open < 0 || !pluralBefore(text, open)) return false;
	const items = text.slice(open + 1, from).trim();
	if (items === "") return true;
	// everything between the opener and this name is items and joints, ending on a joint
	const parts = items.split(JOINT);
	if (parts[parts.length - 1] !== "") return false;
	for (let p = 0; p < parts.length - 1; p++) if (!ITEM.test(parts[p] ?? "")) return false;
	return true;
}
