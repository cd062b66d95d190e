/**
 * The course timeline view's state (lane mode and filters) and the step from the index to a drawable layout,
 * shared by the view and the SVG export so that the file shows what the view shows.
 */
import type { CourseFilter, CourseIndex } from "../core/index";
import { courseTimelineInput, layoutTimeline, type LaneMode, type TimelineLayout } from "../core/timeline";
import type { CourseEvent } from "../core/index";
import { LANE_COLOURS } from "./courseTimelineSvg";

export interface CourseViewState {
	mode: LaneMode;
	/** Empty strings mean "all". */
	actor: string;
	lecture: string;
	folder: string;
	tag: string;
}

export const DEFAULT_COURSE_VIEW_STATE: CourseViewState = { mode: "lecture", actor: "", lecture: "", folder: "", tag: "" };

/** Accepts whatever the workspace stored; keeps only what is valid. */
export function normaliseViewState(raw: unknown): CourseViewState {
	const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
	const str = (k: keyof CourseViewState): string => (typeof r[k] === "string" ? (r[k]) : "");
	return { mode: r.mode === "actor" ? "actor" : "lecture", actor: str("actor"), lecture: str("lecture"), folder: str("folder"), tag: str("tag") };
}

export function filterOf(state: CourseViewState): CourseFilter {
	return { actor: state.actor || null, lecture: state.lecture || null, folder: state.folder || null, tag: state.tag || null };
}

/** Average width of a 12px interface font, for when there is no canvas to measure with. */
export function estimateWidth(text: string): number {
	return text.length * 6.6;
}

export const ROW_HEIGHT = 22;
export const LANE_LABEL_WIDTH = 180;

export interface CourseModel {
	events: CourseEvent[];
	layout: TimelineLayout<CourseEvent>;
	svgOptions: { laneHeading: string; colourOf: (laneId: string) => number; rowHeight: number; laneLabelWidth: number };
}

export function courseLayout(index: CourseIndex, state: CourseViewState, width: number, measure: (text: string) => number): CourseModel {
	const events = index.events(filterOf(state));
	const names = new Map(index.actors().map((a) => [a.id, a.name]));
	const input = courseTimelineInput(events, state.mode, names);
	const layout = layoutTimeline(input.lanes, input.items, { width, measure, rowHeight: ROW_HEIGHT, laneLabelWidth: LANE_LABEL_WIDTH });
	const colours = new Map(input.lanes.map((l, i) => [l.id, i % LANE_COLOURS]));
	return {
		events,
		layout,
		svgOptions: {
			laneHeading: state.mode === "actor" ? "Actors" : "Lectures",
			colourOf: (id) => colours.get(id) ?? 0,
			rowHeight: ROW_HEIGHT,
			laneLabelWidth: LANE_LABEL_WIDTH,
		},
	};
}

/** Text widths from the interface font, when the platform has a canvas to measure with. */
export function canvasMeasure(el: HTMLElement): ((text: string) => number) | null {
	try {
		const ctx = createEl("canvas").getContext("2d");
		if (!ctx) return null;
		const style = activeWindow.getComputedStyle(el);
		// Labels are drawn at the theme's --font-ui-smaller (styles.css); measured as if all bold, to err wide.
		const size = parseFloat(style.getPropertyValue("--font-ui-smaller")) || 12;
		ctx.font = `600 ${size}px ${style.fontFamily || "sans-serif"}`;
		const cache = new Map<string, number>();
		return (text) => {
			let w = cache.get(text);
			if (w === undefined) {
				w = ctx.measureText(text).width;
				if (cache.size > 5000) cache.clear();
				cache.set(text, w);
			}
			return w;
		};
	} catch {
		return null;
	}
}
