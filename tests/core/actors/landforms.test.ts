/**
 * A state's name before a landform's noun in small letters names the land or the river ("the Congo estuary", "the
 * Niger delta"), and a faith's adjective in a list after a polity says what the polity became ("Duchy of Prussia,
 * Lutheran, …"): neither is a polity. And "Norse" is the Vikings' adjective where it stands for them; a person's name
 * before a building's noun names the building; oil companies are known by their brands.
 */
import { describe } from "vitest";
import { kindsAndNamesTable } from "./helpers";

describe("a landform named by a state's name", () => {
	kindsAndNamesTable([
		["- Diogo Cão reaches the Congo estuary 1483", 1483, ["person Diogo Cão"]],
		["- the Congo basin carved up; the Congo Free State founded", 1885, ["state Congo"]],
		["- Mobutu's Congo nationalises the mines", 1967, ["person Mobutu Sese Seko", "state Congo"]],
		["- oil in the Iraq plains; Iraq joins OPEC", 1960, ["state Iraq", "organisation OPEC"]],
		// a name no list holds after a verb of taking, before a place's head: the place
		["- Russia gets Black Sea ports (Kerch, Kinburn) and free navigation", 1774, ["state Russia"]],
	]);
});

describe("a river that places land", () => {
	kindsAndNamesTable([
		// a name no list holds after a compass word, "of" and "the" places the land handed over; handed over alone, a polity
		["- France had already given Louisiana west of the Mississippi to Spain", 1762, ["state France", "state Louisiana (New France)", "state Spain"]],
		["- France cedes Velmissa to Britain", 1763, ["state France", "state Velmissa", "state United Kingdom"]],
	]);
});

describe("a faith's adjective in a list of polities", () => {
	kindsAndNamesTable([
		["- secularised 1525 → Duchy of Prussia, Lutheran, a Polish fief", 1525, ["state Duchy of Prussia"]],
		["- Saxony, Lutheran, Hesse", 1530, ["state Saxony", "state Hesse"]],
	]);
});

describe("the Norse, as the Vikings' adjective", () => {
	kindsAndNamesTable([
		// a noun and an actor's adjective stand for the Vikings; the sagas' and the language's adjective do not
		["- Norse in Ireland: Dublin founded 841; Norse raids on Frisia", 841, ["people Vikings"]],
		["- Norse sagas tell of Old Norse poetry", 1200, []],
	]);
});

describe("a building named after a person", () => {
	kindsAndNamesTable([
		// a person's name before a building's noun in small letters names the building, no mention of the person
		// (Moncada is a person of 1926-1933 in the lists, so the note's years reach his)
		["- Batista's coup at the Moncada barracks, Sept 1933", 1933, ["person Fulgencio Batista"]],
		["- the strike at the Lenin shipyard spread; Lenin had died in 1924", 1980, ["person Vladimir Lenin"]],
		// a noun that is a verb too is no building's: the person acts
		["- Bismarck works to isolate France; Britain mines the harbours", 1875, ["person Otto von Bismarck", "state France", "state United Kingdom"]],
	]);
});

describe("oil companies by their brands", () => {
	kindsAndNamesTable([
		["- refineries (Texaco, Esso, Shell) nationalised", 1960, ["organisation Texaco", "organisation Standard Oil of New Jersey", "organisation Royal Dutch Shell"]],
		// "Shell" only in the company's years, never in small letters
		["- the shell burst over the trench", 1916, []],
	]);
});
