import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { packDataVitePlugin } from "./scripts/pack-data.mjs";

// Two projects: `core` has no `obsidian` alias, so a runtime import of obsidian in src/core fails there (purity);
// `plugin` aliases `obsidian` to an in-memory fake and runs in a DOM.
export default defineConfig({
	test: {
		pool: "threads",
		maxWorkers: 2,
		projects: [
			{
				// the gazetteer's data read as the bundle packs it
				plugins: [packDataVitePlugin],
				test: {
					name: "core",
					include: ["tests/core/**/*.test.ts", "tests/cli/**/*.test.ts"],
					environment: "node",
				},
			},
			{
				test: {
					name: "browser",
					include: ["tests/browser/**/*.test.ts"],
					environment: "node",
					testTimeout: 60000,
					hookTimeout: 60000,
					fileParallelism: false,
				},
			},
			{
				plugins: [packDataVitePlugin],
				resolve: {
					alias: { obsidian: fileURLToPath(new URL("./tests/fakes/obsidian.ts", import.meta.url)) },
				},
				test: {
					name: "plugin",
					include: ["tests/plugin/**/*.test.ts"],
					environment: "happy-dom",
					// the first test of a file builds the gazetteer with cold code: seconds on a busy two-core machine
					testTimeout: 20000,
				},
			},
		],
	},
});
