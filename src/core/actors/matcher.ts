/**
 * The note's tokens with what the rules ask of them again and again, each computed once: a token's text, the
 * gazetteer's longest match at a token, and the capitalised runs with whether they name an event. Keeping these
 * answers is what keeps extraction linear (a run of a million capitalised words is walked once, not once per word).
 */
import { BODY_POSSESSORS, CALENDAR_WORDS, COUNCIL_ADJECTIVES, COUNCIL_NAMES, EVENT_HEADS, FOR_ORGANISATION_HEADS, FOREIGN_LEADING_HEADS, GROUP_HEADS, GROUP_NUMBERS, LEADING_EVENT_HEADS, LEADING_ORGANISATION_HEADS, LEADING_STATE_HEADS, LOWER_BODY_HEADS, LOWER_EVENT_HEADS, NUMBERED_GROUP_NOUNS, OFFICES_AFTER_NAME, OPENING_EVENT_HEADS, ORGANISATION_HEADS, STATE_HEADS, WordSet } from "./data/words";
import { capitalised, emphasisSpacing, isApostrophe } from "../chars";
import { lazy } from "../lazy";
import { listBits } from "../wordBits";
import type { Form, Lexicon, LineDates, Match, NotePeriod } from "./lexicon";
import { DIGIT, HashBits, holdsAt, HYPHEN_JOIN, joinBefore, LOWER, nameJoin, possessiveAfter, SPACE_JOIN, tokenText, UPPER, type Tokens } from "./tokens";

const HEAD_HASHES = HashBits.of(() => [...EVENT_HEADS, ...LEADING_EVENT_HEADS, ...OPENING_EVENT_HEADS, ...ORGANISATION_HEADS, ...GROUP_HEADS, ...STATE_HEADS, ...LEADING_STATE_HEADS, ...LEADING_ORGANISATION_HEADS, ...FOR_ORGANISATION_HEADS, ...FOREIGN_LEADING_HEADS, ...LOWER_BODY_HEADS]);

// The head lists a word is in, as bits: one look-up for a head in a run instead of one per list.
const EVENT_HEAD = 1;
const LEADING_EVENT_HEAD = 2;
/** An organisation's, a group's or a state's head. */
const BODY_HEAD = 4;
/** A state's or an organisation's head that opens its name before "of". */
const LEADING_BODY_HEAD = 8;
const FOREIGN_LEADING_HEAD = 16;
/** An event's head that opens its name: "Operation Barbarossa". */
const OPENING_EVENT_HEAD = 32;
/** An organisation's head that opens its name before "for": "Society for German Colonization". */
const FOR_BODY_HEAD = 64;
const HEAD_KINDS = lazy(() =>
	listBits([
		[EVENT_HEADS, EVENT_HEAD],
		[LEADING_EVENT_HEADS, LEADING_EVENT_HEAD],
		[ORGANISATION_HEADS, BODY_HEAD],
		[GROUP_HEADS, BODY_HEAD],
		[STATE_HEADS, BODY_HEAD],
		[LEADING_STATE_HEADS, LEADING_BODY_HEAD],
		[LEADING_ORGANISATION_HEADS, LEADING_BODY_HEAD],
		[FOREIGN_LEADING_HEADS, FOREIGN_LEADING_HEAD],
		[OPENING_EVENT_HEADS, OPENING_EVENT_HEAD],
		[FOR_ORGANISATION_HEADS, FOR_BODY_HEAD],
	]),
);
/** Whether a match is a demonym or a people's noun ("Jewish", "Jews"): its use before a noun is no name. */
const demonymAt = (found: Match | null): boolean => found !== null && (found.form.role === "adj" || found.form.role === "plural");

/** Whether token k follows the token before it after a hyphen and nothing else. */
const hyphenBefore = (t: Tokens, k: number): boolean => (t.start[k] ?? 0) - (t.end[k - 1] ?? 0) === 1 && t.text.charCodeAt((t.start[k] ?? 0) - 1) === 45;

/** Whether an apostrophe and a space stand between tokens k-1 and k (what a plural possessive's "' " needs). */
const apostropheGap = (t: Tokens, k: number): boolean => (t.start[k] ?? 0) - (t.end[k - 1] ?? 0) === 2 && isApostrophe(t.text.charCodeAt(t.end[k - 1] ?? 0));

/** `events` value of a run whose event name takes in the lower-case head after it. */
const WITH_HEAD = 2;

/** Whether token k is a year as notes write one: three or four digits and nothing else ("800", "1925"; not "6th"). */
function yearToken(t: Tokens, k: number): boolean {
	const a = t.start[k] ?? 0;
	const n = (t.end[k] ?? 0) - a;
	if (n < 3 || n > 4) return false;
	for (let j = a; j < a + n; j++) {
		const c = t.text.charCodeAt(j);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

/** Heads of a war named by its leader's possessive: "Pontiac's War", "King George's War". */
const POSSESSED_WAR_HEADS = new WordSet(() => ["War", "Wars", "Rebellion", "Revolt", "Rising", "Uprising"]);

const RUN_CONNECTORS = new Set(["of", "the", "de", "du", "des", "von", "van", "der", "la", "le", "y", "for", "on"]);
const CONNECTOR_HASHES = HashBits.of(() => RUN_CONNECTORS);

interface Pool {
	size: number;
	words: (string | undefined)[];
	matches: (Match | null | undefined)[];
	runEnds: Int32Array;
	events: Uint8Array;
	bodies: Uint8Array;
	covered: Uint8Array;
	names: Uint8Array;
	givens: Uint8Array;
	/**
	 * The tokens whose `words` or `matches` entry was set since the pool was last cleared, one entry per set (at most
	 * two per token): only those are cleared for the next note, not every token's.
	 */
	touched: Int32Array;
	touchedCount: number;
	/** The memo of `NoteMatcher.lexMatch`, cleared for each note. */
	memo: MatchMemo;
	/** The matcher that reads notes with this memory, made on the pool's first note (see `noteMatcher`). */
	matcher: NoteMatcher | null;
}

/**
 * The lexicon's matches of words no longer form starts with, by the word's hash, direct-mapped: each slot keeps the
 * last such token (index + 1; 0 for none), whether a hyphen followed it, and the form matched (null for none).
 */
interface MatchMemo {
	tokens: Int32Array;
	hyphens: Uint8Array;
	forms: (Form | null)[];
}

/** Slots of the memo (a power of two), and the shift that maps a mixed hash onto them. */
const MEMO_BITS = 10;
const MEMO_SLOTS = 1 << MEMO_BITS;

function newPool(size: number): Pool {
	return {
		size,
		words: new Array<string | undefined>(size).fill(undefined),
		matches: new Array<Match | null | undefined>(size).fill(undefined),
		runEnds: new Int32Array(size),
		events: new Uint8Array(size),
		bodies: new Uint8Array(size),
		covered: new Uint8Array(size),
		names: new Uint8Array(size),
		givens: new Uint8Array(size),
		touched: new Int32Array(2 * size),
		touchedCount: 0,
		memo: { tokens: new Int32Array(MEMO_SLOTS), hyphens: new Uint8Array(MEMO_SLOTS), forms: new Array<Form | null>(MEMO_SLOTS).fill(null) },
		matcher: null,
	};
}

/** Clears the `words` and `matches` entries a pool's last note set. */
function clearTouched(mem: Pool): void {
	const { touched, words, matches } = mem;
	for (let k = 0; k < mem.touchedCount; k++) {
		const i = touched[k] as number;
		words[i] = undefined;
		matches[i] = undefined;
	}
	mem.touchedCount = 0;
}

/** Words that say a note is about Japan. */
const JAPAN_WORDS = new WordSet(`
	Japan Japanese shogun shoguns shogunate Shogun Shogunate shōgun shōgunate daimyo daimyō Daimyo samurai Samurai
	bakufu Bakufu Tokugawa Meiji Kamakura Ashikaga Sengoku Edo
`);

/** Words that say a note is about China. */
const CHINA_WORDS = new WordSet(`
	China Chinese Qing Ming Tang Kuomintang Guomindang KMT CCP Beijing Peking Nanjing Nanking Shanghai Canton Guangzhou
	Manchu Manchus Taiping Confucian Zhou Qin Sui Yuan Chang'an Luoyang Kaifeng Yan'an
`);

/** The hashes of both lists' words. */
export const SUBJECT_HASHES = HashBits.of(() => [...JAPAN_WORDS, ...CHINA_WORDS]);

/** The subject token k's word names, read by `word`: 1 Japan, 2 China, 0 none. */
export const subjectOf = (t: Tokens, k: number, word: (i: number) => string): number => (JAPAN_WORDS.hasToken(t, k, word) ? 1 : CHINA_WORDS.hasToken(t, k, word) ? 2 : 0);

/** The note's subjects as bits (1 Japan, 2 China), from how often their words come. */
export const subjectBits = (t: Tokens, japan: number, china: number): number => (often(japan, t) ? 1 : 0) | (often(china, t) ? 2 : 0);

/**
 * Whether a note's subject words come often enough: three times and once in every 1,000 characters (a top-level
 * helper: a closure would make `readSubjects` allocate its scope on every call, the answer kept or not).
 */
const often = (n: number, t: Tokens): boolean => n >= 3 && n * 1000 >= t.text.length;

const POOL_LIMIT = 1 << 16;
let pool = newPool(1024);

/** Whether tokens p and i are written alike, compared in place. */
function sameToken(t: Tokens, p: number, i: number): boolean {
	const a = t.start[p] ?? 0;
	const b = t.start[i] ?? 0;
	const n = (t.end[p] ?? 0) - a;
	if ((t.end[i] ?? 0) - b !== n) return false;
	const text = t.text;
	for (let j = 0; j < n; j++) if (text.charCodeAt(a + j) !== text.charCodeAt(b + j)) return false;
	return true;
}

/**
 * The matcher for a note's tokens, reset for that note. One extraction runs at a time (it is synchronous), so its
 * per-token memory is pooled between notes, and so is the matcher itself. When a matcher was made per note and died
 * with it, the matchers' hidden class (V8's map of the class once its fields are set) stayed reachable only through
 * V8's weak transitions; a full garbage collection between notes freed it, and threw away the optimised code of some
 * forty functions of the actors stage that check for it, which then ran cold again (5,000-word note: about 4.4 ms a
 * call over the 0.4 s after a forced collection, against 1.7 ms). A matcher kept for good keeps its hidden class. A
 * very long note gets memory and a matcher of its own, so the pool stays small.
 *
 * `subjects`: the note's subjects (`subjectBits`) when the caller has read them already; else they are read on the
 * first question.
 */
export function noteMatcher(t: Tokens, lex: Lexicon, period: NotePeriod | null, subjects = -1, dated: LineDates | null = null): NoteMatcher {
	const n = t.count;
	const mem = n > POOL_LIMIT ? newPool(n) : pool.size >= n ? pool : (pool = newPool(Math.min(POOL_LIMIT, Math.max(n, pool.size * 2))));
	const m = (mem.matcher ??= new NoteMatcher(mem));
	m.reset(t, lex, period, subjects, dated);
	return m;
}

export class NoteMatcher {
	/** The note's tokens, the lexicon, the note's period and the dates of its lines: the note's, set by `reset`. */
	t!: Tokens;
	lex!: Lexicon;
	period!: NotePeriod | null;
	dated!: LineDates | null;
	/** The pooled memory, where the tokens whose text or match is set are listed. */
	private readonly mem: Pool;
	private readonly words: (string | undefined)[];
	/** The gazetteer's match at each token: undefined until asked, null for none. */
	private readonly matches: (Match | null | undefined)[];
	private readonly runEnds: Int32Array;
	private readonly events: Uint8Array;
	private readonly bodies: Uint8Array;
	/**
	 * At each token, whether a Japanese or Chinese name no list holds opens there, once asked (`persons.ts`
	 * `japaneseAt`, `chineseAt`): 0 not yet asked, 1 none, 2 Japanese, 3 Chinese.
	 */
	readonly names: Uint8Array;
	/** At each token, `persons.ts` `givenOfListed` once asked: 0 not yet asked, 1 no, 2 yes (the scan and `personAt` both ask). */
	readonly givens: Uint8Array;
	/** Tokens already taken by a mention or an event's name (kept here to share the pooled memory). */
	readonly covered: Uint8Array;

	/** A matcher over a pool's memory: `noteMatcher` makes one per pool and resets it for each note. */
	constructor(mem: Pool) {
		this.mem = mem;
		this.words = mem.words;
		this.matches = mem.matches;
		this.runEnds = mem.runEnds;
		this.events = mem.events;
		this.bodies = mem.bodies;
		this.covered = mem.covered;
		this.names = mem.names;
		this.givens = mem.givens;
		this.memo = mem.memo;
		this.subjects = -1;
	}

	/** Makes the matcher the note's: its tokens, lexicon, period and dates, and the memory the last note set cleared. */
	reset(t: Tokens, lex: Lexicon, period: NotePeriod | null, subjects = -1, dated: LineDates | null = null): void {
		this.t = t;
		this.lex = lex;
		this.period = period;
		this.dated = dated;
		this.subjects = subjects;
		const n = t.count;
		// the words and matches the last note set are cleared, not all n (a note asks for few tokens' text)
		clearTouched(this.mem);
		this.runEnds.fill(0, 0, n);
		this.covered.fill(0, 0, n);
		this.names.fill(0, 0, n);
		this.givens.fill(0, 0, n);
		this.memo.tokens.fill(0);
	}

	/** Token i's text, cut once (a property, so it can be handed on as a function). */
	readonly word = (i: number): string => {
		let w = this.words[i];
		if (w === undefined) {
			w = tokenText(this.t, i);
			this.words[i] = w;
			this.mem.touched[this.mem.touchedCount++] = i;
		}
		return w;
	};

	/**
	 * Whether token i is written exactly `w`, as `word(i) === w` says, compared in place when its text is not cut yet:
	 * most rules ask this of words no other rule reads.
	 */
	is(i: number, w: string): boolean {
		const known = this.words[i];
		if (known !== undefined || i < 0 || i >= this.t.count) return (known ?? this.word(i)) === w;
		const s = this.t.start[i] ?? 0;
		return (this.t.end[i] ?? 0) - s === w.length && holdsAt(this.t.text, s, w);
	}

	/** Token i's text in lower case, for the word classes written in lower case. */
	readonly lowerWord = (i: number): string => this.word(i).toLowerCase();

	/** Token i's text with a capital first letter ("Southern" for "southern"), for the word classes written so. */
	readonly capitalisedWord = (i: number): string => capitalised(this.word(i));

	/** The note's subjects as bits (1 Japan, 2 China); -1 until read. */
	private subjects: number;

	/**
	 * Whether the note is about Japan: it names Japan, shoguns, daimyo, samurai, the bakufu or an era at least three
	 * times, and once in every 1,000 characters (a note on the Scramble for Africa that names Japan once is not, nor
	 * one on the Russian Civil War that names the Japanese intervention a few times).
	 */
	aboutJapan(): boolean {
		return (this.readSubjects() & 1) !== 0;
	}

	/** Whether the note is about China, as `aboutJapan` reads a note about Japan. */
	aboutChina(): boolean {
		return (this.readSubjects() & 2) !== 0;
	}

	/** The note's subjects as bits (1 Japan, 2 China), counted once in one pass by the tokens' hashes. */
	private readSubjects(): number {
		if (this.subjects >= 0) return this.subjects;
		const t = this.t;
		let japan = 0;
		let china = 0;
		// one test of the hash rules out nearly every token for both lists
		for (let k = SUBJECT_HASHES.next(t.hash, 0, t.count); k < t.count; k = SUBJECT_HASHES.next(t.hash, k + 1, t.count)) {
			const s = subjectOf(t, k, this.word);
			if (s === 1) japan++;
			else if (s === 2) china++;
		}
		this.subjects = subjectBits(t, japan, china);
		return this.subjects;
	}

	/** The memo of `lexMatch`. */
	private readonly memo: MatchMemo;

	/** The gazetteer's longest match at token i (without the "the X" forms), remembered. */
	at(i: number): Match | null {
		if (i < 0 || i >= this.t.count) return null;
		const known = this.matches[i];
		if (known !== undefined) return known;
		let m = this.lexMatch(i);
		// a name joined by a hyphen to a capitalised word no list holds is part of another name: "Baden-Powell" (not
		// "Anglo-Dutch", "Russo-Japanese"; and "RFK\u2013Dobrynin", with a dash, is two)
		if (m && m.end < this.t.count && hyphenBefore(this.t, m.end) && ((this.t.flags[m.end] ?? 0) & UPPER) !== 0 && !this.at(m.end)) m = null;
		this.matches[i] = m;
		this.mem.touched[this.mem.touchedCount++] = i;
		return m;
	}

	/**
	 * `lex.match` at token i without "the". A word no longer form starts with is matched by its own text alone (and
	 * whether a hyphen follows it, for the prefixes): when an earlier token wrote the same word, its form is taken
	 * again rather than looked up (a note names few actors, many times each).
	 */
	private lexMatch(i: number): Match | null {
		const t = this.t;
		const h = t.hash[i] ?? 0;
		const memo = this.memo;
		const slot = Math.imul(h, 0x9e3779b1) >>> (32 - MEMO_BITS);
		const hyphen = i + 1 < t.count && t.join[i + 1] === HYPHEN_JOIN ? 1 : 0;
		const p = (memo.tokens[slot] as number) - 1;
		if (p >= 0 && t.hash[p] === h && memo.hyphens[slot] === hyphen && sameToken(t, p, i)) {
			const form = memo.forms[slot] ?? null;
			return form ? { form, end: i + 1 } : null;
		}
		const m = this.lex.match(t, i, this.period, false, this.dated);
		if (this.lex.single(h) && !this.lex.lineBound) {
			memo.tokens[slot] = i + 1;
			memo.hyphens[slot] = hyphen;
			memo.forms[slot] = m ? m.form : null;
		}
		return m;
	}

	/**
	 * The end (exclusive) of the capitalised run through token i: capitalised words joined by single spaces or
	 * hyphens, with connectors ("of", "the", "de") and numbers after a word ("War 1812") inside; a possessive ends
	 * it. Every solid token of a run shares the run's end, so each run is walked once.
	 */
	runEnd(i: number): number {
		const known = this.runEnds[i] ?? 0;
		if (known > 0) return known;
		const t = this.t;
		let k = i + 1;
		let lastSolid = i;
		while (k < t.count) {
			if (possessiveAfter(t, k - 1)) {
				// a common noun's possessive inside a body's name: "Yugoslav People's Army"
				if (k + 1 < t.count && joinBefore(t, k + 1) === " " && ((t.flags[k + 1] ?? 0) & UPPER) !== 0 && BODY_POSSESSORS.hasToken(t, k - 1, this.word)) {
					k++;
					continue;
				}
				break;
			}
			// and its plural possessive: "Workers' Party"
			if (((t.flags[k] ?? 0) & UPPER) !== 0 && apostropheGap(t, k) && BODY_POSSESSORS.hasToken(t, k - 1, this.word) && nameJoin(t, k) === "' ") {
				lastSolid = k;
				k++;
				continue;
			}
			const sep = t.join[k];
			if (sep !== SPACE_JOIN && sep !== HYPHEN_JOIN) break;
			const f = t.flags[k] ?? 0;
			// a month before a number is a date, no word of the name: "Confederation of Warsaw Jan 1573"
			if (f & UPPER && sep === SPACE_JOIN && k + 1 < t.count && ((t.flags[k + 1] ?? 0) & DIGIT) !== 0 && t.join[k + 1] === SPACE_JOIN && CALENDAR_WORDS.hasToken(t, k, this.word)) break;
			if (f & UPPER || (f & DIGIT && lastSolid === k - 1) || (sep === HYPHEN_JOIN && f & LOWER)) {
				lastSolid = k;
				k++;
				// a year ends the name it dates: "Christmas Day 800 | Pope Leo III crowned", "Locarno Pact 1925 | Germany"
				if (f & DIGIT && yearToken(t, k - 1)) break;
				continue;
			}
			if (f & LOWER && CONNECTOR_HASHES.has(t.hash[k] ?? 0) && RUN_CONNECTORS.has(this.word(k))) {
				k++;
				continue;
			}
			break;
		}
		const end = lastSolid + 1;
		// An event head anywhere from a token on makes the run from that token an event's name; a body's head after
		// a token makes it a candidate for a body's name. Heads are tested by hash before their text is sliced.
		let event = 0;
		let body = 0;
		// whether an organisation's head ends the run after this token: "Suez Canal Users' Association"
		let organisation = false;
		// the first head of the run that opens an event's name: the event is from it on, not before it
		let opening = -1;
		const hashes = t.hash;
		for (let j = end - 1; j >= i; j--) {
			this.runEnds[j] = end;
			// an office "of" an event's head is an office, no event: "Trotsky Commissar of War", "Minister of War"
			if (event && this.is(j + 1, "of") && OFFICES_AFTER_NAME.hasToken(t, j, this.word)) event = 0;
			this.events[j] = event;
			this.bodies[j] = body;
			const h = hashes[j] ?? 0;
			if (HEAD_HASHES.has(h)) {
				const kinds = HEAD_KINDS().get(this.word(j)) ?? 0;
				// a council of no place is a body: "Council of Troubles", "World Council of Churches"
				const council = (kinds & LEADING_EVENT_HEAD && j + 1 < end && this.councilOfBody(j)) || (kinds & EVENT_HEAD && j > i && this.namedCouncil(j));
				if (council) body = 1;
				// (not an event's head right before an organisation's: "Suez Canal Company 1956", "Rhenish Mission Society")
				else if ((kinds & EVENT_HEAD && !organisation) || (kinds & LEADING_EVENT_HEAD && j + 1 < end && this.is(j + 1, "of"))) event = 1;
				if (kinds & OPENING_EVENT_HEAD && j + 1 < end) opening = j;
				if (kinds & BODY_HEAD) body = 1;
				if ((j === end - 1 || ((t.flags[j + 1] ?? 0) & DIGIT) !== 0) && kinds & BODY_HEAD && ORGANISATION_HEADS.has(this.word(j))) organisation = true;
				this.events[j] = event;
				// "Kingdom of Jerusalem", "Army of Flanders": the head opens the name
				if ((kinds & LEADING_BODY_HEAD && j + 1 < end && this.is(j + 1, "of")) || (kinds & FOR_BODY_HEAD && j + 1 < end && this.is(j + 1, "for")) || council) this.bodies[j] = 1;
				// and "Grand" before such a head: "Grand Duchy of Ruthenia" is named from "Grand" on (`polityOf`)
				else if (j + 2 < end && this.bodies[j + 1] === 1 && this.is(j + 2, "of") && this.is(j, "Grand")) this.bodies[j] = 1;
				// "Partido Comunista", "Liga Nacional": a head in another language opens the name
				if (kinds & FOREIGN_LEADING_HEAD && j + 1 < end) this.bodies[j] = 1;
			}
		}
		if (opening >= 0) this.events.fill(1, opening, end);
		// "Nine Saints", "Old Three Hundred", "Big Four": a number word opens a group's name
		if (end - i >= 2 && (GROUP_NUMBERS.hasToken(t, i, this.word) || this.is(i, "Old") || this.is(i, "Big")) && (GROUP_NUMBERS.hasToken(t, i + 1, this.word) || NUMBERED_GROUP_NOUNS.hasToken(t, i + 1, this.word) || this.is(i + 1, "of"))) this.bodies[i] = 1;
		// a lower-case "movement" right after the run
		const spaceAfter = end < t.count && t.join[end] === SPACE_JOIN;
		if (spaceAfter && HEAD_HASHES.has(hashes[end] ?? 0) && (GROUP_HEADS.has(this.word(end)) || LOWER_BODY_HEADS.has(this.word(end)))) this.bodies.fill(1, i, end);
		// a lower-case event head right after the run names an event, the head included: "Dred Scott decision",
		// "Schlieffen plan", "Dreyfus affair"
		// ("Jewish conspiracy" is a demonym's use, not an event's name)
		// (and after emphasis closed on the name: "*Dred Scott* decision")
		const headAfter = spaceAfter || (end < t.count && emphasisSpacing(t.text, t.end[end - 1] ?? 0, t.start[end] ?? 0));
		if (headAfter && LOWER_EVENT_HEADS.hasToken(t, end, this.word) && !(end - i === 1 && demonymAt(this.at(i)))) this.events.fill(WITH_HEAD, i, end);
		// a leader's possessive before a war's head is the war's name, no mention of the leader: "Pontiac's War" (a
		// state's is the state at war: "Russia's War with Japan")
		else if (possessiveAfter(t, end - 1) && end + 1 < t.count && t.join[end + 1] === SPACE_JOIN && POSSESSED_WAR_HEADS.hasToken(t, end + 1, this.word) && this.at(i)?.form.entities[0]?.kind !== "state") this.events.fill(WITH_HEAD, i, end);
		return end;
	}

	/**
	 * Whether token i opens "Council of" and a name no list holds, or a body's: a council of no place is a standing
	 * body ("Council of Troubles", "Council of Five Elders", "World Council of Churches"), while one of a city met
	 * once ("Council of Trent", "Council of Clermont").
	 */
	councilOfBody(i: number): boolean {
		const t = this.t;
		if (!(this.is(i, "Council") || this.is(i, "Councils")) || i + 2 >= t.count || !this.is(i + 1, "of") || t.join[i + 1] !== SPACE_JOIN || t.join[i + 2] !== SPACE_JOIN) return false;
		let k = i + 2;
		if (this.is(k, "the") && k + 1 < t.count && t.join[k + 1] === SPACE_JOIN) k++;
		if (((t.flags[k] ?? 0) & UPPER) === 0) return false;
		const kind = this.at(k)?.form.entities[0]?.kind;
		return kind === "state" || COUNCIL_NAMES.hasToken(t, k, this.word);
	}

	/**
	 * Whether token i is "Council" after a standing body's word: "Permanent Council", "Supreme Council", "Central
	 * Workers' Council" (not "Lateran Council", "Vatican Council", which met).
	 */
	namedCouncil(i: number): boolean {
		const t = this.t;
		if (i < 1 || !(this.is(i, "Council") || this.is(i, "Councils"))) return false;
		if (!(t.join[i] === SPACE_JOIN || apostropheGap(t, i))) return false;
		return COUNCIL_NAMES.hasToken(t, i - 1, this.word) || COUNCIL_ADJECTIVES.hasToken(t, i - 1, this.word);
	}

	/** Whether a body's head ("Party", "Army", "movement", "Empire") follows token i in its run, or opens it ("Kingdom of"). */
	bodyAhead(i: number): boolean {
		this.runEnd(i);
		return this.bodies[i] === 1;
	}

	/** If the capitalised run at i names an event or a document from i on, the token index after it; else 0. */
	eventEnd(i: number): number {
		const end = this.runEnd(i);
		const event = this.events[i];
		return event === WITH_HEAD ? end + 1 : event ? end : 0;
	}
}

