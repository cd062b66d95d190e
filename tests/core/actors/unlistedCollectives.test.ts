/**
 * Collective actors no list holds, read by their shape: a dynasty or a faction by its lower-case head, a family by a Slavic
 * surname in the plural (and the plurals listed with one). Each case lists every actor that must come out, so that
 * a lost actor and a wrong extra both fail.
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

const check = ([text, year, expected]: Case): void => {
	expect(kindsAndNames(text, year)).toEqual(expected);
};

describe("a dynasty or a faction by its lower-case head", () => {
	it.each<Case>([
		["In 1080 a new line took the throne: the Mahidharapura dynasty of Jayavarman VI.", 1080, ["group Mahidharapura dynasty", "person Jayavarman VI"]],
		["The Kennedy dynasty rose in Boston.", 1946, ["group Kennedy dynasty"]],
		["The Zorvig dynasty of Velmagrad ruled the coast.", 1400, ["group Zorvig dynasty"]],
		// a listed name keeps the lists' reading
		["The Medici dynasty ruled Florence.", 1434, ["group House of Medici", "state Florence"]],
		["The Tudor dynasty ended with Elizabeth.", 1603, ["group House of Tudor", "person Elizabeth I"]],
		["The Zborowski faction proclaimed Archduke Maximilian.", 1587, ["group Zborowski faction", "person Archduke Maximilian"]],
		// a head in small letters ends the name: what follows "of" is the clan's land
		["In 1831 the Mavromichalis clan of the Mani rose; the Zorvig clan of Velmar followed.", 1831, ["group Mavromichalis clan", "group Zorvig clan"]],
		["The Jacobin faction purged the Girondins.", 1793, ["organisation Girondins"]],
		// brothers who act together are a family's group
		["The Hauteville brothers seized the coast.", 1050, ["group Hauteville brothers"]],
		["The Zorvig brothers paid the crowds in Tehran.", 1953, ["group Zorvig brothers"]],
		["His brothers paid the crowds.", 1953, []],
	])("%s", (...c) => check(c));
});

describe("a command of an army or a navy by its head", () => {
	it.each<Case>([
		["The Persian Gulf Command ran the supply route.", 1943, ["organisation Persian Gulf Command"]],
		["The Velmagrad Command ordered the retreat.", 1943, ["organisation Velmagrad Command"]],
		["He took command of the fleet.", 1943, []],
	])("%s", (...c) => check(c));
});

describe("a name before a noun of men or land, and a given name before a verb", () => {
	it.each<Case>([
		// a place's name no list holds before "men" qualifies them, in a list after a person too
		["In 1459 Salisbury beat James Zorvet, Lord Velmo (killed), Ostrashire men fought on both sides.", 1459, ["person Richard Neville, 5th Earl of Salisbury", "person James Zorvet, Lord Velmo"]],
		// a given name before "exiles", a verb here, makes no group of exiles
		["In 1450 the Commons impeach Suffolk → Henry exiles him.", 1450, ["organisation House of Commons", "person William de la Pole, 1st Duke of Suffolk"]],
	])("%s", (...c) => check(c));
});

describe("a family by its surname's particles and a people's plural", () => {
	it.each<Case>([
		// surnames coordinated before "families", each a family
		["The primates, e.g. the Deliyannis and Zaimis families, ruled in 1822; the Orvik, Velmar and Zorvig families fought.", 1822, ["group Deliyannis family", "group Zaimis family", "group Orvik family", "group Velmar family", "group Zorvig family"]],
		["In 1822 the Orvik, Velmar, and Zorvig families fought.", 1822, ["group Orvik family", "group Velmar family", "group Zorvig family"]],
		["The de la Poles kept the claim alive; the Poles fought the Turks.", 1487, ["group de la Pole family", "state Poland", "state Ottoman Empire"]],
		["In 1600 the de Swedes sold land; the Swedes took Riga.", 1600, ["group de Swede family", "state Sweden"]],
	])("%s", (...c) => check(c));
});

describe("a family by a Slavic surname in the plural", () => {
	it.each<Case>([
		["Power lay with a few magnate clans (Radziwiłłs, Chodkiewiczes).", 1569, ["group Radziwiłł family", "group Chodkiewicz family"]],
		["The steppe opened to the magnates (Ostrogskis, Wiśniowieckis).", 1569, ["group Ostrogski family", "group Wiśniowiecki family"]],
		["Politics were run by the Potockis and the Czartoryskis.", 1740, ["group Potocki family", "group Czartoryski family"]],
		["The Obolenskys backed the boyars.", 1610, ["group Obolensky family", "group Boyars"]],
		// a listed plural in the list keeps the lists' reading
		["The treaty pleased the Potockis and Habsburgs alike.", 1760, ["group Potocki family", "group House of Habsburg"]],
	])("%s", (...c) => check(c));
});

describe("a faction named after its leader in lower case, where the note names the leader", () => {
	it.each<Case>([
		["Gen. Bernardo Reyes and the reyistas held Nuevo León.", 1900, ["person Bernardo Reyes", "group Reyistas"]],
		["Zapata rose in Morelos, and the zapatistas took the land.", 1911, ["person Emiliano Zapata", "group Zapatistas"]],
		["Carranza broke with the villistas and Villa, and the carrancistas won.", 1915, ["person Venustiano Carranza", "group Villistas", "person Pancho Villa", "group Carrancistas"]],
		["Stalin purged the trotskyists.", 1936, ["person Joseph Stalin"]],
		// no leader named, no faction; nor a word that only begins like the leader's name
		["The zapatistas took the land.", 1911, []],
		["Artists and scientists admired Gorbachev; the economists did not.", 1988, ["person Mikhail Gorbachev"]],
		["Artigas rallied the artists.", 1815, ["person José Gervasio Artigas"]],
		["Lê Lợi kept lists of the garrisons.", 1427, ["person Lê Lợi"]],
	])("%s", (...c) => check(c));
});

describe("a people by its plural in \"-iots\", as Greek and Balkan islanders and mountaineers are named", () => {
	it.each<Case>([
		["At first the Hydriots hesitated; the Spetsiots joined in 1821, and the philhellenes came.", 1821, ["people Hydriots", "people Spetsiots", "group Philhellenes"]],
	])("%s", (...c) => check(c));
});

describe("the people of a town or a region by its name's plural, where the note or the lists name the place", () => {
	it.each<Case>([
		["Obregón came from Sonora; the Sonorans rose against Carranza.", 1920, ["person Álvaro Obregón", "group Sonorans", "person Venustiano Carranza"]],
		["The empress stayed in Salerno, and the Salernitans handed her over.", 1191, ["group Salernitans"]],
		// a place the lists hold, though the note does not name it (the Pisans are their republic's, as the Venetians
		// are Venice's, once the lists give the plural)
		["In 1284 the fleet of the Pisans was destroyed.", 1284, ["state Republic of Pisa"]],
		// no such place; a title
		["He read the Blockmans thesis, and the Texans voted.", 1896, []],
		["Henry VI went to Rome, king of the Romans.", 1191, ["person Henry VI, Holy Roman Emperor"]],
	])("%s", (...c) => check(c));
});

describe("the people of a region by its name's plural in \"-is\" or in \"-s\" for \"-y\", where the note or the lists name the region", () => {
	it.each<Case>([
		["Bordeaux fell in 1451, but the Gascons invited the English back from Gascony.", 1451, ["people Gascons", "state England"]],
		["In 1500 the Gujaratis backed the sultan.", 1500, ["people Gujaratis"]],
		// no such region: "Zorvy", "Zorvat"
		["In 1500 the Zorvs and the Zorvatis backed the sultan.", 1500, []],
	])("%s", (...c) => check(c));
});
