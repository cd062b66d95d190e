import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { packData } from "../../../scripts/pack-data.mjs";
import { PERSONS } from "../../../src/core/actors/data/persons";
import { unpack } from "../../../src/core/actors/data/packed";
import { actorsOf } from "./helpers";

describe("the gazetteer's data, packed for the bundle", () => {
	it.each(["persons", "collectives", "states", "givenNames"])("%s.ts reads back exactly as written", (file) => {
		const source = readFileSync(new URL(`../../../src/core/actors/data/${file}.ts`, import.meta.url), "utf8");
		const packed = packData(source);
		// one byte per character: nothing beyond Latin-1 is left
		expect(/[\u0100-\uffff]/.test(packed)).toBe(false);
		expect(unpack(packed)).toBe(source);
	});

	it("refuses a source that holds the mark", () => {
		expect(() => packData("Velmar|Vel^mar", "x.ts")).toThrow(/x\.ts holds "\^"/);
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
