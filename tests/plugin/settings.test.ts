/**
 * Damaged and old settings files: the plugin falls back to defaults (or repairs field by field), says so once, and
 * loses nothing: the original bytes are kept beside data.json before anything could replace it. An older file that
 * only lacks fields migrates silently and nothing is written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import { Notice } from "../fakes/obsidian";
import { loadPlugin, PLUGIN_DIR, type LoadOptions } from "./helpers";

const FILES = { "Lectures/A lecture.md": "# A lecture\n\nLate 1917: civil war.\n" };
const DATA = `${PLUGIN_DIR}/data.json`;
/** 14 March 2025, 09:30:05 local time: the backup's name is in local time. */
const NOW = new Date(2025, 2, 14, 9, 30, 5);
const BACKUP = `${PLUGIN_DIR}/data.damaged-20250314-093005.json`;

beforeEach(() => {
	Notice.shown = [];
	vi.useFakeTimers({ toFake: ["Date"] });
	vi.setSystemTime(NOW);
});
afterEach(() => {
	vi.useRealTimers();
});

async function load(dataJson: string | undefined, before?: LoadOptions["before"]) {
	const t = await loadPlugin(FILES, null, { dataJson, before });
	const adapter = t.app.vault.adapter;
	return { t, adapter, files: adapter.hiddenFiles() };
}

const DAMAGED: [string, string, (s: ReturnType<typeof defaultSettings>) => void][] = [
	["JSON cut off mid-write", '{"version": 1, "lectureFolder": "Lectures", "minYear": 15', (s) => expect(s).toEqual(defaultSettings())],
	["JavaScript-ish JSON (single quotes, bare keys, trailing comma)", "{version: 1, lectureFolder: 'Lectures',}", (s) => expect(s).toEqual(defaultSettings())],
	["an empty file", "", (s) => expect(s).toEqual(defaultSettings())],
	["NaN and comments", '{"version": 1, "minYear": NaN} // saved by hand', (s) => expect(s).toEqual(defaultSettings())],
	["binary bytes", "\u0000\u0001\u00ff\ufffdPNG\r\n", (s) => expect(s).toEqual(defaultSettings())],
	["a string instead of an object", '"lecture settings"', (s) => expect(s).toEqual(defaultSettings())],
	["a list instead of an object", '[{"version": 1}]', (s) => expect(s).toEqual(defaultSettings())],
	["a number", "42", (s) => expect(s).toEqual(defaultSettings())],
	[
		"fields of the wrong types",
		JSON.stringify({ version: 1, lectureFolder: "Lectures", minYear: "a long time ago", maxYear: true, readingHeadings: 42, actors: "Stalin", merges: [1, 2], readingTemplate: { text: "x" } }, null, "\t"),
		(s) => {
			const d = defaultSettings();
			expect(s).toEqual({ ...d, lectureFolder: "Lectures" });
		},
	],
	[
		"damaged entries inside valid lists",
		JSON.stringify({ version: 1, actors: [{ name: "Koba", kind: "person", aliases: ["Stalin"] }, { kind: "state" }, null], merges: { Bolsheviks: "Soviet Union", broken: 3 }, ignoredActors: ["Tom", 7] }),
		(s) => {
			expect(s.actors).toEqual([{ name: "Koba", kind: "person", aliases: ["Stalin"] }]);
			expect(s.merges).toEqual({ Bolsheviks: "Soviet Union" });
			expect(s.ignoredActors).toEqual(["Tom"]);
		},
	],
	[
		"a newer version",
		JSON.stringify({ version: 7, lectureFolder: "Lectures", futureOption: { colours: ["red"] } }, null, 2),
		(s) => expect(s).toEqual({ ...defaultSettings(), lectureFolder: "Lectures" }),
	],
];

describe("a damaged settings file", () => {
	it.each(DAMAGED)("%s: repaired settings, one notice, the original kept byte for byte, nothing else written", async (_name, bytes, check) => {
		const { t, adapter, files } = await load(bytes);
		check(t.plugin.settings);
		expect(Notice.shown).toHaveLength(1);
		expect(Notice.shown[0]).toMatch(/^Lecture Atlas repaired its settings: /);
		expect(Notice.shown[0]).toContain(`The original file was kept as ${BACKUP}.`);
		// The only write is the copy; data.json itself is untouched until the user changes a setting.
		expect(adapter.writes).toEqual([{ op: "write", path: BACKUP }]);
		expect(t.app.vault.writes).toEqual([]);
		expect(files.get(BACKUP)).toBe(bytes);
		expect(files.get(DATA)).toBe(bytes);
		expect((await adapter.list(PLUGIN_DIR)).files).toEqual([BACKUP, DATA].sort());
	});

	it("keeps the copy when the next save replaces data.json", async () => {
		const bytes = '{"version": 1, "lectureFolder": "Lectures", "minYear": 15';
		const { t, adapter } = await load(bytes);
		await t.plugin.updateSettings({ ...t.plugin.settings, lectureFolder: "Courses" });
		expect(adapter.peek(BACKUP)).toBe(bytes);
		expect(JSON.parse(adapter.peek(DATA) ?? "null")).toMatchObject({ lectureFolder: "Courses", version: 1 });
		expect(adapter.writes).toEqual([
			{ op: "write", path: BACKUP },
			{ op: "write", path: DATA },
		]);
	});

	it("never overwrites an earlier copy, even one made the same second", async () => {
		const { adapter } = await load("{broken", (app) => app.vault.adapter.seed(BACKUP, "an earlier copy"));
		const second = `${PLUGIN_DIR}/data.damaged-20250314-093005-1.json`;
		expect(adapter.peek(BACKUP)).toBe("an earlier copy");
		expect(adapter.peek(second)).toBe("{broken");
		expect(adapter.writes).toEqual([{ op: "write", path: second }]);
		expect(Notice.shown).toEqual([expect.stringContaining(`kept as ${second}.`)]);
	});

	it("says so when the file cannot be read, and writes nothing", async () => {
		const { t, adapter } = await load('{"version": 1}', (app) => app.vault.unreadable.add(DATA));
		expect(t.plugin.settings).toEqual(defaultSettings());
		expect(Notice.shown).toEqual([expect.stringMatching(/^Lecture Atlas could not read its settings \(EACCES.*\); defaults are used\.$/)]);
		expect(adapter.writes).toEqual([]);
	});

	it("says so when the copy cannot be written, and still loads", async () => {
		const { t, adapter } = await load("{broken", (app) => {
			app.vault.adapter.write = async () => {
				throw new Error("ENOSPC: no space left on device");
			};
		});
		expect(t.plugin.settings).toEqual(defaultSettings());
		expect(Notice.shown).toHaveLength(1);
		expect(Notice.shown[0]).toMatch(/could not be kept \(ENOSPC: no space left on device\); \.obsidian\/plugins\/lecture-atlas\/data\.json is replaced when you next change a setting\./);
		expect(adapter.peek(DATA)).toBe("{broken");
	});
});

describe("an older settings file", () => {
	it.each([
		["without a version", { lectureTag: "#lecture", ignoredActors: "Finley, Tom" }],
		["version 0", { version: 0, lectureTag: "#lecture", ignoredActors: "Finley, Tom" }],
	])("%s migrates silently: defaults for the fields it lacks, nothing written", async (_name, old) => {
		const bytes = JSON.stringify(old);
		const { t, adapter, files } = await load(bytes);
		expect(t.plugin.settings).toEqual({ ...defaultSettings(), lectureTag: "lecture", ignoredActors: ["Finley", "Tom"] });
		expect(Notice.shown).toEqual([]);
		expect(adapter.writes).toEqual([]);
		expect(files.get(DATA)).toBe(bytes);
		expect([...files.keys()]).toEqual([DATA]);
	});
});

describe("no settings file", () => {
	it("uses the defaults without a word and writes nothing", async () => {
		const { t, adapter, files } = await load(undefined);
		expect(t.plugin.settings).toEqual(defaultSettings());
		expect(Notice.shown).toEqual([]);
		expect(adapter.writes).toEqual([]);
		expect(files.size).toBe(0);
	});

	it("a valid file loads as it is, without a notice or a write", async () => {
		const stored = { ...defaultSettings(), lectureFolder: "Lectures", ignoredActors: ["Tom"] };
		const { t, adapter } = await load(JSON.stringify(stored, null, 2));
		expect(t.plugin.settings).toEqual(stored);
		expect(Notice.shown).toEqual([]);
		expect(adapter.writes).toEqual([]);
	});
});
