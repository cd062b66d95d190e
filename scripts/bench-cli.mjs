#!/usr/bin/env node
// The command line's timeline over a vault of 10,000 notes (about 40 MB), against the floor: a Node script that
// only walks the same folder, reads every note and runs one regular expression over it. Both run as fresh
// processes, alternately, after one warm-up each (so the files are in the page cache for both); the median wall
// time of each is compared. Target: the timeline within 3x the floor.
//
//   node scripts/bench-cli.mjs [--json] [--runs N]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { build } from "esbuild";
import { largeVault, ROOT, sourceNotes } from "./bench-vault.mjs";

const json = process.argv.includes("--json");
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg !== -1 ? Number(process.argv[runsArg + 1]) : 5;

const FLOOR = `
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const re = /\\b1[0-9]{3}\\b/g;
let files = 0, matches = 0;
const walk = (dir) => {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		if (e.name.startsWith(".")) continue;
		const p = join(dir, e.name);
		if (e.isDirectory()) walk(p);
		else if (e.name.endsWith(".md")) {
			const text = readFileSync(p, "utf8");
			files++;
			for (re.lastIndex = 0; re.exec(text); ) matches++;
		}
	}
};
walk(process.argv[1]);
process.stdout.write(JSON.stringify({ files, matches }));
`;

function time(args) {
	const t0 = process.hrtime.bigint();
	const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
	return { ms, out: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
	const { notes: sources, reason } = sourceNotes();
	if (!sources) {
		console.log(`bench-cli: skipped: ${reason}`);
		if (json) console.log(JSON.stringify({ skipped: reason }));
		return;
	}
	const dir = mkdtempSync(join(tmpdir(), "lecture-atlas-bench-cli-"));
	try {
		const vault = join(dir, "vault");
		const { notes, bytes } = largeVault(sources);
		for (const n of notes) {
			const p = join(vault, ...n.path.split("/"));
			mkdirSync(dirname(p), { recursive: true });
			writeFileSync(p, n.text);
		}
		// The command line as `npm run build` makes it.
		const cli = join(dir, "cli.cjs");
		await build({ entryPoints: [join(ROOT, "src", "cli", "main.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: cli, logLevel: "silent" });

		const floorArgs = ["-e", FLOOR, vault];
		const cliArgs = [cli, "timeline", "--vault", vault, "--json"];
		time(floorArgs);
		const first = time(cliArgs);
		const events = JSON.parse(first.out).events.length;
		const floor = [];
		const ours = [];
		for (let i = 0; i < RUNS; i++) {
			floor.push(time(floorArgs).ms);
			ours.push(time(cliArgs).ms);
		}
		const result = {
			notes: notes.length,
			mb: +(bytes / 1e6).toFixed(1),
			events,
			floor_ms: +median(floor).toFixed(0),
			timeline_ms: +median(ours).toFixed(0),
			ratio: +(median(ours) / median(floor)).toFixed(2),
			target_ratio: 3,
			runs: RUNS,
		};
		if (json) console.log(JSON.stringify(result));
		else {
			console.log(`lecture-atlas timeline --json over ${result.notes} notes (${result.mb} MB, ${events} lecture dates)`);
			console.log(`  floor (walk + read + one regex): ${result.floor_ms} ms   runs: ${floor.map((x) => x.toFixed(0)).join(", ")}`);
			console.log(`  timeline:                        ${result.timeline_ms} ms   runs: ${ours.map((x) => x.toFixed(0)).join(", ")}`);
			console.log(`  ratio ${result.ratio}x (target <= 3x)`);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();
