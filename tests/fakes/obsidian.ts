/**
 * An in-memory stand-in for the parts of the Obsidian API the plugin uses. vitest aliases "obsidian" to this file,
 * and the browser test bundles it into the page as the module the plugin requires. It keeps Obsidian's shapes and
 * behaviours (events, leaves, cachedRead, create refusing an existing path) and throws on what it does not support.
 */
import { createLinkResolver } from "../../src/core/links/resolve";
import { parseNote } from "../../src/core/markdown/document";
import { parseFrontmatter } from "../../src/core/markdown/frontmatter";
import { installDomHelpers } from "./dom";

installDomHelpers(window);

export interface EventRef {
	emitter: Events;
	name: string;
	fn: (...args: unknown[]) => unknown;
}

export class Events {
	private handlers = new Map<string, EventRef[]>();
	on(name: string, fn: (...args: never[]) => unknown): EventRef {
		const ref: EventRef = { emitter: this, name, fn: fn as (...args: unknown[]) => unknown };
		this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
		return ref;
	}
	off(name: string, fn: (...args: never[]) => unknown): void {
		this.handlers.set(name, (this.handlers.get(name) ?? []).filter((r) => r.fn !== fn));
	}
	offref(ref: EventRef): void {
		this.handlers.set(ref.name, (this.handlers.get(ref.name) ?? []).filter((r) => r !== ref));
	}
	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) ref.fn(...data);
	}
	/** How many handlers are registered, for leak tests. */
	listenerCount(name?: string): number {
		if (name) return this.handlers.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this.handlers.values()) n += list.length;
		return n;
	}
}

export class Component {
	private children: Component[] = [];
	private cleanups: (() => void)[] = [];
	private loaded = false;
	/** What `onload` returned: plugins' onload is async, and the app waits for it. */
	loading: unknown = undefined;
	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.loading = this.onload();
		for (const c of this.children) c.load();
	}
	onload(): unknown {
		return undefined;
	}
	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const c of this.children.splice(0)) c.unload();
		for (const fn of this.cleanups.splice(0).reverse()) fn();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(c: T): T {
		this.children.push(c);
		if (this.loaded) c.load();
		return c;
	}
	removeChild<T extends Component>(c: T): T {
		this.children = this.children.filter((x) => x !== c);
		c.unload();
		return c;
	}
	register(cb: () => unknown): void {
		this.cleanups.push(() => void cb());
	}
	registerEvent(ref: EventRef): void {
		this.cleanups.push(() => ref.emitter.offref(ref));
	}
	registerDomEvent(el: EventTarget, type: string, cb: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, cb, options);
		this.cleanups.push(() => el.removeEventListener(type, cb, options));
	}
	registerInterval(id: number): number {
		this.cleanups.push(() => window.clearInterval(id));
		return id;
	}
}

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/" || this.path === "";
	}
}

export function normalizePath(path: string): string {
	return path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "").normalize("NFC");
}

let clock = 1_700_000_000_000;

export class Vault extends Events {
	configDir = ".obsidian";
	private contents = new Map<string, string>();
	private files = new Map<string, TFile>();
	/** Every write, so tests can prove nothing was written unless asked. */
	writes: { op: string; path: string }[] = [];
	/** Paths whose reads fail, to test unreadable files. */
	unreadable = new Set<string>();

	/** The files on disk, config folder included; `writes` records what goes through it too. */
	adapter: DataAdapter;
	/** One-shot hooks run as `create` starts, before it checks the path: a file that appears after the caller looked. */
	private createHooks: ((path: string) => void)[] = [];

	constructor(initial: Record<string, string> = {}) {
		super();
		this.adapter = new DataAdapter(this);
		for (const [path, text] of Object.entries(initial)) this.put(path, text);
	}

	/** Test helper: the next `create` first runs `hook` (e.g. another device's file arriving by sync). */
	beforeNextCreate(hook: (path: string) => void): void {
		this.createHooks.push(hook);
	}

	/** Test helper: a file written by someone else (sync, another plugin): it appears and "create" fires; no write of ours. */
	arrive(path: string, text: string): TFile {
		const file = this.put(normalizePath(path), text);
		this.trigger("create", file);
		return file;
	}

	/**
	 * Called on every change of the vault's contents (not an Obsidian event: the fake's caches use it), with the
	 * path when only that note's text changed, or null when notes came or went (links elsewhere may resolve anew).
	 */
	changeHooks: ((changed: string | null) => void)[] = [];

	private put(path: string, text: string): TFile {
		for (const hook of this.changeHooks) hook(this.files.has(path) ? path : null);
		const file = this.files.get(path) ?? new TFile();
		file.vault = this;
		file.path = path;
		file.name = path.split("/").pop() ?? path;
		const dot = file.name.lastIndexOf(".");
		file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
		file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
		file.stat = { ctime: file.stat.ctime || clock, mtime: ++clock, size: text.length };
		this.files.set(path, file);
		this.contents.set(path, text);
		return file;
	}

	getName(): string {
		return "Test vault";
	}
	getFiles(): TFile[] {
		return [...this.files.values()];
	}
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(normalizePath(path)) ?? null;
	}
	getFileByPath(path: string): TFile | null {
		return this.files.get(normalizePath(path)) ?? null;
	}
	getFolderByPath(path: string): TFolder | null {
		const p = normalizePath(path);
		if ([...this.files.keys()].some((f) => f.startsWith(p + "/"))) {
			const folder = new TFolder();
			folder.path = p;
			folder.name = p.split("/").pop() ?? p;
			return folder;
		}
		return null;
	}
	async cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}
	async read(file: TFile): Promise<string> {
		if (this.unreadable.has(file.path)) throw new Error(`EACCES: permission denied, open '${file.path}'`);
		const text = this.contents.get(file.path);
		if (text === undefined) throw new Error(`ENOENT: no such file '${file.path}'`);
		return text;
	}
	async create(path: string, data: string): Promise<TFile> {
		const p = normalizePath(path);
		for (const hook of this.createHooks.splice(0)) hook(p);
		// As Obsidian: an existing file (or folder) at the path is never replaced.
		if (this.files.has(p) || this.getFolderByPath(p)) throw new Error("File already exists.");
		this.writes.push({ op: "create", path: p });
		const file = this.put(p, data);
		this.trigger("create", file);
		return file;
	}
	async createFolder(path: string): Promise<TFolder> {
		if (this.getFolderByPath(path)) throw new Error("Folder already exists.");
		this.writes.push({ op: "createFolder", path });
		const f = new TFolder();
		f.path = normalizePath(path);
		return f;
	}
	async modify(file: TFile, data: string): Promise<void> {
		this.writes.push({ op: "modify", path: file.path });
		this.put(file.path, data);
		this.trigger("modify", file);
	}
	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const next = fn(await this.read(file));
		await this.modify(file, next);
		return next;
	}
	async rename(file: TFile, newPath: string): Promise<void> {
		const old = file.path;
		const text = this.contents.get(old) ?? "";
		this.contents.delete(old);
		this.files.delete(old);
		this.writes.push({ op: "rename", path: old });
		file.path = "";
		const moved = this.put(newPath, text);
		Object.assign(file, moved);
		this.files.set(newPath, file);
		this.trigger("rename", file, old);
	}
	/** Removes a note and fires "delete", as Obsidian does when the user deletes it. */
	async removeFile(file: TFile): Promise<void> {
		for (const hook of this.changeHooks) hook(null);
		this.writes.push({ op: "delete", path: file.path });
		this.contents.delete(file.path);
		this.files.delete(file.path);
		this.trigger("delete", file);
	}
	/** Test helper: change a note as if the user typed, firing Obsidian's events in Obsidian's order. */
	async edit(path: string, text: string, app?: App): Promise<void> {
		const file = this.getFileByPath(path);
		if (!file) throw new Error(`no such note: ${path}`);
		this.put(path, text);
		this.trigger("modify", file);
		app?.metadataCache.refresh(file);
	}
	/** Test helper: the text of a note without going through events. */
	peek(path: string): string | undefined {
		return this.contents.get(path);
	}

	/** The adapter wrote a file the vault indexes: as Obsidian's file watcher would, the vault sees it. */
	adapterWrote(path: string, text: string): void {
		const existed = this.files.has(path);
		const file = this.put(path, text);
		this.trigger(existed ? "modify" : "create", file);
	}
}

/** Obsidian's `ListedFiles`: vault-relative paths of a folder's direct children. */
export interface ListedFiles {
	files: string[];
	folders: string[];
}

/**
 * The vault's files as `app.vault.adapter` sees them (Obsidian's DataAdapter): notes, plus the files Obsidian does
 * not index, such as the config folder's (`.obsidian/plugins/<id>/data.json`). Paths are normalized vault paths.
 * Every write is recorded in `writes`; a write to a note (a file the vault indexes) in `vault.writes` too. Methods
 * the plugin has no use for are absent.
 */
export class DataAdapter {
	/** Every write through the adapter (settings, backups, and any note written this way). */
	writes: { op: string; path: string }[] = [];
	/** Files outside the vault's index (the config folder), path → text. */
	private hidden = new Map<string, string>();
	private folders = new Set<string>();
	constructor(private vault: Vault) {}

	getName(): string {
		return "Test vault";
	}
	private indexed(path: string): boolean {
		const p = normalizePath(path);
		return !p.split("/").some((seg) => seg.startsWith("."));
	}
	private text(path: string): string | undefined {
		const p = normalizePath(path);
		return this.hidden.get(p) ?? (this.indexed(p) ? this.vault.peek(p) : undefined);
	}
	private isFolder(path: string): boolean {
		const p = normalizePath(path);
		if (p === "") return true;
		if (this.folders.has(p)) return true;
		const prefix = p + "/";
		return [...this.hidden.keys()].some((k) => k.startsWith(prefix)) || (this.indexed(p) && this.vault.getFiles().some((f) => f.path.startsWith(prefix)));
	}
	async exists(normalizedPath: string, _sensitive?: boolean): Promise<boolean> {
		return this.text(normalizedPath) !== undefined || this.isFolder(normalizedPath);
	}
	async stat(normalizedPath: string): Promise<{ type: "file" | "folder"; ctime: number; mtime: number; size: number } | null> {
		const text = this.text(normalizedPath);
		if (text !== undefined) return { type: "file", ctime: 0, mtime: 0, size: text.length };
		return this.isFolder(normalizedPath) ? { type: "folder", ctime: 0, mtime: 0, size: 0 } : null;
	}
	async list(normalizedPath: string): Promise<ListedFiles> {
		const p = normalizePath(normalizedPath);
		if (!this.isFolder(p)) throw new Error(`ENOENT: no such file or directory, scandir '${p}'`);
		const prefix = p === "" ? "" : p + "/";
		const all = [...this.hidden.keys(), ...this.vault.getFiles().map((f) => f.path), ...this.folders];
		const files = new Set<string>();
		const folders = new Set<string>();
		for (const path of all) {
			if (!path.startsWith(prefix) || path === p) continue;
			const rest = path.slice(prefix.length);
			const slash = rest.indexOf("/");
			if (slash !== -1) folders.add(prefix + rest.slice(0, slash));
			else if (this.folders.has(path)) folders.add(path);
			else files.add(path);
		}
		return { files: [...files].sort(), folders: [...folders].sort() };
	}
	async read(normalizedPath: string): Promise<string> {
		const p = normalizePath(normalizedPath);
		if (this.vault.unreadable.has(p)) throw new Error(`EACCES: permission denied, open '${p}'`);
		const text = this.text(p);
		if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
		return text;
	}
	/** Creates or replaces the file, as Obsidian's adapter does (it never refuses an existing file). */
	async write(normalizedPath: string, data: string, _options?: unknown): Promise<void> {
		const p = normalizePath(normalizedPath);
		if (this.isFolder(p) && this.text(p) === undefined) throw new Error(`EISDIR: illegal operation on a directory, open '${p}'`);
		this.writes.push({ op: "write", path: p });
		if (this.indexed(p)) {
			this.vault.writes.push({ op: "adapter.write", path: p });
			this.vault.adapterWrote(p, data);
		}
		else this.hidden.set(p, data);
	}
	async mkdir(normalizedPath: string): Promise<void> {
		const p = normalizePath(normalizedPath);
		if (this.isFolder(p)) return;
		this.writes.push({ op: "mkdir", path: p });
		this.folders.add(p);
	}
	async remove(normalizedPath: string): Promise<void> {
		const p = normalizePath(normalizedPath);
		if (!this.hidden.has(p)) throw new Error(`the fake removes only config files: ${p}`);
		this.writes.push({ op: "remove", path: p });
		this.hidden.delete(p);
	}
	/** Test helper: set a config file's bytes (or remove it with null) without recording a write. */
	seed(normalizedPath: string, data: string | null): void {
		const p = normalizePath(normalizedPath);
		if (data === null) this.hidden.delete(p);
		else this.hidden.set(p, data);
	}
	/** Test helper: a config file's text, or undefined. */
	peek(normalizedPath: string): string | undefined {
		return this.hidden.get(normalizePath(normalizedPath));
	}
	/** Test helper: every config file, path → text. */
	hiddenFiles(): Map<string, string> {
		return new Map(this.hidden);
	}
}

export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	links?: { link: string; original: string; displayText?: string; position: unknown }[];
	headings?: { heading: string; level: number; position: unknown }[];
	tags?: { tag: string; position: unknown }[];
}

export class MetadataCache extends Events {
	private cache = new Map<string, CachedMetadata>();
	private linksCache: Record<string, Record<string, number>> | null = null;
	private staleLinks = new Set<string>();
	constructor(private vault: Vault) {
		super();
		// Obsidian updates the changed note's entry of resolvedLinks, not every note's: so does the fake when only a
		// note's text changed (a note that came or went can change how links elsewhere resolve: all again)
		vault.changeHooks.push((changed) => {
			if (changed === null) this.linksCache = null;
			else this.staleLinks.add(changed);
		});
	}
	getFileCache(file: TFile): CachedMetadata | null {
		if (file.extension !== "md") return null;
		let c = this.cache.get(file.path);
		if (!c) {
			const text = this.vault.peek(file.path);
			if (text === undefined) return null;
			c = this.compute(text);
			this.cache.set(file.path, c);
		}
		return c;
	}
	getCache(path: string): CachedMetadata | null {
		const f = this.vault.getFileByPath(path);
		return f ? this.getFileCache(f) : null;
	}
	private compute(text: string): CachedMetadata {
		const doc = parseNote(text);
		const meta: CachedMetadata = {
			links: doc.links.filter((l) => !l.embed).map((l) => ({ link: l.target + (l.heading ? `#${l.heading}` : ""), original: l.raw, displayText: l.alias ?? undefined, position: { start: { line: l.line - 1, col: l.col } } })),
			headings: doc.headings.map((h) => ({ heading: h.text, level: h.level, position: { start: { line: h.line - 1 } } })),
		};
		if (doc.frontmatter !== null) meta.frontmatter = parseFrontmatter(doc.frontmatter);
		return meta;
	}
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const resolve = createLinkResolver(this.vault.getFiles().map((f) => f.path));
		const path = resolve(linkpath.split("#")[0] ?? linkpath, sourcePath);
		return path ? this.vault.getFileByPath(path) : null;
	}
	/** Source path → resolved destination path → count, computed from every note as Obsidian keeps it. */
	get resolvedLinks(): Record<string, Record<string, number>> {
		if (this.linksCache && !this.staleLinks.size) return this.linksCache;
		const resolve = createLinkResolver(this.vault.getFiles().map((f) => f.path));
		const dests = (path: string): Record<string, number> => {
			const out: Record<string, number> = {};
			for (const link of parseNote(this.vault.peek(path) ?? "").links) {
				const dest = link.target === "" ? path : resolve(link.target, path);
				if (dest) out[dest] = (out[dest] ?? 0) + 1;
			}
			return out;
		};
		if (this.linksCache) {
			for (const path of this.staleLinks) if (path.endsWith(".md") && this.vault.peek(path) !== undefined) this.linksCache[path] = dests(path);
		} else {
			this.linksCache = {};
			for (const file of this.vault.getMarkdownFiles()) this.linksCache[file.path] = dests(file.path);
		}
		this.staleLinks.clear();
		return this.linksCache;
	}
	fileToLinktext(file: TFile): string {
		return file.basename;
	}
	/** Re-parse a note and fire "changed", as Obsidian does after a write. */
	refresh(file: TFile): void {
		this.cache.delete(file.path);
		const text = this.vault.peek(file.path) ?? "";
		const c = this.getFileCache(file);
		this.trigger("changed", file, text, c);
		// its links resolve anew: its entry of resolvedLinks, then the vault's as a whole
		this.trigger("resolve", file);
		this.trigger("resolved");
	}
	forget(path: string): void {
		this.cache.delete(path);
	}
}

export class FileManager {
	constructor(private app: App) {}
	async processFrontMatter(): Promise<void> {
		throw new Error("FileManager.processFrontMatter is not supported by the fake");
	}
	async trashFile(file: TFile): Promise<void> {
		await this.app.vault.removeFile(file);
	}
	getNewFileParent(): TFolder {
		const f = new TFolder();
		f.path = "/";
		return f;
	}
}

export interface EditorPosition {
	line: number;
	ch: number;
}

/** A plain-text editor: the lines of a note, a cursor, and the scroll target. */
export class Editor {
	cursor: EditorPosition = { line: 0, ch: 0 };
	/** The selection's other end (the cursor is its head), or null when nothing is selected. */
	private anchor: EditorPosition | null = null;
	scrolledTo: EditorPosition | null = null;
	onChange: (() => void) | null = null;
	constructor(private text: string) {}
	getValue(): string {
		return this.text;
	}
	setValue(text: string): void {
		this.text = text;
		this.onChange?.();
	}
	getLine(line: number): string {
		return this.text.split("\n")[line] ?? "";
	}
	lineCount(): number {
		return this.text.split("\n").length;
	}
	getCursor(): EditorPosition {
		return { ...this.cursor };
	}
	setCursor(pos: EditorPosition | number, ch?: number): void {
		this.cursor = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : { ...pos };
		this.anchor = null;
		this.onChange?.();
	}
	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.cursor = { ...(head ?? anchor) };
		this.anchor = head ? { ...anchor } : null;
		this.onChange?.();
	}
	/** The selected text, as Obsidian's: "" when nothing is selected. */
	getSelection(): string {
		if (!this.anchor) return "";
		const at = (p: EditorPosition): number => this.text.split("\n").slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.ch;
		const [a, b] = [at(this.anchor), at(this.cursor)].sort((x, y) => x - y);
		return this.text.slice(a, b);
	}
	scrollIntoView(range: { from: EditorPosition; to: EditorPosition }): void {
		this.scrolledTo = { ...range.from };
		this.onChange?.();
	}
	focus(): void {}
}

export abstract class View extends Component {
	app: App;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	icon = "document";
	navigation = false;
	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
		this.containerEl.createDiv({ cls: "view-header" });
		this.containerEl.createDiv({ cls: "view-content" });
	}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getIcon(): string {
		return this.icon;
	}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(): Promise<void> {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = (this.containerEl.children[0] as HTMLElement).createEl("button", { cls: "view-action", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", (e) => void callback(e));
		return el;
	}
}

export class MarkdownView extends ItemView {
	file: TFile | null = null;
	editor: Editor = new Editor("");
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
	getMode(): string {
		return "source";
	}
}

export class WorkspaceLeaf extends Events {
	view: View;
	app: App;
	parentSplit: "left" | "right" | "root";
	constructor(app: App, split: "left" | "right" | "root") {
		super();
		this.app = app;
		this.parentSplit = split;
		this.view = new EmptyView(this);
	}
	async setViewState(state: { type: string; active?: boolean; state?: Record<string, unknown> }): Promise<void> {
		const factory = this.app.workspace.viewFactories.get(state.type);
		if (!factory) throw new Error(`No view registered for type ${state.type}`);
		await this.replaceView(factory(this));
		if (state.active) this.app.workspace.setActiveLeaf(this, { focus: true });
	}
	private async replaceView(view: View): Promise<void> {
		const old = this.view;
		await old.onClose();
		old.unload();
		old.containerEl.remove();
		this.view = view;
		this.app.workspace.mount(this);
		view.load();
		await view.onOpen();
	}
	getViewState(): { type: string } {
		return { type: this.view.getViewType() };
	}
	/** The view's plugin unloaded: close and unload the view, show the placeholder. */
	pluginGone(type: string): void {
		const old = this.view;
		void old.onClose();
		old.unload();
		old.containerEl.remove();
		this.view = new PluginGoneView(this, type);
		this.app.workspace.mount(this);
		this.view.load();
	}
	async openFile(file: TFile, openState?: { eState?: { line?: number } }): Promise<void> {
		const view = new MarkdownView(this);
		view.file = file;
		view.editor = new Editor(await this.app.vault.read(file));
		await this.replaceView(view);
		if (openState?.eState?.line !== undefined) {
			view.editor.setCursor({ line: openState.eState.line, ch: 0 });
			view.editor.scrollIntoView({ from: { line: openState.eState.line, ch: 0 }, to: { line: openState.eState.line, ch: 0 } });
		}
		this.app.workspace.setActiveLeaf(this, { focus: true });
		this.app.workspace.trigger("file-open", file);
	}
	detach(): void {
		void this.view.onClose();
		this.view.unload();
		this.view.containerEl.remove();
		this.app.workspace.removeLeaf(this);
	}
	getDisplayText(): string {
		return this.view.getDisplayText();
	}
}

class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

/** What a leaf shows once the plugin that made its view is gone; it keeps the type to restore it later. */
class PluginGoneView extends ItemView {
	constructor(
		leaf: WorkspaceLeaf,
		readonly goneType: string,
	) {
		super(leaf);
		this.contentEl.createDiv({ cls: "empty-state", text: "Plugin no longer active" });
	}
	getViewType(): string {
		return "unknown";
	}
	getDisplayText(): string {
		return "Plugin no longer active";
	}
}

export class Workspace extends Events {
	leaves: WorkspaceLeaf[] = [];
	activeLeaf: WorkspaceLeaf | null = null;
	viewFactories = new Map<string, (leaf: WorkspaceLeaf) => View>();
	layoutReady = false;
	private readyCallbacks: (() => void)[] = [];
	/** Where leaves' views are put in the page, per split; tests and the browser page set these. */
	hosts: Record<"left" | "right" | "root", HTMLElement | null> = { left: null, right: null, root: null };
	constructor(private app: App) {
		super();
	}
	mount(leaf: WorkspaceLeaf): void {
		this.hosts[leaf.parentSplit]?.appendChild(leaf.view.containerEl);
	}
	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.newLeaf("right");
	}
	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.newLeaf("left");
	}
	getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf {
		if (!newLeaf) {
			const existing = this.leaves.find((l) => l.parentSplit === "root");
			if (existing) return existing;
		}
		return this.newLeaf("root");
	}
	private newLeaf(split: "left" | "right" | "root"): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, split);
		this.leaves.push(leaf);
		this.mount(leaf);
		return leaf;
	}
	/**
	 * A plugin that registered `type` unloaded: as Obsidian does, its views are closed and unloaded, and their leaves
	 * stay with a placeholder ("Plugin no longer active") so the view comes back where it was when the plugin loads.
	 */
	unregisterView(type: string): void {
		this.viewFactories.delete(type);
		for (const leaf of this.getLeavesOfType(type)) leaf.pluginGone(type);
	}
	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
	}
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		leaf.view.containerEl.hidden = false;
	}
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === type);
	}
	detachLeavesOfType(type: string): void {
		for (const l of this.getLeavesOfType(type)) l.detach();
	}
	iterateAllLeaves(cb: (leaf: WorkspaceLeaf) => unknown): void {
		for (const l of [...this.leaves]) cb(l);
	}
	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const v = this.activeLeaf?.view;
		return v instanceof type ? v : null;
	}
	/** As Obsidian: the active view's file, else the most recently active file (a sidebar pane keeps it). */
	getActiveFile(): TFile | null {
		const v = this.activeLeaf?.view;
		if (v instanceof MarkdownView) return v.file;
		const last = this.lastActiveFile;
		return last && this.app.vault.getFileByPath(last.path) === last ? last : null;
	}
	private lastActiveFile: TFile | null = null;
	getMostRecentLeaf(): WorkspaceLeaf | null {
		return this.leaves.find((l) => l.parentSplit === "root") ?? null;
	}
	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean }): void {
		if (leaf.view instanceof MarkdownView && leaf.view.file) this.lastActiveFile = leaf.view.file;
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
	}
	onLayoutReady(cb: () => void): void {
		if (this.layoutReady) cb();
		else this.readyCallbacks.push(cb);
	}
	/** Test helper: finish "loading" the workspace. */
	markLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}
	async openLinkText(linktext: string, sourcePath: string): Promise<void> {
		const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
		if (file) await this.getLeaf(false).openFile(file);
	}
}

export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	constructor(files: Record<string, string> = {}) {
		this.vault = new Vault(files);
		this.metadataCache = new MetadataCache(this.vault);
		this.workspace = new Workspace(this);
		this.fileManager = new FileManager(this);
	}
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	description: string;
	author: string;
	isDesktopOnly?: boolean;
	dir?: string;
}

export interface Command {
	id: string;
	name: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
}

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	commands = new Map<string, Command>();
	settingTabs: PluginSettingTab[] = [];
	ribbonIcons: HTMLElement[] = [];
	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		// As the app does when it reads the plugin's manifest: the plugin's folder in the config folder.
		this.manifest = { ...manifest, dir: manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}` };
	}
	private get dataPath(): string {
		return normalizePath(`${this.manifest.dir ?? ""}/data.json`);
	}
	/** Test helper: data.json as loadData returns it (null when absent); setting it stores it without a write. */
	get storedData(): unknown {
		const text = this.app.vault.adapter.peek(this.dataPath);
		return text === undefined ? null : (JSON.parse(text) as unknown);
	}
	set storedData(value: unknown) {
		this.app.vault.adapter.seed(this.dataPath, value === null || value === undefined ? null : JSON.stringify(value, null, 2));
	}
	addCommand(command: Command): Command {
		if ((command as { hotkeys?: unknown }).hotkeys) throw new Error("Plugins must not set default hotkeys");
		this.commands.set(command.id, command);
		return command;
	}
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = createEl("button", { attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", (e) => void callback(e));
		this.ribbonIcons.push(el);
		return el;
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}
	registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
		this.app.workspace.viewFactories.set(type, factory);
		this.register(() => this.app.workspace.unregisterView(type));
	}
	/** As Obsidian: data.json in the plugin's folder, parsed (a damaged file throws); null when there is none. */
	async loadData(): Promise<unknown> {
		const { adapter } = this.app.vault;
		if (!(await adapter.exists(this.dataPath))) return null;
		return JSON.parse(await adapter.read(this.dataPath)) as unknown;
	}
	async saveData(data: unknown): Promise<void> {
		await this.app.vault.adapter.write(this.dataPath, JSON.stringify(data, null, 2));
	}
	/** Test helper: run a command as the palette would. */
	runCommand(id: string): unknown {
		const c = this.commands.get(id);
		if (!c) throw new Error(`no command ${id}`);
		if (c.checkCallback) return c.checkCallback(false);
		if (c.editorCheckCallback) {
			// as the palette: an editor command runs in the active Markdown view, and only when its check passes
			const view = this.app.workspace.getActiveViewOfType(MarkdownView);
			if (!view || !c.editorCheckCallback(true, view.editor, view)) return false;
			return c.editorCheckCallback(false, view.editor, view);
		}
		return c.callback?.();
	}
}

export class Notice {
	static shown: string[] = [];
	noticeEl: HTMLElement;
	constructor(message: string | DocumentFragment, _duration?: number) {
		const text = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.shown.push(text);
		this.noticeEl = document.body.createDiv({ cls: "notice", text });
	}
	setMessage(message: string): this {
		this.noticeEl.setText(message);
		return this;
	}
	hide(): void {
		this.noticeEl.remove();
	}
}

export class MenuItem {
	title = "";
	icon = "";
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon ?? "";
		return this;
	}
	setSection(_section: string): this {
		return this;
	}
	setChecked(_checked: boolean | null): this {
		return this;
	}
	onClick(cb: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = cb;
		return this;
	}
}

export class Menu extends Component {
	static last: Menu | null = null;
	items: MenuItem[] = [];
	private el: HTMLElement | null = null;
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}
	showAtPosition(_pos: { x: number; y: number }): this {
		Menu.last = this;
		this.el = document.body.createDiv({ cls: "menu" });
		for (const item of this.items) {
			const row = this.el.createDiv({ cls: "menu-item", text: item.title });
			row.addEventListener("click", (e) => {
				this.hide();
				void item.callback?.(e);
			});
		}
		return this;
	}
	hide(): this {
		this.el?.remove();
		this.el = null;
		return this;
	}
	/** Test helper: click the item with this title. */
	click(title: string): unknown {
		const item = this.items.find((i) => i.title === title);
		if (!item) throw new Error(`no menu item "${title}" in [${this.items.map((i) => i.title).join(", ")}]`);
		this.hide();
		return item.callback?.(new MouseEvent("click"));
	}
}

export class Modal {
	static open: Modal[] = [];
	app: App;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	constructor(app: App) {
		this.app = app;
		this.modalEl = createDiv({ cls: "modal" });
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	open(): void {
		Modal.open.push(this);
		document.body.appendChild(this.modalEl);
		this.onOpen();
	}
	close(): void {
		Modal.open = Modal.open.filter((m) => m !== this);
		this.modalEl.remove();
		this.onClose();
	}
	onOpen(): void {}
	onClose(): void {}
}

export abstract class SuggestModal<T> extends Modal {
	inputEl: HTMLInputElement;
	constructor(app: App) {
		super(app);
		this.inputEl = this.contentEl.createEl("input", { type: "text" });
	}
	setPlaceholder(p: string): void {
		this.inputEl.placeholder = p;
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
	/** Test helper: choose the first suggestion for a query. */
	async choose(query: string): Promise<void> {
		const list = await this.getSuggestions(query);
		const first = list[0];
		if (first === undefined) throw new Error(`no suggestion for "${query}"`);
		this.close();
		this.onChooseSuggestion(first, new MouseEvent("click"));
	}
}

class ValueComponent<T> {
	value: T;
	protected handler: ((v: T) => unknown) | null = null;
	constructor(
		public el: HTMLElement,
		initial: T,
	) {
		this.value = initial;
	}
	getValue(): T {
		return this.value;
	}
	setValue(v: T): this {
		this.value = v;
		return this;
	}
	onChange(cb: (v: T) => unknown): this {
		this.handler = cb;
		return this;
	}
	setPlaceholder(p: string): this {
		this.el.setAttribute("placeholder", p);
		return this;
	}
	/** Test helper: the user changes the value. */
	async change(v: T): Promise<void> {
		this.value = v;
		await this.handler?.(v);
	}
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		const input = containerEl.createEl("input", { type: "text" });
		super(input, "");
		this.inputEl = input;
		// As in Obsidian, typing fires onChange with the field's text.
		input.addEventListener("input", () => {
			this.value = input.value;
			void this.handler?.(input.value);
		});
	}
	override setValue(v: string): this {
		this.inputEl.value = v;
		return super.setValue(v);
	}
	/** As in Obsidian, the field's current text. */
	override getValue(): string {
		return this.inputEl.value;
	}
}

export class TextAreaComponent extends ValueComponent<string> {
	inputEl: HTMLTextAreaElement;
	constructor(containerEl: HTMLElement) {
		const input = containerEl.createEl("textarea");
		super(input, "");
		this.inputEl = input;
		input.addEventListener("input", () => {
			this.value = input.value;
			void this.handler?.(input.value);
		});
	}
	override setValue(v: string): this {
		this.inputEl.value = v;
		return super.setValue(v);
	}
	/** As in Obsidian, the field's current text. */
	override getValue(): string {
		return this.inputEl.value;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(t: string): this {
		this.buttonEl.setText(t);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setIcon(icon: string): this {
		this.buttonEl.setAttribute("data-icon", icon);
		return this;
	}
	setTooltip(t: string): this {
		this.buttonEl.setAttribute("aria-label", t);
		return this;
	}
	onClick(cb: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (e) => void cb(e));
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: unknown[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		const info = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = info.createDiv({ cls: "setting-item-name" });
		this.descEl = info.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		const c = new TextComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		const c = new TextAreaComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		const c = new ToggleComponent(this.controlEl.createDiv(), false);
		this.components.push(c);
		cb(c);
		return this;
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		const c = new ButtonComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addExtraButton(cb: (c: ButtonComponent) => unknown): this {
		return this.addButton(cb);
	}
}

export abstract class PluginSettingTab {
	app: App;
	plugin: Plugin;
	containerEl: HTMLElement;
	constructor(app: App, plugin: Plugin) {
		this.app = app;
		this.plugin = plugin;
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}
	abstract display(): void;
	hide(): void {}
}

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: number | null = null;
	let lastArgs: T | null = null;
	const fire = (): V | void => {
		timer = null;
		if (!lastArgs) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const d = ((...args: T) => {
		lastArgs = args;
		if (timer !== null && resetTimer) {
			window.clearTimeout(timer);
			timer = null;
		}
		timer ??= window.setTimeout(fire, timeout);
		return d;
	}) as Debouncer<T, V>;
	d.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return d;
	};
	d.run = () => {
		if (timer !== null) window.clearTimeout(timer);
		return fire();
	};
	return d;
}

/** Lucide's shapes for the icons the plugin uses, so screenshots look like Obsidian; others get a dot. */
const ICON_PATHS: Record<string, string[]> = {
	"chevron-right": ["m9 18 6-6-6-6"],
	"chevron-down": ["m6 9 6 6 6-6"],
	"more-horizontal": ["M12 12h.01", "M19 12h.01", "M5 12h.01"],
};

export function setIcon(el: HTMLElement, icon: string): void {
	el.setAttribute("data-icon", icon);
	el.empty();
	el.createSvg("svg", { cls: "svg-icon", attr: { viewBox: "0 0 24 24", width: 16, height: 16 } }, (svg) => {
		for (const d of ICON_PATHS[icon] ?? ["M12 12h.01"]) svg.createSvg("path", { attr: { d } });
	});
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute("aria-label", tooltip);
}

export const Platform = { isDesktop: true, isMobile: false, isDesktopApp: true, isMobileApp: false, isIosApp: false, isAndroidApp: false, isPhone: false, isTablet: false, isMacOS: false, isWin: false, isLinux: true, isSafari: false };

export function getAllTags(cache: CachedMetadata): string[] | null {
	const fm = cache.frontmatter?.tags;
	const list = Array.isArray(fm) ? fm.map(String) : typeof fm === "string" ? fm.split(/[,\s]+/) : [];
	return [...list.filter(Boolean).map((t) => (t.startsWith("#") ? t : `#${t}`)), ...(cache.tags ?? []).map((t) => t.tag)];
}

export function parseFrontMatterAliases(frontmatter: Record<string, unknown> | null | undefined): string[] | null {
	const v = frontmatter?.aliases ?? frontmatter?.alias;
	if (Array.isArray(v)) return v.map(String);
	if (typeof v === "string") return v.split(",").map((s) => s.trim()).filter(Boolean);
	return null;
}
