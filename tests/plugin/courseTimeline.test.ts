/**
 * The course timeline against the in-memory Obsidian: the index built after the layout is ready, the view, its
 * filters, hover and click, updates from vault events, and the commands that write files (never overwriting).
 */
import { describe, expect, it } from "vitest";
import { MarkdownView, Notice, type Plugin as FakePlugin } from "../fakes/obsidian";
import { CourseTimelineView, VIEW_TYPE_COURSE_TIMELINE } from "../../src/ui/courseTimelineView";
import { EXAMPLE_VAULT, loadPlugin, readVault, texts, type Loaded } from "./helpers";

const STALIN = "Lectures/Stalin and the West.md";
const CONCERT = "Lectures/The Concert of Europe.md";

/** The plugin as the fake's Plugin, which can run commands as the palette does. */
const fake = (t: Loaded): FakePlugin => t.plugin as unknown as FakePlugin;
const run = (t: Loaded, id: string): unknown => fake(t).runCommand(id);

async function openTimeline(t: Loaded): Promise<CourseTimelineView> {
	await t.plugin.courseIndex.whenBuilt();
	await run(t, "open-course-timeline");
	const view = t.app.workspace.getLeavesOfType(VIEW_TYPE_COURSE_TIMELINE)[0]?.view;
	if (!(view instanceof CourseTimelineView)) throw new Error("the course timeline did not open");
	return view;
}

function labels(view: CourseTimelineView): string[] {
	return Array.from(view.containerEl.querySelectorAll(".lecture-atlas-ct-label-date")).map((e) => e.textContent ?? "");
}

function events(view: CourseTimelineView): SVGGElement[] {
	return Array.from(view.containerEl.querySelectorAll<SVGGElement>(".lecture-atlas-ct-event"));
}

function choose(view: CourseTimelineView, label: string, value: string): void {
	const select = view.containerEl.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`);
	if (!select) throw new Error(`no ${label} filter`);
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

/** Lets the debounced redraw run. */
const settle = (ms = 200): Promise<void> => new Promise((r) => window.setTimeout(r, ms));

describe("the course timeline on the example vault", () => {
	it("merges the dates of both lectures, one lane each, and nothing from people or readings", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const view = await openTimeline(t);
		expect(texts(view.containerEl, ".lecture-atlas-ct-lane-label")).toEqual(["The Concert of Europe", "Stalin and the West"]);
		expect(labels(view)).toHaveLength(14);
		expect(labels(view)).toEqual(expect.arrayContaining(["late 1917", "by 1922", "1939–1940", "late 1840s"]));
		expect(view.containerEl.querySelector(".lecture-atlas-ct-status")?.textContent).toBe("2 lectures · 14 dates");
		expect(texts(view.containerEl, ".lecture-atlas-ct-tick")).toContain("1900");
		// "by 1922" leads in from an open start; "after 1822" trails off to an open end.
		expect(view.containerEl.querySelectorAll(".lecture-atlas-ct-open")).toHaveLength(4);
	});

	it("filters by actor, lecture, folder and tag, and offers what the index knows", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const view = await openTimeline(t);
		const options = (label: string): string[] => Array.from(view.containerEl.querySelectorAll(`select[aria-label="${label}"] option`)).map((o) => o.textContent ?? "");
		expect(options("Lecture")).toEqual(["All lectures", "Stalin and the West", "The Concert of Europe"]);
		expect(options("Tag")).toEqual(["All tags", "#lecture"]);
		expect(options("Folder")).toEqual(["All folders", "Lectures"]);

		choose(view, "Lecture", STALIN);
		expect(labels(view)).toEqual(["late 1917", "by 1922", "1925", "by 1925", "1939–1940"]);
		choose(view, "Lecture", "");
		choose(view, "Tag", "lecture");
		expect(texts(view.containerEl, ".lecture-atlas-ct-lane-label")).toEqual(["The Concert of Europe"]);
		choose(view, "Tag", "");
		const actor = t.plugin.courseIndex.index.actors().find((a) => a.name === "Joseph Stalin" || a.name === "Stalin");
		if (actor) {
			choose(view, "Actor", actor.id);
			expect(events(view).every((g) => g.getAttribute("data-path") === STALIN)).toBe(true);
		}
		await view.setState({ folder: "Elsewhere" }, { history: false });
		expect(view.containerEl.querySelector(".lecture-atlas-placeholder")?.textContent).toBe("No dates match these filters.");
		expect(view.getState()).toMatchObject({ folder: "Elsewhere", mode: "lecture", actor: "" });
	});

	it("draws lanes per actor", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const view = await openTimeline(t);
		choose(view, "Lanes", "actor");
		const lanes = texts(view.containerEl, ".lecture-atlas-ct-lane-label");
		expect(lanes.length).toBeGreaterThan(2);
		expect(view.containerEl.querySelector(".lecture-atlas-ct-heading")?.textContent).toBe("Actors");
	});

	it("shows the dated line on hover and opens the note at that line on click", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const view = await openTimeline(t);
		const annexations = events(view).find((g) => g.getAttribute("aria-label")?.includes("Annexations"));
		if (!annexations) throw new Error("no event for the annexations");
		expect(annexations.querySelector("title")?.textContent).toBe("1939–1940 · Stalin and the West, line 27\nAnnexations 1939-40, Winter War; takes as much as Hitler");
		annexations.dispatchEvent(new MouseEvent("mouseenter"));
		const card = view.containerEl.querySelector(".lecture-atlas-ct-card");
		expect(card?.classList.contains("is-hidden")).toBe(false);
		expect(card?.textContent).toContain("Annexations 1939-40, Winter War");
		annexations.dispatchEvent(new MouseEvent("mouseleave"));
		expect(card?.classList.contains("is-hidden")).toBe(true);

		annexations.dispatchEvent(new MouseEvent("click"));
		await settle(0);
		const editor = t.app.workspace.getActiveViewOfType(MarkdownView);
		expect(editor?.file?.path).toBe(STALIN);
		expect(editor?.editor.getCursor().line).toBe(26);
		// The timeline stays open in its own tab.
		expect(t.app.workspace.getLeavesOfType(VIEW_TYPE_COURSE_TIMELINE)).toHaveLength(1);
	});

	it("follows edits, renames and deletions", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const view = await openTimeline(t);
		const text = t.app.vault.peek(CONCERT) ?? "";
		await t.app.vault.edit(CONCERT, `${text}\nThe Crimean War 1853-56 ends the Concert.\n`, t.app);
		await settle();
		expect(labels(view)).toContain("1853–1856");

		const file = t.app.vault.getFileByPath(CONCERT);
		if (!file) throw new Error("no lecture");
		await t.app.vault.rename(file, "Lectures/Concert.md");
		await settle();
		expect(texts(view.containerEl, ".lecture-atlas-ct-lane-label")).toContain("Concert");

		await t.app.fileManager.trashFile(file);
		await settle();
		expect(texts(view.containerEl, ".lecture-atlas-ct-lane-label")).toEqual(["Stalin and the West"]);
	});

	it("keeps the vault's actor notes across ordinary edits, and renews them when an alias changes", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const service = t.plugin.courseIndex;
		await service.whenBuilt();
		const before = service.context().vaultActors;
		await t.app.vault.edit(CONCERT, `${t.app.vault.peek(CONCERT) ?? ""}\nOne more line.\n`, t.app);
		expect(service.context().vaultActors).toBe(before);
		const person = "People/Joseph Stalin.md";
		await t.app.vault.edit(person, (t.app.vault.peek(person) ?? "").replace("aliases: [Stalin, Koba]", "aliases: [Stalin, Koba, Soso]"), t.app);
		const after = service.context().vaultActors;
		expect(after).not.toBe(before);
		expect(after.find((n) => n.path === person)?.aliases).toEqual(["Stalin", "Koba", "Soso"]);
	});

	it("builds after the layout is ready, in slices, and indexes each note once", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const service = t.plugin.courseIndex;
		await service.whenBuilt();
		expect(service.status).toMatchObject({ state: "ready", total: 6 });
		expect(service.status.stats).toMatchObject({ indexed: 6, failed: 0 });
		const again = await service.rebuild(false);
		expect(again).toMatchObject({ indexed: 0, unchanged: 6 });
	});
});

describe("the course commands", () => {
	it("export the timeline as a new SVG file, never overwriting", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await openTimeline(t);
		await run(t, "export-course-timeline");
		await settle(0);
		await run(t, "export-course-timeline");
		await settle(0);
		const svg = t.app.vault.peek("Course timeline.svg") ?? "";
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
		expect(svg).toContain("Civil war in Russia");
		expect(svg).toContain('fill="');
		expect(svg).not.toContain("lecture-atlas-ct-card");
		expect(t.app.vault.peek("Course timeline 1.svg")).toBeDefined();
		expect(Notice.shown).toContain("Saved the course timeline as Course timeline 1.svg.");
	});

	it("create a summary note beside the lecture, never overwriting", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(STALIN);
		expect(run(t, "create-summary-note")).toBe(true);
		await settle(50);
		run(t, "create-summary-note");
		await settle(50);
		const summary = t.app.vault.peek("Lectures/Stalin and the West summary.md") ?? "";
		expect(summary).toContain("## Summary of [[Stalin and the West]]");
		expect(summary).toContain("late 1917");
		expect(t.app.vault.peek("Lectures/Stalin and the West summary 1.md")).toBe(summary);
		expect(t.app.vault.writes.filter((w) => w.op !== "create")).toEqual([]);
	});

	it("are named in sentence case, without the plugin's name or default hotkeys", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const names = ["open-course-timeline", "export-course-timeline", "create-summary-note", "rebuild-index"].map((id) => fake(t).commands.get(id)?.name);
		expect(names).toEqual(["Open course timeline", "Export course timeline as SVG", "Create summary note", "Rebuild the index"]);
	});

	it("rebuild the index on demand", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.plugin.courseIndex.whenBuilt();
		run(t, "rebuild-index");
		await t.plugin.courseIndex.whenBuilt();
		expect(t.plugin.courseIndex.status.stats).toMatchObject({ indexed: 6 });
		expect(t.plugin.courseIndex.index.lectures()).toHaveLength(2);
	});
});
