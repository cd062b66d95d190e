import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/markdown/document";
import { DEFAULT_SOLUTION_CUES } from "../../../src/core/settings";
import { extractSolutions } from "../../../src/core/solutions";

const solve = (text: string, cues: string[] = DEFAULT_SOLUTION_CUES) => extractSolutions(parseNote(text), { cues });
const pairs = (text: string, cues?: string[]) => solve(text, cues).map((s) => [s.label, s.text]);

describe("items the note labels as options", () => {
	it.each([
		["Solution number 1: Appease the dictators", "Solution number 1", "Appease the dictators"],
		["Solution 2 - Rearm as fast as the budget allows", "Solution 2", "Rearm as fast as the budget allows"],
		["Option A: Blockade the northern ports", "Option A", "Blockade the northern ports"],
		["Strategy: Divide and rule", "Strategy", "Divide and rule"],
		["Solution 3 Withdraw behind the river", "Solution 3", "Withdraw behind the river"],
		["solution 3 Withdraw behind the river", "solution 3", "Withdraw behind the river"],
		["Solution 3 withdraw behind the river", "Solution 3", "withdraw behind the river"],
		["- Option 3) Retreat east and regroup", "Option 3", "Retreat east and regroup"],
		["1. Alternative — a negotiated peace", "Alternative", "a negotiated peace"],
		["**Solution 1:** Sign a pact with the neighbour", "Solution 1", "Sign a pact with the neighbour"],
		["Remedy #2: cut the gold standard", "Remedy #2", "cut the gold standard"],
		// a short bracket between the label and its separator is the label's: whose option it is
		["- Option A (K. Archidamus II): do not go to war yet", "Option A (K. Archidamus II)", "do not go to war yet"],
		["Solution 2 (the British view) - withdraw the fleet", "Solution 2 (the British view)", "withdraw the fleet"],
		["Option two: partition the province", "Option two", "partition the province"],
		// a label of a few words ending in a cue, then a colon
		["### Richelieu's alternative: pay the Swedes to do the fighting", "Richelieu's alternative", "pay the Swedes to do the fighting"],
		["The British strategy: blockade the ports", "The British strategy", "blockade the ports"],
		["- Another option: negotiate", "Another option", "negotiate"],
		// quoted label words, and a short bracket before the colon
		['- British "southern strategy" (1778-81): count on Loyalists to rise', 'British "southern strategy"', "count on Loyalists to rise"],
		['- "Zorvian solution" 1949: the old king heads a new state', '"Zorvian solution"', "the old king heads a new state"],
		// owners with a plural possessive, an abbreviation, a numeral or an ampersand
		["- Velmars' strategy: leave the north to the allies", "Velmars' strategy", "leave the north to the allies"],
		["- Alf. VI's strategy: squeeze the small kingdoms for tribute", "Alf. VI's strategy", "squeeze the small kingdoms for tribute"],
		["- F&I's strategy: take the valley town by town", "F&I's strategy", "take the valley town by town"],
		// an outline number before the label
		["4.4 Yi's strategy: hold the narrow channels", "Yi's strategy", "hold the narrow channels"],
		// a label opening a later sentence of the line, with its colon
		["4.3 The Zorvian cabinet split. Strategy: strike first before the Ostrans can attack", "Strategy", "strike first before the Ostrans can attack"],
	])("%s", (line, label, text) => {
		expect(pairs(line)).toEqual([[label, text]]);
	});

	it.each([
		// prose about an option, with no colon after the label, is no label
		"The best option is to wait.",
		"Richelieu's alternative was to pay the Swedes.",
		// a plural cue introduces a list, not an option
		"Wilson's proposals: see below",
		// inside a line, only a label with a colon after the end of a sentence
		"The cabinet split. Strategy was to wait.",
		"The cabinet split over the strategy: strike first",
		// a clause whose verb has the cue for its object is what someone did, no label
		"- Zorvath takes over strategy 1757: pays colonies for troops",
		"- Velmar adopted strategy: raid the coast",
		// a label and text both in small letters, with no separator, refer back to an option
		"- option 4 chosen; the army holds the river",
		"- Solution 2 adopted; the army holds the river",
		// also after an auxiliary
		"Solution 1 was tried in 1923; solution 3 collapsed when the Senate refused.",
		"- Option 2 had failed by then",
	])("no label: %s", (line) => {
		expect(pairs(line)).toEqual([]);
	});

	it("reads an option that an auxiliary opens, when no participle follows it", () => {
		expect(pairs("Solution 1 was to await revolution in Europe.")).toEqual([["Solution 1", "was to await revolution in Europe"]]);
	});

	it("reads each numbered option of one line", () => {
		expect(pairs("Option A - appease the dictators; Option B - rearm at once.")).toEqual([
			["Option A", "appease the dictators"],
			["Option B", "rearm at once"],
		]);
		expect(pairs("Solution 1: wait, Solution 2: strike. Solution 3: retreat")).toEqual([
			["Solution 1", "wait"],
			["Solution 2", "strike"],
			["Solution 3", "retreat"],
		]);
		const [a, b] = solve("Option A - appease; Option B - rearm.");
		expect([a?.col, b?.col]).toEqual([11, 31]);
		// labels in bold, the marks outside the label
		expect(pairs("**Option A:** appease; **Option B:** rearm")).toEqual([
			["Option A", "appease"],
			["Option B", "rearm"],
		]);
		// in a list item too
		const items = solve("- Option A: appease; Option B: rearm");
		expect(items.map((s) => [s.label, s.text, s.col])).toEqual([["Option A", "appease", 12], ["Option B", "rearm", 31]]);
		// not another cue's label, nor the cue in the option's own words, nor an option without a number
		expect(pairs("Option A - appease; Strategy: rearm")).toEqual([["Option A", "appease; Strategy: rearm"]]);
		expect(pairs("Option A - appease, as option B would fail")).toEqual([["Option A", "appease, as option B would fail"]]);
		expect(pairs("Strategy: divide; Strategy: rule")).toEqual([["Strategy", "divide; Strategy: rule"]]);
	});

	it("an item less indented than a list's items ends the list", () => {
		const note = "IV. What could Velmar do? Options debated\n   1. wait for aid\n   2. strike first\nV. In power, 1979–90\n   A. the junta rules";
		expect(pairs(note).map((p) => p[1])).toEqual(["wait for aid", "strike first"]);
	});

	it.each([
		["Solution 1: ...\n", []],
		["Solution 1: <!-- to do -->", []],
		["## Options\n- ...\n- Real option\n", [["Options #1", "Real option"]]],
		["Options:\n- !!\n- Withdraw", [["Options #1", "Withdraw"]]],
	])("an option with nothing to say is no option: %j", (note, expected) => {
		expect(pairs(note)).toEqual(expected);
	});

	it("keeps the text's position as a span of the raw note", () => {
		const note = "---\ntags: [lecture]\n---\nThe war goes badly\n\nOption B: Sue for peace\n";
		const [s] = solve(note);
		expect(s).toMatchObject({ line: 6, col: 10, text: "Sue for peace", context: "Option B: Sue for peace" });
		expect(note.slice(s?.offset, (s?.offset ?? 0) + (s?.length ?? 0))).toBe("Sue for peace");
	});

	it("gives the run of options the paragraph before it as their problem", () => {
		const note = ["Spring 1918: the army is exhausted", "Allies land in the north", "", "Solution number 1: Sign the peace", "Solution number 2: Fight on in the east", "Food is short"].join("\n");
		const problems = solve(note).map((s) => s.problem);
		expect(problems).toEqual(["Spring 1918: the army is exhausted / Allies land in the north", "Spring 1918: the army is exhausted / Allies land in the north"]);
	});

	it("falls back on the heading above when no paragraph precedes the options", () => {
		expect(solve("## The debt crisis\nOption 1: Default\nOption 2: Print money").map((s) => s.problem)).toEqual(["The debt crisis", "The debt crisis"]);
	});

	it("collects the list under a labelled option as its sub-items", () => {
		const [s] = solve("Strategy: Encircle the capital\n- cut the railways\n- take the bridges\n\nLater events");
		expect(s?.subItems).toEqual(["cut the railways", "take the bridges"]);
	});

	it("a labelled heading is one option; its section's items are its details", () => {
		const note = "## Option 2: Armed neutrality\n- keep the fleet at home\n- trade with both sides\n## Next";
		expect(solve(note).map((s) => [s.label, s.text, s.subItems])).toEqual([["Option 2", "Armed neutrality", ["keep the fleet at home", "trade with both sides"]]]);
	});
});

describe("items of a list under a heading or lead-in with a cue word", () => {
	it("under a heading: every item, numbered by the heading", () => {
		const note = "## How to end the war\n- Negotiate through a neutral power\n- Offer the disputed provinces\n\n## Aftermath\n- Famine";
		expect(pairs(note)).toEqual([
			["How to end the war #1", "Negotiate through a neutral power"],
			["How to end the war #2", "Offer the disputed provinces"],
		]);
	});

	it("deeper items are sub-items, not solutions", () => {
		const note = "### Remedies for the slump\n1. Public works\n\t- roads\n\t- dams\n2. Tariffs";
		expect(solve(note).map((s) => [s.label, s.text, s.subItems])).toEqual([
			["Remedies for the slump #1", "Public works", ["roads", "dams"]],
			["Remedies for the slump #2", "Tariffs", []],
		]);
	});

	it("prose between the heading and the list stays in the heading's section", () => {
		const note = "## Reformers propose changes\n\nThe council met for a year and argued a lot about it.\nSeveral camps formed.\n1. Abolish the tithe\n2. Elect the bishops";
		expect(pairs(note)).toEqual([
			["Reformers propose changes #1", "Abolish the tithe"],
			["Reformers propose changes #2", "Elect the bishops"],
		]);
	});

	it.each([
		["a colon lead-in", "Strategies to contain inflation:\n- Raise interest rates\n- Freeze wages", "Strategies to contain inflation"],
		["a bold lead-in", "**Proposals**\n- A customs union\n- A common army", "Proposals"],
		["a lead-in with a blank line before its list", "How not to lose the peace\n\n- Keep the alliance\n- Pay for reconstruction", "How not to lose the peace"],
		["a lead-in item above deeper items", "- Options for the cabinet:\n\t- Call an election\n\t- Form a coalition\n- The king waits", "Options for the cabinet"],
	])("%s", (_, note, lead) => {
		expect(solve(note).map((s) => s.label)).toEqual([`${lead} #1`, `${lead} #2`]);
	});

	it("a lead-in that qualifies the heading keeps its scope; one that names a new topic ends it", () => {
		const note = [
			"## How to avoid another war",
			"- Share power",
			"**Under a common treaty**",
			"- Limit armies",
			"**Strategies to deter**",
			"- Mutual defence",
			"",
			"Rules of the new order",
			"",
			"- Trade binds nations",
		].join("\n");
		expect(pairs(note)).toEqual([
			["How to avoid another war #1", "Share power"],
			["How to avoid another war #2", "Limit armies"],
			["Strategies to deter #1", "Mutual defence"],
		]);
	});

	it("a lead-in right under the heading introduces the heading's list; one after its options names a new topic", () => {
		const note = [
			"### How to make citizens?",
			"",
			"The minister's famous quip set the agenda:",
			"- compulsory schooling in the standard language",
			"- conscription mixing every region",
			"",
			"### The deadlock: how to end the war?",
			"- Solution 1 – exchange every prisoner",
			"- Solution 2 – voluntary return only",
			"",
			"Deadlock broken the next year:",
			"- the old leader dies",
		].join("\n");
		expect(pairs(note)).toEqual([
			["How to make citizens? #1", "compulsory schooling in the standard language"],
			["How to make citizens? #2", "conscription mixing every region"],
			["Solution 1", "exchange every prisoner"],
			["Solution 2", "voluntary return only"],
		]);
	});

	it("a lead-in's list ends where its numbers give way to bullets, or its bullets to numbers", () => {
		const note = ["The minister's options:", "1. recognise the regime", "2. an arms embargo", "", "- in practice 2 then 3: the port is seized", "- mediation fails"].join("\n");
		expect(pairs(note)).toEqual([
			["The minister's options #1", "recognise the regime"],
			["The minister's options #2", "an arms embargo"],
		]);
		expect(pairs("Options:\n- wait\n- strike\n\n1. The army strikes in May")).toEqual([
			["Options #1", "wait"],
			["Options #2", "strike"],
		]);
		// numbers of one list with bullets under them, and a heading's lists, all count
		expect(pairs("Options:\n1. wait\n\t- and see\n2. strike")).toEqual([
			["Options #1", "wait"],
			["Options #2", "strike"],
		]);
		expect(pairs("## How to end the war\n1. a truce\n\n- a peace treaty")).toEqual([
			["How to end the war #1", "a truce"],
			["How to end the war #2", "a peace treaty"],
		]);
	});

	it("a lead-in line's problem is the paragraph just above it, else the heading above it", () => {
		expect(solve("## The famine\nRemedies tried:\n- Grain imports").map((s) => s.problem)).toEqual(["The famine"]);
		const note = "## The settlement\nProblem: how to keep the great powers at peace?\n\nStrategies:\n1. Congress diplomacy";
		expect(solve(note).map((s) => s.problem)).toEqual(["Problem: how to keep the great powers at peace?"]);
		expect(solve("## Aftermath\n- Ruin\n**Proposals**\n- Loans").map((s) => s.problem)).toEqual(["Aftermath"]);
	});

	it("a list item that is itself labelled keeps its own label", () => {
		expect(pairs("## Options\n- Option A: Fight\n- Surrender")).toEqual([
			["Option A", "Fight"],
			["Options #1", "Surrender"],
		]);
	});

	it("prose items keep the clause that states the action", () => {
		const note = [
			"## Bismarck's alternatives",
			"1. For example, Bismarck allied with Austria to isolate France. This worked for a while.",
			"2. Another key point is that he courted Russia, which kept the east quiet for many years to come and left the west to his diplomats.",
			"3. Most importantly, he avoided colonies: the army and the budget came first in every single year of his long rule as chancellor.",
		].join("\n");
		expect(solve(note).map((s) => s.text)).toEqual([
			"Bismarck allied with Austria to isolate France",
			"he courted Russia",
			"he avoided colonies",
		]);
	});

	it("a long item's own label, its owner in brackets, is no commentary to cut", () => {
		const note = [
			"5. the strategies:",
			"   - Strategy (Velmar): hold the fort",
			"   - Strategy (Zorvig Ostra): back both sides – promise the Velmar lords the troops will not fight, in return for keeping all the lands they hold",
		].join("\n");
		expect(solve(note).map((s) => s.text)).toEqual([
			"Strategy (Velmar): hold the fort",
			"Strategy (Zorvig Ostra): back both sides – promise the Velmar lords the troops will not fight, in return for keeping all the lands they hold",
		]);
	});
});

describe("a heading that names one option", () => {
	it.each([
		["## Syndicalism: An Alternative to Parliament", "An Alternative to Parliament", "Syndicalism", "Parliament"],
		["## Appeasement - a solution for the German question", "a solution for the German question", "Appeasement", "the German question"],
		["### Federalism as an option", "an option", "Federalism", null],
	])("%s", (heading, label, text, problem) => {
		const [s, ...rest] = solve(`${heading}\n- first detail\n- second detail`);
		expect(rest).toEqual([]);
		expect(s).toMatchObject({ label, text, problem, subItems: ["first detail", "second detail"] });
	});
});

describe("what is not a solution", () => {
	it.each([
		["the Final Solution as a name", "## The Final Solution\n- Wannsee, January 1942\n- the camps"],
		["a Final Solution label", "Final Solution: the Nazi name for genocide"],
		["a list without a cue", "## Causes\n- Debt\n- Drought"],
		["a party platform", "- platform\n\t1. unite the nation\n\t2. regain respect"],
		["a cue word in prose", "This was a short-term strategy, not viable in the long run.\n- Industry grew"],
		["a long prose lead-in that ends with a full stop", "The minister proposes that the market is not self-correcting because of fear.\n- Banks fail"],
		["a cue in scare quotes", '- the accused had "options" after the trial\n\t- exile, prison, death'],
		["a cue heading with an empty section", "# Note: one of the options for the essay\n\n## The Thirty Years War\n- Bohemia revolts"],
		["a plural cue with nothing after it", "Solutions:"],
		["a marker inside code", "```\nOption A: ignore me\n```"],
		["a marker inside a comment", "%% Solution 1: hidden %%"],
		["a word that only starts like a cue", "## Strategic bombing\n- Dresden\n- Hamburg"],
		["a cue inside a link (not body text)", "## [[Solution (chemistry)]]\n- salt water"],
	])("%s", (_, note) => {
		expect(solve(note)).toEqual([]);
	});
});

describe("cue words come from the settings", () => {
	const note = "## Options\n- Wait\n\n## Remedies\n- Act";
	it("only the configured cues count", () => {
		expect(pairs(note, ["remedy"])).toEqual([["Remedies #1", "Act"]]);
	});
	it("a new cue word works everywhere", () => {
		expect(pairs("Countermeasure: Raise the dykes\n\n## Countermeasures\n- Evacuate", ["countermeasure"])).toEqual([
			["Countermeasure", "Raise the dykes"],
			["Countermeasures #1", "Evacuate"],
		]);
	});
	it("no cues, no solutions", () => {
		expect(solve("Solution 1: anything", [])).toEqual([]);
	});
});

describe("robustness", () => {
	// A super-linear pattern would take minutes on these; the timeout is the guard, not a speed measurement.
	it.each([
		["digits, dashes and brackets", "1939-40 [[".repeat(100_000)],
		["cue words", "Solution 1: option strategy remedy ".repeat(30_000)],
		["list items under a cue", "## Options\n" + "- a\n\t- b\n".repeat(50_000)],
		["lead-ins", "Options:\n- x\n".repeat(50_000)],
	])("a megabyte of %s finishes", { timeout: 5000 }, (_, text) => {
		expect(() => solve(text)).not.toThrow();
	});
});

describe("the text of an item", () => {
	it.each([
		["a discourse lead-in goes", "Options:\n- The solution is to rearm at once", "to rearm at once"],
		["'… is that' goes", "Options:\n- One idea was that the League should act", "the League should act"],
		["a statement is kept whole", "Options:\n- A change is needed in the tax system", "A change is needed in the tax system"],
		["emphasis and links stay verbatim", "Options:\n- **Rearm** with [[Royal Navy|the navy]]", "**Rearm** with [[Royal Navy|the navy]]"],
		["a trailing comment goes", "Options:\n- Rearm %% check the date %%", "Rearm"],
	])("%s", (_, note, text) => {
		expect(solve(note).map((s) => s.text)).toEqual([text]);
	});
});

describe("cue words as whole words", () => {
	it.each([
		["an inflected cue", "Britain proposed:\n- A naval treaty", ["Britain proposed #1"]],
		["a cue at the very start of the note", "Options\n- Wait", ["Options #1"]],
		["a cue followed by punctuation", "## What to do? Remedies!\n- Rest", ["What to do? Remedies! #1"]],
		["not inside a longer word", "## Optionality and its limits\n- Hedging", []],
		["not glued to a letter in front", "## Cooptions\n- Guilds", []],
		["a cue next to a non-Latin letter counts only alone", "## Solutionλ\n- x", []],
	])("%s", (_, note, labels) => {
		expect(solve(note).map((s) => s.label)).toEqual(labels);
	});
});

describe("items lettered or numbered in brackets", () => {
	it("are the items of the lead-in above them", () => {
		const found = solve("How to end the war? What the allies argued over:\n(a) fight on to the sea\n(b) buy peace with tribute\n(c) keep a smaller army\n\n## Next");
		expect(found.map((x) => x.text)).toEqual(["fight on to the sea", "buy peace with tribute", "keep a smaller army"]);
	});
});

describe("a capital and a dot opening a line", () => {
	it.each([
		// a person's initial before a lead-in: the line leads in, it is no option of its own
		["### Options for the court in 1284\nL. put it as three options on the slide:\n1. submit and pay tribute\n2. fight at the passes\n3. give up the capital", ["submit and pay tribute", "fight at the passes", "give up the capital"]],
		// lettered items with a sibling stay items, in capitals or small letters
		["Options for the court:\nA. submit and pay tribute\nB. fight at the passes", ["submit and pay tribute", "fight at the passes"]],
		["Options for the court:\na. submit and pay tribute\nb. fight at the passes", ["submit and pay tribute", "fight at the passes"]],
		["Options for the court:\n\nA. submit and pay tribute\n\nB. fight at the passes", ["submit and pay tribute", "fight at the passes"]],
	])("%s", (note, texts) => {
		expect(solve(note).map((s) => s.text)).toEqual(texts);
	});
});
