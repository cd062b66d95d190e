/**
 * Persons no list holds, read by what a sentence says of them: a reign or a life's date in brackets after the name; an
 * office's plural before the names; a calling's noun before the name;
 * an apposition of an office or kin noun, or "who", after it; "of" and a place before an office's apposition;
 * a single name after "under" at the end of a sentence; a full name that closes a list of persons, or follows a
 * person's name and a bracket in one; a given name's surname after a particle and its article;
 * the object of a verb of marrying, and "of" and a place after a name read by an office or a marriage; a note's " = "
 * that equates a name with a person's office or kin.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

/** The persons found, with their mentions; a lost one and a wrong extra both fail. */
const check = ([text, year, expected]: Case): void => {
	expect(summaryIn(text, year).filter((s) => s.startsWith("person "))).toEqual(expected);
};

describe("a name before a reign or a life's date in brackets", () => {
	it.each<Case>([
		["Its last king, **Vorlanga** (r. 1268–1292), was ambitious.", 1280, ["person Vorlanga: Vorlanga"]],
		["The regent ruled for the young sons, first Simon (d. 1105) and then his brother.", 1105, ["person Simon: Simon"]],
		["The chronicle was written by Tebrin Ostval (b. c. 1340) at the court.", 1380, ["person Tebrin Ostval: Tebrin Ostval"]],
		["- Koravat (reigned 1120-1150) moved the court.", 1130, ["person Koravat: Koravat"]],
		// a kin's or an office's noun after a possessive in brackets
		["Velmanda (his mother) died in 1827; Orvik (the king's envoy) left.", 1827, ["person Velmanda: Velmanda", "person Orvik: Orvik"]],
		["Kavala (his base) fell in 1827.", 1827, []],
		// a year alone in brackets is a battle's, a place's or a book's as well
		["The army was beaten at Keldrith (1356) and fled.", 1356, []],
		["Around Vorlanga Bay (c. 1300) the towns grew.", 1300, []],
	])("%s", (...c) => check(c));
});

describe("names after an office's plural", () => {
	it.each<Case>([
		["The envoy had bishops Korvan Sełtyk and Jozef Załaski arrested.", 1767, ["person Korvan Sełtyk: Korvan Sełtyk", "person Jozef Załaski: Jozef Załaski"]],
		["The generals Odrano and Velmiz marched on the capital.", 1830, ["person Odrano: Odrano", "person Velmiz: Velmiz"]],
		// a plural that is no office's
		["The towns Odrano and Velmiz were sacked.", 1830, []],
	])("%s", (...c) => check(c));
});

describe("a name after a calling's noun", () => {
	it.each<Case>([
		["The king was murdered in 1328 by the court physician Tenca.", 1328, ["person Tenca: Tenca"]],
		["Written with the schoolteacher Otavio Morlano in 1911.", 1911, ["person Otavio Morlano: Otavio Morlano"]],
		["The chronicler Velmaro tells of the siege.", 1400, ["person Velmaro: Velmaro"]],
		// not after "a" or "an": a calling's noun there is an adjective's
		["Options in July 1914: localise the war, or a general European war.", 1914, []],
	])("%s", (...c) => check(c));
});

describe("a name before an apposition of an office or kin noun, or before \"who\"", () => {
	it.each<Case>([
		["Written with Otavio Morlano, a local schoolteacher, in 1911.", 1911, ["person Otavio Morlano: Otavio Morlano"]],
		["The fleet was led by Gorvan, the Greek admiral of the king.", 1140, ["person Gorvan: Gorvan"]],
		["The throne passed to Tebrina Velmaratunggi, who ruled 1328–1350 as regent.", 1330, ["person Tebrina Velmaratunggi: Tebrina Velmaratunggi"]],
		// a place described by what a person holds, and a plural before "who"
		["The army marched on Keldrith, the king's city, in 1350.", 1350, []],
		["The Vorlandists, who refused the oath, left the town.", 1350, []],
	])("%s", (...c) => check(c));
});

describe("a name, \"of\" and a place before an apposition of an office", () => {
	it.each<Case>([
		["- Germans in charge: **Velmard of Anzeiler** (duke of Ravenna), Tiepold of Schwanberg (count of Acerra)", 1196, ["person Velmard of Anzeiler: Velmard of Anzeiler", "person Tiepold of Schwanberg: Tiepold of Schwanberg"]],
		["The regent Orvald of Kessin, count of Demmin, held the town.", 1200, ["person Orvald of Kessin: Orvald of Kessin"]],
		// a place's apposition names no office
		["The Gulf of Keldrith (south of Vorland) froze.", 1200, []],
	])("%s", (...c) => check(c));
});

describe("a single name after \"under\" that ends a sentence", () => {
	it.each<Case>([
		["In 1292 the king was killed when a vassal rebelled under Jorvakatang. His son-in-law fled.", 1292, ["person Jorvakatang: Jorvakatang"]],
		["The town prospered under Velmarin.", 1300, ["person Velmarin: Velmarin"]],
		// an abbreviation's full stop ends no sentence
		["The rights were suspended under Art. 87 of the charter.", 1850, []],
	])("%s", (...c) => check(c));
});

describe("a full name at the end of a list of persons, and a name after a person's bracket", () => {
	it.each<Case>([
		["- led by Metropolitan Michael Rohoza and Hipaty Porzej, accepted the Pope", 1596, ["person Michael Rohoza: Michael Rohoza", "person Hipaty Porzej: Hipaty Porzej"]],
		["- the envoys: Adolfo de la Huerta, Benjamo Tellez\n- next", 1914, ["person Adolfo de la Huerta: Adolfo de la Huerta", "person Benjamo Tellez: Benjamo Tellez"]],
		["- also Justo Sierra (education), Rosendo Pinera", 1900, ["person Justo Sierra: Justo Sierra", "person Rosendo Pinera: Rosendo Pinera"]],
		["- Ivan Vyhovsky (Khmel.'s successor) + Yurko Nemrich → a third partner", 1658, ["person Ivan Vyhovsky: Ivan Vyhovsky", "person Yurko Nemrich: Yurko Nemrich"]],
		// a place named in full that closes a sentence, not a list's line; a bracket of a place is no person's
		["Wars raged between Sihanouk, Lon Nol and Phnom Tabeng. Then peace came.", 1970, ["person Norodom Sihanouk: Sihanouk", "person Lon Nol: Lon Nol"]],
	])("%s", (...c) => check(c));
});

describe("a given name's surname after a particle and its article", () => {
	it.each<Case>([
		["Francisco Morán de la Varga became interim president until new elections.", 1911, ["person Francisco Morán de la Varga: Francisco Morán de la Varga"]],
		["Chroniclers like Olivier de la Mare wrote of the court.", 1470, ["person Olivier de la Mare: Olivier de la Mare"]],
		// a capitalised word after the surname makes it a longer name, no person's
		["They met at the Hotel Pieter van der Werff Street in 1600.", 1600, []],
	])("%s", (...c) => check(c));
});

describe("the object of a verb of marrying, and a place after \"of\"", () => {
	it.each<Case>([
		["Jogaila marries Jadwina in 1386.", 1386, ["person Jogaila: Jogaila", "person Jadwina: Jadwina"]],
		["- Aug 1477 marries Maxemo of Ostria → the Low Countries", 1477, ["person Maxemo of Ostria: Maxemo of Ostria"]],
		["The boy ruled w/ mother Sibra of Acerra as regent. Later Sibra was arrested.", 1194, ["person Sibra of Acerra: Sibra of Acerra, Sibra"]],
		// a capitalised word that is no name after the verb
		["They married In 1400.", 1400, []],
	])("%s", (...c) => check(c));
});

describe("a name a note's \" = \" equates with an office or kin", () => {
	it.each<Case>([
		["- Salerno taken 1076-77 from Gisulf II (brother of Sichelgarda = Robert's 2nd wife!)", 1077, ["person Gisulf II: Gisulf II", "person Sichelgarda: Sichelgarda"]],
		["- Velmaro = the royal envoy to Rome", 1300, ["person Velmaro: Velmaro"]],
		// a place equated with a thing
		["- Keldrith = the king's capital", 1300, []],
	])("%s", (...c) => check(c));
});

// The place that closes a person's name after "of" stands for the person ("Gaunt" for John of Gaunt), unless the
// note uses it as a place somewhere ("the defenestration of Prague" in a note on Jerome of Prague).
describe("a person's place after \"of\"", () => {
	it.each<Case>([
		["John of Gaunt led the army in 1373. Gaunt's son was exiled.", 1373, ["person John of Gaunt: John of Gaunt, Gaunt"]],
		["Jerome of Prague was burned in 1416. The defenestration of Prague followed; then Prague rose.", 1416, ["person Jerome of Prague: Jerome of Prague"]],
		["- Jerome of Prague burned 1416\n- Sigismund enters Prague, is crowned in Prague in 1436", 1436, ["person Jerome of Prague: Jerome of Prague", "person Sigismund, Holy Roman Emperor: Sigismund"]],
	])("%s", (...c) => check(c));
});
