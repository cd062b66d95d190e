/**
 * The two lexicons that come from outside the code: the user's own actors (settings) and the vault's notes that
 * name an actor. Both are built once per input list (cached on its identity), not once per analysed note.
 */
import type { UserActor } from "../settings";
import type { ActorKind } from "../types";
import { readingDash } from "./exclusions";
import { builtinLexicon } from "./gazetteer";
import { entityKey, Lexicon, type Entity, type NotePeriod } from "./lexicon";
import { noteMatcher } from "./matcher";
import { personAt } from "./persons";
import { tokenizeShort } from "./tokens";

/** A vault note that names an actor: its title and frontmatter aliases. */
export interface VaultActorNote {
	path: string;
	title: string;
	aliases: string[];
	/** The actor's kind when the note declares one (e.g. frontmatter `actor: person`); else it is inferred. */
	kind?: ActorKind | null;
}

const ANY = { from: -1e9, to: 1e9, needsThe: false };

const userCache = new WeakMap<readonly UserActor[], Lexicon>();

export function userLexicon(actors: readonly UserActor[]): Lexicon {
	let lex = userCache.get(actors);
	if (lex) return lex;
	lex = new Lexicon();
	for (const a of actors) {
		const entity: Entity = { key: entityKey(a.kind, a.name), name: a.name, kind: a.kind, user: true };
		lex.entities.set(entity.key, entity);
		for (const form of [a.name, ...a.aliases]) if (form.trim()) lex.add(form, { entities: [entity], role: "name", ...ANY }, false);
	}
	userCache.set(actors, lex);
	return lex;
}

export interface VaultLexicon {
	lexicon: Lexicon;
	/** Lower-cased note title (and path without ".md") → the actor its note stands for. */
	byTitle: Map<string, Entity>;
}

const vaultCache = new WeakMap<readonly VaultActorNote[], VaultLexicon>();

/**
 * Notes whose title (or an alias) is an actor by the built-in rules, or that declare a kind. Every note of a
 * vault is offered; concept notes ("Nationalism", "Great Depression") and readings named by author and title
 * ("Meiggs - The Athenian Empire") are not actors and are left out, so that a vault's structure never turns a topic
 * or a book into an actor.
 */
export function vaultLexicon(notes: readonly VaultActorNote[]): VaultLexicon {
	const cached = vaultCache.get(notes);
	if (cached) return cached;
	const lexicon = new Lexicon();
	const byTitle = new Map<string, Entity>();
	for (const note of notes) {
		const entity = actorOfNote(note);
		if (!entity) continue;
		byTitle.set(note.title.toLowerCase(), entity);
		byTitle.set(note.path.replace(/\.md$/i, "").toLowerCase(), entity);
		for (const form of [note.title, ...note.aliases]) if (form.trim()) lexicon.add(form, { entities: [entity], role: "name", ...ANY }, false);
	}
	const out = { lexicon, byTitle };
	vaultCache.set(notes, out);
	return out;
}

function actorOfNote(note: VaultActorNote): Entity | null {
	const title = note.title.trim();
	if (!title) return null;
	if (note.kind) return { key: entityKey(note.kind, title), name: title, kind: note.kind, note: note.path };
	// a reading named by author and title ("Meiggs - The Athenian Empire", aliased "Meiggs") is a book, whatever
	// person its author's name is
	if (readingDash(title) > 0) return null;
	for (const name of [title, ...note.aliases]) {
		const known = classify(name, null);
		if (known && known.kind) return { key: known.key, name: title, kind: known.kind, note: note.path };
	}
	return null;
}

// Strings classified before, by period: the vault's list of titles is rebuilt after every metadata change (and
// most titles have not changed), and a note's link targets are classified again on every keystroke. Kept by the
// period's years, then by the string (a key per string would join the years to it on every call).
const classified = new Map<string, Map<string, Entity | null>>();
let classifiedCount = 0;

/** The built-in actor a whole string names (a gazetteer form or a person's name pattern), or null. */
export function classify(text: string, period: NotePeriod | null): Entity | null {
	const years = period ? `${period.from} ${period.to} ${period.mid}` : "";
	let byText = classified.get(years);
	let known = byText?.get(text);
	if (known === undefined) {
		known = classifyNow(text, period);
		if (classifiedCount > 100_000) {
			classified.clear();
			classifiedCount = 0;
			byText = undefined;
		}
		if (!byText) classified.set(years, (byText = new Map<string, Entity | null>()));
		byText.set(text, known);
		classifiedCount++;
	}
	return known;
}

function classifyNow(text: string, period: NotePeriod | null): Entity | null {
	const lex = builtinLexicon();
	const form = lex.lookup(text, period);
	const e = form?.entities[0];
	if (form && e && e.kind !== null && form.role !== "adj" && form.role !== "prefix") return e;
	if (form) return null;
	const t = tokenizeShort(text.trim());
	if (t.count === 0) return null;
	const p = personAt(noteMatcher(t, lex, period), 0);
	if (p && p.end === t.count) return { key: entityKey("person", p.name), name: p.name, kind: "person" };
	return null;
}
