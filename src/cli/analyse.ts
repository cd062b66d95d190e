import { withoutCourseLecturers } from "../core/actors";
import { analyseNote } from "../core/analyse";
import { folderOf } from "../core/links/resolve";
import { noteToJson, noteToText } from "../core/report";
import { analyseReadings, readingsToJson, readingsToText } from "../core/lecture";
import { createCliContext } from "./context";
import { CliError, openVault } from "./fsVault";
import type { ParsedArgs } from "./main";

export function runAnalyse(args: ParsedArgs, cwd: string): string {
	const vault = openVault(args.vault as string);
	const paths = args.notes.map((n) => vault.locate(n, cwd));
	const ctx = createCliContext(vault);
	const readText = (path: string): string | null => {
		try {
			return vault.read(path);
		} catch {
			return null;
		}
	};
	const analyses = paths.map((path) => {
		let raw: string;
		try {
			raw = vault.read(path);
		} catch (e) {
			if (e instanceof CliError) throw e;
			throw new CliError(`cannot read ${path}: ${(e as Error).message.split("\n")[0] ?? ""}`);
		}
		return analyseNote(path, raw, ctx);
	});
	// The lecturers the notes of each one's folder name, its course's: a person so named is left out where a note
	// does not say it is the lecturer. The folder's other notes are analysed for it, an unreadable one skipped.
	const byPath = new Map(analyses.map((a) => [a.path, a]));
	const lecturersOf = new Map<string, Set<string>>();
	const courseLecturers = (path: string): Set<string> => {
		const folder = folderOf(path);
		let names = lecturersOf.get(folder);
		if (names) return names;
		names = new Set<string>();
		const course = vault.notes.filter((note) => folderOf(note) === folder);
		// (a folder of more notes than a course has lectures is no course: its notes are not all read for this)
		for (const note of course.length > COURSE_NOTES_LIMIT ? course.filter((n) => byPath.has(n)) : course) {
			const text = byPath.has(note) ? null : readText(note);
			const analysis = byPath.get(note) ?? (text === null ? null : analyseNote(note, text, ctx));
			for (const name of analysis?.lecturers ?? []) names.add(name);
		}
		lecturersOf.set(folder, names);
		return names;
	};
	const results = analyses.map((note) => {
		const actors = withoutCourseLecturers(note.actors, courseLecturers(note.path));
		const analysis = actors === note.actors ? note : { ...note, actors };
		const readings = analyseReadings(analysis, { ...ctx, read: readText });
		return { analysis, readings };
	});
	if (args.format === "json") {
		return JSON.stringify({ notes: results.map((r) => noteToJson(r.analysis, readingsToJson(r.readings))) }, null, 1) + "\n";
	}
	const warn = ctx.warnings.map((w) => `warning: ${w}\n`).join("");
	return warn + results.map((r) => noteToText(r.analysis, readingsToText(r.readings))).join("\n");
}

/** The most notes a folder may hold for the command line to read them all for its course's lecturers. */
const COURSE_NOTES_LIMIT = 200;
