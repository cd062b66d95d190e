/** Loads the plugin into the in-memory Obsidian with a vault, as the app would. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { afterEach } from "vitest";
import { join, relative, sep } from "node:path";
import { App, MarkdownView, type PluginManifest } from "../fakes/obsidian";
import LectureAtlasPlugin from "../../src/main";
import { builtinLexicon } from "../../src/core/actors/gazetteer";
import { AtlasView, VIEW_TYPE_ATLAS } from "../../src/ui/AtlasView";

export const EXAMPLE_VAULT = join(__dirname, "..", "..", "example-vault");

export function readVault(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (abs: string): void => {
		for (const name of readdirSync(abs)) {
			if (name.startsWith(".")) continue;
			const p = join(abs, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith(".md")) out[relative(dir, p).split(sep).join("/")] = readFileSync(p, "utf8");
		}
	};
	walk(dir);
	return out;
}

const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "manifest.json"), "utf8")) as PluginManifest;

export interface Loaded {
	app: App;
	plugin: LectureAtlasPlugin;
	/** Opens a note in the main leaf, as clicking it in the file explorer would. */
	open(path: string): Promise<MarkdownView>;
	/** Opens the pane and waits for its first analysis. */
	pane(): Promise<AtlasView>;
}

/** Where the app keeps the plugin (its `manifest.dir`), and so its data.json. */
export const PLUGIN_DIR = `.obsidian/plugins/${manifest.id}`;

export interface LoadOptions {
	/** data.json's bytes as stored (for damaged files); wins over `storedData`. */
	dataJson?: string;
	/** Runs on the app before the plugin loads (make a file unreadable, add hooks). */
	before?: (app: App) => void;
}

/**
 * The plugins loaded by the test that is running, unloaded after it as Obsidian unloads a plugin: its timers (the
 * course index holds a burst of changes for a moment) would otherwise fire after the test's DOM is gone.
 */
const live = new Set<{ unload(): void }>();
afterEach(() => {
	for (const plugin of live) plugin.unload();
	live.clear();
});

export async function loadPlugin(files: Record<string, string>, storedData: unknown = null, options: LoadOptions = {}): Promise<Loaded> {
	// The gazetteer built already, as in an app past its first analysis: built in slices on first use, it would wait
	// on timers some tests fake and stretch the first test of a file. firstAnalysis.test.ts covers that first build.
	builtinLexicon();
	document.body.empty();
	const app = new App(files);
	app.workspace.hosts = { left: null, root: document.body.createDiv(), right: document.body.createDiv() };
	const plugin = new LectureAtlasPlugin(app as never, { ...manifest, dir: PLUGIN_DIR });
	live.add(plugin);
	(plugin as unknown as { storedData: unknown }).storedData = storedData;
	if (options.dataJson !== undefined) app.vault.adapter.seed(`${PLUGIN_DIR}/data.json`, options.dataJson);
	options.before?.(app);
	plugin.load();
	await (plugin as unknown as { loading: Promise<void> }).loading;
	app.workspace.markLayoutReady();
	return {
		app,
		plugin,
		async open(path) {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`no note ${path}`);
			const leaf = app.workspace.getLeaf(false);
			await leaf.openFile(file);
			return leaf.view as MarkdownView;
		},
		async pane() {
			await plugin.activatePane();
			const view = app.workspace.getLeavesOfType(VIEW_TYPE_ATLAS)[0]?.view;
			if (!(view instanceof AtlasView)) throw new Error("the pane did not open");
			await view.refresh();
			return view;
		},
	};
}

export function texts(root: ParentNode, selector: string): string[] {
	return Array.from(root.querySelectorAll(selector)).map((e) => e.textContent ?? "");
}
