/** The actor row's menu: each edit lands in the settings (never in a note) and the pane shows it at once. */
import { describe, expect, it, vi } from "vitest";
import { MarkdownView, Menu, Modal, Notice, type SuggestModal } from "../fakes/obsidian";
import { EXAMPLE_VAULT, loadPlugin, readVault, texts } from "./helpers";

const LECTURE = "Lectures/Stalin and the West.md";

async function openMenu(name: string) {
	const files = readVault(EXAMPLE_VAULT);
	const t = await loadPlugin(files);
	await t.open(LECTURE);
	const view = await t.pane();
	const row = Array.from(view.containerEl.querySelectorAll<HTMLElement>(".lecture-atlas-actor")).find((r) => r.querySelector(".lecture-atlas-actor-name")?.textContent === name);
	if (!row) throw new Error(`no actor row ${name}`);
	row.querySelector<HTMLButtonElement>('button[aria-label="Actor actions"]')?.click();
	const menu = Menu.last;
	if (!menu) throw new Error("no menu opened");
	return { t, view, menu, files };
}

/** Types into the open prompt and presses its Save button. */
function answerPrompt(value: string): void {
	const modal = Modal.open.at(-1);
	if (!modal) throw new Error("no prompt opened");
	const input = modal.contentEl.querySelector("input");
	if (!input) throw new Error("the prompt has no text field");
	input.value = value;
	input.dispatchEvent(new Event("input"));
	modal.contentEl.querySelector("button")?.click();
}

const actorNames = (root: HTMLElement): string[] => texts(root, ".lecture-atlas-actor-name");

describe("the actor menu", () => {
	it("offers merge, rename and ignore", async () => {
		const { menu } = await openMenu("Comintern");
		expect(menu.items.map((i) => i.title)).toEqual(["Merge into another actor…", "Rename…", "Ignore"]);
	});

	it("ignores an actor through the settings, leaving the note unchanged", async () => {
		const { t, view, menu, files } = await openMenu("American financiers");
		await menu.click("Ignore");
		await view.refresh();
		expect(actorNames(view.containerEl)).not.toContain("American financiers");
		expect(t.plugin.settings.ignoredActors).toContain("American financiers");
		expect((t.plugin as unknown as { storedData: { ignoredActors: string[] } }).storedData.ignoredActors).toContain("American financiers");
		expect(t.app.vault.peek(LECTURE)).toBe(files[LECTURE]);
		expect(t.app.vault.writes).toEqual([]);
	});

	it("renames an actor", async () => {
		const { view, menu } = await openMenu("Comintern");
		await menu.click("Rename…");
		answerPrompt("Communist International");
		await view.refresh();
		expect(actorNames(view.containerEl)).toContain("Communist International");
		expect(actorNames(view.containerEl)).not.toContain("Comintern");
	});

	it("merges one actor into another", async () => {
		const { view, menu } = await openMenu("Bolsheviks");
		await menu.click("Merge into another actor…");
		const picker = Modal.open.at(-1) as SuggestModal<string> | undefined;
		expect(await picker?.getSuggestions("sov")).toEqual(["Soviet Union", "sov"]); // a typed name is always on offer
		expect(await picker?.getSuggestions("Red Army")).toEqual(["Red Army"]);
		await picker?.choose("Soviet Union");
		await view.refresh();
		expect(actorNames(view.containerEl)).not.toContain("Bolsheviks");
		const soviet = Array.from(view.containerEl.querySelectorAll(".lecture-atlas-actor")).find((r) => r.querySelector(".lecture-atlas-actor-name")?.textContent === "Soviet Union");
		expect(soviet?.querySelector(".lecture-atlas-forms")?.textContent).toContain("Bolsheviks");
	});
});

describe("Add selection as an actor", () => {
	const MUTINY = "Lectures/Cawnpore.md";
	const NOTE = "# Cawnpore\n\nIn June 1857 Wheeler surrendered at Cawnpore.\nWheeler's garrison was lost.\n\n## Readings\n\n[[Stalin, Volume I, paradoxes of Power, 1878, 1928]]\n";
	const run = (t: Awaited<ReturnType<typeof loadPlugin>>): unknown => (t.plugin as unknown as { runCommand(id: string): unknown }).runCommand("add-selection-as-actor");

	async function withSelection(from: number, to: number) {
		const files = { ...readVault(EXAMPLE_VAULT), [MUTINY]: NOTE };
		const t = await loadPlugin(files);
		const note = await t.open(MUTINY);
		const view = await t.pane();
		// back in the editor, where the user selects
		t.app.workspace.setActiveLeaf(note.leaf, { focus: true });
		const editor = note.editor;
		editor.setSelection({ line: 2, ch: from }, { line: 2, ch: to });
		return { t, view, editor, files };
	}

	it("asks the kind of the selected name, then shows it in the pane and keeps it in the settings, the note untouched", async () => {
		const { t, view, files } = await withSelection(13, 20);
		expect(actorNames(view.containerEl)).not.toContain("Wheeler");
		expect(run(t)).toBe(true);
		const picker = Modal.open.at(-1) as SuggestModal<readonly [string, string]> | undefined;
		expect((await picker?.getSuggestions(""))?.map(([, label]) => label)).toEqual(["Person", "State", "People", "Organisation", "Group"]);
		await picker?.choose("pers");
		await vi.waitFor(() => expect(Notice.shown.at(-1)).toBe('Added "Wheeler" as a person.'));
		await view.refresh();
		expect(actorNames(view.containerEl)).toContain("Wheeler");
		expect(texts(view.containerEl, ".lecture-atlas-group-label")).toContain("Persons (1)");
		expect((t.plugin as unknown as { storedData: { actors: unknown[] } }).storedData.actors).toEqual([{ name: "Wheeler", kind: "person", aliases: [] }]);
		expect(t.app.vault.peek(MUTINY)).toBe(files[MUTINY]);
	});

	it("is in the editor's context menu on a selected name, not on a passage", async () => {
		const { t, editor } = await withSelection(13, 20);
		const note = t.app.workspace.getActiveViewOfType(MarkdownView);
		const menu = new Menu();
		t.app.workspace.trigger("editor-menu", menu, editor, note);
		expect(menu.items.map((i) => i.title)).toEqual(['Add "Wheeler" as an actor']);
		menu.click('Add "Wheeler" as an actor');
		await (Modal.open.at(-1) as SuggestModal<unknown> | undefined)?.choose("Group");
		await vi.waitFor(() => expect(t.plugin.settings.actors).toEqual([{ name: "Wheeler", kind: "group", aliases: [] }]));
		editor.setSelection({ line: 2, ch: 0 }, { line: 3, ch: 7 });
		const other = new Menu();
		t.app.workspace.trigger("editor-menu", other, editor, note);
		expect(other.items).toEqual([]);
	});

	it("is not offered without a selection, nor for a passage", async () => {
		const { t, editor } = await withSelection(13, 13);
		expect(run(t)).toBe(false);
		editor.setSelection({ line: 2, ch: 0 }, { line: 3, ch: 7 });
		expect(run(t)).toBe(false);
		expect(Modal.open).toEqual([]);
	});

	it("says so when the name is already one of the user's actors, and changes nothing", async () => {
		const { t } = await withSelection(13, 20);
		run(t);
		await (Modal.open.at(-1) as SuggestModal<unknown> | undefined)?.choose("Person");
		await vi.waitFor(() => expect(t.plugin.settings.actors).toHaveLength(1));
		run(t);
		await (Modal.open.at(-1) as SuggestModal<unknown> | undefined)?.choose("Group");
		expect(Notice.shown.at(-1)).toBe('"Wheeler" is already one of your actors.');
		expect(t.plugin.settings.actors).toEqual([{ name: "Wheeler", kind: "person", aliases: [] }]);
	});
});
