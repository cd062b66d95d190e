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

// A sentence ends at . ! or ? followed by a capital (or an opening bracket, quote or emphasis), after a word of three
// letters or more, a digit or a closing bracket: "e.g. The", "St. Bartholomew" and "U.S. Army" do not end one.
const SENTENCE_END = lazy(() => /(?:[\p{Ll}]{3}|[\p{N})"\u201d'\u2019*_])[.!?](?=\s+[\p{Lu}("\u201c'\u2018*_[])/u);

// Commentary that follows the action: ", which …", ", who …", an explanation after ": ".
const COMMENTARY = /,\s+(?:which|who|whom|whose)\b|:\s/;

export interface Clause {
	/** Offset of the clause in the text it came from. */
	start: number;
	end: number;
}

export function actionClause(text: string): Clause {
	let start = 0;
	let end = text.length;
	const words = wordCount(text);
	const sentence = SENTENCE_END().exec(text);
	if (words > PROSE_WORDS || sentence) {
		if (sentence) end = sentence.index + sentence[0].length - 1;
	}
	// A discourse lead-in never belongs to the action, however short the item.
	const lead = LEAD_IN.exec(text.slice(0, end));
	if (lead && end - lead[0].length > 10) start = lead[0].length;
	if (words > PROSE_WORDS || sentence) {
		const tail = COMMENTARY.exec(text.slice(start, end));
		// Only cut when a real clause remains (three words or more).
		if (tail && wordCount(text.slice(start, start + tail.index)) >= 3) end = start + tail.index;
	}
	while (end > start && /[\s.,;:!?]/.test(text[end - 1] as string)) end--;
	while (start < end && /\s/.test(text[start] as string)) start++;
	return { start, end };
}

/** Words of a text, as `text.trim().split(/\s+/).length` counts them (an empty text is one), without the array. */
function wordCount(text: string): number {
	let n = 0;
	for (let i = 0, inWord = false; i < text.length; i++) {
		const space = isSpace(text.charCodeAt(i));
		if (!space && !inWord) n++;
		inWord = !space;
	}
	return Math.max(1, n);
}
