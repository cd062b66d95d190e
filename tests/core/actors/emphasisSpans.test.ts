/**
 * The spans in single emphasis that may be titles of works, found by a scan over the marks. The rule they follow is
 * the one a regular expression states in a line (below, the oracle): the scan must agree with it on every text, the
 * hard cases (marks beside letters, digits, other marks, line ends, surrogate pairs, a closing mark that is the next
 * span's neighbour) and random mixes of them.
 */
import { describe, expect, it } from "vitest";
import { titleEmphasisSpans } from "../../../src/core/actors/exclusions";
import { isUpperChar } from "../../../src/core/actors/tokens";
import { parseNote } from "../../../src/core/markdown/document";

const ORACLE = /(^|[^*_\p{L}\p{N}])([*_])([^*_\n]+)\2(?![*_\p{L}\p{N}])/gu;

/** The title-cased spans the oracle finds, as titleEmphasisSpans keeps them (three words or more, no digit). */
function oracle(text: string): [number, number][] {
	const out: [number, number][] = [];
	ORACLE.lastIndex = 0;
	for (let m = ORACLE.exec(text); m; m = ORACLE.exec(text)) {
		const inner = m[3] ?? "";
		const from = m.index + (m[1] ?? "").length + 1;
		const words = inner.trim().split(/\s+/);
		const small = new Set(["of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "from", "against", "at", "by", "with", "de", "del", "e", "o", "la", "le", "du", "des", "y"]);
		if (words.length >= 3 && !/\d/.test(inner) && words.every((w, k) => (k > 0 && small.has(w)) || isUpperChar(w.charCodeAt(0)))) out.push([from, from + inner.length]);
		ORACLE.lastIndex = from + inner.length;
	}
	return out;
}

const spans = (text: string): [number, number][] => titleEmphasisSpans(parseNote(text));

describe("titleEmphasisSpans", () => {
	it.each([
		["*To the Christian Nobility*", [[1, 26]]],
		["Luther wrote *To the Christian Nobility* in 1520", [[14, 39]]],
		["Luther wrote _To the Christian Nobility_ in 1520", [[14, 39]]],
		// a mark beside a letter or a digit opens or closes nothing
		["a*To the Christian Nobility*", []],
		["*To the Christian Nobility*s", []],
		["2*To the Christian Nobility*", []],
		// two marks of a kind are strong emphasis, not a title's
		["**To the Christian Nobility**", []],
		// the marks must match, and stay on one line
		["*To the Christian Nobility_", []],
		["*To the Christian\nNobility*", []],
		// a span that is no title (too short, a digit, a small word first) is read and dropped
		["*Otto von Bismarck* and *War of 1812 Began Here* and *the Good Old Days*", []],
		// two spans in a row
		["*Hai Rui Dismissed Today* *Red Star Over China*", [[1, 24], [27, 46]]],
	] as [string, [number, number][]][])("%j", (text, expected) => {
		expect(spans(text)).toEqual(expected);
		expect(oracle(text)).toEqual(expected);
	});

	it("agrees with the regular expression on random texts of marks, letters, digits, spaces and pairs", () => {
		let seed = 7;
		let kept = 0;
		const next = (): number => {
			seed = (seed * 1103515245 + 12345) >>> 0;
			return seed / 2 ** 32;
		};
		const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] as T;
		// each text is a few would-be spans: a neighbour, a mark, a run, a mark, a neighbour; each slot random
		const neighbours = ["", " ", " ", "\n", "x", "7", "é", "\u{1F600}", "\u{1D400}", ",", "(", "*", "_"];
		const marks = ["*", "_", "*", "_", "*", "**"];
		const runs = ["Red Star Over China", "The Long March", "Hai Rui of Ming", "Red Star Over China", "The Long March", "Red Star\nOver China", "War of 1812 Began", "\u{1D400}Red Star Over", "Red", ""];
		for (let n = 0; n < 4000; n++) {
			let text = "";
			for (let k = 1 + Math.floor(next() * 4); k > 0; k--) text += pick(neighbours) + pick(marks) + pick(runs) + pick(marks) + pick(neighbours);
			const found = spans(text);
			expect(found, JSON.stringify(text)).toEqual(oracle(text));
			kept += found.length;
		}
		// the texts hold titles enough for the comparison to mean something
		expect(kept).toBeGreaterThan(200);
	});
});
