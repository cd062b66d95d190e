// The gazetteer's data files, packed for the bundle: each character beyond ASCII ("é", "ł", "ğ", "ř") is written as
// "^" and its four hex digits, which src/core/actors/data/packed.ts reads back when the lexicon is built. V8 keeps a
// script with no character beyond Latin-1 at one byte per character and scans it faster (compiling main.js took about
// 0.4-0.6 ms less, medians of 40 compiles, interleaved); the data travels in comments, which esbuild does not escape,
// so Latin-1's accented letters are packed too and main.js stays ASCII. The sources keep the names as written.
import { readFile } from "node:fs/promises";

/** The data files whose text is packed. */
export const PACKED_DATA = /[\\/]src[\\/]core[\\/]actors[\\/]data[\\/](?:persons|collectives|states|givenNames|givenNamesGeneral)\.ts$/;

/** The packed form of a data file's source; throws if the source already holds the mark "^". */
export function packData(source, path = "a data file") {
	if (source.includes("^")) throw new Error(`${path} holds "^", the mark of a packed character: write it another way`);
	return commentData(source.replace(/[\u0080-\uffff]/g, (c) => `^${c.charCodeAt(0).toString(16).padStart(4, "0")}`), path);
}

/**
 * Each exported template of data (`export const PERSONS = \`…\`;`) written as the text of a comment in a function,
 * which src/core/actors/data/packed.ts reads back with Function.prototype.toString: V8 skips a comment about five
 * times faster than it scans a string literal of the same text (0.5 against 2.8 ms for the 506 KB of the gazetteer,
 * medians of 12 compiles), and the bundle keeps the comment in place because it is a legal one ("/*!", kept by
 * `legalComments: "inline"` in esbuild.config.mjs). A template that could not be read back as written (with "${",
 * a backslash or the end of a comment in it) is an error.
 */
export function commentData(source, path = "a data file") {
	let found = false;
	const out = source.replace(/^export const (\w+) = `([^`]*)`;$/gm, (_, name, text) => {
		if (text.includes("${") || text.includes("\\") || text.includes("*/")) throw new Error(`${path}: ${name} holds "\${", a backslash or "*/", which a comment cannot keep as written`);
		found = true;
		return `export const ${name} = commentText(function () {/*!${text}*/});`;
	});
	return found ? `import { commentText } from "./packed";\n${out}` : out;
}

/** The esbuild plugin that packs the data files as they are loaded. */
export const packDataPlugin = {
	name: "pack-data",
	setup(build) {
		build.onLoad({ filter: PACKED_DATA }, async (args) => ({ contents: packData(await readFile(args.path, "utf8"), args.path), loader: "ts" }));
	},
};

/** The same for Vite, so that the tests read the data as the bundle does. */
export const packDataVitePlugin = {
	name: "pack-data",
	enforce: "pre",
	transform(code, id) {
		return PACKED_DATA.test(id.split("?")[0] ?? id) ? { code: packData(code, id), map: null } : null;
	},
};
