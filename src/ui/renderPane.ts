/**
 * Builds the pane's DOM from a lecture model. Note text always goes in through `text`/`setText`, never as HTML.
 * The whole tree is built detached; the caller patches the live pane to it in one step (src/ui/patch.ts), so
 * clicks are given with `onClick`, parts that may come and go are `keyed`, and the rows (dates, actors, solutions)
 * go through the view's `RowMemo` with a signature of all they show and act on.
 */
import { setIcon } from "obsidian";
import { compareDates, formatDate, groupTimeline } from "../core/dates";
import type { LectureReading } from "../core/lecture";
import { clipAtWord } from "../core/timeline";
import type { CitingLecture } from "../core/readings/citing";
import type { ReadingReport, ReadingSolution } from "../core/readings/crossref";
import type { Actor, ActorKind, DateMention, Solution } from "../core/types";
import type { LectureModel } from "../obsidian/vaultContext";
import { keyed, onClick, type RowMemo } from "./patch";

export type SectionId = "citedBy" | "timeline" | "actors" | "solutions" | "readings";

export interface PaneState {
	filter: string;
	collapsed: Set<SectionId>;
	expandedActors: Set<string>;
	/** Reading passages opened from their chips, keyed by reading, kind and actor or solution. */
	expandedPassages: Set<string>;
	/** Long sections the user asked to see whole. */
	showAll: Set<SectionId>;
	/** Rows of chips under a reading the user asked to see whole, keyed by reading and row. */
	expandedChips: Set<string>;
	selectedActor: string | null;
}

export interface PaneHandlers {
	openLine(path: string, line: number, col?: number): void;
	openNote(path: string): void;
	createReading(reading: LectureReading): void;
	actorMenu(actor: Actor, evt: MouseEvent): void;
	toggleSection(id: SectionId): void;
	toggleActor(id: string): void;
	togglePassages(key: string): void;
	showAll(id: SectionId): void;
	showAllChips(key: string): void;
	selectActor(id: string | null): void;
}

const KIND_LABELS: Record<ActorKind, string> = {
	state: "States",
	person: "Persons",
	people: "Peoples",
	organisation: "Organisations",
	group: "Groups",
};
const KIND_ORDER: ActorKind[] = ["state", "person", "people", "organisation", "group"];

function matches(filter: string, ...texts: (string | null | undefined)[]): boolean {
	if (!filter) return true;
	const f = filter.toLowerCase();
	return texts.some((t) => t?.toLowerCase().includes(f));
}

function section(parent: HTMLElement, id: SectionId, title: string, count: number, state: PaneState, h: PaneHandlers, rows: RowMemo): HTMLElement {
	const collapsed = state.collapsed.has(id);
	const el = keyed(parent.createDiv({ cls: ["lecture-atlas-section", `lecture-atlas-section-${id}`] }), id);
	el.toggleClass("is-collapsed", collapsed);
	// the header is a row of its own: built again only when its count or state changes (its icon is an SVG)
	rows.row(el, `section\u0000${id}`, sig(title, count, collapsed), (p) => sectionHeader(p, id, title, count, collapsed, h));
	return el.createDiv({ cls: "lecture-atlas-section-body" });
}

function sectionHeader(parent: HTMLElement, id: SectionId, title: string, count: number, collapsed: boolean, h: PaneHandlers): HTMLElement {
	const header = parent.createEl("button", { cls: "lecture-atlas-section-header", attr: { "aria-expanded": String(!collapsed) } });
	const icon = header.createSpan({ cls: "lecture-atlas-collapse-icon" });
	setIcon(icon, collapsed ? "chevron-right" : "chevron-down");
	header.createSpan({ cls: "lecture-atlas-section-title", text: title });
	header.createSpan({ cls: "lecture-atlas-count", text: String(count) });
	onClick(header, () => h.toggleSection(id));
	return header;
}

/** A note line as the pane shows it: without its list marker, heading hashes or quote marks. */
function displayLine(text: string): string {
	return text.replace(/^\s*(?:>\s*)*(?:#{1,6}\s+|(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)?/, "").trim();
}

function empty(parent: HTMLElement, text: string): void {
	parent.createDiv({ cls: "lecture-atlas-empty", text });
}

/** Lines on which the selected actor is mentioned, to highlight the timeline rows it takes part in. */
function actorLines(model: LectureModel, id: string | null): Set<number> {
	const actor = id ? model.analysis.actors.find((a) => a.id === id) : undefined;
	return new Set(actor?.mentions.map((m) => m.line) ?? []);
}

/** Rows a long section shows before a "Show all" button, so that a refresh stays within a frame. */
export const ROW_LIMIT = 80;

/** Chips a row under a reading shows before a "+N more" chip: a reading of a long lecture can match hundreds. */
export const CHIP_LIMIT = 24;

/** The chips of a row to draw now: all when the user asked for them, else the first CHIP_LIMIT. */
function chipsShown<T>(items: readonly T[], key: string, state: PaneState): readonly T[] {
	return items.length > CHIP_LIMIT && !state.expandedChips.has(key) ? items.slice(0, CHIP_LIMIT) : items;
}

/** The "+N more" chip after a row cut to CHIP_LIMIT. */
function moreChip(parent: HTMLElement, total: number, shown: number, key: string, noun: string, h: PaneHandlers): void {
	if (shown >= total) return;
	const more = parent.createEl("button", { cls: "lecture-atlas-more-chip", text: `+${total - shown} more`, attr: { "aria-label": `Show all ${total} ${noun}` } });
	onClick(more, () => h.showAllChips(key));
}

function showAllButton(body: HTMLElement, id: SectionId, shown: number, total: number, noun: string, h: PaneHandlers): void {
	if (shown >= total) return;
	const button = body.createEl("button", { cls: "lecture-atlas-show-all", text: `Show all ${total} ${noun} (${total - shown} more)` });
	onClick(button, () => h.showAll(id));
}

/** Joins the parts of a row's signature. */
function sig(...parts: (string | number | boolean | null | undefined)[]): string {
	return parts.join("\u0001");
}

/**
 * A date's label, made once per date however often a render shows it (the timeline's filter, row and signature,
 * and each reading card's chips and signature).
 */
const labels = new WeakMap<DateMention, string>();
function dateLabel(d: DateMention): string {
	let label = labels.get(d);
	if (label === undefined) labels.set(d, (label = formatDate(d)));
	return label;
}

/**
 * A number for each list of passages, the same while it is the same object. The core hands out a reading's
 * passages unchanged while the reading is (a reading's analysis is kept, and its passages with it: see
 * src/core/readings/crossref.ts), so a card's signature names them by these numbers instead of spelling out every
 * line of text they hold. A passage is never changed once made.
 */
const passageIds = new WeakMap<object, number>();
let nextPassageId = 0;
function passageId(x: object): number {
	let id = passageIds.get(x);
	if (id === undefined) passageIds.set(x, (id = ++nextPassageId));
	return id;
}

function renderTimeline(body: HTMLElement, model: LectureModel, state: PaneState, h: PaneHandlers, rows: RowMemo): void {
	// (no filter, no label made for every date: the rows shown make their own)
	const all = state.filter ? model.analysis.dates.filter((d) => matches(state.filter, d.text, d.context, dateLabel(d))) : model.analysis.dates;
	if (!model.analysis.dates.length) return empty(body, "No dates found in this note.");
	if (!all.length) return empty(body, "No dates match the filter.");
	const sorted = [...all].sort(compareDates);
	const dates = state.showAll.has("timeline") ? sorted : sorted.slice(0, ROW_LIMIT);
	const highlighted = actorLines(model, state.selectedActor);
	const groups = groupTimeline(dates);
	for (const group of groups) {
		if (groups.length > 1) keyed(body.createDiv({ cls: "lecture-atlas-group-label", text: group.label }), `label\u0000${group.label}`);
		const list = keyed(body.createEl("ul", { cls: "lecture-atlas-timeline" }), group.label);
		for (const d of group.dates) {
			const lit = highlighted.has(d.line);
			rows.row(list, `${d.text}\u0000${d.context}`, sig(dateLabel(d), d.qualifier, d.line, d.col, d.context, lit), (parent) => renderDate(parent, d, lit));
		}
	}
	showAllButton(body, "timeline", dates.length, sorted.length, "dates", h);
	// One action for every row: a row carries its line and column.
	onClick(body, (e) => {
		const row = (e.target as Element | null)?.closest?.<HTMLElement>(".lecture-atlas-date");
		if (row) h.openLine(model.file.path, Number(row.dataset.line), Number(row.dataset.col));
	});
}

function renderDate(list: HTMLElement, d: DateMention, highlighted: boolean): HTMLElement {
	const row = list.createEl("li", { cls: "lecture-atlas-row lecture-atlas-date", attr: { "data-line": d.line, "data-col": d.col, tabindex: 0, "aria-label": `Line ${d.line}: ${d.context}` } });
	if (highlighted) row.addClass("is-highlighted");
	const label = row.createSpan({ cls: "lecture-atlas-date-label", text: dateLabel(d) });
	if (d.qualifier) label.createSpan({ cls: "lecture-atlas-qualifier", text: d.qualifier === "circa" ? "approx." : d.qualifier, attr: { "aria-hidden": "true" } });
	row.createSpan({ cls: "lecture-atlas-context", text: displayLine(d.context) });
	return row;
}

function readingsMentioning(model: LectureModel, actorId: string): LectureReading[] {
	return model.readings.filter((r) => r.report.actors.some((a) => a.id === actorId && a.passages.length > 0));
}

function renderActors(body: HTMLElement, model: LectureModel, state: PaneState, h: PaneHandlers, rows: RowMemo): void {
	const actors = model.analysis.actors.filter((a) => matches(state.filter, a.name) || a.mentions.some((m) => matches(state.filter, m.text)));
	if (!model.analysis.actors.length) return empty(body, "No actors found in this note.");
	if (!actors.length) return empty(body, "No actors match the filter.");
	let budget = state.showAll.has("actors") ? Infinity : ROW_LIMIT;
	for (const kind of KIND_ORDER) {
		const ofKind = actors.filter((a) => a.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
		if (!ofKind.length || budget <= 0) continue;
		keyed(body.createDiv({ cls: "lecture-atlas-group-label", text: `${KIND_LABELS[kind]} (${ofKind.length})` }), `label\u0000${kind}`);
		const list = keyed(body.createEl("ul", { cls: "lecture-atlas-actors" }), kind);
		for (const actor of ofKind.slice(0, budget)) {
			const readings = readingsMentioning(model, actor.id);
			const expanded = state.expandedActors.has(actor.id);
			const mentions = actor.mentions.map((m) => (expanded ? sig(m.text, m.line, m.col, model.analysis.doc.lines[m.line - 1]) : m.text));
			const shown = sig(actor.name, actor.kind, actor.note, state.selectedActor === actor.id, expanded, badgeSig(model, readings), mentions.join("\u0002"));
			rows.row(list, actor.id, shown, (parent) => renderActor(parent, model, actor, readings, state, h));
		}
		budget -= ofKind.length;
	}
	showAllButton(body, "actors", Math.min(actors.length, state.showAll.has("actors") ? actors.length : ROW_LIMIT), actors.length, "actors", h);
}

function renderActor(list: HTMLElement, model: LectureModel, actor: Actor, readings: LectureReading[], state: PaneState, h: PaneHandlers): HTMLElement {
	const item = list.createEl("li", { cls: "lecture-atlas-actor", attr: { "data-actor": actor.id } });
	item.toggleClass("is-selected", state.selectedActor === actor.id);
	const row = item.createDiv({ cls: "lecture-atlas-row" });
	const expanded = state.expandedActors.has(actor.id);
	const toggle = row.createEl("button", { cls: "lecture-atlas-icon-button", attr: { "aria-label": expanded ? "Hide mentions" : "Show mentions" } });
	setIcon(toggle, expanded ? "chevron-down" : "chevron-right");
	onClick(toggle, () => h.toggleActor(actor.id));
	const name = row.createSpan({ cls: "lecture-atlas-actor-name", text: actor.name, attr: { title: actor.name } });
	if (actor.note) {
		const note = actor.note;
		name.addClass("is-linked");
		name.setAttr("aria-label", `Open ${note}`);
		onClick(name, () => h.openNote(note));
	}
	const forms = [...new Set(actor.mentions.map((m) => m.text))].filter((t) => t !== actor.name);
	if (forms.length) row.createSpan({ cls: "lecture-atlas-forms", text: forms.join(", ") });
	row.createSpan({ cls: "lecture-atlas-count", text: String(actor.mentions.length) });
	readingBadges(row, model, readings);
	const more = row.createEl("button", { cls: "lecture-atlas-icon-button", attr: { "aria-label": "Actor actions" } });
	setIcon(more, "more-horizontal");
	onClick(more, (e) => {
		if (e.type === "click") h.actorMenu(actor, e as MouseEvent);
	});
	onClick(row, () => h.selectActor(state.selectedActor === actor.id ? null : actor.id));
	if (expanded) {
		const mentions = item.createEl("ul", { cls: "lecture-atlas-mentions" });
		for (const m of actor.mentions) {
			const li = mentions.createEl("li", { cls: "lecture-atlas-row lecture-atlas-mention" });
			li.createSpan({ cls: "lecture-atlas-line-number", text: `${m.line}` });
			li.createSpan({ cls: "lecture-atlas-context", text: displayLine(model.analysis.doc.lines[m.line - 1] ?? m.text) });
			onClick(li, () => h.openLine(model.file.path, m.line, m.col));
		}
	}
	return item;
}

/** What a row's reading badges show, for its signature. */
function badgeSig(model: LectureModel, readings: LectureReading[]): string {
	return readings.map((r) => `R${model.readings.indexOf(r) + 1} ${r.label}`).join("\u0002");
}

/** Readings are numbered R1, R2… in the Readings section; rows elsewhere point to them by number. */
function readingBadges(parent: HTMLElement, model: LectureModel, readings: LectureReading[]): void {
	for (const r of readings) {
		const n = model.readings.indexOf(r) + 1;
		parent.createSpan({ cls: "lecture-atlas-badge", text: `R${n}`, attr: { "aria-label": `Discussed in ${r.label}`, title: `Discussed in ${r.label}` } });
	}
}

function renderSolutions(body: HTMLElement, model: LectureModel, state: PaneState, h: PaneHandlers, rows: RowMemo): void {
	const all = model.analysis.solutions;
	const solutions = all.filter((s) => matches(state.filter, s.label, s.text, s.problem));
	if (!all.length) return empty(body, "No solutions found in this note.");
	if (!solutions.length) return empty(body, "No solutions match the filter.");
	const list = body.createEl("ol", { cls: "lecture-atlas-solutions" });
	let lastProblem: string | null = null;
	for (const s of solutions) {
		const showProblem = s.problem !== lastProblem;
		const backing = model.readings.filter((r) => r.report.solutions.some((x) => x.label === s.label && x.passages.length > 0));
		const shown = sig(s.label, s.text, showProblem && s.problem, s.line, s.col, s.subItems.join("\u0002"), badgeSig(model, backing));
		rows.row(list, `${s.label}\u0000${s.text}`, shown, (parent) => renderSolution(parent, model, s, showProblem, backing, h));
		lastProblem = s.problem;
	}
}

function renderSolution(list: HTMLElement, model: LectureModel, s: Solution, showProblem: boolean, backing: LectureReading[], h: PaneHandlers): HTMLElement {
	const li = list.createEl("li", { cls: "lecture-atlas-solution" });
	if (showProblem && s.problem) li.createDiv({ cls: "lecture-atlas-problem", text: `Answers: ${s.problem}` });
	const row = li.createDiv({ cls: "lecture-atlas-row" });
	row.createSpan({ cls: "lecture-atlas-solution-label", text: s.label });
	row.createSpan({ cls: "lecture-atlas-solution-text", text: s.text });
	onClick(row, () => h.openLine(model.file.path, s.line, s.col));
	if (s.subItems.length) {
		const sub = li.createEl("ul", { cls: "lecture-atlas-subitems" });
		for (const item of s.subItems) sub.createEl("li", { text: item });
	}
	if (backing.length) readingBadges(row, model, backing);
	return li;
}

function periodText(p: { start: number; end: number } | null): string | null {
	if (!p) return null;
	const y = (n: number): string => (n < 0 ? `${-n} BC` : String(n));
	return p.start === p.end ? y(p.start) : `${y(p.start)}–${y(p.end)}`;
}

/**
 * What a reading's card shows, for its signature: its head, its dates, actors and solutions with their passages,
 * and which of its chips and passages the user opened (keys starting with `prefix`).
 */
function cardSig(head: unknown[], report: ReadingReport, prefix: string, state: PaneState): string {
	const opened = (keys: Set<string>): string[] => [...keys].filter((k) => k.startsWith(prefix));
	return JSON.stringify([
		head,
		periodText(report.period),
		report.datesInPeriod.map((d) => [dateLabel(d), d.line, d.col]),
		report.actors.map((a) => [a.id, a.name, passageId(a.passages)]),
		report.solutions.map((x) => [x.label, x.text, x.line, x.passages.map(passageId)]),
		opened(state.expandedPassages),
		opened(state.expandedChips),
	]);
}

function renderReadings(body: HTMLElement, model: LectureModel, state: PaneState, h: PaneHandlers, rows: RowMemo): void {
	const readings = model.readings.filter((r) => matches(state.filter, r.label, r.link.target));
	if (!model.readings.length) return empty(body, "No readings linked from this note. Add links under a heading such as \"Readings\".");
	if (!readings.length) return empty(body, "No readings match the filter.");
	for (const r of readings) {
		const selected = state.selectedActor;
		const lit = selected !== null && r.report.actors.some((a) => a.id === selected && a.passages.length > 0);
		const head = [model.readings.indexOf(r), r.state, r.label, r.selfLink, r.report.path, lit];
		rows.row(body, `reading\u0000${r.link.target}`, cardSig(head, r.report, `${r.link.target}\u0000`, state), (parent) => renderReading(parent, model, r, lit, state, h));
	}
}

function renderReading(parent: HTMLElement, model: LectureModel, r: LectureReading, highlighted: boolean, state: PaneState, h: PaneHandlers): HTMLElement {
	const card = parent.createDiv({ cls: ["lecture-atlas-reading", `is-${r.state}`] });
	card.toggleClass("is-highlighted", highlighted);
	const head = card.createDiv({ cls: "lecture-atlas-reading-head" });
	head.createSpan({ cls: "lecture-atlas-badge", text: `R${model.readings.indexOf(r) + 1}` });
	const title = head.createSpan({ cls: "lecture-atlas-reading-title", text: r.label });
	const resolved = r.report.path;
	if (resolved && r.state === "resolved") {
		title.addClass("is-linked");
		onClick(title, () => h.openNote(resolved));
	}
	const period = periodText(r.report.period);
	if (period) head.createSpan({ cls: "lecture-atlas-period", text: period, attr: { "aria-label": "Period the reading covers" } });
	if (r.state === "missing") {
		const line = card.createDiv({ cls: "lecture-atlas-missing" });
		line.createSpan({ text: r.selfLink ? "No note for this reading yet: the link leads back to this lecture." : "No note for this reading yet." });
		const button = line.createEl("button", { cls: "mod-cta", text: "Create note" });
		onClick(button, () => h.createReading(r));
	} else if (r.state === "unreadable") {
		card.createDiv({ cls: "lecture-atlas-missing", text: "The reading note could not be read." });
	}
	if (r.report.period) {
		const inPeriod = r.report.datesInPeriod;
		const dl = card.createDiv({ cls: "lecture-atlas-reading-dates" });
		dl.createSpan({ cls: "lecture-atlas-subtle", text: inPeriod.length ? "Lecture dates in this period: " : "No lecture dates fall in this period." });
		dateChips(dl, inPeriod, model.file.path, `${r.link.target}\u0000dates`, state, h);
	}
	const path = r.report.path;
	if (!path || r.state !== "resolved") return card;
	const actors = r.report.actors.filter((a) => a.passages.length > 0);
	const solutions = r.report.solutions.filter((s) => s.passages.length > 0);
	if (!actors.length && !solutions.length) {
		card.createDiv({ cls: "lecture-atlas-subtle", text: "The reading note mentions none of this lecture's actors or solutions yet." });
		return card;
	}
	const key = (kind: string, id: string): string => `${r.link.target}\u0000${kind}\u0000${id}`;
	if (actors.length) {
		const block = card.createDiv({ cls: "lecture-atlas-reading-block" });
		block.createDiv({ cls: "lecture-atlas-subtle", text: `Actors discussed (${actors.length})` });
		passageChips(block, key("actors", ""), actors.map((a) => ({ key: key("actor", a.id), label: a.name, passages: a.passages })), path, state, h);
	}
	if (solutions.length) {
		const block = card.createDiv({ cls: "lecture-atlas-reading-block" });
		block.createDiv({ cls: "lecture-atlas-subtle", text: `Solutions discussed (${solutions.length})` });
		passageChips(block, key("solutions", ""), solutionGroups(solutions, (x) => key("solution", `${x.line}`)), path, state, h);
	}
	return card;
}

interface PassageGroup {
	key: string;
	label: string;
	/** The chip's tooltip, when the label is not all there is to say. */
	title?: string;
	passages: { line: number; text: string }[];
}

/** Characters of a solution's text a chip shows after its label, when the label alone is not the solution's own. */
const CHIP_TEXT = 25;

/**
 * A chip per solution, keyed by its line. A label the lecture gives more than one solution ("Solution number 1" in
 * each week) is followed by the start of the solution's text, so that the chips can be told apart.
 */
function solutionGroups(solutions: readonly ReadingSolution[], keyOf: (s: ReadingSolution) => string): PassageGroup[] {
	const uses = new Map<string, number>();
	for (const s of solutions) uses.set(s.label, (uses.get(s.label) ?? 0) + 1);
	return solutions.map((s) => {
		const shared = (uses.get(s.label) ?? 0) > 1;
		const text = clipAtWord(s.text, CHIP_TEXT);
		return { key: keyOf(s), label: shared ? `${s.label}: ${text}` : s.label, title: s.text, passages: s.passages };
	});
}

/** One chip per actor or solution; a chip opens its passages below the row. */
/**
 * A lecture's dates as chips in date order, one chip per date however often the lecture names it (with the count),
 * each click opening the next line that names it in `path`.
 */
function dateChips(parent: HTMLElement, dates: readonly DateMention[], path: string, rowKey: string, state: PaneState, h: PaneHandlers): void {
	const byLabel = new Map<string, DateMention[]>();
	for (const d of [...dates].sort(compareDates)) {
		const label = dateLabel(d);
		const same = byLabel.get(label);
		if (same) same.push(d);
		else byLabel.set(label, [d]);
	}
	const groups = [...byLabel];
	const shown = chipsShown(groups, rowKey, state);
	for (const [label, same] of shown) {
		const lines = [...new Set(same.map((d) => d.line))];
		const chip = parent.createSpan({ cls: "lecture-atlas-chip", text: label });
		if (same.length > 1) {
			chip.createSpan({ cls: "lecture-atlas-chip-count", text: String(same.length) });
			chip.setAttr("aria-label", `${label}: ${same.length} mentions, on lines ${lines.join(", ")}`);
		}
		let next = 0;
		onClick(chip, () => {
			const d = same[next % same.length] as DateMention;
			next++;
			h.openLine(path, d.line, d.col);
		});
	}
	moreChip(parent, groups.length, shown.length, rowKey, "dates", h);
}

function passageChips(parent: HTMLElement, rowKey: string, groups: PassageGroup[], path: string, state: PaneState, h: PaneHandlers): void {
	const chips = parent.createDiv({ cls: "lecture-atlas-chips" });
	const shown = chipsShown(groups, rowKey, state);
	for (const g of shown) {
		const open = state.expandedPassages.has(g.key);
		const chip = chips.createEl("button", { cls: "lecture-atlas-passage-chip", attr: { "aria-expanded": String(open), title: g.title ?? null } });
		chip.toggleClass("is-active", open);
		chip.createSpan({ text: g.label });
		chip.createSpan({ cls: "lecture-atlas-chip-count", text: String(g.passages.length) });
		onClick(chip, () => h.togglePassages(g.key));
	}
	moreChip(chips, groups.length, shown.length, rowKey, "chips", h);
	for (const g of shown.filter((x) => state.expandedPassages.has(x.key))) {
		const list = parent.createDiv({ cls: "lecture-atlas-passages" });
		list.createDiv({ cls: "lecture-atlas-passage-label", text: g.label });
		for (const p of g.passages) {
			const row = list.createDiv({ cls: "lecture-atlas-row lecture-atlas-passage" });
			row.createSpan({ cls: "lecture-atlas-line-number", text: String(p.line) });
			row.createSpan({ cls: "lecture-atlas-context", text: displayLine(p.text) });
			onClick(row, () => h.openLine(path, p.line));
		}
	}
}

/** The reverse view: the lectures that list this note as a reading, and what of each the note supports. */
function renderCitedBy(body: HTMLElement, model: LectureModel, state: PaneState, h: PaneHandlers, rows: RowMemo): void {
	for (const c of model.citedBy) rows.row(body, `cited\u0000${c.path}`, cardSig([c.path], c.report, `${c.path}\u0000`, state), (parent) => renderCiting(parent, model, c, state, h));
}

function renderCiting(parent: HTMLElement, model: LectureModel, c: CitingLecture, state: PaneState, h: PaneHandlers): HTMLElement {
	const card = parent.createDiv({ cls: "lecture-atlas-reading is-resolved" });
	const head = card.createDiv({ cls: "lecture-atlas-reading-head" });
	const title = head.createSpan({ cls: "lecture-atlas-reading-title is-linked", text: (c.path.split("/").pop() ?? c.path).replace(/\.md$/i, "") });
	onClick(title, () => h.openNote(c.path));
	const period = periodText(c.report.period);
	if (period) head.createSpan({ cls: "lecture-atlas-period", text: period, attr: { "aria-label": "Period this reading covers" } });
	if (c.report.period) {
		const dl = card.createDiv({ cls: "lecture-atlas-reading-dates" });
		dl.createSpan({ cls: "lecture-atlas-subtle", text: c.report.datesInPeriod.length ? "Lecture dates in this period: " : "None of the lecture's dates fall in this period." });
		dateChips(dl, c.report.datesInPeriod, c.path, `${c.path}\u0000dates`, state, h);
	}
	const actors = c.report.actors.filter((a) => a.passages.length > 0);
	const solutions = c.report.solutions.filter((x) => x.passages.length > 0);
	const key = (kind: string, id: string): string => `${c.path}\u0000${kind}\u0000${id}`;
	if (solutions.length) {
		const block = card.createDiv({ cls: "lecture-atlas-reading-block" });
		block.createDiv({ cls: "lecture-atlas-subtle", text: `Supports the lecture's solutions (${solutions.length})` });
		passageChips(block, key("solutions", ""), solutionGroups(solutions, (x) => key("solution", `${x.line}`)), model.file.path, state, h);
	}
	if (actors.length) {
		const block = card.createDiv({ cls: "lecture-atlas-reading-block" });
		block.createDiv({ cls: "lecture-atlas-subtle", text: `Discusses the lecture's actors (${actors.length})` });
		passageChips(block, key("actors", ""), actors.map((a) => ({ key: key("actor", a.id), label: a.name, passages: a.passages })), model.file.path, state, h);
	}
	if (!actors.length && !solutions.length) card.createDiv({ cls: "lecture-atlas-subtle", text: "This note mentions none of the lecture's actors or solutions yet." });
	return card;
}

/** The pane's body for a note. */
export function renderLecture(model: LectureModel, state: PaneState, h: PaneHandlers, rows: RowMemo): HTMLElement {
	const root = createDiv({ cls: "lecture-atlas-body" });
	const a = model.analysis;
	if (model.citedBy.length) renderCitedBy(section(root, "citedBy", "Reading for", model.citedBy.length, state, h, rows), model, state, h, rows);
	renderTimeline(section(root, "timeline", "Timeline", a.dates.length, state, h, rows), model, state, h, rows);
	renderActors(section(root, "actors", "Actors", a.actors.length, state, h, rows), model, state, h, rows);
	renderSolutions(section(root, "solutions", "Solutions", a.solutions.length, state, h, rows), model, state, h, rows);
	renderReadings(section(root, "readings", "Readings", model.readings.length, state, h, rows), model, state, h, rows);
	for (const id of state.collapsed) root.querySelector(`.lecture-atlas-section-${id} .lecture-atlas-section-body`)?.addClass("is-hidden");
	rows.done();
	return root;
}

export function renderMessage(text: string, detail?: string): HTMLElement {
	const root = createDiv({ cls: "lecture-atlas-body" });
	const box = root.createDiv({ cls: "lecture-atlas-placeholder" });
	box.createDiv({ cls: "lecture-atlas-placeholder-title", text });
	if (detail) box.createDiv({ cls: "lecture-atlas-subtle", text: detail });
	return root;
}
