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
	const get = (): T => (value ??= make());
	deferred(() => {
		get();
	});
	return get;
}

/**
 * What the values made on first use (`lazy`, the actors' word sets and hash fields) are made by, in the order their
 * modules declared them. Made inside the first analysis of a session, they were some 25–90 ms of it with cold code
 * (the given names' set alone up to 40 ms), one block in which the app could not answer. A host with time slices makes
 * them beforehand instead (`prepareAnalysisInSlices` in src/core/prepare.ts, after the gazetteer).
 */
const makers: (() => Iterable<void> | void)[] = [];

/**
 * Registers the maker of a value made on first use, for `makeDeferred`: it makes the value if it is not made yet, in
 * one go or in the steps of the iterable it returns (a large one, so that no step runs long). Each step must leave
 * the value either not made or whole, as its first use may come between them.
 */
export function deferred(make: () => Iterable<void> | void): void {
	makers.push(make);
}

/** Makes the values made on first use, one step at a time, so that a caller can give the app its turn between them. */
export function* makeDeferred(): Generator<void, void, void> {
	for (let i = 0; i < makers.length; i++) {
		const steps = (makers[i] as () => Iterable<void> | void)();
		if (steps) yield* steps;
		yield;
	}
}
