/**
 * A listed one-word name followed by a capitalised word that no rule reads is a word of a longer name ("Stuart
 * Robson", "Mendes Pinto") or of a thing's ("Bucareli Agreements"), not the listed actor.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a listed name inside a longer name", () => {
	it.each<Case>([
		// a scholar's given name, a writer's middle name, a treaty's
		["Stuart Robson's translation (pp. 33-34) is the one on the reading list.", 1365, []],
		["Portuguese gunners in the royal guard (Mendes Pinto claims more).", 1540, []],
		["US recognition only after the Bucareli Agreements of 1923.", 1923, ["state United States: US"]],
		// the name itself, before a month, a demonym before a title, and a heading's capitalised words
		["Halabja gas attack on Kurds March 1988.", 1988, ["people Kurds: Kurds"]],
		["Swedish King Gustavus Adolphus landed.", 1630, ["state Sweden: Swedish", "person Gustavus Adolphus: Gustavus Adolphus"]],
		["## Bismarck Unites Germany\nThe wars of 1864-71.", 1866, ["person Otto von Bismarck: Bismarck", "state Germany: Germany"]],
		["Napoleon June 1815 at Waterloo.", 1815, ["person Napoleon: Napoleon"]],
		// an office written after the name, in a note's shorthand; not a word of another's name
		["Nov 1799: Bonaparte First Consul; Nelson Admiral of the Fleet.", 1799, ["person Napoleon: Bonaparte", "person Horatio Nelson: Nelson"]],
		["1922: Stalin General Secretary; Trotsky Foreign Commissar; the Lenin Prize.", 1922, ["person Joseph Stalin: Stalin", "person Leon Trotsky: Trotsky"]],
		["Robson Secretariat reports; Nelson First Nation land; Luther King spoke.", 1963, []],
		// a name before a place whose name opens with its own word, in a list of who took what
		["1898: Germany Jiaozhou, Russia Port Arthur, Britain Weihaiwei; Japan Lake Biwa.", 1898, ["state Germany: Germany", "state Kiautschou Bay Leased Territory: Jiaozhou", "state Russia: Russia", "state United Kingdom: Britain", "state Weihaiwei: Weihaiwei", "state Japan: Japan"]],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
