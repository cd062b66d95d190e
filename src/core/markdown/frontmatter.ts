/**
 * A small, safe reader for the YAML that notes carry in their frontmatter: `key: value` pairs whose values are
 * scalars, quoted strings, inline lists `[a, b]`, block lists (`- a` on the following lines) or block text (`|`,
 * `>`). Nested maps and anything fancier are skipped, never guessed at. It never throws and never evaluates
 * anything (no anchors, tags or merge keys), so a damaged or hostile block costs nothing but its own fields.
 */

export type Frontmatter = Record<string, unknown>;

/** The text between the `---` fences at the top of a note, or null when there is none (as in `parseNote`). */
export function splitFrontmatter(raw: string): string | null {
	const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	const firstEnd = text.indexOf("\n");
	const first = firstEnd === -1 ? text : text.slice(0, firstEnd);
	if (first.trimEnd() !== "---" || firstEnd === -1) return null;
	let start = firstEnd + 1;
	while (start <= text.length) {
		let end = text.indexOf("\n", start);
		if (end === -1) end = text.length;
		const line = text.slice(start, end).replace(/\r$/, "").trimEnd();
		if (line === "---" || line === "...") return text.slice(firstEnd + 1, start).replace(/\r?\n$/, "");
		start = end + 1;
	}
	return null;
}

// Keys that would reach the object's prototype if assigned.
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Splits `key: value` (the key plain or quoted); null when the line is not a mapping entry. Linear. */
function keyValue(line: string): { key: string; rest: string } | null {
	const c = line[0];
	if (c === undefined || c === "#" || c === "[" || c === "{" || c === "?" || (c === "-" && /^-(?:\s|$)/.test(line))) return null;
	let colon: number;
	let key: string;
	if (c === '"' || c === "'") {
		let k = 1;
		while (k < line.length && line[k] !== c) k += line[k] === "\\" && c === '"' ? 2 : 1;
		if (k >= line.length) return null;
		key = unquote(line.slice(0, k + 1));
		colon = k + 1;
		while (line[colon] === " " || line[colon] === "\t") colon++;
		if (line[colon] !== ":") return null;
	} else {
		colon = -1;
		for (let k = line.indexOf(":"); k !== -1; k = line.indexOf(":", k + 1)) {
			const next = line[k + 1];
			if (next === undefined || next === " " || next === "\t") {
				colon = k;
				break;
			}
		}
		if (colon <= 0) return null;
		key = line.slice(0, colon).trim();
	}
	const after = line.slice(colon + 1);
	if (after !== "" && after[0] !== " " && after[0] !== "\t") return null;
	return { key, rest: after };
}

export function parseFrontmatter(text: string): Frontmatter {
	const out: Frontmatter = {};
	const lines = text.split(/\r?\n/);
	let i = 0;
	while (i < lines.length) {
		const line = lines[i] as string;
		i++;
		if (line.trim() === "" || line.trimStart().startsWith("#") || /^[ \t]/.test(line)) continue;
		const kv = keyValue(line);
		if (!kv) continue;
		const key = kv.key;
		const rest = stripComment(kv.rest).trim();
		let value: unknown;
		if (rest === "" || rest === "|" || rest === ">" || /^[|>][-+]?$/.test(rest)) {
			// The value, if any, is on the following indented lines (or "- " lines at the key's own level).
			const block: string[] = [];
			while (i < lines.length) {
				const next = lines[i] as string;
				if (next.trim() === "" || /^[ \t]/.test(next) || (rest === "" && /^-(?:[ \t]|$)/.test(next))) {
					block.push(next);
					i++;
				} else break;
			}
			while (block.length && (block[block.length - 1] as string).trim() === "") block.pop();
			value = rest === "" ? readBlock(block) : readBlockText(block, rest.startsWith(">"));
		} else value = readScalarOrInline(rest);
		if (key !== "" && !UNSAFE_KEYS.has(key)) out[key] = value;
	}
	return out;
}

/** `- a` items become a list; an indented nested map is not understood and becomes null. */
function readBlock(block: string[]): unknown {
	const items = block.filter((l) => l.trim() !== "");
	if (!items.length) return null;
	if (!items.every((l) => /^[ \t]*-(?:[ \t]|$)/.test(l))) {
		// Block text under a plain key is a multi-line plain scalar only when no line looks like a key.
		if (items.some((l) => keyValue(l.trim()) !== null)) return null;
		return items.map((l) => l.trim()).join(" ");
	}
	return items.map((l) => readScalarOrInline(stripComment(l.replace(/^[ \t]*-[ \t]?/, "")).trim()));
}

function readBlockText(block: string[], folded: boolean): string {
	const indent = Math.min(...block.filter((l) => l.trim() !== "").map((l) => (/^[ \t]*/.exec(l) as RegExpExecArray)[0].length));
	const body = block.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
	return folded ? body.join(" ").replace(/\s+/g, " ").trim() : body.join("\n");
}

function readScalarOrInline(text: string): unknown {
	if (text.startsWith("[") && text.endsWith("]")) return splitInline(text.slice(1, -1)).map(readScalar);
	return readScalar(text);
}

/** Splits `a, "b, c", 'd'` at the commas outside quotes. Linear. */
function splitInline(inner: string): string[] {
	const parts: string[] = [];
	let quote = "";
	let start = 0;
	for (let k = 0; k < inner.length; k++) {
		const c = inner[k] as string;
		if (quote) {
			if (c === "\\" && quote === '"') k++;
			else if (c === quote) quote = "";
		} else if (c === '"' || c === "'") quote = c;
		else if (c === ",") {
			parts.push(inner.slice(start, k));
			start = k + 1;
		}
	}
	parts.push(inner.slice(start));
	return parts.map((p) => p.trim()).filter((p) => p !== "");
}

function readScalar(text: string): unknown {
	const t = text.trim();
	if (t === "" || t === "~" || t === "null" || t === "Null" || t === "NULL") return null;
	if (t.startsWith('"') || t.startsWith("'")) return unquote(t);
	if (t === "true" || t === "True" || t === "TRUE") return true;
	if (t === "false" || t === "False" || t === "FALSE") return false;
	if (/^[-+]?\d+$/.test(t) && t.replace(/^[-+]/, "").length < 16) return Number(t);
	if (/^[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t)) return Number(t);
	return t;
}

function unquote(t: string): string {
	if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
		return t.slice(1, -1).replace(/\\(["\\/nt])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
	}
	if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
	return t;
}

/** Drops a ` # comment` that is outside quotes. */
function stripComment(text: string): string {
	let quote = "";
	for (let k = 0; k < text.length; k++) {
		const c = text[k] as string;
		if (quote) {
			if (c === "\\" && quote === '"') k++;
			else if (c === quote) quote = "";
		} else if (c === '"' || c === "'") {
			if (k === 0 || /[\s[,]/.test(text[k - 1] as string)) quote = c;
		} else if (c === "#" && (k === 0 || /\s/.test(text[k - 1] as string))) return text.slice(0, k);
	}
	return text;
}

/** The note's own alternative names: `aliases` (or `alias`), as a list or a comma-separated string. */
export function frontmatterAliases(fm: Frontmatter | null | undefined): string[] {
	const v = fm?.aliases ?? fm?.alias;
	const list = Array.isArray(v) ? v : typeof v === "string" ? v.split(",") : [];
	return list.filter((x): x is string | number => typeof x === "string" || typeof x === "number").map((x) => String(x).trim()).filter(Boolean);
}

/** The note's tags without `#`, from `tags` (or `tag`), as a list or a space/comma-separated string. */
export function frontmatterTags(fm: Frontmatter | null | undefined): string[] {
	const v = fm?.tags ?? fm?.tag;
	const list = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[\s,]+/) : [];
	return list.filter((x): x is string => typeof x === "string").map((x) => x.trim().replace(/^#/, "")).filter(Boolean);
}
