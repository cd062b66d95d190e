/**
 * What is not an actor by its place in the note rather than by its name: the lecturer and the note's author
 * ("Notes given by Finley", "Prof. Smith said", `author:` in the frontmatter), authors cited as sources
 * ("according to Kennedy", "acc. to Konopczyński", "(Gelvin, p. 12)", "Keith Taylor's point"), the historians a
 * line lists under its label ("Historians: Taylor vs Fischer"), the titles listed under a readings heading, links
 * that show another note's title ("[[Malayan Emergency|Malaya lecture]]"), and titles of works, in italics or written
 * plain between their author and their year ("Engels, Condition of the Working Class in England (1845)").
 */
import { isApostrophe, LETTER_OR_DIGIT } from "../chars";
import { isDigit } from "../dates/text";
import type { NoteDocument } from "../markdown/document";
import { lazy } from "../lazy";
import { OFFICE_NOUNS, OFFICE_OPENERS, OFFICES_AFTER_NAME, PERSON_TITLES } from "./data/words";
import { HashBits, isUpperChar, UPPER, type Tokens } from "./tokens";

const NAME = String.raw`[A-Z][\p{L}'\u2019-]*(?:[ \t]+(?:(?:von|van|de|der|du|da|di|le|la)[ \t]+)?[A-Z][\p{L}'\u2019-]*){0,3}`;
const TITLE = String.raw`(?:Prof(?:essor)?|Dr|Mr|Mrs|Ms|Miss|Sir)\.?[ \t]+`;
const HONORIFIC = `(?:${TITLE})?`;
/** Up to three initials before a name, written close or spaced: "P. J. Marshall", "A.J.P. Taylor". */
const INITIALS = String.raw`(?:[A-Z]\.[ \t]?){0,3}`;

// Each rule is found from a literal trigger (located with indexOf, which is far faster than running a regular
// expression at every position) and then checked with a sticky expression at that place.

// "Notes given by Finley", "Lecture by Dr. Smith", "Class taught by X": a word of teaching, then "by".
const TEACHING_BEFORE_BY = /\b(?:notes?|lectures?|lectured|class|seminar|talk|slides|tutorial|session|taught)(?:[ \t]+(?:given|taught|delivered|presented|written|compiled|prepared|led|run|held|taken))?[ \t]+$/i;
const NAME_AFTER = lazy(() => new RegExp(String.raw`${HONORIFIC}(${NAME})`, "uy"));
// "Lecturer: X", "Professor - X", "Author: X" at a line's start.
const ROLE_LINE = lazy(() => new RegExp(String.raw`[ \t>*_-]*(?:[Ll]ecturer|[Ii]nstructor|[Pp]rofessor|[Tt]eacher|[Tt]utor|[Aa]uthor|[Ss]peaker|[Pp]resenter)s?[ \t]*[:\u2013-][ \t]*${HONORIFIC}(${NAME})`, "uy"));
// "Prof. Smith said", "Dr Jones argues": a scholar's title and a verb of speech.
const SCHOLAR_TITLES = ["Prof", "Dr", "Lecturer", "Tutor", "Teacher", "Instructor"];
const SCHOLAR_SAID = lazy(() => new RegExp(
	String.raw`(?:Prof(?:essor)?|Dr|Lecturer|Tutor|Teacher|Instructor)\.?[ \t]+(${NAME})[ \t,]+(?:said|says|argued|argues|mentioned|mentions|noted|notes|explained|explains|claimed|claims|thinks|thought|asked|asks|stated|states|suggested|suggests|told|tells|emphasi[sz]ed|pointed|remarked|believes|contends|observed|lectured)\b`,
	"uy",
));
// "Dr. Halvorsen's lecture", "V. A. Smith's phrase", "Clark's *Iron Kingdom*": a name, its initials first, in the
// possessive before a word of teaching, a claim or a work. Read backwards from that word over a short window, so the
// pattern is anchored at the window's end.
const POSSESSIVE_NAME = lazy(() => new RegExp(String.raw`(?:^|[^\p{L}.])${HONORIFIC}(${INITIALS}${NAME})['\u2019]s[ \t]+$`, "u"));
const TEACHING_NOUNS = ["lecture", "lectures", "class", "seminar", "slides", "tutorial"];
// "Keith Taylor's point is", "Lukowski's argument", "Robson's translation", "V. A. Smith's phrase": a scholar's claim,
// words or work, cited.
const CLAIM_NOUNS = ["point", "argument", "thesis", "translation", "interpretation", "phrase", "coinage", "verdict", "formulation"];
// "Notes from Dr. Halvorsen": after "from", only a titled name is the lecturer ("notes from Trotsky's memoirs" are not).
const TITLED_NAME_AFTER = lazy(() => new RegExp(`${TITLE}(${NAME})`, "uy"));
// "according to Kennedy", "(Gelvin, p. 12)", "(Mason 2003)". A work's year is one year: a decade or a span after
// the name dates the person ("(Ali Mughayat Syah, 1520s)", "(Mansur Shah, 1459–77)"), it cites no one.
const CITATION = lazy(() => new RegExp(String.raw`\((${NAME})(?:[ \t]+(?:and|&)[ \t]+${NAME})?(?:[ \t]+et[ \t]+al\.?)?,?[ \t]+(?:pp?\.?[ \t]*\d|\d{4}(?![\ds\u2013-])|ch\.?[ \t]*\d|chapter[ \t]+\d)`, "uy"));

/**
 * The first three letters of the role words (lecturer, instructor, professor, teacher, tutor, author, speaker,
 * presenter), lower-cased and packed into one number, so a line's opening is tested without cutting text.
 */
const packed3 = (text: string, k: number): number => ((text.charCodeAt(k) | 32) << 16) | ((text.charCodeAt(k + 1) | 32) << 8) | (text.charCodeAt(k + 2) | 32);
const ROLE_PREFIXES = new Set(["lec", "ins", "pro", "tea", "tut", "aut", "spe", "pre"].map((p) => packed3(p, 0)));
// "Loud stresses", "as Houben argues", "P. J. Marshall stresses": a scholar's view, in the present tense (a listed
// historical person who "argues" stays an actor: only names no list holds are dropped as cited).
const VIEW_VERBS = ["argues", "stresses", "emphasises", "emphasizes", "contends", "downplays", "underlines", "agrees", "disagrees", "maintains", "concludes"];
export const TRIGGERS = HashBits.of(() => ["by", "from", "according", "acc", ...SCHOLAR_TITLES, "Professor", ...TEACHING_NOUNS, ...CLAIM_NOUNS, ...VIEW_VERBS]);
const TEACHING = new Set(TEACHING_NOUNS);
const CLAIMS = new Set(CLAIM_NOUNS);
const VIEWS = new Set(VIEW_VERBS);
/** A name, its initials first ("P. J. Marshall"), that ends a window of text before a space. */
const NAME_BEFORE = lazy(() => new RegExp(String.raw`(?:^|[^\p{L}.'\u2019])(${INITIALS}${NAME})[ \t]+$`, "u"));

function stickyAt(re: RegExp, text: string, at: number): string | undefined {
	re.lastIndex = at;
	return re.exec(text)?.[1];
}

export interface Exclusions {
	/** The lecturer's and the author's names (full, and each of their words): never actors in this note. */
	lecturers: Set<string>;
	/** Cited authors: not actors unless they are well-known historical persons ("according to Marx"). */
	cited: Set<string>;
	/** Works in italics after their cited author ("Clark's *Iron Kingdom*"): their text names no actor. */
	works: [number, number][];
}

/**
 * The lecturers and cited authors of a note. `triggers`: the tokens whose hash is in TRIGGERS, in order (the caller
 * finds them in a pass over the tokens shared with other questions); `emphasis`: the note's spans in single emphasis
 * (`emphasisSpans`); `isPerson`: whether a name is a person the gazetteer or the vault knows, whose possessive
 * before italics names what the person holds ("Napoleon's *Grande Armée*"), no work of theirs.
 */
export function findExclusions(doc: NoteDocument, t: Tokens, triggers: readonly number[], emphasis: readonly [number, number][], isPerson: (name: string) => boolean): Exclusions {
	const lecturers = new Set<string>();
	const cited = new Set<string>();
	const addTo = (names: Set<string>, name: string | undefined): void => {
		if (!name) return;
		const clean = name.trim().replace(/['\u2019]s$/, "");
		if (!clean) return;
		names.add(clean);
		// initials written close or spaced: "P.J. Marshall" in a reading's link, "P. J. Marshall" in the text
		const spaced = clean.replace(/\b([A-Z])\.(?=[A-Z])/g, "$1. ");
		if (spaced !== clean) names.add(spaced);
		const close = clean.replace(/\b([A-Z])\. (?=[A-Z]\.)/g, "$1.");
		if (close !== clean) names.add(close);
		// each word, and each tail of the name ("In Maria Lopez's seminar" names Maria Lopez)
		const words = clean.split(/\s+/);
		for (let k = 0; k < words.length; k++) {
			const part = words[k] as string;
			if (part.length > 2 && /^[A-Z]/.test(part)) names.add(part);
			if (k > 0 && k < words.length - 1) names.add(words.slice(k).join(" "));
		}
	};
	const text = doc.display;
	// a citation's parenthesis holds a capitalised name then a page or a year: "(Gelvin, p. 12)"
	for (let p = text.indexOf("("); p !== -1; p = text.indexOf("(", p + 1)) if (isUpperChar(text.charCodeAt(p + 1))) addTo(cited, stickyAt(CITATION(), text, p));
	// Triggers were found among the note's tokens by hash, one pass with no string search.
	for (const i of triggers) {
		const at = t.start[i] ?? 0;
		// a capitalised word right after "(" opens a citation, read above
		if (text.charCodeAt(at - 1) === 40 && ((t.flags[i] ?? 0) & UPPER) !== 0) continue;
		const w = text.slice(at, t.end[i] ?? at);
		if (w === "by" || w === "from") {
			// "Notes given by Finley", "Notes from Dr. Halvorsen's lecture"
			const prev = text.charCodeAt(at - 1);
			if ((prev === 32 || prev === 9) && TEACHING_BEFORE_BY.test(text.slice(Math.max(0, at - 40), at))) addTo(lecturers, stickyAt(w === "by" ? NAME_AFTER() : TITLED_NAME_AFTER(), text, at + w.length + 1));
		} else if (TEACHING.has(w)) {
			// "Dr. Halvorsen's lecture": the possessive stands right before the word
			const c = text.charCodeAt(at - 2);
			if (text.charCodeAt(at - 1) === 32 && (c === 115 || c === 83)) addTo(lecturers, POSSESSIVE_NAME().exec(text.slice(Math.max(0, at - 80), at))?.[1]);
		} else if (CLAIMS.has(w)) {
			// "Keith Taylor's point": as for a teacher's lecture, the possessive stands right before the word
			const c = text.charCodeAt(at - 2);
			if (text.charCodeAt(at - 1) === 32 && (c === 115 || c === 83)) addTo(cited, POSSESSIVE_NAME().exec(text.slice(Math.max(0, at - 80), at))?.[1]);
		} else if (w === "according" || w === "According") {
			if (text.startsWith(" to ", at + w.length)) addTo(cited, stickyAt(NAME_AFTER(), text, at + w.length + 4));
		} else if (w === "acc" || w === "Acc") {
			// "acc. to Konopczyński"
			if (text.startsWith(". to ", at + w.length)) addTo(cited, stickyAt(NAME_AFTER(), text, at + w.length + 5));
		} else if (VIEWS.has(w)) {
			if (text.charCodeAt(at - 1) === 32) addTo(cited, NAME_BEFORE().exec(text.slice(Math.max(0, at - 60), at))?.[1]);
		} else if (SCHOLAR_TITLES.includes(w) || w === "Professor") addTo(lecturers, stickyAt(SCHOLAR_SAID(), text, at));
	}
	// a work in italics after its author: "Clark's *Iron Kingdom*", "Showalter (*The Wars of Frederick the Great*)"
	const works: [number, number][] = [];
	for (const span of emphasis) {
		const author = authorBeforeWork(text, span[0], span[1]);
		if (!author || isPerson(author)) continue;
		addTo(cited, author);
		works.push(span);
	}
	const starts = doc.lineStarts;
	for (let l = 0; l < starts.length; l++) {
		// a role line opens with one of the role words, after optional markers
		const start = starts[l] ?? 0;
		let k = start;
		let c = text.charCodeAt(k);
		while (c === 32 || c === 9 || c === 62 || c === 42 || c === 95 || c === 45) c = text.charCodeAt(++k);
		// the role words' first letters (l, i, p, t, a, s) first: most lines open with none of them
		const first = c | 32;
		if (first !== 108 && first !== 105 && first !== 112 && first !== 116 && first !== 97 && first !== 115) continue;
		if (ROLE_PREFIXES.has(packed3(text, k))) addTo(lecturers, stickyAt(ROLE_LINE(), text, start));
	}
	// A reading linked by its author and title ("[[Readings/Lukowski - The Partitions of Poland|Lukowski]]"): its
	// authors are cited wherever the note names them.
	for (const l of doc.links) {
		const dash = readingDash(l.target);
		if (dash > 0) for (const one of l.target.slice(l.target.lastIndexOf("/") + 1, dash).split(/,|\band\b|&/)) addTo(cited, one);
	}
	// The note's author as its frontmatter records it.
	if (doc.frontmatter) {
		const re = /^(?:author|authors|lecturer|professor|instructor|teacher|by)[ \t]*:[ \t]*["']?([^"'\n[\]]+)/gim;
		for (let m = re.exec(doc.frontmatter); m; m = re.exec(doc.frontmatter)) {
			for (const one of (m[1] ?? "").split(/,|\band\b|&/)) addTo(lecturers, one);
		}
	}
	return { lecturers, cited, works };
}

/**
 * The name before a work in italics, the text inside its marks from `open` to `close`, as its author: in the
 * possessive ("Clark's *Iron Kingdom*") or before the work in brackets ("Showalter (*The Wars of Frederick the
 * Great*)"). Not when the work's year follows it: a dated work is a source of the history, its author one of its
 * actors ("Jean Petit's *Justification* (1408)", "Muhammad Yamin's *Gajah Mada* (1945)").
 */
function authorBeforeWork(text: string, open: number, close: number): string | undefined {
	const after = close + 1;
	if ((text.charCodeAt(after) === 32 && text.charCodeAt(after + 1) === 40 && isDigit(text.charCodeAt(after + 2))) || (text.charCodeAt(after) === 44 && isDigit(text.charCodeAt(after + 2)))) return undefined;
	const mark = open - 1;
	const c = text.charCodeAt(mark - 1);
	if (c === 32 && text.charCodeAt(mark - 2) === 115 && isApostrophe(text.charCodeAt(mark - 3))) return POSSESSIVE_NAME().exec(text.slice(Math.max(0, mark - 80), mark))?.[1];
	if (c === 40 && text.charCodeAt(mark - 2) === 32) return NAME_BEFORE().exec(text.slice(Math.max(0, mark - 62), mark - 1))?.[1];
	return undefined;
}

/**
 * Where " - " parts the author from the title in a link's target named like a reading ("Readings/Lukowski - The
 * Partitions of Poland"), searched in place in the target's last part (most links are no reading's); else -1.
 */
export function readingDash(target: string): number {
	const name = target.lastIndexOf("/") + 1;
	const dash = target.indexOf(" - ", name);
	return dash > name ? dash : -1;
}

/**
 * The spans of the links to readings named by author and title, in note order: what they show ("[[Lincoln - The
 * Great Reforms|Lincoln]]", "[[Readings/Eisenhower - So Far from God]]") names a book or its author, cited, no
 * actor, even when the author's name is a historical person's.
 */
export function readingLinkSpans(doc: NoteDocument): [number, number][] {
	const out: [number, number][] = [];
	for (const l of doc.links) if (!l.embed && readingDash(l.target) > 0) out.push([l.offset, l.offset + l.raw.length]);
	return out;
}

/** A link's shown text that names a note of the course: "Malaya lecture", "Bretton Woods notes", "Iran 1905-1979". */
const NOTE_TITLE = /(?:\b(?:lecture|lectures|notes)|\d{3,4} ?[-\u2013] ?\d{2,4})$/i;

/**
 * The spans of the links that show another note's title ("[[Malayan Emergency|Malaya lecture]]", "[[Iran
 * 1905-1979]]"): the names in them name the note, no actor of this one.
 */
export function noteTitleLinkSpans(doc: NoteDocument): [number, number][] {
	const out: [number, number][] = [];
	for (const l of doc.links) if (!l.embed && NOTE_TITLE.test((l.alias ?? l.target).trim())) out.push([l.offset, l.offset + l.raw.length]);
	return out;
}

/** Short words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(["of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "from", "against", "at", "by", "with", "de", "del", "e", "o", "la", "le", "du", "des", "y"]);

/** Whether a text is a title in title case: three words or more, each one capitalised but the small ones, no digit. */
function titleCased(text: string): boolean {
	const words = text.trim().split(/\s+/);
	if (words.length < 3 || /\d/.test(text)) return false;
	return words.every((w, k) => (k > 0 && TITLE_SMALL_WORDS.has(w)) || isUpperChar(w.charCodeAt(0)));
}

/**
 * The spans in single emphasis that are titles of works ("*To the Christian Nobility of the German Nation*",
 * "*Hai Rui Dismissed from Office*"): a name inside one names part of the title, no actor (a name that is the
 * whole span is the name, set in italics).
 */
export function titleEmphasisSpans(doc: NoteDocument, emphasis: readonly [number, number][] = emphasisSpans(doc.display)): [number, number][] {
	const text = doc.display;
	return emphasis.filter(([from, to]) => titleCased(text.slice(from, to)));
}

/**
 * The spans of works' titles written plain after their author, a comma, and before the year in brackets: "Engels,
 * Condition of the Working Class in England (1845)", "C.L.R. James, The Black Jacobins (1938)". A name inside one
 * names part of the title, no actor. The title is title-cased, three words or more, and opens with no office or title
 * ("Napoleon, Emperor of the French (1804)" is an apposition); the author is one to four capitalised words opening
 * the line, a list item or a clause.
 */
export function citedTitleSpans(doc: NoteDocument): [number, number][] {
	const text = doc.display;
	const spans: [number, number][] = [];
	for (let p = text.indexOf(" ("); p !== -1; p = text.indexOf(" (", p + 2)) {
		// " (1845)": four digits and the bracket, read by character
		if (text.charCodeAt(p + 6) !== 41 || !isDigit(text.charCodeAt(p + 2)) || !isDigit(text.charCodeAt(p + 3)) || !isDigit(text.charCodeAt(p + 4)) || !isDigit(text.charCodeAt(p + 5))) continue;
		const lineStart = text.lastIndexOf("\n", p) + 1;
		const comma = text.lastIndexOf(", ", p);
		if (comma < lineStart || p - comma > 100) continue;
		const title = text.slice(comma + 2, p);
		const space = title.indexOf(" ");
		const first = space < 0 ? title : title.slice(0, space);
		if (!titleCased(title) || CITED_TITLE_OPENERS().has(first.toLowerCase()) || !authorBefore(text, lineStart, comma)) continue;
		spans.push([comma + 2, p]);
	}
	return spans;
}

/** A line labelled as the historians' views: "Historiography:", "Historians:", "**Interpretations**:". */
const HISTORIANS_LABEL = lazy(() => /[ \t>*_-]*(?:\*\*|__)?(?:historians|historiography|historiographical [a-z]+|interpretations|scholars)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?/iy);
/** A name at the head of one item of such a line's list: capitalised words and initials ("A.J.P. Taylor", "Hyam"). */
const LISTED_NAME = lazy(() => new RegExp(String.raw`[ \t]*((?:[A-Z][\p{L}'.-]*)(?:[ \t]+(?:[A-Z][\p{L}'.-]*|van|von|de|le|la)){0,3})(?=[ \t]*(?:\(|,|;|$|[ \t]vs\.?[ \t]|[ \t]and[ \t]))`, "muy"));

/**
 * The names of the historians listed on a line labelled as their views ("Historiography: Lefebvre (Marxist), Furet
 * (revisionist)", "Historians: Hyam, Darwin (three levels), Cooper"): each item's head name, after the label, a comma,
 * a semicolon, "vs" or "and". They are cited, no actors, though a historical person bears the name ("Darwin"); a
 * name later in an item stays ("Lefebvre saw Robespierre as…"). And the names that open the lines of a section headed
 * as the historians' views (`historianSectionSpans`).
 */
export function historianListSpans(doc: NoteDocument): [number, number][] {
	const text = doc.display;
	const spans: [number, number][] = [];
	const label = HISTORIANS_LABEL();
	const name = LISTED_NAME();
	for (const start of doc.lineStarts) {
		// the labels' first letters (h, i, s), after optional markers, first: most lines open with none of them
		let k = start;
		let c = text.charCodeAt(k);
		while (c === 32 || c === 9 || c === 62 || c === 42 || c === 95 || c === 45) c = text.charCodeAt(++k);
		const first = c | 32;
		if (first !== 104 && first !== 105 && first !== 115) continue;
		label.lastIndex = start;
		if (!label.test(text)) continue;
		const end = text.indexOf("\n", label.lastIndex);
		const lineEnd = end < 0 ? text.length : end;
		// each item: from the label, or after a comma, a semicolon, "vs" or "and" outside brackets
		for (let p = label.lastIndex, depth = 0; p < lineEnd; p++) {
			const d = text.charCodeAt(p);
			if (d === 40) depth++;
			else if (d === 41) depth = Math.max(0, depth - 1);
			const opens = p === label.lastIndex || (depth === 0 && (d === 44 || d === 59 || ((d === 32 || d === 9) && (text.startsWith("vs", p + 1) || text.startsWith("and ", p + 1)))));
			if (!opens) continue;
			let q = p === label.lastIndex ? p : d === 44 || d === 59 ? p + 1 : text.indexOf(" ", p + 1);
			if (q < 0) break;
			if (text.startsWith("vs.", q) || text.startsWith("vs ", q)) q += 2;
			// ("m": the name ends at the line's end, read in place)
			name.lastIndex = q;
			const m = name.exec(text);
			if (m?.[1]) {
				const from = q + (m[0].length - m[1].length);
				spans.push([from, from + m[1].length]);
			}
		}
	}
	for (const span of historianSectionSpans(doc)) spans.push(span);
	return spans;
}

/** A heading over the historians' views: "## Historiography", "### Interpretations", "Debate", "The historians". */
const HISTORIANS_HEADING = lazy(() => /^(?:the[ \t]+)?(?:historians|historiography|historiographical[ \t]+[a-z]+|interpretations|debates?|scholarship)\b|\b(?:historiography|historiographical|historians)\b/i);
/** The name that opens a line of such a section, before a colon: "Taylor: Bismarck improvised", "- A.J.P. Taylor (1954):". */
const VIEW_NAME = lazy(() => new RegExp(String.raw`[ \t>*_+-]*(?:\d+[.)][ \t]*)?(?:\*\*|__)?((?:[A-Z][\p{L}'.-]*)(?:[ \t]+(?:[A-Z][\p{L}'.-]*|van|von|de|le|la)){0,3})(?:\*\*|__)?(?:[ \t]*\([^)\n]*\))?(?:\*\*|__)?[ \t]*:`, "uy"));

/**
 * The names that open the lines of a section headed as the historians' views, each before a colon ("## Historiography"
 * then "Taylor: Bismarck improvised", "- Pflanze (1963): a plan"): cited, no actors, though a historical person bears the
 * name (Zachary Taylor). The section runs to the next heading of its level or above; a name later in a line stays.
 */
function historianSectionSpans(doc: NoteDocument): [number, number][] {
	const spans: [number, number][] = [];
	const headings = doc.headings;
	for (let h = 0; h < headings.length; h++) {
		const heading = headings[h] as (typeof headings)[number];
		if (!HISTORIANS_HEADING().test(heading.text.replace(/[*_]/g, "").trim())) continue;
		let last = doc.lineStarts.length;
		for (let n = h + 1; n < headings.length; n++) {
			const next = headings[n] as (typeof headings)[number];
			if (next.level <= heading.level) {
				last = next.line - 1;
				break;
			}
		}
		const name = VIEW_NAME();
		// heading.line is 1-based: its index is the heading's own line, the section's first line is the next
		for (let l = heading.line; l < last; l++) {
			const start = doc.lineStarts[l] as number;
			bracketedHistorians(doc.display, start, spans);
			name.lastIndex = start;
			const m = name.exec(doc.display);
			if (!m?.[1]) continue;
			const from = m[0].indexOf(m[1]) + start;
			spans.push([from, from + m[1].length]);
		}
	}
	return spans;
}

/** A name of one to four capitalised words or initials that opens a bracket's item: "J. N. Sarkar", "Irfan Habib". */
const BRACKETED_NAME = lazy(() => new RegExp(String.raw`((?:[A-Z][\p{L}'.-]*)(?:[ \t]+(?:[A-Z][\p{L}'.-]*|van|von|de|le|la)){0,3})(?=[ \t]*(?:\)|,|;|[ \t]\u2192|[ \t]-|[ \t]and[ \t]))`, "uy"));

/**
 * The historians a line of such a section names in brackets after a view: "the jagirdari crisis (Satish Chandra)",
 * "regional elites (Muzaffar Alam, C. A. Bayly)", "the bigot (Sarkar; also the popular image)": each item's head
 * name, after the bracket's opening, a comma or a semicolon.
 */
function bracketedHistorians(text: string, start: number, spans: [number, number][]): void {
	const end = text.indexOf("\n", start);
	const lineEnd = end < 0 ? text.length : end;
	const name = BRACKETED_NAME();
	for (let open = text.indexOf("(", start); open >= 0 && open < lineEnd; open = text.indexOf("(", open + 1)) {
		const close = text.indexOf(")", open);
		if (close < 0 || close > lineEnd) break;
		// each item: after the bracket's opening, a comma or a semicolon
		for (let p = open; p < close; p++) {
			if (p > open && text.charCodeAt(p) !== 44 && text.charCodeAt(p) !== 59) continue;
			let q = p + 1;
			while (text.charCodeAt(q) === 32) q++;
			name.lastIndex = q;
			const m = name.exec(text);
			if (m?.[1]) spans.push([q, q + m[1].length]);
		}
	}
}

/** Whether one to four capitalised words (initials too: "C.L.R.") open the line, a list item or a clause and end at `end`. */
function authorBefore(text: string, lineStart: number, end: number): boolean {
	let from = Math.max(text.lastIndexOf("; ", end), text.lastIndexOf(": ", end), lineStart);
	if (from > lineStart) from += 2;
	const words = text.slice(from, end).replace(/^[\s>*+-]*(?:\d+[.)]\s*)?/, "").split(" ");
	return words.length >= 1 && words.length <= 4 && words.every((w) => w.length > 0 && isUpperChar(w.charCodeAt(0)));
}

/** Words that open an office or a title in apposition after a name, not a work's title (lower case). */
const CITED_TITLE_OPENERS = lazy(() => new Set([...PERSON_TITLES, ...OFFICE_NOUNS, ...OFFICES_AFTER_NAME, ...OFFICE_OPENERS].map((w) => w.toLowerCase())));

/**
 * Every span in single emphasis, as the range of its text inside the marks. A span opens at a mark ("*" or "_") with
 * no letter, digit or mark before it, holds one line's run of other characters, and closes at the same mark with no
 * letter, digit or mark after it; the next span may begin at the closing mark at the earliest. The marks are found
 * with indexOf: a regular expression for this tried a match at every character of the note (its opening is a class,
 * which the engine cannot scan for), some 4 % of the analysis of the corpus's notes in a profile.
 */
export function emphasisSpans(text: string): [number, number][] {
	const out: [number, number][] = [];
	let star = text.indexOf("*");
	let under = text.indexOf("_");
	let from = 0;
	while (star >= 0 || under >= 0) {
		const p = under < 0 || (star >= 0 && star < under) ? star : under;
		if (p === star) star = text.indexOf("*", p + 1);
		else under = text.indexOf("_", p + 1);
		const before = codePointBefore(text, p);
		if (p - before.length < from || !besideMark(before)) continue;
		const mark = text.charCodeAt(p);
		let k = p + 1;
		for (let c = text.charCodeAt(k); k < text.length && c !== 42 && c !== 95 && c !== 10; c = text.charCodeAt(++k));
		if (k === p + 1 || text.charCodeAt(k) !== mark || !besideMark(codePointAt(text, k + 1))) continue;
		out.push([p + 1, k]);
		from = k;
	}
	return out;
}

/** The code point that ends before position p ("" at the start), a surrogate pair's two units together. */
function codePointBefore(text: string, p: number): string {
	const c = text.charCodeAt(p - 1);
	if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
		const h = text.charCodeAt(p - 2);
		if (h >= 0xd800 && h <= 0xdbff) return text.slice(p - 2, p);
	}
	return p > 0 ? text.charAt(p - 1) : "";
}

/** The code point that starts at position k ("" past the end), a surrogate pair's two units together. */
function codePointAt(text: string, k: number): string {
	const c = text.charCodeAt(k);
	if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
		const l = text.charCodeAt(k + 1);
		if (l >= 0xdc00 && l <= 0xdfff) return text.slice(k, k + 2);
	}
	return text.charAt(k);
}

/** Whether a code point (one, or "") may stand beside an emphasis mark: none, or no letter, digit or mark. */
function besideMark(unit: string): boolean {
	return unit === "" || (unit !== "*" && unit !== "_" && !LETTER_OR_DIGIT().test(unit));
}

/**
 * Character ranges of the sections under a readings heading ("## Main Readings"), up to the next heading of the
 * same or a higher level: their lines are titles of works, whose names are not the lecture's actors.
 */
export function readingRanges(doc: NoteDocument, headings: readonly string[]): [number, number][] {
	if (!headings.length || !doc.headings.length) return [];
	const wanted = new Set(headings.map((h) => h.trim().toLowerCase()));
	const out: [number, number][] = [];
	const hs = doc.headings;
	for (let k = 0; k < hs.length; k++) {
		const h = hs[k];
		if (!h || !wanted.has(h.text.replace(/[:*_]+$/g, "").trim().toLowerCase())) continue;
		let endLine = doc.lines.length + 1;
		for (let j = k + 1; j < hs.length; j++) {
			const next = hs[j];
			if (next && next.level <= h.level) {
				endLine = next.line;
				break;
			}
		}
		const from = doc.lineStarts[h.line] ?? doc.raw.length;
		const to = endLine - 1 < doc.lineStarts.length ? (doc.lineStarts[endLine - 1] ?? doc.raw.length) : doc.raw.length;
		if (to > from) out.push([from, to]);
	}
	return out;
}
