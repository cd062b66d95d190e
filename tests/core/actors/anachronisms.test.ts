/**
 * A modern state's bare name in a note wholly about the years before that state names a region; in a note that
 * reaches the state's years, or under another of its names, it is the state.
 */
import { describe, expect, it } from "vitest";
import { actorsOf, summary, years } from "./helpers";

type Case = [text: string, dates: number[], expected: string[]];

describe("a modern state's name before the state", () => {
	it.each<Case>([
		["Hannibal crossed into Italy; Rome held Spain.", [-218, -202], ["person Hannibal: Hannibal", "state Roman Republic: Rome"]],
		["Germany was ravaged by the armies.", [1618, 1648], []],
		["The Abbasids ruled Iraq from Baghdad.", [750, 945], ["state Abbasid Caliphate: Abbasids"]],
		["Ukraine was the Commonwealth's frontier.", [1648, 1657], []],
		["Majapahit's empire is said to have covered modern Indonesia.", [1293, 1527], ["state Majapahit: Majapahit"]],
		["He fled to Singapore, then a fishing village.", [1390, 1400], []],
		["Ukraine declared independence.", [1991], ["state Ukraine: Ukraine"]],
		["Kosovo 1389: Lazar killed on the field.", [1389, 1448], ["person Lazar of Serbia: Lazar"]],
		["Napoleon controlled Spain, Belgium and Holland.", [1799, 1815], ["person Napoleon: Napoleon", "state Spain: Spain", "state Netherlands: Holland"]],
		["Skanderbeg held Albania against the sultan.", [1443, 1468], ["person Skanderbeg: Skanderbeg"]],
		["Belgium was invaded.", [1914], ["state Belgium: Belgium"]],
		// a note that reaches the state's years keeps it, and so does a dateless note
		["Italy was unified.", [1848, 1861], ["state Italy: Italy"]],
		["Germany invaded Poland.", [1939], ["state Germany: Germany", "state Poland: Poland"]],
		["Germany invaded Poland.", [], ["state Germany: Germany", "state Poland: Poland"]],
	])("%s", (text, dates, expected) => {
		expect(summary(actorsOf(text, { dates: years(...dates) }))).toEqual(expected);
	});
});
