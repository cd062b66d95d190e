/**
 * A name with another name of the same actor in brackets right after it is one actor ("Joan of Arc (Jeanne d'Arc)"),
 * in quotes or after its name in its own script too ('Filiki Eteria (Φιλική Εταιρεία, "Friendly Society")'), but a bracket that holds an actor of another kind, a date or a list names another actor.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a name and its alias in brackets", () => {
	it.each<Case>([
		// an acronym and its expansion, a translation, an epithet, another name of a sect
		["The CNC (Confederación Nacional Campesina) was founded.", 1938, ["organisation National Peasant Confederation: CNC, Confederación Nacional Campesina"]],
		["Frederick William (Great Elector) gets Ducal Prussia.", 1657, ["person Frederick William, Elector of Brandenburg: Frederick William, Great Elector", "state Duchy of Prussia: Ducal Prussia"]],
		["Arians (Polish Brethren) expelled 1658.", 1658, ["group Arians: Arians, Polish Brethren"]],
		// in a link, in bold, and a person's bracket that goes on with a description after a comma
		["[[Joan of Arc]] ([[Jeanne d'Arc]], b. c. 1412) heard voices.", 1429, ["person Joan of Arc: Joan of Arc, Jeanne d'Arc"]],
		["the **Uniate Church** (Greek Catholics) was created.", 1596, ["people Uniates: Uniate Church, Greek Catholics"]],
		// a translation in quotes, and after the name in its own script and a comma
		['The Filiki Eteria ("Friendly Society") was founded in Odessa.', 1814, ["organisation Filiki Eteria: Filiki Eteria, Friendly Society"]],
		['## Filiki Eteria (Φιλική Εταιρεία, "Friendly Society")\nFounded in Odessa.', 1814, ["organisation Filiki Eteria: Filiki Eteria, Friendly Society"]],
		// another kind in the bracket: two actors
		["Louis XIV (France) and Leopold I fought.", 1690, ["person Louis XIV: Louis XIV", "state France: France", "person Leopold I, Holy Roman Emperor: Leopold I"]],
		// a person's bracket going on with a date or another name is no alias
		["Joan of Arc (Charles VII, Dunois) relieved Orléans.", 1429, ["person Joan of Arc: Joan of Arc", "person Charles VII of France: Charles VII", "person Dunois: Dunois"]],
		// another's name with an epithet, the listed one's son: a person of his own
		["Pericles led Athens; his son by Aspasia (Pericles the Younger) needed a vote.", -430, ["person Pericles: Pericles", "state Athens: Athens", "person Aspasia: Aspasia", "person Pericles the Younger: Pericles the Younger"]],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
