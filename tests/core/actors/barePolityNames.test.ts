/**
 * A polity the note names in full by a head word ("the Kingdom of Zorbia", "the Quendi Sultanate") is that polity by
 * its bare name elsewhere in the note ("Zorbia attacked"), though no list holds the bare name. Not a word the lists
 * read otherwise ("Austrian" of "the Austrian Empire" is an adjective), nor one that makes an era of the head ("New
 * Kingdom"), nor a name the note also writes in lower case. (The polities' names are made up, so that no list knows
 * them.)
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a polity's bare name after its full name", () => {
	it.each<Case>([
		["The Kingdom of Zorbia rose on the coast. Zorbia attacked its neighbours and Zorbia took the port.", 1475, ["state Kingdom of Zorbia: Kingdom of Zorbia, Zorbia"]],
		["The Quendi Sultanate was founded in the hills. Quendi made peace with the traders.", 1500, ["state Quendi Sultanate: Quendi Sultanate, Quendi"]],
		["The Emirate of Tal Vorn held the pass. Tal Vorn paid tribute.", 1100, ["state Emirate of Tal Vorn: Emirate of Tal Vorn, Tal Vorn"]],
		["The Grand Duchy of Lorvane joined the league; in 1610 Lorvane paid tribute.", 1600, ["state Grand Duchy of Lorvane: Grand Duchy of Lorvane, Lorvane"]],
		// before its full name too: the note's whole text introduces it
		["Zorbia attacked first. The Kingdom of Zorbia was young.", 1475, ["state Kingdom of Zorbia: Zorbia, Kingdom of Zorbia"]],
		// a name the lists read otherwise keeps their reading: "Austrian" is Austria's adjective, here no mention
		["The Austrian Empire was multi-ethnic. Austrian music flourished.", 1830, ["state Austria: Austrian Empire"]],
		// an era's word or a figure of speech is no polity's name
		["The New Kingdom began. New rulers came.", -1550, []],
		// a name the note writes in lower case too is a word, not a polity's name
		["The Grand Duchy of Velvet was small; in 1610 Velvet paid tribute, and velvet was traded.", 1600, ["state Grand Duchy of Velvet: Grand Duchy of Velvet"]],
	])("%s (%i)", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
