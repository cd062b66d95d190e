import { describe, expect, it } from "vitest";
import type { AnalysisContext, NoteAnalysis } from "../../../src/core/analyse";
import { CourseIndex, type CourseEvent } from "../../../src/core/index";
import { parseNote } from "../../../src/core/markdown/document";
import { defaultSettings } from "../../../src/core/settings";
import type { Actor, DateMention } from "../../../src/core/types";

const settings = defaultSettings();
const context = (): AnalysisContext => ({ settings, vaultActors: [], resolveLink: () => null });

/**
 * A stand-in analysis that reads `YEAR: text` lines as dates and `@Name` as actor mentions, so these tests pin the
 * index's own behaviour whatever the extractors do.
 */
function fakeAnalyse(path: string, raw: string): NoteAnalysis {
	const doc = parseNote(raw);
	const dates: DateMention[] = [];
	const actors = new Map<string, Actor>();
	doc.lines.forEach((text, i) => {
		const m = /^(\d{4}): /.exec(text);
		const offset = doc.lineStarts[i] as number;
		if (m) {
			const year = Number(m[1]);
			dates.push({ text: m[1] as string, offset, length: 4, line: i + 1, col: 0, start: year, end: year, precision: "year", qualifier: null, context: text });
		}
		for (const a of text.matchAll(/@(\w+)/g)) {
			const id = `person:${(a[1] as string).toLowerCase()}`;
			const actor = actors.get(id) ?? { id, name: a[1] as string, kind: "person" as const, note: null, mentions: [] };
			actor.mentions.push({ text: a[1] as string, offset: offset + (a.index ?? 0), length: a[0].length, line: i + 1, col: a.index ?? 0 });
			actors.set(id, actor);
		}
	});
	return { path, dates, actors: [...actors.values()], solutions: [], links: doc.links, lecturers: [], doc };
}

const lecture = (...lines: string[]): string => ["#lecture", ...lines].join("\n");
const summary = (events: CourseEvent[]): string[] => events.map((e) => `${e.date.start} ${e.title}`);

function makeIndex(): { index: CourseIndex; analysed: string[] } {
	const analysed: string[] = [];
	const index = new CourseIndex(context, (path, raw) => {
		analysed.push(path);
		return fakeAnalyse(path, raw);
	});
	return { index, analysed };
}

describe("the course index", () => {
	it("merges the dates of every lecture in chronological order, each with its note", () => {
		const { index } = makeIndex();
		index.upsert("Course/Week 2.md", 1, lecture("1848: revolutions @Metternich", "1815: Vienna @Metternich @Castlereagh"), null);
		index.upsert("Course/Week 1.md", 1, lecture("1789: the Bastille"), null);
		index.upsert("Scratch.md", 1, "1999: not a lecture", null);
		expect(summary(index.events())).toEqual(["1789 Week 1", "1815 Week 2", "1848 Week 2"]);
		expect(index.events()[1]).toMatchObject({ path: "Course/Week 2.md", actorIds: ["person:metternich", "person:castlereagh"] });
		expect(index.lectures().map((l) => l.path)).toEqual(["Course/Week 1.md", "Course/Week 2.md"]);
	});

	it("caches by path and modification time: the same version is not analysed twice", () => {
		const { index, analysed } = makeIndex();
		expect(index.upsert("a.md", 5, lecture("1900: x"), null)).toBe(true);
		expect(index.upsert("a.md", 5, lecture("1900: x"), null)).toBe(false);
		expect(index.needsUpdate("a.md", 5)).toBe(false);
		expect(index.needsUpdate("a.md", 6)).toBe(true);
		expect(index.upsert("a.md", 6, lecture("1901: y"), null)).toBe(true);
		expect(analysed).toEqual(["a.md", "a.md"]);
		expect(summary(index.events())).toEqual(["1901 a"]);
	});

	it("never analyses notes that cannot be lectures", () => {
		const { index, analysed } = makeIndex();
		index.upsert("plain.md", 1, "1815: Vienna, and some reading", null);
		expect(analysed).toEqual([]);
		expect(index.get("plain.md")?.lecture).toBe(null);
	});

	it("drops a note's dates when it stops being a lecture, and on removal", () => {
		const { index } = makeIndex();
		index.upsert("a.md", 1, lecture("1900: x"), null);
		index.upsert("b.md", 1, lecture("1910: y"), null);
		index.upsert("a.md", 2, "1900: x, no longer tagged", null);
		expect(summary(index.events())).toEqual(["1910 b"]);
		expect(index.remove("b.md")).toBe(true);
		expect(index.remove("b.md")).toBe(false);
		expect(index.events()).toEqual([]);
	});

	it("bumps its version only for changes the timeline can see", () => {
		const { index } = makeIndex();
		const v0 = index.version;
		index.upsert("plain.md", 1, "nothing", null);
		expect(index.version).toBe(v0);
		index.upsert("a.md", 1, lecture("1900: x"), null);
		expect(index.version).toBe(v0 + 1);
	});

	describe("renames", () => {
		it("moves a lecture with its dates, without reading it again", () => {
			const { index } = makeIndex();
			index.upsert("Week 1.md", 1, lecture("1900: x"), null);
			expect(index.rename("Week 1.md", "Course/Week 1.md")).toBe(false);
			expect(index.events().map((e) => e.path)).toEqual(["Course/Week 1.md"]);
			expect(index.get("Week 1.md")).toBeUndefined();
		});

		it("asks for the text when a move into the lecture folder makes an unanalysed note a lecture", () => {
			const s = { ...defaultSettings(), lectureFolder: "Lectures" };
			const index = new CourseIndex(() => ({ settings: s, vaultActors: [], resolveLink: () => null }), fakeAnalyse);
			index.upsert("Inbox/Week 1.md", 1, "1900: x", null);
			expect(index.rename("Inbox/Week 1.md", "Lectures/Week 1.md")).toBe(true);
			expect(index.needsUpdate("Lectures/Week 1.md", 1)).toBe(true);
			index.upsert("Lectures/Week 1.md", 1, "1900: x", null);
			expect(summary(index.events())).toEqual(["1900 Week 1"]);
		});

		it("drops the dates of a lecture moved into a Readings folder", () => {
			const { index } = makeIndex();
			index.upsert("Week 1.md", 1, "1900: x\n## Readings\n- [[Book]]", null);
			expect(index.get("Week 1.md")?.lecture).toBe("readings");
			expect(index.rename("Week 1.md", "Readings/Week 1.md")).toBe(false);
			expect(index.events()).toEqual([]);
		});
	});

	describe("filters", () => {
		const { index } = makeIndex();
		index.upsert("Modern/Week 1.md", 1, "---\ntags: [lecture, modern]\n---\n1914: war @Wilhelm\n1917: revolution @Lenin", { tags: ["lecture", "modern"] });
		index.upsert("Modern/Week 2.md", 1, lecture("1919: peace @Wilson @Clemenceau"), null);
		index.upsert("Early/Week 1.md", 1, lecture("1648: Westphalia"), null);

		it.each([
			[{}, ["1648 Week 1", "1914 Week 1", "1917 Week 1", "1919 Week 2"]],
			[{ actor: "person:wilson" }, ["1919 Week 2"]],
			[{ lecture: "Modern/Week 1.md" }, ["1914 Week 1", "1917 Week 1"]],
			[{ folder: "Modern" }, ["1914 Week 1", "1917 Week 1", "1919 Week 2"]],
			[{ folder: "Mod" }, []],
			[{ tag: "modern" }, ["1914 Week 1", "1917 Week 1"]],
			[{ tag: "modern", actor: "person:lenin" }, ["1917 Week 1"]],
		])("%j", (filter, expected) => {
			expect(summary(index.events(filter))).toEqual(expected);
		});

		it("lists the actors, folders and tags the filters can offer", () => {
			expect(index.actors().map((a) => a.name).sort()).toEqual(["Clemenceau", "Lenin", "Wilhelm", "Wilson"]);
			expect(index.folders()).toEqual(["Early", "Modern"]);
			expect(index.tags()).toEqual(["lecture", "modern"]);
		});
	});

	it("leaves out of its actors a person the lectures of the same folder name as the lecturer", () => {
		const index = new CourseIndex(context);
		const readings = "\n\n## Readings\n\n[[Kennedy - Rise and Fall]]\n";
		index.upsert("Course/Week 1.md", 1, `Prof. Vassilakis said the war began in 431 BC. Pericles led Athens.${readings}`, null);
		index.upsert("Course/Week 2.md", 1, `In 430 BC Pericles lost the vote; Vassilakis thinks the plague decided it.${readings}`, null);
		index.upsert("Other/Week 2.md", 1, `In 430 BC Pericles lost the vote; Vassilakis thinks the plague decided it.${readings}`, null);
		expect([...index.courseLecturers("Course/Week 2.md")]).toEqual(["Vassilakis"]);
		expect([...index.courseLecturers("Other/Week 2.md")]).toEqual([]);
		// the other course's Vassilakis stays: only one folder's lectures name him as their lecturer
		expect(index.actors().map((a) => `${a.name} ${a.lectures}`).sort()).toEqual(["Athens 1", "Pericles 3", "Vassilakis 1"]);
		// a lecture indexed later that names him so makes him the other course's lecturer too (the names by folder
		// are gathered again for the index's new version)
		index.upsert("Other/Week 1.md", 1, `Prof. Vassilakis said the war began in 431 BC.${readings}`, null);
		expect([...index.courseLecturers("Other/Week 2.md")]).toEqual(["Vassilakis"]);
		expect(index.actors().map((a) => `${a.name} ${a.lectures}`).sort()).toEqual(["Athens 1", "Pericles 3"]);
	});

	it("runs the real analysis on the example lecture", () => {
		const index = new CourseIndex(context);
		const text = "Late 1917: Civil war in Russia\nLocarno Pact 1925 - peace in Western Europe\n\n## Main Readings\n\n[[Stalin, Volume II, Waiting for Hitler, 1928-1941]]\n";
		index.upsert("Lectures/Stalin.md", 1, text, null);
		expect(index.get("Lectures/Stalin.md")?.lecture).toBe("readings");
		expect(index.events().map((e) => [e.date.start, e.date.qualifier, e.date.line])).toEqual([
			[1917, "late", 1],
			[1925, null, 2],
		]);
	});
});
