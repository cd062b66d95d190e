#!/usr/bin/env node
// Entry point of the `lecture-atlas` command: runs the bundled command line, built by `npm run build`.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "..", "dist", "cli.cjs");
if (!existsSync(bundle)) {
	process.stderr.write("lecture-atlas: the command line is not built yet; run `npm run build` first.\n");
	process.exit(2);
}
require(bundle);
