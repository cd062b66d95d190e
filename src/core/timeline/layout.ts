/**
 * The course timeline as plain data, ready to draw: an axis, lanes with their rows, and for each event a mark
 * (a point, or a bar for a range wide enough to see) with its shaded ends, open ends and label. Pure: sizes come in
 * as options and text is measured by an injected function, so tests and the command line get the same picture as
 * the view.
 */
import { buildAxis, type Axis } from "./axis";
import { packRows, type Extent } from "./pack";
import { dateRange, type TimelineDate } from "./scale";

export interface LaneInput {
	id: string;
	label: string;
}

export interface TimelineItemInput<T> {
	/** Unique among the items. */
	key: string;
	lane: string;
	date: TimelineDate;
	/** Drawn before the snippet, emphasised: "late 1917". */
	dateLabel: string;
	/** A few words of the line: "Civil war in Russia". */
	snippet: string;
	data: T;
}

export interface TimelineOptions {
	width: number;
	/** Left column for the lane names. */
	laneLabelWidth: number;
	rowHeight: number;
	axisHeight: number;
	/** Space above and below the rows of a lane. */
	lanePadding: number;
	minTickSpacing: number;
	/** A range narrower than this on screen is drawn as a point. */
	minBarPx: number;
	/** Length of the dashed lead-in of "by" and the tail of "after". */
	openTailPx: number;
	/** Space between a mark and its label, and between neighbours in a row. */
	gap: number;
	/** Width of a label in pixels. */
	measure: (text: string) => number;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
	width: 960,
	laneLabelWidth: 170,
	rowHeight: 22,
	axisHeight: 34,
	lanePadding: 6,
	minTickSpacing: 72,
	minBarPx: 6,
	openTailPx: 28,
	gap: 6,
	measure: (text) => text.length * 6.6,
};

export interface ItemLayout<T> {
	key: string;
	lane: string;
	row: number;
	/** Centre line of the item's row. */
	y: number;
	kind: "point" | "bar";
	/** The mark: for a point x1 === x2. */
	x1: number;
	x2: number;
	/** Widths in pixels of the shaded start and end of a bar. */
	fadeStart: number;
	fadeEnd: number;
	/** Where the dashed lead-in of an open start begins, or the tail of an open end stops; null when closed. */
	openStartX: number | null;
	openEndX: number | null;
	/** Whether anything about the date is vague, for styling points. */
	fuzzy: boolean;
	/** Left edge of the label; the label reads `dateLabel` then `snippet` (shortened to fit). */
	labelX: number;
	labelWidth: number;
	dateLabel: string;
	snippet: string;
	data: T;
}

export interface LaneLayout {
	id: string;
	label: string;
	y: number;
	height: number;
	rows: number;
}

export interface TimelineLayout<T> {
	width: number;
	height: number;
	/** The plot area: x between x0 and x1; lanes start at y0. */
	plot: { x0: number; x1: number; y0: number };
	axis: Axis;
	lanes: LaneLayout[];
	items: ItemLayout<T>[];
}

const ELLIPSIS = "…";

/** Shortens a snippet at a word boundary until `dateLabel + " " + snippet` fits in `room` pixels. */
function fitSnippet(dateLabel: string, snippet: string, room: number, measure: (t: string) => number): string {
	const full = snippet ? `${dateLabel} ${snippet}` : dateLabel;
	if (measure(full) <= room || !snippet) return snippet;
	let words = snippet.split(" ");
	while (words.length > 0) {
		words = words.slice(0, -1);
		const s = words.join(" ") + ELLIPSIS;
		if (measure(`${dateLabel} ${s}`) <= room) return words.length ? s : "";
	}
	return "";
}

export function layoutTimeline<T>(lanesIn: readonly LaneInput[], itemsIn: readonly TimelineItemInput<T>[], options: Partial<TimelineOptions> = {}): TimelineLayout<T> {
	const o: TimelineOptions = { ...DEFAULT_TIMELINE_OPTIONS, ...options };
	const x0 = o.laneLabelWidth + o.openTailPx + o.gap;
	// Room on the right for half of the last tick's label.
	const x1 = Math.max(x0 + 100, o.width - Math.max(o.gap, o.minTickSpacing / 3));
	const ranges = itemsIn.map((it) => dateRange(it.date));
	let from = Infinity;
	let to = -Infinity;
	for (const r of ranges) {
		if (r.from < from) from = r.from;
		if (r.to > to) to = r.to;
	}
	if (!Number.isFinite(from)) {
		from = 0;
		to = 1;
	}
	// A little air either side, so a mark never sits on the frame.
	const pad = Math.max((to - from) * 0.03, 1 / 24);
	const axis = buildAxis(from - pad, to + pad, x0, x1, o.minTickSpacing);
	const scale = (t: number): number => x0 + ((t - axis.from) / (axis.to - axis.from)) * (x1 - x0);

	const laneIds = new Set(itemsIn.map((it) => it.lane));
	const lanes = lanesIn.filter((l) => laneIds.has(l.id));
	const byLane = new Map<string, number[]>();
	itemsIn.forEach((it, i) => {
		const list = byLane.get(it.lane);
		if (list) list.push(i);
		else byLane.set(it.lane, [i]);
	});

	const items: ItemLayout<T>[] = [];
	const laneLayouts: LaneLayout[] = [];
	let y = o.axisHeight;
	for (const lane of lanes) {
		const idx = byLane.get(lane.id) ?? [];
		const placed: ItemLayout<T>[] = [];
		const extents: Extent[] = [];
		for (const i of idx) {
			const it = itemsIn[i] as TimelineItemInput<T>;
			const r = ranges[i] as (typeof ranges)[number];
			let a = scale(r.from);
			let b = scale(r.to);
			const bar = b - a >= o.minBarPx;
			if (!bar) a = b = (a + b) / 2;
			const openStartX = r.openStart ? Math.max(x0 - o.openTailPx, a - o.openTailPx) : null;
			const openEndX = r.openEnd ? Math.min(x1 + o.gap, b + o.openTailPx) : null;
			const markLeft = openStartX ?? a;
			const markRight = openEndX ?? b;
			// The label goes right of the mark, else left of it, else right and shortened to the room there is.
			const fullWidth = o.measure(it.snippet ? `${it.dateLabel} ${it.snippet}` : it.dateLabel);
			let snippet = it.snippet;
			let labelX = markRight + o.gap;
			let labelWidth = fullWidth;
			if (labelX + fullWidth > x1 + o.gap) {
				const leftX = markLeft - o.gap - fullWidth;
				if (leftX >= o.laneLabelWidth + o.gap) labelX = leftX;
				else {
					const roomRight = x1 + o.gap - labelX;
					const roomLeft = markLeft - o.gap - (o.laneLabelWidth + o.gap);
					const room = Math.max(roomRight, roomLeft);
					snippet = fitSnippet(it.dateLabel, it.snippet, room, o.measure);
					labelWidth = o.measure(snippet ? `${it.dateLabel} ${snippet}` : it.dateLabel);
					labelX = roomRight >= roomLeft ? markRight + o.gap : markLeft - o.gap - labelWidth;
				}
			}
			placed.push({
				key: it.key,
				lane: lane.id,
				row: 0,
				y: 0,
				kind: bar ? "bar" : "point",
				x1: a,
				x2: b,
				fadeStart: bar ? r.fadeFrom * (b - a) : 0,
				fadeEnd: bar ? r.fadeTo * (b - a) : 0,
				openStartX,
				openEndX,
				fuzzy: r.fadeFrom > 0 || r.fadeTo > 0,
				labelX,
				labelWidth,
				dateLabel: it.dateLabel,
				snippet,
				data: it.data,
			});
			// A point's dot is a few pixels wide on either side.
			const dot = bar ? 0 : 4;
			extents.push({ left: Math.min(markLeft - dot, labelX), right: Math.max(markRight + dot, labelX + labelWidth) });
		}
		// In date order, so that each lane reads from the top down.
		const { rows, count } = packRows(
			extents,
			o.gap,
			extents.map((_, k) => k),
		);
		const rowsUsed = Math.max(1, count);
		const height = rowsUsed * o.rowHeight + 2 * o.lanePadding;
		placed.forEach((p, k) => {
			p.row = rows[k] ?? 0;
			p.y = y + o.lanePadding + p.row * o.rowHeight + o.rowHeight / 2;
			items.push(p);
		});
		laneLayouts.push({ id: lane.id, label: lane.label, y, height, rows: rowsUsed });
		y += height;
	}
	return { width: Math.max(o.width, x1 + o.gap), height: y + o.gap, plot: { x0, x1, y0: o.axisHeight }, axis, lanes: laneLayouts, items };
}
