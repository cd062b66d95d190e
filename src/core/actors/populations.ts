/**
 * A state's people in the plural, counted and on the move, is a population, not the state acting: "700,000+ Koreans
 * to Japan", "many thousands of Portuguese emigrated", "tens of thousands of East Germans leave via Hungary",
 * "c. 200,000 Serbs flee". Counted soldiers and the dead stay with their state ("10,000 Swedes rout", "7,000
 * Italians killed"): only flight, migration, expulsion and removal make a population.
 */
import { isSpace } from "../chars";

/** A count right before a word: a number ("700,000+", "c. 2,500", "14 million") or "thousands of". */
const COUNT_BEFORE = /(?:\d[\d,.]*\s*(?:million|thousand|m|k)?\+?|\b(?:hundreds|thousands|millions|dozens)\s+of)\s+$/;

/** The words of flight, migration, expulsion or removal after a people's name. */
const MOVES = "fled flee flees fleeing emigrated emigrate emigrates emigrating left leave leaves leaving expelled evacuated deported resettled migrated migrate escaped".split(" ");

/**
 * A move right after a word ("were" or "are" may come first), "driven out", or "to" and a place: read in place
 * (sticky).
 */
const MOVED_AFTER = new RegExp(String.raw`\s+(?:were\s+|are\s+)?(?:${MOVES.join("|")}|driven out|to [A-Z])`, "y");

/**
 * Whether the plural demonym from `from` to `to` in the text is counted and on the move. The move is read first:
 * a test anchored where the word ends, which fails at once for most words.
 */
export function movedPopulation(text: string, from: number, to: number): boolean {
	return movedWithin(text, to) && COUNT_BEFORE.test(text.slice(Math.max(0, from - 40), from));
}

/** The first two letters of each word MOVED_AFTER may open with after the spaces, as two character codes in one number. */
const MOVE_OPENINGS = new Set([...MOVES, "were", "are", "driven", "to"].map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));

/**
 * Whether MOVED_AFTER may match at `to`: white space, then a word opening as one of its words does (most words after
 * a demonym open otherwise), read by character before the expression runs.
 */
function mayMoveAt(text: string, to: number): boolean {
	let k = to;
	while (isSpace(text.charCodeAt(k))) k++;
	return k > to && MOVE_OPENINGS.has(text.charCodeAt(k) * 65536 + text.charCodeAt(k + 1));
}

/** The sticky test of MOVED_AFTER at `to`, on the 40 characters the move may take (as a slice of them would). */
function movedWithin(text: string, to: number): boolean {
	if (!mayMoveAt(text, to)) return false;
	MOVED_AFTER.lastIndex = to;
	const m = MOVED_AFTER.exec(text);
	return m !== null && m.index + m[0].length <= to + 40;
}
