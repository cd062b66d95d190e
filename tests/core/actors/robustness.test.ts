/**
 * No input makes extraction throw, and what comes out is always consistent with the note: every mention's text is
 * the note's text at its offset, line and column. Speed is measured by the benchmark, not here.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actorsOf, years } from "./helpers";

const pieces = ["Stalin", "Louis XIV", " and ", "XVI", "the ", "French", "-", "Soviet", "Japanese", "in ", "France", "[[", "]]", "|", "\n", "## ", "Queen ", "Mary", " of ", "Treaty", "War", "'s", ".", ",", "(", "p. 12)", "by ", "Notes ", "von ", "Otto", "Party", "1917", "é", "’", "*", "`", "A", "I"];

// A megabyte takes under a second on an idle machine; the timeout is for a machine busy with other work (these
// cases went over vitest's 5 s at a load average of 12 on 2 cores), and still fails an extraction that hangs.
describe("robustness", { timeout: 30_000 }, () => {
	it("never throws and keeps every mention in place, on text made of awkward pieces", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
				const text = parts.join("");
				for (const a of actorsOf(text, { dates: years(1917) })) {
					expect(a.mentions.length).toBeGreaterThan(0);
					for (const m of a.mentions) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("never throws on arbitrary text", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (text) => {
				actorsOf(text);
			}),
			{ numRuns: 300 },
		);
	});

	it.each([
		["a megabyte of digits", "1".repeat(1_000_000)],
		["a megabyte of dashes and brackets", "-[[]]-(".repeat(140_000)],
		["a long run of capitalised words", "A ".repeat(300_000)],
		["a long run of given names", "Louis ".repeat(150_000)],
		["a long run of regnal numerals", "X I ".repeat(200_000)],
	])("handles %s", (_label, text) => {
		expect(Array.isArray(actorsOf(text))).toBe(true);
	});

	it.each([
		["a megabyte of numbered units", "5th Velmar Army and 3rd Ostra Zorvig Commando; ".repeat(20_000)],
		["a megabyte of elided particles", "O'Zorvig's plan, D'Velmar and M'ostra; ".repeat(25_000)],
		["a megabyte of Slavic surnames", "Velmarov, Zorvinski-Ostranović and Zorviadis fled. ".repeat(20_000)],
	])("handles %s in a note about the past", (_label, text) => {
		const actors = actorsOf(text, { dates: years(1950) });
		expect(actors.length).toBeGreaterThan(0);
		for (const a of actors) for (const m of a.mentions) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
	});

	it("handles a megabyte of acronyms in a note about the past", () => {
		const actors = actorsOf("VRFP, MNDZ SPLIT NOT. ".repeat(45_000), { dates: years(1950) });
		expect(actors.map((a) => [a.name, a.mentions.length])).toEqual([["VRFP", 45_000]]);
	});
});
