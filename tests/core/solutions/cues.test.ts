import { describe, expect, it } from "vitest";
import { cueMatcher, cueOffsets } from "../../../src/core/solutions/cues";

const offsets = (text: string, cues: string[]) => cueOffsets(text, cueMatcher(cues));

describe("the cue pattern", () => {
	it("finds the longest cue at a word start, in any case, among cues that share their first letters", () => {
		// "opt" would stop inside "OPTIONS", which then would not count as a whole word
		const text = "OPTIONS here, Opt there, optioning, opted, _options_";
		expect(offsets(text, ["opt", "option"])).toEqual([0, 14, 25, 36, 44]);
		expect(offsets(text, ["option", "opt"])).toEqual([0, 14, 25, 36, 44]);
	});
	it("reads cues of several words beside cues that begin like them", () => {
		const text = "How to win; how  not to lose; how not";
		expect(offsets(text, ["how to", "how not to"])).toEqual([0, 12]);
	});
	it("matches a letter in any case it folds to", () => {
		// final and medial sigma both fold to Σ: the longer cue wins whichever spelling it was given in
		expect(offsets("AΣBC", ["aσb", "aςbc"])).toEqual([0]);
		expect(offsets("AΣBC", ["aςb", "aσbc"])).toEqual([0]);
	});
});
