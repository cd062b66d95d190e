/**
 * The spans in single emphasis, found by a scan over the marks. The rule they follow is the one a regular expression
 * states in a line (below, the oracle): the scan must find every span it finds, on the hard cases (marks beside
 * letters, digits, other marks, line ends, surrogate pairs, a closing mark that is the next span's neighbour) and on
 * random mixes of them. Of those spans, the titles of works are the title-cased ones of three words or more.
 */
import { describe, expect, it } from "vitest";
import { emphasisSpans, titleEmphasisSpans } from "../../../src/core/actors/exclusions";
import { parseNote } from "../../../src/core/markdown/document";

const ORACLE = /(^|[^*_\p{L}\p{N}])([*_])([^*_\n]+)\2(?![*_\p{L}\p{N}])/gu;

/** Every span the oracle finds, as the range of its text; the next search starts at the closing mark. */
function oracle(text: string): [number, number][] {
	const out: [number, number][] = [];
	ORACLE.lastIndex = 0;
	for (let m = ORACLE.exec(text); m; m = ORACLE.exec(text)) {
		const from = m.index + (m[1] ?? "").length + 1;
		const to = from + (m[3] ?? "").length;
		out.push([from, to]);
		ORACLE.lastIndex = to;
	}
	return out;
}

describe("emphasisSpans", () => {
	it.each([
		["*Red Star*", [[1, 9]]],
		["Snow wrote *Red Star* in 1937", [[12, 20]]],
		["Snow wrote _Red Star_ in 1937", [[12, 20]]],
		// a mark beside a letter or a digit opens or closes nothing: "snake_case", "2*3*4"
		["a*Red Star*", []],
		["*Red Star*s", []],
		["2*3*4", []],
		// two marks of a kind are strong emphasis
		["**Red Star**", []],
		// the marks must match, and stay on one line
		["*Red Star_", []],
		["*Red\nStar*", []],
		// a span's closing mark is no opening of the next: "*a*b*" is one span
		["*a* *b*", [[1, 2], [5, 6]]],
		["*a*b*", []],
		["*a (* b*", [[1, 4]]],
		// a letter beyond the basic plane, written as a surrogate pair, is a letter
		["\u{1D400}*Red Star*", []],
		["\u{1F600}*Red Star*", [[3, 11]]],
	] as [string, [number, number][]][])("%j", (text, expected) => {
		expect(emphasisSpans(text)).toEqual(expected);
		expect(oracle(text)).toEqual(expected);
	});

	it("agrees with the regular expression on random texts of marks, letters, digits, spaces and pairs", () => {
		let seed = 7;
		const next = (): number => {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return seed / 2 ** 32;
		};
		const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] as T;
		// each text is a few would-be spans: a neighbour, a mark, a run, a mark, a neighbour; each slot random
		const neighbours = ["", " ", " ", "\n", "x", "7", "é", "\u{1F600}", "\u{1D400}", ",", "(", "*", "_"];
		const marks = ["*", "_", "*", "_", "**"];
		const runs = ["Red Star", "a", "\u{1D400}b", "Red\nStar", "x_y", ""];
		let found = 0;
		for (let n = 0; n < 4000; n++) {
			let text = "";
			for (let k = 1 + Math.floor(next() * 4); k > 0; k--) text += pick(neighbours) + pick(marks) + pick(runs) + pick(marks) + pick(neighbours);
			const spans = emphasisSpans(text);
			expect(spans, JSON.stringify(text)).toEqual(oracle(text));
			found += spans.length;
		}
		// the texts hold spans enough for the comparison to mean something
		expect(found).toBeGreaterThan(300);
	});
});

describe("titleEmphasisSpans", () => {
	it.each([
		["Luther wrote *To the Christian Nobility* in 1520", [[14, 39]]],
		["*Hai Rui Dismissed Today* *Red Star Over China*", [[1, 24], [27, 46]]],
		// a span that is no title: too short, a digit, a small word first, not title-cased
		["*Otto von Bismarck* and *War of 1812 Began Here* and *the Good Old Days* and *a very long walk*", []],
	] as [string, [number, number][]][])("%j", (text, expected) => {
		expect(titleEmphasisSpans(parseNote(text))).toEqual(expected);
	});
});
