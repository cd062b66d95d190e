/**
 * Whatever a note contains, the core neither throws nor misplaces anything: parseNote, the link scanner, each
 * extractor, the whole analysis with its readings, and the serialisations run on arbitrary strings (lone surrogates
 * included) and on strings assembled from the Markdown that trips parsers up. Every reported span (line 1-based,
 * column 0-based in UTF-16 code units) points at exactly its text in the raw note, and every date runs forward.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/core/actors";
import { analyseNote } from "../../../src/core/analyse";
import { extractDates } from "../../../src/core/dates";
import { parseLinkInner, scanWikiLinks } from "../../../src/core/links/parse";
import { parseNote } from "../../../src/core/markdown/document";
import { frontmatterAliases, frontmatterTags, parseFrontmatter, splitFrontmatter } from "../../../src/core/markdown/frontmatter";
import { coveragePeriod, periodFromText } from "../../../src/core/readings/period";
import { readingLinks } from "../../../src/core/readings/section";
import { defaultSettings } from "../../../src/core/settings";
import { extractSolutions } from "../../../src/core/solutions";
import { emptyFindings, expectSpan, expectSpansRight, LECTURE, runAll, vaultEnv } from "./helpers";

/** Pieces of Markdown and of date-, actor- and solution-like text, and the characters that break offsets. */
const STRUCTURE = [
	"# ", "## ", "###### ", "####### ", "\n", "\r\n", "\r", "\n\n", "---", "---\n", "...\n", "- ", "* ", "+ ", "1. ", "2) ", "a. ",
	"\t", "    ", "  - ", "\t\t- ", "> ", "`", "``", "**", "_", "==", "\\",
	" ", ",", ".", ":", ";", "!", "?", "*", "\u00a0", "\u2028", "\u200b", "\ufeff",
];
/** Openers that hide the rest of a note when left unclosed: rarer, or nothing would be left to extract. */
const MASKS = ["```", "```\n", "~~~\n", "%%", "<!--", "-->"];
const LINKS = ["[[", "]]", "![[", "|", "#", "^", "#^", "[", "]", "](", ")", "(", "@[[", "[[Readings]]", "[[A|B]]", "[[#H]]", "https://x.org/"];
const DATES = [
	"1917", "1939", "40", "-", "–", "—", "/", "19", "th", " century", "s", "'", " BC", " BCE", " AD", "c. ", "by ", "late ", "early ",
	"the ", "between ", " and ", " to ", "from ", "of ", "spring ", "1989-11-09", "12/06/1941", "0", "000", "9999", "12345678901234567890",
	"January ", "February ", "March", "May ", "June 22, ", "September", "December ", "Dec. ", "sixteenth", "twenty-", "first",
	"1917 ", "in 1939 ", "1939-40 ", "c. 500 BC ", "16th to 17th century ", "the 1920s ", "Late 1917: ",
];
const ACTORS = [
	"Stalin", "Hitler", "Louis XIV", "Queen ", "Mary", "Germany", "the Poles", "Soviets", "Third Reich", "French", "Soviet", "von ",
	"Otto", "Party", "Comintern", "League of Nations", "A", "I", "The ", "And ", "Treaty", "War", "'s", "’s", " Stalin ", " France ",
];
const SOLUTIONS = [
	"Solution 1: ", "Solution number 2 - ", "Option A: ", "Strategy: ", "How to ", "to prevent ", "Strategies to prevent war\n",
	"\n- Solution 1: keep the peace\n", "Alternatively ", "Readings\n", "## Readings\n", "Further reading:\n", "References: ",
];
/** Characters outside the Basic Multilingual Plane and others that are more than one code unit wide, lone surrogates. */
const WIDE = ["𝕏", "😀", "👩‍👩‍👧", "🇫🇷", "é", "e\u0301", "ß", "Ł", "日本", "\ud800", "\udfff", "𝕏𝕏 ", "😀 "];

const piece = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...STRUCTURE) },
	{ weight: 1, arbitrary: fc.constantFrom(...MASKS) },
	{ weight: 2, arbitrary: fc.constantFrom(...LINKS) },
	{ weight: 4, arbitrary: fc.constantFrom(...DATES) },
	{ weight: 3, arbitrary: fc.constantFrom(...ACTORS) },
	{ weight: 2, arbitrary: fc.constantFrom(...SOLUTIONS) },
	{ weight: 2, arbitrary: fc.constantFrom(...WIDE) },
);
const fragments = fc.array(piece, { maxLength: 120, size: "medium" }).map((parts) => parts.join(""));
/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: "binary", maxLength: 200 }),
	fc.string({ unit: codeUnit, maxLength: 200 }),
	fc.string({ unit: "grapheme", maxLength: 100 }),
	fragments,
	fragments,
	fragments,
);

const settings = defaultSettings();
/** HARDENING_RUNS=20000 for a longer hunt; 400 keeps `npm test` quick. */
const NUM_RUNS = Number(process.env.HARDENING_RUNS ?? 400);

describe("for any text", () => {
	it("parseNote never throws, keeps its masked copies aligned and finds each link where it stands", () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				const doc = parseNote(raw);
				expect(doc.body.length).toBe(raw.length);
				expect(doc.display.length).toBe(raw.length);
				// Masking blanks characters but never moves a line end.
				for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) {
					expect(doc.body[i]).toBe("\n");
					expect(doc.display[i]).toBe("\n");
				}
				expect(doc.lineStarts[0]).toBe(0);
				expect(doc.lines.length).toBe(doc.lineStarts.length);
				for (const l of doc.links) expectSpan(raw, doc.lines, l, l.raw, "link");
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it("the link scanner never throws, even with nothing skipped, and each part comes from the link's inside", () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				const doc = parseNote(raw);
				for (const link of scanWikiLinks(raw, doc.lineStarts, doc.lines, () => false)) {
					expectSpan(raw, doc.lines, link, link.raw, "link");
					const inner = link.raw.slice(2, -2);
					expect(inner.includes("\n")).toBe(false);
					expect(inner.includes(link.target)).toBe(true);
					if (link.alias !== null) expect(inner.endsWith(link.alias)).toBe(true);
				}
				const parts = parseLinkInner(raw);
				expect(typeof parts.target).toBe("string");
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it("each extractor never throws and reports spans that point at their text", () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				const doc = parseNote(raw);
				const dates = extractDates(doc, { minYear: settings.minYear, maxYear: settings.maxYear });
				for (const d of dates) {
					expectSpan(raw, doc.lines, d, d.text, "date");
					expect(d.start).toBeLessThanOrEqual(d.end);
				}
				const actors = extractActors(doc, { userActors: [], merges: {}, ignored: [], vaultNotes: [], dates, readingHeadings: settings.readingHeadings });
				for (const a of actors) for (const m of a.mentions) expectSpan(raw, doc.lines, m, m.text, `mention of ${a.name}`);
				for (const s of extractSolutions(doc, { cues: settings.solutionCues })) expectSpan(raw, doc.lines, s, s.text, `solution ${s.label}`);
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it("the whole analysis never throws and every position in it is right", () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				const env = vaultEnv({ [LECTURE]: raw });
				expectSpansRight(raw, analyseNote(LECTURE, raw, env));
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it("no finding is empty: every date, mention, solution and link has text to show", () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				expect(emptyFindings(analyseNote(LECTURE, raw, vaultEnv({ [LECTURE]: raw })))).toEqual([]);
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it("frontmatter, periods and readings sections never throw on any text", () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				const block = splitFrontmatter(raw);
				const fm = parseFrontmatter(block ?? raw);
				expect(Array.isArray(frontmatterAliases(fm))).toBe(true);
				expect(Array.isArray(frontmatterTags(fm))).toBe(true);
				for (const p of [periodFromText(raw), coveragePeriod(raw, fm)]) if (p) expect(p.start).toBeLessThanOrEqual(p.end);
				const doc = parseNote(raw);
				expect(Array.isArray(readingLinks(doc, doc.links, settings.readingHeadings))).toBe(true);
			}),
			{ numRuns: NUM_RUNS },
		);
	});
});

describe("a lecture and its readings, both made of hostile fragments", () => {
	// Links to reading notes that exist (one a vault actor note with aliases), to one that is missing, and to itself.
	const readingSection = "\n## Readings\n- [[Reading one]]\n- [[Readings/Reading two|two]]\n- [[Missing, 1900-1950]]\n- [[Hostile]]\n- [[Actor]]\n";

	it("analyses, cross-references and renders without throwing, positions right", () => {
		fc.assert(
			fc.property(anyText, anyText, anyText, anyText, (lectureText, one, two, aliases) => {
				const raw = lectureText + readingSection + lectureText;
				const run = runAll(raw, {
					"Readings/Reading one.md": one,
					"Readings/Reading two.md": two,
					"Actor.md": `---\naliases: [${JSON.stringify(aliases)}]\n---\n${aliases}`,
				});
				expectSpansRight(raw, run.analysis);
				for (const r of run.readings) {
					if (r.report.period) expect(r.report.period.start).toBeLessThanOrEqual(r.report.period.end);
					for (const d of r.report.datesInPeriod) expect(run.analysis.dates).toContain(d);
				}
				expect(() => {
					JSON.parse(run.json);
				}).not.toThrow();
				expect(typeof run.text).toBe("string");
				expect(typeof run.summary).toBe("string");
			}),
			{ numRuns: Math.ceil(NUM_RUNS / 3) },
		);
	});
});

describe("the generated notes", () => {
	it("exercise every extractor: a sample of them holds dates, actors, solutions, links and headings", () => {
		const found = { dates: 0, actors: 0, solutions: 0, links: 0, headings: 0, crlf: 0, astral: 0 };
		for (const raw of fc.sample(fragments, { numRuns: 300, seed: 7 })) {
			const a = analyseNote(LECTURE, raw, vaultEnv({ [LECTURE]: raw }));
			found.dates += a.dates.length;
			found.actors += a.actors.length;
			found.solutions += a.solutions.length;
			found.links += a.links.length;
			found.headings += a.doc.headings.length;
			if (raw.includes("\r\n")) found.crlf++;
			if (/[\ud800-\udbff][\udc00-\udfff]/.test(raw)) found.astral++;
		}
		if (process.env.HARDENING_RUNS) console.log(found);
		for (const [what, n] of Object.entries(found)) expect(n, what).toBeGreaterThan(20);
	});
});

describe("the span check itself", () => {
	const raw = "a\r\n𝕏 1917\n";
	const lines = ["a", "𝕏 1917", ""];
	it("accepts a span at its UTF-16 column", () => {
		expectSpan(raw, lines, { offset: 6, length: 4, line: 2, col: 3 }, "1917", "date");
	});
	it.each([
		["a code-point column", { offset: 5, length: 4, line: 2, col: 2 }],
		["an offset that ignores the \\r", { offset: 5, length: 4, line: 2, col: 3 }],
		["the wrong line", { offset: 6, length: 4, line: 1, col: 3 }],
	])("rejects %s", (_what, span) => {
		expect(() => expectSpan(raw, lines, span, "1917", "date")).toThrow();
	});
});
