import type { NoteDocument } from "../markdown/document";
import type { UserActor } from "../settings";
import type { Actor, DateMention } from "../types";

/** A vault note that names an actor: its title and frontmatter aliases. */
export interface VaultActorNote {
	path: string;
	title: string;
	aliases: string[];
}

export interface ActorOptions {
	userActors: UserActor[];
	merges: Record<string, string>;
	ignored: string[];
	vaultNotes: VaultActorNote[];
	/** The note's dates, for period-aware merging (Russia in 1917–1991 is the Soviet Union). */
	dates: DateMention[];
}

// Placeholder until the actor sources land (issue 4).
export function extractActors(_doc: NoteDocument, _options: ActorOptions): Actor[] {
	return [];
}
