/**
 * The dates' line reader and the solutions' walk are kept between notes and reset for each (a reader made per note
 * lost V8's compiled code at every full garbage collection): nothing of one note may reach the next.
 */
import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/core/dates";
import { parseNote } from "../../src/core/markdown/document";
import { defaultSettings } from "../../src/core/settings";
import { extractSolutions } from "../../src/core/solutions";

const settings = defaultSettings();
const dates = (text: string) => extractDates(parseNote(text), { minYear: settings.minYear, maxYear: settings.maxYear });
const solutions = (text: string) => extractSolutions(parseNote(text), { cues: settings.solutionCues });

describe("readers kept between notes", () => {
	it("reads each note's dates with the note's own lines", () => {
		const first = dates("Heading\n1917: the war went on.\n");
		const second = dates("Other\n1917: the peace came.\n");
		expect(first.map((d) => d.context)).toEqual(["1917: the war went on."]);
		expect(second.map((d) => d.context)).toEqual(["1917: the peace came."]);
		// and a later date of the next note before an earlier line's: the line found again, not the last note's
		const third = dates("1848: revolutions.\nA line.\nAnother line.\n1849: reaction.\n");
		expect(third.map((d) => [d.line, d.context])).toEqual([
			[1, "1848: revolutions."],
			[4, "1849: reaction."],
		]);
		// a short note after a long one whose last date stood far down
		dates("a\nb\nc\nd\ne\nf\n1917: war.\n");
		expect(dates("1918: peace.\n").map((d) => [d.line, d.context])).toEqual([[1, "1918: peace."]]);
	});

	it("walks each note's solutions from a fresh start", () => {
		const first = solutions("## The German problem\n\nSolution number 1: Await further revolutions\n- Solution number 2: Build socialism at home\n");
		expect(first.map((s) => s.text)).toEqual(["Await further revolutions", "Build socialism at home"]);
		// a list right at the start of the next note is no sub-item of the last note's last solution, and the last
		// note's heading is no problem of this one's
		const second = solutions("- Wait for the harvest\n- Sell the grain\n\nOption A: Borrow abroad\n");
		expect(second.map((s) => s.text)).toEqual(["Borrow abroad"]);
		expect(second[0]?.problem ?? null).not.toBe("The German problem");
		expect(solutions("No cue in this note.\n")).toEqual([]);
		// a note that opens on its options, right after one that ended in a list of them under a heading: they answer
		// no problem of the last note's, and come out as this note's own, whole
		const before = solutions("## The German problem\n\n- Solution 1: Await further revolutions\n- Solution 2: Build socialism at home\n");
		expect(before.map((s) => s.problem)).toEqual(["The German problem", "The German problem"]);
		const after = solutions("Solution 1: Borrow abroad\nSolution 2: Print money\n");
		expect(after.map((s) => [s.text, s.problem])).toEqual(solutions("Solution 1: Borrow abroad\nSolution 2: Print money\n").map((s) => [s.text, s.problem]));
		expect(after.map((s) => s.text)).toEqual(["Borrow abroad", "Print money"]);
		expect(after.some((s) => s.problem === "The German problem")).toBe(false);
		// nor does a list that opens the next note fall under the last note's heading of options, or under its last
		// option; and the last note's answer is left as it was returned
		const scoped = solutions("## Possible solutions\n\n- Await revolutions abroad\n- Build socialism at home\n");
		expect(scoped.map((s) => s.text)).toEqual(["Await revolutions abroad", "Build socialism at home"]);
		const kept = JSON.stringify(scoped);
		// (the note names an option further down, so that its lines are walked at all)
		expect(solutions("- Raise taxes\n- Cut spending\n  - on the army\n\nOption A: Borrow abroad\n").map((s) => s.text)).toEqual(["Borrow abroad"]);
		expect(JSON.stringify(scoped)).toBe(kept);
	});
});
