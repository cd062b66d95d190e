/**
 * Demonyms used as nouns: an adjective demonym before a verb in the present ("The Chinese and Japanese clash", one
 * the verb list long lacked) and one after a people's plural with no word of its own after it ("Pisans and Genoese").
 */
import { describe } from "vitest";
import { summaryTable } from "./helpers";

describe("demonyms used as nouns", () => {
	summaryTable([
		["The Chinese and Japanese clash over Korea in 1894.", 1894, ["state China: Chinese", "state Japan: Japanese", "state Korea: Korea"]],
		["- Portuguese and Dutch compete in the Spice Islands, c. 1600", 1600, ["state Portugal: Portuguese", "state Netherlands: Dutch"]],
		["- 1890: Japanese compete with Chinese merchants at Pusan", 1890, ["state Japan: Japanese", "group Chinese merchants: Chinese merchants"]],
		["- 1271: Venetians and Genoese clash in the Black Sea", 1271, ["state Venice: Venetians", "state Genoa: Genoese"]],
		["- Italian city fleets (Pisans, Genoese, Venetians) come east after 1100", 1100, ["state Republic of Pisa: Pisans", "state Genoa: Genoese", "state Venice: Venetians"]],
		["- 1182: the crowd massacres the Latins, above all Pisans and Genoese.", 1182, ["people Latins: Latins", "state Republic of Pisa: Pisans", "state Genoa: Genoese"]],
		// a word of its own after the demonym: an adjective, read as before
		["- 1182: Pisans and Genoese merchants leave the city.", 1182, ["state Republic of Pisa: Pisans", "group Genoese merchants: Genoese merchants"]],
		// no plural before, no verb after: a language, not the states
		["- 1894: the treaty was written in Chinese and Japanese.", 1894, []],
	]);
});
