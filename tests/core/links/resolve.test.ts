import { describe, expect, it } from "vitest";
import { createLinkResolver } from "../../../src/core/links/resolve";

const vault = [
	"Note.md",
	"a/Note.md",
	"a/b/Note.md",
	"zzzz/Note.md",
	"b/Note.md",
	"Lectures/Week 1/Stalin and the West.md",
	"Readings/Stalin, Volume II, Waiting for Hitler, 1928-1941.md",
	"Readings/Kotkin.md",
	"Archive/Kotkin.md",
	"x/Only Deep.md",
	"longer-folder/Only Deep.md",
	"img/map.png",
	"Notes/v1.2.md",
	"people/Klemens von Metternich.md",
];
const resolve = createLinkResolver(vault);

describe("resolving link paths as Obsidian 1.13 does (DESIGN §3)", () => {
	it.each([
		{ rule: "an exact vault path wins over the linking note's folder", link: "Note", from: "a/Lecture.md", want: "Note.md" },
		{ rule: "a folder path is an exact path", link: "b/Note", from: "zzzz/x.md", want: "b/Note.md" },
		{ rule: "a folder path also matches as a path suffix", link: "Week 1/Stalin and the West", from: "Note.md", want: "Lectures/Week 1/Stalin and the West.md" },
		{ rule: "case does not matter", link: "readings/KOTKIN", from: "Note.md", want: "Readings/Kotkin.md" },
		{ rule: ".md is optional", link: "Readings/Kotkin.md", from: "Note.md", want: "Readings/Kotkin.md" },
		{ rule: "a same-named note in the linking note's own folder wins", link: "Kotkin", from: "Archive/Lecture.md", want: "Archive/Kotkin.md" },
		{ rule: "otherwise the shortest path string", link: "Kotkin", from: "Lectures/Week 1/x.md", want: "Archive/Kotkin.md" },
		{ rule: "ancestors of the linking note's folder count for nothing", link: "Only Deep", from: "longer-folder/sub/x.md", want: "x/Only Deep.md" },
		{ rule: "the shortest path, not the shallowest", link: "Only Deep", from: "Note.md", want: "x/Only Deep.md" },
		{ rule: "a title full of commas and years", link: "Stalin, Volume II, Waiting for Hitler, 1928-1941", from: "Lectures/Week 1/Stalin and the West.md", want: "Readings/Stalin, Volume II, Waiting for Hitler, 1928-1941.md" },
		{ rule: "a file that is not a note resolves by its full name", link: "map.png", from: "Note.md", want: "img/map.png" },
		{ rule: "a note whose name holds a dot", link: "v1.2", from: "Note.md", want: "Notes/v1.2.md" },
		{ rule: "a missing note does not resolve", link: "Stalin, Volume I", from: "Note.md", want: null },
		{ rule: "an attachment without its extension does not resolve", link: "map", from: "Note.md", want: null },
		{ rule: "an alias never resolves (no note is called so)", link: "Metternich", from: "Note.md", want: null },
		{ rule: "a relative path from the linking note's folder", link: "../Readings/Kotkin", from: "Archive/x.md", want: "Readings/Kotkin.md" },
		{ rule: "an empty link path is the caller's business", link: "", from: "Note.md", want: null },
	])("$rule: [[$link]] from $from", ({ link, from, want }) => {
		expect(resolve(link, from)).toBe(want);
	});

	it("among several deeper candidates the shortest path wins: a/b/Note before zzzz/Note", () => {
		const r = createLinkResolver(["zzzz/Note.md", "a/b/Note.md", "c/Other.md"]);
		expect(r("Note", "c/Other.md")).toBe("a/b/Note.md");
	});

	it("a large vault: 50,000 lookups over 10,000 notes, one index", () => {
		const paths = Array.from({ length: 10_000 }, (_, i) => `folder ${i % 50}/Note ${i % 3000}.md`);
		const r = createLinkResolver(paths);
		let found = 0;
		for (let i = 0; i < 50_000; i++) if (r(`Note ${i % 4000}`, `folder ${i % 50}/x.md`)) found++;
		expect(found).toBe(38_000); // 12 rounds of the 3,000 names that exist, then 2,000 more
	});
});
