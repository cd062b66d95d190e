/**
 * The dev gold of `../shared/corpus` (read at run time, never copied), scored as `../shared/tools/score.mjs` scores
 * actors: a predicted actor matches the gold actor with which it shares the most surface strings, one to one.
 * Each vault is offered to the extractor as the command line offers it (every note, with its aliases). Held-out
 * notes have no gold file and are not touched here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { extractActors, type VaultActorNote } from "../../../src/core/actors";
import { extractDates } from "../../../src/core/dates";
import { parseNote } from "../../../src/core/markdown/document";
import { frontmatterAliases, parseFrontmatter, splitFrontmatter } from "../../../src/core/markdown/frontmatter";
import { defaultSettings } from "../../../src/core/settings";

const CORPUS = join(import.meta.dirname, "../../../../shared/corpus");

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

interface GoldActor {
	name: string;
	kind: string;
	mentions: string[];
}

function vaultOf(root: string): VaultActorNote[] {
	return walk(root)
		.filter((p) => p.endsWith(".md"))
		.map((p) => {
			const block = splitFrontmatter(readFileSync(p, "utf8"));
			return {
				path: relative(root, p),
				title: (p.split("/").pop() ?? p).replace(/\.md$/, ""),
				aliases: frontmatterAliases(block === null ? null : parseFrontmatter(block)),
			};
		});
}

describe.skipIf(!existsSync(CORPUS))("actors on the corpus's dev gold", () => {
	it("P ≥ 0.90, R ≥ 0.85, kind right for ≥ 90 % of matches", () => {
		const settings = defaultSettings();
		const vaults = new Map<string, VaultActorNote[]>();
		let tp = 0;
		let predicted = 0;
		let expected = 0;
		let kindRight = 0;
		for (const goldPath of walk(CORPUS).filter((p) => p.endsWith(".gold.json"))) {
			const vault = relative(CORPUS, goldPath).split("/")[0] as string;
			if (!vaults.has(vault)) vaults.set(vault, vaultOf(join(CORPUS, vault)));
			const gold = (JSON.parse(readFileSync(goldPath, "utf8")) as { actors: GoldActor[] }).actors;
			const doc = parseNote(readFileSync(goldPath.replace(/\.gold\.json$/, ".md"), "utf8"));
			const dates = extractDates(doc, { minYear: settings.minYear, maxYear: settings.maxYear });
			const found = extractActors(doc, { userActors: [], merges: {}, ignored: [], vaultNotes: vaults.get(vault) ?? [], dates });
			const sets = found.map((a) => new Set(a.mentions.map((m) => m.text)));
			const used = new Set<number>();
			for (const g of gold) {
				let best = -1;
				let bestOverlap = 0;
				sets.forEach((s, i) => {
					if (used.has(i)) return;
					const overlap = g.mentions.filter((m) => s.has(m)).length;
					if (overlap > bestOverlap) {
						bestOverlap = overlap;
						best = i;
					}
				});
				if (best === -1) continue;
				used.add(best);
				tp++;
				if (found[best]?.kind === g.kind) kindRight++;
			}
			predicted += found.length;
			expected += gold.length;
		}
		expect(tp / predicted).toBeGreaterThanOrEqual(0.9);
		expect(tp / expected).toBeGreaterThanOrEqual(0.85);
		expect(kindRight / tp).toBeGreaterThanOrEqual(0.9);
	});
});
