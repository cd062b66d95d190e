/**
 * Chronological order for dates, stable across notes:
 *
 * 1. by `start` year;
 * 2. then by where the qualifier puts it inside that year: early < (none, mid, circa, by) < late < after.
 *    "by 1925" is only an upper bound, so it does not jump ahead of a plain 1925: the two keep note order;
 * 3. then by month, then day (an unknown month or day, 0, comes first: "1941" before "June 1941");
 * 4. then the shorter interval first ("1800" before "19th century");
 * 5. then by position in the note.
 */
import type { DateMention, Qualifier } from "../types";

export type SortableDate = Pick<DateMention, "start" | "end" | "qualifier"> &
	Partial<Pick<DateMention, "month" | "day" | "offset">>;

const RANK: Record<Exclude<Qualifier, null>, number> = { early: 0, mid: 1, circa: 1, by: 1, late: 2, after: 3 };

function rank(q: Qualifier): number {
	return q === null ? 1 : RANK[q];
}

export function compareDates(a: SortableDate, b: SortableDate): number {
	return (
		a.start - b.start ||
		rank(a.qualifier) - rank(b.qualifier) ||
		(a.month ?? 0) - (b.month ?? 0) ||
		(a.day ?? 0) - (b.day ?? 0) ||
		a.end - b.end ||
		(a.offset ?? 0) - (b.offset ?? 0)
	);
}
