import { describe, expect, it } from "vitest";
import { Lexicon } from "../../../src/core/actors/lexicon";
import { tokenize } from "../../../src/core/actors/tokens";

const ANY = { from: -1e9, to: 1e9, needsThe: false };

describe("lexicon", () => {
	it("answers whether a word opens a form again after a form that opens with it is added", () => {
		const lex = new Lexicon();
		const e = lex.entity("state", "Zorvigia");
		// enough forms that some other words pass the lexicon's bit fields, and have their "no" kept
		for (let k = 0; k < 3000; k++) lex.add(`Velmar${k}`, { entities: [e], role: "name", ...ANY }, true);
		const others = Array.from({ length: 2000 }, (_, k) => `Orlak${k}`);
		const t = tokenize(others.join(" "));
		for (let k = 0; k < t.count; k++) {
			expect(lex.mayStart(t, k)).toBe(false);
			expect(lex.mayStartFolded(t, k)).toBe(false);
		}
		for (const w of others) lex.add(w, { entities: [e], role: "name", ...ANY }, true);
		for (let round = 0; round < 2; round++) {
			for (let k = 0; k < t.count; k++) {
				expect(lex.mayStart(t, k)).toBe(true);
				expect(lex.mayStartFolded(t, k)).toBe(true);
			}
		}
		expect(lex.match(t, 0, null, false)?.form.entities[0]).toBe(e);
	});
});
