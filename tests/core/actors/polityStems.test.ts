/**
 * A polity the lists give only with its head ("Demak Sultanate", "Kingdom of Kediri") is named by its bare name where
 * that name is no place; not after a place's preposition, nor a national capital, nor a people's name.
 */
import { describe, expect, it } from "vitest";
import { actorsOf, summary, years } from "./helpers";

type Case = [text: string, year: number, expected: string[]];

// (the first case builds the gazetteer: a machine busy with other work takes longer than vitest's 5 s)
describe("a polity by its bare name", { timeout: 30_000 }, () => {
	it.each<Case>([
		["Demak under Raden Patah takes the old heartland by 1527.", 1527, ["state Demak Sultanate: Demak", "person Raden Patah: Raden Patah"]],
		["In 1292 Kediri, a vassal, rebelled.", 1292, ["state Kediri Kingdom: Kediri"]],
		["Mahmud's son founded Johor c. 1528.", 1528, ["person Mahmud: Mahmud", "state Johor Sultanate: Johor"]],
		// a place, a capital, a people
		["He died in Kediri in 1300.", 1300, []],
		["Warsaw was rebuilt by 1830.", 1830, []],
		["The inscriptions are in Khmer, 1200.", 1200, []],
	])("%s", (text, year, expected) => {
		expect(summary(actorsOf(text, { dates: years(year) }))).toEqual(expected);
	});
});
