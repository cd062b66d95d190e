/** What the command line knows of a vault: its settings, its link resolver, and the notes that name actors. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnalysisContext } from "../core/analyse";
import { vaultActorNote, type VaultActorNote } from "../core/actors";
import { createLinkResolver } from "../core/links/resolve";
import { parseFrontmatter, splitFrontmatter } from "../core/markdown/frontmatter";
import { defaultSettings, normalizeSettings, type LectureAtlasSettings } from "../core/settings";
import type { FsVault } from "./fsVault";

export interface CliContext extends AnalysisContext {
	vault: FsVault;
	frontmatterOf: (path: string) => Record<string, unknown> | null;
	warnings: string[];
}

/** The plugin's own settings when the vault has the plugin installed, so the command line agrees with the pane. */
function loadSettings(vault: FsVault, warnings: string[]): LectureAtlasSettings {
	const file = join(vault.root, ".obsidian", "plugins", "lecture-atlas", "data.json");
	if (!existsSync(file)) return defaultSettings();
	// Read only if it really lies in the vault: a linked config folder may point anywhere.
	const real = vault.realInside(".obsidian/plugins/lecture-atlas/data.json");
	if (real === null) {
		warnings.push("the plugin's settings file lies outside the vault (a linked folder); defaults are used");
		return defaultSettings();
	}
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(real, "utf8"));
	} catch {
		warnings.push("the plugin's settings file is damaged; defaults are used");
		return defaultSettings();
	}
	const { settings, repairs } = normalizeSettings(raw);
	warnings.push(...repairs);
	return settings;
}

export function createCliContext(vault: FsVault): CliContext {
	const warnings: string[] = [];
	const settings = loadSettings(vault, warnings);
	const frontmatters = new Map<string, Record<string, unknown> | null>();
	const frontmatterOf = (path: string): Record<string, unknown> | null => {
		if (!frontmatters.has(path)) {
			let fm: Record<string, unknown> | null = null;
			try {
				const block = splitFrontmatter(vault.read(path));
				fm = block === null ? null : parseFrontmatter(block);
			} catch {
				fm = null;
			}
			frontmatters.set(path, fm);
		}
		return frontmatters.get(path) ?? null;
	};
	let vaultActors: VaultActorNote[] | null = null;
	const ctx: CliContext = {
		vault,
		settings,
		warnings,
		frontmatterOf,
		resolveLink: createLinkResolver(vault.files),
		get vaultActors(): VaultActorNote[] {
			vaultActors ??= vault.notes.map((path) => vaultActorNote(path, frontmatterOf(path)));
			return vaultActors;
		},
	};
	return ctx;
}
