/**
 * Forms that name a polity only in its own era: "Dual Monarchy" is Austria-Hungary in a note on 1867-1918, an idea
 * of one crown over two kingdoms in a note on the fifteenth century; "the Confederates" are the Confederate States in
 * a note on the American Civil War, the Bar or Targowica confederates in one on eighteenth-century Poland.
 */
import { describe, expect, it } from "vitest";
import { actorsOf, type Case, years } from "./helpers";

describe("a form bound to its polity's era", () => {
	it.each<Case>([
		["The Dual Monarchy mobilised; Austria-Hungary fell.", 1914, ["Austria-Hungary"]],
		["- \"dual monarchy\" idea: one king, two kingdoms.", 1420, []],
		["The Confederates fired on Fort Sumter.", 1861, ["Confederate States"]],
		["The Confederates got French money and officers.", 1770, []],
		// "the Reich" of the seventeenth century is the Empire; of the twentieth, Germany
		["Sweden and France dictated terms to the Reich.", 1648, ["Sweden", "France", "Holy Roman Empire"]],
		["The Reich annexed Austria.", 1938, ["Germany", "Austria"]],
		["Spínola took Breda for Spain.", 1625, ["Ambrogio Spinola", "Spain"]],
		["Spínola led the coup of April.", 1974, ["António de Spínola"]],
		// "the Second Republic" is France's in 1848-52 and Spain's in 1931-39
		["The Second Republic abolished slavery in the colonies.", 1848, ["France"]],
		["The Second Republic gave Catalonia its statute.", 1932, ["Second Spanish Republic"]],
		// "the Catholic League" is the French or the German one; a Catholic league of the Hussite wars is neither
		["The Catholic League raised Tilly's army.", 1620, ["Catholic League", "Johann Tserclaes, Count of Tilly"]],
		["A Utraquist-Catholic league crushed the Taborites.", 1434, ["Taborites"]],
		// "Tudor" alone is the dynasty in its century, a person's given name in another
		["The Tudor court feared Spain.", 1540, ["House of Tudor", "Spain"]],
		// "the Turks" of the ninth to the thirteenth century are the Turkic peoples, no Turkey
		["Al-Mutawakkil was murdered by Turkish officers in 861; the Turks ruled Samarra.", 861, ["Al-Mutawakkil", "Turkic peoples"]],
		// "the Hejaz" is the kingdom of 1916-32, a province before it
		["Abdulhamid built the Hejaz railway in 1900.", 1900, ["Abdul Hamid II"]],
		["The Hejaz rose against the Ottomans in 1916.", 1916, ["Kingdom of Hejaz", "Ottoman Empire"]],
		// "Henry" and "H8" are Henry VIII in his reign's notes
		["H8 married Catherine of Aragon; three ways out for Henry.", 1530, ["Henry VIII", "Catherine of Aragon"]],
		["Tudor Vladimirescu rose in Wallachia; Tudor was executed in 1821.", 1821, ["Tudor Vladimirescu"]],
	])("%s (%i)", (text, year, expected) => {
		expect(actorsOf(text, { dates: years(year) }).map((a) => a.name)).toEqual(expected);
	});
});
