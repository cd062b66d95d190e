/**
 * A person the note names with a slip of one letter in one word of a listed person's name, where that person is named
 * too, is that person (GUIDE: misspellings are mentions of the actor meant). Names that differ in a first or last
 * letter, in a short word or in a numeral are other persons.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a listed person's name with a slip of one letter", () => {
	it.each<Case>([
		// a letter left out
		["Suryavarman II built Angkor Wat. Suryavaman II also sent embassies.", 1120, ["person Suryavarman II: Suryavarman II, Suryavaman II"]],
		// a letter left out, the listed person named by another form
		["Barbarossa marched south. A truce with Frederick Barbarosa followed.", 1177, ["person Frederick Barbarossa: Barbarossa, Frederick Barbarosa"]],
		// two letters swapped
		["Robespierre spoke; Maximilien Robepsierre then fell.", 1794, ["person Maximilien Robespierre: Robespierre, Maximilien Robepsierre"]],
		// another numeral, another person
		["Henry II and Henry III quarrelled.", 1170, ["person Henry II of England: Henry II", "person Henry III: Henry III"]],
	])("%s (%i)", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
