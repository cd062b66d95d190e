import { describe, expect, it } from "vitest";
import { ALL_UPPER, DIGIT, foldHash, HashBits, isWordChar, joinBefore, LOWER, tokenize, tokenizeShort, UPPER } from "../../../src/core/actors/tokens";

describe("tokens", () => {
	it("hashes a word as the tokenizers do, for every UTF-16 code unit that is a word character", () => {
		let checked = 0;
		for (let c = 0; c < 0x10000; c++) {
			if (!isWordChar(c)) continue;
			const word = `${String.fromCharCode(c)}x${String.fromCharCode(c)}`;
			const t = tokenize(word);
			expect(t.count).toBe(1);
			expect(foldHash(word)).toBe(t.hash[0]);
			expect(tokenizeShort(word).hash[0]).toBe(t.hash[0]);
			checked++;
		}
		expect(checked).toBeGreaterThan(1000);
	});

	it("finds no token past the last one of a note read into the kept buffers, whatever an earlier note left there", () => {
		tokenize("Velmar Zorvath Ostra Kell", true);
		const t = tokenize("Velmar Zorvath", true);
		expect(t.count).toBe(2);
		// the earlier note's third token, "Ostra", stood one space after the second
		expect(joinBefore(t, 2)).toBe("");
		expect(t.flags[2]).toBe(0);
		expect(t.hash[2]).toBe(0);
	});

	it("knows capitals and small letters beyond Latin-1 by their own case, not by alternation", () => {
		const t = tokenize("Łukasiewicz Żeligowski Žižka Ńo Ștefan ďas Tự Đức Ἀθῆναι");
		const words = Array.from({ length: t.count }, (_, k) => t.text.slice(t.start[k], t.end[k]));
		expect(words).toEqual(["Łukasiewicz", "Żeligowski", "Žižka", "Ńo", "Ștefan", "ďas", "Tự", "Đức", "Ἀθῆναι"]);
		expect(Array.from(t.flags.subarray(0, t.count), (f) => f & (UPPER | LOWER))).toEqual([UPPER, UPPER, UPPER, UPPER, UPPER, LOWER, UPPER, UPPER, UPPER]);
	});

	it("folds capitals to small letters: a word hashes the same in any case", () => {
		expect(foldHash("ÉMIGRÉS")).toBe(foldHash("émigrés"));
		expect(foldHash("Stalin")).toBe(foldHash("stalin"));
		expect(foldHash("×")).not.toBe(foldHash("÷"));
	});

	it("splits at apostrophes, hyphens and dots, and flags each token's shape", () => {
		const t = tokenize("Lloyd George's NATO-led 1917 reforms");
		const words = Array.from({ length: t.count }, (_, k) => t.text.slice(t.start[k], t.end[k]));
		expect(words).toEqual(["Lloyd", "George", "s", "NATO", "led", "1917", "reforms"]);
		expect(t.flags[0]).toBe(UPPER);
		expect(t.flags[3]).toBe(UPPER | ALL_UPPER);
		expect(t.flags[5]).toBe(DIGIT);
		expect(t.flags[6]).toBe(LOWER);
	});

	it("keeps the modifier letters written inside words: the ʻokina, the transliterated hamza and ayn", () => {
		const t = tokenize("Queen Liliʻuokalani of Oʻahu; Muʿawiya read the Qurʾan");
		const words = Array.from({ length: t.count }, (_, k) => t.text.slice(t.start[k], t.end[k]));
		expect(words).toEqual(["Queen", "Liliʻuokalani", "of", "Oʻahu", "Muʿawiya", "read", "the", "Qurʾan"]);
	});

	it("records what joins each token to the one before it, as the short tokenizer does", () => {
		const text = "Austria-Hungary, Austria\u2013Hungary  U.S. de'Medici O\u2019Neill (Lenin) x";
		const t = tokenize(text);
		const short = tokenizeShort(text);
		const joins = Array.from({ length: t.count }, (_, k) => joinBefore(t, k));
		expect(joins).toEqual(["", "-", "", "-", "", ".", "", "'", " ", "'", "", ""]);
		expect(Array.from(t.join.subarray(0, t.count))).toEqual(Array.from(short.join));
	});

	it("keeps every hash added to a growing set, however many", () => {
		const bits = new HashBits();
		const words = Array.from({ length: 5000 }, (_, k) => `word${k}`);
		for (const [k, w] of words.entries()) {
			bits.add(foldHash(w));
			// each word added so far is still found as the field grows
			if (k % 499 === 0) for (const v of words.slice(0, k + 1)) expect(bits.has(foldHash(v))).toBe(true);
		}
		const t = tokenize(words.join(" "));
		expect(bits.next(t.hash, 0, t.count)).toBe(0);
		expect(bits.next(t.hash, 4999, t.count)).toBe(4999);
		// a small set rules out most other words
		const small = new HashBits();
		for (const w of words.slice(0, 20)) small.add(foldHash(w));
		const passed = words.slice(20).filter((w) => small.has(foldHash(w))).length;
		expect(passed).toBeLessThan(500);
	});

	it("fills a set made by of on its first test, whichever test comes first", () => {
		let calls = 0;
		const words = (): string[] => {
			calls++;
			return ["alpha", "Beta"];
		};
		const a = HashBits.of(words);
		const b = HashBits.of(words);
		expect(calls).toBe(0);
		expect(a.has(foldHash("ALPHA"))).toBe(true);
		expect(a.has(foldHash("gamma"))).toBe(false);
		const t = tokenize("gamma delta beta");
		expect(b.next(t.hash, 0, t.count)).toBe(2);
		expect(b.has(foldHash("beta"))).toBe(true);
		expect(calls).toBe(2);
	});

	it("holds in a union what any of its sets holds, filled on its first test", () => {
		let calls = 0;
		const a = HashBits.of(() => (calls++, ["Japan", "shogun"]));
		const b = HashBits.of(() => (calls++, ["by", "according"]));
		const u = HashBits.union(a, b);
		expect(calls).toBe(0);
		const t = tokenize("the shogun wrote, according to Japan's records, by hand");
		const found: string[] = [];
		for (let k = u.next(t.hash, 0, t.count); k < t.count; k = u.next(t.hash, k + 1, t.count)) found.push(t.text.slice(t.start[k], t.end[k]));
		expect(found).toEqual(["shogun", "according", "Japan", "by"]);
		expect(calls).toBe(2);
		expect(u.has(foldHash("records"))).toBe(false);
	});
});
