/**
 * Every wiki-link of the English Obsidian Help vault (`../shared/vaults/obsidian-help-en`, read at run time and
 * never copied), parsed and resolved. The vault is written by Obsidian's own team for Obsidian, so its links are
 * known to work in Obsidian: a parser or resolver that disagrees with it disagrees with Obsidian.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinkResolver } from "../../../src/core/links/resolve";
import { parseNote } from "../../../src/core/markdown/document";

const ROOT = join(import.meta.dirname, "../../../../shared/vaults/obsidian-help-en");
const present = existsSync(ROOT);

function listFiles(dir: string, rel = ""): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const r = rel ? `${rel}/${e.name}` : e.name;
		if (e.name.startsWith(".")) return [];
		return e.isDirectory() ? listFiles(join(dir, e.name), r) : [r];
	});
}

/**
 * An independent count: the simplest reading of the rules, line by line. Frontmatter and fenced blocks are dropped,
 * inline code spans are blanked, then every `[[…]]` (a lone `]` allowed inside) is counted; `![[` is an embed.
 * It shares no code with the parser.
 */
function simpleCount(text: string): { links: number; embeds: number } {
	const lines = text.split("\n");
	let start = 0;
	if (lines[0] === "---") {
		const end = lines.indexOf("---", 1);
		if (end !== -1) start = end + 1;
	}
	let fence: string | null = null;
	let links = 0;
	let embeds = 0;
	for (const line of lines.slice(start)) {
		const f = /^[ \t>]*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence !== null) {
			if (f && f[0] === fence[0] && f.length >= fence.length) fence = null;
			continue;
		}
		if (f) {
			fence = f;
			continue;
		}
		const visible = line.replace(/(`+)(.+?)\1/g, (m) => " ".repeat(m.length));
		for (const m of visible.matchAll(/(!?)\[\[(?:[^\]]|\](?!\]))*?\]\]/g)) {
			if (m[1]) embeds++;
			else links++;
		}
	}
	return { links, embeds };
}

describe.skipIf(!present)("the Obsidian Help vault (en)", () => {
	const files = present ? listFiles(ROOT) : [];
	const notes = files.filter((f) => f.endsWith(".md"));
	const parsed = notes.map((path) => ({ path, doc: parseNote(readFileSync(join(ROOT, path), "utf8")) }));
	const links = parsed.flatMap(({ path, doc }) => doc.links.filter((l) => !l.embed).map((link) => ({ path, doc, link })));
	const embeds = parsed.flatMap(({ doc }) => doc.links.filter((l) => l.embed));

	it("finds 1,524 wiki-links and 283 embeds, as SOURCES.md and an independent count say", () => {
		const simple = notes.map((p) => simpleCount(readFileSync(join(ROOT, p), "utf8")));
		expect(simple.reduce((n, c) => n + c.links, 0)).toBe(1524);
		expect(simple.reduce((n, c) => n + c.embeds, 0)).toBe(283);
		expect(links).toHaveLength(1524);
		expect(embeds).toHaveLength(283);
	});

	it("finds every link's raw text at its line and column", () => {
		const misplaced = links.filter(({ doc, link }) => doc.lines[link.line - 1]?.slice(link.col, link.col + link.length) !== link.raw);
		expect(misplaced).toEqual([]);
	});

	it("counts aliases, headings and blocks as SOURCES.md does (787 aliases, 404 headings of which 143 same-note, 1 block)", () => {
		expect(links.filter((l) => l.link.alias !== null)).toHaveLength(787);
		expect(links.filter((l) => l.link.heading !== null)).toHaveLength(404);
		expect(links.filter((l) => l.link.heading !== null && l.link.target === "")).toHaveLength(143);
		expect(links.filter((l) => l.link.block !== null)).toHaveLength(1);
	});

	// SOURCES.md: 1,519 of the 1,524 links resolve by Obsidian-style matching; the 5 others point at a missing
	// example note ("Example", four times, in "Internal links") and at a screenshot that is not in the snapshot.
	// Checked by listing the unresolved links (below) and by the duplicated basenames, which Obsidian's authors
	// link from inside the same folder: a bare [[Security and privacy]] must land in the linking note's folder.
	it("resolves 1,519 links; the rest are a missing example note and a missing screenshot", () => {
		const resolve = createLinkResolver(files);
		const unresolved = links.filter(({ path, link }) => (link.target === "" ? path : resolve(link.target, path)) === null);
		expect(links.length - unresolved.length).toBeGreaterThanOrEqual(1519);
		expect(unresolved.map((u) => u.link.target).sort()).toEqual(["Example", "Example", "Example", "Example", "web-clipper-kde.png"]);
	});

	it("resolves a bare link to a duplicated note name into the linking note's own folder", () => {
		const resolve = createLinkResolver(files);
		const bare = links.filter(({ link }) => link.target === "Security and privacy");
		expect(bare.length).toBeGreaterThan(0);
		for (const { path, link } of bare) {
			const folder = path.slice(0, path.lastIndexOf("/"));
			expect(resolve(link.target, path)).toBe(`${folder}/Security and privacy.md`);
		}
	});

	it("resolves every link with a folder path to exactly that path", () => {
		const resolve = createLinkResolver(files);
		const withFolder = links.filter(({ link }) => link.target.includes("/"));
		expect(withFolder.length).toBeGreaterThan(20);
		for (const { path, link } of withFolder) expect(resolve(link.target, path)?.toLowerCase()).toBe(`${link.target}.md`.toLowerCase());
	});
});
