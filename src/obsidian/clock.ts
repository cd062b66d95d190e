/**
 * Real time for the work done in slices (the gazetteer's first build, the course index's build): the clock, and a
 * macrotask between slices so the app can paint and take input. Tests pass a fake one.
 */
import type { SliceClock } from "../core/slices";

export const REAL_CLOCK: SliceClock = {
	now: () => performance.now(),
	yieldFn: () => new Promise<void>((resolve) => window.setTimeout(resolve, 0)),
};
