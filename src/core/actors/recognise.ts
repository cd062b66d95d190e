/**
 * One left-to-right pass over the note's tokens. At each capitalised token (and at the few lower-case words that
 * can open a name) the sources propose a match: the user's and the vault's names, the gazetteer, an event or
 * document name to skip, a person pattern, a body ("… Party"). The longest wins; on a tie the user's names, then
 * the gazetteer. A second, cheap pass finds surnames and given names of persons met elsewhere in the note.
 */
import { DYNASTY_NOUNS, REGIME_QUALIFIERS } from "./data/words";

const DYNASTY = /^House of |dynasty$/i;
import { adjectiveUse, bodyAt, eventEnd, isLocative, listJoint } from "./context";
import { entityKey, type Entity, type Lexicon, type Match, type NotePeriod, type Role } from "./lexicon";
import { ellipticalNumeral, GIVEN_NAMES, personAt, type PersonMatch } from "./persons";
import { ALL_UPPER, DIGIT, joinBefore, possessiveAfter, tokenText, UPPER, type Tokens } from "./tokens";

export interface Hit {
	entity: Entity;
	/** Character range of the mention in the note. */
	from: number;
	to: number;
	role: Role | "person" | "body" | "group";
	/** A state named only as a place ("in France"). */
	locative: boolean;
	/** Found by a dynamic lexicon (the user's or the vault's names). */
	dynamic: boolean;
}

export interface ScanInput {
	t: Tokens;
	builtin: Lexicon;
	/** The user's and the vault's lexicons, highest priority first. */
	dynamic: Lexicon[];
	period: NotePeriod | null;
}

interface PersonRef {
	entity: Entity;
	regnal: boolean;
}

export function scan(input: ScanInput): Hit[] {
	const { t, builtin, dynamic, period } = input;
	const hits: Hit[] = [];
	const covered = new Uint8Array(t.count);
	const local = new Map<string, Entity>();
	// surname → persons, given name → regnal or titled persons, for the second pass
	const surnames = new Map<string, PersonRef[]>();
	const givens = new Map<string, PersonRef[]>();
	let lastState: Hit | null = null;

	const localEntity = (kind: Entity["kind"], name: string): Entity => {
		const key = entityKey(kind, name);
		let e = local.get(key);
		if (!e) {
			e = { key, name, kind };
			local.set(key, e);
		}
		return e;
	};
	const cover = (a: number, b: number): void => {
		covered.fill(1, a, b);
	};
	const push = (h: Hit): void => {
		hits.push(h);
	};
	const remember = (map: Map<string, PersonRef[]>, key: string, ref: PersonRef): void => {
		const list = map.get(key);
		if (!list) map.set(key, [ref]);
		else if (!list.some((r) => r.entity.key === ref.entity.key)) list.push(ref);
	};
	const indexPerson = (entity: Entity, nameFrom: number, nameTo: number, regnal: boolean, titled: boolean): void => {
		const n = nameTo - nameFrom;
		if (regnal || titled) remember(givens, tokenText(t, nameFrom), { entity, regnal });
		if (n >= 2 && !regnal) remember(surnames, tokenText(t, nameTo - 1), { entity, regnal });
	};

	const emitForm = (m: Match, i: number, isDynamic: boolean): number => {
		const entity = m.form.entities[0];
		if (!entity || entity.kind === null) {
			cover(i, m.end);
			return m.end;
		}
		let from = t.start[i] ?? 0;
		let to = t.end[m.end - 1] ?? 0;
		let end = m.end;
		const role = m.form.role;
		if (entity.kind === "group" && DYNASTY.test(entity.name) && end < t.count && joinBefore(t, end) === " " && DYNASTY_NOUNS.has(tokenText(t, end).toLowerCase())) {
			to = t.end[end] ?? to;
			end++;
		}
		if (role === "adj") {
			const use = adjectiveUse(t, i, m.end - 1, builtin, period);
			if (use.use === "none") return m.end;
			if (use.use === "group") {
				const text = t.text.slice(from, t.end[use.end - 1] ?? 0);
				push({ entity: localEntity("group", text), from, to: t.end[use.end - 1] ?? 0, role: "group", locative: false, dynamic: isDynamic });
				cover(i, use.end);
				return use.end;
			}
		} else if (role === "prefix") {
			const next = m.end;
			if (next >= t.count || joinBefore(t, next) !== "-") return m.end;
			const nm = builtin.match(t, next, tokenText(t, next), period, false);
			if (!nm || nm.form.entities[0]?.kind === null) return m.end;
		}
		let locative = false;
		if (entity.kind === "state" && role === "name") {
			// "Old France", "Tsarist Russia": a regime qualifier joins the name.
			const q = i - 1;
			if (q >= 0 && !covered[q] && joinBefore(t, i) === " " && (t.flags[q] ?? 0) & UPPER && REGIME_QUALIFIERS.has(tokenText(t, q))) from = t.start[q] ?? from;
			else {
				locative = isLocative(t, i, m.end - 1);
				if (!locative && lastState && lastState.to <= from && listJoint(t.text, lastState.to, from) && !possessiveAfter(t, m.end - 1)) locative = lastState.locative;
			}
		}
		for (const e of m.form.entities) {
			const hit: Hit = { entity: e, from, to, role, locative, dynamic: isDynamic };
			push(hit);
			if (e.kind === "state" && role === "name") lastState = hit;
		}
		if (entity.kind === "person") {
			const regnal = end - i >= 2 && /^[IVXL]+$/.test(tokenText(t, end - 1));
			indexPerson(entity, i, end, regnal, false);
			if (regnal) return elliptical(end, entity, i);
		}
		cover(i, end);
		return end;
	};

	/** "Louis XV and XVI": further numerals after a regnal name are persons of the same name. */
	const elliptical = (end: number, entity: Entity, nameFrom: number): number => {
		cover(nameFrom, end);
		const base = tokenText(t, nameFrom);
		let k = end;
		for (;;) {
			const n = ellipticalNumeral(t, k);
			if (n < 0) return k;
			const numeral = tokenText(t, n);
			const e = localEntity("person", `${base} ${numeral}`);
			push({ entity: e, from: t.start[n] ?? 0, to: t.end[n] ?? 0, role: "person", locative: false, dynamic: false });
			remember(givens, base, { entity: e, regnal: true });
			cover(k, n + 1);
			k = n + 1;
		}
		// unreachable; the loop returns
	};

	const emitPerson = (p: PersonMatch, i: number): number => {
		const known = builtin.lookup(p.name, period);
		const entity = known && known.entities[0]?.kind === "person" ? (known.entities[0] as Entity) : localEntity("person", p.name);
		push({ entity, from: p.from, to: p.to, role: "person", locative: false, dynamic: false });
		indexPerson(entity, p.nameFrom, p.nameTo, p.regnal, p.titled);
		cover(i, p.end);
		if (p.regnal) return elliptical(p.end, entity, p.nameFrom);
		if (p.bareGiven) return titleShared(p.end);
		return p.end;
	};

	/** "Queen Mary and Elizabeth": a title before a coordination covers the given name after it. */
	const titleShared = (k: number): number => {
		if (k + 1 >= t.count) return k;
		const w = tokenText(t, k);
		if ((w !== "and" && w !== "&") || joinBefore(t, k + 1) !== " ") return k;
		const name = tokenText(t, k + 1);
		if (!GIVEN_NAMES.has(name) || !((t.flags[k + 1] ?? 0) & UPPER)) return k;
		if (k + 2 < t.count && joinBefore(t, k + 2) === " " && (t.flags[k + 2] ?? 0) & UPPER) return k;
		const e = localEntity("person", name);
		push({ entity: e, from: t.start[k + 1] ?? 0, to: t.end[k + 1] ?? 0, role: "person", locative: false, dynamic: false });
		remember(givens, name, { entity: e, regnal: false });
		cover(k, k + 2);
		return k + 2;
	};

	const emitBody = (end: number, kind: "organisation" | "group", i: number): number => {
		const from = t.start[i] ?? 0;
		const to = t.end[end - 1] ?? 0;
		push({ entity: localEntity(kind, t.text.slice(from, to)), from, to, role: "body", locative: false, dynamic: false });
		cover(i, end);
		return end;
	};

	for (let i = 0; i < t.count; ) {
		const f = t.flags[i] ?? 0;
		if (f & DIGIT) {
			i++;
			continue;
		}
		const upper = (f & UPPER) !== 0;
		if (!upper && !builtin.mayStartFolded(t, i) && !dynamic.some((d) => d.mayStartFolded(t, i))) {
			i++;
			continue;
		}
		if (upper && shouting(t, i)) {
			i++;
			continue;
		}
		const w = tokenText(t, i);
		const theBefore = i > 0 && (tokenText(t, i - 1) === "the" || tokenText(t, i - 1) === "The") && /^\s+$/.test(t.text.slice(t.end[i - 1] ?? 0, t.start[i] ?? 0));
		let dyn: Match | null = null;
		for (const d of dynamic) {
			const m = d.match(t, i, w, period, theBefore);
			if (m && (!dyn || m.end > dyn.end)) dyn = m;
		}
		const gaz = builtin.match(t, i, w, period, theBefore);
		const ev = upper ? eventEnd(t, i) : 0;
		const per = upper ? personAt(t, i, builtin, period) : null;
		const body = upper ? bodyAt(t, i, builtin, period) : null;
		const gEnd = gaz?.end ?? 0;
		const pEnd = per?.end ?? 0;
		const bEnd = body?.end ?? 0;
		if (dyn && dyn.end >= Math.max(gEnd, pEnd, bEnd, ev)) {
			i = emitForm(dyn, i, true);
			continue;
		}
		if (ev > Math.max(gEnd, bEnd, pEnd)) {
			// A person's full name before an event's name stays a person: "Francisco Franco Spanish Civil War".
			if (per && per.nameTo - per.nameFrom >= 2 && per.end < ev - 1) i = emitPerson(per, i);
			else if (gaz && gaz.form.entities[0]?.kind === "person" && gEnd - i >= 2 && gEnd < ev - 1) i = emitForm(gaz, i, false);
			else {
				cover(i, ev);
				i = ev;
			}
			continue;
		}
		if (gaz && gEnd >= pEnd && gEnd >= bEnd) i = emitForm(gaz, i, false);
		else if (per && pEnd >= bEnd) i = emitPerson(per, i);
		else if (body) i = emitBody(body.end, body.kind, i);
		else i++;
	}

	// Second pass: a surname or a monarch's given name alone, when the note names that person in full elsewhere.
	if (surnames.size || givens.size) {
		for (let i = 0; i < t.count; i++) {
			if (covered[i] || ((t.flags[i] ?? 0) & (UPPER | DIGIT | ALL_UPPER)) !== UPPER) continue;
			const w = tokenText(t, i);
			const refs = surnames.get(w) ?? givens.get(w);
			if (!refs) continue;
			let from = t.start[i] ?? 0;
			// "von Guericke": a particle before the surname belongs to the mention.
			if (surnames.has(w) && i > 0 && joinBefore(t, i) === " " && /^(?:von|van|de|der|di|da|du|la|le|Von|Van|De|Der|Di|Da|Du|La|Le)$/.test(tokenText(t, i - 1))) from = t.start[i - 1] ?? from;
			for (const r of refs) push({ entity: r.entity, from, to: t.end[i] ?? 0, role: "person", locative: false, dynamic: false });
		}
	}
	return hits;
}

/** An all-capitals word next to another: a shouted heading ("GIVE PEOPLE NUKES"), not an acronym. */
function shouting(t: Tokens, i: number): boolean {
	const f = t.flags[i] ?? 0;
	if (!(f & ALL_UPPER) || (t.end[i] ?? 0) - (t.start[i] ?? 0) < 2) return false;
	const big = (k: number): boolean => k >= 0 && k < t.count && ((t.flags[k] ?? 0) & ALL_UPPER) !== 0 && (t.end[k] ?? 0) - (t.start[k] ?? 0) >= 2 && !((t.flags[k] ?? 0) & DIGIT);
	return (big(i - 1) && joinBefore(t, i) === " ") || (big(i + 1) && joinBefore(t, i + 1) === " ");
}
