/**
 * Brings the live DOM up to a freshly rendered tree in one synchronous step, touching only what differs, so that a
 * refresh after an edit builds, restyles and lays out the few rows that changed rather than the whole pane (1,500
 * elements for a 5,000-word lecture), and the rows that did not change keep their focus and the pane its scroll.
 *
 * - Rows (a date, an actor, a solution) go through a `RowMemo`: a row whose signature (everything it shows and acts
 *   on) is the same as at the last render is not built again; the render leaves a stand-in for it, and the patch
 *   keeps the live row in its place.
 * - The rest (sections, headers, lists, reading cards) is built each time and patched into the live DOM: attributes
 *   and text that differ are set, children matched by key (`keyed`) or else by position and tag.
 * - Clicks are delegated: the render gives an element its action with `onClick`, the view listens once on the pane
 *   (`runAction`), and the patch hands each kept element the action of the element it was matched with.
 */

type Action = (evt: MouseEvent | KeyboardEvent) => void;

const actions = new WeakMap<Node, Action>();
const keys = new WeakMap<Node, string>();
/** Stand-ins a render leaves for rows it did not build again, each with the live row it stands for. */
const standIns = new WeakMap<Node, Element>();
/** Rows a `RowMemo` built: placed as they are, never patched into another row (the memo holds them). */
const memoRows = new WeakSet<Node>();

/** A row's signature: what it shows and what its actions act on. Equal signatures mean an equal row. */
interface MemoRow {
	sig: string;
	el: HTMLElement;
}

/**
 * The rows of the last render by key. A render asks for each row with its signature; a row whose signature has
 * not changed is reused (a stand-in marks its place), and the rest are built. Rows not asked for are forgotten.
 */
export class RowMemo {
	private last = new Map<string, MemoRow>();
	private now = new Map<string, MemoRow>();

	/** Puts the row for `key` into `parent`: the one built before when `sig` is the same, else `build(parent)`'s. */
	row(parent: HTMLElement, key: string, sig: string, build: (parent: HTMLElement) => HTMLElement): void {
		let k = key;
		for (let n = 2; this.now.has(k); n++) k = `${key}\u0000${n}`; // the same date twice on a line: two rows
		const old = this.last.get(k);
		if (old && old.sig === sig) {
			// a comment marks the place: cheaper to make than an element, and it never reaches the live pane
			standIns.set(parent.appendChild(parent.ownerDocument.createComment("")), old.el);
			this.now.set(k, old);
			return;
		}
		const el = build(parent);
		memoRows.add(el);
		this.now.set(k, { sig, el });
	}

	/** Ends a render: the rows it asked for are the ones to reuse next time. */
	done(): void {
		this.last = this.now;
		this.now = new Map();
	}

	/** Forgets every row (another note, or a message shown instead). */
	clear(): void {
		this.last.clear();
		this.now.clear();
	}
}

/** Sets what a click on `el` (or on anything inside it without an action of its own) does. */
export function onClick(el: Element, action: Action): void {
	actions.set(el, action);
}

/**
 * Names a built element among its siblings (an actor's id, a date and its line): at the next patch it is matched
 * with the live sibling of the same key wherever that stands, so a row inserted or moved leaves the others alone.
 */
export function keyed<T extends Element>(el: T, key: string): T {
	keys.set(el, key);
	return el;
}

/**
 * Runs the action of the innermost element from the event's target up to `root` that has one, and only that one
 * (an action on a button inside a row does not also run the row's). Enter on a focused element that is not a
 * button (buttons turn Enter into a click themselves) counts as a click on it.
 */
export function runAction(root: HTMLElement, evt: MouseEvent | KeyboardEvent): void {
	// Types told apart by their names, not instanceof: a pane in a popout window has another window's classes.
	if (evt.type === "keydown" && ((evt as KeyboardEvent).key !== "Enter" || (evt.target as Element | null)?.tagName === "BUTTON")) return;
	for (let node = evt.target as Node | null; node && node !== root; node = node.parentNode) {
		const action = actions.get(node);
		if (action) {
			evt.stopPropagation();
			return action(evt);
		}
	}
}

/**
 * Makes `live` (in the document) look and act as `next` (built detached, of the same tag): its attributes, its
 * action and, recursively, its children. Nodes of `next` that have no live counterpart are moved into `live`, so
 * `next` is left in pieces.
 */
export function patch(live: Element, next: Element): void {
	patchAttributes(live, next);
	const action = actions.get(next);
	if (action) actions.set(live, action);
	else actions.delete(live);
	patchChildren(live, next);
}

function patchAttributes(live: Element, next: Element): void {
	const wanted = next.attributes;
	for (let i = 0; i < wanted.length; i++) {
		const attr = wanted[i] as Attr;
		if (live.getAttribute(attr.name) !== attr.value) live.setAttribute(attr.name, attr.value);
	}
	const had = live.attributes;
	for (let i = had.length - 1; i >= 0; i--) {
		const name = (had[i] as Attr).name;
		if (!next.hasAttribute(name)) live.removeAttribute(name);
	}
}

/**
 * Makes `container` show `next`: the live body already there is patched to it, else `next` goes in whole (with
 * any reused rows in their places).
 */
export function show(container: HTMLElement, next: HTMLElement): void {
	const live = container.firstElementChild;
	if (live && container.childElementCount === 1 && live.tagName === next.tagName) patch(live, next);
	else container.replaceChildren(settle(next));
}

/**
 * A new node, with the stand-ins inside it replaced by the rows they stand for: a list that is new this render (a
 * century the timeline had no rows for) can still hold rows built before.
 */
function settle(node: Node): Node {
	const row = standIns.get(node);
	if (row) return row;
	if (memoRows.has(node)) return node;
	for (let child = node.firstChild; child; ) {
		const following = child.nextSibling;
		const settled = settle(child);
		if (settled !== child) node.replaceChild(settled, child);
		child = following;
	}
	return node;
}

/** An element's nodeType (not instanceof Element: a pane in a popout window has another window's classes). */
const ELEMENT = 1;

/** Whether a live node can be patched into `next` rather than replaced by it. */
function sameKind(live: Node, next: Node): boolean {
	return live.nodeType === next.nodeType && live.nodeName === next.nodeName;
}

/** Live children by key, each key's in document order (a key may repeat: the same date twice on a line). */
function keyedChildren(live: Node): Map<string, Node[]> {
	const byKey = new Map<string, Node[]>();
	for (let child = live.firstChild; child; child = child.nextSibling) {
		const key = keys.get(child);
		if (key === undefined) continue;
		const same = byKey.get(key);
		if (same) same.push(child);
		else byKey.set(key, [child]);
	}
	return byKey;
}

/**
 * Whether every child wanted is a stand-in for the live child already in its place: a list of rows the edit left
 * alone, most of a pane's after an edit, then needs nothing done.
 */
function reusedInPlace(before: readonly Node[], wanted: readonly Node[]): boolean {
	if (before.length !== wanted.length) return false;
	for (let i = 0; i < wanted.length; i++) if (standIns.get(wanted[i] as Node) !== before[i]) return false;
	return true;
}

/**
 * The children: a stand-in is matched with the row it stands for, a keyed child with the live child of the same
 * key, any other child with the next such live child if that has the same tag; a row the memo built is new.
 * Live children left unmatched go first; then matched children are patched (a reused row as it is) and kept,
 * moved only when out of order, and the rest of `next` moves in.
 */
function patchChildren(live: Node, next: Node): void {
	const before = Array.from(live.childNodes);
	const wanted = Array.from(next.childNodes);
	if (reusedInPlace(before, wanted)) return;
	const matches: (Node | undefined)[] = [];
	let byKey: Map<string, Node[]> | null = null;
	let unkeyed = 0; // the next unkeyed live child to try, as an index into `before`
	for (const child of wanted) {
		const key = keys.get(child);
		let match: Node | undefined;
		if (standIns.has(child)) match = standIns.get(child);
		else if (memoRows.has(child)) match = undefined;
		else if (key !== undefined) {
			byKey ??= keyedChildren(live);
			match = byKey.get(key)?.shift();
		} else {
			while (unkeyed < before.length && (keys.has(before[unkeyed] as Node) || memoRows.has(before[unkeyed] as Node))) unkeyed++;
			const candidate = before[unkeyed];
			if (candidate && sameKind(candidate, child)) {
				match = candidate;
				unkeyed++;
			}
		}
		matches.push(match && (standIns.has(child) || sameKind(match, child)) ? match : undefined);
	}
	const kept = new Set(matches);
	for (const old of before) if (!kept.has(old)) live.removeChild(old);
	let cursor = live.firstChild; // where the next child belongs
	wanted.forEach((child, i) => {
		const match = matches[i];
		if (standIns.has(child)) {
			// a reused row: already what it should be
		} else if (match?.nodeType === ELEMENT) patch(match as Element, child as Element);
		else if (match && match.nodeValue !== child.nodeValue) match.nodeValue = child.nodeValue;
		const placed = match ?? settle(child);
		if (placed === cursor) cursor = cursor.nextSibling;
		else live.insertBefore(placed, cursor);
	});
}
