/**
 * A value made on first use rather than when the plugin loads. A regular expression with a Unicode property class
 * (`\p{L}`) costs 0.05–0.2 ms to build, most of it in tables V8 expands for the class, so two dozen of them built
 * at module level cost the plugin about 1.5 ms of its load (measured on main.js). Built lazily, a pattern costs
 * nothing until the note that needs it is read.
 */
export function lazy<T extends object>(make: () => T): () => T {
	let value: T | null = null;
	return () => (value ??= make());
}
