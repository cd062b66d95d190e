/**
 * Greedy row packing: spans sorted by their left edge go into the first row whose last span ends at least `gap`
 * before them, else into a new row. Nothing in a row overlaps, marks and labels alike, and the number of rows is
 * the most spans that overlap at one point (for interval graphs the greedy order is optimal).
 */
export interface Extent {
	left: number;
	right: number;
}

/** The row of each span, in input order. */
export function packRows(spans: readonly Extent[], gap: number): { rows: number[]; count: number } {
	const order = spans.map((_, i) => i).sort((a, b) => (spans[a] as Extent).left - (spans[b] as Extent).left || a - b);
	const rowEnds: number[] = [];
	const rows = new Array<number>(spans.length).fill(0);
	for (const i of order) {
		const s = spans[i] as Extent;
		let row = rowEnds.findIndex((end) => end + gap <= s.left);
		if (row === -1) {
			row = rowEnds.length;
			rowEnds.push(s.right);
		} else rowEnds[row] = s.right;
		rows[i] = row;
	}
	return { rows, count: rowEnds.length };
}
