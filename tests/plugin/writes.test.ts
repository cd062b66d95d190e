/**
 * Nothing is written unless asked. Every command whose name does not say it creates or exports runs over a copy of
 * the example vault, every note is opened, the pane and the course timeline are clicked through, the settings tab
 * is visited without a change, and then every file must be as it was, byte for byte, with no write recorded at all
 * (notes or data.json). The commands that do create files never overwrite one: not one that exists, and not one
 * that appears between their check and their write.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Menu, Modal, Notice, type Plugin as FakePlugin } from "../fakes/obsidian";
import { CourseTimelineView, VIEW_TYPE_COURSE_TIMELINE } from "../../src/ui/courseTimelineView";
import type { AtlasView } from "../../src/ui/AtlasView";
import { EXAMPLE_VAULT, loadPlugin, readVault, type Loaded } from "./helpers";

const LECTURE = "Lectures/Stalin and the West.md";

/** Commands that write, each saying so in its name; the rest must write nothing. A new command must be listed. */
const WRITES = ["create-missing-readings", "create-summary-note", "export-course-timeline"];
const READS = ["open-pane", "copy-summary", "open-course-timeline", "rebuild-index"];
/** Commands that change the plugin's own settings (data.json), as the actor menu does, and no note. */
const SETTINGS = ["add-selection-as-actor"];

const fake = (t: Loaded): FakePlugin => t.plugin as unknown as FakePlugin;
const settle = (ms = 0): Promise<void> => new Promise((r) => window.setTimeout(r, ms));
/** Lets a click's handlers and the analysis it starts (promises only, no timers) finish. */
async function flush(): Promise<void> {
	for (let i = 0; i < 50; i++) await Promise.resolve();
}

/** Runs a command as the palette does: offered only if its check passes. */
async function runCommand(t: Loaded, id: string): Promise<void> {
	const c = fake(t).commands.get(id);
	if (!c) throw new Error(`no command ${id}`);
	if (c.checkCallback && !c.checkCallback(true)) throw new Error(`${id} is not offered here`);
	fake(t).runCommand(id);
	await settle(20);
}

/** The vault as it stands: every file's path and text. */
function snapshot(t: Loaded): Record<string, string | undefined> {
	return Object.fromEntries(
		t.app.vault
			.getFiles()
			.map((f) => f.path)
			.sort()
			.map((p) => [p, t.app.vault.peek(p)]),
	);
}

function sorted(files: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function click(el: Element): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}

/** Closes whatever a click opened (the actor menu, a prompt) without choosing anything. */
function dismiss(): void {
	Menu.last?.hide();
	Menu.last = null;
	for (const m of [...Modal.open]) m.close();
}

const CLICKABLE = "button, [tabindex], .lecture-atlas-row, .lecture-atlas-chip, .lecture-atlas-reading-title, .lecture-atlas-actor-name, .lecture-atlas-section-header";
/** Buttons whose label says they write: not clicked here (tested below). */
const isWriteButton = (el: Element): boolean => /create|export/i.test(el.textContent ?? "");

/** Clicks each clickable element of the pane in turn (the DOM is rebuilt after most clicks: found again each time). */
async function clickThrough(view: AtlasView, limit = 250): Promise<number> {
	let clicks = 0;
	for (let i = 0; i < limit; i++) {
		const els = Array.from(view.containerEl.querySelectorAll(CLICKABLE)).filter((el) => !isWriteButton(el));
		const el = els[i];
		if (!el) break;
		click(el);
		el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		clicks++;
		await flush();
		dismiss();
	}
	return clicks;
}

beforeEach(() => {
	Notice.shown = [];
	Menu.last = null;
	Object.defineProperty(navigator, "clipboard", { value: { writeText: vi.fn(async () => {}) }, configurable: true });
});
afterEach(() => dismiss());

describe("the commands", () => {
	it("are each declared as writing or not, and a writing one says so in its name", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const commands = [...fake(t).commands.values()];
		expect(commands.map((c) => c.id).sort()).toEqual([...WRITES, ...READS, ...SETTINGS].sort());
		for (const c of commands) {
			if (WRITES.includes(c.id)) expect(c.name).toMatch(/\b(create|export)\b/i);
			else expect(c.name).not.toMatch(/\b(create|export|save|write|new)\b/i);
		}
	});
});

describe("nothing is written unless asked", () => {
	it("running every command that does not write, opening every note and clicking through the views changes no byte", { timeout: 60000 }, async () => {
		const files = readVault(EXAMPLE_VAULT);
		const t = await loadPlugin(files);
		await t.plugin.courseIndex.whenBuilt();
		await t.open(LECTURE);
		const view = await t.pane();

		for (const id of READS) {
			await t.open(LECTURE); // from the lecture's editor, where the note commands are offered
			await runCommand(t, id);
		}
		await t.plugin.courseIndex.whenBuilt();
		expect((navigator.clipboard.writeText as ReturnType<typeof vi.fn>).mock.calls).toHaveLength(1);
		expect(Notice.shown).toEqual(expect.arrayContaining(["Lecture summary copied.", expect.stringMatching(/^Indexed 6 notes/)]));

		// Every note, with the pane following it and every row, chip, title and section header clicked.
		let clicks = 0;
		for (const path of Object.keys(files).sort()) {
			await t.open(path);
			await view.refresh();
			clicks += await clickThrough(view, 15);
		}
		await t.open(LECTURE);
		await view.refresh();
		clicks += await clickThrough(view, 100);
		expect(clicks).toBeGreaterThan(50);

		// The filter box, and the actor menu and its prompts opened and closed without choosing.
		const filter = view.containerEl.querySelector<HTMLInputElement>(".lecture-atlas-filter");
		if (!filter) throw new Error("no filter box");
		filter.value = "stalin";
		filter.dispatchEvent(new Event("input"));
		filter.value = "";
		filter.dispatchEvent(new Event("input"));
		for (const choice of ["Merge into another actor…", "Rename…"]) {
			const more = view.containerEl.querySelector<HTMLButtonElement>('button[aria-label="Actor actions"]');
			if (!more) throw new Error("no actor menu button");
			more.click();
			const menu = Menu.last;
			if (!menu) throw new Error("the actor menu did not open");
			await menu.click(choice);
			expect(Modal.open).toHaveLength(1);
			dismiss();
		}

		// The course timeline: every filter and lane mode, and each date clicked (which opens its note).
		const timeline = t.app.workspace.getLeavesOfType(VIEW_TYPE_COURSE_TIMELINE)[0]?.view;
		if (!(timeline instanceof CourseTimelineView)) throw new Error("the course timeline is not open");
		for (const select of Array.from(timeline.containerEl.querySelectorAll("select"))) {
			for (const option of Array.from(select.options)) {
				select.value = option.value;
				select.dispatchEvent(new Event("change"));
			}
			select.value = "";
			select.dispatchEvent(new Event("change"));
		}
		const marks = Array.from(timeline.containerEl.querySelectorAll(".lecture-atlas-ct-event"));
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) click(mark);
		await settle(200);

		// The settings tab, visited and every field left without a change.
		const tab = fake(t).settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		for (const field of Array.from(tab.containerEl.querySelectorAll("input, textarea"))) {
			field.dispatchEvent(new Event("focus"));
			field.dispatchEvent(new Event("blur"));
		}
		tab.hide();
		await settle(20);

		expect(snapshot(t)).toEqual(sorted(files));
		expect(t.app.vault.writes).toEqual([]);
		expect(t.app.vault.adapter.writes).toEqual([]);
		expect(t.app.vault.adapter.hiddenFiles().size).toBe(0);
		expect(Notice.shown.filter((n) => /could not/i.test(n))).toEqual([]);
	});

	it("a setting is saved when, and only when, the user changes it", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const tab = fake(t).settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const row = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === "Earliest bare year");
		const input = row?.querySelector("input");
		if (!input) throw new Error("no year field");
		input.dispatchEvent(new Event("blur"));
		input.value = "not a year";
		input.dispatchEvent(new Event("blur"));
		await settle(20);
		expect(t.app.vault.adapter.writes).toEqual([]);
		expect(Notice.shown).toEqual(['"not a year" is not a whole year; the setting was left at 1000.']);
		input.value = "1500";
		input.dispatchEvent(new Event("blur"));
		await settle(20);
		expect(t.app.vault.adapter.writes).toEqual([{ op: "write", path: ".obsidian/plugins/lecture-atlas/data.json" }]);
		expect(t.plugin.settings.minYear).toBe(1500);
		expect(t.app.vault.writes).toEqual([]);
	});
});

/** A lecture whose reading note path (":" is not allowed in a file name) differs from the link's name. */
const COLON_VAULT = {
	"Lectures/Empires.md": "# Empires\n\nIn 1815 the congress met.\n\n## Readings\n\n- [[Empire: a history, 1800-1900]]\n",
};
const COLON_TARGET = "Lectures/Empire a history, 1800-1900.md";

describe("the commands that create files never overwrite", () => {
	it("create missing readings: a note already at the target path is left as it is, with a notice", async () => {
		const t = await loadPlugin({ ...COLON_VAULT, [COLON_TARGET]: "my notes on the book" });
		await t.open("Lectures/Empires.md");
		await runCommand(t, "create-missing-readings");
		await vi.waitFor(() => expect(Notice.shown.at(-1)).toBe(`Left existing ${COLON_TARGET} as they are.`));
		expect(t.app.vault.peek(COLON_TARGET)).toBe("my notes on the book");
		expect(t.app.vault.writes).toEqual([]);
	});

	it("create missing readings: a note that appears between the check and the write is left as it is", async () => {
		const t = await loadPlugin(COLON_VAULT);
		await t.open("Lectures/Empires.md");
		t.app.vault.beforeNextCreate((path) => t.app.vault.arrive(path, "synced from my phone"));
		await runCommand(t, "create-missing-readings");
		await vi.waitFor(() => expect(Notice.shown.at(-1)).toBe(`Left existing ${COLON_TARGET} as they are.`));
		expect(t.app.vault.peek(COLON_TARGET)).toBe("synced from my phone");
		expect(t.app.vault.writes).toEqual([]);
	});

	it("create missing readings: a folder that appears meanwhile is used, not an error", async () => {
		const settings = { readingFolder: "Reading notes" };
		const t = await loadPlugin(COLON_VAULT, settings);
		await t.open("Lectures/Empires.md");
		const createFolder = t.app.vault.createFolder.bind(t.app.vault);
		t.app.vault.createFolder = async (path: string) => {
			t.app.vault.arrive(`${path}/Other book.md`, "synced");
			return createFolder(path); // throws "Folder already exists.", as Obsidian does
		};
		await runCommand(t, "create-missing-readings");
		// the note is made under the name a file may have, and the notice says how to link it
		await vi.waitFor(() =>
			expect(Notice.shown.at(-1)).toBe(
				"Created Reading notes/Empire a history, 1800-1900.md. File names cannot hold :, so [[Empire: a history, 1800-1900]] cannot lead to it: change it to [[Empire a history, 1800-1900]].",
			),
		);
		expect(t.app.vault.peek("Reading notes/Other book.md")).toBe("synced");
		expect(t.app.vault.writes).toEqual([{ op: "create", path: "Reading notes/Empire a history, 1800-1900.md" }]);
	});

	it("the pane's Create note button: an existing note, and one that appears meanwhile, are left as they are", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const view = await t.pane();
		const button = (): HTMLButtonElement => {
			const b = view.containerEl.querySelector<HTMLButtonElement>(".lecture-atlas-reading.is-missing button");
			if (!b) throw new Error("no Create note button");
			return b;
		};
		// Appears after the pane showed the reading as missing, before the user clicks.
		const stale = button();
		t.app.vault.arrive("Stalin and the West.md", "written on another device");
		stale.click();
		await vi.waitFor(() => expect(Notice.shown.at(-1)).toBe("Stalin and the West.md already exists; it was left as it is."));
		expect(t.app.vault.peek("Stalin and the West.md")).toBe("written on another device");

		// Appears after the check, before the write.
		Notice.shown = [];
		const t2 = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t2.open(LECTURE);
		const view2 = await t2.pane();
		t2.app.vault.beforeNextCreate((path) => t2.app.vault.arrive(path, "synced meanwhile"));
		view2.containerEl.querySelector<HTMLButtonElement>(".lecture-atlas-reading.is-missing button")?.click();
		await vi.waitFor(() => expect(Notice.shown.at(-1)).toBe("Stalin and the West.md already exists; it was left as it is."));
		expect(t2.app.vault.peek("Stalin and the West.md")).toBe("synced meanwhile");
		expect([...t.app.vault.writes, ...t2.app.vault.writes]).toEqual([]);
	});

	it("create summary note: an existing summary, and one that appears meanwhile, are left as they are", async () => {
		const taken = "Lectures/Stalin and the West summary.md";
		const t = await loadPlugin({ ...readVault(EXAMPLE_VAULT), [taken]: "my own summary" });
		await t.open(LECTURE);
		t.app.vault.beforeNextCreate((path) => t.app.vault.arrive(path, "a summary synced meanwhile"));
		await runCommand(t, "create-summary-note");
		await vi.waitFor(() => expect(Notice.shown.at(-1)).toBe("Created Lectures/Stalin and the West summary 2.md."));
		expect(t.app.vault.peek(taken)).toBe("my own summary");
		expect(t.app.vault.peek("Lectures/Stalin and the West summary 1.md")).toBe("a summary synced meanwhile");
		expect(t.app.vault.peek("Lectures/Stalin and the West summary 2.md")).toMatch(/^## Summary of \[\[Stalin and the West\]\]/);
		expect(t.app.vault.writes).toEqual([{ op: "create", path: "Lectures/Stalin and the West summary 2.md" }]);
	});

	it("export course timeline as SVG: an existing file, and one that appears meanwhile, are left as they are", async () => {
		const t = await loadPlugin({ ...readVault(EXAMPLE_VAULT), "Course timeline.svg": "<svg>my drawing</svg>" });
		await t.plugin.courseIndex.whenBuilt();
		t.app.vault.beforeNextCreate((path) => t.app.vault.arrive(path, "<svg>synced</svg>"));
		await runCommand(t, "export-course-timeline");
		await vi.waitFor(() => expect(Notice.shown.at(-1)).toBe("Saved the course timeline as Course timeline 2.svg."));
		expect(t.app.vault.peek("Course timeline.svg")).toBe("<svg>my drawing</svg>");
		expect(t.app.vault.peek("Course timeline 1.svg")).toBe("<svg>synced</svg>");
		expect(t.app.vault.peek("Course timeline 2.svg")).toMatch(/^<\?xml/);
		expect(t.app.vault.writes).toEqual([{ op: "create", path: "Course timeline 2.svg" }]);
	});

	it("an export that cannot be written says why and writes nothing", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.plugin.courseIndex.whenBuilt();
		t.app.vault.create = async () => {
			throw new Error("EROFS: read-only file system");
		};
		await runCommand(t, "export-course-timeline");
		await vi.waitFor(() => expect(Notice.shown.at(-1)).toBe("Could not export the course timeline: EROFS: read-only file system"));
		expect(t.app.vault.writes).toEqual([]);
	});
});
