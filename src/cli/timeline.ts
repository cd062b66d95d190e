/** `lecture-atlas timeline`: the dates of every lecture note of the vault, in chronological order. */
import { analyseNote } from "../core/analyse";
import { compareDates, formatDate } from "../core/dates";
import { dateToJson } from "../core/report";
import { createCliContext } from "./context";
import { openVault } from "./fsVault";
import type { ParsedArgs } from "./main";

export function runTimeline(args: ParsedArgs): string {
	const vault = openVault(args.vault as string);
	const ctx = createCliContext(vault);
	const events = vault.notes.flatMap((path) => {
		let raw: string;
		try {
			raw = vault.read(path);
		} catch {
			return [];
		}
		return analyseNote(path, raw, ctx).dates.map((d) => ({ d, path }));
	});
	events.sort((a, b) => compareDates(a.d, b.d) || a.path.localeCompare(b.path));
	if (args.format === "json") return JSON.stringify({ events: events.map((e) => ({ ...dateToJson(e.d), path: e.path })) }, null, 1) + "\n";
	if (args.format === "csv") {
		const q = (v: unknown): string => (typeof v === "string" && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v ?? ""));
		const rows = events.map((e) => [e.path, e.d.line, e.d.col, e.d.text, e.d.start, e.d.end, e.d.precision, e.d.qualifier ?? "", e.d.context].map(q).join(","));
		return ["path,line,col,text,start,end,precision,qualifier,context", ...rows].join("\n") + "\n";
	}
	return events.map((e) => `${formatDate(e.d).padEnd(16)} ${e.path}:${e.d.line}  ${e.d.context}`).join("\n") + "\n";
}
