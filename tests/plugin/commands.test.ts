import { describe, expect, it, vi } from "vitest";
import type { PluginSettingTab } from "../fakes/obsidian";
import { EXAMPLE_VAULT, loadPlugin, readVault } from "./helpers";

const LECTURE = "Lectures/Stalin and the West.md";

describe("commands", () => {
	it("have sentence-case names and no default hotkeys", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const commands = [...(t.plugin as unknown as { commands: Map<string, { name: string; hotkeys?: unknown }> }).commands.values()];
		expect(commands.length).toBeGreaterThanOrEqual(2);
		for (const c of commands) {
			expect(c.hotkeys).toBeUndefined();
			expect(c.name).toMatch(/^[A-Z][^A-Z]*(?:SVG|Markdown[^A-Z]*)?$/);
		}
	});

	it("copies the lecture summary as Markdown", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const writeText = vi.fn(async () => {});
		Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
		(t.plugin as unknown as { runCommand(id: string): unknown }).runCommand("copy-summary");
		await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
		const md = (writeText.mock.calls[0] as unknown as [string])[0];
		expect(md).toMatch(/^## Summary of \[\[Stalin and the West\]\]/);
		expect(md).toContain("- **late 1917**: Late 1917: Civil war in Russia");
		expect(md).toContain("1. **Solution number 1**: Await and encourage further European revolutions");
		expect(md).toContain("[[Stalin, Volume II, Waiting for Hitler, 1928-1941]] (1928–1941): covers 1939–1940");
		expect(t.app.vault.writes).toEqual([]);
	});

	it("acts on the last active note while the pane has the focus (right after \"Open pane\")", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const pane = await t.pane();
		t.app.workspace.setActiveLeaf(pane.leaf as never);
		const writeText = vi.fn(async () => {});
		Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
		const commands = (t.plugin as unknown as { commands: Map<string, { checkCallback?(checking: boolean): boolean }> }).commands;
		for (const id of ["copy-summary", "create-missing-readings", "create-summary-note"]) expect(commands.get(id)?.checkCallback?.(true), id).toBe(true);
		(t.plugin as unknown as { runCommand(id: string): unknown }).runCommand("copy-summary");
		await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
		expect((writeText.mock.calls[0] as unknown as [string])[0]).toMatch(/^## Summary of \[\[Stalin and the West\]\]/);
	});

	it("is not offered when no note is open", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const c = (t.plugin as unknown as { commands: Map<string, { checkCallback(checking: boolean): boolean }> }).commands.get("copy-summary");
		expect(c?.checkCallback(true)).toBe(false);
	});
});

describe("the settings tab", () => {
	it("shows every setting and saves an edit", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const tab = (t.plugin as unknown as { settingTabs: PluginSettingTab[] }).settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const names = Array.from(tab.containerEl.querySelectorAll(".setting-item-name")).map((e) => e.textContent);
		expect(names).toEqual(expect.arrayContaining(["Lecture folder", "Reading headings", "Solution words", "Your actors", "Merges", "Ignored actors", "Reading note template"]));
		const row = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === "Ignored actors");
		const area = row?.querySelector("textarea");
		if (!area) throw new Error("no text area");
		area.value = "Finley\nTom";
		area.dispatchEvent(new Event("blur"));
		await vi.waitFor(() => expect(t.plugin.settings.ignoredActors).toEqual(["Finley", "Tom"]));
	});

	it("declares the same settings for Obsidian's settings search", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const tab = (t.plugin as unknown as { settingTabs: { getSettingDefinitions(): { name: string }[] }[] }).settingTabs[0];
		expect(tab?.getSettingDefinitions().map((d) => d.name)).toContain("Reading headings");
	});
});

describe("create missing reading notes", () => {
	it("creates each missing reading once and never overwrites", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		(t.plugin as unknown as { runCommand(id: string): unknown }).runCommand("create-missing-readings");
		await vi.waitFor(() => expect(t.app.vault.writes).toEqual([{ op: "create", path: "Stalin and the West.md" }]));
		(t.plugin as unknown as { runCommand(id: string): unknown }).runCommand("create-missing-readings");
		await new Promise((r) => setTimeout(r, 50));
		expect(t.app.vault.writes).toHaveLength(1);
	});
});
