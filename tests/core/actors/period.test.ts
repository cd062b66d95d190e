import { describe, expect, it } from "vitest";
import { notePeriod } from "../../../src/core/actors";
import type { DateMention } from "../../../src/core/types";

const dated = (spans: readonly (readonly [number, number])[]): DateMention[] =>
	spans.map(([start, end]) => ({ start, end, text: "", context: "", offset: 0, length: 0, line: 1, col: 0, precision: "year", qualifier: "exact" }) as unknown as DateMention);

/** The period as the midpoints read it, sorted as doubles: what `notePeriod` must give on any dates. */
function reference(dates: readonly DateMention[]): { from: number; to: number; mid: number } {
	const mids = Float64Array.from(dates, (d) => (d.start + d.end) / 2).sort();
	const at = (k: number): number => mids[k] ?? 0;
	const trim = Math.floor(0.1 * (mids.length - 1));
	return { from: Math.floor(at(trim)), to: Math.ceil(at(mids.length - 1 - trim)), mid: Math.round(at(Math.floor(0.5 * (mids.length - 1)))) };
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

	it("has no period without dates", () => {
		expect(notePeriod([])).toBeNull();
	});
});
