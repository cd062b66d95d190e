/**
 * Word tokens of a note's display text, found in one pass over its character codes with no per-token allocation:
 * offsets and shape flags go into typed arrays, and a case-folded hash lets the caller skip lower-case words
 * without slicing them. Apostrophes, hyphens and dots separate tokens; what lies between two tokens is their gap.
 */

export const UPPER = 1;
export const ALL_UPPER = 2;
export const DIGIT = 4;
export const LOWER = 8;
/** A capital after a small letter inside the token ("KBhHIST", "McCarthy"). */
export const CAMEL = 16;

export interface Tokens {
	text: string;
	count: number;
	start: Int32Array;
	end: Int32Array;
	/** Case-folded hash of the token (see `foldHash`). */
	hash: Int32Array;
	flags: Uint8Array;
}

function isWordCode(c: number): boolean {
	if (c < 48) return false;
	if (c <= 57) return true;
	if (c < 65) return false;
	if (c <= 90) return true;
	if (c < 97) return false;
	if (c <= 122) return true;
	if (c < 0xc0) return false;
	if (c === 0xd7 || c === 0xf7) return false;
	return c <= 0x24f || (c >= 0x300 && c <= 0x36f) || (c >= 0x370 && c <= 0x52f);
}

function isUpperCode(c: number): boolean {
	if (c >= 65 && c <= 90) return true;
	if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
	if (c >= 0x100 && c <= 0x17f) return (c & 1) === 0;
	if (c >= 0x391 && c <= 0x3a9) return true;
	return c >= 0x400 && c <= 0x42f;
}

function isLowerCode(c: number): boolean {
	if (c >= 97 && c <= 122) return true;
	if (c >= 0xdf && c <= 0xff) return c !== 0xf7;
	if (c >= 0x100 && c <= 0x17f) return (c & 1) === 1;
	if (c >= 0x3b1 && c <= 0x3c9) return true;
	return c >= 0x430 && c <= 0x45f;
}

/** Folds ASCII and Latin-1 capitals to small letters; other code points are left as they are. */
function foldCode(c: number): number {
	if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 32;
	return c;
}

/** The hash `tokenize` stores for a token, computed for a word given as a string (at lexicon build time). */
export function foldHash(word: string): number {
	let h = 0;
	for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + foldCode(word.charCodeAt(i))) | 0;
	return h;
}

export function tokenize(text: string): Tokens {
	const n = text.length;
	// A generous bound: at most one token per two characters.
	const cap = (n >> 1) + 1;
	let start = new Int32Array(Math.min(cap, 1024));
	let end = new Int32Array(start.length);
	let hash = new Int32Array(start.length);
	let flags = new Uint8Array(start.length);
	let count = 0;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (!isWordCode(c)) {
			i++;
			continue;
		}
		const s = i;
		let h = 0;
		let f = 0;
		let uppers = 0;
		let letters = 0;
		let prevLower = false;
		while (i < n) {
			const d = text.charCodeAt(i);
			if (!isWordCode(d)) break;
			h = (Math.imul(h, 31) + foldCode(d)) | 0;
			if (d >= 48 && d <= 57) {
				f |= DIGIT;
				prevLower = false;
			} else if (isUpperCode(d)) {
				letters++;
				uppers++;
				if (prevLower) f |= CAMEL;
				prevLower = false;
			} else {
				letters++;
				prevLower = isLowerCode(d);
			}
			i++;
		}
		const first = text.charCodeAt(s);
		if (isUpperCode(first)) f |= UPPER;
		else if (isLowerCode(first)) f |= LOWER;
		if (letters > 0 && uppers === letters) f |= ALL_UPPER;
		if (count === start.length) {
			const size = Math.min(cap, start.length * 2);
			start = grow(start, size);
			end = grow(end, size);
			hash = grow(hash, size);
			const nf = new Uint8Array(size);
			nf.set(flags);
			flags = nf;
		}
		start[count] = s;
		end[count] = i;
		hash[count] = h;
		flags[count] = f;
		count++;
	}
	return { text, count, start, end, hash, flags };
}

function grow(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
	const b = new Int32Array(size);
	b.set(a);
	return b;
}

export function tokenText(t: Tokens, i: number): string {
	return t.text.slice(t.start[i] ?? 0, t.end[i] ?? 0);
}

/** The characters between token i-1 and token i ("" before the first token is reported as a line start). */
export function gapBefore(t: Tokens, i: number): string {
	const from = i > 0 ? (t.end[i - 1] ?? 0) : Math.max(0, (t.start[0] ?? 0) - 1);
	return t.text.slice(from, t.start[i] ?? 0);
}

/**
 * The separator joining tokens i-1 and i inside one name: " ", "-", "." or "'", or "" when the gap is anything
 * else (punctuation, a line break, the spaces a link's brackets leave).
 */
export function joinBefore(t: Tokens, i: number): string {
	if (i <= 0) return "";
	const a = t.end[i - 1] ?? 0;
	const b = t.start[i] ?? 0;
	if (b - a !== 1) return "";
	const c = t.text.charCodeAt(a);
	if (c === 32) return " ";
	if (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) return "-";
	if (c === 46) return ".";
	if (c === 39 || c === 0x2019) return "'";
	return "";
}

/** Whether token i is followed by a possessive "'s" (or stands before "’s"). */
export function possessiveAfter(t: Tokens, i: number): boolean {
	if (i + 1 >= t.count) return false;
	if (joinBefore(t, i + 1) !== "'") return false;
	const s = t.start[i + 1] ?? 0;
	return (t.end[i + 1] ?? 0) - s === 1 && (t.text.charCodeAt(s) | 32) === 115;
}

/**
 * Whether token i opens a sentence or a line: only spaces, list and emphasis markers, quotes or brackets stand
 * between it and a line start or a sentence end.
 */
export function sentenceInitial(t: Tokens, i: number): boolean {
	const text = t.text;
	for (let k = (t.start[i] ?? 0) - 1; k >= 0; k--) {
		const c = text.charCodeAt(k);
		if (c === 10 || c === 13) return true;
		// . ! ? : ; end a sentence; an ordered-list number ("1.") is handled as a line start through the digit case.
		if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) return true;
		// spaces, tabs, # * - + > _ ` " ' ( [ and typographic quotes are transparent
		if (c === 32 || c === 9 || c === 35 || c === 42 || c === 45 || c === 43 || c === 62 || c === 95 || c === 96 || c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0x2013 || c === 0x2014) continue;
		if (c >= 48 && c <= 57) continue;
		return false;
	}
	return true;
}
