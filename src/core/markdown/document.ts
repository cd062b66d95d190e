import type { Span, WikiLink } from "../types";
import { scanWikiLinks } from "../links/parse";
import { lazy } from "../lazy";

/**
 * A note prepared for the extractors. `body` and `display` have exactly the length of `raw`, so every offset found
 * in them is an offset into the raw file: what is not body text is blanked with spaces (newlines kept).
 *
 * - `body`: frontmatter, fenced code, HTML and `%%` comments, URLs and the whole of every `[[…]]` / `![[…]]` blanked.
 *   Dates and solutions read this.
 * - `display`: like `body`, but a wiki-link's displayed text (its alias, else its target) is left in place, because
 *   what the reader sees can name an actor. Actors read this.
 */
export interface NoteDocument {
	raw: string;
	body: string;
	display: string;
	/** Offset of the first character of each line; `lineStarts[0] === 0`. */
	lineStarts: number[];
	/** Raw text of each line without its line end (`\n` or `\r\n`). */
	lines: string[];
	/** The frontmatter block's text (between the fences), or null. */
	frontmatter: string | null;
	/** 1-based line of the first body line after the frontmatter (1 when there is none). */
	bodyStartLine: number;
	headings: Heading[];
	/** Every wiki-link outside code and comments, in order, embeds included. */
	links: WikiLink[];
	/**
	 * The inline tags outside code and comments ("#lecture", "#week/3"), in lower case, each once. Blanked in `body` and
	 * `display`: a tag is the note's metadata, as its frontmatter's tags are, and names no actor and no date.
	 */
	tags: string[];
}

export interface Heading {
	level: number;
	text: string;
	/** 1-based line. */
	line: number;
}

// Allocating a typed array per note costs more than clearing one: parseNote is synchronous and never re-entered,
// so two buffers are kept and reused (as views of the needed length, cleared).
const buffers: Uint8Array[] = [new Uint8Array(4096), new Uint8Array(4096)];

function scratch(which: 0 | 1, length: number): Uint8Array {
	let buf = buffers[which] as Uint8Array;
	if (buf.length < length) {
		buf = new Uint8Array(Math.max(length, buf.length * 2));
		buffers[which] = buf;
	}
	const view = buf.subarray(0, length);
	view.fill(0);
	return view;
}

// One array of states for the whole note (0 for text), written in this order: frontmatter, code and comments
// (HIDDEN), then links (LINK over the link, SHOWN over its displayed text, never over HIDDEN), then URLs (HIDDEN over
// anything).
const LINK = 1;
const SHOWN = 2;
const HIDDEN = 3;

/**
 * Build the document model. Most lines of a note are plain text, so every concern jumps with indexOf to the few
 * lines that can matter (three backticks or tildes, a `#` at a line start, a backtick, a URL) instead of testing
 * each line, and the masked copies are assembled from slices of the raw text around the hidden stretches.
 */
export function parseNote(rawInput: string): NoteDocument {
	const raw = rawInput;
	const lineStarts = [0];
	for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) lineStarts.push(i + 1);
	const lines = new Array<string>(lineStarts.length);
	for (let l = 0; l < lineStarts.length; l++) {
		const start = lineStarts[l] as number;
		const next = l + 1 < lineStarts.length ? (lineStarts[l + 1] as number) - 1 : raw.length;
		lines[l] = next > start && raw.charCodeAt(next - 1) === 13 ? raw.slice(start, next - 1) : raw.slice(start, next);
	}

	const state = scratch(0, raw.length);
	// Every stretch written into `state`, so that building the copies looks only there.
	const hidden: number[] = [];
	const hide = (from: number, to: number): void => {
		if (to <= from) return;
		state.fill(HIDDEN, from, to);
		hidden.push(from, to, 0);
	};
	let frontmatter: string | null = null;
	let firstBodyLine = 0;

	// Frontmatter: "---" on the first line (a byte-order mark tolerated), closed by "---" or "..." on its own line.
	const first = (lines[0] ?? "").replace(/^\uFEFF/, "");
	if (first.trimEnd() === "---") {
		for (let l = 1; l < lines.length; l++) {
			const t = (lines[l] as string).trimEnd();
			if (t === "---" || t === "...") {
				frontmatter = lines.slice(1, l).join("\n");
				firstBodyLine = l + 1;
				break;
			}
		}
		// An unclosed frontmatter block is not frontmatter: Obsidian shows it as text.
	}
	const bodyStart = firstBodyLine < lineStarts.length ? (lineStarts[firstBodyLine] as number) : raw.length;
	hide(0, bodyStart);
	const lineOf = lineFinder(lineStarts);

	// Fenced code: only lines holding three backticks or tildes can open or close a fence.
	const fences = linesHolding(raw, ["```", "~~~"], bodyStart, lineOf);
	const codeLines = new Uint8Array(fences.length ? lines.length : 0);
	let fence: { char: string; len: number; from: number } | null = null;
	for (const l of fences) {
		const text = lines[l] as string;
		const m = /^[ \t>]*(`{3,}|~{3,})/.exec(text);
		if (!m) continue;
		const run = m[1] as string;
		if (fence) {
			if (run[0] === fence.char && run.length >= fence.len && text.slice(m[0].length).trim() === "") {
				codeLines.fill(1, fence.from, l + 1);
				fence = null;
			}
		} else if (!(run[0] === "`" && text.slice(m[0].length).includes("`"))) fence = { char: run[0] as string, len: run.length, from: l };
	}
	if (fence) codeLines.fill(1, fence.from, lines.length);

	const headings: Heading[] = [];
	for (const l of headingLines(raw, lineStarts, firstBodyLine)) {
		if (codeLines[l]) continue;
		const h = atxHeading(lines[l] as string);
		if (h) headings.push({ level: h.level, text: h.text, line: l + 1 });
	}
	for (let l = codeLines.indexOf(1); l !== -1; l = codeLines.indexOf(1, l + 1)) {
		const start = lineStarts[l] as number;
		hide(start, start + (lines[l] as string).length);
	}

	// Inline code keeps its text (students use backticks for emphasis) but holds no links.
	const ticks = linesHolding(raw, ["`"], bodyStart, lineOf);
	const inlineCode = scratch(1, ticks.length ? raw.length : 0);
	for (const l of ticks) {
		if (!codeLines[l]) markInlineCode(lines[l] as string, lineStarts[l] as number, inlineCode);
	}

	// Comments, which may span lines: <!-- … --> and %% … %%. An unclosed one runs to the end, as in Obsidian.
	// A delimiter inside inline code (`%%`) is literal text and opens nothing.
	maskDelimited(raw, state, bodyStart, "<!--", "-->", inlineCode, hide);
	maskDelimited(raw, state, bodyStart, "%%", "%%", inlineCode, hide);

	const links = scanWikiLinks(raw, lineStarts, lines, (offset) => state[offset] === HIDDEN || inlineCode[offset] === 1, firstBodyLine);
	for (const link of links) {
		// An embed's "!" stands before the offset, which points at its "[[".
		const from = link.embed ? link.offset - 1 : link.offset;
		const to = link.offset + link.length;
		mark(state, from, to, LINK);
		hidden.push(from, to, 1);
		if (!link.embed) {
			const shown = displayedRange(link);
			if (shown) mark(state, shown[0], shown[1], SHOWN);
		}
	}

	// URLs and the destinations of Markdown links are not text. Neither crosses a line end.
	for (const l of linesHolding(raw, ["://", "www.", "]("], bodyStart, lineOf)) {
		const base = lineStarts[l] as number;
		for (const [from, to] of urlSpans(lines[l] as string)) hide(base + from, base + to);
	}

	// Inline tags: "#" after a line's start or a space, then tag characters, not only digits ("#1917" is no tag).
	const tags = new Set<string>();
	for (const l of linesHolding(raw, ["#"], bodyStart, lineOf)) {
		const line = lines[l] as string;
		const base = lineStarts[l] as number;
		for (let c = line.indexOf("#"); c !== -1; c = line.indexOf("#", c + 1)) {
			if (c > 0 && line.charCodeAt(c - 1) !== 32 && line.charCodeAt(c - 1) !== 9) continue;
			if (state[base + c] !== 0 || inlineCode[base + c] === 1) continue;
			const tag = tagAt(line, c);
			if (!tag) continue;
			hide(base + c, base + c + 1 + tag.length);
			const name = tag.replace(/\/+$/, "");
			if (name && !/^\d+$/.test(name)) tags.add(name.toLowerCase());
		}
	}

	const { body, display } = maskedCopies(raw, state, hidden);

	return {
		raw,
		body,
		display,
		lineStarts,
		lines,
		frontmatter,
		bodyStartLine: firstBodyLine + 1,
		headings,
		links,
		tags: [...tags],
	};
}

// Obsidian's tag characters, read after a "#".
const TAG = lazy(() => new RegExp(String.raw`[\p{L}\p{N}_\-/]+`, "uy"));

/** The tag's text after the "#" at column `c` of a line, or null when no tag opens there (digits only are none). */
function tagAt(line: string, c: number): string | null {
	const re = TAG();
	re.lastIndex = c + 1;
	const m = re.exec(line);
	return m && !/^\d+$/.test(m[0]) ? m[0] : null;
}

/**
 * `# Title`, `## Title ##`: one to six `#`, then spaces or tabs, then the text without its closing `#`s and spaces.
 * Written out by hand because the obvious pattern (`^(#{1,6})[ \t]+(.*?)[ \t#]*$`) is quadratic on a long run of
 * spaces inside a line.
 */
function atxHeading(line: string): { level: number; text: string } | null {
	let level = 0;
	while (level < line.length && line.charCodeAt(level) === 35) level++;
	if (level < 1 || level > 6) return null;
	let i = level;
	while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
	if (i === level) return null;
	// Like the pattern's ".", the text may not hold a line terminator.
	for (let k = i; k < line.length; k++) {
		const c = line.charCodeAt(k);
		if (c === 13 || c === 10 || c === 0x2028 || c === 0x2029) return null;
	}
	let end = line.length;
	while (end > i) {
		const c = line.charCodeAt(end - 1);
		if (c !== 32 && c !== 9 && c !== 35) break;
		end--;
	}
	return { level, text: line.slice(i, end).trim() };
}

/** Writes a link state over a stretch, leaving what code, comments or frontmatter hid. */
function mark(state: Uint8Array, from: number, to: number, value: number): void {
	for (let i = Math.max(0, from); i < to && i < state.length; i++) if (state[i] !== HIDDEN) state[i] = value;
}

/** Line index of an offset, for offsets that only grow: each lookup walks on from the last one. */
function lineFinder(lineStarts: number[]): (offset: number) => number {
	return (offset) => positionAt({ lineStarts }, offset).line - 1;
}

/** The lines (0-based, ascending, once each) at or after `from` that contain any of `needles`. */
function linesHolding(raw: string, needles: string[], from: number, lineOf: (offset: number) => number): number[] {
	const found: number[] = [];
	for (const needle of needles) {
		let last = -1;
		for (let i = indexOfNeedle(raw, needle, from); i !== -1; ) {
			const l = lineOf(i);
			if (l !== last) found.push(l);
			last = l;
			i = indexOfNeedle(raw, needle, i + needle.length);
		}
	}
	if (needles.length === 1) return found;
	found.sort((a, b) => a - b);
	return found.filter((l, k) => k === 0 || found[k - 1] !== l);
}

// indexOf stops at every occurrence of a needle's first character, and ":" or "w" are frequent in prose: these
// needles are looked for from a rarer character of theirs (its text and its index in the needle).
const RARER = new Map<string, [string, number]>([
	["://", ["//", 1]],
	["www.", [".", 3]],
]);

/** `raw.indexOf(needle, from)`, searching from the needle's rarer character when it has one. */
function indexOfNeedle(raw: string, needle: string, from: number): number {
	const rarer = RARER.get(needle);
	if (!rarer) return raw.indexOf(needle, from);
	const [tail, lead] = rarer;
	for (let i = raw.indexOf(tail, from + lead); i !== -1; i = raw.indexOf(tail, i + 1)) {
		if (raw.startsWith(needle, i - lead)) return i - lead;
	}
	return -1;
}

/** Body lines that start with `#`: each "#" (rarer than a line end) that follows one, or opens the note. */
function headingLines(raw: string, lineStarts: number[], firstLine: number): number[] {
	const out: number[] = [];
	const from = firstLine < lineStarts.length ? (lineStarts[firstLine] as number) : raw.length;
	let l = firstLine;
	for (let i = raw.indexOf("#", from); i !== -1; i = raw.indexOf("#", i + 1)) {
		if (i > 0 && raw.charCodeAt(i - 1) !== 10) continue;
		while (l + 1 < lineStarts.length && (lineStarts[l + 1] as number) <= i) l++;
		out.push(l);
	}
	return out;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.|file:\/\/|obsidian:\/\/)[^\s<>)\]]*|\]\((?:[^()\s]|\([^()\s]*\))*\)/g;

/** Columns of the URLs and Markdown link destinations of one line (from the `(` of `](`). */
function urlSpans(line: string): [number, number][] {
	const out: [number, number][] = [];
	URL_PATTERN.lastIndex = 0;
	for (let m = URL_PATTERN.exec(line); m; m = URL_PATTERN.exec(line)) {
		out.push([m[0].startsWith("](") ? m.index + 1 : m.index, m.index + m[0].length]);
	}
	return out;
}

// Cut from one flat string: `" ".repeat(n)` builds a tree of concatenations that every later copy has to walk.
const SPACES = " ".repeat(256);

/** `raw` from `from` to `to` as it reads when hidden: spaces, with its line ends kept. */
function blank(raw: string, from: number, to: number): string {
	// A short stretch within a line (a link, a URL) is tested in place rather than sliced and searched.
	if (to - from <= SPACES.length) {
		let k = from;
		while (k < to && !isLineEnd(raw.charCodeAt(k))) k++;
		if (k === to) return SPACES.slice(0, to - from);
	}
	return blankText(raw.slice(from, to));
}

function isLineEnd(c: number): boolean {
	return c === 10 || c === 13;
}

/** A stretch of raw text as it reads when hidden: spaces, with its line ends kept. */
function blankText(text: string): string {
	if (!text.includes("\r")) {
		if (!text.includes("\n")) return spaces(text.length);
		return text
			.split("\n")
			.map((seg) => spaces(seg.length))
			.join("\n");
	}
	return text.replace(/[^\r\n]/g, " ");
}

/** `n` spaces. */
function spaces(n: number): string {
	return n <= SPACES.length ? SPACES.slice(0, n) : " ".repeat(n);
}

/** The stretches of `hidden` (triples: from, to, kind) ordered by their start; the same array when it already is. */
function byStart(hidden: number[]): number[] {
	const n = hidden.length / 3;
	let ordered = true;
	for (let k = 1; k < n && ordered; k++) ordered = (hidden[3 * k] as number) >= (hidden[3 * k - 3] as number);
	if (ordered) return hidden;
	const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => (hidden[3 * a] as number) - (hidden[3 * b] as number));
	const out: number[] = [];
	for (const k of order) out.push(hidden[3 * k] as number, hidden[3 * k + 1] as number, hidden[3 * k + 2] as number);
	return out;
}

/**
 * `body` and `display` from the states. Text outside the hidden stretches is copied as slices, so the cost is one
 * pass over the hidden characters only (frontmatter, code, comments, links, URLs), not over the whole note. Every
 * character of a stretch is hidden in the body (links included), so the body blanks each merged stretch whole; the
 * display walks the states only where a link lies, and is the body itself when no link does.
 */
function maskedCopies(raw: string, state: Uint8Array, unordered: number[]): { body: string; display: string } {
	// Triples: from, to, and 1 for a link (mixed states) or 0 for a stretch that is HIDDEN throughout.
	const hidden = byStart(unordered);
	const n = hidden.length / 3;
	if (n === 0) return { body: raw, display: raw };
	let anyLink = false;
	for (let k = 0; k < n && !anyLink; k++) anyLink = hidden[3 * k + 2] === 1;
	const body: string[] = [];
	const display: string[] = [];
	let pos = 0;
	for (let r = 0; r < n; ) {
		const start = Math.max(pos, hidden[3 * r] as number);
		let end = hidden[3 * r + 1] as number;
		let links = hidden[3 * r + 2] === 1;
		for (r++; r < n && (hidden[3 * r] as number) <= end; r++) {
			end = Math.max(end, hidden[3 * r + 1] as number);
			if (hidden[3 * r + 2] === 1) links = true;
		}
		end = Math.min(end, raw.length);
		if (start > pos) {
			const text = raw.slice(pos, start);
			body.push(text);
			if (anyLink) display.push(text);
		}
		if (end > start) {
			const hiddenText = blank(raw, start, end);
			body.push(hiddenText);
			if (!links) {
				if (anyLink) display.push(hiddenText);
			} else showLinks(raw, state, start, end, display);
		}
		pos = Math.max(pos, end);
	}
	if (pos < raw.length) {
		const text = raw.slice(pos);
		body.push(text);
		if (anyLink) display.push(text);
	}
	const bodyText = body.join("");
	return { body: bodyText, display: anyLink ? display.join("") : bodyText };
}

/** The display of a stretch holding links: SHOWN characters as they are, the rest (LINK, HIDDEN) blanked. */
function showLinks(raw: string, state: Uint8Array, start: number, end: number, display: string[]): void {
	for (let i = start; i < end; ) {
		const shown = state[i] === SHOWN;
		let j = i + 1;
		while (j < end && (state[j] === SHOWN) === shown) j++;
		display.push(shown ? raw.slice(i, j) : blank(raw, i, j));
		i = j;
	}
}

function maskDelimited(raw: string, state: Uint8Array, from: number, open: string, close: string, literal: Uint8Array, hide: (from: number, to: number) => void): void {
	let i = raw.indexOf(open, from);
	while (i !== -1) {
		if (state[i] === HIDDEN || literal[i] === 1) {
			i = raw.indexOf(open, i + open.length);
			continue;
		}
		const end = raw.indexOf(close, i + open.length);
		const stop = end === -1 ? raw.length : end + close.length;
		hide(i, stop);
		i = end === -1 ? -1 : raw.indexOf(open, stop);
	}
}

/** Marks code spans of one line: a run of n backticks closed by the next run of exactly n. Linear in the line. */
function markInlineCode(line: string, lineStart: number, out: Uint8Array): void {
	const at: number[] = [];
	const len: number[] = [];
	for (let i = line.indexOf("`"); i !== -1; ) {
		let j = i + 1;
		while (j < line.length && line.charCodeAt(j) === 96) j++;
		at.push(i);
		len.push(j - i);
		i = line.indexOf("`", j);
	}
	// For each run, the index of the next run of the same length: computed right to left.
	const nextSame = new Array<number>(at.length);
	const lastByLen = new Map<number, number>();
	for (let k = at.length - 1; k >= 0; k--) {
		const n = len[k] as number;
		nextSame[k] = lastByLen.get(n) ?? -1;
		lastByLen.set(n, k);
	}
	for (let k = 0; k < at.length; ) {
		const close = nextSame[k] as number;
		if (close === -1) {
			k++;
			continue;
		}
		out.fill(1, lineStart + (at[k] as number), lineStart + (at[close] as number) + (len[close] as number));
		k = close + 1;
	}
}

/**
 * The part of a link that the reader sees: the alias, else the target (without `#heading`). The link's `raw` is
 * `[[` + inner + `]]` and its alias the inner text after the first `|`, so both are found without slicing the inner.
 */
function displayedRange(link: WikiLink): [number, number] | null {
	const end = link.offset + link.length - 2;
	if (link.alias !== null) return link.alias.trim() ? [end - link.alias.length, end] : null;
	const hash = link.raw.indexOf("#");
	const partEnd = hash === -1 ? link.raw.length - 2 : hash;
	if (!link.raw.slice(2, partEnd).trim()) return null;
	return [link.offset + 2, link.offset + partEnd];
}

/** 1-based line and 0-based column of an offset. Binary search: O(log lines). */
export function positionAt(doc: Pick<NoteDocument, "lineStarts">, offset: number): { line: number; col: number } {
	const line = lineIndexAt(doc.lineStarts, offset);
	return { line: line + 1, col: offset - (doc.lineStarts[line] as number) };
}

/**
 * The 0-based index of the line holding an offset, by binary search. `from`, a line at or before the offset's (the
 * line of the finding before, when findings come in note order), narrows the search; a later line is ignored.
 */
export function lineIndexAt(starts: readonly number[], offset: number, from = 0): number {
	let lo = (starts[from] as number) <= offset ? from : 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] as number) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** A span for `length` characters at `offset`. */
export function spanAt(doc: Pick<NoteDocument, "lineStarts">, offset: number, length: number): Span {
	const { line, col } = positionAt(doc, offset);
	return { offset, length, line, col };
}

/**
 * Longest context a finding carries. Each finding repeats its line, so on a megabyte line holding 200,000 dates
 * the report, the summary and the pane would grow with findings × line length; a line longer than this gives
 * each finding a window of it instead (see `contextAround`). Ordinary lines and paragraphs are shorter.
 */
export const CONTEXT_LIMIT = 500;

/**
 * The context of a finding at `col` (`length` code units) on a 1-based line: the line trimmed, or, when the line is
 * longer than `limit`, about `limit` characters of it around the finding, with "…" where it was cut. A finding
 * longer than the limit is its own context. Surrogate pairs are never split.
 */
export function contextAround(doc: Pick<NoteDocument, "lines">, line: number, col: number, length: number, limit = CONTEXT_LIMIT): string {
	const text = doc.lines[line - 1] ?? "";
	if (text.length <= limit) return text.trim();
	const size = Math.max(limit, length);
	let from = Math.max(0, Math.min(col - ((size - length) >> 1), text.length - size));
	let to = Math.min(text.length, from + size);
	if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
	if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
	return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

function isLowSurrogate(c: number): boolean {
	return c >= 0xdc00 && c <= 0xdfff;
}

/** The trimmed text of a 1-based line, as context for a finding. */
export function lineContext(doc: Pick<NoteDocument, "lines">, line: number): string {
	return (doc.lines[line - 1] ?? "").trim();
}
