/**
 * What the analysis builds on its first use, built ahead in slices by a host that must keep answering (the plugin):
 * the gazetteer, the word sets and patterns made on first use (`deferred`), and the analysis's own code, which V8
 * compiles on its first run. Each in one go, inside a session's first analysis, froze the app for 0.5 s.
 */
import { extractActors } from "./actors";
import { prepareBuiltinLexicon } from "./actors/gazetteer";
import { extractDates } from "./dates";
import { makeDeferred } from "./lazy";
import { parseNote } from "./markdown/document";
import { defaultSettings } from "./settings";
import type { Slices } from "./slices";
import { extractSolutions } from "./solutions";

let steps: Generator<void, void, void> | null = null;
let prepared = false;

/**
 * Builds what the analysis builds on first use in the slices of `slices`, giving the host its turn whenever one has
 * run its time. Callers that overlap step the same build; each resolves once it is done, or once `cancelled` says
 * it is no longer wanted.
 */
export async function prepareAnalysisInSlices(slices: Slices, cancelled?: () => boolean): Promise<void> {
	while (!prepareStep()) {
		if (cancelled?.()) return;
		if (slices.due()) await slices.yield();
	}
}

/** One step of the preparation; true once it is done. */
export function prepareStep(): boolean {
	if (prepared) return true;
	steps ??= preparation();
	if (!steps.next().done) return false;
	steps = null;
	prepared = true;
	return true;
}

function* preparation(): Generator<void, void, void> {
	while (!prepareBuiltinLexicon()) yield;
	yield* makeDeferred();
	// A short note through each stage, a stage a step: V8 compiles a function on its first call, and the stages'
	// code is some 200 KB.
	const settings = defaultSettings();
	const doc = parseNote(SAMPLE);
	yield;
	const dates = extractDates(doc, { minYear: settings.minYear, maxYear: settings.maxYear });
	yield;
	extractActors(doc, { userActors: [], merges: {}, ignored: [], vaultNotes: [], dates, readingHeadings: settings.readingHeadings });
	yield;
	extractSolutions(doc, { cues: settings.solutionCues });
}

const SAMPLE = `# Stalin and the West

## Readings
- [[Kennan, Russia and the West]]

In late 1917 the Bolsheviks under Lenin took power; by 1922 the Soviet Union was founded (1917-22). The French
and the British intervened, and Poland fought the Red Army in 1920.

Solution number 1: collective security with France.
`;
