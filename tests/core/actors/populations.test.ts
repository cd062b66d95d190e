/**
 * A state's people in the plural, counted and on the move, is a population of its own; counted soldiers, the dead,
 * and an uncounted plural stay with the state.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

describe("a counted population on the move", () => {
	it.each<Case>([
		["The labour draft sent 700,000+ Koreans to Japan.", 1939, ["people Koreans: Koreans", "state Japan: Japan"]],
		["Many thousands of Portuguese emigrated to avoid conscription.", 1968, ["people Portuguese: Portuguese"]],
		// (the country they leave through is a place on their way)
		["Tens of thousands of East Germans leave via Hungary.", 1989, ["people East Germans: East Germans"]],
		// soldiers, the dead, and an uncounted plural are the state's
		["c. 10,000 Swedes routed c. 35,000 Russians.", 1700, ["state Sweden: Swedes", "state Russia: Russians"]],
		["c. 7,000 Italians killed.", 1896, ["state Italy: Italians"]],
		["The Koreans fled to Manchuria.", 1910, ["state Korea: Koreans"]],
	])("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
});
