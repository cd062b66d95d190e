/**
 * The reverse view: from a reading note, the lectures that link it and, for each, what of the lecture the reading
 * supports (the same cross-reference, seen from the other side).
 */
import type { NoteAnalysis } from "../analyse";
import type { WikiLink } from "../types";
import { crossReference, type ReadingReport } from "./crossref";
import type { Period } from "./period";

export interface CitingLecture {
	/** Vault path of the lecture. */
	path: string;
	/** The lecture's links to the reading, in order (a lecture may cite it more than once). */
	links: WikiLink[];
	/** The reading against this lecture: dates in its period, shared actors, passages on its solutions. */
	report: ReadingReport;
}

export interface CitedReading {
	/** The reading note analysed, or null when it cannot be read. */
	analysis: NoteAnalysis | null;
	period: Period | null;
}

/** Lectures (already analysed, links resolved) that link `readingPath`, in the order given. */
export function lecturesCiting(readingPath: string, lectures: readonly NoteAnalysis[], reading: CitedReading = { analysis: null, period: null }): CitingLecture[] {
	const title = (readingPath.split("/").pop() ?? readingPath).replace(/\.md$/i, "");
	const out: CitingLecture[] = [];
	for (const lecture of lectures) {
		if (lecture.path === readingPath) continue;
		const links = lecture.links.filter((l) => l.resolved === readingPath);
		const first = links[0];
		if (!first) continue;
		const report = crossReference(lecture, { link: first, path: readingPath, title, period: reading.period, analysis: reading.analysis });
		out.push({ path: lecture.path, links, report });
	}
	return out;
}
