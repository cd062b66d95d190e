/**
 * Which of several word lists each word is in, as bits (a list's bit OR-ed into the value of each of its words): one
 * look-up of a word then answers for all the lists. The dates' qualifiers and guards and the actors' heads use it.
 */
export function listBits(lists: Iterable<readonly [Iterable<string>, number]>): Map<string, number> {
	const bits = new Map<string, number>();
	for (const [words, bit] of lists) for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
	return bits;
}
