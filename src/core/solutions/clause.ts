/**
 * The part of an item that states the course of action (GUIDE: "the whole item without its list marker for short
 * items; for prose items the minimal clause, without discourse lead-ins or trailing commentary").
 * Works on offsets so the result stays a verbatim substring of the note.
 */
import { isSpace } from "../chars";
import { lazy } from "../lazy";

/** Long or multi-sentence items are prose; short ones are kept whole. */
const PROSE_WORDS = 20;

// "For instance, …", "Most importantly, …", "Another important note is that …"
const LEAD_IN =
	/^(?:(?:for (?:instance|example)|(?:most |more |also |equally )?importantly|also|in addition|additionally|moreover|furthermore|finally|first(?:ly)?|second(?:ly)?|third(?:ly)?|lastly|however|notably|above all|then|next|besides|likewise|similarly|in short|in particular|crucially|secondly),\s+|(?:another|one|the|an?|a further|a final|a second|a third|the (?:first|second|third|last|final|main|key|other))\b[^,.;:]{0,40}?\b(?:note|point|thing|idea|aspect|fact|difference|change|reform|belief|argument|proposal|solution|option|strategy|step)s?\s+(?:is|was)\s+(?:that\s+|(?=to\s)))/i;

/** What any LEAD_IN match holds: the comma after a discourse word, or "is"/"was" between spaces. */
const IS_WAS = /\s(?:is|was)\s/i;

/** Whether LEAD_IN can match a text (or any start of it): a cheap test that spares most items its long alternation. */
function mayLeadIn(text: string): boolean {
	return text.includes(",") || IS_WAS.test(text);
}

// A sentence ends at . ! or ? followed by a capital (or an opening bracket, quote or emphasis), after a word of three
// letters or more, a digit or a closing bracket: "e.g. The", "St. Bartholomew" and "U.S. Army" do not end one.
// Global, to start the search where it can first match (see sentenceEnd).
const SENTENCE_END = lazy(() => new RegExp(String.raw`(?:[\p{Ll}]{3}|[\p{N})"\u201d'\u2019*_])[.!?](?=\s+[\p{Lu}("\u201c'\u2018*_[])`, "gu"));

// Commentary that follows the action: ", which …", ", who …", an explanation after ": ".
const COMMENTARY = /,\s+(?:which|who|whom|whose)\b|:\s/;

/** Whether COMMENTARY can match in text[start, end): it needs a comma or a colon there. */
function mayComment(text: string, start: number, end: number): boolean {
	const comma = text.indexOf(",", start);
	if (comma !== -1 && comma < end) return true;
	const colon = text.indexOf(":", start);
	return colon !== -1 && colon < end;
}

export interface Clause {
	/** Offset of the clause in the text it came from. */
	start: number;
	end: number;
}

export function actionClause(text: string): Clause {
	let start = 0;
	let end = text.length;
	const sentence = sentenceEnd(text);
	if (sentence) end = sentence.index + sentence[0].length - 1;
	// A discourse lead-in never belongs to the action, however short the item.
	const lead = mayLeadIn(text) ? LEAD_IN.exec(end === text.length ? text : text.slice(0, end)) : null;
	if (lead && end - lead[0].length > 10) start = lead[0].length;
	// In prose (a sentence end or many words), commentary is cut; the word count, the dearest test, comes last.
	const tail = mayComment(text, start, end) ? COMMENTARY.exec(text.slice(start, end)) : null;
	// Only cut when a real clause remains (three words or more), and not at the colon of a label whose owner is in
	// brackets before it: "Strategy (Kikkawa Hiroie): back both sides – …"
	if (tail && wordCount(text.slice(start, start + tail.index)) >= 3 && text.charCodeAt(start + tail.index - 1) !== 41 && (sentence !== null || isLong(text))) end = start + tail.index;
	while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
	while (start < end && isSpace(text.charCodeAt(start))) start++;
	return { start, end };
}

/**
 * SENTENCE_END's first match, searched from six code units before the first stop followed by a space: a match
 * ends in such a stop and starts at most three letters (six units, if astral) before it. Most items have none.
 */
function sentenceEnd(text: string): RegExpExecArray | null {
	STOP.lastIndex = 0;
	const stop = STOP.exec(text);
	if (!stop) return null;
	const re = SENTENCE_END();
	re.lastIndex = Math.max(0, stop.index - 6);
	const m = re.exec(text);
	re.lastIndex = 0;
	return m;
}

/** A stop followed by a space, where SENTENCE_END may match. */
const STOP = /[.!?]\s/g;

/** More than PROSE_WORDS words (wordCount): a run of non-spaces after PROSE_WORDS runs and their spaces. */
const MORE_WORDS = new RegExp(String.raw`^\s*(?:\S+\s+){${PROSE_WORDS}}\S`);

/** Whether a text has more than PROSE_WORDS words, as wordCount counts them. */
function isLong(text: string): boolean {
	// PROSE_WORDS + 1 words take PROSE_WORDS spaces between them
	return text.length > 2 * PROSE_WORDS && MORE_WORDS.test(text);
}

/** isSpace, with ASCII decided first (NaN, past the end, is no space). */
function isSpaceCode(c: number): boolean {
	return c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpace(c);
}

/** `[\s.,;:!?]` for one character: what the end of a clause drops. */
function isTrailing(c: number): boolean {
	return isSpace(c) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** Words of a text, as `text.trim().split(/\s+/).length` counts them (an empty text is one), without the array. */
function wordCount(text: string): number {
	let n = 0;
	for (let i = 0, inWord = false; i < text.length; i++) {
		const space = isSpaceCode(text.charCodeAt(i));
		if (!space && !inWord) n++;
		inWord = !space;
	}
	return Math.max(1, n);
}
