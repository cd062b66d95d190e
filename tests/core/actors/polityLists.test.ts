/**
 * Names listed after a plural noun of polities (and maybe a participle) and a bracket or a colon are polities; a
 * ruler's name in a bracket of its own inside the list, and a list after any other noun, are not.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a list of polities", () => {
	it.each<Case>([
		["The caliphate broke up into taifa kingdoms (Seville, Toledo, Zaragoza, Badajoz...).", 1031, ["state Taifa kingdoms: taifa kingdoms", "state Seville: Seville", "state Toledo: Toledo", "state Zaragoza: Zaragoza", "state Badajoz: Badajoz"]],
		["The constitution made 2 autonomous provinces (Kosovo, Vojvodina) nearly sovereign.", 1974, ["state Kosovo: Kosovo", "state Vojvodina: Vojvodina"]],
		["The Swiss had eight cantons (Zug, Glarus and others).", 1474, ["state Switzerland: Swiss", "state Zug: Zug", "state Glarus: Glarus"]],
		["Three confederacies: Mthethwa (Dingiswayo), Ngwane (Sobhuza).", 1810, ["state Mthethwa: Mthethwa", "person Dingiswayo: Dingiswayo", "state Ngwane: Ngwane"]],
		// a participle may stand between the noun and the colon
		["Three confederacies competing: Mthethwa (Dingiswayo), Ngwane (Sobhuza).", 1810, ["state Mthethwa: Mthethwa", "person Dingiswayo: Dingiswayo", "state Ngwane: Ngwane"]],
		// an abbreviated Saint names nothing alone: it opens the item's name
		["Britain keeps Grenada, Dominica, St Vincent, Tobago.", 1763, ["state United Kingdom: Britain", "state Grenada: Grenada", "state Dominica: Dominica", "state St Vincent: St Vincent", "state Tobago: Tobago"]],
		// after another noun, or with no bracket or colon, a list names nothing
		["He visited towns (Zug, Glarus) and cantons Zug and Glarus.", 1474, []],
		["The states (Monday, Tuesday) met.", 1900, []],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
