import { describe, expect, it } from "vitest";
import { lineYears } from "../../../src/core/actors";
import { analyseNote } from "../../../src/core/analyse";
import { defaultSettings } from "../../../src/core/settings";
import { years } from "./helpers";

const actorNames = (text: string): string[] => analyseNote("note.md", text, { settings: defaultSettings(), vaultActors: [], resolveLink: () => null }).actors.map((a) => a.name);

// A lecture on 1876–1911: Benito Juárez (listed by his surname for 1855–1872) is out of its period.
const porfiriato = (line: string): string =>
	["# The Porfiriato (1876-1911)", "", "- takes power Nov 1876, formally president 1877-80", line, "- railways: 640 km in 1876, 19,000 km by 1910", "- re-elected in 1884, 1888, 1892, 1896, 1900, 1904 and 1910", "- revolt of 1910-11"].join("\n");

describe("a name listed for years the note's period misses", () => {
	it("counts on a line whose own date falls in those years", () => {
		expect(actorNames(porfiriato("- ran against Juárez in 1871 and lost"))).toContain("Benito Juárez");
	});

	it("does not count on a line without a date, or with a date outside those years", () => {
		expect(actorNames(porfiriato("- ran against Juárez and lost"))).not.toContain("Benito Juárez");
		expect(actorNames(porfiriato("- ran against Juárez in 1891 and lost"))).not.toContain("Benito Juárez");
	});

	it("is read line by line: the same surname on an undated line stays out", () => {
		const text = porfiriato("- ran against Juárez in 1871 and lost\n- a street named for Juárez");
		const analysis = analyseNote("note.md", text, { settings: defaultSettings(), vaultActors: [], resolveLink: () => null });
		const juarez = analysis.actors.find((a) => a.name === "Benito Juárez");
		expect(juarez?.mentions.map((m) => m.line)).toEqual([4]);
	});
});

describe("lineYears", () => {
	it("gives the span of each line's dates by a character offset, and nothing for an undated line", () => {
		const dates = [...years(1871), ...years(1880, 1884)].map((d, k) => ({ ...d, line: k === 0 ? 1 : 3 }));
		const lines = lineYears(dates, [0, 10, 20, 30]);
		expect(lines?.at(0)).toEqual({ from: 1871, to: 1871 });
		expect(lines?.at(9)).toEqual({ from: 1871, to: 1871 });
		expect(lines?.at(10)).toBeNull();
		expect(lines?.at(25)).toEqual({ from: 1880, to: 1884 });
		expect(lines?.at(99)).toBeNull();
		expect(lineYears([], [0])).toBeNull();
	});
});
