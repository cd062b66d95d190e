import { describe, expect, it } from "vitest";
import { KeptZeroes } from "../../src/core/kept";

describe("KeptZeroes", () => {
	it("hands the kept array back while it is large enough, and grows it when it is not", () => {
		const kept = new KeptZeroes((size) => new Uint8Array(size));
		const a = kept.get(10);
		expect(a.length).toBe(10);
		expect(kept.get(4)).toBe(a);
		const b = kept.get(20);
		expect(b).not.toBe(a);
		expect(kept.get(10)).toBe(b);
	});

	it("gives a note over the limit an array of its own and keeps the smaller one", () => {
		const kept = new KeptZeroes((size) => new Int32Array(size));
		const small = kept.get(100);
		const huge = kept.get(2_000_000);
		expect(huge.length).toBe(2_000_000);
		expect(kept.get(100)).toBe(small);
	});
});
