/**
 * Actors of a lecture note: persons, states, peoples, organisations and groups, each with its canonical name and
 * every mention. Sources, in order of precedence: the user's settings, the vault's actor notes, the built-in
 * gazetteer (states, peoples, bodies, groups, well-known persons), then name patterns. See ARCHITECTURE.md for
 * how to add a source.
 */
import { isApostrophe, isSpace } from "../chars";
import { KeptZeroes } from "../kept";
import { lazy } from "../lazy";
import type { NoteDocument } from "../markdown/document";
import { frontmatterAliases } from "../markdown/frontmatter";
import { DEFAULT_READING_HEADINGS, type UserActor } from "../settings";
import type { Actor, ActorKind, DateMention } from "../types";
import { CALENDAR_WORDS, OFFICE_OPENERS, OFFICES_AFTER_NAME, PLACE_OPENERS } from "./data/words";
import { attachGivenNames, attachSurnames, bucketize, dropExcluded, dropNonActors, joinBracketedNames, joinMisspelledNames, joinNamePrefixes, joinStateInitials, toActors, type Bucket } from "./assemble";
import { citedTitleSpans, emphasisSpans, findExclusions, historianListSpans, noteTitleLinkSpans, readingLinkSpans, readingRanges, titleEmphasisSpans, TRIGGERS } from "./exclusions";
import { addAbbreviatedRulers, applyCountryNamesakes, applyRegnalNamesakes, builtinLexicon, inPeriod, isRenamed, mergeRegimes, STATE_INITIALS } from "./gazetteer";
import type { Entity, Lexicon, LineDates, NotePeriod } from "./lexicon";
import { namedWord, scan, type Hit } from "./recognise";
import { classify, userLexicon, vaultLexicon, type VaultLexicon, type VaultActorNote } from "./sources";
import { SUBJECT_HASHES, subjectBits, subjectOf } from "./matcher";
import { HashBits, isLetterChar, isLowerChar, isUpperChar, tokenize, tokenText, type Tokens } from "./tokens";

export type { VaultActorNote } from "./sources";

const KINDS = new Set<string>(["person", "state", "people", "organisation", "group"]);

/**
 * What a vault note offers the actor sources: its title, its frontmatter aliases, and the kind it declares
 * (`actor: person`, `kind: state` or `type: organisation`), so a note can make its subject an actor.
 */
export function vaultActorNote(path: string, frontmatter: Record<string, unknown> | null): VaultActorNote {
	const title = (path.split("/").pop() ?? path).replace(/\.md$/i, "");
	let kind: ActorKind | null = null;
	for (const key of ["actor", "kind", "type"]) {
		const v = frontmatter?.[key];
		if (typeof v === "string" && KINDS.has(v.trim().toLowerCase())) {
			kind = v.trim().toLowerCase() as ActorKind;
			break;
		}
	}
	return { path, title, aliases: frontmatterAliases(frontmatter), kind };
}

export interface ActorOptions {
	userActors: UserActor[];
	merges: Record<string, string>;
	ignored: string[];
	vaultNotes: VaultActorNote[];
	/** The note's dates, for period-aware merging (Russia in 1917–1991 is the Soviet Union). */
	dates: DateMention[];
	/** Headings of the sections that list readings, whose titles are not mentions (default: the settings' default). */
	readingHeadings?: readonly string[];
}

export function extractActors(doc: NoteDocument, options: ActorOptions): Actor[] {
	return extractActorsAndLecturers(doc, options).actors;
}

/**
 * The actors of a note, and the names it gives its lecturer or author ("Prof. Vassilakis", "Notes given by Finley"):
 * full names and surnames, no given name alone. The other notes of its course leave out a person so named
 * (`withoutCourseLecturers`).
 */
export function extractActorsAndLecturers(doc: NoteDocument, options: ActorOptions): { actors: Actor[]; lecturers: string[] } {
	const builtin = builtinLexicon();
	const period = notePeriod(options.dates);
	const dynamic: Lexicon[] = [];
	if (options.userActors.length) dynamic.push(userLexicon(options.userActors));
	const vault = options.vaultNotes.length ? vaultLexicon(options.vaultNotes) : null;
	if (vault) dynamic.push(vault.lexicon);

	const t = tokenize(doc.display, true);
	const marks = readMarks(t);
	const hits = scan({ t, builtin, dynamic, period, subjects: marks.subjects, dated: lineDates(doc.display, options.dates) });
	keepAbbreviationDots(doc.display, hits);

	// names under a readings heading or in a link to a reading are the readings' titles and authors, names in a link
	// that shows another note's title are that note's, the names a line lists as historians' (or that open the lines of
	// a historiography section) are cited, and so are works in italics after an author the note cites ("Clark's *Iron
	// Kingdom*")
	const emphasis = emphasisSpans(doc.display);
	const isPerson = (name: string): boolean => [builtin, ...dynamic].some((lex) => lex.lookup(name, period)?.entities[0]?.kind === "person");
	const ex = findExclusions(doc, t, marks.triggers, emphasis, isPerson);
	const readings = [...readingRanges(doc, options.readingHeadings ?? DEFAULT_READING_HEADINGS), ...readingLinkSpans(doc), ...noteTitleLinkSpans(doc), ...historianListSpans(doc), ...ex.works];
	if (readings.length) dropWithin(hits, readings);
	dropInsideTitles(hits, titleEmphasisSpans(doc, emphasis));
	dropInsideTitles(hits, citedTitleSpans(doc));
	dropAttackedPlaces(doc.display, hits);
	dropCaseNames(doc.display, hits);
	joinEzafes(doc.display, hits);
	dropNameParts(doc.display, hits);
	dropTopicHeadings(doc.display, hits);
	dropOfficeWords(doc.display, hits);
	// an entity the built-in lists hold (a listed person, for the rules on names)
	const isKnownPerson = (e: Entity): boolean => builtin.entities.get(e.key) === e;
	adoptLinkTargets(doc, hits, vault, period, isKnownPerson);
	dropPlacedNames(doc.display, hits, isKnownPerson);
	applyCountryNamesakes(builtin, doc.display, hits);
	applyRegnalNamesakes(builtin, doc.display, hits, period);
	addAbbreviatedRulers(builtin, t, hits, period);
	const settled = settleEntities(builtin, hits, period);

	const buckets = bucketize(hits, settled);
	joinBracketedNames(doc.display, hits, buckets, (e) => !!e.user || !!e.note || isKnownPerson(e));
	dropNonActors(doc.display, buckets);
	attachGivenNames(buckets, isKnownPerson);
	const scholars = new Set<string>();
	dropExcluded(doc, buckets, ex.lecturers, ex.cited, isKnownPerson, scholars);
	// (after the exclusions: a lecturer's surname alone is dropped, not joined to a historical namesake)
	attachSurnames(buckets, isKnownPerson);
	joinMisspelledNames(buckets, isKnownPerson);
	joinNamePrefixes(buckets, isKnownPerson);
	joinStateInitials(buckets, isKnownPerson, (initials) => STATE_INITIALS().get(initials));

	const userKinds = new Map<string, ActorKind>();
	for (const a of options.userActors) userKinds.set(a.name.toLowerCase(), a.kind);
	return { actors: toActors(doc, buckets, { merges: options.merges, ignored: options.ignored, userKinds }), lecturers: lecturerNames(scholars.size ? new Set([...ex.lecturers, ...scholars]) : ex.lecturers) };
}

/**
 * The names of a note's lecturers for the other notes of its course: each full name and its last word, and a single
 * name ("Vassilakis"); not the other words of a full name ("Maria" of "Maria Lopez"), which another person may bear.
 */
function lecturerNames(found: ReadonlySet<string>): string[] {
	if (!found.size) return [];
	const names = new Set<string>();
	const full = [...found].filter((n) => n.includes(" "));
	for (const n of full) {
		names.add(n);
		names.add(n.slice(n.lastIndexOf(" ") + 1));
	}
	for (const n of found) if (!n.includes(" ") && !full.some((f) => f.startsWith(`${n} `) || f.includes(` ${n} `))) names.add(n);
	// (not an initial: "L." of a note signed so)
	return [...names].filter((n) => n.replace(/\./g, "").length >= 3).sort();
}

/**
 * The actors of a note without the persons the other notes of its course name as their lecturer ("Vassilakis: …"
 * in a note that does not say he teaches, after "Prof. Vassilakis" in another lecture): a person each of whose
 * mentions is such a name, no list holds and the vault gives no note of their own. The same array when none is.
 */
export function withoutCourseLecturers(actors: Actor[], lecturers: ReadonlySet<string>): Actor[] {
	if (!lecturers.size) return actors;
	const kept = actors.filter((a) => !(a.mentions.every((m) => lecturers.has(m.text)) && isCourseLecturer(a, lecturers)));
	return kept.length === actors.length ? actors : kept;
}

/** Whether an actor of a course's lecture is a person its course names as the lecturer, no list holds and no note is on. */
export function isCourseLecturer(actor: Pick<Actor, "kind" | "name" | "note">, lecturers: ReadonlySet<string>): boolean {
	return actor.kind === "person" && actor.note === null && lecturers.has(actor.name) && builtinLexicon().lookup(actor.name, null)?.entities[0]?.kind !== "person";
}

/** The hashes of the subjects' words and of the exclusions' triggers, for one pass over the tokens. */
const MARKS = HashBits.union(SUBJECT_HASHES, TRIGGERS);

/**
 * In one pass over the tokens by hash: the note's subjects (`NoteMatcher.aboutJapan`) and the tokens that may
 * trigger an exclusion (`findExclusions`), in order.
 */
function readMarks(t: Tokens): { subjects: number; triggers: number[] } {
	let japan = 0;
	let china = 0;
	const triggers: number[] = [];
	const word = (k: number): string => tokenText(t, k);
	for (let k = MARKS.next(t.hash, 0, t.count); k < t.count; k = MARKS.next(t.hash, k + 1, t.count)) {
		const h = t.hash[k] ?? 0;
		if (TRIGGERS.has(h)) triggers.push(k);
		if (!SUBJECT_HASHES.has(h)) continue;
		const s = subjectOf(t, k, word);
		if (s === 1) japan++;
		else if (s === 2) china++;
	}
	return { subjects: subjectBits(t, japan, china), triggers };
}

/**
 * A mention that ends in an abbreviation keeps its dot, as the note writes it: an initial ("Dost M.", "U.S."; not a
 * regnal numeral, "Pedro I."), or a word of two to five letters that a longer word of the actor's name begins with
 * inside a sentence ("Peter II of Ar. (1208)" of Aragon; not "Spain." or "Die Hanse." at a sentence's end).
 */
function keepAbbreviationDots(text: string, hits: Hit[]): void {
	for (const h of hits) {
		if (text.charCodeAt(h.to) !== 46) continue;
		let a = h.to;
		while (a > h.from && isLetterChar(text.charCodeAt(a - 1))) a--;
		const n = h.to - a;
		const first = text.charCodeAt(a);
		if (n < 1 || n > 5 || !isUpperChar(first)) continue;
		if (n === 1 ? first !== 73 && first !== 86 && first !== 88 /* I V X */ : inSentence(text, h.to + 1) && abbreviates(text.slice(a, h.to), h.entity.name)) h.to++;
	}
}

/** Whether the sentence goes on after a dot ending before `k`: a lower-case letter, a digit or a bracket follows. */
function inSentence(text: string, k: number): boolean {
	while (text.charCodeAt(k) === 32) k++;
	const c = text.charCodeAt(k);
	return isLowerChar(c) || (c >= 48 && c <= 57) || c === 40 || c === 44 || c === 59 || c === 41;
}

/** Whether a word of `name` begins with `short` and goes on: "Ar" of "Peter II of Aragon". */
function abbreviates(short: string, name: string): boolean {
	for (const w of name.split(NAME_WORD_BREAK)) if (w.length > short.length && w.startsWith(short)) return true;
	return false;
}

const NAME_WORD_BREAK = /[\s,()]+/;

/** What a built-in entity becomes in the note: its name in the period, and whether that name has other regimes. */
interface Settled {
	entity: Entity;
	renamed: boolean;
	/** The entity after the regimes are merged, once known. */
	merged?: Entity;
	/** The bucket of its hits, once made. */
	bucket?: Bucket;
}

/**
 * Names each built-in entity for the note's period (`inPeriod`), then merges the regimes of one polity the note
 * names (`mergeRegimes`), worked out once per entity rather than once per hit: a note names few actors, many times
 * each. The regimes are read as `mergeRegimes` reads the hits: by name, the entity last mentioned.
 */
function settleEntities(builtin: Lexicon, hits: readonly Hit[], period: NotePeriod | null): (Settled | null)[] {
	const byEntity = new Map<Entity, Settled>();
	const settled = new Array<Settled | null>(hits.length);
	const present = new Map<string, Entity>();
	for (let k = 0; k < hits.length; k++) {
		const h = hits[k] as Hit;
		let s: Settled | null = null;
		if (!h.dynamic) {
			s = byEntity.get(h.entity) ?? null;
			if (!s) {
				const e = period ? inPeriod(builtin, h.entity, period) : h.entity;
				byEntity.set(h.entity, (s = { entity: e, renamed: isRenamed(e.name) }));
			}
			h.entity = s.entity;
			if (s.renamed) present.set(s.entity.name, s.entity);
		} else if (isRenamed(h.entity.name)) present.set(h.entity.name, h.entity);
		settled[k] = s;
	}
	if (present.size < 2) return settled;
	const merged = mergeRegimes(builtin, [...present.values()].map((entity) => ({ entity })), period);
	if (!merged.size) return settled;
	for (let k = 0; k < hits.length; k++) {
		const h = hits[k] as Hit;
		const s = settled[k];
		if (s) h.entity = s.merged ??= merged.get(s.entity.key) ?? s.entity;
		else h.entity = merged.get(h.entity.key) ?? h.entity;
	}
	return settled;
}

/**
 * Drops, in place, the hits inside one of the titles' spans that are not the whole span. The spans come in order
 * and apart (as `titleEmphasisSpans` finds them): each hit looks up the one span that holds its start.
 */
function dropInsideTitles(hits: Hit[], titles: [number, number][]): void {
	if (!titles.length) return;
	keepHits(hits, (h) => {
		const span = spanAt(titles, h.from);
		// the whole span is the name, set in italics
		return span === null || h.to > span[1] || (h.from <= span[0] && h.to >= span[1]);
	});
}

/** "Raid" as a verb, right before a name: "raids", "raided". (A person is besieged, and "sacked" is dismissed.) */
const ATTACK_BEFORE = /\b(?:raid|raids|raided) $/;

/**
 * Drops, in place, the persons' hits right after "raid" as a verb: what is raided is a town ("Villa raids Columbus",
 * "Khalid raids al-Hira"), not the person a list or a name's shape reads there.
 */
function dropAttackedPlaces(text: string, hits: Hit[]): void {
	// (the space and the verb's last letter, "d" or "s", tested in place before any text is cut)
	keepHits(hits, (h) => h.entity.kind !== "person" || text.charCodeAt(h.from - 1) !== 32 || !ATTACK_LAST.has(text.charCodeAt(h.from - 2)) || !ATTACK_BEFORE.test(text.slice(Math.max(0, h.from - 10), h.from)));
}

/** The last letters of ATTACK_BEFORE's words. */
const ATTACK_LAST = new Set([100, 115]);

/**
 * Drops, in place, the hits inside a court case's name: "Brown v. Board of Education", "Marbury v. Madison". A case
 * is two parties joined by " v. ", each a run of capitalised words (with "of", "the", "and" between them), and one
 * of them a name no rule reads (a litigant: "Brown", "Marbury"). Actors on both sides are a conflict the note writes
 * so, and stay: "James I v. Parliament", "Athens v. Sparta", "bourgeoisie v. proletariat".
 */
function dropCaseNames(text: string, hits: Hit[]): void {
	let at = text.indexOf(" v. ");
	if (at < 0) return;
	const spans: [number, number][] = [];
	for (; at >= 0; at = text.indexOf(" v. ", at + 4)) {
		const from = partyStart(text, at);
		const to = partyEnd(text, at + 4);
		if (from === at || to === at + 4) continue;
		const first = hits.some((h) => h.from >= from && h.to <= at);
		const second = hits.some((h) => h.from >= at + 4 && h.to <= to);
		if (first !== second) spans.push([from, to]);
	}
	if (spans.length) dropWithin(hits, spans);
}

/** Words that join a party's capitalised words: "Board of Education", "Bank of the United States". */
const PARTY_JOINTS = new Set(["of", "the", "and"]);

/** Where the capitalised words of a case's first party begin, the party ending at `end`; `end` when none does. */
function partyStart(text: string, end: number): number {
	let from = end;
	// the offset right after the word read next, walking back a word at a time
	let after = end;
	for (let words = 0; words < 6; words++) {
		let k = after;
		while (k > 0 && isLetterChar(text.charCodeAt(k - 1))) k--;
		if (k === after) break;
		const capital = isUpperChar(text.charCodeAt(k));
		if (!capital && !PARTY_JOINTS.has(text.slice(k, after))) break;
		if (capital) from = k;
		if (text.charCodeAt(k - 1) !== 32) break;
		after = k - 1;
	}
	return from;
}

/** Where the capitalised words of a case's second party end, the party starting at `start`; `start` when none does. */
function partyEnd(text: string, start: number): number {
	let to = start;
	let end = start;
	for (let words = 0; words < 8; words++) {
		let k = to;
		while (k < text.length && isLetterChar(text.charCodeAt(k))) k++;
		if (k === to) break;
		const word = text.slice(to, k);
		if (isUpperChar(text.charCodeAt(to))) end = k;
		else if (!PARTY_JOINTS.has(word)) break;
		if (text.charCodeAt(k) !== 32) break;
		to = k + 1;
	}
	return end;
}

/** Where an ezafe ("-e ", "-ye ") ends right before `at`, the offset of its hyphen; else -1. */
function ezafeBefore(text: string, at: number): number {
	if (text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at - 2) !== 101) return -1;
	const hyphen = text.charCodeAt(at - 3) === 121 ? at - 4 : at - 3;
	return text.charCodeAt(hyphen) === 45 && isLetterChar(text.charCodeAt(hyphen - 1)) ? hyphen : -1;
}

/**
 * The word an ezafe binds ("Fadaiyan-e Khalq", "Hezb-e Tudeh") is no actor of its own but the end of the name before
 * it: a hit there joins the hit that ends at the hyphen, or goes when none does.
 */
function joinEzafes(text: string, hits: Hit[]): void {
	const bound = (h: Hit): number => (h.dynamic ? -1 : ezafeBefore(text, h.from));
	if (!hits.some((h) => bound(h) >= 0)) return;
	const ends = new Map(hits.map((x) => [x.to, x]));
	keepHits(hits, (h) => {
		const hyphen = bound(h);
		if (hyphen < 0) return true;
		const before = ends.get(hyphen);
		if (before) before.to = h.to;
		return false;
	});
}

/**
 * Drops, in place, the listed one-word names followed by a capitalised word no hit reads: a word of a longer name
 * ("Stuart Robson's translation", "Mendes Pinto", "Preah Ko") or of a thing's ("Bucareli Agreements"). Not a
 * demonym, a plural or an acronym ("French King", "Kurds March 1988", "NATO Operation Deliberate Force"), nor before
 * a month, an office ("Bonaparte First Consul") or a place's name ("Russia Port Arthur"), nor in a heading, which
 * capitalises every word ("## Lenin Takes Power").
 */
function dropNameParts(text: string, hits: Hit[]): void {
	let starts: Set<number> | null = null;
	keepHits(hits, (h) => {
		if (h.dynamic || (h.role !== "name" && h.role !== "person") || text.charCodeAt(h.to) !== 32 || !isUpperChar(text.charCodeAt(h.to + 1)) || !isLowerChar(text.charCodeAt(h.to + 2))) return true;
		// one word, written as a name, not an acronym ("NATO Operation Deliberate Force")
		if (!isLowerChar(text.charCodeAt(h.from + 1))) return true;
		for (let k = h.from; k < h.to; k++) if (!isLetterChar(text.charCodeAt(k))) return true;
		starts ??= new Set(hits.map((x) => x.from));
		if (starts.has(h.to + 1)) return true;
		let end = h.to + 2;
		while (isLetterChar(text.charCodeAt(end))) end++;
		const next = text.slice(h.to + 1, end);
		return CALENDAR_WORDS.has(next) || officeAfter(text, next, end) || placeOpensAt(text, next, end) || inHeading(text, h.from);
	});
}

/** Whether `word`, ending at `end`, opens a place's name of its own: "Port" in "Russia Port Arthur, Britain Weihaiwei". */
function placeOpensAt(text: string, word: string, end: number): boolean {
	return PLACE_OPENERS.has(word) && text.charCodeAt(end) === 32 && isUpperChar(text.charCodeAt(end + 1));
}

/** Whether `word`, ending at `end`, is an office written after a name, alone or opening one of two words. */
function officeAfter(text: string, word: string, end: number): boolean {
	if (OFFICES_AFTER_NAME.has(word)) return true;
	if (!OFFICE_OPENERS.has(word) || text.charCodeAt(end) !== 32) return false;
	let to = end + 1;
	while (isLetterChar(text.charCodeAt(to))) to++;
	return OFFICES_AFTER_NAME.has(text.slice(end + 1, to));
}

/** Whether "Minist" starts between `from` and `to` (the first letter compared first). */
function ministryWithin(text: string, from: number, to: number): boolean {
	for (let k = from; k + 6 <= to; k++) if (text.charCodeAt(k) === 77 && text.startsWith("Minist", k)) return true;
	return false;
}

/**
 * Drops, in place, a body's short name that is a heading's only word and that the note also writes small as a
 * common noun: "## Labour" over "labour backing" names the section's topic, not the Labour Party ("## Nazis", never
 * written small, and "## Labour Party", named in full, stay).
 */
function dropTopicHeadings(text: string, hits: Hit[]): void {
	keepHits(hits, (h) => {
		if (h.dynamic || (h.entity.kind !== "organisation" && h.entity.kind !== "group") || text.charCodeAt(h.from - 1) !== 32 || text.charCodeAt(h.from - 2) !== 35) return true;
		const lineEnd = text.indexOf("\n", h.to);
		if ((lineEnd < 0 ? text.length : lineEnd) !== h.to || text.slice(h.from, h.to) === h.entity.name) return true;
		const start = text.lastIndexOf("\n", h.from) + 1;
		for (let k = start; k < h.from - 1; k++) if (text.charCodeAt(k) !== 35) return true;
		return !namedWord(text, text.slice(h.from, h.to).toLowerCase());
	});
}

/** Whether the line holding `at` is a heading ("## …"). */
function inHeading(text: string, at: number): boolean {
	const start = text.lastIndexOf("\n", at) + 1;
	return text.charCodeAt(start) === 35;
}

/**
 * "In" and the prepositions like it that put what follows in a place ("rises in N. Sumatra", "towns in S. Tehran"),
 * and a verb of founding, whose object is a town or a body, never a person ("Mangrai founds Chiang Mai").
 */
const PLACE_BEFORE = lazy(() => new RegExp(String.raw`(?:^|[^\p{L}])(?:in|at|near|within|throughout|founds|founded) $`, "u"));
/** The last letters of PLACE_BEFORE's words ("n", "t", "r", "s", "d"), tested in place before any text is cut. */
const PLACE_LAST = new Set([110, 116, 114, 115, 100]);

/**
 * Drops, in place, the persons no list holds, found by a name's shape right after "in", "at", "near" or "founded"
 * (PLACE_BEFORE): a place there ("Aceh rises in N. Sumatra", "shanty towns in S. Tehran"), not a person, unless a
 * possessive follows ("in Hans Frank's diary").
 */
function dropPlacedNames(text: string, hits: Hit[], listed: (e: Entity) => boolean): void {
	keepHits(hits, (h) => !(h.entity.kind === "person" && !h.dynamic && text.charCodeAt(h.from - 1) === 32 && PLACE_LAST.has(text.charCodeAt(h.from - 2)) && !listed(h.entity) && !isApostrophe(text.charCodeAt(h.to)) && PLACE_BEFORE().test(text.slice(Math.max(0, h.from - 12), h.from))));
}

/** A minister's or a ministry's title up to a word of it: "Minister of Industry, Commerce and ", "Ministry of the ". */
const OFFICE_BEFORE = lazy(() => new RegExp(String.raw`Minist(?:er|ry) (?:of|for)(?: (?:the|and|&|[A-Z][\p{L}-]*,?))* $`, "u"));

/**
 * Drops, in place, a body's or a group's name inside a ministry's title: "Minister of Industry, Commerce and
 * Labour", "Ministry of the Navy" name a portfolio, not the Labour Party or the navy. (A secretary's is the body's
 * own: "General Secretary of the Communist Party".)
 */
function dropOfficeWords(text: string, hits: Hit[]): void {
	// most notes name no ministry: one search of the text then spares every body its look back
	if (text.indexOf("Minist") < 0) return;
	keepHits(hits, (h) => {
		const kind = h.entity.kind;
		if (h.dynamic || (kind !== "organisation" && kind !== "group") || text.charCodeAt(h.from - 1) !== 32) return true;
		// a ministry is no part of the title before it: "the Ministry of Finance and Plehve the Ministry of the Interior"
		if (text.startsWith("Minist", h.from)) return true;
		// (most bodies stand after no ministry: the word is looked for in place, within the window, before any text
		// is cut; an unbounded search back would read a long line again for every body on it)
		const from = Math.max(0, h.from - 60);
		return !ministryWithin(text, from, h.from) || !OFFICE_BEFORE().test(text.slice(from, h.from));
	});
}

/** Drops, in place, the hits that start in one of the ranges (in any order, overlapping or not). */
function dropWithin(hits: Hit[], ranges: [number, number][]): void {
	const spans = disjoint(ranges);
	keepHits(hits, (h) => !within(spans, h.from));
}

/** Keeps, in place and in order, the hits `keep` accepts. */
function keepHits(hits: Hit[], keep: (h: Hit) => boolean): void {
	let kept = 0;
	for (const h of hits) if (keep(h)) hits[kept++] = h;
	hits.length = kept;
}

/** The ranges sorted and merged where they overlap, so that an offset is looked up by binary search. */
function disjoint(ranges: [number, number][]): [number, number][] {
	ranges.sort((a, b) => a[0] - b[0]);
	const out: [number, number][] = [];
	for (const r of ranges) {
		const last = out[out.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}

/** Whether an offset lies in one of the spans (sorted, disjoint). */
function within(spans: readonly [number, number][], offset: number): boolean {
	return spanAt(spans, offset) !== null;
}

/** The span (of spans sorted and disjoint) that holds an offset, by binary search; null when none does. */
function spanAt(spans: readonly [number, number][], offset: number): [number, number] | null {
	let lo = 0;
	let hi = spans.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = spans[mid] as [number, number];
		if (offset < s[0]) hi = mid - 1;
		else if (offset >= s[1]) lo = mid + 1;
		else return s;
	}
	return null;
}

/**
 * The years a note is about: the middle 80 % of its dates' midpoints (a stray far date does not stretch it), as
 * many trimmed from each end, and their median, which picks a polity's name for the period. In a note of few dates,
 * where the tenth trims none, a lone date far from the rest is left out as well.
 */
export function notePeriod(dates: readonly DateMention[]): NotePeriod | null {
	if (!dates.length) return null;
	// the dates' start + end sorted: as 32-bit integers when they are whole years (several times faster than as
	// doubles); half a sum is a midpoint
	const sums = wholeSums(dates) ?? Float64Array.from(dates, (d) => d.start + d.end);
	sums.sort();
	const at = (k: number): number => (sums[k] ?? 0) / 2;
	// as many dates trimmed from the top as from the bottom: the two dates of "1939–1989 … 1980–1989" make a period
	// of both, not of the first alone
	const trim = Math.floor(0.1 * (sums.length - 1));
	let lo = trim;
	let hi = sums.length - 1 - trim;
	// a stray far date the trim leaves (a note of few dates): half a century or more from the next, and further from it
	// than the rest of the dates span ("(2012)", a book's year, after 1862–1914); three dates at least make the rest
	while (hi - lo >= 3 && strayFrom(at(hi) - at(hi - 1), at(hi - 1) - at(lo))) hi--;
	while (hi - lo >= 3 && strayFrom(at(lo + 1) - at(lo), at(hi) - at(lo + 1))) lo++;
	return { from: Math.floor(at(lo)), to: Math.ceil(at(hi)), mid: Math.round(at(Math.floor(0.5 * (sums.length - 1)))) };
}

/** Whether a date `gap` years from the next one is a stray, the other dates spanning `rest` years (`notePeriod`). */
const strayFrom = (gap: number, rest: number): boolean => (gap >= 50 && gap > rest) || (gap >= 30 && gap > 2 * rest);

/** The note's dates by line (`LineDates`); null for a note without dates. */
function lineDates(text: string, dates: readonly DateMention[]): LineDates | null {
	if (!dates.length) return null;
	// the dates in the order of their offsets (as the extractor reports them, but not assumed), so that a line's
	// dates are found by a binary search rather than a pass over all the note's dates at every name asked about
	const sorted = ascendingOffsets(dates) ? dates : [...dates].sort((a, b) => a.offset - b.offset);
	return {
		overlap(at: number, from: number, to: number): boolean {
			const start = text.lastIndexOf("\n", at - 1) + 1;
			const end = text.indexOf("\n", at);
			let lo = 0;
			let hi = sorted.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if ((sorted[mid] as DateMention).offset < start) lo = mid + 1;
				else hi = mid;
			}
			for (let k = lo; k < sorted.length; k++) {
				const d = sorted[k] as DateMention;
				if (end >= 0 && d.offset >= end) break;
				if (d.start <= to && d.end >= from) return true;
			}
			return false;
		},
	};
}

function ascendingOffsets(dates: readonly DateMention[]): boolean {
	for (let k = 1; k < dates.length; k++) if ((dates[k] as DateMention).offset < (dates[k - 1] as DateMention).offset) return false;
	return true;
}

/** Each date's start plus end, when all are whole numbers a 32-bit integer holds (not -0); else null. */
function wholeSums(dates: readonly DateMention[]): Int32Array | null {
	const sums = new Int32Array(dates.length);
	for (let k = 0; k < dates.length; k++) {
		const d = dates[k] as DateMention;
		const sum = d.start + d.end;
		if ((sum | 0) !== sum || (sum === 0 && 1 / sum < 0)) return null;
		sums[k] = sum;
	}
	return sums;
}

/**
 * A link names what it points to: a mention that is a link's whole displayed text takes the identity of the link's
 * target when the target is an actor of the same kind — a vault note (`[[Philip II|Phillip II]]`) or a name the
 * built-in rules know — and an alias names it elsewhere in the note too. A target of another kind (`[[John Maynard
 * Keynes|Keynesian]]`) changes nothing.
 */
function adoptLinkTargets(doc: NoteDocument, hits: Hit[], vault: VaultLexicon | null, period: NotePeriod | null, listed: (e: Entity) => boolean): void {
	// The displayed text of each link, by where it starts (links never overlap, so each start is one link's); the
	// starts are marked in an array too, so a hit at no link's start is passed over by one read.
	const shown = new Map<number, ShownLink>();
	const starts = LINK_MARKS.get(doc.display.length + 1);
	for (const l of doc.links) {
		if (l.embed || !l.target) continue;
		const inner = l.raw.slice(2, -2);
		const pipe = inner.indexOf("|");
		const from = pipe === -1 ? l.offset + 2 : l.offset + 3 + pipe;
		// the text before a heading's "#", or after the pipe
		const heading = pipe === -1 ? inner.indexOf("#") : -1;
		const text = pipe === -1 ? (heading === -1 ? inner : inner.slice(0, heading)) : inner.slice(pipe + 1);
		// (most texts neither open nor end with a space: nothing to trim)
		const bare = !isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1));
		const lead = bare ? 0 : text.length - text.trimStart().length;
		shown.set(from + lead, { to: from + (bare ? text.length : text.trimEnd().length), target: l.target, text: bare ? text : text.trim(), alias: pipe !== -1 });
		if (from + lead < starts.length) starts[from + lead] = 1;
	}
	if (!shown.size) return;
	try {
		adoptShown(doc, hits, vault, period, shown, starts, listed);
	} finally {
		for (const from of shown.keys()) if (from < starts.length) starts[from] = 0;
	}
}

/** A link's displayed text: where it ends, the link's target, the text, and whether an alias gives it. */
interface ShownLink {
	to: number;
	target: string;
	text: string;
	alias: boolean;
}

/** Marks of the links' starts, kept between calls (a note's are cleared after use). */
const LINK_MARKS = new KeptZeroes((size) => new Uint8Array(size));

/** The walk of `adoptLinkTargets` over the hits, with the links shown by where they start, marked in `starts`. */
function adoptShown(doc: NoteDocument, hits: Hit[], vault: VaultLexicon | null, period: NotePeriod | null, shown: Map<number, ShownLink>, starts: Uint8Array, listed: (e: Entity) => boolean): void {
	const identities = new Map<string, Entity | null>();
	// the targets' identities that only a name's shape gives (no vault note, no list): a listed name shown under one
	// keeps its bearer ("[[Tancred of Sicily|Tancred of Lecce]]" is Tancred, King of Sicily, whom "Tancred" names too)
	let guesses: Set<Entity> | null = null;
	const adopts = (h: Hit, identity: Entity): boolean => identity.kind === h.entity.kind && !(guesses?.has(identity) && listed(h.entity));
	const identityOf = (target: string): Entity | null => {
		let identity = identities.get(target);
		if (identity === undefined) {
			const base = target.slice(target.lastIndexOf("/") + 1);
			const fromVault = vault?.byTitle.get(target.toLowerCase()) ?? vault?.byTitle.get(base.toLowerCase());
			identity = fromVault ?? classify(base, period);
			if (!fromVault && identity && !listed(identity)) (guesses ??= new Set()).add(identity);
			identities.set(target, identity);
		}
		return identity;
	};
	for (const h of hits) {
		if (!starts[h.from]) continue;
		const link = shown.get(h.from);
		if (!link || link.to !== h.to) continue;
		const identity = identityOf(link.target);
		if (identity && identity.key !== h.entity.key && adopts(h, identity)) h.entity = identity;
	}
	// An alias names its link's actor elsewhere in the note too: "Gustav Adolf" in the text, with [[Gustavus
	// Adolphus|Gustav Adolf]] in the readings.
	let named: Map<string, Entity> | null = null;
	for (const link of shown.values()) {
		if (!link.alias || !link.text) continue;
		const identity = identityOf(link.target);
		if (identity?.kind) (named ??= new Map()).set(link.text, identity);
	}
	if (!named) return;
	// the aliases' lengths, so a mention of another length is passed over without cutting its text
	let longest = 0;
	for (const text of named.keys()) longest = Math.max(longest, text.length);
	const lengths = new Uint8Array(longest + 1);
	for (const text of named.keys()) lengths[text.length] = 1;
	for (const h of hits) {
		if (!lengths[h.to - h.from]) continue;
		const identity = named.get(doc.display.slice(h.from, h.to));
		if (identity && adopts(h, identity)) h.entity = identity;
	}
}
