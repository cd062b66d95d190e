/**
 * The pane reads a lecture in the light of its course: a person the other lectures of its folder name as their
 * lecturer ("Prof. Vassilakis said") is left out where this one names him bare ("Vassilakis thinks"), and so is he
 * from the course timeline's actors; a lecture elsewhere keeps him.
 */
import { describe, expect, it } from "vitest";
import { loadPlugin } from "./helpers";

const READINGS = "\n\n## Readings\n\n[[Kagan - The Peloponnesian War]]\n";
const VAULT = {
	"Course/Week 1.md": `Prof. Vassilakis said the war began in 431 BC. Pericles led Athens.${READINGS}`,
	"Course/Week 2.md": `In 430 BC Pericles lost the vote; Vassilakis thinks the plague decided it.${READINGS}`,
	"Other/Week 2.md": `In 430 BC Pericles lost the vote; Vassilakis thinks the plague decided it.${READINGS}`,
	"Kagan - The Peloponnesian War.md": "Pericles and the plague of 430 BC; Vassilakis reviewed the book.",
};

describe("a course's lecturer named bare in another lecture", () => {
	it("is no actor of the pane's lecture, nor of the course timeline, in that course only", async () => {
		const t = await loadPlugin(VAULT);
		await t.plugin.courseIndex.whenBuilt();
		const actorsOf = async (path: string): Promise<string[]> => {
			const file = t.app.vault.getFileByPath(path);
			if (!file) throw new Error(`no ${path}`);
			return (await t.plugin.context.analyse(file as never)).analysis.actors.map((a) => a.name);
		};
		expect(await actorsOf("Course/Week 2.md")).toEqual(["Pericles"]);
		expect(await actorsOf("Other/Week 2.md")).toEqual(["Pericles", "Vassilakis"]);
		expect(t.plugin.courseIndex.index.actors().map((a) => `${a.name} ${a.lectures}`).sort()).toEqual(["Athens 1", "Pericles 3", "Vassilakis 1"]);
	});

	it("is no actor the reverse view shares between that lecture and a reading it cites", async () => {
		const t = await loadPlugin(VAULT);
		await t.plugin.courseIndex.whenBuilt();
		const reading = t.app.vault.getFileByPath("Kagan - The Peloponnesian War.md");
		if (!reading) throw new Error("no reading");
		const citedBy = (await t.plugin.context.analyse(reading as never)).citedBy;
		const shared = Object.fromEntries(citedBy.map((c) => [c.path, c.report.actors.map((a) => a.name)]));
		expect(shared).toEqual({ "Course/Week 1.md": ["Pericles"], "Course/Week 2.md": ["Pericles"], "Other/Week 2.md": ["Pericles", "Vassilakis"] });
	});
});
