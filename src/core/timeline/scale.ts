/**
 * A date as a stretch of continuous time, in years: 1917 is [1917, 1918), June 1941 is [1941 5/12, 1941 6/12).
 * BCE years are negative as in the date model (44 BC is [-44, -43)). What the note leaves vague is kept as data:
 * the share of each end to shade, and whether an end is open ("by 1922" has no known start, "after 1945" no end).
 */
import type { DateMention } from "../types";

export type TimelineDate = Pick<DateMention, "start" | "end" | "precision" | "qualifier"> & Partial<Pick<DateMention, "month" | "day" | "text">>;

export interface TimeRange {
	from: number;
	to: number;
	/** Share (0–1) of the range, from its start and from its end, that is vague and drawn shaded. */
	fadeFrom: number;
	fadeTo: number;
	/** "by": the event may lie anywhere before; "after": anywhere after. */
	openStart: boolean;
	openEnd: boolean;
}

const DAY = 1 / 365;
const MONTH = 1 / 12;

/** The months a season covers, from its first month (as the date model gives it). */
const SEASON_MONTHS = 3;

function base(d: TimelineDate): { from: number; to: number } {
	const single = d.start === d.end;
	const m = d.month !== undefined && d.month >= 1 && d.month <= 12 ? d.month : 0;
	if (single && m > 0) {
		const monthStart = d.start + (m - 1) * MONTH;
		if (d.precision === "day" && d.day !== undefined && d.day >= 1) {
			// A day's place inside its month, kept inside the month whatever its length.
			const from = monthStart + ((Math.min(d.day, 31) - 1) / 31) * MONTH;
			return { from, to: from + DAY };
		}
		if (d.precision === "season") return { from: monthStart, to: monthStart + SEASON_MONTHS * MONTH };
		if (d.precision === "month" || d.precision === "day") return { from: monthStart, to: monthStart + MONTH };
	}
	return { from: d.start, to: d.end + 1 };
}

export function dateRange(d: TimelineDate): TimeRange {
	let { from, to } = base(d);
	let fadeFrom = 0;
	let fadeTo = 0;
	switch (d.qualifier) {
		case "early":
			fadeTo = 0.6;
			break;
		case "late":
			fadeFrom = 0.6;
			break;
		case "mid":
			fadeFrom = 0.3;
			fadeTo = 0.3;
			break;
		case "circa": {
			// "c. 1500" could be a few years either side; "c. 16th century" a few decades.
			const margin = Math.max(d.precision === "year" ? 1 : 0, (to - from) * 0.25);
			from -= margin;
			to += margin;
			const share = Math.min(0.45, (2 * margin) / (to - from));
			fadeFrom = share;
			fadeTo = share;
			break;
		}
		default:
			break;
	}
	if (d.precision === "decade" || d.precision === "century") {
		fadeFrom = Math.max(fadeFrom, 0.15);
		fadeTo = Math.max(fadeTo, 0.15);
	}
	return { from, to, fadeFrom, fadeTo, openStart: d.qualifier === "by", openEnd: d.qualifier === "after" };
}
