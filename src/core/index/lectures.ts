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

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface Prefilters {
	/** Could the raw text carry the lecture tag inline? False when no tag is set. */
	tag: (text: string) => boolean;
	/** Could a line of the raw text open a readings section? False when no heading is set. */
	readings: (text: string) => boolean;
}

const NL = 10;
function isAsciiAlnum(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === NL || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

/** A character that continues a tag, so `#lecture` does not match `#lectures` or `#lecture-notes`. */
function continuesTag(c: number): boolean {
	return isAsciiAlnum(c) || c === 95 || c === 45 || c > 127;
}

/**
 * Supersets of the exact tests, run over the raw text of every note, so they must cost next to nothing: they jump
 * from `#` to `#` and from line start to line start with indexOf (a memchr), and look closer only where a tag or a
 * readings name could begin. A note that passes is parsed and decided exactly.
 */
export function buildPrefilters(settings: LectureAtlasSettings): Prefilters {
	const tag = settings.lectureTag.trim().replace(/^#/, "").toLowerCase();
	const names = settings.readingHeadings
		.map((h) => h.trim())
		.filter(Boolean)
		.map((h) => escape(h).replace(/\s+/g, "\\s+"));
	const firstLetters = new Set(settings.readingHeadings.map((h) => h.trim().charAt(0).toLowerCase()).filter(Boolean));
	const name = names.length ? new RegExp(`(?:${names.join("|")})`, "iy") : null;

	const tagTest = (text: string): boolean => {
		if (!tag) return false;
		for (let i = text.indexOf("#"); i !== -1; i = text.indexOf("#", i + 1)) {
			if (i > 0 && !isSpace(text.charCodeAt(i - 1))) continue;
			const end = i + 1 + tag.length;
			if (end < text.length && continuesTag(text.charCodeAt(end)) && text.charCodeAt(end) !== 47) continue;
			if (text.slice(i + 1, end).toLowerCase() === tag) return true;
		}
		return false;
	};

	// A heading, a list item or a label: what precedes the name on its line is not an ASCII letter or digit.
	const readingsTest = (text: string): boolean => {
		if (!name) return false;
		for (let start = 0; start < text.length; ) {
			let i = start;
			let c = text.charCodeAt(i);
			while (i < text.length && c !== NL && !isAsciiAlnum(c)) c = text.charCodeAt(++i);
			if (i < text.length && c !== NL && firstLetters.has(String.fromCharCode(c | 32))) {
				name.lastIndex = i;
				// A readings section that makes a lecture lists links: none after this line, none after any later.
				if (name.test(text)) return text.includes("[[", i);
			}
			const nl = text.indexOf("\n", i);
			if (nl === -1) break;
			start = nl + 1;
		}
		return false;
	};
	return { tag: tagTest, readings: readingsTest };
}
