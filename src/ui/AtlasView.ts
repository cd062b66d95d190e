/**
 * The sidebar pane. It follows the active Markdown note, re-analyses it when it or one of its readings changes
 * (debounced, and only while the pane is visible; a hidden pane remembers it is stale), and patches the live DOM
 * to the new one in one step, touching only the rows that changed.
 */
import { debounce, ItemView, MarkdownView, TAbstractFile, TFile, type WorkspaceLeaf } from "obsidian";
import type { LectureReading } from "../core/lecture";
import type { Actor } from "../core/types";
import type { LectureModel, VaultContext } from "../obsidian/vaultContext";
import { RowMemo, runAction, show } from "./patch";
import { renderLecture, renderMessage, type PaneHandlers, type PaneState, type SectionId } from "./renderPane";

export const VIEW_TYPE_ATLAS = "lecture-atlas-pane";

/** What the pane needs from the plugin, passed in so the view keeps no reference to the plugin itself. */
export interface AtlasServices {
	context: VaultContext;
	createReading(model: LectureModel, reading: LectureReading): Promise<void>;
	actorMenu(actor: Actor, others: Actor[], evt: MouseEvent): void;
	/** Milliseconds to wait after the last edit before re-analysing. */
	refreshDelay: number;
}

export class AtlasView extends ItemView {
	private model: LectureModel | null = null;
	private file: TFile | null = null;
	private dirty = false;
	private generation = 0;
	private bodyEl!: HTMLElement;
	private titleEl!: HTMLElement;
	/** The rows of the last render, reused while they show the same. */
	private readonly rows = new RowMemo();
	private state: PaneState = { filter: "", collapsed: new Set(), expandedActors: new Set(), expandedPassages: new Set(), showAll: new Set(), expandedChips: new Set(), selectedActor: null };
	private readonly scheduleRefresh;
	/** Number of analyses run, for tests and the benchmark. */
	refreshCount = 0;

	constructor(
		leaf: WorkspaceLeaf,
		private services: AtlasServices,
	) {
		super(leaf);
		this.icon = "calendar-range";
		this.scheduleRefresh = debounce(() => void this.refresh(), services.refreshDelay, true);
		// However the view goes (closed, or unloaded with the plugin), no refresh of ours stays scheduled.
		this.register(() => this.scheduleRefresh.cancel());
	}

	getViewType(): string {
		return VIEW_TYPE_ATLAS;
	}

	getDisplayText(): string {
		return "Lecture atlas";
	}

	override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("lecture-atlas-pane");
		const header = root.createDiv({ cls: "lecture-atlas-header" });
		this.titleEl = header.createDiv({ cls: "lecture-atlas-title" });
		const filter = header.createEl("input", { cls: "lecture-atlas-filter", type: "search", placeholder: "Filter dates, actors, solutions…", attr: { "aria-label": "Filter" } });
		this.registerDomEvent(filter, "input", () => {
			this.state.filter = filter.value.trim();
			this.render();
		});
		this.bodyEl = root.createDiv({ cls: "lecture-atlas-content" });
		// The rows' clicks, delegated: each element's action is set by the render and kept current by the patch.
		this.registerDomEvent(this.bodyEl, "click", (e) => runAction(this.bodyEl, e));
		this.registerDomEvent(this.bodyEl, "keydown", (e) => runAction(this.bodyEl, e));

		const { workspace, vault, metadataCache } = this.app;
		this.registerEvent(workspace.on("active-leaf-change", () => this.followActiveNote()));
		this.registerEvent(workspace.on("file-open", () => this.followActiveNote()));
		this.registerEvent(workspace.on("layout-change", () => this.refreshIfShown()));
		this.registerEvent(metadataCache.on("changed", (file) => this.onFileChanged(file)));
		this.registerEvent(vault.on("modify", (file) => this.onFileChanged(file)));
		this.registerEvent(vault.on("create", (file) => this.onFileCreated(file)));
		this.registerEvent(vault.on("delete", (file) => this.onFileDeleted(file)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.onFileRenamed(file, oldPath)));

		this.followActiveNote();
		if (!this.file) this.render();
	}

	override async onClose(): Promise<void> {
		this.scheduleRefresh.cancel();
		this.generation++;
	}

	/** The lecture shown, for commands that act on it. */
	get lecture(): LectureModel | null {
		return this.model;
	}

	private followActiveNote(): void {
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		const file = view?.file ?? null;
		if (!file || file === this.file) return; // the pane itself or a non-note is active: keep showing the lecture
		this.file = file;
		this.model = null;
		this.rows.clear();
		this.state.expandedActors.clear();
		this.state.expandedPassages.clear();
		this.state.showAll.clear();
		this.state.expandedChips.clear();
		this.state.selectedActor = null;
		void this.refresh();
	}

	private isWatched(path: string): boolean {
		return this.file?.path === path || (this.model?.watched.has(path) ?? false);
	}

	private onFileChanged(file: TAbstractFile): void {
		if (this.isWatched(file.path)) this.markStale();
	}

	/** Whether this file, new under its name, may be a reading the lecture links but lacked. */
	private mayResolveMissing(file: TAbstractFile): boolean {
		if (!(file instanceof TFile) || !this.model) return false;
		const name = file.basename.toLowerCase();
		return this.model.readings.some((r) => r.state === "missing" && (r.link.target.split("/").pop() ?? "").replace(/\.md$/i, "").toLowerCase() === name);
	}

	private onFileCreated(file: TAbstractFile): void {
		if (this.mayResolveMissing(file)) this.markStale();
	}

	private onFileDeleted(file: TAbstractFile): void {
		if (file.path === this.file?.path) {
			this.file = null;
			this.model = null;
			this.render();
		} else if (this.isWatched(file.path)) this.markStale();
	}

	private onFileRenamed(file: TAbstractFile, oldPath: string): void {
		// Renamed to a missing reading's name, it is that reading now: as good as created.
		if (this.isWatched(oldPath) || this.isWatched(file.path) || this.mayResolveMissing(file)) this.markStale();
	}

	private markStale(): void {
		this.dirty = true;
		if (this.containerEl.isShown()) this.scheduleRefresh();
	}

	private refreshIfShown(): void {
		if (this.dirty && this.containerEl.isShown()) this.scheduleRefresh();
	}

	/** Re-analyse the current note. Older, slower analyses that finish late are dropped. */
	async refresh(): Promise<void> {
		const file = this.file;
		const generation = ++this.generation;
		this.dirty = false;
		if (!file) return this.render();
		try {
			const model = await this.services.context.analyse(file);
			if (generation !== this.generation) return;
			this.refreshCount++;
			this.model = model;
			this.render();
		} catch (e) {
			if (generation !== this.generation) return;
			this.model = null;
			this.showMessage("This note could not be analysed.", e instanceof Error ? e.message : String(e));
		}
	}

	private handlers(): PaneHandlers {
		return {
			openLine: (path, line, col) => void this.openLine(path, line, col ?? 0),
			openNote: (path) => void this.openLine(path, 1, 0),
			createReading: (reading) => {
				if (this.model) void this.services.createReading(this.model, reading);
			},
			// A reused row may hold an earlier analysis's actor: the menu acts on the one shown now.
			actorMenu: (actor, evt) => {
				const actors = this.model?.analysis.actors ?? [];
				this.services.actorMenu(actors.find((a) => a.id === actor.id) ?? actor, actors, evt);
			},
			toggleSection: (id: SectionId) => {
				if (!this.state.collapsed.delete(id)) this.state.collapsed.add(id);
				this.render();
			},
			toggleActor: (id) => {
				if (!this.state.expandedActors.delete(id)) this.state.expandedActors.add(id);
				this.render();
			},
			showAll: (id) => {
				this.state.showAll.add(id);
				this.render();
			},
			showAllChips: (key) => {
				this.state.expandedChips.add(key);
				this.render();
			},
			togglePassages: (key) => {
				if (!this.state.expandedPassages.delete(key)) this.state.expandedPassages.add(key);
				this.render();
			},
			selectActor: (id) => {
				this.state.selectedActor = id;
				this.render();
			},
		};
	}

	private render(): void {
		if (!this.bodyEl) return;
		if (!this.file) {
			this.titleEl.setText("No note");
			return this.showMessage("Open a lecture note to see its timeline, actors, solutions and readings.");
		}
		this.titleEl.setText(this.file.basename);
		if (!this.model) return this.showMessage("Reading the note…");
		// the live body is patched to the new one, so unchanged rows stay as they are
		show(this.bodyEl, renderLecture(this.model, this.state, this.handlers(), this.rows));
	}

	/** Shows a message instead of a lecture; no row of the last render stays to be reused. */
	private showMessage(text: string, detail?: string): void {
		this.rows.clear();
		show(this.bodyEl, renderMessage(text, detail));
	}

	/** Moves the editor to a line (1-based): in the leaf already showing the note, else in the main leaf. */
	async openLine(path: string, line: number, col: number): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return;
		const leaf = this.app.workspace.getLeavesOfType("markdown").find((l) => l.view instanceof MarkdownView && l.view.file?.path === path);
		if (leaf && leaf.view instanceof MarkdownView) {
			this.app.workspace.setActiveLeaf(leaf, { focus: true });
			const pos = { line: line - 1, ch: col };
			leaf.view.editor.setCursor(pos);
			leaf.view.editor.scrollIntoView({ from: pos, to: pos }, true);
			return;
		}
		await this.app.workspace.getLeaf(false).openFile(file, { eState: { line: line - 1 } });
	}
}
