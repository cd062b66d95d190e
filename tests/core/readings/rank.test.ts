import { describe, expect, it } from "vitest";
import { createPassageIndex, stem, terms } from "../../../src/core/readings/rank";

describe("terms: the words that carry meaning", () => {
	it.each([
		["Await and encourage further European revolutions", ["await", "encourag", "european", "revolution"]],
		["The Soviets' policies were encouraging", ["soviet", "policy", "encourag"]],
		["Stalin's pact, 1939", ["stalin", "pact", "1939"]],
		["a to the of and", []],
	])("%s", (text, want) => {
		expect(terms(text)).toEqual(want);
	});

	it.each([
		["revolutions", "revolution"],
		["revolution", "revolution"],
		["strategies", "strategy"],
		["encouraged", "encourag"],
		["encourages", "encourag"],
		["marches", "march"],
		["crisis", "crisis"],
		["press", "press"],
		["quickly", "quick"],
	])("stem(%s) = %s", (word, want) => {
		expect(stem(word)).toBe(want);
	});
});

describe("createPassageIndex: passages that bear on a query", () => {
	const lines = [
		"# Chapter 4",
		"The regime considered a negotiated peace with Germany.",
		"Peace was popular.",
		"Germany wanted grain.",
		null, // frontmatter or code: never a passage
		"A negotiated peace with Germany would free the army for the civil war.",
	];
	const index = createPassageIndex(lines, (line) => `line ${line}`);

	it("ranks by the weight of shared terms, best first", () => {
		expect(index.rank("Sign a negotiated peace with Germany").map((p) => p.line)).toEqual([2, 6]);
	});

	it("one shared word is chance, not a passage", () => {
		expect(index.rank("Peace at any price")).toEqual([]);
	});

	it("a one-word query needs its word", () => {
		expect(index.rank("grain").map((p) => [p.line, p.text, p.score])).toEqual([[4, "line 4", 1]]);
	});

	it("a query of stop words finds nothing", () => {
		expect(index.rank("to be or not to be")).toEqual([]);
	});

	it("limits the number of passages", () => {
		expect(index.rank("negotiated peace Germany", 1)).toHaveLength(1);
	});

	it("answers a query asked again as the first time, whatever the caller did with the first answer", () => {
		const fresh = createPassageIndex(lines, (line) => `line ${line}`);
		// the first answer is worked out, the next ones remembered: a caller that cuts either cuts only its copy
		for (let n = 0; n < 3; n++) {
			const answer = fresh.rank("Sign a negotiated peace with Germany");
			expect(answer.map((p) => p.line)).toEqual([2, 6]);
			answer.pop();
		}
		// the limit is part of the question
		expect(fresh.rank("Sign a negotiated peace with Germany", 1).map((p) => p.line)).toEqual([2]);
		expect(fresh.rank("Sign a negotiated peace with Germany").map((p) => p.line)).toEqual([2, 6]);
	});

	it("keeps answering right past the number of answers it remembers", () => {
		const fresh = createPassageIndex(lines, (line) => `line ${line}`);
		for (let i = 0; i < 1200; i++) expect(fresh.rank(`grain${" ".repeat(i % 600)}`).map((p) => p.line)).toEqual([4]);
		expect(fresh.rank("negotiated peace Germany").map((p) => p.line)).toEqual([2, 6]);
	});
});
