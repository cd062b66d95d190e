/**
 * The plugin's settings as data: a typed shape, defaults, and a pure `normalizeSettings` that accepts anything
 * (a damaged or old file) and returns valid settings plus what it had to repair.
 */
import type { ActorKind } from "./types";

export const SETTINGS_VERSION = 1;

export interface UserActor {
	/** Canonical name shown in the pane. */
	name: string;
	kind: ActorKind;
	/** Other surface forms that mean this actor. */
	aliases: string[];
}

export interface LectureAtlasSettings {
	version: number;
	/** Which notes are lectures, for the course index. */
	lectureFolder: string;
	lectureTag: string;
	/** Headings (case-insensitive) that open a readings section. */
	readingHeadings: string[];
	/** Words that mark solutions in labels, headings and lead-ins. */
	solutionCues: string[];
	/** Bare numbers count as years only inside this window. */
	minYear: number;
	maxYear: number;
	/** The user's own actors; they win over the built-in gazetteer. */
	actors: UserActor[];
	/** Surface form or actor name → canonical name of the actor it merges into. */
	merges: Record<string, string>;
	/** Canonical names or surface forms never shown as actors. */
	ignoredActors: string[];
	/** Folder for new reading notes ("" = next to the lecture). */
	readingFolder: string;
	/** Template for new reading notes: {{title}}, {{period}}, {{lecture}}, {{date}}. */
	readingTemplate: string;
}

export const DEFAULT_READING_HEADINGS = [
	"Readings",
	"Reading",
	"Main readings",
	"Further reading",
	"Further readings",
	"Required reading",
	"Required readings",
	"Recommended reading",
	"Seminar reading",
	"Seminar readings",
	"Bibliography",
	"Sources",
	"Literature",
	"References",
	"Reading list",
];

export const DEFAULT_SOLUTION_CUES = [
	"solution",
	"option",
	"alternative",
	"strategy",
	"strategies",
	"remedy",
	"remedies",
	"proposal",
	"propose",
	"how to",
	"how not to",
	"to prevent",
];

export const DEFAULT_READING_TEMPLATE = [
	"---",
	"type: reading",
	"period: {{period}}",
	"---",
	"# {{title}}",
	"",
	"Reading for [[{{lecture}}]].",
	"",
	"## Summary",
	"",
].join("\n");

export function defaultSettings(): LectureAtlasSettings {
	return {
		version: SETTINGS_VERSION,
		lectureFolder: "",
		lectureTag: "lecture",
		readingHeadings: [...DEFAULT_READING_HEADINGS],
		solutionCues: [...DEFAULT_SOLUTION_CUES],
		minYear: 1000,
		maxYear: 2100,
		actors: [],
		merges: {},
		ignoredActors: [],
		readingFolder: "",
		readingTemplate: DEFAULT_READING_TEMPLATE,
	};
}

export interface NormalizedSettings {
	settings: LectureAtlasSettings;
	/** Human-readable notes on what was repaired or migrated; empty when the input was already valid. */
	repairs: string[];
}

const KINDS: readonly ActorKind[] = ["person", "state", "people", "organisation", "group"];

/** Accepts anything loaded from disk; never throws; keeps every valid value the user set. */
export function normalizeSettings(raw: unknown): NormalizedSettings {
	const defaults = defaultSettings();
	const repairs: string[] = [];
	if (raw === null || raw === undefined) return { settings: defaults, repairs };
	if (typeof raw !== "object" || Array.isArray(raw)) {
		repairs.push("The settings file was not an object; defaults are used.");
		return { settings: defaults, repairs };
	}
	const r = raw as Record<string, unknown>;
	const version = typeof r.version === "number" ? r.version : 0;
	if (version > SETTINGS_VERSION) repairs.push(`The settings come from a newer version (${version}); the fields this version knows are used.`);

	const str = (key: keyof LectureAtlasSettings, fallback: string): string => {
		const v = r[key];
		if (v === undefined) return fallback;
		if (typeof v === "string") return v;
		repairs.push(`"${key}" was not text; the default is used.`);
		return fallback;
	};
	const num = (key: keyof LectureAtlasSettings, fallback: number): number => {
		const v = r[key];
		if (v === undefined) return fallback;
		if (typeof v === "number" && Number.isFinite(v)) return Math.trunc(v);
		if (typeof v === "string" && /^-?\d+$/.test(v.trim())) return Number(v.trim());
		repairs.push(`"${key}" was not a number; the default is used.`);
		return fallback;
	};
	const strList = (key: keyof LectureAtlasSettings, fallback: string[]): string[] => {
		const v = r[key];
		if (v === undefined) return fallback;
		if (typeof v === "string") return v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
		if (!Array.isArray(v)) {
			repairs.push(`"${key}" was not a list; the default is used.`);
			return fallback;
		}
		const out = v.filter((x): x is string => typeof x === "string").map((s) => s.trim()).filter(Boolean);
		if (out.length !== v.length) repairs.push(`"${key}" had entries that were not text; they were dropped.`);
		return out;
	};

	const actors: UserActor[] = [];
	if (Array.isArray(r.actors)) {
		for (const a of r.actors as unknown[]) {
			if (a && typeof a === "object" && typeof (a as UserActor).name === "string" && (a as UserActor).name.trim()) {
				const o = a as Partial<UserActor>;
				actors.push({
					name: (o.name as string).trim(),
					kind: KINDS.includes(o.kind as ActorKind) ? (o.kind as ActorKind) : "person",
					aliases: Array.isArray(o.aliases) ? o.aliases.filter((x): x is string => typeof x === "string" && x.trim() !== "") : [],
				});
			} else repairs.push("An entry of \"actors\" was damaged and was dropped.");
		}
	} else if (r.actors !== undefined) repairs.push("\"actors\" was not a list; it was reset.");

	const merges: Record<string, string> = {};
	if (r.merges && typeof r.merges === "object" && !Array.isArray(r.merges)) {
		for (const [k, v] of Object.entries(r.merges as Record<string, unknown>)) {
			if (typeof v === "string" && k.trim() && v.trim()) merges[k.trim()] = v.trim();
			else repairs.push(`The merge of "${k}" was damaged and was dropped.`);
		}
	} else if (r.merges !== undefined) repairs.push("\"merges\" was not a table; it was reset.");

	let minYear = num("minYear", defaults.minYear);
	let maxYear = num("maxYear", defaults.maxYear);
	if (minYear > maxYear) {
		repairs.push("The year window was reversed; it was swapped.");
		[minYear, maxYear] = [maxYear, minYear];
	}
	const readingHeadings = strList("readingHeadings", defaults.readingHeadings);
	const solutionCues = strList("solutionCues", defaults.solutionCues);

	return {
		settings: {
			version: SETTINGS_VERSION,
			lectureFolder: str("lectureFolder", defaults.lectureFolder),
			lectureTag: str("lectureTag", defaults.lectureTag).replace(/^#/, ""),
			readingHeadings: readingHeadings.length ? readingHeadings : defaults.readingHeadings,
			solutionCues: solutionCues.length ? solutionCues : defaults.solutionCues,
			minYear,
			maxYear,
			actors,
			merges,
			ignoredActors: strList("ignoredActors", defaults.ignoredActors),
			readingFolder: str("readingFolder", defaults.readingFolder),
			readingTemplate: str("readingTemplate", defaults.readingTemplate),
		},
		repairs,
	};
}
