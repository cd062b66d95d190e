import { describe, expect, it } from "vitest";
import { createLinkResolver } from "../../../src/core/links/resolve";
import { parseNote } from "../../../src/core/markdown/document";
import { isReadingHeading, readingLinks } from "../../../src/core/readings/section";
import { DEFAULT_READING_HEADINGS } from "../../../src/core/settings";

const vault = ["Lectures/Interwar.md", "Readings/Kotkin.md", "Books/Overy.md", "People/Stresemann.md", "Books/Tooze.md", "Lectures/map.png"];
const resolve = createLinkResolver(vault);

/** The targets of the reading links of a lecture at Lectures/Interwar.md. */
function readings(text: string, isReadingNote?: (path: string) => boolean, headings = DEFAULT_READING_HEADINGS): string[] {
	const doc = parseNote(text);
	const links = doc.links.map((l) => ({ ...l, resolved: l.target === "" ? "Lectures/Interwar.md" : resolve(l.target, "Lectures/Interwar.md") }));
	return readingLinks(doc, links, headings, isReadingNote).map((l) => l.target);
}

describe("readingLinks: the links of a readings section", () => {
	it.each([
		["a heading, case-insensitive", "[[Stresemann]] signs\n## Main readings\n[[Overy]]\n[[Tooze|Wages]]", ["Overy", "Tooze"]],
		["a heading with a qualifier", "### Readings for week 3\n- [[Overy]]", ["Overy"]],
		["a heading with emphasis and a colon", "## **Further reading:**\n- [[Overy]]", ["Overy"]],
		["a heading with an emoji", "## 📚 Readings\n- [[Overy]]", ["Overy"]],
		["a bold line used as a heading", "Text [[Stresemann]]\n\n**Seminar reading**\n- [[Overy]]\n- [[Tooze]]", ["Overy", "Tooze"]],
		["a plain line with a colon", "Main Readings:\n[[Overy]]\n\n[[Tooze]]", ["Overy", "Tooze"]],
		["a label with its links on the same line", "**Readings:** [[Overy]], [[Tooze]]\nLater [[Stresemann]] again", ["Overy", "Tooze"]],
		["a list item used as a label", "- Readings:\n\t- [[Overy]]\n- Other [[Stresemann]]", ["Overy"]],
		["a missing note is still a reading", "## Readings\n[[Stalin, Volume II, Waiting for Hitler, 1928-1941]]", ["Stalin, Volume II, Waiting for Hitler, 1928-1941"]],
		["a reading linked twice is listed once, first place kept", "## Readings\n[[Tooze]]\n[[Overy]]\n[[tooze|again]]", ["Tooze", "Overy"]],
		["a missing reading linked twice, in different case", "## Readings\n[[Lost Book]]\n[[lost book]]", ["Lost Book"]],
		["a PDF embed is a reading, a picture is not", "## Readings\n![[Kotkin ch1.pdf]]\n![[map.png]]", ["Kotkin ch1.pdf"]],
		["a link to a heading of the note itself is not", "## Readings\n[[#Summary]]\n[[Overy]]", ["Overy"]],
	])("%s", (_, text, want) => {
		expect(readings(text)).toEqual(want);
	});

	it.each([
		["the next heading of the same level", "## Readings\n[[Overy]]\n## Summary\n[[Tooze]]", ["Overy"]],
		["not at a deeper heading", "## Readings\n### Primary\n[[Overy]]\n### Secondary\n[[Tooze]]\n# Next\n[[Stresemann]]", ["Overy", "Tooze"]],
		["a thematic break", "## Readings\n[[Overy]]\n\n---\n[[Tooze]]", ["Overy"]],
		["a prose line, after a label line, even one with a link", "Readings:\n[[Overy]]\n@[[Kotkin]] p. 4\nWe then discussed [[Tooze]] and the war.\n[[Stresemann]]", ["Overy", "Kotkin"]],
	])("a section ends at %s", (_, text, want) => {
		expect(readings(text)).toEqual(want);
	});

	it.each([
		["a heading that only begins with a name", "## Sources of conflict\n[[Overy]]"],
		["a readings heading inside code", "```\n## Readings\n[[Overy]]\n```\n[[Tooze]]"],
		["a sentence that mentions readings", "The readings were long: [[Overy]] especially."],
	])("nothing from %s", (_, text) => {
		expect(readings(text)).toEqual([]);
	});

	it("linked notes that declare themselves readings count anywhere in the lecture", () => {
		const declared = (path: string) => path === "Books/Tooze.md";
		expect(readings("[[Stresemann]] and [[Tooze]] in the text\n## Readings\n[[Overy]]", declared)).toEqual(["Tooze", "Overy"]);
	});

	it("a link cited with an @ is a reading wherever it stands", () => {
		expect(readings("Notes on @[[Overy]] chapter 2, with [[Stresemann]] and an email@[[x]]")).toEqual(["Overy"]);
	});

	it("a note in a folder called Readings declares itself a reading", () => {
		expect(readings("Compare [[Kotkin]] with [[Stresemann]].")).toEqual(["Kotkin"]);
	});

	it("the configured headings decide", () => {
		expect(readings("## Texts\n[[Overy]]\n## Readings\n[[Tooze]]", undefined, ["Texts"])).toEqual(["Overy"]);
	});
});

describe("isReadingHeading", () => {
	it.each([
		["Readings", true],
		["MAIN READINGS", true],
		["Readings (required)", true],
		["Reading - week 2", true],
		["Bibliography:", true],
		["Readingsss", false],
		["Sources of conflict", false],
		["Literature review of Weimar", false],
	])("%s → %s", (text, want) => {
		expect(isReadingHeading(text, DEFAULT_READING_HEADINGS)).toBe(want);
	});
});
