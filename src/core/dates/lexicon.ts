/**
 * The words of the date grammar: calendar names, qualifiers, and the words around a number that show it is not a
 * date. Lookups are by lower-cased word (abbreviations keep their dots) unless noted.
 */
import type { Qualifier } from "../types";
import { WordTable } from "./text";

// Tables are filled on their first lookup, so the word lists are split then, not while the plugin loads.
const set = (words: string, caseSensitive = false): WordTable<true> =>
	new WordTable(
		() =>
			words
				.trim()
				.split(/\s+/)
				.map((w) => [w, true] as const),
		caseSensitive,
	);

const table = <V>(entries: ReadonlyArray<readonly [string, V]>): WordTable<V> => new WordTable(entries);

/** Abbreviations are also written with their dot: "Jan.", "Sept.". */
const withDots = <V>(entries: ReadonlyArray<readonly [string, V]>): WordTable<V> =>
	new WordTable(() => entries.flatMap(([w, v]) => (w.length <= 4 ? [[w, v] as const, [`${w}.`, v] as const] : [[w, v] as const])));

export const MONTHS = withDots([
	["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
	["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8], ["september", 9],
	["sep", 9], ["sept", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
]);

/** The regular-expression source of a month name (full or abbreviated), for the day-first form. */
export const MONTH_PATTERN =
	"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

export const MONTH_NAMES = [
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/** Seasons sort at a month of their own: spring April, summer July, autumn October, winter January. */
export const SEASONS = table([["spring", 4], ["summer", 7], ["autumn", 10], ["fall", 10], ["winter", 1]]);

/** Era markers written before the number ("AD 800"); case matters, "ad" alone is too often a word. */
export const ERA_BEFORE = set("AD A.D. a.d.", true);

/** Words that bound a date ("by 1922", "after 1933") or make it approximate ("c. 500 BC"). */
export const BOUNDS = table<Qualifier>([
	["by", "by"], ["before", "by"], ["pre", "by"], ["until", "by"], ["till", "by"], ["til", "by"],
	["after", "after"], ["post", "after"], ["since", "after"],
	["c.", "circa"], ["c", "circa"], ["ca.", "circa"], ["ca", "circa"], ["circa", "circa"], ["around", "circa"],
	["approx.", "circa"], ["approx", "circa"], ["approximately", "circa"],
]);

/** Two-word bounds, keyed by their last word: "up to", "up until", "prior to". */
export const BOUND_PAIRS = table<WordTable<Qualifier>>([
	["to", table<Qualifier>([["up", "by"], ["prior", "by"]])],
	["until", table<Qualifier>([["up", "by"]])],
]);

/** Words that place a date inside its unit: "late 1917", "mid-1930s". */
export const PERIODS = table<Qualifier>([
	["early", "early"], ["mid", "mid"], ["middle", "mid"], ["late", "late"],
]);

/** "<head> of": "end of the 17th century", "beginning of 1917". */
export const PERIOD_HEADS = table<Qualifier>([
	["end", "late"], ["close", "late"], ["beginning", "early"], ["start", "early"], ["dawn", "early"],
	["middle", "mid"],
]);

/** "<modifier> <head> of": "first half of", "latter part of", "last quarter of". */
export const PERIOD_PARTS = table<WordTable<Qualifier>>([
	["half", table<Qualifier>([["first", "early"], ["second", "late"], ["latter", "late"], ["later", "late"]])],
	["part", table<Qualifier>([["early", "early"], ["earlier", "early"], ["first", "early"], ["latter", "late"], ["later", "late"], ["last", "late"]])],
	["quarter", table<Qualifier>([["first", "early"], ["last", "late"], ["final", "late"]])],
]);

/** Words after a date that open it to the future: "1917 onwards". */
export const ONWARDS = set("onwards onward");

/** Spelled ordinals for "the sixteenth century". */
export const SPELLED_ORDINALS = table([
	["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7], ["eighth", 8],
	["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12], ["thirteenth", 13], ["fourteenth", 14],
	["fifteenth", 15], ["sixteenth", 16], ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20],
]);

// ---- Guards: what the words around a number say when it is not a date ----

/** Words before a number that make it a reference, not a year: "pp. 1145", "chapter 1914", "No. 1848". */
export const REFERENCE_WORDS = set(`
	p p. pp pp. pg pg. pgs pgs. page pages ch ch. chap chap. chapter chapters vol vol. vols vols. volume volumes
	no. nos. nr nr. number numbers art. article articles sec sec. section sections fig fig. figure figures table tables
	item items verse verses v. vv. para para. paragraph paragraphs slide slides ex. exercise exercises question
	questions q. room rm rm. unit units week weeks folio fol. ff. psalm psalms isbn tel tel. phone code route highway
	flight issue issues version ver. ver lot box file doc id ref ref. step steps level grade score scores
	call fax dial telephone ext ext. extension
	col. column columns unscr
`);

/** Kinds of law before "code" in small letters, which name a law and its year: "civil code 1928", "penal code 1810". */
export const LAW_KINDS = set(`civil penal criminal commercial legal labour labor family land agrarian`);

/** Currency codes before a number: "USD 1900". */
export const CURRENCY_WORDS = set("usd gbp eur dm rm chf");

/** Words before a number that make it a quantity: "more than 1500", "some 2000". */
export const QUANTITY_WORDS = set("than over nearly almost some least most only roughly estimated totalling totaling total max maximum");

/**
 * Nouns after a number that make it a measure, never a year: "for 1000 years", "1000 dollar", "1930 hours".
 * Also what follows a number joined by a hyphen: "a 2000-strong army", "the 1000-year Reich".
 */
export const UNIT_NOUNS = set(`
	year years yr yrs year-old month months week weeks day days hour hours hr hrs h minute minutes min mins second
	seconds sec secs decade decades centuries millennia times
	dollar dollars usd pound pounds gbp lb lbs franc francs rm dm reichsmark reichsmarks livre livres
	florin florins ducat ducats ruble rubles rouble roubles yen peso pesos shilling shillings guinea guineas
	thaler thalers euro euros eur cents pence rupee rupees talent talents denarii drachma drachmas
	mile miles mi km kms kilometre kilometres kilometer kilometers metre metres meter meters m ft feet foot yard yards
	per acre acres hectare hectares iugera jugera ton tons tonne tonnes kg kilograms kilogram gallons litres liters barrels bushels
	percent pages page words copies points calories degrees strong man odd plus
`);

/**
 * Nouns after a number that usually make it a count ("1000 horse", "2000 soldiers"). A date preposition before the
 * number wins ("in 1917 people rose").
 */
export const COUNT_NOUNS = set(`
	people persons person men man women woman children child boys girls soldiers soldier troops troop knights horse
	horses horsemen cavalry infantry archers sailors marines officers warriors fighters rebels insurgents partisans
	militia militiamen mercenaries volunteers recruits conscripts veterans prisoners captives hostages slaves serfs
	peasants workers labourers laborers miners settlers colonists immigrants emigrants migrants refugees pilgrims
	missionaries priests monks nuns bishops delegates deputies members representatives voters votes seats students
	pupils teachers families households inhabitants residents citizens civilians casualties deaths dead killed
	wounded injured victims executions lives souls heads ships vessels boats galleys guns cannons cannon tanks planes
	aircraft bombers rifles muskets books letters pamphlets titles editions villages towns cities churches
	monasteries factories schools senators followers supporters clients legions cohorts legionaries
`);

/** Verbs whose "over" is their particle, not a quantity: "de Klerk takes over 1989" (but "over 1500 soldiers"). */
export const OVER_VERBS = set(`
	take takes took taken taking hand hands handed handing turn turns turned turning win wins won pass passes passed
	hold holds held carry carries carried blow blew blown fall fell fallen go goes went gone going come comes came
`);

/** The words after a small number and "of" that make it a share of a group: "170 of his men", "40 of the ships". */
export const SHARE_OWNERS = set("his her their its the them these those whom which our my");

/** Prepositions and joints after a people's count: "120 Portuguese in the guard", "300 French and 200 Swiss". */
export const AFTER_PEOPLE = set("in at on under from with and were had");

/** Words that count the people of a demonym after a number: "192 Athenian dead". */
export const CASUALTY_WORDS = set("dead wounded slain fallen killed");

/** Prepositions that make the number a time even before a count noun: "in 1917 people rose". */
export const DATE_PREPOSITIONS = set("in by since during after before until till from pre post through throughout");

/**
 * Course subject codes ("HIST 1920"): matched case-sensitively, because a course code is written in capitals.
 */
export const COURSE_CODES = set(
	`
	HIST HST HIS HI HY CS CSC CSE CIS MATH MTH ECON ECO ECN POL POLS POLI PSCI PLSC POLSCI GOV GOVT PHIL PHI ENG ENGL
	BIO BIOL CHEM PHYS PSY PSYC PSYCH SOC SOCI ANTH ARTH ARH HUM HUMN LIT LING GEOG GEO STAT STATS EDU EDUC COMP INTL
	IR REL RELS RLST CLAS CLA MUS THEA DRAM LAW MGMT BUS ACCT FIN MKT SPAN FREN GERM ITAL RUSS LAT LATN GRK ARAB CHIN
	JAPN AFAM AMST WGS WGSS GSWS ENVS COURSE LAS AFR AFRS
`,
	true,
);

/**
 * Lines that state course logistics. A day, month or season of a recent year on such a line is a class date, not
 * history; an older one stays ("exam tip: 28 June 1914").
 */
export const LOGISTICS =
	/\b(?:quiz(?:zes)?|exams?|midterms?|homework|assignments?|deadlines?|syllabus|semester|office hours|study session|due|class(?:es)?|lectures?|seminars?|sessions?|tutorials?|week|tests?|notes|term|finals?|reading response)\b/i;

/**
 * Logistics dates are the student's own: this year or later. (1990 had dropped "Oct 1993" on a line of a note about
 * Rwanda that also said "the lecture ended on …".)
 */
export const RECENT_YEAR = 2000;

/** Words after a recent year that make it an exam's (on a line of course logistics): "from 2019 paper". */
export const EXAM_WORDS = set(`paper papers exam exams quiz midterm midterms final finals syllabus`);

/** A day from this year on, alone on its line, is the date of the class. */
export const CLASS_DATE_YEAR = 2010;
