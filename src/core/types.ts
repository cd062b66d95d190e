/**
 * The plain data that flows out of the core. Everything here is JSON-serialisable and matches the JSON report of
 * DESIGN §4: `line` is 1-based over the raw file, `col` a 0-based UTF-16 index into that line, `offset` a 0-based
 * UTF-16 index into the whole file.
 */

export interface Span {
	/** 0-based index into the raw note text (UTF-16 code units). */
	offset: number;
	/** Length of the matched text in UTF-16 code units. */
	length: number;
	/** 1-based line number over the raw file. */
	line: number;
	/** 0-based column within the line (UTF-16 code units). */
	col: number;
}

export type Precision = "day" | "month" | "season" | "year" | "decade" | "century";
export type Qualifier = "early" | "mid" | "late" | "by" | "after" | "circa" | null;

export interface DateMention extends Span {
	/** The note's own text for the date, e.g. "Late 1917". */
	text: string;
	/** First year of the interval (BCE years negative: 44 BC is -44). */
	start: number;
	/** Last year of the interval, inclusive; `start <= end`. */
	end: number;
	precision: Precision;
	qualifier: Qualifier;
	/** The whole line the date stands on, trimmed; on a line over CONTEXT_LIMIT (500) characters, a window of it around the date. */
	context: string;
	/** Finer position inside the year, for sorting: 1–12 for months, 0 when unknown. */
	month?: number;
	day?: number;
}

export type ActorKind = "person" | "state" | "people" | "organisation" | "group";

export interface ActorMention extends Span {
	text: string;
}

export interface Actor {
	/** Stable identity used to match the same actor across notes (e.g. "state:soviet union"). */
	id: string;
	/** Canonical name, e.g. "Soviet Union". */
	name: string;
	kind: ActorKind;
	/** Vault path of the actor's own note, when the vault has one. */
	note: string | null;
	mentions: ActorMention[];
}

export interface Solution extends Span {
	/** The note's own marker ("Solution number 1") or "<lead-in> #n". */
	label: string;
	/** The option itself, without its marker. */
	text: string;
	/** The line the solution stands on (a window of it around the solution on a line over 500 characters). */
	context: string;
	/** The heading or lead-in line(s) the solution answers, when found. */
	problem: string | null;
	/** Indented list items under the solution. */
	subItems: string[];
}

export interface WikiLink extends Span {
	/** Exact text from `[[` (or `![[`) to `]]`. */
	raw: string;
	/** Link path: before the first `|` and `#`, trimmed, a trailing `\` removed. Empty for `[[#Heading]]`. */
	target: string;
	alias: string | null;
	heading: string | null;
	block: string | null;
	embed: boolean;
	/** Vault path the link resolves to, or null when it does not resolve (filled in by the resolver). */
	resolved: string | null;
}
