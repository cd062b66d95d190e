/**
 * Cue words: the words that mark options in labels, headings and lead-ins (settings; GUIDE's Solutions section).
 * One pattern per cue list, with light inflection (`proposal` for `propose`, `strategies` for `strategy`), and the
 * exclusions that keep a cue word from marking anything: `Final Solution` used as a name, a cue in scare quotes.
 */

export interface CueMatcher {
	/** Global pattern over a text; group 2 is the cue as written, group 1 its captured left boundary. */
	pattern: RegExp;
	/** Single-word cues that can label an item (`Solution 1:`, `Option A -`, `Strategy:`). */
	markerNouns: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function inflections(cue: string): string[] {
	if (/\s/.test(cue)) return [cue.split(/\s+/).map(escape).join("\\s+")];
	const w = escape(cue);
	const forms = [w, `${w}s`, `${w}es`];
	if (cue.endsWith("y")) forms.push(`${escape(cue.slice(0, -1))}ies`);
	if (cue.endsWith("e")) {
		const stem = escape(cue.slice(0, -1));
		forms.push(`${w}d`, `${stem}ing`, `${stem}al`, `${stem}als`);
	} else forms.push(`${w}ed`, `${w}ing`);
	return forms;
}

let cached: { key: string; matcher: CueMatcher } | null = null;

/** Built once per cue list (settings change rarely; notes are analysed often). */
export function cueMatcher(cues: readonly string[]): CueMatcher {
	const key = cues.join("\n");
	if (cached?.key === key) return cached.matcher;
	const clean = [...new Set(cues.map((c) => c.trim().toLowerCase()).filter(Boolean))];
	const alts = clean.flatMap(inflections).sort((a, b) => b.length - a.length);
	const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${alts.length ? alts.join("|") : "(?!)"})(?![\\p{L}\\p{N}])`, "giu");
	const markerNouns = clean.filter((c) => !/\s/.test(c) && !c.endsWith("s"));
	const matcher = { pattern, markerNouns };
	cached = { key, matcher };
	return matcher;
}

const QUOTES = "\"'“”‘’";

/** Whether a line or heading holds a cue that marks options (not in scare quotes, not `Final Solution`). */
export function hasCue(text: string, matcher: CueMatcher): boolean {
	return firstCue(text, matcher) !== -1;
}

/** Index of the first cue that counts, or -1. */
export function firstCue(text: string, matcher: CueMatcher): number {
	const re = matcher.pattern;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const at = m.index + (m[1] as string).length;
		const word = m[2] as string;
		const before = text[at - 1] ?? "";
		const after = text[at + word.length] ?? "";
		if (before && after && QUOTES.includes(before) && QUOTES.includes(after)) continue;
		if (/^Solution/.test(word) && /\bFinal\s+$/.test(text.slice(Math.max(0, at - 12), at))) continue;
		re.lastIndex = 0;
		return at;
	}
	return -1;
}
