/**
 * Names listed after a plural noun of polities (and maybe a participle: "confederacies competing:") and a bracket or
 * a colon are polities: "c. 30 taifa kingdoms (Seville, Toledo, Zaragoza, Badajoz...)", "eight cantons (Zurich, Bern,
 * Zug, Glarus)", "successor states: Nicaea, Epirus, Trebizond", "2 autonomous provinces (Kosovo, Vojvodina)". A name
 * in a bracket of its own inside the list ("Ndwandwe (Zwide)") is no item of it.
 */
import { WordSet } from "./data/words";
import type { Tokens } from "./tokens";

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

/** Whitespace as a regular expression's `\s` has it. */
const SPACE = /\s/;

/** The first character from `at` on that is no whitespace, or -1. */
function afterSpaces(text: string, at: number): number {
	while (at < text.length && SPACE.test(text.charAt(at))) at++;
	return at < text.length ? at : -1;
}

/** Whether a bracket or a colon opens at `at`, after whitespace. */
function opensAt(text: string, at: number): boolean {
	const k = afterSpaces(text, at);
	const c = k < 0 ? 0 : text.charCodeAt(k);
	return c === 40 || c === 58;
}

/**
 * Whether the note has a plural noun of polities before a bracket or a colon, maybe with a participle between
 * ("confederacies competing:"): only then can `listedPolity` say yes, so a note without one is not read back from
 * every name.
 */
export function opensPolityLists(t: Tokens, lowerWord: (i: number) => string): boolean {
	const text = t.text;
	for (let k = 0; k < t.count; k++) {
		if (!POLITY_PLURALS.hasToken(t, k, lowerWord)) continue;
		const end = t.end[k] ?? 0;
		if (opensAt(text, end)) return true;
		if (k + 1 < t.count && /^[a-z]+ing$/.test(lowerWord(k + 1)) && opensAt(text, t.end[k + 1] ?? 0)) return true;
	}
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
	if (open < 0) return false;
	const before = /([A-Za-z-]+)(?:\s+[a-z]+ing)?\s*$/.exec(text.slice(Math.max(0, open - 40), open));
	if (!before || !POLITY_PLURALS.has((before[1] ?? "").toLowerCase())) return false;
	const items = text.slice(open + 1, from).trim();
	if (items === "") return true;
	// everything between the opener and this name is items and joints, ending on a joint
	const parts = items.split(JOINT);
	if (parts[parts.length - 1] !== "") return false;
	for (let p = 0; p < parts.length - 1; p++) if (!ITEM.test(parts[p] ?? "")) return false;
	return true;
}
