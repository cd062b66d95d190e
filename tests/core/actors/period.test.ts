import { describe, expect, it } from "vitest";
import { notePeriod } from "../../../src/core/actors";
import { actorsOf, summary, years } from "./helpers";
import type { DateMention } from "../../../src/core/types";

const dated = (spans: readonly (readonly [number, number])[]): DateMention[] =>
	spans.map(([start, end]) => ({ start, end, text: "", context: "", offset: 0, length: 0, line: 1, col: 0, precision: "year", qualifier: "exact" }) as unknown as DateMention);

const strayFrom = (gap: number, rest: number): boolean => (gap >= 50 && gap > rest) || (gap >= 30 && gap > 2 * rest);

/** The period as the midpoints read it, sorted as doubles: what `notePeriod` must give on any dates. */
function reference(dates: readonly DateMention[]): { from: number; to: number; mid: number } {
	const mids = Float64Array.from(dates, (d) => (d.start + d.end) / 2).sort();
	const at = (k: number): number => mids[k] ?? 0;
	const trim = Math.floor(0.1 * (mids.length - 1));
	let lo = trim;
	let hi = mids.length - 1 - trim;
	while (hi - lo >= 3 && strayFrom(at(hi) - at(hi - 1), at(hi - 1) - at(lo))) hi--;
	while (hi - lo >= 3 && strayFrom(at(lo + 1) - at(lo), at(hi) - at(lo + 1))) lo++;
	return { from: Math.floor(at(lo)), to: Math.ceil(at(hi)), mid: Math.round(at(Math.floor(0.5 * (mids.length - 1)))) };
}

describe("notePeriod", () => {
	it("trims a tenth of the midpoints from each end and takes their median", () => {
		const dates = dated([[1917, 1917], [1939, 1945], [1922, 1922], [1925, 1926], [1500, 1500], [1929, 1929], [1933, 1933], [1936, 1939], [1941, 1941], [1990, 1991], [1919, 1920]]);
		expect(notePeriod(dates)).toEqual({ from: 1917, to: 1942, mid: 1929 });
		expect(notePeriod(dates)).toEqual(reference(dates));
	});

	it("reads years BCE, half years and sums beyond 32 bits as the midpoints do", () => {
		for (const spans of [
			[[-44, -44], [-30, -27], [14, 14], [-63, 14]],
			[[1917.5, 1918], [1919, 1919.25], [1920, 1921]],
			[[2e9, 2e9], [1, 1], [3, 5]],
			[[0, 0], [-0, -0], [-1, 1], [-3, 2]],
		] as const) {
			const dates = dated(spans);
			expect(notePeriod(dates)).toEqual(reference(dates));
		}
	});

	it("leaves out a stray far date the trim keeps, in a note of few dates", () => {
		// a book's year after a lecture on 1862–1914: a century from the rest, which span half of one
		const book = dated([[1862, 1862], [1864, 1864], [1866, 1866], [1870, 1871], [1890, 1890], [1905, 1905], [1914, 1914], [2012, 2012]]);
		expect(notePeriod(book)).toEqual({ from: 1862, to: 1914, mid: 1871 });
		// and at the low end: Caesar's year before a lecture on 1789–1799
		expect(notePeriod(dated([[-44, -44], [1789, 1789], [1792, 1792], [1799, 1799]]))).toEqual({ from: 1789, to: 1799, mid: 1789 });
		// a date as far from the rest as they span from each other is no stray: 1800 after 1700–1750
		expect(notePeriod(dated([[1700, 1700], [1725, 1725], [1750, 1750], [1800, 1800]]))).toEqual({ from: 1700, to: 1800, mid: 1725 });
		// a date thirty years or more from the rest, and more than twice as far as they span, is one: a historian's
		// book of 1961 after a lecture on 1906–1915, 1958 after 1914–1918
		expect(notePeriod(dated([[1906, 1907], [1914, 1914], [1914, 1914], [1915, 1915], [1961, 1961]]))).toEqual({ from: 1906, to: 1915, mid: 1914 });
		expect(notePeriod(dated([[1914, 1914], [1916, 1916], [1918, 1918], [1958, 1958]]))).toEqual({ from: 1914, to: 1918, mid: 1916 });
		// nor is a date under thirty years from the rest: 1939 after 1914–1918; nor one under fifty from a rest it is
		// not twice as far from: 1950 after 1900–1918
		expect(notePeriod(dated([[1914, 1914], [1916, 1916], [1918, 1918], [1939, 1939]]))).toEqual({ from: 1914, to: 1939, mid: 1916 });
		expect(notePeriod(dated([[1900, 1900], [1910, 1910], [1918, 1918], [1950, 1950]]))).toEqual({ from: 1900, to: 1950, mid: 1910 });
		// nor one of three dates (two make no rest to stray from), nor two far dates together
		expect(notePeriod(dated([[1848, 1848], [1917, 1917], [1925, 1925]]))).toEqual({ from: 1848, to: 1925, mid: 1917 });
		expect(notePeriod(dated([[1914, 1914], [1916, 1916], [1918, 1918], [1990, 1990], [1991, 1991]]))).toEqual({ from: 1914, to: 1991, mid: 1918 });
	});

	it("names no one of the stray date's years", () => {
		// a general of 1943 by his surname, in a note on 1914 that dates a historian's book 1961
		const war = years(1906, 1914, 1914, 1915, 1961);
		expect(summary(actorsOf("Clark (*The Sleepwalkers*) spreads the blame for 1914; Bethmann Hollweg backed Vienna.", { dates: war }))).toEqual(["person Theobald von Bethmann Hollweg: Bethmann Hollweg"]);
		// the surnames of persons listed for the 1940s–1960s stay unread in a note on 1862–1914 with a book's year
		const dates = years(1862, 1864, 1866, 1870, 1890, 1905, 1914, 2012);
		expect(summary(actorsOf("Bismarck met Kennedy and Clark at Ems.", { dates }))).toEqual(["person Otto von Bismarck: Bismarck"]);
	});

	it("has no period without dates", () => {
		expect(notePeriod([])).toBeNull();
	});
});
