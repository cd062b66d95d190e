import { describe, expect, it, vi } from "vitest";
import { buildIndex, CourseIndex, type IndexWorkItem } from "../../../src/core/index";
import { defaultSettings } from "../../../src/core/settings";

/** A clock that advances only when the work says so: each read costs `cost` milliseconds. */
function fakeClock(): { now: () => number; advance: (ms: number) => void } {
	let t = 0;
	return { now: () => t, advance: (ms) => void (t += ms) };
}

function items(n: number, clock: ReturnType<typeof fakeClock>, cost = 10, mtime = 1): IndexWorkItem[] {
	return Array.from({ length: n }, (_, i) => ({
		path: `Week ${i}.md`,
		mtime,
		frontmatter: null,
		read: () => {
			clock.advance(cost);
			return `#lecture\n${1900 + i}: event ${i}\n`;
		},
	}));
}

const newIndex = (): CourseIndex => new CourseIndex(() => ({ settings: defaultSettings(), vaultActors: [], resolveLink: () => null }));

describe("the chunked build", () => {
	it("yields whenever a slice reaches its budget, so no slice runs much longer", async () => {
		const clock = fakeClock();
		const index = newIndex();
		let yields = 0;
		const stats = await buildIndex(index, items(20, clock, 10), { now: clock.now, yieldFn: async () => void yields++, sliceMs: 30 });
		expect(stats).toMatchObject({ total: 20, indexed: 20, unchanged: 0, failed: 0, cancelled: false });
		// 10 ms a note and 30 ms a slice: a yield after every third note.
		expect(yields).toBe(6);
		expect(stats.slices).toBe(7);
		expect(stats.longestSliceMs).toBeLessThanOrEqual(30);
		expect(index.events()).toHaveLength(20);
	});

	it("builds the gazetteer in steps between which it yields too, so its first use makes no long slice", async () => {
		vi.resetModules();
		const fresh = await import("../../../src/core/index");
		const gazetteer = await import("../../../src/core/actors/gazetteer");
		let t = 0;
		// every look at the clock finds 4 ms more work done
		const now = (): number => (t += 4);
		let yields = 0;
		const index = new fresh.CourseIndex(() => ({ settings: defaultSettings(), vaultActors: [], resolveLink: () => null }));
		const stats = await fresh.buildIndex(index, [], { now, yieldFn: async () => void yields++, sliceMs: 30 });
		expect(yields).toBeGreaterThanOrEqual(2);
		expect(stats.slices).toBe(yields + 1);
		expect(gazetteer.prepareBuiltinLexicon()).toBe(true);
		expect(gazetteer.builtinLexicon().entities.size).toBeGreaterThan(1000);
	});

	it("skips notes already indexed at the same modification time, without reading them", async () => {
		const clock = fakeClock();
		const index = newIndex();
		await buildIndex(index, items(5, clock), { now: clock.now, yieldFn: async () => {} });
		let reads = 0;
		const again = items(5, clock).map((it) => ({ ...it, read: () => (reads++, it.read()) }));
		const stats = await buildIndex(index, again, { now: clock.now, yieldFn: async () => {} });
		expect(stats).toMatchObject({ indexed: 0, unchanged: 5 });
		expect(reads).toBe(0);
	});

	it("leaves out notes that cannot be read and keeps going", async () => {
		const clock = fakeClock();
		const list = items(3, clock);
		list[1] = { ...(list[1] as IndexWorkItem), read: async () => Promise.reject(new Error("EACCES")) };
		const stats = await buildIndex(newIndex(), list, { now: clock.now, yieldFn: async () => {} });
		expect(stats).toMatchObject({ indexed: 2, failed: 1 });
	});

	it("stops when cancelled, and then prunes nothing", async () => {
		const clock = fakeClock();
		const index = newIndex();
		index.upsert("Old.md", 1, "#lecture\n1800: old\n", null);
		let polls = 0;
		const stats = await buildIndex(index, items(10, clock), { now: clock.now, yieldFn: async () => {}, cancelled: () => ++polls > 4, prune: true });
		expect(stats).toMatchObject({ indexed: 4, cancelled: true });
		expect(index.get("Old.md")).toBeDefined();
	});

	it("prunes notes that left the vault on a full build", async () => {
		const clock = fakeClock();
		const index = newIndex();
		index.upsert("Gone.md", 1, "#lecture\n1800: old\n", null);
		await buildIndex(index, items(2, clock), { now: clock.now, yieldFn: async () => {}, prune: true });
		expect(index.paths().sort()).toEqual(["Week 0.md", "Week 1.md"]);
	});

	it("reports progress at every yield and at the end", async () => {
		const clock = fakeClock();
		const seen: number[] = [];
		await buildIndex(newIndex(), items(7, clock, 20), { now: clock.now, yieldFn: async () => {}, sliceMs: 40, onProgress: (done) => seen.push(done) });
		expect(seen).toEqual([2, 4, 6, 7]);
	});
});
