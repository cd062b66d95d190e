/**
 * The checks that every position the core reports points at its own text in the raw note, as lists of problems
 * (empty when all is right). Free of vitest, so that the pathological cases' worker runs them too.
 */
import type { NoteAnalysis } from "../../../src/core/analyse";
import { CONTEXT_LIMIT } from "../../../src/core/markdown/document";

export interface Spanned {
	offset: number;
	length: number;
	line: number;
	col: number;
}

/** Lines as Obsidian counts them: split at "\n"; a "\r" before it belongs to the line end, not the text. */
export function linesOf(raw: string): { lines: string[]; starts: number[] } {
	const lines = raw.split("\n");
	const starts: number[] = [];
	let at = 0;
	for (const line of lines) {
		starts.push(at);
		at += line.length + 1;
	}
	return { lines: lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l)), starts };
}

/**
 * What is wrong with a span, or null: its four numbers must agree with each other and with the raw note. `offset`
 * is the line's start plus `col`, the span stays inside its line, and `lines[line-1].slice(col, col + length)` is
 * `text` (UTF-16 columns).
 */
export function spanProblem(raw: string, layout: { lines: readonly string[]; starts: readonly number[] }, s: Spanned, text: string, what: string): string | null {
	const where = `${what} ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)} at ${s.line}:${s.col} (offset ${s.offset}, length ${s.length})`;
	if (!Number.isInteger(s.line) || s.line < 1 || s.line > layout.lines.length) return `${where}: no such line`;
	if (!Number.isInteger(s.col) || s.col < 0) return `${where}: bad column`;
	const line = layout.lines[s.line - 1] as string;
	if (s.col + s.length > line.length) return `${where}: runs past its line`;
	if (line.slice(s.col, s.col + s.length) !== text) return `${where}: the line there reads ${JSON.stringify(line.slice(s.col, s.col + s.length))}`;
	if (s.offset !== (layout.starts[s.line - 1] as number) + s.col) return `${where}: offset is not line start + column`;
	if (raw.slice(s.offset, s.offset + s.length) !== text) return `${where}: the note there reads ${JSON.stringify(raw.slice(s.offset, s.offset + s.length))}`;
	return null;
}

/**
 * Every position the analysis reports, checked against the raw note: dates (and `start <= end`), actor mentions,
 * solutions, links (`raw` at the `[[`, `target` inside it), headings. Returns the problems found, [] when none.
 */
export function spanProblems(raw: string, a: NoteAnalysis): string[] {
	const layout = linesOf(raw);
	const out: string[] = [];
	const check = (s: Spanned, text: string, what: string): void => {
		const p = spanProblem(raw, layout, s, text, what);
		if (p) out.push(p);
	};
	if (a.doc.lines.length !== layout.lines.length || a.doc.lines.some((l, i) => l !== layout.lines[i])) out.push("the document's lines differ from the note's");
	if (a.doc.body.length !== raw.length || a.doc.display.length !== raw.length) out.push("the masked copies differ in length from the note");
	const contextProblem = (f: { text: string; context: string; line: number }, what: string): void => {
		if (!f.context.includes(f.text)) out.push(`${what} ${JSON.stringify(f.text)} on line ${f.line} is not in its context`);
		if (f.context.length > Math.max(CONTEXT_LIMIT, f.text.length) + 2) out.push(`${what} ${JSON.stringify(f.text)} on line ${f.line} has a context of ${f.context.length} characters`);
	};
	for (const d of a.dates) {
		check(d, d.text, "date");
		contextProblem(d, "date");
		if (!(d.start <= d.end) || !Number.isInteger(d.start) || !Number.isInteger(d.end)) out.push(`date ${JSON.stringify(d.text)} runs ${d.start} to ${d.end}`);
	}
	for (const actor of a.actors) {
		if (!actor.mentions.length) out.push(`actor ${actor.name} has no mention`);
		for (const m of actor.mentions) check(m, m.text, `mention of ${actor.name}`);
	}
	for (const s of a.solutions) {
		check(s, s.text, `solution ${s.label}`);
		contextProblem(s, `solution ${s.label}`);
	}
	for (const l of a.links) {
		check(l, l.raw, "link");
		if (!l.raw.startsWith("[[") || !l.raw.endsWith("]]") || !l.raw.slice(2, -2).includes(l.target)) out.push(`link ${l.raw} has target ${l.target}`);
		if (l.embed && raw[l.offset - 1] !== "!") out.push(`embed ${l.raw} has no "!" before it`);
	}
	for (const h of a.doc.headings) {
		if (!(h.line >= 1 && h.line <= layout.lines.length) || !(layout.lines[h.line - 1] as string).includes(h.text)) out.push(`heading ${JSON.stringify(h.text)} is not on line ${h.line}`);
	}
	return out;
}

/** Findings with no text: a date, mention, solution or link the reader would see as a blank row. */
export function emptyFindings(a: NoteAnalysis): string[] {
	return [
		...a.dates.filter((d) => d.text.trim() === "").map((d) => `date at ${d.line}:${d.col}`),
		...a.actors.flatMap((x) => x.mentions.filter((m) => m.text.trim() === "").map((m) => `mention of ${x.name} at ${m.line}:${m.col}`)),
		...a.solutions.filter((s) => s.text.trim() === "").map((s) => `solution ${JSON.stringify(s.label)} at ${s.line}:${s.col} with text ${JSON.stringify(s.text)}`),
		...a.links.filter((l) => l.raw.slice(2, -2).trim() === "").map((l) => `link ${l.raw} at ${l.line}:${l.col}`),
	];
}

