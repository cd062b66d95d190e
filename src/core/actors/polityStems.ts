/**
 * The bare names of the lists' polities that the lists give only with their head: "Demak" of "Demak Sultanate",
 * "Kediri" of "Kingdom of Kediri", "Hainaut" of "County of Hainaut". A note writes such a polity by its bare name
 * once it acts ("Demak takes the old heartland"); the lists cannot hold the bare name as a form, since it is a
 * town's or a region's name too. Read from the states' data on first use.
 */
import { unpack } from "./data/packed";
import { STATES } from "./data/states";

/** A polity's head before "of" and its bare name: "Kingdom of Kediri". */
const HEAD_OF = /^(?:Kingdom|Sultanate|County|Duchy|Grand Duchy|Principality|Emirate|Khanate|Margraviate|Landgraviate|Prince-Bishopric) of (\S+)$/;
/** A bare name before a polity's head: "Demak Sultanate". */
const NAME_HEAD = /^(\S+) (?:Sultanate|Kingdom|Khanate|Emirate)$/;

/** A stem that reads as an adjective: "Crimean", "Fatimid", "Frankish", "Nabataean". */
const ADJECTIVE = /(?:an|id|ic|ish|ese)$/;

let stems: Map<string, string> | null = null;

/** The canonical name of the polity whose bare name is `word`, or undefined. */
export function polityOfStem(word: string): string | undefined {
	return (stems ??= readStems()).get(word);
}

function readStems(): Map<string, string> {
	const map = new Map<string, string>();
	for (const line of unpack(STATES).split("\n")) {
		const forms = line.split("|");
		const name = forms[0];
		if (!name) continue;
		// (not a form held to some years, nor a demonym or a prefix: "*", "+", "-", "=")
		for (const form of forms) {
			if (form.includes("@")) continue;
			const stem = HEAD_OF.exec(form)?.[1] ?? NAME_HEAD.exec(form)?.[1];
			// the polity's own name holds the bare name ("Kediri Kingdom"), not another's ("Duchy of Warsaw" of
			// Poland's line); and an adjective before a head is a people's, no place's ("Crimean Khanate")
			if (stem && !map.has(stem) && name.includes(stem) && !ADJECTIVE.test(stem)) map.set(stem, name);
		}
	}
	return map;
}
