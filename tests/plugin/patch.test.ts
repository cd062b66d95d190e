/**
 * The pane's DOM patch (src/ui/patch.ts): the live tree ends up as the freshly rendered one, keeps what it can,
 * hands kept elements their new actions, and reuses the rows a RowMemo did not build again.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { keyed, onClick, patch, RowMemo, runAction, show } from "../../src/ui/patch";
import { installDomHelpers } from "../fakes/dom";

installDomHelpers(window);

afterEach(() => {
	document.body.empty();
});

interface Spec {
	tag: "div" | "span" | "ul" | "li" | "button";
	cls: string;
	key: string | null;
	text: string;
	children: Spec[];
}

/** Trees up to `depth` levels deep, from a few tags, classes, keys and texts, so that the two trees often share. */
function specOf(depth: number): fc.Arbitrary<Spec> {
	return fc.record({
		tag: fc.constantFrom("div", "span", "ul", "li", "button"),
		cls: fc.constantFrom("", "a", "b", "a b"),
		key: fc.option(fc.constantFrom("k1", "k2", "k3", "k4"), { nil: null }),
		text: fc.constantFrom("", "x", "y"),
		children: depth > 0 ? fc.array(specOf(depth - 1), { maxLength: 4 }) : fc.constant([]),
	});
}
const spec = specOf(3);

/** Builds a spec as a render would: keys unique among siblings (a render's keys are). */
function make(s: Spec, parent: HTMLElement, used = new Set<string>()): HTMLElement {
	const el = parent.createEl(s.tag, { cls: s.cls || undefined });
	if (s.key && !used.has(s.key)) {
		used.add(s.key);
		keyed(el, s.key);
		el.setAttr("data-k", s.key);
	}
	if (s.text) el.createSpan({ text: s.text });
	const mine = new Set<string>();
	for (const c of s.children) make(c, el, mine);
	return el;
}

/** A node as markup with its attributes in name order (a patch may set them in another order). */
function canon(node: Node): string {
	if (!node.instanceOf(Element)) return node.nodeValue ?? "";
	const attrs = node.getAttributeNames().sort().map((n) => ` ${n}="${node.getAttribute(n)}"`).join("");
	return `<${node.tagName.toLowerCase()}${attrs}>${Array.from(node.childNodes, canon).join("")}</>`;
}

function root(s: Spec[]): HTMLElement {
	const el = createDiv({ cls: "root" });
	const used = new Set<string>();
	for (const c of s) make(c, el, used);
	return el;
}

describe("patch", () => {
	it("makes the live tree the new one, whatever the two trees", () => {
		fc.assert(
			fc.property(fc.array(spec, { maxLength: 5 }), fc.array(spec, { maxLength: 5 }), (a, b) => {
				const live = document.body.createDiv();
				live.appendChild(root(a));
				const next = root(b);
				const wanted = canon(next);
				patch(live.firstElementChild as Element, next);
				expect(canon(live.firstElementChild as Element)).toBe(wanted);
				live.remove();
			}),
			{ numRuns: 300 },
		);
	});

	it("keeps the element of a key found in both trees, moved or not, and patches it in place", () => {
		const live = document.body.createDiv();
		const build = (order: string[], label: (k: string) => string): HTMLElement => {
			const list = createEl("ul");
			for (const k of order) keyed(list.createEl("li", { text: label(k) }), k);
			return list;
		};
		live.appendChild(build(["a", "b", "c"], (k) => k));
		const [a, b, c] = Array.from(live.querySelectorAll("li"));
		patch(live.firstElementChild as Element, build(["c", "new", "a"], (k) => (k === "a" ? "a, renamed" : k)));
		const after = Array.from(live.querySelectorAll("li"));
		expect(after.map((li) => li.textContent)).toEqual(["c", "new", "a, renamed"]);
		expect(after[0]).toBe(c);
		expect(after[2]).toBe(a);
		expect(b?.isConnected).toBe(false);
	});

	it("hands a kept element the action of the element it was matched with", () => {
		const live = document.body.createDiv();
		const first = vi.fn();
		const second = vi.fn();
		const build = (action: () => void): HTMLElement => {
			const body = createDiv();
			onClick(body.createEl("button", { text: "Go" }), action);
			return body;
		};
		live.appendChild(build(first));
		const button = live.querySelector("button") as HTMLButtonElement;
		patch(live.firstElementChild as Element, build(second));
		expect(live.querySelector("button")).toBe(button);
		button.addEventListener("click", (e) => runAction(live, e));
		button.click();
		expect(second).toHaveBeenCalledTimes(1);
		expect(first).not.toHaveBeenCalled();
	});
});

describe("runAction", () => {
	function pane(): { root: HTMLElement; row: HTMLElement; button: HTMLElement; text: HTMLElement; rowAction: ReturnType<typeof vi.fn>; buttonAction: ReturnType<typeof vi.fn> } {
		const root = document.body.createDiv();
		const row = root.createDiv({ attr: { tabindex: 0 } });
		const text = row.createSpan({ text: "Line 3" });
		const button = row.createEl("button", { text: "More" });
		const rowAction = vi.fn();
		const buttonAction = vi.fn();
		onClick(row, rowAction);
		onClick(button, buttonAction);
		root.addEventListener("click", (e) => runAction(root, e));
		root.addEventListener("keydown", (e) => runAction(root, e));
		return { root, row, button, text, rowAction, buttonAction };
	}

	it("runs the innermost action from the clicked element up, and only that one", () => {
		const p = pane();
		p.text.click();
		expect(p.rowAction).toHaveBeenCalledTimes(1);
		p.button.click();
		expect(p.buttonAction).toHaveBeenCalledTimes(1);
		expect(p.rowAction).toHaveBeenCalledTimes(1);
	});

	it("takes Enter on a focused row as a click, but leaves Enter on a button to the button", () => {
		const p = pane();
		p.row.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(p.rowAction).toHaveBeenCalledTimes(1);
		p.row.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
		p.button.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(p.rowAction).toHaveBeenCalledTimes(1);
		expect(p.buttonAction).not.toHaveBeenCalled();
	});

	it("runs no action above the pane it listens on", () => {
		const outer = document.body.createDiv();
		const action = vi.fn();
		onClick(outer, action);
		const inner = outer.createDiv();
		const target = inner.createSpan({ text: "x" });
		inner.addEventListener("click", (e) => runAction(inner, e));
		target.click();
		expect(action).not.toHaveBeenCalled();
	});
});

describe("RowMemo", () => {
	/** A pane body of one list whose rows are drawn through the memo, as renderPane draws dates and actors. */
	function render(memo: RowMemo, rows: [key: string, text: string][], list = "ul"): { body: HTMLElement; built: string[] } {
		const built: string[] = [];
		const body = createDiv();
		const ul = keyed(body.createEl("ul"), list);
		for (const [key, text] of rows) {
			memo.row(ul, key, text, (parent) => {
				built.push(text);
				return parent.createEl("li", { text });
			});
		}
		memo.done();
		return { body, built };
	}

	it("builds again only the rows whose signature changed, and keeps the others as they are", () => {
		const container = document.body.createDiv();
		const memo = new RowMemo();
		show(container, render(memo, [["a", "1917"], ["b", "1922"], ["c", "1939"]]).body);
		const [a, b, c] = Array.from(container.querySelectorAll("li"));
		const next = render(memo, [["a", "1917"], ["new", "1848"], ["b", "by 1922"], ["c", "1939"]]);
		expect(next.built).toEqual(["1848", "by 1922"]);
		show(container, next.body);
		const after = Array.from(container.querySelectorAll("li"));
		expect(after.map((li) => li.textContent)).toEqual(["1917", "1848", "by 1922", "1939"]);
		expect(after[0]).toBe(a);
		expect(after[3]).toBe(c);
		expect(after[2]).not.toBe(b);
		expect(b?.isConnected).toBe(false);
	});

	it("keeps two rows of one key apart (the same date twice on a line)", () => {
		const container = document.body.createDiv();
		const memo = new RowMemo();
		show(container, render(memo, [["1848", "1848"], ["1848", "1848"]]).body);
		const first = Array.from(container.querySelectorAll("li"));
		const again = render(memo, [["1848", "1848"], ["1848", "1848"]]);
		expect(again.built).toEqual([]);
		show(container, again.body);
		const after = Array.from(container.querySelectorAll("li"));
		expect(after).toHaveLength(2);
		expect(after[0]).toBe(first[0]);
		expect(after[1]).toBe(first[1]);
	});

	it("moves a reused row into a list that is new at this render", () => {
		const container = document.body.createDiv();
		const memo = new RowMemo();
		show(container, render(memo, [["a", "1917"]], "1900s").body);
		const row = container.querySelector("li");
		const next = render(memo, [["a", "1917"]], "20th century");
		expect(next.built).toEqual([]);
		show(container, next.body);
		expect(container.querySelectorAll("li")).toHaveLength(1);
		expect(container.querySelector("li")).toBe(row);
		// no stand-in left behind
		const walker = document.createTreeWalker(container, NodeFilter.SHOW_COMMENT);
		expect(walker.nextNode()).toBeNull();
	});

	it("leaves a list of reused rows as it is, and still builds the one row of a list of the same length that changed", () => {
		const container = document.body.createDiv();
		const memo = new RowMemo();
		show(container, render(memo, [["a", "1917"], ["b", "1922"]]).body);
		const [a, b] = Array.from(container.querySelectorAll("li"));
		show(container, render(memo, [["a", "1917"], ["b", "1922"]]).body);
		expect(Array.from(container.querySelectorAll("li"))).toEqual([a, b]);
		show(container, render(memo, [["a", "1917"], ["b", "by 1922"]]).body);
		const after = Array.from(container.querySelectorAll("li"));
		expect(after.map((li) => li.textContent)).toEqual(["1917", "by 1922"]);
		expect(after[0]).toBe(a);
		expect(after[1]).not.toBe(b);
		expect(container.childNodes).toHaveLength(1);
		expect(container.querySelector("ul")?.childNodes).toHaveLength(2);
	});

	it("forgets its rows when cleared, and builds them all again", () => {
		const memo = new RowMemo();
		render(memo, [["a", "1917"]]);
		memo.clear();
		expect(render(memo, [["a", "1917"]]).built).toEqual(["1917"]);
	});
});
