import type { WikiLink } from "../types";

/**
 * Finds every wiki-link the way Obsidian reads them: `[[` … `]]` on one line, the latest `[[` before a `]]` wins
 * (`[[a [[b]]` links `b`), a single `]` does not close (`[[Sq]uare]]` → `Sq]uare`), `![[…]]` is an embed (its `raw` and
 * position start at the `[[`, with `embed: true`), a backslash-escaped `\[[` opens nothing.
 * `skip(offset)` tells which positions are code or comments. One pass over the text.
 */
export function scanWikiLinks(
	raw: string,
	lineStarts: number[],
	lines: string[],
	skip: (offset: number) => boolean,
	firstLine = 0,
): WikiLink[] {
	const links: WikiLink[] = [];
	if (firstLine >= lines.length) return links;
	// Only lines holding "[[" can hold a link: jump from one to the next through the raw text.
	let l = firstLine;
	for (let at = raw.indexOf("[[", lineStarts[firstLine]); at !== -1; ) {
		while (l + 1 < lines.length && (lineStarts[l + 1] as number) <= at) l++;
		scanLine(lines[l] as string, l, lineStarts[l] as number, skip, links);
		if (l + 1 >= lines.length) break;
		at = raw.indexOf("[[", lineStarts[l + 1]);
	}
	return links;
}

/** The links of one line, from its pairs "[[" and "]]" in order (found with indexOf, not char by char). */
function scanLine(line: string, l: number, base: number, skip: (offset: number) => boolean, links: WikiLink[]): void {
	let open = -1;
	for (let i = 0; ; ) {
		const o = line.indexOf("[[", i);
		const c = open === -1 ? -1 : line.indexOf("]]", i);
		if (c !== -1 && (o === -1 || c < o)) {
			const inner = line.slice(open + 2, c);
			if (inner.trim() !== "" && !skip(base + c)) {
				const embed = open > 0 && line.charCodeAt(open - 1) === 33;
				links.push(makeLink(line.slice(open, c + 2), inner, embed, base + open, l + 1, open));
			}
			open = -1;
			i = c + 2;
			continue;
		}
		if (o === -1) return;
		// "[[[" opens at the last pair
		let j = o;
		while (line.charCodeAt(j + 2) === 91) j++;
		if (!skip(base + j) && !isEscaped(line, j)) open = j;
		i = j + 2;
	}
}

/** Parses the inside of a link into its parts (DESIGN §3). */
export function parseLinkInner(inner: string): Pick<WikiLink, "target" | "alias" | "heading" | "block"> {
	const pipe = inner.indexOf("|");
	const pathPart = pipe === -1 ? inner : inner.slice(0, pipe);
	const alias = pipe === -1 ? null : inner.slice(pipe + 1);
	let path = dropTrailingBackslash(pathPart);
	let heading: string | null = null;
	let block: string | null = null;
	const hash = path.indexOf("#");
	if (hash !== -1) {
		const sub = dropTrailingBackslash(path.slice(hash + 1)).trim();
		path = path.slice(0, hash);
		if (sub.startsWith("^")) block = sub.slice(1).trim() || null;
		else heading = sub || null;
	}
	return { target: dropTrailingBackslash(path.trim()).trim(), alias, heading, block };
}

/** The text without one trailing backslash (what `.replace(/\\$/, "")` did, without a regex). */
function dropTrailingBackslash(text: string): string {
	return text.endsWith("\\") ? text.slice(0, -1) : text;
}

/** A `[` preceded by an odd run of backslashes is literal text (`\[[Note]]` is no link). */
function isEscaped(line: string, at: number): boolean {
	let n = 0;
	for (let k = at - 1; k >= 0 && line.charCodeAt(k) === 92; k--) n++;
	return n % 2 === 1;
}

function makeLink(raw: string, inner: string, embed: boolean, offset: number, line: number, col: number): WikiLink {
	const { target, alias, heading, block } = parseLinkInner(inner);
	return { raw, target, alias, heading, block, embed, offset, length: raw.length, line, col, resolved: null };
}
