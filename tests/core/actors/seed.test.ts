/**
 * The user's own lecture (the example vault's copy of the seed): its actors must be exactly DESIGN §1's list.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/core/actors";
import { parseNote } from "../../../src/core/markdown/document";
import { actorsOf, summary, years } from "./helpers";

const VAULT = join(import.meta.dirname, "../../../example-vault");
const seed = readFileSync(join(VAULT, "Lectures/Stalin and the West.md"), "utf8");
// The seed's own dates: late 1917, by 1922, 1925, by 1925, 1939–40.
const dates = years(1917, 1922, 1925, 1925, 1939);

describe("the seed lecture", () => {
	const actors = actorsOf(seed, { dates });

	it("gives DESIGN §1's actors, each with its kind and surface forms", () => {
		expect(summary(actors).sort()).toEqual(
			[
				"state Soviet Union: Russia, Soviet Union, Soviets, Soviet",
				"state Germany: Germany, Germans, Third Reich",
				"person Joseph Stalin: Stalin",
				"person Adolf Hitler: Hitler",
				"organisation Bolsheviks: Bolsheviks",
				"organisation Comintern: Comintern",
				"state Japan: Japanese",
				"state France: French",
				"state Poland: Poles",
				"state United Kingdom: British, Anglo-America",
				"state United States: Anglo-America",
				"group White movement: white army",
				"group American financiers: American financiers",
			].sort(),
		);
	});

	it.each(["Finley", "Siberia", "Locarno Pact", "Western Europe", "Eastern Front", "Winter War", "Bolshevism", "German"])(
		"does not make an actor of %s",
		(text) => {
			for (const a of actors) {
				expect(a.name).not.toBe(text);
				expect(a.mentions.map((m) => m.text)).not.toContain(text);
			}
		},
	);

	it("reads Soviet-Japanese border clashes as mentions of both states", () => {
		const line = seed.split("\n").findIndex((l) => l.startsWith("Soviet-Japanese")) + 1;
		const onLine = actors.flatMap((a) => a.mentions.filter((m) => m.line === line).map((m) => `${a.name}:${m.text}@${m.col}`));
		expect(onLine.sort()).toEqual(["Japan:Japanese@7", "Soviet Union:Soviet@0"]);
	});

	it("keeps every mention's raw position (1-based line, 0-based column)", () => {
		const lines = seed.split("\n");
		for (const a of actors) {
			for (const m of a.mentions) {
				expect(lines[m.line - 1]?.slice(m.col, m.col + m.length)).toBe(m.text);
				expect(seed.slice(m.offset, m.offset + m.length)).toBe(m.text);
			}
		}
	});

	it("gives stable ids: kind and lower-cased canonical name", () => {
		expect(actors.map((a) => a.id)).toContain("state:soviet union");
		expect(actors.map((a) => a.id)).toContain("person:joseph stalin");
	});

	it("does not count the reading titles under Main Readings as mentions", () => {
		const readingsFrom = seed.split("\n").findIndex((l) => l.startsWith("## Main Readings")) + 1;
		for (const a of actors) for (const m of a.mentions) expect(m.line).toBeLessThan(readingsFrom);
	});

	it("links Stalin to the vault's note on him (title and aliases)", () => {
		const withVault = extractActors(parseNote(seed), {
			userActors: [],
			merges: {},
			ignored: [],
			dates,
			vaultNotes: [
				{ path: "People/Joseph Stalin.md", title: "Joseph Stalin", aliases: ["Stalin", "Koba"] },
				{ path: "Lectures/Stalin and the West.md", title: "Stalin and the West", aliases: [] },
			],
		});
		const stalin = withVault.find((a) => a.name === "Joseph Stalin");
		expect(stalin?.note).toBe("People/Joseph Stalin.md");
		expect(stalin?.mentions.length).toBe(4);
		expect(withVault.map((a) => a.name)).not.toContain("Stalin and the West");
	});
});
