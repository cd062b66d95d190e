/**
 * From mentions to actors: one actor per entity, named for the note's period, states used only as places dropped,
 * the lecturer and cited authors dropped, then the user's merges and ignore list applied last, because the user's
 * word wins over every rule.
 */
import { isApostrophe, isOpeningQuote } from "../chars";
import { lineIndexAt, type NoteDocument } from "../markdown/document";
import type { Actor, ActorKind, ActorMention } from "../types";
import { AMBIGUOUS_DEMONYMS, PERSON_TITLES } from "./data/words";
import { GIVEN_NAMES } from "./persons";
import { entityKey, type Entity } from "./lexicon";
import type { Hit } from "./recognise";
import { holdsAt, isLetterChar, isLowerChar, isUpperChar } from "./tokens";

export interface Bucket {
	entity: Entity;
	hits: Hit[];
}

export interface UserRules {
	merges: Record<string, string>;
	ignored: readonly string[];
	/** The user's actors by lower-cased name, for the kind of a merge target. */
	userKinds: Map<string, ActorKind>;
}

/**
 * Groups mentions by entity; the user's, then the vault's, naming of an entity wins over the gazetteer's. `shared`
 * gives, per hit, a record that hits of one entity share (or null), where their bucket is kept once found, so most
 * hits need no look-up by key.
 */
export function bucketize(hits: readonly Hit[], shared?: readonly ({ bucket?: Bucket } | null)[]): Map<string, Bucket> {
	const out = new Map<string, Bucket>();
	for (let k = 0; k < hits.length; k++) {
		const h = hits[k] as Hit;
		const s = shared?.[k];
		const b = s?.bucket ?? out.get(h.entity.key);
		if (!b) {
			const created = { entity: h.entity, hits: [h] };
			out.set(h.entity.key, created);
			if (s) s.bucket = created;
		} else {
			if (s) s.bucket = b;
			b.hits.push(h);
			if (rank(h.entity) > rank(b.entity)) b.entity = h.entity;
		}
	}
	return out;
}

function rank(e: Entity): number {
	return e.user ? 2 : e.note ? 1 : 0;
}

/**
 * Drops, in place, the actors the note names only in ways that are no actor's (the user's own actors stay):
 * - a state named only as a place ("in France", "throughout Germany");
 * - a state named only by a demonym that as often names another people ("Indian" of the peoples of the Americas, in
 *   "Houston's Indian policy"): its own name or another form must stand somewhere;
 * - a person named only where a quotation opens ("the \"Bao Dai solution\"", "codeword \"de Lesseps\"", "wrote
 *   \"Amar Sonar Bangla\""): a name used as a word, a slogan's or a title's.
 */
export function dropNonActors(text: string, buckets: Map<string, Bucket>): void {
	const ambiguous = (h: Hit): boolean => AMBIGUOUS_DEMONYMS.has(text.slice(h.from, h.to));
	const quoted = (h: Hit): boolean => isOpeningQuote(text.charCodeAt(h.from - 1));
	for (const [key, b] of buckets) {
		if (b.entity.user) continue;
		const kind = b.entity.kind;
		if ((kind === "state" && (b.hits.every(isPlace) || b.hits.every(ambiguous))) || (kind === "person" && b.hits.every(quoted))) buckets.delete(key);
	}
}

/** Whether a hit names its state as a place only ("in France"). */
const isPlace = (h: Hit): boolean => h.locative;

/**
 * A name with another name of the same actor in brackets right after it ("Joan of Arc (Jeanne d'Arc)", "CNC
 * (Confederación Nacional Campesina)", "Arians (Polish Brethren)", "Frederick William (Great Elector)") makes one
 * actor, named as a list or the vault names it. Only names of one kind (the collectives count as one kind), so
 * "Louis XIV (France)" and "Austria (Habsburgs)" stay two, and so do a person and another's name with an epithet; a
 * person's bracket may go on after a comma ("(Jeanne d'Arc, b. c. 1412)"), a list of states or groups ("Allies
 * (Britain, France)") may not.
 */
export function joinBracketedNames(text: string, hits: readonly Hit[], buckets: Map<string, Bucket>, isListed: (e: Entity) => boolean): void {
	// the hits that open a bracket, by where the bracket stands (most notes have few); a link's brackets are spaces
	let opening: Map<number, Hit> | null = null;
	for (const h of hits) {
		const at = bracketBefore(text, skipSpaces(text, h.from - 1, -1));
		if (text.charCodeAt(at) === 40) (opening ??= new Map()).set(at, h);
	}
	if (!opening) return;
	// a bucket joined to another, by its entity's key, so later pairs find where its hits went
	const joined = new Map<string, Bucket>();
	const bucketOf = (e: Entity): Bucket | undefined => joined.get(e.key) ?? buckets.get(e.key);
	for (const a of hits) {
		const b = opening.get(skipSpaces(text, a.to, 1));
		if (!b || b === a || !sameKindOfActor(a.entity, b.entity) || !closesAlias(text, skipSpaces(text, b.to, 1), a.entity.kind === "person")) continue;
		const first = bucketOf(a.entity);
		const second = bucketOf(b.entity);
		if (!first || !second || first === second) continue;
		// a listed person and a name with an epithet that shares no word with it are two: "his son by Aspasia (Pericles
		// the Younger)"
		if (a.entity.kind === "person" && isListed(first.entity) && otherFullName(first.entity.name, text.slice(b.from, b.to))) continue;
		const [keep, gone] = isListed(second.entity) && !isListed(first.entity) ? [second, first] : [first, second];
		for (const h of gone.hits) keep.hits.push(h);
		buckets.delete(gone.entity.key);
		joined.set(gone.entity.key, keep);
		for (const [key, to] of joined) if (to === gone) joined.set(key, keep);
	}
}

/**
 * The bracket's offset when the name in it comes after the name in its own script and a comma: '(Φιλική Εταιρεία,
 * "Friendly Society")', "(國民黨, Nationalist Party)"; else `at`, where the name's bracket would stand.
 */
function bracketBefore(text: string, at: number): number {
	if (text.charCodeAt(at) !== 44) return at;
	let k = at - 1;
	for (let n = 0; n < 60 && k >= 0; n++, k--) {
		const c = text.charCodeAt(k);
		if (c === 40) return n > 0 && text.charCodeAt(k + 1) > 127 ? k : at;
		// characters of another script and the spaces between them only
		if (c !== 32 && c <= 127) return at;
	}
	return at;
}

/**
 * Whether a name and an epithet ("Pericles the Younger") share no word with a person's name ("Aspasia"). Not an
 * epithet alone ("Great Elector") nor a translation ("Jeanne d'Arc" of Joan of Arc).
 */
function otherFullName(name: string, other: string): boolean {
	const words = other.split(" ");
	if (words.length < 3 || words[1] !== "the") return false;
	const own = new Set(name.split(" "));
	return !words.some((w) => own.has(w));
}

/**
 * The offset after up to four spaces, emphasis marks or double quotes from `at` in the direction `step` (a link's
 * brackets are spaces; "**Uniate Church** (Greek Catholics)", a translation in quotes: 'Filiki Eteria ("Friendly
 * Society")').
 */
function skipSpaces(text: string, at: number, step: 1 | -1): number {
	for (let n = 0, c = text.charCodeAt(at); n < 4 && (c === 32 || c === 42 || c === 95 || c === 34 || c === 0x201c || c === 0x201d); n++) c = text.charCodeAt((at += step));
	return at;
}

/**
 * Whether the bracket holds the alias alone: it closes at `at`, or, for a person, a description in small letters goes
 * on after a comma ("(Jeanne d'Arc, b. c. 1412 …"; not "(Ali Mughayat Syah, 1520s)" nor a list of names).
 */
function closesAlias(text: string, at: number, person: boolean): boolean {
	const c = text.charCodeAt(at);
	if (c === 41) return true;
	return person && c === 44 && isLowerChar(text.charCodeAt(skipSpaces(text, at + 1, 1)));
}

/** Whether two entities are actors of one kind, the collectives (peoples, organisations, groups) counting as one. */
function sameKindOfActor(a: Entity, b: Entity): boolean {
	if (!a.kind || !b.kind) return false;
	if (a.kind === b.kind) return true;
	return a.kind !== "person" && a.kind !== "state" && b.kind !== "person" && b.kind !== "state";
}

/** Titles of a sovereign: the person named by one and a given name is one whose name a sovereign's is. */
const SOVEREIGN_TITLES = new Set(["King", "Queen", "Emperor", "Empress", "Tsar", "Czar", "Tsarina", "Czarina", "Kaiser", "Sultan", "Shah", "Pharaoh", "Caliph"]);
/** A sovereign's name: a regnal numeral, a realm or an epithet after the given name ("Otto I", "Otto of Greece", "Otto the Great"). */
const SOVEREIGNS_NAME = / [IVXL]+\b| of | the /;

/**
 * A given name met alone ("Elizabeth" after "Queen Mary and …", or "Queen Mary") joins the persons of the note who
 * bear it ("Elizabeth I"); a name two persons share is the one's named last before it, or both's before either is
 * named. After a sovereign's title ("King Otto"), only the persons named as sovereigns are.
 */
export function attachGivenNames(buckets: Map<string, Bucket>, isKnownPerson: (e: Entity) => boolean): void {
	const persons = [...buckets.values()].filter((b) => b.entity.kind === "person");
	for (const b of persons) {
		const words = b.entity.name.split(" ");
		const given = words[words.length - 1] ?? "";
		const bare = words.length === 1 || (words.length === 2 && PERSON_TITLES.has(words[0] ?? ""));
		if (!bare || !GIVEN_NAMES.has(given) || b.entity.note || b.entity.user || isKnownPerson(b.entity)) continue;
		// a sovereign's title before it ("King Otto") names a sovereign: not "Otto von Bismarck"
		const sovereign = words.length === 2 && SOVEREIGN_TITLES.has(words[0] ?? "");
		let owners = persons.filter((o) => o !== b && o.entity.name.startsWith(given + " ") && o.entity.name.split(" ").length >= 2 && (!sovereign || SOVEREIGNS_NAME.test(o.entity.name)));
		// none: a given name cut short is the one person's whose given name it opens ("Fred" for Frederick II, "Alex"
		// for Alexander I), three letters kept and three cut at least, so no name is taken for a variant of it
		if (!owners.length && given.length >= 3) {
			owners = persons.filter((o) => o !== b && o.entity.name.startsWith(given) && (o.entity.name.split(" ")[0] ?? "").length >= given.length + 3 && o.entity.name.includes(" "));
			if (owners.length !== 1) continue;
		}
		if (!owners.length) continue;
		for (const h of b.hits) {
			// (several bear it: the one named last before it, else each of them)
			const one = owners.length > 1 ? namedLastBefore(owners, h.from) : null;
			if (one) one.hits.push(h);
			else for (const o of owners) o.hits.push(h);
		}
		buckets.delete(b.entity.key);
	}
}

/** Of several persons' buckets, the one with a mention last before offset `at`; null when none has one before it. */
function namedLastBefore(owners: readonly Bucket[], at: number): Bucket | null {
	let best: Bucket | null = null;
	let bestFrom = -1;
	for (const o of owners) {
		for (const h of o.hits) {
			if (h.from < at && h.from > bestFrom) {
				best = o;
				bestFrom = h.from;
			}
		}
	}
	return best;
}

/**
 * A surname no list holds, met alone before the note names its bearer in full ("Scott's campaign" above "Winfield
 * Scott lands"), joins the one person of the note whose name ends in it. Read after the scan, which links a surname
 * to a full name only from the full name on.
 */
export function attachSurnames(buckets: Map<string, Bucket>, isKnownPerson: (e: Entity) => boolean): void {
	const persons = [...buckets.values()].filter((b) => b.entity.kind === "person");
	// the persons named in full, by the last word of the name (they are never the ones joined below)
	const byLast = new Map<string, Bucket[]>();
	for (const o of persons) {
		const space = o.entity.name.lastIndexOf(" ");
		if (space < 0) continue;
		const last = o.entity.name.slice(space + 1);
		const same = byLast.get(last);
		if (same) same.push(o);
		else byLast.set(last, [o]);
	}
	for (const b of persons) {
		const name = b.entity.name;
		if (name.includes(" ") || b.entity.note || b.entity.user || isKnownPerson(b.entity)) continue;
		const owners = byLast.get(name);
		const owner = owners?.length === 1 ? owners[0] : undefined;
		if (!owner) continue;
		// (one by one: a huge note's mentions would overflow a spread's arguments)
		for (const h of b.hits) owner.hits.push(h);
		buckets.delete(b.entity.key);
	}
}

/**
 * A person named by the first words of another person's name in the note, two words or more of it, is that person:
 * "Michał Korybut" beside "Michał Korybut Wiśniowiecki". Not when the rest is a numeral or a generation's mark
 * ("Frederick William" beside "Frederick William IV", "Joseph Kennedy Jr"), nor when two longer names begin so.
 */
export function joinNamePrefixes(buckets: Map<string, Bucket>, isKnownPerson: (e: Entity) => boolean): void {
	const persons = [...buckets.values()].filter((b) => b.entity.kind === "person");
	for (const b of persons) {
		const name = b.entity.name;
		if (!name.includes(" ") || b.entity.user || b.entity.note || isKnownPerson(b.entity)) continue;
		const head = name + " ";
		let owner: Bucket | undefined;
		let owners = 0;
		for (const o of persons) {
			const n = o.entity.name;
			if (n.length <= head.length || !n.startsWith(head) || !buckets.has(o.entity.key)) continue;
			const rest = n.slice(head.length);
			if (rest.includes(" ") || !isLongerNamesWord(rest)) continue;
			owner = o;
			owners++;
		}
		if (owners !== 1 || !owner) continue;
		for (const h of b.hits) owner.hits.push(h);
		buckets.delete(b.entity.key);
	}
}

/** Whether the word a longer name adds may be a surname: capitalised, no numeral, no mark of a generation. */
function isLongerNamesWord(w: string): boolean {
	if (!isUpperChar(w.charCodeAt(0)) || !isLowerChar(w.charCodeAt(1))) return false;
	return !GENERATION_MARKS.has(w);
}

const GENERATION_MARKS = new Set(["Jr", "Sr", "Junior", "Senior", "Elder", "Younger"]);

/**
 * A person the note names with a slip of one letter in one word of a listed person's name, where that person is named
 * too ("Suryavaman II" beside "Suryavarman II", "Frederick Barbarosa" beside "Barbarossa", "Zebrzydowksi" beside
 * "Zebrzydowski"), is that person: one letter left out, added, changed or two swapped, inside a word of six letters
 * or more, not its first or last letter (so "Maria" and "Mario", "Johann" and "Johanna", "Henry II" and "Henry III"
 * stay two). The name that is no listed person's joins the listed one.
 */
export function joinMisspelledNames(buckets: Map<string, Bucket>, isKnownPerson: (e: Entity) => boolean): void {
	const listed: Bucket[] = [];
	const local: Bucket[] = [];
	for (const b of buckets.values()) {
		if (b.entity.kind !== "person" || b.entity.user || b.entity.note) continue;
		(isKnownPerson(b.entity) ? listed : local).push(b);
	}
	if (!listed.length || !local.length) return;
	for (const b of local) {
		const name = b.entity.name;
		const matches = listed.filter((o) => Math.abs(o.entity.name.length - name.length) <= 1 && slipOfOneLetter(name, o.entity.name));
		const owner = matches.length === 1 ? matches[0] : undefined;
		if (!owner) continue;
		for (const h of b.hits) owner.hits.push(h);
		buckets.delete(b.entity.key);
	}
}

/** Whether two names have the same words but one, and that one differs by a slip (see `joinMisspelledNames`). */
function slipOfOneLetter(a: string, b: string): boolean {
	const wa = a.split(" ");
	const wb = b.split(" ");
	if (wa.length !== wb.length) return false;
	let slips = 0;
	for (let k = 0; k < wa.length; k++) {
		const x = wa[k] as string;
		const y = wb[k] as string;
		if (x === y) continue;
		if (++slips > 1 || !oneLetterInside(x, y)) return false;
	}
	return slips === 1;
}

/** Whether word x becomes y by one letter left out, added, changed or two neighbours swapped, not at either end. */
function oneLetterInside(x: string, y: string): boolean {
	if (x.length > y.length) [x, y] = [y, x];
	if (x.length < 6 || y.length - x.length > 1) return false;
	const last = x.length - 1;
	if (x.charCodeAt(0) !== y.charCodeAt(0) || x.charCodeAt(last) !== y.charCodeAt(y.length - 1)) return false;
	let i = 1;
	while (i < last && x.charCodeAt(i) === y.charCodeAt(i)) i++;
	if (x.length < y.length) return x.slice(i) === y.slice(i + 1);
	// the same length: one letter changed, or two neighbours swapped
	if (x.slice(i + 1) === y.slice(i + 1)) return true;
	return i + 1 < last && x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
}

/**
 * An abbreviation no list holds, made of the initials of a listed state's longer name ("PLC" of Polish-Lithuanian
 * Commonwealth, "GDL" of Grand Duchy of Lithuania), is that state when the note names it otherwise too: one actor,
 * not a state and an organisation of the same name. `statesOf` gives the states an abbreviation may stand for.
 */
export function joinStateInitials(buckets: Map<string, Bucket>, isListed: (e: Entity) => boolean, statesOf: (initials: string) => readonly string[] | undefined): void {
	let states: Map<string, Bucket> | null = null;
	for (const [key, b] of buckets) {
		const e = b.entity;
		if (e.kind === "person" || e.user || e.note || !isInitials(e.name) || isListed(e)) continue;
		const names = statesOf(e.name);
		if (!names) continue;
		if (!states) {
			states = new Map();
			for (const o of buckets.values()) if (o.entity.kind === "state") states.set(o.entity.name, o);
		}
		const owners = names.map((n) => (states as Map<string, Bucket>).get(n)).filter((o): o is Bucket => !!o);
		const owner = owners.length === 1 ? owners[0] : undefined;
		if (!owner) continue;
		for (const h of b.hits) owner.hits.push(h);
		buckets.delete(key);
	}
}

/** Whether a name is three to five capitals. */
function isInitials(name: string): boolean {
	if (name.length < 3 || name.length > 5) return false;
	for (let k = 0; k < name.length; k++) {
		const c = name.charCodeAt(k);
		if (c < 65 || c > 90) return false;
	}
	return true;
}

/** `scholars` receives the names of the scholars of the course dropped by their title ("Prof. Lindqvist"), untitled. */
export function dropExcluded(doc: NoteDocument, buckets: Map<string, Bucket>, lecturers: Set<string>, cited: Set<string>, isKnownPerson: (e: Entity) => boolean, scholars?: Set<string>): void {
	// the lengths of the names excluded, so most mentions are passed over without cutting their text
	const lengths = nameLengths(lecturers, cited);
	for (const [key, b] of buckets) {
		if (b.entity.kind !== "person" || b.entity.user) continue;
		// a person the gazetteer lists or the vault has a note on is known: a historical person who "argues" stays
		const known = isKnownPerson(b.entity) || !!b.entity.note;
		if (known && !lecturers.size) continue;
		// "Prof. Lindqvist", "Dr Weber": a scholar of the course, not a historical actor, unless the gazetteer knows them
		if (!known && b.hits.some((h) => scholarTitledAt(doc.raw, h.from, h.to))) {
			scholars?.add(withoutTitle(b.entity.name));
			buckets.delete(key);
			continue;
		}
		if (!lecturers.size && !cited.size) continue;
		// the name, then each way the note writes it when it may name one of them
		if (excluded(b.entity.name, lecturers, cited, known)) {
			buckets.delete(key);
			continue;
		}
		// A mention that writes an excluded name goes, and the actor with it when no other mention is left: "St George"
		// of a cited "Malaterra St George" is not "George of Antioch", who stays by his own name.
		// (a text read once is not read again: most of a bucket's mentions write the name alike)
		let read: string | null = null;
		let out: string | null = null;
		let kept = 0;
		for (const h of b.hits) {
			const again = read !== null && h.to - h.from === read.length && holdsAt(doc.raw, h.from, read);
			if (!again) {
				read = doc.raw.slice(h.from, h.to);
				out = mayName(doc.raw, h.from, h.to, lengths) && excluded(read, lecturers, cited, known) ? read : null;
			}
			if (out === null) b.hits[kept++] = h;
		}
		if (kept === 0) buckets.delete(key);
		else b.hits.length = kept;
	}
}

/** Whether a name, without its title, is a lecturer's, or a cited author's when the gazetteer does not know it. */
function excluded(name: string, lecturers: Set<string>, cited: Set<string>, known: boolean): boolean {
	const n = withoutTitle(name);
	return lecturers.has(n) || (!known && cited.has(n));
}

/** Marks at the lengths of the names in the sets. */
function nameLengths(...sets: ReadonlySet<string>[]): Uint8Array {
	let longest = 0;
	for (const names of sets) for (const n of names) longest = Math.max(longest, n.length);
	const lengths = new Uint8Array(longest + 1);
	for (const names of sets) for (const n of names) lengths[n.length] = 1;
	return lengths;
}

/**
 * Whether the mention from `from` to `to` may be, with or without a title (`withoutTitle`), a name of one of the
 * `lengths`: it has such a length, or it holds a character that may be a space (one word alone is itself untitled).
 */
function mayName(text: string, from: number, to: number, lengths: Uint8Array): boolean {
	if (lengths[to - from]) return true;
	for (let k = from; k < to; k++) {
		const c = text.charCodeAt(k);
		// letters, digits, apostrophes, hyphens and dots are no spaces
		if (!isLetterChar(c) && !(c >= 48 && c <= 57) && !isApostrophe(c) && c !== 45 && c !== 46) return true;
	}
	return false;
}

const SCHOLAR_TITLED = /^(?:Prof(?:essor)?|Dr|Doctor|Lecturer|Tutor|Teacher|Instructor)\.?\s/;

/**
 * Whether the mention from `from` to `to` opens with a scholar's title (SCHOLAR_TITLED), its first letter read
 * before the text is cut.
 */
function scholarTitledAt(raw: string, from: number, to: number): boolean {
	const c = from < to ? raw.charCodeAt(from) : 0;
	// P, D, L, T, I
	return (c === 80 || c === 68 || c === 76 || c === 84 || c === 73) && SCHOLAR_TITLED.test(raw.slice(from, to));
}

/**
 * Where the capital and small letters that open a name end when a space may follow them, after a dot or not, as
 * `withoutTitle` reads a title (0 when none may): no printable ASCII character may follow. A cheap test, so the
 * expression runs only on a title's word.
 */
function titleWordEnd(name: string): number {
	const c = name.charCodeAt(0);
	if (!(c >= 65 && c <= 90)) return 0;
	let k = 1;
	while (k < name.length && name.charCodeAt(k) >= 97 && name.charCodeAt(k) <= 122) k++;
	const s = name.charCodeAt(k) === 46 ? k + 1 : k;
	const d = name.charCodeAt(s);
	return s < name.length && !(d > 32 && d < 127) ? k : 0;
}

/** "Dr. Smith" → "Smith": the lecturer is named with or without the title. */
function withoutTitle(name: string): string {
	const k = titleWordEnd(name);
	if (!k || !PERSON_TITLES.has(name.slice(0, k))) return name;
	const m = /^([A-Z][a-z]*)\.?\s+(.+)$/.exec(name);
	return m && PERSON_TITLES.has(m[1] ?? "") ? (m[2] ?? name) : name;
}

/** The user's merges (surface form or actor name → actor name), ignore list, then the actors in note order. */
export function toActors(doc: NoteDocument, buckets: Map<string, Bucket>, rules: UserRules): Actor[] {
	const mergeMap = new Map<string, string>();
	for (const [k, v] of Object.entries(rules.merges)) mergeMap.set(k.trim().toLowerCase(), v.trim());
	const ignored = new Set(rules.ignored.map((s) => s.trim().toLowerCase()));
	const follow = (name: string): string | null => {
		let cur = name;
		let changed = false;
		const seen = new Set<string>();
		for (let step = 0; step < 16; step++) {
			const next = mergeMap.get(cur.toLowerCase());
			if (!next || next.toLowerCase() === cur.toLowerCase() || seen.has(next.toLowerCase())) break;
			seen.add(cur.toLowerCase());
			cur = next;
			changed = true;
		}
		return changed ? cur : null;
	};

	interface Out {
		name: string;
		kind: ActorKind;
		note: string | null;
		user: boolean;
		mentions: Span[];
	}
	const byName = new Map<string, Out>();
	const order: Out[] = [];
	// A merge target that is an actor of this note keeps that actor's kind, whichever is met first.
	const present = new Map<string, ActorKind>();
	// each bucket's name in lower case, worked out once for both loops (in the buckets' order)
	const lowered: string[] = [];
	for (const b of buckets.values()) {
		const lower = b.entity.name.toLowerCase();
		lowered.push(lower);
		if (b.entity.kind && !mergeMap.has(lower)) present.set(lower, b.entity.kind);
	}
	const target = (name: string, kind: ActorKind, note: string | null, user: boolean, key = name.toLowerCase()): Out => {
		let o = byName.get(key);
		if (!o) {
			const userKind = rules.userKinds.get(key);
			o = { name, kind: userKind ?? present.get(key) ?? kind, note, user: user || userKind !== undefined, mentions: [] };
			byName.set(key, o);
			order.push(o);
		} else {
			if (!o.note && note) o.note = note;
			if (user && !o.user) {
				o.kind = kind;
				o.user = true;
			}
		}
		return o;
	};

	let n = 0;
	for (const b of buckets.values()) {
		const e = b.entity;
		const lower = lowered[n++] as string;
		if (e.kind === null) continue;
		const actorTarget = mergeMap.size ? follow(e.name) : null;
		const home = actorTarget ? target(actorTarget, e.kind, null, false) : target(e.name, e.kind, e.note ?? null, !!e.user, lower);
		if (!mergeMap.size && !ignored.size) {
			// the hits themselves serve as spans (only their range is read); the bucket's list itself, when it is the
			// first (the buckets are not read after this)
			if (!home.mentions.length) home.mentions = b.hits;
			else for (const h of b.hits) home.mentions.push(h);
			continue;
		}
		for (const h of b.hits) {
			const text = doc.raw.slice(h.from, h.to);
			if (ignored.has(text.toLowerCase())) continue;
			const mentionTarget = mergeMap.size ? follow(text) : null;
			const dest = mentionTarget && mentionTarget.toLowerCase() !== home.name.toLowerCase() ? target(mentionTarget, home.kind, null, false) : home;
			dest.mentions.push({ from: h.from, to: h.to });
		}
	}

	const actors: Actor[] = [];
	for (const o of order) {
		if ((ignored.size && ignored.has(o.name.toLowerCase())) || !o.mentions.length) continue;
		// mentions come mostly in note order already (the scan reads left to right)
		if (!inOrder(o.mentions)) o.mentions.sort(byPosition);
		const mentions: ActorMention[] = [];
		let last: Span | null = null;
		const starts = doc.lineStarts;
		let line = 0;
		for (const m of o.mentions) {
			if (last && last.from === m.from && last.to === m.to) continue;
			last = m;
			line = lineFrom(starts, m.from, line);
			mentions.push({ offset: m.from, length: m.to - m.from, line: line + 1, col: m.from - (starts[line] as number), text: doc.raw.slice(m.from, m.to) });
		}
		actors.push({ id: entityKey(o.kind, o.name), name: o.name, kind: o.kind, note: o.note, mentions });
	}
	actors.sort((a, b) => (a.mentions[0]?.offset ?? 0) - (b.mentions[0]?.offset ?? 0));
	return actors;
}

interface Span {
	from: number;
	to: number;
}

/**
 * `lineIndexAt` for offsets that mostly come in note order: from the line `from` on, by strides that double until
 * one passes the offset, then by halves within the last stride (a few lines ahead cost a read or two).
 */
function lineFrom(starts: readonly number[], offset: number, from: number): number {
	if ((starts[from] as number) > offset) return lineIndexAt(starts, offset, from);
	let lo = from;
	let step = 1;
	while (lo + step < starts.length && (starts[lo + step] as number) <= offset) {
		lo += step;
		step *= 2;
	}
	let hi = Math.min(lo + step, starts.length) - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] as number) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

const byPosition = (a: Span, b: Span): number => a.from - b.from || a.to - b.to;

function inOrder(spans: readonly Span[]): boolean {
	for (let k = 1; k < spans.length; k++) if (byPosition(spans[k - 1] as Span, spans[k] as Span) > 0) return false;
	return true;
}
