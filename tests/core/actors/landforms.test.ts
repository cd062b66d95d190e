/**
 * A state's name before a landform's noun in small letters names the land or the river ("the Congo estuary", "the
 * Niger delta"), and a faith's adjective in a list after a polity says what the polity became ("Duchy of Prussia,
 * Lutheran, …"): neither is a polity.
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

describe("a landform named by a state's name", () => {
	it.each<Case>([
		["- Diogo Cão reaches the Congo estuary 1483", 1483, ["person Diogo Cão"]],
		["- the Congo basin carved up; the Congo Free State founded", 1885, ["state Congo"]],
		["- Mobutu's Congo nationalises the mines", 1967, ["person Mobutu Sese Seko", "state Congo"]],
		["- oil in the Iraq plains; Iraq joins OPEC", 1960, ["state Iraq", "organisation OPEC"]],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});

describe("a faith's adjective in a list of polities", () => {
	it.each<Case>([
		["- secularised 1525 → Duchy of Prussia, Lutheran, a Polish fief", 1525, ["state Duchy of Prussia"]],
		["- Saxony, Lutheran, Hesse", 1530, ["state Saxony", "state Hesse"]],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
