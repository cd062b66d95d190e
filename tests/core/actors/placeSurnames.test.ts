/**
 * The place that closes a person's name after "of" stands for the person ("Gaunt" for John of Gaunt), unless the note
 * uses it as a place somewhere: then the bare word is the place throughout ("the defenestration of Prague" in a note
 * on Jerome of Prague).
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

const check = ([text, year, expected]: Case): void => {
	expect(summaryIn(text, year).filter((s) => s.startsWith("person "))).toEqual(expected);
};

describe("a person's place after \"of\"", () => {
	it.each<Case>([
		["John of Gaunt led the army in 1373. Gaunt's son was exiled.", 1373, ["person John of Gaunt: John of Gaunt, Gaunt"]],
		["Jerome of Prague was burned in 1416. The defenestration of Prague followed; then Prague rose.", 1416, ["person Jerome of Prague: Jerome of Prague"]],
		["- Jerome of Prague burned 1416\n- Sigismund enters Prague, is crowned in Prague in 1436", 1436, ["person Jerome of Prague: Jerome of Prague", "person Sigismund, Holy Roman Emperor: Sigismund"]],
	])("%s", (...c) => check(c));
});
