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
	for (let l = firstLine; l < lines.length; l++) {
		const line = lines[l] as string;
		if (!line.includes("[[")) continue;
		const base = lineStarts[l] as number;
		let open = -1;
		for (let i = 0; i < line.length - 1; i++) {
			const c = line.charCodeAt(i);
			if (c === 91 && line.charCodeAt(i + 1) === 91) {
				// "[[[" opens at the last pair
				let j = i;
				while (line.charCodeAt(j + 2) === 91) j++;
				if (!skip(base + j) && !isEscaped(line, j)) open = j;
				i = j + 1;
			} else if (c === 93 && line.charCodeAt(i + 1) === 93 && open !== -1) {
				const inner = line.slice(open + 2, i);
				if (inner.trim() !== "" && !skip(base + i)) {
					const embed = open > 0 && line.charCodeAt(open - 1) === 33;
					links.push(makeLink(line.slice(open, i + 2), inner, embed, base + open, l + 1, open));
				}
				open = -1;
				i++;
			}
		}
	}
	return links;
}

/** Parses the inside of a link into its parts (DESIGN §3). */
export function parseLinkInner(inner: string): Pick<WikiLink, "target" | "alias" | "heading" | "block"> {
	const pipe = inner.indexOf("|");
	const pathPart = pipe === -1 ? inner : inner.slice(0, pipe);
	const alias = pipe === -1 ? null : inner.slice(pipe + 1);
	let path = pathPart.replace(/\\$/, "");
	let heading: string | null = null;
	let block: string | null = null;
	const hash = path.indexOf("#");
	if (hash !== -1) {
		const sub = path.slice(hash + 1).replace(/\\$/, "").trim();
		path = path.slice(0, hash);
		if (sub.startsWith("^")) block = sub.slice(1).trim() || null;
		else heading = sub || null;
	}
	return { target: path.trim().replace(/\\$/, "").trim(), alias, heading, block };
}

/** A `[` preceded by an odd run of backslashes is literal text (`\[[Note]]` is no link). */
function isEscaped(line: string, at: number): boolean {
	let n = 0;
	for (let k = at - 1; k >= 0 && line.charCodeAt(k) === 92; k--) n++;
	return n % 2 === 1;
}

function makeLink(raw: string, inner: string, embed: boolean, offset: number, line: number, col: number): WikiLink {
	return { raw, ...parseLinkInner(inner), embed, offset, length: raw.length, line, col, resolved: null };
}
