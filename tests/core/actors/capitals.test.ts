/**
 * A national capital that acts stands for its state's government, in the years it was that state's seat; as a place,
 * taken, holding out or named in another name, it stands for nothing.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a capital acting for its state", () => {
	it.each<Case>([
		["The regime ran out of money and Moscow ran out of will.", 1989, ["state Soviet Union: Moscow"]],
		["Moscow's price was money and troop limits.", 1990, ["state Soviet Union: Moscow"]],
		["Bankers lent to both sides, but London wanted trade, not war.", 1866, ["state United Kingdom: London"]],
		["Washington recognised the junta within days.", 1973, ["state United States: Washington"]],
		["Cairo's radio backed the FLN.", 1956, ["state Egypt: Cairo", "organisation National Liberation Front (Algeria): FLN"]],
		// a place, a city taken or holding out, another name's word, or a capital outside its years
		["Talks were held in Moscow; Madrid holds; Seoul falls.", 1950, []],
		["The Treaty of London refused nothing; Greater London wanted more.", 1871, []],
		["Washington wanted peace.", 1700, []],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
