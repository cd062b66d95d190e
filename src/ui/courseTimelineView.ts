/**
 * The course timeline: a view in the main area that draws the dates of every lecture from the course index, in
 * lanes per lecture or per actor, filtered by actor, lecture, folder and tag. Hover shows the dated line, click
 * opens the note at it. The view redraws when the index changes (debounced) and when it is resized; the new SVG is
 * built detached and swapped in in one step.
 */
import { debounce, ItemView, MarkdownView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { CourseEvent } from "../core/index";
import type { CourseIndexService } from "../obsidian/courseIndex";
import { canvasMeasure, courseLayout, DEFAULT_COURSE_VIEW_STATE, estimateWidth, normaliseViewState, type CourseViewState } from "./courseTimelineModel";
import { renderCourseSvg } from "./courseTimelineSvg";

export const VIEW_TYPE_COURSE_TIMELINE = "lecture-atlas-course-timeline";

export interface CourseTimelineServices {
	index: CourseIndexService;
	exportSvg(state: CourseViewState): Promise<void>;
}

type FilterKey = "actor" | "lecture" | "folder" | "tag";

const MIN_WIDTH = 640;
const MAX_ACTORS = 300;

export class CourseTimelineView extends ItemView {
	private state: CourseViewState = { ...DEFAULT_COURSE_VIEW_STATE };
	private statusEl!: HTMLElement;
	private bodyEl!: HTMLElement;
	private selects = new Map<FilterKey | "mode", HTMLSelectElement>();
	private measureText: (text: string) => number = estimateWidth;
	private readonly renderSoon;
	/** Renders so far, for tests and the benchmark. */
	renderCount = 0;

	constructor(
		leaf: WorkspaceLeaf,
		private services: CourseTimelineServices,
	) {
		super(leaf);
		this.icon = "gantt-chart";
		this.renderSoon = debounce(() => this.render(), 150, true);
		this.register(() => this.renderSoon.cancel());
	}

	getViewType(): string {
		return VIEW_TYPE_COURSE_TIMELINE;
	}

	getDisplayText(): string {
		return "Course timeline";
	}

	override getState(): Record<string, unknown> {
		return { ...this.state };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.state = normaliseViewState(state);
		await super.setState(state, result);
		this.syncControls();
		this.render();
	}

	override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("lecture-atlas-course");
		const bar = root.createDiv({ cls: "lecture-atlas-ct-toolbar" });
		this.addSelect(bar, "mode", "Lanes", [
			["lecture", "By lecture"],
			["actor", "By actor"],
		]);
		this.addSelect(bar, "actor", "Actor", []);
		this.addSelect(bar, "lecture", "Lecture", []);
		this.addSelect(bar, "folder", "Folder", []);
		this.addSelect(bar, "tag", "Tag", []);
		const exportButton = bar.createEl("button", { cls: "lecture-atlas-ct-export", text: "Export as SVG" });
		this.registerDomEvent(exportButton, "click", () => void this.services.exportSvg({ ...this.state }));
		this.statusEl = root.createDiv({ cls: "lecture-atlas-ct-status", attr: { "aria-live": "polite" } });
		this.bodyEl = root.createDiv({ cls: "lecture-atlas-ct-body" });
		this.measureText = canvasMeasure(root) ?? estimateWidth;

		this.register(this.services.index.subscribe(() => this.renderSoon()));
		// The width decides the axis: redraw when the pane's width changes (a leaf opened before it was laid out
		// starts at zero width and gets its real one a moment later).
		if (typeof ResizeObserver !== "undefined") {
			let lastWidth = this.bodyEl.clientWidth;
			const observer = new ResizeObserver(() => {
				const w = this.bodyEl.clientWidth;
				if (w === lastWidth) return;
				lastWidth = w;
				this.renderSoon();
			});
			observer.observe(this.bodyEl);
			this.register(() => observer.disconnect());
		}
		this.render();
	}

	override async onClose(): Promise<void> {
		this.renderSoon.cancel();
	}

	override onResize(): void {
		this.renderSoon();
	}

	/** The filters and lane mode, for the export command. */
	get viewState(): CourseViewState {
		return { ...this.state };
	}

	private addSelect(bar: HTMLElement, key: FilterKey | "mode", label: string, options: [string, string][]): void {
		const wrap = bar.createEl("label", { cls: "lecture-atlas-ct-filter" });
		wrap.createSpan({ cls: "lecture-atlas-ct-filter-label", text: label });
		const select = wrap.createEl("select", { cls: "dropdown", attr: { "aria-label": label } });
		for (const [value, text] of options) select.createEl("option", { value, text });
		this.selects.set(key, select);
		this.registerDomEvent(select, "change", () => {
			if (key === "mode") this.state.mode = select.value === "actor" ? "actor" : "lecture";
			else this.state[key] = select.value;
			this.render();
		});
	}

	/** Refills the filter lists from the index, keeping the current choice even while it has no dates. */
	private syncControls(): void {
		const index = this.services.index.index;
		const fill = (key: FilterKey, all: string, options: [string, string][]): void => {
			const select = this.selects.get(key);
			if (!select) return;
			const current = this.state[key];
			if (current && !options.some(([v]) => v === current)) options.push([current, current]);
			select.empty();
			select.createEl("option", { value: "", text: all });
			for (const [value, text] of options) select.createEl("option", { value, text });
			select.value = current;
		};
		fill(
			"actor",
			"All actors",
			index
				.actors()
				.slice(0, MAX_ACTORS)
				.map((a) => [a.id, `${a.name} (${a.mentions})`]),
		);
		fill(
			"lecture",
			"All lectures",
			index.lectures().map((l) => [l.path, titleOf(l.path)]),
		);
		fill(
			"folder",
			"All folders",
			index.folders().map((f) => [f, f]),
		);
		fill(
			"tag",
			"All tags",
			index.tags().map((t) => [t, `#${t}`]),
		);
		const mode = this.selects.get("mode");
		if (mode) mode.value = this.state.mode;
	}

	/** Draws the timeline for the current filters at the view's width. */
	render(): void {
		if (!this.bodyEl) return;
		this.renderCount++;
		this.syncControls();
		const service = this.services.index;
		const { status } = service;
		const lectures = service.index.lectures().length;
		const width = Math.max(MIN_WIDTH, this.bodyEl.clientWidth - 8 || 960);
		const model = courseLayout(service.index, this.state, width, this.measureText);
		const building = status.state !== "ready" ? ` · indexing ${status.done.toLocaleString()} of ${status.total.toLocaleString()} notes…` : "";
		this.statusEl.setText(`${plural(lectures, "lecture")} · ${plural(model.events.length, "date")}${building}`);

		const next = createDiv({ cls: "lecture-atlas-ct-canvas" });
		if (!model.events.length) {
			const empty = next.createDiv({ cls: "lecture-atlas-placeholder" });
			if (status.state !== "ready") empty.setText("Reading the vault's notes…");
			else if (!lectures) {
				empty.createDiv({ cls: "lecture-atlas-placeholder-title", text: "No lecture notes found." });
				empty.createDiv({ text: "A note counts as a lecture when it has a readings section with links, carries the lecture tag, says type: lecture in its frontmatter, or lies in the lecture folder set in the settings." });
			} else empty.setText(this.filtered() ? "No dates match these filters." : "No dates found in the lecture notes.");
		} else {
			renderCourseSvg(next, model.layout, {
				...model.svgOptions,
				measure: this.measureText,
				handlers: {
					open: (ev) => void this.openEvent(ev),
					hover: () => undefined,
				},
			});
		}
		this.bodyEl.replaceChildren(next);
	}

	private filtered(): boolean {
		return Boolean(this.state.actor || this.state.lecture || this.state.folder || this.state.tag);
	}

	/** Opens the note at the date's line: in the tab already showing it, else in a new tab beside the timeline. */
	async openEvent(ev: CourseEvent): Promise<void> {
		const file = this.app.vault.getFileByPath(ev.path);
		if (!file) return;
		const existing = this.app.workspace.getLeavesOfType("markdown").find((l) => l.view instanceof MarkdownView && l.view.file?.path === ev.path);
		const leaf = existing ?? this.app.workspace.getLeaf("tab");
		await leaf.openFile(file, { eState: { line: ev.date.line - 1 } });
	}
}

function titleOf(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

function plural(n: number, word: string): string {
	return `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;
}
