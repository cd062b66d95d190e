/**
 * The joints inside listed names: a form is matched word by word, and the marks between its words must be read the
 * same way in the gazetteer and in a note ("St. Augustine", "Generation of '98", "Castle & Cooke"). A form the
 * lexicon cannot key is dropped when it is built, so every listed form is checked to be matchable.
 */
import { describe, expect, it } from "vitest";
import { builtinLexicon } from "../../../src/core/actors/gazetteer";
import { actorsOf, type Case, kindsAndNames, years } from "./helpers";

const check = ([text, year, expected]: Case): void => {
	expect(kindsAndNames(text, year)).toEqual(expected);
};

describe("the gazetteer's forms", () => {
	// A name written as an encyclopaedia's title, with a comma or brackets ("Joseph II, Holy Roman Emperor", "Labor
	// Party (Israel)"), is listed for the record and matched by its other forms; any other form must match.
	const titleStyle = (form: string): boolean => form.includes(", ") || form.includes("(");

	it("can all be matched, but for canonical names and titles written with a comma or brackets", () => {
		const lex = builtinLexicon();
		const canonical = new Set([...lex.entities.values()].map((e) => e.name));
		expect(lex.unkeyed.filter((form) => !canonical.has(form) && !titleStyle(form))).toEqual([]);
	});

	it("records the forms it cannot match", () => {
		expect(builtinLexicon().unkeyed).toEqual(expect.arrayContaining(["Joseph II, Holy Roman Emperor", "Labor Party (Israel)"]));
	});
});

describe("joints inside listed names", () => {
	it.each<Case>([
		// ". " after an abbreviated Saint, as after an initial
		["St. Augustine wrote the City of God.", 420, ["person Augustine of Hippo"]],
		["St. Sava crowned his brother.", 1217, ["person Saint Sava"]],
		["The St. Petersburg Soviet called a strike.", 1905, ["organisation Petrograd Soviet"]],
		// "' " after any word of the form, not only a plural possessive or "de"
		["Dato' Onn founded UMNO.", 1946, ["person Onn Jaafar", "organisation United Malays National Organisation"]],
		// (the title's word alone is another man's surname: Eduardo Dato, Spain's prime minister until 1921)
		["Dato' Onn founded UMNO.", 1920, ["person Onn Jaafar", "organisation United Malays National Organisation"]],
		["The Peep o' Day Boys raided Catholic homes.", 1795, ["group Peep o' Day Boys"]],
		// " '" and "-'" before an elided opening or an ayn
		["The Generation of '98 mourned the empire.", 1898, ["group Generation of '98"]],
		["Qurrat al-'Ayn unveiled herself at Badasht.", 1848, ["person Táhirih"]],
		// " & ", " – " or " - ", and "/"
		["Castle & Cooke bought more land.", 1890, ["organisation Castle & Cooke"]],
		["Our Home – Russia lost votes.", 1999, ["organisation Our Home – Russia"]],
		// (a spaced hyphen, as notes type the dash)
		["Our Home - Russia lost votes.", 1999, ["organisation Our Home – Russia"]],
		["The PIDE/DGS arrested students.", 1970, ["organisation PIDE"]],
		// a modifier letter inside a word
		["Gaiänˀthwaka spoke for the Senecas.", 1790, ["person Cornplanter", "people Seneca people"]],
	])("%s", (...c) => check(c));

	it.each<Case>([
		// a joint leads only along a listed form: two names remain two
		["Britain & France protested.", 1938, ["state United Kingdom", "state France"]],
		["Stalin/Molotov replied.", 1939, ["person Joseph Stalin", "person Vyacheslav Molotov"]],
		["The Bolsheviks' Lenin spoke.", 1917, ["organisation Bolsheviks", "person Vladimir Lenin"]],
	])("%s", (...c) => check(c));

	it("reads each joint anew where the same words come again (the matcher reuses a walk of the same words)", () => {
		const [firm] = actorsOf("Alexander & Baldwin bought land. Alexander + Baldwin sold it.", { dates: years(1890) });
		expect(firm?.name).toBe("Alexander & Baldwin");
		expect(firm?.mentions.map((m) => m.text)).toEqual(["Alexander & Baldwin"]);
	});
});
