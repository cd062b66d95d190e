/**
 * Runs one pathological case through the core's stages in a worker thread and reports each stage as it starts and
 * ends, so that the test can stop a stage that hangs and name it. Bundled by esbuild in pathological.test.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { calibrate, CASES, caseState, runStage, STAGES } from "./pathological";

export type StageMessage =
	| { type: "start"; stage: string }
	| { type: "done"; stage: string; ms: number }
	| { type: "error"; stage: string; message: string }
	| { type: "calibrated"; ms: number }
	| { type: "problems"; problems: string[] }
	| { type: "end" };

const post = (m: StageMessage): void => parentPort?.postMessage(m);
const { name } = workerData as { name: string };
const c = CASES.find((k) => k.name === name);
if (!c) post({ type: "error", stage: "make", message: `no case named ${name}` });
else {
	let failed = false;
	calibrate();
	post({ type: "calibrated", ms: calibrate() });
	post({ type: "start", stage: "make" });
	const t0 = performance.now();
	const state = caseState(c);
	post({ type: "done", stage: "make", ms: performance.now() - t0 });
	for (const stage of STAGES) {
		post({ type: "start", stage });
		const t = performance.now();
		try {
			runStage(stage, state);
		} catch (e) {
			post({ type: "error", stage, message: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e) });
			failed = true;
			break;
		}
		post({ type: "done", stage, ms: performance.now() - t });
	}
	if (!failed) {
		post({ type: "problems", problems: (state.problems ?? []).slice(0, 10) });
		post({ type: "end" });
	}
}
