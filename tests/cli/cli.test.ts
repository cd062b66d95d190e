/**
 * The command line as a user runs it: a separate Node process over a vault on disk. The bundle is built into a
 * temporary folder first, so these tests do not depend on `npm run build` having run.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
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

interface Run {
	code: number | null;
	out: string;
	err: string;
}

function run(...args: string[]): Run {
	const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8" });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Exit code 2, nothing on stdout, exactly one line on stderr, and no stack trace. */
function expectOneLineError(r: Run, message: RegExp): void {
	expect(r.err).toMatch(message);
	expect(r.code).toBe(2);
	expect(r.out).toBe("");
	expect(r.err.endsWith("\n")).toBe(true);
	expect(r.err.trim().split("\n")).toHaveLength(1);
	expect(r.err).toMatch(/^lecture-atlas: /);
	expect(r.err).not.toContain("    at ");
	expect(r.err).not.toMatch(/\bat .*\.(ts|js|cjs):\d+/);
}

/** Writes files (text or bytes) under a new folder in the test's temporary folder. */
function makeDir(name: string, files: Record<string, string | Buffer>): string {
	const root = join(dir, name);
	for (const [path, data] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), data);
	}
	mkdirSync(root, { recursive: true });
	return root;
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

	it("leaves out a person the notes of the same folder name as the lecturer, whether or not they are analysed", () => {
		const vault = makeDir("course", {
			"Course/Week 1.md": "Prof. Vassilakis said the war began in 431 BC. Pericles led Athens.\n",
			"Course/Week 2.md": "In 430 BC Pericles lost the vote; Vassilakis thinks the plague decided it.\n",
			"Other/Week 2.md": "In 430 BC Pericles lost the vote; Vassilakis thinks the plague decided it.\n",
		});
		const actorsOf = (...notes: string[]): string[][] =>
			(JSON.parse(run("analyse", "--vault", vault, "--json", ...notes).out) as { notes: { actors: { name: string }[] }[] }).notes.map((n) => n.actors.map((a) => a.name));
		expect(actorsOf("Course/Week 2.md", "Other/Week 2.md")).toEqual([["Pericles"], ["Pericles", "Vassilakis"]]);
		// a folder of more than 200 notes is no course: only the notes named are read for its lecturers
		const big = makeDir("big", {
			...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`Notes/Note ${i}.md`, "A line.\n"])),
			"Notes/Week 1.md": "Prof. Vassilakis said the war began in 431 BC. Pericles led Athens.\n",
			"Notes/Week 2.md": "In 430 BC Pericles lost the vote; Vassilakis thinks the plague decided it.\n",
		});
		const namesIn = (...notes: string[]): string[][] =>
			(JSON.parse(run("analyse", "--vault", big, "--json", ...notes).out) as { notes: { actors: { name: string }[] }[] }).notes.map((n) => n.actors.map((a) => a.name));
		expect(namesIn("Notes/Week 2.md")).toEqual([["Pericles", "Vassilakis"]]);
		expect(namesIn("Notes/Week 1.md", "Notes/Week 2.md")).toEqual([["Pericles", "Athens"], ["Pericles"]]);
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
		expectOneLineError(r, message);
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

/** A real PNG's first bytes (signature, IHDR of a 1×1 image): NUL bytes from the ninth byte on. */
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c40000000049454e44ae426082", "hex");

describe("hostile arguments and files: one line on stderr, exit code 2, never a stack trace", () => {
	const vault = (): string =>
		makeDir("hostile-vault", {
			"Lecture.md": "# Lecture\n\nIn 1917 the revolution came.\n",
			"image.md": PNG,
			"Sub/Note.md": "In 1848 revolutions spread.\n",
		});

	it.each<[string, () => string[], RegExp]>([
		["a missing vault", () => ["analyse", "--vault", join(dir, "no-such-vault"), "x.md"], /^lecture-atlas: vault not found: /],
		["a vault that is a file", () => ["analyse", "--vault", join(vault(), "Lecture.md"), "x.md"], /the vault is not a folder/],
		["a missing note", () => ["analyse", "--vault", vault(), "Nope.md"], /note not found: Nope\.md/],
		["a note path climbing out of the vault", () => ["analyse", "--vault", vault(), "../x.md"], /note is outside the vault: \.\.\/x\.md/],
		["a note path climbing out and back in", () => ["analyse", "--vault", vault(), "Sub/../../hostile-vault/../cli.cjs"], /outside the vault/],
		["an absolute path outside the vault", () => ["analyse", "--vault", vault(), cli], /outside the vault/],
		["a folder given as the note", () => ["analyse", "--vault", vault(), "Sub"], /not a note but a folder: Sub/],
		["the vault itself given as the note", () => ["analyse", "--vault", vault(), "."], /outside the vault|folder/],
		["an empty note path", () => ["analyse", "--vault", vault(), ""], /a note path is empty/],
		["a binary file renamed .md", () => ["analyse", "--vault", vault(), "image.md"], /^lecture-atlas: not a text note \(binary content\): image\.md$/m],
		["an unknown flag", () => ["analyse", "--vault", vault(), "--verbose", "Lecture.md"], /unknown option --verbose/],
		["an unknown flag after the note", () => ["analyse", "--vault", vault(), "Lecture.md", "--format=yaml"], /unknown option --format=yaml/],
		["--vault without a folder", () => ["analyse", "Lecture.md", "--vault"], /--vault needs a folder/],
		["--csv for analyse", () => ["analyse", "--vault", vault(), "--csv", "Lecture.md"], /--csv is for the timeline command/],
		["timeline with a missing vault", () => ["timeline", "--vault", join(dir, "no-such-vault")], /^lecture-atlas: vault not found: /],
		["timeline with a note path", () => ["timeline", "--vault", vault(), "Lecture.md"], /timeline takes no note paths/],
		["timeline with an unknown flag", () => ["timeline", "--vault", vault(), "--tsv"], /unknown option --tsv/],
		["timeline without a vault", () => ["timeline", "--json"], /--vault DIR is required/],
	])("%s", (_name, args, message) => {
		expectOneLineError(run(...args()), message);
	});

	it("a binary file among the notes does not stop the timeline", () => {
		const r = run("timeline", "--vault", vault(), "--json");
		expect(r.err).toBe("");
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toHaveProperty("events");
	});

	it("Latin-1 bytes are read as UTF-8, as Obsidian reads them: the note is analysed, columns count the replaced bytes", () => {
		// "Café in 1917.\nMünchen, September 1938." in ISO-8859-1: é and ü are single bytes that are not UTF-8.
		const latin1 = Buffer.from("Caf\u00e9 in 1917.\nM\u00fcnchen, September 1938.\n", "latin1");
		const v = makeDir("latin1-vault", { "Latin.md": latin1 });
		const r = run("analyse", "--vault", v, "--json", "Latin.md");
		expect(r.err).toBe("");
		expect(r.code).toBe(0);
		const dates = (JSON.parse(r.out) as { notes: { dates: { text: string; line: number; col: number }[] }[] }).notes[0]?.dates ?? [];
		expect(dates.map((d) => [d.text, d.line, d.col])).toEqual([
			["1917", 1, 8],
			["September 1938", 2, 9],
		]);
	});

	it("a link in the vault to a file outside it is refused as a note", () => {
		const v = makeDir("escape-vault", { "Lecture.md": "In 1917.\n" });
		symlinkSync(join(ROOT, "README.md"), join(v, "escape.md"));
		expectOneLineError(run("analyse", "--vault", v, "escape.md"), /note is outside the vault: escape\.md/);
	});
});

/**
 * Nothing outside the vault is read. The command line runs with a preloaded script that records every path given to
 * Node's fs functions; a vault links (by wiki-links, and by symbolic links to a file and to a folder) to secrets
 * beside it. No secret may appear in the output, no link may resolve to one, and no fs call may name one.
 */
describe("nothing outside the vault is read", () => {
	const SECRET = "In 1666 the secret fire burned";
	let base = "";
	let vaultDir = "";
	let outside = "";
	let preload = "";

	beforeAll(() => {
		base = makeDir("confinement", {
			"secret.md": `${SECRET}.\n`,
			"outside/secret.md": `${SECRET} again.\n`,
			"outside/.obsidian/plugins/lecture-atlas/data.json": '{"merges": {"secret key 1666": "x"}, "minYear": 1}',
			"vault/Lectures/Lecture.md": [
				"---",
				"tags: [lecture]",
				"---",
				"# Lecture",
				"",
				"In 1917 the revolution came.",
				"",
				"## Readings",
				"",
				"- [[../../secret]]",
				"- [[../secret]]",
				"- [[/secret]]",
				"- [[linked/secret]]",
				"- [[escape]]",
				"- [[secret]]",
				`- [[${join("..", "..", "outside", "secret")}]]`,
				"",
			].join("\n"),
		});
		vaultDir = realpathSync(join(base, "vault"));
		outside = realpathSync(join(base, "outside"));
		symlinkSync(outside, join(vaultDir, "linked"));
		symlinkSync(join(base, "secret.md"), join(vaultDir, "escape.md"));
		// The plugin's settings through a linked config folder that points outside.
		symlinkSync(join(outside, ".obsidian"), join(vaultDir, ".obsidian"));
		preload = join(dir, "record-fs.cjs");
		writeFileSync(
			preload,
			`const fs = require("node:fs");
const log = [];
for (const name of ["readFileSync", "openSync", "readdirSync", "opendirSync", "statSync", "lstatSync", "realpathSync", "existsSync", "accessSync", "createReadStream", "readFile", "open", "readdir", "stat"]) {
	const original = fs[name];
	if (typeof original !== "function") continue;
	const wrapped = function (p, ...rest) {
		log.push([name, typeof p === "string" ? p : String(p)]);
		return original.call(this, p, ...rest);
	};
	Object.assign(wrapped, original);
	fs[name] = wrapped;
}
const write = fs.writeFileSync;
process.on("exit", () => write(process.env.FS_LOG, JSON.stringify(log)));
`,
		);
	});

	function recorded(...args: string[]): Run & { calls: [string, string][] } {
		const logFile = join(dir, `fs-log-${args[0] ?? "x"}.json`);
		const r = spawnSync(process.execPath, ["--require", preload, cli, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, FS_LOG: logFile } });
		return { code: r.status, out: r.stdout, err: r.stderr, calls: JSON.parse(readFileSync(logFile, "utf8")) as [string, string][] };
	}

	/** No fs call names a path outside the vault, except the command line's own bundle as Node loads it. */
	function expectConfined(calls: [string, string][]): void {
		expect(calls.length).toBeGreaterThan(5);
		const strays = calls.filter(([, p]) => p !== cli && p !== vaultDir && !p.startsWith(vaultDir + sep));
		expect(strays).toEqual([]);
		// And none that reads content touches what the vault's links point to.
		const reads = calls.filter(([name]) => /read|open/i.test(name)).map(([, p]) => p);
		expect(reads.filter((p) => p.includes(`${sep}linked${sep}`) || p.endsWith(`${sep}escape.md`))).toEqual([]);
	}

	it("analyse: links out of the vault resolve to nothing, and nothing outside is touched", () => {
		const r = recorded("analyse", "--vault", vaultDir, "--json", "Lectures/Lecture.md");
		expect(r.err).toBe("");
		expect(r.code).toBe(0);
		expect(r.out).not.toContain("1666");
		expect(r.out).not.toContain("secret fire");
		const note = (JSON.parse(r.out) as { notes: { links: { target: string; resolved: string | null }[]; readings: { state: string }[] }[] }).notes[0];
		expect(note?.links.length).toBe(7);
		expect(note?.links.map((l) => l.resolved)).toEqual(Array(7).fill(null));
		expect(note?.readings.map((x) => x.state)).toEqual(Array(7).fill("missing"));
		expectConfined(r.calls);
	});

	it("analyse as text: the linked settings folder is not read, and says so", () => {
		const r = recorded("analyse", "--vault", vaultDir, "Lectures/Lecture.md");
		expect(r.code).toBe(0);
		expect(r.out).toContain("warning: the plugin's settings file lies outside the vault (a linked folder); defaults are used");
		expect(r.out).not.toContain("secret key");
		expectConfined(r.calls);
	});

	it("timeline: only the vault's own notes, nothing through its links", () => {
		const r = recorded("timeline", "--vault", vaultDir, "--json");
		expect(r.err).toBe("");
		expect(r.code).toBe(0);
		const events = (JSON.parse(r.out) as { events: { text: string; path: string }[] }).events;
		expect(events.map((e) => [e.path, e.text])).toEqual([["Lectures/Lecture.md", "1917"]]);
		expectConfined(r.calls);
	});

	it("a note named through a linked folder is refused before it is read", () => {
		const r = recorded("analyse", "--vault", vaultDir, "linked/secret.md");
		expectOneLineError(r, /note is outside the vault: linked\/secret\.md/);
		// No file was opened or read but the command line's own bundle.
		expect(r.calls.filter(([name, p]) => /^(readFile|readFileSync|open|openSync|createReadStream)$/.test(name) && p !== cli)).toEqual([]);
	});
});

describe("output to a reader that stops early", () => {
	it("ends quietly when the pipe closes (| head)", () => {
		const lines = Array.from({ length: 4000 }, (_, i) => `In ${1000 + (i % 1000)} something happened, line ${i}.`);
		const v = makeDir("long-vault", { "Long.md": `---\ntags: [lecture]\n---\n${lines.join("\n")}\n` });
		const r = spawnSync("/bin/sh", ["-c", `"${process.execPath}" "${cli}" timeline --vault "${v}" | head -c 100 >/dev/null`], { encoding: "utf8" });
		expect(r.status).toBe(0);
		expect(r.stderr).toBe("");
	});
});

describe("help", () => {
	it("prints usage and exits 0", () => {
		const r = run("--help");
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/lecture-atlas analyse --vault DIR/);
	});
});
