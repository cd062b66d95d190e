import { describe, expect, it } from "vitest";
import { deferred, lazy, makeDeferred } from "../../src/core/lazy";

/** Runs `makeDeferred` to its end; the number of steps it yielded. */
function makeAll(): number {
	let steps = 0;
	for (const step of makeDeferred()) steps += step === undefined ? 1 : 0;
	return steps;
}

describe("lazy", () => {
	it("makes nothing until asked, then makes the value once", () => {
		let made = 0;
		const pattern = lazy(() => {
			made++;
			return /\p{Lu}/u;
		});
		expect(made).toBe(0);
		const first = pattern();
		expect(pattern()).toBe(first);
		expect(made).toBe(1);
		expect(first.test("Ä")).toBe(true);
	});

	it("is made ahead by makeDeferred, once, and its first use then finds it made", () => {
		let made = 0;
		const value = lazy(() => ({ made: ++made }));
		const asked = lazy(() => ({ made: ++made }));
		const early = asked();
		expect(made).toBe(1);
		makeAll();
		// the one not asked for is made now, the one asked for is not made again
		expect(made).toBe(2);
		expect(value()).toEqual({ made: 2 });
		expect(asked()).toBe(early);
		makeAll();
		expect(made).toBe(2);
	});
});

describe("makeDeferred", () => {
	it("yields after each maker, and between the steps of a maker that has steps", () => {
		const log: string[] = [];
		deferred(() => void log.push("one"));
		deferred(function* () {
			log.push("two: first half");
			yield;
			log.push("two: second half");
		});
		const steps = makeDeferred();
		// skip the makers of earlier tests
		while (log.length === 0) steps.next();
		expect(log).toEqual(["one"]);
		steps.next();
		expect(log).toEqual(["one", "two: first half"]);
		steps.next();
		expect(log).toEqual(["one", "two: first half", "two: second half"]);
		expect(steps.next().done).toBe(true);
	});
});
