/**
 * A state named last in a list of places that a locative preposition opens is a place too, though the names before it
 * are regions or towns no list holds as states ("collectivise in Catalonia and Aragon"). A state with a preposition
 * and a place of its own after it opens the list's next item, as an actor ("Britain in Egypt and France in Morocco").
 */
import { describe } from "vitest";
import { kindsAndNamesTable } from "./helpers";

describe("a state at the end of a list of places", () => {
	kindsAndNamesTable([
		["- the anarchists collectivise in Catalonia and Aragon", 1936, ["group Anarchists"]],
		["- risings in Palermo, Milan and Venice; Austria crushes them", 1848, ["state Austria"]],
		["- risings in Palermo, Milan, Venice and Prussia", 1848, []],
		// a list's third item after a bare comma is no town's country ("in Frankfurt, Germany" is)
		["- massacres of Greeks in Constantinople, Smyrna, Cyprus → Europe outraged", 1822, ["state Greece"]],
		// a list's last item after "and the" ("and the Hellespont"), and a list after a verb of evacuation
		["- revolt spreads to Caria, Cyprus and the Hellespont", -498, []],
		["- Athens evacuated to Salamis, Troezen, Aegina; the Persians burn the Acropolis", -480, ["state Athens", "state Persia"]],
		["- Britain in Egypt and France in Morocco", 1904, ["state United Kingdom", "state France"]],
		["- Britain in Egypt, France in Morocco", 1904, ["state United Kingdom", "state France"]],
		["- war between Bavaria and Prussia", 1866, ["state Bavaria", "state Prussia"]],
		["- Palermo and Prussia", 1848, ["state Prussia"]],
		// a name "of" a place opens no list of places; a town and its country are no list
		["- the burghers of Ghent and Flanders rebelled", 1379, ["state Flanders"]],
		["- our office in Frankfurt, Germany and in Sydney", 2020, ["state Germany"]],
	]);
});
