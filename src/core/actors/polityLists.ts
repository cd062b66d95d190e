/**
 * Names listed after a plural noun of polities (and maybe a participle: "confederacies competing:") and a bracket or
 * a colon are polities: "c. 30 taifa kingdoms (Seville, Toledo, Zaragoza, Badajoz...)", "eight cantons (Zurich, Bern,
 * Zug, Glarus)", "successor states: Nicaea, Epirus, Trebizond", "2 autonomous provinces (Kosovo, Vojvodina)". A name
 * in a bracket of its own inside the list ("Ndwandwe (Zwide)") is no item of it.
 */
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
