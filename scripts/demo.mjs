#!/usr/bin/env node
// npm run demo: build, install the plugin into example-vault/ (enabled), and print the analysis of its lecture.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vault = join(root, "example-vault");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

run(process.execPath, [join(root, "esbuild.config.mjs"), "production"]);

// The example vault's configuration folder is Obsidian's default one.
const config = join(vault, ".obsidian");
const pluginDir = join(config, "plugins", "lecture-atlas");
mkdirSync(pluginDir, { recursive: true });
for (const f of ["main.js", "manifest.json", "styles.css"]) copyFileSync(join(root, f), join(pluginDir, f));

const enabledFile = join(config, "community-plugins.json");
let enabled = [];
if (existsSync(enabledFile)) {
	try {
		enabled = JSON.parse(readFileSync(enabledFile, "utf8"));
	} catch {
		enabled = [];
	}
}
if (!enabled.includes("lecture-atlas")) writeFileSync(enabledFile, JSON.stringify([...enabled, "lecture-atlas"], null, 2) + "\n");
console.log(`\nInstalled Lecture Atlas into ${pluginDir} and enabled it. Open example-vault/ as a vault in Obsidian.\n`);

run(process.execPath, [join(root, "bin", "lecture-atlas.cjs"), "analyse", "--vault", vault, "Lectures/Stalin and the West.md"]);
