/**
 * A Vietnamese family name alone names the family that ruled, the dynasty or the lords the lists give it; the family
 * name before a given name is a person's.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

// (the first case builds the gazetteer: a machine busy with other work takes longer than vitest's 5 s)
describe("a Vietnamese family name alone", { timeout: 30_000 }, () => {
	it.each<Case>([
		["Cheat sheet: 1009-1225 Lý, 1225-1400 Trần, 1400-07 Hồ.", 1400, ["group Lý dynasty: Lý", "group Trần dynasty: Trần", "group Hồ dynasty: Hồ"]],
		["Soldiers fought for the Lê until 1592.", 1592, ["group Later Lê dynasty: Lê"]],
		// a given name after it: a person
		["In 1428 Lê Lợi was crowned.", 1428, ["person Lê Lợi: Lê Lợi"]],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
