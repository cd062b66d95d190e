/**
 * The course index inside Obsidian: built once the layout is ready, in slices that yield to the interface, then
 * kept current from the metadata cache ("changed" brings the new text, so nothing is read again), renames and
 * deletions. Views subscribe to hear when the index changed or the build progressed; nothing here holds a view.
 */
import { TFile, type App, type CachedMetadata, type Component, type TAbstractFile } from "obsidian";
import type { AnalysisContext } from "../core/analyse";
import type { LectureAtlasSettings } from "../core/settings";
import { buildIndex, CourseIndex, type BuildStats, type IndexWorkItem } from "../core/index";
import { parseFrontmatter, splitFrontmatter, type Frontmatter } from "../core/markdown/frontmatter";
import { REAL_CLOCK } from "./clock";
import type { SliceClock } from "../core/slices";
import type { VaultContext } from "./vaultContext";

export interface CourseIndexStatus {
	state: "waiting" | "building" | "ready";
	done: number;
	total: number;
	/** The last finished build. */
	stats: BuildStats | null;
}

/** How long changes that follow a change are held, to be applied together. */
const CHANGE_HOLD_MS = 250;

function frontmatterOfText(text: string): Frontmatter | null {
	const block = splitFrontmatter(text);
	return block === null ? null : parseFrontmatter(block);
}

export class CourseIndexService {
	readonly index: CourseIndex;
	status: CourseIndexStatus = { state: "waiting", done: 0, total: 0, stats: null };
	private listeners = new Set<() => void>();
	private generation = 0;
	private builtWith: LectureAtlasSettings | null = null;
	private running: Promise<BuildStats | null> | null = null;
	/** Notes changed since the last update of the index, by path: the newest text of each. */
	private pending = new Map<string, { file: TFile; data: string; cache: CachedMetadata | null }>();
	/** Set while changes are being held (see `onChanged`). */
	private holdTimer: number | null = null;

	/**
	 * `vaultContext` is the plugin's: the vault's actor notes (kept current from its own listeners, which must be
	 * registered before this service's, see `VaultContext.start`) and the analyses it keeps, which the pane shares.
	 */
	constructor(
		private app: App,
		private vaultContext: VaultContext,
		private clock: SliceClock = REAL_CLOCK,
	) {
		this.index = new CourseIndex(
			() => this.context(),
			// a build keeps no analyses; an update after an edit keeps the lecture's for the pane
			(path, raw, ctx) => vaultContext.analysis(path, raw, ctx, this.status.state !== "building"),
		);
		// the pane reads a lecture with the lecturers its course's other lectures name
		vaultContext.useCourse((path) => this.index.courseLecturers(path));
	}

	/** What the core needs to analyse a note, with the vault's actor notes as they stand. */
	context(): AnalysisContext {
		return this.vaultContext.analysisContext();
	}

	/** Listens to the vault through `owner` (the plugin), so everything is released when it unloads. */
	start(owner: Component): void {
		const { metadataCache, vault, workspace } = this.app;
		owner.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		owner.registerEvent(vault.on("rename", (file, oldPath) => void this.onRename(file, oldPath)));
		owner.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		owner.register(() => this.stop());
		workspace.onLayoutReady(() => void this.rebuild(false));
	}

	/** Stops a build in progress and drops held changes; called on unload. */
	stop(): void {
		this.generation++;
		this.listeners.clear();
		this.pending.clear();
		if (this.holdTimer !== null) window.clearTimeout(this.holdTimer);
		this.holdTimer = null;
	}

	/** Calls `fn` when the index changes or a build progresses; returns the unsubscribe function. */
	subscribe(fn: () => void): () => void {
		this.listeners.add(fn);
		return () => this.listeners.delete(fn);
	}

	/** The settings changed: what counts as a lecture, and every analysis, may differ. */
	settingsChanged(): void {
		if (this.status.state !== "waiting") void this.rebuild(true);
	}

	/** Builds the index over the vault's notes; `fresh` forgets every cached analysis first. */
	async rebuild(fresh = true): Promise<BuildStats | null> {
		const generation = ++this.generation;
		const settings = this.vaultContext.getSettings();
		// the actor notes read again: at startup the metadata cache may have caught up since they were first listed
		this.vaultContext.invalidate();
		if (fresh || this.builtWith !== settings) this.index.clear();
		this.builtWith = settings;
		const { vault, metadataCache } = this.app;
		const items: IndexWorkItem[] = vault.getMarkdownFiles().map((file) => {
			const cached = metadataCache.getFileCache(file);
			return {
				path: file.path,
				mtime: file.stat.mtime,
				// Before the metadata cache has seen a note, its frontmatter is read from the text.
				frontmatter: cached ? ((cached.frontmatter) ?? null) : frontmatterOfText,
				read: () => vault.cachedRead(file),
			};
		});
		this.status = { state: "building", done: 0, total: items.length, stats: this.status.stats };
		this.notify();
		const run = buildIndex(this.index, items, {
			now: this.clock.now,
			yieldFn: this.clock.yieldFn,
			prune: true,
			cancelled: () => generation !== this.generation,
			onProgress: (done, total) => {
				if (generation !== this.generation) return;
				this.status = { ...this.status, done, total };
				this.notify();
			},
		}).then((stats) => {
			if (generation !== this.generation) return null;
			this.status = { state: "ready", done: stats.total, total: stats.total, stats };
			this.notify();
			return stats;
		});
		this.running = run;
		return run;
	}

	/** Resolves when the build in progress (if any) has finished and the changes heard so far are in. */
	async whenBuilt(): Promise<void> {
		this.applyChanges();
		while (this.running) {
			const current = this.running;
			await current;
			if (this.running === current) this.running = null;
		}
	}

	private notify(): void {
		for (const fn of [...this.listeners]) fn();
	}

	/**
	 * A note changed. The first change is applied at once; changes that follow within CHANGE_HOLD_MS are held and
	 * applied together when it ends, each note once with its newest text: a burst of 1,000 saves of a lecture costs
	 * two analyses, not 1,000 (a sync, a find-and-replace over the vault, a plugin writing in a loop).
	 */
	private onChanged(file: TFile, data: string, cache: CachedMetadata | null): void {
		if (file.extension !== "md" || this.status.state === "waiting") return;
		this.pending.set(file.path, { file, data, cache });
		if (this.holdTimer === null) this.applyAndHold();
	}

	private applyAndHold(): void {
		this.holdTimer = null;
		if (!this.applyChanges()) return;
		this.holdTimer = window.setTimeout(() => this.applyAndHold(), CHANGE_HOLD_MS);
	}

	/** Puts the held changes into the index; false when there were none. */
	private applyChanges(): boolean {
		if (!this.pending.size) return false;
		const changes = [...this.pending.values()];
		this.pending.clear();
		const before = this.index.version;
		for (const { file, data, cache } of changes) {
			// Deleted meanwhile: its "delete" took it out. Renamed: "rename" moved it, and `file.path` is the new path.
			if (this.app.vault.getFileByPath(file.path) !== file) continue;
			// Forced: the metadata may be new even when the file's time is not (the cache caught up after a build).
			this.index.upsert(file.path, file.stat.mtime, data, (cache?.frontmatter) ?? null, true);
		}
		if (this.index.version !== before) this.notify();
		return true;
	}

	private async onRename(file: TAbstractFile, oldPath: string): Promise<void> {
		if (this.status.state === "waiting") return;
		// (the vault context has heard the rename first and forgotten the actor notes)
		const before = this.index.version;
		const known = this.index.get(oldPath) !== undefined;
		const reread = known ? this.index.rename(oldPath, file.path) : file instanceof TFile && file.extension === "md";
		if (reread && file instanceof TFile && file.extension === "md") {
			try {
				const text = await this.app.vault.cachedRead(file);
				const cached = this.app.metadataCache.getFileCache(file);
				this.index.upsert(file.path, file.stat.mtime, text, cached ? ((cached.frontmatter) ?? null) : frontmatterOfText(text), true);
			} catch {
				// unreadable now; the next rebuild tries again
			}
		}
		if (this.index.version !== before) this.notify();
	}

	private onDelete(file: TAbstractFile): void {
		if (this.index.remove(file.path)) this.notify();
	}
}
