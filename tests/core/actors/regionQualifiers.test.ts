/**
 * A region named by a qualifier and a polity's name ("Royal Prussia", "Upper Burma") is a polity of its own where it
 * acts or is acted upon, and a place, with the polity it names a part of, after a verb of motion and its preposition
 * ("moved into Royal Prussia").
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

describe("a qualified region after a verb of motion", () => {
	it.each<Case>([
		["The Swedish army then moved into Royal Prussia.", 1626, ["state Sweden"]],
		["The troops marched into Upper Burma.", 1885, []],
		["Royal Prussia rebelled against the Teutonic Order.", 1454, ["state Royal Prussia", "organisation Teutonic Knights"]],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
