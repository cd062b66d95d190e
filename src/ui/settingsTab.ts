/**
 * The settings tab. One list of fields drives both the classic `display()` (Obsidian before 1.13) and the
 * declarative `getSettingDefinitions()` (1.13 and later, which makes the settings searchable).
 */
import { Notice, PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import type { LectureAtlasSettings } from "../core/settings";
import { settingFromText, settingToText, type TextField } from "../core/settingsText";

export interface SettingsHost extends Plugin {
	settings: LectureAtlasSettings;
	updateSettings(next: LectureAtlasSettings): Promise<void>;
}

type Key = "lectureFolder" | "lectureTag" | "readingFolder" | "minYear" | "maxYear" | "readingTemplate" | TextField;

interface Field {
	key: Key;
	name: string;
	desc: string;
	type: "text" | "textarea" | "number";
	placeholder?: string;
}

const FIELDS: Field[] = [
	{ key: "lectureFolder", name: "Lecture folder", desc: "Notes in this folder count as lectures in the course timeline. Leave empty to use the tag and readings sections.", type: "text", placeholder: "Lectures" },
	{ key: "lectureTag", name: "Lecture tag", desc: "Notes with this tag count as lectures.", type: "text", placeholder: "lecture" },
	{ key: "readingHeadings", name: "Reading headings", desc: "Headings that open a readings section, one per line.", type: "textarea" },
	{ key: "solutionCues", name: "Solution words", desc: "Words that mark options and strategies in labels, headings and lead-ins, one per line.", type: "textarea" },
	{ key: "minYear", name: "Earliest bare year", desc: "A number without an era marker counts as a year only from this year on.", type: "number" },
	{ key: "maxYear", name: "Latest bare year", desc: "…and up to this year.", type: "number" },
	{ key: "actors", name: "Your actors", desc: "One per line: name | kind | other names. Kinds: person, state, people, organisation, group.", type: "textarea", placeholder: "Joseph Stalin | person | Stalin, Koba" },
	{ key: "merges", name: "Merges", desc: "One per line: a name => the actor it belongs to.", type: "textarea", placeholder: "Bolsheviks => Soviet Union" },
	{ key: "ignoredActors", name: "Ignored actors", desc: "Names never shown as actors, one per line.", type: "textarea" },
	{ key: "readingFolder", name: "Folder for new reading notes", desc: "Leave empty to create them next to the lecture.", type: "text", placeholder: "Readings" },
	{ key: "readingTemplate", name: "Reading note template", desc: "Placeholders: {{title}}, {{period}}, {{lecture}}, {{date}}.", type: "textarea" },
];

function asText(value: unknown): string {
	return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

const TEXT_FIELDS = new Set<Key>(["readingHeadings", "solutionCues", "ignoredActors", "actors", "merges"]);

export class LectureAtlasSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private host: SettingsHost,
	) {
		super(app, host);
	}

	override getControlValue(key: string): unknown {
		const s = this.host.settings;
		if (TEXT_FIELDS.has(key as Key)) return settingToText(s, key as TextField);
		return s[key as keyof LectureAtlasSettings];
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const s = this.host.settings;
		let next: LectureAtlasSettings;
		if (TEXT_FIELDS.has(key as Key)) {
			const { settings, problems } = settingFromText(s, key as TextField, String(value));
			if (problems.length) new Notice(problems.join(" "));
			next = settings;
		} else if (key === "minYear" || key === "maxYear") {
			const text = String(value).trim();
			if (!/^-?\d+$/.test(text)) {
				new Notice(`"${text}" is not a whole year; the setting was left at ${s[key]}.`);
				return;
			}
			next = { ...s, [key]: Number(text) };
		} else next = { ...s, [key]: String(value) };
		// Leaving a field without changing it writes nothing.
		if (JSON.stringify(next) === JSON.stringify(s)) return;
		await this.host.updateSettings(next);
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return FIELDS.map((f) => ({
			name: f.name,
			desc: f.desc,
			control: f.type === "number" ? { type: "number" as const, key: f.key } : f.type === "textarea" ? { type: "textarea" as const, key: f.key, placeholder: f.placeholder } : { type: "text" as const, key: f.key, placeholder: f.placeholder },
		}));
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const f of FIELDS) {
			const setting = new Setting(containerEl).setName(f.name).setDesc(f.desc);
			const value = this.getControlValue(f.key);
			if (f.type === "textarea") {
				setting.addTextArea((t) => {
					t.setValue(asText(value));
					if (f.placeholder) t.setPlaceholder(f.placeholder);
					t.inputEl.addClass("lecture-atlas-setting-textarea");
					t.inputEl.addEventListener("blur", () => void this.setControlValue(f.key, t.getValue()));
				});
			} else {
				setting.addText((t) => {
					t.setValue(asText(value));
					if (f.placeholder) t.setPlaceholder(f.placeholder);
					// Numbers are saved when the field is left, so that typing "1500" does not pass through 1, 15, 150.
					if (f.type === "number") t.inputEl.addEventListener("blur", () => void this.setControlValue(f.key, t.getValue()));
					else t.onChange((v) => void this.setControlValue(f.key, v));
				});
			}
		}
	}
}
