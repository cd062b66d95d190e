/**
 * The text of a new reading note, from the user's template. Pure: the caller supplies today's date and decides
 * where the note goes (and never overwrites).
 */

export interface ReadingTemplateValues {
	title: string;
	/** "1928-1941", "1925", or "" when unknown. */
	period: string;
	/** The lecture's link path (its vault path without `.md`). */
	lecture: string;
	/** Today, as the caller wants it written (e.g. "2024-09-16"). */
	date: string;
}

const PLACEHOLDER = /\{\{\s*(title|period|lecture|date)\s*\}\}/gi;

/** Fills `{{title}}`, `{{period}}`, `{{lecture}}` and `{{date}}` in one pass; other braces are left as written. */
export function renderReadingTemplate(template: string, values: ReadingTemplateValues): string {
	return template.replace(PLACEHOLDER, (_, name: string) => values[name.toLowerCase() as keyof ReadingTemplateValues]);
}

/** A period as a template writes it: "1928-1941", "1925", or "" for none (BCE years as negative numbers). */
export function periodForTemplate(period: { start: number; end: number } | null): string {
	if (!period) return "";
	return period.start === period.end ? String(period.start) : `${period.start}-${period.end}`;
}
