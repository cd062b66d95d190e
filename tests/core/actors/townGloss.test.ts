/**
 * A state's name alone in brackets after a town's one-word name says where the town lies ("Fougères (Brittany)",
 * "Najaf (Iraq)", "Temasek (= Singapore)"): a place, not an actor. After a person's name the bracket names the state
 * the person stands for, and a state named elsewhere as an actor stays one.
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

describe("a state in brackets after a town", () => {
	it.each<Case>([
		["- the garrison at Fougères (Brittany) surrenders", 1449, []],
		["- exiled → Bursa → Najaf (Iraq) until 1978", 1970, []],
		["- he flees to Temasek (= Singapore) and kills the chief", 1395, []],
		["- Louis XIV (France) and Leopold I (Austria) claim the throne", 1700, ["person Louis XIV", "state France", "person Leopold I, Holy Roman Emperor", "state Austria"]],
		["- the English hold Calais (France); France wants it back", 1450, ["state England", "state France"]],
	])("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
});
