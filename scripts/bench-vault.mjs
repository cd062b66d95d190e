// The benchmarks' large vault: 10,000 notes (about 40 MB) made at run time from the real notes of ../shared/corpus
// and ../shared/vaults. Nothing from those folders is ever written into the project.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = join(ROOT, "..", "shared");

/** Every Markdown note under a folder, dot-folders skipped, in a stable order. */
export function readNotes(dir) {
	const out = [];
	const walk = (abs) => {
		for (const name of readdirSync(abs).sort()) {
			if (name.startsWith(".")) continue;
			const p = join(abs, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith(".md")) out.push({ path: relative(dir, p).split(sep).join("/"), text: readFileSync(p, "utf8") });
		}
	};
	walk(dir);
	return out;
}

/** The real notes the benchmarks read, or null with the reason when ../shared is not there. */
export function sourceNotes() {
	const corpus = join(SHARED, "corpus");
	const vaults = join(SHARED, "vaults");
	if (!existsSync(corpus) || !existsSync(vaults)) return { notes: null, reason: `${SHARED} is absent (corpus/ and vaults/ are needed)` };
	const notes = [...readNotes(corpus).map((n) => ({ ...n, path: `corpus/${n.path}` })), ...readNotes(vaults).map((n) => ({ ...n, path: `vaults/${n.path}` }))];
	return { notes, reason: null };
}

/**
 * `count` notes cycling through the sources, each copy in its own folder so paths stay unique and realistic. Where
 * the running total falls behind `targetBytes`, a note gets the next source appended, so the vault reaches its size
 * with notes of the sources' own shapes.
 */
export function largeVault(sources, count = 10_000, targetBytes = 40_000_000) {
	const out = [];
	let total = 0;
	for (let i = 0; i < count; i++) {
		const src = sources[i % sources.length];
		const copy = Math.floor(i / sources.length);
		let text = src.text;
		const pace = ((i + 1) * targetBytes) / count;
		let k = 1;
		while (total + Buffer.byteLength(text) < pace - 2000 && k < sources.length) {
			text += `\n\n${sources[(i + k) % sources.length].text}`;
			k++;
		}
		total += Buffer.byteLength(text);
		out.push({ path: `copy-${String(copy).padStart(2, "0")}/${src.path}`, text });
	}
	return { notes: out, bytes: total };
}
