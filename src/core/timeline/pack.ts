/**
 * Greedy row packing: spans go, in the order given, into the first row whose last span ends at least `gap` before
 * them, else into a new row. Nothing in a row overlaps, marks and labels alike. Given in chronological order, each
 * lane reads from the top down; given sorted by left edge, the number of rows is the fewest possible.
 */
const MAX_CHECKED = 48;

export interface Extent {
	left: number;
	right: number;
}

/** The row of each span, in input order. */
export function packRows(spans: readonly Extent[], gap: number, order: readonly number[] = byLeft(spans)): { rows: number[]; count: number } {
	// A span fits a row when it starts after the row's end, or (for rows short enough to check) clears each of its
	// spans: a label drawn left of its mark can then slip in before a later one.
	const rowSpans: Extent[][] = [];
	const rowEnds: number[] = [];
	const rows = new Array<number>(spans.length).fill(0);
	for (const i of order) {
		const s = spans[i] as Extent;
		let row = rowEnds.findIndex((end, r) => {
			if (end + gap <= s.left) return true;
			const inRow = rowSpans[r] as Extent[];
			return inRow.length <= MAX_CHECKED && inRow.every((t) => t.right + gap <= s.left || s.right + gap <= t.left);
		});
		if (row === -1) {
			row = rowEnds.length;
			rowEnds.push(s.right);
			rowSpans.push([s]);
		} else {
			rowEnds[row] = Math.max(rowEnds[row] as number, s.right);
			(rowSpans[row] as Extent[]).push(s);
		}
		rows[i] = row;
	}
	return { rows, count: rowEnds.length };
}

function byLeft(spans: readonly Extent[]): number[] {
	return spans.map((_, i) => i).sort((a, b) => (spans[a] as Extent).left - (spans[b] as Extent).left || a - b);
}
