/**
 * A value made on first use rather than when the plugin loads. A regular expression with a Unicode property class
 * (`\p{L}`) costs 0.05–0.2 ms to build, most of it in tables V8 expands for the class, so two dozen of them built
 * at module level cost the plugin about 1.5 ms of its load (measured on main.js). Built lazily, a pattern costs
 * nothing until the note that needs it is read. Write such a pattern as `new RegExp(String.raw`…`, "u")` inside the
 * thunk, not as a literal: V8 checks a regular expression literal's syntax while it compiles the script, and for a
 * Unicode property class that check costs about 0.12 ms per literal even if the line never runs (eleven literals
 * were 1.2-1.4 ms of main.js's compile).
 */
export function lazy<T extends object>(make: () => T): () => T {
	let value: T | null = null;
	return () => (value ??= make());
}
