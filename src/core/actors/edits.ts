/**
 * The actor row's menu as pure settings edits: each returns new settings and never touches the old ones (or a
 * note). Extraction applies them on the next analysis: merges and renames through `merges`, ignores through
 * `ignoredActors`, and a user's own actor is edited in place.
 */
import type { LectureAtlasSettings } from "../settings";
import type { Actor } from "../types";

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

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
