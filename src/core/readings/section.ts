/**
 * Which of a lecture's links are readings: those in a readings section, those cited with an `@` (`@[[Mason ch. 1]]`),
 * and those whose note declares itself a reading (the caller's `isReadingNote`: frontmatter, tag; or a folder
 * named Readings). A readings section opens at a heading named like one of the configured headings (case-insensitive,
 * `## Main Readings`, `### Readings for week 3`), or at a line used as a heading (`**Further reading**`,
 * `Main Readings:`, `Readings: [[A]], [[B]]`).
 *
 * - A real heading's section runs to the next heading of the same or a higher level, or to a `---` rule.
 * - A line used as a heading has no level, so its section is the block that follows: list items, blank lines and
 *   lines that begin with a link. The first prose line, a heading, a rule or another such line ends it; a list
 *   item used as a heading owns only the deeper items under it.
 */
import { positionAt, type Heading, type NoteDocument } from "../markdown/document";
import type { WikiLink } from "../types";
import { LETTER_OR_DIGIT } from "../chars";
import { lazy } from "../lazy";

/** Files a lecture embeds that are pictures or media, never readings. */
const MEDIA = /\.(?:png|jpe?g|gif|bmp|svg|webp|avif|heic|tiff?|mp3|wav|m4a|ogg|flac|3gp|webm|mp4|mov|mkv|ogv)$/i;

export function readingLinks(doc: NoteDocument, links: readonly WikiLink[], headings: readonly string[], isReadingNote?: (path: string) => boolean): WikiLink[] {
	const inSection = readingSectionLines(doc, headings);
	const seen = new Set<string>();
	const out: WikiLink[] = [];
	for (const link of links) {
		if (link.target === "" || (link.embed && MEDIA.test(link.target))) continue;
		const declared = link.resolved !== null && (inReadingsFolder(link.resolved) || (isReadingNote?.(link.resolved) ?? false));
		if (!declared && !isCitation(doc, link) && !inSection(link.line)) continue;
		const key = link.resolved ?? `?${link.target.toLowerCase()}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(link);
	}
	return out;
}

const LEADING_MARKS = lazy(() => new RegExp(String.raw`^[^\p{L}\p{N}]+`, "u"));

/** `@[[Kennedy, ch. 1]]`: an @ right before a link (and not inside a word) cites it as the lecture's source. */
function isCitation(doc: NoteDocument, link: WikiLink): boolean {
	const line = doc.lines[link.line - 1] ?? "";
	return !link.embed && link.col > 0 && line.charCodeAt(link.col - 1) === 64 && !LETTER_OR_DIGIT().test(line.charAt(link.col - 2));
}

/** A note filed under a folder called Readings (or Reading) declares itself a reading. */
export function inReadingsFolder(path: string): boolean {
	const parts = path.split("/");
	parts.pop();
	return parts.some((p) => /^readings?$/i.test(p.trim()));
}

/** Normalises a heading for comparison: no emphasis marks, emoji or trailing colon; lower case. */
function normalise(text: string): string {
	return trimTrailing(text.replace(/[*_`~=]+/g, ""))
		.replace(LEADING_MARKS(), "")
		.trim()
		.toLowerCase();
}

/** Drops trailing spaces, colons and dots. `/[\s:.]+$/` would be quadratic on a long run of them inside the text. */
function trimTrailing(text: string): string {
	let end = text.length;
	while (end > 0 && /[\s:.]/.test(text.charAt(end - 1))) end--;
	return text.slice(0, end);
}

/**
 * Whether a heading's text names a readings section: the configured name alone, or followed by a qualifier
 * (`Readings for week 3`, `Readings (required)`, `Readings - Kotkin`), never a longer phrase (`Sources of conflict`).
 */
export function isReadingHeading(text: string, headings: readonly string[]): boolean {
	const t = normalise(text);
	for (const h of headings) {
		const name = h.trim().toLowerCase();
		if (!name) continue;
		if (t === name) return true;
		if (t.startsWith(name) && /^(?:\s*[(:\-\u2013\u2014]|\s+(?:for|on|in|to|from|about)\s)/.test(t.slice(name.length))) return true;
	}
	return false;
}

const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]/;
/** A line that begins with a link (`[[A]]`, `@[[A]] p. 3`, `*[[A]]*`): a reference, not prose. */
const REFERENCE_LINE = /^[ \t>]*[*_"\u201c'\u2018@!]*\[\[/;

function indentOf(line: string): number {
	let n = 0;
	for (const c of line) {
		if (c === " ") n++;
		else if (c === "\t") n += 4;
		else break;
	}
	return n;
}
/** A predicate on 1-based lines: whether the line lies in a readings section. */
function readingSectionLines(doc: NoteDocument, headings: readonly string[]): (line: number) => boolean {
	const ranges: [number, number][] = [];
	const lines = doc.lines;
	const bodyLine = (n: number): string => {
		const start = doc.lineStarts[n - 1] ?? 0;
		return doc.body.slice(start, start + (lines[n - 1] ?? "").length);
	};
	const headingAt = new Map<number, Heading>();
	for (const h of doc.headings) headingAt.set(h.line, h);

	// Only lines that mention a configured name can open a section: one pass over the text finds them.
	const candidates: number[] = [];
	const names = namePattern(headings);
	if (names) {
		for (const m of doc.body.matchAll(names)) {
			const line = positionAt(doc, m.index ?? 0).line;
			if (candidates[candidates.length - 1] !== line) candidates.push(line);
		}
	}

	let coveredUntil = 0;
	for (const n of candidates) {
		if (n <= coveredUntil) continue;
		const h = headingAt.get(n);
		if (h !== undefined) {
			if (!isReadingHeading(h.text, headings)) continue;
			let end = n + 1;
			while (end <= lines.length) {
				const next = headingAt.get(end);
				if ((next !== undefined && next.level <= h.level) || RULE.test(bodyLine(end))) break;
				end++;
			}
			ranges.push([n + 1, end - 1]);
			coveredUntil = end - 1;
			continue;
		}
		const label = labelLine(lines[n - 1] ?? "", headings);
		if (label === null) continue;
		// A label with links on its own line ("Readings: [[A]], [[B]]") counts that line too. A label that is a list
		// item owns the deeper items under it; any other label, the list items and reference lines that follow.
		const labelIndent = LIST_ITEM.test(lines[n - 1] ?? "") ? indentOf(lines[n - 1] ?? "") : -1;
		let end = n + 1;
		while (end <= lines.length) {
			const t = bodyLine(end);
			const raw = lines[end - 1] ?? "";
			if (headingAt.has(end) || RULE.test(t) || isPseudoHeading(t) || labelLine(raw, headings) !== null) break;
			if (t.trim() !== "" || raw.includes("[[")) {
				if (labelIndent >= 0 ? indentOf(raw) <= labelIndent : !LIST_ITEM.test(t) && !REFERENCE_LINE.test(raw)) break;
			}
			end++;
		}
		ranges.push([label.inline ? n : n + 1, end - 1]);
		coveredUntil = end - 1;
	}
	// One flag per line: a note with thousands of sections and links answers each link in constant time.
	const inside = new Uint8Array(lines.length + 2);
	for (const [a, b] of ranges) if (b >= a) inside.fill(1, a, b + 1);
	return (line) => inside[line] === 1;
}

let cachedNames: { key: string; re: RegExp | null } | null = null;

/** One case-insensitive pattern for all configured names, built once per settings. */
function namePattern(headings: readonly string[]): RegExp | null {
	const key = headings.join("\n");
	if (cachedNames?.key !== key) {
		const alts = headings.map((h) => h.trim()).filter(Boolean).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
		cachedNames = { key, re: alts.length ? new RegExp(alts.join("|"), "gi") : null };
	}
	return cachedNames.re;
}

/** `**Readings**`, `Readings:`, `- Readings:`, `**Readings:** [[A]]`: a label, then maybe links on the same line. */
function labelLine(text: string, headings: readonly string[]): { inline: boolean } | null {
	if (text.length > 400) return null;
	let t = text.replace(/^[ \t>]*/, "").replace(/^[-*+][ \t]+/, "");
	let label: string;
	let rest: string;
	const mark = t.startsWith("**") ? "**" : t.startsWith("__") ? "__" : null;
	if (mark) {
		const close = t.indexOf(mark, 2);
		if (close === -1) return null;
		label = t.slice(2, close);
		rest = t.slice(close + 2).replace(/^[ \t]*:/, "");
	} else {
		t = t.trimEnd();
		const colon = t.indexOf(":");
		label = colon === -1 ? t : t.slice(0, colon);
		rest = colon === -1 ? "" : t.slice(colon + 1);
	}
	rest = rest.trim();
	if (label.length > 60 || (rest !== "" && !rest.includes("[["))) return null;
	return isReadingHeading(label, headings) ? { inline: rest !== "" } : null;
}

/** A bold line alone, used as a heading: it ends a section opened by a line. */
function isPseudoHeading(text: string): boolean {
	// Not `[ \t]*:?[ \t]*$`: two blank runs side by side are quadratic on a long run of spaces before other text.
	return /^[ \t]*(?:\*\*|__)[^*_]+(?:\*\*|__)[ \t]*(?::[ \t]*)?$/.test(text);
}
