/**
 * One left-to-right pass over the note's tokens. At each capitalised token (and at the few lower-case words that
 * can open a name) the sources propose a match: the user's and the vault's names, the gazetteer, an event or
 * document name to skip, a person pattern, a body ("… Party") or a polity ("Latin Empire", "Kingdom of X"). The
 * longest wins; on a tie the user's names, then the gazetteer. A capitalised word no source reads may still be a
 * territory acted upon ("annexed Manchuria"), a person by its context ("consul Opimius", "Marius + Cinna",
 * "Müller's cabinet") or a faction ("Hébertists"). A second, cheap pass finds what the note has named in full
 * elsewhere: persons' surnames and given names, the head words of bodies and polities ("the League" after "Muslim
 * League", "the Republic" after "Weimar Republic"), and acronyms defined in brackets ("Indian National Army (INA)").
 */
import {
	ARABIC_KIN,
	ARABIC_OPENERS,
	ARABIC_PLACE_NOUNS,
	BARE_HEADS,
	BODIES_OF_PERSONS,
	CALENDAR_WORDS,
	COLLECTIVE_NOUNS,
	CONTINENTS,
	DOCTRINES,
	DYNASTY_NOUNS,
	EVENT_HEADS,
	FAITH_ADJECTIVES,
	FUNCTION_WORDS,
	HONORIFICS_AFTER,
	MONTH_GIVEN_NAMES,
	NAME_TITLES,
	LANDFORM_NOUNS,
	NAMED_BUILDING_NOUNS,
	LEADING_STATE_HEADS,
	NOT_POLITY_OPENERS,
	NICKNAME_OPENERS,
	NOT_ACTOR_ACRONYMS,
	OFFICE_NOUNS,
	NOT_SURNAMES,
	MARRYING_VERBS,
	OFFICE_PLURALS,
	OPENING_PARTICLES,
	PARTICLES,
	PARTY_LABELS,
	PARTY_OFFICE_NOUNS,
	PEER_TITLES,
	ORGANISATION_HEADS,
	PERSON_PASSIVES,
	PERSON_PLURALS,
	SCHOLAR_PLURALS,
	PERSON_TITLES,
	PERSON_VERBS,
	PERSONAL_HOLDINGS,
	PLACE_HEADS,
	PLACE_NOUNS,
	PLACE_OPENERS,
	QUALIFIED_NOUNS,
	REGIME_QUALIFIERS,
	ROMAN_NUMERALS,
	SECOND_PARTICLES,
	SENTENCE_OPENERS,
	STATE_HEADS,
	STRESSED_WORDS,
	TOWN_NOUNS,
	UNIT_HEADS,
	VERBS,
	type WordSet,
	VIETNAMESE_FAMILIES,
} from "./data/words";

const DYNASTY = /^House of |dynasty$/i;
/** Words that can open a person's name by pattern: titles and given names. */
const OPENER_HASHES = HashBits.of(() => [...PERSON_TITLES, ...GIVEN_NAMES, ...VIETNAMESE_FAMILIES]);
const NUMERAL_HASHES = HashBits.of(() => ROMAN_NUMERALS);

/** Whether a regnal numeral ("XIV") follows token i. */
function numeralNext(t: Tokens, i: number): boolean {
	const k = i + 1;
	return k < t.count && ((t.flags[k] ?? 0) & ALL_UPPER) !== 0 && NUMERAL_HASHES.has(t.hash[k] ?? 0) && joinBefore(t, k) === " ";
}

function mayStartDynamic(dynamic: readonly Lexicon[], t: Tokens, i: number): boolean {
	for (const d of dynamic) if (d.mayStart(t, i)) return true;
	return false;
}
import { capitalised, isApostrophe, isClosingQuote, isOpeningQuote } from "../chars";
import { beforeFounding } from "./anachronisms";
import { actingCapital } from "./capitals";
import { listedPolity, opensPolityLists } from "./polityLists";
import { lazy } from "../lazy";
import { movedPopulation } from "./populations";
import { COURSE_CODES } from "../dates/lexicon";
import { KeptZeroes } from "../kept";
import { adjectiveUse, bodyAt, isLocative, isThe, listJoint, placeListedBefore, placedAfter, politicalObject } from "./context";
import { entityKey, type Entity, type Lexicon, type LineDates, type Match, type NotePeriod, type Role } from "./lexicon";
import { NoteMatcher, noteMatcher } from "./matcher";
import { chineseAt, compassRegion, elided, ellipticalNumeral, FAMILY_FIRST, GIVEN_NAMES, givenOfListed, isInitial, isNumeral, japaneseAt, japaneseSuffixEnd, nameWord, ORDINAL, particleBefore, personAt, particleTailEnd, rulerEpithetEnd, singleNameEnd, type PersonMatch } from "./persons";
import { ALL_UPPER, capitalJoined, DIGIT, foldHash, HashBits, holdsAt, isLowerChar, isSaint, isWordChar, joinBefore, LOWER, possessiveAfter, sentenceInitial, tokenText, UPPER, type Tokens } from "./tokens";

export interface Hit {
	entity: Entity;
	/** Character range of the mention in the note. */
	from: number;
	to: number;
	role: Role | "person" | "body" | "group";
	/** A state named only as a place ("in France"). */
	locative: boolean;
	/** Found by a dynamic lexicon (the user's or the vault's names). */
	dynamic: boolean;
}

export interface ScanInput {
	t: Tokens;
	builtin: Lexicon;
	/** The user's and the vault's lexicons, highest priority first. */
	dynamic: Lexicon[];
	period: NotePeriod | null;
	/** The note's subjects (`subjectBits`), when read already. */
	subjects?: number;
	/** The dates of the note's lines, for names of years outside its period (`LineDates`). */
	dated?: LineDates | null;
}

interface PersonRef {
	entity: Entity;
	regnal: boolean;
}

export function scan(input: ScanInput): Hit[] {
	const { t, builtin, dynamic, period } = input;
	const m = noteMatcher(t, builtin, period, input.subjects, input.dated ?? null);
	// the matcher's own reader, handed on as it is (a wrapper would add a call to every read)
	const word = m.word;
	const hits: Hit[] = [];
	const covered = m.covered;
	const local = new Map<string, Entity>();
	// the entities made here, for a look-up by identity rather than by key
	const made = new Set<Entity>();
	// surname → persons, given name → regnal or titled persons, for the second pass
	const surnames = new Map<string, PersonRef[]>();
	const givens = new Map<string, PersonRef[]>();
	let lastState: Hit | null = null;
	// a compound's prefix ("Anglo" of "Anglo-Dutch") and the token after its hyphen: both states are named by the whole
	let prefixHit: Hit | null = null;
	let prefixNext = -1;

	const localEntity = (kind: Entity["kind"], name: string): Entity => {
		const key = entityKey(kind, name);
		let e = local.get(key);
		if (!e) {
			e = { key, name, kind };
			local.set(key, e);
			made.add(e);
		}
		return e;
	};
	const cover = (a: number, b: number): void => {
		// a mention covers a few tokens: a loop is cheaper than a call to fill
		for (let k = a; k < b; k++) covered[k] = 1;
	};
	// the persons' hits among them, and where each hit starts, in order, for the lists of persons (so those need not
	// go over the hits themselves again)
	const persons: Hit[] = [];
	const froms: number[] = [];
	const push = (h: Hit): void => {
		hits.push(h);
		froms.push(h.from);
		if (h.entity.kind === "person") persons.push(h);
	};
	const remember = (map: Map<string, PersonRef[]>, key: string, ref: PersonRef): void => {
		const list = map.get(key);
		if (!list) map.set(key, [ref]);
		else if (!holds(list, ref.entity.key)) list.push(ref);
	};
	// the first word of a person's name when it is no given name: the surname of "Kang Youwei", "Peng Dehuai"
	const leadingSurnames = new Map<string, Entity>();
	// the places that close a person's name after "of": "Prague" of "Jerome of Prague"
	const placeSurnames = new Set<string>();
	const indexPerson = (entity: Entity, nameFrom: number, nameTo: number, regnal: boolean, titled: boolean): void => {
		// a monarch named by a numeral or an epithet after the given name, and more: "Philip II of Spain", "Ivan IV the
		// Terrible", "William the Conqueror" stand for the given name alone too, as "Philip II" does
		if (!regnal && nameTo - nameFrom >= 3 && joinBefore(t, nameFrom + 1) === " " && joinBefore(t, nameFrom + 2) === " ") {
			const second = word(nameFrom + 1);
			regnal = second === "the" ? ((t.flags[nameFrom + 2] ?? 0) & UPPER) !== 0 : romanLetters(t, nameFrom + 1) && (word(nameFrom + 2) === "of" || word(nameFrom + 2) === "the");
			if (regnal) nameTo = nameFrom + 1;
		}
		const n = nameTo - nameFrom;
		// (not a particle that opens a surname: "Le" of "Father Le Loutre")
		// and a person named in full by a given name first: "Geoffrey" after "Geoffrey of Anjou", "Harold" after "Harold
		// Godwinson" (a given name several such persons share is the one named last before it); not a family name
		// written first ("Park Zor-vin")
		const given = n >= 2 && GIVEN_NAMES.has(word(nameFrom)) && !FAMILY_FIRST.has(word(nameFrom));
		// (not a month's name: "Jan" of "Jan Klemens Branicki" is a month's elsewhere)
		if ((regnal || titled || given) && !PARTICLES.has(word(nameFrom).toLowerCase()) && !MONTH_GIVEN_NAMES.has(word(nameFrom))) remember(givens, word(nameFrom), { entity, regnal });
		if (n >= 2 && !regnal) {
			// "Midhat Pasha": the name before an honorific stands for the person, not the honorific
			const last = word(nameTo - 1);
			// the place of "Jerome of Prague" may stand for him, as "Gaunt" does for John of Gaunt, unless the note
			// uses it as a place (read with the surnames below)
			if (n >= 3 && m.is(nameTo - 2, "of")) placeSurnames.add(last);
			remember(surnames, HONORIFICS_AFTER.has(last) ? word(nameTo - 2) : last, { entity, regnal });
			const first = word(nameFrom);
			if (!GIVEN_NAMES.has(first) && !PARTICLES.has(first.toLowerCase())) leadingSurnames.set(first, entity);
			// a family name written first stands for the person alone: "Zeng" after "Zeng Guofan" (not one that is
			// also a place's word: "Park" of "Hyde Park")
			else if (FAMILY_FIRST.has(first) && !NOT_SURNAMES.has(first)) remember(surnames, first, { entity, regnal });
		}
	};

	/**
	 * Whether an entity is a dynasty: after "a" or "an" its name is a member's or a qualifier ("a Habsburg marriage",
	 * "a Capetian descendant"), never the dynasty's.
	 */
	const isDynasty = (e: Entity): boolean => e.kind === "group" && (e.name.startsWith("House of ") || e.name.endsWith(" dynasty"));

	/** Whether "a" or "an" stands right before token i, or one small word before it ("an elected"). */
	const indefiniteBefore = (i: number): boolean => {
		const article = (k: number): boolean => k >= 0 && joinBefore(t, k + 1) === " " && (m.is(k, "a") || m.is(k, "an"));
		return article(i - 1) || (i > 1 && ((t.flags[i - 1] ?? 0) & LOWER) !== 0 && article(i - 2));
	};

	const emitForm = (found: Match, i: number, isDynamic: boolean): number => {
		const entity = found.form.entities[0];
		if (!entity || (entity.kind === null && found.form.role !== "adj")) {
			// a territory the lists hold as a place is a polity as the object of political action
			if (entity && found.form.role === "name" && politicalObject(m, i, found.end)) return emitBody(found.end, "state", i);
			cover(i, found.end);
			return found.end;
		}
		// "non-Muslims", "non-Chinese generals": those outside the name, not its actor; "an elected constituent
		// assembly": a body's name in small letters after "a" or "an" (and one word more) is a kind of body, not the one
		// the lists hold
		if ((i > 0 && joinBefore(t, i) === "-" && m.lowerWord(i - 1) === "non") || (entity.kind === "organisation" && ((t.flags[i] ?? 0) & LOWER) !== 0 && indefiniteBefore(i)) || (isDynasty(entity) && indefiniteBefore(i))) {
			cover(i, found.end);
			return found.end;
		}
		let from = t.start[i] ?? 0;
		let to = t.end[found.end - 1] ?? 0;
		let end = found.end;
		const role = found.form.role;
		// a modern state's bare name in a note on the years before it is a region ("Italy" in the Punic Wars)
		if (role === "name" && entity.kind === "state" && beforeFounding(entity.name, t.text, from, to, period)) {
			cover(i, end);
			return end;
		}
		// "the de la Poles", "the van Dycks": a plural after a surname's particles in small letters is a family
		if (role === "plural" && i > 0 && joinBefore(t, i) === " " && ((t.flags[i - 1] ?? 0) & LOWER) !== 0 && PARTICLES.hasToken(t, i - 1, m.lowerWord)) {
			let first = i - 1;
			if (first > 0 && joinBefore(t, first) === " " && ((t.flags[first - 1] ?? 0) & LOWER) !== 0 && PARTICLES.hasToken(t, first - 1, m.lowerWord)) first--;
			const a = t.start[first] ?? 0;
			push({ entity: localEntity("group", familyName(t.text.slice(a, to))), from: a, to, role: "group", locative: false, dynamic: isDynamic });
			cover(first, end);
			return end;
		}
		// "700,000+ Koreans to Japan", "thousands of Portuguese emigrated": a state's people counted and on the move
		if ((role === "plural" || role === "adj") && entity.kind === "state" && movedPopulation(t.text, from, to)) {
			push({ entity: localEntity("people", t.text.slice(from, to)), from, to, role: "plural", locative: false, dynamic: isDynamic });
			cover(i, end);
			return end;
		}
		if (entity.kind === "group" && DYNASTY.test(entity.name) && end < t.count && joinBefore(t, end) === " " && DYNASTY_NOUNS.has(word(end).toLowerCase())) {
			to = t.end[end] ?? to;
			end++;
		}
		if (role === "adj") {
			const use = adjectiveUse(m, i, found.end - 1);
			// A city's demonym makes only a group ("Parisian workers"), never a state.
			if (use.use === "none" || (use.use === "state" && entity.kind === null)) return found.end;
			if (use.use === "group" || use.use === "people") {
				const text = t.text.slice(from, t.end[use.end - 1] ?? 0);
				push({ entity: localEntity(use.use, text), from, to: t.end[use.end - 1] ?? 0, role: "group", locative: false, dynamic: isDynamic });
				cover(i, use.end);
				return use.end;
			}
		} else if (role === "prefix") {
			const next = found.end;
			if (next >= t.count || joinBefore(t, next) !== "-") return found.end;
			const nm = m.at(next);
			if (!nm || nm.form.entities[0]?.kind === null) return found.end;
			// "Anglo-Afghan wars", "Russo-Turkish War": the compound is part of the war's name, no mention of either
			if (warAfter(nm.end)) {
				cover(i, nm.end);
				return nm.end;
			}
			to = t.end[nm.end - 1] ?? to;
		}
		if (i === prefixNext && prefixHit && entity.kind === "state") from = prefixHit.from;
		let locative = false;
		if (entity.kind === "state" && role === "name") {
			// "Upper Peru", "Royal Prussia", "Great Poland": a region's qualifier makes a polity of its own
			const r = i - 1;
			// ("moved into Royal Prussia": the region is a place, and so is the polity it names a part of)
			if (r >= 0 && !covered[r] && joinBefore(t, i) === " " && (t.flags[r] ?? 0) & UPPER && REGION_QUALIFIERS.has(word(r))) {
				if (!isLocative(m, r, found.end - 1)) return emitBody(found.end, "state", r);
				locative = true;
			}
			// "Old France", "Tsarist Russia": a regime qualifier joins the name.
			const q = i - 1;
			if (q >= 0 && !covered[q] && joinBefore(t, i) === " " && (t.flags[q] ?? 0) & UPPER && REGIME_QUALIFIERS.has(word(q))) from = t.start[q] ?? from;
			// a polity named by "the" and its head ("heart of the Empire", "dualism in the Empire") is the note's own
			// polity, never a mere place
			else if (!(found.form.needsThe && found.end === i + 1 && STATE_HEADS.hasToken(t, i, word))) {
				locative ||= isLocative(m, i, found.end - 1);
				if (!locative && lastState && lastState.to <= from && listJoint(t.text, lastState.to, from) && !possessiveAfter(t, found.end - 1)) locative = lastState.locative && !placedAfter(m, found.end);
				// "in Catalonia and Aragon": the last of a list of places that no list holds as states
				else if (!locative && !possessiveAfter(t, found.end - 1)) locative = placeListedBefore(m, i, found.end);
			}
		}
		// "Rural Solidarity", "Spirit Boxers", "Balkan Christians": a body or a people the lists hold, after a
		// capitalised word of the same run that no list reads, is a longer name of its own
		if ((entity.kind === "organisation" || entity.kind === "group" || entity.kind === "people") && (role === "name" || role === "plural") && from === (t.start[i] ?? 0) && qualifierBefore(i)) return emitBody(end, entity.kind, i - 1);
		// a listed name after a place's opening word names the place: "Mount Lebanon", "Mt Kenya", "Fort Pitt"
		if (role === "name" && i > 0 && joinBefore(t, i) === " " && !covered[i - 1] && PLACE_OPENERS.hasToken(t, i - 1, word)) {
			cover(i, end);
			return end;
		}
		// a state's name before a landform's noun in small letters names the land ("the Congo estuary", "the Niger
		// delta"), a person's before a building's names the building ("the Moncada barracks")
		if (role === "name" && lowerNounAt(t, end, entity.kind === "state" ? LANDFORM_NOUNS : entity.kind === "person" ? NAMED_BUILDING_NOUNS : null, word)) {
			cover(i, end + 1);
			return end + 1;
		}
		// a listed name that runs on into a place's word names the place: "Bahadur Shah Zafar Marg", "Senate Square",
		// "Congo River"
		if (role === "name" && placeHeadAt(end)) {
			cover(i, end + 1);
			return end + 1;
		}
		if (entity.kind === "person" && role === "name" && end - i >= 2 && ((t.flags[i] ?? 0) & UPPER) !== 0 && longerName(end)) {
			// "Askia Muhammad Bani" is not Askia Muhammad: a listed name of two words or more that runs on into a
			// name word no list reads is another person's full name
			const e = localEntity("person", t.text.slice(from, t.end[end] ?? to));
			push({ entity: e, from, to: t.end[end] ?? to, role: "person", locative: false, dynamic: isDynamic });
			indexPerson(e, i, end + 1, false, false);
			cover(i, end + 1);
			return end + 1;
		}
		// "Agobard of Lyon", "Ewuare the Great": a listed person's single name keeps the place it is "of" or a ruler's
		// epithet in the mention
		let seat = entity.kind === "person" && role === "name" && end === i + 1 ? singleNameEnd(m, end) : end;
		// "Cánovas del Castillo": a listed person's name that runs on by a particle into a surname keeps it
		if (seat === end && entity.kind === "person" && role === "name") seat = particleTailEnd(m, end);
		if (seat > end) to = t.end[seat - 1] ?? to;
		// "Pericles the Younger", "Cato the Elder" that no list holds: the listed one's son or father, another person;
		// and so is one named by a father's name ("Thucydides son of Melesias", not the historian)
		if (seat === end && entity.kind === "person" && role === "name" && end === i + 1) seat = patronymicEnd(end);
		if (seat > end && entity.kind === "person" && (m.is(seat - 1, "Younger") || m.is(seat - 1, "Elder") || m.is(seat - 3, "son") || m.is(seat - 3, "daughter"))) {
			to = t.end[seat - 1] ?? to;
			push({ entity: localEntity("person", t.text.slice(from, to)), from, to, role: "person", locative: false, dynamic: isDynamic });
			cover(i, seat);
			return seat;
		}
		// "German minister von Ketteler": a small particle that opens a listed person's surname belongs to the mention
		if (entity.kind === "person" && role === "name" && openingParticleBefore(i)) from = t.start[i - 1] ?? from;
		for (const e of found.form.entities) {
			const hit: Hit = { entity: e, from, to, role, locative, dynamic: isDynamic };
			push(hit);
			if (e.kind === "state" && role === "name") lastState = hit;
			if (role === "prefix") {
				prefixHit = hit;
				prefixNext = found.end;
			}
		}
		if (entity.kind === "person") {
			const regnal = end - i >= 2 && romanLetters(t, end - 1);
			indexPerson(entity, i, end, regnal, false);
			if (regnal) return elliptical(end, i);
		}
		cover(i, seat);
		return seat;
	};

	/** The token after "son of" or "daughter of" and one capitalised name right after token k-1, or k: "son of Melesias". */
	const patronymicEnd = (k: number): number => {
		if (k + 2 >= t.count || joinBefore(t, k) !== " " || !(m.is(k, "son") || m.is(k, "daughter")) || joinBefore(t, k + 1) !== " " || !m.is(k + 1, "of")) return k;
		return joinBefore(t, k + 2) === " " && nameWord(m, k + 2) && !capitalJoined(t, k + 3) ? k + 3 : k;
	};
	/**
	 * Whether a place's word (a head, "River", "Square", "Sea") stands at token k one space after a name, so that the
	 * name and it name a place; not a word that opens the next place's name ("Russia Port Arthur, Britain Weihaiwei").
	 */
	const placeHeadAt = (k: number): boolean => k < t.count && joinBefore(t, k) === " " && PLACE_HEADS.hasToken(t, k, word) && !(PLACE_OPENERS.hasToken(t, k, word) && k + 1 < t.count && joinBefore(t, k + 1) === " " && ((t.flags[k + 1] ?? 0) & UPPER) !== 0);
	/** Whether token i-1 is a small opening particle ("von", "de") one space before it, no capitalised word before that. */
	const openingParticleBefore = (i: number): boolean => i > 0 && !covered[i - 1] && joinBefore(t, i) === " " && OPENING_PARTICLES.hasToken(t, i - 1, word) && !(i > 1 && joinBefore(t, i - 1) === " " && ((t.flags[i - 2] ?? 0) & UPPER) !== 0);
	/** Whether token k, one space on, is "war" or "wars", either case. */
	const warAfter = (k: number): boolean => k < t.count && joinBefore(t, k) === " " && (m.lowerWord(k) === "war" || m.lowerWord(k) === "wars");
	/**
	 * Whether the word before token i qualifies a listed body's name as a longer name: capitalised, one space before
	 * the name, not at a sentence's start, no list's word, no title, no head, no demonym, no faith's adjective, and the
	 * first word of its run.
	 */
	const qualifierBefore = (i: number): boolean => {
		const k = i - 1;
		if (k < 0 || covered[k] || joinBefore(t, i) !== " " || ((t.flags[k] ?? 0) & (UPPER | ALL_UPPER | DIGIT)) !== UPPER) return false;
		if (k > 0 && (joinBefore(t, k) === " " || joinBefore(t, k) === "-") && ((t.flags[k - 1] ?? 0) & UPPER) !== 0) return false;
		const w = word(k);
		// not an article of another language ("Die Hanse") or a verb's form ("Fighting EOKA"): a book's title
		if (PARTICLES.has(w.toLowerCase()) || FOREIGN_ARTICLES.has(w) || w.endsWith("ing") || VERBS.hasToken(t, k, m.lowerWord)) return false;
		return !sentenceInitial(t, k) && nameWord(m, k) && !m.at(k) && !GIVEN_NAMES.hasToken(t, k, word) && !REGIME_QUALIFIERS.has(w) && !FAITH_ADJECTIVES.has(w);
	};
	/**
	 * Whether token k, right after a listed person's name, is a name word that makes the name longer: capitalised, one
	 * space after it, no list's word, no head, no numeral, and the last capitalised word of its run.
	 */
	const longerName = (k: number): boolean => k < t.count && joinBefore(t, k) === " " && !covered[k] && nameWord(m, k) && !m.at(k) && !mayStartDynamic(dynamic, t, k) && !isNumeral(m, k) && !capitalJoined(t, k + 1) && !GIVEN_NAMES.hasToken(t, k, word) && !PLACE_HEADS.hasToken(t, k, word) && !HONORIFICS_AFTER.hasToken(t, k, word);
	/**
	 * A capitalised name of one to three words that no rule reads, after a verb or noun of political action, as a
	 * territory; the token after it, or 0 when it is none.
	 */
	const territoryAt = (i: number): number => {
		if (((t.flags[i] ?? 0) & ALL_UPPER) !== 0 || CALENDAR_WORDS.hasToken(t, i, word) || GIVEN_NAMES.hasToken(t, i, word)) return 0;
		const end = unlistedNameEnd(i);
		if (!politicalObject(m, i, end)) return 0;
		// a place's head after the name makes it a place's: "Russia gets Black Sea ports"
		if (placeHeadAt(end)) {
			cover(i, end + 1);
			return end + 1;
		}
		return emitBody(end, "state", i);
	};
	/**
	 * The end of a polity's name of up to three capitalised words from token i that no list opens: joined by spaces or
	 * a hyphen ("Bremen-Verden"), and not into a date after it ("annexed Kabul Oct 1879").
	 */
	const unlistedNameEnd = (i: number): number => {
		let end = i + 1;
		// an abbreviated Saint names nothing alone: "St Vincent", "St. Kitts"
		if (end < t.count && isSaint(t, i) && ((t.flags[end] ?? 0) & (UPPER | DIGIT)) === UPPER && (joinBefore(t, end) === " " || joinBefore(t, end) === ".")) end++;
		while (end < t.count && end < i + 3 && (joinBefore(t, end) === " " || joinBefore(t, end) === "-") && ((t.flags[end] ?? 0) & (UPPER | DIGIT | ALL_UPPER)) === UPPER && !builtin.mayStart(t, end) && !CALENDAR_WORDS.hasToken(t, end, word)) end++;
		return end;
	};

	/**
	 * A capitalised name no list holds, as a person by its context: after a lower-case office or kin noun ("consul
	 * Opimius", "his daughter Julia"), in a list right after a person ("Marius + Cinna", "Cato, Lucullus"), before a
	 * possessive that governs what persons hold ("Müller's cabinet", "Riego's revolt"), before an honorific ("Âli
	 * Pasha") or an apposition ("Lanfranc abp of Canterbury"), or as the subject of a verb only persons take
	 * ("Dingiswayo died", read after the first pass). The token after it, or 0.
	 */
	const personInContext = (i: number): number => {
		// a name word of three letters or more, whatever its context (a month, a head or a title is none)
		if ((t.end[i] ?? 0) - (t.start[i] ?? 0) < 3 || !nameWord(m, i)) return 0;
		// nor is a place's opening word: "Fort Khan", "Preah Khan" (a temple), whatever comes after it
		if (PLACE_OPENERS.hasToken(t, i, word)) return 0;
		// a word right after "the" is no person's name, whatever follows it: "the Commonwealth's army", "the
		// Signory's fleet" (a person's name takes no article)
		if (i > 0 && joinBefore(t, i) === " " && isThe(m, i - 1)) return 0;
		// the contexts first, by a few array reads: most capitalised words have none of them
		const office = officeBefore(i) || bracketOfPersons(i) || marriedBefore(i);
		const listed = !office && afterPerson(i);
		const context = office || listed || apostropheNear(i) || honorificNear(i) || apposedNear(i) || describedNear(i) || ofApposed(i);
		if (!context && !personVerbAt(i + 1) && !surnameShaped(i) && !ruledUnder(i)) return 0;
		// nor a word that qualifies a noun of men or land after it: "Cheshire men fight on both sides"
		if (lowerNounAt(t, i + 1, QUALIFIED_NOUNS, word)) return 0;
		// an office written with a capital is no name: "Lord Canning, Viceroy of India"
		if (OFFICE_NOUNS.hasToken(t, i, m.lowerWord)) return 0;
		if (!context) {
			// a verb only persons take, a surname's ending or "under": read after the first pass, when the note's full
			// names are known ("Meiji died" after "Emperor Meiji"); a given name alone names nobody ("Edward's army")
			// but as the subject of such a verb ("Theodora dies 1056")
			if (pluralNoun(i) || (GIVEN_NAMES.hasToken(t, i, word) && !givenActs(i))) return 0;
			// a double surname is one name: "Bestuzhev-Ryumin", "Khrustalev-Nosar"
			const name = (k: number): boolean => k >= 0 && k < t.count && ((t.flags[k] ?? 0) & (UPPER | ALL_UPPER)) === UPPER && !covered[k];
			const first = i > 0 && joinBefore(t, i) === "-" && name(i - 1);
			const second = !first && joinBefore(t, i + 1) === "-" && name(i + 1);
			// and a surname's ending or a person's verb takes the name word before it no list holds: "Bashkir leader
			// Salavat Yulaev", "In 1956 Velmir Zorvath fled"
			const given = !first && !second && i > 0 && joinBefore(t, i) === " " && name(i - 1) && nameWord(m, i - 1) && !m.at(i - 1) && !sentenceInitial(t, i - 1) && (surnameShaped(i) || personVerbAt(i + 1));
			deferred.push(first || given ? i - 1 : i, second ? i + 1 : i);
			return second ? i + 2 : i + 1;
		}
		let end = i + 1;
		// (an honorific closes the name though a list opens a name with it: "Muzaffar Shah", not "Shah Jahan")
		// (a word that opens only longer listed names is a name word here: "Suri" of "Suri dynasty" in "Adil Shah Suri")
		while (end < t.count && end < i + 3 && joinBefore(t, end) === " " && ((nameWord(m, end) && !(builtin.mayStart(t, end) && m.at(end))) || HONORIFICS_AFTER.hasToken(t, end, word))) end++;
		// and a surname a particle joins to it: "León de la Barra"; a Japanese honorific: "Yodo-dono"
		end = japaneseSuffixEnd(m, particleTailEnd(m, end));
		// or a place after "of", before an apposition: "Markward of Anweiler (duke of Ravenna)"
		if (end === i + 1 && ofApposed(i)) end = i + 3;
		// after a verb of marrying, the place a person is "of": "marries Maximillian of Austria"
		else if (end === i + 1 && office && ofPlace(i)) end = i + 3;
		// a capitalised run that goes on past the name is something else: "Volume I", "Holy Roman Empire"
		if (capitalJoined(t, end)) return 0;
		// an honorific that closes the name or stands inside it: "Chattar Singh", "Chattar Singh Attariwala"
		const honorific = end - i >= 2 && (HONORIFICS_AFTER.has(word(end - 1)) || (end - i === 3 && HONORIFICS_AFTER.has(word(i + 1))));
		// a given name alone before an apposition is one of many of that name: "Mary, queen of Scots"
		if (!office && !honorific && !(listed && (actsAfter(end) || (end - i >= 2 && fullNameEndsList(end)))) && !holdingAfter(end) && !(apposedAt(end) && !GIVEN_NAMES.hasToken(t, i, word)) && !lifeAfter(end) && !describedAt(end)) return 0;
		// "Kang's proposals" after "Kang Youwei": the person named in full, surname first; "O'Zorvig's plan" with its
		// elided particle, "Belle-Isle's diplomacy" with the name its hyphen joins
		const joined = i > 0 && joinBefore(t, i) === "-" && ((t.flags[i - 1] ?? 0) & (UPPER | ALL_UPPER | DIGIT)) === UPPER && !covered[i - 1];
		const from = t.start[elided(t, i) || joined ? i - 1 : i] ?? 0;
		// and a name the note has already given in full, one person's: "Masanori" after "Fukushima Masanori"
		const entity = (end - i === 1 && !joined && (leadingSurnames.get(word(i)) || soleRef(surnames.get(word(i))))) || localEntity("person", t.text.slice(from, t.end[end - 1] ?? 0));
		push({ entity, from, to: t.end[end - 1] ?? 0, role: "person", locative: false, dynamic: false });
		// a single name stands for the person wherever else the note writes it
		// (and the name before "of" too: "Sibylla" after "Sibylla of Acerra")
		if ((end - i === 1 || (end - i === 3 && m.is(i + 1, "of"))) && !joined) remember(surnames, word(i), { entity, regnal: false });
		else if (!joined) indexPerson(entity, i, end, false, false);
		cover(joined ? i - 1 : i, end);
		return end;
	};
	/**
	 * An Arabic name no list holds, by its particles: "al-Mansur", "Al-Mu'tasim", "Abu Muslim", "Ibn Ra'iq", "Abd
	 * al-Rahman", "Mu'izz al-Dawla", "Muhammad al-Nafs al-Zakiyya", "Naser al-Din Shah". The token after it, or 0.
	 */
	const arabicNameAt = (i: number): number => {
		let from = i;
		let end: number;
		if (i >= 1 && joinBefore(t, i) === "-" && isAl(i - 1) && t.text.charCodeAt(t.start[i - 1] ?? 0) === 97 /* a */) {
			// "al-Mansur" opens the name; after a name word it is the tail of a name read from that word
			if (i >= 2 && joinBefore(t, i - 1) === " " && ((t.flags[i - 2] ?? 0) & UPPER) !== 0) return 0;
			from = i - 1;
			end = namePart(i);
		} else if (isAl(i)) end = i + 1 < t.count && joinBefore(t, i + 1) === "-" ? namePart(i + 1) : 0;
		else if (ARABIC_OPENERS.hasToken(t, i, word)) {
			// "Abu Muslim", "Abu l-Hasan", or the article elided onto the opener: "Abu'l-Abbas"
			const join = i + 1 < t.count ? joinBefore(t, i + 1) : "";
			end = join === " " ? alPart(i + 1) || namePart(i + 1) : join === "'" ? alPart(i + 1) : 0;
		}
		else {
			// a title before the article's name stays out of it, as titles do: "Sultan al-Kamil" is mentioned as
			// "al-Kamil" (not a title that is part of a name: "Imam al-Shafi'i")
			if (PERSON_TITLES.hasToken(t, i, word) && !NAME_TITLES.hasToken(t, i, word) && i + 1 < t.count && isAl(i + 1)) return 0;
			end = namePart(i);
			// most capitalised words are followed by no "al-", "ibn" or "bin": two to four letters, tested first
			const len = end < t.count ? (t.end[end] ?? 0) - (t.start[end] ?? 0) : 0;
			if ((len < 2 && !(len === 1 && abbreviatedIbn(end))) || len > 4 || !arabicLink(end) || ARABIC_PLACE_NOUNS.hasToken(t, i, word)) return 0;
		}
		if (!end) return 0;
		for (let next = arabicLink(end); next; next = arabicLink(end)) end = next;
		// a family name after the particles, the name's last word: "Zia al-Din Tabatabai"
		if (end > i + 1 && end < t.count && joinBefore(t, end) === " " && nameWord(m, end) && !m.at(end) && namePart(end) && !capitalJoined(t, end + 1)) end = namePart(end);
		// a regnal numeral: "Abd al-Rahman I"
		if (end < t.count && end > i + 1 && isNumeral(m, end)) end++;
		// an honorific or a title that closes the name: "Naser al-Din Shah", "Ibn Ra'iq Pasha"
		if (end < t.count && joinBefore(t, end) === " " && (HONORIFICS_AFTER.hasToken(t, end, word) || NAME_TITLES.hasToken(t, end, word)) && !capitalJoined(t, end + 1)) end++;
		// a town in apposition is no person: "their capital, al-Mukhtara", "a siege town, al-Muwaffaqiyya"
		if (placeApposed(from)) {
			towns.add(word(end - 1));
			return 0;
		}
		// The article and a name alone ("al-Muwaffaq") is read after the first pass, when the note's full names are
		// known: the person whose full name ends so ("Abu Ahmad al-Muwaffaq"), or a person of its own.
		if (end === from + 2 && (t.end[from] ?? 0) - (t.start[from] ?? 0) === 2 && isAl(from)) {
			deferred.push(from, from + 1);
			return end;
		}
		const a = t.start[from] ?? 0;
		const b = t.end[end - 1] ?? 0;
		const entity = localEntity("person", capitalised(t.text.slice(a, b)));
		push({ entity, from: a, to: b, role: "person", locative: false, dynamic: false });
		// the article's name at the end of a full name stands for the person alone: "al-Muwaffaq" after "Abu Ahmad
		// al-Muwaffaq"
		if (end - from >= 4 && joinBefore(t, end - 1) === "-" && isAl(end - 2) && joinBefore(t, end - 2) === " ") remember(surnames, word(end - 1), { entity, regnal: false });
		cover(i, end);
		return end;
	};
	/** Names a note calls towns ("their capital, al-Mukhtara"), no persons wherever else they stand. */
	const towns = new Set<string>();
	/** Whether a place noun and a comma stand right before token k: "their capital, al-Mukhtara". */
	const placeApposed = (k: number): boolean => k > 0 && t.start[k] === (t.end[k - 1] ?? 0) + 2 && t.text.charCodeAt(t.end[k - 1] ?? 0) === 44 && ((t.flags[k - 1] ?? 0) & LOWER) !== 0 && TOWN_NOUNS.hasToken(t, k - 1, word);
	/**
	 * Whether token k, right before a particle, leaves the particle opening a name: a number, or an English function
	 * word or verb ("led by du Guesclin"); not a capitalised word ("Place de la Concorde") or a French one ("droits de
	 * Paris").
	 */
	const englishBefore = (k: number): boolean => {
		const f = t.flags[k] ?? 0;
		if ((f & DIGIT) !== 0) return true;
		return (f & LOWER) !== 0 && (FUNCTION_WORDS.hasToken(t, k, m.lowerWord) || VERBS.hasToken(t, k, m.lowerWord));
	};
	/**
	 * Persons read after the first pass, when the note's full names are known, as pairs of tokens: where the mention
	 * starts and the name's word ("du Guesclin" from its particle, "Dingiswayo" before "died").
	 */
	const deferred: number[] = [];
	/** Whether the Saint's abbreviation at token i joins the name after it by a space, a dot or both: "Ste. Croix". */
	const saintJoin = (i: number): boolean => {
		const e = t.end[i] ?? 0;
		const next = t.start[i + 1] ?? 0;
		return next === e + 1 ? t.text.charCodeAt(e) === 32 || t.text.charCodeAt(e) === 46 : next === e + 2 && t.text.charCodeAt(e) === 46 && t.text.charCodeAt(e + 1) === 32;
	};
	/**
	 * A surname no list holds after its particle, written without a given name: "du Guesclin", "de la Huerta", "van
	 * Oldenbarnevelt". The particle must open the name (no capitalised word right before it: "Place de la Concorde").
	 * The token after it, or 0.
	 */
	const particleNameAt = (i: number): number => {
		if (i < 1 || joinBefore(t, i) !== " " || ((t.flags[i - 1] ?? 0) & LOWER) === 0) return 0;
		let from = i - 1;
		if (!OPENING_PARTICLES.hasToken(t, from, word)) {
			// "de la Huerta", "van der Lubbe": an article after the opening particle
			if (!SECOND_PARTICLES.hasToken(t, from, word) || from < 1 || joinBefore(t, from) !== " " || !OPENING_PARTICLES.hasToken(t, from - 1, word)) return 0;
			from--;
		}
		if ((from > 0 && joinBefore(t, from) === " " && !englishBefore(from - 1)) || !nameWord(m, i)) return 0;
		// a Saint's abbreviation opens the surname: "de Ste. Croix", "de St. Pierre"
		if (isSaint(t, i) && i + 1 < t.count && saintJoin(i) && nameWord(m, i + 1) && !capitalJoined(t, i + 2)) {
			deferred.push(from, i + 1);
			return i + 2;
		}
		// a capitalised run that goes on past the name is something else
		if (capitalJoined(t, i + 1)) return 0;
		// read after the first pass, when the note's full names are known: "von Guericke" is Otto von Guericke's
		deferred.push(from, i);
		return i + 1;
	};
	/** A capitalised word and what an apostrophe joins to it ("Mu'tadid", "Ra'iq"); the token after it, or 0. */
	const namePart = (k: number): number => {
		if (k >= t.count || ((t.flags[k] ?? 0) & (UPPER | ALL_UPPER)) !== UPPER) return 0;
		let end = k + 1;
		// not a possessive "s"
		while (end < t.count && joinBefore(t, end) === "'" && (t.end[end] ?? 0) - (t.start[end] ?? 0) >= 2 && ((t.flags[end] ?? 0) & DIGIT) === 0) end++;
		return end;
	};
	/**
	 * Whether token k is the article "al" or "Al", or its elided "l" ("Abu l-Hasan"), read by character; or, in lower
	 * case before a hyphen, the article assimilated to a "sun letter" as it is often written: "as-Saffah",
	 * "ar-Rashid", "an-Nasir", "ad-Din", "at-Tabari", "az-Zahir", "ash-Shafi'i".
	 */
	const isAl = (k: number): boolean => {
		const a = t.start[k] ?? 0;
		const n = (t.end[k] ?? 0) - a;
		if (n > 3 || (t.text.charCodeAt(a) | 32) !== 97) return n === 1 && t.text.charCodeAt(a) === 108;
		const c = t.text.charCodeAt(a + 1);
		if (n === 2 && c === 108) return true;
		// (in lower case: "Ash-Shiraa", "An-Nahar" capitalised are as often a paper's name)
		if (k + 1 >= t.count || joinBefore(t, k + 1) !== "-" || t.text.charCodeAt(a) !== 97) return false;
		// "ash", "ath", "adh": a sun letter written with "h"
		if (n === 3) return t.text.charCodeAt(a + 2) === 104 && (c === 115 || c === 116 || c === 100);
		return n === 2 && SUN_LETTERS.includes(t.text.charAt(a + 1));
	};
	/** "al-Din" at token k: the article, a hyphen and a name part; the token after it, or 0. */
	const alPart = (k: number): number => (k + 1 < t.count && isAl(k) && joinBefore(t, k + 1) === "-" ? namePart(k + 1) : 0);
	/** " al-Din", " ibn Saud", " ibn al-As", " b. Ali" after a name part ending before token k; the token after it, or 0. */
	const arabicLink = (k: number): number => {
		if (k >= t.count || joinBefore(t, k) !== " ") return 0;
		const al = alPart(k);
		if (al) return al;
		// "b." for ibn: "Abdallah b. Ali", "Khalid b. Barmak" (not "b. 1516", born)
		if (abbreviatedIbn(k)) return alPart(k + 1) || namePart(k + 1);
		if (!ARABIC_KIN.hasToken(t, k, m.lowerWord) || k + 1 >= t.count || joinBefore(t, k + 1) !== " ") return 0;
		return alPart(k + 1) || namePart(k + 1);
	};
	/** Whether token k is "b", a dot and one space before the next token. */
	const abbreviatedIbn = (k: number): boolean => {
		const a = t.start[k] ?? 0;
		return t.end[k] === a + 1 && t.text.charCodeAt(a) === 98 && t.text.charCodeAt(a + 1) === 46 && t.text.charCodeAt(a + 2) === 32 && t.start[k + 1] === a + 3;
	};
	/**
	 * A faction, movement or dynasty no list holds, by its word: a capitalised plural in -ists, -istas, -ites, -ids or
	 * -yads inside a sentence ("Hébertists", "Terceristas", "Hussites", "Tulunids"); or a people, by a plural in -ians or
	 * -eans no capitalised word stands before ("Karelians", "Cantabrians", "Acadians", not "Modern Historians"); or a
	 * family, by a Slavic surname in the plural ("Potockis", "Chodkiewiczes"). The token after it, or 0.
	 */
	/**
	 * Whether the plural names a place the note or the lists name: its stem and a vowel ("Sonor" + "a"), the stem
	 * cut before "-ans" or "-itans".
	 */
	const placeOfPlural = (w: string): boolean => {
		const stem = w.slice(0, w.endsWith("itans") ? -5 : -3);
		for (const v of PLACE_VOWELS) {
			const place = stem + v;
			if (namedWord(t.text, place)) return true;
			const listed = builtin.lookup(place, period)?.entities[0];
			if (listed && (listed.kind === null || listed.kind === "state")) return true;
		}
		return false;
	};
	/**
	 * Whether the plural names a region the note or the lists name, by a plural of its own shape: the region and
	 * "-is" ("Gujarat" + "is", "Bengal" + "is"), or the region cut before its "y" and "-s" ("Gascon" + "s" of Gascony).
	 */
	const regionOfPlural = (w: string): boolean => {
		const c = w.charCodeAt(w.length - 2);
		// (not "-ss" nor "-us": "Congress", "Marcus")
		if (c === 115 || c === 117) return false;
		// read once per word: the note's text is searched for the region, and a plural may stand thousands of times
		let known = regions.get(w);
		if (known === undefined) {
			const place = c === 105 ? w.slice(0, -2) : `${w.slice(0, -1)}y`;
			const listed = namedWord(t.text, place) ? null : builtin.lookup(place, period)?.entities[0];
			known = listed === null || (listed !== undefined && (listed.kind === null || listed.kind === "state"));
			regions.set(w, known);
		}
		return known;
	};
	/** The plurals `regionOfPlural` has read, and whether each names a region. */
	const regions = new Map<string, boolean>();
	/** Whether "<office> of the" stands before token i: "king of the Romans". */
	const titleOf = (i: number): boolean => i > 2 && m.is(i - 1, "the") && m.is(i - 2, "of") && OFFICE_NOUNS.hasToken(t, i - 3, m.lowerWord);
	// the tokens of the families found by their Slavic surname in the plural, for the lists they stand in
	const families: number[] = [];
	const factionAt = (i: number): number => {
		const f = t.flags[i] ?? 0;
		const e = t.end[i] ?? 0;
		// "…ists" or "…ites", read by character before the word is cut
		if ((f & (ALL_UPPER | DIGIT)) !== 0 || e - (t.start[i] ?? 0) < 6 || t.text.charCodeAt(e - 1) !== 115) return 0;
		const w = word(i);
		const faction = FACTION_PLURAL.test(w);
		// a people's plural after a capitalised word is the last word of a longer name: "Modern Historians"
		const afterCapital = i > 0 && joinBefore(t, i) === " " && ((t.flags[i - 1] ?? 0) & UPPER) !== 0;
		const people = !faction && !afterCapital && PEOPLE_PLURAL.test(w);
		const family = !faction && !people && FAMILY_PLURAL.test(w);
		// the people of a town or a region by its name's plural: "Sonorans" of Sonora, "Salernitans" of Salerno
		// (not in a title: "king of the Romans")
		const townsfolk = !faction && !people && !family && !afterCapital && TOWN_PLURAL.test(w) && !titleOf(i) && placeOfPlural(w);
		// or of a region by its name's plural in "-is" or "-s" for "-y": "Gujaratis" of Gujarat, "Gascons" of Gascony
		const regional = !faction && !people && !family && !townsfolk && !afterCapital && !titleOf(i) && regionOfPlural(w);
		if (!faction && !people && !family && !townsfolk && !regional) return 0;
		if (sentenceInitial(t, i) || capitalJoined(t, i + 1)) return 0;
		const name = family ? `${w.slice(0, w.endsWith("es") ? -2 : -1)} family` : w;
		if (family) families.push(i);
		const group = faction || family || townsfolk;
		push({ entity: localEntity(group ? "group" : "people", name), from: t.start[i] ?? 0, to: t.end[i] ?? 0, role: group ? "group" : "plural", locative: false, dynamic: false });
		cover(i, i + 1);
		return i + 1;
	};
	/**
	 * A party by its label before a word of its office: "Asquith's Liberal government", "Whig ministry", "the Colorado
	 * and Liberal parties" (the listed party of that name in the note's years, else one of the note's own). The token
	 * after it, or 0.
	 */
	const partyLabelAt = (i: number): number => {
		const k = i + 1;
		if (k >= t.count || joinBefore(t, k) !== " " || !PARTY_LABELS.hasToken(t, i, word) || !PARTY_OFFICE_NOUNS.hasToken(t, k, word)) return 0;
		const name = `${word(i)} Party`;
		const listed = builtin.lookup(name, period)?.entities[0];
		push({ entity: listed?.kind === "organisation" ? listed : localEntity("organisation", name), from: t.start[i] ?? 0, to: t.end[i] ?? 0, role: "body", locative: false, dynamic: false });
		cover(i, k);
		return k;
	};
	/**
	 * Whether a reign or a life's date in brackets follows the name ending before token k, as only a person's does:
	 * "Kertanagara (r. 1268–1292)", "**Jayakatwang** (d. 1293)", "Simon (d. 1105)"; not a year alone ("Poitiers (1356)");
	 * or a kin's or an office's noun after a possessive: "Nandi (his mother)".
	 */
	const lifeAfter = (k: number): boolean => {
		let at = t.end[k - 1] ?? 0;
		const text = t.text;
		// the marks of bold or italics first, then " (": most names are followed by neither
		while (text.charCodeAt(at) === 42 || text.charCodeAt(at) === 95) at++;
		if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 40) return false;
		const inside = text.slice(at + 2, at + 24);
		if (LIFE_BRACKET.test(inside)) return true;
		// or a kin's or an office's noun after a possessive: "Nandi (his mother)", "Timaea (Agis' wife)"
		const kin = KIN_BRACKET.exec(inside);
		return kin !== null && OFFICE_NOUNS.has(kin[1] ?? "");
	};
	/**
	 * Whether an article and an office or kin noun follow the name ending before token k, after a comma, as its
	 * apposition ("Otilio Montaño, a local schoolteacher"; not "Velmar, the king's city"), or "who" does.
	 */
	const describedAt = (k: number): boolean => {
		// ", a", ", an", ", the": read by character before any word
		const at = t.end[k - 1] ?? 0;
		if (k + 1 < t.count && t.text.charCodeAt(at + 1) === 61 && t.start[k] === at + 3) return equatedAt(k);
		if (k + 1 >= t.count || t.text.charCodeAt(at) !== 44 || t.start[k] !== at + 2 || ((t.flags[k] ?? 0) & LOWER) === 0) return false;
		// or a relative clause only a person opens: "Tribhuwana Wijayatunggadewi, who ruled"; not a plural's ("the
		// Anabaptists, who")
		if (m.is(k, "who")) return !pluralNoun(k - 1);
		if (!m.is(k, "a") && !m.is(k, "an") && !m.is(k, "the")) return false;
		// the noun, or one or two words that qualify it before it: "a local schoolteacher", "a Greek Christian admiral"
		for (let j = k + 1; j < t.count && j < k + 4 && joinBefore(t, j) === " "; j++) {
			if (((t.flags[j] ?? 0) & LOWER) !== 0 && OFFICE_NOUNS.hasToken(t, j, word)) return !isApostrophe(t.text.charCodeAt(t.end[j] ?? 0));
			if (((t.flags[j] ?? 0) & DIGIT) !== 0 || FUNCTION_WORDS.hasToken(t, j, m.lowerWord)) return false;
		}
		return false;
	};
	/**
	 * Whether a note's " = " before token k equates the name with a person's office or kin: "Sichelgaita = Robert's 2nd
	 * wife", "Velmar = the king's envoy"; the noun within three words, after a possessive or an article.
	 */
	const equatedAt = (k: number): boolean => {
		if (t.text.charCodeAt((t.start[k] ?? 0) - 1) !== 32 || t.text.charCodeAt((t.start[k] ?? 0) - 3) !== 32) return false;
		const j0 = possessiveAfter(t, k) && ((t.flags[k] ?? 0) & UPPER) !== 0 ? k + 2 : m.is(k, "a") || m.is(k, "an") || m.is(k, "the") ? k + 1 : 0;
		for (let j = j0; j > 0 && j < t.count && j < j0 + 3 && joinBefore(t, j) === " "; j++) {
			if (((t.flags[j] ?? 0) & LOWER) !== 0 && OFFICE_NOUNS.hasToken(t, j, word)) return !isApostrophe(t.text.charCodeAt(t.end[j] ?? 0));
			if (FUNCTION_WORDS.hasToken(t, j, m.lowerWord)) return false;
		}
		return false;
	};
	/** Whether such a bracket or apposition follows token i or one of the two name words after it. */
	const describedNear = (i: number): boolean => {
		for (let k = i; k < t.count && k < i + 3; k++) {
			if (lifeAfter(k + 1) || describedAt(k + 1)) return true;
			if (k + 1 >= t.count || joinBefore(t, k + 1) !== " ") return false;
		}
		return false;
	};
	/** Whether an honorific that follows a name stands one or two words after token i: "Âli Pasha", "Niyazi Bey". */
	const honorificNear = (i: number): boolean => {
		for (let k = i + 1; k < t.count && k < i + 3 && joinBefore(t, k) === " "; k++) if (HONORIFICS_AFTER.hasToken(t, k, word)) return true;
		return false;
	};
	/**
	 * Whether an office or kin noun and "of" follow the name ending before token k, as its apposition: "Lanfranc abp
	 * of Canterbury", "Matilda, daughter of Henry I".
	 */
	const apposedAt = (at: number): boolean => {
		// the office noun, or "ex" before it, is a lower-case word: most words after a name are none
		if (at >= t.count || ((t.flags[at] ?? 0) & LOWER) === 0) return false;
		// (after the marks of bold or italics: "**Markward of Anweiler** (duke of Ravenna)")
		let e = t.end[at - 1] ?? 0;
		while (t.text.charCodeAt(e) === 42 || t.text.charCodeAt(e) === 95) e++;
		const gap = (t.start[at] ?? 0) - e;
		const c = t.text.charCodeAt(e);
		const c2 = t.text.charCodeAt((t.start[at] ?? 0) - 1);
		// ", abp of", " abp of", or in brackets: " (ex-tyrant of Athens)"
		if (!(gap === 1 ? c === 32 : gap === 2 && c === 32 ? c2 === 40 : gap === 2 && c === 44 && c2 === 32)) return false;
		// a former office: "ex-tyrant"
		const k = m.is(at, "ex") && at + 1 < t.count && joinBefore(t, at + 1) === "-" ? at + 1 : at;
		if (k + 2 >= t.count || ((t.flags[k] ?? 0) & LOWER) === 0 || ((t.flags[k + 2] ?? 0) & UPPER) === 0) return false;
		return OFFICE_NOUNS.hasToken(t, k, word) && joinBefore(t, k + 1) === " " && m.is(k + 1, "of") && joinBefore(t, k + 2) === " ";
	};
	/** Whether "of" and a single capitalised word follow token i, as a person's place: "Maximillian of Austria". */
	const ofPlace = (i: number): boolean => i + 2 < t.count && joinBefore(t, i + 1) === " " && m.is(i + 1, "of") && joinBefore(t, i + 2) === " " && singleWord(i + 2) && !capitalJoined(t, i + 3);
	/** Whether a verb of marrying stands before token i, one space before it: "marries Jadwiga", "he married Jacqueline". */
	const marriedBefore = (i: number): boolean => i > 0 && joinBefore(t, i) === " " && ((t.flags[i - 1] ?? 0) & LOWER) !== 0 && MARRYING_VERBS.hasToken(t, i - 1, word);
	/** Whether "of", a place's name and an apposition of an office follow token i: "Markward of Anweiler (duke of Ravenna)". */
	const ofApposed = (i: number): boolean => i + 3 < t.count && joinBefore(t, i + 1) === " " && m.is(i + 1, "of") && joinBefore(t, i + 2) === " " && singleWord(i + 2) && nameWord(m, i + 2) && apposedAt(i + 3);
	/** Whether a verb only a person is the subject of opens token k: "died", "resigned", "was executed". */
	const personVerbAt = (k: number): boolean => {
		if (k >= t.count || joinBefore(t, k) !== " " || ((t.flags[k] ?? 0) & LOWER) === 0) return false;
		if (PERSON_VERBS.hasToken(t, k, word) || diedAt(k)) return true;
		return (m.is(k, "was") || m.is(k, "is")) && k + 1 < t.count && joinBefore(t, k + 1) === " " && PERSON_PASSIVES.hasToken(t, k + 1, word);
	};
	/** Whether token k is "d." for "died", before a space: "Anne d. Aug 1714". */
	const diedAt = (k: number): boolean => (t.end[k] ?? 0) - (t.start[k] ?? 0) === 1 && t.text.charCodeAt(t.start[k] ?? 0) === 100 && t.text.charCodeAt(t.end[k] ?? 0) === 46 && t.text.charCodeAt((t.end[k] ?? 0) + 1) === 32;
	/**
	 * A word alone with the ending of a Slavic or Greek surname, not where a place stands: "Suvorov", "Kiliński",
	 * "Izetbegović", "Karaiskakis", not "governor of Saratov" or "Sevastopol Sketches".
	 */
	const surnameShaped = (i: number): boolean => {
		const e = t.end[i] ?? 0;
		const last = t.text.charCodeAt(e - 1);
		// v, i, h, \u0107 (c acute), o, s: the last letters of the endings, read before the word is cut
		if (last !== 118 && last !== 105 && last !== 104 && last !== 0x107 && last !== 111 && last !== 115) return false;
		if (e - (t.start[i] ?? 0) < 5 || ((t.flags[i] ?? 0) & ALL_UPPER) !== 0 || !SURNAME_ENDING.test(word(i))) return false;
		// a place after "the" ("storm the Malakhov"), or a word no vowel opens ("Stddev")
		if ((i > 0 && joinBefore(t, i) === " " && isThe(m, i - 1)) || !VOWEL_BEFORE_ENDING.test(word(i))) return false;
		// nor a place before its year, as notes head a battle: "Tachov 1427: crusade"
		return !capitalJoined(t, i + 1) && !isLocative(m, i, i) && !(i + 1 < t.count && joinBefore(t, i + 1) === " " && ((t.flags[i + 1] ?? 0) & DIGIT) !== 0);
	};
	/** Whether given name i alone is the subject of a verb only persons take: no capitalised word before it ("Sebastian killed"). */
	const givenActs = (i: number): boolean => personVerbAt(i + 1) && !(i > 0 && joinBefore(t, i) === " " && ((t.flags[i - 1] ?? 0) & UPPER) !== 0);
	/** A word in the plural, not a name in -us, -es, -is or -os ("Thousands died", not "Marius died"). */
	const pluralNoun = (i: number): boolean => {
		const e = t.end[i] ?? 0;
		if (t.text.charCodeAt(e - 1) !== 115) return false;
		const c = t.text.charCodeAt(e - 2);
		return c !== 117 && c !== 101 && c !== 105 && c !== 111;
	};
	/** Whether such an apposition follows token i or the name word after it. */
	const apposedNear = (i: number): boolean => apposedAt(i + 1) || (i + 1 < t.count && joinBefore(t, i + 1) === " " && apposedAt(i + 2));
	/** Whether an apostrophe follows token i or one of the two name words after it: a possessive may. */
	const apostropheNear = (i: number): boolean => {
		for (let k = i; k < t.count && k < i + 3; k++) {
			if (isApostrophe(t.text.charCodeAt(t.end[k] ?? 0))) return true;
			if (k + 1 >= t.count || joinBefore(t, k + 1) !== " ") return false;
		}
		return false;
	};
	// (not after "a" or "an": "a general European war" is no general's name)
	const officeBefore = (i: number): boolean => i > 0 && joinBefore(t, i) === " " && ((t.flags[i - 1] ?? 0) & LOWER) !== 0 && (OFFICE_NOUNS.hasToken(t, i - 1, word) || officePlural(i - 1)) && !(i > 1 && joinBefore(t, i - 1) === " " && (m.is(i - 2, "a") || m.is(i - 2, "an")));
	/** Whether lower-case token p is an office's plural or a plural of persons: "bishops", "generals", "envoys". */
	const officePlural = (p: number): boolean => t.text.charCodeAt((t.end[p] ?? 0) - 1) === 115 && OFFICE_PLURALS.hasToken(t, p, word);
	/**
	 * Whether token i is a single name no list holds after "under", as a ruler or a commander: "under Palafox",
	 * "under Athanagild (d. 567)"; not a word that qualifies a noun ("under Christian rule"), an abbreviation
	 * ("under Art. 87", "under Gen. Wood") or a possessive.
	 */
	const ruledUnder = (i: number): boolean => {
		if (i < 1 || joinBefore(t, i) !== " " || !m.is(i - 1, "under") || ((t.flags[i] ?? 0) & (UPPER | ALL_UPPER | DIGIT)) !== UPPER) return false;
		const after = t.text.charCodeAt(t.end[i] ?? 0);
		// (a full stop after a word of five letters or more ends the sentence: "rebelled under Jayakatwang.")
		if ((after === 46 && (t.end[i] ?? 0) - (t.start[i] ?? 0) < 5) || isApostrophe(after) || capitalJoined(t, i + 1)) return false;
		const n = i + 1;
		if (n < t.count && joinBefore(t, n) === " " && ((t.flags[n] ?? 0) & LOWER) !== 0 && !FUNCTION_WORDS.hasToken(t, n, m.lowerWord) && !VERBS.hasToken(t, n, m.lowerWord)) return false;
		return unheldName(i) && !mayStartDynamic(dynamic, t, i);
	};
	/**
	 * Whether token i is a name in brackets after a lower-case noun of persons, alone or in a list of single names the
	 * lists do not hold: "liberal generals (Rodil, Mina, Valdés)", "a British governor (Soames)", "mediators (Paget,
	 * Colyer)", "a Bavarian regency (Armansperg, Maurer, Heideck)". Not "king (Sept 1764)", "dissidents (Orthodox +
	 * Lutheran nobles)" or "authors (Figes, Pipes)".
	 */
	const bracketOfPersons = (i: number): boolean => {
		// the brackets and the noun first, by character codes: most names stand in no brackets
		let k = i;
		while (k > 0 && k > i - 6 && singleWord(k - 1) && personListJointAt(t.text, t.end[k - 1] ?? 0, t.start[k] ?? 0)) k--;
		const open = t.start[k] ?? 0;
		if (k === 0 || t.text.charCodeAt(open - 1) !== 40 || t.text.charCodeAt(open - 2) !== 32 || t.end[k - 1] !== open - 2) return false;
		let e = i;
		while (e < i + 6 && e + 1 < t.count && singleWord(e + 1) && personListJointAt(t.text, t.end[e] ?? 0, t.start[e + 1] ?? 0)) e++;
		if (t.text.charCodeAt(t.end[e] ?? 0) !== 41 || !(((t.flags[k - 1] ?? 0) & (LOWER | UPPER | DIGIT)) === LOWER ? personNoun(k - 1) : groupEndsAt(k - 1))) return false;
		for (let n = k; n <= e; n++) if (!singleWord(n) || !unheldName(n)) return false;
		return true;
	};
	/** Whether the last hit is a group's or a body's name in the plural that ends with token p: "English Jacobites". */
	const groupEndsAt = (p: number): boolean => {
		const h = hits[hits.length - 1];
		return h !== undefined && h.to === t.end[p] && (h.entity.kind === "group" || h.entity.kind === "organisation") && t.text.charCodeAt(h.to - 1) === 115;
	};
	/** Whether token k is a capitalised word, no acronym. */
	const singleWord = (k: number): boolean => ((t.flags[k] ?? 0) & (UPPER | ALL_UPPER | DIGIT)) === UPPER;
	/** Whether token k is a name no list holds, nor its plural ("Protestant" of "Protestants"), nor an acronym's plural. */
	const unheldName = (k: number): boolean => !ACRONYM_PLURAL.test(word(k)) && !m.at(k) && !builtin.lookup(`${word(k)}s`, period);
	/**
	 * Whether lower-case token p names persons: an office or kin noun or its plural, a plural of persons, or a body of a
	 * few ("regency").
	 */
	const personNoun = (p: number): boolean => {
		if (OFFICE_NOUNS.hasToken(t, p, word) || PERSON_PLURALS.hasToken(t, p, word) || BODIES_OF_PERSONS.hasToken(t, p, word)) return true;
		const w = word(p);
		return w.endsWith("s") && !SCHOLAR_PLURALS.has(w) && (OFFICE_NOUNS.has(w.slice(0, -1)) || (AGENT_PLURAL.test(w) && !w.endsWith("ments")));
	};
	const afterPerson = (i: number): boolean => {
		const last = hits[hits.length - 1];
		const gap = (t.start[i] ?? 0) - (last?.to ?? 0);
		// the longest joint is ", and " (6 characters); a bracket may stand before it: "Justo Sierra (education), Rosendo
		// Pineda", "Ivan Vyhovsky (Khmel.'s successor) + Yurii Nemyrych"
		if (last === undefined || gap < 1 || last.entity.kind !== "person" || peers.has(last.entity)) return false;
		if (gap > 6) return bracketJointAt(last.to, t.start[i] ?? 0) && !AGENT_PLURAL.test(word(i));
		// after a bare comma, a plural of an agent noun is an apposition: "Kramer & Sprenger, Inquisitors"
		return personListJointAt(t.text, last.to, t.start[i] ?? 0) && !(gap <= 2 && AGENT_PLURAL.test(word(i)));
	};
	/** Whether a bracket of a few words and a list's joint stand from `a` to `b`: " (education), ". */
	const bracketJointAt = (a: number, b: number): boolean => {
		const text = t.text;
		if (b - a > 48 || text.charCodeAt(a) !== 32 || text.charCodeAt(a + 1) !== 40) return false;
		const close = text.indexOf(")", a + 2);
		if (close < 0 || close >= b) return false;
		for (let k = a + 2; k < close; k++) if (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 40) return false;
		return personListJointAt(text, close + 1, b);
	};
	/**
	 * Whether a name in a list of persons is followed as a person is: by a closing bracket ("(Cato, Lucullus)") or a
	 * lower-case word ("Marius + Cinna retake"), not by a group noun ("Trotsky and Kronstadt sailors") and not by
	 * the end of the sentence, where lists of persons and places alike end ("Stalin, Kirov and Leningrad.").
	 */
	const actsAfter = (end: number): boolean => {
		const at = t.end[end - 1] ?? 0;
		const c = t.text.charCodeAt(at);
		if (c === 41 /* ) */ || (c === 44 /* , */ && bracketListCloses(at))) return true;
		// (a noun of a place is what the word names: "Lech Wałęsa, Gdańsk shipyard"; an office's noun what it qualifies:
		// "George of Poděbrady, Utraquist noble")
		return end < t.count && c === 32 && (t.start[end] ?? 0) === at + 1 && ((t.flags[end] ?? 0) & LOWER) !== 0 && !COLLECTIVE_NOUNS.hasToken(t, end, word) && !PLACE_NOUNS.hasToken(t, end, word) && !OFFICE_NOUNS.hasToken(t, end, word) && !m.is(end, "noble");
	};
	/**
	 * Whether a full name of two or three words closes a list of persons where a line ends, before an arrow or before a
	 * comma and a verb: "Adolfo de la Huerta, Benjamín Hill⏎", "Vyhovsky + Yurii Nemyrych →", "Rohoza and Hipacy
	 * Pociej, accepted". Places are named in full too ("Phnom Penh"), but seldom as the last of a list of persons.
	 */
	const fullNameEndsList = (end: number): boolean => {
		const at = t.end[end - 1] ?? 0;
		const c = t.text.charCodeAt(at);
		if (at >= t.text.length || c === 10 || c === 13) return true;
		if (c !== 32 && c !== 44) return false;
		if (c === 32) return t.text.charCodeAt(at + 1) === 0x2192 || holdsAt(t.text, at + 1, "->");
		return end < t.count && t.start[end] === at + 2 && ((t.flags[end] ?? 0) & LOWER) !== 0 && VERBS.hasToken(t, end, m.lowerWord);
	};
	/**
	 * Whether the list going on at `at` is closed by a bracket within a few names: "(Kenyatta, Mboya, Odinga)". Only
	 * names, spaces, commas and "and" may come before it; a full stop, a semicolon or a line ends the look.
	 */
	const bracketListCloses = (at: number): boolean => {
		const text = t.text;
		for (let k = at, n = 0; k < text.length && n < 80; k++, n++) {
			const c = text.charCodeAt(k);
			if (c === 41) return true;
			if (c === 46 || c === 59 || c === 58 || c === 10 || c === 40) return false;
		}
		return false;
	};
	const holdingAfter = (end: number): boolean => {
		let k: number;
		if (possessiveAfter(t, end - 1)) k = end + 1;
		else {
			// "Opimius' orders": a bare apostrophe after a name ending in s
			const at = t.end[end - 1] ?? 0;
			if (!isApostrophe(t.text.charCodeAt(at)) || t.text.charCodeAt(at - 1) !== 115 || t.start[end] !== at + 2) return false;
			k = end;
		}
		if (k >= t.count || joinBefore(t, k) !== " " || ((t.flags[k] ?? 0) & LOWER) === 0) return false;
		if (PERSONAL_HOLDINGS.hasToken(t, k, word)) return true;
		// one word that qualifies the noun, or a compound: "Carloman's sudden death", "Facta's martial-law decree"
		while (k + 1 < t.count && joinBefore(t, k + 1) === "-" && ((t.flags[k + 1] ?? 0) & LOWER) !== 0) k++;
		k++;
		return k < t.count && joinBefore(t, k) === " " && ((t.flags[k] ?? 0) & LOWER) !== 0 && PERSONAL_HOLDINGS.hasToken(t, k, word) && !FUNCTION_WORDS.hasToken(t, k - 1, m.lowerWord);
	};

	/** "Louis XV and XVI": further numerals after a regnal name are persons of the same name. */
	const elliptical = (end: number, nameFrom: number): number => {
		cover(nameFrom, end);
		const base = word(nameFrom);
		let k = end;
		for (;;) {
			const n = ellipticalNumeral(m, k);
			if (n < 0) return k;
			const numeral = word(n);
			const e = localEntity("person", `${base} ${numeral}`);
			push({ entity: e, from: t.start[n] ?? 0, to: t.end[n] ?? 0, role: "person", locative: false, dynamic: false });
			remember(givens, base, { entity: e, regnal: true });
			cover(k, n + 1);
			k = n + 1;
		}
		// unreachable; the loop returns
	};

	const emitPerson = (p: PersonMatch, i: number): number => {
		const entity = p.known ?? localEntity("person", p.name);
		push({ entity, from: p.from, to: p.to, role: "person", locative: false, dynamic: false });
		indexPerson(entity, p.nameFrom, p.nameTo, p.regnal, p.titled);
		cover(i, p.end);
		if (p.regnal) return elliptical(p.end, p.nameFrom);
		if (p.titled && p.nameTo - p.nameFrom === 1 && !p.known) return titleShared(p.end);
		return p.end;
	};

	/** "Queen Mary and Elizabeth": a title before a coordination covers the given name after it. */
	const titleShared = (k: number): number => {
		if (k + 1 >= t.count) return k;
		const w = word(k);
		if ((w !== "and" && w !== "&") || joinBefore(t, k + 1) !== " ") return k;
		const name = word(k + 1);
		if (!GIVEN_NAMES.has(name) || !((t.flags[k + 1] ?? 0) & UPPER)) return k;
		if (k + 2 < t.count && joinBefore(t, k + 2) === " " && (t.flags[k + 2] ?? 0) & UPPER) return k;
		const e = localEntity("person", name);
		push({ entity: e, from: t.start[k + 1] ?? 0, to: t.end[k + 1] ?? 0, role: "person", locative: false, dynamic: false });
		remember(givens, name, { entity: e, regnal: false });
		cover(k, k + 2);
		return k + 2;
	};

	/**
	 * A capitalised word no source reads: a capital acting for its state, a name in a list of polities, a region after
	 * a compass point's initial, a territory acted upon, an Arabic name, a surname after its particle, a name before a
	 * ruler's epithet, a person by its context, a faction, a party by its label, or a collective a place's name
	 * delimits. The token after it, or 0.
	 */
	// a doctrine's name is no actor, whatever stands around it: "Byzantium and Islam", "Britain and Communism"
	const doctrineAt = (i: number): boolean => {
		const w = word(i);
		return (w.length > 5 && (w.endsWith("ism") || w.endsWith("isms"))) || DOCTRINES.hasToken(t, i, word);
	};
	const unlisted = (i: number): number => (doctrineAt(i) ? 0 : capitalAt(i) || listedPolityAt(i) || compassRegionAt(i) || territoryAt(i) || coordinatedPolityAt(i) || familyDynastyAt(i) || familiesAt(i) || arabicNameAt(i) || particleNameAt(i) || epithetNameAt(i) || personInContext(i) || factionAt(i) || partyLabelAt(i) || localGroupAt(i) || nicknameAt(i) || peerAt(i));

	/** A name no list holds among the items of a list of polities ("taifa kingdoms (Seville, Toledo…)"): a polity. */
	let polityLists = -1; // whether the note opens a list of polities at all (1, 0), or not known yet (-1)
	const listedPolityAt = (i: number): number => {
		if (polityLists < 0) polityLists = opensPolityLists(t.text) ? 1 : 0;
		if (polityLists === 0 || !nameWord(m, i) || !listedPolity(t.text, t.start[i] ?? 0)) return 0;
		return emitBody(unlistedNameEnd(i), "state", i);
	};

	/**
	 * A name no list holds coordinated with a polity the note reads as an actor, as a polity of the same list: "Brabant
	 * + Limburg 1430", "inherit Flanders, Artois, Rethel", "Tanjungpura, Haru, Pahang, Bali, Sunda … were subdued". The
	 * polity is the item before it (the last hit, a state by name and no place) or one after it, walked over the list's
	 * other names. The token after it, or 0.
	 */
	const coordinatedPolityAt = (i: number): number => {
		if (((t.flags[i] ?? 0) & (UPPER | ALL_UPPER | DIGIT)) !== UPPER) return 0;
		const start = t.start[i] ?? 0;
		const end = unlistedNameEnd(i);
		const last = hits[hits.length - 1];
		// most names stand far from the last hit and have one space after them: no joint on either side, by arithmetic
		const back = last !== undefined && last.to <= start - 2 && last.to >= start - 50;
		if (!back && !(end < t.count && (t.start[end] ?? 0) - (t.end[end - 1] ?? 0) >= 2)) return 0;
		// (nor a faith's adjective: "Duchy of Prussia, Lutheran, …" says what the duchy became)
		if (!nameWord(m, i) || GIVEN_NAMES.hasToken(t, i, word) || CONTINENTS.hasToken(t, i, word) || FAITH_ADJECTIVES.hasToken(t, i, word) || capitalJoined(t, end)) return 0;
		if (back && coordination(t.text, last.to, start)) {
			if (last.entity.kind === "person") return 0;
			// (two names and a bare comma are a place and its country: "Frankfurt, Germany"; a list has more, or another
			// joint)
			if (last.entity.kind === "state" && !last.locative && (last.role === "name" || last.role === "body")) return !personInList(hits.length - 1) && (t.text.slice(last.to, start) !== ", " || JOINT_BEFORE().test(t.text.slice(Math.max(0, last.from - 8), last.from)) || jointAfter(end)) ? emitBody(end, "state", i) : 0;
		}
		// the first items of a list whose later item is such a polity: the list's head is no adverb ("Meanwhile, France")
		// (the walk first: most names have no joint after them)
		if (!polityLaterInList(end) || (sentenceInitial(t, i) && (SENTENCE_OPENERS.hasToken(t, i, m.lowerWord) || FUNCTION_WORDS.hasToken(t, i, m.lowerWord) || word(i).endsWith("ly"))) || isLocative(m, i, end - 1)) return 0;
		return emitBody(end, "state", i);
	};
	/** Whether a state by its name follows the name ending before token k in one list, over up to six more names. */
	const polityLaterInList = (k: number): boolean => {
		for (let items = 0; items < 6 && k < t.count; items++) {
			const a = t.end[k - 1] ?? 0;
			const b = t.start[k] ?? 0;
			if (!coordination(t.text, a, b) || ((t.flags[k] ?? 0) & (UPPER | ALL_UPPER | DIGIT)) !== UPPER) return false;
			const found = m.at(k);
			if (found) return found.form.role === "name" && found.form.entities[0]?.kind === "state" && !capitalJoined(t, found.end) && (items > 0 || t.text.slice(a, b) !== ", " || jointAfter(found.end));
			if (!nameWord(m, k)) return false;
			k = unlistedNameEnd(k);
		}
		return false;
	};
	/** Whether a person's hit stands before hit h in the list h ends, over the list's joints. */
	const personInList = (h: number): boolean => {
		for (let k = h; k > 0 && k > h - 8; k--) {
			const prev = hits[k - 1] as Hit;
			if (!coordination(t.text, prev.to, (hits[k] as Hit).from)) return false;
			if (prev.entity.kind === "person") return true;
		}
		return false;
	};
	/** Whether a list's joint and a capitalised word follow the name ending before token k. */
	const jointAfter = (k: number): boolean => k < t.count && ((t.flags[k] ?? 0) & UPPER) !== 0 && coordination(t.text, t.end[k - 1] ?? 0, t.start[k] ?? 0);
	/**
	 * A Vietnamese family name alone, no given name after it nor a name word before it, as the family that ruled: the
	 * dynasty or the lords the lists give that family ("under the Lý", "1225-1400 Trần"). A person of the family is
	 * named by a given name, never by the family name alone. The token after it, or 0.
	 */
	const familyDynastyAt = (i: number): number => {
		if (!VIETNAMESE_FAMILIES.hasToken(t, i, word) || capitalJoined(t, i + 1) || (i > 0 && joinBefore(t, i) === " " && ((t.flags[i - 1] ?? 0) & UPPER) !== 0)) return 0;
		const w = word(i);
		const listed = builtin.lookup(`${w} dynasty`, period)?.entities[0] ?? builtin.lookup(`${w} lords`, period)?.entities[0];
		if (listed?.kind !== "group") return 0;
		push({ entity: listed, from: t.start[i] ?? 0, to: t.end[i] ?? 0, role: "group", locative: false, dynamic: false });
		cover(i, i + 1);
		return i + 1;
	};
	/**
	 * Surnames no list holds coordinated after "the" before "families": "the Deliyannis and Zaimis families", "the
	 * Orvik, Velmar and Zorvig families", each a family. The token after the last, or 0.
	 */
	const familiesAt = (i: number): number => {
		if (i < 1 || joinBefore(t, i) !== " " || !isThe(m, i - 1)) return 0;
		const names = [i];
		let k = i + 1;
		while (k + 1 < t.count && names.length < 6) {
			const joint = t.text.slice(t.end[k - 1] ?? 0, t.start[k] ?? 0);
			if (joint === " " && m.is(k, "families")) break;
			// ", ", " and ", or ", and " before the next name
			const next = (joint === " " || joint === ", ") && m.is(k, "and") ? (joinBefore(t, k + 1) === " " ? k + 1 : -1) : joint === ", " ? k : -1;
			if (next < 0 || !singleWord(next) || !nameWord(m, next)) return 0;
			names.push(next);
			k = next + 1;
		}
		if (names.length < 2 || k >= t.count || !m.is(k, "families") || joinBefore(t, k) !== " ") return 0;
		for (const n of names) {
			if (covered[n] || m.at(n)) continue;
			push({ entity: localEntity("group", `${word(n)} family`), from: t.start[n] ?? 0, to: t.end[n] ?? 0, role: "group", locative: false, dynamic: false });
			cover(n, n + 1);
		}
		return k + 1;
	};
	/** A national capital acting as its state's government ("London refused"): that state. The token after it, or 0. */
	const capitalAt = (i: number): number => {
		const state = actingCapital(m, i, period);
		if (!state) return 0;
		push({ entity: builtin.entity("state", state), from: t.start[i] ?? 0, to: t.end[i] ?? 0, role: "name", locative: false, dynamic: false });
		cover(i, i + 1);
		return i + 1;
	};

	/**
	 * A region no list holds named by a compass point's initial, as a territory, a place where a place stands: "Russia
	 * gets S. Bessarabia", "born in E. Galicia". The token after it, or 0.
	 */
	const compassRegionAt = (i: number): number => {
		if (!compassRegion(m, i)) return 0;
		const from = t.start[i] ?? 0;
		const to = t.end[i + 1] ?? 0;
		push({ entity: localEntity("state", t.text.slice(from, to)), from, to, role: "body", locative: isLocative(m, i, i + 1), dynamic: false });
		cover(i, i + 2);
		return i + 2;
	};

	/** A single name no list holds before "the" and a ruler's epithet: "Zorvig the Bold". The token after it, or 0. */
	const epithetNameAt = (i: number): number => {
		const e = i + 2;
		if (rulerEpithetEnd(m, i + 1) !== e + 1 || !singleWord(i) || !nameWord(m, i) || m.at(i)) return 0;
		if (i > 0 && joinBefore(t, i) === " " && ((t.flags[i - 1] ?? 0) & UPPER) !== 0) return 0;
		const from = t.start[i] ?? 0;
		const to = t.end[e] ?? 0;
		const entity = soleRef(surnames.get(word(i))) || localEntity("person", t.text.slice(from, to));
		push({ entity, from, to, role: "person", locative: false, dynamic: false });
		remember(surnames, word(i), { entity, regnal: false });
		cover(i, e + 1);
		return e + 1;
	};

	/**
	 * A collective a capitalised word no list holds delimits, inside a sentence: "Basran merchants", "Tver nobility",
	 * "Shanghai bankers" (as a demonym does: "Parisian workers"). The token after it, or 0.
	 */
	const localGroupAt = (i: number): number => {
		const k = i + 1;
		if (k >= t.count || joinBefore(t, k) !== " " || ((t.flags[k] ?? 0) & LOWER) === 0 || ((t.flags[i] ?? 0) & (ALL_UPPER | DIGIT)) !== 0) return 0;
		// a given name before a verb that is also a collective's plural: "Henry exiles him"
		if (GIVEN_NAMES.hasToken(t, i, word)) return 0;
		if (!COLLECTIVE_NOUNS.hasToken(t, k, word) || sentenceInitial(t, i) || !nameWord(m, i) || (i > 0 && joinBefore(t, i) === " " && ((t.flags[i - 1] ?? 0) & UPPER) !== 0)) return 0;
		return emitBody(k + 1, "group", i);
	};

	/**
	 * A nickname no list holds: one capitalised word in the plural in double quotes after a verb of naming, in a note
	 * about the past (nicknamed "Beggars", call themselves "Orphans"), as a group. The token after it, or 0.
	 */
	const nicknameAt = (i: number): number => {
		const a = t.start[i] ?? 0;
		const b = t.end[i] ?? 0;
		const text = t.text;
		// '"' or a curly quote on both sides, and a plural's "s" (not "-ss", "-us" or "-is"), read by character first
		if (i < 1 || period === null || period.mid >= HISTORY_BEFORE || !isOpeningQuote(text.charCodeAt(a - 1)) || !isClosingQuote(text.charCodeAt(b)) || text.charCodeAt(b - 1) !== 115 || "sui".includes(text.charAt(b - 2))) return 0;
		if (((t.flags[i] ?? 0) & (UPPER | ALL_UPPER | DIGIT)) !== UPPER || t.end[i - 1] !== a - 2 || text.charCodeAt(a - 2) !== 32 || !NICKNAME_OPENERS.hasToken(t, i - 1, m.lowerWord)) return 0;
		return emitBody(i + 1, "group", i);
	};

	/**
	 * A ruler or a peer no list holds, named by "the", the title, "of" and a place of one or two capitalised words: "the
	 * Duke of Aosta", "the Nizam of Hyderabad". The token after it, or 0.
	 */
	const peerAt = (i: number): number => {
		if (i < 1 || i + 2 >= t.count || !PEER_TITLES.hasToken(t, i, word) || joinBefore(t, i) !== " " || !isThe(m, i - 1)) return 0;
		if (joinBefore(t, i + 1) !== " " || !m.is(i + 1, "of") || joinBefore(t, i + 2) !== " " || ((t.flags[i + 2] ?? 0) & (UPPER | ALL_UPPER | DIGIT)) !== UPPER) return 0;
		// (not a listed person's name: "the Duke of Wellington" is Wellington)
		if (m.at(i + 2)?.form.entities[0]?.kind === "person") return 0;
		let end = i + 3;
		if (end < t.count && joinBefore(t, end) === " " && ((t.flags[end] ?? 0) & UPPER) !== 0) end++;
		if (capitalJoined(t, end)) return 0;
		const from = t.start[i] ?? 0;
		const to = t.end[end - 1] ?? 0;
		const entity = localEntity("person", t.text.slice(from, to));
		push({ entity, from, to, role: "person", locative: false, dynamic: false });
		peers.add(entity);
		cover(i, end);
		return end;
	};
	/** The persons named by a title of a place alone: no full names, for a list of persons. */
	const peers = new Set<Entity>();

	/**
	 * A military unit named by its number: an ordinal and up to three capitalised words that end in a unit's head
	 * ("5th Army", "3rd Marine Commando Division", not "19th Century"). The token after it, or 0.
	 */
	const unitAt = (i: number): number => {
		const a = t.start[i] ?? 0;
		const n = (t.end[i] ?? 0) - a;
		// an ordinal ("5th"), ruled in by its lower-case last letter before the word is cut: a year has none
		const c = t.text.charCodeAt(a + n - 1);
		if (n < 3 || n > 6 || c < 97 || c > 122 || !ORDINAL.test(word(i))) return 0;
		let end = 0;
		for (let k = i + 1; k < t.count && k <= i + 3 && joinBefore(t, k) === " " && ((t.flags[k] ?? 0) & (UPPER | DIGIT)) === UPPER; k++) {
			if (UNIT_HEADS.hasToken(t, k, word)) end = k + 1;
		}
		return end ? emitBody(end, "organisation", i) : 0;
	};

	/** A body or polity named by its own words: "Frankfurt Parliament", "Latin Empire", "annexed Manchuria". */
	const emitBody = (end: number, kind: "organisation" | "group" | "state" | "people", i: number): number => {
		const from = t.start[i] ?? 0;
		const to = t.end[end - 1] ?? 0;
		push({ entity: localEntity(kind, t.text.slice(from, to)), from, to, role: "body", locative: false, dynamic: false });
		cover(i, end);
		return end;
	};

	// (most notes bring no names of the user's or the vault's: their lexicons are not asked then)
	const hasDynamic = dynamic.length > 0;
	for (let i = 0; i < t.count; ) {
		// the lower-case words that open no name, most of a note's, passed over in a tight loop of their own
		if (!hasDynamic && (i = nextOpening(t, builtin, i)) >= t.count) break;
		const f = t.flags[i] ?? 0;
		// a number opens no name but a listed one ("26th of July Movement") or a unit's ("5th Army")
		if (f & DIGIT && !(builtin.mayStart(t, i) && m.at(i))) {
			i = unitAt(i) || i + 1;
			continue;
		}
		const upper = (f & UPPER) !== 0;
		if (!upper && !builtin.mayStartFolded(t, i) && !(hasDynamic && dynamicMayStartFolded(dynamic, t, i))) {
			i++;
			continue;
		}
		// A capitalised article opens a sentence, never a name: what follows it is read as "the X" ("The Indian
		// National Congress was founded" is the body, not an event named by its head "Congress"). So does a
		// preposition or a conjunction: "In 1930 the Iron Front fought" is not one event's name from "In" on; unless
		// the word opens a listed name of several words ("the Later Jin").
		if (upper && (shouting(t, i) || isThe(m, i) || (SENTENCE_OPENERS.hasToken(t, i, m.lowerWord) && !((m.at(i)?.end ?? 0) > i + 1))) && !chineseAt(m, i)) {
			i++;
			continue;
		}
		// Most capitalised words open nothing: tested by hash before any text is sliced.
		if (upper && !builtin.mayMatch(t, i) && !(hasDynamic && mayStartDynamic(dynamic, t, i)) && !OPENER_HASHES.has(t.hash[i] ?? 0) && !numeralNext(t, i) && !(numeralNext(t, i + 1) && joinBefore(t, i + 1) === " ") && !isInitial(t, i) && !m.bodyAhead(i) && !m.eventEnd(i) && !givenOfListed(m, i) && !japaneseAt(m, i) && !chineseAt(m, i)) {
			// A name no list holds, as the object of political action, is a territory: "annexed Manchuria".
			i = unlisted(i) || i + 1;
			continue;
		}
		const theBefore = i > 0 && joinBefore(t, i) === " " && isThe(m, i - 1);
		let dyn: Match | null = null;
		for (const d of dynamic) {
			const found = d.match(t, i, period, theBefore);
			if (found && (!dyn || found.end > dyn.end)) dyn = found;
		}
		const withThe = theBefore && builtin.mayNeedThe(t, i);
		let gaz = withThe ? builtin.match(t, i, period, true, m.dated) : m.at(i);
		// "the Empire" the lists give a polity of the note's years yields to one the note named by that head before
		// ("the Ottoman Empire … the Empire"): read by the second pass
		if (gaz && withThe && gaz.end === i + 1 && STATE_HEADS.hasToken(t, i, word) && namedHeadBefore(t.text, hits, word(i))) gaz = null;
		// a form that needs "the" is a name cut short when "of" and a capitalised word follow: "the States of Holland"
		if (gaz && withThe && gaz.end + 1 < t.count && joinBefore(t, gaz.end) === " " && word(gaz.end) === "of" && ((t.flags[gaz.end + 1] ?? 0) & UPPER) !== 0 && !m.at(i)) gaz = null;
		// a name of one word before a lower-case particle and a capitalised word opens a longer one: "the Porte de
		// Saint-Cloud" (not "Hutu Ten Commandments")
		if (gaz && gaz.end === i + 1 && gaz.form.entities[0]?.kind !== "person" && joinBefore(t, i + 1) === " " && i + 2 < t.count && ((t.flags[i + 1] ?? 0) & LOWER) !== 0 && ((t.flags[i + 2] ?? 0) & UPPER) !== 0 && particleBefore(m, i + 2)) gaz = null;
		const ev = upper ? m.eventEnd(i) : 0;
		const read = upper ? personAt(m, i) : null;
		// a name no list holds after "the" is no person's, as a word alone after it is none (`personInContext`): it names
		// a line, a building or a thing ("the Arta-Volos line", "his library (the Sher Mandal)"), though a place's name
		// may be a given name's
		const per = read && !read.known && !read.titled && i > 0 && joinBefore(t, i) === " " && isThe(m, i - 1) ? null : read;
		const body = upper && m.bodyAhead(i) ? bodyAt(m, i) : null;
		const gEnd = gaz?.end ?? 0;
		const pEnd = per?.end ?? 0;
		const bEnd = body?.end ?? 0;
		if (dyn && dyn.end >= Math.max(gEnd, pEnd, bEnd, ev)) {
			i = emitForm(dyn, i, true);
			continue;
		}
		// (a listed body or polity whose event's name is only it and a year is the body or polity: "Council of Europe
		// 1949", "Union of South Africa 1910"; not a name in an event's head the list gives a body: "Baghdad Pact 1955")
		// (and a listed body before a numbered resolution passed it: "UN Security Council Resolution 598")
		const gazKind = gaz?.form.entities[0]?.kind;
		if (ev > Math.max(gEnd, bEnd, pEnd) && !((gazKind === "organisation" || gazKind === "state") && numbersOnly(t, gEnd, ev) && !EVENT_HEADS.hasToken(t, gEnd - 1, word)) && !(gazKind === "organisation" && numberedResolution(m, gEnd, ev))) {
			// A person's full name before an event's name stays a person: "Francisco Franco Spanish Civil War"; not
			// before the head alone and its year: "General Service Enlistment Act 1856" is the act's name.
			if (per && per.nameTo - per.nameFrom >= 2 && per.end < ev - 1 && !EVENT_HEADS.hasToken(t, per.end, word)) i = emitPerson(per, i);
			else if (gaz && gaz.form.entities[0]?.kind === "person" && gEnd - i >= 2 && gEnd < ev - 1 && !EVENT_HEADS.hasToken(t, gEnd, word)) i = emitForm(gaz, i, false);
			else {
				cover(i, ev);
				covered[ev - 1] = EVENT_END;
				// A lone head ("Congress") is an event's name only until the note names a body with that head.
				if (ev === i + 1) covered[i] = LONE_EVENT;
				i = ev;
			}
			continue;
		}
		if (gaz && gEnd >= pEnd && gEnd >= bEnd) i = emitForm(gaz, i, false);
		else if (per && pEnd >= bEnd) {
			// a person's name after a place's opening word names the place: "Fort William Henry", "Lake Albert Edward"
			if (i > 0 && joinBefore(t, i) === " " && !covered[i - 1] && PLACE_OPENERS.hasToken(t, i - 1, word)) {
				cover(i, pEnd);
				i = pEnd;
			} else i = emitPerson(per, i);
		} else if (body) i = emitBody(body.end, body.kind, i);
		else i = (upper && unlisted(i)) || i + 1;
	}

	// A deferred person that no full name in the note explains is a person of its own (or the one whose name it opens:
	// "Kang" after "Kang Youwei"); the others are read below with the surnames and given names.
	for (let k = 0; k < deferred.length; k += 2) {
		const from = deferred[k] as number;
		const i = deferred[k + 1] as number;
		const w = word(i);
		if (covered[i] || surnames.has(w) || givens.has(w) || towns.has(w)) continue;
		const a = t.start[from] ?? 0;
		const b = t.end[i] ?? 0;
		const name = isAl(from) ? capitalised(t.text.slice(a, b)) : t.text.slice(a, b);
		// a particle and a surname's initial ("de G") are the one person of the note whose name holds them ("Charles
		// de Gaulle"), or no one
		if (b - (t.start[i] ?? 0) === 1 && from < i) {
			const owner = initialledSurname(persons, ` ${name}`);
			if (owner) push({ entity: owner, from: a, to: b, role: "person", locative: false, dynamic: false });
			cover(i, i + 1);
			continue;
		}
		const entity = (from === i && leadingSurnames.get(w)) || localEntity("person", name);
		push({ entity, from: a, to: b, role: "person", locative: false, dynamic: false });
		remember(surnames, w, { entity, regnal: false });
		cover(i, i + 1);
	}

	// a word the note names a person by elsewhere is read with the surnames below; a plural is a body or a family
	// a word that may be an unknown item of a list: a name word of three letters or more, no verb, no sentence's opener
	const listWord = (i: number): boolean => nameWord(m, i) && (t.end[i] ?? 0) - (t.start[i] ?? 0) >= 3 && !VERBS.hasToken(t, i, m.lowerWord) && !SENTENCE_OPENERS.hasToken(t, i, m.lowerWord);
	const listItem = (i: number): ListItem => {
		const w = word(i);
		if (surnames.has(w) || givens.has(w)) return ListItem.Person;
		// (nor a word before a noun of men, of land or of a collective, which it qualifies: "Cheshire men")
		return listWord(i) && !pluralNoun(i) && !AGENT_PLURAL.test(w) && !lowerNounAt(t, i + 1, QUALIFIED_NOUNS, word) && !lowerNounAt(t, i + 1, COLLECTIVE_NOUNS, word) ? ListItem.Unknown : ListItem.Other;
	};
	// a word of a list of peoples: a name no list holds, in the plural or not ("Indos", "Seneca")
	const peopleItem = (i: number): ListItem => (listWord(i) && !m.at(i) ? ListItem.Unknown : ListItem.Other);
	// a person counts for a list when a list or a full name names it, not a context alone ("Stalin, Zorvig and
	// Velmagrad": Zorvig is a person only by the list), nor a title of a place ("the Nizam of Hyderabad and Scindia")
	const named = (h: Hit): boolean => h.entity.kind === "person" && (!made.has(h.entity) || (h.entity.name.includes(" ") && !peers.has(h.entity)));
	listedWithPersons(t, hits, persons, froms, covered, named, listItem, (i, from, to) => {
		const entity = localEntity("person", t.text.slice(from, to));
		push({ entity, from, to, role: "person", locative: false, dynamic: false });
		remember(surnames, word(i), { entity, regnal: false });
		cover(i, i + 1);
	});
	// a single word no list holds in a list of two peoples or more is a people too: "Odawa, Seneca, Lenape"
	// (the hits that count are the peoples' themselves: all hits are handed on, and `counts` picks them)
	listedWithPersons(t, hits, hits, froms, covered, isPeopleHit, peopleItem, (i, from, to) => {
		push({ entity: localEntity("people", t.text.slice(from, to)), from, to, role: "plural", locative: false, dynamic: false });
		cover(i, i + 1);
	}, isPeopleHit);

	// A capitalised plural no source reads in a list with a family's plural is a family too: "(Radziwiłłs,
	// Chodkiewiczes)", "Potockis and Sapiehas".
	for (let n = 0; n < families.length; n++) {
		const i = families[n] as number;
		for (const k of [listNeighbour(t, i, -1), listNeighbour(t, i, 1)]) {
			if (k < 0 || covered[k] || sentenceInitial(t, k)) continue;
			const w = word(k);
			push({ entity: localEntity("group", familyName(w)), from: t.start[k] ?? 0, to: t.end[k] ?? 0, role: "group", locative: false, dynamic: false });
			cover(k, k + 1);
			families.push(k);
		}
	}

	followersOf(t, persons, covered, (k, name) => {
		push({ entity: localEntity("group", name), from: t.start[k] ?? 0, to: t.end[k] ?? 0, role: "group", locative: false, dynamic: false });
		cover(k, k + 1);
	});

	// Second pass: a surname or a monarch's given name alone, when the note names that person in full elsewhere (and
	// the surname in the plural, the family); a body's head word alone, when the note names a body with that head in
	// full.
	const heads = bodyHeads(t.text, hits);
	// the passes below read only words written with capitals: they go over those alone
	const { list: capitals, count: capitalCount } = capitalTokens(t);
	if (surnames.size || givens.size || heads) {
		const keys = new HashBits();
		for (const k of surnames.keys()) {
			keys.add(foldHash(k));
			keys.add(foldHash(`${k}s`));
		}
		for (const k of givens.keys()) keys.add(foldHash(k));
		if (heads) for (const k of heads.keys()) keys.add(foldHash(k));
		// A place that closes a person's name ("Jerome of Prague") is a place throughout where the note puts it as
		// one anywhere: "the defenestration of Prague", "in Prague".
		const placesUsed = new Map<string, boolean>();
		const usedAsPlace = (w: string): boolean => {
			let used = placesUsed.get(w);
			if (used === undefined) {
				used = false;
				for (let c = 0; c < capitalCount && !used; c++) {
					const k = capitals[c] as number;
					used = !covered[k] && word(k) === w && isLocative(m, k, k);
				}
				placesUsed.set(w, used);
			}
			return used;
		};
		// the keys' hashes first: they rule out nearly every token
		for (let c = 0; c < capitalCount; c++) {
			const i = capitals[c] as number;
			if (!keys.has(t.hash[i] ?? 0)) continue;
			if (((t.flags[i] ?? 0) & (UPPER | DIGIT | ALL_UPPER)) !== UPPER || (covered[i] && covered[i] !== LONE_EVENT)) continue;
			const w = word(i);
			const named = heads?.get(w);
			if (named) {
				// the head alone, not the last word of another name ("New Army", "Delian League", "Articles of
				// Confederation")
				const ofName = i > 1 && joinBefore(t, i) === " " && joinBefore(t, i - 1) === " " && word(i - 1) === "of" && ((t.flags[i - 2] ?? 0) & UPPER) !== 0;
				const body = aloneInRun(t, i) && !ofName ? namedBefore(named, t.start[i] ?? 0) : null;
				// a polity's head before "of" names another polity or a figure of speech: "Republic of Letters"
				if (body?.kind === "state" && i + 1 < t.count && word(i + 1) === "of") continue;
				if (body) push({ entity: body, from: t.start[i] ?? 0, to: t.end[i] ?? 0, role: "body", locative: false, dynamic: false });
				continue;
			}
			const refs = covered[i] || (placeSurnames.has(w) && usedAsPlace(w)) ? undefined : (surnames.get(w) ?? givens.get(w));
			if (!refs) {
				// "the Woodvilles" after "Elizabeth Woodville": a surname in the plural is the family
				const family = w.length > 4 && w.endsWith("s") && !covered[i] && surnames.has(w.slice(0, -1)) && aloneInRun(t, i);
				if (family) push({ entity: localEntity("group", `${w.slice(0, -1)} family`), from: t.start[i] ?? 0, to: t.end[i] ?? 0, role: "group", locative: false, dynamic: false });
				continue;
			}
			// "Kamehameha I" where the note also names Kamehameha II: the first of that name, not the others
			if (!surnames.has(w) && refs.some((r) => r.regnal) && i + 1 < t.count && joinBefore(t, i + 1) === " " && word(i + 1) === "I") {
				const name = `${w} I`;
				if (!refs.some((r) => r.entity.name === name)) {
					push({ entity: localEntity("person", name), from: t.start[i] ?? 0, to: t.end[i + 1] ?? 0, role: "person", locative: false, dynamic: false });
					continue;
				}
			}
			// "von Guericke", "St. Clair": a particle or a Saint before the surname belongs to the mention.
			// and the article of an Arabic name: "al-Muwaffaq"
			const particle = surnames.has(w) && i > 0 && (particleBefore(m, i) || (joinBefore(t, i) === "-" && isAl(i - 1) && (t.end[i - 1] ?? 0) - (t.start[i - 1] ?? 0) === 2));
			// a name word before the particle makes a longer name, someone else's: "Duong Van Minh" is not Ho Chi Minh
			if (particle && i > 1 && joinBefore(t, i - 1) === " " && ((t.flags[i - 2] ?? 0) & UPPER) !== 0 && !covered[i - 2] && nameWord(m, i - 2)) continue;
			// and an elided one: "O'Zorvig"
			const from = t.start[particle || elided(t, i) ? i - 1 : i] ?? 0;
			// A given name several monarchs of the note share is the one named last before it: "Philip goes home" after
			// "Philip II Augustus", though the note named Philip IV earlier; before any of them, none of them.
			if (refs.length > 1 && !surnames.has(w)) {
				const one = namedLast(hits, refs, from);
				if (one) push({ entity: one, from, to: t.end[i] ?? 0, role: "person", locative: false, dynamic: false });
				continue;
			}
			// a surname several persons of the note share is the one named last before it ("Gracchus" after "Gaius
			// Gracchus", though the note named his brother first); before any of them, each of them
			const one = refs.length > 1 ? namedLast(hits, refs, from) : null;
			if (one) push({ entity: one, from, to: t.end[i] ?? 0, role: "person", locative: false, dynamic: false });
			else for (const r of refs) push({ entity: r.entity, from, to: t.end[i] ?? 0, role: "person", locative: false, dynamic: false });
		}
	}
	// A dynasty's plural the lists give its state ("Abbasids" of the Abbasid Caliphate) is the dynasty, a group of its
	// own, where the note also names the state: "the Abbasid Caliphate … reading the Abbasids as a golden age".
	splitDynasties(t.text, hits, (stem) => {
		const listed = builtin.lookup(`${stem} dynasty`, period)?.entities[0];
		return listed?.kind === "group" ? listed : localEntity("group", `${stem} dynasty`);
	});
	// An acronym the note defines after a name ("Indian National Army (INA)") is that actor wherever it stands.
	const acronyms = definedAcronyms(t.text, hits);
	if (acronyms) {
		// the note's own definition beats a list's reading of the same letters: "Malayan Communist Party (MCP)" is
		// not the Malawi Congress Party
		for (const h of hits) {
			if (h.dynamic || h.to - h.from > 8) continue;
			const entity = acronyms.get(t.text.slice(h.from, h.to));
			if (entity && entity !== h.entity) h.entity = entity;
		}
		for (let i = 0; i < t.count; i++) {
			if (covered[i] || ((t.flags[i] ?? 0) & UPPER) === 0) continue;
			const entity = acronyms.get(word(i));
			if (entity) push({ entity, from: t.start[i] ?? 0, to: t.end[i] ?? 0, role: entity.kind === "person" ? "person" : "body", locative: false, dynamic: false });
		}
	}
	// A polity the note names in full by a head word is that polity by its bare name elsewhere in the note too:
	// "Kediri fell in 1222" after "the Kingdom of Kediri", which no list need hold by the bare name.
	bareMentions(m, hits, capitals, capitalCount, (name) => builtin.lookup(name, period) !== null, push, cover);
	// In a note about the past, an acronym no list holds and the note does not define is a body of its own: "RPF",
	// "MRND", "UNAMIR". (A manual's acronyms are its own terms: "URI", "DNS".)
	// A body the note names elsewhere by the words of those letters is that body: "IFP" and "Inkatha Freedom Party".
	let initialled: Map<string, Entity> | null = null;
	// each acronym's body, or null for a word the note also writes small, decided once
	let bodies: Map<string, Entity | null> | null = null;
	const flags = t.flags;
	// (whether the note is about the past, read once rather than at every token)
	const past = period !== null && period.mid < HISTORY_BEFORE;
	for (let c = 0; past && c < capitalCount; c++) {
		const i = capitals[c] as number;
		if (((flags[i] as number) & ALL_UPPER) === 0 || covered[i]) continue;
		if (!unknownAcronym(t, i, word) || eventAlias(t, covered, i)) continue;
		const w = word(i);
		if (acronyms?.has(w)) continue;
		let entity = (bodies ??= new Map<string, Entity | null>()).get(w);
		if (entity === undefined) {
			initialled ??= byInitials(t.text, hits);
			entity = writtenSmall(t.text, w) ? null : (initialled.get(w) ?? localEntity("organisation", w));
			bodies.set(w, entity);
		}
		if (entity) push({ entity, from: t.start[i] ?? 0, to: t.end[i] ?? 0, role: "body", locative: false, dynamic: false });
	}
	// The gazetteer's own reading of a bare head ("League" as the League of Nations) gives way to the note's body.
	if (heads) {
		// the heads' lengths, so a mention of another length is passed over without cutting its text
		const lengths = keyLengths(heads);
		for (const h of hits) {
			if (h.entity.kind !== "organisation" || !lengths[h.to - h.from]) continue;
			const named = heads.get(t.text.slice(h.from, h.to));
			const body = named ? namedBefore(named, h.from) : null;
			if (body) h.entity = body;
		}
	}
	return hits;
}

/** The one person among the hits whose name holds `part` at a word's start (" de G" in "Charles de Gaulle"), or null. */
function initialledSurname(persons: readonly Hit[], part: string): Entity | null {
	let owner: Entity | null = null;
	for (const h of persons) {
		if (h.entity === owner || !` ${h.entity.name}`.includes(part)) continue;
		if (owner) return null;
		owner = h.entity;
	}
	return owner;
}

/** Whether tokens from..to-1 are "Resolution" (or "Resolutions") and numbers only: "Resolution 598", "Resolutions 242 338". */
function numberedResolution(m: NoteMatcher, from: number, to: number): boolean {
	return (m.is(from, "Resolution") || m.is(from, "Resolutions")) && numbersOnly(m.t, from + 1, to);
}

/** Whether tokens from..to-1 are numbers only (at least one). */
function numbersOnly(t: Tokens, from: number, to: number): boolean {
	if (from >= to) return false;
	for (let k = from; k < to; k++) if (((t.flags[k] ?? 0) & DIGIT) === 0) return false;
	return true;
}

/** Of the persons of a shared name, the one whose mention comes last before `at`; null when none comes before. */
function namedLast(hits: readonly Hit[], refs: readonly PersonRef[], at: number): Entity | null {
	let best: Entity | null = null;
	let bestFrom = -1;
	for (const h of hits) {
		if (h.from >= at || h.from <= bestFrom || h.entity.kind !== "person") continue;
		if (holds(refs, h.entity.key)) {
			best = h.entity;
			bestFrom = h.from;
		}
	}
	return best;
}

/** The letters an Arabic article takes the sound of, as English writes them after "a": "as-Saffah", "ar-Rashid". */
const SUN_LETTERS = "tdrzsn";

/**
 * Words that make a region or a polity of its own of a state's name: "Upper Peru", "Royal Prussia". Not "Greater" or
 * "Lesser": "Greater Germany" is an idea of unification.
 */
const REGION_QUALIFIERS = new Set(["Upper", "Lower", "Little", "Royal", "Ducal", "Outer", "Inner", "Further", "Hither", "Great"]);

/** Articles of German, French, Spanish and Italian that open titles: "Die Hanse", "La Fronde". */
const FOREIGN_ARTICLES = new Set(["Die", "Der", "Das", "Den", "Dem", "Des", "La", "Le", "Les", "El", "Il", "Lo", "Los", "Las", "Un", "Une", "Ein", "Eine"]);

/** The person of a name only one full name in the note ends with, or null. */
function soleRef(refs: readonly PersonRef[] | undefined): Entity | null {
	return refs?.length === 1 ? (refs[0] as PersonRef).entity : null;
}

/** What a single capitalised word in a list of persons is, by the note's names and the word classes. */
const enum ListItem {
	Other,
	Unknown,
	Person,
}

/**
 * Names no list holds in a list of persons: "Liuvigild, Reccared, Chindasuinth, Wamba" where the note names two of
 * them as persons, "Ben Bella, Boudiaf, Ben M'hidi, Didouche". A list counts when two of its items or more are
 * persons that `counts` (listed or named in full) and none is any other actor or a place; each other item must be a
 * single capitalised word no rule read. A date in brackets may follow an item: "Phocas (602–610), Shahin". `persons`
 * are the hits among `hits` that `counts` is asked about (those of persons, or all), `froms` where each hit starts;
 * `emit` is called with the token and its characters. `member` tells the hits that may stand in the list without
 * counting (a person's by default); a list of peoples ("Odawa, Seneca, Lenape") passes its own tests.
 */
function listedWithPersons(t: Tokens, hits: readonly Hit[], persons: readonly Hit[], froms: readonly number[], covered: Uint8Array, counts: (h: Hit) => boolean, item: (i: number) => ListItem, emit: (i: number, from: number, to: number) => void, member: (h: Hit) => boolean = isPersonHit): void {
	const text = t.text;
	// a list runs inside one line: only the lines that hold two persons it counts are read
	const counted: number[] = [];
	for (const h of persons) if (counts(h)) counted.push(h.from);
	if (counted.length < 2) return;
	// the hits come mostly in order: often no sort; else a typed array sorts numbers natively, with no comparator called
	const starts = ascending(counted) ? counted : new Int32Array(counted).sort();
	// the lines to read, as character ranges [from, to) in order: those with two such persons or more
	const lines: number[] = [];
	for (let n = 0; n + 1 < starts.length; n++) {
		const at = starts[n] ?? 0;
		if (lines.length && at < (lines[lines.length - 1] ?? 0)) continue;
		let end = text.indexOf("\n", at);
		if (end < 0) end = text.length;
		if ((starts[n + 1] ?? 0) < end) lines.push(text.lastIndexOf("\n", at) + 1, end);
	}
	// the first hit starting at each character, as its index + 1 (the hits `emit` adds are not looked up)
	const registered = hits.length;
	const byStart = HIT_INDEX.get(text.length + 1);
	for (let n = registered - 1; n >= 0; n--) byStart[froms[n] as number] = n + 1;
	try {
		walkLines(t, hits, lines, byStart, covered, counts, item, emit, member);
	} finally {
		for (let n = 0; n < registered; n++) byStart[froms[n] as number] = 0;
	}
}

/** Whether a hit is a person's: the members of a list of persons. */
const isPersonHit = (h: Hit): boolean => h.entity.kind === "person";

/** Whether a hit names a people: a people's name, or a state's demonym as a noun ("Dutch, Indos, Chinese"). */
const isPeopleHit = (h: Hit): boolean => h.entity.kind === "people" || (h.entity.kind === "state" && (h.role === "plural" || h.role === "adj") && !h.locative);

/** A dynasty's name in the plural: "Abbasids", "Umayyads", "Safavids", "Nasrids". */
const DYNASTY_PLURAL = /[a-z](?:ids|yads)$/;

/** A state's dynasty plural gives way to the dynasty (`group` of the plural's stem) where the note names that state too. */
function splitDynasties(text: string, hits: Hit[], group: (stem: string) => Entity): void {
	// the states' plurals written as a dynasty's first: most notes have none, and then no state's name is read
	let plurals: Hit[] | null = null;
	for (const h of hits) if (h.role === "plural" && h.entity.kind === "state" && DYNASTY_PLURAL.test(text.slice(h.from, h.to))) (plurals ??= []).push(h);
	if (!plurals) return;
	// (by key: the vault's note of a state is another object than the lists' entry)
	const named = new Set<string>();
	for (const h of hits) if (h.entity.kind === "state" && h.role === "name") named.add(h.entity.key);
	for (const h of plurals) if (named.has(h.entity.key)) h.entity = group(text.slice(h.from, h.to - 1));
}

/** Whether numbers come in ascending order. */
function ascending(a: readonly number[]): boolean {
	for (let k = 1; k < a.length; k++) if ((a[k - 1] as number) > (a[k] as number)) return false;
	return true;
}

/** Character index of hits, kept between calls (a note's is cleared after use). */
const HIT_INDEX = new KeptZeroes((size) => new Int32Array(size));

/** The walk of `listedWithPersons` over the lines that may hold a list, with the hits by where they start. */
function walkLines(t: Tokens, hits: readonly Hit[], lines: readonly number[], byStart: Int32Array, covered: Uint8Array, counts: (h: Hit) => boolean, item: (i: number) => ListItem, emit: (i: number, from: number, to: number) => void, member: (h: Hit) => boolean): void {
	const text = t.text;
	// single capitalised words of the list going on, read when it closes (most runs of items are one word long)
	const words: number[] = [];
	let named = 0;
	let items = 0;
	let other = false;
	// the end of the list's last item, or -1 when no list is going on
	let last = -1;
	const close = (): void => {
		if (words.length && !other && named + words.length >= 2 && items >= 2) {
			const unknown: number[] = [];
			for (const i of words) {
				const what = item(i);
				if (what === ListItem.Person) named++;
				else if (what === ListItem.Other) other = true;
				else unknown.push(i);
			}
			if (named >= 2 && !other) for (const i of unknown) emit(i, t.start[i] ?? 0, t.end[i] ?? 0);
		}
		// (an array's length is set by a call into the engine: only when it holds words)
		if (words.length) words.length = 0;
		named = 0;
		items = 0;
		other = false;
		last = -1;
	};
	let k = 0;
	for (let n = 0; n < lines.length; n += 2) {
		const lineEnd = lines[n + 1] ?? 0;
		// the lines come in order: the walk goes on from where the last one ended, at the line's first token
		k = firstTokenFrom(t, k, lines[n] ?? 0);
		while (k < t.count && (t.start[k] ?? 0) < lineEnd) {
			let f = t.flags[k] ?? 0;
			if (last >= 0) {
				// "and" or "or" opens the joint to the next item
				if ((f & LOWER) !== 0 && k + 1 < t.count && andOr(t, k)) f = t.flags[++k] ?? 0;
				if (!personListJoint(text, last, t.start[k] ?? 0)) close();
			}
			// a hit, or a word another rule read (a place's); a hit may start on a word it does not cover
			// ("Bestuzhev-Ryumin"), or on a particle before the name: "de Rigny"
			const at = byStart[t.start[k] ?? 0] ?? 0;
			const h = at ? hits[at - 1] : undefined;
			if (h || covered[k]) {
				if (h && counts(h)) named++;
				else if (!h || !member(h)) other = true;
				last = h ? h.to : (t.end[k] ?? 0);
				items++;
				k = afterBracket(t, k + 1, last);
				continue;
			}
			if ((f & (UPPER | DIGIT | ALL_UPPER)) !== UPPER) {
				if (last >= 0) close();
				k++;
				continue;
			}
			// a capitalised run: a name no rule read when it is one word, else a place, an event or a longer name
			let end = k + 1;
			while (end < t.count && capitalJoined(t, end)) end++;
			// the first item after a lower-case word is what that word governs: "a conference at Geneva, Zorvig and
			// Ostra"
			const governed = last < 0 && k > 0 && joinBefore(t, k) === " " && ((t.flags[k - 1] ?? 0) & LOWER) !== 0;
			// (and a word before a lower-case noun of a place names the place: "Lech Wałęsa, Gdańsk shipyard")
			if (end > k + 1 || governed || placeNounAt(t, end)) other = true;
			else words.push(k);
			items++;
			last = t.end[end - 1] ?? 0;
			k = afterBracket(t, end, last);
		}
		if (last >= 0) close();
	}
}

/** Whether token k is a lower-case noun of a place one space after the word before it ("Gdańsk shipyard"). */
function placeNounAt(t: Tokens, k: number): boolean {
	return lowerNounAt(t, k, PLACE_NOUNS, (i) => tokenText(t, i));
}

/**
 * Whether token k is a word of `nouns` in small letters one space after the word before it (none for null), its text
 * read by `word` only when its hash is in the set.
 */
function lowerNounAt(t: Tokens, k: number, nouns: WordSet | null, word: (i: number) => string): boolean {
	return nouns !== null && k < t.count && joinBefore(t, k) === " " && ((t.flags[k] ?? 0) & LOWER) !== 0 && nouns.hasToken(t, k, word);
}

/** The first token from k on that starts at `at` or later (or the count), by binary search: the starts ascend. */
function firstTokenFrom(t: Tokens, k: number, at: number): number {
	let lo = k;
	let hi = t.count;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((t.start[mid] ?? 0) < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Whether a word of the text from `from` to `to` opens in lower case ("Union army"), read by character. */
function lowerWordIn(text: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const before = k === from ? 32 : text.charCodeAt(k - 1);
		if ((before === 32 || before === 45 || (before >= 9 && before <= 13)) && isLowerChar(text.charCodeAt(k))) return true;
	}
	return false;
}

/** Whether token k is "and" or "or", read by character. */
function andOr(t: Tokens, k: number): boolean {
	const a = t.start[k] ?? 0;
	const n = (t.end[k] ?? 0) - a;
	const c = t.text.charCodeAt(a);
	return (n === 3 && c === 97 && t.text.charCodeAt(a + 1) === 110 && t.text.charCodeAt(a + 2) === 100) || (n === 2 && c === 111 && t.text.charCodeAt(a + 1) === 114);
}

/** The first token from k on after the item that ends at `at` and a bracket of a few characters right after it. */
function afterBracket(t: Tokens, k: number, at: number): number {
	const end = bracketEnd(t.text, at);
	while (k < t.count && (t.start[k] ?? 0) < end) k++;
	return k;
}

/** After a bracket of up to 40 characters on one line at `at` (after a space or none): "(602–610)"; else `at`. */
function bracketEnd(text: string, at: number): number {
	const open = text.charCodeAt(at) === 40 ? at : text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 40 ? at + 1 : -1;
	if (open < 0) return at;
	for (let p = open + 1; p < text.length && p <= open + 41; p++) {
		const c = text.charCodeAt(p);
		if (c === 41) return p > open + 1 ? p + 1 : at;
		if (c === 40 || c === 10) return at;
	}
	return at;
}

/**
 * What may stand between two items of a list of persons, from `a` to `b`: a joint (`personListJointAt`), after a
 * bracket of dates or offices. Most gaps are a single space, before the next word of a sentence: no joint.
 */
function personListJoint(text: string, a: number, b: number): boolean {
	return b - a >= 2 && personListJointAt(text, bracketEnd(text, a), b);
}

/**
 * Whether the text from `a` to `b` joins two names in a list of persons, compared in place: ",", ", ", " and ", " &
 * ", " + ", " or ", ", and ", ", or " ("Marius + Cinna", "Cato, Lucullus", "Danton and Hébert").
 */
function personListJointAt(text: string, a: number, b: number): boolean {
	switch (b - a) {
		case 1:
			return text.charCodeAt(a) === 44;
		case 2:
			return holdsAt(text, a, ", ");
		case 3:
			return holdsAt(text, a, " & ") || holdsAt(text, a, " + ");
		case 4:
			return holdsAt(text, a, " or ");
		case 5:
			return holdsAt(text, a, " and ") || holdsAt(text, a, ", or ");
		case 6:
			return holdsAt(text, a, ", and ");
		default:
			return false;
	}
}

/** Whether token k is written only in the letters I, V, X and L ("XIV"), read by character. */
function romanLetters(t: Tokens, k: number): boolean {
	for (let j = t.start[k] ?? 0; j < (t.end[k] ?? 0); j++) {
		const c = t.text.charCodeAt(j);
		if (c !== 73 && c !== 86 && c !== 88 && c !== 76) return false;
	}
	return true;
}

/** Whether a list of persons holds one with this key. */
function holds(list: readonly PersonRef[], key: string): boolean {
	for (const r of list) if (r.entity.key === key) return true;
	return false;
}

/** The plural of a faction's, movement's or dynasty's name: "Hébertists", "Terceristas", "Hussites", "Umayyads". */
const FACTION_PLURAL = /[a-z\u00e0-\u00ff](?:ists|ites|ids|yads|istas)$/;

/**
 * A family named by its surname in the plural, where the surname has a Slavic family name's ending: "Potockis",
 * "Czartoryskis", "Obolenskys", "Chodkiewiczes".
 */
const FAMILY_PLURAL = /[a-z\u00e0-\u017f](?:[sc]k[iy]s|(?:wicz|vich|vitch)es)$/;

/** The endings of a leader's followers written in lower case: "zapatistas", "trotskyists". */
const FOLLOWER_ENDINGS = ["istas", "ists"];

/**
 * A faction named after its leader in lower case, Spanish style, where the note names that leader: "zapatistas"
 * (Zapata), "reyistas" (Bernardo Reyes), "callistas" (Calles), "carrancistas" (Carranza). The word's stem opens the
 * leader's surname, a vowel or "es" short of it ("gaullists" of de Gaulle, "stalinists" of Stalin). A lower-case word
 * is otherwise passed over unread, so the text is searched for the endings first.
 */
function followersOf(t: Tokens, persons: readonly Hit[], covered: Uint8Array, emit: (k: number, name: string) => void): void {
	if (persons.length === 0) return;
	let leaders: string[] | null = null;
	for (const ending of FOLLOWER_ENDINGS) {
		for (let at = t.text.indexOf(ending); at >= 0; at = t.text.indexOf(ending, at + ending.length)) {
			const end = at + ending.length;
			if (end < t.text.length && isWordChar(t.text.charCodeAt(end))) continue;
			const k = tokenEndingAt(t, end);
			if (k < 0 || covered[k] || ((t.flags[k] ?? 0) & LOWER) === 0 || at - (t.start[k] ?? 0) < 3) continue;
			// each person's surname once, however often the note names them
			leaders ??= [...new Set(persons.map((h) => h.entity.name))].map((n) => bareLower(n.slice(n.lastIndexOf(" ") + 1)));
			const stem = bareLower(t.text.slice(t.start[k] ?? 0, at));
			if (leaders.some((l) => leaderOf(stem, l))) emit(k, capitalised(tokenText(t, k)));
		}
	}
}

/** Whether a follower's stem names the surname: "zapat" Zapata, "rey" Reyes, "stalin" Stalin, "carranc" Carranza. */
function leaderOf(stem: string, surname: string): boolean {
	if (surname.startsWith(stem)) return surname.length - stem.length <= 2;
	// Spanish writes a "z" before "i" as "c"
	return stem.endsWith("c") && surname.length - stem.length <= 1 && surname.startsWith(`${stem.slice(0, -1)}z`);
}

/** A word in small letters without its marks: "obregón" -> "obregon". */
function bareLower(w: string): string {
	return w.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** The token that ends at character `end`, or -1. */
function tokenEndingAt(t: Tokens, end: number): number {
	let lo = 0;
	let hi = t.count - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const e = t.end[mid] ?? 0;
		if (e === end) return mid;
		if (e < end) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

/** A plural of a place's people in -ans, other than a people's in -ians or -eans: "Sonorans", "Salernitans". */
const TOWN_PLURAL = /[a-z\u00e0-\u00ff][^ie\s]ans$/;

/** The vowels a place's name ends in where its people's plural has "-ans": Sonora, Salerno, Tulare. */
const PLACE_VOWELS = ["a", "o", "e"];

/** Whether the text holds the word as a whole word somewhere. */
export function namedWord(text: string, w: string): boolean {
	for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
		const before = at > 0 ? text.charCodeAt(at - 1) : 32;
		const after = at + w.length < text.length ? text.charCodeAt(at + w.length) : 32;
		if (!isWordChar(before) && !isWordChar(after)) return true;
	}
	return false;
}

/** A plural in -es after a sibilant: "Chodkiewiczes", "Welches". */
const SIBILANT_PLURAL = /(?:z|ch|sh|x|ss)es$/;

/** A family named by its surname in the plural: "Potockis" → "Potocki family", "de la Poles" → "de la Pole family". */
function familyName(plural: string): string {
	return `${plural.slice(0, SIBILANT_PLURAL.test(plural) ? -2 : -1)} family`;
}

/**
 * The capitalised plural one list's joint away from token i, before it (`step` -1) or after it (1): "Radziwiłłs" of
 * "Radziwiłłs, Chodkiewiczes"; or -1.
 */
function listNeighbour(t: Tokens, i: number, step: -1 | 1): number {
	for (let k = i + step, n = 0; n < 3 && k >= 0 && k < t.count; k += step, n++) {
		const f = t.flags[k] ?? 0;
		if ((f & UPPER) === 0) continue;
		const a = t.start[k] ?? 0;
		const b = t.end[k] ?? 0;
		if (b - a < 4 || t.text.charCodeAt(b - 1) !== 115) return -1;
		return listJoint(t.text, step < 0 ? b : (t.end[i] ?? 0), step < 0 ? (t.start[i] ?? 0) : a) ? k : -1;
	}
	return -1;
}

/** The plural of a people's name: "Karelians", "Cantabrians", "Chaldeans". */
const PEOPLE_PLURAL = /[a-z\u00e0-\u00ff](?:[ie]ans|iots|iotes)$/;

/** A plural of an agent or member noun: "Inquisitors", "Reformers", "Calvinists", "Puritans". */
const AGENT_PLURAL = /(?:or|er|ist|ian|ite|ant|ent)s$/;

/** An acronym in the plural: "SSGs", "NGOs". */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/** The mark `covered` holds for a token that is an event's whole name by itself. */
const LONE_EVENT = 2;
/** The mark of an event's last token in `covered` (a covered token like any other). */
const EVENT_END = 3;

/**
 * Whether the acronym at token i is another name of the event that ends right before it, after a slash or in
 * brackets: an operation's code name ("Operation Ajax / TPAJAX", "Operation Ajax (TPAJAX)"), not a body.
 */
function eventAlias(t: Tokens, covered: Uint8Array, i: number): boolean {
	if (i < 1 || covered[i - 1] !== EVENT_END) return false;
	const gap = t.text.slice(t.end[i - 1] ?? 0, t.start[i] ?? 0);
	return gap === " / " || gap === "/" || gap === " (";
}

interface NamedBody {
	from: number;
	entity: Entity;
}

/**
 * The bodies and polities the note names in full (a mention of two words or more), by their head word: "Congress"
 * for the Indian National Congress, "League" for the Muslim League and the League of Nations, "Republic" for the
 * Weimar Republic (Germany). Null when there is none.
 */
function bodyHeads(text: string, hits: readonly Hit[]): Map<string, NamedBody[]> | null {
	let heads: Map<string, NamedBody[]> | null = null;
	// each entity's head, worked out once: an organisation's from its name (null: none), a state's last mention word
	const known = new Map<Entity, { word: string; head: boolean }>();
	const add = (head: string, from: number, entity: Entity): void => {
		heads ??= new Map();
		let list = heads.get(head);
		if (!list) heads.set(head, (list = []));
		list.push({ from, entity });
	};
	for (const h of hits) {
		const e = h.entity;
		if (e.kind !== "organisation" && e.kind !== "state") continue;
		const space = text.indexOf(" ", h.from);
		if (space === -1 || space >= h.to) continue;
		let head: string | undefined;
		if (e.kind === "state") {
			// a polity by the last word of the name the note gave it: "the Empire" after "Holy Roman Empire", "the
			// Republic" after "Weimar Republic" (Germany)
			if (h.role !== "name" && h.role !== "body") continue;
			const at = text.lastIndexOf(" ", h.to - 1) + 1;
			let last = known.get(e);
			if (!last || last.word.length !== h.to - at || !holdsAt(text, at, last.word)) {
				const word = text.slice(at, h.to);
				known.set(e, (last = { word, head: STATE_HEADS.has(word) && word !== "State" }));
			}
			if (!last.head) continue;
			head = last.word;
		} else {
			let named = known.get(e);
			if (!named) known.set(e, (named = organisationHead(e.name)));
			// the head of the name the note gave it, when another: "the Diet" after "Prussian Diet" (the Prussian
			// Landtag)
			const at = text.lastIndexOf(" ", h.to - 1) + 1;
			if (h.to - at !== named.word.length || !holdsAt(text, at, named.word)) {
				const word = text.slice(at, h.to);
				if (BARE_HEADS.has(word) || ORGANISATION_HEADS.has(word)) add(word, h.from, e);
			}
			if (!named.head) continue;
			head = named.word;
		}
		add(head, h.from, e);
	}
	return heads;
}

/** Which lengths a map's keys have: a mark at each key's length. */
function keyLengths(map: ReadonlyMap<string, unknown>): Uint8Array {
	let longest = 0;
	for (const w of map.keys()) longest = Math.max(longest, w.length);
	const lengths = new Uint8Array(longest + 1);
	for (const w of map.keys()) lengths[w.length] = 1;
	return lengths;
}

/** The head word of an organisation's name ("League" of "Muslim League" and "League of Nations"), if it has one. */
function organisationHead(name: string): { word: string; head: boolean } {
	const words = name.split(" ");
	if (words.length < 2) return { word: "", head: false };
	const of = words.indexOf("of");
	const head = of > 0 ? words[of - 1] : words[words.length - 1];
	return head && (ORGANISATION_HEADS.has(head) || BARE_HEADS.has(head)) ? { word: head, head: true } : { word: "", head: false };
}

/** An acronym and an equals sign right before a mention, as legends write them: "VM = Viet Minh". */
const LEGEND_BEFORE = /(?:^|[\s,;(])([A-Z][A-Za-z0-9]{1,7}) ?= ?$/;
/** An equals sign and an acronym right after a mention, ending the entry: "Viet Minh = VM," (not "Nasser = FLN backer"). */
const LEGEND_AFTER = /^ ?= ?([A-Z][A-Za-z0-9]{1,7})(?=\s*(?:[,;)|\u00b7]|$))/m;
/** A legend's short form: two capitals or more, or a capital and a digit ("VM", "JIII", "RoY", "E3"; not "Tsar"). */
const LEGEND_KEY = /^(?:[^A-Z]*[A-Z]){2}|^[A-Z].*\d/;

/** Lower-case words a name's acronym leaves out: "Union of Soviet Socialist Republics" is USSR. */
const ACRONYM_SKIPS = new Set(["of", "the", "and", "for", "de", "du", "des", "la", "le", "von", "&"]);

/**
 * Acronyms the note defines for a collective actor: in brackets right after a mention of it, when the letters are
 * the initials of the mention's words ("Indian National Army (INA)", "Union of Soviet Socialist Republics (USSR)"),
 * or in a legend, with an equals sign on either side of the mention ("VM = Viet Minh", "Viet Minh = VM").
 */
function definedAcronyms(text: string, hits: readonly Hit[]): Map<string, Entity> | null {
	let out: Map<string, Entity> | null = null;
	for (const h of hits) {
		if (h.entity.kind === null) continue;
		// an equals sign one or two characters away, tested before any text is cut; a legend names persons too
		// ("E3 = Edward III", "JIII = James III")
		const eqBefore = text.charCodeAt(h.from - 1) === 61 || text.charCodeAt(h.from - 2) === 61;
		const eqAfter = text.charCodeAt(h.to) === 61 || text.charCodeAt(h.to + 1) === 61;
		// (not a key whose name goes on in lower case after the actor: "UNPROFOR = UN force" is a body of the UN's)
		const partOf = eqBefore && text.charCodeAt(h.to) === 32 && isLowerChar(text.charCodeAt(h.to + 1));
		const legend = eqBefore && !partOf ? LEGEND_BEFORE.exec(text.slice(Math.max(0, h.from - 12), h.from)) : eqAfter ? LEGEND_AFTER.exec(text.slice(h.to, h.to + 12)) : null;
		if (legend?.[1] && LEGEND_KEY.test(legend[1])) {
			(out ??= new Map()).set(legend[1], h.entity);
			continue;
		}
		if (h.entity.kind === "person") continue;
		let k = h.to;
		if (text.charCodeAt(k) === 32) k++;
		if (text.charCodeAt(k) !== 40 /* ( */) continue;
		// the closing bracket within nine characters (a bounded look, whatever follows)
		let close = k + 1;
		while (close < text.length && close - k <= 9 && text.charCodeAt(close) !== 41) close++;
		if (text.charCodeAt(close) !== 41 /* ) */) continue;
		const acronym = text.slice(k + 1, close);
		if (!/^[A-Z]{2,8}$/.test(acronym)) continue;
		// (a body's acronym in another language need not be its English initials: "Communist Party (KKE)")
		// (not after a name with a word in lower case: "Union army (USCT)" is a part of the army)
		if (initialsOf(text.slice(h.from, h.to)) === acronym || (h.entity.kind === "organisation" && !lowerWordIn(text, h.from, h.to))) (out ??= new Map()).set(acronym, h.entity);
	}
	return out;
}

/** The mentions of polities by the bare names the note gives them (`barePolityNames`), among the capitalised tokens. */
function bareMentions(m: NoteMatcher, hits: readonly Hit[], capitals: Int32Array, capitalCount: number, listed: (name: string) => boolean, push: (h: Hit) => void, cover: (a: number, b: number) => void): void {
	const t = m.t;
	const bare = barePolityNames(t.text, hits, listed);
	if (!bare) return;
	const covered = m.covered;
	const keys = new HashBits();
	for (const k of bare.keys()) keys.add(foldHash(k.split(" ", 1)[0] as string));
	for (let c = 0; c < capitalCount; c++) {
		const i = capitals[c] as number;
		if (covered[i] || !keys.has(t.hash[i] ?? 0) || ((t.flags[i] ?? 0) & (UPPER | ALL_UPPER)) !== UPPER) continue;
		// the longer name first: "Golden Horde" before "Golden"
		const two = i + 1 < t.count && joinBefore(t, i + 1) === " " && !covered[i + 1] ? bare.get(`${m.word(i)} ${m.word(i + 1)}`) : undefined;
		const entity = two ?? bare.get(m.word(i));
		if (!entity) continue;
		const end = two ? i + 2 : i + 1;
		push({ entity, from: t.start[i] ?? 0, to: t.end[end - 1] ?? 0, role: "name", locative: isLocative(m, i, end - 1), dynamic: false });
		cover(i, end);
	}
}

/**
 * The bare names of the polities the note names in full by a state's head word: "Kediri" of "the Kingdom of Kediri",
 * "Demak" of "the Demak Sultanate", "Golden Horde" of "the Khanate of the Golden Horde". One or two capitalised
 * words; not a word that makes an era or a figure of speech of the head ("New Kingdom", "First Republic", "Islamic
 * State"), nor a name the note also writes in lower case ("the Free State" … "free"), nor one the lists read
 * otherwise (`listed`): "Austrian" of "the Austrian Empire" is an adjective, whose uses the lists' reading judges.
 */
function barePolityNames(text: string, hits: readonly Hit[], listed: (name: string) => boolean): Map<string, Entity> | null {
	let out: Map<string, Entity> | null = null;
	let seen: Set<string> | null = null;
	for (const h of hits) {
		if (h.entity.kind !== "state" || (h.role !== "name" && h.role !== "body") || h.dynamic || h.to - h.from > 60) continue;
		const words = text.slice(h.from, h.to).split(" ");
		if (words.length < 2) continue;
		let name: string[] | null = null;
		// ("Grand Duchy of …": one head word or two before "of")
		const of = words.indexOf("of");
		if (of >= 1 && of <= 2 && words.slice(0, of).every((w) => LEADING_STATE_HEADS.has(w))) name = words.slice(words[of + 1] === "the" ? of + 2 : of + 1);
		else if (STATE_HEADS.has(words[words.length - 1] as string)) name = words.slice(0, -1);
		if (!name || name.length < 1 || name.length > 2 || !name.every(bareNameWord)) continue;
		const bare = name.join(" ");
		// each name judged once, the first polity that gives it kept: the lists are asked before the text is
		// searched for the word in lower case
		if ((seen ??= new Set()).has(bare)) continue;
		seen.add(bare);
		if (listed(bare) || (name.length === 1 && writtenSmall(text, bare))) continue;
		(out ??= new Map()).set(bare, h.entity);
	}
	return out;
}

/** A word of a polity's bare name: capitalised letters (a hyphen or an apostrophe inside), not an era's word. */
function bareNameWord(w: string): boolean {
	return w.length >= 3 && BARE_NAME_WORD.test(w) && !NOT_POLITY_OPENERS.has(w);
}
const BARE_NAME_WORD = /^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u017f]+(?:['\u2019-][A-Za-z\u00c0-\u017f]+)*$/;

/** The initials of a name's words, without the small words an acronym leaves out: "Union of Soviet Socialist Republics" is USSR. */
function initialsOf(name: string): string {
	return name
		.split(/[\s-]+/)
		.filter((w) => w && !ACRONYM_SKIPS.has(w))
		.map((w) => w[0])
		.join("")
		.toUpperCase();
}

/** The collective actors the note names with three words or more, by their initials (mentions' and canonical names'). */
function byInitials(text: string, hits: readonly Hit[]): Map<string, Entity> {
	const out = new Map<string, Entity>();
	for (const h of hits) {
		if (h.entity.kind === "person" || h.entity.kind === null) continue;
		for (const name of [text.slice(h.from, h.to), h.entity.name]) {
			const initials = initialsOf(name);
			if (initials.length >= 3 && !out.has(initials)) out.set(initials, h.entity);
		}
	}
	return out;
}

/** Whether the hits so far name a polity by a name that ends in the head word `head` ("Ottoman Empire" for "Empire"). */
function namedHeadBefore(text: string, hits: readonly Hit[], head: string): boolean {
	for (const h of hits) if (h.entity.kind === "state" && (h.role === "name" || h.role === "body") && text.startsWith(` ${head}`, h.to - head.length - 1)) return true;
	return false;
}

/** The body named in full last before an offset, if any (the list is in note order: a binary search). */
function namedBefore(named: readonly NamedBody[], at: number): Entity | null {
	let lo = 0;
	let hi = named.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((named[mid] as NamedBody).from < at) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 ? (named[lo - 1] as NamedBody).entity : null;
}

/** Whether no capitalised word joins token i on either side (a sentence's "The" before it does not). */
function aloneInRun(t: Tokens, i: number): boolean {
	const cap = (k: number): boolean => k >= 0 && k < t.count && ((t.flags[k] ?? 0) & UPPER) !== 0;
	const sep = (k: number): boolean => joinBefore(t, k) === " " || joinBefore(t, k) === "-";
	return !(cap(i - 1) && sep(i) && tokenText(t, i - 1) !== "The") && !(cap(i + 1) && sep(i + 1));
}

/** A reign's or a life's date opening a bracket: "r. 1268", "d. 1293", "b. c. 1100", "reigned 1268". */
const LIFE_BRACKET = /^(?:r|d|b|fl|reigned|ruled|died|born)\.? (?:c\. ?)?\d/;
/** A possessive and one noun closing a bracket: "his mother)", "Agis' wife)", "the king's son)". */
const KIN_BRACKET = /^(?:his|her|their|the \w+['\u2019]s|\w+['\u2019]s?) ([a-z]+)\)/;

/** The year before which a note is about history: a note about later years is more often a manual or a plan. */
const HISTORY_BEFORE = 2000;

/** English endings of a word written in capitals for stress: "ADVANCED", "SUPERIOR", "RULING". */
const STRESSED_ENDING = /^[A-Z]{2,}(?:ED|ING|LY|TION|SION|OUS|MENT|NESS|IOR|IVE|ABLE|IBLE|FUL|LESS)$/;

/** Endings of Slavic and Greek surnames that no place or common word in a note has: "-ski", "-vich", "-ov", "-akis". */
const SURNAME_ENDING = /(?:[sc]ki|wicz|vich|vi\u0107|i\u0107|enko|[oe]v|akis|poulos|[ai]dis)$/;

/** A vowel in the stem, before the surname's ending. */
const VOWEL_BEFORE_ENDING = /[aeiouy\u00e0-\u00fc\u0105\u0119\u00f3].*(?:[sc]ki|wicz|vich|vi\u0107|i\u0107|enko|[oe]v|akis|poulos|[ai]dis)$/i;

/** A Roman numeral of any size: "XXIII", "MDCC" (not "MDR", a party). */
const ROMAN_NUMERAL = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * Whether token i is an acronym that may name a body: three to eight capitals alone (not a shouted heading's word),
 * not a Roman numeral, a word written in capitals for stress ("NOT", "BOTH"), an abbreviation that names no actor
 * ("POW", "ICBM", "GDP"), a course's code ("HIST", as the dates read it) or a war's ("WWI", "HYW").
 */
function unknownAcronym(t: Tokens, i: number, word: (i: number) => string): boolean {
	const f = t.flags[i] ?? 0;
	const n = (t.end[i] ?? 0) - (t.start[i] ?? 0);
	if (!(f & ALL_UPPER) || f & (DIGIT | LOWER) || n < 3 || n > 8 || shouting(t, i)) return false;
	const w = word(i);
	if (!/^[A-Z]+$/.test(w) || ROMAN_NUMERAL.test(w) || /^WW|W$/.test(w) || STRESSED_ENDING.test(w)) return false;
	if (NOT_ACTOR_ACRONYMS.has(w) || STRESSED_WORDS.has(w) || COURSE_CODES.lookup(w) !== undefined) return false;
	// joined to a word by a hyphen or a dot ("ANC-led", "GUIDE.md"): a modifier or a file's name, not a body
	const before = t.text.charCodeAt((t.start[i] ?? 0) - 1);
	const after = t.text.charCodeAt(t.end[i] ?? 0);
	const next = t.text.charCodeAt((t.end[i] ?? 0) + 1);
	return before !== 45 && before !== 46 && after !== 45 && !(after === 46 && isWordChar(next));
}

/** Whether the note also writes a word in small letters: "BAD" beside "bad" is stressed, not an acronym. */
function writtenSmall(text: string, word: string): boolean {
	return namedWord(text, word.toLowerCase()) || definedSmall(text, word);
}

/**
 * Whether the note defines the acronym by words in small letters, their initials its letters, right before it in
 * brackets: "senatus consultum ultimum (SCU)", "gross domestic product (GDP)". A term, not a body's name.
 */
function definedSmall(text: string, acronym: string): boolean {
	const at = text.indexOf(`(${acronym})`);
	if (at < 2) return false;
	let end = at - 1;
	for (let k = acronym.length - 1; k >= 0; k--) {
		// (past spaces and the marks of italics: "*senatus consultum ultimum* (SCU)")
		while (end > 0 && /[ *_]/.test(text.charAt(end - 1))) end--;
		let start = end;
		while (start > 0 && /[a-z-]/.test(text.charAt(start - 1))) start--;
		if (start === end || text.charAt(start).toUpperCase() !== acronym.charAt(k)) return false;
		end = start;
	}
	return true;
}

/** An all-capitals word next to another: a shouted heading ("GIVE PEOPLE NUKES"), not an acronym. */
function shouting(t: Tokens, i: number): boolean {
	const f = t.flags[i] ?? 0;
	if (!(f & ALL_UPPER) || (t.end[i] ?? 0) - (t.start[i] ?? 0) < 2) return false;
	return (bigWord(t, i - 1) && joinBefore(t, i) === " ") || (bigWord(t, i + 1) && joinBefore(t, i + 1) === " ");
}

/** Token k is a word of two capitals or more, no digit (`shouting`; a helper, not a closure made per call). */
function bigWord(t: Tokens, k: number): boolean {
	return k >= 0 && k < t.count && ((t.flags[k] ?? 0) & ALL_UPPER) !== 0 && (t.end[k] ?? 0) - (t.start[k] ?? 0) >= 2 && !((t.flags[k] ?? 0) & DIGIT);
}

/**
 * The first token from i on that is capitalised, holds a digit or may open a form of the gazetteer's written in lower
 * case (as the scan reads a token first); the count when none is.
 */
function nextOpening(t: Tokens, builtin: Lexicon, i: number): number {
	return builtin.nextFolded(t, i, UPPER | DIGIT);
}

/** The list `capitalTokens` fills, kept between calls (up to a limit: a very long note gets its own). */
let capitalList = new Int32Array(1024);
const CAPITALS_KEPT = 1 << 16;

/**
 * The tokens that open with a capital or are written in capitals, in order: the first `count` entries of `list`
 * (about one token in four of a note's), valid until the next call.
 */
function capitalTokens(t: Tokens): { list: Int32Array; count: number } {
	let list = capitalList;
	if (list.length < t.count) {
		list = new Int32Array(Math.max(t.count, 2 * list.length));
		if (list.length <= CAPITALS_KEPT) capitalList = list;
	}
	const flags = t.flags;
	let n = 0;
	for (let k = 0; k < t.count; k++) if (((flags[k] as number) & (UPPER | ALL_UPPER)) !== 0) list[n++] = k;
	return { list, count: n };
}

/** Whether a lower-case token may open a form of the user's or the vault's written in lower case. */
function dynamicMayStartFolded(dynamic: readonly Lexicon[], t: Tokens, i: number): boolean {
	for (const d of dynamic) if (d.mayStartFolded(t, i)) return true;
	return false;
}

/** A list's joint between two names: a comma, "+", "&" or "and", maybe after a short aside in brackets. */
const COORDINATION = /^(?: ?\([^()\n]{1,40}\))?(?:, | \+ | & | and |, and )$/;

/** A list's joint after a name's last letter, before the name that follows it (built on first use: `lazy`). */
const JOINT_BEFORE = lazy(() => new RegExp(String.raw`\p{L}(?:, | \+ | & | and |, and )$`, "u"));

/** Whether the text between two names is a list's joint (`COORDINATION`); read by its length first. */
function coordination(text: string, from: number, to: number): boolean {
	return to - from >= 2 && to - from <= 50 && COORDINATION.test(text.slice(from, to));
}
