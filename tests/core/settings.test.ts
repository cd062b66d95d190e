import { describe, expect, it } from "vitest";
import { defaultSettings, normalizeSettings, SETTINGS_VERSION } from "../../src/core/settings";
import { settingFromText, settingToText } from "../../src/core/settingsText";

describe("normalizeSettings", () => {
	it("gives defaults for a missing file without complaint", () => {
		expect(normalizeSettings(null)).toEqual({ settings: defaultSettings(), repairs: [] });
		expect(normalizeSettings(undefined)).toEqual({ settings: defaultSettings(), repairs: [] });
	});

	it.each([
		["a string", "garbage"],
		["a number", 42],
		["an array", [1, 2, 3]],
	])("falls back to defaults and says so for %s", (_name, raw) => {
		const { settings, repairs } = normalizeSettings(raw);
		expect(settings).toEqual(defaultSettings());
		expect(repairs).toHaveLength(1);
	});

	it("keeps every valid value and repairs only the damaged ones", () => {
		const { settings, repairs } = normalizeSettings({
			version: 1,
			lectureFolder: "Lectures",
			minYear: "1500",
			maxYear: null,
			readingHeadings: ["Readings", 7, "Sources"],
			actors: [{ name: "Koba", kind: "person", aliases: ["Stalin"] }, { kind: "state" }],
			merges: { Bolsheviks: "Soviet Union", broken: 3 },
		});
		expect(settings.lectureFolder).toBe("Lectures");
		expect(settings.minYear).toBe(1500);
		expect(settings.maxYear).toBe(2100);
		expect(settings.readingHeadings).toEqual(["Readings", "Sources"]);
		expect(settings.actors).toEqual([{ name: "Koba", kind: "person", aliases: ["Stalin"] }]);
		expect(settings.merges).toEqual({ Bolsheviks: "Soviet Union" });
		expect(repairs.length).toBeGreaterThanOrEqual(4);
	});

	it("migrates a settings file without a version", () => {
		const { settings } = normalizeSettings({ lectureTag: "#lecture", ignoredActors: "Finley, Tom" });
		expect(settings.version).toBe(SETTINGS_VERSION);
		expect(settings.lectureTag).toBe("lecture");
		expect(settings.ignoredActors).toEqual(["Finley", "Tom"]);
	});

	it("swaps a reversed year window", () => {
		const { settings, repairs } = normalizeSettings({ minYear: 2000, maxYear: 1000 });
		expect([settings.minYear, settings.maxYear]).toEqual([1000, 2000]);
		expect(repairs).toHaveLength(1);
	});

	it("survives a JSON round trip unchanged", () => {
		const s = defaultSettings();
		expect(normalizeSettings(JSON.parse(JSON.stringify(s)) as unknown).settings).toEqual(s);
	});
});

describe("settings as text in the settings tab", () => {
	it("round-trips the user's actors", () => {
		const text = "Joseph Stalin | person | Stalin, Koba\nEntente | group";
		const { settings } = settingFromText(defaultSettings(), "actors", text);
		expect(settings.actors).toEqual([
			{ name: "Joseph Stalin", kind: "person", aliases: ["Stalin", "Koba"] },
			{ name: "Entente", kind: "group", aliases: [] },
		]);
		expect(settingToText(settings, "actors")).toBe("Joseph Stalin | person | Stalin, Koba\nEntente | group");
	});

	it("round-trips merges and reports lines it cannot read", () => {
		const { settings, problems } = settingFromText(defaultSettings(), "merges", "Bolsheviks => Soviet Union\nnonsense line");
		expect(settings.merges).toEqual({ Bolsheviks: "Soviet Union" });
		expect(problems).toEqual(['"nonsense line" is not of the form "Name => Canonical name".']);
		expect(settingToText(settings, "merges")).toBe("Bolsheviks => Soviet Union");
	});

	it("reads one heading per line", () => {
		const { settings } = settingFromText(defaultSettings(), "readingHeadings", "Readings\n\n  Set texts  \n");
		expect(settings.readingHeadings).toEqual(["Readings", "Set texts"]);
	});
});
