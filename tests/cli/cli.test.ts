/**
 * The command line as a user runs it: a separate Node process over a vault on disk. The bundle is built into a
 * temporary folder first, so these tests do not depend on `npm run build` having run.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const VAULT = join(ROOT, "example-vault");
const LECTURE = "Lectures/Stalin and the West.md";
let dir = "";
let cli = "";

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), "lecture-atlas-cli-"));
	cli = join(dir, "cli.cjs");
	await build({ entryPoints: [join(ROOT, "src", "cli", "main.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: cli, logLevel: "silent" });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; out: string; err: string } {
	const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8" });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("analyse", () => {
	it("prints the JSON report of DESIGN §4", () => {
		const r = run("analyse", "--vault", VAULT, "--json", LECTURE);
		expect(r.code).toBe(0);
		const report = JSON.parse(r.out) as { notes: Record<string, unknown>[] };
		const note = report.notes[0] as Record<string, unknown>;
		expect(Object.keys(note)).toEqual(expect.arrayContaining(["path", "dates", "actors", "solutions", "links", "readings"]));
		expect(note.path).toBe(LECTURE);
		expect((note.dates as { text: string; line: number; col: number; qualifier: string | null }[]).map((d) => [d.text, d.line, d.col, d.qualifier])).toEqual([
			["Late 1917", 3, 0, "late"],
			["by 1922", 12, 32, "by"],
			["1925", 15, 13, null],
			["by 1925", 20, 45, "by"],
			["1939-40", 27, 12, null],
		]);
		const links = note.links as { target: string; alias: string | null; line: number; col: number; resolved: string | null }[];
		expect(links.map((l) => [l.target, l.line, l.col, l.resolved])).toEqual([
			["Stalin and the West", 43, 0, LECTURE],
			["Stalin, Volume I, paradoxes of Power, 1878, 1928", 44, 0, "Readings/Stalin, Volume I, paradoxes of Power, 1878, 1928.md"],
			["Stalin, Volume II, Waiting for Hitler, 1928-1941", 45, 0, "Readings/Stalin, Volume II, Waiting for Hitler, 1928-1941.md"],
		]);
		expect(links[0]?.alias).toBe('"Stalin and the West" in Companion to International History');
	});

	it("prints readable text with the readings' state", () => {
		const r = run("analyse", "--vault", VAULT, LECTURE);
		expect(r.code).toBe(0);
		expect(r.out).toContain("Timeline (5)");
		expect(r.out).toMatch(/late 1917 +line 3 +Late 1917: Civil war in Russia/);
		expect(r.out).toContain("Solutions (2)");
		expect(r.out).toContain("Readings (3)");
		expect(r.out).toMatch(/Stalin, Volume II, Waiting for Hitler, 1928-1941: note found .*covers 1928–1941/);
	});

	it("accepts several notes and a path relative to the current folder", () => {
		const r = run("analyse", "--vault", VAULT, "--json", LECTURE, join(VAULT, "Lectures", "The Concert of Europe.md"));
		expect(r.code).toBe(0);
		expect((JSON.parse(r.out) as { notes: { path: string }[] }).notes.map((n) => n.path)).toEqual([LECTURE, "Lectures/The Concert of Europe.md"]);
	});
});

describe("errors are one line and exit code 2", () => {
	const cases: [string, string[], RegExp][] = [
		["a missing vault", ["analyse", "--vault", "/nonexistent/vault", "x.md"], /vault not found/],
		["no vault", ["analyse", "x.md"], /--vault DIR is required/],
		["a missing note", ["analyse", "--vault", VAULT, "Lectures/Nope.md"], /note not found: Lectures\/Nope\.md/],
		["a note outside the vault", ["analyse", "--vault", VAULT, "../package.json"], /outside the vault/],
		["an absolute path outside the vault", ["analyse", "--vault", VAULT, join(ROOT, "README.md")], /outside the vault/],
		["a folder", ["analyse", "--vault", VAULT, "Lectures"], /folder/],
		["an unknown command", ["summarise"], /unknown command/],
		["an unknown option", ["analyse", "--vault", VAULT, "--yaml", LECTURE], /unknown option --yaml/],
		["no note", ["analyse", "--vault", VAULT], /at least one note/],
	];
	it.each(cases)("%s", (_name, args, message) => {
		const r = run(...args);
		expect(r.code).toBe(2);
		expect(r.out).toBe("");
		expect(r.err.trim().split("\n")).toHaveLength(1);
		expect(r.err).toMatch(message);
		expect(r.err).not.toMatch(/\bat .*\.(ts|js|cjs):\d+/); // no stack trace
	});

	it("a binary file", () => {
		const vault = join(dir, "binary-vault");
		mkdirSync(vault, { recursive: true });
		writeFileSync(join(vault, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
		const r = run("analyse", "--vault", vault, "image.md");
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/not a text note/);
	});

	it("a link in the vault that points outside it", () => {
		const vault = join(dir, "link-vault");
		mkdirSync(vault, { recursive: true });
		symlinkSync(join(ROOT, "README.md"), join(vault, "escape.md"));
		const r = run("analyse", "--vault", vault, "escape.md");
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/outside the vault/);
	});
});

describe("help", () => {
	it("prints usage and exits 0", () => {
		const r = run("--help");
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/lecture-atlas analyse --vault DIR/);
	});
});
