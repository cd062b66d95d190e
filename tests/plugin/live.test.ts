/**
 * The vault changing under an open pane: the lecture renamed, deleted or edited; a linked reading renamed, deleted,
 * edited or brought back; a burst of 1,000 edits costing one analysis; and after unload nothing of ours left:
 * no listener on the app's emitters, no timer, no element.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, type TFile } from "../fakes/obsidian";
import { VIEW_TYPE_ATLAS, type AtlasView } from "../../src/ui/AtlasView";
import { VIEW_TYPE_COURSE_TIMELINE } from "../../src/ui/courseTimelineView";
import { EXAMPLE_VAULT, loadPlugin, readVault, texts, type Loaded } from "./helpers";

const LECTURE = "Lectures/Stalin and the West.md";
const VOLUME_II = "Readings/Stalin, Volume II, Waiting for Hitler, 1928-1941.md";
const TITLE = "Stalin, Volume II, Waiting for Hitler, 1928-1941";

function file(t: Loaded, path: string): TFile {
	const f = t.app.vault.getFileByPath(path);
	if (!f) throw new Error(`no file ${path}`);
	return f;
}

const title = (view: AtlasView): string => view.containerEl.querySelector(".lecture-atlas-title")?.textContent ?? "";

function readingCard(view: AtlasView, name: string): Element | null {
	return Array.from(view.containerEl.querySelectorAll(".lecture-atlas-section-readings .lecture-atlas-reading")).find((c) => c.querySelector(".lecture-atlas-reading-title")?.textContent === name) ?? null;
}

/** The state class of the reading card with this title: "is-resolved", "is-missing", … */
function readingState(view: AtlasView, name: string): string | null {
	const card = readingCard(view, name);
	return card ? (Array.from(card.classList).find((c) => c.startsWith("is-")) ?? null) : null;
}

async function openPane(): Promise<{ t: Loaded; view: AtlasView }> {
	const t = await loadPlugin(readVault(EXAMPLE_VAULT));
	await t.open(LECTURE);
	const view = await t.pane();
	return { t, view };
}

beforeEach(() => {
	Notice.shown = [];
});
afterEach(() => {
	vi.useRealTimers();
});

describe("the lecture changes under the pane", () => {
	it("renamed: the pane follows and shows the new name", async () => {
		const { t, view } = await openPane();
		await t.app.vault.rename(file(t, LECTURE), "Lectures/Stalin and the Great Powers.md");
		await vi.waitFor(() => expect(title(view)).toBe("Stalin and the Great Powers"));
		expect(view.lecture?.file.path).toBe("Lectures/Stalin and the Great Powers.md");
		expect(texts(view.containerEl, ".lecture-atlas-date-label")).toHaveLength(5);
		expect(view.containerEl.textContent).not.toMatch(/could not be analysed/);
	});

	it("deleted: the pane shows its empty state, without an error", async () => {
		const { t, view } = await openPane();
		await t.app.vault.edit(LECTURE, `${t.app.vault.peek(LECTURE) ?? ""}\nIn 1941 the war came.`, t.app); // a refresh is pending
		await t.app.vault.removeFile(file(t, LECTURE));
		expect(title(view)).toBe("No note");
		await new Promise((r) => window.setTimeout(r, 400)); // past the debounce
		expect(title(view)).toBe("No note");
		expect(texts(view.containerEl, ".lecture-atlas-placeholder-title")).toEqual(["Open a lecture note to see its timeline, actors, solutions and readings."]);
		expect(view.containerEl.textContent).not.toMatch(/could not|ENOENT|error/i);
		expect(Notice.shown).toEqual([]);
	});

	it("edited: the pane shows the new text", async () => {
		const { t, view } = await openPane();
		await t.app.vault.edit(LECTURE, `${t.app.vault.peek(LECTURE) ?? ""}\nIn 1941 Germany invaded the Soviet Union.`, t.app);
		await vi.waitFor(() => expect(texts(view.containerEl, ".lecture-atlas-date-label")).toContain("1941"));
	});
});

describe("a reading changes under the pane", () => {
	it("renamed away the reading is missing; renamed back it is found again", async () => {
		const { t, view } = await openPane();
		expect(readingState(view, TITLE)).toBe("is-resolved");
		const reading = file(t, VOLUME_II);
		await t.app.vault.rename(reading, "Readings/Kotkin II.md");
		await vi.waitFor(() => expect(readingState(view, TITLE)).toBe("is-missing"));
		await t.app.vault.rename(reading, VOLUME_II);
		await vi.waitFor(() => expect(readingState(view, TITLE)).toBe("is-resolved"));
	});

	it("deleted the reading is missing; created again it is found", async () => {
		const { t, view } = await openPane();
		const text = t.app.vault.peek(VOLUME_II) ?? "";
		await t.app.vault.removeFile(file(t, VOLUME_II));
		await vi.waitFor(() => expect(readingState(view, TITLE)).toBe("is-missing"));
		t.app.vault.arrive(VOLUME_II, text);
		await vi.waitFor(() => expect(readingState(view, TITLE)).toBe("is-resolved"));
	});

	it("edited: what the reading discusses is shown anew", async () => {
		const { t, view } = await openPane();
		const card = (): string => readingCard(view, TITLE)?.textContent ?? "";
		expect(card()).toContain("Germany");
		expect(card()).not.toContain("Japan");
		await t.app.vault.edit(VOLUME_II, `${t.app.vault.peek(VOLUME_II) ?? ""}\n- Japan fought the Red Army on the Manchurian border in 1939.\n`, t.app);
		await vi.waitFor(() => expect(card()).toContain("Japan"));
		expect(readingState(view, TITLE)).toBe("is-resolved");
	});
});

describe("a burst of edits", () => {
	it("1,000 edits cost one analysis, after the debounce", async () => {
		const { t, view } = await openPane();
		await t.plugin.courseIndex.whenBuilt();
		vi.useFakeTimers();
		const analyse = vi.spyOn(t.plugin.context, "analyse");
		const indexed = vi.spyOn(t.plugin.courseIndex.index, "upsert");
		const text = t.app.vault.peek(LECTURE) ?? "";
		for (let i = 0; i < 1000; i++) await t.app.vault.edit(LECTURE, `${text}\nEdit ${i}: by ${1000 + i} things changed`, t.app);
		expect(analyse).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(299);
		expect(analyse).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(analyse).toHaveBeenCalledTimes(1);
		await vi.runAllTimersAsync();
		expect(analyse).toHaveBeenCalledTimes(1);
		vi.useRealTimers();
		await vi.waitFor(() => expect(texts(view.containerEl, ".lecture-atlas-date-label").some((d) => d.startsWith("by 1999"))).toBe(true));
		// The course index took the first change at once and the last one when the burst was over: two analyses.
		expect(indexed).toHaveBeenCalledTimes(2);
		expect(t.plugin.courseIndex.index.events().some((e) => e.date.text === "by 1999")).toBe(true);
	});

	it("a change held by the course index is dropped with its note, and follows it when renamed", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const service = t.plugin.courseIndex;
		await service.whenBuilt();
		vi.useFakeTimers();
		const CONCERT = "Lectures/The Concert of Europe.md";
		const text = t.app.vault.peek(CONCERT) ?? "";
		await t.app.vault.edit(CONCERT, `${text}\nIn 1856 the Crimean War ended.`, t.app);
		await t.app.vault.edit(CONCERT, `${text}\nIn 1857 nothing happened.`, t.app); // held
		await t.app.vault.rename(file(t, CONCERT), "Lectures/Concert.md");
		await vi.runAllTimersAsync();
		const paths = (): string[] => [...new Set(service.index.events().map((e) => e.path))].sort();
		expect(paths()).toEqual(["Lectures/Concert.md", LECTURE]);
		expect(service.index.events().some((e) => e.path === "Lectures/Concert.md" && e.date.text === "1857")).toBe(true);

		await t.app.vault.edit(LECTURE, `${t.app.vault.peek(LECTURE) ?? ""}\nIn 1941 the war came.`, t.app);
		await t.app.vault.edit(LECTURE, `${t.app.vault.peek(LECTURE) ?? ""}\nIn 1942 it went on.`, t.app); // held
		await t.app.vault.removeFile(file(t, LECTURE));
		await vi.runAllTimersAsync();
		expect(paths()).toEqual(["Lectures/Concert.md"]);
	});
});

describe("after unload", () => {
	it("no listener, timer or element of ours remains", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const { workspace, vault, metadataCache } = t.app;
		const built = t.plugin.courseIndex.whenBuilt();
		await vi.runAllTimersAsync();
		await built;
		await t.open(LECTURE);
		// the pane analyses each reading the index's build did not keep in a turn of its own: the timers run them
		const pane = t.pane();
		await vi.runAllTimersAsync();
		await pane;
		(t.plugin as unknown as { runCommand(id: string): unknown }).runCommand("open-course-timeline");
		await vi.advanceTimersByTimeAsync(0);
		expect(workspace.getLeavesOfType(VIEW_TYPE_COURSE_TIMELINE)).toHaveLength(1);
		expect(document.body.querySelectorAll('[class*="lecture-atlas"]').length).toBeGreaterThan(0);
		// Work in flight: a pane refresh, an index update and a timeline redraw, all waiting on their timers.
		await vault.edit(LECTURE, `${vault.peek(LECTURE) ?? ""}\nIn 1941 the war came.`, t.app);
		expect(vi.getTimerCount()).toBeGreaterThan(0);

		t.plugin.unload();

		expect(vault.listenerCount()).toBe(0);
		expect(metadataCache.listenerCount()).toBe(0);
		expect(workspace.listenerCount()).toBe(0);
		expect(vi.getTimerCount()).toBe(0);
		expect(Array.from(document.body.querySelectorAll('[class*="lecture-atlas"]')).map((e) => e.className)).toEqual([]);
		// The leaves stay, with Obsidian's placeholder, so the views come back where they were.
		expect(workspace.getLeavesOfType(VIEW_TYPE_ATLAS)).toHaveLength(0);
		expect(workspace.getLeavesOfType("unknown")).toHaveLength(2);
		// Nothing of ours runs later.
		await vi.runAllTimersAsync();
		expect(vi.getTimerCount()).toBe(0);
	});
});
