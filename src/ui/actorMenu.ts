/**
 * An actor row's menu: merge it into another actor, rename it, or ignore it; and the kind picker of "Add selection
 * as an actor". Each edit goes to the settings, never to a note.
 */
import { Menu, Modal, Notice, Setting, SuggestModal, type App } from "obsidian";
import { addActor, ignoreActor, mergeActorInto, renameActor } from "../core/actors/edits";
import type { LectureAtlasSettings } from "../core/settings";
import type { Actor, ActorKind } from "../core/types";

class TextPromptModal extends Modal {
	private value: string;
	constructor(
		app: App,
		private heading: string,
		initial: string,
		private onSubmit: (value: string) => void,
	) {
		super(app);
		this.value = initial;
	}
	override onOpen(): void {
		this.setTitle(this.heading);
		new Setting(this.contentEl).addText((t) => {
			t.setValue(this.value).onChange((v) => (this.value = v));
			t.inputEl.addEventListener("keydown", (e) => {
				if (e.key === "Enter") this.submit();
			});
			window.setTimeout(() => t.inputEl.focus(), 0);
		});
		new Setting(this.contentEl).addButton((b) => b.setButtonText("Save").setCta().onClick(() => this.submit()));
	}
	private submit(): void {
		const v = this.value.trim();
		this.close();
		if (v) this.onSubmit(v);
	}
	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Picks the actor to merge into: the note's other actors, or any name typed. */
class MergeTargetModal extends SuggestModal<string> {
	constructor(
		app: App,
		private names: string[],
		private onChoose: (name: string) => void,
	) {
		super(app);
		this.setPlaceholder("Merge into which actor? Pick one or type a name");
	}
	getSuggestions(query: string): string[] {
		const q = query.trim().toLowerCase();
		const found = this.names.filter((n) => n.toLowerCase().includes(q));
		return query.trim() && !found.some((n) => n.toLowerCase() === q) ? [...found, query.trim()] : found;
	}
	renderSuggestion(name: string, el: HTMLElement): void {
		el.setText(name);
	}
	onChooseSuggestion(name: string): void {
		this.onChoose(name);
	}
}

export function showActorMenu(app: App, actor: Actor, others: Actor[], evt: MouseEvent, settings: LectureAtlasSettings, save: (next: LectureAtlasSettings) => Promise<void>): void {
	const menu = new Menu();
	const targets = others.filter((a) => a.id !== actor.id).map((a) => a.name);
	menu.addItem((item) =>
		item
			.setTitle("Merge into another actor…")
			.setIcon("merge")
			.onClick(() => new MergeTargetModal(app, targets, (target) => void save(mergeActorInto(settings, actor, target))).open()),
	);
	menu.addItem((item) =>
		item
			.setTitle("Rename…")
			.setIcon("pencil")
			.onClick(() => new TextPromptModal(app, `Rename "${actor.name}"`, actor.name, (name) => void save(renameActor(settings, actor, name))).open()),
	);
	menu.addItem((item) =>
		item
			.setTitle("Ignore")
			.setIcon("eye-off")
			.onClick(() => void save(ignoreActor(settings, actor))),
	);
	menu.showAtMouseEvent(evt);
}

/** The kinds an actor the user adds may have, as the picker offers them. */
const KINDS: readonly (readonly [ActorKind, string])[] = [
	["person", "Person"],
	["state", "State"],
	["people", "People"],
	["organisation", "Organisation"],
	["group", "Group"],
];

/** Picks the kind of an actor the user adds. */
class KindModal extends SuggestModal<readonly [ActorKind, string]> {
	constructor(
		app: App,
		name: string,
		private onChoose: (kind: ActorKind) => void,
	) {
		super(app);
		this.setPlaceholder(`What kind of actor is "${name}"?`);
	}
	getSuggestions(query: string): (readonly [ActorKind, string])[] {
		const q = query.trim().toLowerCase();
		return KINDS.filter(([, label]) => label.toLowerCase().includes(q));
	}
	renderSuggestion([, label]: readonly [ActorKind, string], el: HTMLElement): void {
		el.setText(label);
	}
	onChooseSuggestion([kind]: readonly [ActorKind, string]): void {
		this.onChoose(kind);
	}
}

/**
 * Asks the kind of a name the extraction missed, then adds it to the settings as the user's own actor: every note
 * that names it shows it from then on. A name already listed is said so, and nothing changes.
 */
export function addActorFromSelection(app: App, name: string, settings: () => LectureAtlasSettings, save: (next: LectureAtlasSettings) => Promise<void>): void {
	new KindModal(app, name, (kind) => {
		const now = settings();
		const next = addActor(now, name, kind);
		if (next === now) {
			new Notice(`"${name}" is already one of your actors.`);
			return;
		}
		void save(next).then(() => new Notice(`Added "${name}" as ${kind === "organisation" ? "an" : "a"} ${kind}.`));
	}).open();
}
