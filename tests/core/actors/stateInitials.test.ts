/**
 * An abbreviation no list holds, made of the initials of a listed state's longer name, is that state when the note
 * names it otherwise too: "PLC" beside "the Poles" (Polish-Lithuanian Commonwealth), "GDL" beside "Lithuania" (Grand
 * Duchy of Lithuania). Alone, or where the state is not named, it stays what it was read as.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a state's initials", () => {
	it.each<Case>([
		["The Poles lost the war; after 1667 the PLC was a second-rank power.", 1667, ["state Poland: Poles, PLC"]],
		["Radziwiłł put Lithuania under Sweden, and the GDL nobles followed him.", 1655, ["state Lithuania: Lithuania, GDL", "state Sweden: Sweden"]],
		["Sweden attacked; the GDL army fell back.", 1655, ["state Sweden: Sweden", "organisation GDL: GDL"]],
	])("%s (%i)", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
