/**
 * A capitalised word right after "the" is no person's name, even before a possessive that governs what persons hold
 * ("the Commonwealth's army", "the Signory's fleet"): a person's name takes no article. Without the article the
 * same context makes a person of a name no list holds ("Velmor's army").
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

describe("a word after the article, before a possessive", () => {
	it.each<Case>([
		["No taxes, so the Commonwealth's army stayed small.", 1710, []],
		["In 1610 the Vorland's fleet sailed north.", 1610, []],
		["In 1402 Velmor's army crossed the river.", 1402, ["person Velmor"]],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
