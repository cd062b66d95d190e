/**
 * A name the lists limit to years outside the note's period counts on a line whose own date falls in those years:
 * a lecture that steps outside its period dates the step. Without such a date the note's period decides.
 */
import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/core/actors";
import { extractDates } from "../../../src/core/dates";
import { parseNote } from "../../../src/core/markdown/document";
import { summary } from "./helpers";

/** A note on 1429–1461 (eleven dates, so that one stray date does not stretch its period), then `line`. */
const joan = (line: string): string =>
	[
		"Joan of Arc raised the siege of Orléans in 1429 and was burned in 1431.",
		"Arras came in 1435, Meaux in 1439, Formigny in 1450 and Castillon in 1453.",
		"The English lost Normandy in 1449 and Bordeaux in 1451; Charles VII died in 1461.",
		"Gloucester died in 1447 and Bedford in 1435.",
		line,
	].join("\n");

/** A note on 1876–1911 (fourteen dates), then `line`. */
const porfiriato = (line: string): string =>
	[
		"Díaz took power in 1876, ruled through Manuel González from 1880 to 1884, and came back in 1884.",
		"The railways grew from 1880 to 1910; the centennial came in 1910 and the revolution in 1911.",
		"Cananea struck in 1906 and Río Blanco in 1907; Creelman interviewed him in 1908.",
		"Limantour ran the treasury from 1893; Reyes governed Nuevo León from 1889; Madero wrote in 1909.",
		line,
	].join("\n");

function actorsIn(text: string): string[] {
	const doc = parseNote(text);
	const dates = extractDates(doc, { minYear: -3000, maxYear: 2100 });
	return summary(extractActors(doc, { userActors: [], merges: {}, ignored: [], vaultNotes: [], dates }));
}

type Case = [text: string, actor: string, found: boolean];

describe("a name of other years on a line that dates it", () => {
	it.each<Case>([
		[joan("Both Vichy and the Resistance claimed her in the 1940s."), "group French Resistance: Resistance", true],
		[porfiriato("- ran against Juárez in 1871 (Plan de la Noria) and failed"), "person Benito Juárez: Juárez", true],
		// the line's date must fall in the name's years, and a line without a date leaves the note's period to decide
		[joan("Both Vichy and the Resistance claimed her in the 1790s."), "group French Resistance: Resistance", false],
		[joan("Both Vichy and the Resistance claimed her."), "group French Resistance: Resistance", false],
		[porfiriato("- ran against Juárez and failed"), "person Benito Juárez: Juárez", false],
		// the date of another line does not count, and a word read on one line is read again on a dated one
		[porfiriato("- ran against Juárez and failed\n- the Plan de la Noria of 1871"), "person Benito Juárez: Juárez", false],
		[porfiriato("- ran against Juárez and failed\n- Juárez died in 1872"), "person Benito Juárez: Juárez", true],
	])("%s", (text, actor, found) => {
		expect(actorsIn(text).includes(actor)).toBe(found);
	});
});

describe("the line's dates, whatever their order", () => {
	it("finds a line's date when the dates come in another order than the text's", () => {
		const text = porfiriato("- ran against Juárez in 1871 (Plan de la Noria) and failed");
		const doc = parseNote(text);
		const dates = extractDates(doc, { minYear: -3000, maxYear: 2100 });
		const options = { userActors: [], merges: {}, ignored: [], vaultNotes: [] };
		const inOrder = summary(extractActors(doc, { ...options, dates }));
		expect(inOrder).toContain("person Benito Juárez: Juárez");
		expect(summary(extractActors(doc, { ...options, dates: [...dates].reverse() }))).toEqual(inOrder);
	});
});
