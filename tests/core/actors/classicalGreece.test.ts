/**
 * Persons of archaic and classical Greece that a course on the Persian and Peloponnesian wars names and no pattern
 * finds: a lone name, and namesakes told apart by the note's years. Each case lists every actor that must come out.
 */
import { describe } from "vitest";
import { kindsAndNamesTable } from "./helpers";

describe("classical Greece", () => {
	kindsAndNamesTable([
		["Phormio won twice in the Gulf; Paches took Mytilene and Diodotus spoke against Cleon.", -427, ["person Phormio", "person Paches", "state Mytilene", "person Diodotus (son of Eucrates)", "person Cleon"]],
		["Peisander, Antiphon and Phrynichus plotted; Thrasyllus held Samos and Cleophon refused peace.", -411, ["person Peisander", "person Antiphon", "person Phrynichus (oligarch)", "person Thrasyllus", "state Samos", "person Cleophon"]],
		["Hecataeus advised against the revolt; Phrynichus staged the fall of Miletus.", -494, ["person Hecataeus of Miletus", "person Phrynichus (tragic poet)", "state Miletus"]],
		["Phidias, Ictinus and Callicrates built the Parthenon; Anaxagoras and Protagoras taught.", -440, ["person Phidias", "person Ictinus", "person Callicrates", "person Anaxagoras", "person Protagoras"]],
		["Pagondas beat the Athenians at Delium.", -424, ["person Pagondas", "state Athens"]],
		// "the Younger" or "the Elder" after a listed name no list holds so: the son or the father, another person
		["Pericles led Athens; his son Pericles the Younger was made a citizen.", -430, ["person Pericles", "state Athens", "person Pericles the Younger"]],
		["Cato the Elder demanded war; Cato the Younger opposed the triumvirs.", -150, ["person Cato the Elder", "person Cato the Younger"]],
		// the names of a polity's empire and its older name, and a spelling
		["From the Delian League to the Athenian Empire: Kimon fought Lacedaemon's allies.", -465, ["organisation Delian League", "state Athens", "person Cimon", "state Sparta"]],
		// a listed name and a father's name: a namesake, not the listed one
		["Thucydides son of Melesias led the opposition in 443; Thucydides the historian was young.", -443, ["person Thucydides son of Melesias", "person Thucydides"]],
	]);
});

describe("the poleis and regions a course on the fifth century BC names, and regions ceded in the nineteenth", () => {
	kindsAndNamesTable([
		["Brasidas took Amphipolis in 424; Acanthus, Stagirus and Torone went over.", -424, ["person Brasidas", "state Amphipolis", "state Acanthus", "state Stagirus", "state Torone"]],
		["Cimon took Eion; Scyros was settled and Carystus forced to join.", -476, ["person Cimon", "state Eion", "state Scyros", "state Carystus"]],
		["Euboea and Megara revolted in 446; Segesta appealed to Athens.", -446, ["state Euboea", "state Megara", "state Segesta", "state Athens"]],
		// the bodies of Athens and Sparta by the names notes give them
		["The Assembly voted to kill the Mytileneans; the Council of 500 prepared its business; the Spartan assembly voted for war.", -427, ["organisation Ecclesia (ancient Greece)", "state Mytilene", "organisation Boule (ancient Greece)", "organisation Apella"]],
		["Greece got Thessaly in 1881 and Crete in 1913; Romania gets Dobruja.", 1881, ["state Greece", "state Thessaly", "state Crete", "state Romania", "state Dobruja"]],
	]);
});
