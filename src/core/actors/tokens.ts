/**
 * Word tokens of a note's display text, found in one pass over its character codes with no per-token allocation:
 * offsets and shape flags go into typed arrays, and a case-folded hash lets the caller skip lower-case words
 * without slicing them. Apostrophes, hyphens and dots separate tokens; what lies between two tokens is their gap.
 */
import { isApostrophe, LETTER } from "../chars";
import { deferred } from "../lazy";


export const UPPER = 1;
export const ALL_UPPER = 2;
export const DIGIT = 4;
export const LOWER = 8;

export interface Tokens {
	text: string;
	count: number;
	start: Int32Array;
	end: Int32Array;
	/** Case-folded hash of the token (see `foldHash`). */
	hash: Int32Array;
	flags: Uint8Array;
	/** What joins token i to the token before it, as an index into SEPARATORS (see `joinBefore`); 0 for token 0. */
	join: Uint8Array;
}

// Character classes of the code points a Latin-script note uses, looked up instead of branching per character:
// not a word character, digit, capital, small letter, another letter or a combining mark. The table covers every
// UTF-16 code unit (64 KB), so the hot loop reads it without a range check. It is filled on the first token, not at
// load (a constant binding, so the hot loop still reads it as one).
const NOT_WORD = 0;
const C_DIGIT = 1;
const C_UPPER = 2;
const C_LOWER = 3;
const C_OTHER = 4;
const CLASSES = new Uint8Array(0x10000);
let classesFilled = false;
function fillClasses(): void {
	const c = CLASSES;
	for (let i = 48; i <= 57; i++) c[i] = C_DIGIT;
	for (let i = 65; i <= 90; i++) c[i] = C_UPPER;
	for (let i = 97; i <= 122; i++) c[i] = C_LOWER;
	for (let i = 0xc0; i <= 0xde; i++) c[i] = C_UPPER;
	for (let i = 0xdf; i <= 0xff; i++) c[i] = C_LOWER;
	c[0xd7] = NOT_WORD;
	c[0xf7] = NOT_WORD;
	// Latin Extended-A and -B, Greek, Cyrillic, Latin Extended Additional (Vietnamese, transliterations) and polytonic
	// Greek: a letter's case from its own mappings, since capitals and small letters do not simply alternate ("Ł" is
	// U+0141, "Ż" U+017B)
	for (const [from, to] of LETTER_RANGES) for (let i = from; i <= to; i++) c[i] = letterClass(i);
	c.fill(NOT_WORD, 0x250, 0x300);
	// combining marks written inside words (decomposed accents)
	c.fill(C_OTHER, 0x300, 0x370);
	// modifier letters written inside words: the Hawaiian ʻokina ("Liliʻuokalani", "Oʻahu") and the transliterated
	// hamza and ayn ("Muʿawiya", "Qurʾan")
	c[0x2bb] = C_OTHER;
	c[0x2bc] = C_OTHER;
	c[0x2be] = C_OTHER;
	c[0x2bf] = C_OTHER;
	// and the glottal stop of transliterated Iroquoian and other names ("Gaiänˀthwaka")
	c[0x2c0] = C_OTHER;
	classesFilled = true;
}

const LETTER_RANGES: readonly (readonly [number, number])[] = [
	[0x100, 0x24f],
	[0x370, 0x52f],
	[0x1e00, 0x1eff],
	[0x1f00, 0x1fff],
];

/** A letter's class by its case mappings: a capital has a small form, a small letter a capital; else no case. */
function letterClass(i: number): number {
	const ch = String.fromCharCode(i);
	if (!LETTER().test(ch)) return NOT_WORD;
	if (ch.toLowerCase() !== ch) return C_UPPER;
	return ch.toUpperCase() !== ch ? C_LOWER : C_OTHER;
}

/** The class of a code unit; NaN (a position past the end) is no word character. */
const classOf = (c: number): number => {
	if (!classesFilled) fillClasses();
	return CLASSES[c] ?? NOT_WORD;
};

/** Whether a character is part of a word token. */
export const isWordChar = (c: number): boolean => classOf(c) !== NOT_WORD;

/** Whether a character is a capital letter, as the UPPER flag of a token that starts with it says. */
export const isUpperChar = (c: number): boolean => classOf(c) === C_UPPER;

/** Whether a character is a small letter, as the LOWER flag of a token that starts with it says. */
export const isLowerChar = (c: number): boolean => classOf(c) === C_LOWER;

/** Whether a character is a letter of either case, as the tokenizer reads it. */
export const isLetterChar = (c: number): boolean => {
	const cls = classOf(c);
	return cls === C_UPPER || cls === C_LOWER;
};

/** Folds ASCII and Latin-1 capitals to small letters; other code points are left as they are. */
const foldCode = (c: number, cls: number): number => (cls === C_UPPER && c < 0xdf ? c + 32 : c);

/**
 * The hash `tokenize` stores for a token, computed for a word given as a string (at lexicon build time, and for
 * module constants, so without the class table: the capitals it folds are A–Z and À–Þ but ×, as the table has them).
 */
export function foldHash(word: string): number {
	let h = 0;
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		const capital = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
		h = (Math.imul(h, 31) + (capital ? c + 32 : c)) | 0;
	}
	return h;
}

interface Buffers {
	start: Int32Array<ArrayBuffer>;
	end: Int32Array<ArrayBuffer>;
	hash: Int32Array<ArrayBuffer>;
	flags: Uint8Array<ArrayBuffer>;
	join: Uint8Array<ArrayBuffer>;
}

const newBuffers = (size: number): Buffers => ({ start: new Int32Array(size), end: new Int32Array(size), hash: new Int32Array(size), flags: new Uint8Array(size), join: new Uint8Array(size) });

// Buffers kept between extractions: a note's tokens live only during one synchronous extraction. A very long
// note gets its own, so the kept memory stays small.
const KEEP_LIMIT = 1 << 16;
let kept: Buffers = newBuffers(4096);

/**
 * The tokens of a text. `shared`: write into the kept buffers (for the note itself); a result made so is valid
 * only until the next shared call. The buffers are sized for the most tokens a text can hold (one per two
 * characters) up front, so the hot loop never grows them, and one more: the slot after the last token is cleared,
 * so that a rule reading one token past the end finds no token there, not an earlier note's.
 */
export function tokenize(text: string, shared = false): Tokens {
	const n = text.length;
	const cap = (n >> 1) + 2;
	let buf: Buffers;
	if (!shared || cap > KEEP_LIMIT) buf = newBuffers(cap);
	else {
		if (kept.start.length < cap) kept = newBuffers(Math.min(KEEP_LIMIT, Math.max(cap, kept.start.length * 2)));
		buf = kept;
	}
	if (!classesFilled) fillClasses();
	const count = readTokens(text, buf);
	buf.start[count] = buf.end[count] = buf.hash[count] = buf.flags[count] = buf.join[count] = 0;
	return { text, count, start: buf.start, end: buf.end, hash: buf.hash, flags: buf.flags, join: buf.join };
}

/**
 * The tokens' ranges, hashes, flags and joins, written into the buffers; their count. A function of its own, with nothing
 * after its loop: the engine compiles a long loop while it runs (the first note's), and code after it that has not
 * run yet would throw that compiled loop away again on every note.
 */
function readTokens(text: string, buf: Buffers): number {
	const { start, end, hash, flags, join } = buf;
	const n = text.length;
	let count = 0;
	let i = 0;
	// the end of the token before (none before the first: its join is 0)
	let last = -2;
	while (i < n) {
		let c = text.charCodeAt(i);
		let cls = CLASSES[c] as number;
		if (cls === NOT_WORD) {
			i++;
			continue;
		}
		const s = i;
		const firstCls = cls;
		let h = 0;
		// the classes met, one bit each
		let seen = 0;
		for (;;) {
			h = (Math.imul(h, 31) + (cls === C_UPPER && c < 0xdf ? c | 32 : c)) | 0;
			seen |= 1 << cls;
			if (++i >= n) break;
			c = text.charCodeAt(i);
			cls = CLASSES[c] as number;
			if (cls === NOT_WORD) break;
		}
		let f = seen & (1 << C_DIGIT) ? DIGIT : 0;
		if (firstCls === C_UPPER) f |= UPPER;
		else if (firstCls === C_LOWER) f |= LOWER;
		if (seen & (1 << C_UPPER) && !(seen & ((1 << C_LOWER) | (1 << C_OTHER)))) f |= ALL_UPPER;
		start[count] = s;
		end[count] = i;
		hash[count] = h;
		flags[count] = f;
		// most gaps are one space: read before the other separators
		const gap = s - last === 1 ? text.charCodeAt(last) : 0;
		join[count] = gap === 32 ? 1 : gap === 0 ? 0 : separatorCode(gap);
		last = i;
		count++;
		// the character that ended the token is no word character (or the text ended): not read again
		i++;
	}
	return count;
}

/**
 * The tokens of a short string (a name in the lexicon, a note's title, a link's target), exactly as `tokenize`
 * finds them. A separate function on purpose: V8 optimises a function for the inputs it sees, and thousands of
 * tiny names would shape `tokenize` badly for whole notes (measured: 3× slower).
 */
export function tokenizeShort(text: string): Tokens {
	const starts: number[] = [];
	const ends: number[] = [];
	const hashes: number[] = [];
	const flags: number[] = [];
	const joins: number[] = [];
	let i = 0;
	const n = text.length;
	while (i < n) {
		if (classOf(text.charCodeAt(i)) === NOT_WORD) {
			i++;
			continue;
		}
		const s = i;
		let h = 0;
		let uppers = 0;
		let letters = 0;
		let digit = false;
		for (; i < n; i++) {
			const c = text.charCodeAt(i);
			const cls = classOf(c);
			if (cls === NOT_WORD) break;
			h = (Math.imul(h, 31) + foldCode(c, cls)) | 0;
			if (cls === C_DIGIT) digit = true;
			else {
				letters++;
				if (cls === C_UPPER) uppers++;
			}
		}
		const first = classOf(text.charCodeAt(s));
		let f = digit ? DIGIT : 0;
		if (first === C_UPPER) f |= UPPER;
		else if (first === C_LOWER) f |= LOWER;
		if (letters > 0 && uppers === letters) f |= ALL_UPPER;
		const last = ends.length ? (ends[ends.length - 1] as number) : -2;
		joins.push(s - last === 1 ? separatorCode(text.charCodeAt(last)) : 0);
		starts.push(s);
		ends.push(i);
		hashes.push(h);
		flags.push(f);
	}
	return { text, count: starts.length, start: Int32Array.from(starts), end: Int32Array.from(ends), hash: Int32Array.from(hashes), flags: Uint8Array.from(flags), join: Uint8Array.from(joins) };
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
	// worked out by the tokenizer for every token; none before the first or past the last (where a kept buffer may
	// hold an earlier note's tokens)
	return i <= 0 || i >= t.count ? "" : (SEPARATORS[t.join[i] ?? 0] as string);
}

/** A hyphen or a dash that joins the halves of a name ("Austria-Hungary", "Austria–Hungary"). */
const isJoiningDash = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;


/** The separators `joinBefore` returns, by the codes `separatorCode` gives. */
const SEPARATORS = ["", " ", "-", ".", "'"];

/**
 * Codes in `Tokens.join`, by the separators `joinBefore` returns: for 0 < i < count, `t.join[i] === SPACE_JOIN` is
 * `joinBefore(t, i) === " "`, and so on.
 */
export const SPACE_JOIN = 1;
export const HYPHEN_JOIN = 2;
export const APOSTROPHE_JOIN = 4;

/** The index in SEPARATORS of the separator one character makes (`separatorOf`). */
function separatorCode(c: number): number {
	if (c === 32) return 1;
	if (isJoiningDash(c)) return 2;
	if (c === 46) return 3;
	return isApostrophe(c) ? 4 : 0;
}

/** The separator one character makes between two tokens of one name: " ", "-", "." or "'", or "" when it ends it. */
export const separatorOf = (c: number): string => SEPARATORS[separatorCode(c)] as string;

/** A character as listed names write it: every joining dash as "-", either apostrophe as "'". */
export const asListed = (c: number): number => (isJoiningDash(c) ? 45 : c === 0x2019 ? 39 : c);

/** The longest gap `nameJoin` reads as a joint (" & "). */
const MAX_JOINT = 3;

/**
 * The separator joining tokens i-1 and i inside a listed name: `joinBefore`'s; ". " after an initial or an abbreviated
 * Saint, as in "Robert E. Lee", "V. I. Lenin" and "St. Augustine"; "' " after an elided word or a plural possessive, as
 * in "Cosimo de' Medici", "Workers' Party" and "Dato' Onn"; " '" or "-'" before an elided opening or an ayn, as in
 * "Generation of '98" and "Qurrat al-'Ayn"; or " & ", " - " (a spaced hyphen or en dash) and "/", as in "Castle &
 * Cooke", "Our Home – Russia" and "PIDE/DGS". Only a listed form's own joints lead anywhere: the lexicon follows a
 * joint only along the chain of a form written with it.
 */
export function nameJoin(t: Tokens, i: number): string {
	const sep = joinBefore(t, i);
	if (sep || i <= 0 || i >= t.count) return sep;
	const a = t.end[i - 1] ?? 0;
	const gap = (t.start[i] ?? 0) - a;
	const c = t.text.charCodeAt(a);
	const d = t.text.charCodeAt(a + 1);
	if (gap === 2) {
		if (c === 32 || c === 45) return isApostrophe(d) ? (c === 32 ? " '" : "-'") : "";
		if (d !== 32) return "";
		if (c === 46) return (a - (t.start[i - 1] ?? 0) === 1 && ((t.flags[i - 1] ?? 0) & UPPER) !== 0) || isSaint(t, i - 1) ? ". " : "";
		return isApostrophe(c) ? "' " : "";
	}
	if (gap === 1) return c === 47 ? "/" : "";
	if (gap !== MAX_JOINT || c !== 32 || t.text.charCodeAt(a + 2) !== 32) return "";
	return d === 38 ? " & " : d === 45 || d === 0x2013 ? " - " : "";
}

/** Whether token k is an abbreviated Saint: "St", "Ste". */
export const isSaint = (t: Tokens, k: number): boolean => {
	const n = (t.end[k] ?? 0) - (t.start[k] ?? 0);
	return (n === 2 || n === 3) && isSaintWord(tokenText(t, k));
};

/** Whether a word is an abbreviated Saint, written before its dot: "St", "Ste". */
export const isSaintWord = (word: string): boolean => word === "St" || word === "Ste";

/** Whether token k is a capitalised word one space after the token before it: a capitalised run goes on there. */
export function capitalJoined(t: Tokens, k: number): boolean {
	return k > 0 && k < t.count && ((t.flags[k] ?? 0) & UPPER) !== 0 && t.join[k] === SPACE_JOIN;
}

/** Whether token i is followed by a possessive "'s" (or stands before "’s"). */
export function possessiveAfter(t: Tokens, i: number): boolean {
	if (i + 1 >= t.count || i < 0 || t.join[i + 1] !== APOSTROPHE_JOIN) return false;
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

/**
 * Whether `text` holds `word` at `at`, as `text.startsWith(word, at)` says, compared character by character: for the
 * short words the rules compare, the loop costs less than the call.
 */
export function holdsAt(text: string, at: number, word: string): boolean {
	const n = word.length;
	if (at < 0) return text.startsWith(word, at);
	if (at + n > text.length) return false;
	for (let j = 0; j < n; j++) if (text.charCodeAt(at + j) !== word.charCodeAt(j)) return false;
	return true;
}

/** A token hash mixed for a bit field (`HashBits`, `WordSet`): its high half folded into the low one. */
export const mixHash = (h: number): number => h ^ (h >>> 16);

/** Bits of a full-size `HashBits` field. */
const FULL_BITS = 1 << 16;
/** Bits a growing field gives each hash (about one word in 60 not in the set passes), and its least size. */
const BITS_PER_HASH = 64;
const LEAST_BITS = 1 << 9;

/**
 * A set of token hashes as a bit field: one array read answers "certainly not in the set" for almost every word of
 * a note, before any map or string is touched. A hit must still be confirmed. A set filled by `add` starts small and
 * grows with it (up to the full 65,536 bits), so the dozens of word lists a note is tested against stay in the
 * processor's cache; a set made by `of` has the full size from the start, as some callers take its answer as is.
 */
export class HashBits {
	private bits: Uint8Array;
	private mask: number;
	/** The hashes added while the field may still grow (it is filled again from them); null at full size. */
	private added: number[] | null;
	/** Words given to `of` and not yet hashed: a set is filled on its first test, not while the plugin loads. */
	private pending: (() => Iterable<string>) | null = null;
	/** The sets a `union` holds, their fields OR-ed into its own when it is filled. */
	private parts: readonly HashBits[] = [];

	constructor(full = false) {
		const size = full ? FULL_BITS : LEAST_BITS;
		this.bits = new Uint8Array(size >> 3);
		this.mask = size - 1;
		this.added = full ? null : [];
	}

	/** The set of these words' hashes; `words` is called on the first test. */
	static of(words: () => Iterable<string>): HashBits {
		const b = new HashBits(true);
		b.pending = words;
		// empty until filled, which is how `has` knows to fill it
		b.bits = new Uint8Array(0);
		deferred(() => {
			if (b.pending) b.fill();
		});
		return b;
	}

	/**
	 * The set of what any of `sets` (made by `of`) holds, as one field: one pass over a note's tokens finds the
	 * candidates of all of them.
	 */
	static union(...sets: HashBits[]): HashBits {
		const u = HashBits.of(() => []);
		u.parts = sets;
		return u;
	}

	private fill(): void {
		const words = this.pending;
		this.pending = null;
		this.bits = new Uint8Array(FULL_BITS >> 3);
		if (words) for (const w of words()) this.add(foldHash(w));
		for (const p of this.parts) {
			if (p.pending) p.fill();
			for (let k = 0; k < this.bits.length; k++) this.bits[k] = (this.bits[k] as number) | (p.bits[k] as number);
		}
	}

	add(h: number): void {
		const added = this.added;
		if (added) {
			added.push(h);
			if (added.length * BITS_PER_HASH > this.mask + 1) this.grow(added);
		}
		this.set(h);
	}

	private set(h: number): void {
		const k = mixHash(h) & this.mask;
		this.bits[k >>> 3] = (this.bits[k >>> 3] ?? 0) | (1 << (k & 7));
	}

	/** A field of twice the size, filled again from the hashes added. */
	private grow(added: number[]): void {
		const size = (this.mask + 1) * 2;
		this.bits = new Uint8Array(size >> 3);
		this.mask = size - 1;
		if (size >= FULL_BITS) this.added = null;
		for (const h of added) this.set(h);
	}

	has(h: number): boolean {
		const k = mixHash(h) & this.mask;
		const b = this.bits[k >>> 3];
		// (only a set not filled yet has no byte there: its field is empty)
		return b === undefined ? this.filledHas(h) : (b & (1 << (k & 7))) !== 0;
	}

	/** `has` on a set made by `of`, filled first. */
	private filledHas(h: number): boolean {
		this.fill();
		return this.has(h);
	}

	/**
	 * The first index k from `from` up to `to` whose hash `hashes[k]` may be in the set (as `has` says), or `to`: a pass
	 * over a note's tokens that rules most of them out in one tight loop.
	 */
	next(hashes: Int32Array, from: number, to: number): number {
		if (this.pending) this.fill();
		const bits = this.bits;
		const mask = this.mask;
		for (let k = from; k < to; k++) {
			const h = hashes[k] as number;
			const x = mixHash(h) & mask;
			if (((bits[x >>> 3] as number) & (1 << (x & 7))) !== 0) return k;
		}
		return to;
	}
}
