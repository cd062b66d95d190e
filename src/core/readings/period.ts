/**
 * The years a reading covers. Book and chapter titles carry them (`Stalin, Volume II, Waiting for Hitler,
 * 1928-1941`, `Europe 1815–1914`, `The Great War (1914–1918)`); a reading note can state them in its frontmatter
 * (`period: 1928-1941`, `years: [1928, 1941]`, `year: 1928`), which wins over the title.
 * These years describe the reading, never events of the lecture: they are not dates on the timeline.
 */
import { lazy } from "../lazy";

export interface Period {
	/** First year covered (BCE negative). */
	start: number;
	/** Last year covered, inclusive. */
	end: number;
}

const FRONTMATTER_KEYS = ["period", "years", "year", "coverage"];

export function coveragePeriod(title: string, frontmatter: Record<string, unknown> | null | undefined): Period | null {
	if (frontmatter) {
		for (const key of FRONTMATTER_KEYS) {
			const found = periodFromValue(frontmatter[key]);
			if (found) return found;
		}
	}
	return periodFromText(title);
}

function periodFromValue(v: unknown): Period | null {
	if (typeof v === "number") return Number.isInteger(v) ? { start: v, end: v } : null;
	if (typeof v === "string") return periodFromText(v) ?? bareYears(v);
	if (Array.isArray(v)) {
		const years = v.map((x) => (typeof x === "number" ? x : typeof x === "string" ? periodFromText(x)?.start : undefined)).filter((x): x is number => typeof x === "number" && Number.isInteger(x));
		if (!years.length) return null;
		return { start: Math.min(...years), end: Math.max(...years) };
	}
	if (v && typeof v === "object") {
		const o = v as Record<string, unknown>;
		const start = periodFromValue(o.start ?? o.from)?.start;
		const end = periodFromValue(o.end ?? o.to)?.end ?? start;
		if (start !== undefined && end !== undefined) return start <= end ? { start, end } : null;
	}
	return null;
}

/** A value that is only a number or two ("1928", "-44"), as frontmatter may hold. */
function bareYears(text: string): Period | null {
	const m = /^\s*(-?\d{1,4})\s*$/.exec(text);
	if (!m) return null;
	const y = Number(m[1]);
	return { start: y, end: y };
}

const ERA = String.raw`(?:\s*(BCE|BC|B\.C\.|CE|AD|A\.D\.))?`;
const SEP = String.raw`\s*(?:-|\u2013|\u2014|/|\bto\b|\buntil\b|\band\b)\s*`;
// Every pattern captures its left boundary instead of looking behind (iOS rejects lookbehind).
const RANGE = lazy(() => new RegExp(String.raw`(^|[^\p{L}\p{N}])(\d{1,4})${ERA}${SEP}(\d{1,4})${ERA}(?![\p{L}\p{N}])`, "giu"));
const PAIR = lazy(() => new RegExp(String.raw`(^|[^\p{L}\p{N}])(\d{4}),\s*(\d{4})(?![\p{L}\p{N}])`, "gu"));
const CENTURY = lazy(() => new RegExp(String.raw`(^|[^\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)(?:${SEP}(\d{1,2})(?:st|nd|rd|th))?[\s-]+centur(?:y|ies)${ERA}(?![\p{L}\p{N}])`, "giu"));
const DECADE = lazy(() => new RegExp(String.raw`(^|[^\p{L}\p{N}])(\d{3}0)'?s(?![\p{L}\p{N}])`, "gu"));
const YEAR = lazy(() => new RegExp(String.raw`(^|[^\p{L}\p{N}])(\d{1,4})${ERA}(?![\p{L}\p{N}])`, "giu"));

interface Found extends Period {
	at: number;
}

/** The last period a text names: ranges and year pairs first, then centuries and decades, then a single year. */
export function periodFromText(text: string): Period | null {
	const ranges: Found[] = [];
	for (const m of text.matchAll(RANGE())) {
		const p = range(m[2] as string, m[3], m[4] as string, m[5]);
		if (p) ranges.push({ ...p, at: (m.index ?? 0) + (m[1] as string).length });
	}
	for (const m of text.matchAll(PAIR())) {
		const start = Number(m[2]);
		const end = Number(m[3]);
		if (plausible(start) && plausible(end) && start < end) ranges.push({ start, end, at: (m.index ?? 0) + (m[1] as string).length });
	}
	for (const m of text.matchAll(CENTURY())) {
		const at = (m.index ?? 0) + (m[1] as string).length;
		const first = Number(m[2]);
		const last = m[3] === undefined ? first : Number(m[3]);
		// The popular convention (GUIDE): the 20th century is 1900–1999; the 5th century BC is 500–401 BC.
		if (isBce(m[4])) {
			if (last >= 1 && first >= last) ranges.push({ start: -first * 100, end: -((last - 1) * 100 + 1), at });
		} else if (first >= 1 && last >= first && last <= 22) ranges.push({ start: (first - 1) * 100, end: last * 100 - 1, at });
	}
	const last = (list: Found[]): Period | null => {
		let best: Found | null = null;
		for (const f of list) if (!best || f.at >= best.at) best = f;
		return best ? { start: best.start, end: best.end } : null;
	};
	if (ranges.length) return last(ranges);
	const decades: Found[] = [];
	for (const m of text.matchAll(DECADE())) {
		const start = Number(m[2]);
		if (plausible(start)) decades.push({ start, end: start + 9, at: m.index ?? 0 });
	}
	if (decades.length) return last(decades);
	const singles: Found[] = [];
	for (const m of text.matchAll(YEAR())) {
		const y = year(m[2] as string, m[3]);
		if (y !== null) singles.push({ start: y, end: y, at: m.index ?? 0 });
	}
	return last(singles);
}

function isBce(era: string | undefined): boolean {
	return era !== undefined && /^b/i.test(era);
}

/** Four digits in a plausible window, or any number with an era (`44 BC`, `AD 800` is not matched here). */
function year(digits: string, era: string | undefined): number | null {
	const n = Number(digits);
	if (era !== undefined) return isBce(era) ? -n : n;
	return digits.length === 4 && plausible(n) ? n : null;
}

function plausible(n: number): boolean {
	return n >= 1000 && n <= 2200;
}

/** `1928-1941`, `1939-40` (the end takes the start's century), `431-404 BC` (the era may stand once, at the end). */
function range(a: string, eraA: string | undefined, b: string, eraB: string | undefined): Period | null {
	const era = eraB ?? eraA;
	if (era !== undefined && isBce(era)) {
		const start = -Number(a);
		const end = -Number(b);
		return start <= end ? { start, end } : null;
	}
	const start = year(a, eraA);
	if (start === null) return null;
	let end: number;
	if (b.length === 4 || eraB !== undefined) end = Number(b);
	else if (b.length === 2 && a.length === 4) {
		end = Math.floor(start / 100) * 100 + Number(b);
		if (end < start) end += 100;
	} else return null;
	return start <= end && (eraB !== undefined || plausible(end)) ? { start, end } : null;
}
