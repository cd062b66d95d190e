/**
 * A polity's name in a note on another era is the polity of that era (the period table): "Siam" and "the Siamese"
 * in a note on the sixteenth century are the Ayutthaya Kingdom, one actor with "Ayutthaya"; in 1941 they are Thailand.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a polity named for the note's era", () => {
	it.each<Case>([
		["The Siamese king hired Portuguese gunners; Ayutthaya grew rich.", 1550, ["state Ayutthaya Kingdom: Siamese, Ayutthaya"]],
		["Envoys from Siam reached Lisbon.", 1600, ["state Ayutthaya Kingdom: Siam"]],
		["Thailand signed an alliance with Japan.", 1941, ["state Thailand: Thailand", "state Japan: Japan"]],
		// the empire of Chinggis Khan and his heirs is no name of the modern state
		["The Mongol Empire took Baghdad; Mongolia's armies moved west.", 1258, ["state Mongol Empire: Mongol Empire, Mongolia"]],
		["Mongolia signed a treaty with the Soviet Union.", 1936, ["state Mongolia: Mongolia", "state Soviet Union: Soviet Union"]],
		["Batu invaded Rus' and sacked Kiev.", 1240, ["person Batu Khan: Batu", "state Kievan Rus': Rus"]],
	])("%s (%i)", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
