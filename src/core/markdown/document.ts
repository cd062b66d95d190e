import type { Span, WikiLink } from "../types";
import { scanWikiLinks } from "../links/parse";

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
}

export interface Heading {
	level: number;
	text: string;
	/** 1-based line. */
	line: number;
}

const SPACE = 32;

/** Build the document model in one linear pass per concern. */
export function parseNote(rawInput: string): NoteDocument {
	const raw = rawInput;
	const lineStarts = [0];
	for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) lineStarts.push(i + 1);
	const lines = lineStarts.map((start, i) => {
		const next = i + 1 < lineStarts.length ? (lineStarts[i + 1] as number) - 1 : raw.length;
		return raw.charCodeAt(next - 1) === 13 && next > start ? raw.slice(start, next - 1) : raw.slice(start, next);
	});

	const mask = new Uint8Array(raw.length); // 1 = not body text
	const linkMask = new Uint8Array(raw.length); // 1 = inside a link, 2 = link's displayed text
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
	mask.fill(1, 0, bodyStart);

	const headings: Heading[] = [];
	const codeLines = new Uint8Array(lines.length);
	let fence: { char: string; len: number } | null = null;
	for (let l = firstBodyLine; l < lines.length; l++) {
		const text = lines[l] as string;
		const m = /^[ \t>]*(`{3,}|~{3,})/.exec(text);
		if (fence) {
			codeLines[l] = 1;
			if (m && (m[1] as string)[0] === fence.char && (m[1] as string).length >= fence.len && text.slice(m[0].length).trim() === "") fence = null;
			continue;
		}
		if (m && !((m[1] as string)[0] === "`" && text.slice(m[0].length).includes("`"))) {
			fence = { char: (m[1] as string)[0] as string, len: (m[1] as string).length };
			codeLines[l] = 1;
			continue;
		}
		const h = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(text);
		if (h) headings.push({ level: (h[1] as string).length, text: (h[2] as string).trim(), line: l + 1 });
	}
	for (let l = 0; l < lines.length; l++) {
		const start = lineStarts[l] ?? 0;
		if (codeLines[l]) mask.fill(1, start, start + (lines[l] ?? "").length);
	}

	// Inline code keeps its text (students use backticks for emphasis) but holds no links.
	const inlineCode = new Uint8Array(raw.length);
	for (let l = firstBodyLine; l < lines.length; l++) {
		if (codeLines[l]) continue;
		markInlineCode(lines[l] as string, lineStarts[l] as number, inlineCode);
	}

	// Comments, which may span lines: <!-- … --> and %% … %%. An unclosed one runs to the end, as in Obsidian.
	// A delimiter inside inline code (`%%`) is literal text and opens nothing.
	maskDelimited(raw, mask, bodyStart, "<!--", "-->", inlineCode);
	maskDelimited(raw, mask, bodyStart, "%%", "%%", inlineCode);

	const links = scanWikiLinks(raw, lineStarts, lines, (offset) => mask[offset] === 1 || inlineCode[offset] === 1, firstBodyLine);
	for (const link of links) {
		// An embed's "!" stands before the offset, which points at its "[[".
		linkMask.fill(1, link.embed ? link.offset - 1 : link.offset, link.offset + link.length);
		if (!link.embed) {
			const shown = displayedRange(link);
			if (shown) linkMask.fill(2, shown[0], shown[1]);
		}
	}

	maskUrls(raw, mask, bodyStart);

	const bodyCodes = new Array<number>(raw.length);
	const displayCodes = new Array<number>(raw.length);
	for (let i = 0; i < raw.length; i++) {
		const c = raw.charCodeAt(i);
		const keep = c === 10 || c === 13 ? c : SPACE;
		if (mask[i] === 1) {
			bodyCodes[i] = keep;
			displayCodes[i] = keep;
		} else if (linkMask[i] === 1) {
			bodyCodes[i] = keep;
			displayCodes[i] = keep;
		} else if (linkMask[i] === 2) {
			bodyCodes[i] = keep;
			displayCodes[i] = c;
		} else {
			bodyCodes[i] = c;
			displayCodes[i] = c;
		}
	}

	return {
		raw,
		body: codesToString(bodyCodes),
		display: codesToString(displayCodes),
		lineStarts,
		lines,
		frontmatter,
		bodyStartLine: firstBodyLine + 1,
		headings,
		links,
	};
}

function codesToString(codes: number[]): string {
	let out = "";
	const CHUNK = 8192;
	for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
	return out;
}

function maskDelimited(raw: string, mask: Uint8Array, from: number, open: string, close: string, literal: Uint8Array): void {
	let i = raw.indexOf(open, from);
	while (i !== -1) {
		if (mask[i] === 1 || literal[i] === 1) {
			i = raw.indexOf(open, i + open.length);
			continue;
		}
		const end = raw.indexOf(close, i + open.length);
		const stop = end === -1 ? raw.length : end + close.length;
		mask.fill(1, i, stop);
		i = end === -1 ? -1 : raw.indexOf(open, stop);
	}
}

/** Marks code spans of one line: a run of n backticks closed by the next run of exactly n. Linear in the line. */
function markInlineCode(line: string, lineStart: number, out: Uint8Array): void {
	if (!line.includes("`")) return;
	const runs: { at: number; len: number }[] = [];
	for (let i = 0; i < line.length; ) {
		if (line.charCodeAt(i) !== 96) {
			i++;
			continue;
		}
		let j = i;
		while (j < line.length && line.charCodeAt(j) === 96) j++;
		runs.push({ at: i, len: j - i });
		i = j;
	}
	// For each run, the index of the next run of the same length: computed right to left.
	const nextSame = new Array<number>(runs.length).fill(-1);
	const lastByLen = new Map<number, number>();
	for (let k = runs.length - 1; k >= 0; k--) {
		const r = runs[k] as { at: number; len: number };
		nextSame[k] = lastByLen.get(r.len) ?? -1;
		lastByLen.set(r.len, k);
	}
	for (let k = 0; k < runs.length; ) {
		const close = nextSame[k] as number;
		if (close === -1) {
			k++;
			continue;
		}
		const open = runs[k] as { at: number; len: number };
		const end = runs[close] as { at: number; len: number };
		out.fill(1, lineStart + open.at, lineStart + end.at + end.len);
		k = close + 1;
	}
}

/** The part of a link that the reader sees: the alias, else the target (without `#heading`). */
function displayedRange(link: WikiLink): [number, number] | null {
	const inner = link.raw.slice(2, -2);
	const base = link.offset + 2;
	const pipe = inner.indexOf("|");
	if (pipe !== -1) {
		const alias = inner.slice(pipe + 1);
		if (!alias.trim()) return null;
		return [base + pipe + 1, base + inner.length];
	}
	const hash = inner.indexOf("#");
	const part = hash === -1 ? inner : inner.slice(0, hash);
	if (!part.trim()) return null;
	return [base, base + part.length];
}

/** URLs and the destinations of Markdown links are not text. */
function maskUrls(raw: string, mask: Uint8Array, from: number): void {
	const re = /\b(?:https?:\/\/|www\.|file:\/\/|obsidian:\/\/)[^\s<>)\]]*|\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
	re.lastIndex = from;
	for (let m = re.exec(raw); m; m = re.exec(raw)) {
		const start = m[0].startsWith("](") ? m.index + 1 : m.index;
		mask.fill(1, start, m.index + m[0].length);
	}
}

/** 1-based line and 0-based column of an offset. Binary search: O(log lines). */
export function positionAt(doc: Pick<NoteDocument, "lineStarts">, offset: number): { line: number; col: number } {
	const starts = doc.lineStarts;
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] as number) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return { line: lo + 1, col: offset - (starts[lo] as number) };
}

/** A span for `length` characters at `offset`. */
export function spanAt(doc: Pick<NoteDocument, "lineStarts">, offset: number, length: number): Span {
	const { line, col } = positionAt(doc, offset);
	return { offset, length, line, col };
}

/** The trimmed text of a 1-based line, as context for a finding. */
export function lineContext(doc: Pick<NoteDocument, "lines">, line: number): string {
	return (doc.lines[line - 1] ?? "").trim();
}
