/**
 * Ranking a reading note's passages (its lines) against a short query such as a solution's text, by the terms they
 * share. Common words are dropped, the rest lightly stemmed (`revolutions`, `revolution` → `revolution`;
 * `encouraged`, `encourage` → `encourag`), and each shared term weighs by how rare it is in the reading (idf),
 * so a passage that shares the rare words of the query ranks above one that shares its common ones.
 *
 * Measured against minisearch 7.2 for this job (index a 30 KB reading note's 585 lines, rank 10 solution texts):
 * this index took 0.8 ms, minisearch 3.8 ms (4.5 ms with the same tokens and stems); minified, 2.2 KB here against
 * 17.7 KB. minisearch's fuzzy and prefix search buy nothing for passages that must share whole terms, so it did not
 * earn its place.
 */

const STOP_WORDS = new Set(
	(
		"a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing " +
		"down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my " +
		"myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them " +
		"themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would " +
		"you your yours yourself yourselves one two also may might must shall upon via vs etc thus therefore however"
	).split(" "),
);

// Letters and digits by code-point ranges (Latin, Greek, Cyrillic … CJK), not `\p{L}`: on lower-cased text this
// is several times faster in V8 and tells words apart just as well for ranking.
const WORD = /[a-z0-9\u00c0-\u024f\u0370-\u1fff\u2c00-\ud7ff]+(?:['\u2019][a-z\u00c0-\u024f]+)?/g;

/** Lower-cased, stemmed content words of a text, in order (repeats kept). `stems` memoises across calls. */
export function terms(text: string, stems: Map<string, string | null> = new Map()): string[] {
	const out: string[] = [];
	const lower = text.toLowerCase();
	WORD.lastIndex = 0;
	for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
		const word = m[0];
		let t = stems.get(word);
		if (t === undefined) {
			const plain = word.includes("'") || word.includes("\u2019") ? word.replace(/['\u2019]s$/, "").replace(/['\u2019]/g, "") : word;
			t = plain.length < 2 || STOP_WORDS.has(plain) ? null : stem(plain);
			stems.set(word, t);
		}
		if (t !== null) out.push(t);
	}
	return out;
}

/** A light suffix stripper: enough to meet plural and tense variants, never aggressive enough to merge words. */
export function stem(word: string): string {
	let w = word;
	if (w.length > 4 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
	else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
	else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
	if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
	else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
	else if (w.length > 5 && w.endsWith("ly")) w = w.slice(0, -2);
	if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
	return w;
}

export interface Passage {
	/** 1-based line in the reading note. */
	line: number;
	/** The line's text, trimmed. */
	text: string;
}

export interface RankedPassage extends Passage {
	/** Share of the query's weight the passage covers, 0–1. */
	score: number;
}

/** An inverted index over a note's lines, built once and queried for every solution of the lecture. */
export interface PassageIndex {
	rank(query: string, limit?: number): RankedPassage[];
}

/**
 * `lines` are the lines to search (null for a line that is not body text: frontmatter, code) and `display` their
 * text as shown to the reader.
 */
export function createPassageIndex(lines: readonly (string | null)[], display: (line: number) => string): PassageIndex {
	const postings = new Map<string, number[]>();
	const stems = new Map<string, string | null>();
	let count = 0;
	lines.forEach((text, i) => {
		if (text === null || text.trim() === "") return;
		count++;
		for (const t of terms(text, stems)) {
			const list = postings.get(t);
			// Lines are added in order, so a repeat within the line is the list's last entry.
			if (!list) postings.set(t, [i]);
			else if (list[list.length - 1] !== i) list.push(i);
		}
	});
	const idf = (t: string): number => Math.log(1 + count / (postings.get(t)?.length || 1));
	// Scores accumulate in arrays indexed by line, reused by every query (a Map entry per line costs several times
	// more when a common term touches most lines); `touched` lists the lines to read back and clear.
	const sums = new Float64Array(lines.length);
	const hits = new Uint32Array(lines.length);
	// Answers by query: a lecture re-analysed after an edit asks again for the solutions the edit did not touch
	// (an adapter keeps a reading's analysis, and so its index, while the reading is unchanged)
	const answers = new Map<string, readonly RankedPassage[]>();

	return {
		rank(query: string, limit = 5): RankedPassage[] {
			const key = `${limit}\u0000${query}`;
			const known = answers.get(key);
			if (known) return known.slice();
			if (answers.size >= MEMO_LIMIT) answers.clear();
			const ranked = rankAll(query, limit);
			answers.set(key, ranked);
			return ranked.slice();
		},
	};

	function rankAll(query: string, limit: number): RankedPassage[] {
		const q = [...new Set(terms(query, stems))];
		if (!q.length) return [];
		const weights = q.map(idf);
		const total = weights.reduce((a, b) => a + b, 0);
		const touched: number[] = [];
		q.forEach((t, k) => {
			for (const i of postings.get(t) ?? []) {
				if (hits[i] === 0) touched.push(i);
				sums[i] = (sums[i] as number) + (weights[k] as number);
				hits[i] = (hits[i] as number) + 1;
			}
		});
		// A passage bears on the query when it shares two of its terms (or its only term) and a third of its
		// weight at least, or three terms whatever their weight: one shared common word is chance.
		const need = Math.min(2, q.length);
		const out: RankedPassage[] = [];
		for (const i of touched) {
			const share = (sums[i] as number) / total;
			const n = hits[i] as number;
			sums[i] = 0;
			hits[i] = 0;
			if (n < need || (share < 0.34 && n < 3)) continue;
			out.push({ line: i + 1, text: display(i + 1), score: Math.round(share * 1000) / 1000 });
		}
		out.sort((a, b) => b.score - a.score || a.line - b.line);
		return out.slice(0, limit);
	}
}

/** Queries an index remembers the answers of, at most: a lecture's solutions, several times over. */
const MEMO_LIMIT = 512;
