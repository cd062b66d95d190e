/**
 * A dynasty's name after "a" or "an" is a member's or a qualifier ("a Habsburg bride", "an obscure Capetian cousin"),
 * never the dynasty acting; "the Habsburgs", "the Capetians" are the dynasty.
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

describe("a dynasty's name after the indefinite article", () => {
	it.each<Case>([
		["The envoys sought a Habsburg bride for the prince.", 1520, []],
		["The claimant, an obscure Capetian cousin, gave up.", 1330, []],
		["The Habsburgs feared the Valois.", 1530, ["group House of Habsburg", "group House of Valois"]],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
