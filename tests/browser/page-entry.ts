/**
 * The page that stands in for Obsidian in the real-browser tests: the fake API from tests/fakes/obsidian.ts, a
 * workspace laid out like Obsidian's (editor in the middle, the right sidebar), and the built main.js loaded as
 * Obsidian loads it (CommonJS, `require("obsidian")`). The test drives it through `window.atlasTest`.
 */
import * as obsidian from "../fakes/obsidian";
import { App, MarkdownView, Menu, Modal, Notice, type Plugin, type PluginManifest } from "../fakes/obsidian";

declare global {
	interface Window {
		__VAULT__: Record<string, string>;
		__MANIFEST__: PluginManifest;
		__mainModule: { exports: { default?: new (app: App, manifest: PluginManifest) => Plugin } };
		atlasTest: AtlasTestApi;
		alertsSeen: number;
	}
}

export interface AtlasTestApi {
	app: App;
	plugin: Plugin;
	openNote(path: string): Promise<void>;
	runCommand(id: string): Promise<unknown>;
	cursorLine(): number | null;
	notices(): string[];
	menuItems(): string[];
	clickMenu(title: string): Promise<void>;
	openModals(): number;
	edit(path: string, text: string): Promise<void>;
	read(path: string): string | undefined;
	writes(): { op: string; path: string }[];
	unload(): void;
}

(window as unknown as { require: (id: string) => unknown }).require = (id: string) => {
	if (id === "obsidian") return obsidian;
	throw new Error(`The plugin required "${id}", which Obsidian does not provide`);
};
window.__mainModule = { exports: {} };

const app = new App(window.__VAULT__);
const shell = document.body.createDiv({ cls: "app-container" });
const root = shell.createDiv({ cls: "workspace-split mod-root" });
const right = shell.createDiv({ cls: "workspace-split mod-right-split" });
app.workspace.hosts = { left: null, root, right };

/** Draws the editor of a Markdown leaf: its lines, and the cursor line highlighted and scrolled to. */
function drawEditor(view: MarkdownView): void {
	const el = view.contentEl;
	el.empty();
	el.addClass("markdown-source-view");
	const title = el.createDiv({ cls: "inline-title", text: view.file?.basename ?? "" });
	title.setAttr("data-path", view.file?.path ?? "");
	const lines = el.createDiv({ cls: "cm-content" });
	const text = view.editor.getValue().split("\n");
	text.forEach((line, i) => lines.createDiv({ cls: "cm-line", text: line || "\u200b", attr: { "data-line": i } }));
	const paint = (): void => {
		const cursor = view.editor.getCursor().line;
		for (const l of Array.from(lines.children)) l.classList.toggle("cm-active", Number(l.getAttribute("data-line")) === cursor);
		lines.children[cursor]?.scrollIntoView({ block: "center" });
	};
	view.editor.onChange = paint;
	paint();
}

app.workspace.on("file-open", () => {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (view) drawEditor(view);
});

async function boot(): Promise<void> {
	const Ctor = window.__mainModule.exports.default;
	if (!Ctor) throw new Error("main.js did not export a plugin class");
	const plugin = new Ctor(app, window.__MANIFEST__);
	plugin.load();
	// onload is async in Obsidian too: wait for it the way the app does before the layout is ready.
	await plugin.loading;
	await new Promise((r) => window.setTimeout(r, 0));
	app.workspace.markLayoutReady();

	window.atlasTest = {
		app,
		plugin,
		async openNote(path: string) {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`no note ${path}`);
			await app.workspace.getLeaf(false).openFile(file);
		},
		async runCommand(id: string) {
			return await plugin.runCommand(id);
		},
		cursorLine() {
			return app.workspace.getActiveViewOfType(MarkdownView)?.editor.getCursor().line ?? null;
		},
		notices: () => [...Notice.shown],
		menuItems: () => Menu.last?.items.map((i) => i.title) ?? [],
		async clickMenu(title: string) {
			await Menu.last?.click(title);
		},
		openModals: () => Modal.open.length,
		async edit(path: string, text: string) {
			await app.vault.edit(path, text, app);
		},
		read: (path: string) => app.vault.peek(path),
		writes: () => [...app.vault.writes],
		unload: () => plugin.unload(),
	};
	document.body.setAttr("data-ready", "true");
}

window.alertsSeen = 0;
window.alert = () => void window.alertsSeen++;
window.confirm = () => (window.alertsSeen++, false);
window.prompt = () => (window.alertsSeen++, null);

// main.js is loaded by a <script> placed after this one; boot once it has run.
window.addEventListener("load", () => {
	boot().catch((e: unknown) => {
		document.body.setAttr("data-error", e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e));
	});
});
