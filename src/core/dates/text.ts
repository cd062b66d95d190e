/**
 * Character-level helpers for the date grammar. They read the masked body in place (no per-character allocation)
 * and never cross a line end, so every look-around is bounded and the whole scan stays linear.
 */
import { listBits } from "../wordBits";

export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Past the last letter the table knows (the end of Cyrillic); Latin Extended Additional is tested by range. */
const LETTERS_END = 0x530;
const LETTER_BIT = 1;
const DOT_BIT = 2;

/**
 * By character code below LETTERS_END: LETTER_BIT for a letter, DOT_BIT for the dot (one array read per character).
 * Filled by ranges, not by a loop over every code: the loop ran at load, cold, 0.3 µs a code.
 */
const CLASSES = ((): Uint8Array => {
	const classes = new Uint8Array(LETTERS_END);
	classes.fill(LETTER_BIT, 65, 91);
	classes.fill(LETTER_BIT, 97, 123);
	classes.fill(LETTER_BIT, 0xc0, 0x250);
	classes[0xd7] = 0; // ×
	classes[0xf7] = 0; // ÷
	classes.fill(LETTER_BIT, 0x370, LETTERS_END);
	classes[46] = DOT_BIT;
	return classes;
})();

/** Latin Extended Additional: the letters of Vietnamese ("Mạc", "Đăng"), and more. */
const isExtendedAdditional = (c: number): boolean => c >= 0x1e00 && c <= 0x1eff;

/** ASCII letters plus Latin-1/Latin Extended, Greek, Cyrillic and Latin Extended Additional letters (× and ÷ excluded). */
export function isLetter(c: number): boolean {
	return c < LETTERS_END ? ((CLASSES[c] as number) & LETTER_BIT) !== 0 : isExtendedAdditional(c);
}

/** A-Z or a-z: what a regular expression's `[A-Za-z]` matches. */
export function isAsciiLetter(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Space, tab or no-break space: the gaps allowed between the words of one date expression. */
export function isGap(c: number): boolean {
	return c === 32 || c === 9 || c === 0xa0;
}

/** A space or a tab: a pattern's `[ \t]`. */
export function isSpaceOrTab(c: number): boolean {
	return c === 32 || c === 9;
}

/** The end of an ordinal suffix (st, nd, rd, th, in any case) at `pos`, or -1. */
export function ordinalSuffixEnd(text: string, pos: number): number {
	const a = text.charCodeAt(pos) | 32;
	const b = text.charCodeAt(pos + 1) | 32;
	const suffix = (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
	return suffix ? pos + 2 : -1;
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
	let end = pos;
	if (hyphen && end > floor && text.charCodeAt(end - 1) === HYPHEN) end--;
	else end = gapBefore(text, pos, maxGap, floor);
	const start = wordStart(text, end, floor);
	return start === end ? null : { start, end };
}

/** The offset before at most `maxGap` gap characters that end at `pos`, never before `floor`. */
export function gapBefore(text: string, pos: number, maxGap: number, floor = 0): number {
	let i = pos;
	while (i > floor && pos - i < maxGap && isGap(text.charCodeAt(i - 1))) i--;
	return i;
}

/**
 * Where the word (letters and abbreviation dots) that ends at `end` starts: `end` itself when there is none. For the
 * hot paths that only look a word up, without building a `Word`. Never reads before `floor`.
 */
export function wordStart(text: string, end: number, floor = 0): number {
	let i = end;
	while (i > floor) {
		const c = text.charCodeAt(i - 1);
		if (c < LETTERS_END ? CLASSES[c] !== 0 : isExtendedAdditional(c)) i--;
		else break;
	}
	// A dot that opens the run ends the previous sentence ("1917. Late 1918").
	while (i < end && text.charCodeAt(i) === DOT) i++;
	return i;
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

/** Words longer than this are not looked up in the guards' lists (the longest listed is "representatives"). */
export const LONGEST_WORD = 16;

/** Whether the word is `word` (given in lower case), ignoring ASCII case, without copying it. */
export function wordIs(text: string, w: Word | null, word: string): boolean {
	return w !== null && spanIs(text, w.start, w.end, word);
}

/** `wordIs` for the span `start`–`end`. */
export function spanIs(text: string, start: number, end: number, word: string): boolean {
	if (end - start !== word.length) return false;
	for (let i = 0; i < word.length; i++) {
		const c = text.charCodeAt(start + i);
		if ((c >= 65 && c <= 90 ? c | 32 : c) !== word.charCodeAt(i)) return false;
	}
	return true;
}

/**
 * A table of words looked up straight from the text, without cutting the word out: most words in front of a
 * number ("in", "the", "of") are rejected by their first and last letters (no word of that length in the table
 * starts or ends so), the rest by a hash computed in place.
 */
export class WordTable<V> {
	/**
	 * Open addressing by hash: each slot holds 1 + the index of an entry, or 0 when empty. Entries of one hash sit along
	 * its probe sequence in the order they were added, so the first one added is found first.
	 */
	private slots = new Int32Array(0);
	private readonly hashes: number[] = [];
	private readonly entryKeys: string[] = [];
	private readonly entryValues: V[] = [];
	private readonly byKey = new Map<string, V>();
	/** By word length: a bit for each first letter and for each last letter that words of that length have. */
	private readonly firsts: number[] = [];
	private readonly lasts: number[] = [];

	/** The words not yet read into the table: a table is built on its first lookup, not while the plugin loads. */
	private pending: Iterable<readonly [string, V]> | (() => Iterable<readonly [string, V]>) | null;

	constructor(
		entries: Iterable<readonly [string, V]> | (() => Iterable<readonly [string, V]>),
		private readonly caseSensitive = false,
	) {
		this.pending = entries;
	}

	private build(): void {
		const source = this.pending;
		if (!source) return;
		this.pending = null;
		const entries = typeof source === "function" ? source() : source;
		const caseSensitive = this.caseSensitive;
		for (const [word, value] of entries) {
			const key = caseSensitive ? word : word.toLowerCase();
			this.byKey.set(key, value);
			this.hashes.push(hash(key, 0, key.length, true));
			this.entryKeys.push(key);
			this.entryValues.push(value);
			while (this.firsts.length <= key.length) {
				this.firsts.push(0);
				this.lasts.push(0);
			}
			this.firsts[key.length] = (this.firsts[key.length] as number) | letterBit(key.charCodeAt(0));
			this.lasts[key.length] = (this.lasts[key.length] as number) | letterBit(key.charCodeAt(key.length - 1));
		}
		// at most half full, so that a probe for a missing word meets an empty slot soon
		let size = 8;
		while (size < 2 * this.hashes.length) size *= 2;
		const slots = new Int32Array(size);
		for (let k = 0; k < this.hashes.length; k++) {
			let slot = (this.hashes[k] as number) & (size - 1);
			while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
			slots[slot] = k + 1;
		}
		this.slots = slots;
	}

	get(text: string, w: Word | null): V | undefined {
		return w ? this.at(text, w.start, w.end) : undefined;
	}

	/** The value of the word spanning `start`–`end`. */
	at(text: string, start: number, end: number): V | undefined {
		// a table not built yet holds no length: the test sends its first look-up to build it
		if (end - start >= this.firsts.length) return this.pending ? this.builtAt(text, start, end) : undefined;
		if (!this.mayHold(end - start, text.charCodeAt(start), text.charCodeAt(end - 1))) return undefined;
		const h = hash(text, start, end, this.caseSensitive);
		const { slots } = this;
		const mask = slots.length - 1;
		for (let slot = h & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
			const k = (slots[slot] as number) - 1;
			if (this.hashes[k] !== h) continue;
			const key = this.entryKeys[k] as string;
			if (this.caseSensitive ? text.startsWith(key, start) : spanIs(text, start, end, key)) return this.entryValues[k];
		}
		return undefined;
	}

	/** `at` on a table built first. */
	private builtAt(text: string, start: number, end: number): V | undefined {
		this.build();
		return this.at(text, start, end);
	}

	has(text: string, w: Word | null): boolean {
		return this.get(text, w) !== undefined;
	}

	/** The words of the table (lower-cased unless it is case-sensitive). */
	keys(): IterableIterator<string> {
		if (this.pending) this.build();
		return this.byKey.keys();
	}

	/** Lookup of a word already cut out of the text and, for a case-insensitive table, lower-cased. */
	lookup(word: string): V | undefined {
		if (this.pending) this.build();
		if (!this.mayHold(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))) return undefined;
		return this.byKey.get(word);
	}

	/** Whether the table may hold a word of this length, first and last letter: the cheap test before hashing. */
	private mayHold(length: number, first: number, last: number): boolean {
		if (length >= this.firsts.length) return false;
		return ((this.firsts[length] as number) & letterBit(first)) !== 0 && ((this.lasts[length] as number) & letterBit(last)) !== 0;
	}
}

/**
 * The endings of a set of words, for a cheap first test before a word is read: whether a word ending at `end` could
 * be one of them, judged by its last two characters alone ("in" and "by" end no month).
 */
export class WordEndings {
	/** By last character: a bit for each character that stands before it in one of the words (all, for a one-letter word). */
	private beforeLast: number[] | null = null;

	/** `words` is called on the first test, not while the plugin loads (it may read a table that builds on use). */
	constructor(private readonly words: () => Iterable<string>) {}

	private build(): number[] {
		const beforeLast = new Array<number>(27).fill(0);
		for (const word of this.words()) {
			const last = letterIndex(word.charCodeAt(word.length - 1));
			const before = word.length === 1 ? ANY_LETTER : letterBit(word.charCodeAt(word.length - 2));
			beforeLast[last] = (beforeLast[last] as number) | before;
		}
		return (this.beforeLast = beforeLast);
	}

	mayEndAt(text: string, end: number): boolean {
		const beforeLast = this.beforeLast ?? this.build();
		return ((beforeLast[letterIndex(text.charCodeAt(end - 1))] as number) & letterBit(text.charCodeAt(end - 2))) !== 0;
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

/** 0–25 for an ASCII letter, case folded; 26 for everything else. */
function letterIndex(c: number): number {
	return c < 128 ? (ASCII_LETTER_INDEX[c] as number) : 26;
}

/** `letterIndex` of each ASCII character, read from this table because every word looked up needs two. */
const ASCII_LETTER_INDEX = ((): Uint8Array => {
	const index = new Uint8Array(128).fill(26);
	for (let c = 65; c <= 90; c++) index[c] = index[c | 32] = c - 65;
	return index;
})();

/** A bit per ASCII letter, case folded; one shared bit for everything else. */
function letterBit(c: number): number {
	return 1 << letterIndex(c);
}

/** Every bit of `letterBit`: any character at all. */
const ANY_LETTER = (1 << 27) - 1;

/** Position after skipping at most `maxGap` gap characters from `pos`. */
export function skipGap(text: string, pos: number, maxGap: number): number {
	let i = pos;
	while (i < text.length && i - pos < maxGap && isGap(text.charCodeAt(i))) i++;
	return i;
}

/** One table for several lists, built when first asked: a word's value is the bits of the lists it is in. */
export function listsOf(lists: () => ReadonlyArray<readonly [Iterable<string>, number]>): WordTable<number> {
	return new WordTable(() => listBits(lists()));
}
