/**
 * What one reading says about one lecture: the lecture's dates inside the period the reading covers, the reading's
 * dates that overlap the lecture's, the lecture's actors the reading mentions (matched by identity, so `Soviets`
 * in the lecture and `USSR` in the reading meet as one actor), and the reading's passages that bear on each of the
 * lecture's solutions. Pure: both notes come in analysed.
 */
import type { NoteAnalysis } from "../analyse";
import { otherPeriodNames } from "../actors/gazetteer";
import type { Actor, ActorKind, DateMention, WikiLink } from "../types";
import type { Period } from "./period";
import { createPassageIndex, type Passage, type PassageIndex, type RankedPassage } from "./rank";

export interface ReadingInput {
	/** The lecture's link to the reading. */
	link: WikiLink;
	/** Vault path of the reading note, or null when the link does not resolve. */
	path: string | null;
	/** The reading's title: its note's name, else the link's target. */
	title: string;
	period: Period | null;
	/** The reading note analysed with the same extractors, or null when there is no note to read. */
	analysis: NoteAnalysis | null;
}

export interface ReadingActor {
	id: string;
	/** The lecture's name for the actor. */
	name: string;
	kind: ActorKind;
	/** Lines of the reading that mention the actor, in order, once each. */
	passages: Passage[];
}

export interface ReadingSolution {
	label: string;
	text: string;
	/** Lecture line of the solution. */
	line: number;
	/** The reading's lines that share the solution's terms, best first. */
	passages: RankedPassage[];
}

export interface ReadingReport {
	target: string;
	raw: string;
	/** Position of the lecture's link. */
	line: number;
	col: number;
	/** Vault path of the reading note, or null when it is missing. */
	resolved: string | null;
	/** Same as `resolved`, under the name the pane uses. */
	path: string | null;
	title: string;
	period: Period | null;
	/** The lecture's dates whose interval overlaps the reading's period. */
	datesInPeriod: DateMention[];
	/** The reading's dates whose interval overlaps one of the lecture's dates. */
	overlappingDates: DateMention[];
	/** The lecture's actors the reading mentions, in the lecture's order. */
	actors: ReadingActor[];
	/** The lecture's solutions the reading discusses, in the lecture's order. */
	solutions: ReadingSolution[];
}

const PASSAGES_PER_SOLUTION = 5;
/**
 * Ranking costs each solution a walk over the reading's lines that share its terms, so a note of thousands of
 * solutions against a long reading would cost solutions × lines. Lectures have a handful; the first
 * SOLUTIONS_PER_READING are cross-referenced, the rest (a pasted list, not a lecture) get no passages.
 */
export const SOLUTIONS_PER_READING = 100;

export function crossReference(lecture: Pick<NoteAnalysis, "dates" | "actors" | "solutions">, reading: ReadingInput): ReadingReport {
	const { link, period, analysis } = reading;
	const report: ReadingReport = {
		target: link.target,
		raw: link.raw,
		line: link.line,
		col: link.col,
		resolved: reading.path,
		path: reading.path,
		title: reading.title,
		period,
		datesInPeriod: period ? lecture.dates.filter((d) => overlaps(d, period)) : [],
		overlappingDates: [],
		actors: [],
		solutions: [],
	};
	if (!analysis) return report;

	report.overlappingDates = datesOverlapping(analysis.dates, lecture.dates);
	report.actors = sharedActors(lecture, analysis);

	if (lecture.solutions.length) {
		const index = passageIndex(analysis.doc);
		for (const s of lecture.solutions.slice(0, SOLUTIONS_PER_READING)) {
			const passages = index.rank(s.text, PASSAGES_PER_SOLUTION);
			if (passages.length) report.solutions.push({ label: s.label, text: s.text, line: s.line, passages });
		}
	}
	return report;
}

/** Each reading's passage index, built once per document (an adapter that keeps analyses keeps their indexes). */
const indexes = new WeakMap<NoteAnalysis["doc"], PassageIndex>();

function passageIndex(doc: NoteAnalysis["doc"]): PassageIndex {
	let index = indexes.get(doc);
	if (!index) {
		const searchable = doc.lines.map((text, i) => {
			const start = doc.lineStarts[i] ?? 0;
			const body = doc.body.slice(start, start + text.length);
			return body.trim() === "" ? null : body;
		});
		index = createPassageIndex(searchable, (line) => (doc.lines[line - 1] ?? "").trim());
		indexes.set(doc, index);
	}
	return index;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start <= b.end && b.start <= a.end;
}

/** Reading dates that meet any lecture date: the lecture's intervals merged once, then a binary search each. */
function datesOverlapping(readingDates: readonly DateMention[], lectureDates: readonly DateMention[]): DateMention[] {
	if (!readingDates.length || !lectureDates.length) return [];
	const sorted = [...lectureDates].sort((a, b) => a.start - b.start);
	const merged: { start: number; end: number }[] = [];
	for (const d of sorted) {
		const last = merged[merged.length - 1];
		if (last && d.start <= last.end) last.end = Math.max(last.end, d.end);
		else merged.push({ start: d.start, end: d.end });
	}
	return readingDates.filter((d) => {
		let lo = 0;
		let hi = merged.length - 1;
		// The last merged interval starting at or before d.end is the only one that can overlap d.
		let found = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if ((merged[mid] as { start: number }).start <= d.end) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return found !== -1 && (merged[found] as { end: number }).end >= d.start;
	});
}

/**
 * A reading's passages for each lecture actor, by the actor's id, name and kind (all they depend on), kept with the
 * reading's analysis: an edit of the lecture finds them again instead of cutting every line anew, and hands out the
 * same lists, which the pane then knows unchanged by their identity. The lists are never changed once made.
 */
const readingPassages = new WeakMap<NoteAnalysis, ActorPassages>();

interface ActorPassages {
	byId: Map<string, Actor>;
	byName: Map<string, Actor>;
	/** Passages by actor key; an empty list where the reading does not name the actor. */
	found: Map<string, Passage[]>;
}

function sharedActors(lecture: Pick<NoteAnalysis, "actors">, reading: NoteAnalysis): ReadingActor[] {
	let known = readingPassages.get(reading);
	if (!known) {
		known = { byId: new Map(reading.actors.map((a) => [a.id, a])), byName: new Map(reading.actors.map((a) => [a.name.toLowerCase(), a])), found: new Map() };
		readingPassages.set(reading, known);
	}
	const out: ReadingActor[] = [];
	for (const actor of lecture.actors) {
		const key = `${actor.id}\u0000${actor.name}\u0000${actor.kind}`;
		let passages = known.found.get(key);
		if (!passages) {
			passages = passagesOf(actor, reading, known);
			if (known.found.size >= PASSAGE_MEMO_LIMIT) known.found.clear();
			known.found.set(key, passages);
		}
		if (passages.length) out.push({ id: actor.id, name: actor.name, kind: actor.kind, passages });
	}
	return out;
}

/** Lecture actors a reading remembers passages for, at most: a lecture's, several times over as it is edited. */
const PASSAGE_MEMO_LIMIT = 2048;

/** The reading's lines that name the actor, once each, in order. */
function passagesOf(actor: Actor, reading: NoteAnalysis, { byId, byName }: ActorPassages): Passage[] {
	const match = byId.get(actor.id) ?? byName.get(actor.name.toLowerCase());
	// The same polity under the name of the reading's own period: a book on 1878–1928 says Russia where a
	// lecture on the 1920s says Soviet Union.
	const earlierOrLater = otherPeriodNames(actor.name)
		.map((name) => byName.get(name.toLowerCase()))
		.filter((a): a is NonNullable<typeof a> => a !== undefined && a.kind === actor.kind && a !== match);
	const mentions = [...(match?.mentions ?? []), ...earlierOrLater.flatMap((a) => a.mentions)];
	const passages: Passage[] = [];
	let lastLine = -1;
	for (const m of mentions.sort((a, b) => a.offset - b.offset)) {
		if (m.line === lastLine) continue;
		lastLine = m.line;
		passages.push({ line: m.line, text: (reading.doc.lines[m.line - 1] ?? "").trim() });
	}
	return passages;
}
