/**
 * A body's bare name that several countries' bodies share is the body of the country the note is about: "Congress"
 * is the United States Congress, but the Indian National Congress in a note that names India more often (the
 * table COUNTRY_NAMESAKES in src/core/actors/data/states.ts).
 */
import { describe, expect, it } from "vitest";
import { builtinLexicon, builtinNamed } from "../../../src/core/actors/gazetteer";
import { COUNTRY_NAMESAKES } from "../../../src/core/actors/data/states";
import { type Case, summaryIn } from "./helpers";

describe("a body named for the note's country", () => {
	it.each<Case>([
		["Congress met at Lahore; India wanted swaraj, and Britain feared that India would follow Congress. The INC split.", 1929, ["organisation Indian National Congress: Congress, INC", "state India: India", "state United Kingdom: Britain"]],
		// only the bare name: "US Congress" names the United States' in a note on India too
		["The US Congress cut aid while India and Pakistan fought; India appealed, and Congress in Delhi split.", 1965, ["organisation Congress: US Congress", "state India: India", "state Pakistan: Pakistan", "organisation Indian National Congress: Congress"]],
		// an acronym two bodies share
		// (a state named as a place counts towards the note's subject)
		["The FLN fought on in Algeria; in Algeria the OAS bombed cafés.", 1961, ["organisation National Liberation Front (Algeria): FLN", "organisation Organisation armée secrète: OAS"]],
		["The OAS expelled Cuba in 1962.", 1962, ["organisation Organization of American States: OAS", "state Cuba: Cuba"]],
		// named once, India is no subject of the note
		["Congress debated aid to India.", 1947, ["organisation Congress: Congress", "state India: India"]],
		// a note on the United States that names India twice names the United States more often
		["Congress passed the act; America and the Americans cheered, and the United States traded with India; India sent envoys.", 1947, ["organisation Congress: Congress", "state United States: America, Americans, United States", "state India: India"]],
		["The Labour Party won; Australia and the Australians voted for Curtin's Labour Party.", 1943, ["organisation Australian Labor Party: Labour Party", "state Australia: Australia, Australians", "person John Curtin: Curtin"]],
		// a faction of any country, and of China the Kuomintang, of another kind
		["The Nationalists held Nanjing; China's Communists fled, and the KMT chased them across China.", 1934, ["organisation Kuomintang: Nationalists, KMT", "state China: China", "group Communists: Communists"]],
		["The Nationalists rose in Burgos; Spain split, and Spain's army followed them.", 1936, ["group Nationalists: Nationalists", "state Spain: Spain"]],
		["The Labour Party beat the Conservatives; Britain voted for Attlee.", 1945, ["organisation Labour Party: Labour Party", "group Conservatives: Conservatives", "state United Kingdom: Britain", "person Clement Attlee: Attlee"]],
	])("%s (%i)", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});

	it("holds names the gazetteer reads, and built-in bodies and states, in every row of its table", () => {
		const lex = builtinLexicon();
		const known = (name: string): boolean => builtinNamed(lex, name) !== null;
		for (const [name, own, others] of COUNTRY_NAMESAKES) {
			expect(lex.lookup(name, { from: 1900, to: 1950, mid: 1925 }), name).not.toBeNull();
			if (own) expect(known(own), own).toBe(true);
			for (const [country, body] of others) {
				expect(known(country), country).toBe(true);
				expect(known(body), body).toBe(true);
			}
		}
	});
});

describe("a ruler named by a bare regnal name, for the note's country", () => {
	it.each<Case>([
		// the namesake the note also names in full, though another's years fit the note too
		["Charles II of Spain was sickly in 1680; Charles II left Spain no heir.", 1680, ["person Charles II of Spain: Charles II of Spain, Charles II", "state Spain: Spain"]],
		// else the namesake of the country the note names most, twice at least, more than the first pick's
		["Charles II was sickly; Spain declined as France rose. Charles II left Spain no heir.", 1680, ["person Charles II of Spain: Charles II", "state Spain: Spain", "state France: France"]],
		// a given name met alone goes with its ruler ("William" after "William I")
		["William I of Sicily's reign: William I ruled Sicily, and Sicily rebelled; William died in 1166.", 1160, ["person William I of Sicily: William I of Sicily, William I, William", "state Kingdom of Sicily: Sicily"]],
		["William I ruled Sicily, and Sicily rebelled against William I; William died in 1166.", 1160, ["person William I of Sicily: William I, William", "state Kingdom of Sicily: Sicily"]],
		// the country named once decides nothing; nor does a first pick that is no country's namesake
		["Charles II returned in 1660; Spain made peace.", 1665, ["person Charles II of England: Charles II", "state Spain: Spain"]],
		["Charles V fought Francis I; France and France's allies lost.", 1525, ["person Charles V, Holy Roman Emperor: Charles V", "person Francis I of France: Francis I", "state France: France"]],
		// nor a namesake whose reign the note's years leave out: France's Francis II reigned in 1559-60
		["France sent troops; France held Rome. Francis II fled Naples; France and France's army stayed.", 1860, ["state France: France", "person Francis II of the Two Sicilies: Francis II", "state Naples: Naples"]],
	])("%s (%i)", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
