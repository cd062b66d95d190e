/**
 * `lecture-atlas timeline`: the dates of every lecture note of the vault, in chronological order, each with its
 * note's path. Lectures are chosen as the plugin chooses them (the course index and the vault's settings).
 *
 * Each note is read once: its frontmatter feeds both the lecture test and the vault's actor notes, and the index
 * parses only the notes that can be lectures.
 */
import type { AnalysisContext } from "../core/analyse";
import type { VaultActorNote } from "../core/actors";
import { formatDate } from "../core/dates";
import { CourseIndex, titleOf, type CourseEvent } from "../core/index";
import { frontmatterAliases, parseFrontmatter, splitFrontmatter, type Frontmatter } from "../core/markdown/frontmatter";
import { dateToJson } from "../core/report";
import { createCliContext } from "./context";
import { openVault } from "./fsVault";
import type { ParsedArgs } from "./main";

interface ReadNote {
	path: string;
	text: string;
	frontmatter: Frontmatter | null;
}

export function courseEvents(vaultDir: string): CourseEvent[] {
	const vault = openVault(vaultDir);
	const cli = createCliContext(vault);
	const notes: ReadNote[] = [];
	for (const path of vault.notes) {
		let text: string;
		try {
			text = vault.read(path);
		} catch {
			continue; // unreadable, binary or too large: not a lecture we can show
		}
		// Most notes have no frontmatter; the cheap test first.
		const block = text.startsWith("---") || text.startsWith("\uFEFF---") ? splitFrontmatter(text) : null;
		notes.push({ path, text, frontmatter: block === null ? null : parseFrontmatter(block) });
	}
	const vaultActors: VaultActorNote[] = notes.map((n) => ({ path: n.path, title: titleOf(n.path), aliases: frontmatterAliases(n.frontmatter) }));
	const ctx: AnalysisContext = { settings: cli.settings, vaultActors, resolveLink: cli.resolveLink };
	const index = new CourseIndex(() => ctx);
	for (const n of notes) index.upsert(n.path, 0, n.text, n.frontmatter);
	return index.events();
}

function csvField(v: string | number): string {
	const s = String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function runTimeline(args: ParsedArgs): string {
	const events = courseEvents(args.vault as string);
	if (args.format === "json") return JSON.stringify({ events: events.map((e) => ({ ...dateToJson(e.date), path: e.path })) }, null, 1) + "\n";
	if (args.format === "csv") {
		const rows = events.map((e) => {
			const d = e.date;
			return [e.path, d.line, d.col, d.text, d.start, d.end, d.precision, d.qualifier ?? "", d.context].map(csvField).join(",");
		});
		return ["path,line,col,text,start,end,precision,qualifier,context", ...rows].join("\n") + "\n";
	}
	if (!events.length) return "No dated lines in the vault's lecture notes.\n";
	return events.map((e) => `${formatDate(e.date).padEnd(16)} ${e.path}:${e.date.line}  ${e.date.context}`).join("\n") + "\n";
}
