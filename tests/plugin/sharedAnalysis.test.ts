/**
 * The pane and the course index analyse through the plugin's one vault context: a lecture edited once is analysed
 * once for both, and both read the vault's actor notes alike (a note's declared kind included).
 */
import { describe, expect, it, vi } from "vitest";
import { loadPlugin, readVault, EXAMPLE_VAULT } from "./helpers";

// Counts the core's analyses by path, the module otherwise as it is.
const analysed = vi.hoisted(() => new Map<string, number>());
vi.mock("../../src/core/analyse", async (importOriginal) => {
	const core = await importOriginal<typeof import("../../src/core/analyse")>();
	return {
		...core,
		analyseNote: (...args: Parameters<typeof core.analyseNote>) => {
			analysed.set(args[0], (analysed.get(args[0]) ?? 0) + 1);
			return core.analyseNote(...args);
		},
	};
});

const LECTURE = "Lectures/Stalin and the West.md";

describe("one analysis for the pane and the course index", () => {
	it("analyses an edited lecture once, whichever of the two asks first", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const view = await t.pane();
		await t.plugin.courseIndex.whenBuilt();
		const text = t.app.vault.peek(LECTURE) ?? "";

		// the index first (it applies the first change at once), then the pane
		analysed.clear();
		await t.app.vault.edit(LECTURE, `${text}\nIn 1941 Germany invades the Soviet Union.\n`, t.app);
		await t.plugin.courseIndex.whenBuilt();
		await view.refresh();
		expect(analysed.get(LECTURE)).toBe(1);
		expect(t.plugin.courseIndex.index.get(LECTURE)?.dates.map((d) => d.text)).toContain("1941");

		// the pane first, then the index
		analysed.clear();
		await t.app.vault.edit(LECTURE, `${text}\nBy 1945 the Red Army holds Berlin.\n`, t.app);
		await view.refresh();
		await t.plugin.courseIndex.whenBuilt();
		expect(analysed.get(LECTURE)).toBe(1);
		expect(t.plugin.courseIndex.index.get(LECTURE)?.dates.map((d) => d.text)).toContain("By 1945");
	});

	it("says whether a text's analysis is kept: the text the pane analysed, not an edit of it nor one under other settings", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		await t.pane();
		const text = t.app.vault.peek(LECTURE) ?? "";
		expect(t.plugin.context.isKept(LECTURE, text)).toBe(true);
		expect(t.plugin.context.isKept(LECTURE, `${text}\nIn 1941 Germany invades.\n`)).toBe(false);
		expect(t.plugin.context.isKept("Lectures/Elsewhere.md", text)).toBe(false);
		// settings replaced (as the settings tab replaces them), not yet analysed under
		t.plugin.settings = { ...t.plugin.settings, minYear: 1200 };
		expect(t.plugin.context.isKept(LECTURE, text)).toBe(false);
	});

	it("keeps none of the build's analyses: a vault of lectures does not fill the cache", async () => {
		analysed.clear();
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.plugin.courseIndex.whenBuilt();
		expect(analysed.get(LECTURE)).toBe(1);
		await t.open(LECTURE);
		await t.pane();
		expect(analysed.get(LECTURE)).toBe(2);
	});

	it("gives an actor the kind its note declares in the course index as in the pane", async () => {
		const vault = readVault(EXAMPLE_VAULT);
		vault["Notes/Comintern.md"] = "---\nactor: group\n---\nThe Communist International.\n";
		const t = await loadPlugin(vault);
		await t.open(LECTURE);
		const view = await t.pane();
		await t.plugin.courseIndex.whenBuilt();
		const inPane = view["model"]?.analysis.actors.find((a) => a.name === "Comintern");
		const inIndex = t.plugin.courseIndex.index.get(LECTURE)?.actors.find((a) => a.name === "Comintern");
		expect(inPane?.kind).toBe("group");
		expect(inIndex).toMatchObject({ id: inPane?.id, kind: "group", note: "Notes/Comintern.md" });
	});
});
