/**
 * A person named by the first two words or more of another person's name in the note is that person ("Michał Korybut"
 * beside "Michał Korybut Wiśniowiecki"); not when the longer name adds a numeral or a generation's mark, nor when two
 * longer names begin with the same words.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a person named by the first words of a longer name", () => {
	it.each<Case>([
		["## Tomasz Wolan and the war\n\nTomasz Wolan Zarecki was elected in 1669.", 1669, ["person Tomasz Wolan Zarecki: Tomasz Wolan, Tomasz Wolan Zarecki"]],
		["Tomasz Wolan Zarecki and Tomasz Wolan Brzeski quarrelled; Tomasz Wolan won.", 1669, ["person Tomasz Wolan Zarecki: Tomasz Wolan Zarecki", "person Tomasz Wolan Brzeski: Tomasz Wolan Brzeski", "person Tomasz Wolan: Tomasz Wolan"]],
	])("%s (%i)", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
