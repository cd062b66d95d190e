/**
 * A name no list holds, coordinated in one list with a polity the note reads as an actor, is a polity too; a place
 * and its country after a bare comma ("Frankfurt, Germany"), a list after a place's preposition and a continent are
 * not.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

// (the first case builds the gazetteer: a machine busy with other work takes longer than vitest's 5 s)
describe("a polity coordinated with a listed one", { timeout: 30_000 }, () => {
	it.each<Case>([
		// after the listed polity, by "+", "and" or a comma in a longer list
		["The duke took Brabant + Limburg in 1430.", 1430, ["state Duchy of Brabant: Brabant", "state Limburg: Limburg"]],
		["Philip and Margaret inherit Flanders, Artois, Rethel and Nevers.", 1384, ["state Flanders: Flanders", "state Artois: Artois", "state Rethel: Rethel", "state Nevers: Nevers"]],
		// before it, walked over the list's other names
		["He forced out Jacqueline: Hainaut, Ostrevant, Holland 1428.", 1428, ["state Hainaut: Hainaut", "state Ostrevant: Ostrevant", "state Netherlands: Holland"]],
		// a place and its country, a place's preposition, a continent: no polity
		["Our servers stand in Frankfurt, Germany and in Sydney, Australia.", 2020, ["state Germany: Germany", "state Australia: Australia"]],
		["Servers: Frankfurt, Germany.", 2020, ["state Germany: Germany"]],
		// a list that holds a person is no list of polities
		["In 1926 Stalin, France and Zorvan met.", 1926, ["person Joseph Stalin: Stalin", "state France: France"]],
		["In 1926 Stalin, Zorvan and France met.", 1926, ["person Joseph Stalin: Stalin", "person Zorvan: Zorvan", "state France: France"]],
		["Meanwhile, France and Spain made peace.", 1659, ["state France: France", "state Spain: Spain"]],
		["Protestant Europe, Prussia and Russia protested.", 1724, ["state Prussia: Prussia", "state Russia: Russia"]],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
