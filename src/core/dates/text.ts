/**
 * Character-level helpers for the date grammar. They read the masked body in place (no per-character allocation)
 * and never cross a line end, so every look-around is bounded and the whole scan stays linear.
 */

export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** ASCII letters plus Latin-1/Latin Extended, Greek and Cyrillic letters (× and ÷ excluded). */
export function isLetter(c: number): boolean {
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
	return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);
}

/** Space, tab or no-break space: the gaps allowed between the words of one date expression. */
export function isGap(c: number): boolean {
	return c === 32 || c === 9 || c === 0xa0;
}

export interface Word {
	start: number;
	end: number;
}

const DOT = 46;
const HYPHEN = 45;

/**
 * The word that ends just before `pos`, after at most `maxGap` gap characters, or null. A word is letters with the
 * dots of an abbreviation ("c.", "A.D.", "pp."), so an abbreviation reads as one word. With `hyphen`, a hyphen
 * directly before `pos` also separates ("pre-1939", "mid-1930s"). Never reads before `floor`.
 */
export function wordBefore(text: string, pos: number, maxGap: number, floor = 0, hyphen = false): Word | null {
	let i = pos;
	if (hyphen && i > floor && text.charCodeAt(i - 1) === HYPHEN) i--;
	else {
		let gap = 0;
		while (i > floor && gap < maxGap && isGap(text.charCodeAt(i - 1))) {
			i--;
			gap++;
		}
	}
	const end = i;
	while (i > floor) {
		const c = text.charCodeAt(i - 1);
		if (isLetter(c) || c === DOT) i--;
		else break;
	}
	// A dot that opens the run ends the previous sentence ("1917. Late 1918").
	while (i < end && text.charCodeAt(i) === DOT) i++;
	return i === end ? null : { start: i, end };
}

/** The run of letters that starts after at most `maxGap` gap characters from `pos`, or null. */
export function wordAfter(text: string, pos: number, maxGap: number): Word | null {
	let i = pos;
	let gap = 0;
	while (i < text.length && gap < maxGap && isGap(text.charCodeAt(i))) {
		i++;
		gap++;
	}
	const start = i;
	while (i < text.length && isLetter(text.charCodeAt(i))) i++;
	return i === start ? null : { start, end: i };
}

/** No word of the grammar is longer; longer words are returned as "" without being copied. */
const LONGEST_WORD = 14;

/** The word in lower case, or "" when it is too long to be one of the grammar's words. */
export function lower(text: string, w: Word): string {
	return w.end - w.start > LONGEST_WORD ? "" : text.slice(w.start, w.end).toLowerCase();
}

/** Whether the word is `word` (given in lower case), ignoring ASCII case, without copying it. */
export function wordIs(text: string, w: Word | null, word: string): boolean {
	if (!w || w.end - w.start !== word.length) return false;
	for (let i = 0; i < word.length; i++) {
		const c = text.charCodeAt(w.start + i);
		if ((c >= 65 && c <= 90 ? c | 32 : c) !== word.charCodeAt(i)) return false;
	}
	return true;
}

/**
 * A table of words looked up straight from the text, without cutting the word out: most words in front of a
 * number ("in", "the", "of") are rejected by their length or first letter, the rest by a hash computed in place.
 */
export class WordTable<V> {
	private readonly byHash = new Map<number, { key: string; value: V }[]>();
	private readonly byKey = new Map<string, V>();
	private minLength = Infinity;
	private maxLength = 0;
	private firsts = 0;

	constructor(
		entries: Iterable<readonly [string, V]>,
		private readonly caseSensitive = false,
	) {
		for (const [word, value] of entries) {
			const key = caseSensitive ? word : word.toLowerCase();
			this.byKey.set(key, value);
			const h = hash(key, 0, key.length, true);
			const bucket = this.byHash.get(h);
			if (bucket) bucket.push({ key, value });
			else this.byHash.set(h, [{ key, value }]);
			this.minLength = Math.min(this.minLength, key.length);
			this.maxLength = Math.max(this.maxLength, key.length);
			this.firsts |= firstBit(key.charCodeAt(0));
		}
	}

	get(text: string, w: Word | null): V | undefined {
		if (!w) return undefined;
		const length = w.end - w.start;
		if (length < this.minLength || length > this.maxLength) return undefined;
		if ((this.firsts & firstBit(text.charCodeAt(w.start))) === 0) return undefined;
		const bucket = this.byHash.get(hash(text, w.start, w.end, this.caseSensitive));
		if (!bucket) return undefined;
		for (const e of bucket) if (this.caseSensitive ? text.startsWith(e.key, w.start) : wordIs(text, w, e.key)) return e.value;
		return undefined;
	}

	has(text: string, w: Word | null): boolean {
		return this.get(text, w) !== undefined;
	}

	/** Lookup of a word already cut out of the text and, for a case-insensitive table, lower-cased. */
	lookup(word: string): V | undefined {
		return this.byKey.get(word);
	}
}

function hash(text: string, start: number, end: number, caseSensitive: boolean): number {
	let h = end - start;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		h = (Math.imul(h, 31) + (!caseSensitive && c >= 65 && c <= 90 ? c | 32 : c)) | 0;
	}
	return h;
}

/** A bit per first letter, case folded; one shared bit for everything else. */
function firstBit(c: number): number {
	const l = c >= 65 && c <= 90 ? c | 32 : c;
	return l >= 97 && l <= 122 ? 1 << (l - 97) : 1 << 26;
}

/** Position after skipping at most `maxGap` gap characters from `pos`. */
export function skipGap(text: string, pos: number, maxGap: number): number {
	let i = pos;
	while (i < text.length && i - pos < maxGap && isGap(text.charCodeAt(i))) i++;
	return i;
}
