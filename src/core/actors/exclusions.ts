/**
 * What is not an actor by its place in the note rather than by its name: the lecturer and the note's author
 * ("Notes given by Finley", "Prof. Smith said", `author:` in the frontmatter), authors cited as sources
 * ("according to Kennedy", "(Gelvin, p. 12)"), and the titles listed under a readings heading.
 */
import type { NoteDocument } from "../markdown/document";

const NAME = String.raw`[A-Z][\p{L}'’-]*(?:[ \t]+(?:(?:von|van|de|der|du|da|di|le|la)[ \t]+)?[A-Z][\p{L}'’-]*){0,3}`;
const HONORIFIC = String.raw`(?:(?:Prof(?:essor)?|Dr|Mr|Mrs|Ms|Miss|Sir)\.?[ \t]+)?`;

// "Notes given by Finley", "Lecture by Dr. Smith", "Class taught by X": a word of teaching, then "by".
const LECTURER_BY = new RegExp(
	String.raw`\b(?:[Nn]otes?|[Ll]ectures?|[Ll]ectured|[Cc]lass|[Ss]eminar|[Tt]alk|[Ss]lides|[Tt]utorial|[Ss]ession|[Tt]aught)(?:[ \t]+(?:given|taught|delivered|presented|written|compiled|prepared|led|run|held|taken))?[ \t]+by[ \t]+${HONORIFIC}(${NAME})`,
	"gu",
);
// "Lecturer: X", "Professor - X", "Author: X" at a line's start.
const ROLE_LINE = new RegExp(String.raw`^[ \t>*_-]*(?:[Ll]ecturer|[Ii]nstructor|[Pp]rofessor|[Tt]eacher|[Tt]utor|[Aa]uthor|[Ss]peaker|[Pp]resenter)s?[ \t]*[:–-][ \t]*${HONORIFIC}(${NAME})`, "gmu");
// "Prof. Smith said", "Dr Jones argues": a scholar's title and a verb of speech.
const SCHOLAR_SAID = new RegExp(
	String.raw`\b(?:Prof(?:essor)?|Dr|Lecturer|Tutor|Teacher|Instructor)\.?[ \t]+(${NAME})[ \t,]+(?:said|says|argued|argues|mentioned|mentions|noted|notes|explained|explains|claimed|claims|thinks|thought|asked|asks|stated|states|suggested|suggests|told|tells|emphasi[sz]ed|pointed|remarked|believes|contends|observed|lectured)\b`,
	"gu",
);
// "according to Kennedy", "as Gelvin argues" (a bare name), "(Gelvin, p. 12)", "(Mason 2003)".
const ACCORDING = new RegExp(String.raw`\baccording[ \t]+to[ \t]+${HONORIFIC}(${NAME})`, "gu");
const CITATION = new RegExp(String.raw`\((${NAME})(?:[ \t]+(?:and|&)[ \t]+${NAME})?(?:[ \t]+et[ \t]+al\.?)?,?[ \t]+(?:pp?\.?[ \t]*\d|\d{4}|ch\.?[ \t]*\d|chapter[ \t]+\d)`, "gu");

export interface Exclusions {
	/** The lecturer's and the author's names (full, and each of their words): never actors in this note. */
	lecturers: Set<string>;
	/** Cited authors: not actors unless they are well-known historical persons ("according to Marx"). */
	cited: Set<string>;
}

export function findExclusions(doc: NoteDocument): Exclusions {
	const lecturers = new Set<string>();
	const cited = new Set<string>();
	const addTo = (names: Set<string>, name: string | undefined): void => {
		if (!name) return;
		const clean = name.trim();
		if (!clean) return;
		names.add(clean);
		for (const part of clean.split(/\s+/)) if (part.length > 2 && /^[A-Z]/.test(part)) names.add(part);
	};
	const text = doc.display;
	for (const re of [LECTURER_BY, ROLE_LINE, SCHOLAR_SAID, ACCORDING, CITATION]) {
		const into = re === ACCORDING || re === CITATION ? cited : lecturers;
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) addTo(into, m[1]);
	}
	// The note's author as its frontmatter records it.
	if (doc.frontmatter) {
		const re = /^(?:author|authors|lecturer|professor|instructor|teacher|by)[ \t]*:[ \t]*["']?([^"'\n[\]]+)/gim;
		for (let m = re.exec(doc.frontmatter); m; m = re.exec(doc.frontmatter)) {
			for (const one of (m[1] ?? "").split(/,|\band\b|&/)) addTo(lecturers, one);
		}
	}
	return { lecturers, cited };
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
