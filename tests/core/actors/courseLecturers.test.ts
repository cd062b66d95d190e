/**
 * The lecturer of a course, named so in one lecture ("Prof. Zorvath said", "Notes given by Maria Lopez") and by
 * surname alone in another that does not say he teaches ("Zorvath: the war was lost"): the first gives the names,
 * the second leaves the person out. A person the lists hold, or with a note of their own, stays.
 */
import { describe, expect, it } from "vitest";
import { extractActorsAndLecturers, withoutCourseLecturers } from "../../../src/core/actors";
import { parseNote } from "../../../src/core/markdown/document";
import { summary, years } from "./helpers";

const read = (text: string) => extractActorsAndLecturers(parseNote(text), { userActors: [], merges: {}, ignored: [], vaultNotes: [], dates: years(1918) });

describe("the names a lecture gives its lecturer", () => {
	it.each<[string, string[]]>([
		["Prof. Zorvath said the war was lost in 1918.", ["Zorvath"]],
		["Notes given by Maria Lopez. In 1918 Ludendorff lost his nerve.", ["Lopez", "Maria Lopez"]],
		["Lecturer: Dr. Ann Velmar\n\nIn 1918 the army broke.", ["Ann Velmar", "Velmar"]],
		// a scholar by a title alone ("Prof. Lindqvist" on the plague), and no initial alone
		["Guest slot from Prof. Lindqvist on the plague, 1918.", ["Lindqvist"]],
		["In 1918 Ludendorff lost his nerve.", []],
	])("%s", (text, names) => {
		expect(read(text).lecturers).toEqual(names);
	});
});

describe("a lecture without the persons its course names as the lecturer", () => {
	it.each<[string, string[], string[]]>([
		["In 1918 Ludendorff lost his nerve; Vassilakis thinks the home front held.", ["Vassilakis"], ["person Erich Ludendorff: Ludendorff"]],
		// a name the lists hold stays, and so does a person named otherwise too
		["In 1918 Ludendorff lost his nerve.", ["Ludendorff"], ["person Erich Ludendorff: Ludendorff"]],
		["In 1918 Karl Zorvath led the strike; Zorvath was arrested.", ["Zorvath"], ["person Karl Zorvath: Karl Zorvath, Zorvath"]],
		// no course names: the actors as they are
		["In 1918 Ludendorff lost his nerve; Vassilakis thinks the home front held.", [], ["person Erich Ludendorff: Ludendorff", "person Vassilakis: Vassilakis"]],
	])("%s", (text, lecturers, expected) => {
		const { actors } = read(text);
		expect(summary(withoutCourseLecturers(actors, new Set(lecturers)))).toEqual(expected);
	});
});
