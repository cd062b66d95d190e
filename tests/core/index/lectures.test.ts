import { describe, expect, it } from "vitest";
import { defaultSettings, type LectureAtlasSettings } from "../../../src/core/settings";
import { CourseIndex } from "../../../src/core/index";
import { buildPrefilters, hasTag } from "../../../src/core/index/lectures";
import { parseFrontmatter, splitFrontmatter } from "../../../src/core/markdown/frontmatter";

const READINGS = "Week 3\n\nThe Congress met in 1815.\n\n## Readings\n\n- [[Kissinger, A World Restored]]\n";
const PLAIN = "Some thoughts on 1815 and what followed.\n";

function decide(path: string, text: string, settings: Partial<LectureAtlasSettings> = {}): string | null {
	const s = { ...defaultSettings(), ...settings };
	const index = new CourseIndex(() => ({ settings: s, vaultActors: [], resolveLink: () => null }));
	const block = splitFrontmatter(text);
	index.upsert(path, 1, text, block === null ? null : parseFrontmatter(block));
	return index.get(path)?.lecture ?? null;
}

describe("which notes are lectures (default settings)", () => {
	it.each([
		["a note with a readings section that lists links", "Course/Week 3.md", READINGS, "readings"],
		["a note with a bold 'Main readings:' label and links", "Week 3.md", "1815 was busy.\n\n**Main readings:**\n[[A book]]\n", "readings"],
		["a note tagged lecture in its frontmatter", "Week 3.md", "---\ntags: [lecture]\n---\n" + PLAIN, "tag"],
		["a note tagged #lecture inline", "Week 3.md", "#lecture\n" + PLAIN, "tag"],
		["a note with a nested tag #lecture/week-3", "Week 3.md", "#Lecture/week-3\n" + PLAIN, "tag"],
		["a note whose frontmatter says type: lecture", "Week 3.md", "---\ntype: Lecture\n---\n" + PLAIN, "frontmatter"],
		["a plain note", "Week 3.md", PLAIN, null],
		["a readings heading with no links under it", "Week 3.md", "1815\n\n## Readings\n\nNone this week.\n", null],
		["a tag that only starts like the lecture tag", "Week 3.md", "#lectures\n" + PLAIN, null],
		["the tag inside a code block", "Week 3.md", "```\n#lecture\n```\n" + PLAIN, null],
		["a reading note (type: reading) with a sources list", "Notes/Kissinger.md", "---\ntype: reading\n---\n## Sources\n- [[Metternich papers]]\n", null],
		["a note in a Readings folder with a sources list", "Readings/Kissinger.md", "## Sources\n- [[Metternich papers]]\n", null],
	])("%s", (_case, path, text, expected) => {
		expect(decide(path, text)).toBe(expected);
	});
});

describe("which notes are lectures (a lecture folder set)", () => {
	const settings = { lectureFolder: "Lectures/" };
	it.each([
		["a note inside the folder", "Lectures/Week 3.md", PLAIN, "folder"],
		["a note deeper inside the folder", "lectures/2024/Week 3.md", PLAIN, "folder"],
		["a note outside with a readings section: the folder is the declaration", "Other/Week 3.md", READINGS, null],
		["a note outside but tagged", "Other/Week 3.md", "#lecture " + PLAIN, "tag"],
		["a folder that only shares a prefix", "Lectures old/Week 3.md", PLAIN, null],
	])("%s", (_case, path, text, expected) => {
		expect(decide(path, text, settings)).toBe(expected);
	});

	it("uses the user's own tag, and none when the tag is cleared", () => {
		expect(decide("a.md", "#seminar " + PLAIN, { lectureTag: "#seminar" })).toBe("tag");
		expect(decide("a.md", "#lecture " + PLAIN, { lectureTag: "" })).toBe(null);
	});
});

describe("tags", () => {
	it.each([
		[["lecture"], "lecture", true],
		[["lecture/week-1"], "#Lecture", true],
		[["lectures"], "lecture", false],
		[["lecture"], "", false],
	])("hasTag(%j, %j) is %s", (tags, want, expected) => {
		expect(hasTag(tags, want)).toBe(expected);
	});
});

describe("prefilters", () => {
	const { tag, readings } = buildPrefilters(defaultSettings());
	it.each([
		["## Main Readings", true],
		["**Further reading:** [[A]]", true],
		["- 📚 Readings for week 3", true],
		["We did some reading in class", false],
	])("a readings line %j passes: %s", (line, expected) => {
		expect(readings(`intro\n${line}\n- [[A book]]`)).toBe(expected);
	});

	it("passes a readings line only when links follow it", () => {
		expect(readings("intro\n## Readings\nNone this week.")).toBe(false);
		expect(readings("[[Earlier link]]\n## Readings\nNone this week.")).toBe(false);
	});

	it.each([
		["#lecture", true],
		["text #Lecture/week-1 text", true],
		["x\t#LECTURE", true],
		["#lectures", false],
		["#lecture-notes", false],
		["no#lecture", false],
		["#lect", false],
	])("a tag %j passes: %s", (text, expected) => {
		expect(tag(text)).toBe(expected);
	});

	it("stays linear on a long line of symbols", () => {
		const line = "-*> ".repeat(250_000);
		const t0 = performance.now();
		readings(line);
		tag(line);
		expect(performance.now() - t0).toBeLessThan(500);
	});
});
