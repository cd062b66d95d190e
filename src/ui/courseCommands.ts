/**
 * The course features wired into the plugin: the index (built after the layout is ready), the course timeline
 * view, and the commands to open it, export it, create a lecture's summary note and rebuild the index. Kept here
 * so the composition root stays a list of registrations.
 */
import { Notice, type Plugin, type WorkspaceLeaf } from "obsidian";
import { CourseIndexService } from "../obsidian/courseIndex";
import { activeNote, type VaultContext } from "../obsidian/vaultContext";
import { createSummaryNote, exportCourseTimeline } from "./courseExports";
import type { CourseViewState } from "./courseTimelineModel";
import { CourseTimelineView, VIEW_TYPE_COURSE_TIMELINE } from "./courseTimelineView";

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

export function registerCourseTimeline(plugin: Plugin, context: VaultContext): CourseIndexService {
	const { app } = plugin;
	const service = new CourseIndexService(app, context);
	service.start(plugin);

	const exportSvg = async (state?: CourseViewState): Promise<void> => {
		try {
			const path = await exportCourseTimeline(app, service, state);
			new Notice(path ? `Saved the course timeline as ${path}.` : "The course timeline has no dates to export.");
		} catch (e) {
			new Notice(`Could not export the course timeline: ${message(e)}`);
		}
	};

	plugin.registerView(VIEW_TYPE_COURSE_TIMELINE, (leaf) => new CourseTimelineView(leaf, { index: service, exportSvg }));

	const openTimeline = async (): Promise<void> => {
		const { workspace } = app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_COURSE_TIMELINE)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getLeaf("tab");
			await leaf.setViewState({ type: VIEW_TYPE_COURSE_TIMELINE, active: true });
		}
		await workspace.revealLeaf(leaf);
	};

	plugin.addCommand({ id: "open-course-timeline", name: "Open course timeline", callback: () => void openTimeline() });
	plugin.addCommand({
		id: "export-course-timeline",
		name: "Export course timeline as SVG",
		callback: () => {
			// With the filters of an open timeline view, else the whole course.
			const view = app.workspace.getLeavesOfType(VIEW_TYPE_COURSE_TIMELINE)[0]?.view;
			void exportSvg(view instanceof CourseTimelineView ? view.viewState : undefined);
		},
	});
	plugin.addCommand({
		id: "create-summary-note",
		name: "Create summary note",
		checkCallback: (checking) => {
			const file = activeNote(app);
			if (!file) return false;
			if (!checking) {
				createSummaryNote(app, context, file).then(
					(path) => new Notice(`Created ${path}.`),
					(e: unknown) => new Notice(`Could not create the summary note: ${message(e)}`),
				);
			}
			return true;
		},
	});
	plugin.addCommand({
		id: "rebuild-index",
		name: "Rebuild the index",
		callback: () => {
			context.invalidate();
			void service.rebuild(true).then((stats) => {
				if (stats) new Notice(`Indexed ${stats.total.toLocaleString()} notes: ${service.index.lectures().length.toLocaleString()} lectures.`);
			});
		},
	});
	return service;
}
