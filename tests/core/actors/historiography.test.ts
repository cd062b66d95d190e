/**
 * A section headed as the historians' views, the word anywhere in its heading ("Why did it decline?
 * (historiography)"): the names a line gives in brackets after a view are cited, no actors; the actors of the views
 * stay, and so do the note's actors outside the section.
 */
import { describe, expect, it } from "vitest";
import { summaryIn } from "./helpers";

const note = (lines: string): string => `# Lecture 5\n\n## 6. Why did it decline? (historiography)\n${lines}\n\n## Events\n- 1739: Nadir Shah sacks Delhi (Muzaffar Alam's example)\n`;

describe("historians named in brackets in a historiography section", () => {
	it.each<[string, string[]]>([
		["1. Aurangzeb's religious policy alienated the Rajputs (J. N. Sarkar, the old nationalist line)", ["person Aurangzeb: Aurangzeb", "people Rajputs: Rajputs"]],
		["2. the jagirdari crisis (Satish Chandra); 3. agrarian crisis (Irfan Habib → the agrarian chapter)", []],
		["4. the rise of regional elites (Muzaffar Alam, C. A. Bayly) → decline at the center", []],
		["6. the peasants revolted (Sarkar; Irfan Habib, the Aligarh school)", []],
		["5. the Sikhs (under Banda Bahadur) rose in the Punjab", ["people Sikhs: Sikhs", "person Banda Singh Bahadur: Banda Bahadur"]],
	])("%s", (lines, expected) => {
		// the section's actors, then the events' (outside the section a bracket is no citation)
		expect(summaryIn(note(lines), 1739)).toEqual([...expected, "person Nader Shah: Nadir Shah", "person Muzaffar Alam: Muzaffar Alam"]);
	});
});
