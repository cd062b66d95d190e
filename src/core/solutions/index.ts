import type { NoteDocument } from "../markdown/document";
import type { Solution } from "../types";

export interface SolutionOptions {
	/** Cue words (lower case) that mark options in labels, headings and lead-ins. */
	cues: string[];
}

// Placeholder until the solution extractor lands (issue 5).
export function extractSolutions(_doc: NoteDocument, _options: SolutionOptions): Solution[] {
	return [];
}
