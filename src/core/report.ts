/**
 * The JSON report of DESIGN §4 and the plain-text rendering of the same content. Field names, 1-based lines and
 * 0-based UTF-16 columns are a public contract: fields may be added, never changed.
 */
import type { NoteAnalysis } from "./analyse";
import { formatDate, compareDates } from "./dates";
import type { Actor, DateMention, Solution, WikiLink } from "./types";

export interface JsonDate {
	text: string;
	line: number;
	col: number;
	start: number;
	end: number;
	precision: DateMention["precision"];
	qualifier: DateMention["qualifier"];
	context: string;
}

export interface JsonActor {
	name: string;
	kind: Actor["kind"];
	note: string | null;
	mentions: { text: string; line: number; col: number }[];
}

export interface JsonSolution {
	label: string;
	text: string;
	line: number;
	col: number;
	context: string;
	problem: string | null;
	subItems: string[];
}

export type JsonLink = Pick<WikiLink, "raw" | "target" | "alias" | "heading" | "block" | "embed" | "line" | "col" | "resolved">;

export interface JsonNote {
	path: string;
	dates: JsonDate[];
	actors: JsonActor[];
	solutions: JsonSolution[];
	links: JsonLink[];
	readings: unknown[];
}

export function dateToJson(d: DateMention): JsonDate {
	return { text: d.text, line: d.line, col: d.col, start: d.start, end: d.end, precision: d.precision, qualifier: d.qualifier, context: d.context };
}

export function actorToJson(a: Actor): JsonActor {
	return { name: a.name, kind: a.kind, note: a.note, mentions: a.mentions.map((m) => ({ text: m.text, line: m.line, col: m.col })) };
}

export function solutionToJson(s: Solution): JsonSolution {
	return { label: s.label, text: s.text, line: s.line, col: s.col, context: s.context, problem: s.problem, subItems: s.subItems };
}

export function linkToJson(l: WikiLink): JsonLink {
	return { raw: l.raw, target: l.target, alias: l.alias, heading: l.heading, block: l.block, embed: l.embed, line: l.line, col: l.col, resolved: l.resolved };
}

/** Dates in document order, as the report lists them; the timeline sorts them. */
export function noteToJson(a: NoteAnalysis, readings: unknown[] = []): JsonNote {
	return {
		path: a.path,
		dates: a.dates.map(dateToJson),
		actors: a.actors.map(actorToJson),
		solutions: a.solutions.map(solutionToJson),
		links: a.links.map(linkToJson),
		readings,
	};
}

/** The pane's content as readable text, for the command line and the demo. */
export function noteToText(a: NoteAnalysis, readingLines: string[] = []): string {
	const out: string[] = [`# ${a.path}`, ""];
	const dates = [...a.dates].sort(compareDates);
	out.push(`Timeline (${dates.length})`);
	if (!dates.length) out.push("  No dates found in this note.");
	for (const d of dates) out.push(`  ${formatDate(d).padEnd(16)} line ${String(d.line).padEnd(4)} ${d.context}`);
	out.push("", `Actors (${a.actors.length})`);
	if (!a.actors.length) out.push("  No actors found in this note.");
	for (const actor of a.actors) {
		const forms = [...new Set(actor.mentions.map((m) => m.text))].filter((t) => t !== actor.name);
		const also = forms.length ? ` (${forms.join(", ")})` : "";
		out.push(`  ${actor.name}${also}: ${actor.kind}, ${actor.mentions.length} mention${actor.mentions.length === 1 ? "" : "s"}`);
	}
	out.push("", `Solutions (${a.solutions.length})`);
	if (!a.solutions.length) out.push("  No solutions found in this note.");
	a.solutions.forEach((s, i) => {
		out.push(`  ${i + 1}. ${s.label}: ${s.text} (line ${s.line})`);
		if (s.problem) out.push(`     answers: ${s.problem}`);
	});
	out.push("", ...readingLines);
	return out.join("\n").trimEnd() + "\n";
}
