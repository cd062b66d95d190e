import { describe, expect, it } from "vitest";
import { periodForTemplate, renderReadingTemplate } from "../../../src/core/readings/template";
import { DEFAULT_READING_TEMPLATE } from "../../../src/core/settings";

const values = { title: "Stalin, Volume II, Waiting for Hitler, 1928-1941", period: "1928-1941", lecture: "Lectures/Stalin and the West", date: "2024-09-16" };

describe("renderReadingTemplate", () => {
	it("fills the default template", () => {
		expect(renderReadingTemplate(DEFAULT_READING_TEMPLATE, values)).toBe(
			["---", "type: reading", "period: 1928-1941", "---", "# Stalin, Volume II, Waiting for Hitler, 1928-1941", "", "Reading for [[Lectures/Stalin and the West]].", "", "## Summary", ""].join("\n"),
		);
	});

	it.each([
		["spaces and case inside the braces", "{{ Title }} ({{DATE}})", "Stalin, Volume II, Waiting for Hitler, 1928-1941 (2024-09-16)"],
		["unknown placeholders stay as written", "{{author}} {{title", "{{author}} {{title"],
		["every occurrence", "{{period}}/{{period}}", "1928-1941/1928-1941"],
		["replacement patterns in values are plain text", "{{lecture}}", "$& $1"],
	])("%s", (_, template, want) => {
		const v = template === "{{lecture}}" ? { ...values, lecture: "$& $1" } : values;
		expect(renderReadingTemplate(template, v)).toBe(want);
	});
});

describe("periodForTemplate", () => {
	it.each([
		[{ start: 1928, end: 1941 }, "1928-1941"],
		[{ start: 1925, end: 1925 }, "1925"],
		[null, ""],
	])("%j → %s", (period, want) => {
		expect(periodForTemplate(period)).toBe(want);
	});
});
