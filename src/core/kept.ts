/**
 * A zeroed typed array over a note's characters, kept between calls so that an analysis allocates none: the caller
 * sets back to zero every element it sets before it returns (in a `finally`). The kept array grows as notes need,
 * up to a limit; a larger note gets an array of its own, so one huge note does not pin megabytes.
 */
export class KeptZeroes<A extends Uint8Array | Int32Array> {
	private kept: A;

	constructor(private readonly make: (size: number) => A) {
		this.kept = make(0);
	}

	/** A zeroed array of `size` elements or more. */
	get(size: number): A {
		if (size <= this.kept.length) return this.kept;
		if (size > KEPT_LIMIT) return this.make(size);
		return (this.kept = this.make(size));
	}
}

/** The largest array kept between calls: a million elements. */
const KEPT_LIMIT = 1 << 20;
