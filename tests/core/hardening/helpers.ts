/**
 * The whole core over one note, the way the pane and the command line run it: parse, analyse (dates, actors,
 * solutions, links), readings with their cross-reference, the JSON report, the text rendering and the Markdown
 * summary. And the checks that every position the core reports points at its own text in the raw note.
 */
import { expect } from "vitest";
import { analyseNote, type NoteAnalysis } from "../../../src/core/analyse";
import { vaultActorNote } from "../../../src/core/actors";
import { analyseReadings, readingsToJson, readingsToText, type LectureReading, type ReadingEnv } from "../../../src/core/lecture";
import { createLinkResolver } from "../../../src/core/links/resolve";
import { parseFrontmatter, splitFrontmatter } from "../../../src/core/markdown/frontmatter";
import { noteToJson, noteToText } from "../../../src/core/report";
import { defaultSettings } from "../../../src/core/settings";
import { lectureSummaryMarkdown } from "../../../src/core/summary";

export const LECTURE = "Lectures/Hostile.md";

/** A vault of notes by path; link resolution, frontmatter and vault actors as the command line builds them. */
export function vaultEnv(files: Record<string, string>): ReadingEnv {
	const paths = Object.keys(files);
	const frontmatterOf = (path: string): Record<string, unknown> | null => {
		const text = files[path];
		if (text === undefined) return null;
		const block = splitFrontmatter(text);
		return block === null ? null : parseFrontmatter(block);
	};
	return {
		settings: defaultSettings(),
		vaultActors: paths.filter((p) => p.endsWith(".md")).map((p) => vaultActorNote(p, frontmatterOf(p))),
		resolveLink: createLinkResolver(paths),
		read: (path) => files[path] ?? null,
		frontmatterOf,
	};
}

export interface FullRun {
	analysis: NoteAnalysis;
	readings: LectureReading[];
	json: string;
	text: string;
	summary: string;
}

/** Everything the plugin computes for a lecture, including the serialisations; throws only if the core does. */
export function runAll(raw: string, others: Record<string, string> = {}): FullRun {
	const env = vaultEnv({ ...others, [LECTURE]: raw });
	const analysis = analyseNote(LECTURE, raw, env);
	const readings = analyseReadings(analysis, env);
	const json = JSON.stringify(noteToJson(analysis, readingsToJson(readings)));
	const text = noteToText(analysis, readingsToText(readings));
	const summary = lectureSummaryMarkdown(analysis, readings);
	return { analysis, readings, json, text, summary };
}

interface Spanned {
	offset: number;
	length: number;
	line: number;
	col: number;
}

/**
 * The span's four numbers agree with each other and with the raw note: `offset` is `lineStarts[line-1] + col`, the
 * span stays inside its line, and `lines[line-1].slice(col, col + length)` is `text` (UTF-16 columns).
 */
export function expectSpan(raw: string, lines: readonly string[], s: Spanned, text: string, what: string): void {
	const where = `${what} ${JSON.stringify(text)} at ${s.line}:${s.col}`;
	expect(Number.isInteger(s.line) && s.line >= 1 && s.line <= lines.length, where).toBe(true);
	expect(Number.isInteger(s.col) && s.col >= 0, where).toBe(true);
	const line = lines[s.line - 1] as string;
	expect(line.slice(s.col, s.col + s.length), where).toBe(text);
	expect(raw.slice(s.offset, s.offset + s.length), where).toBe(text);
	expect(s.col + s.length, where).toBeLessThanOrEqual(line.length);
	// The offset is the line's start plus the column.
	expect(s.offset - s.col, where).toBe(lineStartOf(raw, s.line));
}

/** Offset of the first character of a 1-based line, computed independently of the core's own table. */
function lineStartOf(raw: string, line: number): number {
	let at = 0;
	for (let l = 1; l < line; l++) at = raw.indexOf("\n", at) + 1;
	return at;
}

/**
 * Every position the analysis reports, checked against the raw note: dates (and `start <= end`), actor mentions,
 * solutions, links (`raw` at the `[[`, `target` inside it), headings.
 */
export function expectSpansRight(raw: string, a: NoteAnalysis): void {
	// Lines as Obsidian counts them: split at "\n", a "\r" before it is the line end's, not the text's.
	const lines = raw.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
	expect(a.doc.lines).toEqual(lines);
	expect(a.doc.body.length).toBe(raw.length);
	expect(a.doc.display.length).toBe(raw.length);
	for (const d of a.dates) {
		expectSpan(raw, lines, d, d.text, "date");
		expect(d.length, d.text).toBeGreaterThan(0);
		expect(d.start, d.text).toBeLessThanOrEqual(d.end);
		expect(Number.isInteger(d.start) && Number.isInteger(d.end), d.text).toBe(true);
	}
	for (const actor of a.actors) {
		expect(actor.mentions.length, actor.name).toBeGreaterThan(0);
		for (const m of actor.mentions) expectSpan(raw, lines, m, m.text, `mention of ${actor.name}`);
	}
	for (const s of a.solutions) expectSpan(raw, lines, s, s.text, `solution ${s.label}`);
	for (const l of a.links) {
		expectSpan(raw, lines, l, l.raw, "link");
		expect(l.raw.startsWith("[[") && l.raw.endsWith("]]"), l.raw).toBe(true);
		expect(l.raw.slice(2, -2).includes(l.target), l.raw).toBe(true);
		if (l.embed) expect(raw[l.offset - 1], l.raw).toBe("!");
	}
	for (const h of a.doc.headings) {
		expect(h.line >= 1 && h.line <= lines.length, h.text).toBe(true);
		expect((lines[h.line - 1] as string).includes(h.text), h.text).toBe(true);
	}
}

/** Runs `fn` and returns how long it took, in milliseconds. */
export function timed(fn: () => void): number {
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}
