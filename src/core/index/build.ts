/**
 * Builds the course index over a list of notes in slices: after each note the driver looks at the clock, and once
 * a slice has run for `sliceMs` it awaits `yieldFn` so the interface can paint and take input. Notes already
 * indexed at the same modification time are not read at all. The gazetteer, built on first use, is built first in
 * steps between the same checks. Clock and yield are injected: the adapter passes `performance.now` and a timeout,
 * tests pass a fake clock.
 */
import { prepareAnalysisInSlices } from "../prepare";
import { SLICE_MS, Slices } from "../slices";
import type { Frontmatter } from "../markdown/frontmatter";
import type { CourseIndex } from "./courseIndex";

export interface IndexWorkItem {
	path: string;
	mtime: number;
	/**
	 * The note's frontmatter as the host knows it (Obsidian's metadata cache), or a function that finds it in the
	 * text once read (when the host has no metadata yet), or null.
	 */
	frontmatter: Frontmatter | null | ((text: string) => Frontmatter | null);
	/** The note's text; may be asynchronous (cachedRead). A read that throws skips the note. */
	read(): string | Promise<string>;
}

export interface BuildOptions {
	now: () => number;
	yieldFn: () => Promise<void>;
	/** Longest run between two yields, in the clock's unit (milliseconds). Leaves room for one slow note under 50. */
	sliceMs?: number;
	/** Polled between notes; a build that is no longer wanted stops early. */
	cancelled?(): boolean;
	/** Drop entries of notes that are not in `items` (a full build over the whole vault). */
	prune?: boolean;
	onProgress?(done: number, total: number): void;
}

export interface BuildStats {
	total: number;
	/** Notes read and indexed. */
	indexed: number;
	/** Notes already indexed at the same modification time. */
	unchanged: number;
	/** Notes whose read failed. */
	failed: number;
	slices: number;
	/** The longest stretch between two yields, as the clock measured it. */
	longestSliceMs: number;
	cancelled: boolean;
}

export async function buildIndex(index: CourseIndex, items: readonly IndexWorkItem[], opts: BuildOptions): Promise<BuildStats> {
	const slices = new Slices(opts, opts.sliceMs ?? SLICE_MS);
	const stats: BuildStats = { total: items.length, indexed: 0, unchanged: 0, failed: 0, slices: 1, longestSliceMs: 0, cancelled: false };
	// What the analysis builds on first use (the gazetteer first), built here in the same slices, never makes one long
	// slice.
	await prepareAnalysisInSlices(slices, () => opts.cancelled?.() ?? false);
	let done = 0;
	for (let i = 0; i < items.length; i++) {
		if (opts.cancelled?.()) {
			stats.cancelled = true;
			break;
		}
		const item = items[i] as IndexWorkItem;
		if (!index.needsUpdate(item.path, item.mtime)) stats.unchanged++;
		else {
			try {
				const text = await item.read();
				const fm = typeof item.frontmatter === "function" ? item.frontmatter(text) : item.frontmatter;
				index.upsert(item.path, item.mtime, text, fm);
				stats.indexed++;
			} catch {
				stats.failed++; // an unreadable note is left out; the next build tries again
			}
		}
		done++;
		if (i < items.length - 1 && slices.due()) {
			opts.onProgress?.(done, items.length);
			await slices.yield();
		}
	}
	slices.end();
	stats.slices = slices.count;
	stats.longestSliceMs = slices.longestMs;
	if (opts.prune && !stats.cancelled) {
		const keep = new Set(items.map((i) => i.path));
		for (const path of index.paths()) if (!keep.has(path)) index.remove(path);
	}
	opts.onProgress?.(done, items.length);
	return stats;
}
