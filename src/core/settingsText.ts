/**
 * The settings that are lists or tables, written as plain text in the settings tab (one entry per line), and read
 * back. Pure, so the round trip is tested without Obsidian.
 */
import { normalizeSettings, type LectureAtlasSettings, type UserActor } from "./settings";

export type TextField = "readingHeadings" | "solutionCues" | "ignoredActors" | "actors" | "merges";

export function settingToText(s: LectureAtlasSettings, field: TextField): string {
	switch (field) {
		case "actors":
			return s.actors.map((a) => [a.name, a.kind, a.aliases.join(", ")].join(" | ").replace(/ \| $/, "")).join("\n");
		case "merges":
			return Object.entries(s.merges)
				.map(([from, to]) => `${from} => ${to}`)
				.join("\n");
		default:
			return s[field].join("\n");
	}
}

/** Applies one edited text field; unparseable lines are kept out and reported, never guessed. */
export function settingFromText(s: LectureAtlasSettings, field: TextField, text: string): { settings: LectureAtlasSettings; problems: string[] } {
	const lines = text
		.split("\n")
		.map((l) => l.trim())
		.filter(Boolean);
	const problems: string[] = [];
	const raw: Record<string, unknown> = { ...s };
	if (field === "actors") {
		raw.actors = lines.map((line): UserActor => {
			const [name = "", kind = "person", aliases = ""] = line.split("|").map((p) => p.trim());
			return { name, kind: kind as UserActor["kind"], aliases: aliases.split(",").map((x) => x.trim()).filter(Boolean) };
		});
	} else if (field === "merges") {
		const merges: Record<string, string> = {};
		for (const line of lines) {
			const m = /^(.+?)\s*(?:=>|->|\u2192)\s*(.+)$/.exec(line);
			if (m) merges[(m[1] as string).trim()] = (m[2] as string).trim();
			else problems.push(`"${line}" is not of the form "Name => Canonical name".`);
		}
		raw.merges = merges;
	} else raw[field] = lines;
	const { settings, repairs } = normalizeSettings(raw);
	return { settings, problems: [...problems, ...repairs] };
}
