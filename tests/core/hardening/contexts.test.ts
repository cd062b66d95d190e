/**
 * Contexts stay bounded: every finding repeats its line as context, so a long line gives each finding a window of it
 * around the finding instead (and a line crowded with findings a narrower one). Ordinary lines are untouched.
 */
import { describe, expect, it } from "vitest";
import { analyseNote } from "../../../src/core/analyse";
import { CONTEXT_LIMIT, contextAround, parseNote } from "../../../src/core/markdown/document";
import { LECTURE, vaultEnv } from "./env";

const analyse = (raw: string) => analyseNote(LECTURE, raw, vaultEnv({ [LECTURE]: raw }));

describe("contextAround", () => {
	it("is the trimmed line when the line is short enough", () => {
		const doc = parseNote("  - Late 1917: Civil war in Russia  ");
		expect(contextAround(doc, 1, 4, 9)).toBe("- Late 1917: Civil war in Russia");
	});

	it("is a window around the finding on a long line, cut with an ellipsis on each side", () => {
		const line = `${"a".repeat(1000)} 1917 ${"b".repeat(1000)}`;
		const got = contextAround(parseNote(line), 1, 1001, 4, 100);
		expect(got).toBe(`…${"a".repeat(47)} 1917 ${"b".repeat(47)}…`);
	});

	it("keeps the window inside the line at either end", () => {
		const line = `1917 ${"x".repeat(1000)} 1939`;
		expect(contextAround(parseNote(line), 1, 0, 4, 100)).toBe(`1917 ${"x".repeat(95)}…`);
		expect(contextAround(parseNote(line), 1, line.length - 4, 4, 100)).toBe(`…${"x".repeat(95)} 1939`);
	});

	it("never splits a surrogate pair", () => {
		const line = `${"𝕏".repeat(500)}1917${"😀".repeat(500)}`;
		const got = contextAround(parseNote(line), 1, 1000, 4, 101);
		expect(got).toContain("1917");
		expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/.test(got)).toBe(false);
	});

	it("gives a finding longer than the limit the finding itself", () => {
		const line = `x ${"y".repeat(300)} z`;
		expect(contextAround(parseNote(line), 1, 2, 300, 100)).toBe(`…${"y".repeat(300)}…`);
	});
});

describe("the analysis", () => {
	it("keeps the whole line as context for a paragraph under the limit", () => {
		const paragraph = `In the autumn of 1917 ${"the Bolsheviks took power and ".repeat(10)}ended the war.`;
		expect(paragraph.length).toBeLessThan(CONTEXT_LIMIT);
		expect(analyse(paragraph).dates[0]?.context).toBe(paragraph);
	});

	it("gives a date far along a long paragraph a window that shows it", () => {
		const paragraph = `${"The Bolsheviks took power and ended the war. ".repeat(30)}Stalin rose by 1922.`;
		const [d] = analyse(paragraph).dates;
		expect(d?.text).toBe("by 1922");
		expect(d?.context.startsWith("…")).toBe(true);
		expect(d?.context.endsWith("Stalin rose by 1922.")).toBe(true);
		expect(d?.context.length).toBeLessThanOrEqual(CONTEXT_LIMIT + 1);
	});

	it("gives each of many dates on one huge line a short window, so the whole stays linear", () => {
		const line = "In 1917, 1918 and 1919. ".repeat(20_000);
		const a = analyse(line);
		expect(a.dates.length).toBeGreaterThan(20_000);
		for (const d of a.dates.slice(0, 50)) {
			expect(d.context).toContain(d.text);
			expect(d.context.length).toBeLessThanOrEqual(102);
		}
		expect(a.dates.reduce((n, d) => n + d.context.length, 0)).toBeLessThan(110 * a.dates.length);
	});

	it("cuts a solution's problem that is a huge paragraph", () => {
		const raw = `${"Europe was at war and nobody could stop it. ".repeat(100)}\nSolution 1: negotiate a peace\nSolution 2: win the war`;
		const a = analyse(raw);
		expect(a.solutions.map((s) => s.text)).toEqual(["negotiate a peace", "win the war"]);
		for (const s of a.solutions) {
			expect(s.problem?.length).toBeLessThanOrEqual(CONTEXT_LIMIT + 1);
			expect(s.problem?.startsWith("Europe was at war")).toBe(true);
			expect(s.problem?.endsWith("…")).toBe(true);
		}
	});
});
