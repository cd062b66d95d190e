import { Notice } from "../fakes/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EXAMPLE_VAULT, loadPlugin, readVault, texts } from "./helpers";

const LECTURE = "Lectures/Stalin and the West.md";

afterEach(() => {
	vi.useRealTimers();
});

describe("the pane on the example lecture", () => {
	it("shows timeline, actors, solutions and readings with counts", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const view = await t.pane();
		const el = view.containerEl;
		expect(texts(el, ".lecture-atlas-section-title")).toEqual(["Timeline", "Actors", "Solutions", "Readings"]);
		expect(texts(el, ".lecture-atlas-date-label").map((s) => s.replace(/(late|by|approx\.)$/, ""))).toEqual(["late 1917", "by 1922", "1925", "by 1925", "1939–1940"]);
		expect(texts(el, ".lecture-atlas-solution-text")).toHaveLength(2);
		expect(texts(el, ".lecture-atlas-reading-title")).toHaveLength(3);
		expect(el.querySelector(".lecture-atlas-title")?.textContent).toBe("Stalin and the West");
	});

	it("moves the editor to the clicked date's line", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const editorView = await t.open(LECTURE);
		const view = await t.pane();
		const row = Array.from(view.containerEl.querySelectorAll<HTMLElement>(".lecture-atlas-date")).find((r) => r.textContent?.includes("Locarno"));
		row?.click();
		await Promise.resolve();
		expect(editorView.editor.getCursor()).toEqual({ line: 14, ch: 13 });
	});

	it("after an edit, keeps the rows the edit left alone and acts on the lines as they are now", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const editorView = await t.open(LECTURE);
		const view = await t.pane();
		const el = view.containerEl;
		const row = (text: string): HTMLElement | undefined => Array.from(el.querySelectorAll<HTMLElement>(".lecture-atlas-date")).find((r) => r.textContent?.includes(text));
		const actor = (id: string): HTMLElement | null => el.querySelector<HTMLElement>(`.lecture-atlas-actor[data-actor="${id}"]`);
		const locarno = row("Locarno");
		const japan = actor("state:japan");
		expect(locarno).toBeDefined();
		expect(japan).not.toBeNull();
		const text = t.app.vault.peek(LECTURE) ?? "";

		// An edit of one line: the rows of the other lines are the same elements; the edited line's row is new.
		await t.app.vault.edit(LECTURE, text.replace("Annexations 1939-40, Winter War", "Annexations 1939-40, the Winter War"), t.app);
		await view.refresh();
		expect(row("Locarno")).toBe(locarno);
		expect(actor("state:japan")).toBe(japan);
		expect(row("Annexations")?.textContent).toMatch(/the Winter War/);

		// A line added above: every row below it moved down a line, and a click opens the line where it is now.
		actor("state:japan")?.querySelector<HTMLElement>('button[aria-label="Show mentions"]')?.click();
		await t.app.vault.edit(LECTURE, `A new first line.\n${t.app.vault.peek(LECTURE) ?? ""}`, t.app);
		await view.refresh();
		row("Locarno")?.click();
		await Promise.resolve();
		expect(editorView.editor.getCursor()).toEqual({ line: 15, ch: 13 });
		el.querySelector<HTMLElement>('.lecture-atlas-actor[data-actor="state:japan"] .lecture-atlas-mention')?.click();
		await Promise.resolve();
		expect(editorView.editor.getCursor().line).toBe(5);
	});

	it("collapses a section and keeps it collapsed across refreshes", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const view = await t.pane();
		view.containerEl.querySelector<HTMLElement>(".lecture-atlas-section-timeline .lecture-atlas-section-header")?.click();
		await view.refresh();
		expect(view.containerEl.querySelector(".lecture-atlas-section-timeline")?.classList.contains("is-collapsed")).toBe(true);
	});

	it("filters every section by the filter box", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const view = await t.pane();
		const input = view.containerEl.querySelector<HTMLInputElement>(".lecture-atlas-filter");
		if (!input) throw new Error("no filter box");
		input.value = "locarno";
		input.dispatchEvent(new Event("input"));
		expect(texts(view.containerEl, ".lecture-atlas-date-label")).toEqual(["1925"]);
		expect(texts(view.containerEl, ".lecture-atlas-empty")).toContain("No solutions match the filter.");
	});

	it("says so when a note has nothing to show", async () => {
		const t = await loadPlugin({ "Empty.md": "Just a thought, no history here.\n" });
		await t.open("Empty.md");
		const view = await t.pane();
		expect(texts(view.containerEl, ".lecture-atlas-empty")).toEqual([
			"No dates found in this note.",
			"No actors found in this note.",
			"No solutions found in this note.",
			'No readings linked from this note. Add links under a heading such as "Readings".',
		]);
	});

	it("follows the active note", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const view = await t.pane();
		await t.open("Lectures/The Concert of Europe.md");
		await view.refresh();
		expect(view.containerEl.querySelector(".lecture-atlas-title")?.textContent).toBe("The Concert of Europe");
	});
});

describe("refreshing", () => {
	it("coalesces a burst of 1,000 edits into one analysis", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const view = await t.pane();
		vi.useFakeTimers();
		const before = view.refreshCount;
		const text = t.app.vault.peek(LECTURE) ?? "";
		for (let i = 0; i < 1000; i++) await t.app.vault.edit(LECTURE, `${text}\nEdit ${i}: by 1930 things changed`, t.app);
		expect(view.refreshCount).toBe(before);
		await vi.runAllTimersAsync();
		vi.useRealTimers();
		await vi.waitFor(() => expect(view.refreshCount - before).toBe(1));
		expect(texts(view.containerEl, ".lecture-atlas-date-label").some((s) => s.startsWith("by 1930"))).toBe(true);
	});

	it("ignores edits to unrelated notes", async () => {
		const t = await loadPlugin({ ...readVault(EXAMPLE_VAULT), "Other.md": "nothing" });
		await t.open(LECTURE);
		const view = await t.pane();
		vi.useFakeTimers();
		const before = view.refreshCount;
		await t.app.vault.edit("Other.md", "still nothing in 1950", t.app);
		await vi.runAllTimersAsync();
		expect(view.refreshCount).toBe(before);
	});

	it("refreshes when a reading note changes", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const view = await t.pane();
		vi.useFakeTimers();
		const before = view.refreshCount;
		await t.app.vault.edit("Readings/Stalin, Volume II, Waiting for Hitler, 1928-1941.md", "Hitler and Stalin in 1939.", t.app);
		await vi.runAllTimersAsync();
		expect(view.refreshCount).toBeGreaterThan(before);
	});
});

describe("unloading", () => {
	it("leaves no listener of ours behind", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		await t.pane();
		t.plugin.unload();
		// The pane's leaf stays (Obsidian restores it on next load); its view must have let go of every event.
		const leaf = t.app.workspace.getLeavesOfType("lecture-atlas-pane")[0];
		leaf?.view.unload();
		expect(t.app.vault.listenerCount()).toBe(0);
		expect(t.app.metadataCache.listenerCount()).toBe(0);
		expect(t.app.workspace.listenerCount()).toBe(0);
	});
});

describe("settings", () => {
	it("falls back to defaults with a notice when the stored settings are damaged", async () => {
		Notice.shown = [];
		const t = await loadPlugin(readVault(EXAMPLE_VAULT), { version: 1, minYear: "a long time ago", readingHeadings: 42 });
		expect(t.plugin.settings.minYear).toBe(1000);
		expect(t.plugin.settings.readingHeadings).toContain("Main readings");
		expect(Notice.shown.join(" ")).toMatch(/repaired/);
	});
});

describe("the reverse view", () => {
	it("shows, on a reading note, the lectures that list it and what it supports", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open("Readings/Stalin, Volume II, Waiting for Hitler, 1928-1941.md");
		const view = await t.pane();
		const el = view.containerEl;
		expect(texts(el, ".lecture-atlas-section-title")[0]).toBe("Reading for");
		const card = el.querySelector(".lecture-atlas-section-citedBy .lecture-atlas-reading");
		expect(card?.querySelector(".lecture-atlas-reading-title")?.textContent).toBe("Stalin and the West");
		expect(card?.querySelector(".lecture-atlas-period")?.textContent).toBe("1928–1941");
		expect(texts(card as Element, ".lecture-atlas-chip")).toEqual(["1939–1940"]);
		expect(texts(card as Element, ".lecture-atlas-passage-chip").join(" ")).toMatch(/Adolf Hitler/);
	});

	it("follows the lectures' edits: a lecture that adds the reading shows, one that takes it out goes", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open("Readings/Stalin, Volume II, Waiting for Hitler, 1928-1941.md");
		const view = await t.pane();
		const cards = (): string[] => texts(view.containerEl, ".lecture-atlas-section-citedBy .lecture-atlas-reading-title");
		expect(cards()).toEqual(["Stalin and the West"]);
		const concert = "Lectures/The Concert of Europe.md";
		const link = "[[Stalin, Volume II, Waiting for Hitler, 1928-1941]]";
		await t.app.vault.edit(concert, `${t.app.vault.peek(concert) ?? ""}\n- ${link}\n`, t.app);
		await view.refresh();
		expect(cards()).toEqual(["Stalin and the West", "The Concert of Europe"]);
		await t.app.vault.edit(LECTURE, (t.app.vault.peek(LECTURE) ?? "").split(link).join("Kotkin's second volume"), t.app);
		await view.refresh();
		expect(cards()).toEqual(["The Concert of Europe"]);
	});

	it("finds the citing lectures without walking the vault's link table again after an edit", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const cache = t.app.metadataCache;
		type Table = Record<string, Record<string, number>>;
		const proto = Object.getPrototypeOf(cache) as object;
		const table = (): Table => Reflect.get(proto, "resolvedLinks", cache) as Table;
		// count the walks of the whole table (its keys listed); one note's entry read by path is no walk
		let walks = 0;
		const counting: ProxyHandler<Table> = {
			ownKeys(target) {
				walks++;
				return Reflect.ownKeys(target);
			},
		};
		Object.defineProperty(cache, "resolvedLinks", { get: () => new Proxy(table(), counting), configurable: true });
		await t.open("Readings/Stalin, Volume II, Waiting for Hitler, 1928-1941.md");
		const view = await t.pane();
		const cards = (): string[] => texts(view.containerEl, ".lecture-atlas-section-citedBy .lecture-atlas-reading-title");
		expect(cards()).toEqual(["Stalin and the West"]);
		const before = walks;
		const concert = "Lectures/The Concert of Europe.md";
		await t.app.vault.edit(concert, `${t.app.vault.peek(concert) ?? ""}\n- [[Stalin, Volume II, Waiting for Hitler, 1928-1941]]\n`, t.app);
		await view.refresh();
		expect(cards()).toEqual(["Stalin and the West", "The Concert of Europe"]);
		expect(walks).toBe(before);
	});

	it("leaves it out for a note no lecture lists as a reading", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open("People/Joseph Stalin.md");
		const view = await t.pane();
		expect(texts(view.containerEl, ".lecture-atlas-section-title")).not.toContain("Reading for");
	});
});

describe("creating a missing reading", () => {
	it("creates the note where the link will find it, never overwriting, and the pane shows it resolved", async () => {
		Notice.shown = [];
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		await t.open(LECTURE);
		const view = await t.pane();
		const button = view.containerEl.querySelector<HTMLButtonElement>(".lecture-atlas-reading.is-missing button");
		button?.click();
		await vi.waitFor(() => expect(t.app.vault.peek("Stalin and the West.md")).toBeDefined());
		expect(t.app.vault.peek("Stalin and the West.md")).toMatch(/type: reading[\s\S]*\[\[Lectures\/Stalin and the West\]\]/);
		await view.refresh();
		expect(view.containerEl.querySelectorAll(".lecture-atlas-reading.is-missing")).toHaveLength(0);
		// A second click cannot overwrite what the user has written meanwhile.
		await t.app.vault.modify(t.app.vault.getFileByPath("Stalin and the West.md") as never, "my own notes");
		const stale = view.lecture?.readings[0];
		if (!stale) throw new Error("no reading");
		const lecture = view.lecture;
		if (!lecture) throw new Error("no lecture");
		await t.plugin["createReading"](lecture, { ...stale, selfLink: true, state: "missing" });
		expect(t.app.vault.peek("Stalin and the West.md")).toBe("my own notes");
		expect(Notice.shown.at(-1)).toMatch(/already exists/);
	});
});

describe("a long lecture", () => {
	it("shows the first rows of a long timeline and the rest on request", async () => {
		const lines = Array.from({ length: 150 }, (_, i) => `In ${1800 + i} the assembly met again.`);
		const t = await loadPlugin({ "Long.md": lines.join("\n") });
		await t.open("Long.md");
		const view = await t.pane();
		expect(view.containerEl.querySelectorAll(".lecture-atlas-date")).toHaveLength(80);
		const button = view.containerEl.querySelector<HTMLButtonElement>(".lecture-atlas-show-all");
		expect(button?.textContent).toBe("Show all 150 dates (70 more)");
		button?.click();
		expect(view.containerEl.querySelectorAll(".lecture-atlas-date")).toHaveLength(150);
	});

	it("shows a date the lecture names again and again as one chip with its count, each click the next line", async () => {
		const lecture = ["In 1905 the first revolt.", "Again in 1905 a strike.", "In 1917 the revolution.", "Late in 1905 a soviet.", "", "## Readings", "", "- [[Russia, 1900-1950]]"].join("\n");
		const t = await loadPlugin({ "Lecture.md": lecture, "Russia, 1900-1950.md": "---\ntype: reading\n---\nA book." });
		const editorView = await t.open("Lecture.md");
		const view = await t.pane();
		const card = view.containerEl.querySelector(".lecture-atlas-section-readings .lecture-atlas-reading") as Element;
		const chips = [...card.querySelectorAll<HTMLElement>(".lecture-atlas-chip")];
		expect(chips.map((c) => c.textContent)).toEqual(["19053", "1917"]);
		expect(chips[0]?.getAttribute("aria-label")).toBe("1905: 3 mentions, on lines 1, 2, 4");
		const opened: number[] = [];
		for (let i = 0; i < 4; i++) {
			chips[0]?.click();
			await Promise.resolve();
			opened.push(editorView.editor.getCursor().line + 1);
		}
		expect(opened).toEqual([1, 2, 4, 1]);
	});

	it("tells apart solutions that share a label by the start of their text, and opens each one's own passages", async () => {
		const lecture = ["## Week 1", "Solution 1: appease the dictators at once", "## Week 2", "Solution 1: rearm as fast as the budget allows", "", "## Readings", "", "- [[Book]]"].join("\n");
		const book = ["---", "type: reading", "---", "To appease the dictators was the policy.", "", "Britain could rearm only as the budget allows."].join("\n");
		const t = await loadPlugin({ "Lecture.md": lecture, "Book.md": book });
		await t.open("Lecture.md");
		const view = await t.pane();
		const card = () => view.containerEl.querySelector(".lecture-atlas-section-readings .lecture-atlas-reading") as Element;
		const chips = () => [...card().querySelectorAll<HTMLElement>(".lecture-atlas-passage-chip")];
		expect(chips().map((c) => c.firstElementChild?.textContent)).toEqual(["Solution 1: appease the dictators at…", "Solution 1: rearm as fast as the…"]);
		expect(chips()[1]?.getAttribute("title")).toBe("rearm as fast as the budget allows");
		chips()[1]?.click();
		expect(texts(card(), ".lecture-atlas-passage .lecture-atlas-context")).toEqual(["Britain could rearm only as the budget allows."]);
	});

	it("cuts a reading's rows of chips to the first 24 and shows the rest on request", async () => {
		// 40 dates in the reading's period and 30 persons the reading discusses
		const names = Array.from({ length: 30 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}son`);
		const lecture = [...Array.from({ length: 40 }, (_, i) => `In ${1900 + i} ${names[i % 30]} spoke.`), "", "## Readings", "", "- [[Europe, 1900-1950]]"].join("\n");
		const book = ["---", "type: reading", "---", ...names.map((n) => `${n} matters here.`)].join("\n");
		const vault = { "Lecture.md": lecture, "Europe, 1900-1950.md": book, ...Object.fromEntries(names.map((n) => [`People/${n}.md`, "---\nactor: person\n---\n"])) };
		const t = await loadPlugin(vault);
		await t.open("Lecture.md");
		const view = await t.pane();
		const card = () => view.containerEl.querySelector(".lecture-atlas-section-readings .lecture-atlas-reading") as Element;
		expect(card().querySelectorAll(".lecture-atlas-chip")).toHaveLength(24);
		expect(card().querySelectorAll(".lecture-atlas-passage-chip")).toHaveLength(24);
		const more = () => [...card().querySelectorAll<HTMLButtonElement>(".lecture-atlas-more-chip")];
		expect(more().map((b) => [b.textContent, b.getAttribute("aria-label")])).toEqual([
			["+16 more", "Show all 40 dates"],
			["+6 more", "Show all 30 chips"],
		]);
		more()[0]?.click();
		expect(card().querySelectorAll(".lecture-atlas-chip")).toHaveLength(40);
		expect(card().querySelectorAll(".lecture-atlas-passage-chip")).toHaveLength(24);
		more()[0]?.click();
		expect(card().querySelectorAll(".lecture-atlas-passage-chip")).toHaveLength(30);
		expect(more()).toHaveLength(0);
	});
});

describe("the vault's actor notes", () => {
	it("are rebuilt when a note's aliases change, not on ordinary edits", async () => {
		const t = await loadPlugin(readVault(EXAMPLE_VAULT));
		const before = t.plugin.context.vaultActors();
		await t.app.vault.edit(LECTURE, (t.app.vault.peek(LECTURE) ?? "") + "\nMore text.", t.app);
		expect(t.plugin.context.vaultActors()).toBe(before);
		await t.app.vault.edit("People/Joseph Stalin.md", "---\naliases: [Stalin, Koba, Uncle Joe]\n---\n", t.app);
		const after = t.plugin.context.vaultActors();
		expect(after).not.toBe(before);
		expect(after.find((n) => n.path === "People/Joseph Stalin.md")?.aliases).toEqual(["Stalin", "Koba", "Uncle Joe"]);
	});
});
