/**
 * Which notes are lectures. A note is a lecture when the user's settings say so:
 *
 * 1. it lies in the lecture folder (when one is set);
 * 2. it carries the lecture tag (frontmatter or inline, nested tags too: `#lecture/week-3`);
 * 3. its frontmatter says `type: lecture`;
 * 4. otherwise, only while no lecture folder is set: it has a readings section that lists links. Notes that
 *    declare themselves readings (`type: reading`, a Readings folder) are never inferred to be lectures.
 *
 * Deciding must be cheap for the thousands of notes that are not lectures, so the text is first tested with two
 * prefilters (the tag, a line that starts like a readings heading); only notes that pass are parsed.
 */
import { frontmatterTags, type Frontmatter } from "../markdown/frontmatter";
import { inReadingsFolder } from "../readings/section";
import type { LectureAtlasSettings } from "../settings";

export type LectureReason = "folder" | "tag" | "frontmatter" | "readings";

/** What decides lecture-ness apart from the path, kept so that a rename can decide again without the text. */
export interface LectureSignals {
	/** Lower-case tags without `#`: the frontmatter's, plus the inline ones when the note was parsed. */
	tags: string[];
	/** The frontmatter's `type`, lower case, or null. */
	type: string | null;
	/** Whether a readings section lists links; null when it was not looked for. */
	readingsSection: boolean | null;
}

export function normaliseFolder(folder: string): string {
	return folder.trim().replace(/^\/+|\/+$/g, "").toLowerCase();
}

export function inFolder(path: string, folder: string): boolean {
	const f = normaliseFolder(folder);
	return f === "" || path.toLowerCase().startsWith(f + "/");
}

/** A tag matches itself and its nested tags, case-insensitively: `lecture` matches `Lecture/week-3`. */
export function hasTag(tags: readonly string[], want: string): boolean {
	const w = want.trim().replace(/^#/, "").toLowerCase();
	if (!w) return false;
	return tags.some((t) => t === w || t.startsWith(w + "/"));
}

export function frontmatterType(fm: Frontmatter | null): string | null {
	const v = fm?.type;
	const first: unknown = Array.isArray(v) ? (v as unknown[])[0] : v;
	return typeof first === "string" && first.trim() ? first.trim().toLowerCase() : null;
}

export function lowerTags(fm: Frontmatter | null): string[] {
	return frontmatterTags(fm).map((t) => t.toLowerCase());
}

/** The reasons that need no parsing: folder, frontmatter tag, frontmatter type. */
export function explicitReason(path: string, signals: Pick<LectureSignals, "tags" | "type">, settings: LectureAtlasSettings): LectureReason | null {
	if (normaliseFolder(settings.lectureFolder) && inFolder(path, settings.lectureFolder)) return "folder";
	if (hasTag(signals.tags, settings.lectureTag)) return "tag";
	if (signals.type === "lecture") return "frontmatter";
	return null;
}

/** Whether a readings section may make this note a lecture. */
export function mayInfer(path: string, type: string | null, settings: LectureAtlasSettings): boolean {
	return normaliseFolder(settings.lectureFolder) === "" && type !== "reading" && !inReadingsFolder(path);
}

export function lectureReason(path: string, signals: LectureSignals, settings: LectureAtlasSettings): LectureReason | null {
	const explicit = explicitReason(path, signals, settings);
	if (explicit) return explicit;
	return signals.readingsSection === true && mayInfer(path, signals.type, settings) ? "readings" : null;
}

// Obsidian's tag characters; a tag must hold something other than digits (`#1917` is not a tag).
const INLINE_TAG = /(^|\s)#([\p{L}\p{N}_\-/]+)/gu;

/** Inline tags of a masked body (code, comments and frontmatter already blanked), lower case. */
export function inlineTags(body: string): string[] {
	if (!body.includes("#")) return [];
	const out = new Set<string>();
	for (const m of body.matchAll(INLINE_TAG)) {
		const tag = (m[2] as string).replace(/\/+$/, "");
		if (tag && !/^\d+$/.test(tag)) out.add(tag.toLowerCase());
	}
	return [...out];
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface Prefilters {
	/** Could the raw text carry the lecture tag inline? Null when no tag is set. */
	tag: RegExp | null;
	/** Could a line of the raw text open a readings section? Null when no heading is set. */
	readings: RegExp | null;
}

/**
 * Supersets of the exact tests, run over the raw text once per note. Each is one regular expression anchored at a
 * `#` or at a line start, so linear in the text.
 */
export function buildPrefilters(settings: LectureAtlasSettings): Prefilters {
	const tag = settings.lectureTag.trim().replace(/^#/, "");
	const names = settings.readingHeadings
		.map((h) => h.trim())
		.filter(Boolean)
		.map((h) => escape(h).replace(/\s+/g, "\\s+"));
	return {
		tag: tag ? new RegExp(`(?:^|\\s)#${escape(tag)}(?![\\p{L}\\p{N}_-])`, "iu") : null,
		// A heading, a list item or a label: whatever precedes the name on its line is not a letter or digit.
		readings: names.length ? new RegExp(`^[^\\p{L}\\p{N}\\r\\n]*(?:${names.join("|")})`, "imu") : null,
	};
}
