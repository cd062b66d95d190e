/**
 * Names no list holds whole that run on past where a list's word would cut them: an honorific and a name whose word
 * opens only longer listed names ("Adil Shah Suri", where "Suri dynasty" is listed), and a ruler's numeral with a
 * family's double name after it ("Michael I Komnenos Doukas", where "Michael I" alone is another ruler).
 */
import { describe } from "vitest";
import { summaryTable } from "./helpers";

describe("names that run on past a listed word", () => {
	summaryTable([
		["In 1556 Adil Shah Suri loses Delhi.", 1556, ["person Adil Shah Suri: Adil Shah Suri"]],
		["- 1555: Ibrahim Shah Suri flees; Sikandar Shah Suri is beaten at Sirhind", 1555, ["person Ibrahim Shah Suri: Ibrahim Shah Suri", "person Sikandar Shah Suri: Sikandar Shah Suri"]],
		["- 1205: Michael I Komnenos Doukas founds Epirus", 1205, ["person Michael I Komnenos Doukas: Michael I Komnenos Doukas", "state Despotate of Epirus: Epirus"]],
		["- 1222: John III Doukas Vatatzes succeeds at Nicaea", 1222, ["person John III Doukas Vatatzes: John III Doukas Vatatzes"]],
		// the second name alone, as before
		["- 1214: Philip II Augustus wins at Bouvines", 1214, ["person Philip II Augustus: Philip II Augustus"]],
	]);
});
