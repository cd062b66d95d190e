import { describe, expect, it } from "vitest";
import { coveragePeriod } from "../../../src/core/readings/period";

describe("coveragePeriod from a reading's title", () => {
	it.each([
		["two years after the last comma", "Stalin, Volume I, paradoxes of Power, 1878, 1928", 1878, 1928],
		["a hyphenated range", "Stalin, Volume II, Waiting for Hitler, 1928-1941", 1928, 1941],
		["an en-dash range in brackets", "The Great War (1914–1918)", 1914, 1918],
		["a short range end", "The Second World War, 1939-45", 1939, 1945],
		["a short end that crosses a century", "Europe 1998-02", 1998, 2002],
		["a slash", "The Winter War 1939/40", 1939, 1940],
		["'to' between years", "Russia from 1905 to 1917", 1905, 1917],
		["the last range wins", "Europe 1815-1914: after 1848-1849", 1848, 1849],
		["a decade", "Berlin in the 1920s", 1920, 1929],
		["a century", "The 19th century state", 1800, 1899],
		["a century range", "Witch hunts, 16th to 17th century", 1500, 1699],
		["a century BC", "Athens in the 5th century BC", -500, -401],
		["a BCE range", "The Peloponnesian War, 431–404 BCE", -431, -404],
		["a single year", "Europe in 1848", 1848, 1848],
		["a single year in brackets", "Malleus Maleficarum (1485)", 1485, 1485],
	])("%s: %s", (_, title, start, end) => {
		expect(coveragePeriod(title, null)).toEqual({ start, end });
	});

	it.each([
		["no years", "Stalin and the West"],
		["a chapter range", "Kennedy, chapters 3-4"],
		["page numbers", "Reader, pp. 145-212"],
		["a number inside a word", "KBhHIST201MasonCh1n2"],
		["an implausible year", "Room 3000"],
	])("none for %s: %s", (_, title) => {
		expect(coveragePeriod(title, null)).toBeNull();
	});
});

describe("coveragePeriod from frontmatter, which wins over the title", () => {
	it.each([
		["period as text", { period: "1928-1941" }, 1928, 1941],
		["period with an en dash", { period: "1928 – 1941" }, 1928, 1941],
		["years as a list", { years: [1941, 1928] }, 1928, 1941],
		["years as a list of text", { years: ["1928", "1941"] }, 1928, 1941],
		["a single year", { year: 1928 }, 1928, 1928],
		["a single year as text", { year: "1928" }, 1928, 1928],
		["a BC year", { year: -44 }, -44, -44],
		["start and end", { period: { start: 1928, end: 1941 } }, 1928, 1941],
	])("%s", (_, fm, start, end) => {
		expect(coveragePeriod("Kotkin, 1878, 1928", fm)).toEqual({ start, end });
	});

	it("falls back on the title when the frontmatter has nothing usable", () => {
		expect(coveragePeriod("Kotkin, 1878, 1928", { period: "", year: "soon", type: "reading" })).toEqual({ start: 1878, end: 1928 });
	});
});
