/**
 * Composition root: loads settings, registers the pane, the commands and the settings tab. Nothing else lives here.
 */
import { Notice, Plugin, type TFile, type WorkspaceLeaf } from "obsidian";
import { nameFromSelection } from "./core/actors/edits";
import type { LectureAtlasSettings } from "./core/settings";
import { lectureSummaryMarkdown } from "./core/summary";
import { createReadingNote, unlinkableText } from "./obsidian/readingNotes";
import { loadSettingsKeepingOriginal } from "./obsidian/settingsStore";
import type { CourseIndexService } from "./obsidian/courseIndex";
import { activeNote, VaultContext, type LectureModel } from "./obsidian/vaultContext";
import { addActorFromSelection, showActorMenu } from "./ui/actorMenu";
import { AtlasView, VIEW_TYPE_ATLAS } from "./ui/AtlasView";
import { registerCourseTimeline } from "./ui/courseCommands";
import { LectureAtlasSettingTab } from "./ui/settingsTab";

export default class LectureAtlasPlugin extends Plugin {
	override settings!: LectureAtlasSettings;
	context!: VaultContext;
	courseIndex!: CourseIndexService;

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.context = new VaultContext(this.app, () => this.settings);

		this.registerView(
			VIEW_TYPE_ATLAS,
			(leaf) =>
				new AtlasView(leaf, {
					context: this.context,
					refreshDelay: 300,
					createReading: (model, reading) => this.createReading(model, reading),
					actorMenu: (actor, others, evt) => showActorMenu(this.app, actor, others, evt, this.settings, (next) => this.updateSettings(next)),
				}),
		);
		// the context first: the course index analyses on the same events, with the actor notes the context keeps
		this.context.start(this);
		this.courseIndex = registerCourseTimeline(this, this.context);

		this.addRibbonIcon("calendar-range", "Open lecture atlas", () => void this.activatePane());
		this.addCommand({ id: "open-pane", name: "Open pane", callback: () => void this.activatePane() });
		this.addCommand({
			id: "copy-summary",
			name: "Copy lecture summary as Markdown",
			checkCallback: (checking) => {
				const file = activeNote(this.app);
				if (!file) return false;
				if (!checking) void this.copySummary(file);
				return true;
			},
		});
		this.addCommand({
			id: "create-missing-readings",
			name: "Create missing reading notes",
			checkCallback: (checking) => {
				const file = activeNote(this.app);
				if (!file) return false;
				if (!checking) void this.createMissingReadings(file);
				return true;
			},
		});
		this.addCommand({
			id: "add-selection-as-actor",
			name: "Add selection as an actor",
			editorCheckCallback: (checking, editor) => {
				const name = nameFromSelection(editor.getSelection());
				if (!name) return false;
				if (!checking) this.addActor(name);
				return true;
			},
		});
		// the same from the editor's context menu, on a selected name
		this.registerEvent(
			this.app.workspace.on("editor-menu", (menu, editor) => {
				const name = nameFromSelection(editor.getSelection());
				if (name) menu.addItem((item) => item.setTitle(`Add "${name}" as an actor`).setIcon("user-plus").onClick(() => this.addActor(name)));
			}),
		);
		this.addSettingTab(new LectureAtlasSettingTab(this.app, this));
	}

	/** Asks the kind of a name the pane missed, then keeps it in the settings as the user's own actor. */
	private addActor(name: string): void {
		addActorFromSelection(this.app, name, () => this.settings, (next) => this.updateSettings(next));
	}

	/** Settings as stored, repaired if need be; a damaged file is first kept beside it (src/obsidian/settingsStore). */
	async loadSettings(): Promise<void> {
		const dir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
		const { settings, notice } = await loadSettingsKeepingOriginal({ adapter: this.app.vault.adapter, dir });
		this.settings = settings;
		if (notice) new Notice(notice);
	}

	/** Applies new settings at once, then stores them; a failed save is said, never silent. */
	async updateSettings(next: LectureAtlasSettings): Promise<void> {
		this.settings = next;
		this.context.invalidate();
		this.courseIndex.settingsChanged();
		for (const view of this.atlasViews()) void view.refresh();
		try {
			await this.saveData(next);
		} catch (e) {
			new Notice(`Lecture Atlas could not save its settings: ${e instanceof Error ? e.message : String(e)}`);
		}
	}

	private atlasViews(): AtlasView[] {
		return this.app.workspace
			.getLeavesOfType(VIEW_TYPE_ATLAS)
			.map((l) => l.view)
			.filter((v): v is AtlasView => v instanceof AtlasView);
	}

	async activatePane(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_ATLAS)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: VIEW_TYPE_ATLAS, active: true });
		}
		await workspace.revealLeaf(leaf);
	}

	private async createReading(model: LectureModel, reading: LectureModel["readings"][number]): Promise<void> {
		const outcome = await createReadingNote(this.app, this.settings, model.file.path, reading);
		if (outcome.status === "created") new Notice(outcome.unlinkable ? `Created ${outcome.path}. ${unlinkableText([outcome.unlinkable])}` : `Created ${outcome.path}`);
		else if (outcome.status === "exists") new Notice(`${outcome.path} already exists; it was left as it is.`);
		else new Notice(`Could not create ${outcome.path}: ${outcome.reason}`);
	}

	/** Creates a note for every reading the active lecture links but the vault lacks; never overwrites. */
	private async createMissingReadings(file: TFile): Promise<void> {
		const model = await this.context.analyse(file);
		const missing = model.readings.filter((r) => r.state === "missing");
		if (!missing.length) {
			new Notice("Every reading of this note already has a note.");
			return;
		}
		const outcomes = [];
		for (const reading of missing) outcomes.push(await createReadingNote(this.app, this.settings, file.path, reading));
		const created = outcomes.filter((o) => o.status === "created").map((o) => o.path);
		const kept = outcomes.filter((o) => o.status === "exists").map((o) => o.path);
		const failed = outcomes.filter((o) => o.status === "failed").map((o) => o.path);
		const unlinked = outcomes.flatMap((o) => (o.status === "created" && o.unlinkable ? [o.unlinkable] : []));
		const parts = [created.length ? `Created ${created.join(", ")}.` : "", kept.length ? `Left existing ${kept.join(", ")} as they are.` : "", failed.length ? `Could not create ${failed.join(", ")}.` : "", unlinkableText(unlinked)];
		new Notice(parts.filter(Boolean).join(" "));
	}

	private async copySummary(file: TFile): Promise<void> {
		try {
			const model = await this.context.analyse(file);
			await navigator.clipboard.writeText(lectureSummaryMarkdown(model.analysis, model.readings));
			new Notice("Lecture summary copied.");
		} catch (e) {
			new Notice(`Could not copy the summary: ${e instanceof Error ? e.message : String(e)}`);
		}
	}
}
