/** A vault as plain data for the core, as the command line builds it; free of vitest, for the stage worker too. */
import { vaultActorNote } from "../../../src/core/actors";
import type { ReadingEnv } from "../../../src/core/lecture";
import { createLinkResolver } from "../../../src/core/links/resolve";
import { parseFrontmatter, splitFrontmatter } from "../../../src/core/markdown/frontmatter";
import { defaultSettings } from "../../../src/core/settings";

export const LECTURE = "Lectures/Hostile.md";

/** A vault of notes by path; link resolution, frontmatter and vault actors as the command line builds them. */
export function vaultEnv(files: Record<string, string>): ReadingEnv {
	const paths = Object.keys(files);
	const frontmatterOf = (path: string): Record<string, unknown> | null => {
		const text = files[path];
		if (text === undefined) return null;
		const block = splitFrontmatter(text);
		return block === null ? null : parseFrontmatter(block);
	};
	return {
		settings: defaultSettings(),
		vaultActors: paths.filter((p) => p.endsWith(".md")).map((p) => vaultActorNote(p, frontmatterOf(p))),
		resolveLink: createLinkResolver(paths),
		read: (path) => files[path] ?? null,
		frontmatterOf,
	};
}

