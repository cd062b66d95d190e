/**
 * Notes on Rome: a Roman's three names with the praenomen's initial ("M. Junius Brutus"), a region after "the" that
 * is no epithet ("gives Antony the East"), the consul's abbreviation "cos." that is no island, and a term's acronym
 * defined by words in small letters ("senatus consultum ultimum (SCU)"), which is no body.
 */
import { describe } from "vitest";
import { summaryTable } from "./helpers";

describe("Roman names and Latin terms", () => {
	summaryTable([
		// the three names written out are a listed person's, or a person of that name
		["- 44 BC: the Liberators, led by M. Junius Brutus and C. Cassius Longinus, strike", -44, ["group Liberatores: Liberators", "person Marcus Junius Brutus: M. Junius Brutus", "person Gaius Cassius Longinus: C. Cassius Longinus"]],
		["- 90 BC: the consul L. Julius Caesar offers citizenship", -90, ["person L. Julius Caesar: L. Julius Caesar"]],
		// opening a line or a clause, too: no outline's letter
		["88 BC: P. Sulpicius Rufus passes his law; L. Cornelius Sulla marches", -88, ["person Publius Sulpicius Rufus: P. Sulpicius Rufus", "person Sulla: L. Cornelius Sulla"]],
		// an outline's letter before a word that is no nomen stays one
		["A. Roman policy in the east, 64 BC", -64, []],
		["- 43 BC: the triumvirs give Antony the East; Lepidus gets Africa", -43, ["person Mark Antony: Antony", "person Marcus Aemilius Lepidus: Lepidus"]],
		["- 78 BC: Lepidus (cos. 78 B.C.) tries to undo Sulla's system", -78, ["person Marcus Aemilius Lepidus (consul 78 BC): Lepidus", "person Sulla: Sulla"]],
		["- 121 BC: the consul L. Opimius gets the first *senatus consultum ultimum* (SCU); the SCU becomes a weapon", -121, ["person Lucius Opimius: L. Opimius"]],
		// an acronym defined by a body's name in capitals is that body
		["- 1942: the Indian National Army (INA) forms; the INA fights on", 1942, ["organisation Indian National Army: Indian National Army, INA"]],
	]);
});
