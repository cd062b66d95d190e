/**
 * Gazetteer names that stand for one entity only in its own years: "Hadrian" is the emperor in a note on the second
 * century, a pope Hadrian in one on the twelfth; "the loyalists" are the American Loyalists in a note on 1776, some
 * ruler's followers in one on 1527 or 1900; the Baltic Fleet is Russia's navy from 1703, a plan in 1640.
 */
import { describe, expect, it } from "vitest";
import { actorsOf, type Case, summary, summaryIn } from "./helpers";

describe("a name read as its gazetteer entity only in that entity's years", () => {
	it.each<Case>([
		["Hadrian built a wall across Britannia.", 125, ["person Hadrian: Hadrian"]],
		["Hadrian IV crowned Frederick; later Hadrian quarrelled with him.", 1155, ["person Pope Adrian IV: Hadrian IV, Hadrian"]],
		["The loyalists fled to Nova Scotia.", 1783, ["group Loyalists: loyalists"]],
		["The governors were the president's loyalists.", 1900, []],
		["The Baltic Fleet mutinied at Kronstadt.", 1921, ["organisation Baltic Fleet: Baltic Fleet"]],
		["The king's plan for a Baltic fleet was blocked.", 1640, []],
		// each Henry III in his own reign: England's, the Empire's, Castile's and France's
		["Henry III had the duke killed at Blois; Henri III was stabbed at Saint-Cloud.", 1589, ["person Henry III of France: Henry III, Henri III"]],
		["Henry III summoned the barons.", 1258, ["person Henry III of England: Henry III"]],
		// Francis Bacon in his years, Nathaniel Bacon in Virginia's rebellion
		["Bacon wrote the Novum Organum.", 1620, ["person Francis Bacon: Bacon"]],
		["Hooke and Boyle met at the Royal Society.", 1665, ["person Robert Hooke: Hooke", "person Robert Boyle: Boyle", "organisation Royal Society: Royal Society"]],
		["Bacon burned Jamestown.", 1676, ["person Nathaniel Bacon: Bacon"]],
		// an acronym of its own years
		["The EDC failed in the French Assembly.", 1954, ["organisation European Defence Community: EDC", "organisation French Assembly: French Assembly"]],
		// a surname two men of different centuries share
		["Newton and Seale founded the Black Panthers in Oakland.", 1966, ["person Huey P. Newton: Newton", "person Bobby Seale: Seale", "organisation Black Panthers: Black Panthers"]],
		["Newton published the Principia.", 1687, ["person Isaac Newton: Newton"]],
		// "John the Good": France's John II in his years (and in a note without dates); John II Komnenos ("Kaloioannes") in his
		["John the Good was taken at Poitiers.", 1356, ["person John II of France: John the Good"]],
		["Kaloioannes, John the Good, beat the Pechenegs at Beroia.", 1122, ["person John II Komnenos: Kaloioannes, John the Good", "people Pechenegs: Pechenegs"]],
		// Navarre's Henry III is France's Henry IV
		["Henry III of Navarre led the Huguenots; Henry III had Guise killed.", 1588, ["person Henry IV of France: Henry III of Navarre", "group Huguenots: Huguenots", "person Henry III of France: Henry III", "group House of Guise: Guise"]],
	])("%s (%i)", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});

describe("a city's name read as the polity it headed only in that polity's years", () => {
	it.each<Case>([
		["The duke of Naples hired Norman mercenaries; Naples kept its independence.", 1030, ["state Duchy of Naples: Naples"]],
		["The emperor's siege of Naples failed, and Naples stayed loyal to Tancred.", 1191, ["person Tancred, King of Sicily: Tancred"]],
		["France and Spain fought over Naples.", 1501, ["state France: France", "state Spain: Spain", "state Naples: Naples"]],
	])("%s (%i)", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});

describe("an epithet two persons of different centuries share, in a note without dates", () => {
	it("is the one the lists give it without years", () => {
		expect(summary(actorsOf("John the Good was taken at Poitiers."))).toEqual(["person John II of France: John the Good"]);
	});
});
