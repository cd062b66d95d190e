/**
 * A vault on disk for the command line: lists its files once, reads notes on demand, and never reads outside its
 * root. Folders Obsidian hides (".obsidian", ".git", ".trash" and other dot-folders) are skipped, and so are
 * symbolic links, to files and to folders alike: what a link points to may lie outside the vault, so the listing
 * holds only the vault's own files, and only listed files are ever read. A note named on the command line is
 * followed to its real path, which must be inside the vault.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

export class CliError extends Error {}

export interface FsVault {
	root: string;
	/** Every file's vault path ("/"-separated), notes and attachments alike. */
	files: string[];
	notes: string[];
	/** A listed file's text (UTF-8, as Obsidian reads it); throws a CliError for a path that is not listed. */
	read(path: string): string;
	/** The real path of `vaultPath` when it lies inside the vault (links followed), else null. */
	realInside(vaultPath: string): string | null;
	/** Turns a user-given note path into a vault path, or throws a CliError that says why not. */
	locate(notePath: string, cwd: string): string;
}

const MAX_NOTE_BYTES = 16 * 1024 * 1024;

export function openVault(dir: string): FsVault {
	let root: string;
	try {
		root = realpathSync(resolve(dir));
	} catch {
		throw new CliError(`vault not found: ${dir}`);
	}
	if (!statSync(root).isDirectory()) throw new CliError(`the vault is not a folder: ${dir}`);

	const files: string[] = [];
	const walk = (abs: string, rel: string): void => {
		let entries;
		try {
			entries = readdirSync(abs, { withFileTypes: true });
		} catch {
			return; // an unreadable folder holds nothing we can use
		}
		for (const e of entries) {
			if (e.name.startsWith(".")) continue;
			const childRel = rel ? `${rel}/${e.name}` : e.name;
			// A Dirent describes the entry itself: a symbolic link is neither a directory nor a file here.
			if (e.isDirectory()) walk(join(abs, e.name), childRel);
			else if (e.isFile()) files.push(childRel);
		}
	};
	walk(root, "");
	files.sort();
	const notes = files.filter((f) => f.toLowerCase().endsWith(".md"));
	const known = new Set(files);

	const inside = (abs: string): string | null => {
		const rel = relative(root, abs);
		if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return null;
		return rel.split(sep).join("/");
	};

	return {
		root,
		files,
		notes,
		read(path: string): string {
			if (!known.has(path)) throw new CliError(`not a file of this vault: ${path}`);
			const abs = join(root, ...path.split("/"));
			const size = statSync(abs).size;
			if (size > MAX_NOTE_BYTES) throw new CliError(`note too large (${size} bytes, the limit is ${MAX_NOTE_BYTES}): ${path}`);
			const bytes = readFileSync(abs);
			if (bytes.subarray(0, 8192).includes(0)) throw new CliError(`not a text note (binary content): ${path}`);
			return bytes.toString("utf8");
		},
		realInside(vaultPath: string): string | null {
			try {
				const real = realpathSync(join(root, ...vaultPath.split("/")));
				return inside(real) === null ? null : real;
			} catch {
				return null;
			}
		},
		locate(notePath: string, cwd: string): string {
			if (notePath.trim() === "") throw new CliError("a note path is empty");
			const candidates = isAbsolute(notePath) ? [notePath] : [join(root, notePath), resolve(cwd, notePath)];
			for (const abs of candidates) {
				let real: string;
				try {
					real = realpathSync(abs);
				} catch {
					continue;
				}
				const rel = inside(real);
				if (rel === null) throw new CliError(`note is outside the vault: ${notePath}`);
				if (statSync(real).isDirectory()) throw new CliError(`not a note but a folder: ${notePath}`);
				if (!known.has(rel)) throw new CliError(`not a note of this vault (hidden folder?): ${notePath}`);
				return rel;
			}
			const escaped = !isAbsolute(notePath) && relative(root, resolve(root, notePath)).startsWith("..");
			if (escaped) throw new CliError(`note is outside the vault: ${notePath}`);
			throw new CliError(`note not found: ${notePath}`);
		},
	};
}
