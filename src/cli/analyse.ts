import { analyseNote } from "../core/analyse";
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
	const results = paths.map((path) => {
		let raw: string;
		try {
			raw = vault.read(path);
		} catch (e) {
			if (e instanceof CliError) throw e;
			throw new CliError(`cannot read ${path}: ${(e as Error).message.split("\n")[0] ?? ""}`);
		}
		const analysis = analyseNote(path, raw, ctx);
		const readings = analyseReadings(analysis, { ...ctx, read: readText });
		return { analysis, readings };
	});
	if (args.format === "json") {
		return JSON.stringify({ notes: results.map((r) => noteToJson(r.analysis, readingsToJson(r.readings))) }, null, 1) + "\n";
	}
	const warn = ctx.warnings.map((w) => `warning: ${w}\n`).join("");
	return warn + results.map((r) => noteToText(r.analysis, readingsToText(r.readings))).join("\n");
}
