/**
 * The actor row's menu: each edit returns new settings (the old ones untouched), survives a save and a load
 * (JSON and `normalizeSettings`), and the next extraction shows it.
 */
import { describe, expect, it } from "vitest";
import { addActor, ignoreActor, mergeActorInto, nameFromSelection, renameActor } from "../../../src/core/actors/edits";
import { defaultSettings, normalizeSettings, type LectureAtlasSettings } from "../../../src/core/settings";
import type { Actor } from "../../../src/core/types";
import { actorsOf, summary, years } from "./helpers";

const NOTE = "Late 1917: civil war in Russia.\nThe Bolsheviks won; Stalin and the Soviets ruled.\nThe Comintern met.\n";
const dates = years(1917, 1925);

const extract = (s: LectureAtlasSettings): Actor[] => actorsOf(NOTE, { userActors: s.actors, merges: s.merges, ignored: s.ignoredActors, dates });
/** Saved and loaded as the plugin does: JSON on disk, then normalised. */
const roundTrip = (s: LectureAtlasSettings): LectureAtlasSettings => normalizeSettings(JSON.parse(JSON.stringify(s))).settings;
const actor = (s: LectureAtlasSettings, name: string): Actor => {
	const a = extract(s).find((x) => x.name === name);
	if (!a) throw new Error(`no actor ${name}`);
	return a;
};

describe("actor edits round-trip through the settings", () => {
	const base = defaultSettings();

	it("starts from the plain extraction", () => {
		expect(summary(extract(base))).toEqual([
			"state Soviet Union: Russia, Soviets",
			"organisation Bolsheviks: Bolsheviks",
			"person Joseph Stalin: Stalin",
			"organisation Comintern: Comintern",
		]);
	});

	it.each<[string, (s: LectureAtlasSettings) => LectureAtlasSettings, string[]]>([
		[
			"merge Bolsheviks into the Soviet Union",
			(s) => mergeActorInto(s, actor(s, "Bolsheviks"), "Soviet Union"),
			["state Soviet Union: Russia, Bolsheviks, Soviets", "person Joseph Stalin: Stalin", "organisation Comintern: Comintern"],
		],
		[
			"merge the Comintern into a new name",
			(s) => mergeActorInto(s, actor(s, "Comintern"), "Communist International"),
			["state Soviet Union: Russia, Soviets", "organisation Bolsheviks: Bolsheviks", "person Joseph Stalin: Stalin", "organisation Communist International: Comintern"],
		],
		[
			"rename the Soviet Union",
			(s) => renameActor(s, actor(s, "Soviet Union"), "USSR"),
			["state USSR: Russia, Soviets", "organisation Bolsheviks: Bolsheviks", "person Joseph Stalin: Stalin", "organisation Comintern: Comintern"],
		],
		[
			"ignore the Comintern",
			(s) => ignoreActor(s, actor(s, "Comintern")),
			["state Soviet Union: Russia, Soviets", "organisation Bolsheviks: Bolsheviks", "person Joseph Stalin: Stalin"],
		],
	])("%s", (_label, edit, expected) => {
		const frozen = JSON.stringify(base);
		const next = edit(base);
		expect(JSON.stringify(base)).toBe(frozen); // never mutated
		expect(summary(extract(roundTrip(next)))).toEqual(expected);
	});

	it("renames a user's own actor in place, keeping its old name as an alias", () => {
		const s: LectureAtlasSettings = { ...base, actors: [{ name: "Koba", kind: "person", aliases: [] }] };
		const text = "Koba robbed a bank.";
		const before = actorsOf(text, { userActors: s.actors });
		const next = roundTrip(renameActor(s, before[0] as Actor, "Young Stalin"));
		expect(next.actors).toEqual([{ name: "Young Stalin", kind: "person", aliases: ["Koba"] }]);
		expect(summary(actorsOf(text, { userActors: next.actors, merges: next.merges }))).toEqual(["person Young Stalin: Koba"]);
	});

	it("chains edits: a merge into a renamed actor follows the new name", () => {
		let s = renameActor(base, actor(base, "Soviet Union"), "USSR");
		s = mergeActorInto(s, actor(s, "Bolsheviks"), "USSR");
		expect(summary(extract(roundTrip(s)))).toEqual(["state USSR: Russia, Bolsheviks, Soviets", "person Joseph Stalin: Stalin", "organisation Comintern: Comintern"]);
	});

	it("renaming back to the original name undoes the rename without a cycle", () => {
		let s = renameActor(base, actor(base, "Soviet Union"), "USSR");
		s = renameActor(s, actor(s, "USSR"), "Soviet Union");
		expect(summary(extract(roundTrip(s)))[0]).toBe("state Soviet Union: Russia, Soviets");
	});

	it("ignoring twice is one entry; an empty target changes nothing", () => {
		const once = ignoreActor(base, actor(base, "Comintern"));
		expect(ignoreActor(once, actor(base, "Comintern")).ignoredActors).toEqual(["Comintern"]);
		expect(mergeActorInto(base, actor(base, "Comintern"), "  ")).toBe(base);
	});
});

describe("a name the extraction missed, added from the editor's selection", () => {
	const MUTINY = "In June 1857 Wheeler surrendered at Cawnpore; Nana Sahib's men fired on the boats.\nWheeler's garrison was lost.\n";
	const extractMutiny = (s: LectureAtlasSettings): string[] => summary(actorsOf(MUTINY, { userActors: s.actors, merges: s.merges, ignored: s.ignoredActors, dates: years(1857) }));

	it("reads the name a selection holds, without the marks around it", () => {
		expect(
			["Wheeler", "  *Wheeler*  ", "Wheeler's", "“Sandford,”", "[[Joseph Stalin|Stalin]]'s", "[[Joseph Stalin]]", "[[Joseph Stalin#Youth|Koba]]", "[[Joseph Stalin#Youth]]", "(Nana   Sahib)", "**Wheeler**."].map(nameFromSelection),
		).toEqual(["Wheeler", "Wheeler", "Wheeler", "Sandford", "Stalin", "Joseph Stalin", "Koba", "Joseph Stalin", "Nana Sahib", "Wheeler"]);
	});

	it("reads no name in a passage, a number or nothing", () => {
		expect(["", "   ", "Wheeler surrendered.\nThe boats", "1857", "--", "A".repeat(81)].map(nameFromSelection)).toEqual([null, null, null, null, null, null]);
	});

	it("adds it as the user's own actor of the kind chosen, which every later extraction finds, across a save and a load", () => {
		const base = defaultSettings();
		expect(extractMutiny(base).some((a) => a.includes("Wheeler"))).toBe(false);
		const next = roundTrip(addActor(base, "Wheeler", "person"));
		expect(next.actors).toEqual([{ name: "Wheeler", kind: "person", aliases: [] }]);
		expect(extractMutiny(next)).toContain("person Wheeler: Wheeler");
		expect(base.actors).toEqual([]);
	});

	it("takes it off the ignore list, and leaves a name already listed as it is", () => {
		const ignored = { ...defaultSettings(), ignoredActors: ["wheeler", "Cawnpore"] };
		expect(addActor(ignored, "Wheeler", "person").ignoredActors).toEqual(["Cawnpore"]);
		const listed = { ...defaultSettings(), actors: [{ name: "Hugh Wheeler", kind: "person" as const, aliases: ["Wheeler"] }] };
		expect(addActor(listed, "wheeler", "group")).toBe(listed);
		expect(addActor(listed, "Hugh Wheeler", "group")).toBe(listed);
	});
});
