/**
 * Display strings that keep a date as fuzzy as the note wrote it: "late 1917", "by 1922", "1939–1940", "1920s",
 * "late 1930s", "19th century", "16th–17th century", "c. 500 BC", "431–404 BC", "22 June 1941", "spring 1916".
 */
import type { DateMention } from "../types";
import { MONTH_NAMES } from "./lexicon";

export type FormattableDate = Pick<DateMention, "start" | "end" | "precision" | "qualifier"> &
	Partial<Pick<DateMention, "text" | "month" | "day">>;

export function formatDate(d: FormattableDate): string {
	const body = formatPeriod(d);
	const the = d.precision === "century" || d.precision === "decade" ? "the " : "";
	switch (d.qualifier) {
		case "early":
		case "late":
			return `${d.qualifier} ${body}`;
		case "mid":
			return `mid-${body}`;
		case "circa":
			return `c. ${body}`;
		case "by":
		case "after":
			return `${d.qualifier} ${the}${body}`;
		default:
			return body;
	}
}

function formatPeriod(d: FormattableDate): string {
	switch (d.precision) {
		case "decade":
			return d.end - d.start <= 9 ? decadeLabel(d.start) : spanLabels(decadeLabel(d.start), decadeLabel(d.end));
		case "century":
			return hundredsWritten(d) ? formatHundreds(d) : formatCenturies(d.start, d.end);
		case "month":
		case "day":
		case "season":
			return `${calendarPrefix(d)}${yearSpanLabel(d.start, d.end)}`;
		default:
			return yearSpanLabel(d.start, d.end);
	}
}

/** The year as a reader writes it: 1917, AD 800, 44 BC. */
export function yearLabel(y: number): string {
	if (y < 0) return `${-y} BC`;
	return y < 1000 ? `AD ${y}` : String(y);
}

/** "1939–1940", "431–404 BC", "27 BC–AD 14", "AD 800–1066", "1925". */
export function yearSpanLabel(start: number, end: number): string {
	if (start === end) return yearLabel(start);
	if (end < 0) return `${-start}–${-end} BC`;
	if (start < 0) return `${-start} BC–AD ${end}`;
	return start < 1000 ? `AD ${start}–${end}` : `${start}–${end}`;
}

/** The decade a year falls in: 1934 → "1930s", -444 → "440s BC". */
export function decadeLabel(y: number): string {
	if (y >= 0) return `${y - (y % 10)}s`;
	const a = -y;
	return `${a - (a % 10)}s BC`;
}

/** Popular convention, as the parser reads it: 1900–1999 is the 20th century; 500–401 BC the 5th century BC. */
export function centuryOf(y: number): number {
	return y > 0 ? Math.floor(y / 100) + 1 : Math.floor((-y - 1) / 100) + 1;
}

export function centuryLabel(y: number): string {
	return `${ordinal(centuryOf(y))} century${y < 0 ? " BC" : ""}`;
}

export function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	switch (n % 10) {
		case 1:
			return `${n}st`;
		case 2:
			return `${n}nd`;
		case 3:
			return `${n}rd`;
		default:
			return `${n}th`;
	}
}

function formatCenturies(start: number, end: number): string {
	const a = centuryOf(start);
	const b = centuryOf(end);
	if (start < 0 && end > 0) return `${ordinal(a)} century BC–${ordinal(b)} century AD`;
	const era = end < 0 ? " BC" : "";
	return a === b ? `${ordinal(a)} century${era}` : `${ordinal(a)}–${ordinal(b)} century${era}`;
}

/** "the 1500s" stays "1500s": the note's own wording of the century. */
function hundredsWritten(d: FormattableDate): boolean {
	return d.text !== undefined && /\d00['\u2019]?s/i.test(d.text);
}

function formatHundreds(d: FormattableDate): string {
	const first = d.start < 0 ? `${-d.start - 99}s BC` : `${d.start}s`;
	if (d.end - d.start <= 99) return first;
	return spanLabels(first, d.end < 0 ? `${-d.end}s BC` : `${d.end - 99}s`);
}

function spanLabels(a: string, b: string): string {
	if (a.endsWith(" BC") && b.endsWith(" BC")) return `${a.slice(0, -3)}–${b}`;
	return `${a}–${b}`;
}

const SEASON_WORDS = ["spring", "summer", "autumn", "fall", "winter"];
const SEASON_BY_MONTH: Record<number, string> = { 1: "winter", 4: "spring", 7: "summer", 10: "autumn", 12: "winter" };

function calendarPrefix(d: FormattableDate): string {
	if (d.precision === "season") {
		const text = d.text?.toLowerCase() ?? "";
		const written = SEASON_WORDS.find((s) => text.includes(s));
		const season = written ?? (d.month !== undefined ? SEASON_BY_MONTH[d.month] : undefined);
		return season ? `${season} ` : "";
	}
	const month = d.month !== undefined ? MONTH_NAMES[d.month - 1] : undefined;
	if (!month) return "";
	return d.precision === "day" && d.day ? `${d.day} ${month} ` : `${month} `;
}
