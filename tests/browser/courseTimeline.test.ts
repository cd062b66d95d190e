/**
 * The course timeline in a real browser: built main.js, Debian's Chromium, the example vault. Screenshots go to
 * artifacts/screenshots/ (course-timeline-light.png and course-timeline-dark.png).
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveChromium, openSession, readVault, ROOT, screenshot, type Session } from "./harness";

describe.skipIf(!haveChromium)("the course timeline in Chromium, on the example vault", () => {
	let s: Session;
	beforeAll(async () => {
		s = await openSession(readVault(join(ROOT, "example-vault")));
		await s.page.evaluate(async () => {
			await window.atlasTest.runCommand("open-course-timeline");
		});
		await s.page.waitForSelector(".lecture-atlas-ct-event");
		// the view draws lectures as the index reads them: wait until it has read them all
		await s.page.waitForFunction(() => !(document.querySelector(".lecture-atlas-ct-status")?.textContent ?? "indexing").includes("indexing"), null, { timeout: 30000 });
	}, 60000);
	afterAll(async () => {
		await s?.close();
	});

	it("draws one lane per lecture with every dated line", async () => {
		const lanes = await s.page.$$eval(".lecture-atlas-ct-lane-label", (els) => els.map((e) => e.textContent));
		expect(lanes).toEqual(["The Concert of Europe", "Stalin and the West"]);
		expect(await s.page.locator(".lecture-atlas-ct-event").count()).toBe(14);
		expect(await s.page.locator(".lecture-atlas-ct-status").textContent()).toBe("2 lectures · 14 dates");
	});

	it("lays out labels that do not overlap in their row, and ticks that do not collide", async () => {
		const boxes = await s.page.$$eval(".lecture-atlas-ct-label", (els) =>
			els.map((e) => {
				const r = e.getBoundingClientRect();
				return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: e.textContent };
			}),
		);
		const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).map((b) => `${a.text} / ${b.text}`));
		expect(clashes).toEqual([]);
		const ticks = await s.page.$$eval(".lecture-atlas-ct-tick", (els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
		for (let i = 1; i < ticks.length; i++) expect((ticks[i] as number[])[0]).toBeGreaterThan((ticks[i - 1] as number[])[1] as number);
	});

	it("saves light and dark screenshots", async () => {
		await s.page.mouse.move(0, 0);
		await screenshot(s.page, "course-timeline-light");
		await s.page.evaluate(() => document.body.classList.replace("theme-light", "theme-dark"));
		await screenshot(s.page, "course-timeline-dark");
		await s.page.evaluate(() => document.body.classList.replace("theme-dark", "theme-light"));
	});

	it("shows the line on hover and opens the lecture at it on click, offline and error-free", async () => {
		const event = s.page.locator(".lecture-atlas-ct-event", { hasText: "Locarno" });
		await event.hover();
		await expect.poll(() => s.page.locator(".lecture-atlas-ct-card").getAttribute("class")).not.toContain("is-hidden");
		const card = await s.page.$$eval(".lecture-atlas-ct-card tspan", (els) => els.map((e) => e.textContent).join(" "));
		expect(card).toBe("1925 · Stalin and the West, line 15 Locarno Pact 1925 - mutually guaranteed peace in Western Europe");
		await screenshot(s.page, "course-timeline-hover");
		await event.click();
		await expect.poll(() => s.page.evaluate(() => window.atlasTest.cursorLine())).toBe(14);
		expect(await s.page.locator(".cm-line.cm-active").textContent()).toContain("Locarno Pact 1925");
		expect(s.errors).toEqual([]);
	});
});
