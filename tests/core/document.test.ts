import { describe, expect, it } from "vitest";
import { parseNote, positionAt } from "../../src/core/markdown/document";

/** The body text a note's extractors see, with blanked runs collapsed for readability. */
const visible = (s: string): string =>
	s
		.split("\n")
		.map((l) => l.replace(/ {2,}/g, " ").trim())
		.join("\n")
		.trim();

describe("what counts as body text", () => {
	it.each([
		["frontmatter", "---\ntitle: 1917\n---\nLate 1917: war", "Late 1917: war"],
		["fenced code", "before\n```\n1917\n```\nafter", "before\n\n\n\nafter"],
		["a tilde fence", "a\n~~~mermaid\n1917\n~~~\nb", "a\n\n\n\nb"],
		["an unclosed fence runs to the end", "a\n```\n1917\nstill code", "a"],
		["HTML comments", "a <!-- 1917 --> b", "a b"],
		["Obsidian comments across lines", "a %% 1917\n1918 %% b", "a\nb"],
		["URLs", "see https://example.org/1917 now", "see now"],
		["Markdown link destinations", "[the war](notes/1917.md) ends", "[the war] ends"],
		["the whole of a wiki-link", "read [[Stalin, 1928-1941]] now", "read now"],
		["embeds", "![[Map 1939.png]] shows", "shows"],
		["inline tags", "#lecture Stalin and #Lenin, #war/1917 or #1920s", "Stalin and , or"],
	])("blanks %s", (_name, raw, body) => {
		const doc = parseNote(raw);
		expect(doc.body).toHaveLength(raw.length);
		expect(visible(doc.body)).toBe(body);
	});

	it("keeps a link's displayed text for actor mentions", () => {
		const doc = parseNote("[[Joseph Stalin|Stalin]] and [[Hitler]] and [[Note#Part]]");
		expect(visible(doc.display)).toBe("Stalin and Hitler and Note");
	});

	it.each([
		["#lecture and #week/3", ["lecture", "week/3"]],
		["#History-201 #history-201 and #Week/ too", ["history-201", "week"]],
		// no tag: a word before the "#", digits only, a heading's marks, a link's heading, inline code, a comment
		["not#atag, #1917 is a number, (#x) needs a space", []],
		["# Heading\n## Sub #\n[[Note#Part]] `#code` %% #hidden %%", []],
	])("finds the inline tags of %j", (raw, tags) => {
		expect(parseNote(raw).tags).toEqual(tags);
	});

	it("keeps as text what looks like a tag but is none", () => {
		const raw = "not#atag, #1917 is a number, (#x) and `#code`";
		expect(parseNote(raw).body).toBe(raw);
	});

	it("keeps inline code as text but finds no link inside it", () => {
		const doc = parseNote("`hyperinflation of 1923` and `[[Not a link]]`");
		expect(doc.body).toContain("hyperinflation of 1923");
		expect(doc.links).toEqual([]);
	});

	it("treats an unclosed frontmatter block as text", () => {
		const doc = parseNote("---\nnot closed 1917");
		expect(doc.frontmatter).toBeNull();
		expect(doc.body).toContain("1917");
	});
});

describe("positions", () => {
	it("are 1-based lines and 0-based UTF-16 columns, CRLF included", () => {
		const raw = "first\r\n𝕏 second 1917\r\nthird";
		const doc = parseNote(raw);
		const offset = raw.indexOf("1917");
		expect(positionAt(doc, offset)).toEqual({ line: 2, col: 10 });
		expect(doc.lines).toEqual(["first", "𝕏 second 1917", "third"]);
	});

	it("tolerate a byte-order mark before the frontmatter", () => {
		const doc = parseNote("\uFEFF---\na: 1\n---\nbody");
		expect(doc.frontmatter).toBe("a: 1");
		expect(doc.bodyStartLine).toBe(4);
	});
});
