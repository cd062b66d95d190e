import { describe, expect, it } from "vitest";
import { extractActors, vaultActorNote } from "../../../src/core/actors";
import { parseNote } from "../../../src/core/markdown/document";

describe("a vault note as an actor source", () => {
	it.each([
		["People/Joseph Stalin.md", { aliases: ["Stalin", "Koba"] }, { title: "Joseph Stalin", aliases: ["Stalin", "Koba"], kind: null }],
		["Orgs/Cheka.md", { actor: "organisation" }, { title: "Cheka", aliases: [], kind: "organisation" }],
		["Cards/Tito.md", { type: "Person" }, { title: "Tito", aliases: [], kind: "person" }],
		["Topics/Nationalism.md", { type: "concept" }, { title: "Nationalism", aliases: [], kind: null }],
		["Loose.md", null, { title: "Loose", aliases: [], kind: null }],
	])("%s", (path, fm, expected) => {
		expect(vaultActorNote(path, fm)).toEqual({ path, ...expected });
	});

	it("makes a note that declares its kind an actor linked to that note", () => {
		const doc = parseNote("The Cheka arrested thousands in 1918.");
		const actors = extractActors(doc, { userActors: [], merges: {}, ignored: [], dates: [], vaultNotes: [vaultActorNote("Orgs/Cheka.md", { actor: "organisation" })] });
		expect(actors.map((a) => [a.name, a.kind, a.note])).toContainEqual(["Cheka", "organisation", "Orgs/Cheka.md"]);
	});

	it("makes no actor of a reading named by author and title, whatever its author's alias names", () => {
		// the alias "Stalin" alone would make the note Joseph Stalin's, with its title's words as his mentions
		const doc = parseNote("In 1924 Stalin rose; Kotkin's Stalin, Volume I, tells it.");
		const vaultNotes = [vaultActorNote("Readings/Kotkin - Stalin, Volume I.md", { aliases: ["Stalin"] })];
		const actors = extractActors(doc, { userActors: [], merges: {}, ignored: [], dates: [], vaultNotes });
		expect(actors.map((a) => [a.name, a.note ?? null])).toEqual([["Joseph Stalin", null]]);
	});

	it("keeps a person the vault has a note on where the note cites a scholar of that name", () => {
		// "Zorvath argues" cites a scholar, unless the vault knows Zorvath as a person of the history
		const doc = parseNote("---\nauthor: Stephen Kotkin\n---\nIn 1924 Zorvath argues for socialism in one country.");
		const vaultNotes = [vaultActorNote("People/Zorvath.md", { type: "person" })];
		const names = (notes: typeof vaultNotes): string[] => extractActors(doc, { userActors: [], merges: {}, ignored: [], dates: [], vaultNotes: notes }).map((a) => a.name);
		expect(names(vaultNotes)).toEqual(["Zorvath"]);
		expect(names([])).toEqual([]);
	});
});
