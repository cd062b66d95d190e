import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutTimeline, packRows, type ItemLayout, type TimelineDate, type TimelineItemInput } from "../../../src/core/timeline";

describe("greedy row packing", () => {
	it.each([
		["apart: one row", [[0, 10], [20, 30]], [0, 0], 1],
		["overlapping: two rows", [[0, 10], [5, 15]], [0, 1], 2],
		["too close for the gap", [[0, 10], [12, 20]], [0, 1], 2],
		["a later span reuses the first free row", [[0, 10], [5, 15], [20, 30]], [0, 1, 0], 2],
		["input order does not matter, left edges do", [[20, 30], [0, 10], [5, 15]], [0, 0, 1], 2],
	])("%s", (_case, spans, rows, count) => {
		const out = packRows(spans.map(([left, right]) => ({ left: left as number, right: right as number })), 4);
		expect(out).toEqual({ rows, count });
	});

	it("keeps a given order (dates), and still lets a span slip into a gap it clears", () => {
		const spans = [
			{ left: 50, right: 60 },
			{ left: 0, right: 40 },
			{ left: 55, right: 70 },
		];
		expect(packRows(spans, 4, [0, 1, 2])).toEqual({ rows: [0, 0, 1], count: 2 });
	});

	/** Every row's spans pairwise apart by the gap. */
	const rowsAreClear = (spans: readonly { left: number; right: number }[], rows: readonly number[], gap: number): boolean =>
		spans.every((a, i) => spans.every((b, j) => i >= j || rows[i] !== rows[j] || a.right + gap <= b.left || b.right + gap <= a.left));

	it("places each span as the row-by-row search does, in any order, while the lane has fewer than 64 rows", () => {
		// The search as it was written first: every row asked in turn (rows of 48 spans or fewer for a gap inside).
		const naive = (spans: readonly { left: number; right: number }[], gap: number, order: readonly number[]): number[] => {
			const inRows: { left: number; right: number }[][] = [];
			const ends: number[] = [];
			const rows = new Array<number>(spans.length).fill(0);
			for (const i of order) {
				const s = spans[i] as { left: number; right: number };
				let row = ends.findIndex((end, r) => end + gap <= s.left || ((inRows[r] as { left: number; right: number }[]).length <= 48 && (inRows[r] as { left: number; right: number }[]).every((t) => t.right + gap <= s.left || s.right + gap <= t.left)));
				if (row === -1) {
					row = ends.length;
					ends.push(s.right);
					inRows.push([s]);
				} else {
					ends[row] = Math.max(ends[row] as number, s.right);
					(inRows[row] as { left: number; right: number }[]).push(s);
				}
				rows[i] = row;
			}
			return rows;
		};
		const span = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 120 })).map(([left, width]) => ({ left, right: left + width }));
		fc.assert(
			fc.property(fc.array(span, { maxLength: 60 }), fc.integer({ min: 0, max: 8 }), fc.boolean(), (spans, gap, byDate) => {
				const order = byDate ? spans.map((_, k) => k) : undefined;
				const out = packRows(spans, gap, order);
				const expected = naive(spans, gap, order ?? spans.map((_, k) => k).sort((a, b) => (spans[a] as { left: number }).left - (spans[b] as { left: number }).left || a - b));
				expect(out.rows).toEqual(expected);
				expect(out.count).toBe(new Set(expected).size);
			}),
			{ numRuns: 300 },
		);
	});

	it("packs thousands of overlapping spans, one row each, and reuses a deep row once it has ended", () => {
		// A year named 3,000 times in one lane: every label overlaps every other.
		const spans = Array.from({ length: 3000 }, (_, k) => ({ left: 100 + (k % 7), right: 180 + (k % 7) }));
		// then a span far to the right, which fits the first row again, and one that only a deep row's end admits
		spans.push({ left: 1000, right: 1100 });
		const out = packRows(spans, 6, spans.map((_, k) => k));
		expect(out.count).toBe(3000);
		expect(new Set(out.rows.slice(0, 3000)).size).toBe(3000);
		expect(out.rows[3000]).toBe(0);
		expect(rowsAreClear(spans.slice(0, 200), out.rows.slice(0, 200), 6)).toBe(true);
	});

	it("past the first 64 rows, asks a row only for its end, not for a gap inside it", () => {
		// Rows 0–63 hold one long span each, row 64 holds [100, 200] and row 65 [0, 40]. A span at 50–60 would fit left
		// of row 64's span (the row-by-row search puts it there), but past row 63 only ends are asked: row 65.
		const all = [...Array.from({ length: 64 }, () => ({ left: 0, right: 200 })), { left: 100, right: 200 }, { left: 0, right: 40 }, { left: 50, right: 60 }];
		const out = packRows(all, 4, all.map((_, k) => k));
		expect(out.rows.slice(64)).toEqual([64, 65, 65]);
		expect(out.count).toBe(66);
		expect(rowsAreClear(all, out.rows, 4)).toBe(true);
	});
});

const item = (key: string, lane: string, date: TimelineDate, snippet = "something happened"): TimelineItemInput<string> => ({
	key,
	lane,
	date,
	dateLabel: String(date.start),
	snippet,
	data: key,
});
const year = (y: number, qualifier: TimelineDate["qualifier"] = null): TimelineDate => ({ start: y, end: y, precision: "year", qualifier });
const lanes = [
	{ id: "a", label: "Lecture A" },
	{ id: "b", label: "Lecture B" },
];

function overlaps(items: ItemLayout<unknown>[]): string[] {
	const bad: string[] = [];
	const box = (i: ItemLayout<unknown>) => ({ left: Math.min(i.openStartX ?? i.x1, i.x1, i.labelX), right: Math.max(i.openEndX ?? i.x2, i.x2, i.labelX + i.labelWidth) });
	for (const a of items)
		for (const b of items) {
			if (a === b || a.lane !== b.lane || a.row !== b.row || a.key > b.key) continue;
			const p = box(a);
			const q = box(b);
			if (p.left < q.right && q.left < p.right) bad.push(`${a.key}/${b.key}`);
		}
	return bad;
}

describe("the timeline layout", () => {
	it("draws a one-year date on a century axis as a point and a long range as a bar", () => {
		const l = layoutTimeline(lanes, [item("p", "a", year(1917)), item("r", "a", { start: 1301, end: 1400, precision: "century", qualifier: null })], { width: 900 });
		expect(l.axis.unit).toBe("century");
		const byKey = new Map(l.items.map((i) => [i.key, i]));
		expect(byKey.get("p")).toMatchObject({ kind: "point" });
		expect(byKey.get("p")?.x1).toBe(byKey.get("p")?.x2);
		const r = byKey.get("r") as ItemLayout<string>;
		expect(r.kind).toBe("bar");
		expect(r.fadeStart).toBeCloseTo(0.15 * (r.x2 - r.x1));
	});

	it("gives 'by' an open start and 'after' an open end, inside the plot", () => {
		const l = layoutTimeline(lanes, [item("by", "a", year(1922, "by")), item("after", "b", year(1945, "after")), item("x", "a", year(1900))]);
		const by = l.items.find((i) => i.key === "by") as ItemLayout<string>;
		const after = l.items.find((i) => i.key === "after") as ItemLayout<string>;
		expect(by.openStartX).toBeLessThan(by.x1);
		expect(by.openEndX).toBeNull();
		expect(after.openEndX).toBeGreaterThan(after.x2);
		expect(after.openStartX).toBeNull();
		expect(by.openStartX).toBeGreaterThanOrEqual(l.plot.x0 - 28);
	});

	it("stacks close events in rows so labels never overlap, and sizes the lane to its rows", () => {
		const l = layoutTimeline(lanes, [item("1", "a", year(1917)), item("2", "a", year(1918)), item("3", "a", year(1919)), item("4", "b", year(1960))], { width: 700 });
		expect(overlaps(l.items)).toEqual([]);
		const [a, b] = l.lanes;
		expect(a?.rows).toBe(3);
		expect(b?.rows).toBe(1);
		expect(b?.y).toBe((a?.y ?? 0) + (a?.height ?? 0));
		expect(l.height).toBeGreaterThan((b?.y ?? 0) + (b?.height ?? 0) - 1);
	});

	it("leaves out lanes without events and keeps the given lane order", () => {
		const l = layoutTimeline([{ id: "z", label: "Empty" }, ...lanes].reverse(), [item("1", "a", year(1917)), item("2", "b", year(1918))]);
		expect(l.lanes.map((x) => x.id)).toEqual(["b", "a"]);
	});

	it("puts a label left of a mark near the right edge, and shortens it when neither side has room", () => {
		const long = "a very long snippet of the line that will not fit anywhere on a narrow plot at all";
		const l = layoutTimeline(lanes, [item("early", "a", year(1800)), item("late", "a", year(1900), "treaty signed")], { width: 600 });
		const late = l.items.find((i) => i.key === "late") as ItemLayout<string>;
		expect(late.labelX + late.labelWidth).toBeLessThanOrEqual(late.x1);
		const n = layoutTimeline(lanes, [item("a", "a", year(1850), long)], { width: 420 });
		const only = n.items[0] as ItemLayout<string>;
		expect(only.snippet.endsWith("…")).toBe(true);
		expect(only.labelX + only.labelWidth).toBeLessThanOrEqual(n.width);
	});

	it("never overlaps marks or labels in a row, whatever the dates (property)", () => {
		const dateArb = fc.record({
			start: fc.integer({ min: -500, max: 2020 }),
			len: fc.integer({ min: 0, max: 120 }),
			precision: fc.constantFrom("year", "decade", "century", "month", "day", "season"),
			qualifier: fc.constantFrom(null, "early", "mid", "late", "by", "after", "circa"),
			month: fc.integer({ min: 1, max: 12 }),
			lane: fc.constantFrom("a", "b"),
			words: fc.integer({ min: 0, max: 12 }),
		});
		fc.assert(
			fc.property(fc.array(dateArb, { maxLength: 40 }), fc.integer({ min: 300, max: 1600 }), (dates, width) => {
				const items = dates.map((x, i) =>
					item(
						String(i).padStart(3, "0"),
						x.lane,
						{ start: x.start, end: x.start + x.len, precision: x.precision, qualifier: x.qualifier, month: x.month },
						"word ".repeat(x.words).trim(),
					),
				);
				const l = layoutTimeline(lanes, items, { width });
				expect(overlaps(l.items)).toEqual([]);
				for (const i of l.items) {
					expect(Number.isFinite(i.x1) && Number.isFinite(i.x2) && Number.isFinite(i.y)).toBe(true);
					expect(i.x1).toBeGreaterThanOrEqual(l.plot.x0 - 0.001);
					expect(i.x2).toBeLessThanOrEqual(l.plot.x1 + 0.001);
				}
			}),
			{ numRuns: 150 },
		);
	});
});
