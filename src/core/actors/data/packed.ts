/**
 * The data files' text as the build packs it (scripts/pack-data.mjs): a character beyond Latin-1 is written as "^"
 * and four hex digits, so that the long data strings stay one byte per character and main.js compiles faster. The
 * sources hold the names as written, and read the same.
 */
export function unpack(text: string): string {
	return text.includes("^") ? text.replace(PACKED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const PACKED = /\^([0-9a-f]{4})/g;
