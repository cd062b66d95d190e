/** A link table as Obsidian keeps it (`resolvedLinks`): source path → destination path → number of links. */
export type LinkTable = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Notes whose linking notes are kept: the pane asks about the note it shows, and the few shown before it. */
const KEPT = 64;

/**
 * The notes that link to a note, found by a walk of the whole link table once and then kept current one linking
 * note at a time (`resolved`), as the vault tells which note's links resolved anew. A walk costs every note's entry
 * (about 11–15 ms at 10,000 notes in Node), which the pane would otherwise pay at each refresh of a note while the
 * user types; keeping the answer costs one entry per resolved note. A change the vault announces as a whole
 * (a note created, renamed or deleted) calls `clear`, and the next question walks again.
 */
export class Backlinks {
	/** Destination → the sorted paths linking to it, for the destinations asked about; a list is never changed. */
	private kept = new Map<string, readonly string[]>();

	constructor(private readonly table: () => LinkTable) {}

	/** The notes other than `dest` itself that link to it, sorted. */
	sources(dest: string): readonly string[] {
		let found = this.kept.get(dest);
		if (found) return found;
		const table = this.table();
		const walked: string[] = [];
		for (const source of Object.keys(table)) if (source !== dest && linksTo(table[source], dest)) walked.push(source);
		found = walked.sort();
		if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value as string);
		this.kept.set(dest, found);
		return found;
	}

	/** `source`'s links resolved anew: its entry of the table, read now, is all that changed. */
	resolved(source: string): void {
		if (!this.kept.size) return;
		const dests = this.table()[source];
		for (const [dest, list] of this.kept) {
			const links = source !== dest && linksTo(dests, dest);
			const at = list.indexOf(source);
			if (links === at >= 0) continue;
			this.kept.set(dest, links ? [...list, source].sort() : list.filter((s) => s !== source));
		}
	}

	/** Forget every answer: notes came, went or moved, which can change any entry of the table. */
	clear(): void {
		this.kept.clear();
	}
}

function linksTo(dests: Readonly<Record<string, number>> | undefined, dest: string): boolean {
	return (dests?.[dest] ?? 0) > 0;
}
