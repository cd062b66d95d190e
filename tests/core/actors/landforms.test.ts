/**
 * A state's name before a landform's noun in small letters names the land or the river ("the Congo estuary", "the
 * Niger delta"), and a faith's adjective in a list after a polity says what the polity became ("Duchy of Prussia,
 * Lutheran, …"): neither is a polity. And "Norse" is the Vikings' adjective where it stands for them.
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

describe("the Norse, as the Vikings' adjective", () => {
	it.each<Case>([
		// a noun and an actor's adjective stand for the Vikings; the sagas' and the language's adjective do not
		["- Norse in Ireland: Dublin founded 841; Norse raids on Frisia", 841, ["people Vikings"]],
		["- Norse sagas tell of Old Norse poetry", 1200, []],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
