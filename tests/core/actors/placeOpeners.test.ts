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
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
