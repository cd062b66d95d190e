/**
 * A word list's test at a token: its bit field of hashes rules tokens out before their text is read, and grows with
 * the list (the given names are some 14,000), so that a large list answers as a small one does.
 */
import { describe, expect, it } from "vitest";
import { WordSet } from "../../../src/core/actors/data/words";
import { tokenizeShort } from "../../../src/core/actors/tokens";

/** Made-up capitalised words, distinct: "Qaba", "Qabe", … */
function words(n: number): string[] {
	const out: string[] = [];
	const letters = "abcdefghijklmnopqrstuvwxyz";
	for (let k = 0; out.length < n; k++) {
		let w = "";
		for (let x = k; ; x = Math.floor(x / 26) - 1) {
			w = (letters[x % 26] as string) + w;
			if (x < 26) break;
		}
		out.push(`Q${w}a`);
	}
	return out;
}

describe("WordSet.hasToken", () => {
	it.each([10, 2_000, 20_000])("answers for every token of a list of %i words as the list's own `has` does", (n) => {
		const list = words(2 * n);
		const set = new WordSet(list.slice(0, n).join(" "));
		const t = tokenizeShort(list.join(" "));
		const word = (i: number): string => t.text.slice(t.start[i], t.end[i]);
		let members = 0;
		for (let i = 0; i < t.count; i++) {
			const yes = set.hasToken(t, i, word);
			expect(yes).toBe(set.has(word(i)));
			if (yes) members++;
		}
		expect(members).toBe(n);
	});

	it.each([2_000, 20_000])("reads the text of few tokens that are not in a list of %i words: its bit field rules them out", (n) => {
		const list = words(2 * n);
		const set = new WordSet(list.slice(0, n).join(" "));
		const t = tokenizeShort(list.slice(n).join(" "));
		let reads = 0;
		const word = (i: number): string => {
			reads++;
			return t.text.slice(t.start[i], t.end[i]);
		};
		for (let i = 0; i < t.count; i++) expect(set.hasToken(t, i, word)).toBe(false);
		// the field holds 16 bits or more a word, so about one outsider in 16 gets past it; a field that did not grow
		// with the list (2^16 bits) let one in four through at 20,000 words
		expect(reads / t.count).toBeLessThan(0.1);
	});
});

describe("WordSet.prepare", () => {
	it("makes a large list in steps, and then answers as a list made on its first look-up does", () => {
		const list = words(20_000);
		const text = list.slice(0, 12_000).join(" ");
		const stepped = new WordSet(text);
		const steps = [...stepped.prepare()].length;
		// the text, its split, three chunks of the set of 4,096 words
		expect(steps).toBeGreaterThanOrEqual(5);
		const looked = new WordSet(text);
		const t = tokenizeShort(list.join(" "));
		const word = (i: number): string => t.text.slice(t.start[i], t.end[i]);
		for (let i = 0; i < t.count; i++) expect(stepped.hasToken(t, i, word)).toBe(looked.hasToken(t, i, word));
		expect([...stepped]).toEqual([...looked]);
	});

	it("answers a look-up made between its steps, and makes a list from a function in one step, once", () => {
		const set = new WordSet("Alpha Beta Gamma");
		const steps = set.prepare();
		steps.next();
		expect(set.has("Beta")).toBe(true);
		const before = [...set];
		expect([...steps].length).toBeGreaterThan(0);
		expect([...set]).toEqual(before);
		expect(set.has("Delta")).toBe(false);

		let calls = 0;
		const made = new WordSet(() => {
			calls++;
			return ["One", "Two"];
		});
		expect([...made.prepare()]).toHaveLength(0);
		expect(calls).toBe(1);
		expect(made.has("Two")).toBe(true);
		expect(calls).toBe(1);
	});
});
