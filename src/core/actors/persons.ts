/**
 * Person names by pattern, for the people no list can hold: a title and a name ("Queen Mary", "Sir Francis
 * Walsingham"), a name and a regnal numeral ("Louis XIII", "Henry III of Navarre", "Gustavus II Adolphus"), a given
 * name and a surname with particles ("Otto von Guericke", "Heinrich Kramer"), an epithet ("Peter the Great").
 */
import { FAMILY_NAMES_FIRST, MORE_GIVEN_NAMES } from "./data/givenNames";
import { GENERAL_GIVEN_NAMES } from "./data/givenNamesGeneral";
import { GIVEN_NAMES as GIVEN_NAMES_TEXT } from "./data/persons";
import { CALENDAR_WORDS, COMPASS_LETTERS, DYNASTY_NOUNS, EVENT_HEADS, EZAFE, FAITH_ADJECTIVES, FUNCTION_WORDS, HONORIFICS_AFTER, HONORIFICS_KEPT, MONTH_GIVEN_NAMES, NAME_TITLES, NOT_EPITHETS, NOT_SURNAMES, NUMBERED_NOUNS, OFFICE_NOUNS, OFFICES_BEFORE_REGNAL, OPENING_PARTICLES, ORGANISATION_HEADS, PARTICLES, PERSON_TITLES, PLACE_HEADS, RANK_TITLES, REGIONS, ROMAN_NUMERALS, RULER_EPITHETS, SAINTS, SCHOLAR_TITLES, SECOND_PARTICLES, STYLE_OFFICES, STYLE_TITLES, TITLES_BEFORE_TITLES, VERBS, VIETNAMESE_FAMILIES, WHOLE_WORD_TITLES, WordSet } from "./data/words";
import type { Entity, Form } from "./lexicon";
import type { NoteMatcher } from "./matcher";
import { ALL_UPPER, capitalJoined, DIGIT, isSaint, joinBefore, LOWER, nameJoin, sentenceInitial, UPPER, type Tokens } from "./tokens";
import { isApostrophe } from "../chars";
import { lazy } from "../lazy";


export const GIVEN_NAMES = new WordSet(`${GIVEN_NAMES_TEXT} ${MORE_GIVEN_NAMES} ${GENERAL_GIVEN_NAMES} ${FAMILY_NAMES_FIRST}`);

/** Family names written first; their given names may be two syllables joined by a hyphen ("Kim Seong-il"). */
export const FAMILY_FIRST = new WordSet(FAMILY_NAMES_FIRST);

export interface PersonMatch {
	/** Token index after the match. */
	end: number;
	/** Character range of the mention (the title is left out, unless `titleKept`). */
	from: number;
	to: number;
	/** Canonical name: a known person's, else the name as written. */
	name: string;
	/** The gazetteer's person, when the name is a listed one. */
	known: Entity | null;
	/** Tokens of the name proper (no title), for surname and given-name look-ups later in the note. */
	nameFrom: number;
	nameTo: number;
	regnal: boolean;
	titled: boolean;
	/**
	 * The title stays in the mention: it is part of the name ("Shah Jahan"), or it stands before a scholar's name
	 * ("Prof. Lindqvist").
	 */
	titleKept: boolean;
}

const isCap = (t: Tokens, i: number): boolean => i < t.count && ((t.flags[i] ?? 0) & (UPPER | DIGIT)) === UPPER;

/** A token that can stand in a name: capitalised, not a function word, month, event head or institution. */
export function nameWord(m: NoteMatcher, i: number): boolean {
	if (!isCap(m.t, i)) return false;
	const t = m.t;
	if ((t.flags[i] ?? 0) & ALL_UPPER && (t.end[i] ?? 0) - (t.start[i] ?? 0) > 1) return false;
	const w = m.word;
	return !NOT_SURNAMES.hasToken(t, i, w) && !EVENT_HEADS.hasToken(t, i, w) && !ORGANISATION_HEADS.hasToken(t, i, w) && !CALENDAR_WORDS.hasToken(t, i, w) && !PERSON_TITLES.hasToken(t, i, w);
}

/**
 * Whether token j is a month's name that is a given name before a name word of two letters or more: "Jan Klemens
 * Branicki", not "Jan 1573" nor "Jan N.S." (New Style).
 */
function monthGiven(m: NoteMatcher, j: number): boolean {
	const t = m.t;
	return MONTH_GIVEN_NAMES.hasToken(t, j, m.word) && j + 1 < t.count && joinBefore(t, j + 1) === " " && (t.end[j + 1] ?? 0) - (t.start[j + 1] ?? 0) >= 2 && nameWord(m, j + 1) && !collectiveAt(m, j + 1);
}

/**
 * Whether a ruler's reign or house follows a numeral "I" before token k, so that the numeral is one, not the pronoun:
 * a year in brackets ("Yasovarman I (889-910)", "(r. 1370"), or "of" and a capitalised word ("Borommarachathirat I of
 * the Suphannaphum house", "Mstislav I of Kiev").
 */
function reignAfterFirst(m: NoteMatcher, k: number): boolean {
	const t = m.t;
	if (k + 1 >= t.count) return false;
	const text = t.text;
	// " (889", " (r. 1370", " (c. 1100", after the marks of bold or italics ("**Yasovarman I** (889")
	let at = t.end[k - 1] ?? 0;
	while (at < (t.start[k] ?? 0) && (text.charCodeAt(at) === 42 || text.charCodeAt(at) === 95)) at++;
	if (at + 2 === t.start[k] && text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 40) return ((t.flags[k] ?? 0) & DIGIT) !== 0 || ((m.word(k) === "r" || m.word(k) === "c") && ((t.flags[k + 1] ?? 0) & DIGIT) !== 0);
	if (joinBefore(t, k) !== " " || m.word(k) !== "of" || joinBefore(t, k + 1) !== " ") return false;
	const p = m.word(k + 1) === "the" && k + 2 < t.count ? k + 2 : k + 1;
	return isCap(t, p);
}

/**
 * Whether the word after a title, a state's or a people's name of one word, is the person's surname: "Cardinal
 * Pole", "Marshal Luxembourg". Not before another capitalised word ("General Motors Company") or "of".
 */
function surnameAfterTitle(m: NoteMatcher, j: number): boolean {
	const found = m.at(j);
	const t = m.t;
	return found !== null && found.end === j + 1 && !capitalJoined(t, j + 1) && !(j + 1 < t.count && m.word(j + 1) === "of");
}

/** Whether the text at token i is a state, people or group name of the gazetteer (not a person). */
function collectiveAt(m: NoteMatcher, i: number): boolean {
	const found = m.at(i);
	if (!found) return false;
	const e = found.form.entities[0];
	return !e || e.kind !== "person";
}

// Numerals are all capitals: the token's flags rule most words out before any text is cut.
export const isNumeral = (m: NoteMatcher, i: number): boolean => i < m.t.count && ((m.t.flags[i] ?? 0) & ALL_UPPER) !== 0 && joinBefore(m.t, i) === " " && ROMAN_NUMERALS.hasToken(m.t, i, m.word);

/** Whether a particle joins the word after it: "von Guericke", "de' Medici". */
function particleJoin(t: Tokens, i: number): boolean {
	const sep = nameJoin(t, i);
	return sep === " " || sep === "' ";
}

/** Whether token i-1 is a particle ("von", "de'") or an abbreviated Saint that belongs to the surname at token i. */
export function particleBefore(m: NoteMatcher, i: number): boolean {
	return (PARTICLES.hasToken(m.t, i - 1, m.lowerWord) && particleJoin(m.t, i)) || saintBefore(m.t, i - 1);
}

/** Whether token k is an abbreviated Saint ("St", "Ste") with its dot, one space before the next word. */
function saintBefore(t: Tokens, k: number): boolean {
	if (k + 1 >= t.count || t.start[k + 1] !== (t.end[k] ?? 0) + 2 || t.text.charCodeAt(t.end[k] ?? 0) !== 46) return false;
	return isSaint(t, k);
}

/** A gap after a title: " " or ". " ("Dr. King"). */
function afterTitle(m: NoteMatcher, i: number): boolean {
	const t = m.t;
	if (i >= t.count) return false;
	const a = t.end[i - 1] ?? 0;
	const b = t.start[i] ?? 0;
	if (b - a === 1) return t.text.charCodeAt(a) === 32;
	// the dot only after an abbreviated title: "Dr. King", not "the Emperor. Aim: …"
	return b - a === 2 && t.text.charCodeAt(a) === 46 && t.text.charCodeAt(a + 1) === 32 && a - (t.start[i - 1] ?? 0) <= 4 && !WHOLE_WORD_TITLES.hasToken(t, i - 1, m.word);
}

export function personAt(m: NoteMatcher, i: number): PersonMatch | null {
	const t = m.t;
	if (isInitial(t, i)) return initialsName(m, i);
	// Cheap test first: a person's name opens with a title, a given name, or a word before a regnal numeral. The
	// other openings all need a capitalised word after it, read once before their calls (most listed names have none).
	const capNext = isCap(t, i + 1);
	const twoWord = capNext && twoWordRegnal(m, i);
	const vietnamese = capNext ? vietnameseEnd(m, i) : 0;
	if (!PERSON_TITLES.hasToken(t, i, m.word) && !GIVEN_NAMES.hasToken(t, i, m.word) && !isNumeral(m, i + 1) && !(capNext && (givenOfListed(m, i) || twoWord || vietnamese || japaneseAt(m, i) || chineseAt(m, i)))) return null;
	let j = i;
	// "Grand" is a title only before another: "Grand Duke Sergei", not "Grand Embassy"
	while (j < t.count && j - i < 2 && isCap(t, j) && PERSON_TITLES.hasToken(t, j, m.word) && afterTitle(m, j + 1) && (!TITLES_BEFORE_TITLES.hasToken(t, j, m.word) || PERSON_TITLES.hasToken(t, j + 1, m.word))) j++;
	const titled = j > i;
	// a Vietnamese family name is also its dynasty's ("Mạc", "Lý"): the name it opens is a person's
	const vietnameseTo = titled ? vietnameseEnd(m, j) : vietnamese;
	// after a title, a particle and the surname it opens: "Mme de Pompadour", "Madame de Staël"
	const particleFirst = titled && j + 1 < t.count && PARTICLES.hasToken(t, j, m.lowerWord) && ((t.flags[j] ?? 0) & LOWER) !== 0 && particleBefore(m, j + 1) && nameWord(m, j + 1);
	if (j >= t.count || !(particleFirst || nameWord(m, j) || monthGiven(m, j) || syllablesAfterFamily(m, j) || chineseAt(m, j)) || (collectiveAt(m, j) && !(titled && surnameAfterTitle(m, j)) && !vietnameseTo)) return null;
	const first = m.word(j);
	const given = GIVEN_NAMES.has(first) || givenOfListed(m, j) || vietnameseTo > 0 || japaneseAt(m, j) || chineseAt(m, j);
	let k = j + 1;
	let regnal = false;
	// a lord named by his seat ("Lord Grey of Ruthin"): the title stays in his name, as before a single name
	let seat = false;
	if (vietnameseTo) k = vietnameseTo;
	// A name and a regnal numeral: "Louis XIV"; "I" only after a given name or a title ("Elizabeth I").
	else if (isNumeral(m, k)) {
		if ((m.word(k) !== "I" || given || titled || reignAfterFirst(m, k + 1)) && !NUMBERED_NOUNS.has(first)) {
			regnal = true;
			k++;
		}
	}
	if (!regnal && !titled && twoWord && !vietnameseTo) {
		// "Kilij Arslan II", "Ivan Asen I" is read from its first word
		regnal = true;
		k = j + 3;
	}
	if (regnal) {
		k = extendRegnal(m, k);
	} else if (!vietnameseTo) {
		// Given name and surname(s), with particles and initials: "Otto von Guericke", "John F. Kennedy".
		while (k < t.count && k - j < 5) {
			const sep = joinBefore(t, k);
			if (sep === " " || sep === "-") {
				// the second syllable of an East Asian given name: "Kim Seong-il", "Yi Sun-sin", "Kim Il-sung"
				if (sep === "-" && k === j + 2 && ((t.flags[k] ?? 0) & LOWER) !== 0 && (t.end[k] ?? 0) - (t.start[k] ?? 0) <= 5 && FAMILY_FIRST.hasToken(t, j, m.word)) {
					k++;
					continue;
				}
				// a particle written with a capital ends no name: "General Van Fleet" (a head of a body's name after it)
				if (sep === " " && isCap(t, k) && PARTICLES.hasToken(t, k - 1, m.lowerWord)) {
					k++;
					continue;
				}
				if (PARTICLES.hasToken(t, k, m.lowerWord) && k + 1 < t.count && particleJoin(t, k + 1) && nameWord(m, k + 1)) {
					k += 2;
					continue;
				}
				// the ezafe and the word it binds: "Jalal Al-e Ahmad"
				if (sep === "-" && EZAFE.hasToken(t, k, m.word) && k + 1 < t.count && joinBefore(t, k + 1) === " " && nameWord(m, k + 1)) {
					k += 2;
					continue;
				}
				// a particle and its article: "Francisco León de la Barra", "Pedro de los Ríos", "Johan van der Veen"
				if (sep === " " && OPENING_PARTICLES.hasToken(t, k, m.word) && k + 2 < t.count && joinBefore(t, k + 1) === " " && SECOND_PARTICLES.hasToken(t, k + 1, m.word) && particleJoin(t, k + 2) && nameWord(m, k + 2)) {
					k += 3;
					continue;
				}
				// "François d'Anjou", "Afonso d'Aveiro": a small elided particle and the surname after it
				if (k + 1 < t.count && elided(t, k + 1) && smallD(t, k + 1) && nameWord(m, k + 1)) {
					k += 2;
					continue;
				}
				// "St. Clair", "St. John": an abbreviated Saint and the word after it are one surname
				if (saintBefore(t, k) && nameWord(m, k + 1)) {
					k += 2;
					continue;
				}
				// (not a faith's adjective, which a note's shorthand writes after a name: "K. Otto Catholic, refused to
				// convert"; but "Christian", a given name too: "Johann Christian Bach")
				if (nameWord(m, k) && !VERBS.hasToken(t, k, m.lowerWord) && !collectiveAt(m, k) && !(FAITH_ADJECTIVES.hasToken(t, k, m.word) && m.word(k) !== "Christian")) {
					k++;
					continue;
				}
				// a place's word after a hyphen is the second half of a double surname: "Belle-Isle"
				if (sep === "-" && isCap(t, k) && PLACE_HEADS.hasToken(t, k, m.word)) {
					k++;
					continue;
				}
				// a place's word inside a longer name is a middle name: "Henry Lane Wilson", "Mary Church Terrell"
				if (sep === " " && PLACE_HEADS.hasToken(t, k, m.word) && k + 1 < t.count && joinBefore(t, k + 1) === " " && nameWord(m, k + 1) && !VERBS.hasToken(t, k + 1, m.lowerWord) && !collectiveAt(m, k + 1)) {
					k += 2;
					continue;
				}
			} else if ((k - 1 > j || titled) && isInitial(t, k - 1) && nameWord(m, k)) {
				// after a middle initial: "F." in "John F. Kennedy", "S." in "Ulysses S. Grant"; after a title, a first
				// one: "Gen. J. Franklin Bell"
				k++;
				continue;
			} else if (k - 1 > j && isInitial(t, k - 1) && PARTICLES.hasToken(t, k, m.lowerWord) && k + 1 < t.count && particleJoin(t, k + 1) && nameWord(m, k + 1)) {
				// a particle after a middle initial: "Marcelo H. del Pilar"
				k += 2;
				continue;
			} else if (elided(t, k)) {
				// a surname after an elided particle: "D'Abernon", "O'Higgins", "M'hidi"
				k++;
				continue;
			} else if (k - 1 > j && ayinTail(m, k)) {
				// (not after the first word: "Shi'ism" is no name of two words)
				k++;
				continue;
			}
			break;
		}
		// An epithet or a place: "Peter the Great", "Joan of Arc", "Catherine of Aragon".
		// (not after a family name written first: "Song of Everlasting Sorrow" is a poem)
		if (k === j + 1 && given && !FAMILY_FIRST.hasToken(t, j, m.word)) k = extendEpithet(m, k, true);
		// a lord's title of his name and his seat: "Lord Grey of Ruthin", "Lord Howard of Effingham"
		else if (k === j + 1 && titled && j === i + 1 && (m.word(i) === "Lord" || m.word(i) === "Baron") && m.word(k) === "of") {
			const end = extendEpithet(m, k, false);
			seat = end > k;
			k = end;
		}
		// Two names and a regnal numeral, both given names ("Victor Emmanuel III", "Frederick William IV") or after a
		// title ("Sultan Kilij Arslan II"; "I" only with a reign after it)
		else if (k === j + 2 && isNumeral(m, k) && ((given && GIVEN_NAMES.has(m.word(j + 1))) || (titled && (m.word(k) !== "I" || reignAfterFirst(m, k + 1))))) {
			regnal = true;
			k = extendRegnal(m, k + 1);
		}
	}
	// a name that runs on into a place's word names the place: "King David Hotel", "San Luis Potosí" (after a saint)
	if (k < t.count && joinBefore(t, k) === " " && isCap(t, k) && PLACE_HEADS.hasToken(t, k, m.word)) return null;
	if (i > 0 && joinBefore(t, i) === " " && SAINTS.hasToken(t, i - 1, m.word)) return null;
	// "Mohammad Ali Shah", "Ahmad Shah": an honorific after the name is part of it, and so is a regnal numeral after
	// the honorific ("Alauddin Riayat Shah II")
	if (!regnal && k < t.count && joinBefore(t, k) === " " && HONORIFICS_AFTER.hasToken(t, k, m.word)) {
		if (isNumeral(m, k + 1)) {
			regnal = true;
			k += 2;
		} else if (!(k + 1 < t.count && joinBefore(t, k + 1) === " " && isCap(t, k + 1))) k++;
	}
	const listed = m.at(j);
	// a listed person's name that goes on with "of" and a place after the name read: "Maharaja Jaswant Singh of
	// Marwar" is Jaswant Singh of Marwar, as "Jaswant Singh of Marwar" is
	if (!regnal && listed && listed.end > k + 1 && joinBefore(t, k) === " " && m.is(k, "of") && listed.form.entities[0]?.kind === "person") k = listed.end;
	const nameTokens = k - j;
	// a peer's style in apposition: "Richard, Duke of York", "James Tuchet, Lord Audley"
	const styleEnd = !regnal && (given || titled) ? peerageAfter(m, k) : k;
	if (nameTokens === 1 && !titled && !regnal && styleEnd === k) return null;
	if (!titled && !regnal && !given) return null;
	const from = t.start[j] ?? 0;
	const to = t.end[styleEnd - 1] ?? 0;
	// a listed regnal name before "of" and a place is that person: "Gustavus II Adolphus of Sweden"
	const listedBeforePlace = regnal && listed && listed.end > j + 1 && listed.end < k && m.word(listed.end) === "of";
	const known = listedBeforePlace ? listed.form : listed && listed.end === k ? listed.form : (styleEnd > k ? styledPerson(m, j, k, styleEnd) : null) ?? (particleFirst ? byParticleName(m, j, k) : nameTokens >= 2 && !regnal ? bySurname(m, j, k - 1) : null);
	const knownPerson = known && known.entities[0]?.kind === "person" ? known.entities[0] : null;
	// A title that is part of a ruler's name stays in the mention ("Shah Jahan", "Shah Alam II"), and so does a
	// scholar's ("Prof. Lindqvist", "Prof. Ní Bhriain": it marks the lecturer, not an actor). So does a rank before a
	// single given name, the name the person goes by ("King John", "Tsar Alexis", "Grand Duke Sergei"), any title
	// before a regnal name that ends the name, the ruler's style ("King Louis XIV"), but for an office the regnal name
	// itself names ("Pope Pius XI", "Elector Frederick Augustus II"), and an honorific or a prelate's style before any
	// name ("Sir Thomas Kyriel", "Lord Scales", "Archbishop John Kemp"). Other titles stay out: an office before a single
	// name ("Pope Vigilius", "Governor Baring"), any other title before a full name ("General Fazlollah Zahedi", "King
	// Baldwin I of Jerusalem").
	const partOfName = titled && NAME_TITLES.has(m.word(i));
	const keptInName = partOfName || (titled && !knownPerson && (SCHOLAR_TITLES.hasToken(t, i, m.word) || (nameTokens === 1 && adjectiveAfterTitle(m, j)))) || courtesyLord(m, i, j, given && nameTokens >= 2);
	const style = titled ? m.word(j - 1) : "";
	const titleKept = keptInName || (titled && (HONORIFICS_KEPT.has(style) || (nameTokens === 1 && !regnal && RANK_TITLES.has(style)) || (regnal && isNumeral(m, k - 1) && !OFFICES_BEFORE_REGNAL.has(style))));
	const mentionFrom = titleKept ? (t.start[i] ?? 0) : from;
	// a single name keeps its title in the person's name, out of the mention: "Pope Vigilius" is mentioned as
	// "Vigilius", and "Emperor Meiji" stays the listed person of that name; a regnal name's title stays out of the
	// name ("King Velmar IV" is the person Velmar IV), as in the name of a listed ruler
	const nameFrom = (titled && (nameTokens === 1 || seat)) || keptInName ? (t.start[i] ?? 0) : from;
	return {
		end: styleEnd,
		from: mentionFrom,
		to,
		name: knownPerson ? knownPerson.name : t.text.slice(nameFrom, to),
		known: knownPerson,
		nameFrom: j,
		nameTo: k,
		regnal,
		titled,
		titleKept,
	};
}

/** An ordinal written with digits: "2nd" in "Henry Percy, 2nd Earl of Northumberland", "5th" in "5th Army". */
export const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/**
 * The token after a peer's style in apposition to the name that ends at token k, or k when none stands there: a comma,
 * a title, with its ordinal, and "of" and a place ("Richard, Duke of York", "Henry Percy, 2nd Earl of Northumberland")
 * or a name ("James Tuchet, Lord Audley", "Anthony Woodville, Earl Rivers", "Lord Grey of Ruthin"). A prince only of
 * a place ("Edward, Prince of Wales").
 */
function peerageAfter(m: NoteMatcher, k: number): number {
	const t = m.t;
	if (k + 2 >= t.count) return k;
	const comma = t.end[k - 1] ?? 0;
	if (t.text.charCodeAt(comma) !== 44 || t.text.charCodeAt(comma + 1) !== 32 || t.start[k] !== comma + 2) return k;
	let p = k;
	if (ORDINAL.test(m.word(p)) && joinBefore(t, p + 1) === " ") p++;
	if (!isCap(t, p) || !STYLE_TITLES.hasToken(t, p, m.word) || joinBefore(t, p + 1) !== " ") return k;
	const title = m.word(p++);
	if (m.word(p) === "of") {
		if (joinBefore(t, p + 1) !== " " || !isCap(t, p + 1)) return k;
		p += 2;
	} else {
		// not a given name (a second person: "Charles of Berry, Duke John of Calabria") nor an office ("Lord Deputy")
		if (!isCap(t, p) || title === "Prince" || title === "Princess" || GIVEN_NAMES.hasToken(t, p, m.word) || OFFICE_NOUNS.hasToken(t, p, m.lowerWord) || STYLE_OFFICES.hasToken(t, p, m.word)) return k;
		p++;
		// "Lord Grey of Ruthin"
		if (m.word(p) === "of") p = extendEpithet(m, p, false);
	}
	// another person's style, in the possessive: "Maud Stanhope, Lord Cromwell's niece"
	if (isApostrophe(t.text.charCodeAt(t.end[p - 1] ?? 0)) && t.text.charCodeAt((t.end[p - 1] ?? 0) + 1) === 115) return k;
	return p;
}

/**
 * The listed person a peer's style names: the style itself ("Duke of Gloucester"), the place's name where it names a
 * person of the same given name ("Clarence" for "George, Duke of Clarence", "Salisbury" for "Richard Neville, Earl of
 * Salisbury"), or a given name alone and the place ("Humphrey of Gloucester" for "Humphrey, Duke of Gloucester").
 */
function styledPerson(m: NoteMatcher, j: number, k: number, end: number): Form | null {
	const title = ORDINAL.test(m.word(k)) ? k + 1 : k;
	const style = m.at(title);
	if (style && style.end === end && style.form.entities[0]?.kind === "person") return style.form;
	if (m.word(title + 1) !== "of") return null;
	const given = m.word(j);
	const place = m.at(title + 2);
	const placed = place?.end === end ? place.form.entities[0] : undefined;
	if (placed?.kind === "person" && placed.name.split(" ").includes(given)) return place?.form ?? null;
	if (k !== j + 1) return null;
	const t = m.t;
	const byPlace = m.lex.lookup(`${given} of ${t.text.slice(t.start[title + 2] ?? 0, t.end[end - 1] ?? 0)}`, m.period);
	return byPlace?.entities[0]?.kind === "person" ? byPlace : null;
}

/**
 * Whether "Lord" at token i comes right before a given name and a surname at token j: a peer's younger son's style
 * ("Lord Edward FitzGerald", "Lord John Russell"), the name he is known by, title and all.
 */
function courtesyLord(m: NoteMatcher, i: number, j: number, givenAndSurname: boolean): boolean {
	return givenAndSurname && j === i + 1 && m.word(i) === "Lord";
}

/**
 * Whether the one word at token j after a title is a listed adjective ("Prince Qing"): the person is named by the
 * title and the word together, the word alone is the dynasty's or the state's (a name after a title is a surname:
 * "Cardinal Pole", "General China").
 */
function adjectiveAfterTitle(m: NoteMatcher, j: number): boolean {
	const listed = m.at(j);
	return listed !== null && listed.end === j + 1 && listed.form.role === "adj";
}

/** Hepburn's five vowels as bits, so that what an onset allows is one number. */
const VOWEL_A = 1;
const VOWEL_I = 2;
const VOWEL_U = 4;
const VOWEL_E = 8;
const VOWEL_O = 16;
const ANY = VOWEL_A | VOWEL_I | VOWEL_U | VOWEL_E | VOWEL_O;

/** Each Hepburn vowel's bit by its code, with or without the long vowels' macrons and circumflexes, made on first use. */
const HEPBURN_VOWEL = lazy(() => {
	const out = new Map<number, number>();
	for (const [bit, letters] of [[VOWEL_A, "aāâAĀÂ"], [VOWEL_I, "iīîIĪÎ"], [VOWEL_U, "uūûUŪÛ"], [VOWEL_E, "eēêEĒÊ"], [VOWEL_O, "oōôOŌÔ"]] as const) {
		for (const c of letters) out.set(c.charCodeAt(0), bit);
	}
	return out;
});

/**
 * The vowels an onset of one consonant takes, by its code (no "si", "zi", "ti", "tu", "di", "du", "hu", "wi", "we"
 * in Hepburn), or 0 for a letter that opens no syllable.
 */
function hepburnVowels(c: number): number {
	switch (c) {
		case 115: // s
		case 122: // z
			return ANY & ~VOWEL_I;
		case 116: // t
		case 100: // d
			return ANY & ~VOWEL_I & ~VOWEL_U;
		case 104: // h
			return ANY & ~VOWEL_U;
		case 102: // f
			return VOWEL_U;
		case 119: // w
			return VOWEL_A | VOWEL_O;
		case 121: // y
			return VOWEL_A | VOWEL_U | VOWEL_O;
		case 106: // j
			return ANY & ~VOWEL_E;
		case 107: // k
		case 103: // g
		case 110: // n
		case 98: // b
		case 112: // p
		case 109: // m
		case 114: // r
			return ANY;
		default:
			return 0;
	}
}

/** Consonants that take a "y" before the vowel ("kyō", "ryū", "hyō"), by code: k, g, n, h, b, p, m, r. */
const Y_ONSETS = new Set([107, 103, 110, 104, 98, 112, 109, 114]);

/** The code of w's k-th character, an ASCII capital folded to its small letter (the vowels with marks are read by the map). */
function foldedAt(w: string, k: number): number {
	const c = w.charCodeAt(k);
	return c >= 65 && c <= 90 ? c | 32 : c;
}

/**
 * Whether a word reads as Japanese romanised by Hepburn, of two syllables or more ("Kobayakawa", "Ōtani",
 * "Hattori"): syllables of a consonant (or "sh", "ch", "ts", a consonant and "y") and a vowel, each maybe closed by
 * "n", a doubled consonant before one; never "si", "ti", "tu", "di", "du", "hu", "wi" or a cluster, which English,
 * Italian or Spanish names have. Read by code, letter by letter, without cutting the word: it runs on many
 * capitalised words.
 */
export function hepburn(w: string): boolean {
	const n = w.length;
	if (n < 4) return false;
	const vowels = HEPBURN_VOWEL();
	let i = 0;
	let syllables = 0;
	while (i < n) {
		let c = foldedAt(w, i);
		// a doubled consonant ("kk", "ss", "tt", "pp", "tch") opens the syllable after it
		if ((c === 107 || c === 115 || c === 116 || c === 112) && foldedAt(w, i + 1) === c) c = foldedAt(w, ++i);
		else if (c === 116 && foldedAt(w, i + 1) === 99) c = foldedAt(w, ++i);
		if (!vowels.has(c)) {
			// the onset: "sh", "ch", "ts", a consonant and "y" (two letters), or one consonant; then a vowel it takes
			const next = foldedAt(w, i + 1);
			let allowed: number;
			if ((c === 115 || c === 99) && next === 104) allowed = ANY & ~VOWEL_E;
			else if (c === 116 && next === 115) allowed = VOWEL_U;
			else if (next === 121 && Y_ONSETS.has(c)) allowed = VOWEL_A | VOWEL_U | VOWEL_O;
			else allowed = 0;
			if (allowed) i += 2;
			else {
				allowed = hepburnVowels(c);
				i += 1;
			}
			if (((vowels.get(foldedAt(w, i)) ?? 0) & allowed) === 0) return false;
		}
		i++;
		syllables++;
		// a closing "n" before a consonant or at the end ("Sanada" reads "sa-na-da": "n" before a vowel opens)
		if (foldedAt(w, i) === 110 && !vowels.has(foldedAt(w, i + 1)) && foldedAt(w, i + 1) !== 121) i++;
	}
	return syllables >= 2;
}

/** The finals of Mandarin pinyin syllables, without tones ("ü" also written "v"). */
const PINYIN_FINALS = "a o e i u ü v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ueng üe ve üan van ün vn".split(" ");

const PINYIN_INITIALS = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""];

/** Whether an initial and a final make a pinyin syllable, roughly: "j", "q", "x" only before "i" or "u"/"ü". */
function pinyinPair(initial: string, final: string): boolean {
	if (initial === "j" || initial === "q" || initial === "x") return final.startsWith("i") || final.startsWith("u") || final.startsWith("ü");
	if (initial === "") return !final.startsWith("i") && !final.startsWith("u") && !final.startsWith("ü") && !final.startsWith("v");
	if (initial === "y") return !final.startsWith("i") || final === "i" || final === "in" || final === "ing";
	if (initial === "w") return final === "u" || final.startsWith("a") || final.startsWith("o") || final === "ei" || final === "en" || final === "eng";
	if (["zh", "ch", "sh", "r", "z", "c", "s"].includes(initial)) return !final.startsWith("ü") && !final.startsWith("v") && !(final.startsWith("i") && final !== "i");
	return final !== "i" || "bpmdtnl".includes(initial);
}

/** Every pinyin syllable without its tone, made once, on first use. */
const PINYIN = lazy(() => {
	const out = new Set<string>();
	for (const i of PINYIN_INITIALS) for (const f of PINYIN_FINALS) if (pinyinPair(i, f)) out.add(i + f);
	return out;
});

/** The length of the longest pinyin syllable ("zhuang"; 0 until first asked): no longer part of a word is looked up. */
let pinyinLongest = 0;
const longestSyllable = (): number => pinyinLongest || (pinyinLongest = Math.max(...[...PINYIN()].map((s) => s.length)));

/** Whether a word reads as one pinyin syllable, or as two when `two` ("Sun"; "Qingxu", "Chuanfang"). */
export function pinyin(word: string, two: boolean): boolean {
	const n = word.length;
	if (n > 12) return false;
	const w = word.toLowerCase();
	const syllables = PINYIN();
	if (syllables.has(w)) return true;
	if (!two) return false;
	// only the cuts that leave no part longer than a syllable, so fewer parts are cut from the word
	const longest = longestSyllable();
	for (let k = Math.max(1, w.length - longest); k < n && k <= longest; k++) if (syllables.has(w.slice(0, k)) && syllables.has(w.slice(k))) return true;
	return false;
}

/** Chinese family names of two syllables, written as one word: "Sima Qian", "Geshu Han". */
const COMPOUND_SURNAMES = new Set("Ouyang Sima Zhuge Shangguan Murong Yuwen Zhangsun Linghu Huangfu Dugu Yuchi Geshu Diwu Xiahou Gongsun Zhongli Situ".split(" "));

/** What `eastAsianAt` found at a token: not asked yet, nothing, a Japanese name, a Chinese name. */
const ASKED = 0;
const NO_NAME = 1;
const JAPANESE = 2;
const CHINESE = 3;

/**
 * Whether a Japanese or a Chinese name no list holds opens at token j, family name first, in a note about Japan or
 * China: two capitalised words, one space apart, that both read as Japanese romanised by Hepburn ("Kobayakawa
 * Hideaki", "Ōtani Yoshitsugu"), or a family name of one pinyin syllable (or a compound one) and a given name of one
 * or two, the last of its run ("Sun Chuanfang", "An Qingxu", "Diwu Qi"). The note's subjects are read once, in
 * one pass over its tokens' hashes; each token's answer is kept, since several rules ask.
 */
function eastAsianAt(m: NoteMatcher, j: number): number {
	const known = m.names[j] ?? ASKED;
	if (known !== ASKED) return known;
	const t = m.t;
	let found = NO_NAME;
	if (j + 1 < t.count && isCap(t, j) && isCap(t, j + 1) && joinBefore(t, j + 1) === " " && (m.aboutJapan() || m.aboutChina())) {
		const first = m.word(j);
		const second = m.word(j + 1);
		if (hepburn(first) && hepburn(second) && !m.at(j) && !m.at(j + 1) && m.aboutJapan()) found = JAPANESE;
		else if ((COMPOUND_SURNAMES.has(first) || (first.length >= 2 && first.length <= 6 && pinyin(first, false))) && pinyin(second, true) && !(j + 2 < t.count && joinBefore(t, j + 2) === " " && isCap(t, j + 2)) && !m.at(j) && !m.at(j + 1) && m.aboutChina()) found = CHINESE;
	}
	m.names[j] = found;
	return found;
}

/** A Japanese name no list holds opens at token j (see `eastAsianAt`). */
export const japaneseAt = (m: NoteMatcher, j: number): boolean => eastAsianAt(m, j) === JAPANESE;

/** A Chinese name no list holds opens at token j (see `eastAsianAt`). */
export const chineseAt = (m: NoteMatcher, j: number): boolean => eastAsianAt(m, j) === CHINESE;

/** Letters no Vietnamese word has: "f", "j", "w", "z". */
const NOT_VIETNAMESE = /[fjwzFJWZ]/;

/**
 * After a Vietnamese family name at token j written with its marks, the end of the given names it opens: one to three
 * capitalised syllables, one space apart, one of them marked ("Đinh Bộ Lĩnh", "Lê Hoàn", "Mạc Đăng Dung"); 0 when
 * none follows. English words after the family name ("Trịnh Lords") have no marks; a place's name opens with no
 * family name ("Điện Biên Phủ", "Thăng Long").
 */
export function vietnameseEnd(m: NoteMatcher, j: number): number {
	const t = m.t;
	if (!VIETNAMESE_FAMILIES.hasToken(t, j, m.word)) return 0;
	let k = j + 1;
	let marked = false;
	while (k < t.count && k - j <= 3 && joinBefore(t, k) === " " && isCap(t, k)) {
		const w = m.word(k);
		if (w.length > 7 || NOT_VIETNAMESE.test(w)) return 0;
		for (let c = 0; c < w.length && !marked; c++) marked = w.charCodeAt(c) > 127;
		k++;
	}
	return marked ? k : 0;
}

/**
 * Whether token j is a family name written first before a given name of two syllables joined by a hyphen ("Park
 * Eun-sik"): a name even when the family name is also a place's word ("Hyde Park").
 */
function syllablesAfterFamily(m: NoteMatcher, j: number): boolean {
	const t = m.t;
	return j + 2 < t.count && isCap(t, j) && joinBefore(t, j + 1) === " " && isCap(t, j + 1) && joinBefore(t, j + 2) === "-" && ((t.flags[j + 2] ?? 0) & LOWER) !== 0 && (t.end[j + 2] ?? 0) - (t.start[j + 2] ?? 0) <= 5 && FAMILY_FIRST.hasToken(t, j, m.word);
}

/**
 * A name of two words no list holds before a regnal numeral: "Kilij Arslan II", "Romanos Diogenes IV". Not "I",
 * which after two capitalised words is as often the pronoun.
 */
function twoWordRegnal(m: NoteMatcher, i: number): boolean {
	const t = m.t;
	if (i + 2 >= t.count || !isNumeral(m, i + 2) || joinBefore(t, i + 1) !== " " || !isCap(t, i + 1) || m.word(i + 2) === "I") return false;
	// a course numbered after its subject is no name: "World History II", "Western Civ II"
	if (NUMBERED_NOUNS.hasToken(t, i + 1, m.word)) return false;
	return nameWord(m, i) && nameWord(m, i + 1) && !collectiveAt(m, i) && !collectiveAt(m, i + 1) && !m.at(i) && !m.at(i + 1);
}

/**
 * Whether token k is the rest of a name after a one-letter particle and an apostrophe: "Abernon" in "D'Abernon",
 * "hidi" in "M'hidi", "Anville" in "d'Anville" (three letters or more, so not "O's" or "I'll").
 */
export function elided(t: Tokens, k: number): boolean {
	return k > 0 && joinBefore(t, k) === "'" && (t.end[k - 1] ?? 0) - (t.start[k - 1] ?? 0) === 1 && (((t.flags[k - 1] ?? 0) & UPPER) !== 0 || smallD(t, k)) && (t.end[k] ?? 0) - (t.start[k] ?? 0) >= 3 && ((t.flags[k] ?? 0) & DIGIT) === 0;
}

/** Whether a small "d'" stands before a capitalised token k: the French particle of "d'Anville", "d'Escoto". */
function smallD(t: Tokens, k: number): boolean {
	return t.text.charCodeAt(t.start[k - 1] ?? 0) === 100 && ((t.flags[k] ?? 0) & UPPER) !== 0;
}

/** A single capital, a dot and one space before the next word: an initial ("E. D. Morel", "by A. Smith"). */
export function isInitial(t: Tokens, i: number): boolean {
	const s = t.start[i] ?? 0;
	const e = t.end[i] ?? 0;
	if (e - s !== 1 || ((t.flags[i] ?? 0) & UPPER) === 0 || t.text.charCodeAt(e) !== 46 || i + 1 >= t.count) return false;
	const next = t.start[i + 1] ?? 0;
	if (next === e + 2) return t.text.charCodeAt(e + 1) === 32;
	// initials written together, "E.D. Morel": another initial right after the dot
	return next === e + 1 && (t.end[i + 1] ?? 0) - next === 1 && ((t.flags[i + 1] ?? 0) & UPPER) !== 0 && t.text.charCodeAt(next + 1) === 46;
}

/** A place's ending: "Bessarabia", "Galicia", "Pomerania", "Swaziland". */
const REGION_ENDING = /(?:ia|land)$/;

/**
 * Whether token i is a compass point's initial before one word no list holds that ends as a region's name does,
 * the run ending there: "S. Bessarabia", "E. Galicia", "W. Pomerania"; not "E. Morel".
 */
export function compassRegion(m: NoteMatcher, i: number): boolean {
	const t = m.t;
	const k = i + 1;
	if (!COMPASS_LETTERS.hasToken(t, i, m.word) || !isInitial(t, i) || !isCap(t, k) || capitalJoined(t, k + 1)) return false;
	return ((t.flags[k] ?? 0) & ALL_UPPER) === 0 && REGION_ENDING.test(m.word(k)) && !m.at(k);
}

/**
 * Initials and a surname: "E. D. Morel", "J. A. Hobson", "W. E. B. Du Bois". A single initial opening a line or a
 * sentence is an outline letter ("B. Economic causes"), not a name. Initials before a listed person's surname that
 * agree with the given name are that person ("A. Hitler").
 */
function initialsName(m: NoteMatcher, i: number): PersonMatch | null {
	const t = m.t;
	const ruler = abbreviatedRank(m, i);
	if (ruler) return ruler;
	let k = i;
	while (k < t.count && k - i < 3 && isInitial(t, k)) k++;
	// (a Roman's three names even opening a line: "M. Junius Brutus" is no outline's letter)
	const roman = k - i === 1 && k < t.count ? romanName(m, i, k) : null;
	if (roman) return roman;
	if (k >= t.count || (k - i === 1 && sentenceInitial(t, i))) return null;
	// a compass point's initial before a place is a region: "E. Europe", "W. Africa", "N. Sicily"
	if (k - i === 1 && COMPASS_LETTERS.hasToken(t, i, m.word) && (REGIONS.hasToken(t, k, m.word) || collectiveAt(m, k) || m.at(k)?.form.entities[0]?.kind === null || compassRegion(m, i))) return null;
	// "U.S. Government": letters that name a listed collective are not initials
	const letters = m.at(i);
	if (letters && letters.end >= k && letters.form.entities[0]?.kind !== "person") return null;
	// "Du Bois", "von Ranke": a particle before the surname belongs to it
	if (k + 1 < t.count && PARTICLES.hasToken(t, k, m.lowerWord) && particleJoin(t, k + 1)) k++;
	// a surname of one letter is another initial: "21 Jan N.S." (New Style)
	if (!nameWord(m, k) || (t.end[k] ?? 0) - (t.start[k] ?? 0) < 2 || VERBS.hasToken(t, k, m.lowerWord) || collectiveAt(m, k)) return null;
	const end = k + 1;
	const listed = m.at(k);
	const e = listed && listed.end === end ? listed.form.entities[0] : undefined;
	const known = e?.kind === "person" && (e.name[0] ?? "") === m.word(i) ? e : null;
	const from = t.start[i] ?? 0;
	const to = t.end[k] ?? 0;
	// "E.D. Morel" and "E. D. Morel" are one name
	const name = known ? known.name : t.text.slice(from, to).replace(INITIAL_DOT(), ". ");
	return { end, from, to, name, known, nameFrom: i, nameTo: end, regnal: false, titled: false, titleKept: false };
}

/** The Roman praenomina their initials stand for: "C." is Gaius, "M." Marcus. */
const PRAENOMINA: Readonly<Record<string, string>> = { A: "Aulus", C: "Gaius", D: "Decimus", L: "Lucius", M: "Marcus", P: "Publius", Q: "Quintus", T: "Titus" };

/**
 * A Roman's three names, the praenomen by its initial: "M. Junius Brutus", "L. Cornelius Sulla", "C. Cassius
 * Longinus". The nomen ends in "-ius" and a cognomen follows it, the run ending there. The person the lists hold
 * under the three names written out ("Lucius Cornelius Sulla" is Sulla), or a person of that name ("L. Julius
 * Caesar", no Gaius).
 */
function romanName(m: NoteMatcher, i: number, k: number): PersonMatch | null {
	const t = m.t;
	const praenomen = PRAENOMINA[m.word(i)];
	const end = k + 2;
	if (!praenomen || !m.word(k).endsWith("ius") || end > t.count || joinBefore(t, k + 1) !== " " || !nameWord(m, k + 1) || capitalJoined(t, end) || VERBS.hasToken(t, k + 1, m.lowerWord) || collectiveAt(m, k + 1)) return null;
	const form = m.lex.lookup(`${praenomen} ${m.word(k)} ${m.word(k + 1)}`, m.period);
	const e = form?.entities[0];
	const known = e?.kind === "person" ? e : null;
	const from = t.start[i] ?? 0;
	const to = t.end[k + 1] ?? 0;
	return { end, from, to, name: known ? known.name : t.text.slice(from, to), known, nameFrom: i, nameTo: end, regnal: false, titled: false, titleKept: false };
}

/**
 * "K." or "Q." before a ruler the lists know by that single name, with its numeral: a king's or queen's abbreviated
 * title, kept in the mention ("K. Archidamus II", "K. Cleomenes"), even opening a line. Not an initial that could be
 * the person's own, before a surname ("R. Kennedy" is no John F. Kennedy, and no king).
 */
function abbreviatedRank(m: NoteMatcher, i: number): PersonMatch | null {
	const t = m.t;
	const k = i + 1;
	if ((t.end[i] ?? 0) - (t.start[i] ?? 0) !== 1 || !isInitial(t, i) || t.start[k] !== (t.end[i] ?? 0) + 2) return null;
	const letter = t.text.charCodeAt(t.start[i] ?? 0);
	if (letter !== 75 /* K */ && letter !== 81 /* Q */) return null;
	const listed = m.at(k);
	const e = listed?.form.entities[0];
	if (!listed || e?.kind !== "person" || !e.name.startsWith(m.word(k)) || !/^(?:[ ,]|$)/.test(e.name.slice(m.word(k).length))) return null;
	return { end: listed.end, from: t.start[i] ?? 0, to: t.end[listed.end - 1] ?? 0, name: e.name, known: e, nameFrom: k, nameTo: listed.end, regnal: listed.end > k + 1 && isNumeral(m, listed.end - 1), titled: true, titleKept: true };
}

/** A dot between two initials written together: "E.D." (built on first use, see lazy.ts). */
const INITIAL_DOT = lazy(() => new RegExp(String.raw`\.(?=\p{Lu})`, "gu"));

/** After "Name N": "the Great", "of Navarre", "of the Palatinate", or a second name ("Gustavus II Adolphus"). */
function extendRegnal(m: NoteMatcher, k: number): number {
	const t = m.t;
	const e = extendEpithet(m, k, false);
	if (e > k) return e;
	// a second name, not a listed actor's ("Henry VIII Cromwell"), unless it is a given name ("Philip II Augustus")
	const second = (j: number): boolean => j < t.count && joinBefore(t, j) === " " && nameWord(m, j) && !collectiveAt(m, j) && (!m.at(j) || GIVEN_NAMES.hasToken(t, j, m.word));
	const capAfter = (j: number): boolean => j < t.count && joinBefore(t, j) === " " && isCap(t, j);
	if (second(k)) {
		// Only a word that is not the next subject of a title-case line: nothing capitalised follows it. A place
		// may follow the second name: "Philip II Augustus of France". So may a third, a family's double name:
		// "Michael I Komnenos Doukas", "John III Doukas Vatatzes".
		if (!capAfter(k + 1)) return extendEpithet(m, k + 1, false);
		if (second(k + 1) && !capAfter(k + 2)) return k + 2;
	}
	return k;
}

function extendEpithet(m: NoteMatcher, k: number, bare: boolean): number {
	const t = m.t;
	if (k + 1 >= t.count || joinBefore(t, k) !== " " || joinBefore(t, k + 1) !== " ") return k;
	const w = m.word(k);
	if (w === "the") {
		// "Peter the Great", "Ivan the Terrible": the epithet is a capitalised adjective, not a place. A demonym is one
		// when no noun follows it: "Louis the German and Charles", not "Louis the German king".
		const e = m.word(k + 1);
		if (isCap(t, k + 1) && !NOT_SURNAMES.has(e) && !NOT_EPITHETS.has(e) && !EVENT_HEADS.has(e) && (!collectiveAt(m, k + 1) || (bare && noNounAfter(m, k + 2)))) return k + 2;
		return k;
	}
	if (w === "of") {
		let p = k + 1;
		if (m.word(p) === "the" && p + 1 < t.count && joinBefore(t, p + 1) === " ") p++;
		const place = m.word(p);
		if (!isCap(t, p) || NOT_SURNAMES.has(place) || EVENT_HEADS.has(place)) return k;
		// A bare given name takes "of" before a place, not before a body ("John of the Jesuits"), nor does a name
		// before a house ("Borommarachathirat I of the Suphannaphum house").
		if (bare && m.at(p)?.form.entities[0]?.kind === "organisation") return k;
		if (p + 1 < t.count && joinBefore(t, p + 1) === " " && DYNASTY_NOUNS.hasToken(t, p + 1, m.lowerWord)) return k;
		return hyphenatedEnd(t, p + 1);
	}
	return k;
}

/** English endings an apostrophe joins to a word: "Ali's", "Reza'd", "Nasser'll". */
const CONTRACTIONS = new Set(["s", "t", "d", "m", "ll", "re", "ve"]);

/**
 * Whether token k is the rest of a name word after an apostrophe that writes an ayn or a hamza: "i" in "Baqa'i", "fari"
 * in "Ja'fari" (small letters, no English ending).
 */
function ayinTail(m: NoteMatcher, k: number): boolean {
	const t = m.t;
	const n = (t.end[k] ?? 0) - (t.start[k] ?? 0);
	return joinBefore(t, k) === "'" && n <= 6 && ((t.flags[k] ?? 0) & (UPPER | DIGIT)) === 0 && !CONTRACTIONS.has(m.word(k));
}

/** After a word ending before token k, the end of the capitalised words hyphens join to it: "Saint-Pol", "Saxe-Coburg". */
function hyphenatedEnd(t: Tokens, k: number): number {
	while (k < t.count && joinBefore(t, k) === "-" && isCap(t, k)) k++;
	return k;
}

/**
 * The end of what a listed person's single name keeps in its mention, as annotators write it: "of" and a place
 * ("Agobard of Lyon", "Lanfranc of Bec"; not a state, "Hardrada of Norway" names two actors, nor a body, a person or a
 * people), or a ruler's epithet ("Ewuare the Great"). Token k is the word after the name; k when there is none.
 */
export function singleNameEnd(m: NoteMatcher, k: number): number {
	const t = m.t;
	if (k + 1 >= t.count || joinBefore(t, k) !== " " || joinBefore(t, k + 1) !== " ") return k;
	if (!m.is(k, "of")) return rulerEpithetEnd(m, k);
	const at = m.at(k + 1);
	if (at ? at.form.entities[0]?.kind !== null || at.end !== k + 2 : !nameWord(m, k + 1)) return k;
	// one word: "Agobard of Lyon", not "Mazepa of the Zaporozhian Host"
	if (k + 2 < t.count && joinBefore(t, k + 2) === " " && isCap(t, k + 2)) return k;
	return extendEpithet(m, k, true);
}

/**
 * After a name ending before token k, the end of the surname it runs on into by a small particle (and an article):
 * "Cánovas del Castillo", "León de la Barra", "Primo de Rivera"; not into a collective ("Louis de France") or a longer
 * capitalised run. k when there is none.
 */
export function particleTailEnd(m: NoteMatcher, k: number): number {
	const t = m.t;
	if (k + 1 >= t.count || joinBefore(t, k) !== " " || !OPENING_PARTICLES.hasToken(t, k, m.word)) return k;
	let p = k + 1;
	if (SECOND_PARTICLES.hasToken(t, p, m.word) && joinBefore(t, p) === " ") p++;
	if (p >= t.count || joinBefore(t, p) !== " " || !nameWord(m, p) || collectiveAt(m, p) || capitalJoined(t, p + 1)) return k;
	return p + 1;
}

/** Japanese honorifics a hyphen joins to a name: "Yodo-dono", "Atsu-hime". */
const JAPANESE_SUFFIXES = new Set(["dono", "sama", "hime", "gozen"]);

/** After a name ending before token k, in a note about Japan, the end of a honorific joined by a hyphen; else k. */
export function japaneseSuffixEnd(m: NoteMatcher, k: number): number {
	return k < m.t.count && joinBefore(m.t, k) === "-" && JAPANESE_SUFFIXES.has(m.word(k)) && m.aboutJapan() ? k + 1 : k;
}

/** After a name ending before token k, the end of "the" and a ruler's epithet ("Zorvig the Bold"), or k. */
export function rulerEpithetEnd(m: NoteMatcher, k: number): number {
	const t = m.t;
	if (k + 1 >= t.count || joinBefore(t, k) !== " " || joinBefore(t, k + 1) !== " " || !m.is(k, "the")) return k;
	return RULER_EPITHETS.hasToken(t, k + 1, m.word) && !capitalJoined(t, k + 2) ? k + 2 : k;
}

/** Whether token k, after an epithet, is no noun it could qualify: the end, punctuation, a function word or a verb. */
function noNounAfter(m: NoteMatcher, k: number): boolean {
	const t = m.t;
	if (k >= t.count || joinBefore(t, k) !== " " || ((t.flags[k] ?? 0) & LOWER) === 0) return true;
	return FUNCTION_WORDS.hasToken(t, k, m.lowerWord) || VERBS.hasToken(t, k, m.lowerWord);
}

/**
 * Whether token i is the given name, however spelt, of the listed person whose surname follows: "Thadeus Stevens"
 * is Thaddeus Stevens (see `bySurname`), although "Thadeus" is in no list of given names.
 */
export function givenOfListed(m: NoteMatcher, i: number): boolean {
	const t = m.t;
	if (i + 1 >= t.count || joinBefore(t, i + 1) !== " " || !isCap(t, i + 1)) return false;
	// kept per token: the scan asks before `personAt` asks again
	const known = m.givens[i] ?? 0;
	if (known) return known === 2;
	// (a word no form of one token names a person by is passed over before the gazetteer is asked for its match)
	const given = m.lex.mayBePerson(t, i + 1) && bySurname(m, i, i + 1) !== null;
	m.givens[i] = given ? 2 : 1;
	return given;
}

/** The listed person of a surname after its particle, tokens j to k, whose name ends so: "de Pompadour" of "Madame de Pompadour". */
function byParticleName(m: NoteMatcher, j: number, k: number): Form | null {
	const f = m.at(k - 1);
	const e = f?.form.entities[0];
	if (!f || f.end !== k || !e || e.kind !== "person") return null;
	const t = m.t;
	return e.name.endsWith(" " + t.text.slice(t.start[j] ?? 0, t.end[k - 1] ?? 0)) ? f.form : null;
}

/**
 * A full name not in the list whose surname is a listed short form, with the same given name: "Otto von Bismark"
 * is Otto von Bismarck. The first letters of the given name must agree ("Jean-Jaques" for "Jean-Jacques").
 */
function bySurname(m: NoteMatcher, first: number, last: number): Form | null {
	const f = m.at(last);
	const e = f?.form.entities[0];
	if (!f || f.end !== last + 1 || !e || e.kind !== "person") return null;
	return startsFolded(m.word(first), givenPrefix(e)) ? f.form : null;
}

const GIVEN_PREFIXES = new WeakMap<Entity, string>();

/** The first three letters of a listed person's given name, in lower case, worked out once per person. */
function givenPrefix(e: Entity): string {
	let p = GIVEN_PREFIXES.get(e);
	if (p === undefined) GIVEN_PREFIXES.set(e, (p = (e.name.split(" ")[0] ?? "").toLowerCase().slice(0, 3)));
	return p;
}

/** Whether `word.toLowerCase().slice(0, 3) === prefix`, compared in place when those letters are ASCII. */
function startsFolded(word: string, prefix: string): boolean {
	const n = Math.min(3, word.length);
	if (prefix.length !== n) return word.toLowerCase().slice(0, 3) === prefix;
	for (let j = 0; j < n; j++) {
		let c = word.charCodeAt(j);
		if (c > 127) return word.toLowerCase().slice(0, 3) === prefix;
		if (c >= 65 && c <= 90) c += 32;
		if (c !== prefix.charCodeAt(j)) return false;
	}
	return true;
}

/** "Louis XV and XVI": a numeral after "and" / "," continues the regnal name before it; -1 when none does. */
export function ellipticalNumeral(m: NoteMatcher, k: number): number {
	const t = m.t;
	if (k >= t.count) return -1;
	const gap = t.text.slice(t.end[k - 1] ?? 0, t.start[k] ?? 0);
	const w = m.word(k);
	if ((w === "and" || w === "or") && gap === " " && k + 1 < t.count && joinBefore(t, k + 1) === " ") {
		const n = m.word(k + 1);
		return n !== "I" && ROMAN_NUMERALS.has(n) ? k + 1 : -1;
	}
	if (/^\s*[,&/]\s*$/.test(gap) && ROMAN_NUMERALS.has(w) && w !== "I") return k;
	return -1;
}
