/**
 * Starts Debian's Chromium through playwright-core on a page that stands in for Obsidian, with the built main.js
 * and styles.css and a vault's notes. The page cannot fetch local files, so everything is inlined.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SCREENSHOTS = join(ROOT, "artifacts", "screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const haveChromium = existsSync(CHROMIUM);

/** Every Markdown note under a folder, by vault path; dot-folders skipped as Obsidian does. */
export function readVault(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (abs: string): void => {
		for (const name of readdirSync(abs)) {
			if (name.startsWith(".")) continue;
			const p = join(abs, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith(".md")) out[relative(dir, p).split(sep).join("/")] = readFileSync(p, "utf8");
		}
	};
	walk(dir);
	return out;
}

let pageScript: Promise<string> | null = null;
function bundlePage(): Promise<string> {
	pageScript ??= build({
		entryPoints: [join(ROOT, "tests", "browser", "page-entry.ts")],
		bundle: true,
		write: false,
		format: "iife",
		target: "es2021",
		platform: "browser",
		logLevel: "silent",
	}).then((r) => r.outputFiles[0]?.text ?? "");
	return pageScript;
}

/** `</script>` inside inlined code would end the script element early. */
function inlineScript(code: string): string {
	return code.replace(/<\/script/gi, "<\\/script");
}

export async function pageHtml(vault: Record<string, string>, theme: "light" | "dark"): Promise<string> {
	const mainJs = join(ROOT, "main.js");
	if (!existsSync(mainJs)) throw new Error("main.js is missing: run `npm run build` first");
	const manifest = readFileSync(join(ROOT, "manifest.json"), "utf8");
	const data = `window.__VAULT__ = ${JSON.stringify(vault)}; window.__MANIFEST__ = ${manifest};`;
	return [
		"<!doctype html><html><head><meta charset='utf-8'>",
		`<style>${readFileSync(join(ROOT, "tests", "browser", "theme.css"), "utf8")}</style>`,
		`<style>${readFileSync(join(ROOT, "styles.css"), "utf8")}</style>`,
		`</head><body class="theme-${theme}">`,
		`<script>${inlineScript(data)}</script>`,
		`<script>${inlineScript(await bundlePage())}</script>`,
		`<script>(function (module, exports) {\n${inlineScript(readFileSync(mainJs, "utf8"))}\n})(window.__mainModule, window.__mainModule.exports);</script>`,
		"</body></html>",
	].join("\n");
}

export interface Session {
	context: BrowserContext;
	page: Page;
	errors: string[];
	close(): Promise<void>;
}

export async function openSession(vault: Record<string, string>, theme: "light" | "dark" = "light"): Promise<Session> {
	const profile = mkdtempSync(join(tmpdir(), "lecture-atlas-chromium-"));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1200, height: 1400 },
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on("pageerror", (e) => errors.push(String(e)));
	page.on("dialog", (d) => {
		errors.push(`dialog opened: ${d.message()}`);
		void d.dismiss();
	});
	// Nothing may leave the page: any request is recorded as an error and refused.
	await context.route("**/*", (route) => {
		errors.push(`network request: ${route.request().url()}`);
		return route.abort();
	});
	await page.setContent(await pageHtml(vault, theme), { waitUntil: "load" });
	await page.waitForFunction(() => document.body.dataset.ready === "true" || document.body.dataset.error, null, { timeout: 15000 });
	const error = await page.evaluate(() => document.body.dataset.error ?? null);
	if (error) throw new Error(`the page failed to start the plugin: ${error}`);
	return {
		context,
		page,
		errors,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(SCREENSHOTS, { recursive: true });
	const file = join(SCREENSHOTS, `${name}.png`);
	await page.screenshot({ path: file });
	return file;
}
