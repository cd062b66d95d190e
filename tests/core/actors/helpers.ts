import { expect, it } from "vitest";
import { extractActors, type ActorOptions } from "../../../src/core/actors";
import { parseNote } from "../../../src/core/markdown/document";
import type { Actor, DateMention } from "../../../src/core/types";

/** Dates as the date extractor would report them, for period-aware naming: one per year given. */
export function years(...ys: number[]): DateMention[] {
	return ys.map((y) => ({ text: String(y), offset: 0, length: 4, line: 1, col: 0, start: y, end: y, precision: "year", qualifier: null, context: "" }));
}

export function actorsOf(text: string, options: Partial<ActorOptions> = {}): Actor[] {
	return extractActors(parseNote(text), { userActors: [], merges: {}, ignored: [], vaultNotes: [], dates: [], ...options });
}

/** "kind Name: mention, mention" per actor, mentions as distinct surface strings in note order. */
export function summary(actors: Actor[]): string[] {
	return actors.map((a) => `${a.kind} ${a.name}: ${[...new Set(a.mentions.map((m) => m.text))].join(", ")}`);
}

export const names = (actors: Actor[]): string[] => actors.map((a) => a.name);

/** A row of the actor tables: a note's text, the one year its dates give, and what it should yield. */
export type Case = [text: string, year: number, expected: string[]];

/** "kind Name" per actor found in a text whose dates give one year. */
export function kindsAndNames(text: string, year: number): string[] {
	return actorsOf(text, { dates: years(year) }).map((a) => `${a.kind} ${a.name}`);
}

/** `summary` of the actors found in a text whose dates give one year. */
export function summaryIn(text: string, year: number): string[] {
	return summary(actorsOf(text, { dates: years(year) }));
}

/** One test per row: the "kind Name" of every actor the row's text yields, in order (a lost actor and an extra both fail). */
export function kindsAndNamesTable(rows: Case[]): void {
	it.each<Case>(rows)("%s (%i)", (text, year, expected) => {
		expect(kindsAndNames(text, year)).toEqual(expected);
	});
}

/** One test per row: the `summary` of the actors the row's text yields, kinds, names and mentions (`summaryIn`). */
export function summaryTable(rows: Case[]): void {
	it.each<Case>(rows)("%s", (text, year, expected) => {
		expect(summaryIn(text, year)).toEqual(expected);
	});
}
