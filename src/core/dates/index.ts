/**
 * Historical dates in a lecture note, kept as fuzzy as the note writes them ("late 1917", "by 1922", "1939-40",
 * "the 1500s", "c. 500 BC"), and the pure helpers that show and order them.
 */
export { extractDates, explainDates, type Candidate, type DateOptions } from "./extract";
export { formatDate } from "./format";
export { compareDates } from "./compare";
export { groupTimeline, type TimelineGroup } from "./timeline";
