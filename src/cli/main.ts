/**
 * `lecture-atlas`: the command line over the same core as the plugin.
 *
 *   lecture-atlas analyse --vault DIR [--json] NOTE...
 *   lecture-atlas timeline --vault DIR [--json|--csv]
 *
 * Errors a user can cause (a missing vault or note, a path outside the vault, bad arguments) print one line and
 * exit with code 2; nothing prints a stack trace.
 */
import process from "node:process";
import { CliError } from "./fsVault";
import { runAnalyse } from "./analyse";
import { runTimeline } from "./timeline";

const USAGE = `usage:
  lecture-atlas analyse --vault DIR [--json] NOTE...
  lecture-atlas timeline --vault DIR [--json|--csv]

  analyse   prints each note's timeline, actors, solutions and readings (text, or the JSON report with --json)
  timeline  prints the dates of every lecture note in the vault in order (text, JSON or CSV)
  NOTE      a note path relative to the vault (or to the current folder), inside the vault`;

export interface ParsedArgs {
	command: string;
	vault: string | null;
	format: "text" | "json" | "csv";
	notes: string[];
}

export function parseArgs(argv: string[]): ParsedArgs {
	const [command, ...rest] = argv;
	if (!command || command === "--help" || command === "-h" || command === "help") throw new UsageRequest();
	if (command !== "analyse" && command !== "analyze" && command !== "timeline") throw new CliError(`unknown command "${command}" (try --help)`);
	const parsed: ParsedArgs = { command: command === "analyze" ? "analyse" : command, vault: null, format: "text", notes: [] };
	for (let i = 0; i < rest.length; i++) {
		const a = rest[i] as string;
		if (a === "--vault") {
			const v = rest[++i];
			if (v === undefined || v === "") throw new CliError("--vault needs a folder");
			parsed.vault = v;
		} else if (a.startsWith("--vault=")) parsed.vault = a.slice(8);
		else if (a === "--json") parsed.format = "json";
		else if (a === "--csv") parsed.format = "csv";
		else if (a === "--help" || a === "-h") throw new UsageRequest();
		else if (a.startsWith("--")) throw new CliError(`unknown option ${a} (try --help)`);
		else parsed.notes.push(a);
	}
	if (!parsed.vault) throw new CliError("--vault DIR is required");
	if (parsed.command === "analyse" && parsed.notes.length === 0) throw new CliError("name at least one note to analyse");
	if (parsed.command === "analyse" && parsed.format === "csv") throw new CliError("--csv is for the timeline command");
	if (parsed.command === "timeline" && parsed.notes.length) throw new CliError("timeline takes no note paths; it reads the whole vault");
	return parsed;
}

class UsageRequest extends Error {}

function main(argv: string[]): number {
	try {
		const args = parseArgs(argv);
		const out = args.command === "analyse" ? runAnalyse(args, process.cwd()) : runTimeline(args);
		process.stdout.write(out);
		return 0;
	} catch (e) {
		if (e instanceof UsageRequest) {
			process.stdout.write(USAGE + "\n");
			return 0;
		}
		if (e instanceof CliError) {
			process.stderr.write(`lecture-atlas: ${e.message}\n`);
			return 2;
		}
		const err = e as Error & { code?: unknown };
		if (err && typeof err.code === "string") {
			process.stderr.write(`lecture-atlas: ${err.code === "EACCES" ? "permission denied" : err.message.split("\n")[0]}\n`);
			return 2;
		}
		process.stderr.write(`lecture-atlas: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
		return 1;
	}
}

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error to report.
process.stdout.on("error", (e: Error & { code?: string }) => {
	if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
	process.stderr.write(`lecture-atlas: cannot write the output: ${e.message.split("\n")[0] ?? ""}\n`);
	process.exit(1);
});

process.exitCode = main(process.argv.slice(2));
