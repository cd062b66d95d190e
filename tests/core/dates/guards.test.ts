/**
 * What is not a date. First numbers that never read as years (too short, glued to letters, decimals, times); then
 * numbers that do read as years but that a guard drops, with the guard's name; then positives that sit right next
 * to a guard's territory and must survive it.
 */
import { describe, expect, it } from "vitest";
import { datesIn, verdicts } from "./helpers";

describe("numbers that are never read as years", () => {
	it.each([
		["counts below a thousand", "He nailed up his 95 Theses"],
		["a small count with a plus", "700+ rambling pages"],
		["ages as a range", "Children 9-13 years could not work"],
		["ages as a bare range", "Children 13-18 cannot work more than 12 hours"],
		["page ranges below a thousand", "Read pp. 145–212 for Friday"],
		["verse numbers", "Matthew 19 - a reading"],
		["chapter and verse", "John 3:16 and Luke 2:1"],
		["times of day", "Lecture at 10:30 in the hall"],
		["a 24-hour time", "Meet at 19:30"],
		["a time glued to h", "Curfew at 1930h sharp"],
		["course codes glued to letters", "Take CS1950 next term"],
		["identifiers", "Notes in KBhHIST201 and B52 bombers"],
		["grouped thousands", "1,500 men and 10,000 horses"],
		["decimals", "4.2 trillion marks; inflation of 1923.5 percent"],
		["version-like numbers", "Screen at 9.34.07 AM"],
		["money with a sign", "Bought for $1900 or £1000 or € 1200"],
		["long digit runs", "Class notes CN 09162020"],
		["glued units", "Viscount 10k pounds, 100k+ victims, estimated 10M dead"],
		["a percentage", "Up 1914% in a year"],
		["a hashtag", "tagged #1917 for review"],
		["a footnote", "as argued[^1917] before"],
		["a three-digit number without a cue", "an army of 800 marched"],
		["an ordinal without century", "Europe's 1st attempt, the 2nd try"],
		["a day and month without a year", "March 8 is a holiday; quiz on September 13th"],
		["a month without a year", "by March the line held"],
		["a duration", "Personal rule for 11 years"],
		["a relative expression", "over a period of 30 years, 8 years ago"],
		["event names", "WWI, the Cold War and the Winter War"],
		["relative centuries", "the last century, half a century later"],
		["an open range end with no year", "from now to the present"],
		["a two-digit decade alone", "songs of the 60s"],
		["a C before a small number", "C4 explosive, vitamin C3"],
		["a phone number", "call 555-1917 today or 555-123-1917"],
		["an ISBN", "ISBN 978-1-4051-1917-3"],
		["a typo that makes no range", "from 1945-1939"],
	])("%s: %s", (_why, note) => {
		expect(datesIn(note)).toEqual([]);
	});
});

describe("numbers that read as years but are dropped by a guard", () => {
	it.each([
		["1000 horse crossed the river", "1000", "count"],
		["An army of 2000 soldiers", "2000", "count"],
		["About 1500 people died", "1500", "count"],
		["Around 1500 people died", "Around 1500", "count"],
		["Between 1000 and 2000 soldiers deserted", "Between 1000 and 2000", "count"],
		["Losses: 1200 ships", "1200", "count"],
		["Between 1000 and 2000 nobles were executed", "Between 1000 and 2000", "count"],
		["They killed 1500 monks", "1500", "count"],
		// a tilde before a small number before a plural marks an amount
		["~260 domains were ruled by daimyo", "~260", "count"],
		["a tip of 1000 dollar", "1000", "measure"],
		["for 1000 years", "1000", "measure"],
		["1500 years ago", "1500", "measure"],
		["at 1930 hours", "1930", "measure"],
		["1000+ pages", "1000", "measure"],
		["a 2000-strong army", "2000", "measure"],
		["the 1000-year Reich", "1000", "measure"],
		// a plural unit stays a measure, capitalised or not
		["in the 1000 Years Reich", "1000", "measure"],
		["USD 1900 in gold", "1900", "money"],
		["more than 1500 voted", "1500", "quantity"],
		["some 2000 fled", "2000", "quantity"],
		["over 1500 voted", "1500", "quantity"],
		["the area code 1858", "1858", "reference"],
		["at least 1200 were taken", "1200", "quantity"],
		["some 1500–2000 soldiers", "1500–2000", "quantity"],
		["UNSCR 1244 set up KFOR", "1244", "reference"],
		["Yi beats c. 130 Japanese ships in the strait", "c. 130", "count"],
		["He takes the castle and hangs the c. 400 defenders", "c. 400", "count"],
		// a share of a group, a people that is its own plural, a confession in the plural
		["In the fighting c. 170 of his men were killed", "c. 170", "count"],
		["approx. 120 Portuguese in the royal guard", "approx. 120", "count"],
		["Under Mary c. 280 Protestants burned", "c. 280", "count"],
		["pp. 1145–1212", "1145–1212", "reference"],
		["p. 1923", "1923", "reference"],
		["see page 1066", "1066", "reference"],
		["Vol. 1914 of the series", "1914", "reference"],
		["chapter 1848", "1848", "reference"],
		["No. 1917 in the catalogue", "1917", "reference"],
		["§ 1848 of the code", "1848", "reference"],
		["Room 1912, second floor", "1912", "reference"],
		["Call 555-1234 after class", "555-1234", "reference"],
		["Fax 1848 to the office", "1848", "reference"],
		["An assembly of 2000 representatives met", "2000", "count"],
		["HIST 1920 meets on Mondays", "1920", "course code"],
		["Quiz on 2024-09-16", "2024-09-16", "logistics"],
		["Midterm exam: October 12, 2021", "October 12, 2021", "logistics"],
		["Essay due on 3 May 2022", "3 May 2022", "logistics"],
		["Class notes, 16 September 2020", "16 September 2020", "logistics"],
		["Seminar in spring 2023", "spring 2023", "logistics"],
		["## 16 September 2020", "16 September 2020", "logistics"],
		["**9/16/2021**", "9/16/2021", "logistics"],
		["- Exam q. from 2019 paper: was the kingdom a Norman state?", "2019", "logistics"],
		// an exam's word opening the line, the year before any colon, question mark or quotation
		["Exam q. from 2019: \"Was unification made by blood and iron?\"", "2019", "logistics"],
		["- Quiz 2021 (past paper)", "2021", "logistics"],
		["![Screen Shot 2020-10-16 at 9.34](shot.png)", "2020-10-16", "image"],
		["![chart](Screen Shot 2020-10-16.png)", "2020-10-16", "image"],
	])("%s", (note, text, guard) => {
		expect(verdicts(note)).toEqual([{ text, droppedBy: guard }]);
	});
});

describe("a bare year before a name and a verb", () => {
	it("is a year: the name is no demonym and the verb no plural noun (\"c. 130 Japanese ships\" is a count)", () => {
		const note = "The 9th century: Velmar rules 852–889.\n- 889 Velmar abdicates in favour of his son\n- c. 130 Japanese ships sank";
		expect(datesIn(note).map((d) => d.text)).toEqual(["9th century", "852–889", "889"]);
	});
});

describe("dates beside a guard's territory", () => {
	it.each([
		["In 1917 people rose against the Tsar", "1917"],
		// "of" and no group's word after it; a year with its era before a people
		["Founded c. 870 of stone and timber", "c. 870"],
		["In AD 410 Romans in Britain left", "AD 410"],
		["Border clashes all through 1949 killed thousands", "1949"],
		// "over" after take, hand or win is the verb's, not a quantity; a law's name before its year is no reference
		["De Klerk takes over 1989", "1989"],
		// a range with a short end is written only for years
		["- total 1992–95: c. 100,000 dead", "1992–95"],
		// a qualifier or an opener between a guard's word and the number makes it a date
		["Sher Ali, secure only by 1869, asked for help", "by 1869"],
		["committees on the peasant question between 1826 and 1848", "between 1826 and 1848"],
		// a logistics word on a line about the 1990s leaves its history alone
		["The lecture ended on Somalia (Mogadishu, Oct 1993).", "Oct 1993"],
		["the Land Code 1858 reorganised property", "1858"],
		// a recent year on a logistics line before no exam's word
		["- lecture: the 2008 crash and its causes", "2008"],
		// a law's kind before "code" in small letters names a law; a release is a prisoner's too
		["secular civil code 1928-35, religious courts lose most cases", "1928-35"],
		["Celestine negotiates her release 1192", "1192"],
		// a letter past the ASCII range ends no unit's word: "M" of "Mạc" is no metre
		["In 1527 Mạc Đăng Dung usurped the throne.", "1527"],
		["By 1900 workers had the vote", "By 1900"],
		["Since 1945 soldiers have kept the peace", "Since 1945"],
		["In 1914, 1000 soldiers", "1914"],
		["1914: 1USD = 4RM", "1914"],
		["the 1940 elections", "1940"],
		["1848 revolutions across Europe", "1848"],
		["Lectures on the 1920s economy", "1920s"],
		["the exam covers 1914-1918", "1914-1918"],
		["Quiz reading: a treatise (1520)", "1520"],
		["A nuclear test on 16 July 1945", "16 July 1945"],
		["Exam tip: remember 28 June 1914", "28 June 1914"],
		// the exam's question keeps its years: after a colon or a question's opening, or no exam's word first
		["Exam q: why did the 2003 invasion of Iraq fail?", "2003"],
		["Quiz question \"2008 crash\" next week", "2008"],
		["The 2001 attacks shaped the exam", "2001"],
		["The class struggle of June 1848", "June 1848"],
		["Revolution, 1830 edition of the paper", "1830"],
		["The 1900 election", "1900"],
		["Photo essay on the year 1968", "1968"],
		["## 1789", "1789"],
		["## 9 November 1989", "9 November 1989"],
		["The 2000 elections were close", "2000"],
		["In 1500 towns were small", "1500"],
		// a capitalised unit word in the singular that opens a name is no unit
		["- 1814 Second Republic destroyed by Boves", "1814"],
		["1939 Second World War begins", "1939"],
	])("%s", (note, text) => {
		expect(datesIn(note).map((d) => d.text)).toEqual([text]);
	});
});

describe("where dates are not looked for", () => {
	it.each([
		["frontmatter", "---\ntitle: Events of 1917\nyear: 1917\n---\nText.\n"],
		["link targets", "See [[Revolution of 1830]] and [[Stalin, Volume II, 1928-1941|the second volume]]"],
		["embeds", "![[Map of Europe 1914.png]]"],
		["fenced code", "```\ntimeline 1914 1918\n```\n"],
		["HTML comments", "<!-- 1914 was the year -->"],
		["Obsidian comments", "%% by 1922 %%"],
		["URLs", "https://example.org/archive/1917/10/revolution"],
		["Markdown link destinations", "[the archive](https://example.org/1917)"],
	])("%s", (_where, note) => {
		expect(datesIn(note)).toEqual([]);
	});

	it("reads inline code and the text of a Markdown link", () => {
		expect(datesIn("the `hyperinflation of 1923` and [the crash of 1929](https://example.org)").map((d) => d.text)).toEqual([
			"1923",
			"1929",
		]);
	});
});
