/**
 * The gazetteer's breadth over commonly taught topics: a lone surname, a non-European name or a body that no
 * pattern can find is known by name, and a short form that is also a common word or shared by several persons only
 * counts in the years of the person it names. Each case lists every actor that must come out, so that a lost
 * actor and a wrong extra both fail.
 */
import { describe, expect, it } from "vitest";
import { actorsOf, years } from "./helpers";

type Case = [text: string, year: number, expected: string[]];

const check = ([text, year, expected]: Case): void => {
	expect(actorsOf(text, { dates: years(year) }).map((a) => `${a.kind} ${a.name}`)).toEqual(expected);
};

describe("persons known by a short form", () => {
	it.each<Case>([
		["Cleon pushed for the execution of the Mytileneans.", -427, ["person Cleon", "state Mytilene"]],
		["Nicias negotiated a truce with Brasidas.", -422, ["person Nicias", "person Brasidas"]],
		["Oxenstierna kept the Swedish army in the field.", 1633, ["person Axel Oxenstierna", "state Sweden"]],
		["Li Hongzhang signed the treaty for the Qing.", 1895, ["person Li Hongzhang", "state China"]],
		["Cixi backed the Boxers.", 1900, ["person Empress Dowager Cixi", "group Boxers"]],
		["Ito Hirobumi drafted the constitution with Yamagata.", 1889, ["person Itō Hirobumi", "person Yamagata Aritomo"]],
		["McNamara and Rusk sat on ExComm.", 1962, ["person Robert McNamara", "person Dean Rusk", "organisation Executive Committee of the National Security Council"]],
		["Rutherford B. Hayes withdrew the troops.", 1877, ["person Rutherford B. Hayes"]],
		["Hayes won the disputed election against Tilden.", 1876, ["person Rutherford B. Hayes", "person Samuel J. Tilden"]],
		["Grant accepted Lee's surrender.", 1865, ["person Ulysses S. Grant", "person Robert E. Lee"]],
		["Mansa Musa went on pilgrimage to Mecca.", 1324, ["person Mansa Musa"]],
		["Aurangzeb reimposed the jizya.", 1679, ["person Aurangzeb"]],
		["Tilak and Gokhale disagreed over methods.", 1905, ["person Bal Gangadhar Tilak", "person Gopal Krishna Gokhale"]],
		["Nobunaga and Hideyoshi unified Japan.", 1590, ["person Oda Nobunaga", "person Toyotomi Hideyoshi", "state Japan"]],
		["Savonarola burned the vanities.", 1497, ["person Girolamo Savonarola"]],
		["Melanchthon wrote the Augsburg Confession.", 1530, ["person Philip Melanchthon"]],
		["Castlereagh and Talleyrand met at Vienna.", 1815, ["person Robert Stewart, Viscount Castlereagh", "person Charles Maurice de Talleyrand-Périgord"]],
		["Kossuth fled after Windischgrätz took Buda.", 1849, ["person Lajos Kossuth", "person Alfred I, Prince of Windisch-Grätz"]],
		["Bethmann Hollweg gave Austria a blank cheque.", 1914, ["person Theobald von Bethmann Hollweg", "state Austria-Hungary"]],
		["Shaka built the Zulu Kingdom.", 1818, ["person Shaka", "state Zulu Kingdom"]],
		["Lumumba was overthrown by Mobutu.", 1960, ["person Patrice Lumumba", "person Mobutu Sese Seko"]],
		["Santa Anna lost Texas.", 1836, ["person Antonio López de Santa Anna", "state Republic of Texas"]],
	])("%s", (...c) => check(c));
});

describe("states, peoples and bodies", () => {
	it.each<Case>([
		["Corinth and Megara appealed to Sparta.", -432, ["state Corinth", "state Megara", "state Sparta"]],
		["The Corcyraeans sought an alliance with Athens.", -433, ["state Corcyra", "state Athens"]],
		["The Delian League became an Athenian empire; the Peloponnesian League answered.", -440, ["organisation Delian League", "organisation Peloponnesian League"]],
		["Saladin took the Kingdom of Jerusalem from the crusaders.", 1187, ["person Saladin", "state Kingdom of Jerusalem"]],
		["The Seljuks defeated the Byzantines.", 1071, ["state Seljuk Empire", "state Byzantine Empire"]],
		["Cape Colony passed to Britain.", 1814, ["state Cape Colony", "state United Kingdom"]],
		["The Freedmen's Bureau helped former slaves, but the Radical Republicans wanted more.", 1866, ["organisation Freedmen's Bureau", "group Radical Republicans"]],
		["Sun Yat-sen founded the Tongmenghui.", 1905, ["person Sun Yat-sen", "organisation Tongmenghui"]],
		["The Burschenschaften were banned by the Carlsbad Decrees.", 1819, ["organisation Burschenschaften"]],
		["The Joint Chiefs urged an air strike.", 1962, ["organisation Joint Chiefs of Staff"]],
		["The Herero rose against German rule.", 1904, ["people Herero", "state Germany"]],
		["Sepoys mutinied at Meerut.", 1857, ["group Sepoys"]],
		["Japan seized the Dutch East Indies.", 1942, ["state Japan", "state Dutch East Indies"]],
	])("%s", (...c) => check(c));
});

describe("short forms only in their own years", () => {
	it.each<Case>([
		// "Grant" and "Lee" outside the Civil War name nobody listed
		["Grant proposals were reviewed by the committee.", 1990, []],
		["Lee said the budget was final.", 1990, []],
		// one surname, two persons, told apart by the note's years
		["Johnson vetoed the Freedmen's Bureau bill.", 1866, ["person Andrew Johnson", "organisation Freedmen's Bureau"]],
		["Johnson escalated the war in Vietnam.", 1965, ["person Lyndon B. Johnson"]],
		["Harrison died a month into his term.", 1841, ["person William Henry Harrison"]],
		["Harrison signed the Sherman Antitrust Act.", 1890, ["person Benjamin Harrison"]],
		// a place named after a person is no person
		["Speke reached Lake Victoria.", 1858, ["person John Hanning Speke"]],
		// the same word before the person's time is a plain word
		["Ford stood by the river crossing.", 1500, []],
		["Marshall gave a speech at Harvard.", 1947, ["person George C. Marshall"]],
		["Marshall wrote the opinion in Marbury.", 1803, ["person John Marshall"]],
	])("%s", (...c) => check(c));
});
