/**
 * The user's own lecture (the example vault's copy of the seed) must come out exactly: five dates, with qualifiers
 * late, by, none, by, none, and nothing from the reading titles, whose years are coverage periods, not events.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../src/core/dates";
import { parseNote } from "../../../src/core/markdown/document";
import { WINDOW } from "./helpers";

const path = fileURLToPath(new URL("../../../example-vault/Lectures/Stalin and the West.md", import.meta.url));
const raw = readFileSync(path, "utf8");
const doc = parseNote(raw);
const dates = extractDates(doc, WINDOW);

describe("the seed lecture, Stalin and the West", () => {
	it("has exactly its five dates, in order, with their qualifiers and years", () => {
		expect(dates.map((d) => [d.text, d.start, d.end, d.precision, d.qualifier])).toEqual([
			["Late 1917", 1917, 1917, "year", "late"],
			["by 1922", 1922, 1922, "year", "by"],
			["1925", 1925, 1925, "year", null],
			["by 1925", 1925, 1925, "year", "by"],
			["1939-40", 1939, 1940, "year", null],
		]);
	});

	it("places each date on its line, with the line as context", () => {
		for (const d of dates) {
			expect(raw.slice(d.offset, d.offset + d.length)).toBe(d.text);
			expect(doc.lines[d.line - 1]?.slice(d.col, d.col + d.length)).toBe(d.text);
			expect(d.context).toBe(doc.lines[d.line - 1]?.trim());
		}
		expect(dates[0]?.context).toBe("Late 1917: Civil war in Russia");
	});

	it("takes nothing from the reading titles under Main Readings", () => {
		const readings = doc.headings.find((h) => h.text === "Main Readings");
		expect(readings).toBeDefined();
		expect(dates.filter((d) => d.line > (readings?.line ?? 0))).toEqual([]);
	});
});
