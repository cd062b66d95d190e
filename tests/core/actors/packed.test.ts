import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { commentData, packData } from "../../../scripts/pack-data.mjs";
import { PERSONS } from "../../../src/core/actors/data/persons";
import { commentText, unpack } from "../../../src/core/actors/data/packed";
import { actorsOf } from "./helpers";

// a block as the bundle carries it, at the top level as in a data file (a nested one would be indented by the build)
const SAMPLE = function () {/*!
Velmar|Vel
Ostrava*/};

describe("the gazetteer's data, packed for the bundle", () => {
	it.each(["persons", "collectives", "states", "givenNames", "givenNamesGeneral"])("%s.ts reads back exactly as written", (file) => {
		const source = readFileSync(new URL(`../../../src/core/actors/data/${file}.ts`, import.meta.url), "utf8");
		const packed = packData(source);
		// ASCII: the bundle does not escape comments, and one character beyond Latin-1 would make the script two-byte
		expect(/[\u0080-\uffff]/.test(packed)).toBe(false);
		// every block of data is now the comment of a function, and its text is the block as written
		const written = [...source.matchAll(/^export const (\w+) = `([^`]*)`;$/gm)].map((m) => [m[1], m[2]]);
		const carried = [...packed.matchAll(/^export const (\w+) = commentText\(function \(\) \{\/\*!([^`]*?)\*\/\}\);$/gm)].map((m) => [m[1], unpack(m[2] ?? "")]);
		expect(written.length).toBeGreaterThan(0);
		expect(carried).toEqual(written);
		expect(packed).toContain('import { commentText } from "./packed";');
	});

	it("refuses a source that holds the mark, or a block a comment cannot carry", () => {
		expect(() => packData("Velmar|Vel^mar", "x.ts")).toThrow(/x\.ts holds "\^"/);
		expect(() => commentData("export const X = `Velmar|Vel*/mar`;", "x.ts")).toThrow(/x\.ts: X holds/);
		expect(() => commentData("export const X = `Velmar|Vel\\nmar`;", "x.ts")).toThrow(/x\.ts: X holds/);
	});

	it("reads a block back from its function's comment", () => {
		expect(commentText(SAMPLE)).toBe("\nVelmar|Vel\nOstrava");
		expect(() => commentText(() => undefined)).toThrow(/lost the data's comment/);
	});

	it("leaves text with no mark as it is", () => {
		expect(unpack("Bolesław Bierut|Bierut")).toBe("Bolesław Bierut|Bierut");
	});

	it("is what the tests read, as the bundle does, and names come out as written", () => {
		expect(PERSONS).toContain("Ko^015bciuszko");
		expect(actorsOf("In 1794 Kościuszko rose; Bolesław Bierut came in 1947.").map((a) => a.name)).toEqual(["Tadeusz Kościuszko", "Bolesław Bierut"]);
	});
});

describe("the gazetteer's lines", () => {
	// blocks whose lines are forms only (no canonical name first) or a list of words
	const NOT_ENTITIES = new Set(["NON_ACTORS", "LOCAL_DEMONYMS", "GIVEN_NAMES"]);
	it.each(["persons", "collectives", "states"])("%s.ts: a canonical name is a plain name, once", (file) => {
		const source = readFileSync(new URL(`../../../src/core/actors/data/${file}.ts`, import.meta.url), "utf8");
		const seen = new Set<string>();
		const bad: string[] = [];
		for (const block of source.matchAll(/export const (\w+) = `([^`]*)`/g)) {
			if (NOT_ENTITIES.has(block[1] ?? "")) continue;
			for (const line of (block[2] ?? "").split("\n")) {
				if (!line.trim()) continue;
				const name = line.split("|")[0] ?? "";
				// a window or a mark on the canonical name would be shown as part of it ("Alexander III@1860:1900")
				if (/[@*+=~]/.test(name) || name.trim() !== name || !name) bad.push(line);
				else if (seen.has(name)) bad.push(`listed twice: ${name}`);
				seen.add(name);
			}
		}
		expect(seen.size).toBeGreaterThan(100);
		expect(bad).toEqual([]);
	});
});
