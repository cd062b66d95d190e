/**
 * Cue words: the words that mark options in labels, headings and lead-ins (settings; GUIDE's Solutions section).
 * One pattern per cue list, with light inflection (`proposal` for `propose`, `strategies` for `strategy`), and the
 * exclusions that keep a cue word from marking anything: `Final Solution` used as a name, a cue in scare quotes.
 */
import { isSpace, LETTER_OR_DIGIT } from "../chars";

export interface CueMatcher {
	/**
	 * Global pattern for the cues at the start of a word, the cue itself in group 1; `counts` checks the word
	 * boundaries in full. Plain (no `u` flag, no `\p{…}` classes) and anchored at word starts: V8 runs it an order of
	 * magnitude faster over a whole note than a Unicode pattern tried at every character.
	 */
	pattern: RegExp;
	/**
	 * `pattern` without the `_` branch and the group: in a text with no `_` it finds the same cues, the match being the
	 * cue, about a fifth faster.
	 */
	boundaryPattern: RegExp;
	/**
	 * A label at the start of a text, made of a single-word cue (`**Solution number 1:** …`, `Option A - …`,
	 * `Strategy: …`, `Solution 2 …`): group 1 the label, 2 its number or letter, 3 the space after it, 4 the separator.
	 * Null when no cue can label an item.
	 */
	marker: RegExp | null;
	/**
	 * A label of a few words that ends in a single-word cue, then a colon: "Richelieu's alternative: …", "The
	 * British strategy: …", "Another option: …", 'British "southern strategy" (1778-81): …', '"Bao Dai solution" 1949:
	 * …' (the words may be quoted, and a short bracket or a year may stand before the colon). Group 1 the label. Null
	 * when no cue can label an item.
	 */
	ownedMarker: RegExp | null;
}

/**
 * Verbs that make the words before a cue a clause, not a label: "Pitt takes over strategy 1757: pays colonies…" is
 * what Pitt did, where "The British strategy:" and "Edward's early strategy:" label one.
 */
const LABEL_VERBS = "(?:takes|took|adopts|adopted|changes|changed|follows|followed|abandons|abandoned|pursues|pursued|has|had|is|was|uses|used|shifts|shifted|needs|needed|lacks|lacked|sets|set|gets|got|runs|ran|directs|directed|controls|controlled)";

const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function inflections(cue: string): string[] {
	if (/\s/.test(cue)) return [cue.split(/\s+/).map(escape).join("\\s+")];
	const w = escape(cue);
	// A plural cue ("strategies", "options") is its own form.
	if (/[^s]s$/.test(cue)) return [w];
	if (/[^aeiou]y$/.test(cue)) {
		// strategy, strategies; remedy, remedied, remedying
		const stem = escape(cue.slice(0, -1));
		return [w, `${stem}ies`, `${stem}ied`, `${w}ing`];
	}
	if (cue.endsWith("e")) {
		// propose, proposes, proposed, proposing, proposal, proposals; alternative, alternatives
		const stem = escape(cue.slice(0, -1));
		return [w, `${w}s`, `${w}d`, `${stem}ing`, `${stem}al`, `${stem}als`];
	}
	// solution, solutions, solutioned; approach, approaches
	return [w, /(?:s|x|z|ch|sh)$/.test(cue) ? `${w}es` : `${w}s`, `${w}ed`, `${w}ing`];
}

/** The tokens of a cue's pattern source: `\\s+`, an escaped character, or a character. */
function patternTokens(source: string): string[] {
	return source.match(/\\s\+|\\.|[^]/g) ?? [];
}

/**
 * The character class a token stands for under the pattern's `i` flag: a character as the flag folds it (to upper
 * case, unless that would turn a non-ASCII character into an ASCII one), else the token itself.
 */
function caseKey(token: string): string {
	if (token.length !== 1) return token;
	const upper = token.toUpperCase();
	return upper.length !== 1 || (token.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? token : upper;
}

interface TrieNode {
	/** By `caseKey`: the token as first written, and what follows it. */
	next: Map<string, { token: string; node: TrieNode }>;
	/** A cue ends here. */
	end: boolean;
}

/**
 * The cues' alternation as a trie, `o(?:ption(?:ing|ed|s)?)|…`: at each branch the next tokens match different
 * characters (a letter each, or the spaces between words), so at most one branch can go on, and a cue that ends there
 * is tried last. It finds what the list of cues sorted longest first finds (the longest cue at each word start), about
 * a tenth faster: a word that starts no cue fails on its first letter once rather than once per cue.
 */
function alternation(alts: readonly string[]): string {
	const root: TrieNode = { next: new Map(), end: false };
	for (const alt of alts) {
		let node = root;
		for (const token of patternTokens(alt)) {
			const key = caseKey(token);
			let child = node.next.get(key);
			if (!child) node.next.set(key, (child = { token, node: { next: new Map(), end: false } }));
			node = child.node;
		}
		node.end = true;
	}
	const source = (node: TrieNode): string => {
		const branches = [...node.next.values()].map((child) => child.token + source(child.node));
		if (branches.length === 0) return "";
		return branches.length === 1 && !node.end ? (branches[0] as string) : `(?:${branches.join("|")})${node.end ? "?" : ""}`;
	};
	return source(root);
}

let cached: { key: string; matcher: CueMatcher } | null = null;

/** Built once per cue list (settings change rarely; notes are analysed often). */
export function cueMatcher(cues: readonly string[]): CueMatcher {
	const key = cues.join("\n");
	if (cached?.key === key) return cached.matcher;
	const clean = [...new Set(cues.map((c) => c.trim().toLowerCase()).filter(Boolean))];
	const alts = [...new Set(clean.flatMap(inflections))];
	const cueSource = alternation(alts);
	// A cue starts a word: after a non-word character or "_" (emphasis), which group 1 leaves out.
	const pattern = new RegExp(alts.length ? `(?:\\b|_)(${cueSource})` : "(?!)", "gi");
	const boundaryPattern = new RegExp(alts.length ? `\\b${cueSource}` : "(?!)", "gi");
	const nouns = clean.filter((c) => !/\s/.test(c) && !c.endsWith("s")).map(escape).join("|");
	const marker = nouns
		? new RegExp(
				String.raw`^(?:\*\*|__)?((?:${nouns})(?:[ \t]+(?:(?:number|no\.?|nr\.?|#)[ \t]*)?(\d{1,3}|[A-Z](?![\p{L}\p{N}])|[IVX]{1,4}(?![\p{L}\p{N}])|${NUMBER_WORDS}))?)(?:\*\*|__)?([ \t]*)((?::|[-\u2013\u2014](?=\s)|\)|\.(?=\s))[ \t]*(?:\*\*|__)?[ \t]*)?`,
				"iu",
			)
		: null;
	// Case-insensitive by first letter, not by flag: with `i`, \p{Lu} would match small letters too.
	const anyCase = clean
		.filter((c) => !/\s/.test(c) && !c.endsWith("s"))
		.map((c) => {
			const first = c[0] ?? "";
			return first.toUpperCase() !== first ? `[${first}${first.toUpperCase()}]${escape(c.slice(1))}` : escape(c);
		});
	const ownedMarker = anyCase.length
		? new RegExp(String.raw`^(?:\*\*|__)?(["\u201c]?(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|\p{Lu}[\p{L}&.-]*(?:['\u2019]s?)?)[ \t]+["\u201c]?(?:(?!${LABEL_VERBS}[ \t])[\p{L}'\u2019.&-]+[ \t]+){0,2}?(?:${anyCase.join("|")})["\u201d]?)(?:\*\*|__)?(?:[ \t]*(?:\([^()\n]{1,24}\)|\d{3,4}s?(?:[-\u2013]\d{2,4}s?)?))?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*`, "u")
		: null;
	const matcher = { pattern, boundaryPattern, marker, ownedMarker };
	cached = { key, matcher };
	return matcher;
}

/** One of the quotes "'“”‘’ (NaN, out of range, is none). */
function isQuote(c: number): boolean {
	return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

/** Index of the first cue that counts, or -1. */
export function firstCue(text: string, matcher: CueMatcher): number {
	const found = cueOffsets(text, matcher, true);
	return found.length ? (found[0] as number) : -1;
}

/** Every cue that counts in a text, by start offset, in one pass (only the first when `first`). */
export function cueOffsets(text: string, matcher: CueMatcher, first = false): number[] {
	const out: number[] = [];
	// Without "_" in the text the plain word-boundary pattern finds the same cues, its whole match the cue.
	const plain = !text.includes("_");
	const re = plain ? matcher.boundaryPattern : matcher.pattern;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const cue = (plain ? m[0] : m[1]) as string;
		const at = m.index + m[0].length - cue.length;
		if (counts(text, at, cue.length)) {
			out.push(at);
			if (first) break;
		}
	}
	re.lastIndex = 0;
	return out;
}

/** A cue counts as a whole word, outside scare quotes, and not as the name `Final Solution`. */
function counts(text: string, at: number, length: number): boolean {
	const end = at + length;
	if (isWordChar(text.charCodeAt(at - 1), text, at - 1) || isWordChar(text.charCodeAt(end), text, end)) return false;
	if (isQuote(text.charCodeAt(at - 1)) && isQuote(text.charCodeAt(end))) return false;
	return !(text.startsWith("Solution", at) && finalBefore(text, at));
}

/** `/\bFinal\s+$/` on the twelve characters before `at`, by code: "Final", a word start, then spaces up to `at`. */
function finalBefore(text: string, at: number): boolean {
	const from = Math.max(0, at - 12);
	let j = at;
	while (j > from && isSpace(text.charCodeAt(j - 1))) j--;
	if (j === at || j - 5 < from || !text.startsWith("Final", j - 5)) return false;
	const c = text.charCodeAt(j - 6);
	// a word boundary before "F": the start of the twelve, or a character outside [A-Za-z0-9_]
	return j - 5 === from || !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

/** ASCII decided by code; anything else (rare in these notes) by Unicode class. NaN (out of range) is no letter. */
function isWordChar(code: number, text: string, at: number): boolean {
	if (Number.isNaN(code)) return false;
	if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	return LETTER_OR_DIGIT().test(text[at] as string);
}
