import { describe, expect, it } from "vitest";
import type { CourseEvent } from "../../../src/core/index";
import { courseTimelineInput, snippetOf } from "../../../src/core/timeline";
import type { DateMention } from "../../../src/core/types";

describe("the snippet beside a date", () => {
	it.each([
		["Late 1917: Civil war in Russia", "Late 1917", "Civil war in Russia"],
		["Locarno Pact 1925 - mutually guaranteed peace", "1925", "Locarno Pact - mutually guaranteed peace"],
		["- **1815**: Congress of [[Vienna|the Congress]]", "1815", "Congress of the Congress"],
		["Annexations 1939-40, Winter War", "1939-40", "Annexations, Winter War"],
		["Troppau Protocol (1820)", "1820", "Troppau Protocol"],
		["Intervention (Troppau Protocol, 1820)", "1820", "Intervention (Troppau Protocol)"],
		["Congress of Vienna in 1815", "1815", "Congress of Vienna"],
		["1848", "1848", ""],
		[
			"The late 1840s bring famine and unrest across the continent and revolutions in many capitals",
			"late 1840s",
			"bring famine and unrest across the continent…",
		],
	])("%j without %j", (context, text, expected) => {
		expect(snippetOf(context, text)).toBe(expected);
	});
});

let offset = 0;
function ev(path: string, start: number, actorIds: string[] = []): CourseEvent {
	const date: DateMention = { text: String(start), offset: offset++, length: 4, line: 1, col: 0, start, end: start, precision: "year", qualifier: null, context: `${start}: event` };
	return { path, title: path.replace(/\.md$/, ""), date, actorIds };
}

describe("lanes", () => {
	const events = [ev("B.md", 1815, ["metternich"]), ev("A.md", 1914, ["wilhelm", "nicholas"]), ev("B.md", 1848, ["metternich"]), ev("A.md", 1600)];
	const names = new Map([
		["metternich", "Metternich"],
		["wilhelm", "Wilhelm II"],
		["nicholas", "Nicholas II"],
	]);

	it("per lecture, in the order of each lecture's first date", () => {
		const input = courseTimelineInput(events, "lecture", names);
		expect(input.lanes).toEqual([
			{ id: "A.md", label: "A" },
			{ id: "B.md", label: "B" },
		]);
		expect(input.items.map((i) => `${i.lane} ${i.date.start}`)).toEqual(["A.md 1600", "B.md 1815", "B.md 1848", "A.md 1914"]);
	});

	it("per actor: a date naming two actors stands in both lanes, a date naming none in the last lane", () => {
		const input = courseTimelineInput(events, "actor", names);
		expect(input.lanes.map((l) => l.label)).toEqual(["Metternich", "Wilhelm II", "Nicholas II", "No actor named"]);
		expect(input.items.filter((i) => i.date.start === 1914).map((i) => i.lane)).toEqual(["wilhelm", "nicholas"]);
		expect(new Set(input.items.map((i) => i.key)).size).toBe(input.items.length);
	});

	it("keeps the most frequent actors when there are too many lanes", () => {
		const input = courseTimelineInput(events, "actor", names, { maxActorLanes: 1 });
		expect(input.lanes.map((l) => l.label)).toEqual(["Metternich", "Other actors or none"]);
		expect(input.items.find((i) => i.date.start === 1914)?.lane).toBe("");
	});
});
