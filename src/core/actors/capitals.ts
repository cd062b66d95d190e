/**
 * A national capital that acts stands for its state's government: "London refused", "Moscow ran out of will",
 * "Washington recognised the junta", "Cairo's radio". Read only for the capital of the note's years, and only as the
 * subject of a verb of decision or before a possessive; a capital taken, holding out or visited is a place
 * ("Madrid holds", "Seoul falls", "talks in Moscow").
 */
import { WordSet } from "./data/words";
import type { NotePeriod } from "./lexicon";
import type { NoteMatcher } from "./matcher";
import { HashBits, joinBefore, LOWER, possessiveAfter, UPPER } from "./tokens";

/** Capital, the state's canonical name, and the years the city was that state's seat. */
const CAPITALS: readonly (readonly [string, string, number, number])[] = [
	["London", "England", 1066, 1706],
	["London", "United Kingdom", 1707, 9999],
	["Moscow", "Russia", 1480, 1712],
	["Moscow", "Soviet Union", 1918, 1991],
	["Moscow", "Russia", 1992, 9999],
	["Washington", "United States", 1800, 9999],
	["Paris", "France", 987, 9999],
	["Berlin", "Prussia", 1701, 1870],
	["Berlin", "Germany", 1871, 1945],
	["Bonn", "West Germany", 1949, 1990],
	["Vienna", "Austria", 1500, 9999],
	["Rome", "Italy", 1871, 9999],
	["Madrid", "Spain", 1561, 9999],
	["Lisbon", "Portugal", 1255, 9999],
	["Tokyo", "Japan", 1868, 9999],
	["Beijing", "China", 1421, 9999],
	["Peking", "China", 1421, 1949],
	["Nanjing", "China", 1928, 1949],
	["Cairo", "Egypt", 1922, 9999],
	["Delhi", "India", 1947, 9999],
	["Ankara", "Turkey", 1923, 9999],
	["Tehran", "Iran", 1786, 9999],
	["Athens", "Greece", 1834, 9999],
	["Brussels", "Belgium", 1830, 9999],
	["Warsaw", "Poland", 1596, 9999],
	["Prague", "Czechoslovakia", 1918, 1992],
	["Budapest", "Hungary", 1873, 9999],
	["Belgrade", "Yugoslavia", 1918, 1991],
	["Hanoi", "North Vietnam", 1954, 1975],
	["Saigon", "South Vietnam", 1955, 1975],
	["Havana", "Cuba", 1902, 9999],
	["Pretoria", "South Africa", 1910, 9999],
	["Ottawa", "Canada", 1867, 9999],
	["Baghdad", "Iraq", 1921, 9999],
	["Damascus", "Syria", 1946, 9999],
	["Pyongyang", "North Korea", 1948, 9999],
	["Seoul", "South Korea", 1948, 9999],
	["Islamabad", "Pakistan", 1967, 9999],
	["Karachi", "Pakistan", 1947, 1959],
];

/** Verbs of a government's decision, finite: the capital before them is its government acting. */
const DECISION_VERBS = new WordSet(`
	wants wanted refuses refused fears feared insists insisted tries tried decides decided agrees agreed demands
	demanded rejects rejected accepts accepted backs backed supports supported sends sent arms armed orders ordered
	presses pressed protests protested warns warned replies replied answers answered offers offered promises promised
	threatens threatened vetoes vetoed recognises recognised recognizes recognized declines declined approves approved
	imposes imposed invades invaded intervenes intervened withdrew withdraws panics panicked drops dropped hopes hoped
	prefers preferred ran runs would could did
`);

/** The hashes of the capitals' names: a word none of them has is no capital, whatever stands around it. */
const CAPITAL_HASHES = HashBits.of(() => CAPITALS.map(([city]) => city));

/** The state a capital stands for in a note of these years, or null. */
function capitalState(name: string, period: NotePeriod): string | null {
	for (const [city, state, from, to] of CAPITALS) if (city === name && period.mid >= from && period.mid <= to) return state;
	return null;
}

/**
 * The state the capital at token i stands for when it acts there: before a verb of decision ("London refused") or
 * a possessive ("Moscow's price"), not after "of" or another capitalised word ("Treaty of London", "Greater
 * London"). Null otherwise.
 */
export function actingCapital(m: NoteMatcher, i: number, period: NotePeriod | null): string | null {
	const t = m.t;
	if (!period || i + 1 >= t.count || !CAPITAL_HASHES.has(t.hash[i] ?? 0)) return null;
	if (i > 0 && joinBefore(t, i) === " " && (((t.flags[i - 1] ?? 0) & UPPER) !== 0 || m.lowerWord(i - 1) === "of")) return null;
	if (joinBefore(t, i + 1) === "-") return null;
	const acts = possessiveAfter(t, i) || (joinBefore(t, i + 1) === " " && ((t.flags[i + 1] ?? 0) & LOWER) !== 0 && DECISION_VERBS.hasToken(t, i + 1, m.lowerWord));
	return acts ? capitalState(m.word(i), period) : null;
}
