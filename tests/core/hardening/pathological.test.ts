/**
 * Pathological notes (pathological.ts): each goes through every stage of the core (parse, frontmatter, dates,
 * actors, solutions, the whole analysis, readings, rendering, the course timeline's input) in a worker thread, so
 * that a stage that never ends is stopped and named, and a stage that throws is named with its stack. The bound per
 * stage is a hang guard, far above what a linear pass costs: speed itself is measured by `npm run bench`.
 *
 * The worker's last stage checks every position in the analysis against the raw text; a few cases then run in this
 * thread for their own expectations (frontmatter found or not, code hidden, columns in UTF-16 code units).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { linesOf, runAll, type FullRun } from "./helpers";
import { CASES } from "./pathological";
import type { StageMessage } from "./stageWorker";

/**
 * A stage slower than this fails: an order of magnitude above a linear pass over a megabyte (the slowest stage of
 * any case takes about half a second on an idle machine). On a machine busy with other work the worker's
 * calibration (a fixed linear workload, about 25 ms idle) takes longer, and the bound grows with it: a quadratic
 * pass over a megabyte takes minutes either way. (At 2,000 ms and 60 calibrations the guard failed a linear stage
 * on a machine running four other jobs on two cores: 2,210 against 2,177 ms.)
 */
const BOUND_MS = 5000;
const BOUND_PER_CALIBRATION = 150;
/**
 * The output stages get more: rendering writes the JSON report, the text and the Markdown summary of up to 200,000
 * findings, and the timeline stage sorts them and writes a label for each.
 */
const OUTPUT_STAGES = new Set(["render", "timeline"]);
const RENDER_FACTOR = 2.5;
/** A stage still running after this (or four bounds) is stopped: it would never have finished. */
const HANG_MS = 15000;

const HERE = dirname(fileURLToPath(import.meta.url));
let workerCode = "";

interface StageReport {
	calibration: number;
	/** What the worker's span check found wrong (the first ten). */
	problems: string[] | null;
	times: Record<string, number>;
	error: string | null;
	hung: string | null;
}

function boundFor(calibration: number): number {
	return Math.max(BOUND_MS, BOUND_PER_CALIBRATION * calibration);
}

function runInWorker(name: string): Promise<StageReport> {
	return new Promise((resolve) => {
		const report: StageReport = { calibration: 0, problems: null, times: {}, error: null, hung: null };
		const worker = new Worker(workerCode, { eval: true, workerData: { name } });
		let current = "";
		let timer: ReturnType<typeof setTimeout> | null = null;
		const finish = (): void => {
			if (timer) clearTimeout(timer);
			void worker.terminate();
			resolve(report);
		};
		const arm = (): void => {
			if (timer) clearTimeout(timer);
			const hang = Math.max(HANG_MS, 4 * RENDER_FACTOR * boundFor(report.calibration));
			timer = setTimeout(() => {
				report.hung = `${current} did not finish within ${Math.round(hang)} ms`;
				finish();
			}, hang);
		};
		worker.on("message", (m: StageMessage) => {
			if (m.type === "calibrated") report.calibration = m.ms;
			else if (m.type === "problems") report.problems = m.problems;
			else if (m.type === "start") {
				current = m.stage;
				arm();
			} else if (m.type === "done") report.times[m.stage] = Math.round(m.ms);
			else if (m.type === "error") {
				report.error = `${m.stage} threw ${m.message}`;
				finish();
			} else finish();
		});
		worker.on("error", (e) => {
			report.error = `the worker failed in ${current}: ${String(e)}`;
			finish();
		});
		worker.on("exit", () => finish());
	});
}

/** Expectations beyond "nothing throws, every span is right", per case. */
const CHECKS: Record<string, (run: FullRun, raw: string) => void> = {
	"a 1 MB line of [[]]": ({ analysis }) => expect(analysis.links).toEqual([]),
	"a 1 MB line of [[ then ]]": ({ analysis }) => expect(analysis.links).toEqual([]),
	"a 1 MB line of [[a|b]]": ({ analysis }, raw) => {
		expect(analysis.links).toHaveLength(raw.length / "[[a|b]]".length);
		expect(analysis.links[1]).toMatchObject({ target: "a", alias: "b", col: 7 });
	},
	"200,000 [[ with no close": ({ analysis }) => expect(analysis.links).toEqual([]),
	"75,000 [[ with no close, spaced, with years (1 MB)": ({ analysis }) => expect(analysis.links).toEqual([]),
	"200,000 ![[ with no close": ({ analysis }) => expect(analysis.links).toEqual([]),
	"800 nested list levels": ({ analysis }) => {
		expect(analysis.solutions.length).toBeGreaterThan(0);
		expect(analysis.solutions[0]).toMatchObject({ label: "Solution 1", line: 2 });
	},
	"unclosed frontmatter": ({ analysis }) => {
		// Obsidian shows an unclosed block as text: the note's dates are all there.
		expect(analysis.doc.frontmatter).toBeNull();
		expect(analysis.dates.filter((d) => d.text === "Late 1917")).toHaveLength(20_000);
	},
	"unclosed code fence": ({ analysis }) => {
		// An unclosed fence runs to the end of the note: only the line before it has a date, no link is read.
		expect(analysis.dates.map((d) => [d.text, d.line])).toEqual([["Before 1917", 1]]);
		expect(analysis.links).toEqual([]);
	},
	"CRLF line ends": ({ analysis }) => {
		expect(analysis.dates.filter((d) => d.text === "Late 1917")).toHaveLength(12_000);
		expect(analysis.dates.some((d) => d.text.includes("\r") || d.context.includes("\r"))).toBe(false);
		expect(analysis.links).toHaveLength(12_000);
		expect(analysis.links[1]).toMatchObject({ line: 6, col: 0, target: "Reading", alias: "the 1920s" });
		expect(analysis.solutions.length).toBeGreaterThan(0);
		expect(analysis.solutions.some((s) => s.text.includes("\r"))).toBe(false);
	},
	"a byte-order mark before frontmatter": ({ analysis }) => {
		// The mark is tolerated before the opening fence (as the command line's frontmatter reader does): the block is
		// frontmatter, its 1066 is no date, and the body's columns still count from the raw line.
		expect(analysis.doc.frontmatter).toBe("title: 1066");
		expect(analysis.dates.some((d) => d.start === 1066)).toBe(false);
		expect(analysis.dates).toHaveLength(20_000);
		expect(analysis.dates[0]).toMatchObject({ text: "Late 1917", line: 4, col: 0 });
		const stalin = analysis.actors.find((a) => a.name === "Joseph Stalin");
		expect(stalin?.mentions[0]).toMatchObject({ text: "Stalin", line: 4, col: 14 });
	},
	"astral characters before dates": ({ analysis }, raw) => {
		const first = linesOf(raw).lines[0] as string;
		const texts = analysis.dates.filter((d) => d.line === 1).map((d) => d.text);
		expect(texts).toEqual(["1917", "Late 1917", "1939-40"]);
		for (const d of analysis.dates.filter((x) => x.line === 1)) {
			expect(first.slice(d.col, d.col + d.length)).toBe(d.text);
		}
		// UTF-16 columns: 𝕏 and 😀 count two units each, the family emoji eight (three people, two joiners), the flag
		// four; then " in ". Six code points, or four graphemes, would be a different column.
		expect(analysis.dates[0]?.col).toBe(20);
	},
	"Latin-1 bytes read as Latin-1": ({ analysis }) => {
		expect(analysis.dates.filter((d) => d.line === 1).map((d) => d.text)).toContain("1789-1799");
	},
	"a lecture whose readings are pathological": ({ readings }) => {
		expect(readings.map((r) => [r.label, r.state])).toEqual([
			["Digits", "resolved"],
			["Brackets", "resolved"],
			["Binary", "resolved"],
		]);
	},
};

beforeAll(async () => {
	const result = await build({
		entryPoints: [join(HERE, "stageWorker.ts")],
		bundle: true,
		write: false,
		platform: "node",
		format: "cjs",
		target: "node20",
		logLevel: "silent",
	});
	workerCode = result.outputFiles[0]?.text ?? "";
	expect(workerCode).toContain("runStage");
}, 30000);

describe("pathological notes", () => {
	it.each(CASES.map((c) => c.name))("%s: every stage finishes, nothing throws, every position is right", async (name) => {
		const report = await runInWorker(name);
		if (process.env.HARDENING_TIMES) console.log(`${name}: calibration ${Math.round(report.calibration)} ms, ${JSON.stringify(report.times)}`);
		expect(report.error, name).toBeNull();
		expect(report.hung, name).toBeNull();
		const bound = boundFor(report.calibration);
		const slow = Object.entries(report.times).filter(([stage, ms]) => ms > (OUTPUT_STAGES.has(stage) ? RENDER_FACTOR * bound : bound));
		expect(slow, `stage times in ms: ${JSON.stringify(report.times)}, bound ${Math.round(bound)} ms`).toEqual([]);

		// The worker checked every position against the raw text.
		expect(report.problems).toEqual([]);

		const check = CHECKS[name];
		const c = CASES.find((k) => k.name === name);
		if (!check || !c) return;
		const raw = c.make();
		check(runAll(raw, c.others?.()), raw);
	}, 120000);

	it("every case with extra expectations exists", () => {
		const names = new Set(CASES.map((c) => c.name));
		expect(Object.keys(CHECKS).filter((n) => !names.has(n))).toEqual([]);
	});
});

describe("the hang guard", () => {
	it("names the stage that throws", async () => {
		const report = await runInWorker("no such case");
		expect(report.error).toBe("make threw no case named no such case");
	});
});
