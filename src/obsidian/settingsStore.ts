/**
 * Loading the plugin's settings without losing anything. A settings file that needed repairs (or could not be
 * parsed) is copied, byte for byte, to `data.damaged-<date>-<time>.json` beside it before the plugin runs with
 * repaired settings, because the next save replaces data.json. An older file whose only fault is fields it predates
 * is migrated silently: defaults fill the missing fields, and nothing is written until the user changes a setting.
 */
import { normalizePath, type DataAdapter } from "obsidian";
import { defaultSettings, normalizeSettings, type LectureAtlasSettings } from "../core/settings";

export interface LoadedSettings {
	settings: LectureAtlasSettings;
	/** What to tell the user, or null when the file was fine (or absent, or only older). */
	notice: string | null;
	/** Where the original file was kept, when it was. */
	backupPath: string | null;
}

export interface SettingsSource {
	adapter: Pick<DataAdapter, "exists" | "read" | "write">;
	/** The plugin's folder (`manifest.dir`), e.g. ".obsidian/plugins/lecture-atlas". */
	dir: string;
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

/** `20250314-093005`, in local time: the user reads it in the file explorer. */
export function backupStamp(now: Date): string {
	return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

const MAX_BACKUP_TRIES = 100;

/** Writes `text` to a backup path that does not exist yet; returns it. Never replaces an existing backup. */
async function keepCopy(source: SettingsSource, text: string, now: Date): Promise<string> {
	const base = `${source.dir}/data.damaged-${backupStamp(now)}`;
	for (let n = 0; n < MAX_BACKUP_TRIES; n++) {
		const path = normalizePath(`${base}${n ? `-${n}` : ""}.json`);
		if (await source.adapter.exists(path)) continue;
		await source.adapter.write(path, text);
		return path;
	}
	throw new Error("every backup name for this second is taken");
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** Reads `<dir>/data.json` as stored, repairs what it must, and keeps a copy of a damaged original. */
export async function loadSettingsKeepingOriginal(source: SettingsSource, now: Date = new Date()): Promise<LoadedSettings> {
	const path = normalizePath(`${source.dir}/data.json`);
	const defaults = defaultSettings();
	let text: string;
	try {
		if (!(await source.adapter.exists(path))) return { settings: defaults, notice: null, backupPath: null };
		text = await source.adapter.read(path);
	} catch (e) {
		// Nothing to copy; the file stays as it is until the user changes a setting.
		return { settings: defaults, notice: `Lecture Atlas could not read its settings (${message(e)}); defaults are used.`, backupPath: null };
	}

	let raw: unknown;
	let repairs: string[];
	let settings: LectureAtlasSettings;
	try {
		raw = JSON.parse(text) as unknown;
		({ settings, repairs } = normalizeSettings(raw));
	} catch {
		settings = defaults;
		repairs = ["The settings file was not valid JSON; defaults are used."];
	}
	if (!repairs.length) return { settings, notice: null, backupPath: null };

	let kept: string;
	let backupPath: string | null = null;
	try {
		backupPath = await keepCopy(source, text, now);
		kept = `The original file was kept as ${backupPath}.`;
	} catch (e) {
		kept = `A copy of the original file could not be kept (${message(e)}); ${path} is replaced when you next change a setting.`;
	}
	return { settings, notice: `Lecture Atlas repaired its settings: ${repairs.join(" ")} ${kept}`, backupPath };
}
