/**
 * A word that opens a place's or a temple's name ("Fort", "Mount", "Wat", "Prasat", "Preah", "Candi") is never a
 * person's first name, even before an honorific that closes persons' names ("Preah Khan" is a temple, "Ahmad Khan" a
 * person).
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

describe("a place's opening word before an honorific", () => {
	it.each<Case>([
		["- the king builds Ta Prohm (1186) and Preah Khan (1191) for his parents", 1191, []],
		["- the garrison of Fort Khan held out", 1840, []],
		["- Vardan Khan (1191) marched on the city", 1191, ["person Vardan Khan"]],
		// nor before a person's name that the rules read: "Fort William Henry" is a fort
		["- Aug 1757 Fort William Henry: Monro surrenders", 1757, []],
		["- Aug 1757 William Henry, Duke of Gloucester, was born", 1757, ["person William Henry, Duke of Gloucester"]],
		// the elder Pitt by his surname in his own years, the younger in his
		["- Pitt takes over strategy 1757", 1757, ["person William Pitt the Elder"]],
		["- Pitt takes office in 1783", 1783, ["person William Pitt the Younger"]],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
