/** Character tests the extractors share, on UTF-16 code units, and one on words. */
import { lazy } from "./lazy";

/** `\s` of a regular expression, for one character. */
export function isSpace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether text[from, to) is white space on one line and emphasis markers ("*", "_", "`"), with at least one space:
 * the gap in "Nazi *coup*" or "*Dred Scott* decision".
 */
export function emphasisSpacing(text: string, from: number, to: number): boolean {
	let space = false;
	for (let k = from; k < to; k++) {
		const c = text.charCodeAt(k);
		if (c === 10) return false;
		if (isSpace(c)) space = true;
		else if (c !== 42 && c !== 95 && c !== 96) return false;
	}
	return space;
}

/** A double quote that opens a quotation: straight, curly or a guillemet. */
export const isOpeningQuote = (c: number): boolean => c === 34 || c === 0x201c || c === 0xab;

/** A double quote that closes a quotation: straight, curly or a guillemet. */
export const isClosingQuote = (c: number): boolean => c === 34 || c === 0x201d || c === 0xbb;

/** A straight or a typographic apostrophe. */
export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** A word with its first letter in capitals: "al-Mansur" as a name, "northern" as a listed direction. */
export const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Any letter, of any script (built on first use, see lazy.ts). */
export const LETTER = lazy(() => new RegExp(String.raw`\p{L}`, "u"));

/** Any letter or digit, of any script (built on first use, see lazy.ts). */
export const LETTER_OR_DIGIT = lazy(() => new RegExp(String.raw`[\p{L}\p{N}]`, "u"));
