/**
 * A sovereign named by title and given name ("King Otto") joins only a person the note names as a sovereign ("Otto I",
 * "Otto of Greece", "Otto the Great"), not a namesake of another standing ("Otto von Bismarck"); and a faith's
 * adjective after a given name ("K. Otto Catholic, refused to convert") is no word of the name. A listed ruler named
 * with a title and "of" his realm is the listed one ("Maharaja Jaswant Singh of Marwar"), and so is a ruler named
 * before his reign by his house ("Alexios Komnenos" in 1081, Alexios I Komnenos).
 */
import { describe } from "vitest";
import { summaryTable } from "./helpers";

describe("a sovereign's title and a given name", () => {
	summaryTable([
		[
			"King Otto refused to convert; Otto was deposed. Bismarck ruled Prussia.",
			1862,
			["person King Otto: King Otto, Otto", "person Otto von Bismarck: Bismarck", "state Prussia: Prussia"],
		],
		// a sovereign the note names so still takes the titled given name
		["Otto I was crowned in Rome; King Otto then marched on Italy.", 962, ["person Otto I: Otto I, King Otto"]],
		// a title of birth is no sovereign's: "Count Otto" may be the count the note names
		["Count Otto met Otto von Bismarck at Frankfurt.", 1851, ["person Otto von Bismarck: Count Otto, Otto von Bismarck"]],
	]);
});

describe("a faith's adjective after a given name", () => {
	summaryTable([
		["King Otto Catholic, refused to convert to Orthodoxy in 1840; Catholic and Orthodox clergy quarrelled.", 1840, ["person King Otto: King Otto"]],
		// "Christian" is a given name too
		["Johann Christian Bach moved to London in 1762.", 1762, ["person Johann Christian Bach: Johann Christian Bach"]],
	]);
});

describe("a listed ruler by his title and realm, or by his house before his reign", () => {
	summaryTable([
		[
			"At Dharmat in 1658 Aurangzeb beat Maharaja Jaswant Singh of Marwar; Jaswant Singh died in 1678.",
			1658,
			["person Aurangzeb: Aurangzeb", "person Jaswant Singh of Marwar: Jaswant Singh of Marwar, Jaswant Singh"],
		],
		["In 1081 Alexios Komnenos seized the throne; Alexios I ruled until 1118.", 1081, ["person Alexios I Komnenos: Alexios Komnenos, Alexios I"]],
		// his grandson of the same name, a century on, is not he
		["In 1183 Andronikos I Komnenos had Alexios Komnenos strangled.", 1183, ["person Andronikos I Komnenos: Andronikos I Komnenos", "person Alexios Komnenos: Alexios Komnenos"]],
	]);
});
