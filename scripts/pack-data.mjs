// The gazetteer's data files, packed for the bundle: each character beyond Latin-1 ("ł", "ğ", "ř") is written as
// "^" and its four hex digits, which src/core/actors/data/packed.ts reads back when the lexicon is built. V8 keeps a
// string literal with no such character at one byte per character and scans it faster: compiling main.js took
// about 0.4-0.6 ms less (medians of 40 compiles, interleaved). The sources keep the names as written.
import { readFile } from "node:fs/promises";

/** The data files whose text is packed. */
export const PACKED_DATA = /[\\/]src[\\/]core[\\/]actors[\\/]data[\\/](?:persons|collectives|states|givenNames)\.ts$/;

/** The packed form of a data file's source; throws if the source already holds the mark "^". */
export function packData(source, path = "a data file") {
	if (source.includes("^")) throw new Error(`${path} holds "^", the mark of a packed character: write it another way`);
	return source.replace(/[\u0100-\uffff]/g, (c) => `^${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
