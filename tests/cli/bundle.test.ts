/**
 * The built plugin (main.js) holds nothing that could turn note text into markup or code, reach the network or the
 * file system, or fail to parse on iOS: no innerHTML and kin, eval or the Function constructor, network APIs,
 * Node modules, any `require` but Obsidian's, dynamic import, or regular-expression lookbehind. The scanner is
 * tested on samples first, so a scan that finds nothing means something.
 *
 * `npm test` builds main.js before the unit tests; run alone, this test builds it with the repository's esbuild
 * configuration when it is missing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MAIN = join(ROOT, "main.js");

interface Rule {
	name: string;
	pattern: RegExp;
	/** A match that is allowed after all (checked on the text from the match on). */
	allowed?: (match: string, rest: string) => boolean;
}

const RULES: Rule[] = [
	{ name: "HTML from strings", pattern: /\b(?:innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|srcdoc)\b/g },
	{ name: "document.write", pattern: /\bdocument\s*\.\s*write(?:ln)?\b/g },
	{ name: "eval", pattern: /\beval\s*\(|[(,]\s*eval\s*\)/g },
	{ name: "the Function constructor", pattern: /\bnew\s+Function\b|(?:^|[^\w$.])Function\s*\(/g },
	{ name: "string timers", pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
	{ name: "network", pattern: /\bfetch\s*\(|\b(?:XMLHttpRequest|WebSocket|EventSource|sendBeacon|requestUrl|RTCPeerConnection)\b/g },
	{ name: "dynamic import", pattern: /\bimport\s*\(/g },
	{ name: "Node module", pattern: /["'`]node:[\w/]+["'`]/g },
	{
		name: "require other than obsidian",
		pattern: /[\w$]*require\b/g,
		allowed: (match, rest) => match === "require" && /^require\(\s*(["'])obsidian\1\s*\)/.test(rest),
	},
	// `(?<name>` is a named group and fine; `(?<=` and `(?<!` are lookbehind, which iOS before 16.4 cannot parse.
	{ name: "regular-expression lookbehind", pattern: /\(\?<[=!]/g },
];

interface Finding {
	rule: string;
	index: number;
	excerpt: string;
}

function scanBundle(code: string): Finding[] {
	const out: Finding[] = [];
	for (const rule of RULES) {
		for (const m of code.matchAll(rule.pattern)) {
			const index = m.index ?? 0;
			const at = index + (m[0].length - m[0].trimStart().length);
			if (rule.allowed?.(m[0], code.slice(index, index + 40))) continue;
			out.push({ rule: rule.name, index: at, excerpt: code.slice(Math.max(0, at - 40), at + 60) });
		}
	}
	return out;
}

describe("the bundle scanner", () => {
	it.each([
		["HTML from strings", "el.innerHTML = note;"],
		["HTML from strings", "a.outerHTML=b"],
		["HTML from strings", 'x.insertAdjacentHTML("beforeend", t)'],
		["HTML from strings", "new DOMParser().parseFromString(t, 'text/html')"],
		["document.write", "document.write(t)"],
		["document.write", "document .writeln(t)"],
		["eval", "eval(code)"],
		["eval", "(0, eval)(code)"],
		["eval", "window.eval(code)"],
		["the Function constructor", 'new Function("return 1")'],
		["the Function constructor", 'var f=Function("return this")'],
		["string timers", 'setTimeout("alert(1)", 10)'],
		["network", 'fetch("https://example.org")'],
		["network", "window.fetch(u)"],
		["network", "new XMLHttpRequest"],
		["network", "new WebSocket(u)"],
		["network", "new EventSource(u)"],
		["network", "navigator.sendBeacon(u, d)"],
		["network", "(0,o.requestUrl)({url:u})"],
		["dynamic import", 'import("./x.js")'],
		["Node module", 'require("node:fs")'],
		["Node module", 'from "node:path"'],
		["require other than obsidian", 'var fs=require("fs")'],
		["require other than obsidian", 'require("electron")'],
		["require other than obsidian", 'require("@codemirror/view")'],
		["require other than obsidian", "require(name)"],
		["require other than obsidian", 'var __require=typeof require<"u"?require:x'],
		// Assembled from pieces: the linter (rightly) rejects lookbehind even inside a string literal here.
		["regular-expression lookbehind", ["/(?", "<=a)b/"].join("")],
		["regular-expression lookbehind", ['new RegExp("(?', '<!\\\\w)x")'].join("")],
	])("finds %s in %s", (rule, sample) => {
		expect(scanBundle(`var a=1;${sample};var b=2;`).map((f) => f.rule)).toContain(rule);
	});

	it.each([
		["Obsidian's module", 'var Y=require("obsidian");var Z=require( "obsidian" )'],
		["a named group", "/(?<year>\\d{4})-(?<month>\\d\\d)/"],
		["words that contain the names", "evaluate(x);prefetch(y);retrieval(z);myFunction(1);innerText='a';textContent=b"],
		["DOM building", 'el.createEl("div",{text:t});el.setText(t)'],
		["a lookahead", "/a(?=b)(?!c)/"],
	])("finds nothing in %s", (_what, sample) => {
		expect(scanBundle(sample)).toEqual([]);
	});
});

describe("main.js", () => {
	let code = "";
	beforeAll(() => {
		if (!existsSync(MAIN)) {
			try {
				execFileSync(process.execPath, [join(ROOT, "esbuild.config.mjs"), "production"], { cwd: ROOT, stdio: "pipe" });
			} catch (e) {
				throw new Error(`main.js is missing and building it failed; run \`npm run build\` first. ${String(e)}`);
			}
		}
		code = readFileSync(MAIN, "utf8");
	}, 60000);

	it("is the built plugin", () => {
		expect(code.length).toBeGreaterThan(10_000);
		expect(code).toContain('require("obsidian")');
		expect(code).toMatch(/module\.exports\s*=/);
	});

	it("holds no HTML sink, eval, network call, Node module, foreign require or lookbehind", () => {
		expect(scanBundle(code)).toEqual([]);
	});

	// One character above U+00FF anywhere makes V8 hold and scan the whole file as two-byte text, which cost 0.75 ms
	// of the 8 ms it takes to compile main.js (medians of 21 fresh compiles). esbuild escapes strings and templates;
	// regular expressions must spell such characters as \u escapes in the source.
	it("is ASCII only, so that it compiles as one-byte text", () => {
		const found: string[] = [];
		for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) > 0x7f) found.push(code.slice(Math.max(0, i - 30), i + 10));
		expect(found).toEqual([]);
	});

	// V8 checks a regular expression literal while it compiles the script; with a Unicode property class (\p{L})
	// that costs about 0.12 ms a literal, built or not. Such patterns are built with new RegExp on first use (lazy.ts).
	it("holds no regular expression literal with a Unicode property class", () => {
		expect(code.match(/\/(?:[^/\n\\]|\\.)*\\p\{\w+\}(?:[^/\n\\]|\\.)*\/[dgimsuvy]*/g) ?? []).toEqual([]);
	});
});

describe("what esbuild puts in main.js", () => {
	it("is the plugin's own source: no third-party package is bundled unreviewed", async () => {
		// The plugin's build, as esbuild.config.mjs configures it, with the list of inputs. A package added here
		// must be scanned above too; if it trips the scan, the scan must name it, not be loosened.
		const result = await build({
			entryPoints: [join(ROOT, "src", "main.ts")],
			bundle: true,
			external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
			format: "cjs",
			target: "es2021",
			platform: "browser",
			write: false,
			metafile: true,
			logLevel: "silent",
		});
		const inputs = Object.keys(result.metafile.inputs);
		expect(inputs.length).toBeGreaterThan(10);
		expect(inputs.filter((p) => p.includes("node_modules"))).toEqual([]);
		expect(inputs.filter((p) => !p.startsWith("src/"))).toEqual([]);
		expect(scanBundle(result.outputFiles[0]?.text ?? "")).toEqual([]);
	});
});
