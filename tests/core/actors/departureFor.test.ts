/**
 * After a verb of departure, "for" names where to: the state there is a place ("leaves for France", "sailed for
 * England"). After other verbs "for" names whom an act serves, and the state stays an actor.
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

describe("a state after a verb of departure and \"for\"", () => {
	it.each<Case>([
		["- after the coup the queen left for France", 1792, []],
		["- the exiles sailed for England in 1620", 1620, []],
		["- the mercenaries fought for France", 1630, ["state France"]],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
