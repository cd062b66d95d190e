/**
 * Greedy row packing: spans go, in the order given, into the first row whose last span ends at least `gap` before
 * them, else into a new row. Nothing in a row overlaps, marks and labels alike. Given in chronological order, each
 * lane reads from the top down; given sorted by left edge, the number of rows is the fewest possible.
 */

/** A row with more spans than this is not searched for a gap inside it: only its end is asked. */
const MAX_CHECKED = 48;
/**
 * Rows searched one by one for a gap a span can slip into. Past them only a row's end is asked, through a tree of
 * row ends, so a lane of thousands of overlapping dates packs in O(n log n) instead of O(n²) (8,000 took 177 ms). A
 * lane this deep is scrolled, not read row by row.
 */
const MAX_SLIP_ROWS = 64;

export interface Extent {
	left: number;
	right: number;
}

/** The row of each span, in input order. */
export function packRows(spans: readonly Extent[], gap: number, order: readonly number[] = byLeft(spans)): { rows: number[]; count: number } {
	// A span fits a row when it starts after the row's end, or (for rows short enough to check) clears each of its
	// spans: a label drawn left of its mark can then slip in before a later one.
	const rowSpans: Extent[][] = [];
	const ends = new RowEnds();
	const rows = new Array<number>(spans.length).fill(0);
	const clears = (s: Extent, t: Extent): boolean => t.right + gap <= s.left || s.right + gap <= t.left;
	for (const i of order) {
		const s = spans[i] as Extent;
		let row = -1;
		const near = Math.min(rowSpans.length, MAX_SLIP_ROWS);
		for (let r = 0; r < near && row === -1; r++) {
			const inRow = rowSpans[r] as Extent[];
			if (ends.get(r) + gap <= s.left || (inRow.length <= MAX_CHECKED && inRow.every((t) => clears(s, t)))) row = r;
		}
		if (row === -1) row = ends.firstEndingBefore(near, s.left, gap);
		if (row === -1) {
			row = rowSpans.length;
			ends.push(s.right);
			rowSpans.push([s]);
		} else {
			ends.set(row, Math.max(ends.get(row), s.right));
			(rowSpans[row] as Extent[]).push(s);
		}
		rows[i] = row;
	}
	return { rows, count: rowSpans.length };
}

function byLeft(spans: readonly Extent[]): number[] {
	return spans.map((_, i) => i).sort((a, b) => (spans[a] as Extent).left - (spans[b] as Extent).left || a - b);
}

/** The rows' ends in a min-tree: the first row from some index on that ends early enough, in O(log rows). */
class RowEnds {
	private size = 1;
	private count = 0;
	/** Leaves at [size, 2·size), each inner node the least of its two children; empty leaves are Infinity. */
	private tree = new Float64Array(2).fill(Infinity);

	get(row: number): number {
		return this.tree[this.size + row] as number;
	}

	push(end: number): void {
		if (this.count === this.size) this.grow();
		this.set(this.count++, end);
	}

	set(row: number, end: number): void {
		const tree = this.tree;
		let k = this.size + row;
		tree[k] = end;
		for (k >>= 1; k >= 1; k >>= 1) tree[k] = Math.min(tree[2 * k] as number, tree[2 * k + 1] as number);
	}

	/** The first row at index `from` or later whose end plus `gap` is at most `left`, or -1. */
	firstEndingBefore(from: number, left: number, gap: number): number {
		return this.search(1, 0, this.size, from, left, gap);
	}

	private search(node: number, lo: number, hi: number, from: number, left: number, gap: number): number {
		// The same test as the rows checked one by one (end + gap <= left), on the least end below this node.
		if (hi <= from || !((this.tree[node] as number) + gap <= left)) return -1;
		if (hi - lo === 1) return lo;
		const mid = (lo + hi) >> 1;
		const found = this.search(2 * node, lo, mid, from, left, gap);
		return found !== -1 ? found : this.search(2 * node + 1, mid, hi, from, left, gap);
	}

	private grow(): void {
		const old = this.tree;
		const oldSize = this.size;
		this.size *= 2;
		this.tree = new Float64Array(2 * this.size).fill(Infinity);
		this.tree.set(old.subarray(oldSize, 2 * oldSize), this.size);
		for (let k = this.size - 1; k >= 1; k--) this.tree[k] = Math.min(this.tree[2 * k] as number, this.tree[2 * k + 1] as number);
	}
}
