/** The lecture summary as Markdown, for the clipboard and for summary notes. */
import type { NoteAnalysis } from "./analyse";
import { compareDates, formatDate } from "./dates";
import type { LectureReading } from "./lecture";

const KIND_TITLES = { state: "States", person: "People", people: "Peoples", organisation: "Organisations", group: "Groups" } as const;

/** Escapes what Markdown would read as markup in note text copied into a list item. */
function inline(text: string): string {
	return text.replace(/([\\`*_[\]|<>])/g, "\\$1");
}

function period(p: { start: number; end: number } | null): string {
	if (!p) return "";
	const y = (n: number): string => (n < 0 ? `${-n} BC` : String(n));
	return p.start === p.end ? ` (${y(p.start)})` : ` (${y(p.start)}–${y(p.end)})`;
}

export function lectureSummaryMarkdown(a: NoteAnalysis, readings: LectureReading[]): string {
	const title = (a.path.split("/").pop() ?? a.path).replace(/\.md$/i, "");
	const out: string[] = [`## Summary of [[${title}]]`, "", "### Timeline", ""];
	const dates = [...a.dates].sort(compareDates);
	if (!dates.length) out.push("No dates found.");
	for (const d of dates) out.push(`- **${formatDate(d)}**: ${inline(d.context)}`);
	out.push("", "### Actors", "");
	if (!a.actors.length) out.push("No actors found.");
	for (const kind of ["state", "person", "people", "organisation", "group"] as const) {
		const list = a.actors.filter((x) => x.kind === kind).sort((x, y) => y.mentions.length - x.mentions.length);
		if (list.length) out.push(`- ${KIND_TITLES[kind]}: ${list.map((x) => (x.note ? `[[${x.note.replace(/\.md$/i, "")}|${x.name}]]` : inline(x.name))).join(", ")}`);
	}
	out.push("", "### Solutions", "");
	if (!a.solutions.length) out.push("No solutions found.");
	a.solutions.forEach((s, i) => out.push(`${i + 1}. **${inline(s.label)}**: ${inline(s.text)}`));
	out.push("", "### Readings", "");
	if (!readings.length) out.push("No readings linked.");
	for (const r of readings) {
		const link = r.link.alias ? `[[${r.link.target}|${r.label}]]` : `[[${r.link.target}]]`;
		const state = r.state === "missing" ? " (no note yet)" : "";
		const inPeriod = r.report.datesInPeriod.length ? `: covers ${r.report.datesInPeriod.map(formatDate).join(", ")}` : "";
		out.push(`- ${link}${period(r.report.period)}${state}${inPeriod}`);
	}
	return out.join("\n") + "\n";
}
