/**
 * `lecture-atlas timeline` as a user runs it: a separate Node process over a vault on disk, lectures chosen as the
 * plugin chooses them.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const VAULT = join(ROOT, "example-vault");
let dir = "";
let cli = "";

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), "lecture-atlas-timeline-"));
	cli = join(dir, "cli.cjs");
	await build({ entryPoints: [join(ROOT, "src", "cli", "main.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: cli, logLevel: "silent" });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; out: string; err: string } {
	const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8" });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

function vault(files: Record<string, string>): string {
	const root = mkdtempSync(join(dir, "vault-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

interface JsonEvent {
	text: string;
	line: number;
	col: number;
	start: number;
	end: number;
	precision: string;
	qualifier: string | null;
	context: string;
	path: string;
}

describe("timeline", () => {
	it("prints every lecture's dates in order as JSON, each a date of the report plus its note's path", () => {
		const r = run("timeline", "--vault", VAULT, "--json");
		expect(r.code).toBe(0);
		const { events } = JSON.parse(r.out) as { events: JsonEvent[] };
		expect(Object.keys(events[0] ?? {})).toEqual(["text", "line", "col", "start", "end", "precision", "qualifier", "context", "path"]);
		// Both lectures, and nothing from the person note (1878, 1953) or the reading notes.
		expect(new Set(events.map((e) => e.path))).toEqual(new Set(["Lectures/Stalin and the West.md", "Lectures/The Concert of Europe.md"]));
		const starts = events.map((e) => e.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(events.filter((e) => e.path === "Lectures/Stalin and the West.md").map((e) => [e.text, e.line, e.qualifier])).toEqual([
			["Late 1917", 3, "late"],
			["by 1922", 12, "by"],
			["1925", 15, null],
			["by 1925", 20, "by"],
			["1939-40", 27, null],
		]);
	});

	it("prints CSV with a header and quotes fields that need it", () => {
		const r = run("timeline", "--vault", VAULT, "--csv");
		expect(r.code).toBe(0);
		const lines = r.out.trimEnd().split("\n");
		expect(lines[0]).toBe("path,line,col,text,start,end,precision,qualifier,context");
		expect(lines).toContain("Lectures/Stalin and the West.md,3,0,Late 1917,1917,1917,year,late,Late 1917: Civil war in Russia");
		expect(lines.some((l) => l.endsWith('"Congress of Vienna 1814-15: Metternich, Castlereagh, Talleyrand and Tsar Alexander I redraw the map after Napoleon."'))).toBe(true);
	});

	it("follows the vault's own settings: a lecture folder", () => {
		const root = vault({
			"Lectures/One.md": "1848: revolutions\n",
			"Notes/Two.md": "1815: Vienna\n\n## Readings\n- [[Book]]\n",
			".obsidian/plugins/lecture-atlas/data.json": JSON.stringify({ lectureFolder: "Lectures" }),
		});
		const { events } = JSON.parse(run("timeline", "--vault", root, "--json").out) as { events: JsonEvent[] };
		expect(events.map((e) => [e.path, e.start])).toEqual([["Lectures/One.md", 1848]]);
	});

	it("says so when no lecture has a date", () => {
		const r = run("timeline", "--vault", vault({ "Note.md": "Just a note from 1917.\n" }));
		expect(r.code).toBe(0);
		expect(r.out).toBe("No dated lines in the vault's lecture notes.\n");
		expect(JSON.parse(run("timeline", "--vault", vault({ "Note.md": "x" }), "--json").out)).toEqual({ events: [] });
	});
});
