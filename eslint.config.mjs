import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

// Node-side code (command line, scripts, tests) may use Node's modules; the plugin bundle (src/ outside src/cli)
// may not.
const nodeFiles = ["src/cli/**", "scripts/**", "tests/**", "bin/**", "*.config.{mjs,ts}", "eslint.config.mjs"];

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "artifacts/", "example-vault/*/plugins/", "package-lock.json", "eval/sets/"]),
	...obsidianmd.configs.recommended,
	{
		files: ["**/*.ts", "**/*.mts"],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		files: nodeFiles,
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"no-console": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-create-el": "off",
			"import/no-extraneous-dependencies": "off",
			"obsidianmd/rule-custom-message": "off",
			// Outside Obsidian there is no Vault#configDir to ask: a vault opened from disk uses the default folder.
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	{
		files: ["**/*.cjs"],
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
	// The manifest is linted too: the plugin's own rule validates its structure.
	// The manifest is read by TypeScript's parser as a JSON expression, the tree the rule walks.
	{
		files: ["manifest.json"],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: [".json"], projectService: false, project: null },
		},
		rules: { "obsidianmd/validate-manifest": "error" },
	},
]);
