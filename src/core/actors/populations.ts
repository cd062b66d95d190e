/**
 * A state's people in the plural, counted and on the move, is a population, not the state acting: "700,000+ Koreans
 * to Japan", "many thousands of Portuguese emigrated", "tens of thousands of East Germans leave via Hungary",
 * "c. 200,000 Serbs flee". Counted soldiers and the dead stay with their state ("10,000 Swedes rout", "7,000
 * Italians killed"): only flight, migration, expulsion and removal make a population.
 */

/** A count right before a word: a number ("700,000+", "c. 2,500", "14 million") or "thousands of". */
const COUNT_BEFORE = /(?:\d[\d,.]*\s*(?:million|thousand|m|k)?\+?|\b(?:hundreds|thousands|millions|dozens)\s+of)\s+$/;

/** Flight, migration, expulsion or removal right after a word, or "to" and a place. */
const MOVED_AFTER = /^\s+(?:were\s+|are\s+)?(?:fled|flee|flees|fleeing|emigrated|emigrate|emigrates|emigrating|left|leave|leaves|leaving|expelled|evacuated|deported|resettled|migrated|migrate|escaped|driven out|to [A-Z])/;

/** Whether the plural demonym from `from` to `to` in the text is counted and on the move. */
export function movedPopulation(text: string, from: number, to: number): boolean {
	return COUNT_BEFORE.test(text.slice(Math.max(0, from - 40), from)) && MOVED_AFTER.test(text.slice(to, to + 40));
}
