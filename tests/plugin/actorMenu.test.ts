/** The actor row's menu: each edit lands in the settings (never in a note) and the pane shows it at once. */
import { describe, expect, it } from "vitest";
import { Menu, Modal, type SuggestModal } from "../fakes/obsidian";
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
