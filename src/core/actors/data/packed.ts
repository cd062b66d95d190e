/**
 * The data files' text as the build packs it (scripts/pack-data.mjs): a character beyond ASCII is written as "^"
 * and four hex digits, so that main.js stays one byte per character and compiles faster. The sources hold the names
 * as written, and read the same.
 */
export function unpack(text: string): string {
	return text.includes("^") ? text.replace(PACKED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const PACKED = /\^([0-9a-f]{4})/g;

/**
 * The text of the comment a function holds, between its "/*!" and its closing mark: how the bundle carries the data
 * files' text (scripts/pack-data.mjs), since V8 skips a comment faster than it scans a string. Read from the
 * function's source, which the engine keeps.
 */
export function commentText(f: () => void): string {
	const source = f.toString();
	const from = source.indexOf("/*!");
	const to = source.lastIndexOf("*/");
	if (from < 0 || to < from) throw new Error("The bundle lost the data's comment: build it with legalComments \"inline\"");
	return source.slice(from + 3, to);
}
