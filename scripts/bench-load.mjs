#!/usr/bin/env node
// One cold load of main.js, in a fresh process started by scripts/bench.mjs: evaluate the bundle as Obsidian does
// (CommonJS, require("obsidian")), construct the plugin and run its onload against the in-memory Obsidian of
// tests/fakes/obsidian.ts (bundled by bench.mjs, given as the argument) in happy-dom, once that stand-in has been
// warmed by a throwaway plugin (see below). Prints the times as JSON.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { Window } from "happy-dom";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..");

function vaultFiles(dir) {
	const out = {};
	const walk = (abs) => {
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

const win = new Window({ url: "https://lecture-atlas.invalid/", width: 1200, height: 900 });
Object.assign(globalThis, { window: win, document: win.document });
const { obsidian } = createRequire(import.meta.url)(process.argv[2]);
for (const k of ["createEl", "createDiv", "createSpan", "createFragment", "activeDocument", "activeWindow"]) globalThis[k] = win[k];

const code = readFileSync(join(ROOT, "main.js"), "utf8");
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8"));
const app = new obsidian.App(vaultFiles(join(ROOT, "example-vault")));
const require = (id) => {
	if (id === "obsidian") return obsidian;
	throw new Error(`main.js required ${id}`);
};
// Warm the stand-in for Obsidian first. Its code (tests/fakes/obsidian.ts) and happy-dom's compile on their first
// use, about 1.1 ms of a plugin's first onload here, which Obsidian's own API and DOM, long running and native, do
// not cost a plugin. A plugin of a few lines calls what ours calls in onload, then unloads; ours is timed after it.
{
	class WarmUp extends obsidian.Plugin {
		async onload() {
			await this.loadData();
			this.registerView("warm-up", () => null);
			this.registerEvent(this.app.metadataCache.on("changed", () => {}));
			this.registerEvent(this.app.vault.on("rename", () => {}));
			this.app.workspace.onLayoutReady(() => {});
			this.addRibbonIcon("dice", "Warm up", () => {});
			this.addCommand({ id: "warm-up", name: "Warm up", callback: () => {} });
			this.addSettingTab(new obsidian.PluginSettingTab(this.app, this));
		}
	}
	const warm = new WarmUp(app, { ...manifest, id: "warm-up", dir: ".obsidian/plugins/warm-up" });
	warm.load();
	await warm.loading;
	warm.unload();
}
const t0 = performance.now();
const module = { exports: {} };
new Function("module", "exports", "require", code)(module, module.exports, require);
const t1 = performance.now();
const Plugin = module.exports.default;
const plugin = new Plugin(app, manifest);
plugin.load();
await plugin.loading;
const t2 = performance.now();

// The session's first analysis, as the pane asks for it: the gazetteer built on first use, then the lecture analysed,
// all with cold code. A timer that asks for a turn after each of its own measures the longest stretch the app got
// none, as a user would feel it.
const file = app.vault.getFileByPath("Lectures/Stalin and the West.md");
if (!file) throw new Error("the example vault has no lecture");
let longest = 0;
let last = performance.now();
let analysing = true;
const tick = () => {
	const now = performance.now();
	longest = Math.max(longest, now - last);
	last = now;
	if (analysing) win.setTimeout(tick, 0);
};
win.setTimeout(tick, 0);
const t3 = performance.now();
await plugin.context.analyse(file);
const t4 = performance.now();
analysing = false;
longest = Math.max(longest, t4 - last);
process.stdout.write(JSON.stringify({ load_ms: t2 - t0, evaluate_ms: t1 - t0, onload_ms: t2 - t1, first_analysis_ms: t4 - t3, first_longest_block_ms: longest }));
