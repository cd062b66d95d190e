/**
 * Person names by pattern, for the people no list can hold: a title and a name ("Queen Mary", "Sir Francis
 * Walsingham"), a name and a regnal numeral ("Louis XIII", "Henry III of Navarre", "Gustavus II Adolphus"), a given
 * name and a surname with particles ("Otto von Guericke", "Heinrich Kramer"), an epithet ("Peter the Great").
 */
import { GIVEN_NAMES as GIVEN_NAMES_TEXT } from "./data/persons";
import { CALENDAR_WORDS, EVENT_HEADS, NOT_SURNAMES, NUMBERED_NOUNS, ORGANISATION_HEADS, PARTICLES, PERSON_TITLES, ROMAN_NUMERALS, VERBS } from "./data/words";
import type { Form, Lexicon, NotePeriod } from "./lexicon";
import { ALL_UPPER, DIGIT, joinBefore, tokenText, UPPER, type Tokens } from "./tokens";

export const GIVEN_NAMES = new Set(GIVEN_NAMES_TEXT.split(/\s+/).filter(Boolean));

export interface PersonMatch {
	/** Token index after the match. */
	end: number;
	/** Character range of the mention (the title is left out unless the name alone would be a bare given name). */
	from: number;
	to: number;
	/** Canonical name: a known person's, else the name as written. */
	name: string;
	/** Tokens of the name proper (no title), for surname and given-name look-ups later in the note. */
	nameFrom: number;
	nameTo: number;
	regnal: boolean;
	titled: boolean;
	/** A single given name after a title ("Queen Mary"): its own name is ambiguous. */
	bareGiven: boolean;
}

const isCap = (t: Tokens, i: number): boolean => i < t.count && ((t.flags[i] ?? 0) & (UPPER | DIGIT)) === UPPER;

/** A token that can stand in a name: capitalised, not a function word, month, event head or institution. */
function nameWord(t: Tokens, i: number, w: string): boolean {
	if (!isCap(t, i)) return false;
	const f = t.flags[i] ?? 0;
	if (f & ALL_UPPER && w.length > 1) return false;
	return !NOT_SURNAMES.has(w) && !EVENT_HEADS.has(w) && !ORGANISATION_HEADS.has(w) && !CALENDAR_WORDS.has(w) && !PERSON_TITLES.has(w);
}

/** Whether the text at token i is a state, people or group name of the gazetteer (not a person). */
function collectiveAt(lex: Lexicon, t: Tokens, i: number, w: string, period: NotePeriod | null): boolean {
	const m = lex.match(t, i, w, period, false);
	if (!m) return false;
	const e = m.form.entities[0];
	return !e || e.kind !== "person";
}

function isNumeral(t: Tokens, i: number, w: string): boolean {
	return i < t.count && joinBefore(t, i) === " " && ROMAN_NUMERALS.has(w);
}

/** A gap after a title: " " or ". " ("Dr. King", "St. Louis"). */
function afterTitle(t: Tokens, i: number): boolean {
	if (i >= t.count) return false;
	const a = t.end[i - 1] ?? 0;
	const b = t.start[i] ?? 0;
	const gap = t.text.slice(a, b);
	return gap === " " || gap === ". ";
}

export function personAt(t: Tokens, i: number, lex: Lexicon, period: NotePeriod | null): PersonMatch | null {
	let j = i;
	while (j < t.count && j - i < 2 && isCap(t, j) && PERSON_TITLES.has(tokenText(t, j)) && afterTitle(t, j + 1)) j++;
	const titled = j > i;
	if (j >= t.count) return null;
	const first = tokenText(t, j);
	if (!nameWord(t, j, first)) return null;
	if (collectiveAt(lex, t, j, first, period)) return null;
	const given = GIVEN_NAMES.has(first);
	let k = j + 1;
	let regnal = false;
	// A name and a regnal numeral: "Louis XIV"; "I" only after a given name or a title ("Elizabeth I").
	if (k < t.count && isNumeral(t, k, tokenText(t, k))) {
		const numeral = tokenText(t, k);
		if ((numeral !== "I" || given || titled) && !NUMBERED_NOUNS.has(first)) {
			regnal = true;
			k++;
		}
	}
	if (regnal) {
		k = extendRegnal(t, k, lex, period);
	} else {
		// Given name and surname(s), with particles and initials: "Otto von Guericke", "John F. Kennedy".
		while (k < t.count && k - j < 5) {
			const sep = joinBefore(t, k);
			const w = tokenText(t, k);
			if (sep === " " || sep === "-") {
				if (PARTICLES.has(w.toLowerCase()) && k + 1 < t.count && joinBefore(t, k + 1) === " " && nameWord(t, k + 1, tokenText(t, k + 1))) {
					k += 2;
					continue;
				}
				if (nameWord(t, k, w) && !VERBS.has(w.toLowerCase()) && !collectiveAt(lex, t, k, w, period)) {
					k++;
					continue;
				}
			} else if (sep === "." && k - 1 > j && tokenText(t, k - 1).length === 1 && afterTitle(t, k)) {
				// an initial: "F." in "John F. Kennedy" (the dot is the gap before the next token)
				if (nameWord(t, k, w)) {
					k++;
					continue;
				}
			}
			break;
		}
		// An epithet or a place: "Peter the Great", "Joan of Arc", "Catherine of Aragon".
		if (k === j + 1 && given) k = extendEpithet(t, k, lex, period, true);
	}
	const nameTokens = k - j;
	if (nameTokens === 1 && !titled && !regnal) return null;
	if (!titled && !regnal && !given) return null;
	const from = t.start[j] ?? 0;
	const to = t.end[k - 1] ?? 0;
	const written = t.text.slice(from, to);
	const known = lex.lookup(written, period) ?? (nameTokens >= 2 && !regnal ? bySurname(t, j, k - 1, lex, period) : null);
	const knownPerson = known && known.entities[0]?.kind === "person" ? known.entities[0] : null;
	const bareGiven = titled && nameTokens === 1 && !knownPerson;
	const mentionFrom = bareGiven ? (t.start[i] ?? 0) : from;
	return {
		end: k,
		from: mentionFrom,
		to,
		name: knownPerson ? knownPerson.name : t.text.slice(mentionFrom, to),
		nameFrom: j,
		nameTo: k,
		regnal,
		titled,
		bareGiven,
	};
}

/** After "Name N": "the Great", "of Navarre", "of the Palatinate", or a second name ("Gustavus II Adolphus"). */
function extendRegnal(t: Tokens, k: number, lex: Lexicon, period: NotePeriod | null): number {
	const e = extendEpithet(t, k, lex, period, false);
	if (e > k) return e;
	if (k < t.count && joinBefore(t, k) === " ") {
		const w = tokenText(t, k);
		const f = t.flags[k] ?? 0;
		if (nameWord(t, k, w) && !(f & ALL_UPPER) && !collectiveAt(lex, t, k, w, period) && !lex.match(t, k, w, period, false)) {
			// Only a word that is not itself a sentence's next subject: followed by nothing capitalised.
			if (!(k + 1 < t.count && joinBefore(t, k + 1) === " " && isCap(t, k + 1))) return k + 1;
		}
	}
	return k;
}

function extendEpithet(t: Tokens, k: number, lex: Lexicon, period: NotePeriod | null, bare: boolean): number {
	if (k + 1 >= t.count || joinBefore(t, k) !== " " || joinBefore(t, k + 1) !== " ") return k;
	const w = tokenText(t, k);
	if (w === "the") {
		const e = tokenText(t, k + 1);
		// "Peter the Great", "Ivan the Terrible": the epithet is a capitalised adjective, not a place.
		if (isCap(t, k + 1) && !NOT_SURNAMES.has(e) && !EVENT_HEADS.has(e) && !collectiveAt(lex, t, k + 1, e, period)) return k + 2;
		return k;
	}
	if (w === "of") {
		let m = k + 1;
		if (tokenText(t, m) === "the" && m + 1 < t.count && joinBefore(t, m + 1) === " ") m++;
		const place = tokenText(t, m);
		if (!isCap(t, m) || NOT_SURNAMES.has(place) || EVENT_HEADS.has(place)) return k;
		// A bare given name takes "of" only before a place-like name, not a group ("John of the Jesuits").
		if (bare && lex.match(t, m, place, period, false)?.form.entities[0]?.kind === "organisation") return k;
		return m + 1;
	}
	return k;
}

/** "Louis XV and XVI": a numeral after "and" / "," continues the regnal name before it. */
export function ellipticalNumeral(t: Tokens, k: number): number {
	if (k + 1 >= t.count) return -1;
	const gap = t.text.slice(t.end[k - 1] ?? 0, t.start[k] ?? 0);
	const w = tokenText(t, k);
	if ((w === "and" || w === "or") && gap === " " && joinBefore(t, k + 1) === " ") {
		const n = tokenText(t, k + 1);
		return n !== "I" && ROMAN_NUMERALS.has(n) ? k + 1 : -1;
	}
	if (/^\s*[,&/]\s*$/.test(gap) && ROMAN_NUMERALS.has(w) && w !== "I") return k;
	return -1;
}

/**
 * A full name not in the list whose surname is a listed short form, with the same given name: "Otto von Bismark"
 * is Otto von Bismarck. The first letters of the given name must agree ("Jean-Jaques" for "Jean-Jacques").
 */
function bySurname(t: Tokens, first: number, last: number, lex: Lexicon, period: NotePeriod | null): Form | null {
	const f = lex.match(t, last, tokenText(t, last), period, false);
	const e = f?.form.entities[0];
	if (!f || f.end !== last + 1 || !e || e.kind !== "person") return null;
	const given = tokenText(t, first).toLowerCase();
	const canonicalGiven = (e.name.split(" ")[0] ?? "").toLowerCase();
	return given.slice(0, 3) === canonicalGiven.slice(0, 3) ? f.form : null;
}
