import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAxis } from "../../../src/core/timeline";

// An 800-pixel plot with ticks at least 72 pixels apart: at most about eleven ticks.
const axis = (from: number, to: number) => buildAxis(from, to, 0, 800, 72);

describe("the time axis adapts to the span", () => {
	it.each([
		["three centuries of a course", 1648, 1991, "decade", 50],
		["a millennium", 800, 1900, "century", 100],
		["classical antiquity", -500, 500, "century", 100],
		["the interwar years", 1917, 1941, "year", 5],
		["a decade", 1930, 1940, "year", 1],
		["a long century", 1789, 1914, "decade", 20],
		["one crisis year", 1962 + 8 / 12, 1962 + 11 / 12, "month", 1 / 12],
		["a year of war", 1941, 1942.5, "month", 2 / 12],
	])("%s (%d to %d): %s ticks", (_case, from, to, unit, step) => {
		const a = axis(from, to);
		expect(a.unit).toBe(unit);
		expect(a.step).toBeCloseTo(step);
		expect(a.from).toBeLessThanOrEqual(from);
		expect(a.to).toBeGreaterThanOrEqual((to) - 1e-9);
		const gaps = a.ticks.slice(1).map((t, i) => t.x - (a.ticks[i]?.x ?? 0));
		for (const g of gaps) expect(g).toBeGreaterThanOrEqual(72 * 0.75);
	});

	it.each([
		["years", 1917, 1941, ["1915", "1920", "1925", "1930", "1935", "1940", "1945"]],
		["every twenty years", 1789, 1914, ["1780", "1800", "1820", "1840", "1860", "1880", "1900", "1920"]],
		["decades", 1900, 1990, ["1900s", "1910s", "1920s", "1930s", "1940s", "1950s", "1960s", "1970s", "1980s", "1990s"]],
		["centuries across the era", -300, 300, ["300 BC", "200 BC", "100 BC", "AD 1", "AD 100", "AD 200", "AD 300"]],
		["months", 1962 + 8 / 12, 1962 + 11.5 / 12, ["Sep", "Oct", "Nov", "Dec", "1963"]],
		["months across a new year", 1940 + 10 / 12, 1941 + 2 / 12, ["Nov", "Dec", "1941", "Feb", "Mar"]],
	])("labels %s", (_case, from, to, labels) => {
		expect(axis(from, to).ticks.map((t) => t.label)).toEqual(labels);
	});

	it("marks the ticks that start a larger unit", () => {
		const a = axis(1940 + 10 / 12, 1941 + 2 / 12);
		expect(a.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["1941"]);
		expect(axis(1789, 1914).ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["1800", "1900"]);
	});

	it("never fails on an empty or reversed span", () => {
		expect(axis(1917, 1917).ticks.length).toBeGreaterThan(1);
		expect(axis(1920, 1910).ticks.length).toBeGreaterThan(1);
	});

	it("keeps every tick on the plot and readable apart, whatever the span and width (property)", () => {
		fc.assert(
			fc.property(fc.double({ min: -3000, max: 2100, noNaN: true }), fc.double({ min: 0.01, max: 4000, noNaN: true }), fc.integer({ min: 200, max: 3000 }), (from, span, width) => {
				const a = buildAxis(from, from + span, 100, 100 + width, 72);
				expect(a.ticks.length).toBeGreaterThanOrEqual(2);
				for (const t of a.ticks) {
					expect(t.x).toBeGreaterThanOrEqual(100 - 1e-6);
					expect(t.x).toBeLessThanOrEqual(100 + width + 1e-6);
				}
				const gaps = a.ticks.slice(1).map((t, i) => t.x - (a.ticks[i] as { x: number }).x);
				if (a.step < 5000) for (const g of gaps) expect(g).toBeGreaterThanOrEqual(72 * 0.8 - 1e-6);
			}),
			{ numRuns: 400 },
		);
	});
});
