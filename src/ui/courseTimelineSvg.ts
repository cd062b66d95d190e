/**
 * Draws a course timeline layout as SVG with Obsidian's DOM helpers (`createSvg`): lanes with their names, the
 * axis with a grid, and each date as a bar or a point with shaded vague ends, dashed open ends and a label. Note
 * text only ever becomes text nodes. In the app every colour comes from styles.css (classes, Obsidian's variables);
 * for an exported file, which has no stylesheet, a palette read from the theme is written as attributes instead.
 */
import type { CourseEvent } from "../core/index";
import type { ItemLayout, TimelineLayout } from "../core/timeline";

export const LANE_COLOURS = 8;

export interface SvgPalette {
	font: string;
	background: string;
	alternate: string;
	border: string;
	text: string;
	muted: string;
	/** One colour per lane colour class, in order. */
	colours: string[];
}

export interface SvgHandlers {
	open(event: CourseEvent): void;
	/** Called with the item under the pointer or keyboard focus, or null when it leaves. */
	hover(item: ItemLayout<CourseEvent> | null): void;
}

export interface SvgOptions {
	/** "Lectures" or "Actors": the heading of the lane column. */
	laneHeading: string;
	/** Colour class (0 to LANE_COLOURS - 1) of a lane. */
	colourOf: (laneId: string) => number;
	measure: (text: string) => number;
	rowHeight: number;
	laneLabelWidth: number;
	handlers?: SvgHandlers;
	/** For a standalone file: colours as attributes, no interaction, no hover card. */
	palette?: SvgPalette;
}

type Role =
	| "lane"
	| "laneAlt"
	| "separator"
	| "axisBand"
	| "grid"
	| "gridMajor"
	| "tick"
	| "tickMajor"
	| "header"
	| "laneLabel"
	| "swatch"
	| "range"
	| "bar"
	| "point"
	| "pointFuzzy"
	| "open"
	| "label"
	| "labelDate"
	| "hit";

const P = "lecture-atlas-ct-";

/** Text is set as a text node, never parsed. */
function withText<T extends SVGElement>(el: T, text: string): T {
	el.setText(text);
	return el;
}
let instances = 0;

function px(n: number): string {
	return String(Math.round(n * 10) / 10);
}

/** Shortens a lane name to its column, keeping the whole name for the tooltip. */
function fit(text: string, width: number, measure: (t: string) => number): string {
	if (measure(text) <= width) return text;
	let s = text;
	while (s.length > 1 && measure(`${s}…`) > width) s = s.slice(0, -1);
	return `${s.trimEnd()}…`;
}

export function renderCourseSvg(host: HTMLElement, layout: TimelineLayout<CourseEvent>, o: SvgOptions): SVGSVGElement {
	const pal = o.palette;
	const id = `${P}${++instances}`;
	const paint = (el: SVGElement, role: Role, colour = 0): void => {
		if (!pal) return;
		const c = pal.colours[colour % pal.colours.length] ?? pal.text;
		const set = (attrs: Record<string, string>): void => {
			for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
		};
		switch (role) {
			case "lane":
				return set({ fill: pal.background });
			case "laneAlt":
			case "axisBand":
				return set({ fill: pal.alternate });
			case "separator":
			case "grid":
				return set({ stroke: pal.border, "stroke-width": "1" });
			case "gridMajor":
				return set({ stroke: pal.muted, "stroke-width": "1", "stroke-opacity": "0.45" });
			case "tick":
				return set({ fill: pal.muted, "font-size": "11", "text-anchor": "middle" });
			case "tickMajor":
				return set({ fill: pal.text, "font-size": "11", "font-weight": "600", "text-anchor": "middle" });
			case "header":
				return set({ fill: pal.muted, "font-size": "11", "font-weight": "600" });
			case "laneLabel":
				return set({ fill: pal.text, "font-size": "12", "font-weight": "600" });
			case "swatch":
			case "bar":
				return set({ fill: c });
			case "range":
				return set({ fill: "none", stroke: c, "stroke-opacity": "0.6", "stroke-width": "1" });
			case "point":
				return set({ fill: c, stroke: pal.background, "stroke-width": "1.5" });
			case "pointFuzzy":
				return set({ fill: pal.background, stroke: c, "stroke-width": "2", "stroke-dasharray": "2 1.5" });
			case "open":
				return set({ stroke: c, "stroke-width": "2", "stroke-dasharray": "3 3", "stroke-linecap": "round" });
			case "label":
				return set({ fill: pal.text, "font-size": "12" });
			case "labelDate":
				return set({ "font-weight": "600" });
			case "hit":
				return set({ fill: "none" });
		}
	};

	const { width, height } = layout;
	const svg = host.createSvg("svg", {
		cls: `${P}svg`,
		attr: { width: px(width), height: px(height), viewBox: `0 0 ${px(width)} ${px(height)}`, role: "img", "aria-label": `Course timeline: ${layout.items.length} dates in ${layout.lanes.length} lanes` },
	});
	if (pal) {
		svg.setAttribute("font-family", pal.font);
		svg.createSvg("rect", { attr: { x: 0, y: 0, width: px(width), height: px(height), fill: pal.background } });
	}

	// Two gradients per lane colour: solid to clear for a vague end, clear to solid for a vague start.
	const defs = svg.createSvg("defs");
	for (let c = 0; c < LANE_COLOURS; c++) {
		for (const dir of ["in", "out"] as const) {
			const g = defs.createSvg("linearGradient", { attr: { id: `${id}-${dir}-${c}`, x1: 0, x2: 1, y1: 0, y2: 0 } });
			const stops = dir === "in" ? [0, 1] : [1, 0];
			stops.forEach((opacity, k) => {
				const stop = g.createSvg("stop", { cls: [`${P}stop`, `${P}c${c}`, opacity ? "" : "is-clear"].filter(Boolean), attr: { offset: k } });
				if (pal) {
					stop.setAttribute("stop-color", pal.colours[c % pal.colours.length] ?? pal.text);
					stop.setAttribute("stop-opacity", opacity ? "0.85" : "0");
				}
			});
		}
	}

	// Lanes: alternate bands, a colour swatch and the lane's name.
	const lanes = svg.createSvg("g", { cls: `${P}lanes` });
	layout.lanes.forEach((lane, i) => {
		paint(lanes.createSvg("rect", { cls: [`${P}lane`, i % 2 ? "is-alt" : ""].filter(Boolean), attr: { x: 0, y: px(lane.y), width: px(width), height: px(lane.height) } }), i % 2 ? "laneAlt" : "lane");
		const colour = o.colourOf(lane.id);
		paint(lanes.createSvg("rect", { cls: [`${P}swatch`, `${P}c${colour}`], attr: { x: 0, y: px(lane.y + 2), width: 4, height: px(lane.height - 4), rx: 2 } }), "swatch", colour);
		const labelY = lane.y + Math.min(lane.height / 2, 6 + o.rowHeight / 2) + 4;
		// The name is shortened to its column; the whole name is the group's tooltip.
		const named = lanes.createSvg("g");
		withText(named.createSvg("title"), lane.label);
		paint(withText(named.createSvg("text", { cls: `${P}lane-label`, attr: { x: 12, y: px(labelY) } }), fit(lane.label, o.laneLabelWidth - 20, o.measure)), "laneLabel");
		paint(lanes.createSvg("line", { cls: `${P}separator`, attr: { x1: 0, x2: px(width), y1: px(lane.y + lane.height), y2: px(lane.y + lane.height) } }), "separator");
	});

	// The axis: a band at the top with tick labels, and grid lines down through the lanes.
	const axis = svg.createSvg("g", { cls: `${P}axis` });
	paint(axis.createSvg("rect", { cls: `${P}axis-band`, attr: { x: 0, y: 0, width: px(width), height: px(layout.plot.y0) } }), "axisBand");
	paint(withText(axis.createSvg("text", { cls: `${P}heading`, attr: { x: 12, y: px(layout.plot.y0 - 12) } }), o.laneHeading), "header");
	for (const tick of layout.axis.ticks) {
		paint(
			axis.createSvg("line", { cls: [`${P}grid`, tick.major ? "is-major" : ""].filter(Boolean), attr: { x1: px(tick.x), x2: px(tick.x), y1: px(layout.plot.y0 - 6), y2: px(height) } }),
			tick.major ? "gridMajor" : "grid",
		);
		paint(withText(axis.createSvg("text", { cls: [`${P}tick`, tick.major ? "is-major" : ""].filter(Boolean), attr: { x: px(tick.x), y: px(layout.plot.y0 - 12) } }), tick.label), tick.major ? "tickMajor" : "tick");
	}

	// Items report hover to the card, which is drawn after them so that it sits on top.
	const outer = pal ? undefined : o.handlers;
	let hover: (item: ItemLayout<CourseEvent> | null) => void = () => undefined;
	const itemHandlers: SvgHandlers | undefined = outer ? { open: (ev) => outer.open(ev), hover: (item) => hover(item) } : undefined;
	const events = svg.createSvg("g", { cls: `${P}events` });
	for (const item of layout.items) drawItem(events, item, o, itemHandlers, id, paint);
	if (outer) hover = attachCard(svg, layout, o, outer);
	return svg;
}

function drawItem(
	parent: SVGElement,
	item: ItemLayout<CourseEvent>,
	o: SvgOptions,
	handlers: SvgHandlers | undefined,
	id: string,
	paint: (el: SVGElement, role: Role, colour?: number) => void,
): void {
	const ev = item.data;
	const colour = o.colourOf(item.lane);
	const g = parent.createSvg("g", {
		cls: [`${P}event`, `${P}c${colour}`, item.fuzzy ? "is-fuzzy" : ""].filter(Boolean),
		attr: !handlers ? {} : { tabindex: 0, role: "button", "aria-label": `${item.dateLabel}, ${ev.title}, line ${ev.date.line}: ${ev.date.context}`, "data-path": ev.path, "data-line": ev.date.line },
	});
	withText(g.createSvg("title"), `${item.dateLabel} · ${ev.title}, line ${ev.date.line}\n${ev.date.context}`);
	const half = o.rowHeight / 2;
	const left = Math.min(item.openStartX ?? item.x1, item.x1 - (item.kind === "point" ? 5 : 0), item.labelX);
	const right = Math.max(item.openEndX ?? item.x2, item.x2 + (item.kind === "point" ? 5 : 0), item.labelX + item.labelWidth);
	paint(g.createSvg("rect", { cls: `${P}hit`, attr: { x: px(left), y: px(item.y - half), width: px(right - left), height: px(o.rowHeight) } }), "hit");

	if (item.openStartX !== null) paint(g.createSvg("line", { cls: `${P}open`, attr: { x1: px(item.openStartX), x2: px(item.x1), y1: px(item.y), y2: px(item.y) } }), "open", colour);
	if (item.openEndX !== null) paint(g.createSvg("line", { cls: `${P}open`, attr: { x1: px(item.x2), x2: px(item.openEndX), y1: px(item.y), y2: px(item.y) } }), "open", colour);

	if (item.kind === "bar") {
		const y = px(item.y - 4);
		paint(g.createSvg("rect", { cls: `${P}range`, attr: { x: px(item.x1), y: px(item.y - 4.5), width: px(item.x2 - item.x1), height: 9, rx: 2 } }), "range", colour);
		const coreFrom = item.x1 + item.fadeStart;
		const coreTo = item.x2 - item.fadeEnd;
		if (coreTo > coreFrom) paint(g.createSvg("rect", { cls: `${P}bar`, attr: { x: px(coreFrom), y, width: px(coreTo - coreFrom), height: 8 } }), "bar", colour);
		if (item.fadeStart > 0) g.createSvg("rect", { cls: `${P}fade`, attr: { x: px(item.x1), y, width: px(item.fadeStart), height: 8, fill: `url(#${id}-in-${colour})` } });
		if (item.fadeEnd > 0) g.createSvg("rect", { cls: `${P}fade`, attr: { x: px(coreTo), y, width: px(item.fadeEnd), height: 8, fill: `url(#${id}-out-${colour})` } });
	} else {
		paint(g.createSvg("circle", { cls: [`${P}point`, item.fuzzy ? "is-fuzzy" : ""].filter(Boolean), attr: { cx: px(item.x1), cy: px(item.y), r: 4.5 } }), item.fuzzy ? "pointFuzzy" : "point", colour);
	}

	const label = g.createSvg("text", { cls: `${P}label`, attr: { x: px(item.labelX), y: px(item.y + 4) } });
	paint(label, "label");
	paint(withText(label.createSvg("tspan", { cls: `${P}label-date` }), item.dateLabel), "labelDate");
	if (item.snippet) withText(label.createSvg("tspan"), ` ${item.snippet}`);

	if (handlers) {
		g.addEventListener("click", () => handlers.open(ev));
		g.addEventListener("keydown", (e) => {
			if (e.key === "Enter" || e.key === " ") {
				e.preventDefault();
				handlers.open(ev);
			}
		});
		g.addEventListener("mouseenter", () => handlers.hover(item));
		g.addEventListener("focus", () => handlers.hover(item));
		g.addEventListener("mouseleave", () => handlers.hover(null));
		g.addEventListener("blur", () => handlers.hover(null));
	}
}

/** Wraps text at spaces into lines of at most `width` pixels. */
export function wrap(text: string, width: number, measure: (t: string) => number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = "";
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (measure(next) <= width || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
		if (lines.length === maxLines) break;
	}
	if (line && lines.length < maxLines) lines.push(line);
	if (lines.length === maxLines && lines.join(" ").length < text.trim().length) lines[maxLines - 1] = `${(lines[maxLines - 1] as string).replace(/\s*\S*$/, "")}…`;
	return lines;
}

/**
 * The hover card: the dated line in full, under (or above) the item, drawn last so it sits on top. Positioned with
 * attributes, filled with text nodes.
 */
function attachCard(svg: SVGSVGElement, layout: TimelineLayout<CourseEvent>, o: SvgOptions, handlers: SvgHandlers): (item: ItemLayout<CourseEvent> | null) => void {
	const card = svg.createSvg("g", { cls: [`${P}card`, "is-hidden"], attr: { "aria-hidden": "true" } });
	const box = card.createSvg("rect", { cls: `${P}card-box`, attr: { rx: 6, x: 0, y: 0 } });
	const text = card.createSvg("text", { cls: `${P}card-text` });
	const maxWidth = Math.min(460, layout.width - 16);
	const lineHeight = 16;
	const show = (item: ItemLayout<CourseEvent> | null): void => {
		handlers.hover(item);
		if (!item) {
			card.addClass("is-hidden");
			return;
		}
		const ev = item.data;
		const head = `${item.dateLabel} · ${ev.title}, line ${ev.date.line}`;
		const body = wrap(ev.date.context, maxWidth - 20, o.measure, 4);
		text.empty();
		[head, ...body].forEach((line, k) => {
			withText(text.createSvg("tspan", { cls: k === 0 ? `${P}card-head` : "", attr: { x: 10, y: 18 + k * lineHeight } }), line);
		});
		const w = Math.min(maxWidth, Math.max(...[head, ...body].map((l) => o.measure(l))) + 24);
		const h = 10 + (body.length + 1) * lineHeight;
		box.setAttribute("width", px(w));
		box.setAttribute("height", px(h));
		const x = Math.max(4, Math.min(item.labelX, layout.width - w - 4));
		let y = item.y + o.rowHeight / 2 + 2;
		if (y + h > layout.height && item.y - o.rowHeight / 2 - 2 - h >= 0) y = item.y - o.rowHeight / 2 - 2 - h;
		card.setAttribute("transform", `translate(${px(x)} ${px(y)})`);
		card.removeClass("is-hidden");
	};
	return show;
}
