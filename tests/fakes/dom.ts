/**
 * Obsidian's DOM helpers (createEl, createDiv, setText, addClass, …) rebuilt on the standard DOM, for the test DOM
 * and the browser page. Only what the plugin uses; the shapes follow obsidian.d.ts.
 */

interface ElInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function applyInfo(el: Element, o: ElInfo | string | undefined): void {
	if (o === undefined) return;
	const info: ElInfo = typeof o === "string" ? { text: o } : o;
	if (info.cls) el.classList.add(...(Array.isArray(info.cls) ? info.cls : info.cls.split(" ")).filter(Boolean));
	if (info.text !== undefined) {
		if (typeof info.text === "string") el.textContent = info.text;
		else el.appendChild(info.text);
	}
	if (info.attr) for (const [k, v] of Object.entries(info.attr)) if (v !== null && v !== false) el.setAttribute(k, String(v));
	if (info.title) el.setAttribute("title", info.title);
	if (info.placeholder) el.setAttribute("placeholder", info.placeholder);
	if (info.type) el.setAttribute("type", info.type);
	if (info.href) el.setAttribute("href", info.href);
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
}

function make<K extends keyof HTMLElementTagNameMap>(parent: Node | null, tag: K, o?: ElInfo | string, cb?: (el: HTMLElementTagNameMap[K]) => void): HTMLElementTagNameMap[K] {
	const doc = parent?.ownerDocument ?? document;
	const el = doc.createElement(tag);
	applyInfo(el, o);
	const info = typeof o === "object" ? o : undefined;
	const host = info?.parent ?? parent;
	if (host) {
		if (info?.prepend) host.insertBefore(el, host.firstChild);
		else host.appendChild(el);
	}
	cb?.(el);
	return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function installDomHelpers(win: Window & typeof globalThis): void {
	const P = win.Node.prototype as unknown as Record<string, unknown>;
	const E = win.Element.prototype as unknown as Record<string, unknown>;
	if (P.createEl) return;
	P.createEl = function (this: Node, tag: keyof HTMLElementTagNameMap, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return make(this, tag, o, cb);
	};
	P.createDiv = function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return make(this, "div", o, cb);
	};
	P.createSpan = function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return make(this, "span", o, cb);
	};
	P.createSvg = function (this: Node, tag: string, o?: ElInfo | string, cb?: (el: SVGElement) => void) {
		const el = (this.ownerDocument ?? win.document).createElementNS(SVG_NS, tag);
		applyInfo(el, o);
		this.appendChild(el);
		cb?.(el);
		return el;
	};
	P.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	P.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	P.setText = function (this: Node, text: string | DocumentFragment) {
		if (typeof text === "string") this.textContent = text;
		else {
			this.textContent = "";
			this.appendChild(text);
		}
	};
	P.instanceOf = function (this: Node, type: { new (): unknown }) {
		for (let p: unknown = Object.getPrototypeOf(this); p; p = Object.getPrototypeOf(p)) if (p === type.prototype) return true;
		return false;
	};
	E.addClass = function (this: Element, ...cls: string[]) {
		this.classList.add(...cls);
	};
	E.addClasses = function (this: Element, cls: string[]) {
		this.classList.add(...cls);
	};
	E.removeClass = function (this: Element, ...cls: string[]) {
		this.classList.remove(...cls);
	};
	E.toggleClass = function (this: Element, cls: string | string[], value: boolean) {
		for (const c of Array.isArray(cls) ? cls : [cls]) this.classList.toggle(c, value);
	};
	E.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	E.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	};
	E.getText = function (this: Element) {
		return this.textContent ?? "";
	};
	E.find = function (this: Element, selector: string) {
		return this.querySelector(selector);
	};
	E.findAll = function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};
	E.isShown = function (this: HTMLElement) {
		return this.isConnected && !this.closest(".is-hidden, [hidden]");
	};
	E.show = function (this: HTMLElement) {
		this.hidden = false;
	};
	E.hide = function (this: HTMLElement) {
		this.hidden = true;
	};
	E.toggle = function (this: HTMLElement, show: boolean) {
		this.hidden = !show;
	};
	const w = win as unknown as Record<string, unknown>;
	w.createEl = (tag: keyof HTMLElementTagNameMap, o?: ElInfo | string, cb?: (el: HTMLElement) => void) => make(null, tag, o, cb);
	w.createDiv = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => make(null, "div", o, cb);
	w.createSpan = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => make(null, "span", o, cb);
	w.createFragment = (cb?: (f: DocumentFragment) => void) => {
		const f = win.document.createDocumentFragment();
		cb?.(f);
		return f;
	};
	w.activeDocument = win.document;
	w.activeWindow = win;
}
