import { describe, expect, it } from "vitest";
import type { NoteAnalysis } from "../../../src/core/analyse";
import { parseNote } from "../../../src/core/markdown/document";
import { lecturesCiting } from "../../../src/core/readings/citing";
import { crossReference, type ReadingInput } from "../../../src/core/readings/crossref";
import { toReadingJson } from "../../../src/core/readings/json";
import type { Actor, ActorKind, DateMention, Solution, WikiLink } from "../../../src/core/types";

// Hand-built findings: the date and actor extractors are other modules; the cross-reference only reads their output.
function date(text: string, line: number, start: number, end = start): DateMention {
	return { text, offset: 0, length: text.length, line, col: 0, start, end, precision: "year", qualifier: null, context: text };
}
function actor(id: string, name: string, kind: ActorKind, mentions: [string, number][]): Actor {
	return { id, name, kind, note: null, mentions: mentions.map(([text, line], i) => ({ text, line, col: 0, offset: line * 1000 + i, length: text.length })) };
}
function solution(label: string, text: string, line: number): Solution {
	return { label, text, line, col: 0, offset: 0, length: text.length, context: text, problem: null, subItems: [] };
}
function link(target: string, resolved: string | null, line = 40): WikiLink {
	const raw = `[[${target}]]`;
	return { raw, target, alias: null, heading: null, block: null, embed: false, offset: 0, length: raw.length, line, col: 0, resolved };
}
function analysis(path: string, text: string, parts: Partial<Pick<NoteAnalysis, "dates" | "actors" | "solutions" | "links">> = {}): NoteAnalysis {
	return { path, doc: parseNote(text), dates: [], actors: [], solutions: [], links: [], lecturers: [], ...parts };
}

const lecture = analysis("Lectures/Stalin.md", "(lecture text is not read by the cross-reference)", {
	dates: [date("Late 1917", 3, 1917), date("by 1922", 12, 1922), date("1925", 15, 1925), date("1939-40", 27, 1939, 1940)],
	actors: [
		actor("state:soviet union", "Soviet Union", "state", [["Soviets", 16], ["Russia", 3]]),
		actor("person:joseph stalin", "Joseph Stalin", "person", [["Stalin", 23]]),
		actor("state:japan", "Japan", "state", [["Japanese", 5]]),
	],
	solutions: [
		solution("Solution number 1", "Await and encourage further European revolutions", 7),
		solution("Solution number 2", "Gain breathing space after ending the war; consolidate power at home", 8),
	],
});

const readingText = [
	"---",
	"type: reading",
	"---",
	"# Waiting for Hitler",
	"The USSR entered the 1930s isolated.",
	"Stalin hoped revolutions would spread across European capitals and encouraged the Comintern to wait.",
	"In 1939 the USSR signed the pact; Stalin gained breathing space to consolidate power.",
	"The harvest failed.",
	"Stalin read widely.",
].join("\n");
const reading = analysis("Readings/Waiting for Hitler.md", readingText, {
	dates: [date("1930s", 5, 1930, 1939), date("1939", 7, 1939)],
	actors: [
		actor("state:soviet union", "Soviet Union", "state", [["USSR", 5], ["USSR", 7]]),
		actor("person:joseph stalin", "Joseph Stalin", "person", [["Stalin", 6], ["Stalin", 7], ["Stalin", 9], ["Stalin", 9]]),
		actor("organisation:comintern", "Comintern", "organisation", [["Comintern", 6]]),
	],
});
const input: ReadingInput = { link: link("Waiting for Hitler", reading.path), path: reading.path, title: "Waiting for Hitler", period: { start: 1928, end: 1941 }, analysis: reading };

describe("crossReference: what a reading says about a lecture", () => {
	const report = crossReference(lecture, input);

	it("lists the lecture's dates that fall inside the reading's period", () => {
		expect(report.datesInPeriod.map((d) => d.text)).toEqual(["1939-40"]);
	});

	it("lists the reading's dates that overlap the lecture's", () => {
		expect(report.overlappingDates.map((d) => d.text)).toEqual(["1930s", "1939"]);
	});

	it("matches actors by identity, not by the words used (Soviets in the lecture, USSR in the reading)", () => {
		expect(report.actors).toEqual([
			{
				id: "state:soviet union",
				name: "Soviet Union",
				kind: "state",
				passages: [
					{ line: 5, text: "The USSR entered the 1930s isolated." },
					{ line: 7, text: "In 1939 the USSR signed the pact; Stalin gained breathing space to consolidate power." },
				],
			},
			{
				id: "person:joseph stalin",
				name: "Joseph Stalin",
				kind: "person",
				passages: [6, 7, 9].map((line) => ({ line, text: readingText.split("\n")[line - 1] })),
			},
		]);
	});

	it("matches a polity under the name of the reading's period (Russia in a book on 1878-1928)", () => {
		const older = analysis("Readings/Volume I.md", "# Volume I\nRussia lost the war.\nThe Soviets took power.", {
			actors: [actor("state:russia", "Russia", "state", [["Russia", 2]]), actor("state:soviet union", "Soviet Union", "state", [["Soviets", 3]])],
		});
		const r = crossReference(lecture, { link: link("Volume I", "Readings/Volume I.md"), path: "Readings/Volume I.md", title: "Volume I", period: null, analysis: older });
		expect(r.actors.find((a) => a.id === "state:soviet union")?.passages.map((p) => p.line)).toEqual([2, 3]);
		// nothing else of the lecture is in this reading
		expect(r.actors.map((a) => a.id)).toEqual(["state:soviet union"]);
	});

	it("hands out a reading's passages again while the reading is the same, as they stand for the actor asked", () => {
		// the lecture edited: a new analysis, the same actors, one of them renamed
		const edited = { ...lecture, actors: lecture.actors.map((a) => (a.id === "state:japan" ? a : { ...a, mentions: [...a.mentions] })) };
		const again = crossReference(edited, input);
		for (const [i, a] of again.actors.entries()) expect(a.passages).toBe(report.actors[i]?.passages);
		// an actor of another name is asked anew
		const renamed = { ...lecture, actors: [actor("person:joseph stalin", "Stalin", "person", [["Stalin", 23]])] };
		expect(crossReference(renamed, input).actors[0]?.passages).not.toBe(report.actors[1]?.passages);
		// the reading changed (a new analysis): its passages are cut anew, from its new text
		const changedText = readingText.replace("The harvest failed.", "Stalin saw the harvest fail.");
		const changed = analysis(reading.path, changedText, { actors: [actor("person:joseph stalin", "Joseph Stalin", "person", [["Stalin", 6], ["Stalin", 8]])] });
		const fresh = crossReference(lecture, { ...input, analysis: changed });
		expect(fresh.actors.map((a) => [a.id, a.passages.map((p) => p.text)])).toEqual([["person:joseph stalin", [readingText.split("\n")[5], "Stalin saw the harvest fail."]]]);
	});

	it("ranks the reading's passages on each solution by the terms they share", () => {
		expect(report.solutions.map((s) => [s.label, s.passages.map((p) => p.line)])).toEqual([
			["Solution number 1", [6]],
			["Solution number 2", [7]],
		]);
		expect(report.solutions[0]?.passages[0]?.score).toBeGreaterThan(0.5);
	});

	it("keeps the link's place and the resolution", () => {
		expect(report).toMatchObject({ target: "Waiting for Hitler", raw: "[[Waiting for Hitler]]", line: 40, resolved: reading.path, path: reading.path, period: { start: 1928, end: 1941 } });
	});

	it("a missing reading still has its period and the lecture's dates in it, and nothing else", () => {
		const missing = crossReference(lecture, { link: link("Stalin, Volume I, 1878, 1928", null), path: null, title: "Stalin, Volume I, 1878, 1928", period: { start: 1878, end: 1928 }, analysis: null });
		expect(missing.datesInPeriod.map((d) => d.text)).toEqual(["Late 1917", "by 1922", "1925"]);
		expect([missing.resolved, missing.actors, missing.solutions, missing.overlappingDates]).toEqual([null, [], [], []]);
	});

	it("no period, no dates in it", () => {
		expect(crossReference(lecture, { ...input, period: null }).datesInPeriod).toEqual([]);
	});
});

describe("toReadingJson: DESIGN §4's readings entry", () => {
	it("has the contract's fields", () => {
		const json = toReadingJson(crossReference(lecture, input));
		expect(json).toMatchObject({ target: "Waiting for Hitler", resolved: "Readings/Waiting for Hitler.md", period: { start: 1928, end: 1941 } });
		expect(json.datesInPeriod).toEqual([{ text: "1939-40", line: 27, col: 0, start: 1939, end: 1940, precision: "year", qualifier: null, context: "1939-40" }]);
		expect(json.actors.map((a) => [a.name, a.passages.length])).toEqual([
			["Soviet Union", 2],
			["Joseph Stalin", 3],
		]);
		expect(json.solutions.map((s) => [s.label, s.text, s.passages.map((p) => p.line)])).toEqual([
			["Solution number 1", "Await and encourage further European revolutions", [6]],
			["Solution number 2", "Gain breathing space after ending the war; consolidate power at home", [7]],
		]);
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});
});

describe("lecturesCiting: the reverse view from a reading", () => {
	const other = analysis("Lectures/Comintern.md", "", { links: [link("Waiting for Hitler", reading.path, 3), link("Waiting for Hitler", reading.path, 9)] });
	const unrelated = analysis("Lectures/Tudors.md", "", { links: [link("Elizabeth I", "People/Elizabeth I.md")] });
	const citing = { ...lecture, links: [link("Waiting for Hitler", reading.path, 45)] };

	it("lists the lectures that link the reading, with what the reading supports in each", () => {
		const result = lecturesCiting(reading.path, [citing, unrelated, other], { analysis: reading, period: { start: 1928, end: 1941 } });
		expect(result.map((r) => [r.path, r.links.map((l) => l.line)])).toEqual([
			["Lectures/Stalin.md", [45]],
			["Lectures/Comintern.md", [3, 9]],
		]);
		expect(result[0]?.report.actors.map((a) => a.name)).toEqual(["Soviet Union", "Joseph Stalin"]);
		expect(result[0]?.report.solutions.map((s) => s.label)).toEqual(["Solution number 1", "Solution number 2"]);
		expect(result[0]?.report.datesInPeriod.map((d) => d.text)).toEqual(["1939-40"]);
	});

	it("a reading linked by no lecture has no citing lectures", () => {
		expect(lecturesCiting("Readings/Nobody.md", [citing, unrelated])).toEqual([]);
	});
});
