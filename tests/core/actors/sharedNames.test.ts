/**
 * A surname or a given name that several persons of the note bear is a mention of the one named last before it, as a
 * reader takes it, not of each of them; before any of them is named, of each.
 */
import { describe } from "vitest";
import { summaryTable } from "./helpers";

describe("a name several persons of the note share", () => {
	summaryTable([
		// a surname: the scan's second pass
		[
			"Constantine Doukas and John Doukas led the faction; in 1071 Doukas betrayed Romanos.",
			1071,
			["person Constantine Doukas: Constantine Doukas", "person John Doukas: John Doukas, Doukas"],
		],
		["In 1071 John Doukas rose; Andronikos Doukas fled, and Doukas came back.", 1071, ["person John Doukas: John Doukas", "person Andronikos Doukas: Andronikos Doukas, Doukas"]],
		// a given name the note's context makes a person's ("his brother Gaius"): joined after the scan
		[
			"Gaius Marius was consul in 107 BC and Gaius Gracchus died in 121 BC; his brother Gaius was mourned.",
			-107,
			["person Gaius Marius: Gaius Marius", "person Gaius Gracchus: Gaius Gracchus, Gaius"],
		],
		// before either is named, it may be either's
		[
			"The tribune Gaius spoke first. Gaius Marius was consul in 107 BC and Gaius Gracchus died in 121 BC.",
			-107,
			["person Gaius Marius: Gaius, Gaius Marius", "person Gaius Gracchus: Gaius, Gaius Gracchus"],
		],
	]);
});
