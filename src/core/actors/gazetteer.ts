/**
 * The built-in lexicon: states, peoples, organisations, groups, well-known persons and the non-actor names that
 * must win over them. Built once, on first use, so that loading the plugin costs nothing.
 */
import { GROUPS, LOCAL_DEMONYMS, NON_ACTORS, ORGANISATIONS, PEOPLES } from "./data/collectives";
import { PERSONS } from "./data/persons";
import { unpack } from "./data/packed";
import { COUNTRY_NAMESAKES, PERIOD_RENAMES, STATES } from "./data/states";
import { NAME_TITLES, PERSON_TITLES } from "./data/words";
import { capitalised } from "../chars";
import { isDigit } from "../dates/text";
import { lazy } from "../lazy";
import type { ActorKind } from "../types";
import { entityKey, Lexicon, parseForm, type Entity, type NotePeriod } from "./lexicon";
import { GIVEN_NAMES } from "./persons";
import type { Hit } from "./recognise";
import { DIGIT, UPPER, type Tokens } from "./tokens";

let builtin: Lexicon | null = null;
let building: { lex: Lexicon; steps: Iterator<void> } | null = null;

/** Lines of the data added in one step of a stepwise build: a few milliseconds of work, even with cold code. */
const STEP_LINES = 120;

function* buildSteps(lex: Lexicon): Generator<void> {
	const blocks: [string, ActorKind | null, ((form: string) => boolean)?][] = [
		[NON_ACTORS, null],
		[LOCAL_DEMONYMS, null],
		[STATES, "state"],
		[PEOPLES, "people"],
		[ORGANISATIONS, "organisation"],
		[GROUPS, "group"],
		// "King Henry VIII", "Cardinal Richelieu": the title is matched by the person pattern, which leaves it out of
		// the mention ("Henry VIII") unless the name alone is a bare given name ("Queen Mary"). A title that is part
		// of the name ("Shah Jahan", "Madame Geoffrin") stays in the listed form.
		[PERSONS, "person", (form) => {
			const first = form.slice(0, firstWordEnd(form));
			return PERSON_TITLES.has(first) && !NAME_TITLES.has(first);
		}],
	];
	for (const [block, kind, skip] of blocks) {
		const lines = unpack(block).split("\n");
		for (let i = 0; i < lines.length; i += STEP_LINES) {
			lex.addLines(lines, i, i + STEP_LINES, kind, skip);
			yield;
		}
	}
	// A collective that denotes two states is a mention of each ("Anglo-America").
	const uk = lex.entity("state", "United Kingdom");
	const us = lex.entity("state", "United States");
	const any = { from: -1e9, to: 1e9, needsThe: false };
	lex.add("Anglo-America", { entities: [uk, us], role: "name", ...any }, false);
	lex.add("Anglo-American", { entities: [uk, us], role: "adj", ...any }, false);
	lex.add("Anglo-Americans", { entities: [uk, us], role: "plural", ...any }, false);
}

/** Where a form's first word ends: at its first white space or dot ("St. Just"), else at its end. */
function firstWordEnd(form: string): number {
	for (let i = 0; i < form.length; i++) {
		const c = form.charCodeAt(i);
		if (c === 46 || c === 32 || c === 9 || c === 0xa0) return i;
	}
	return form.length;
}

/**
 * The listed states by the initials of a name of theirs of three capitalised words or more ("PLC" of
 * Polish-Lithuanian Commonwealth, "GDL" of Grand Duchy of Lithuania; the small words left out), made from the
 * states' data on first need.
 */
export const STATE_INITIALS = lazy(() => {
	const out = new Map<string, string[]>();
	for (const line of unpack(STATES).split("\n")) {
		const fields = line.split("|");
		const name = fields[0]?.trim();
		if (!name) continue;
		for (const field of fields) {
			const form = parseForm(field, "state");
			const initials = form && initialsOf(form.text);
			if (!initials) continue;
			const names = out.get(initials);
			if (!names) out.set(initials, [name]);
			else if (!names.includes(name)) names.push(name);
		}
	}
	return out;
});

const NAME_WORDS = /[\s\-\u2013]+/;

/** The capitals that open the capitalised words of a name of three or more, small words skipped; null for others. */
function initialsOf(form: string): string | null {
	let out = "";
	for (const w of form.trim().split(NAME_WORDS)) {
		const c = w.charCodeAt(0);
		if (c >= 65 && c <= 90) out += w[0];
		else if (!(c >= 97 && c <= 122)) return null;
	}
	return out.length >= 3 ? out : null;
}

/** The built-in lexicon, finishing its build now if it is not built yet. */
export function builtinLexicon(): Lexicon {
	while (!builtin) prepareBuiltinLexicon();
	return builtin;
}

/**
 * One step of building the built-in lexicon; true once it is built. A caller with time slices (the course index)
 * builds it step by step, so the first slice does not pay for the whole gazetteer at once.
 */
export function prepareBuiltinLexicon(): boolean {
	if (builtin) return true;
	if (!building) {
		const lex = new Lexicon();
		building = { lex, steps: buildSteps(lex) };
	}
	if (!building.steps.next().done) return false;
	builtin = building.lex;
	building = null;
	return true;
}

/**
 * The entity a built-in entity stands for in the note's period (Russia in 1917–1991 is the Soviet Union). Renames
 * apply to the note's middle year, so one note keeps one name for one polity; a single rename only when the note
 * does not reach well back before the new name (or well after the old one): a note on 1815–1890 keeps "Austria"
 * although its middle year falls in Austria-Hungary's time.
 */
export function inPeriod(lex: Lexicon, e: Entity, period: NotePeriod | null): Entity {
	if (!period || e.user || e.note) return e;
	const renames = RENAMES_BY_NAME().get(e.name);
	if (!renames) return e;
	for (const [, to, start, end] of renames) {
		if (period.mid < start || period.mid > end) continue;
		// A name with successive names for every era (Parliament of England, of Great Britain, of the United
		// Kingdom) always takes the one of the middle year.
		if (renames.length < 2 && (period.from < start - RENAME_SLACK || period.to > end + RENAME_SLACK)) continue;
		return lex.entity(e.kind, to);
	}
	return e;
}

/**
 * Gives the hits of a bare name that several countries' bodies share (`COUNTRY_NAMESAKES`) the body of the country
 * the note is about, in place: "Congress" is the Indian National Congress in a note that names India at least twice,
 * and more often than the United States; "US Congress" or "Continental Congress" stay what they name. Only names the
 * gazetteer read (not the user's or the vault's) are given another body. `text` is the text the hits index.
 */
export function applyCountryNamesakes(lex: Lexicon, text: string, hits: readonly { entity: Entity; from: number; to: number; dynamic: boolean }[]): void {
	const table = NAMESAKES_BY_NAME();
	const lengths = NAMESAKE_LENGTHS();
	// the hits of the table's names, with their names: most notes have none (a hit of no length the table holds is
	// not cut out of the text)
	let named: [{ entity: Entity }, string][] | null = null;
	for (const h of hits) {
		if (h.dynamic || !lengths.has(h.to - h.from)) continue;
		const key = capitalised(text.slice(h.from, h.to));
		if (table.has(key)) (named ??= []).push([h, key]);
	}
	if (!named) return;
	const states = new Map<string, number>();
	for (const h of hits) if (h.entity.kind === "state") states.set(h.entity.name, (states.get(h.entity.name) ?? 0) + 1);
	const chosen = new Map<string, Entity | null>();
	for (const [h, key] of named) {
		let body = chosen.get(key);
		if (body === undefined) {
			body = null;
			const [, own, others] = table.get(key) as (typeof COUNTRY_NAMESAKES)[number];
			let most = Math.max(states.get(own) ?? 0, 1);
			for (const [country, name] of others) {
				const n = states.get(country) ?? 0;
				if (n <= most) continue;
				most = n;
				body = builtinNamed(lex, name) ?? body;
			}
			chosen.set(key, body);
		}
		if (body) h.entity = body;
	}
}

/** A ruler's bare regnal name: a given name and a numeral ("Charles II", "Henry IV"). */
const REGNAL = lazy(() => new RegExp(String.raw`^\p{Lu}\p{Ll}+ [IVXL]+$`, "u"));
/** The regnal name that opens a namesake's canonical name: "Charles II" of "Charles II of Spain". */
const REGNAL_HEAD = lazy(() => new RegExp(String.raw`^\p{Lu}\p{Ll}+ [IVXL]+(?= of )`, "u"));
/** The words before a country's name in a polity's canonical name ("Kingdom of Castile" → Castile). */
const POLITY_PREFIX = /^(?:(?:Grand )?Duchy|Kingdom|Crown|Principality|County|Electorate|Tsardom|Sultanate|Emirate|Khanate) of /;

/**
 * Gives a ruler named by a bare regnal name ("Charles II") the namesake of the note's country, in place, when the
 * gazetteer holds "Charles II of <country>": the one the note also names in full ("Charles II of Spain … Charles II"),
 * else the one of the country the note names most, twice at least and more often than the first pick's country
 * ("Charles II's will" in a note on Louis XIV's wars that names Spain four times and England once). Only a first pick
 * that is itself a country's namesake ("Charles II of England") or a name the rules found is changed: "Charles V,
 * Holy Roman Emperor" stays; and only for a namesake the note's years allow ("Francis II" in a note on 1860 stays
 * the Two Sicilies' though the note names France more).
 */
export function applyRegnalNamesakes(lex: Lexicon, text: string, hits: readonly { entity: Entity; from: number; to: number; dynamic: boolean }[], period: NotePeriod | null): void {
	const regnal = REGNAL();
	// the bare regnal names, and the persons named in full by a longer form of one
	let bare: [{ entity: Entity }, string][] | null = null;
	for (const h of hits) {
		const e = h.entity;
		if (h.dynamic || e.kind !== "person" || e.user || e.note) continue;
		// (most persons' hits end in no numeral: no text is cut for them)
		const last = text.charCodeAt(h.to - 1);
		if (h.to - h.from > 24 || (last !== 73 && last !== 86 && last !== 88 && last !== 76)) continue;
		const span = text.slice(h.from, h.to);
		if (regnal.test(span) && (e.name === span || e.name.startsWith(span + " of "))) (bare ??= []).push([h, span]);
	}
	if (!bare) return;
	// "Charles II of Spain", written out: the bare name's owner in this note (two owners: neither)
	const inFull = new Map<string, Entity | null>();
	for (const h of hits) {
		const e = h.entity;
		if (h.dynamic || e.kind !== "person" || !e.name.includes(" of ")) continue;
		const head = REGNAL_HEAD().exec(e.name)?.[0];
		if (head && h.to - h.from > head.length && text.startsWith(head + " ", h.from)) inFull.set(head, inFull.has(head) && inFull.get(head) !== e ? null : e);
	}
	let countries: Map<string, number> | null = null;
	const chosen = new Map<string, Entity | null>();
	const renamed = new Map<Entity, Entity>();
	for (const [h, span] of bare) {
		let body = chosen.get(span);
		if (body === undefined) {
			body = inFull.get(span) ?? null;
			if (!body && !inFull.has(span)) {
				if (!countries) {
					countries = new Map();
					for (const s of hits) {
						if (s.entity.kind !== "state") continue;
						const country = s.entity.name.replace(POLITY_PREFIX, "");
						countries.set(country, (countries.get(country) ?? 0) + 1);
					}
				}
				const own = h.entity.name === span ? 0 : (countries.get(h.entity.name.slice(span.length + 4)) ?? 0);
				let most = Math.max(own, 1);
				for (const [country, n] of countries) {
					if (n <= most) continue;
					const e = lex.entities.get(entityKey("person", `${span} of ${country}`));
					// (nor a namesake whose reign the note's years leave out: "Francis II" in 1860 is not France's)
					if (!e || (period && lex.namedOnlyOutside(span, e, period))) continue;
					most = n;
					body = e;
				}
			}
			chosen.set(span, body);
		}
		if (!body) continue;
		// a name the rules found may carry other hits too (a given name met alone: "William" after "William I")
		if (h.entity.name === span) renamed.set(h.entity, body);
		h.entity = body;
	}
	if (renamed.size) for (const h of hits) h.entity = renamed.get(h.entity) ?? h.entity;
}

const ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

/**
 * Adds, in place, the hits of rulers written by their initial and numeral, as students shorten them: "R3" for Richard
 * III, "H7" for Henry VII. The initial opens a given name the note gives a person ("Richard of York", "King
 * Richard"), and that name with the numeral is a ruler the gazetteer limits to years the note's period overlaps: one
 * such ruler, or the token stays unread ("L5", a lecture's number, names no Louis V in a note on 1485).
 */
export function addAbbreviatedRulers(lex: Lexicon, t: Tokens, hits: { entity: Entity; from: number; to: number; role: Hit["role"]; locative: boolean; dynamic: boolean }[], period: NotePeriod | null): void {
	if (!period) return;
	const text = t.text;
	let found: number[] | null = null;
	for (let i = 0; i < t.count; i++) {
		// a capital and digits: the token's flags rule out most words before its text is read
		if (((t.flags[i] ?? 0) & (UPPER | DIGIT)) !== (UPPER | DIGIT)) continue;
		const a = t.start[i] ?? 0;
		const n = (t.end[i] ?? 0) - a;
		if (n < 2 || n > 3) continue;
		const c = text.charCodeAt(a);
		if (c < 65 || c > 90 || !isDigit(text.charCodeAt(a + 1)) || (n === 3 && !isDigit(text.charCodeAt(a + 2)))) continue;
		// not a part of a longer code: "B-52", "A1.2", "MiG-21"
		const before = text.charCodeAt(a - 1);
		const after = text.charCodeAt(a + n);
		if (before === 45 || before === 46 || after === 45 || (after === 46 && isDigit(text.charCodeAt(a + n + 1)))) continue;
		(found ??= []).push(i);
	}
	if (!found) return;
	// the given names the note's persons bear, by initial
	const givens = new Map<number, Set<string>>();
	for (const h of hits) {
		if (h.entity.kind !== "person") continue;
		for (const name of [h.entity.name, text.slice(h.from, h.to)]) {
			const first = name.split(" ").find((w) => GIVEN_NAMES.has(w));
			if (!first) continue;
			const set = givens.get(first.charCodeAt(0));
			if (set) set.add(first);
			else givens.set(first.charCodeAt(0), new Set([first]));
		}
	}
	const taken = new Set(hits.map((h) => h.from));
	for (const i of found) {
		const a = t.start[i] ?? 0;
		const to = t.end[i] ?? 0;
		const roman = ROMAN[Number(text.slice(a + 1, to))];
		const names = givens.get(text.charCodeAt(a));
		if (!roman || !names || taken.has(a)) continue;
		let ruler: Entity | null = null;
		let rulers = 0;
		for (const given of names) {
			const form = lex.lookup(`${given} ${roman}`, period);
			const e = form?.entities[0];
			if (!form || e?.kind !== "person" || form.from > period.to || form.to < period.from || form.to - form.from > 200) continue;
			if (e !== ruler) rulers++;
			ruler = e;
		}
		if (ruler && rulers === 1) hits.push({ entity: ruler, from: a, to, role: "person", locative: false, dynamic: false });
	}
}

const NAMESAKES_BY_NAME = lazy(() => new Map(COUNTRY_NAMESAKES.map((row) => [row[0], row])));
const NAMESAKE_LENGTHS = lazy(() => new Set(COUNTRY_NAMESAKES.map((row) => row[0].length)));

const ACTOR_KINDS: readonly ActorKind[] = ["organisation", "group", "state", "people", "person"];

/** The built-in actor of a canonical name, of whichever kind the gazetteer gives it; null when none. */
export function builtinNamed(lex: Lexicon, name: string): Entity | null {
	for (const kind of ACTOR_KINDS) {
		const e = lex.entities.get(entityKey(kind, name));
		if (e) return e;
	}
	return null;
}

/** Years a note may reach outside a rename's window and still take the new name. */
const RENAME_SLACK = 5;

/** The names an entity has in other periods, both ways (Russia ↔ Soviet Union), for matching across notes. */
export function otherPeriodNames(name: string): string[] {
	const out: string[] = [];
	for (const [from, to] of PERIOD_RENAMES) {
		if (from === name && to !== name) out.push(to);
		else if (to === name && from !== name) out.push(from);
	}
	return out;
}

/** Every name the period table knows, either side. */
const RENAMED = lazy(() => new Set(PERIOD_RENAMES.flatMap(([from, to]) => [from, to])));
/** Whether the period table knows a name, on either side. */
export const isRenamed = (name: string): boolean => RENAMED().has(name);

const RENAMES_BY_NAME = lazy(() => {
	const byName = new Map<string, (typeof PERIOD_RENAMES)[number][]>();
	for (const r of PERIOD_RENAMES) byName.set(r[0], [...(byName.get(r[0]) ?? []), r]);
	return byName;
});

/**
 * A note that names both a polity and its successor or predecessor ("Turkish" beside "Ottomans", "Britain" beside
 * "England", "Russia" beside "USSR") means one polity (GUIDE: regime names of one polity merge): the pair is merged
 * under the name of the note's period (the name the table gives its middle year), or, for a note without dates,
 * the name the table prefers. Each polity is merged once, by the first pair that holds it.
 */
export function mergeRegimes(lex: Lexicon, mentions: readonly { entity: Entity }[], period: NotePeriod | null = null): Map<string, Entity> {
	const out = new Map<string, Entity>();
	const present = new Map<string, Entity>();
	for (const { entity: e } of mentions) if (RENAMED().has(e.name)) present.set(e.name, e);
	if (present.size < 2) return out;
	for (const [from, to, start, end] of PERIOD_RENAMES) {
		const a = present.get(from);
		const b = present.get(to);
		if (!a || !b || a.kind !== b.kind || a.user || a.note || b.user || b.note || out.has(a.key) || out.has(b.key)) continue;
		const toWins = !period || (period.mid >= start && period.mid <= end);
		const [loser, winner] = toWins ? [a, b] : [b, a];
		out.set(loser.key, lex.entity(winner.kind, winner.name));
	}
	return out;
}
