/**
 * Pathological notes, each about a megabyte (the size the issue names), and the stages of the core they go through, free of vitest so that a worker thread can run
 * them (tests/core/hardening/stageWorker.ts): a stage that never ends is then stopped and named instead of hanging
 * the test run.
 */
import { extractActors } from "../../../src/core/actors";
import { analyseNote, type NoteAnalysis } from "../../../src/core/analyse";
import { extractDates } from "../../../src/core/dates";
import { analyseReadings, readingsToJson, readingsToText } from "../../../src/core/lecture";
import { parseNote, type NoteDocument } from "../../../src/core/markdown/document";
import { parseFrontmatter, splitFrontmatter } from "../../../src/core/markdown/frontmatter";
import { noteToJson, noteToText } from "../../../src/core/report";
import { extractSolutions } from "../../../src/core/solutions";
import { lectureSummaryMarkdown } from "../../../src/core/summary";
import { courseTimelineInput, snippetOf } from "../../../src/core/timeline";
import type { DateMention } from "../../../src/core/types";
import { LECTURE, vaultEnv } from "./env";
import { spanProblems } from "./spans";

const MB = 1 << 20;

/** A line of `unit` repeated to about a megabyte. */
function megabyteOf(unit: string): string {
	return unit.repeat(Math.ceil(MB / unit.length));
}

/** Deterministic bytes (a linear congruential generator), so a failure can be replayed. */
export function pseudoRandomBytes(n: number, seed: number): Uint8Array {
	const out = new Uint8Array(n);
	let x = seed >>> 0;
	for (let i = 0; i < n; i++) {
		x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
		out[i] = x >>> 24;
	}
	return out;
}

function decode(bytes: Uint8Array, encoding: "latin1" | "utf-8"): string {
	return new TextDecoder(encoding === "latin1" ? "windows-1252" : "utf-8").decode(bytes);
}

/** Text in Latin-1 (ISO 8859-1) bytes, one byte per character. */
function latin1Bytes(text: string): Uint8Array {
	return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

const FRENCH = "Révolution française, 1789-1799 : la Convention, Robespierre, « la Terreur » en 1793. Pétain à Vichy dès 1940 ; l'État français. ";

export interface PathologicalCase {
	name: string;
	make(): string;
	/** Other notes of the vault (readings), when the case needs them. */
	others?(): Record<string, string>;
}

export const CASES: PathologicalCase[] = [
	{ name: "a 1 MB line of digits", make: () => megabyteOf("1") },
	{ name: "a 1 MB line of years", make: () => megabyteOf("1917") },
	{ name: "a 1 MB line of dashes", make: () => megabyteOf("-") },
	{ name: "a 1 MB line of en dashes and years", make: () => megabyteOf("1917–") },
	{ name: "a 1 MB line of [[]]", make: () => megabyteOf("[[]]") },
	{ name: "a 1 MB line of [[ then ]]", make: () => "[[".repeat(MB / 4) + "]]".repeat(MB / 4) },
	{ name: "a 1 MB line of [[a|b]]", make: () => megabyteOf("[[a|b]]") },
	{ name: "a 1 MB line of pipes", make: () => megabyteOf("|") },
	{ name: "a 1 MB line of digits, dashes, brackets and pipes", make: () => megabyteOf("19-[[17|]]-40|[1939]-|") },
	{ name: "a 1 MB line of random digits, dashes, brackets and pipes", make: () => Array.from(pseudoRandomBytes(MB, 1), (b) => "0123456789-–[]|# "[b % 17]).join("") },
	{ name: "200,000 [[ with no close", make: () => "[[".repeat(200_000) },
	{ name: "75,000 [[ with no close, spaced, with years (1 MB)", make: () => "[[Stalin 1917 ".repeat(75_000) },
	{ name: "200,000 ![[ with no close", make: () => "![[".repeat(200_000) },
	{ name: "a 1 MB line of spaces ending in a word", make: () => " ".repeat(MB) + "x" },
	{ name: "a 1 MB line of tabs ending in a word", make: () => "\t".repeat(MB) + "x" },
	{ name: "a 1 MB line of > quote marks", make: () => megabyteOf("> ") + "- Solution 1: 1917" },
	{ name: "a 1 MB line of backticks", make: () => megabyteOf("`") },
	{ name: "a 1 MB line of alternating backtick runs", make: () => megabyteOf("`a``b```c") },
	{ name: "a 1 MB line of comment openers", make: () => megabyteOf("<!--%%") },
	{ name: "a 1 MB line of ](", make: () => megabyteOf("](") },
	{ name: "a 1 MB line of www.", make: () => megabyteOf("www.") },
	{ name: "a 1 MB line of capitalised words", make: () => megabyteOf("The Soviet Union And ") },
	{ name: "a 1 MB line of month names", make: () => megabyteOf("January ") },
	{ name: "a 1 MB line of BC", make: () => megabyteOf("500 BC ") },
	{ name: "a 1 MB line of centuries", make: () => megabyteOf("16th to 17th century ") },
	{ name: "a 1 MB line of two-digit decades and no full year", make: () => megabyteOf("the mid-60s ") },
	{ name: "a 1 MB line of bodies named in full and by their head", make: () => megabyteOf("the Muslim League and the League, ") },
	{ name: "a 1 MB line of bodies and open brackets", make: () => megabyteOf("the Indian National Army (INA ") },
	{ name: "a 1 MB line of territories annexed", make: () => megabyteOf("Velmaria annexed Ostra; ") },
	{ name: "a 1 MB line of offices before names", make: () => megabyteOf("consul Velmarius and tribune Ostranus' ") },
	{ name: "a 1 MB list of persons no list holds", make: () => `Marius${megabyteOf(" + Ostranus, Velmarius and Zorvig")} retake it` },
	{ name: "a 1 MB line of possessives and factions", make: () => megabyteOf("Zorvig's cabinet of Velmarists, ") },
	{ name: "a 1 MB line of a polity and its head", make: () => megabyteOf("the Zorvian Republic and the Republic; ") },
	{ name: "a 1 MB line of sentences that open with a cue and no colon", make: () => megabyteOf("The cabinet split. Strategy first. ") },
	{ name: "a 1 MB line of particles before surnames", make: () => megabyteOf("du Zorvin, de la Velmar and van der ") },
	{ name: "a 1 MB line of epithets", make: () => megabyteOf("Louis the German and Charles the ") },
	{ name: "a 1 MB Arabic name", make: () => `Abu Velmar${megabyteOf(" ibn al-Mu'tasiq al-Din")}` },
	{ name: "a 1 MB line of Arabic articles and legends", make: () => megabyteOf("al-Zorv al- Al-' ZL = Velmar League = VL ") },
	{ name: "a heading of 100,000 spaces inside", make: () => `## Readings${" ".repeat(100_000)}x\n- [[A]]` },
	{ name: "a heading of 100,000 colons and dots", make: () => `## Readings${":.".repeat(50_000)}x\n- [[A]]` },
	{ name: "30,000 readings sections", make: () => "## Readings\n- [[A]]\n- [[B|b]]\n".repeat(30_000) },
	{ name: "a 1 MB line of '- '", make: () => `Readings:\n${megabyteOf("- ")}x` },
	{ name: "a bold label then 100,000 spaces after a readings label", make: () => `Readings:\n- [[A]]\n**Notes**${" ".repeat(100_000)}x\n- [[B]]` },
	{
		name: "20,000 solutions and a reading that discusses each",
		make: () => `${Array.from({ length: 20_000 }, (_, i) => `Solution ${i + 1}: wait for the revolution in Europe ${i}`).join("\n")}\n## Readings\n- [[Discussion]]`,
		others: () => ({ "Readings/Discussion.md": Array.from({ length: 20_000 }, (_, i) => `The revolution in Europe would wait, said ${i}.`).join("\n") }),
	},
	{ name: "a date then a 1 MB run of open brackets", make: () => `1917 ${"(".repeat(MB)}x` },
	{ name: "a date then a 1 MB run of commas", make: () => `1917 ${",".repeat(MB)}x` },
	{ name: "a 1 MB heading", make: () => `# ${megabyteOf("1917 Stalin ")}` },
	{ name: "50,000 heading lines", make: () => "## Solution 1: 1917\n".repeat(50_000) },
	{ name: "25,000 solution lines", make: () => "Solution 1: await the revolution of 1917\n".repeat(25_000) },
	{ name: "40,000 list items under a cue", make: () => `## How to prevent war\n${"- keep the peace in 1925\n".repeat(40_000)}` },
	{
		name: "800 nested list levels",
		make: () => `## Strategies to prevent war\n${Array.from({ length: 800 }, (_, i) => `${"\t".repeat(i)}- Solution ${i + 1}: Stalin in ${1900 + (i % 100)}`).join("\n")}`,
	},
	{
		name: "800 nested list levels in spaces",
		make: () => `Options for Britain:\n${Array.from({ length: 800 }, (_, i) => `${"  ".repeat(i)}- Option ${i}: [[Reading ${i}]] 1917`).join("\n")}`,
	},
	{ name: "800 nested quote levels", make: () => Array.from({ length: 800 }, (_, i) => `${"> ".repeat(i)}- Solution ${i}: 1917`).join("\n") },
	{ name: "unclosed frontmatter", make: () => `---\ntitle: x\naliases: [a, b\n${"Late 1917: Civil war in Russia\n".repeat(20_000)}` },
	{ name: "a frontmatter of 40,000 keys", make: () => `---\n${Array.from({ length: 40_000 }, (_, i) => `k${i}: "v [[x]] 1917"`).join("\n")}\n---\nLate 1917` },
	{ name: "unclosed code fence", make: () => `Before 1917\n\`\`\`js\n${"const year = 1917; // [[Stalin]]\n".repeat(20_000)}` },
	{ name: "100,000 code fences", make: () => "```\n1917\n".repeat(100_000) },
	{ name: "CRLF line ends", make: () => "Late 1917: Civil war in Russia\r\n- Solution 1: Stalin in 1922\r\n[[Reading|the 1920s]]\r\n".repeat(12_000) },
	{ name: "a byte-order mark before frontmatter", make: () => `\uFEFF---\ntitle: 1066\n---\n${"Late 1917: 𝕏 Stalin\n".repeat(20_000)}` },
	{ name: "astral characters before dates", make: () => "𝕏😀👩‍👩‍👧🇫🇷 in 1917, 𝕏 Late 1917, 😀 1939-40 𝕏 Stalin\n".repeat(20_000) },
	{ name: "binary data read as Latin-1", make: () => decode(pseudoRandomBytes(MB, 2), "latin1") },
	{ name: "binary data read as UTF-8", make: () => decode(pseudoRandomBytes(MB, 3), "utf-8") },
	{ name: "Latin-1 bytes read as UTF-8", make: () => decode(latin1Bytes(FRENCH.repeat(5_000)), "utf-8") },
	{ name: "Latin-1 bytes read as Latin-1", make: () => decode(latin1Bytes(FRENCH.repeat(5_000)), "latin1") },
	{
		name: "a lecture whose readings are pathological",
		make: () => `## Readings\n- [[Digits]]\n- [[Brackets]]\n- [[Binary]]\n${"Late 1917: Stalin. Solution 1: wait for the revolution\n".repeat(1000)}`,
		others: () => ({
			"Readings/Digits.md": megabyteOf("1917-"),
			"Readings/Brackets.md": "[[".repeat(200_000),
			"Readings/Binary.md": decode(pseudoRandomBytes(MB / 2, 4), "utf-8"),
		}),
	},
];

export const STAGES = ["parse", "frontmatter", "dates", "actors", "solutions", "analyse", "readings", "render", "timeline", "check"] as const;
export type Stage = (typeof STAGES)[number];

/** What each stage leaves for the next. */
interface State {
	raw: string;
	others: Record<string, string>;
	doc?: NoteDocument;
	dates?: DateMention[];
	analysis?: NoteAnalysis;
	readings?: ReturnType<typeof analyseReadings>;
	problems?: string[];
}

export function runStage(stage: Stage, s: State): void {
	const env = (): ReturnType<typeof vaultEnv> => vaultEnv({ ...s.others, [LECTURE]: s.raw });
	const doc = (): NoteDocument => (s.doc ??= parseNote(s.raw));
	switch (stage) {
		case "parse":
			s.doc = parseNote(s.raw);
			return;
		case "frontmatter": {
			const block = splitFrontmatter(s.raw);
			if (block !== null) parseFrontmatter(block);
			return;
		}
		case "dates":
			s.dates = extractDates(doc(), { minYear: 1000, maxYear: 2100 });
			return;
		case "actors": {
			const e = env();
			extractActors(doc(), { userActors: [], merges: {}, ignored: [], vaultNotes: e.vaultActors, dates: s.dates ?? [], readingHeadings: e.settings.readingHeadings });
			return;
		}
		case "solutions":
			extractSolutions(doc(), { cues: env().settings.solutionCues });
			return;
		case "analyse":
			s.analysis = analyseNote(LECTURE, s.raw, env());
			return;
		case "readings": {
			const e = env();
			s.readings = analyseReadings(s.analysis ?? analyseNote(LECTURE, s.raw, e), e);
			return;
		}
		case "render": {
			const e = env();
			const a = s.analysis ?? analyseNote(LECTURE, s.raw, e);
			const r = s.readings ?? analyseReadings(a, e);
			JSON.stringify(noteToJson(a, readingsToJson(r)));
			noteToText(a, readingsToText(r));
			lectureSummaryMarkdown(a, r);
			return;
		}
		case "timeline": {
			// The course timeline's labels: every date of the note as an event, and a snippet of the whole first line
			// (contexts are bounded by the analysis; the snippet code must not rely on it).
			const a = s.analysis ?? analyseNote(LECTURE, s.raw, env());
			courseTimelineInput(a.dates.map((date) => ({ path: LECTURE, title: "Hostile", date, actorIds: [] })), "lecture", new Map());
			const first = s.raw.slice(0, s.raw.indexOf("\n") === -1 ? s.raw.length : s.raw.indexOf("\n"));
			snippetOf(first, a.dates[0]?.text ?? "");
			return;
		}
		case "check": {
			// Every position in the analysis against the raw text, and the readings' periods forward.
			const a = s.analysis ?? analyseNote(LECTURE, s.raw, env());
			s.problems = spanProblems(s.raw, a);
			for (const r of s.readings ?? []) if (r.report.period && r.report.period.start > r.report.period.end) s.problems.push(`reading ${r.label} runs backwards`);
		}
	}
}

/**
 * A fixed linear workload (split, scan and serialise a megabyte), timed before the stages: on a machine that is
 * busy right now it takes longer, and the stages' bounds grow with it.
 */
export function calibrate(): number {
	const text = "In 1917 the Bolsheviks took power, [[Lenin|he]] said.\n".repeat(20_000);
	const t0 = performance.now();
	let n = text.split("\n").length;
	for (const m of text.matchAll(/\w+/g)) n += m[0].length;
	n += JSON.stringify(Array.from({ length: 50_000 }, (_, i) => ({ line: i, text: "1917", context: "In 1917 the Bolsheviks" }))).length;
	const ms = performance.now() - t0;
	return n > 0 ? ms : ms + 1;
}

export function caseState(c: PathologicalCase): State & { problems?: string[] } {
	return { raw: c.make(), others: c.others?.() ?? {} };
}
