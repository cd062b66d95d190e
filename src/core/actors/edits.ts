/**
 * The actor row's menu, and the command that adds a name the extraction missed, as pure settings edits: each
 * returns new settings and never touches the old ones (or a note). Extraction applies them on the next analysis:
 * merges and renames through `merges`, ignores through `ignoredActors`, and a user's own actor is added or edited in
 * place.
 */
import { LETTER } from "../chars";
import { parseLinkInner } from "../links/parse";
import type { LectureAtlasSettings } from "../settings";
import type { Actor, ActorKind } from "../types";

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The longest selection taken as an actor's name: a name, not a passage. */
const NAME_LIMIT = 80;
/** Spaces, emphasis, quotes and brackets around a selected name, and punctuation after it. */
const MARKS_AROUND = /^[\s*_"'\u201c\u2018(]+|[\s*_"'\u201d\u2019).,;:!?]+$/g;
/** A possessive after a selected name: "Stalin's". */
const POSSESSIVE = /['\u2019]s$/;

/**
 * The actor's name a selection in the editor holds, or null when it holds none: one line, some letter, at most 80
 * characters once the marks around it are gone (a wiki-link's brackets and its target, emphasis, quotes, a
 * possessive): "[[Joseph Stalin|Stalin]]'s" gives "Stalin".
 */
export function nameFromSelection(selection: string): string | null {
	let s = selection.trim();
	if (!s || s.includes("\n")) return null;
	// a wiki-link's shown text, or its target, as the links' parser reads them
	const close = s.startsWith("[[") ? s.indexOf("]]") : -1;
	if (close > 0) {
		const { target, alias } = parseLinkInner(s.slice(2, close));
		s = (alias?.trim() || target) + s.slice(close + 2);
	}
	s = s.replace(MARKS_AROUND, "").replace(POSSESSIVE, "").replace(MARKS_AROUND, "").replace(/\s+/g, " ");
	return s && s.length <= NAME_LIMIT && LETTER().test(s) ? s : null;
}

/**
 * A name the extraction missed becomes the user's own actor of this kind, and leaves the ignore list if it was
 * there. A name the user already listed is left as it is (its kind too): the settings are returned unchanged.
 */
export function addActor(settings: LectureAtlasSettings, name: string, kind: ActorKind): LectureAtlasSettings {
	const n = name.trim();
	if (!n || settings.actors.some((a) => same(a.name, n) || a.aliases.some((x) => same(x, n)))) return settings;
	return { ...settings, actors: [...settings.actors, { name: n, kind, aliases: [] }], ignoredActors: settings.ignoredActors.filter((x) => !same(x, n)) };
}

/** All of the actor's mentions go to `targetName` (an existing actor, or a new name with the actor's kind). */
export function mergeActorInto(settings: LectureAtlasSettings, actor: Actor, targetName: string): LectureAtlasSettings {
	const target = targetName.trim();
	if (!target || same(target, actor.name)) return settings;
	const merges = redirect(settings.merges, actor.name, target);
	merges[actor.name] = target;
	return { ...settings, merges, ignoredActors: settings.ignoredActors.filter((n) => !same(n, target)) };
}

/** The actor keeps its mentions and kind under a new name. */
export function renameActor(settings: LectureAtlasSettings, actor: Actor, newName: string): LectureAtlasSettings {
	const name = newName.trim();
	if (!name || name === actor.name) return settings;
	const own = settings.actors.findIndex((a) => same(a.name, actor.name));
	if (own !== -1) {
		// The user's own actor: rename it, keeping the old name as an alias so its mentions still match.
		const actors = settings.actors.map((a, i) => (i === own ? { ...a, name, aliases: unique([...a.aliases, a.name]) } : a));
		return { ...settings, actors, merges: redirect(settings.merges, actor.name, name) };
	}
	const merges = redirect(settings.merges, actor.name, name);
	merges[actor.name] = name;
	return { ...settings, merges };
}

/** The actor is left out of every note from now on (until the name is removed from the ignore list). */
export function ignoreActor(settings: LectureAtlasSettings, actor: Actor): LectureAtlasSettings {
	if (settings.ignoredActors.some((n) => same(n, actor.name))) return settings;
	return { ...settings, ignoredActors: [...settings.ignoredActors, actor.name] };
}

/** A copy of the merges in which everything that pointed to `from` now points to `to` (no chains to stale names). */
function redirect(merges: Record<string, string>, from: string, to: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(merges)) {
		if (same(k, to)) continue; // the new name must not itself be merged away (a cycle)
		out[k] = same(v, from) ? to : v;
	}
	return out;
}

function unique(list: string[]): string[] {
	const seen = new Set<string>();
	return list.filter((s) => {
		const k = s.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
