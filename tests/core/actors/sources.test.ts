/**
 * Each source of actors, case by case: the gazetteer's states (names, regimes, demonyms, period-aware names),
 * peoples, organisations and groups, persons by list and by pattern, the vault's notes and the user's settings.
 */
import { describe, expect, it } from "vitest";
import type { ActorOptions } from "../../../src/core/actors";
import { hepburn, pinyin } from "../../../src/core/actors/persons";
import { actorsOf, summary, years } from "./helpers";

type Case = [text: string, expected: string[], options?: Partial<ActorOptions>];

const check = ([text, expected, options]: Case): void => {
	expect(summary(actorsOf(text, options))).toEqual(expected);
};

describe("states: names, regime names and demonyms merge into one polity", () => {
	it.each<Case>([
		["The Poles rose again.", ["state Poland: Poles"]],
		["Poland was partitioned; the Polish army fought on.", ["state Poland: Poland, Polish"]],
		["The Third Reich absorbed Austria; Germans cheered.", ["state Germany: Third Reich, Germans", "state Austria: Austria"]],
		["The Weimar Republic defaulted and the Weimar government printed money.", ["state Germany: Weimar Republic, Weimar government"]],
		["Nazi Germany rearmed.", ["state Germany: Nazi Germany"]],
		["\"Old France\" had three estates.", ["state France: Old France"]],
		["The Soviets signed; the USSR and the soviet union are one.", ["state Soviet Union: Soviets, USSR, soviet union"]],
		["The HRE and the Holy Roman Empire were one polity.", ["state Holy Roman Empire: HRE, Holy Roman Empire"]],
		["The Ottomans besieged Vienna; the Ottoman Empire declined.", ["state Ottoman Empire: Ottomans, Ottoman Empire"]],
		["Prussia defeated Austria-Hungary.", ["state Prussia: Prussia", "state Austria-Hungary: Austria-Hungary"]],
		["Japan gets taiwan and korea.", ["state Japan: Japan", "state Taiwan: taiwan", "state Korea: korea"]],
	])("%s", (...c) => check(c));
});

describe("polities no list holds, by the head of their name", () => {
	it.each<Case>([
		// (made-up names, so that no list can know them)
		["- Zorvian Empire founded; the Velmar Sultanate fell.", ["state Zorvian Empire: Zorvian Empire", "state Velmar Sultanate: Velmar Sultanate"]],
		["The Kingdom of Velmaria and the County of Ostra fell.", ["state Kingdom of Velmaria: Kingdom of Velmaria", "state County of Ostra: County of Ostra"]],
		["The Zorvian Republic replaced it.", ["state Zorvian Republic: Zorvian Republic"]],
		["Kingdom of the Two Crowns signed.", ["state Kingdom of the Two Crowns: Kingdom of the Two Crowns"]],
		// the name alone, once the note has named the polity in full by a head before "of"; a confederation is a body
		// sworn where it is named after, and the place stays a place
		["In 1200 the Kingdom of Velmaria grew; Velmaria fell in 1250.", ["state Kingdom of Velmaria: Kingdom of Velmaria, Velmaria"]],
		["In 1573 the Confederation of Velmaria met; the Sejm moved to Velmaria.", ["organisation Confederation of Velmaria: Confederation of Velmaria", "organisation Sejm: Sejm"]],
		// the head alone, once the note has named the polity in full; not before "of"
		["The Zorvian Republic was proclaimed. The Republic fell; the Republic of Letters lived on.", ["state Zorvian Republic: Zorvian Republic, Republic"]],
		["The Weimar Republic was weak. Why the Republic fell.", ["state Germany: Weimar Republic, Republic"]],
		// a demonym before the head is its state; a listed name wins
		["The Spanish Empire grew; the Ottoman Empire shrank.", ["state Spain: Spanish Empire", "state Ottoman Empire: Ottoman Empire"]],
		// a territory as the object of political action is a state, even one the lists hold as a place
		["Germany remilitarised the Rhineland; Japan annexed Velmaria.", ["state Germany: Germany", "state Rhineland: Rhineland", "state Japan: Japan", "state Velmaria: Velmaria"]],
		// a date after the territory's name is no part of it
		["In 1879 Britain annexed Zorvabad Oct 1879 and annexed Velmar Nov 1880.", ["state United Kingdom: Britain", "state Zorvabad: Zorvabad", "state Velmar: Velmar"]],
		["The partition of Ostra came in 1905.", ["state Ostra: Ostra"]],
		["Autonomy for Velmaria in 1932; independence for Ostra; a plan for Zorvia.", ["state Velmaria: Velmaria", "state Ostra: Ostra"]],
		["In 1905 Velmaria partitioned; Austria annexed by Germany.", ["state Velmaria: Velmaria", "state Austria: Austria", "state Germany: Germany"]],
		// a continent is never such a territory
		["Africa partitioned at Berlin.", []],
		// but not a captured city, a colonised continent or a month
		["The army captured Acre; settlers colonized North America; Britain annexed Sept 1948.", ["state United Kingdom: Britain"]],
		// eras, figures of speech and ideas are no polity
		["The Middle Kingdom; a Great Empire; the Kingdom of God; the Republic of Letters.", []],
		// a kind of state, not a polity; a listed free state stays
		["In 1927 the Corporate State; a Police State; the Welfare State; a Puppet State; the Irish Free State.", ["state Ireland: Irish Free State"], { dates: years(1927) }],
		["The Treaty of Paris ended it.", []],
		// a sentence's opening preposition or adverb is no start of a name: the listed body after it stays one (and
		// a plural possessive stays inside a listed name)
		["In 1930 the Iron Front fought; then the Red Front Fighters' League marched.", ["organisation Iron Front: Iron Front", "organisation Roter Frontkämpferbund: Red Front Fighters' League"]],
	])("%s", (...c) => check(c));
});

describe("demonyms count where they stand for the state acting", () => {
	it.each<Case>([
		["French believed in a buffer zone.", ["state France: French"]],
		["Japanese intervene in the north.", ["state Japan: Japanese"]],
		// a sentence opening on a demonym and "in" or "at" a place: the state present there (not a language)
		["- Dutch in Asia from 1595.\n- He wrote in English at home.", ["state Netherlands: Dutch"]],
		// before a year, "the" and a demonym are its state; so is a demonym before its independence
		["Koxinga took Taiwan from the Dutch 1661-62; Spain recognised Portuguese independence.", ["person Koxinga: Koxinga", "state Taiwan: Taiwan", "state Netherlands: Dutch", "state Spain: Spain", "state Portugal: Portuguese"]],
		// a body's name goes on after its head with "of" and a name; not with a person, a month or a state
		["In 1929 the Washington Commission of Neutrals met; the Quadruple Alliance of November held; the Irish Parliamentary Party of John Redmond split.", ["organisation Washington Commission of Neutrals: Washington Commission of Neutrals", "group Quadruple Alliance: Quadruple Alliance", "organisation Irish Parliamentary Party: Irish Parliamentary Party", "person John Redmond: John Redmond"]],
		// a region's qualifier before a state's name makes a polity of its own; not a listed name, not a place
		["In 1780 Upper Peru rose; Royal Prussia was split in 1772; Great Britain objected. They fought in Lower Egypt; Lesser Germany won.", ["state Upper Peru: Upper Peru", "state Royal Prussia: Royal Prussia", "state United Kingdom: Great Britain", "state Germany: Germany"]],
		// a demonym before a people's plural is a people of its own
		["In 1992 the Bosnian Serbs rose; Greek Cypriots and Turkish Cypriots clashed.", ["people Bosnian Serbs: Bosnian Serbs", "people Greek Cypriots: Greek Cypriots", "people Turkish Cypriots: Turkish Cypriots"]],
		// a coordination of demonyms: the noun after the last decides for all of them
		["In 1864 a British, French, Dutch and American squadron shelled the forts.", ["state United Kingdom: British", "state France: French", "state Netherlands: Dutch", "state United States: American"]],
		// a list of demonyms that opens a sentence before a place is their states, as one demonym is; and a demonym
		// beside a people's plural is a noun too
		["- 1918: British and French at Archangel, Japanese and Americans at Vladivostok.", ["state United Kingdom: British", "state France: French", "state Japan: Japanese", "state United States: Americans"]],
		["He met British and French at Archangel.", []],
		// a state's declaration; a person's is a document's name
		["Hiroshima 6 Aug, Soviet declaration of war 8 Aug 1945; the Balfour declaration of 1917.", ["state Soviet Union: Soviet"]],
		["Oct 1962: Soviet missiles withdrawn for the Jupiters.", ["state Soviet Union: Soviet"]],
		// joined by a sign too: "Soviet + Cuban advisers", "British & Dutch mediators"
		["In 1980 Soviet + Cuban advisers came; British & Dutch mediators met in 1698.", ["state Soviet Union: Soviet", "state Cuba: Cuban", "state United Kingdom: British", "state Netherlands: Dutch"]],
		["In 1529 Philip tried to unite the Saxon and Swiss reformers.", ["group Swiss reformers: Swiss reformers"]],
		// before a collective, each demonym but the last is its people: "Gujarati, Arab, Malay, Chinese merchants"
		["Trade c. 1500: Arab, Malay, Chinese merchants; Lisbon fell in 1147 to English + Flemish crusaders.", ["people Arab: Arab", "people Malay: Malay", "group Chinese merchants: Chinese merchants", "people English: English", "group Flemish crusaders: Flemish crusaders"]],
		["British policy shifted.", ["state United Kingdom: British"]],
		["Riots at Sétif in 1945 → French reprisals; Soviet repression in 1956.", ["state France: French", "state Soviet Union: Soviet"]],
		["He attacks neither the British nor the French.", ["state United Kingdom: British", "state France: French"]],
		["Soviet success came late.", ["state Soviet Union: Soviet"]],
		// the means of a state's action: its escorts, paratroops, shelling, subsidies, advisers and arms
		["In 1956 Israeli paratroops dropped; Prussian shelling began in 1871.", ["state Israel: Israeli", "state Prussia: Prussian"]],
		// not the officials of a people: "Greek and Arab officials" in Norman Sicily
		["In 1140 Greek officials ran the court.", []],
		["Russian intervention failed.", ["state Russia: Russian"]],
		// a polity's own noun before "of" names the polity, not a place: "the colony of Eritrea", "a tributary of Mali"
		["In 1890 the colony of Eritrea was founded; in 1350 Gao was a tributary of Mali.", ["state Eritrea: Eritrea", "state Mali: Mali"]],
		["Soviet-Japanese border clashes", ["state Soviet Union: Soviet", "state Japan: Japanese"]],
		["Anglo-American forces landed.", ["state United Kingdom: Anglo-American", "state United States: Anglo-American"]],
		// a compound of a prefix and a demonym names each of its states by the whole compound
		["In 1700 an Anglo-Dutch fleet sailed; the Sino-Soviet split came in 1960.", ["state United Kingdom: Anglo-Dutch", "state Netherlands: Anglo-Dutch", "state China: Sino-Soviet", "state Soviet Union: Sino-Soviet"]],
		["French King Louis XIII ruled.", ["state France: French", "person Louis XIII: King Louis XIII"]],
		// "the" demonym "under" a leader: the state's people, led
		["In 1898 the French under Marchand reached Fashoda; French under-secretaries came later.", ["state France: French", "person Jean-Baptiste Marchand: Marchand"], { dates: years(1898) }],
		// a state's caliph, government, veto, backing, warrant, forts and help are its own
		["In 999 the Abbasid caliph sent titles; the French gov't banned it in 1752.", ["state Abbasid Caliphate: Abbasid", "state France: French"]],
		["In 1971 Soviet vetoes came; in 1998 a Spanish warrant; in 1500 Portuguese forts; in 1640 Chinese help.", ["state Soviet Union: Soviet", "state Spain: Spanish", "state Portugal: Portuguese", "state China: Chinese"]],
		// a region's demonym of two words is no state's: the Americas', the West Indies'
		["Spanish American independence came in 1821; Latin American states and West Indian planters followed; American troops landed in 1898.", ["state United States: American"]],
		["In 1820 the Spanish American colonies broke away; South Americans and American Indians watched.", ["people Native Americans: American Indians"]],
	])("%s", (...c) => check(c));
});

describe("period-aware names (the middle of the note's dates)", () => {
	it.each<Case>([
		["Russia left the war.", ["state Soviet Union: Russia"], { dates: years(1918, 1921) }],
		// a listed polity and a year are the polity, not an event's name
		["Union of South Africa 1910 with Botha as PM.", ["state South Africa: Union of South Africa", "person Louis Botha: Botha"], { dates: years(1910) }],
		// "the Empire" is the note's own polity even where a name would be a place: "dualism in the Empire"
		["Austro-Prussian dualism in the Empire went on.", ["state Austria: Austro-Prussian", "state Prussia: Austro-Prussian", "state Holy Roman Empire: Empire"], { dates: years(1745, 1763) }],
		["Russia left the war.", ["state Russia: Russia"], { dates: years(1807, 1812) }],
		["Russia left the war.", ["state Russia: Russia"]],
		// a note reaching well back before the new name keeps the old one, whatever its middle year
		["Austria lost at Königgrätz.", ["state Austria: Austria"], { dates: years(1815, 1848, 1866, 1870, 1871, 1879, 1890) }],
		["Austria annexed two provinces.", ["state Austria-Hungary: Austria"], { dates: years(1878, 1908, 1914) }],
		["Britain declared war.", ["state United Kingdom: Britain"], { dates: years(1939) }],
		["Britain fought Spain.", ["state England: Britain", "state Spain: Spain"], { dates: years(1588) }],
		["Turkey joined the Central Powers.", ["state Ottoman Empire: Turkey", "group Central Powers: Central Powers"], { dates: years(1914) }],
		["The Turks won at Manzikert.", ["state Seljuk Empire: Turks"], { dates: years(1071) }],
		["The Protestant Czechs rebelled.", ["state Bohemia: Czechs"], { dates: years(1618) }],
		["The Czechs were abandoned.", ["state Czechoslovakia: Czechs"], { dates: years(1938) }],
		// one polity named under two regimes in one note is one actor, under the name of the note's period
		["Russia lost in 1905; the USSR formed later.", ["state Russia: Russia, USSR"], { dates: years(1900, 1905, 1912, 1922) }],
		["The USSR and Russia.", ["state Soviet Union: USSR, Russia"], { dates: years(1950) }],
		["Parliament raised taxes.", ["organisation Parliament of England: Parliament"], { dates: years(1640) }],
		["Parliament raised taxes.", ["organisation Parliament of the United Kingdom: Parliament"], { dates: years(1832) }],
		["America entered the war.", ["state United States: America"], { dates: years(1917) }],
		["Membership in League; the League failed.", ["organisation League of Nations: League"], { dates: years(1926, 1935) }],
		["The Turkish fleet and the Ottomans lost.", ["state Ottoman Empire: Turkish, Ottomans"]],
	])("%s (%j)", (...c) => check(c));
});

describe("peoples", () => {
	it.each<Case>([
		["Jews were expelled; Jewish merchants fled and one Jew stayed.", ["people Jews: Jews, Jewish, Jew"]],
		["The Magyars demanded autonomy.", ["people Magyars: Magyars"]],
		["Vikings raided the coast.", ["people Vikings: Vikings"]],
		["Eastern Europeans were deemed subhuman.", ["people Eastern Europeans: Eastern Europeans"]],
		["Europeans grew confident.", ["people Europeans: Europeans"]],
	])("%s", (...c) => check(c));
});

describe("organisations", () => {
	it.each<Case>([
		// a listed body after "The" is not taken for an event by its head ("Congress")
		["The Indian National Congress was founded in 1885.", ["organisation Indian National Congress: Indian National Congress"]],
		["The Comintern met in Moscow.", ["organisation Comintern: Comintern"]],
		["The League of Nations and the UN and NATO.", ["organisation League of Nations: League of Nations", "organisation United Nations: UN", "organisation NATO: NATO"]],
		["Bolsheviks seized power.", ["organisation Bolsheviks: Bolsheviks"]],
		["The Nazis won seats; a Nazi coup failed; the Reichstag burned.", ["organisation Nazi Party: Nazis, Nazi", "organisation Reichstag: Reichstag"]],
		["The Church sold indulgences; the Catholic Church resisted.", ["organisation Catholic Church: Church, Catholic Church"]],
		["The Jesuits and the Inquisition.", ["organisation Jesuits: Jesuits", "organisation Inquisition: Inquisition"]],
		// the word in lower case is the Inquisition only in its centuries: "the mihna (inquisition)" of 833 is none
		["In 1600 the inquisition burned heretics.", ["organisation Inquisition: inquisition"], { dates: years(1600) }],
		["In 833 the mihna (inquisition) began.", [], { dates: years(833) }],
		["The KGB watched the Politburo.", ["organisation KGB: KGB", "organisation Politburo: Politburo"]],
		["The Spanish Armada sailed.", ["organisation Spanish Armada: Spanish Armada"]],
		// a body's name by its head word, even when no list knows it
		["Members of the Liberal Unionist Party voted.", ["organisation Liberal Unionist Party: Liberal Unionist Party"]],
		// a body's head word alone is the body the note named in full last before it
		[
			"The Muslim League was founded. The Indian National Congress met. Congress boycotted; the League refused. The League of Nations met; the League failed.",
			["organisation Muslim League: Muslim League, League", "organisation Indian National Congress: Indian National Congress, Congress", "organisation League of Nations: League of Nations, League"],
		],
		["The League met in Geneva.", ["organisation League of Nations: League"], { dates: years(1925) }],
		// banks, academies, fleets; families; demonyms before a scholarly collective
		["In 1478 the Velmar family plotted; the Ostra Bank failed; the Zorvian Academy met.", ["group Velmar family: Velmar family", "organisation Ostra Bank: Ostra Bank", "organisation Zorvian Academy: Zorvian Academy"]],
		["Byzantine scholars fled west; French farmers protested.", ["group Byzantine scholars: Byzantine scholars", "group French farmers: French farmers"]],
		// a body's name opening a list item; an ordinary word opening a sentence is no part of a name
		["- Velmarian League founded; Ostrian League formed.", ["organisation Velmarian League: Velmarian League", "organisation Ostrian League: Ostrian League"]],
		["Strong Navy needed.", []],
		// military units and confederations by their heads; an event's word inside a body's name; a head after "of"
		// belongs to what the name is of
		[
			"In 1768 the Velmar Confederation rose; the Ostra Cossack Brigade and the Red Battalions marched; the Zorvian Liberation Army and the Velmar Canal Company fought. The Articles of Confederation held.",
			["organisation Velmar Confederation: Velmar Confederation", "organisation Ostra Cossack Brigade: Ostra Cossack Brigade", "organisation Red Battalions: Red Battalions", "organisation Zorvian Liberation Army: Zorvian Liberation Army", "organisation Velmar Canal Company: Velmar Canal Company"],
		],
		// a body's head, "of" and a name; a form that needs "the" is no name cut short ("the States of Holland")
		["In 1590 the States of Velmaria paid the Army of Ostra; the Commission of National Education 1773 met. In 1945 the States sent aid.", ["organisation States of Velmaria: States of Velmaria", "organisation Army of Ostra: Army of Ostra", "organisation Commission of National Education: Commission of National Education", "state United States: States"]],
		// or "for" and what the body is for, events' heads and "of" included, never a year; no head, no body
		["In 1884 the Society for Velmar Colonization grew; the Committee for State Security 1954 arrested him; the League for the Independence of Zorvia fought. Support for Ostra grew.", ["organisation Society for Velmar Colonization: Society for Velmar Colonization", "organisation Committee for State Security: Committee for State Security", "organisation League for the Independence of Zorvia: League for the Independence of Zorvia"]],
		// boards and audiencias of a place are bodies; territories, sanjaks, banats and despotates of one are polities
		["In 1849 the Board of Velmar ruled; the Audiencia of Ostra protested.", ["organisation Board of Velmar: Board of Velmar", "organisation Audiencia of Ostra: Audiencia of Ostra"]],
		["In 1900 the Territory of Velmar voted; the Sanjak of Ostra and the Despotate of Zorvia fell.", ["state Territory of Velmar: Territory of Velmar", "state Sanjak of Ostra: Sanjak of Ostra", "state Despotate of Zorvia: Despotate of Zorvia"]],
		// a common noun's possessive inside a body's name; a demonym before a listed body's name makes a new body
		["In 1991 the Velmarian People's Army and the Ostran Workers' Party fought the Serb Democratic Party.", ["organisation Velmarian People's Army: Velmarian People's Army", "organisation Ostran Workers' Party: Ostran Workers' Party", "organisation Serb Democratic Party: Serb Democratic Party"]],
		// an acronym the note defines after a name
		["The Velmar National Army (VNA) formed; the VNA fought.", ["organisation Velmar National Army: Velmar National Army, VNA"]],
		["The Labour Party (LP) won; the PM resigned.", ["organisation Labour Party: Labour Party, LP"]],
		// a participle inside a body's name is no verb there; a listed acronym before a body's name is its own actor
		["In 1937 the Velmar United Army raided the border; the Combined Fleet sailed.", ["organisation Velmar United Army: Velmar United Army", "organisation Combined Fleet: Combined Fleet"]],
		["In 1979 the FSLN National Directorate ruled.", ["group Sandinistas: FSLN", "organisation National Directorate: National Directorate"]],
		// a body's acronym in its own language, not its English initials
		["In 1944 the Velmar Workers' Party (VZP) rose; the VZP lost.", ["organisation Velmar Workers' Party: Velmar Workers' Party, VZP"]],
		// or in a legend, on either side of the name; an acronym beside an unknown name or an equation is nothing
		["abbrevs: ZL = Velmar National Army, Ostra League = OL\n- ZL and OL fight; XY = 3 ZY", ["organisation Velmar National Army: ZL, Velmar National Army", "organisation Ostra League: Ostra League, OL"]],
		// in a note about the past, an acronym no list holds is a body of its own; a defined one is its name's
		["In 1993 the VRFP and the MNDZ signed; UNAVEM deployed; the VRFP won.", ["organisation VRFP: VRFP", "organisation MNDZ: MNDZ", "organisation UNAVEM: UNAVEM"], { dates: years(1993) }],
		["The Velmar National Army (VNA) formed; the VNA and the OSR fought.", ["organisation Velmar National Army: Velmar National Army, VNA", "organisation OSR: OSR"], { dates: years(1960) }],
		// an acronym of a body the note names elsewhere is that body; one the note also writes small is stressed
		["In 1990 the Velmar Freedom Party won; the VFP split. The vote was BAD, a bad vote.", ["organisation Velmar Freedom Party: Velmar Freedom Party, VFP"], { dates: years(1990) }],
		// not: numerals, stressed words, wars, captives and weapons, course codes, a shouted heading, a modifier
		["Louis XIV; chapter XXIII; did NOT sign; BOTH fled; WWII and the HYW; POW camps, ICBM sites; CLAS 205; VRFP MNDZ SPLIT; a VRFP-led vote", ["person Louis XIV: Louis XIV"], { dates: years(1950) }],
		// a policy or an act by its initials
		["In 1965 Ian Smith's UDI; in 1948 the UDHR; in 1914 DORA.", ["person Ian Smith: Ian Smith"], { dates: years(1914, 1948, 1965) }],
		["In 1983 Reagan's SDI.", ["person Ronald Reagan: Reagan"], { dates: years(1983) }],
		// nor a science's or a medicine's terms
		["DNA from the mass grave pointed to typhoid; HIV and AIDS spread after 1981.", [], { dates: years(1981) }],
		// not in a note without dates or about later years: a manual's acronyms are its own terms
		["The VRFP signed.", []],
		["The VRFP signed.", [], { dates: years(2021) }],
		// a name joined by a hyphen to a word no list holds is part of another name; two listed names stay two
		// (a dash joins two names: "Stalin\u2013Zorvig"); a double name before a verb only persons take is a person's
		["In 1900 Col. Velmar-Powell held Ostra; Baden-Zorvig fled; the Anglo-Dutch rivalry; the Stalin\u2013Zorvig talks.", ["person Velmar-Powell: Velmar-Powell", "person Baden-Zorvig: Baden-Zorvig, Zorvig", "state United Kingdom: Anglo-Dutch", "state Netherlands: Anglo-Dutch", "person Joseph Stalin: Stalin"]],
		// a listed name may open with a number; a number opens no other name
		["In 1953 the 7th Fleet sailed and MI6 plotted; 1953 saw 300 Velmar troops.", ["organisation United States Seventh Fleet: 7th Fleet", "organisation MI6: MI6"], { dates: years(1953) }],
		// a number in a capitalised run is no word of a body's name, but a demonym may open a numbered unit
		["- Oct 1894 V 1st Velmar Army crosses; the German 6th Army surrenders in 1943.", ["organisation 1st Velmar Army: 1st Velmar Army", "organisation German 6th Army: German 6th Army"]],
		// "New" opens a body's name ("New Army", "New People's Association"), as it does a polity's
		["In 1907 the New Velmar Party met; the New Army mutinied in 1911.", ["organisation New Velmar Party: New Velmar Party", "organisation New Army: New Army"]],
		// a shipyard is a body; an office after a name ends it ("First Secretary")
		["In 1980 the Velmar Shipyard struck; Stanisław Ostranski First Secretary resigned.", ["organisation Velmar Shipyard: Velmar Shipyard", "person Stanisław Ostranski: Stanisław Ostranski"]],
		// a military unit named by its number; not a century or an amendment
		["In 1920 the 5th Velmar Army held the river and the 3rd Ostra Commando landed; the 19th Century; the 1st Amendment.", ["organisation 5th Velmar Army: 5th Velmar Army", "organisation 3rd Ostra Commando: 3rd Ostra Commando"]],
		// the note's own definition of an acronym beats a list's reading of the same letters in the note's years
		["In 1959 the Malayan Communist Party (MCP) fought on; the MCP lost.", ["organisation Malayan Communist Party: Malayan Communist Party, MCP"], { dates: years(1959, 1960, 1961) }],
		// a note's period runs over its dates from both ends: two dates make a period of both
		["Solidarity struck.", ["organisation Solidarity (Polish trade union): Solidarity"], { dates: years(1964, 1985) }],
		// a legend names persons too, by short forms with two capitals or a digit; an equation in prose is no legend
		// a mention that ends in an abbreviation keeps its dot: an initial (not a regnal numeral), or the start of a
		// longer word of the actor's name; not a whole word at a sentence's end
		[
			"In 1838 Dost M. surrenders; the U.S. protests; Louis XIV rules; Pedro I. Then Spain. Read Die Hanse.",
			["person Dost M: Dost M.", "state United States: U.S.", "person Louis XIV: Louis XIV", "person Pedro I of Brazil: Pedro I", "state Spain: Spain", "organisation Hanseatic League: Hanse"],
		],
		["In 1213 Peter II of Ar. (1208) died at Muret.", ["person Peter II of Aragon: Peter II of Ar."], { dates: years(1213) }],
		// a key whose name goes on in lower case after the actor names a body of the actor's, not the actor
		["key: ZORVFOR = UN force, EC = European Community\n- 1993 ZORVFOR withdrew; the UN and the EC met.", ["organisation ZORVFOR: ZORVFOR", "organisation United Nations: UN", "organisation European Economic Community: EC, European Community"], { dates: years(1993) }],
		["abbrevs: E3 = Edward III, RoY = Richard of York, Tsar = Velmar\n- 1340 E3 wins; RoY claims the throne in 1460; Stalin = Zorvig backer.", ["person Edward III: E3, Edward III", "person Richard of York: RoY, Richard of York", "person Joseph Stalin: Stalin"]],
		// a ruler by initial and numeral with no key: a given name the note gives a person, and a ruler of the note's
		// years; a lecture's or a week's number names none
		["- King Richard takes the throne in 1483; R3 holds the boy.\n- Henry VII wins in 1485; H7 marries. L5 notes, see W2.", ["person Richard III of England: King Richard, R3", "person Henry VII of England: Henry VII, H7"], { dates: years(1483, 1485) }],
		// the head alone is the body named last before it: another name ending in it is another body ("New Army")
		["The Velmar Army won. The New Army mutinied; the Army held.", ["organisation Velmar Army: Velmar Army", "organisation New Army: New Army, Army"]],
		// an event's head right before a body's head makes no event of the name, a date after it or not
		["- Velmar Canal Company 26 July 1956 seized; Ostra Mission Society 1880 founded.", ["organisation Velmar Canal Company: Velmar Canal Company", "organisation Ostra Mission Society: Ostra Mission Society"]],
		// and a body's head further on, after a plural possessive: "Velmar Canal Users' Association"
		["In 1956 the Velmar Canal Users' Association met; the Ostra War Veterans Society 1920 marched.", ["organisation Velmar Canal Users' Association: Velmar Canal Users' Association", "organisation Ostra War Veterans Society: Ostra War Veterans Society"]],
		// a listed body with only a year after it is the body, not an event of that name; an event's head in its
		// name keeps the event ("Baghdad Pact 1955")
		["- Council of Europe 1949 founded; Baghdad Pact 1955 signed.", ["organisation Council of Europe: Council of Europe"]],
		// a listed body before a numbered resolution passed it: the body, not the resolution, is an actor
		[
			"In 1988 Iran accepted UN Security Council Resolution 598; General Assembly Resolution 181 came in 1947; the Velmar Resolution 12 failed.",
			["state Iran: Iran", "organisation United Nations Security Council: UN Security Council", "organisation United Nations General Assembly: General Assembly"], { dates: years(1947, 1988) },
		],
		// a council of a state or of a standing body's common word is a body; one of a city is a meeting, an event
		[
			"In 1567 the Council of Troubles sat, the Zorvian Council of Churches protested and the Council of Portugal advised; the Council of Trent and the Council of Ostrava met.",
			["organisation Council of Troubles: Council of Troubles", "organisation Zorvian Council of Churches: Zorvian Council of Churches", "organisation Council of Portugal: Council of Portugal"],
		],
		// "Council" after a standing body's word is a body; an acronym after "of" is another body ("of the VRF")
		[
			"In 1775 the Permanent Council ruled; the Velmar Workers' Council struck; the Military Council of the VRF plotted; the Fourth Lateran Council met.",
			["organisation Permanent Council: Permanent Council", "organisation Velmar Workers' Council: Velmar Workers' Council", "organisation Military Council: Military Council", "organisation VRF: VRF"], { dates: years(1775) },
		],
		// scouts, rifles, squadrons, chambers, commissions and forces are bodies; not an operation's name
		[
			"In 1901 the Velmar Scouts and the Ostra Rifles fought; the Zorvian Squadron sailed; the Velmar Chamber met; the Ostra Commissions sat; NATO Operation Zorvian Force began.",
			["organisation Velmar Scouts: Velmar Scouts", "organisation Ostra Rifles: Ostra Rifles", "organisation Zorvian Squadron: Zorvian Squadron", "organisation Velmar Chamber: Velmar Chamber", "organisation Ostra Commissions: Ostra Commissions", "organisation NATO: NATO"],
		],
		// a lower-case regiment, division, commission or scouts after a name of no state, people or body
		[
			"In 1825 the Velmar regiment revolted, the Zorvik scouts fled and the Ostrava commission reported; the Greek division held and the UN commission sat.",
			["organisation Velmar regiment: Velmar regiment", "organisation Zorvik scouts: Zorvik scouts", "organisation Ostrava commission: Ostrava commission", "organisation United Nations: UN"],
		],
		// a government by its own name is a body; a demonym's is its state's, and self-government none
		["- Self-Government came; the Provisional Velmar Government ruled; the British Government fell.", ["organisation Provisional Velmar Government: Provisional Velmar Government", "state United Kingdom: British Government"]],
		// the Security Council and the General Assembly are bodies of their own, beside the UN
		["In 1971 the UN Security Council met; the UN and the General Assembly voted; the UNSC vetoed.", ["organisation United Nations Security Council: UN Security Council, UNSC", "organisation United Nations: UN", "organisation United Nations General Assembly: General Assembly"], { dates: years(1971) }],
		// standing bodies, armies, newspapers and museums the lists hold; the Exchequer only in its medieval years
		["In 1130 the Exchequer audited the sheriffs.", ["organisation Exchequer: Exchequer"], { dates: years(1130) }],
		["In 1905 the Chancellor of the Exchequer spoke.", [], { dates: years(1905) }],
		["In 1928 Dong-a Ilbo reported that the Singanhoe had split; the Black Watch and the Carabineros marched.", ["organisation Dong-a Ilbo: Dong-a Ilbo", "organisation Singanhoe: Singanhoe", "organisation Black Watch: Black Watch", "organisation Carabineros de Chile: Carabineros"], { dates: years(1928) }],
		["In 1650 the Chambre des comptes, the Cour des aides and the Grand Conseil joined the Ormée.", ["organisation Chambre des comptes: Chambre des comptes", "organisation Cour des aides: Cour des aides", "organisation Grand Conseil: Grand Conseil", "organisation Ormée: Ormée"], { dates: years(1650) }],
		["In 1952 the High Authority met; Special Branch and Force 136 worked in Malaya.", ["organisation High Authority: High Authority", "organisation Special Branch: Special Branch", "organisation Force 136: Force 136"], { dates: years(1952) }],
		// a party's label before a word of its office is the party (the listed one of that name); not before another word
		[
			"In 1910 Asquith's Liberal government fell; the Colorado and Liberal parties grew; the Liberal state was weak; a Whig ministry followed.",
			["person H. H. Asquith: Asquith", "organisation Liberal Party: Liberal", "organisation Whig Party: Whig"],
			{ dates: years(1910) },
		],
		// short names of listed bodies in their years: "RSS", "Ba'ath", "Smallholders", "the Treasury" (not "Treasury orders")
		["In 1975 the RSS was banned and the Ba'ath ruled in Baghdad.", ["organisation Rashtriya Swayamsevak Sangh: RSS", "organisation Ba'ath Party: Ba'ath"], { dates: years(1975) }],
		["In 1945 the Smallholders won; the Landwehr was gone.", ["organisation Independent Smallholders, Agrarian Workers and Civic Party: Smallholders"], { dates: years(1945) }],
		["In 1846 Trevelyan at the Treasury refused; Treasury orders came; in 1860 the Landwehr was downgraded.", ["person Charles Trevelyan: Trevelyan", "organisation Treasury (finance ministry): Treasury", "organisation Landwehr: Landwehr"], { dates: years(1846, 1860) }],
		// a museum by its name is a body: it holds and returns what was taken
		["In 2022 the Velmar Museum returned two bronzes.", ["organisation Velmar Museum: Velmar Museum"], { dates: years(2022) }],
		// a body's short name outside its years is not the body
		["In 1990 the Patriotic Front and the High Authority met.", [], { dates: years(1990) }],
	])("%s", (...c) => check(c));
});

describe("groups: dynasties, movements, confessions, alliances, delimited collectives", () => {
	it.each<Case>([
		["The Habsburgs ruled Spain.", ["group House of Habsburg: Habsburgs", "state Spain: Spain"]],
		["A struggle between parliament and the stuart kings.", ["group House of Stuart: stuart kings"]],
		["Protestants and Catholics fought; the Huguenots fled.", ["group Protestants: Protestants", "group Catholics: Catholics", "group Huguenots: Huguenots"]],
		["The Allies landed.", ["group Allies: Allies"]],
		// a nickname in quotes after a verb of naming, in a note about the past; not after "the", nor a manual's term
		["The nobles were nicknamed \"Beggars\"; his men call themselves \u201cOrphans\u201d; the \"Zorvos\" rose; \"Velmars\" came.", ["group Beggars: Beggars", "group Orphans: Orphans"], { dates: years(1566) }],
		// (in guillemets too, as French and German notes quote)
		["The rebels were dubbed \u00abZorvaks\u00bb in 1566.", ["group Zorvaks: Zorvaks"], { dates: years(1566) }],
		["Create a base called \"Books\" with views.", [], { dates: years(2023) }],
		// a dynasty's plural is the dynasty where the note names its state too, else the state
		["The Abbasid Caliphate rose in 750; the Abbasids moved to Baghdad. The Nasrids held out.", ["state Abbasid Caliphate: Abbasid Caliphate", "group Abbasid dynasty: Abbasids", "state Emirate of Granada: Nasrids"], { dates: years(1300) }],
		["The white army was defeated.", ["group White movement: white army"]],
		["Germans helped by American financiers.", ["state Germany: Germans", "group American financiers: American financiers"]],
		["Parisian workers rioted.", ["group Parisian workers: Parisian workers"]],
		["German Calvinists chose a king.", ["group German Calvinists: German Calvinists"]],
		// towns, bands, volunteers and states a demonym delimits act together
		["Russian volunteers joined the Wendish towns and the Arab states.", ["group Russian volunteers: Russian volunteers", "group Wendish towns: Wendish towns", "group Arab states: Arab states"]],
		// and so do the estates of a land
		["The Bohemian estates deposed the king.", ["group Bohemian estates: Bohemian estates"]],
		// and the factions of a city
		["Samian oligarchs revolted; the Corcyraean democrats appealed.", ["group Samian oligarchs: Samian oligarchs", "group Corcyraean democrats: Corcyraean democrats"], { dates: years(-440) }],
		["The Home Rule movement grew.", ["group Home Rule movement: Home Rule movement"]],
		// and a clique or a clan after a name
		["The Velmar clique at court and the Ostra clan plotted.", ["group Velmar clique: Velmar clique", "group Ostra clan: Ostra clan"]],
		// a group named by its size: a number and persons in the plural, or a number after "Old" or "Big"
		[
			"In 1600 the Nine Elders of Velmar and the Seven Saints met; the Old Three Hundred settled; the Big Four decided; the Four Hundred ruled; the Ten Commandments; the Four Hundred Years passed.",
			["group Nine Elders of Velmar: Nine Elders of Velmar", "group Seven Saints: Seven Saints", "group Old Three Hundred: Old Three Hundred", "group Big Four: Big Four", "group Four Hundred: Four Hundred"],
		],
		// or a number after "the" and before "of" a place's name; not a count of a state's or of persons
		["The Sixteen of Velmar rose; the Three of France met; Two of them fled.", ["group Sixteen of Velmar: Sixteen of Velmar"]],
		// the Young Turks are a movement, the Committee of Union and Progress its party
		["In 1908 the Committee of Union and Progress took power; CUP rule; a Young Turk officer.", ["organisation Committee of Union and Progress: Committee of Union and Progress, CUP", "group Young Turks: Young Turk"], { dates: years(1908) }],
		// factions, sects and classes the lists hold; the Anti-Federalists are not the Federalists
		["In 1788 the Federalists won and the Anti-Federalists lost.", ["group Federalists: Federalists", "group Anti-Federalists: Anti-Federalists"], { dates: years(1788) }],
		["In 1618 the Remonstrants lost to the Counter-Remonstrants; the Bogomils and the taluqdars rose.", ["group Remonstrants: Remonstrants", "group Counter-Remonstrants: Counter-Remonstrants", "group Bogomils: Bogomils", "group Taluqdars: taluqdars"], { dates: years(1618) }],
		["In 1813 the War Hawks and the Red Sticks fought; in 1948 the fedayeen raided.", ["group War Hawks: War Hawks", "group Red Sticks: Red Sticks", "group Fedayeen: fedayeen"], { dates: years(1813, 1948) }],
		// the ultras of the twentieth century's last colonial wars, lower case too; the ultra-royalists in their years
		["In 1960 the ultras rose in Algiers.", ["group Ultras: ultras"], { dates: years(1960) }],
		["In 1820 the Ultras won.", ["group Ultra-royalists: Ultras"], { dates: years(1820) }],
		["In 1907 the Moderates split from the Extremists.", ["group Moderates (Indian National Congress): Moderates", "group Extremists: Extremists"], { dates: years(1907) }],
		["In 1745 the New Englanders took Louisbourg; the Hinawi fought the Ghafiri.", ["group New Englanders: New Englanders", "group Hinawi: Hinawi", "group Ghafiri: Ghafiri"], { dates: years(1745) }],
		["In 1900 the Red Lanterns and the Big Swords rose; the Sadozai fell to the Barakzai in 1826.", ["group Red Lanterns: Red Lanterns", "group Big Swords Society: Big Swords", "group Sadozai dynasty: Sadozai", "group Barakzai dynasty: Barakzai"], { dates: years(1826, 1900) }],
	])("%s", (...c) => check(c));
});

describe("persons by list and by pattern", () => {
	it.each<Case>([
		["Stalin believed in it; so did Hitler.", ["person Joseph Stalin: Stalin", "person Adolf Hitler: Hitler"]],
		["Martin Luther posted theses. Luther was never arrested.", ["person Martin Luther: Martin Luther, Luther"]],
		["Louis XIV built Versailles.", ["person Louis XIV: Louis XIV"]],
		// a listed name of several words in another case is the person, an epithet in lower case too, but not the
		// words of a sentence that open with a pronoun
		["In 1935 He Long marched; he long believed in the peasants; Chiang kai-shek fled in 1949.", ["person He Long: He Long", "person Chiang Kai-shek: Chiang kai-shek"], { dates: years(1935, 1949) }],
		["In 1470 the spider king plotted against Burgundy.", ["person Louis XI of France: spider king", "state Burgundy: Burgundy"], { dates: years(1470) }],
		// a regnal name of a realm its list does not give is a person of its own; Navarre's Henry III is listed, as the
		// king of France he became
		["Alfonso III of Velmaria converted.", ["person Alfonso III of Velmaria: Alfonso III of Velmaria"]],
		["Henry III of Navarre converted.", ["person Henry IV of France: Henry III of Navarre"]],
		// a listed single name keeps the place it is "of", not a state, nor a longer name
		["Agobard of Lyon wrote against them. Agobard was deposed.", ["person Agobard: Agobard of Lyon, Agobard"]],
		["Hardrada of Norway landed.", ["person Harald Hardrada: Hardrada"]],
		["Mazepa of the Zaporozhian Host defected.", ["person Ivan Mazepa: Mazepa"]],
		["His successors Louis XV and XVI were in debt.", ["person Louis XV: Louis XV", "person Louis XVI: XVI"]],
		["King Henry VIII broke with Rome.", ["person Henry VIII: King Henry VIII"]],
		["After two monarchs (Queen Mary and Elizabeth) peace came.", ["person Queen Mary: Queen Mary", "person Elizabeth: Elizabeth"]],
		// the title covers a given name after "and" that nothing else would read as a person
		["After two rulers (Queen Mary and Margaret) peace came.", ["person Queen Mary: Queen Mary", "person Margaret: Margaret"]],
		["After two rulers (Mary and Margaret) peace came.", []],
		["Elizabeth I reigned; Elizabeth never married.", ["person Elizabeth I: Elizabeth I, Elizabeth"]],
		["Otto von Guericke wrote it. Why does von Guericke blame them?", ["person Otto von Guericke: Otto von Guericke, von Guericke"]],
		// a capitalised particle goes on into the next word, even a head of a body's name
		["In 1948 General Van Fleet rebuilt the army.", ["person James Van Fleet: Van Fleet"]],
		// an office written with a capital after a person is no name of its own
		["In 1861 Lord Canning, Viceroy of India, decided.", ["person Lord Canning: Lord Canning"]],
		// a name word before the particle makes a longer name, someone else's
		["Otto von Guericke wrote it; Zorvig von Guericke did not.", ["person Otto von Guericke: Otto von Guericke"]],
		// an elided particle: listed and by pattern
		["In 1434 Cosimo de' Medici ruled; Lorenzo de’ Medici followed; Giuliano de' Medici was killed.", ["person Cosimo de' Medici: Cosimo de' Medici", "person Lorenzo de' Medici: Lorenzo de’ Medici", "person Giuliano de' Medici: Giuliano de' Medici"]],
		["Written by Heinrich Kramer & Jakob Sprenger.", ["person Heinrich Kramer: Heinrich Kramer", "person Jakob Sprenger: Jakob Sprenger"]],
		// a family name written first stands for the person alone later, Chinese or Japanese
		["In 1860 Zhang Velmin raised an army; later Zhang won. Katō Zorvi signed in 1885; Katō left.", ["person Zhang Velmin: Zhang Velmin, Zhang", "person Katō Zorvi: Katō Zorvi, Katō"]],
		// a compass point's initial before a place is a region, not a person
		["In 1945 E. Europe fell, W. Africa too, and S. Velmar agreed.", ["person S. Velmar: S. Velmar"]],
		// and before a region's name no list holds, a territory, dropped where it is only a place
		["In 1878 Russia gets S. Velmaria and W. Zorvland; Ostra stayed in E. Morvia.", ["state Russia: Russia", "state S. Velmaria: S. Velmaria", "state W. Zorvland: W. Zorvland"]],
		// a particle that opens a titled person's surname is no name of theirs
		["In 1750 Father Le Zorvig rose; Le Zorvig fled. Le Grand Ostra ended.", ["person Le Zorvig: Le Zorvig"]],
		// a family name that is also a place's word opens a name before a hyphenated given name, and stands for nobody alone
		["In 1915 Park Zor-vin wrote; Hyde Park stood.", ["person Park Zor-vin: Park Zor-vin"]],
		// a particle after a middle initial
		["Marcelo H. del Velmar edited the paper.", ["person Marcelo H. del Velmar: Marcelo H. del Velmar"]],
		["Peter the Great built a navy.", ["person Peter the Great: Peter the Great"]],
		// a name no list holds in a list of peoples is a people, but not a demonym no noun follows
		["In 1763 the Odawa, Zorvani, Lenape and others attacked; Britain was opposed by the Austrians, French, and Portuguese.", ["people Odawa: Odawa", "people Zorvani: Zorvani", "people Lenape: Lenape", "state United Kingdom: Britain", "state Austria: Austrians"]],
		// a ruler's epithet after a single name: a person no list holds, and in a listed person's mention
		["In 1520 Zorvig the Bold attacked; Zorvig fled. Ostra the Great Wall stood.", ["person Zorvig the Bold: Zorvig the Bold, Zorvig"]],
		["In 1450 Ewuare the Great rebuilt the palace.", ["person Ewuare: Ewuare the Great"]],
		["Swedish King Gustavus II Adolphus landed.", ["state Sweden: Swedish", "person Gustavus Adolphus: Gustavus II Adolphus"]],
		// a second name and a place after the numeral; a listed name keeps its canonical name with the place
		["In 1190 Philip II Augustus of France sailed.", ["person Philip II Augustus of France: Philip II Augustus of France"]],
		["Gustavus II Adolphus of Sweden landed in 1630.", ["person Gustavus Adolphus: Gustavus II Adolphus of Sweden"]],
		// a monarch by his epithet or his numeral and more: the given name alone stands for him later
		["In 843 Louis the Zorvish ruled; Louis then fought. In 1560 Ivan IV the Velmar ruled; Ivan then fought.", ["person Louis the Zorvish: Louis the Zorvish, Louis", "person Ivan IV the Velmar: Ivan IV the Velmar, Ivan"]],
		// a person named in full by a given name first: the given name alone stands for them later; of two such, the
		// one named last before it
		["In 1138 Geoffrey of Zorvan invaded; Harold Velmarson held out. Geoffrey fought on; Harold fled.", ["person Geoffrey of Zorvan: Geoffrey of Zorvan, Geoffrey", "person Harold Velmarson: Harold Velmarson, Harold"]],
		["In 1140 Robert Zorvig rose; Robert Velmar fell. Robert won.", ["person Robert Zorvig: Robert Zorvig", "person Robert Velmar: Robert Velmar, Robert"]],
		// a listed monarch of a place: the given name alone stands for him later
		["In 1588 Philip II of Spain sent the Armada; Philip was furious.", ["person Philip II of Spain: Philip II of Spain, Philip", "organisation Spanish Armada: Armada"]],
		// a listed actor after a regnal name is not its second name
		["In 1530 Henry VIII Cromwell advised.", ["person Henry VIII: Henry VIII", "person Thomas Cromwell: Cromwell"], { dates: years(1530) }],
		["Otto von Bismark resigned; Bismarck was old.", ["person Otto von Bismarck: Otto von Bismark, Bismarck"]],
		["[[Henry III]] had a daughter.", ["person Henry III: Henry III"]],
		// an honorific or a prelate's style stays in the mention before any name, the name the person is called by
		["Sir Francis Walsingham ran spies.", ["person Francis Walsingham: Sir Francis Walsingham"]],
		["In 1483 Bishop John Morton fled; Archbishop Rotherham and Cardinal Bourchier stayed; Lady Eleanor Butler was named.", ["person John Morton: Bishop John Morton", "person Archbishop Rotherham: Archbishop Rotherham", "person Cardinal Bourchier: Cardinal Bourchier", "person Eleanor Butler: Lady Eleanor Butler"], { dates: years(1483) }],
		// a title before a single name stays in the person's name, not in the mention, unless the name is a given
		// name ("Queen Mary") or the title is part of a ruler's name ("Shah Jahan"); "Grand" only before a title
		[
			"Pope Velmarius was held; Governor Zorvig declared; Velmarius gave in. Shah Ostrac ruled. The Grand Embassy left; Grand Vizier Zorvan ruled.",
			["person Pope Velmarius: Velmarius", "person Governor Zorvig: Zorvig", "person Shah Ostrac: Shah Ostrac", "person Grand Vizier Zorvan: Zorvan"],
		],
		["Shah Ostrac II fled; King Zorvan IV fell.", ["person Shah Ostrac II: Shah Ostrac II", "person Zorvan IV: King Zorvan IV"]],
		// a title before a word that alone names a dynasty or a polity keeps the title in the mention: the word alone
		// is the dynasty
		["In 1901 the treaty was signed by Prince Qing.", ["person Prince Qing: Prince Qing"], { dates: years(1901) }],
		// "Lord" before a given name and a surname is a younger son's style, kept in the name; before a surname alone,
		// in the mention
		["In 1798 Lord Edward Zorvald was shot; Lord Ostrac resigned.", ["person Lord Edward Zorvald: Lord Edward Zorvald", "person Lord Ostrac: Lord Ostrac"], { dates: years(1798) }],
		// a peer's style in apposition after a name is part of the mention and the name: of a place, with an ordinal, or
		// a name; not a title before a second person's given name, an office, or another person's style in the possessive
		[
			"In 1455 Richard, Duke of Velmaria won; Thomas, Lord Ostrac and James Zorvet, Lord Velmo fell; Henry Ostrane, 2nd Earl of Zorvia fled.",
			["person Richard, Duke of Velmaria: Richard, Duke of Velmaria", "person Thomas, Lord Ostrac: Thomas, Lord Ostrac", "person James Zorvet, Lord Velmo: James Zorvet, Lord Velmo", "person Henry Ostrane, 2nd Earl of Zorvia: Henry Ostrane, 2nd Earl of Zorvia"],
			{ dates: years(1455) },
		],
		[
			"In 1453 Maud Ostrane, Lord Velmo's niece, married; Gerald Zorvet, Lord Deputy, fled; Charles Velmar, Duke John of Ostria and Louis Zorvet fought.",
			["person Maud Ostrane: Maud Ostrane", "person Lord Velmo: Lord Velmo", "person Gerald Zorvet: Gerald Zorvet", "person Charles Velmar: Charles Velmar", "person John of Ostria: John of Ostria", "person Louis Zorvet: Louis Zorvet"],
			{ dates: years(1453) },
		],
		// a lord named by his seat: the seat is part of his name
		["In 1460 Lord Zorvet of Ostrin changed sides; Lord Velmo fled.", ["person Lord Zorvet of Ostrin: Lord Zorvet of Ostrin", "person Lord Velmo: Lord Velmo"], { dates: years(1460) }],
		// the style names a listed person: by a given name and its place
		["In 1440 Humphrey, Duke of Gloucester opposed peace.", ["person Humphrey, Duke of Gloucester: Humphrey, Duke of Gloucester"], { dates: years(1440) }],
		// abbreviated titles; "Field" and "Crown" only before another title; a wife's title stays in her name
		[
			"Abp Velmarius crowned him; Lt. Zorvig fired; Field Marshal Ostrac advanced. The Crown Colony voted; Crown Prince Zorvan fled.",
			["person Abp Velmarius: Abp Velmarius", "person Lt. Zorvig: Zorvig", "person Field Marshal Ostrac: Ostrac", "person Crown Prince Zorvan: Crown Prince Zorvan"],
		],
		// a rank before a single given name is the name the person goes by, and stays in the mention; an office before
		// one or a full name after a rank leave the title out
		["In 1654 Tsar Alexis broke the truce.", ["person Alexis of Russia: Tsar Alexis"], { dates: years(1654) }],
		[
			"In 1420 Duke Velmar and Princess Ostra fled; Governor Zorvig and Patriarch Ostrac stayed; General Velmark and President Zorvan wavered.",
			["person Duke Velmar: Duke Velmar", "person Princess Ostra: Princess Ostra", "person Governor Zorvig: Zorvig", "person Patriarch Ostrac: Ostrac", "person General Velmark: Velmark", "person President Zorvan: Zorvan"],
			{ dates: years(1420) },
		],
		["In 1430 King Velmar IV and Sultan Ostrac II fought; Queen Zorvia Velmarsdottir ruled.", ["person Velmar IV: King Velmar IV", "person Ostrac II: Sultan Ostrac II", "person Zorvia Velmarsdottir: Queen Zorvia Velmarsdottir"], { dates: years(1430) }],
		// a title before a regnal name stays in the mention, whatever the title and however many names come before
		// the numeral, but for an office whose holder the regnal name names (a pope, an elector); not before a regnal
		// name with its realm ("Velmar IV of Ostria"), which is the full name
		[
			"In 1130 Pope Velmar III crowned Count Ostrac II; Patriarch Zorvig IV protested; King Velmar IV of Ostria fell.",
			["person Velmar III: Velmar III", "person Ostrac II: Count Ostrac II", "person Zorvig IV: Patriarch Zorvig IV", "person Velmar IV of Ostria: Velmar IV of Ostria"],
			{ dates: years(1130) },
		],
		["In 1430 King Velmar IV fought; Velmar IV died in 1431.", ["person Velmar IV: King Velmar IV, Velmar IV"], { dates: years(1430, 1431) }],
		["In 1848 Emperor Franz Joseph I took the throne; Franz Joseph I ruled on.", ["person Franz Joseph I: Emperor Franz Joseph I, Franz Joseph I"], { dates: years(1848) }],
		// a title before two names and a numeral: the numeral is the name's, listed or not ("I" only with a reign after it)
		["In 1160 Sultan Kilij Arslan II fought; Kilij Arslan II died in 1192.", ["person Kilij Arslan II: Sultan Kilij Arslan II, Kilij Arslan II"], { dates: years(1160, 1192) }],
		["In 1176 Emperor Zorvak Velmaran II won; Zorvak Velmaran II died in 1190.", ["person Zorvak Velmaran II: Emperor Zorvak Velmaran II, Zorvak Velmaran II"], { dates: years(1176, 1190) }],
		["In 1176 Emperor Zorvak Velmaran I (1170-1180) won. As Emperor Ostrid Velmaran I think, he lost.", ["person Zorvak Velmaran I: Emperor Zorvak Velmaran I", "person Ostrid Velmaran: Ostrid Velmaran"], { dates: years(1176) }],
		["In 1870 Count Velmar resigned; Sir Ostrac fled; Baron Zorvig stayed.", ["person Count Velmar: Count Velmar", "person Sir Ostrac: Sir Ostrac", "person Baron Zorvig: Baron Zorvig"], { dates: years(1870) }],
		["Mme Velmar and Mlle Ostra ran the salon.", ["person Mme Velmar: Mme Velmar", "person Mlle Ostra: Mlle Ostra"]],
		// a title, then a particle and the surname it opens: the listed person whose name ends so, the title kept where
		// it is part of the name
		["In 1756 Mme de Pompadour and Mme de Velmaire met; General de Gaulle was born later.", ["person Madame de Pompadour: Mme de Pompadour", "person Mme de Velmaire: Mme de Velmaire", "person Charles de Gaulle: de Gaulle"], { dates: years(1756) }],
		["In 1853 Commodore Velmar landed; Brigadier Zorvig fired.", ["person Commodore Velmar: Velmar", "person Brigadier Zorvig: Zorvig"]],
		// an assembly by its own word; alone after a body the note named with that word, that body
		["In 1850 the Diet met in Frankfurt; the Storting and the Knesset sat too.", ["organisation Diet: Diet", "organisation Storting: Storting", "organisation Knesset: Knesset"]],
		["In 1862 the Prussian Diet met; the Diet refused the budget.", ["organisation Prussian Landtag: Prussian Diet, Diet"]],
		// name-titles of Ethiopia and India stay in the mention; a full-word title before a dot ends its sentence
		["In 1896 Ras Velmaru and Lij Zorvasu fought; Diwan Ostraj rebelled. The Emperor. Aim: unity.", ["person Ras Velmaru: Ras Velmaru", "person Lij Zorvasu: Lij Zorvasu", "person Diwan Ostraj: Diwan Ostraj"]],
		["Don Velmaro claimed the throne; Negus Zorvasu marched and Imam Ostraj resisted.", ["person Don Velmaro: Don Velmaro", "person Negus Zorvasu: Negus Zorvasu", "person Imam Ostraj: Imam Ostraj"]],
		// a family name after a given name, as an honorific is: the given name then stands for the person
		["In 1839 Zorvak Singh succeeded; Velma Kaur intrigued; Zorvak died.", ["person Zorvak Singh: Zorvak Singh, Zorvak", "person Velma Kaur: Velma Kaur"]],
		["Don Velmarino founded the party; the Don froze.", ["person Don Velmarino: Don Velmarino"]],
		// a name of two words no list holds before a numeral; not an event's name, not the pronoun
		["In 1176 Zorvak Velmaran II won; World War II began; the war and I met.", ["person Zorvak Velmaran II: Zorvak Velmaran II"]],
		// "I" after a name the note also gives other numerals is the first of that name
		["In 1819 Zorvameha II abolished it; Zorvameha I had died; Zorvameha IV ruled later.", ["person Zorvameha II: Zorvameha II", "person Zorvameha I: Zorvameha I", "person Zorvameha IV: Zorvameha IV"]],
		// two given names and a numeral are one regnal name, not the listed namesake without it
		["In 1900 Victor Emmanuel III became king; Frederick William IV refused.", ["person Victor Emmanuel III: Victor Emmanuel III", "person Frederick William IV: Frederick William IV"]],
		// an abbreviated Saint belongs to the surname; alone it names nobody
		["Arthur St. Zorvan led the army; St. Zorvan lost. St. Ostra rose.", ["person Arthur St. Zorvan: Arthur St. Zorvan, St. Zorvan"]],
		// a listed name is its own person, not a given name of another: Napoleon is not Louis Napoleon
		["Louis Napoleon was elected; Napoleon was his uncle.", ["person Napoleon III: Louis Napoleon", "person Napoleon: Napoleon"]],
		["Francisco Franco Spanish Civil War", ["person Francisco Franco: Francisco Franco"]],
		// reforms, a memo, a constitution or duties named after their authors are documents: no mention of them
		["In 1919 came the Montagu–Chelmsford reforms; in 1905 the Taft–Katsura memo; the Townshend duties in 1767.", [], { dates: years(1767, 1905, 1919) }],
		// but a title and words before an act's head and year name the act
		["- General Service Enlistment Act 1856 passed.", []],
		// initials and a surname; a lone outline letter is no initial
		["E. D. Morel exposed the abuses; Morel wrote books. J. A. Hobson agreed.", ["person E. D. Morel: E. D. Morel, Morel", "person J. A. Hobson: J. A. Hobson"]],
		["W. E. B. Du Bois founded the journal.", ["person W. E. B. Du Bois: W. E. B. Du Bois"]],
		// but not an outline letter before a number word, nor initials alone ("New Style")
		["Option B. Six more years of war followed.", []],
		["Executed 10 Jan 1775 (21 Jan N.S.)", []],
		// a middle initial inside a name, for a listed person and for one found by pattern
		["Robert E. Lee invaded; Lee surrendered. John F. Kennedy and Harry S. Truman.", ["person Robert E. Lee: Robert E. Lee, Lee", "person John F. Kennedy: John F. Kennedy", "person Harry S. Truman: Harry S. Truman"], { dates: years(1863) }],
		["James K. Polk expanded the country; Polk was president.", ["person James K. Polk: James K. Polk, Polk"]],
		// an office after a name is not part of it
		["- Joseph Zorvig Colonial Sec. (1895–1903); Alfred Velmar High Commissioner in 1897", ["person Joseph Zorvig: Joseph Zorvig", "person Alfred Velmar: Alfred Velmar"]],
		// with a given name of two syllables joined by a hyphen; female royal titles of India stay in the name
		["In 1590 Kim Zorv-il and Hwang Velm-gil reported; Rani Ostrabai and Begum Zorvat Mahal fought.", ["person Kim Zorv-il: Kim Zorv-il", "person Hwang Velm-gil: Hwang Velm-gil", "person Rani Ostrabai: Rani Ostrabai", "person Begum Zorvat Mahal: Begum Zorvat Mahal"]],
		// a family name first, in East Asian order, opens a name too; before a demonym, a state or a dynasty it does not
		["In 1644 Zhang Xianzhong sacked Chengdu; Shi Kefa fell. Han Chinese and Ming China; the Song dynasty; the Sun Never Sets.", ["person Zhang Xianzhong: Zhang Xianzhong", "person Shi Kefa: Shi Kefa", "people Han Chinese: Han Chinese", "state China: Ming China", "group Song dynasty: Song dynasty"]],
		// a place's word ends a place's name, but inside a longer name it is a middle name; a saint's word makes a place
		["Irgun bombed the King David Hotel; the army took San Luis Velmar. Henry Lane Zorvig plotted.", ["organisation Irgun: Irgun", "person Henry Lane Zorvig: Henry Lane Zorvig"]],
		// an honorific after a patterned name is part of it, and alone it names nobody
		["In 1907 Mohammad Ali Shah shelled the assembly; Ahmad Shah fled; the Shah was gone.", ["person Mohammad Ali Shah Qajar: Mohammad Ali Shah", "person Ahmad Shah: Ahmad Shah"]],
		// given names of many languages open a name
		["Nathan Bedford Forrest rode; Axel Oxenstierna ruled; Dean Rusk spoke.", ["person Nathan Bedford Forrest: Nathan Bedford Forrest", "person Axel Oxenstierna: Axel Oxenstierna", "person Dean Rusk: Dean Rusk"]],
		["A speech by V. I. Lenin.", ["person Vladimir Lenin: V. I. Lenin"], { dates: years(1920) }],
		["B. Economic causes\nC. Religious causes", []],
		// initials written together are the same name; letters that name a state are no initials
		["In 1904 E.D. Morel wrote; E. D. Morel again.", ["person E. D. Morel: E.D. Morel, E. D. Morel"]],
		["The U.S. Government and the U.K. Government.", ["state United States: U.S.", "state United Kingdom: U.K."]],
		// a listed surname after its person's given name, however spelt
		["In 1866 Thadeus Stevens pushed; Stevens won.", ["person Thaddeus Stevens: Thadeus Stevens, Stevens"], { dates: years(1866) }],
		["A speech by A. Hitler, and one by V. Lenin.", ["person Adolf Hitler: A. Hitler", "person Vladimir Lenin: V. Lenin"], { dates: years(1920) }],
		// ancient and early modern figures named by one name, in their period (BCE years are negative)
		[
			"Pompey, Crassus and Caesar formed an alliance; Antony and Lepidus came later.",
			["person Pompey: Pompey", "person Marcus Licinius Crassus: Crassus", "person Julius Caesar: Caesar", "person Mark Antony: Antony", "person Marcus Aemilius Lepidus: Lepidus"],
			{ dates: years(-60, -43) },
		],
		["Calonne and then Brienne failed; Necker was recalled.", ["person Charles Alexandre de Calonne: Calonne", "person Étienne Charles de Loménie de Brienne: Brienne", "person Jacques Necker: Necker"], { dates: years(1787, 1788) }],
		// outside their period the short forms are someone else's, or nobody's
		["Antony said nothing; Cato and Wallace agreed.", [], { dates: years(1990) }],
	])("%s", (...c) => check(c));
});

describe("a name no list holds, as a person by what stands around it", () => {
	it.each<Case>([
		// (made-up names, so that no list can know them)
		// after a lower-case office or kin noun
		["Gaius was killed on consul Velmarius' orders.", ["person Velmarius: Velmarius"]],
		["The command moved to Marius by the tribune Ostranus; chancellor Zorvig resigned.", ["person Gaius Marius: Marius", "person Ostranus: Ostranus", "person Zorvig: Zorvig"], { dates: years(-88) }],
		["His daughter Velmia married Pompey.", ["person Velmia: Velmia", "person Pompey: Pompey"], { dates: years(-59) }],
		["In 1998 judge Zorvón issued a warrant; the sub-chief Velmanyu was attacked; his grandson Ostraric ruled.", ["person Zorvón: Zorvón", "person Velmanyu: Velmanyu", "person Ostraric: Ostraric"]],
		// before an office or kin noun and "of", as its apposition; not a given name alone, which many share
		["- Velmarius abp of Ostra 1070; Zorvig, daughter of Velmarius, fled.\n- Mary, queen of Ostra, fled.", ["person Velmarius: Velmarius", "person Zorvig: Zorvig"]],
		// after a title, a state's or a people's one-word name is the person's surname
		["In 1556 Cardinal Pole returned; in 1690 Marshal Luxembourg won; in 1953 General China surrendered; Poland voted.", ["person Cardinal Pole: Cardinal Pole", "person Marshal Luxembourg: Luxembourg", "person General China: China", "state Poland: Poland"]],
		// the apposition in brackets, a former office too
		["- In 490 BC Velmippas (ex-tyrant of Ostra) came along; Zorvides (archon of Ostra) stayed.", ["person Velmippas: Velmippas", "person Zorvides: Zorvides"]],
		// in a list right after a person: a chain of names
		["Marius + Ostranus retake the city; the Senate (Cato, Velmarius) blocks it.", ["person Gaius Marius: Marius", "person Ostranus: Ostranus", "organisation Senate: Senate", "person Cato the Younger: Cato", "person Velmarius: Velmarius"], { dates: years(-87) }],
		["Danton, Zorvin and Ostrac were tried.", ["person Georges Danton: Danton", "person Zorvin: Zorvin", "person Ostrac: Ostrac"], { dates: years(1794) }],
		// an honorific after the name is part of it; alone, it names nobody, and the name before it names the person
		["In 1860 Zorvan Pasha and Ostra Bey ruled; the Pasha decided; Zorvan died.", ["person Zorvan Pasha: Zorvan Pasha, Zorvan", "person Ostra Bey: Ostra Bey"]],
		// or stands inside the name, before a family name
		["In 1848 Zorvak Singh Velmariwala rose at Hazara.", ["person Zorvak Singh Velmariwala: Zorvak Singh Velmariwala"]],
		// before a verb only persons take; the name a note gives in full elsewhere stays that person's; not a plural
		[
			"In 1817 Zorvigo died; Velmaran resigns. Ostrac was executed in 1871. Thousands died; Everyone fled; Meiji died in 1912 and Emperor Meiji was mourned.",
			["person Zorvigo: Zorvigo", "person Velmaran: Velmaran", "person Ostrac: Ostrac", "person Emperor Meiji: Meiji, Emperor Meiji"],
		],
		// names in brackets after a group's name in the plural, as after a noun of persons
		["In 1715 English Jacobites (Zorvin, Velwater) surrender at Preston.", ["group English Jacobites: English Jacobites", "person Zorvin: Zorvin", "person Velwater: Velwater"]],
		// a ruler or a peer by "the", a title, "of" and a place, which opens no list of persons; not a listed person's
		[
			"In 1937 the Duke of Zorvia replaced Graziani; the Nizam of Velmabad and Ostrac backed the Raj.",
			["person Duke of Zorvia: Duke of Zorvia", "person Rodolfo Graziani: Graziani", "person Nizam of Velmabad: Nizam of Velmabad", "state India: Raj"],
		],
		["In 1815 the Duke of Wellington won.", ["person Duke of Wellington: Wellington"], { dates: years(1815) }],
		// "d." for "died", and an apology, an inheritance or a renunciation, which only persons make
		["In 2004 Velmar-Zeul apologises; in 1714 Anne d. Aug 1714; Zorvigo inherited Hesse; Ostrac renounces the throne.", ["person Velmar-Zeul: Velmar-Zeul", "person Anne: Anne", "person Zorvigo: Zorvigo", "person Ostrac: Ostrac"]],
		// a given name alone as the subject of such a verb; not one that ends a longer name, nor one the note names in full
		["In 1056 Theodora dies; in 1578 Sebastian killed at Alcácer; Velmar Sebastian abdicates; Harold Godwinson rose and Harold died.", ["person Theodora: Theodora", "person Sebastian: Sebastian", "person Harold Godwinson: Harold Godwinson, Harold"]],
		// names in brackets after a noun of persons, alone or in a list of single names; not a date, a cited author, a
		// lecturer, an acronym, a word of a longer phrase, or the places of "nobles"
		[
			"In 1835 liberal generals (Zorvil, Ostramina, Velmadés) failed; a French general (Drouvet) shouted; mediators (Pagvel + Colzer) met.",
			["person Zorvil: Zorvil", "person Ostramina: Ostramina", "person Velmadés: Velmadés", "person Drouvet: Drouvet", "person Pagvel: Pagvel", "person Colzer: Colzer"],
		],
		// and after a body of a few persons
		["In 1833 a regency (Zorvansperg, Velmaurer) ruled for Otto.", ["person Zorvansperg: Zorvansperg", "person Velmaurer: Velmaurer"]],
		["In 1764 he was elected king (Sept 1764); authors (Zorvig, Velmar) and lecturers (Ostrac) disagree; dissidents (Zorvan + Lutheran nobles) and generators (SSGs) and Lithuanian nobles (Velna, Kovnar).", ["group Lutheran nobles: Lutheran nobles", "group Lithuanian nobles: Lithuanian nobles"]],
		// a single name after "under" is a ruler's or a commander's, and the full name the note gives later is that
		// name's person; not a word that qualifies a noun, an abbreviation or a possessive
		[
			"In 1808 Zaragoza held out under Zorvafox, and the army under Velmarin rose. The Mongols under Ostragis and Ostragis Khan.",
			["person Zorvafox: Zorvafox", "person Velmarin: Velmarin", "people Mongols: Mongols", "person Ostragis Khan: Ostragis, Ostragis Khan"],
		],
		["In 1492 Muslims under Christian rule stayed; under Art. 87 and under Gen. Zorvig; under Velmar's rule.", ["people Muslims: Muslims", "person Gen. Zorvig: Zorvig"]],
		// a participle a note's shorthand writes without "was"; not after "the"
		["In 1453 → Zorvbot killed, Ostravel beheaded; Veltraine flees. Was the Zorvanwealth murdered by its neighbours?", ["person Zorvbot: Zorvbot", "person Ostravel: Ostravel", "person Veltraine: Veltraine"]],
		["In 1772 the Zorvanwealth murdered its king.", []],
		// a surname's Slavic or Greek ending; a double surname is one name; the name given in full elsewhere stays
		// that person's. Not a place after "the" or a locative preposition, or before its year, nor a word no vowel
		// opens
		[
			"In 1831 Velmarov took Ostrava; Zorvinski and Ostranović fled with Velmarakis and Zorviadis. Gorvin-Zeltov led it. Pyotr Kastrov spoke and Kastrov left. They stormed the Malvanov; the governor of Zaratov rode to Velmarovo. Stddev fell.\n- Zelmanov 1427: a crusade fails.",
			["person Velmarov: Velmarov", "person Zorvinski: Zorvinski", "person Ostranović: Ostranović", "person Velmarakis: Velmarakis", "person Zorviadis: Zorviadis", "person Gorvin-Zeltov: Gorvin-Zeltov", "person Pyotr Kastrov: Pyotr Kastrov, Kastrov"],
		],
		// the name word before such a surname, no list's, is its given name
		["In 1774 the Bashkir leader Salavat Yulaev joined; Yulaev was caught.", ["person Salavat Yulaev: Salavat Yulaev, Yulaev"]],
		// a surname alone before the full name is the same person, joined once the note has named it in full
		["## Zorvath's campaign\nIn 1847 John Zorvath landed at Veracruz.", ["person John Zorvath: Zorvath, John Zorvath"]],
		// so does a verb only persons take: the name word before the subject is its given name
		["In 1956 Velmir Zorvath fled to the forest.", ["person Velmir Zorvath: Velmir Zorvath"]],
		// a surname after an elided particle ("O'", "D'", "M'") is one word with it; a title's first initial
		["In 1798 O'Zorvig's plan failed; later O'Zorvig fled. In 1920 Lord D'Velmar advised; Ben M'ostra was shot; Gen. J. Ostrac Velmar led.", ["person O'Zorvig: O'Zorvig", "person D'Velmar: Lord D'Velmar", "person Ben M'ostra: Ben M'ostra", "person J. Ostrac Velmar: J. Ostrac Velmar"]],
		// and after a small "d'", the French particle, in a name read by its context or after a given name
		["In 1746 the duc d'Zorvanne's fleet sailed. In 1584 François d'Ostravel died.", ["person d'Zorvanne: d'Zorvanne", "person François d'Ostravel: François d'Ostravel"]],
		// a surname that a particle (and an article) joins to a name stays in the mention, a listed name's too
		["In 1911 interim president Zorvig de la Velmar resigned. In 1875 Cánovas del Castillo took power.", ["person Zorvig de la Velmar: Zorvig de la Velmar", "person Antonio Cánovas del Castillo: Cánovas del Castillo"]],
		// a Japanese honorific a hyphen joins to the name, in a note about Japan
		["In 1600 Japan's daimyo and samurai served the shogun; in 1615 his mother Zorvayo-dono killed herself.", ["state Japan: Japan", "group Daimyo: daimyo", "person Zorvayo-dono: Zorvayo-dono"]],
		// "Dowager" is a title, alone or after another: the name after it is the person's
		["In 1898 the Empress Dowager Cixi ended the reforms; the Dowager Empress Zorvana Velmarovna wrote.", ["person Empress Dowager Cixi: Cixi", "person Zorvana Velmarovna: Zorvana Velmarovna"], { dates: years(1898) }],
		// a small particle that opens a listed person's surname
		["In 1900 the German minister von Ketteler was shot.", ["state Germany: German", "person Clemens von Ketteler: von Ketteler"], { dates: years(1900) }],
		// a course or an operation numbered after its subject is no regnal name
		["World History II, lecture 4. In 1176 Velmar Ostrid II fought; Western Civ II; Track II failed.", ["person Velmar Ostrid II: Velmar Ostrid II"]],
		["In 847 al-Zorvakkil took power; Zorvakkil was murdered in 861.", ["person Al-Zorvakkil: al-Zorvakkil, Zorvakkil"]],
		// a bracketed list goes on to its closing bracket
		["In 1961 KANU (Kenyatta, Zorvig, Ostrac) won.", ["person Jomo Kenyatta: Kenyatta", "person Zorvig: Zorvig", "person Ostrac: Ostrac"]],
		// an item named with its particle counts, where the particle starts it
		["In 1961 KANU (Kenyatta, de Velmar, Ostrac) won.", ["person Jomo Kenyatta: Kenyatta", "person de Velmar: de Velmar", "person Ostrac: Ostrac"]],
		// a list that ends the sentence, or names a group, may hold places: those stay unread
		["Stalin, Zorvig and Velmagrad. Lenin and Ostrastadt workers rose; Trotsky and Kronvik.", ["person Joseph Stalin: Stalin", "person Zorvig: Zorvig", "person Vladimir Lenin: Lenin", "group Ostrastadt workers: Ostrastadt workers", "person Leon Trotsky: Trotsky"], { dates: years(1921) }],
		// before a possessive that governs what persons hold, even at a line's start
		["- 1930 Zorvig's cabinet breaks up.\n- 1820 Ostrano's revolt restores the constitution.", ["person Zorvig: Zorvig", "person Ostrano: Ostrano"]],
		// one word may qualify the noun a possessive governs; a hyphen joins a double name to it
		["- 771 Zorvig's sudden death. 1922 Velmar's martial-law decree. 1831 Ostrano's treaty held. 1741 Belle-Ostra's diplomacy won.", ["person Zorvig: Zorvig", "person Velmar: Velmar", "person Ostrano: Ostrano", "person Belle-Ostra: Belle-Ostra"]],
		["- 1930 Zorvig's the best; Velmar's many roads.", []],
		// a surname after its particle, with no given name: a person, or the one the note names in full
		["By 1370 du Zorvin led the army; de la Velmar rebelled. Why does von Guericke blame them? Otto von Guericke wrote it.", ["person du Zorvin: du Zorvin", "person de la Velmar: de la Velmar", "person Otto von Guericke: von Guericke, Otto von Guericke"]],
		// a particle and a surname's initial: the one person whose name holds them, or no one
		["In 1958 de G returned; Charles de Gaulle became president. In 1960 de V and de W met.", ["person Charles de Gaulle: de G, Charles de Gaulle"]],
		// a Saint's abbreviation opens the surname
		["In 1961 de Ste. Zorvine argued that Sparta broke the peace.", ["person de Ste. Zorvine: de Ste. Zorvine", "state Sparta: Sparta"]],
		// not: a particle inside a place's name, or before a word in lower case
		["The crowd filled the Place de la Zorvine; a de facto ruler; the coup d'état; the Ligue des droits de Zorvine met.", []],
		// an epithet that is a demonym when no noun follows it
		["In 843 Louis the German and Charles the Bald met; the German king fled.", ["person Louis the German: Louis the German", "person Charles the Bald: Charles the Bald", "state Germany: German"]],
		// a surname in the plural: the family of a person the note names in full
		["Edward married Elizabeth Zorvig in 1464; the Zorvigs rose. The Ostras fled.", ["person Edward: Edward", "person Elizabeth Zorvig: Elizabeth Zorvig", "group Zorvig family: Zorvigs"]],
		// a surname first: the person the note named in full
		["Guangxu and Kang Youwei reform. Kang's proposals fail.", ["person Guangxu Emperor: Guangxu", "person Kang Youwei: Kang Youwei, Kang"], { dates: years(1898) }],
		// not: an apposition after a comma, a capitalised run that goes on, a title of a book, a possessive of a thing
		["Written by Heinrich Kramer & Jakob Sprenger, Inquisitors.", ["person Heinrich Kramer: Heinrich Kramer", "person Jakob Sprenger: Jakob Sprenger"]],
		["Stalin, Volume I; Charles V, Holy Roman Emperor.", ["person Joseph Stalin: Stalin", "person Charles V, Holy Roman Emperor: Charles V"]],
		// a staff is a body, not a person's name after "General"; alone later, the same body
		["The German General Staff planned it; the general Staff agreed.", ["organisation German General Staff: German General Staff, Staff"]],
		["The Velmaria's crew and the Ostra's cargo; Zorvig's house.", []],
		// an Arabic name by its particles: the article, the kin words, the openers; a listed one stays listed
		[
			"In 754 al-Velmar took power; Abu Zorvan was killed. Al-Mu'tasiq moved; Abd al-Ostra fled. Mu'izz al-Dawla entered; Ibn Ha'riq ruled. Al-Velmar's city.",
			["person Al-Velmar: al-Velmar, Al-Velmar", "person Abu Zorvan: Abu Zorvan", "person Al-Mu'tasiq: Al-Mu'tasiq", "person Abd al-Ostra: Abd al-Ostra", "person Mu'izz al-Dawla: Mu'izz al-Dawla", "person Ibn Ha'riq: Ibn Ha'riq"],
		],
		["The Bayt al-Velma was founded; the Dar al-Zorv grew.", []],
		// the article as it sounds before a "sun letter", in lower case; not English before a hyphen, nor a paper's name
		["In 750 as-Velmar took power; Zorvan ad-Din and Harun ash-Ostrani ruled. The as-yet unnamed heir and the paper Ash-Kronia.", ["person As-Velmar: as-Velmar", "person Zorvan ad-Din: Zorvan ad-Din", "person Harun ash-Ostrani: Harun ash-Ostrani"]],
		// the article's name alone is the person whose full name ends with it; the article elided onto the opener
		["In 870 his brother Abu Zorvan al-Velmaq took charge; al-Velmaq and his son Abu'l-Ostra won.", ["person Abu Zorvan al-Velmaq: Abu Zorvan al-Velmaq, al-Velmaq", "person Abu'l-Ostra: Abu'l-Ostra"]],
		// a town in apposition, and where the note names it again; a river's name by its noun
		["In 870 they built their capital, al-Velmara, on a canal; in 883 the army stormed al-Velmara. Estates along the Shatt al-Zorv.", []],
		["In 756 Abd al-Velmar I took the city; Abu l-Zorvan fought on.", ["person Abd al-Velmar I: Abd al-Velmar I", "person Abu l-Zorvan: Abu l-Zorvan"]],
		["In 1906 Zorvan al-Din Velmari and Ostra Khan fought.", ["person Zorvan al-Din Velmari: Zorvan al-Din Velmari", "person Ostra Khan: Ostra Khan"]],
		["Zorvan al-Din Shah sold it; Amr ibn al-Velm took Egypt; al-Qaeda attacked.", ["person Zorvan al-Din Shah: Zorvan al-Din Shah", "person Amr ibn al-Velm: Amr ibn al-Velm", "state Egypt: Egypt", "organisation al-Qaeda: al-Qaeda"]],
		// a faction by its word, inside a sentence: not at a sentence's start, not inside a longer name
		["The Velmarists rose and the Ostrites fled. Scientists agree; the Zorvists Society met.", ["group Velmarists: Velmarists", "group Ostrites: Ostrites", "organisation Zorvists Society: Zorvists Society"]],
		// the Spanish plural of a faction, and the great powers as diplomacy names them, after "the" only
		["In 1978 the Velmaristas split; in 1827 the Powers sent a fleet. Powers of kings grew.", ["group Velmaristas: Velmaristas", "group Great Powers: Powers"]],
		["The Velmarids and the Ostrayyads ruled; Pyramids stood.", ["group Velmarids: Velmarids", "group Ostrayyads: Ostrayyads"]],
		// a name no list holds in a list where the note names two persons or more, and nothing else
		["Leaders in 1925: Stalin, Zorvig, Trotsky and Velmar.", ["person Joseph Stalin: Stalin", "person Zorvig: Zorvig", "person Leon Trotsky: Trotsky", "person Velmar: Velmar"]],
		["Key people: Stalin (1924–53), Ostrik, Lenin (1917–24).", ["person Joseph Stalin: Stalin", "person Ostrik: Ostrik", "person Vladimir Lenin: Lenin"]],
		["Pavel Ostrov led; in 1926 five hanged (Ostrov, Stalin, Lenin).", ["person Pavel Ostrov: Pavel Ostrov, Ostrov", "person Joseph Stalin: Stalin", "person Vladimir Lenin: Lenin"]],
		// a Japanese name no list holds, family name first, by its syllables, in a note about Japan; not elsewhere
		["In 1600 the daimyo of Japan split; the shogun won. Kobayakawa Hideaki defected; Ōtani Yoshitsugu died, and Yoshitsugu's men fled.", ["group Daimyo: daimyo", "person Kobayakawa Hideaki: Kobayakawa Hideaki", "person Ōtani Yoshitsugu: Ōtani Yoshitsugu, Yoshitsugu"]],
		["In 1600 Kobayakawa Hideaki defected and Chase Manhattan lent money.", []],
		// a Chinese name no list holds: a family name of one syllable (or two, "Diwu") and a given name of one or two,
		// in a note about China; not elsewhere
		["In 1926 the Kuomintang marched from Canton; China split. Sun Chuanfang held Nanjing; his son An Qingxu fled; Diwu Qi waited.", ["organisation Kuomintang: Kuomintang", "state China: China", "person Sun Chuanfang: Sun Chuanfang", "person An Qingxu: An Qingxu", "person Diwu Qi: Diwu Qi"]],
		["In 1926 Sun Chuanfang held the city.", []],
		// a name in such a list that the note has given in full before is that person
		["In 1600 Kuroda Zorvanori rose. The generals (Stalin, Zorvanori, Lenin) met.", ["person Kuroda Zorvanori: Kuroda Zorvanori, Zorvanori", "person Joseph Stalin: Stalin", "person Vladimir Lenin: Lenin"]],
		["In 1925 a conference at Velmara, Stalin and Lenin attend.", ["person Joseph Stalin: Stalin", "person Vladimir Lenin: Lenin"]],
		["In 1926 Stalin, Lenin, France and Zorvan met.", ["person Joseph Stalin: Stalin", "person Vladimir Lenin: Lenin", "state France: France"]],
		["In 1926 Stalin, Lenin, Ostrakists, Zorvigs.", ["person Joseph Stalin: Stalin", "person Vladimir Lenin: Lenin", "group Ostrakists: Ostrakists"]],
		["Later, Stalin, Lenin and Vardek.", ["person Joseph Stalin: Stalin", "person Vladimir Lenin: Lenin"]],
		// an office, an organisation, a directorate or a police force by its head
		["In 1940 the Velmar Office, the Zorvig Organisation, the Ostra Directorate and the Kronvik Police met in the Oval Office.", ["organisation Velmar Office: Velmar Office", "organisation Zorvig Organisation: Zorvig Organisation", "organisation Ostra Directorate: Ostra Directorate", "organisation Kronvik Police: Kronvik Police"]],
		// a body named in another language, its head first ("Liga", "Partido") or last ("Samiti", "Sangh")
		["In 1926 the Liga Velmar de la Zorvig rose; the Partido Ostra and the Kronvik Samiti joined. Liga alone.", ["organisation Liga Velmar de la Zorvig: Liga Velmar de la Zorvig", "organisation Partido Ostra: Partido Ostra", "organisation Kronvik Samiti: Kronvik Samiti"]],
		// names that are also common phrases in lower case count only as written
		["In 1861 the Confederacy seceded; a tribal confederacy formed; the idea of a people's democracy spread.", ["state Confederate States: Confederacy"]],
		["In 1919 the Big Four met; in 1942 the Big Three met, and the big four parties and the big three banks of 1919 merged.", ["organisation Council of Four: Big Four", "group Big Three (World War II): Big Three"], { dates: years(1919, 1942) }],
		["In 1948 the Third Force formed, and a third force of neutrals emerged.", ["group Third Force: Third Force"], { dates: years(1948) }],
		// a word that stands for a polity only after "the" is read as written
		["In 1867 the states north of the Main joined; in 1917 the States entered the war.", ["state United States: States"]],
		// not after a title read in lower case, nor a family name written first with "of" (a poem's title)
		["In 745 the emperor favoured his consort Yang Guifei. Bai Juyi wrote the Song of Everlasting Sorrow in 806.", ["person Yang Guifei: Yang Guifei", "person Bai Juyi: Bai Juyi"]],
		// a listed name of two words that runs on into a name word no list reads is another person's full name
		["In 1588 Askia Muhammad Zorvani seized power; Askia Muhammad had ruled. Mao Zedong Thought spread; the Pol Pot Regime fell.", ["person Askia Muhammad Zorvani: Askia Muhammad Zorvani", "person Askia Muhammad I: Askia Muhammad", "person Mao Zedong: Mao Zedong", "person Pol Pot: Pol Pot"]],
		// a listed body or people after a capitalised word of its run that no list reads is a longer name of its own;
		// not after an article of another language or a verb's form (titles of books)
		["In 1899 the Spirit Boxers rose; the Boxers marched. Read Die Hanse.", ["group Spirit Boxers: Spirit Boxers", "group Boxers: Boxers", "organisation Hanseatic League: Hanse"], { dates: years(1899) }],
		["In 1981 the union of Rural Solidarity formed; Solidarity struck.", ["organisation Rural Solidarity: Rural Solidarity", "organisation Solidarity (Polish trade union): Solidarity"], { dates: years(1981) }],
		// a faith's adjective before a listed body tells its members' faith, no word of its name
		["In 1795 the Catholic Defenders fought the Protestant Peep o' Day Boys; the Protestant Orange Order was founded.", ["organisation Defenders (Ireland): Defenders", "group Peep o' Day Boys: Peep o' Day Boys", "organisation Orange Order: Orange Order"], { dates: years(1795) }],
		// a territory handed to a state is a polity acted upon; not a journey, a title, a person, the Earth
		["In 1815 c. 40% of Saxony + Velmaria + Zorvania to Prussia, and Ostravia and most of Kronia go to Prussia.", ["state Velmaria: Velmaria", "state Zorvania: Zorvania", "state Prussia: Prussia", "state Ostravia: Ostravia", "state Kronia: Kronia"]],
		["In 1492 they sailed from Velmaria to Spain, around the Earth to India. Read Gone to Texas. Then Lorenzo goes to Naples.", ["state India: India"]],
		["In 1936 the general flew from the Velmarias to Morocco, the fleet came via the Zorvan Isles to Spain, and the Ostran Archipelago went to Spain.", ["state Morocco: Morocco", "state Spain: Spain"]],
		// nor whom a verb sends there, a name of one word or two
		["In 1511 the viceroy sends Velmar Ostrano to Siam, in 1512 the king exiled Zorvath to Portugal, and in 1513 Kronia and Ostravia went to Spain.", ["state Kronia: Kronia", "state Ostravia: Ostravia"]],
		// a territory whose ruler is named by its possessive is a polity; not what else a name's possessive holds
		["In 1500 Velmaria's raja turned ally and Ostra's Ismaili ruler fled; Zorvath's son was born in 1502.", ["state Velmaria: Velmaria", "state Ostra: Ostra", "person Zorvath: Zorvath"]],
		// territories a state gets, keeps or receives, and the names listed after the first, are polities acted upon;
		// not what a person or a title gets
		["In 1721 Russia gets Velmaria + Ostravia; Britain gets Zorvabad, Kronia-Vel and Nova Ostra; the Dutch keep Velmar. The heir gets Ostrania and Zorvia.", ["state Russia: Russia", "state Velmaria: Velmaria", "state Ostravia: Ostravia", "state United Kingdom: Britain", "state Zorvabad: Zorvabad", "state Kronia-Vel: Kronia-Vel", "state Nova Ostra: Nova Ostra", "state Netherlands: Dutch", "state Velmar: Velmar"]],
		// a party's members by its name, not the last word alone
		["In 1946 the Social Democrats merged with the Communists; the Christian Democrats won in 1948.", ["group Social Democrats: Social Democrats", "group Communists: Communists", "group Christian Democrats: Christian Democrats"]],
		// a faction written in lower case is the faction
		["In 1848 the liberals and the nationalists rose; the Radicals waited.", ["group Liberals: liberals", "group Nationalists: nationalists", "group Radicals: Radicals"]],
		// allies found in a state, or an intervention in one, make it an actor; a life spent in one does not
		["In 1370 the towns found allies in Sweden; in 1849 Austria asked for intervention in Hungary; the court lived in France.", ["state Sweden: Sweden", "state Austria: Austria", "state Hungary: Hungary"]],
		// a state off which a fleet fights, or after a compass point's letter, is a place
		["In 1283 the Velmar fleet won off Malta; in 1953 the HQ moved into S Thailand; Germany invaded Poland.", ["state Germany: Germany", "state Poland: Poland"]],
		// a collective a capitalised word no list holds delimits; a body by its head or its members' possessive
		["In 1858 the Velmar nobility petitioned and Zorvig landlords resisted; the Ostra Board and the Writers' Union met.", ["group Velmar nobility: Velmar nobility", "group Zorvig landlords: Zorvig landlords", "organisation Ostra Board: Ostra Board", "organisation Writers' Union: Writers' Union"]],
		["Merchants agreed in 1858.", []],
		// a people by its plural in -ians or -eans, inside a sentence and not after another capitalised word
		["In 1940 the Velmarians fled and the Ostreans stayed. Technicians agree; the Modern Zorvians met.", ["people Velmarians: Velmarians", "people Ostreans: Ostreans"]],
		["The Carpathians were crossed.", []],
	])("%s", (...c) => check(c));

	it("gives a given name several monarchs share to the one named last before it", () => {
		const text = "In 1307 Zorvan IV taxed the clergy. In 1191 Zorvan II sailed; Zorvan went home.";
		const names = actorsOf(text).map((a) => `${a.name}: ${a.mentions.map((m) => `${m.text}@${m.offset}`).join(", ")}`);
		expect(names).toEqual(["Zorvan IV: Zorvan IV@8", `Zorvan II: Zorvan II@${text.indexOf("Zorvan II")}, Zorvan@${text.lastIndexOf("Zorvan")}`]);
	});

	it("counts the name alone elsewhere in the note as the same person, before and after", () => {
		const [person, ...rest] = actorsOf("Velmarius fled. Gaius was killed on consul Velmarius' orders. Later Velmarius was tried.");
		expect(rest).toEqual([]);
		expect(person?.name).toBe("Velmarius");
		expect(person?.mentions.map((m) => m.offset)).toEqual([0, 43, 68]);
	});
});

describe("the vault's notes", () => {
	const vaultNotes = [
		{ path: "cards/Klemens von Metternich.md", title: "Klemens von Metternich", aliases: ["Metternich"] },
		{ path: "Spain/Philip II.md", title: "Philip II", aliases: [] },
		{ path: "Concepts/Great Depression.md", title: "Great Depression", aliases: [] },
		{ path: "Concepts/Nationalism.md", title: "Nationalism", aliases: [] },
		{ path: "People/Koba.md", title: "Koba", aliases: [], kind: "person" as const },
	];
	it.each<Case>([
		["Metternich feared revolution.", ["person Klemens von Metternich: Metternich"]],
		["[[Philip II|Phillip II]] sent the fleet.", ["person Philip II: Phillip II"]],
		// an alias names its link's actor elsewhere in the note, even when the link stands among the readings
		["In 1632 Gustav Adolf fell.\n\n## Readings\n- [[Gustavus Adolphus|Gustav Adolf]]", ["person Gustavus Adolphus: Gustav Adolf"]],
		["Koba robbed a bank.", ["person Koba: Koba"]],
		// a topic's note is not an actor because the vault has it
		["Nationalism grew during the [[Great Depression]].", []],
	])("%s", (text, expected) => check([text, expected, { vaultNotes }]));

	it("points the actor to its note", () => {
		const [metternich] = actorsOf("[[cards/Klemens von Metternich|Metternich]] fled.", { vaultNotes });
		expect(metternich?.note).toBe("cards/Klemens von Metternich.md");
	});

	it("gives a link's display text the identity of its target when both are persons", () => {
		expect(summary(actorsOf("[[Joseph Stalin|Uncle Joe]] and Stalin"))).toEqual(["person Joseph Stalin: Uncle Joe, Stalin"]);
	});

	it("ignores a link whose display text is not an actor (an adjective from a person's name)", () => {
		expect(actorsOf("[[John Maynard Keynes|Keynesian]] economics")).toEqual([]);
	});
});

describe("the user's settings win over everything", () => {
	it.each<Case>([
		["Mlada Bosna armed the assassins.", ["group Young Bosnia: Mlada Bosna"], { userActors: [{ name: "Young Bosnia", kind: "group", aliases: ["Mlada Bosna"] }] }],
		["The Bolsheviks took Petrograd.", ["group Bolsheviks: Bolsheviks"], { userActors: [{ name: "Bolsheviks", kind: "group", aliases: [] }] }],
		["Bolsheviks and Soviets.", ["state Soviet Union: Bolsheviks, Soviets"], { merges: { Bolsheviks: "Soviet Union" } }],
		["Soviets and Bolsheviks.", ["state Soviet Union: Soviets, Bolsheviks"], { merges: { bolsheviks: "soviet union" } }],
		["The Comintern and the Bolsheviks.", ["organisation Bolsheviks: Bolsheviks"], { ignored: ["Comintern"] }],
		["Stalin and the USSR.", ["person Joseph Stalin: Stalin", "state Soviet Union: USSR"], { ignored: ["Soviets"] }],
		["Russia and Muscovy.", ["state Tsardom: Russia, Muscovy"], { merges: { Russia: "Tsardom" } }],
	])("%s (%j)", (...c) => check(c));
});

describe("words read as pinyin", () => {
	it.each([["Sun", false], ["Qi", false], ["Qingxu", true], ["Chuanfang", true], ["Xiaoping", true]] as const)("%s is", (w, two) => {
		expect(pinyin(w, two)).toBe(true);
	});
	it.each([["Qingxu", false], ["Stalin", true], ["March", true], ["Chinese", true], ["Road", true], ["Kennedy", true]] as const)("%s is not", (w, two) => {
		expect(pinyin(w, two)).toBe(false);
	});
});

describe("words read as Japanese romanised by Hepburn", () => {
	it.each(["Kobayakawa", "Yoshitsugu", "Ōtani", "Hattori", "Sekkō", "Chōshū", "Tsunayoshi", "Sanada", "Ankokuji", "Ryōma"])("%s is", (w) => {
		expect(hepburn(w)).toBe(true);
	});
	// consonant clusters, "l", and the syllables Hepburn writes otherwise ("ti", "si", "tu", "hu", "di")
	it.each(["Mussolini", "Prodi", "Stalin", "Martino", "Titus", "Hugo", "Sisi", "Dimitri", "Oda", "Abe"])("%s is not", (w) => {
		expect(hepburn(w)).toBe(false);
	});
});

describe("notes read one after another", () => {
	it("reads a note as it would alone: nothing of the last note's words or matches is kept", () => {
		// the same names at the same tokens, in another order
		expect(summary(actorsOf("In 1920 Lenin met Trotsky; Britain agreed."))).toEqual(["person Vladimir Lenin: Lenin", "person Leon Trotsky: Trotsky", "state United Kingdom: Britain"]);
		expect(summary(actorsOf("In 1920 Britain met Lenin; Trotsky agreed."))).toEqual(["state United Kingdom: Britain", "person Vladimir Lenin: Lenin", "person Leon Trotsky: Trotsky"]);
	});
});

describe("a word read again", () => {
	it("is matched as where it was read first only when a hyphen follows both or neither", () => {
		// "Franco" alone matches no form; before a hyphen it is the prefix of France's compounds ("Franco-Spanish" names both)
		expect(summary(actorsOf("Franco ruled Spain after 1939. The Franco-Spanish border was closed. Franco died in 1975."))).toEqual(["person Franco: Franco", "state Spain: Spain, Franco-Spanish", "state France: Franco-Spanish"]);
	});
});
