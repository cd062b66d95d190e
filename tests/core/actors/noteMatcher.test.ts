/**
 * The note matcher is the pool's, one for all notes (optimised code holds it, and would be thrown away with it at
 * the next full collection if each note had its own): it must come back to each note as if new.
 */
import { describe, expect, it } from "vitest";
import { builtinLexicon } from "../../../src/core/actors/gazetteer";
import { noteMatcher } from "../../../src/core/actors/matcher";
import { tokenize } from "../../../src/core/actors/tokens";

/** The index of a token written `w` in a matcher's note. */
function indexOf(m: ReturnType<typeof noteMatcher>, w: string): number {
	for (let i = 0; i < m.t.count; i++) if (m.word(i) === w) return i;
	return -1;
}

describe("noteMatcher", () => {
	const lex = builtinLexicon();

	it("hands every note the same matcher, reset to the note", () => {
		const japan = tokenize("The shogun ruled Japan. The daimyo of Japan served the shogun; samurai and Japan again.");
		const a = noteMatcher(japan, lex, null);
		expect(a.word(1)).toBe("shogun");
		expect(a.at(indexOf(a, "Japan"))?.form.entities[0]?.name).toBe("Japan");
		expect(a.aboutJapan()).toBe(true);
		a.covered[1] = 1;

		const poland = tokenize("The Poles rose against Russia in 1830.");
		const b = noteMatcher(poland, lex, { from: 1830, to: 1831, mid: 1830 });
		expect(b).toBe(a);
		expect(b.t).toBe(poland);
		// nothing of the first note is left: its words, matches, covered tokens and subjects
		expect(b.word(1)).toBe("Poles");
		expect(b.at(indexOf(b, "Russia"))?.form.entities[0]?.name).toBe("Russia");
		expect(b.covered[1]).toBe(0);
		expect(b.aboutJapan()).toBe(false);
	});

	it("gives a very long note memory and a matcher of its own, and the pool's back to the next", () => {
		const short = tokenize("Stalin met Churchill.");
		const pooled = noteMatcher(short, lex, null);
		const long = tokenize("word ".repeat(70_000));
		const own = noteMatcher(long, lex, null);
		expect(own).not.toBe(pooled);
		expect(own.word(69_999)).toBe("word");
		expect(noteMatcher(short, lex, null)).toBe(pooled);
		expect(pooled.word(0)).toBe("Stalin");
	});
});
