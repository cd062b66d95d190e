/**
 * A name no list holds after "the" names a line, a building or a thing, not a person, though a place's name may be a
 * given name's ("Arta", "Sofia"): "the Arta–Volos line", "his library (the Sher Mandal)".
 */
import { describe } from "vitest";
import { summaryTable } from "./helpers";

describe("a line named by the places it joins", () => {
	summaryTable([
		["The final frontier ran on the Arta–Volos line, agreed in 1832.", 1832, []],
		["The Sofia-Plovdiv railway opened in 1888.", 1888, []],
		["In 1890 the Ostrava-Kalnik border was closed.", 1890, []],
		["In 1556 Humayun fell down the stairs of his library (the Sher Mandal).", 1556, ["person Humayun: Humayun"]],
		// a title after "the" still opens a person's name
		["In 1815 the Duke Velmar Ostrov fled.", 1815, ["person Velmar Ostrov: Velmar Ostrov"]],
		// a person so named is still one where no such noun follows
		["In 1793 Jean-Paul Marat was killed in his bath.", 1793, ["person Jean-Paul Marat: Jean-Paul Marat"]],
		// and a name the lists hold stays its person's
		["Suvorov held the line in 1799.", 1799, ["person Alexander Suvorov: Suvorov"]],
	]);
});
