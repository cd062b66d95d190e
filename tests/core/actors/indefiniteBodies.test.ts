/**
 * A body's name in small letters after "a" or "an" (with one word between at most) names a kind of body, not the body
 * the lists hold: "an elected constituent assembly", "a constituent assembly". Capitalised, or after "the", it is the
 * body.
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

describe("a body's name after the indefinite article", () => {
	it.each<Case>([
		["The liberals wanted an elected constituent assembly to write the constitution.", 1979, ["group Liberals"]],
		["They demanded a constituent assembly.", 1848, []],
		["The Constituent Assembly abolished feudal dues.", 1789, ["organisation National Assembly"]],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
