/**
 * From course events to the timeline's lanes and items: one lane per lecture, or one per actor (a date whose line
 * names two actors stands in both lanes; dates that name nobody go to a last lane). Lanes run in the order of their
 * first date, so the picture reads as a staircase down the page.
 */
import { compareDates, formatDate } from "../dates";
import type { CourseEvent } from "../index/courseIndex";
import type { LaneInput, TimelineItemInput } from "./layout";

export type LaneMode = "lecture" | "actor";

export const NO_ACTOR_LANE = "";

export interface CourseTimelineInput {
	lanes: LaneInput[];
	items: TimelineItemInput<CourseEvent>[];
}

export interface CourseInputOptions {
	/** Most lanes in actor mode; the actors with fewest dates go to the last lane. */
	maxActorLanes?: number;
	/** Longest snippet, in characters, before the layout shortens it to fit. */
	snippetChars?: number;
}

// Markdown that means nothing in a label: list and quote markers, headings, emphasis, link brackets.
const LEAD = /^(?:[-*+>]\s+|\d{1,3}[.)]\s+|#{1,6}\s+|\[[ xX]\]\s+)+/;
const MARKS = /\*\*|__|==|~~|`/g;
const LEAD_IN = /(?:^|\s)(?:the|in|of|on|at|during|from|around)\s*$/i;
// Neither part holds "[": the latest "[[" opens the link (as in Obsidian), and a run of "[[" without "]]" costs
// one step per start instead of a scan to the end of the text from each (quadratic).
const WIKI = /!?\[\[([^\][|]*)(?:\|([^\][]*))?\]\]/g;

const TRAILING = /[\s:;,\u2013\u2014(-]/;

/** `text` without the run of characters matching `char` at its end. */
function trimEnd(text: string, char: RegExp): string {
	let end = text.length;
	while (end > 0 && char.test(text.charAt(end - 1))) end--;
	return text.slice(0, end);
}

/** A few words of the date's line without the date itself: "Late 1917: Civil war in Russia" → "Civil war in Russia". */
export function snippetOf(context: string, dateText: string, maxChars = 48): string {
	let s = context;
	const at = dateText ? s.indexOf(dateText) : -1;
	if (at !== -1) {
		// "Congress of Vienna in 1815" → "Congress of Vienna": a word that only led into the date goes with it.
		const before = s.slice(0, at).replace(LEAD_IN, "");
		s = `${before} ${s.slice(at + dateText.length)}`;
	}
	s = s
		.replace(WIKI, (_m, target: string, alias: string | undefined) => alias ?? target)
		.replace(MARKS, "")
		.replace(/\s+/g, " ")
		.trim()
		.replace(LEAD, "")
		.replace(/^[\s:;,.\u2013\u2014-]+/, "");
	// Written without `[…]+$` and `[…]+\)`, which try every start inside a long run of punctuation (quadratic).
	s = trimEnd(s, TRAILING)
		.replace(/\s+([:;,.])/g, "$1")
		.replace(/[\s,;:]+(\)?)/g, (run: string, paren: string) => (paren ? ")" : run))
		.replace(/\(\s*\)/g, "")
		.trim();
	return clipAtWord(s, maxChars);
}

/**
 * A text of at most `maxChars` characters: cut, when too long, at the end of a word in its second half (else
 * within the word), without trailing punctuation, and marked with "…".
 */
export function clipAtWord(s: string, maxChars: number): string {
	if (s.length <= maxChars) return s;
	const cut = s.lastIndexOf(" ", maxChars - 1);
	return `${s.slice(0, cut > maxChars / 2 ? cut : maxChars - 1).replace(/[\s:;,.\u2013\u2014-]+$/, "")}\u2026`;
}

function firstDates<K>(events: readonly CourseEvent[], keysOf: (e: CourseEvent) => readonly K[]): Map<K, number> {
	// Events come sorted, so the first time a key is seen is its earliest date.
	const first = new Map<K, number>();
	events.forEach((e, i) => {
		for (const k of keysOf(e)) if (!first.has(k)) first.set(k, i);
	});
	return first;
}

export function courseTimelineInput(events: readonly CourseEvent[], mode: LaneMode, actorNames: ReadonlyMap<string, string>, options: CourseInputOptions = {}): CourseTimelineInput {
	const sorted = [...events].sort((a, b) => compareDates(a.date, b.date));
	const snippetChars = options.snippetChars ?? 40;
	const item = (e: CourseEvent, lane: string): TimelineItemInput<CourseEvent> => ({
		key: `${lane}\u0000${e.path}\u0000${e.date.offset}`,
		lane,
		date: e.date,
		dateLabel: formatDate(e.date),
		snippet: snippetOf(e.date.context, e.date.text, snippetChars),
		data: e,
	});

	if (mode === "lecture") {
		const first = firstDates(sorted, (e) => [e.path]);
		const lanes = [...first.keys()].map((path) => ({ id: path, label: sorted[first.get(path) as number]?.title ?? path }));
		return { lanes, items: sorted.map((e) => item(e, e.path)) };
	}

	const counts = new Map<string, number>();
	for (const e of sorted) for (const id of e.actorIds) counts.set(id, (counts.get(id) ?? 0) + 1);
	const max = options.maxActorLanes ?? 24;
	const kept = new Set(
		[...counts.entries()]
			.sort((a, b) => b[1] - a[1] || (actorNames.get(a[0]) ?? a[0]).localeCompare(actorNames.get(b[0]) ?? b[0]))
			.slice(0, max)
			.map(([id]) => id),
	);
	const lanesOf = (e: CourseEvent): string[] => {
		const ids = e.actorIds.filter((id) => kept.has(id));
		return ids.length ? ids : [NO_ACTOR_LANE];
	};
	const first = firstDates(sorted, lanesOf);
	const ids = [...first.keys()].filter((id) => id !== NO_ACTOR_LANE);
	const lanes: LaneInput[] = ids.map((id) => ({ id, label: actorNames.get(id) ?? id }));
	if (first.has(NO_ACTOR_LANE)) lanes.push({ id: NO_ACTOR_LANE, label: kept.size < counts.size ? "Other actors or none" : "No actor named" });
	return { lanes, items: sorted.flatMap((e) => lanesOf(e).map((lane) => item(e, lane))) };
}
