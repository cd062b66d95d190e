/**
 * The pane in a real browser: built main.js, Debian's Chromium, the example vault. Screenshots go to
 * artifacts/screenshots/ (git-ignored); the reviewed light one is copied to docs/ by hand.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveChromium, openSession, readVault, ROOT, screenshot, type Session } from "./harness";

const LECTURE = "Lectures/Stalin and the West.md";

describe.skipIf(!haveChromium)("the pane in Chromium, on the example lecture", () => {
	let s: Session;
	beforeAll(async () => {
		s = await openSession(readVault(join(ROOT, "example-vault")));
		await s.page.evaluate(async (path) => {
			await window.atlasTest.openNote(path);
			await window.atlasTest.runCommand("open-pane");
		}, LECTURE);
		await s.page.waitForSelector(".lecture-atlas-date");
	}, 60000);
	afterAll(async () => {
		await s?.close();
	});

	it("shows the four sections with their counts", async () => {
		const sections = await s.page.$$eval(".lecture-atlas-section-header", (els) =>
			els.map((e) => [e.querySelector(".lecture-atlas-section-title")?.textContent, e.querySelector(".lecture-atlas-count")?.textContent]),
		);
		expect(sections).toEqual([
			["Timeline", "5"],
			["Actors", expect.any(String)],
			["Solutions", "2"],
			["Readings", "3"],
		]);
	});

	it("lists the seed's five dates in order with their fuzziness", async () => {
		const labels = await s.page.$$eval(".lecture-atlas-date-label", (els) => els.map((e) => e.firstChild?.textContent));
		expect(labels).toEqual(["late 1917", "by 1922", "1925", "by 1925", "1939–1940"]);
	});

	it("lists the actors merged across names and demonyms", async () => {
		const names = await s.page.$$eval(".lecture-atlas-actor-name", (els) => els.map((e) => e.textContent));
		for (const name of ["Soviet Union", "Germany", "Poland", "France", "Japan", "United Kingdom", "United States", "Joseph Stalin", "Adolf Hitler", "Bolsheviks", "Comintern"]) {
			expect(names).toContain(name);
		}
		expect(names).not.toContain("Finley");
	});

	it("numbers both solutions", async () => {
		const texts = await s.page.$$eval(".lecture-atlas-solution-text", (els) => els.map((e) => e.textContent));
		expect(texts).toEqual(["Await and encourage further European revolutions", "Gain breathing space after ending the war; consolidate power at home"]);
	});

	it("shows the readings with their state and period", async () => {
		const readings = await s.page.$$eval(".lecture-atlas-reading", (els) =>
			els.map((e) => ({
				title: e.querySelector(".lecture-atlas-reading-title")?.textContent,
				missing: e.classList.contains("is-missing"),
				period: e.querySelector(".lecture-atlas-period")?.textContent ?? null,
			})),
		);
		expect(readings).toEqual([
			{ title: "\"Stalin and the West\" in Companion to International History", missing: true, period: null },
			{ title: "Stalin, Volume I, paradoxes of Power, 1878, 1928", missing: false, period: "1878–1928" },
			{ title: "Stalin, Volume II, Waiting for Hitler, 1928-1941", missing: false, period: "1928–1941" },
		]);
		expect(await s.page.locator(".lecture-atlas-reading.is-missing button", { hasText: "Create note" }).count()).toBe(1);
	});

	it("moves the editor to the line of a clicked date", async () => {
		const row = s.page.locator(".lecture-atlas-date", { hasText: "1939–1940" });
		await row.click();
		expect(await s.page.evaluate(() => window.atlasTest.cursorLine())).toBe(26); // 0-based: line 27 of the note
		expect(await s.page.locator(".cm-line.cm-active").textContent()).toContain("Annexations 1939-40");
	});

	it("opens a reading at the line of a passage", async () => {
		const card = s.page.locator(".lecture-atlas-reading", { hasText: "Volume II" });
		await card.locator(".lecture-atlas-passage-chip", { hasText: "Adolf Hitler" }).click();
		const passage = card.locator(".lecture-atlas-passage").first();
		const line = Number(await passage.locator(".lecture-atlas-line-number").textContent());
		await passage.click();
		await s.page.waitForFunction(() => document.querySelector(".inline-title")?.textContent?.startsWith("Stalin, Volume II"));
		expect(await s.page.evaluate(() => window.atlasTest.cursorLine())).toBe(line - 1);
		expect(await s.page.locator(".cm-line.cm-active").textContent()).toContain("Hitler");
		// back to the lecture for the screenshots
		await s.page.evaluate(async (path) => window.atlasTest.openNote(path), LECTURE);
		await s.page.waitForFunction(() => document.querySelector(".lecture-atlas-title")?.textContent === "Stalin and the West");
	});

	it("saves light and dark screenshots and stays offline and error-free", async () => {
		await screenshot(s.page, "pane-light");
		await s.page.evaluate(() => document.body.classList.replace("theme-light", "theme-dark"));
		await screenshot(s.page, "pane-dark");
		await s.page.evaluate(() => document.body.classList.replace("theme-dark", "theme-light"));
		expect(s.errors).toEqual([]);
	});

	it("after an edit, keeps the rows the edit left alone, and a row below a new line opens that line", async () => {
		const kept = await s.page.evaluate(async (path) => {
			const t = window.atlasTest;
			const view = t.app.workspace.getLeavesOfType("lecture-atlas-pane")[0]?.view as unknown as { refresh(): Promise<void>; containerEl: HTMLElement } | undefined;
			if (!view) throw new Error("no pane");
			const rows = (): HTMLElement[] => Array.from(view.containerEl.querySelectorAll<HTMLElement>(".lecture-atlas-date, .lecture-atlas-actor"));
			const before = rows();
			const text = t.read(path) ?? "";
			await t.edit(path, text.replace("Winter War;", "the Winter War;"));
			await view.refresh();
			const after = rows();
			const changed = after.filter((r) => !before.includes(r)).map((r) => r.textContent ?? "");
			await t.edit(path, `A new first line.\n${t.read(path) ?? ""}`);
			await view.refresh();
			return { rows: after.length, changed };
		}, LECTURE);
		// the one date row of the edited line is new; every other date and actor row is the element it was
		expect(kept.rows).toBeGreaterThan(15);
		expect(kept.changed).toEqual([expect.stringContaining("the Winter War")]);
		await s.page.locator(".lecture-atlas-date", { hasText: "1925" }).first().click();
		expect(await s.page.evaluate(() => window.atlasTest.cursorLine())).toBe(15); // line 15 of the note, one down
		expect(s.errors).toEqual([]);
	});
});

describe.skipIf(!haveChromium)("readings in Chromium: creating a missing one, and the reverse view", () => {
	let s: Session;
	beforeAll(async () => {
		s = await openSession(readVault(join(ROOT, "example-vault")));
		await s.page.evaluate(async (path) => {
			await window.atlasTest.openNote(path);
			await window.atlasTest.runCommand("open-pane");
		}, LECTURE);
		await s.page.waitForSelector(".lecture-atlas-reading");
	}, 60000);
	afterAll(async () => {
		await s?.close();
	});

	it("creates the missing reading from its button, and the pane shows it resolved", async () => {
		await s.page.locator(".lecture-atlas-reading.is-missing button", { hasText: "Create note" }).click();
		await s.page.waitForFunction(() => window.atlasTest.read("Stalin and the West.md") !== undefined);
		await s.page.waitForFunction(() => document.querySelectorAll(".lecture-atlas-reading.is-missing").length === 0, null, { timeout: 5000 });
		expect(await s.page.evaluate(() => window.atlasTest.notices())).toContain("Created Stalin and the West.md");
		expect(await s.page.evaluate(() => window.atlasTest.writes())).toEqual([{ op: "create", path: "Stalin and the West.md" }]);
	});

	it("shows the lectures a reading note serves", async () => {
		await s.page.evaluate(async () => window.atlasTest.openNote("Readings/Stalin, Volume II, Waiting for Hitler, 1928-1941.md"));
		await s.page.waitForSelector(".lecture-atlas-section-citedBy");
		await s.page.locator(".lecture-atlas-section-citedBy .lecture-atlas-passage-chip").first().click();
		expect(await s.page.locator(".lecture-atlas-section-citedBy .lecture-atlas-reading-title").allTextContents()).toEqual(["Stalin and the West"]);
		await screenshot(s.page, "reading-reverse-light");
		expect(s.errors).toEqual([]);
	});
});
