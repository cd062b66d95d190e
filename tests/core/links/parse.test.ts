import { describe, expect, it } from "vitest";
import { parseLinkInner } from "../../../src/core/links/parse";
import { parseNote } from "../../../src/core/markdown/document";

type Parts = { target: string; alias: string | null; heading: string | null; block: string | null; embed: boolean };
const link = (target: string, extra: Partial<Parts> = {}): Parts => ({ target, alias: null, heading: null, block: null, embed: false, ...extra });

/** What a line of a note holds, link by link: raw text, its column, and the parsed parts. */
function linksOf(text: string): (Parts & { raw: string; line: number; col: number })[] {
	return parseNote(text).links.map((l) => ({ raw: l.raw, line: l.line, col: l.col, target: l.target, alias: l.alias, heading: l.heading, block: l.block, embed: l.embed }));
}

describe("every wiki-link form of DESIGN §3", () => {
	const cases: { form: string; text: string; raw: string; col: number; want: Parts }[] = [
		{ form: "a plain link", text: "See [[Treaty of Rapallo]].", raw: "[[Treaty of Rapallo]]", col: 4, want: link("Treaty of Rapallo") },
		{ form: "an alias", text: "[[Joseph Stalin|Stalin]] decides", raw: "[[Joseph Stalin|Stalin]]", col: 0, want: link("Joseph Stalin", { alias: "Stalin" }) },
		{
			form: "a space before the pipe (target trimmed, alias verbatim with its quotes)",
			text: '[[Cold Peace |"Cold Peace" in A Handbook]]',
			raw: '[[Cold Peace |"Cold Peace" in A Handbook]]',
			col: 0,
			want: link("Cold Peace", { alias: '"Cold Peace" in A Handbook' }),
		},
		{ form: "a heading", text: "[[Versailles#Reparations]]", raw: "[[Versailles#Reparations]]", col: 0, want: link("Versailles", { heading: "Reparations" }) },
		{ form: "a nested heading keeps the rest after the first #", text: "[[Help#Sync#Regions]]", raw: "[[Help#Sync#Regions]]", col: 0, want: link("Help", { heading: "Sync#Regions" }) },
		{ form: "a heading with an alias", text: "[[Versailles#Reparations|the bill]]", raw: "[[Versailles#Reparations|the bill]]", col: 0, want: link("Versailles", { heading: "Reparations", alias: "the bill" }) },
		{ form: "a block reference", text: "[[Munich 1938#^quote1]]", raw: "[[Munich 1938#^quote1]]", col: 0, want: link("Munich 1938", { block: "quote1" }) },
		{ form: "a folder path, kept as written", text: "[[people/Neville Chamberlain]]", raw: "[[people/Neville Chamberlain]]", col: 0, want: link("people/Neville Chamberlain") },
		{ form: "a link to a heading of the same note", text: "[[#Causes]]", raw: "[[#Causes]]", col: 0, want: link("", { heading: "Causes" }) },
		{ form: "a block of the same note", text: "[[#^summary]]", raw: "[[#^summary]]", col: 0, want: link("", { block: "summary" }) },
		{ form: "an embed (raw starts at the brackets)", text: "![[map of Europe.png]]", raw: "[[map of Europe.png]]", col: 1, want: link("map of Europe.png", { embed: true }) },
		{ form: "an embed with a size", text: "![[map.png|300]]", raw: "[[map.png|300]]", col: 1, want: link("map.png", { alias: "300", embed: true }) },
		{ form: "an escaped pipe inside a table", text: "| [[Entente Cordiale\\|the Entente]] | 1904 |", raw: "[[Entente Cordiale\\|the Entente]]", col: 2, want: link("Entente Cordiale", { alias: "the Entente" }) },
		{
			form: "an escaped pipe after a heading inside a table",
			text: "| [[Entente#Terms\\|terms]] |",
			raw: "[[Entente#Terms\\|terms]]",
			col: 2,
			want: link("Entente", { heading: "Terms", alias: "terms" }),
		},
		{ form: "a single ] does not close a link", text: "[[Sq]uare]]", raw: "[[Sq]uare]]", col: 0, want: link("Sq]uare") },
		{ form: "the last [[ before ]] opens the link", text: "[[a [[Bismarck]]", raw: "[[Bismarck]]", col: 4, want: link("Bismarck") },
		{ form: "three brackets open at the last pair", text: "[[[Bismarck]]]", raw: "[[Bismarck]]", col: 1, want: link("Bismarck") },
		{ form: "an @ citation stays outside the link", text: "@[[Kershaw, Hitler]] p. 12", raw: "[[Kershaw, Hitler]]", col: 1, want: link("Kershaw, Hitler") },
		{ form: "only the first pipe splits", text: "[[A|b|c]]", raw: "[[A|b|c]]", col: 0, want: link("A", { alias: "b|c" }) },
		{ form: "spaces around the target are trimmed", text: "[[  Lenin  ]]", raw: "[[  Lenin  ]]", col: 0, want: link("Lenin") },
		{ form: "a file with an extension", text: "[[Minutes.pdf#page=3]]", raw: "[[Minutes.pdf#page=3]]", col: 0, want: link("Minutes.pdf", { heading: "page=3" }) },
	];
	it.each(cases)("$form: $text", ({ text, raw, col, want }) => {
		expect(linksOf(text)).toEqual([{ raw, line: 1, col, ...want }]);
	});
});

describe("where links are not", () => {
	const cases: { where: string; text: string }[] = [
		{ where: "inline code", text: "Type `[[Note]]` to link." },
		{ where: "double-backtick inline code", text: "Type ``a ` [[Note]]`` here." },
		{ where: "a fenced code block", text: "```\n[[Note]]\n```" },
		{ where: "a tilde fence inside a quote", text: "> ~~~\n> [[Note]]\n> ~~~" },
		{ where: "a %% comment %%", text: "%% see [[Note]] %%" },
		{ where: "a comment over several lines", text: "%%\n[[Note]]\n%%" },
		{ where: "an HTML comment", text: "<!-- [[Note]] -->" },
		{ where: "the frontmatter", text: "---\nup: \"[[Note]]\"\n---\nbody" },
		{ where: "an empty pair", text: "[[]] and [[ ]]" },
		{ where: "a link broken over two lines", text: "[[Not\ne]]" },
		{ where: "an escaped bracket", text: "\\[[Note]]" },
	];
	it.each(cases)("none in $where", ({ text }) => {
		expect(linksOf(text)).toEqual([]);
	});

	it("a %% inside inline code opens no comment, so later links still count", () => {
		const text = "Avoid `# | %% [[ ]]` in names.\nSee [[Naming]].";
		expect(linksOf(text).map((l) => [l.raw, l.line, l.col])).toEqual([["[[Naming]]", 2, 4]]);
	});

	it("a link after the frontmatter is counted on its raw line", () => {
		const text = "---\ntags: [reading]\n---\n\nSee [[Note]].";
		expect(linksOf(text).map((l) => [l.raw, l.line, l.col])).toEqual([["[[Note]]", 5, 4]]);
	});

	it("several links on a line, duplicates included, in order", () => {
		const text = "[[A]], [[B|b]] and [[A]] again; ![[c.png]]";
		expect(linksOf(text).map((l) => [l.raw, l.col, l.embed])).toEqual([
			["[[A]]", 0, false],
			["[[B|b]]", 7, false],
			["[[A]]", 19, false],
			["[[c.png]]", 33, true],
		]);
	});
});

describe("parseLinkInner", () => {
	it.each([
		["Note", link("Note")],
		["Note#", link("Note")],
		["Note #Heading ", link("Note", { heading: "Heading" })],
		["Note\\", link("Note")],
		["folder/Note#^b1|alias", link("folder/Note", { block: "b1", alias: "alias" })],
	])("%s", (inner, want) => {
		const { embed: _embed, ...parts } = want;
		expect(parseLinkInner(inner)).toEqual(parts);
	});
});

describe("robustness", () => {
	// A quadratic scan would take minutes here; the timeout is the guard, not a speed measurement.
	it("a 1 MB line of brackets, backslashes and pipes finishes", { timeout: 3000 }, () => {
		const line = "[[\\[|]#]]]".repeat(100_000) + "[[".repeat(50_000);
		expect(parseNote(line).links.length).toBeGreaterThan(0);
	});
});
