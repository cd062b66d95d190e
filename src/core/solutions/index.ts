/**
 * Solutions: the options, strategies and remedies a lecture note explicitly marks (GUIDE, Solutions).
 *
 * 1. An item labelled as one: `Solution number 1: …`, `Solution 2 - …`, `Option A: …`, `Strategy: …` (a line, a list
 *    item or a heading). Label = the marker, text = the rest.
 * 2. The items of a list under a heading or lead-in line that holds a cue word (`## How to stop inflation`,
 *    `**Strategies to prevent**`, `- Options for Britain:`). Label = `<heading or lead-in> #n`.
 *    A heading's scope runs to the next heading: lists further down in the same section still count, unless a
 *    new lead-in takes over. A lead-in with a cue opens its own scope; a lead-in without one that names a new topic
 *    (`Postwar rules`) ends the scope, while one that only qualifies it (`Under the assumption of peace`) does not.
 *    A lead-in's list ends at prose, and where bullets follow its numbers or numbers its bullets (a new list).
 * 3. A heading that names an option with a cue (`Revolutionary Socialism: An Alternative to Capitalism`): one
 *    solution; its section's items are its sub-items.
 * Only deeper-indented items under an item are its sub-items. Prose without such marks gives nothing, however
 * prescriptive it sounds.
 *
 * `problem`: for a marked item, the paragraph just before the run of marked items (up to three lines), else the
 * heading above; for list items, their heading (or, for a lead-in line, the heading above it, else the lead-in).
 */
import { isSpace, LETTER_OR_DIGIT } from "../chars";
import { lazy } from "../lazy";
import { KeptZeroes } from "../kept";
import { lineContext, type Heading, type NoteDocument } from "../markdown/document";
import type { Solution } from "../types";
import { actionClause } from "./clause";
import { cueMatcher, cueOffsets, firstCue, type CueMatcher } from "./cues";

export interface SolutionOptions {
	/** Cue words (lower case) that mark options in labels, headings and lead-ins. */
	cues: string[];
}

interface ListItem {
	/** Visual indent (tabs count 4). */
	indent: number;
	/** Column where the item's content starts. */
	contentCol: number;
	/** Whether the item is numbered or lettered ("1.", "b)"), not bulleted ("-"). */
	ordered: boolean;
}

type Scope =
	| { kind: "list"; lead: string; problem: string; count: number; base: number | null; parentIndent: number; endsAtProse: boolean; headingLine?: number; ordered: boolean | null }
	| { kind: "details"; owner: Solution; base: number | null };

/**
 * A list item: a bullet, a number or a letter with a dot or a bracket ("1.", "a)", "(b)", "(iv)"), or an outline
 * number ("4.4", "2.1.3") as students number their sections' points.
 */
const LIST = /^([ \t]*(?:>[ \t]?)*[ \t]*)(?:[-*+]|\d{1,9}[.)]|[A-Za-z][.)]|\([A-Za-z0-9]{1,4}\)|\d{1,3}(?:\.\d{1,3})+\.?)([ \t]+)/;

/** A capital and a dot before a word in small letters, opening the line: an initial, or a lettered item. */
const LONE_INITIAL = /^[ \t]*[A-Z]\.[ \t]+[a-z]/;
/** A line that opens with a letter and a dot or a bracket: a lettered item. */
const LETTERED = /^[ \t]*(?:[-*+][ \t]+)?[A-Za-z][.)][ \t]/;

/** A short bracket after a label's number or letter, then the label's separator and the space after it. */
const LABEL_BRACKET = /^[ \t]*(\([^()\n]{1,60}\))[ \t]*(?::|[-\u2013\u2014](?=[ \t]))[ \t]*/;

/** The end of a sentence inside a line, before a capital: where a cue label may open the next sentence. */
const SENTENCE_BREAK = /[.!?;] +(?=[A-Z])/g;

/** Words that open a lead-in which qualifies the current scope rather than naming a new topic. */
const QUALIFIER = /^(?:under|with|without|if|when|whenever|assuming|given|in|on|for|during|after|before|by|through|via|and|or|also|plus|then|unless|while|once|otherwise|alternatively|instead|else)\b/i;
/** A lead-in that ends like `… were:` introduces the current topic's items. */
const LIST_INTRO = /\b(?:are|were|is|was|include|includes|included|including|follows|following|these|below)\s*:?$/i;

export function extractSolutions(doc: NoteDocument, options: SolutionOptions): Solution[] {
	const cues = cueMatcher(options.cues);
	// One pass over the body finds every cue; a note without one (most notes) costs nothing more.
	const offsets = cueOffsets(doc.body, cues);
	if (!offsets.length) return [];
	const cueLines = CUE_LINES.get(doc.lines.length + 2);
	const headingLines = HEADING_LINES.get(doc.lines.length + 2);
	try {
		let line = 0;
		for (const at of offsets) {
			while (line + 1 < doc.lineStarts.length && (doc.lineStarts[line + 1] as number) <= at) line++;
			cueLines[line + 1] = 1;
		}
		doc.headings.forEach((h, k) => (headingLines[h.line] = k + 1));
		return EXTRACTOR().reset(doc, cues, cueLines, headingLines).run();
	} finally {
		cueLines.fill(0, 0, doc.lines.length + 2);
		for (const h of doc.headings) headingLines[h.line] = 0;
	}
}

const EXTRACTOR = lazy(() => new Extractor());

/** 1 for each (1-based) line that holds a cue that counts. Kept between calls, zeroed again after each. */
const CUE_LINES = new KeptZeroes((size) => new Uint8Array(size));
/** For each (1-based) line, 1 + the index of its heading in `doc.headings`, else 0. Kept and zeroed again likewise. */
const HEADING_LINES = new KeptZeroes((size) => new Int32Array(size));

/**
 * The walk over a note's lines. There is one, reset for each note (one extraction runs at a time): an extractor made
 * per note left its class's hidden class alive only through V8's weak transitions, so a full garbage collection
 * between notes freed it and threw away the compiled code of the walk's methods; one kept for good keeps it.
 */
class Extractor {
	private out: Solution[] = [];
	private scope: Scope | null = null;
	/** The latest heading passed, for `problem`. */
	private heading: string | null = null;
	/** The problem of the current run of marked items, so that `Solution 2` answers what `Solution 1` answers. */
	private markerRun: { problem: string | null; lastLine: number } | null = null;
	/** The last solution and the indent under which its sub-items sit (-1: any list item right below it). */
	private last: { solution: Solution; indent: number; line: number } | null = null;
	private prevWasListish = false;
	/** The last two lines read that are not blank, for what stands right under a heading. */
	private currentLine = 0;
	private previousLine = 0;
	/** Whether the note holds a comment opener at all: without one, no text of it has a comment to strip. */
	private marks = false;
	private doc!: NoteDocument;
	private cues!: CueMatcher;
	/** 1 for each (1-based) line that holds a cue that counts. */
	private cueLines!: Uint8Array;
	/** 1 + the index of each (1-based) line's heading in `doc.headings`, else 0. */
	private headingLines!: Int32Array;

	/** Makes the walk the note's, with nothing of the last note's left. */
	reset(doc: NoteDocument, cues: CueMatcher, cueLines: Uint8Array, headingLines: Int32Array): this {
		this.out = [];
		this.scope = null;
		this.heading = null;
		this.markerRun = null;
		this.last = null;
		this.prevWasListish = false;
		this.currentLine = 0;
		this.previousLine = 0;
		this.doc = doc;
		this.cues = cues;
		this.cueLines = cueLines;
		this.headingLines = headingLines;
		this.marks = hasCommentMark(doc.raw);
		return this;
	}

	run(): Solution[] {
		const { doc, cueLines } = this;
		const count = doc.lines.length;
		for (let n = doc.bodyStartLine; n <= count; n++) {
			// Outside any scope only a line with a cue can start something: skip to it, then restore what the
			// skipped lines would have set (the heading above, the paragraph before).
			if (!this.scope && !this.last && !cueLines[n]) {
				let next = n + 1;
				while (next <= count && !cueLines[next]) next++;
				if (next > count) break;
				this.resume(next);
				n = next;
			}
			this.line(n);
		}
		return this.out;
	}

	private resume(n: number): void {
		const { doc } = this;
		// the last heading above line n, by binary search
		let above = -1;
		let lo = 0;
		let hi = doc.headings.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if ((doc.headings[mid] as { line: number }).line < n) {
				above = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		this.heading = above === -1 ? null : clean((doc.headings[above] as { text: string }).text);
		// A run of marked items is broken by prose among the skipped lines.
		const run = this.markerRun;
		if (run) {
			for (let k = run.lastLine + 1; k < n && k <= run.lastLine + 3; k++) {
				const vis = this.visible(k);
				if (!isBlank(vis) && !listItem(vis)) this.markerRun = null;
			}
		}
		this.prevWasListish = n > 1 && listItem(this.visible(n - 1)) !== null;
	}

	/** The line as body text: code and comments blanked, and the insides of links (DESIGN §3, where to look). */
	private visible(n: number): string {
		const start = this.doc.lineStarts[n - 1] ?? 0;
		return this.doc.body.slice(start, start + (this.doc.lines[n - 1] ?? "").length);
	}

	private line(n: number): void {
		const vis = this.visible(n);
		if (isBlank(vis) && !(this.doc.lines[n - 1] ?? "").includes("[[")) return;
		this.previousLine = this.currentLine;
		this.currentLine = n;
		const heading = this.headingOn(n);
		if (heading) return this.onHeading(n, heading.text);
		const item = listItem(vis);
		if (item && !this.initialOpens(n, vis)) return this.onItem(n, item);
		this.onText(n, vis);
	}

	/**
	 * Whether a capital and a dot open the line as a person's initial, not a lettered item: "L. put it as three options
	 * on the slide:". A lettered item has a sibling item with a letter on the nearest line with text before or after it
	 * ("A. Submit" then "B. Fight"); an initial stands alone, before a word in small letters.
	 */
	private initialOpens(n: number, vis: string): boolean {
		if (!LONE_INITIAL.test(vis)) return false;
		const last = this.doc.lines.length;
		for (const step of [-1, 1]) {
			// the nearest line with text, over up to two blank lines (a loose list: "A. …", a blank line, "B. …")
			let k = n + step;
			while (k >= 1 && k <= last && Math.abs(k - n) < 3 && isBlank(this.visible(k))) k += step;
			if (k >= 1 && k <= last && LETTERED.test(this.visible(k))) return false;
		}
		return true;
	}

	private onHeading(n: number, text: string): void {
		this.scope = null;
		this.last = null;
		this.markerRun = null;
		this.prevWasListish = false;
		const parent = this.heading;
		this.heading = clean(text);
		if (!this.cueLines[n]) return;
		const raw = this.doc.lines[n - 1] ?? "";
		const textCol = raw.indexOf(text);
		const marker = this.marker(text);
		if (marker && hasText(text.slice(marker.textStart), this.marks)) {
			const s = this.emit(n, textCol + marker.textStart, text.slice(marker.textStart), marker.label, parent, false);
			this.scope = { kind: "details", owner: s, base: null };
			return;
		}
		const named = namedOption(text, this.cues);
		if (named) {
			const s = this.emit(n, textCol, text.slice(0, named.nameEnd), clean(text.slice(named.labelStart)), named.problem ?? parent, false);
			this.scope = { kind: "details", owner: s, base: null };
			return;
		}
		this.scope = { kind: "list", lead: this.heading, problem: this.heading, count: 0, base: null, parentIndent: -1, endsAtProse: false, headingLine: n, ordered: null };
	}

	private onItem(n: number, item: ListItem): void {
		this.prevWasListish = true;
		const scope = this.scope;
		if (scope?.kind === "list" && item.indent <= scope.parentIndent) this.scope = null;
		const hasCue = this.cueLines[n] === 1;
		// The common case: an item with no cue, outside any scope, under no solution. Nothing to do.
		if (!hasCue && !this.scope && !this.last) return;

		const raw = this.doc.lines[n - 1] ?? "";
		const content = raw.slice(item.contentCol);
		const marker = hasCue ? this.marker(content) : null;
		if (marker && hasText(content.slice(marker.textStart), this.marks)) {
			const problem = this.scope?.kind === "list" ? this.scope.problem : this.runProblem(n);
			const s = this.emitLabelled(n, item.contentCol, content, marker, problem);
			this.last = { solution: s, indent: item.indent, line: n };
			return;
		}

		// an item less indented than the list's items ends the list: "V. In power" after the options under "IV."
		if (this.scope?.kind === "list" && this.scope.base !== null && item.indent < this.scope.base) this.scope = null;
		// and a lead-in's list ends where bullets follow its numbers, or numbers its bullets: a new list (CommonMark)
		else if (this.scope?.kind === "list" && this.scope.endsAtProse && this.scope.base === item.indent && this.scope.ordered !== null && this.scope.ordered !== item.ordered) this.scope = null;
		const current = this.scope;
		if (current) {
			if (current.base === null || item.indent < current.base) {
				current.base = item.indent;
				if (current.kind === "list") current.ordered = item.ordered;
			}
			if (item.indent === current.base) {
				if (current.kind === "details") {
					current.owner.subItems.push(content.trim());
					return;
				}
				if (!hasText(content, this.marks)) return;
				current.count++;
				const s = this.emit(n, item.contentCol, content, `${current.lead} #${current.count}`, current.problem, true);
				this.last = { solution: s, indent: item.indent, line: n };
				return;
			}
			if (current.kind === "list" && this.last && item.indent > this.last.indent) this.last.solution.subItems.push(content.trim());
			return;
		}

		if (this.last && (item.indent > this.last.indent || (this.last.indent === -1 && n === this.last.line + 1))) {
			this.last.solution.subItems.push(content.trim());
			this.last.line = n;
			return;
		}
		this.last = null;

		// An item can itself be the lead-in of the deeper items under it: `- Options for Britain:`.
		const text = content.trim();
		if (hasCue && isShortLead(text) && this.nextItemIndent(n) > item.indent) {
			const lead = clean(text);
			this.scope = { kind: "list", lead, problem: lead, count: 0, base: null, parentIndent: item.indent, endsAtProse: true, ordered: null };
		}
	}

	private onText(n: number, vis: string): void {
		if (this.prevWasListish && (vis.charCodeAt(0) === 32 || vis.charCodeAt(0) === 9)) return; // an item's continuation line
		this.prevWasListish = false;
		const hasCue = this.cueLines[n] === 1;
		const scope = this.scope;
		if (hasCue) {
			const raw = this.doc.lines[n - 1] ?? "";
			const text = raw.trim();
			const marker = this.marker(text);
			if (marker && hasText(text.slice(marker.textStart), this.marks)) {
				if (scope?.kind !== "list" || scope.endsAtProse) this.scope = null;
				const s = this.emitLabelled(n, leadingSpace(raw), text, marker, this.runProblem(n));
				this.last = { solution: s, indent: -1, line: n };
				return;
			}
		}
		this.last = null;
		this.markerRun = null;
		if (!hasCue && !scope) return;

		const text = (this.doc.lines[n - 1] ?? "").trim();
		if (isShortLead(text) && this.nextItemIndent(n) >= 0) {
			const lead = clean(text);
			if (hasCue) {
				const problem = this.paragraphBefore(n, false) ?? this.heading ?? lead;
				this.scope = { kind: "list", lead, problem, count: 0, base: null, parentIndent: -1, endsAtProse: true, ordered: null };
			}
			// right under a heading with a cue, a lead-in introduces that heading's list ("### How to make Italians?"
			// then "D'Azeglio's quip set the agenda:"), as does one that qualifies it
			else if (scope?.kind === "list" && !scope.endsAtProse && (this.rightUnder(scope.headingLine) || QUALIFIER.test(lead) || LIST_INTRO.test(lead))) scope.base = null;
			else this.scope = null;
			return;
		}
		// Prose ends a lead-in's list; a heading's scope runs on through it.
		if (scope?.kind === "list" && scope.endsAtProse) this.scope = null;
		else if (scope) scope.base = null;
	}

	/** The heading on a (1-based) line, if it is one. */
	private headingOn(n: number): Heading | undefined {
		const k = this.headingLines[n] ?? 0;
		return k === 0 ? undefined : this.doc.headings[k - 1];
	}

	/** Whether the line being read comes right under a heading's line (blank lines between). */
	private rightUnder(headingLine: number | undefined): boolean {
		return headingLine !== undefined && this.previousLine === headingLine;
	}

	/** What a marked item answers: the paragraph before its run of marked items, else the heading above. */
	private runProblem(n: number): string | null {
		if (this.markerRun && n - this.markerRun.lastLine <= 3) {
			this.markerRun.lastLine = n;
			return this.markerRun.problem;
		}
		const problem = this.paragraphBefore(n, true) ?? this.heading;
		this.markerRun = { problem, lastLine: n };
		return problem;
	}

	/**
	 * The paragraph above line n (its last three lines), across blank lines and, when `overItems`, list items; null
	 * when a heading comes first. A bounded walk: at most 40 lines back.
	 */
	private paragraphBefore(n: number, overItems: boolean): string | null {
		let start = 0;
		let end = 0;
		for (let k = n - 1, steps = 0; k >= this.doc.bodyStartLine && steps < 40; k--, steps++) {
			if (this.headingOn(k)) break;
			const vis = this.visible(k);
			const item = listItem(vis) !== null;
			if ((isBlank(vis) && !(this.doc.lines[k - 1] ?? "").includes("[[")) || item) {
				if (end !== 0 || (item && !overItems)) break;
				continue;
			}
			if (end === 0) end = k;
			start = k;
			if (end - k >= 2) break;
		}
		if (end === 0) return null;
		let lines = lineContext(this.doc, start);
		for (let k = start + 1; k <= end; k++) lines += " / " + lineContext(this.doc, k);
		return lines;
	}

	/**
	 * `Solution number 1:` at the start of a text, or a cue and a colon opening a later sentence of it ("Cabinet
	 * split. Strategy: strike first"): its label and where the option's own text starts.
	 */
	private marker(text: string): { label: string; textStart: number } | null {
		const re = this.cues.marker;
		const m = re ? re.exec(text) : null;
		if (!m) return this.ownedMarker(text) ?? this.laterMarker(text);
		return this.cueLabel(text, m) ?? this.laterMarker(text);
	}

	/**
	 * The labelled option of a text that starts at column `col` of line n, and each numbered option of the same cue
	 * after it on the line ("Option A - appease; Option B - rearm"); returns the last.
	 */
	private emitLabelled(n: number, col: number, text: string, marker: { label: string; textStart: number }, problem: string | null): Solution {
		let current = marker;
		let from = 0;
		for (;;) {
			const next = this.siblingMarker(text, from + current.textStart, current.label);
			const s = this.emit(n, col + from + current.textStart, text.slice(from + current.textStart, next ? next.sep : text.length), current.label, problem, true);
			if (!next) return s;
			from = next.at;
			current = next.marker;
		}
	}

	/**
	 * After a numbered option's text, the next option of the same cue on its line, after a comma, semicolon or full
	 * stop: "Option A - appease; Option B - rearm". Where the first option's text ends (`sep`), where the next one's
	 * label starts (`at`) and its marker; null when none follows.
	 */
	private siblingMarker(text: string, from: number, label: string): { sep: number; at: number; marker: { label: string; textStart: number } } | null {
		const re = this.cues.marker;
		const cue = numberedCue(label);
		if (!re || cue === null) return null;
		for (let p = from; p < text.length; p++) {
			const c = text.charCodeAt(p);
			if (c !== 59 && c !== 44 && c !== 46) continue;
			let at = p + 1;
			while (at < text.length && isSpace(text.charCodeAt(at))) at++;
			if (at === p + 1) continue;
			const rest = text.slice(at);
			const m = re.exec(rest);
			if (!m || m[4] === undefined || numberedCue(m[1] as string) !== cue) continue;
			const marker = this.cueLabel(rest, m);
			if (marker && hasText(rest.slice(marker.textStart), this.marks)) return { sep: p, at, marker };
		}
		return null;
	}

	/** A cue label with its colon opening a later sentence of the text, or null. */
	private laterMarker(text: string): { label: string; textStart: number } | null {
		const re = this.cues.marker;
		if (!re) return null;
		for (const b of text.matchAll(SENTENCE_BREAK)) {
			const at = (b.index ?? 0) + b[0].length;
			const rest = text.slice(at);
			const m = re.exec(rest);
			const later = m?.[4]?.trimStart().startsWith(":") ? this.cueLabel(rest, m) : null;
			if (later) return { label: later.label, textStart: at + later.textStart };
		}
		return null;
	}

	/** The label a cue marker matched at the start of a text, and where the option's own text starts. */
	private cueLabel(text: string, m: RegExpExecArray): { label: string; textStart: number } | null {
		// A short bracket between the label and its separator belongs to the label: "Option A (K. Archidamus II): do
		// not go to war yet", "Solution 2 (the British view) - withdraw".
		if (m[4] === undefined && m[2] !== undefined) {
			const bracket = LABEL_BRACKET.exec(text.slice(m[0].length));
			if (bracket) return { label: `${m[1] as string} ${bracket[1] as string}`, textStart: m[0].length + bracket[0].length };
		}
		// Without a separator only a number marks the item ("Solution 2 Withdraw"), never a letter or a word.
		if (m[4] === undefined && !(m[2] !== undefined && /^\d+$/.test(m[2]) && (m[3] as string).length > 0)) return null;
		let textStart = m[0].length;
		while (textStart < text.length && isSpace(text.charCodeAt(textStart))) textStart++;
		// and not when label and text are both in small letters, or a participle follows: "option 4 chosen" and
		// "Solution 2 adopted" refer back to an option
		if (m[4] === undefined && isLowerCode(text.charCodeAt(textStart)) && (isLowerCode((m[1] as string).charCodeAt(0)) || PARTICIPLE.test(text.slice(textStart, textStart + 32)))) return null;
		return { label: m[1] as string, textStart };
	}

	/** "Richelieu's alternative: pay the Swedes": a label of a few words ending in a cue, then a colon and the text. */
	private ownedMarker(text: string): { label: string; textStart: number } | null {
		const m = this.cues.ownedMarker?.exec(text);
		if (!m || !hasText(text.slice(m[0].length), this.marks)) return null;
		return { label: m[1] as string, textStart: m[0].length };
	}

	/** Indent of the list item that follows line n (at most one blank line between), or -1. */
	private nextItemIndent(n: number): number {
		for (let k = n + 1, blanks = 0; k <= this.doc.lines.length && blanks <= 1; k++) {
			const vis = this.visible(k);
			if (vis.trim() === "") {
				blanks++;
				continue;
			}
			if (this.headingOn(k)) return -1;
			return listItem(vis)?.indent ?? -1;
		}
		return -1;
	}

	private emit(n: number, col: number, text: string, label: string, problem: string | null, trim: boolean): Solution {
		const doc = this.doc;
		const body = stripTrailingMarks(text, this.marks);
		const clause = trim ? actionClause(body) : { start: 0, end: body.trimEnd().length };
		const lead = body.length - body.trimStart().length;
		const start = Math.max(clause.start, lead);
		const offset = (doc.lineStarts[n - 1] ?? 0) + col + start;
		const solution: Solution = {
			label: label.trim(),
			text: body.slice(start, clause.end),
			offset,
			length: clause.end - start,
			line: n,
			col: col + start,
			context: lineContext(doc, n),
			problem,
			subItems: [],
		};
		this.out.push(solution);
		return solution;
	}
}

function listItem(vis: string): ListItem | null {
	// A line that opens with a letter is an item only as "a." or "b)": most prose is rejected without LIST.
	if (isAsciiLetter(vis.charCodeAt(0)) && vis.charCodeAt(1) !== 46 && vis.charCodeAt(1) !== 41) return null;
	const m = LIST.exec(vis);
	if (!m) return null;
	const prefix = m[1] as string;
	let indent = 0;
	for (const c of prefix) indent += c === "\t" ? 4 : c === ">" ? 0 : 1;
	const c = vis.charCodeAt(prefix.length);
	return { indent, contentCol: m[0].length, ordered: c !== 45 && c !== 42 && c !== 43 };
}

function isAsciiLetter(c: number): boolean {
	return (c | 32) >= 97 && (c | 32) <= 122;
}

/** Where `text.trim()` starts in `text` (what `text.indexOf(text.trim())` finds, without a string search). */
function leadingSpace(text: string): number {
	let i = 0;
	while (i < text.length && isSpace(text.charCodeAt(i))) i++;
	return i;
}

function isBlank(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 13) return false;
	}
	return true;
}

/** Short enough to be a lead-in: ends with a colon, is bold alone, or is a few words without a full stop. */
function isShortLead(text: string): boolean {
	const t = text.trim();
	if (!t || t.length > 200) return false;
	if (/^(?:\*\*|__)[^*_]+(?:\*\*|__):?$/.test(t)) return true;
	if (t.endsWith(":")) return wordCount(t) <= 30;
	return wordCount(t) <= 10 && !/[.!?;]$/.test(t);
}

function wordCount(text: string): number {
	let n = 0;
	for (let i = 0, inWord = false; i < text.length; i++) {
		const space = text.charCodeAt(i) <= 32;
		if (!space && !inWord) n++;
		inWord = !space;
	}
	return n;
}

/**
 * The first word of a label of two words or more, in lower case: the cue of a numbered label ("option" of "Option A",
 * "solution" of "Solution number 2"); null for a bare cue ("Strategy"). The labels come from the marker's group, which
 * leaves the emphasis marks out. An owned label's first word ("richelieu's") is no cue, so no sibling matches it.
 */
function numberedCue(label: string): string | null {
	const s = label.trim();
	const space = s.search(/\s/);
	return space > 0 ? s.slice(0, space).toLowerCase() : null;
}

/** A heading or lead-in as a label: no emphasis marks, no trailing colon. */
function clean(text: string): string {
	// the emphasis passes only when the text has a mark to drop
	const plain = text.includes("*") || text.includes("_") ? text.replace(/(\*\*|__)(.*?)\1/g, "$2").replace(/^[*_]+|[*_]+$/g, "") : text;
	// what `.replace(/[\s:]+$/, "")` drops, by code
	let end = plain.length;
	while (end > 0 && (isSpace(plain.charCodeAt(end - 1)) || plain.charCodeAt(end - 1) === 58)) end--;
	return plain.slice(0, end).trim();
}

/**
 * Whether an option's text says anything: a letter or a digit once a trailing comment is dropped ("Solution 1:
 * <!-- todo -->" and "Solution 1: ..." do not).
 */
function hasText(text: string, marks: boolean): boolean {
	if (!marks || !hasCommentMark(text)) {
		// Only trailing space would go: an ASCII letter or digit anywhere answers at once.
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
		}
		return LETTER_OR_DIGIT().test(text);
	}
	return LETTER_OR_DIGIT().test(stripTrailingMarks(text, marks));
}

/** An article and up to two words before a cue: "the second option". */
const ARTICLE_RUN = lazy(() => new RegExp(String.raw`^(?:an?|the|one|another)\s+(?:[\p{L}-]+\s+){0,2}?`, "iu"));

/** Whether a text holds the opener of a comment, which stripTrailingMarks drops with what follows. */
function hasCommentMark(text: string): boolean {
	return text.includes("%%") || text.includes("<!--");
}

/** Drops a trailing comment and closing emphasis left over at the end of an item. */
function stripTrailingMarks(text: string, marks: boolean): string {
	// Without a comment opener only the trailing space goes (`\s` and trimEnd() drop the same characters).
	if (!marks || !hasCommentMark(text)) return text.trimEnd();
	return text.replace(/\s*(?:%%.*|<!--.*)$/, "").replace(/\s+$/, "");
}

/**
 * `Revolutionary Socialism: An Alternative to Capitalism`, `Rearmament as a solution`: the heading names one
 * option. Returns where the name ends, where the label (the cue phrase) starts, and what it answers if it says so.
 */
function namedOption(text: string, cues: CueMatcher): { nameEnd: number; labelStart: number; problem: string | null } | null {
	let split = -1;
	let after = -1;
	const colon = /\s*(?::|\s[-\u2013\u2014])\s+/.exec(text);
	if (colon) {
		split = colon.index;
		after = colon.index + colon[0].length;
	} else {
		const as = /\s+as\s+(?=(?:an?|the|one|another)\s)/i.exec(text);
		if (as) {
			split = as.index;
			after = as.index + as[0].length;
		}
	}
	if (split <= 0) return null;
	const right = text.slice(after);
	const m = ARTICLE_RUN().exec(right);
	if (!m) return null;
	const cueAt = firstCue(right, cues);
	if (cueAt !== m[0].length) return null;
	const target = /\b(?:to|for|against)\s+(.+)$/i.exec(right.slice(cueAt));
	return { nameEnd: split, labelStart: after, problem: target ? clean(target[1] as string) : null };
}

/**
 * A participle that says what became of an option named before, maybe after an auxiliary: "adopted", "chosen",
 * "rejected", "taken", "was tried", "had failed" (not "was to wait", which says what the option is).
 */
const PARTICIPLE = /^(?:(?:was|were|is|are|has|had|have|been)\s+)?(?:[a-z]+ed|chosen|taken|given|won|lost|kept|done|dropped)\b/;

/** An ASCII small letter (NaN, past the end, is none). */
function isLowerCode(c: number): boolean {
	return c >= 97 && c <= 122;
}
