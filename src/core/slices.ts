/**
 * Work done in slices that leave the host its turns (the gazetteer's first build, the course index's build): a
 * slice runs until it has taken `sliceMs`, then the host gets a turn. The clock is injected; tests pass a fake one.
 */

/** A clock and a way to give the host its turn, as work in slices needs them (real ones, or a test's). */
export interface SliceClock {
	now: () => number;
	yieldFn: () => Promise<void>;
}

/** The longest run between two turns given to the host, in milliseconds: room for one slow step under 50. */
export const SLICE_MS = 30;

/** The slices of one piece of work: when to give the host its turn, how many slices and the longest of them. */
export class Slices {
	/** Slices so far, the one running included. */
	count = 1;
	/** The longest slice that has ended, as the clock measured it. */
	longestMs = 0;
	private start: number;

	constructor(
		private readonly clock: SliceClock,
		private readonly sliceMs = SLICE_MS,
	) {
		this.start = clock.now();
	}

	/** Whether the running slice has taken its time. */
	due(): boolean {
		return this.clock.now() - this.start >= this.sliceMs;
	}

	/** Ends the running slice, gives the host its turn, and starts the next. */
	async yield(): Promise<void> {
		this.end();
		await this.clock.yieldFn();
		this.count++;
		this.start = this.clock.now();
	}

	/** Ends the running slice for the record (its length counts towards `longestMs`). */
	end(): void {
		this.longestMs = Math.max(this.longestMs, this.clock.now() - this.start);
	}
}
