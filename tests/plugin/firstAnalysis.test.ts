/**
 * The first analysis of a session. The gazetteer is built on first use, and built in one go with its code still cold
 * it blocks for about half a second; the vault context builds it in slices and gives the app its turn between them.
 * This file runs in a module of its own, so the gazetteer is not built when it starts.
 */
import { describe, expect, it } from "vitest";
import { App } from "../fakes/obsidian";
import { analyseNote } from "../../src/core/analyse";
import { defaultSettings } from "../../src/core/settings";
import { VaultContext } from "../../src/obsidian/vaultContext";
import { EXAMPLE_VAULT, readVault } from "./helpers";

const LECTURE = "Lectures/Stalin and the West.md";

describe("the first analysis of a session", () => {
	it("builds the gazetteer in slices, the app's turns between them, then analyses as a build in one go would", async () => {
		const app = new App(readVault(EXAMPLE_VAULT));
		const settings = defaultSettings();
		// every reading of the clock is 10 ms later, so a slice of 30 ms is a few steps of the build
		let time = 0;
		let turns = 0;
		const context = new VaultContext(app as never, () => settings, { now: () => (time += 10), yieldFn: async () => void turns++ });
		const file = app.vault.getFileByPath(LECTURE);
		if (!file) throw new Error(`no note ${LECTURE}`);

		const model = await context.analyse(file as never);
		// the gazetteer is over a hundred steps of 120 data lines
		expect(turns).toBeGreaterThan(20);
		const text = app.vault.peek(LECTURE) ?? "";
		const inOneGo = analyseNote(LECTURE, text, context.analysisContext());
		expect(model.analysis.actors.map((a) => `${a.kind}:${a.name}`)).toEqual(inOneGo.actors.map((a) => `${a.kind}:${a.name}`));
		expect(model.analysis.actors.map((a) => a.name)).toContain("Joseph Stalin");

		// built once, and the readings kept: the next analysis takes no turn
		const before = turns;
		await context.analyse(file as never);
		expect(turns).toBe(before);

		// the gazetteer built, a context that has analysed nothing analyses each reading in a turn of its own
		let fresh = 0;
		const other = new VaultContext(app as never, () => settings, { now: () => 0, yieldFn: async () => void fresh++ });
		const again = await other.analyse(file as never);
		const resolved = again.readings.filter((r) => r.state === "resolved");
		expect(resolved.length).toBeGreaterThanOrEqual(2);
		expect(fresh).toBe(resolved.length);
	});
});
