#!/usr/bin/env node
// npm run eval [-- --json]: scores the command line against the blind evaluation sets in eval/sets (notes written,
// with their answers, by writers who never saw the code; see eval/README.md), with the same scorer as `npm run
// score` (../shared/tools/score.mjs). A checkout without ../shared says so and exits 0.
//
// Prints each set's figures and the totals of each group that eval/sets.json names ("read": sets whose notes were
// read while rules were written; "unseen": sets of which only these totals were looked at).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = join(root, "..", "shared", "tools", "score.mjs");
const setsDir = join(root, "eval", "sets");
const json = process.argv.includes("--json");
if (!existsSync(scorer)) {
	console.log("No ../shared/tools/score.mjs beside the project: nothing to score with.");
	process.exit(0);
}
execFileSync(process.execPath, [join(root, "esbuild.config.mjs"), "production"], { cwd: root, stdio: json ? "ignore" : "inherit" });

const KINDS = ["actors", "mentions", "dates", "solutions", "links"];
const sets = readdirSync(setsDir).filter((n) => existsSync(join(setsDir, n, "gold"))).sort();
const results = {};
for (const set of sets) {
	const out = execFileSync(process.execPath, [scorer, "--project", root, "--corpus", join(setsDir, set, "corpus"), "--gold", join(setsDir, set, "gold"), "--json"], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
	const r = JSON.parse(out);
	results[set] = Object.fromEntries(KINDS.map((k) => [k, { tp: r[k].tp, predicted: r[k].np, gold: r[k].ng }]));
}

const groups = JSON.parse(readFileSync(join(setsDir, "..", "sets.json"), "utf8")).groups;
const total = (names) =>
	Object.fromEntries(
		KINDS.map((k) => {
			const t = { tp: 0, predicted: 0, gold: 0 };
			for (const n of names) for (const f of ["tp", "predicted", "gold"]) t[f] += results[n]?.[k][f] ?? 0;
			return [k, t];
		}),
	);
const totals = Object.fromEntries(Object.entries(groups).map(([g, names]) => [g, total(names)]));

if (json) {
	console.log(JSON.stringify({ sets: results, groups: totals }, null, 1));
} else {
	const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "-");
	const line = (t) => KINDS.map((k) => `${k} ${t[k].tp}/${t[k].predicted}/${t[k].gold} (P ${pct(t[k].tp, t[k].predicted)} R ${pct(t[k].tp, t[k].gold)})`).join("  ");
	console.log("tp / predicted / gold");
	for (const set of sets) console.log(`${set.padEnd(8)} ${line(results[set])}`);
	for (const [g, t] of Object.entries(totals)) console.log(`${g.padEnd(8)} ${line(t)}`);
}
