import { describe, expect, it } from "vitest";
import { Backlinks, type LinkTable } from "../../../src/core/index/backlinks";

const TABLE = {
	"Lectures/Week 1.md": { "Readings/Kotkin.md": 2, "People/Stalin.md": 1 },
	"Lectures/Week 2.md": { "Readings/Kotkin.md": 1, "Lectures/Week 2.md": 1 },
	"Readings/Kotkin.md": { "People/Stalin.md": 1 },
	"Notes/Empty.md": {},
};

/** A table the test changes as Obsidian does, and the number of walks of it (its keys listed). */
function vault(start: Record<string, Record<string, number>>): { table: Record<string, Record<string, number>>; walks: () => number; links: Backlinks } {
	const table = structuredClone(start);
	let walks = 0;
	const watched = new Proxy(table, {
		ownKeys(target) {
			walks++;
			return Reflect.ownKeys(target);
		},
	});
	return { table, walks: () => walks, links: new Backlinks((): LinkTable => watched) };
}

describe("the notes linking to a note", () => {
	it.each([
		["a note linked from two lectures", "Readings/Kotkin.md", ["Lectures/Week 1.md", "Lectures/Week 2.md"]],
		["a note linked from a lecture and a reading", "People/Stalin.md", ["Lectures/Week 1.md", "Readings/Kotkin.md"]],
		["a note that links only to itself", "Lectures/Week 2.md", []],
		["a note nothing links to", "Notes/Empty.md", []],
		["a path the vault does not hold", "Nowhere.md", []],
	])("%s", (_, dest, sources) => {
		expect(vault(TABLE).links.sources(dest)).toEqual(sources);
	});

	it("walks the table once per note, then follows each note's links as they resolve anew", () => {
		const v = vault(TABLE);
		expect(v.links.sources("Readings/Kotkin.md")).toEqual(["Lectures/Week 1.md", "Lectures/Week 2.md"]);
		expect(v.walks()).toBe(1);
		// a note gains a link, a lecture takes the reading out (a count of 0 is no link), a note loses its entry
		v.table["Notes/Empty.md"] = { "Readings/Kotkin.md": 1 };
		v.links.resolved("Notes/Empty.md");
		v.table["Lectures/Week 1.md"] = { "People/Stalin.md": 1, "Readings/Kotkin.md": 0 };
		v.links.resolved("Lectures/Week 1.md");
		expect(v.links.sources("Readings/Kotkin.md")).toEqual(["Lectures/Week 2.md", "Notes/Empty.md"]);
		delete v.table["Lectures/Week 2.md"];
		v.links.resolved("Lectures/Week 2.md");
		expect(v.links.sources("Readings/Kotkin.md")).toEqual(["Notes/Empty.md"]);
		expect(v.walks()).toBe(1);
		// a note created, renamed or deleted: the next question walks again
		v.links.clear();
		expect(v.links.sources("Readings/Kotkin.md")).toEqual(["Notes/Empty.md"]);
		expect(v.walks()).toBe(2);
	});

	it("answers as a walk of the whole table does, after random changes", () => {
		let seed = 7;
		// a small linear congruential generator, in 32-bit integers
		const rnd = (n: number): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 8) % n;
		const asked = new Set<string>();
		const paths = Array.from({ length: 12 }, (_, i) => `n${i}.md`);
		const v = vault({});
		for (let step = 0; step < 400; step++) {
			const source = paths[rnd(paths.length)] as string;
			const dests: Record<string, number> = {};
			for (let k = rnd(4); k > 0; k--) dests[paths[rnd(paths.length)] as string] = rnd(3);
			v.table[source] = dests;
			v.links.resolved(source);
			const dest = paths[rnd(paths.length)] as string;
			asked.add(dest);
			const walked = Object.entries(v.table)
				.filter(([s, d]) => s !== dest && (d[dest] ?? 0) > 0)
				.map(([s]) => s)
				.sort();
			expect(v.links.sources(dest)).toEqual(walked);
		}
		expect(v.walks()).toBe(asked.size);
	});
});
