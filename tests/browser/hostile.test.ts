/**
 * Note text is always text: a lecture and its readings full of markup and script (`<script>`, `<img onerror>`,
 * `<svg onload>`, `<iframe>`, `javascript:` links, `"><b>`), in the places that become findings (dates' lines,
 * actors from names and from a vault note's aliases, solutions, headings, link aliases and targets, a missing
 * reading), shown by the built main.js in real Chromium. Every payload sets `window.__pwned` or calls alert.
 *
 * Asserted: no element or attribute the renderer does not make ever appears (a MutationObserver records every
 * element added from before the pane opens), no script runs, no dialog opens, no request leaves the page, and the
 * markup shows as the literal text it is. Screenshots: artifacts/screenshots/hostile-light.png (the pane, every
 * actor and passage opened) and hostile-timeline-light.png (the course timeline).
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveChromium, openSession, screenshot, SCREENSHOTS, type Session } from "./harness";

const LECTURE = 'Lectures/Hostile "><b>lecture.md';
const PWN = "window.__pwned=1";

const lecture = [
	"---",
	"tags: [lecture]",
	`aliases: ["<img src=x onerror=${PWN}>"]`,
	"---",
	`# The <script>${PWN}</script> lecture on "><b>power</b>`,
	"",
	`Late 1917: <img src=x onerror="${PWN};alert(1)"> civil war in Russia <svg onload=${PWN}>`,
	`In 1925 "><b>bold</b><iframe src="javascript:${PWN}"></iframe> Stalin met Mallory Payload and the Payload Gang.`,
	`[click me](javascript:${PWN}) in 1939-40 and <a href="javascript:alert(1)">a link</a> in Poland`,
	`Joseph Stalin <script>alert(1)</script> and Adolf Hitler"><img src=x onerror=alert(1)> signed in 1939.`,
	`The <svg onload=${PWN}> Gang met <object data=javascript:alert(1)> in 1941 with Mallory <b>Bold</b>.`,
	"",
	`## How to prevent <script>${PWN}</script> war`,
	"",
	`Solution 1: <script>${PWN}</script> wait for the revolution in Europe`,
	`Solution 2: "><img src=x onerror=${PWN}> negotiate a pact with Germany`,
	`- Option A: <iframe src=javascript:alert(1)></iframe> appease the <b>dictators</b>`,
	"",
	"## Readings (<b>required</b>)",
	"",
	`- [[Reading One|<img src=x onerror=${PWN}>]]`,
	`- [[<script>${PWN}</script> 1928-1941]]`,
	"- [[javascript:alert(1)]]",
	`- [[Reading Two#<b>heading</b>|"><svg onload=${PWN}>]]`,
].join("\n");

const readingOne = [
	"---",
	"type: reading",
	"---",
	`# <script>${PWN}</script> Waiting`,
	`Stalin <script>${PWN}</script> hoped the revolution in Europe would come; he chose to wait.`,
	`In 1939 <img src=x onerror=${PWN}> Germany and the Soviet Union signed a pact, negotiated in August.`,
	`Poland "><b>fell</b> in 1939 <iframe srcdoc="<script>parent.${PWN}</script>"></iframe>.`,
].join("\n");

const readingTwo = [`# <b>heading</b>`, `Hitler <svg onload=${PWN}> wanted a pact with Germany's rivals; a pact was negotiated.`].join("\n");

const VAULT: Record<string, string> = {
	[LECTURE]: lecture,
	"Readings/Reading One.md": readingOne,
	"Readings/Reading Two.md": readingTwo,
	// Vault actor notes: the title is the actor's name, markup included; the aliases are how the lecture names them.
	[`People/<img src=x onerror=${PWN}> Mallory.md`]: ["---", "actor: person", `aliases: ["Mallory Payload", "Mallory <b>Bold</b>", "<img src=x onerror=${PWN}>"]`, "---", "A person."].join("\n"),
	[`People/The <svg onload=${PWN}> Gang.md`]: ["---", "kind: group", "aliases: [Payload Gang]", "---", "A group."].join("\n"),
};

/** Every element our renderer (and the stand-in for Obsidian) creates; anything else came from a note. */
const OUR_TAGS = new Set([
	"div", "span", "button", "ul", "ol", "li", "input", "label", "select", "option", "textarea", "canvas",
	"svg", "path", "g", "line", "rect", "circle", "defs", "lineargradient", "stop", "text", "title", "tspan",
]);
/** Attributes our renderer sets; an `on…` handler, `src`, `href`, `srcdoc` or `style` would have come from a note. */
const OUR_ATTRIBUTE = /^(?:class|id|type|placeholder|tabindex|role|title|value|selected|disabled|hidden|for|name|viewbox|width|height|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|d|dx|dy|fill|stroke|stroke-width|stroke-dasharray|opacity|offset|stop-color|stop-opacity|gradientunits|text-anchor|dominant-baseline|transform|xmlns|font-size|font-weight|data-[\w-]+|aria-[\w-]+)$/;

declare global {
	interface Window {
		__pwned?: unknown;
		__seen: { tags: string[]; attributes: string[] };
	}
}

/** Opens everything that shows more: every actor's mentions, every reading's passages, every "Show all". */
async function openEverything(s: Session): Promise<void> {
	await s.page.evaluate(async () => {
		const settle = (): Promise<void> => new Promise((r) => window.setTimeout(r, 30));
		for (const selector of ['.lecture-atlas-pane button[aria-label="Show mentions"]', '.lecture-atlas-pane .lecture-atlas-passage-chip[aria-expanded="false"]', ".lecture-atlas-pane .lecture-atlas-show-all"]) {
			for (let i = 0; i < 100; i++) {
				const button = document.querySelector<HTMLElement>(selector);
				if (!button) break;
				button.click();
				await settle();
			}
		}
	});
}

describe.skipIf(!haveChromium)("a hostile lecture in Chromium", () => {
	let s: Session;
	beforeAll(async () => {
		s = await openSession(VAULT);
		// From here on, every element and attribute added anywhere in the page is recorded.
		await s.page.evaluate(() => {
			window.__seen = { tags: [], attributes: [] };
			const record = (el: Element): void => {
				window.__seen.tags.push(el.tagName.toLowerCase());
				for (const a of Array.from(el.attributes)) window.__seen.attributes.push(`${el.tagName.toLowerCase()} ${a.name.toLowerCase()}=${a.value.slice(0, 60)}`);
			};
			new MutationObserver((records) => {
				for (const r of records) {
					if (r.type === "attributes" && r.target.nodeType === Node.ELEMENT_NODE) record(r.target as Element);
					for (const n of Array.from(r.addedNodes)) {
						if (n.nodeType !== Node.ELEMENT_NODE) continue;
						record(n as Element);
						for (const child of Array.from((n as Element).querySelectorAll("*"))) record(child);
					}
				}
			}).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
		});
		await s.page.evaluate(async (path) => {
			await window.atlasTest.openNote(path);
			await window.atlasTest.runCommand("open-pane");
		}, LECTURE);
		await s.page.waitForSelector(".lecture-atlas-pane .lecture-atlas-date");
		await s.page.waitForSelector(".lecture-atlas-pane .lecture-atlas-reading");
		await openEverything(s);
	}, 60000);
	afterAll(async () => {
		await s?.close();
	});

	it("shows the note's findings, markup and all, as literal text", async () => {
		const pane = s.page.locator(".lecture-atlas-pane");
		const text = (await pane.textContent()) ?? "";
		// Dates' lines, solutions, actors (from the gazetteer, from a vault note's title and from its aliases),
		// readings (an alias, a missing target), all as written.
		for (const literal of [
			`<img src=x onerror="${PWN};alert(1)"> civil war in Russia <svg onload=${PWN}>`,
			`"><b>bold</b><iframe src="javascript:${PWN}"></iframe>`,
			`[click me](javascript:${PWN})`,
			`<script>${PWN}</script> wait for the revolution in Europe`,
			`"><img src=x onerror=${PWN}> negotiate a pact with Germany`,
			`<img src=x onerror=${PWN}>`,
			`<script>${PWN}</script> 1928-1941`,
			"javascript:alert(1)",
			`"><svg onload=${PWN}>`,
			// Actors named by vault notes whose titles hold markup, mentioned by their aliases.
			`<img src=x onerror=${PWN}> Mallory`,
			`The <svg onload=${PWN}> Gang`,
			"Mallory Payload",
		]) {
			expect(text, literal).toContain(literal);
		}
		const solutions = await pane.locator(".lecture-atlas-solution-text").allTextContents();
		expect(solutions).toContain(`<script>${PWN}</script> wait for the revolution in Europe`);
		const readings = await pane.locator(".lecture-atlas-reading-title").allTextContents();
		expect(readings).toEqual([`<img src=x onerror=${PWN}>`, `<script>${PWN}</script> 1928-1941`, "javascript:alert(1)", `"><svg onload=${PWN}>`]);
		const missing = await pane.locator(".lecture-atlas-reading.is-missing .lecture-atlas-reading-title").allTextContents();
		expect(missing).toEqual([`<script>${PWN}</script> 1928-1941`, "javascript:alert(1)"]);
		expect(await pane.locator(".lecture-atlas-reading.is-missing button", { hasText: "Create note" }).count()).toBe(2);
		// The passages of the readings, opened: markup shown as text.
		const passages = await pane.locator(".lecture-atlas-passage .lecture-atlas-context").allTextContents();
		expect(passages.some((p) => p.includes(`<script>${PWN}</script> hoped`))).toBe(true);
		expect(passages.some((p) => p.includes(`<iframe srcdoc="<script>parent.${PWN}</script>"></iframe>`))).toBe(true);
	});

	it("creates no element from the note: every element in the pane is one the renderer makes", async () => {
		const tags = await s.page.$$eval(".lecture-atlas-pane *", (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
		expect(tags.filter((t) => !OUR_TAGS.has(t))).toEqual([]);
		for (const tag of ["script", "img", "iframe", "object", "embed", "b", "a", "style", "link", "meta", "form", "foreignobject"]) {
			expect(await s.page.locator(`.lecture-atlas-pane ${tag}`).count(), tag).toBe(0);
		}
		// An svg that is ours is an icon (class svg-icon) and has no handler.
		const svgs = await s.page.$$eval(".lecture-atlas-pane svg", (els) => els.map((e) => e.getAttribute("class") ?? ""));
		expect(svgs.every((c) => c.includes("svg-icon"))).toBe(true);
	});

	it("never added a foreign element or attribute anywhere in the page, even for a moment", async () => {
		const seen = await s.page.evaluate(() => window.__seen);
		expect(seen.tags.length).toBeGreaterThan(100);
		expect([...new Set(seen.tags)].filter((t) => !OUR_TAGS.has(t))).toEqual([]);
		const foreign = [...new Set(seen.attributes)].filter((a) => !OUR_ATTRIBUTE.test(a.slice(a.indexOf(" ") + 1, a.indexOf("="))));
		expect(foreign).toEqual([]);
	});

	it("ran no script, opened no dialog and made no request", async () => {
		expect(await s.page.evaluate(() => window.__pwned)).toBeUndefined();
		expect(await s.page.evaluate(() => window.alertsSeen)).toBe(0);
		expect(s.errors).toEqual([]);
	});

	it("saves a screenshot of the pane on the hostile note", async () => {
		await s.page.evaluate(() => document.querySelector(".lecture-atlas-pane")?.scrollTo(0, 0));
		await screenshot(s.page, "hostile-light");
		// The actors close up: names made of markup are long and unbroken.
		await s.page.locator(".lecture-atlas-pane .lecture-atlas-section-actors").screenshot({ path: join(SCREENSHOTS, "hostile-actors-light.png") });
		expect(s.errors).toEqual([]);
	});

	it("creates a missing reading named with markup as a note, and shows it as text", async () => {
		await s.page.locator(".lecture-atlas-reading.is-missing", { hasText: "<script>" }).locator("button", { hasText: "Create note" }).click();
		await s.page.waitForFunction(() => window.atlasTest.writes().some((w) => w.op === "create"));
		const writes = await s.page.evaluate(() => window.atlasTest.writes());
		// The characters a file name may not hold are replaced; the "/" of "</script>" makes a folder, as a "/" in
		// any link target names a path in Obsidian. Nothing else is written.
		expect(writes).toEqual([
			{ op: "createFolder", path: "script window.__pwned=1 " },
			{ op: "create", path: "script window.__pwned=1 /script 1928-1941.md" },
		]);
		// The notice says, as text, that the link cannot lead to the new note and how to link it.
		const notice = (await s.page.evaluate(() => window.atlasTest.notices())).at(-1) ?? "";
		expect(notice).toBe(
			`Created script window.__pwned=1 /script 1928-1941.md. File names cannot hold < >, so [[<script>${PWN}</script> 1928-1941]] cannot lead to it: change it to [[script window.__pwned=1 /script 1928-1941]].`,
		);
		// the pane drawn again after the write, not a guess at how long its refresh takes
		await s.page.evaluate(async () => {
			const view = window.atlasTest.app.workspace.getLeavesOfType("lecture-atlas-pane")[0]?.view as unknown as { refresh(): Promise<void> } | undefined;
			if (!view) throw new Error("the pane is not open");
			await view.refresh();
		});
		expect(await s.page.locator(".lecture-atlas-pane .lecture-atlas-reading-title").allTextContents()).toContain(`<script>${PWN}</script> 1928-1941`);
		expect(await s.page.locator(".notice b, .notice script, .notice img, .lecture-atlas-pane b, .lecture-atlas-pane script, .lecture-atlas-pane img").count()).toBe(0);
		expect(await s.page.evaluate(() => window.__pwned)).toBeUndefined();
	});

	it("shows a reading's reverse view, markup as text", async () => {
		await s.page.evaluate(async () => window.atlasTest.openNote("Readings/Reading One.md"));
		await s.page.waitForSelector(".lecture-atlas-section-citedBy");
		await openEverything(s);
		const titles = await s.page.locator(".lecture-atlas-section-citedBy .lecture-atlas-reading-title").allTextContents();
		expect(titles).toEqual(['Hostile "><b>lecture']);
		expect(await s.page.locator(".lecture-atlas-pane b, .lecture-atlas-pane script, .lecture-atlas-pane img, .lecture-atlas-pane iframe").count()).toBe(0);
		expect(await s.page.evaluate(() => window.__pwned)).toBeUndefined();
		expect(s.errors).toEqual([]);
	});

	it("draws the course timeline with the hostile labels as text", async () => {
		await s.page.evaluate(async () => window.atlasTest.runCommand("open-course-timeline"));
		await s.page.waitForSelector(".lecture-atlas-ct-event");
		const lanes = await s.page.$$eval(".lecture-atlas-ct-lane-label", (els) => els.map((e) => e.textContent));
		expect(lanes).toEqual(['Hostile "><b>lecture']);
		const titles = await s.page.$$eval(".lecture-atlas-ct-event title", (els) => els.map((e) => e.textContent ?? ""));
		expect(titles.some((t) => t.includes(`<img src=x onerror="${PWN};alert(1)">`))).toBe(true);
		await s.page.locator(".lecture-atlas-ct-event").first().hover();
		await expect.poll(() => s.page.locator(".lecture-atlas-ct-card").getAttribute("class")).not.toContain("is-hidden");
		const tags = await s.page.$$eval(".lecture-atlas-course *", (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
		expect(tags.filter((t) => !OUR_TAGS.has(t))).toEqual([]);
		await screenshot(s.page, "hostile-timeline-light");
		const seen = await s.page.evaluate(() => window.__seen);
		expect([...new Set(seen.tags)].filter((t) => !OUR_TAGS.has(t))).toEqual([]);
		expect(await s.page.evaluate(() => window.__pwned)).toBeUndefined();
		expect(await s.page.evaluate(() => window.alertsSeen)).toBe(0);
		expect(s.errors).toEqual([]);
	});
});
