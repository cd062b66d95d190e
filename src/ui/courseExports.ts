/**
 * What the course commands write: the timeline as an SVG file and a lecture's summary as a Markdown note. Both are
 * new files under a free name ("Course timeline.svg", "Course timeline 1.svg", …); an existing file is never
 * touched, even one that appears between the check and the write.
 */
import { normalizePath, type App, type TFile } from "obsidian";
import { lectureSummaryMarkdown } from "../core/summary";
import type { VaultContext } from "../obsidian/vaultContext";
import type { CourseIndexService } from "../obsidian/courseIndex";
import { renderCourseSvg, type SvgPalette } from "./courseTimelineSvg";
import { canvasMeasure, courseLayout, DEFAULT_COURSE_VIEW_STATE, estimateWidth, type CourseViewState } from "./courseTimelineModel";

const MAX_TRIES = 1000;

/** Creates `folder/base.ext`, or `base 1.ext`, `base 2.ext`…; returns the path written. */
export async function createFreeFile(app: App, folder: string, base: string, ext: string, content: string): Promise<string> {
	const prefix = folder && folder !== "/" ? `${folder}/` : "";
	for (let n = 0; n < MAX_TRIES; n++) {
		const path = normalizePath(`${prefix}${base}${n ? ` ${n}` : ""}.${ext}`);
		if (app.vault.getAbstractFileByPath(path)) continue;
		try {
			await app.vault.create(path, content);
			return path;
		} catch (e) {
			// Taken meanwhile (sync, another plugin): try the next name; any other failure is the user's to see.
			if (app.vault.getAbstractFileByPath(path)) continue;
			throw e;
		}
	}
	throw new Error(`no free file name for ${base}.${ext} in ${folder || "the vault"}`);
}

/** The summary of a lecture as a new note beside it. */
export async function createSummaryNote(app: App, context: VaultContext, file: TFile): Promise<string> {
	const model = await context.analyse(file);
	const text = lectureSummaryMarkdown(model.analysis, model.readings);
	return createFreeFile(app, file.path.split("/").slice(0, -1).join("/"), `${file.basename} summary`, "md", text);
}

const FALLBACK: SvgPalette = {
	font: "sans-serif",
	background: "#ffffff",
	alternate: "#f6f6f6",
	border: "#e0e0e0",
	text: "#222222",
	muted: "#5c5c5c",
	colours: ["#086ddd", "#e93147", "#08b94e", "#ec7500", "#7852ee", "#00bfbc", "#d53984", "#e0ac00"],
};

const COLOUR_VARS = ["--color-blue", "--color-red", "--color-green", "--color-orange", "--color-purple", "--color-cyan", "--color-pink", "--color-yellow"];

/** The theme's own colours, so the file looks like the view; a file has no stylesheet to ask. */
export function themePalette(el: HTMLElement): SvgPalette {
	const style = activeWindow.getComputedStyle(el);
	const v = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
	return {
		font: style.fontFamily || FALLBACK.font,
		background: v("--background-primary", FALLBACK.background),
		alternate: v("--background-secondary", FALLBACK.alternate),
		border: v("--background-modifier-border", FALLBACK.border),
		text: v("--text-normal", FALLBACK.text),
		muted: v("--text-muted", FALLBACK.muted),
		colours: COLOUR_VARS.map((name, i) => v(name, FALLBACK.colours[i] as string)),
	};
}

/** The timeline, as the view shows it with `state`, as the text of a standalone SVG file. */
export function courseSvgText(service: CourseIndexService, state: CourseViewState, palette: SvgPalette, width = 1200, measure: (text: string) => number = estimateWidth): string | null {
	const model = courseLayout(service.index, state, width, measure);
	if (!model.layout.items.length) return null;
	const host = createDiv();
	const svg = renderCourseSvg(host, model.layout, { ...model.svgOptions, measure, palette });
	svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

export async function exportCourseTimeline(app: App, service: CourseIndexService, state: CourseViewState = DEFAULT_COURSE_VIEW_STATE): Promise<string | null> {
	await service.whenBuilt();
	const body = activeDocument.body;
	const text = courseSvgText(service, state, themePalette(body), 1200, canvasMeasure(body) ?? estimateWidth);
	if (text === null) return null;
	return createFreeFile(app, state.folder, "Course timeline", "svg", text);
}
