import { describe, expect, it } from "vitest";
import { frontmatterAliases, frontmatterTags, parseFrontmatter, splitFrontmatter } from "../../../src/core/markdown/frontmatter";

describe("parseFrontmatter: the YAML that notes carry", () => {
	it.each([
		["a plain scalar", "type: reading", { type: "reading" }],
		["a number", "year: 1928", { year: 1928 }],
		["a negative number", "year: -44", { year: -44 }],
		["a range stays text", "period: 1928-1941", { period: "1928-1941" }],
		["a double-quoted string with an escape", 'title: "Stalin, \\"Volume II\\""', { title: 'Stalin, "Volume II"' }],
		["a single-quoted string", "title: 'Kotkin''s Stalin'", { title: "Kotkin's Stalin" }],
		["an inline list", "years: [1928, 1941]", { years: [1928, 1941] }],
		["an inline list with quoted commas", 'aliases: ["Stalin, J.", Koba]', { aliases: ["Stalin, J.", "Koba"] }],
		["a block list", "tags:\n- reading\n  - history", { tags: ["reading", "history"] }],
		["an indented block list", "aliases:\n  - Koba\n  - Soso", { aliases: ["Koba", "Soso"] }],
		["booleans and null", "draft: true\npublished: false\nsource: ~", { draft: true, published: false, source: null }],
		["an empty value", "summary:", { summary: null }],
		["a comment after a value", "type: reading # set by template", { type: "reading" }],
		["a hash inside a value is text", "isbn: 978-0#1", { isbn: "978-0#1" }],
		["a colon inside a value", "source: Chapter 3: The Purges", { source: "Chapter 3: The Purges" }],
		["a literal block", "note: |\n  line one\n  line two", { note: "line one\nline two" }],
		["a folded block", "note: >\n  line one\n  line two", { note: "line one line two" }],
		["a quoted key", '"my key": value', { "my key": "value" }],
		["a nested map is not guessed at", "period:\n  start: 1928\n  end: 1941", { period: null }],
		["a Windows line end", "type: reading\r\nyear: 1930", { type: "reading", year: 1930 }],
		["a wiki-link in quotes", 'up: "[[Course index]]"', { up: "[[Course index]]" }],
	])("%s", (_, text, want) => {
		expect(parseFrontmatter(text)).toEqual(want);
	});

	it.each([
		["an unclosed quote", 'title: "never closed'],
		["an unclosed list", "tags: [a, b"],
		["a stray list item", "- orphan\n: nothing"],
		["tabs, braces and colons", "\t{}:\n::\n[a]: b"],
		["binary junk", "\u0000\u0001: \uFFFF"],
	])("never throws on %s", (_, text) => {
		expect(() => parseFrontmatter(text)).not.toThrow();
	});

	it("cannot reach the object's prototype", () => {
		const fm = parseFrontmatter("__proto__: polluted\nconstructor: x\ntype: reading");
		expect(fm).toEqual({ type: "reading" });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it("stays linear on a long line of colons and spaces", { timeout: 3000 }, () => {
		expect(() => parseFrontmatter("k" + " :".repeat(500_000))).not.toThrow();
	});
});

describe("splitFrontmatter", () => {
	it.each([
		["a block at the top", "---\ntype: reading\n---\n# Title", "type: reading"],
		["a block closed by dots", "---\na: 1\n...\nbody", "a: 1"],
		["an empty block", "---\n---\nbody", ""],
		["a byte-order mark", "\uFEFF---\na: 1\n---\n", "a: 1"],
		["CRLF line ends", "---\r\na: 1\r\n---\r\nbody", "a: 1"],
		["no block", "# Title\n---\na: 1\n---", null],
		["an unclosed block", "---\na: 1\nbody", null],
	])("%s", (_, raw, want) => {
		expect(splitFrontmatter(raw)).toBe(want);
	});
});

describe("aliases and tags", () => {
	it.each([
		[{ aliases: ["Stalin", "Koba"] }, ["Stalin", "Koba"]],
		[{ aliases: "Stalin, Koba" }, ["Stalin", "Koba"]],
		[{ alias: "Stalin" }, ["Stalin"]],
		[{ aliases: [null, " Stalin "] }, ["Stalin"]],
		[null, []],
	])("aliases of %j", (fm, want) => {
		expect(frontmatterAliases(fm)).toEqual(want);
	});
	it.each([
		[{ tags: ["#reading", "history"] }, ["reading", "history"]],
		[{ tags: "reading history" }, ["reading", "history"]],
		[{ tag: "reading" }, ["reading"]],
	])("tags of %j", (fm, want) => {
		expect(frontmatterTags(fm)).toEqual(want);
	});
});
