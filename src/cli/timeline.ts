/**
 * `lecture-atlas timeline`: the dates of every lecture note of the vault, in chronological order, each with its
 * note's path. Lectures are chosen as the plugin chooses them (the course index and the vault's settings).
 *
 * Each note is read once and indexed at once; the index parses only the notes that can be lectures, and finds their
 * dates alone.
 */
import type { AnalysisContext } from "../core/analyse";
import { formatDate } from "../core/dates";
import { analyseDatesOnly, CourseIndex, type CourseEvent } from "../core/index";
import { parseFrontmatter, splitFrontmatter, type Frontmatter } from "../core/markdown/frontmatter";
import { dateToJson } from "../core/report";
import { createCliContext } from "./context";
import { openVault } from "./fsVault";
import type { ParsedArgs } from "./main";

// The index decides lecture-ness from `tags` (or `tag`) and `type`; a block without them needs no parsing.
const DECIDING_KEYS = /^["']?(?:tags?|type)["']?[ \t]*:/m;

export function courseEvents(vaultDir: string): CourseEvent[] {
	const vault = openVault(vaultDir);
	const cli = createCliContext(vault);
	const ctx: AnalysisContext = { settings: cli.settings, vaultActors: [], resolveLink: cli.resolveLink };
	// The timeline prints dates and paths only, and dates do not depend on actors.
	const index = new CourseIndex(() => ctx, analyseDatesOnly);
	// One note at a time, read and indexed, so the vault's text is never all in memory at once.
	for (const path of vault.notes) {
		let text: string;
		try {
			text = vault.read(path);
		} catch {
			continue; // unreadable, binary or too large: not a lecture we can show
		}
		const block = text.startsWith("---") || text.startsWith("\uFEFF---") ? splitFrontmatter(text) : null;
		const frontmatter: Frontmatter | null = block !== null && DECIDING_KEYS.test(block) ? parseFrontmatter(block) : null;
		index.upsert(path, 0, text, frontmatter);
	}
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
