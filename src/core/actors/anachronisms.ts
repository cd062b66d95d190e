/**
 * A modern state's bare name in a note wholly about the years before that state existed names a region, not the
 * state: "Italy" in a note on the Punic Wars or the Carolingians, "Germany" in one on the Thirty Years War, "Spain"
 * under the Visigoths, "Iraq" under the Abbasids. Only the bare name: "Kingdom of Italy", "Italian", "Castile" keep
 * their own readings.
 */
import type { NotePeriod } from "./lexicon";

/** A state's canonical name and the first year its bare name can stand for it. */
const FOUNDED: ReadonlyMap<string, number> = new Map([
	["Italy", 1805],
	["Germany", 1806],
	["Spain", 1479],
	["India", 1800],
	["Iraq", 1920],
	["Brazil", 1815],
	["Romania", 1859],
	["Ukraine", 1917],
	["Jordan", 1921],
	["Indonesia", 1945],
	["Pakistan", 1947],
	["Bangladesh", 1971],
	["Singapore", 1819],
	["Belgium", 1830],
	["Lebanon", 1920],
	["Saudi Arabia", 1932],
	["Albania", 1912],
	["Kosovo", 1945],
]);

/**
 * Whether the text from `from` to `to`, the bare name of the state `name`, stands in a note whose dates all come
 * before the state (the text is compared only for the few states that have a founding year here).
 */
export function beforeFounding(name: string, text: string, from: number, to: number, period: NotePeriod | null): boolean {
	if (!period) return false;
	const founded = FOUNDED.get(name);
	return founded !== undefined && period.to < founded && to - from === name.length && text.startsWith(name, from);
}
