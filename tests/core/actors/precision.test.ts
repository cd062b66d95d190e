/**
 * Words that look like a name's but are not an actor's, or not the whole of one: a date after a name, a word cut off
 * from the rest of a name. Each case is a signal any history course writes.
 */
import { describe, expect, it } from "vitest";
import { vaultActorNote } from "../../../src/core/actors";
import { actorsOf, type Case, kindsAndNames, summary, summaryIn, years } from "./helpers";

const check = ([text, year, expected]: Case): void => {
	expect(kindsAndNames(text, year)).toEqual(expected);
};

describe("a month before a number ends the name before it", () => {
	it.each<Case>([
		["The Duchy of Milan Oct 1499 fell to France.", 1499, ["state Milan", "state France"]],
		["Confederation of Warsaw Jan 1573: nobles guarantee peace.", 1573, ["organisation Confederation of Warsaw"]],
		["Huerta dissolves Congress Oct 1913 after the speech.", 1913, ["person Victoriano Huerta", "organisation Congress"]],
	])("%s", (...c) => check(c));
});

describe("\"Grand\" before a polity's head and \"of\" opens the polity's name", () => {
	it.each<Case>([
		["In 1658 the Grand Duchy of Ruthenia was planned.", 1658, ["state Grand Duchy of Ruthenia"]],
		["In 1350 the Grand Principality of Ostra fought the Grand Duchy of Velm.", 1350, ["state Grand Principality of Ostra", "state Grand Duchy of Velm"]],
		// a listed one as before
		["In 1410 the Grand Duchy of Lithuania won.", 1410, ["state Lithuania"]],
	])("%s", (...c) => check(c));
});

describe("a particle and its article inside a surname", () => {
	it.each<Case>([
		["Francisco León de la Barra became interim president.", 1911, ["person Francisco León de la Barra"]],
		["The chronicler Olivier de la Marche served the duke.", 1470, ["person Olivier de la Marche"]],
		["Pedro de los Ríos governed the province.", 1530, ["person Pedro de los Ríos"]],
	])("%s", (...c) => check(c));
});

describe("an acronym after an event's name, by a slash or in brackets, is the event's code name", () => {
	it.each<Case>([
		["Operation Ajax / TPAJAX was run by the CIA.", 1953, ["organisation CIA"]],
		["Operation Ajax (TPAJAX) was planned in 1953.", 1953, []],
		// (an acronym of its own after an event stays a body)
		["After Operation Turquoise, the ZNDP fled.", 1994, ["organisation ZNDP"]],
	])("%s", (...c) => check(c));
});

describe("a given name cut short is the one person's whose given name it opens", () => {
	it.each<Case>([
		["Frederick II was crowned in 1220. Fred deports the rebels to Lucera. Fred dies in 1250.", 1220, ["person Frederick II, Holy Roman Emperor: Frederick II, Fred"]],
		// (two persons it may open: neither)
		["Frederick II and Frederica of Baden met. Fred deports the rebels to Lucera. Fred dies in 1250.", 1220, ["person Frederick II, Holy Roman Emperor: Frederick II", "person Frederica of Baden: Frederica of Baden", "person Fred: Fred"]],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});

describe("the word an ezafe binds ends the name before it", () => {
	it.each<[string, number, string[]]>([
		["Jalal Al-e Ahmad wrote Gharbzadegi.", 1962, ["person Jalal Al-e Ahmad: Jalal Al-e Ahmad"]],
		["Guerrillas after 1971: Fadaiyan-e Khalq (Marxist), Mojahedin-e Khalq (Islamic-leftist).", 1971, ["organisation Fedai Guerrillas: Fadaiyan-e Khalq", "organisation People's Mojahedin Organization of Iran: Mojahedin-e Khalq"]],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});

describe("a word before a lower-case noun of a place, a thing or an office names the place, the maker or the kind, not a person of a list", () => {
	it.each<Case>([
		["In 1980 Lech Wałęsa, Gdańsk shipyard; martial law followed.", 1980, ["person Lech Wałęsa"]],
		["Strikes in 1905: Lenin, Trotsky, Putilov works.", 1905, ["person Vladimir Lenin", "person Leon Trotsky"]],
		// and the maker of a thing: "Maxim guns"
		["Omdurman 1898 (Kitchener, Maxim guns)", 1898, ["person Herbert Kitchener"]],
		// and the qualifier of an office: "Utraquist noble"
		["- George of Poděbrady, Utraquist noble, regent from 1452", 1452, ["person George of Poděbrady"]],
		// (a name no list holds after a person, before a verb, is a person)
		["In 87 BC Marius, Zorvath march on the city.", -87, ["person Gaius Marius", "person Zorvath"]],
	])("%s", (...c) => check(c));
});

describe("a heading's only word, written small elsewhere, is the section's topic", () => {
	it.each<[string, number, string[]]>([
		["## Labour\nThe new president came in with labour backing in 1924.", 1924, []],
		// (never written small: the body the heading names)
		["## Nazis\n- seizure of power in 1933, the Nazis played the game", 1933, ["organisation Nazi Party: Nazis"]],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});

describe("a listed name shown by a link keeps its bearer when no vault note and no list has the link's target", () => {
	it.each<[string, number, string[]]>([
		["Sicilian magnates back [[Tancred of Sicily|Tancred of Lecce]] in 1190. Tancred dies in 1194.", 1190, ["person Tancred, King of Sicily: Tancred of Lecce, Tancred"]],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});

	it("follows a vault note that has the target for its title", () => {
		const text = "Sicilian magnates back [[Tancred of Sicily|Tancred of Lecce]] in 1190.";
		const vaultNotes = [vaultActorNote("People/Tancred of Sicily.md", { actor: "person" })];
		expect(summary(actorsOf(text, { dates: years(1190), vaultNotes }))).toEqual(["person Tancred of Sicily: Tancred of Lecce"]);
	});
});
