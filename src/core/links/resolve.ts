/**
 * Link resolution for the command line, following what Obsidian 1.13 was observed to do (DESIGN §3). Inside
 * Obsidian the adapter asks the metadata cache instead; both must agree on every vault.
 *
 * 1. Case never matters and `.md` is optional: `[[note]]`, `[[Note.md]]` and `[[NOTE]]` name `Note.md`.
 * 2. An exact vault path wins: `[[Note]]` is `Note.md` at the root even when the linking note's folder has one too.
 * 3. Otherwise the candidates are the files whose path ends with the link path (`[[b/Note]]` matches `a/b/Note.md`);
 *    one in the linking note's own folder wins (its ancestors count for nothing);
 * 4. otherwise the shortest path string (`a/b/Note.md` before `zzzz/Note.md`).
 * Files other than notes resolve by their full name (`[[map.png]]`). Frontmatter aliases never resolve a link.
 * `[[#Heading]]` (an empty link path) means the linking note itself; the caller handles it.
 */

export type LinkResolver = (linkpath: string, sourcePath: string) => string | null;

interface Indexed {
	path: string;
	/** Lower-cased path, for suffix tests. */
	lower: string;
	/** Lower-cased folder, "" at the root. */
	folder: string;
}

/** The folder of a vault path, "" at the vault's root ("A/B/c.md" is "A/B"). */
export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

/** Builds the index once (two maps); each lookup then costs a few map reads and a walk over same-named files. */
export function createLinkResolver(paths: readonly string[]): LinkResolver {
	const byPath = new Map<string, string>();
	const byName = new Map<string, Indexed[]>();
	for (const path of paths) {
		const lower = path.toLowerCase();
		if (!byPath.has(lower)) byPath.set(lower, path);
		const name = lower.slice(lower.lastIndexOf("/") + 1);
		const entry: Indexed = { path, lower, folder: folderOf(lower) };
		const list = byName.get(name);
		if (list) list.push(entry);
		else byName.set(name, [entry]);
	}
	// Shortest path first, so the first candidate that fits is the answer; ties in a stable, readable order.
	for (const list of byName.values()) list.sort((a, b) => a.lower.length - b.lower.length || (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0));

	return (linkpath: string, sourcePath: string): string | null => {
		let lp = linkpath.trim().replace(/\\/g, "/").toLowerCase();
		const sourceFolder = folderOf(sourcePath.toLowerCase());
		if (lp.startsWith("./") || lp.startsWith("../")) lp = joinRelative(sourceFolder, lp);
		else if (lp.startsWith("/")) lp = lp.replace(/^\/+/, "");
		if (lp === "" || lp.endsWith("/")) return null;

		const exact = byPath.get(lp + ".md") ?? byPath.get(lp);
		if (exact !== undefined) return exact;

		const slash = lp.lastIndexOf("/");
		const name = lp.slice(slash + 1);
		const suffix = slash === -1 ? null : "/" + lp;
		return pick(byName.get(name + ".md"), suffix === null ? null : suffix + ".md", sourceFolder) ?? pick(byName.get(name), suffix, sourceFolder);
	};
}

/** The best of the same-named files: one in the source's folder, else the shortest path. */
function pick(list: Indexed[] | undefined, suffix: string | null, sourceFolder: string): string | null {
	if (!list) return null;
	let first: Indexed | null = null;
	for (const entry of list) {
		if (suffix !== null && !entry.lower.endsWith(suffix)) continue;
		if (entry.folder === sourceFolder) return entry.path;
		first ??= entry;
	}
	return first ? first.path : null;
}

/** `../b/Note` from folder `a/c` → `a/b/note`; climbing above the root stays at the root. */
function joinRelative(folder: string, rel: string): string {
	const parts = folder === "" ? [] : folder.split("/");
	for (const seg of rel.split("/")) {
		if (seg === "..") parts.pop();
		else if (seg !== "." && seg !== "") parts.push(seg);
	}
	return parts.join("/") + (rel.endsWith("/") ? "/" : "");
}
