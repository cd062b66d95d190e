/**
 * What the analysis builds on first use, built ahead in slices (src/core/prepare.ts). Each test imports the modules
 * afresh, so nothing is built when it starts.
 */
import { describe, expect, it, vi } from "vitest";

async function fresh() {
	vi.resetModules();
	const prepare = await import("../../src/core/prepare");
	const gazetteer = await import("../../src/core/actors/gazetteer");
	const { Slices } = await import("../../src/core/slices");
	return { prepare, gazetteer, Slices };
}

describe("prepareAnalysisInSlices", () => {
	it("gives the host its turns, and a preparation cancelled midway is finished by the next", async () => {
		const { prepare, gazetteer, Slices } = await fresh();
		let t = 0;
		let turns = 0;
		// every look at the clock finds 4 ms more work done
		const clock = { now: () => (t += 4), yieldFn: async () => void turns++ };
		await prepare.prepareAnalysisInSlices(new Slices(clock, 30), () => turns >= 3);
		expect(turns).toBe(3);
		expect(prepare.prepareStep()).toBe(false);

		const slices = new Slices(clock, 30);
		await prepare.prepareAnalysisInSlices(slices);
		expect(turns).toBeGreaterThan(10);
		expect(slices.count).toBe(turns - 3 + 1);
		expect(prepare.prepareStep()).toBe(true);
		expect(gazetteer.prepareBuiltinLexicon()).toBe(true);

		// prepared: no more turns
		const before = turns;
		await prepare.prepareAnalysisInSlices(new Slices(clock, 30));
		expect(turns).toBe(before);
	});

	it("leaves the analysis as it is without it", async () => {
		const note = "# Week 3\n\nIn 1920 the Poles under Piłsudski fought the Red Army; Lenin expected a rising.\n\nSolution 1: peace at Riga.\n";
		const analyse = async (prepared: boolean) => {
			const { prepare, Slices } = await fresh();
			if (prepared) await prepare.prepareAnalysisInSlices(new Slices({ now: () => 0, yieldFn: async () => {} }));
			const { analyseNote } = await import("../../src/core/analyse");
			const { defaultSettings } = await import("../../src/core/settings");
			return analyseNote("w.md", note, { settings: defaultSettings(), vaultActors: [], resolveLink: () => null });
		};
		const unprepared = await analyse(false);
		const prepared = await analyse(true);
		expect(prepared.actors.map((a) => a.name)).toEqual(unprepared.actors.map((a) => a.name));
		expect(prepared.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Poland", "Józef Piłsudski", "Red Army", "Vladimir Lenin"]));
		expect(prepared.dates.map((d) => d.text)).toEqual(unprepared.dates.map((d) => d.text));
		expect(prepared.solutions.map((s) => s.text)).toEqual(unprepared.solutions.map((s) => s.text));
	});
});
