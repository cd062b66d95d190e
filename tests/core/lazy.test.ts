import { describe, expect, it } from "vitest";
import { lazy } from "../../src/core/lazy";

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
});
