/**
 * A lexicon of names (the built-in gazetteer, the user's actors, the vault's actor notes) and its matcher: a map
 * from a name's exact text and one from its case-folded text, keyed by the tokens the note's tokenizer produces,
 * so that matching at a token is a handful of map look-ups and never a loop over entries.
 *
 * Data lines read `Canonical|form|form…`; a form may carry prefixes `*` (adjective demonym), `+` (a people noun
 * that always counts), `-` (prefix of a hyphenated compound), `=` (never matched in lower case), `~` (also matched
 * in lower case) and a suffix `@A:B` (valid only when the note's period overlaps the years A to B). A form
 * "the X" matches X only after "the". The canonical name is a form too unless a field repeats it with flags.
 */
import type { ActorKind } from "../types";
import { capitalised, isApostrophe, isSpace } from "../chars";
import { NOT_SURNAMES } from "./data/words";
import { asListed, foldHash, HashBits, HYPHEN_JOIN, isLowerChar, isSaintWord, isWordChar, nameJoin, separatorOf, tokenizeShort, type Tokens } from "./tokens";

export type Role = "name" | "adj" | "plural" | "prefix";

export interface Entity {
	/** Stable identity: kind and lower-cased canonical name, e.g. "state:soviet union". */
	key: string;
	name: string;
	/** null for a non-actor (a place or a language that contains a state's name). */
	kind: ActorKind | null;
	/** Vault path of the actor's own note, when one is known. */
	note?: string | null;
	/** Set on the user's own actors: their kind and name win over everything. */
	user?: boolean;
}

export interface Form {
	entities: Entity[];
	role: Role;
	from: number;
	to: number;
	needsThe: boolean;
}

export interface Match {
	form: Form;
	/** Token index after the match. */
	end: number;
}

/** The span of years a note is about; null when it states no dates. */
export interface NotePeriod {
	from: number;
	to: number;
	mid: number;
}

/**
 * The dates of a note's lines. A name whose years lie outside the note's period still counts on a line that dates
 * it: "ran against Juárez in 1871" in a note on 1876–1911, "the Resistance claimed her in the 1940s" in one on Joan
 * of Arc. A lecture steps outside its period with a date more often than it names a namesake of another age.
 */
export interface LineDates {
	/** Whether a date on the line that holds offset `at` overlaps the years `from` to `to`. */
	overlap(at: number, from: number, to: number): boolean;
}

/** Set by `pick` when a form was passed over for the note's period and the line's dates were asked. */
let askedLine = false;

const NO_LIMIT_FROM = -1e9;
const NO_LIMIT_TO = 1e9;

export function entityKey(kind: ActorKind | null, name: string): string {
	return `${kind ?? "none"}:${name.toLowerCase()}`;
}

/** The forms written one way: exactly, or (for the folded list) in lower case. */
interface Entry {
	text: string;
	forms: Form[];
}

/**
 * What the lexicon knows of one chained hash of tokens (see `chain`): the forms that end there, whether longer
 * forms go on from there, and, for a form's first token, how many tokens the longest form starting with it has.
 * One map look-up per token answers all of it.
 */
interface Node {
	exact: Entry[] | null;
	fold: Entry[] | null;
	/** A form of two or more tokens has this chain as its first tokens (or all of them). */
	prefix: boolean;
	/** As a first token: the most tokens of a form starting with it; 0 when no form does. */
	most: number;
	/** The same, for the forms that may be written in lower case. */
	foldMost: number;
	/** As a first token: some form starting with it needs "the" before it ("the Porte"). */
	needsThe: boolean;
	/** A form of this one token names a person first (`mayBePerson`). */
	person: boolean;
}

export class Lexicon {
	/**
	 * Nodes by chained hash: matching compares the note's characters with an entry's text in place, so no token
	 * text is cut and no string is hashed.
	 */
	private nodes = new NodeTable();
	/** Whether the last `match` asked the line's dates: its answer holds for that line only, not for the word. */
	lineBound = false;
	/** First tokens' hashes, as a bit field that rules most tokens out before the map is asked. */
	private firstBits = new HashBits();
	private foldBits = new HashBits();
	/**
	 * The same hashes under another mix, a second filter for the words `foldBits` lets by. It was made for "the", in
	 * every line, which shares a bit of `foldBits` with some name; since the gazetteer grew "the" passes this one
	 * too, and the node table rules it out.
	 */
	private foldMixed = new MixedBits();
	readonly entities = new Map<string, Entity>();
	/**
	 * The forms given to `add` that no note could match, as written: their words are joined by what `nameJoin` does not
	 * read ("Charles V, Holy Roman Emperor", "Kish (Iraq)"). A canonical name may be one; a listed form is a mistake.
	 */
	readonly unkeyed: string[] = [];

	/**
	 * Adds the data lines `Canonical|form|…` from `from` to `to` of a block, all of one kind; `skip` leaves some forms
	 * out.
	 */
	addLines(lines: readonly string[], from: number, to: number, kind: ActorKind | null, skip?: (form: string) => boolean): void {
		for (let n = from; n < to && n < lines.length; n++) {
			const line = (lines[n] as string).trim();
			if (!line) continue;
			const fields = line.split("|");
			const name = (fields[0] ?? "").trim();
			if (!name) continue;
			const entity = this.entity(kind, name);
			// one array for all the line's forms: the build allocates less, and collects less garbage
			const entities = [entity];
			let canonicalListed = kind === null;
			for (let n = kind === null ? 0 : 1; n < fields.length; n++) {
				const parsed = parseForm(fields[n] as string, kind);
				if (!parsed) continue;
				if (parsed.text === name) canonicalListed = true;
				if (skip?.(parsed.text)) continue;
				this.add(parsed.text, { entities, role: parsed.role, from: parsed.from, to: parsed.to, needsThe: false }, parsed.foldable, parsed.exact);
			}
			if (!canonicalListed) {
				const parsed = parseForm(name, kind);
				if (parsed && !skip?.(parsed.text)) this.add(parsed.text, { entities, role: "name", from: NO_LIMIT_FROM, to: NO_LIMIT_TO, needsThe: false }, parsed.foldable);
			}
		}
	}

	/** The entity for a kind and canonical name, created on first use. */
	entity(kind: ActorKind | null, name: string): Entity {
		const key = entityKey(kind, name);
		let e = this.entities.get(key);
		if (!e) {
			e = { key, name, kind };
			this.entities.set(key, e);
		}
		return e;
	}

	/**
	 * Registers a surface form. `foldable`: also match it in any letter case (multi-word names always are, as
	 * "soviet union" and "white army" are written that way, unless `exact`: "=National Movement" is no "national
	 * movement").
	 */
	add(text: string, form: Form, foldable: boolean, exact = false): void {
		let body = text.trim();
		if (theOpens(body)) {
			body = body.slice(4).trim();
			form = { ...form, needsThe: true };
		}
		const key = keyOf(body);
		if (key === null) {
			this.unkeyed.push(body);
			return;
		}
		const count = key.tokens;
		const h = key.firstHash;
		const full = key.chain.length ? (key.chain[key.chain.length - 1] as number) : h;
		const end = this.node(full);
		push((end.exact ??= []), key.text, form);
		for (const p of key.chain) this.node(p).prefix = true;
		const first = this.node(h);
		if (form.needsThe) first.needsThe = true;
		if (count === 1 && form.entities[0]?.kind === "person") first.person = true;
		first.most = Math.max(first.most, count);
		this.firstBits.add(h);
		// A word that stands for a polity only after "the" is read as written: "the States", not "the states north of
		// the Main".
		if ((foldable && !(form.needsThe && count === 1)) || (count > 1 && !exact)) {
			push((end.fold ??= []), key.text.toLowerCase(), form);
			first.foldMost = Math.max(first.foldMost, count);
			this.foldBits.add(h);
			this.foldMixed.add(h);
		}
		// the summaries the pre-tests read, of the nodes changed
		this.nodes.refresh(full);
		for (const p of key.chain) this.nodes.refresh(p);
		this.nodes.refresh(h);
	}

	private node(h: number): Node {
		let n = this.nodes.get(h);
		if (!n) this.nodes.set(h, (n = { exact: null, fold: null, prefix: false, most: 0, foldMost: 0, needsThe: false, person: false }));
		return n;
	}

	/** Whether token i may open a form (one map look-up, no slicing). */
	mayStart(t: Tokens, i: number): boolean {
		const h = t.hash[i] ?? 0;
		return this.firstBits.has(h) && (this.nodes.summary(h) & SOME) !== 0;
	}

	/**
	 * Whether token i may be a form of one token whose first entity is a person (one map look-up, no slicing): else no
	 * match of one token there names a person first.
	 */
	mayBePerson(t: Tokens, i: number): boolean {
		const h = t.hash[i] ?? 0;
		return this.firstBits.has(h) && (this.nodes.summary(h) & PERSON) !== 0;
	}

	/**
	 * Whether a lower-case token may open a form written in lower case: a map look-up or two, no slicing. Most such
	 * words ("a", "in", "conference") open only longer forms, none with the word after them (`secondOnChain`).
	 */
	mayStartFolded(t: Tokens, i: number): boolean {
		const h = t.hash[i] ?? 0;
		if (!this.foldBits.has(h) || !this.foldMixed.has(h)) return false;
		const s = this.nodes.summary(h);
		return (s & FOLD_SOME) !== 0 && ((s & FORMS) !== 0 || this.secondOnChain(t, i, h, s));
	}

	/**
	 * The first token from i on whose flags hold one of `flagMask`'s or that may open a form written in lower case (as
	 * `mayStartFolded` says), or the count: a tight loop over the lower-case words that open nothing, most of a note's,
	 * with one bit read each before any call.
	 */
	nextFolded(t: Tokens, i: number, flagMask: number): number {
		const { flags, hash, count } = t;
		const bits = this.foldMixed.bits;
		for (; i < count; i++) {
			if (((flags[i] as number) & flagMask) !== 0) return i;
			const k = Math.imul(hash[i] as number, 0x9e3779b1) >>> 16;
			if (((bits[k >>> 3] as number) & (1 << (k & 7))) !== 0 && this.mayStartFolded(t, i)) return i;
		}
		return count;
	}

	/**
	 * Whether `match` may find a form at token i, as `mayStart` says and more: a word that opens only longer forms
	 * ("Geneva" of "Geneva Conventions") does not when the word after it goes on none of them.
	 */
	mayMatch(t: Tokens, i: number): boolean {
		const h = t.hash[i] ?? 0;
		if (!this.firstBits.has(h)) return false;
		const s = this.nodes.summary(h);
		return (s & SOME) !== 0 && ((s & FORMS) !== 0 || this.secondOnChain(t, i, h, s));
	}

	/** For a first token with no form of its own: whether the token after it goes on a form's chain, as `match` reads it. */
	private secondOnChain(t: Tokens, i: number, h: number, summary: number): boolean {
		if ((summary & LONGER) === 0 || i + 1 >= t.count) return false;
		const sep = nameJoin(t, i + 1);
		return sep !== "" && (this.nodes.summary(chain(h, sep, t.hash[i + 1] ?? 0)) & PREFIX) !== 0;
	}

	/**
	 * Whether `match` at a token of this hash reads that token alone: no form of two tokens or more starts with it (or
	 * none at all does), so the match depends only on the token's text and whether a hyphen follows it.
	 */
	single(h: number): boolean {
		if (!this.firstBits.has(h)) return true;
		const node = this.nodes.get(h);
		return !node || node.most <= 1;
	}

	/** Whether a form that needs "the" before it may start at token i: else "the" changes no match there. */
	mayNeedThe(t: Tokens, i: number): boolean {
		return (this.nodes.summary(t.hash[i] ?? 0) & NEEDS_THE) !== 0;
	}

	/**
	 * The longest form starting at token i that is valid in the note's period. Most tokens open no form: the
	 * token's hash answers that before any text is sliced.
	 */
	match(t: Tokens, i: number, period: NotePeriod | null, theBefore: boolean, dated: LineDates | null = null): Match | null {
		this.lineBound = askedLine = false;
		const h0 = t.hash[i] ?? 0;
		if (!this.firstBits.has(h0)) return null;
		let node = this.nodes.get(h0);
		if (!node || !node.most) return null;
		const n = Math.min(node.most, t.count - i);
		const from = t.start[i] ?? 0;
		let best: Match | null = null;
		let h = h0;
		for (let k = 1; k <= n; k++) {
			if (k > 1) {
				const sep = nameJoin(t, i + k - 1);
				if (!sep) break;
				h = chain(h, sep, t.hash[i + k - 1] ?? 0);
				node = this.nodes.get(h);
				if (!node || !node.prefix) break;
			}
			if (!node.exact && !node.fold) continue;
			const to = t.end[i + k - 1] ?? 0;
			const hyphenAfter = i + k < t.count && t.join[i + k] === HYPHEN_JOIN;
			let form = pick(find(node.exact, t.text, from, to, false), period, theBefore, hyphenAfter, dated, from);
			if (!form) {
				form = pick(find(node.fold, t.text, from, to, true), period, theBefore, hyphenAfter, dated, from);
				// a person's name in another case ("Kim Il-Sung", an epithet in lower case: "the spider king"), but not
				// words of a sentence that open with one that is never a name: "he long believed" is no He Long
				if (form?.entities[0]?.kind === "person" && isLowerChar(t.text.charCodeAt(from)) && NOT_SURNAMES.has(capitalised(t.text.slice(from, t.end[i] ?? from)))) form = null;
			}
			if (form) best = { form, end: i + k };
		}
		this.lineBound = askedLine;
		return best;
	}

	/**
	 * Whether the lists give `e` the whole string `text` only in years the period leaves out: "Francis II" is France's
	 * Francis II in 1559-60 alone. False where they do not give it that name at all.
	 */
	namedOnlyOutside(text: string, e: Entity, period: NotePeriod): boolean {
		const t = tokenizeShort(text.trim());
		if (t.count === 0 || !this.firstBits.has(t.hash[0] ?? 0)) return false;
		let h = t.hash[0] ?? 0;
		let node = this.nodes.get(h);
		for (let k = 1; node && k < t.count; k++) {
			const sep = nameJoin(t, k);
			if (!sep) return false;
			h = chain(h, sep, t.hash[k] ?? 0);
			node = this.nodes.get(h);
		}
		const forms = node ? find(node.exact, t.text, t.start[0] ?? 0, t.end[t.count - 1] ?? 0, false) : undefined;
		let named = false;
		for (const f of forms ?? []) {
			if (!f.entities.includes(e)) continue;
			if (f.from <= period.to && f.to >= period.from) return false;
			named = true;
		}
		return named;
	}

	/** Looks a whole string up as one form (for vault titles and link targets). */
	lookup(text: string, period: NotePeriod | null): Form | null {
		const t = tokenizeShort(text.trim());
		if (t.count === 0) return null;
		const m = this.match(t, 0, period, false);
		return m && m.end === t.count ? m.form : null;
	}
}

/** A bit field of hashes like `HashBits`, indexed by a multiplicative mix of the hash instead of its folded halves. */
class MixedBits {
	/** The field (read in place by `Lexicon.nextFolded`). */
	readonly bits = new Uint8Array(1 << 13);

	add(h: number): void {
		const k = Math.imul(h, 0x9e3779b1) >>> 16;
		this.bits[k >>> 3] = (this.bits[k >>> 3] ?? 0) | (1 << (k & 7));
	}

	has(h: number): boolean {
		const k = Math.imul(h, 0x9e3779b1) >>> 16;
		return ((this.bits[k >>> 3] ?? 0) & (1 << (k & 7))) !== 0;
	}
}

/**
 * Nodes by hash in an open-addressed table (keys in a typed array, probed linearly): a look-up is a multiply and an
 * array read or two, where a Map of number keys hashes and walks a bucket chain.
 */
class NodeTable {
	private bits = 6;
	/**
	 * Each slot's node's summary (`summarise`; 0 is an empty slot) and its key, in arrays of their own: a look-up that
	 * finds no node, most of them, reads one byte of a slot, and the pre-tests read no node.
	 */
	private sums = new Uint8Array(1 << 6);
	private keys = new Int32Array(1 << 6);
	private vals: (Node | undefined)[] = new Array<Node | undefined>(1 << 6).fill(undefined);
	private size = 0;

	get(h: number): Node | undefined {
		const sums = this.sums;
		const mask = sums.length - 1;
		for (let k = Math.imul(h, 0x9e3779b1) >>> (32 - this.bits); ; k = (k + 1) & mask) {
			if (sums[k] === 0) return undefined;
			if (this.keys[k] === h) return this.vals[k];
		}
	}

	/** The summary of the node for a hash (`summarise`), or 0 when there is none. */
	summary(h: number): number {
		const sums = this.sums;
		const mask = sums.length - 1;
		for (let k = Math.imul(h, 0x9e3779b1) >>> (32 - this.bits); ; k = (k + 1) & mask) {
			const s = sums[k] as number;
			if (s === 0 || this.keys[k] === h) return s;
		}
	}

	/** Adds a node for a hash that has none. */
	set(h: number, node: Node): void {
		if (++this.size * 2 > this.vals.length) this.grow();
		this.place(h, node);
	}

	/** Writes again the summary of the node for a hash, after the node changed. */
	refresh(h: number): void {
		const mask = this.vals.length - 1;
		for (let k = Math.imul(h, 0x9e3779b1) >>> (32 - this.bits); ; k = (k + 1) & mask) {
			const v = this.vals[k];
			if (v === undefined) return;
			if (this.keys[k] === h) {
				this.sums[k] = summarise(v);
				return;
			}
		}
	}

	private place(h: number, node: Node): void {
		const mask = this.vals.length - 1;
		let k = Math.imul(h, 0x9e3779b1) >>> (32 - this.bits);
		while (this.vals[k] !== undefined) k = (k + 1) & mask;
		this.keys[k] = h;
		this.sums[k] = summarise(node);
		this.vals[k] = node;
	}

	private grow(): void {
		const keys = this.keys;
		const vals = this.vals;
		this.bits++;
		this.sums = new Uint8Array(1 << this.bits);
		this.keys = new Int32Array(1 << this.bits);
		this.vals = new Array<Node | undefined>(1 << this.bits).fill(undefined);
		for (let k = 0; k < vals.length; k++) {
			const v = vals[k];
			if (v !== undefined) this.place(keys[k] as number, v);
		}
	}
}

// The bits of a node's summary, what the pre-tests ask of it: never 0, so a summary marks a taken slot.
const TAKEN = 1;
/** A form starts with this token (`most > 0`). */
const SOME = 2;
/** A form of two tokens or more starts with it (`most >= 2`). */
const LONGER = 4;
/** A form that may be written in lower case starts with it (`foldMost > 0`). */
const FOLD_SOME = 8;
/** Forms end here (`exact` or `fold`). */
const FORMS = 16;
const PREFIX = 32;
const NEEDS_THE = 64;
const PERSON = 128;

/** A node's summary, as bits. */
function summarise(n: Node): number {
	return TAKEN | (n.most > 0 ? SOME : 0) | (n.most >= 2 ? LONGER : 0) | (n.foldMost > 0 ? FOLD_SOME : 0) | (n.exact !== null || n.fold !== null ? FORMS : 0) | (n.prefix ? PREFIX : 0) | (n.needsThe ? NEEDS_THE : 0) | (n.person ? PERSON : 0);
}

/**
 * The first form that counts here; one limited to years the note's period overlaps beats one valid in all years
 * ("Augustus" in a note on 1700–1721 is Augustus II, though the emperor is listed first).
 */
function pick(forms: Form[] | undefined, period: NotePeriod | null, theBefore: boolean, hyphenAfter: boolean, dated: LineDates | null, at: number): Form | null {
	if (!forms) return null;
	let always: Form | null = null;
	let passed = false;
	for (let k = 0; k < forms.length; k++) {
		const f = forms[k] as Form;
		if ((f.needsThe && !theBefore) || (f.role === "prefix" && !hyphenAfter)) continue;
		if (f.from === NO_LIMIT_FROM && f.to === NO_LIMIT_TO) always ??= f;
		else if (period && f.from <= period.to && f.to >= period.from) return f;
		else passed = true;
	}
	if (!passed || !dated) return always;
	askedLine = true;
	return datedOnLine(forms, theBefore, hyphenAfter, dated, at) ?? always;
}

/** The first form limited to years that a date on the line of offset `at` overlaps (see `LineDates`). */
function datedOnLine(forms: Form[], theBefore: boolean, hyphenAfter: boolean, dated: LineDates, at: number): Form | null {
	for (const f of forms) {
		if ((f.needsThe && !theBefore) || (f.role === "prefix" && !hyphenAfter) || (f.from === NO_LIMIT_FROM && f.to === NO_LIMIT_TO)) continue;
		if (dated.overlap(at, f.from, f.to)) return f;
	}
	return null;
}

function push(entries: Entry[], text: string, form: Form): void {
	const entry = entries.find((e) => e.text === text);
	if (entry) entry.forms.push(form);
	else entries.push({ text, forms: [form] });
}

/**
 * The forms of the entry whose text is the note's text from `from` to `to` (its separators normalised as
 * `joinBefore` reads them; in lower case when `folded`), compared in place.
 */
function find(entries: Entry[] | null, text: string, from: number, to: number, folded: boolean): Form[] | undefined {
	if (!entries) return undefined;
	const length = to - from;
	for (let k = 0; k < entries.length; k++) {
		const e = entries[k] as Entry;
		if (e.text.length === length && sameText(e.text, text, from, folded)) return e.forms;
	}
	return undefined;
}

function sameText(key: string, text: string, from: number, folded: boolean): boolean {
	// most matches are written as listed: each character compared in place (a key is a few characters; a call of
	// `startsWith` costs more than the loop)
	for (let j = 0; j < key.length; j++) {
		const d = key.charCodeAt(j);
		let c = text.charCodeAt(from + j);
		if (c === d) continue;
		const listed = asListed(c);
		if (listed !== c) c = listed;
		else if (folded) {
			if (c >= 65 && c <= 90) c |= 32;
			// beyond ASCII, lower case is the whole string's (Greek final sigma depends on the next letter)
			else if (c > 127) return sameFolded(key, text, from);
		}
		if (c !== d) return false;
	}
	return true;
}

/** The slow path of `sameText` for folded text beyond ASCII: the string lower-cased as a whole. */
function sameFolded(key: string, text: string, from: number): boolean {
	let s = "";
	for (let j = 0; j < key.length; j++) {
		s += String.fromCharCode(asListed(text.charCodeAt(from + j)));
	}
	return s.toLowerCase() === key;
}

/**
 * The token key of a form (its tokens joined by their one-character separators), or null when it cannot be
 * matched token by token (e.g. it holds a comma). Walks the characters once, as `tokenize` would split them.
 */
function keyOf(text: string): Key | null {
	let key = "";
	let first = "";
	let firstHash = 0;
	let count = 0;
	let h = 0;
	// the caller reads the key before it asks for the next one: one array and one result serve every call
	const hashes = KEY.chain;
	hashes.length = 0;
	let i = 0;
	const n = text.length;
	// the joint before the word read next, as `nameJoin` reads it in a note
	let joint = "";
	while (i < n) {
		const s = i;
		while (i < n && isWordChar(text.charCodeAt(i))) i++;
		if (i === s) return null;
		const word = text.slice(s, i);
		const wh = foldHash(word);
		if (count === 0) {
			first = word;
			firstHash = wh;
			key = word;
			h = wh;
		} else {
			key += joint + word;
			h = chain(h, joint, wh);
			hashes.push(h);
		}
		count++;
		if (i === n) break;
		// a trailing dot ("U.S.") or apostrophe ("Rus'") ends the form
		if (i + 1 === n && (text.charCodeAt(i) === 46 || isApostrophe(text.charCodeAt(i)))) break;
		joint = formJoint(text, i, word);
		if (!joint || i + joint.length >= n) return null;
		i += joint.length;
	}
	if (!count) return null;
	KEY.text = key;
	KEY.first = first;
	KEY.firstHash = firstHash;
	KEY.tokens = count;
	return KEY;
}

/**
 * The joint after a listed form's word that ends at i, as `nameJoin` reads the same joint in a note: one separator
 * character or "/", ". " after an initial or an abbreviated Saint, "' " after a word, " '" or "-'" before one, " & " or
 * " - " (a spaced hyphen or en dash, as notes type either); "" when the form cannot go on there.
 */
function formJoint(text: string, i: number, word: string): string {
	const c = text.charCodeAt(i);
	const d = text.charCodeAt(i + 1);
	if (d === 32 && (c === 46 || isApostrophe(c))) return c !== 46 ? "' " : word.length === 1 || isSaintWord(word) ? ". " : "";
	if ((c === 32 || c === 45) && isApostrophe(d)) return c === 32 ? " '" : "-'";
	if (c === 32 && (d === 38 || d === 45 || d === 0x2013) && text.charCodeAt(i + 2) === 32) return d === 38 ? " & " : " - ";
	return c === 47 ? "/" : separatorOf(c);
}

/** A form's key: its normalised text, first token and its hash, token count and chained hashes (see keyOf). */
interface Key {
	text: string;
	first: string;
	firstHash: number;
	tokens: number;
	chain: number[];
}

const KEY: Key = { text: "", first: "", firstHash: 0, tokens: 0, chain: [] };

/** Whether a form opens with "the" and a space, in any case: "the Porte". */
function theOpens(s: string): boolean {
	return s.length > 4 && (s.charCodeAt(0) | 32) === 116 && (s.charCodeAt(1) | 32) === 104 && (s.charCodeAt(2) | 32) === 101 && isSpace(s.charCodeAt(3));
}

/** Extends a chained hash of tokens by a separator and the next token's (case-folded) hash. */
function chain(h: number, sep: string, next: number): number {
	return (Math.imul(h ^ sep.charCodeAt(0), 0x9e3779b1) + next) | 0;
}

/** A data line's field read: its flags and years taken off (the result is reused by the next call). */
export function parseForm(field: string, kind: ActorKind | null): ParsedForm | null {
	let s = field.trim();
	let role: Role = "name";
	let exactOnly = false;
	let foldFlag = false;
	let at = 0;
	for (; at < s.length; at++) {
		const c = s.charCodeAt(at);
		if (c === 42 /* * */) role = "adj";
		else if (c === 43 /* + */) role = "plural";
		else if (c === 45 /* - */ && at + 1 < s.length && s.charCodeAt(at + 1) !== 45) role = "prefix";
		else if (c === 61 /* = */) exactOnly = true;
		else if (c === 126 /* ~ */) foldFlag = true;
		else break;
	}
	if (at > 0) s = s.slice(at);
	let from = NO_LIMIT_FROM;
	let to = NO_LIMIT_TO;
	const window = s.lastIndexOf("@");
	if (window > 0) {
		const colon = s.indexOf(":", window);
		from = Number(s.slice(window + 1, colon < 0 ? s.length : colon));
		to = colon < 0 ? NaN : Number(s.slice(colon + 1));
		s = s.slice(0, window);
	}
	s = s.trim();
	if (!s) return null;
	// A state's own name is written in lower case in quick notes ("korea"); demonyms, acronyms ("US" is not "us")
	// and ambiguous names are not.
	const foldable = !exactOnly && !acronymShaped(s) && (foldFlag || (kind === "state" && role === "name"));
	// the caller reads the form before it asks for the next one: one result serves every call
	const p = PARSED;
	p.text = s;
	p.role = role;
	p.from = from;
	p.to = to;
	p.foldable = foldable;
	p.exact = exactOnly;
	return p;
}

interface ParsedForm {
	text: string;
	role: Role;
	from: number;
	to: number;
	foldable: boolean;
	exact: boolean;
}

const PARSED: ParsedForm = { text: "", role: "name", from: 0, to: 0, foldable: false, exact: false };

/** Whether a form is written only in capitals and dots, as an acronym is ("US", "U.S.S.R."). */
function acronymShaped(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (!((c >= 65 && c <= 90) || c === 46)) return false;
	}
	return s.length > 0;
}
