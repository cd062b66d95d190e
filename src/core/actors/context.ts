/**
 * Context rules, each a small question about the tokens around a candidate: is this capitalised run an event or
 * a body, does this demonym stand for its state, is this state only a place here.
 */
import {
	ACTION_BEFORE_OF,
	CALENDAR_WORDS,
	COLLECTIVE_NOUNS,
	COMPASS_LETTERS,
	CONTINENTS,
	DIRECTIONS,
	EVENT_HEADS,
	FOREIGN_LEADING_HEADS,
	FOR_ORGANISATION_HEADS,
	FUNCTION_WORDS,
	GROUP_HEADS,
	GROUP_NUMBERS,
	LEADING_ORGANISATION_HEADS,
	LEADING_STATE_HEADS,
	LOCATIVE_PREPS,
	LOWER_BODY_HEADS,
	MOTION_PREPS,
	MOTION_VERBS,
	NOT_POLITY_NAMES,
	NOT_POLITY_OPENERS,
	NUMBERED_GROUP_NOUNS,
	OPENING_EVENT_HEADS,
	ORGANISATION_HEADS,
	PERSON_TITLES,
	PLACE_HEADS,
	POLITICAL_HEADS,
	POLITY_GRANTS,
	POLITY_OBJECT_VERBS,
	STATE_HEADS,
	TERRITORY_RULERS,
	TERRITORY_VERBS,
	VERBS,
	WordSet,
} from "./data/words";
import { emphasisSpacing, isSpace } from "../chars";
import type { NoteMatcher } from "./matcher";
import { GIVEN_NAMES } from "./persons";
import { ALL_UPPER, DIGIT, foldHash, HashBits, joinBefore, LOWER, possessiveAfter, sentenceInitial, UPPER, type Tokens } from "./tokens";

const DETERMINERS = new Set(["The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My", "Your", "Every", "Each", "Some", "Any", "No"]);
const AUXILIARIES = new WordSet(() => ["had", "has", "have", "was", "were", "is", "are", "did", "do", "does", "would", "could", "should", "will", "can", "may", "might", "must", "shall", "also", "still", "then", "now", "never", "only", "soon", "too", "themselves", "alone", "again", "instead"]);

/** Lower-case heads of a group that a listed collective's name before them keeps: "Medici dynasty", "Girondin faction". */
const LISTED_READ_HEADS = new Set(["dynasty", "faction"]);

export interface BodyMatch {
	end: number;
	kind: "organisation" | "group" | "state";
}

/**
 * A capitalised name ending in a body's head: "Frankfurt Parliament", "Continental Army", "Social Democratic
 * Party", "Home Rule movement", or a polity's: "Latin Empire", "Batavian Republic". A demonym before "Army", "Navy"
 * or a polity's head is its state, not a new body ("Spanish Empire" is Spain). A polity's head may also open the
 * name: "Kingdom of Jerusalem", "County of Edessa", "Kingdom of the Two Sicilies".
 */
export function bodyAt(m: NoteMatcher, i: number): BodyMatch | null {
	const t = m.t;
	const first = m.word(i);
	if (LEADING_STATE_HEADS.hasToken(t, i, m.word)) return polityOf(m, i, "state");
	if ((LEADING_ORGANISATION_HEADS.hasToken(t, i, m.word) && i + 1 < t.count && m.word(i + 1) === "of") || m.councilOfBody(i)) return polityOf(m, i, "organisation");
	if (FOR_ORGANISATION_HEADS.hasToken(t, i, m.word) && i + 1 < t.count && m.word(i + 1) === "for") return polityOf(m, i, "organisation");
	// "Partido Comunista de Chile", "Frente Sandinista de Liberación Nacional": the capitalised run, a few words at most
	if (FOREIGN_LEADING_HEADS.hasToken(t, i, m.word)) {
		let end = Math.min(m.runEnd(i), i + 8);
		// not a lower-case word that closes the run: "Liga Nacional de"
		while (end > i + 1 && ((t.flags[end - 1] ?? 0) & UPPER) === 0) end--;
		return end > i + 1 ? { end, kind: "organisation" } : null;
	}
	const numbered = GROUP_NUMBERS.has(first) || first === "Old" || first === "Big" ? numberedGroup(m, i) : null;
	if (numbered) return numbered;
	if (DETERMINERS.has(first) || PERSON_TITLES.has(first) || OPENING_EVENT_HEADS.has(first)) return null;
	const end = Math.min(m.runEnd(i), i + 6);
	let head = -1;
	for (let k = i + 1; k < end; k++) {
		// a number in the run is a date, a count or a unit's own number, no word of this name: "Oct 1894 J 1st Army"
		// (the unit is "1st Army"); but a demonym may open a numbered unit: "German 6th Army"
		if (((t.flags[k] ?? 0) & DIGIT) !== 0 && !(k === i + 1 && m.at(i)?.form.role === "adj")) break;
		const w = m.word(k);
		// a head after "of" belongs to what the name is of: "Articles of Confederation"
		// (nor after an operation's head: "NATO Operation Deliberate Force" is an operation)
		if (w === "the" || m.word(k - 1) === "of" || OPENING_EVENT_HEADS.has(w)) break;
		if (ORGANISATION_HEADS.has(w) || GROUP_HEADS.has(w) || STATE_HEADS.has(w) || m.councilOfBody(k) || m.namedCouncil(k)) head = k;
		// an event's head ends the name unless a body's head follows it: "Liberation Army", "Suez Canal Company"
		else if (EVENT_HEADS.has(w) && !organisationAhead(m, k + 1, end)) break;
	}
	if (head !== -1 && STATE_HEADS.has(m.word(head))) return polityBefore(m, i, head);
	let kind: BodyMatch["kind"] = "organisation";
	if (head === -1) {
		// a lower-case "movement" or "family" after a capitalised name, of capitalised words only; "dynasty" or
		// "faction" after a name no list reads as a collective ("Mahidharapura dynasty", "Zborowski faction"): a
		// listed one is read with the lists' collective ("Medici dynasty" is the House of Medici)
		if (end < t.count && joinBefore(t, end) === " " && GROUP_HEADS.has(m.word(end)) && allCapitalised(t, i, end) && !(LISTED_READ_HEADS.has(m.word(end)) && actorName(m, i))) {
			head = end;
			kind = "group";
			// "Chernigov regiment", "Carnegie commission": a unit's or a commission's lower-case head after a name of
			// no state, people or body ("Greek division" is Greece's)
		} else if (end < t.count && joinBefore(t, end) === " " && LOWER_BODY_HEADS.has(m.word(end)) && allCapitalised(t, i, end) && !actorName(m, i)) head = end;
		else return null;
	} else if (GROUP_HEADS.has(m.word(head))) kind = "group";
	if (kind === "group" && bilateralAlliance(m, i, head)) return null;
	// "In Prussia's Army", "For Party": a capitalised function word opens a sentence, not a name
	if (FUNCTION_WORDS.hasToken(t, i, m.lowerWord) && !m.at(i)) return null;
	// "Strong Navy", "Still Parliament": a sentence's first word before a head is often an ordinary word, not a name
	// (function words are ruled out above, verbs such as "Circumvented Parliament" below).
	if (head === i + 1 && sentenceInitial(t, i) && !m.at(i) && (NOT_POLITY_OPENERS.hasToken(t, i, m.word) || AUXILIARIES.hasToken(t, i, m.lowerWord))) return null;
	for (let k = i; k < head; k++) if (verbLike(m.lowerWord(k)) && !BODY_PARTICIPLES.has(m.lowerWord(k))) return null;
	// "FSLN National Directorate": a listed body's or state's acronym before a body's name is its own actor, the
	// body named by the words after it
	if (head > i + 1 && (t.flags[i] ?? 0) & ALL_UPPER && m.at(i)?.end === i + 1 && m.at(i)?.form.entities[0]?.kind !== "person") return null;
	// A known body that starts later in the run is that body, not a longer new one ("… Against the Catholic Church"),
	// unless a demonym opens the run: "Serb Democratic Party" is no Democratic Party of the lists.
	if (m.at(i)?.form.role !== "adj") for (let k = i + 1; k < head; k++) if (m.at(k)?.end === head + 1) return null;
	const headWord = m.word(head);
	if (head === i + 1 && (headWord === "Army" || headWord === "Navy" || headWord === "Government") && m.at(i)?.form.role === "adj") return null;
	// "Self-Government", "Anti-Government": a compound's second half is no body's head
	if (headWord === "Government" && joinBefore(t, head) === "-") return null;
	// a dynasty's, a clan's or any other head in small letters ends the name: "the Mahidharapura dynasty of Jayavarman
	// VI" names its king after it, "the Mavromichalis clan of the Mani" its land
	if (kind === "group" && ((t.flags[head] ?? 0) & LOWER) !== 0) return { end: head + 1, kind };
	return { end: ofTail(m, head + 1), kind };
}

/**
 * A group named by its size: a number word and persons in the plural ("Nine Saints", "Seven Men of Moidart"), or a
 * number alone after "the", "Old" or "Big" ("the Four Hundred", "Old Three Hundred", "Big Four"), not followed by
 * another capitalised word ("Four Hundred Years").
 */
function numberedGroup(m: NoteMatcher, i: number): BodyMatch | null {
	const t = m.t;
	let k = i;
	const lead = m.word(i) === "Old" || m.word(i) === "Big";
	if (lead) {
		if (!(k + 1 < t.count && joinBefore(t, k + 1) === " " && GROUP_NUMBERS.hasToken(t, k + 1, m.word))) return null;
		k++;
	}
	const next = k + 1 < t.count && joinBefore(t, k + 1) === " " && ((t.flags[k + 1] ?? 0) & UPPER) !== 0;
	if (next && NUMBERED_GROUP_NOUNS.hasToken(t, k + 1, m.word)) {
		const end = k + 2;
		if (end < t.count && joinBefore(t, end) === " " && ((t.flags[end] ?? 0) & UPPER) !== 0) return null;
		return { end: ofTail(m, end), kind: "group" };
	}
	// a number alone: after "Old" or "Big", or after "the" and before "of" a name ("the Sixteen of Paris")
	if (next) return null;
	if (lead) return { end: k + 1, kind: "group" };
	const end = i > 0 && joinBefore(t, i) === " " && isThe(m, i - 1) ? ofTail(m, k + 1) : k + 1;
	return end > k + 1 ? { end, kind: "group" } : null;
}

/**
 * An alliance of two, named by both states' names joined by a hyphen or as "Dual" ("Anglo-Japanese Alliance", "Dual
 * Alliance"), from token i (either half of the compound) to its head: a treaty, not a bloc that acts.
 */
function bilateralAlliance(m: NoteMatcher, i: number, head: number): boolean {
	if (m.word(head) !== "Alliance") return false;
	if (head === i + 1 && m.word(i) === "Dual") return true;
	const a = head - 2;
	return a >= 0 && a >= i - 1 && joinBefore(m.t, a + 1) === "-" && m.at(a) !== null && m.at(a + 1) !== null;
}

/** Whether an organisation's head stands from token k on, before `end` and any number: "Canal Users' Association". */
function organisationAhead(m: NoteMatcher, k: number, end: number): boolean {
	for (let j = k; j < end && ((m.t.flags[j] ?? 0) & DIGIT) === 0; j++) if (ORGANISATION_HEADS.has(m.word(j))) return true;
	return false;
}

/** Whether a state's, a people's, a group's or a body's name or demonym opens at token i. */
function actorName(m: NoteMatcher, i: number): boolean {
	const found = m.at(i);
	const kind = found?.form.entities[0]?.kind;
	return found !== null && (found.form.role === "adj" || kind === "state" || kind === "people" || kind === "group" || kind === "organisation");
}

/**
 * The end of a body's name that goes on after its head with "of" and capitalised words of the same run: "Washington
 * Commission of Neutrals", "Council of Elders" (not a date or a listed state: "Commission of 1929").
 */
function ofTail(m: NoteMatcher, k: number): number {
	const t = m.t;
	if (k + 1 >= t.count || m.word(k) !== "of" || joinBefore(t, k) !== " " || joinBefore(t, k + 1) !== " ") return k;
	let j = k + 1;
	if (isThe(m, j) && j + 1 < t.count && joinBefore(t, j + 1) === " ") j++;
	// not a state ("Army of France"), a person or a given name ("Party of John Redmond"), a month ("of November")
	const kind = m.at(j)?.form.entities[0]?.kind;
	// (nor an acronym's body: "Military Council of the IRB" is the council, named by its own words)
	if (((t.flags[j] ?? 0) & (UPPER | DIGIT | ALL_UPPER)) !== UPPER || kind === "state" || kind === "person" || CALENDAR_WORDS.hasToken(t, j, m.word) || GIVEN_NAMES.hasToken(t, j, m.word)) return k;
	let end = j + 1;
	while (end < t.count && end < j + 3 && joinBefore(t, end) === " " && ((t.flags[end] ?? 0) & (UPPER | DIGIT)) === UPPER) end++;
	return end;
}

/**
 * "Kingdom of Jerusalem", "Army of Flanders": a polity's or a body's head, "of", then a capitalised name (to the end
 * of the capitalised run).
 */
function polityOf(m: NoteMatcher, i: number, kind: "state" | "organisation"): BodyMatch | null {
	const t = m.t;
	let k = i + 1;
	// "Grand Duchy of Warsaw"
	if (m.word(i) === "Grand") {
		if (!LEADING_STATE_HEADS.hasToken(t, k, m.word) || joinBefore(t, k) !== " ") return null;
		k++;
	}
	// (an organisation's name may go on with "for": "Society for German Colonization")
	const purpose = kind === "organisation" && m.word(k) === "for";
	if (k + 1 >= t.count || !(m.word(k) === "of" || purpose) || joinBefore(t, k) !== " " || joinBefore(t, k + 1) !== " ") return null;
	let name = k + 1;
	if (m.word(name) === "the" && name + 1 < t.count && joinBefore(t, name + 1) === " ") name++;
	if (!((t.flags[name] ?? 0) & UPPER) || NOT_POLITY_NAMES.hasToken(t, name, m.word) || m.at(name)?.form.entities[0]?.kind === "person") return null;
	// what a body is for is named by words of every kind, events' heads and "of" among them: "League for the
	// Independence of Vietnam", "Front for the Liberation of Mozambique"; never a year
	if (purpose) {
		let to = Math.min(m.runEnd(name), name + 5);
		for (let j = name; j < to; j++) if (((t.flags[j] ?? 0) & DIGIT) !== 0) to = j;
		while (to > name && ((t.flags[to - 1] ?? 0) & UPPER) === 0) to--;
		return to > name ? { end: to, kind } : null;
	}
	// the name runs to the end of its capitalised run, a few words at most, and never into an event's name
	const end = Math.min(m.runEnd(name), name + 4);
	// (nor a year after it: "Commission of National Education 1773")
	for (let j = name; j < end; j++) if (EVENT_HEADS.hasToken(t, j, m.word) || m.word(j) === "of" || ((t.flags[j] ?? 0) & DIGIT) !== 0) return j > name ? { end: j, kind } : null;
	return { end, kind };
}

/** "Latin Empire", "Seljuk Sultanate": words then a polity's head, not an era or a figure of speech. */
function polityBefore(m: NoteMatcher, i: number, head: number): BodyMatch | null {
	const t = m.t;
	if (NOT_POLITY_OPENERS.hasToken(t, i, m.word)) return null;
	// "Spanish Empire", "British Kingdom": the demonym's state
	if (head === i + 1 && m.at(i)?.form.role === "adj") return null;
	for (let k = i; k < head; k++) if (m.word(k) === "of" || m.word(k) === "the" || verbLike(m.lowerWord(k))) return null;
	return { end: head + 1, kind: "state" };
}

/**
 * Whether a word (in lower case) reads as a verb, so that it opens no name: a listed verb, or a form in -ed or -ing
 * ("Circumvented Parliament"); "United" and "Uniting" are names' words ("United Provinces").
 */
function verbLike(w: string): boolean {
	return VERBS.has(w) || (w.length > 5 && (w.endsWith("ed") || w.endsWith("ing")) && !w.startsWith("unit"));
}

/** Participles in bodies' names, not verbs there: "Velmar United Army", "Combined Fleet", "Allied Supreme Council". */
const BODY_PARTICIPLES = new Set(["united", "combined", "allied", "armed", "reformed", "federated", "associated", "confederated", "consolidated", "unified", "organised", "organized", "incorporated"]);

/** Whether tokens from..to-1 are all capitalised words (no number, no connector). */
function allCapitalised(t: Tokens, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (((t.flags[k] ?? 0) & (UPPER | DIGIT)) !== UPPER) return false;
	return true;
}

export type AdjectiveUse = { use: "state" } | { use: "group" | "people"; end: number } | { use: "none" };

/** Prepositions after which a demonym that opens its sentence is its state present somewhere. */
const PRESENCE_PREPS = new WordSet("in at");

/** The answers of `adjectiveUse` that carry nothing else, made once (callers only read them). */
const STATE_USE: AdjectiveUse = { use: "state" };
const NO_USE: AdjectiveUse = { use: "none" };

/**
 * Whether an adjective demonym ending at token `last` stands for its state: "French believed", "British policy",
 * "the British.", "Soviet-Japanese border clashes"; not "German race", "German monk", "Another man, French,".
 * A demonym before a collective noun makes a group instead: "American financiers", "German Calvinists".
 */
export function adjectiveUse(m: NoteMatcher, first: number, last: number): AdjectiveUse {
	const t = m.t;
	const theBefore = first > 0 && spacesBetween(t, first - 1, first) && isThe(m, first - 1);
	// The second half of a compound: "Soviet-Japanese", "Franco-German".
	if (first > 0 && joinBefore(t, first) === "-" && (t.flags[first - 1] ?? 0) & UPPER) {
		const before = m.at(first - 1);
		if (before && before.end === first && before.form.entities[0]?.kind === "state") return STATE_USE;
	}
	const next = last + 1;
	// a coordination of demonyms: the noun after the last one decides for all of them ("a British, French, Dutch and
	// American squadron", "British and American gunboats"); before a collective, each but the last is its people
	// ("Gujarati, Arab, Malay, Chinese merchants")
	const other = coordinatedDemonym(m, last);
	if (other) {
		const use = adjectiveUse(m, other.first, other.last);
		if (use.use === "group" || (use.use === "people" && use.end === other.last + 1)) return { use: "people", end: next };
		return use.use === "state" ? use : NO_USE;
	}
	// beside a people's plural, a noun too: "Japanese and Americans at Vladivostok"; and after one, when no word of
	// its own follows: "Pisans and Genoese", "(Pisans, Genoese, Venetians)"
	if (pluralPartner(m, last) || (pluralBefore(m, first) && !wordAfter(t, last))) return STATE_USE;
	if (next < t.count) {
		// one space, the usual gap, is known without cutting it
		const space = (t.start[next] ?? 0) - (t.end[last] ?? 0) === 1 && t.text.charCodeAt(t.end[last] ?? 0) === 32;
		const gap = space ? " " : gapBetween(t, last, next);
		const w = m.word(next);
		const f = t.flags[next] ?? 0;
		if (gap === "-" || gap === "–") {
			if (f & UPPER && m.at(next)?.form.entities[0]?.kind === "state") return STATE_USE;
			// "Soviet-backed", "German-occupied"
			if (f & LOWER && w.endsWith("ed")) return STATE_USE;
			return NO_USE;
		}
		// The demonym's own word group: spaces and emphasis markers only ("Nazi *coup*").
		if (space || emphasisSpacing(t.text, t.end[last] ?? 0, t.start[next] ?? 0)) {
			if (f & LOWER) {
				if (COLLECTIVE_NOUNS.hasToken(t, next, m.word)) return { use: "group", end: next + 1 };
				if (POLITICAL_HEADS.hasToken(t, next, m.word)) return STATE_USE;
				if (VERBS.hasToken(t, next, m.word) || (w.length > 4 && w.endsWith("ed"))) return STATE_USE;
				if (AUXILIARIES.hasToken(t, next, m.word)) return STATE_USE;
				// "the French against", "the British under Kitchener": the people of the state, led or acting
				if (theBefore && (FUNCTION_WORDS.hasToken(t, next, m.word) || m.is(next, "under"))) return STATE_USE;
				// "Dutch in Asia from 1595", "British at Suez": a sentence that opens on the demonym, or on a list of
				// them ("British and French at Archangel"), and a place
				if (PRESENCE_PREPS.hasToken(t, next, m.word) && sentenceInitial(t, demonymListStart(m, first))) return STATE_USE;
				return NO_USE;
			}
			if (f & UPPER) {
				if (PERSON_TITLES.hasToken(t, next, m.word)) return STATE_USE;
				const after = m.at(next);
				const e = after?.form.entities[0];
				if (after && after.end === next + 1 && e && e.kind === "group" && after.form.role === "plural") return { use: "group", end: next + 1 };
				// a people within a people or a state: "Bosnian Serbs", "Greek Cypriots", "Sudeten Germans"
				if (after && after.end === next + 1 && e && (e.kind === "people" || e.kind === "state") && after.form.role === "plural" && !(next + 1 < t.count && joinBefore(t, next + 1) === " " && (t.flags[next + 1] ?? 0) & UPPER)) return { use: "people", end: next + 1 };
				if (w === "Army" || w === "Navy" || w === "Empire" || w === "Government") return STATE_USE;
				return theBefore && AUXILIARIES.hasToken(t, next, m.lowerWord) ? STATE_USE : NO_USE;
			}
			// "from the Dutch 1661–62": a demonym used as a noun before a year
			return theBefore && (f & DIGIT) !== 0 ? STATE_USE : NO_USE;
		}
		// "the British." / "the French, …": a demonym used as a noun, standing alone.
		return theBefore ? STATE_USE : NO_USE;
	}
	return theBefore ? STATE_USE : NO_USE;
}

/**
 * The next adjective demonym of a coordination after the one ending at token `last` (", French", " and American",
 * ", and Dutch"), as its first and last tokens; null when none follows.
 */
function coordinatedDemonym(m: NoteMatcher, last: number): { first: number; last: number } | null {
	const t = m.t;
	let k = last + 1;
	if (k >= t.count) return null;
	const comma = t.text.charCodeAt(t.end[last] ?? 0) === 44;
	const gap = (t.start[k] ?? 0) - (t.end[last] ?? 0);
	// (or a sign: "Soviet + Cuban advisers", "British & Dutch mediators")
	const sign = gap === 3 && / [+&] /.test(gapBetween(t, last, k));
	if (!(comma ? gap === 2 : gap === 1) && !sign) return null;
	if (!sign && (t.flags[k] ?? 0) & LOWER) {
		const w = m.word(k);
		if (w !== "and" && w !== "or") return null;
		k++;
		if (k >= t.count || (t.start[k] ?? 0) - (t.end[k - 1] ?? 0) !== 1) return null;
	} else if (!comma && !sign) return null;
	if (((t.flags[k] ?? 0) & UPPER) === 0) return null;
	const found = m.at(k);
	return found && found.form.role === "adj" ? { first: k, last: found.end - 1 } : null;
}

/**
 * Whether "and" (or "or") and a state's or a people's plural follow the demonym ending at token `last`, one space
 * apart, with no capitalised word after the plural: "Japanese and Americans", not "French and Germans Unite".
 */
function pluralPartner(m: NoteMatcher, last: number): boolean {
	const t = m.t;
	const k = last + 2;
	// (the tokenizer's joins: one space between two tokens is `joinBefore(t, k) === " "`, read without cutting the text)
	if (k >= t.count || joinBefore(t, last + 1) !== " " || joinBefore(t, k) !== " " || !(m.is(last + 1, "and") || m.is(last + 1, "or"))) return false;
	const found = m.at(k);
	const e = found?.form.entities[0];
	if (!found || found.form.role !== "plural" || found.end !== k + 1 || !e || (e.kind !== "state" && e.kind !== "people")) return false;
	return !(joinBefore(t, k + 1) === " " && ((t.flags[k + 1] ?? 0) & UPPER) !== 0);
}

/**
 * Whether a state's or a people's plural stands before the demonym opening at token `first`, after "and" or "or" or
 * a comma: "Pisans and Genoese", "Venetians, Genoese".
 */
function pluralBefore(m: NoteMatcher, first: number): boolean {
	const t = m.t;
	let k = first - 1;
	if (k < 1) return false;
	if (joinBefore(t, first) === " " && (m.is(k, "and") || m.is(k, "or"))) {
		if (joinBefore(t, k) !== " ") return false;
		k--;
	} else if (gapBetween(t, k, first) !== ", ") return false;
	const found = m.at(k);
	const e = found?.form.entities[0];
	return !!found && found.form.role === "plural" && found.end === k + 1 && !!e && (e.kind === "state" || e.kind === "people");
}

/** Whether a word follows token `last` in its own word group, one space after it. */
function wordAfter(t: Tokens, last: number): boolean {
	return last + 1 < t.count && joinBefore(t, last + 1) === " " && ((t.flags[last + 1] ?? 0) & (UPPER | LOWER)) !== 0;
}

/**
 * The first token of the list of demonyms that token `first`, a demonym, ends: "British" for "French" in "British
 * and French", over commas, "and", "or", "+" and "&"; `first` itself when no demonym stands before it so.
 */
function demonymListStart(m: NoteMatcher, first: number): number {
	const t = m.t;
	let k = first;
	for (let items = 0; items < 6 && k > 0; items++) {
		let j = k - 1;
		if (joinBefore(t, k) === " " && (m.is(j, "and") || m.is(j, "or"))) {
			if (j === 0 || (joinBefore(t, j) !== " " && gapBetween(t, j - 1, j) !== ", ")) break;
			j--;
		} else {
			const gap = gapBetween(t, j, k);
			if (gap !== ", " && gap !== " + " && gap !== " & ") break;
		}
		const found = m.at(j);
		if (!found || found.form.role !== "adj" || found.end !== j + 1) break;
		k = j;
	}
	return k;
}

function gapBetween(t: Tokens, a: number, b: number): string {
	return t.text.slice(t.end[a] ?? 0, t.start[b] ?? 0);
}

/** Whether only white space (at least one character of it) stands between tokens a and b. */
function spacesBetween(t: Tokens, a: number, b: number): boolean {
	const from = t.end[a] ?? 0;
	const to = t.start[b] ?? 0;
	if (to <= from) return false;
	for (let k = from; k < to; k++) if (!isSpace(t.text.charCodeAt(k))) return false;
	return true;
}

const THE_HASH = foldHash("the");
const TO_HASH = foldHash("to");
const OF_HASH = foldHash("of");

/** Whether token i is "the" or "The" (its hash first, then its text). */
export function isThe(m: NoteMatcher, i: number): boolean {
	if (m.t.hash[i] !== THE_HASH) return false;
	// compared in place: most "the"s are read by no other rule, so their text need not be cut
	return m.is(i, "the") || m.is(i, "The");
}

/**
 * Whether a state's name at tokens first..last is used only as a place: "in Russia", "throughout Germany",
 * "fled to France", "emperor of Germany", "Northern France". Not: "Russia's", "against Britain", "invasion of
 * Poland", a subject.
 */
export function isLocative(m: NoteMatcher, first: number, last: number): boolean {
	const t = m.t;
	if (possessiveAfter(t, last)) return false;
	let p = first - 1;
	if (p < 0) return false;
	if (joinBefore(t, first) === " " && (t.flags[p] ?? 0) & UPPER && DIRECTIONS.hasToken(t, p, m.word)) return true;
	if (townGloss(m, first, last)) return true;
	if (!spacesBetween(t, p, first)) return false;
	// "S Thailand", "N Italy": a compass point's letter makes the name a region's
	if ((t.end[p] ?? 0) - (t.start[p] ?? 0) === 1 && COMPASS_LETTERS.hasToken(t, p, m.word)) return true;
	// "in southern France": a lower-case direction between the preposition and the name
	if (p > 0 && spacesBetween(t, p - 1, p) && ((t.flags[p] ?? 0) & LOWER) !== 0 && DIRECTIONS.hasToken(t, p, m.capitalisedWord)) p--;
	if (p > 0 && spacesBetween(t, p - 1, p) && m.is(p, "the")) p--;
	// "found allies in Sweden", "intervened in Hungary": the state there is an actor
	if (LOCATIVE_PREPS.hasToken(t, p, m.lowerWord)) return !(m.is(p, "in") && p > 0 && spacesBetween(t, p - 1, p) && ACTOR_BEFORE_IN.has(m.lowerWord(p - 1)));
	// "leaves for France", "sailed for England": after a verb of departure "for" names where to
	if (m.is(p, "for")) return p > 0 && spacesBetween(t, p - 1, p) && DEPARTURE_VERBS.has(m.lowerWord(p - 1));
	if (MOTION_PREPS.hasToken(t, p, m.lowerWord)) {
		for (let k = p - 1; k >= 0 && k >= p - 3; k--) {
			if (/[.;:\n]/.test(gapBetween(t, k, k + 1))) break;
			if (MOTION_VERBS.hasToken(t, k, m.lowerWord)) return true;
		}
		return false;
	}
	// (its hash first: the word is lower-cased only when it may be "of")
	if (m.t.hash[p] === OF_HASH && m.lowerWord(p) === "of") return !(p > 0 && ACTION_BEFORE_OF.hasToken(t, p - 1, m.lowerWord));
	return false;
}

/**
 * Whether a locative preposition and a capitalised name follow the name that ends before token end: "Britain in Egypt
 * and France in Morocco". Such a name is a list's next actor, placed by its own preposition, not a place in the list
 * before it.
 */
export function placedAfter(m: NoteMatcher, end: number): boolean {
	const t = m.t;
	return end + 1 < t.count && ((t.flags[end + 1] ?? 0) & UPPER) !== 0 && LOCATIVE_PREPS.hasToken(t, end, m.lowerWord);
}

/** The most items a list of places is walked back over, in `placeListedBefore`. */
const PLACE_LIST_ITEMS = 4;

/**
 * Whether the state at token i closes a list of capitalised names that a locative preposition opens: "collectivise in
 * Catalonia and Aragon", "risings in Naples, Sicily and Milan". The state before it in the list is read by the scan
 * itself (`lastState`); this reads names no list holds as a state, the regions and towns. Not a list after "between"
 * or "against" ("war between Austria and Prussia"), which no locative opens.
 */
export function placeListedBefore(m: NoteMatcher, i: number, end: number): boolean {
	const t = m.t;
	if (placedAfter(m, end)) return false;
	let k = i;
	for (let items = 0; items < PLACE_LIST_ITEMS; items++) {
		// the joint: ", ", " & ", " / ", " and ", " or ", ", and "
		let q = k - 1;
		if (q < 0) return false;
		if (m.is(q, "and") || m.is(q, "or")) {
			if (!spacesBetween(t, q, k)) return false;
			q--;
			if (q < 0 || !(spacesBetween(t, q, q + 1) || listJoint(t.text, t.end[q] ?? 0, t.start[q + 1] ?? 0))) return false;
		} else if (spacesBetween(t, q, k) || !listJoint(t.text, t.end[q] ?? 0, t.start[k] ?? 0)) {
			return false;
		}
		// the item before: a capitalised run of up to three words
		if (((t.flags[q] ?? 0) & UPPER) === 0) return false;
		let first = q;
		while (first > 0 && q - first < 2 && joinBefore(t, first) === " " && ((t.flags[first - 1] ?? 0) & UPPER) !== 0) first--;
		// a name "of" a place is no place of a list ("Nawabs of Bhopal and Kingdom of Patiala"), and a bare comma after
		// the list's first item joins a town and its country ("in Frankfurt, Germany")
		const opener = first > 0 && isThe(m, first - 1) ? first - 2 : first - 1;
		if (opener >= 0 && m.is(opener, "of")) return false;
		// (not a list's third item: "in Constantinople, Smyrna, Cyprus")
		if (items === 0 && t.text.slice(t.end[q] ?? 0, t.start[k] ?? 0) === ", " && !jointAfterName(m, end) && !itemBefore(m, first)) return false;
		if (isLocative(m, first, q)) return true;
		k = first;
	}
	return false;
}

/** Whether a list's comma and a capitalised name stand before token k ("Constantinople, " before "Smyrna"). */
function itemBefore(m: NoteMatcher, k: number): boolean {
	const t = m.t;
	return k > 1 && ((t.flags[k - 1] ?? 0) & UPPER) !== 0 && t.text.slice(t.end[k - 1] ?? 0, t.start[k] ?? 0) === ", ";
}

/** Whether a list's joint and a capitalised name follow the name that ends before token end ("Germany and Italy", "Cyprus and the Hellespont"). */
function jointAfterName(m: NoteMatcher, end: number): boolean {
	const t = m.t;
	if (end >= t.count) return false;
	if (m.is(end, "and") || m.is(end, "or")) {
		// (and its "the": "Caria, Cyprus and the Hellespont")
		const next = end + 2 < t.count && isThe(m, end + 1) ? end + 2 : end + 1;
		return spacesBetween(t, end - 1, end) && next < t.count && ((t.flags[next] ?? 0) & UPPER) !== 0;
	}
	return ((t.flags[end] ?? 0) & UPPER) !== 0 && !spacesBetween(t, end - 1, end) && listJoint(t.text, t.end[end - 1] ?? 0, t.start[end] ?? 0);
}

/**
 * Whether the state at tokens first..last fills a bracket after a town's one-word name, telling where the town lies:
 * "Fougères (Brittany)", "Najaf (Iraq)", "Temasek (= Singapore)". Not after a name the lists hold or a given name
 * ("Orlando (Italy)", "Louis XIV (France)"): a person's bracket names the state he stands for.
 */
function townGloss(m: NoteMatcher, first: number, last: number): boolean {
	const t = m.t;
	const open = t.start[first] ?? 0;
	let at = open - 1;
	if (t.text.charCodeAt(at) === 32 && t.text.charCodeAt(at - 1) === 61) at -= 2;
	if (t.text.charCodeAt(at) !== 40 || t.text.charCodeAt(t.end[last] ?? 0) !== 41) return false;
	const p = first - 1;
	if (((t.flags[p] ?? 0) & (UPPER | ALL_UPPER | DIGIT)) !== UPPER || (t.end[p] ?? 0) !== at - 1 || t.text.charCodeAt(at - 1) !== 32) return false;
	// one word: no capitalised word joined before it
	if (p > 0 && joinBefore(t, p) !== "" && ((t.flags[p - 1] ?? 0) & (UPPER | DIGIT)) !== 0) return false;
	return !m.at(p) && !GIVEN_NAMES.hasToken(t, p, m.word);
}

/**
 * Whether the capitalised name at tokens i..end-1 is the object of a verb or noun of political action ("annexed
 * Manchuria", "remilitarised the Rhineland", "the partition of Bengal", "Bengal partitioned in 1905", "autonomy for
 * Catalonia"): then it names a polity, not a place. A continent never is.
 */
export function politicalObject(m: NoteMatcher, i: number, end: number): boolean {
	const t = m.t;
	if (CONTINENTS.hasToken(t, i, m.word)) return false;
	// a river or a range that places land: "all land east of the Mississippi … to GB"
	if (i >= 3 && isThe(m, i - 1) && m.is(i - 2, "of") && COMPASS_WORDS.has(m.lowerWord(i - 3))) return false;
	// after the name, a passive: "Bengal partitioned 1905", "Austria annexed by Germany"
	if (end < t.count && joinBefore(t, end) === " " && ((t.flags[end] ?? 0) & LOWER) !== 0 && POLITY_OBJECT_VERBS.hasToken(t, end, m.word) && m.word(end).endsWith("ed")) return true;
	// "Rhineland + Westphalia to Prussia", "Alsace and most of Lorraine go to the Reich": handed over to a state
	if (handedTo(m, i, end) || listedAfterGain(m, i)) return true;
	// "Cochin's raja", "Multan's Ismaili ruler": a territory with a ruler of its own
	if (possessiveAfter(t, end - 1) && rulerAfter(m, end + 1)) return true;
	let k = i - 1;
	if (k < 0 || joinBefore(t, i) !== " ") return false;
	if (isThe(m, k)) {
		if (k === 0 || joinBefore(t, k) !== " ") return false;
		k--;
	}
	if (m.is(k, "of") && k > 0 && joinBefore(t, k) === " ") k--;
	// "autonomy for Catalonia", "independence for Kenya"
	else if (m.is(k, "for") && k > 0 && spacesBetween(t, k - 1, k)) return POLITY_GRANTS.hasToken(t, k - 1, m.lowerWord);
	return POLITY_OBJECT_VERBS.hasToken(t, k, m.lowerWord) || (TERRITORY_VERBS.hasToken(t, k, m.lowerWord) && stateBefore(m, k));
}

/**
 * Whether the name at token i ends a list of capitalised names right after a verb of gain or loss ("gets
 * Gibraltar, Minorca, Newfoundland", "keeps Guadeloupe and Martinique", "Estonia + Livonia"): walked back over the
 * list's names and joints, in one clause.
 */
function listedAfterGain(m: NoteMatcher, i: number): boolean {
	const t = m.t;
	let names = 0;
	for (let k = i - 1, steps = 0; k >= 0 && steps < 12; k--, steps++) {
		const f = t.flags[k] ?? 0;
		// (a hyphen inside a double name: "Bremen-Verden")
		if (!listGap(t, k, k + 1) && !(joinBefore(t, k + 1) === "-" && (f & UPPER) !== 0)) return false;
		if ((f & UPPER) !== 0) {
			names++;
			continue;
		}
		if ((f & LOWER) === 0) return false;
		const w = m.word(k);
		if (w === "and" || w === "the") continue;
		return names > 0 && TERRITORY_VERBS.hasToken(t, k, m.lowerWord) && stateBefore(m, k);
	}
	return false;
}

/** Whether a ruler's title (TERRITORY_RULERS) stands at token k or one or two words after it, in one word group. */
function rulerAfter(m: NoteMatcher, k: number): boolean {
	const t = m.t;
	for (let j = k; j < t.count && j < k + 3; j++) {
		if (joinBefore(t, j) !== " ") return false;
		if (TERRITORY_RULERS.hasToken(t, j, m.lowerWord)) return true;
	}
	return false;
}

/**
 * Whether a state the lists hold, by its name or its people ("Russia", "the Dutch", "Russians"), ends right before
 * token k, one space before it: the subject of a verb of gain ("Russia gets", not "Robert gets").
 */
function stateBefore(m: NoteMatcher, k: number): boolean {
	const t = m.t;
	if (k === 0 || joinBefore(t, k) !== " ") return false;
	for (let s = k - 1; s >= 0 && s >= k - 4; s--) {
		if (((t.flags[s] ?? 0) & UPPER) === 0) return false;
		const found = m.at(s);
		if (found && found.end === k) return found.form.entities[0]?.kind === "state";
		if (s > 0 && joinBefore(t, s) !== " " && joinBefore(t, s) !== "-") return false;
	}
	return false;
}

/**
 * Whether a territory at tokens i..end-1 is handed over to a state: a list of territories may follow (", ", " + ",
 * " and ", "most of", "part of"), then maybe a verb of passing ("go", "passed", "ceded", "given", "returned"), then
 * "to", maybe "the", and a state's name. Not after "from" or "via", where a journey starts.
 */
function handedTo(m: NoteMatcher, i: number, end: number): boolean {
	const t = m.t;
	// the walk below ends at once on a lower-case word after the name that is no word of a list: most names have one
	if (end < t.count && ((t.flags[end] ?? 0) & (LOWER | DIGIT)) === LOWER && !HANDED_WORDS.has(t.hash[end] ?? 0)) return false;
	// most names have no "to" a few words after them: found by the tokens' hashes before any word is read
	let toAhead = false;
	for (let k = end; k < t.count && k < end + 12 && !toAhead; k++) toAhead = t.hash[k] === TO_HASH;
	if (!toAhead) return false;
	// a place's name of its own, inside a sentence: not "Go to", "Links to", or a head ("Red Sea")
	for (let k = i; k < end; k++) if (PLACE_HEADS.hasToken(t, k, m.word)) return false;
	if (sentenceInitial(t, i) && !m.at(i)) return false;
	// nor a verb's form in a title ("Gone to Texas")
	if (PASSING_VERBS.has(m.lowerWord(i)) || VERBS.hasToken(t, i, m.lowerWord)) return false;
	// nor the start of a route: "from Elba to France", "from the Canaries to Morocco"
	const before = i > 1 && isThe(m, i - 1) && joinBefore(t, i - 1) === " " ? i - 2 : i - 1;
	if (before >= 0 && joinBefore(t, before + 1) === " " && (m.is(before, "from") || m.is(before, "via"))) return false;
	// nor whom or what a verb sends there: "sends Duarte Fernandes to Ayutthaya", "exiled Napoleon to Elba"
	// (read from the first word of the name the token opens or ends: "Fernandes" after "Duarte")
	let first = i;
	while (first > 0 && first > i - 3 && joinBefore(t, first) === " " && ((t.flags[first - 1] ?? 0) & UPPER) !== 0) first--;
	if (first > 0 && joinBefore(t, first) === " " && SENDING_VERBS.has(m.lowerWord(first - 1))) return false;
	let k = end;
	for (let steps = 0; k < t.count && steps < 12; steps++) {
		// the words of one list, in one clause: spaces, commas, "+", "&"
		if (!listGap(t, k - 1, k)) return false;
		const f = t.flags[k] ?? 0;
		const w = m.word(k);
		if (w === "to") {
			let s2 = k + 1;
			if (s2 < t.count && isThe(m, s2)) s2++;
			if (s2 >= t.count || joinBefore(t, s2) !== " ") return false;
			// a state by its name, not a demonym ("Resistance to American Colonialism")
			const found = m.at(s2);
			return found?.form.role === "name" && found.form.entities[0]?.kind === "state";
		}
		if (((f & UPPER) !== 0 && !PLACE_HEADS.hasToken(t, k, m.word)) || (f & DIGIT) !== 0 || LIST_WORDS.has(w) || PASSING_VERBS.has(w)) {
			k++;
			continue;
		}
		return false;
	}
	return false;
}

/** Verbs of departure before "for", which then names where to: "leaves for France", "sailed for England". */
const DEPARTURE_VERBS = new Set(["leave", "leaves", "leaving", "left", "sail", "sails", "sailed", "sailing", "depart", "departs", "departed", "embark", "embarks", "embarked", "headed", "heads", "bound"]);

/** Words before "in" that make the state after it an actor: "found allies in Sweden", "intervened in Hungary". */
const ACTOR_BEFORE_IN = new Set(["allies", "ally", "intervention", "interventions", "intervene", "intervenes", "intervened", "intervening", "coup"]);

/**
 * Whether the gap between tokens a and b is one inside a list of territories: one to four spaces, commas, "+" or "&",
 * and a percent sign ("40% of Saxony"); read by character, not cut.
 */
function listGap(t: Tokens, a: number, b: number): boolean {
	const from = t.end[a] ?? 0;
	const to = t.start[b] ?? 0;
	if (to - from < 1 || to - from > 4) return false;
	for (let k = from; k < to; k++) {
		const c = t.text.charCodeAt(k);
		if (c !== 32 && c !== 44 && c !== 43 && c !== 38 && c !== 37) return false;
	}
	return true;
}

/** The small words inside a list of territories: "Alsace and most of Lorraine", "part of Saxony", "c. 40% of". */
const LIST_WORDS = new Set(["and", "of", "most", "part", "parts", "all", "c"]);

/** Verbs by which a territory passes to a state: "go to", "passed to", "ceded to", "handed to". */
const PASSING_VERBS = new Set(["go", "goes", "went", "gone", "pass", "passes", "passed", "ceded", "cedes", "given", "handed", "transferred", "returned", "restored", "assigned", "awarded", "sold", "fall", "falls", "fell"]);

/** Verbs whose object is sent somewhere, not handed over: the name after one goes "to" a place as a person or a force. */
const SENDING_VERBS = new Set(["send", "sends", "sent", "sending", "dispatch", "dispatches", "dispatched", "exile", "exiles", "exiled", "deport", "deports", "deported", "banish", "banishes", "banished", "summon", "summons", "summoned", "invite", "invites", "invited", "escort", "escorts", "escorted", "accompany", "accompanies", "accompanied", "follow", "follows", "followed"]);

/** The hashes of the lower-case words the walk of `handedTo` reads on: "to", the words of a list, the verbs of passing. */
const HANDED_WORDS = HashBits.of(() => ["to", ...LIST_WORDS, ...PASSING_VERBS]);

/** Whether the words between two mentions are only a list's joints (", ", " and ", " & "). */
export function listJoint(text: string, from: number, to: number): boolean {
	if (to - from > 12) return false;
	// an ASCII character no joint holds rules it out before the text is cut
	for (let k = from, end = Math.min(to, text.length); k < end; k++) if (!jointChar(text.charCodeAt(k))) return false;
	return /^(?:\s*(?:,|&|\/|\band\b|\bor\b)\s*)+$/.test(text.slice(from, to));
}

/**
 * Whether a character may stand in a list's joint (`listJoint`): a space, ",", "&", "/", a letter of "and" or "or",
 * or any other than ASCII (read by the expression).
 */
function jointChar(c: number): boolean {
	return c > 127 || c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 38 || c === 47 || c === 97 || c === 110 || c === 100 || c === 111 || c === 114;
}

/** The compass's words before "of the" and a river's or a range's name: "east of the Mississippi". */
const COMPASS_WORDS = new Set(["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"]);
