import { describe, expect, it } from "vitest";
import { dateRange, type TimelineDate } from "../../../src/core/timeline";

const d = (start: number, end: number, precision: TimelineDate["precision"], qualifier: TimelineDate["qualifier"] = null, extra: Partial<TimelineDate> = {}): TimelineDate => ({
	start,
	end,
	precision,
	qualifier,
	...extra,
});

describe("a date as a stretch of time", () => {
	it.each([
		["1925 is the whole year", d(1925, 1925, "year"), [1925, 1926]],
		["1939-40 is two years", d(1939, 1940, "year"), [1939, 1941]],
		["the 1920s", d(1920, 1929, "decade"), [1920, 1930]],
		["the 19th century", d(1801, 1900, "century"), [1801, 1901]],
		["44 BC", d(-44, -44, "year"), [-44, -43]],
		["June 1941", d(1941, 1941, "month", null, { month: 6 }), [1941 + 5 / 12, 1941 + 6 / 12]],
		["spring 1916", d(1916, 1916, "season", null, { month: 3 }), [1916 + 2 / 12, 1916 + 5 / 12]],
		["a month with no month number falls back to the year", d(1941, 1941, "month"), [1941, 1942]],
		["c. 1500: a year either side", d(1500, 1500, "year", "circa"), [1499, 1502]],
		["c. 16th century: a quarter either side", d(1501, 1600, "century", "circa"), [1476, 1626]],
	])("%s", (_case, date, [from, to]) => {
		const r = dateRange(date);
		expect(r.from).toBeCloseTo(from as number);
		expect(r.to).toBeCloseTo(to as number);
	});

	it("puts 22 June 1941 inside June and makes it a day long", () => {
		const r = dateRange(d(1941, 1941, "day", null, { month: 6, day: 22 }));
		expect(r.from).toBeGreaterThan(1941 + 5 / 12);
		expect(r.to).toBeLessThan(1941 + 6 / 12);
		expect(r.to - r.from).toBeCloseTo(1 / 365);
	});

	it.each([
		["a plain year is crisp", d(1925, 1925, "year"), 0, 0, false, false],
		["early 1917: the end is vague", d(1917, 1917, "year", "early"), 0, 0.6, false, false],
		["late 1917: the start is vague", d(1917, 1917, "year", "late"), 0.6, 0, false, false],
		["mid-1930s: both ends", d(1930, 1939, "decade", "mid"), 0.3, 0.3, false, false],
		["a decade is vague at both ends", d(1920, 1929, "decade"), 0.15, 0.15, false, false],
		["by 1922 has an open start", d(1922, 1922, "year", "by"), 0, 0, true, false],
		["after 1945 has an open end", d(1945, 1945, "year", "after"), 0, 0, false, true],
	])("%s", (_case, date, fadeFrom, fadeTo, openStart, openEnd) => {
		const r = dateRange(date);
		expect(r.fadeFrom).toBeCloseTo(fadeFrom);
		expect(r.fadeTo).toBeCloseTo(fadeTo);
		expect([r.openStart, r.openEnd]).toEqual([openStart, openEnd]);
	});
});
