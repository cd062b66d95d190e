/**
 * All-digit days: ISO "1941-06-22" and "1941/06/22", and "22/06/1941", "6/22/1941", "22.06.1941". An ISO date in
 * prose is a day like any other (a class date among them is dropped by the logistics guard). When both of the
 * first two numbers could be the month ("6/7/1941"), the month and day stay unknown: the year is certain.
 */
import { atom, inWindow, type Atom } from "../model";
import { isDigit } from "../text";
import type { ScanContext } from "./common";

const YEAR_FIRST = /(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d])/y;
const YEAR_LAST = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d])/y;

export function parseNumericDay(ctx: ScanContext, at: number, end: number): Atom | null {
	const { text } = ctx;
	const sep = text.charCodeAt(end);
	if (sep !== 45 && sep !== 47 && sep !== 46) return null;
	// Cheap test before the patterns: the separator comes back after one or two digits ("1941-06-", "22/6/").
	if (!sameSeparatorAgain(text, end, sep)) return null;
	const digits = end - at;
	if (digits === 4) {
		YEAR_FIRST.lastIndex = at;
		const m = YEAR_FIRST.exec(text);
		if (!m) return null;
		// ISO writes two-digit months and days; "1939-4-5" is more likely a typo than a day.
		if (m[2] === "-" && ((m[3] as string).length !== 2 || (m[4] as string).length !== 2)) return null;
		return day(ctx, at, at + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
	}
	if (digits > 2) return null;
	YEAR_LAST.lastIndex = at;
	const m = YEAR_LAST.exec(text);
	if (!m) return null;
	const a = Number(m[1]);
	const b = Number(m[3]);
	const year = Number(m[4]);
	if (a > 12 && b <= 12) return day(ctx, at, at + m[0].length, year, b, a);
	if (b > 12 && a <= 12) return day(ctx, at, at + m[0].length, year, a, b);
	if (a > 12 || b > 12 || a < 1 || b < 1) return null;
	return day(ctx, at, at + m[0].length, year, 0, 0);
}

/** Whether one or two digits and the separator `sep` follow the separator at `pos`. */
function sameSeparatorAgain(text: string, pos: number, sep: number): boolean {
	let i = pos + 1;
	while (i - pos <= 3 && isDigit(text.charCodeAt(i))) i++;
	return i - pos >= 2 && i - pos <= 3 && text.charCodeAt(i) === sep;
}

function day(ctx: ScanContext, from: number, to: number, year: number, month: number, dayOfMonth: number): Atom | null {
	if (!inWindow(year, 4, ctx.minYear, ctx.maxYear)) return null;
	if (month > 12 || dayOfMonth > 31) return null;
	if ((month === 0) !== (dayOfMonth === 0)) return null;
	const a = atom("day", from, to, year, 4, "none");
	if (month) {
		a.month = month;
		a.day = dayOfMonth;
	}
	return a;
}
