/**
 * The dev gold of `../shared/corpus` (read at run time, never copied): solutions scored the way
 * `../shared/tools/score.mjs` scores them (token Jaccard ≥ 0.6, or one text containing the other, one-to-one).
 * Held-out notes have no gold file and are not touched here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/markdown/document";
import { DEFAULT_SOLUTION_CUES } from "../../../src/core/settings";
import { extractSolutions } from "../../../src/core/solutions";

const CORPUS = join(import.meta.dirname, "../../../../shared/corpus");
const SEED = join(import.meta.dirname, "../../../../shared/seed/Stalin and the West.md");

function golds(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? golds(p) : name.endsWith(".gold.json") ? [p] : [];
	});
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
function similar(a: string, b: string): boolean {
	const A = new Set(norm(a).split(" ").filter(Boolean));
	const B = new Set(norm(b).split(" ").filter(Boolean));
	let shared = 0;
	for (const t of A) if (B.has(t)) shared++;
	const jaccard = shared / (A.size + B.size - shared || 1);
	return jaccard >= 0.6 || (norm(a) !== "" && (norm(a).includes(norm(b)) || norm(b).includes(norm(a))));
}

describe.skipIf(!existsSync(CORPUS))("solutions on the corpus's dev gold", () => {
	it("F1 ≥ 0.9", () => {
		let tp = 0;
		let predicted = 0;
		let expected = 0;
		for (const goldPath of golds(CORPUS)) {
			const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { solutions: { text: string }[] };
			const note = goldPath.replace(/\.gold\.json$/, ".md");
			const found = extractSolutions(parseNote(readFileSync(note, "utf8")), { cues: DEFAULT_SOLUTION_CUES });
			const used = new Set<number>();
			for (const g of gold.solutions) {
				const i = found.findIndex((s, k) => !used.has(k) && similar(g.text, s.text));
				if (i !== -1) used.add(i);
			}
			tp += used.size;
			predicted += found.length;
			expected += gold.solutions.length;
		}
		const p = predicted ? tp / predicted : 1;
		const r = expected ? tp / expected : 1;
		expect((2 * p * r) / (p + r || 1)).toBeGreaterThanOrEqual(0.9);
	});
});

describe.skipIf(!existsSync(SEED))("the user's own lecture", () => {
	it("gives exactly its two numbered solutions, with the problem they answer", () => {
		const found = extractSolutions(parseNote(readFileSync(SEED, "utf8")), { cues: DEFAULT_SOLUTION_CUES });
		expect(found.map((s) => [s.label, s.line])).toEqual([
			["Solution number 1", 7],
			["Solution number 2", 8],
		]);
		expect(found[0]?.text.startsWith("Await")).toBe(true);
		expect(found[1]?.text.endsWith("at home")).toBe(true);
		expect(found[0]?.problem).toMatch(/intervention/);
		expect(found[1]?.problem).toBe(found[0]?.problem);
	});
});
