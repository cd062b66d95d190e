/**
 * Properties that hold for any input: extraction never throws, every date's span points at its own text (offset,
 * length, line and column agree with the raw note), intervals run forward, dates come in order without overlapping.
 * And pathological input (a megabyte of digits, dashes, slashes and brackets on one line) finishes with a sane
 * result. No timing assertions here: speed is measured by the benchmark.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../src/core/dates";
import { parseNote, type NoteDocument } from "../../../src/core/markdown/document";
import type { DateMention } from "../../../src/core/types";
import { WINDOW } from "./helpers";

const PRECISIONS = new Set(["day", "month", "season", "year", "decade", "century"]);
const QUALIFIERS = new Set(["early", "mid", "late", "by", "after", "circa", null]);

function checkSane(doc: NoteDocument, dates: DateMention[]): void {
	let previousEnd = 0;
	for (const d of dates) {
		expect(doc.raw.slice(d.offset, d.offset + d.length)).toBe(d.text);
		expect(d.length).toBeGreaterThan(0);
		expect((doc.lineStarts[d.line - 1] as number) + d.col).toBe(d.offset);
		expect(d.text.includes("\n")).toBe(false);
		expect(d.context).toBe((doc.lines[d.line - 1] as string).trim());
		expect(d.start).toBeLessThanOrEqual(d.end);
		expect(Number.isInteger(d.start) && Number.isInteger(d.end)).toBe(true);
		expect(PRECISIONS.has(d.precision)).toBe(true);
		expect(QUALIFIERS.has(d.qualifier)).toBe(true);
		expect(d.offset).toBeGreaterThanOrEqual(previousEnd);
		previousEnd = d.offset + d.length;
	}
}

/** Pieces that make date-like text dense: numbers, connectors, qualifiers, calendar words, masks, line breaks. */
const PIECES = [
	"1917", "1939", "-", "40", "–", "/", "19", "th", " century", "C", "s", "S", "'", " BC", " AD", "AD ", "c.", "by ",
	"late ", "the ", "end of ", "between ", " and ", "from ", " to ", "June ", "22 ", ", ", "spring ", "of ", "[[",
	"]]", "![", "](", ")", "(", "`", "%%", "<!--", "-->", "---\n", "\n", "```\n", " ", ".", ",", ":", "10", "000",
	"1,500", "$", "#", "~", "pp. ", "HIST ", "soldiers", "years", "sixteenth", "twenty-", "first", "centuries",
	"\u00a0", "\t", "é", "ß", "1989-11-09", "12/06/1941", "555-1234-1917",
];

const dateLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 }), dateLike);
const window = fc
	.tuple(fc.integer({ min: -5000, max: 3000 }), fc.integer({ min: 0, max: 3000 }))
	.map(([minYear, span]) => ({ minYear, maxYear: minYear + span }));

describe("for any text", () => {
	it("extraction never throws and every date is sane", () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const doc = parseNote(text);
				checkSane(doc, extractDates(doc, WINDOW));
			}),
			{ numRuns: 600 },
		);
	});

	it("holds for any year window too", () => {
		fc.assert(
			fc.property(dateLike, window, (text, options) => {
				const doc = parseNote(text);
				checkSane(doc, extractDates(doc, options));
			}),
			{ numRuns: 300 },
		);
	});

	it("is deterministic: the same note gives the same dates", () => {
		fc.assert(
			fc.property(dateLike, (text) => {
				const doc = parseNote(text);
				expect(extractDates(doc, WINDOW)).toEqual(extractDates(doc, WINDOW));
			}),
			{ numRuns: 100 },
		);
	});
});

// A generous timeout: this is about completing at all on a loaded machine, not about speed.
describe("pathological input completes with a sane result", { timeout: 30_000 }, () => {
	const MB = 1 << 20;
	const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length));
	it.each([
		["digits", fill("7")],
		["digits and dashes", fill("1917-")],
		["digits and slashes", fill("12/")],
		["brackets", fill("[[1917]] (1918) [")],
		["a mix", fill("1939-40/[1914 - 1918](c. 16th–")],
		["qualifier chains", fill("end of the ") + "1917"],
		["spaces between a qualifier and its year", `by${" ".repeat(MB)}1917`],
		["dense years", fill("1917 ")],
		["dense centuries", fill("the 16th and 17th centuries ")],
	])("%s", (_name, text) => {
		const doc = parseNote(text);
		const dates = extractDates(doc, WINDOW);
		expect(dates.length).toBeLessThan(text.length);
		checkSane(doc, dates.slice(0, 1000));
		expect(dates.find((d) => d.start > d.end || doc.raw.slice(d.offset, d.offset + d.length) !== d.text)).toBeUndefined();
	});
});
