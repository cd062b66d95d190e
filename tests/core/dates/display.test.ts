/**
 * The pure helpers the pane, the course timeline and the Markdown summary use: `formatDate` keeps the fuzziness,
 * `compareDates` orders chronologically, `groupTimeline` cuts long timelines by century or decade.
 */
import { describe, expect, it } from "vitest";
import { compareDates, formatDate, groupTimeline } from "../../../src/core/dates";
import type { DateMention } from "../../../src/core/types";
import { datesIn } from "./helpers";

describe("formatDate shows a date as fuzzy as the note wrote it", () => {
	it.each([
		["Late 1917", "late 1917"],
		["by 1922", "by 1922"],
		["1925", "1925"],
		["1939-40", "1939–1940"],
		["1939/40", "1939–1940"],
		["1920s", "1920s"],
		["the late 1930s", "late 1930s"],
		["the mid-1950s", "mid-1950s"],
		["by the 1830s", "by the 1830s"],
		["1920s-30s", "1920s–1930s"],
		["19th century", "19th century"],
		["20th C", "20th century"],
		["16th to 17th century", "16th–17th century"],
		["before the 18th century", "by the 18th century"],
		["the late 19th century", "late 19th century"],
		["the 1500s", "1500s"],
		["Late 1500s", "late 1500s"],
		["c. 500 BC", "c. 500 BC"],
		["431–404 BCE", "431–404 BC"],
		["44 BC", "44 BC"],
		["from 27 BC to AD 14", "27 BC–AD 14"],
		["AD 800", "AD 800"],
		["5th century BC", "5th century BC"],
		["the 440s BC", "440s BC"],
		["June 1941", "June 1941"],
		["22 June 1941", "22 June 1941"],
		["June 22, 1941", "22 June 1941"],
		["spring 1916", "spring 1916"],
		["the fall of 1989", "fall 1989"],
		["winter 1941–42", "winter 1941–1942"],
		["after 1933", "after 1933"],
		["since 1989", "after 1989"],
		["circa 1450", "c. 1450"],
	])("%s → %s", (note, shown) => {
		const [d] = datesIn(note);
		expect(d).toBeDefined();
		expect(formatDate(d as DateMention)).toBe(shown);
	});

	it("needs no text: the interval, precision and qualifier are enough", () => {
		expect(formatDate({ start: 1800, end: 1899, precision: "century", qualifier: "late" })).toBe("late 19th century");
		expect(formatDate({ start: 1500, end: 1599, precision: "century", qualifier: null })).toBe("16th century");
		expect(formatDate({ start: -500, end: -500, precision: "year", qualifier: "circa" })).toBe("c. 500 BC");
		expect(formatDate({ start: 1941, end: 1941, precision: "month", qualifier: null, month: 6 })).toBe("June 1941");
		expect(formatDate({ start: 1916, end: 1916, precision: "season", qualifier: null, month: 4 })).toBe("spring 1916");
	});
});

const date = (start: number, qualifier: DateMention["qualifier"] = null, extra: Partial<DateMention> = {}) =>
	({ start, end: start, qualifier, offset: 0, ...extra }) as DateMention;

describe("compareDates orders chronologically", () => {
	it("by start year first", () => {
		const sorted = [date(1939), date(-44), date(1917), date(800)].sort(compareDates);
		expect(sorted.map((d) => d.start)).toEqual([-44, 800, 1917, 1939]);
	});

	it("then early < (none, mid, circa, by) < late < after within a year", () => {
		const q = ["after", "late", null, "early", "mid"] as const;
		const sorted = q.map((x, i) => date(1917, x, { offset: i })).sort(compareDates);
		expect(sorted.map((d) => d.qualifier)).toEqual(["early", null, "mid", "late", "after"]);
	});

	it("keeps 'by 1925' and '1925' in note order, as the seed's timeline reads", () => {
		const sorted = [date(1925, "by", { offset: 50 }), date(1925, null, { offset: 10 })].sort(compareDates);
		expect(sorted.map((d) => d.offset)).toEqual([10, 50]);
	});

	it("then by month and day, an unknown month first", () => {
		const sorted = [
			date(1941, null, { month: 6, day: 22 }),
			date(1941, null, { month: 6, day: 1 }),
			date(1941),
			date(1941, null, { month: 1 }),
		].sort(compareDates);
		expect(sorted.map((d) => [d.month ?? 0, d.day ?? 0])).toEqual([
			[0, 0],
			[1, 0],
			[6, 1],
			[6, 22],
		]);
	});

	it("then the shorter interval, then the position in the note", () => {
		const century = { ...date(1800), end: 1899 };
		const sorted = [century, date(1800, null, { offset: 9 }), date(1800, null, { offset: 3 })].sort(compareDates);
		expect(sorted.map((d) => [d.end, d.offset])).toEqual([
			[1800, 3],
			[1800, 9],
			[1899, 0],
		]);
	});

	it("orders the seed's dates as its timeline shows them", () => {
		const note = "Late 1917 war\nby 1922 peace\nPact 1925\nemerged by 1925\nAnnexations 1939-40";
		expect([...datesIn(note)].reverse().sort(compareDates).map(formatDate)).toEqual([
			"late 1917",
			"by 1922",
			"1925",
			"by 1925",
			"1939–1940",
		]);
	});
});

describe("groupTimeline", () => {
	const years = (...ys: number[]) => ys.map((y, i) => date(y, null, { offset: i }));

	it("returns nothing for no dates", () => {
		expect(groupTimeline([])).toEqual([]);
	});

	it("keeps a short timeline (8 dates or fewer) in one group labelled with its span", () => {
		const groups = groupTimeline(years(1939, 1917, 1925));
		expect(groups.map((g) => [g.label, g.dates.map((d) => d.start)])).toEqual([["1917–1939", [1917, 1925, 1939]]]);
	});

	it("cuts a long timeline that spans more than a century by century", () => {
		const groups = groupTimeline(years(1789, 1815, 1848, 1871, 1914, 1917, 1939, 1945, 1991));
		expect(groups.map((g) => [g.label, g.dates.length])).toEqual([
			["18th century", 1],
			["19th century", 3],
			["20th century", 5],
		]);
	});

	it("cuts a long timeline within a century by decade", () => {
		const groups = groupTimeline(years(1917, 1918, 1922, 1925, 1929, 1933, 1936, 1939, 1941));
		expect(groups.map((g) => [g.label, g.dates.length])).toEqual([
			["1910s", 2],
			["1920s", 3],
			["1930s", 3],
			["1940s", 1],
		]);
	});

	it("labels centuries before Christ", () => {
		const groups = groupTimeline(years(-490, -480, -431, -404, -338, -44, -27, 14, 79));
		expect(groups.map((g) => g.label)).toEqual(["5th century BC", "4th century BC", "1st century BC", "1st century"]);
	});
});
