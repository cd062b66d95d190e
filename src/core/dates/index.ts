/**
 * Historical dates in a lecture note, kept as fuzzy as the note writes them ("late 1917", "by 1922", "1939-40",
 * "the 1500s", "c. 500 BC"), and the pure helpers that show, order and group them. See README.md in this folder for
 * the pipeline and the decisions it takes.
 */
export { explainDates, extractDates, type Candidate, type DateOptions } from "./extract";
export { centuryLabel, decadeLabel, formatDate, yearLabel, yearSpanLabel, type FormattableDate } from "./format";
export { compareDates, type SortableDate } from "./compare";
export { groupTimeline, type TimelineGroup } from "./timeline";
