/**
 * A timeline's groups: a short timeline is one group; a long one (more than 8 dates) is cut by century when it
 * spans more than a century, else by decade. Groups and the dates inside them are in chronological order.
 */
import { compareDates, type SortableDate } from "./compare";
import { centuryLabel, decadeLabel, yearSpanLabel } from "./format";

export interface TimelineGroup<T> {
	/** "19th century", "1930s", or for a single group the years it covers ("1917–1940"). */
	label: string;
	dates: T[];
}

const LONG = 8;
const CENTURY = 100;

export function groupTimeline<T extends SortableDate>(dates: readonly T[]): TimelineGroup<T>[] {
	const sorted = [...dates].sort(compareDates);
	const first = sorted[0];
	if (!first) return [];
	let min = first.start;
	let max = first.end;
	for (const d of sorted) {
		if (d.start < min) min = d.start;
		if (d.end > max) max = d.end;
	}
	if (sorted.length <= LONG) return [{ label: yearSpanLabel(min, max), dates: sorted }];

	// Sorted by start, so each century or decade forms one run.
	const labelOf = max - min > CENTURY ? centuryLabel : decadeLabel;
	const groups: TimelineGroup<T>[] = [];
	let current: TimelineGroup<T> | null = null;
	for (const d of sorted) {
		const label = labelOf(d.start);
		if (current === null || current.label !== label) {
			current = { label, dates: [] };
			groups.push(current);
		}
		current.dates.push(d);
	}
	return groups;
}
