import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/markdown/document";

describe("headings of the document model", () => {
	it.each([
		["# Title", [1, "Title"]],
		["###### Six", [6, "Six"]],
		["####### Seven is text", null],
		["#NoSpace", null],
		["## Closed ##  ", [2, "Closed"]],
		["#\tTabbed", [1, "Tabbed"]],
		["#   ", [1, ""]],
		["## C# and F#", [2, "C# and F"]],
		[" # Indented", null],
	])("%j", (line, expected) => {
		const h = parseNote(`intro\n${line}\nafter`).headings;
		expect(h.length ? [h[0]?.level, h[0]?.text] : null).toEqual(expected);
	});

	it("skips headings inside fenced code", () => {
		expect(parseNote("```\n# not a heading\n```\n# Real").headings.map((h) => h.text)).toEqual(["Real"]);
	});

	it("stays linear on a heading line with a long run of spaces inside", () => {
		const line = `# a${" ".repeat(300_000)}b`;
		const t0 = performance.now();
		const doc = parseNote(line);
		expect(performance.now() - t0).toBeLessThan(1000);
		expect(doc.headings[0]?.text.endsWith("b")).toBe(true);
	});
});
