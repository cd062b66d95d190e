#!/usr/bin/env node
// npm run score: builds the command line and scores it against the hand-made answers in ../shared/corpus, when a
// checkout has it beside the project (a user's clone does not: then it says so and exits 0).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const scorer = join(shared, "tools", "score.mjs");
const corpus = join(shared, "corpus");
if (!existsSync(scorer) || !existsSync(corpus)) {
	console.log("No ../shared/corpus beside the project: nothing to score against.");
	process.exit(0);
}
execFileSync(process.execPath, [join(root, "esbuild.config.mjs"), "production"], { cwd: root, stdio: "inherit" });
const extra = process.argv.slice(2);
execFileSync(process.execPath, [scorer, "--project", root, "--corpus", corpus, "--gold", corpus, ...extra], { cwd: root, stdio: "inherit" });
