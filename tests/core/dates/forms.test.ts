/**
 * Every form of historical date the grammar reads, one table per family. Each row: a line of a note, then the date
 * found in it: its text (the minimal span), first and last year (BC negative), precision and qualifier.
 */
import { describe, expect, it } from "vitest";
import { brief, datesIn, expected, type Row } from "./helpers";

function table(rows: Row[]): void {
	it.each(rows)("%s", (...row) => {
		expect(datesIn(row[0]).map(brief)).toEqual([expected(row)]);
	});
}

describe("years", () => {
	table([
		["Locarno Pact 1925 - mutual guarantees", "1925", 1925, 1925, "year"],
		["1712: the first working steam engine", "1712", 1712, 1712, "year"],
		["The Norman conquest of 1066", "1066", 1066, 1066, "year"],
		["Peace treaty signed (1648)", "1648", 1648, 1648, "year"],
		["Act passed in 1833.", "1833", 1833, 1833, "year"],
		["* 1688 revolution in England", "1688", 1688, 1688, "year"],
		["## The crisis of 1929", "1929", 1929, 1929, "year"],
		["| 1871 | unification |", "1871", 1871, 1871, "year"],
		["the `inflation of 1923` was severe", "1923", 1923, 1923, "year"],
		["Elected in 1802, crowned later", "1802", 1802, 1802, "year"],
		["1914 => assassination in Sarajevo", "1914", 1914, 1914, "year"],
		["The 1940 elections were cancelled", "1940", 1940, 1940, "year"],
	]);
});

describe("ranges", () => {
	table([
		["Annexations 1939-40, then the war in the north", "1939-40", 1939, 1940, "year"],
		["The war of 1914-18", "1914-18", 1914, 1918, "year"],
		["War years 1939–1940 in the east", "1939–1940", 1939, 1940, "year"],
		["The winter of crisis 1939/40", "1939/40", 1939, 1940, "year"],
		["The great war 1914 - 1918 changed everything", "1914 - 1918", 1914, 1918, "year"],
		["Reign 1914 — 1918", "1914 — 1918", 1914, 1918, "year"],
		["Plans ran between 1928 and 1941", "between 1928 and 1941", 1928, 1941, "year"],
		["Collectivised from 1929 to 1933 by force", "from 1929 to 1933", 1929, 1933, "year"],
		["The occupation lasted 1940 to 1944", "1940 to 1944", 1940, 1944, "year"],
		["Rationing from 1940 until 1954", "from 1940 until 1954", 1940, 1954, "year"],
		["A reign (r.1556-1598) of decline", "1556-1598", 1556, 1598, "year"],
		["Emperor, r. 1848-1916", "1848-1916", 1848, 1916, "year"],
		["The turn of the century 1898-01", "1898-01", 1898, 1901, "year"],
		["Byzantium 476–1453 outlived Rome", "476–1453", 476, 1453, "year"],
	]);
});

describe("decades", () => {
	table([
		["Boom of the 1920s", "1920s", 1920, 1929, "decade"],
		["1930S = rearmament", "1930S", 1930, 1939, "decade"],
		["The 1960's counterculture", "1960's", 1960, 1969, "decade"],
		["In the late 1930s appeasement failed", "late 1930s", 1930, 1939, "decade", "late"],
		["the mid-1950s thaw", "mid-1950s", 1950, 1959, "decade", "mid"],
		["Jazz age 1920s-30s", "1920s-30s", 1920, 1939, "decade"],
		["Printing spread in the 1450s-60s", "1450s-60s", 1450, 1469, "decade"],
		["Film from the 1900s–1910s", "1900s–1910s", 1900, 1919, "decade"],
		["Markets since the 2000s", "since the 2000s", 2000, 2009, "decade", "after"],
		["Viking raids of the 870s", "870s", 870, 879, "decade"],
	]);

	it.each([
		// a two-digit decade with a cue, in the century of the note's nearest full year
		["Crisis of 1962. From the mid-60s MAD held.", ["1962", "mid-60s 1960–1969 mid"]],
		["Crisis of 1962. The late '70s brought détente; in the 80s it ended.", ["1962", "late '70s 1970–1979 late", "80s 1980–1989"]],
		["The 20s roared, before the crash of 1929.", ["20s 1920–1929", "1929"]],
		// listed after a full decade (a comma, "and", "or"), a decade of that one's century
		["In 1880 it began; the 1960s and 70s; the 1920s, 30s and 40s.", ["1880", "1960s 1960–1969", "70s 1970–1979", "1920s 1920–1929", "30s 1930–1939", "40s 1940–1949"]],
		// not after a year, nor after an age
		["In 1962 he was in his 60s and 70s; 1914 and 15 rounds.", ["1962", "1914"]],
		// an age, a bare number, or a note without a full year is no date
		["In 1962 he was in his late 60s; the ratio was 60s.", ["1962"]],
		["The mid-60s were calm.", []],
	])("%s", (text, expected) => {
		expect(datesIn(text).map((d) => [d.text, d.start === d.end ? "" : `${d.start}–${d.end}`, d.qualifier ?? ""].join(" ").trim())).toEqual(expected);
	});
});

describe("centuries", () => {
	table([
		["Scientists in the 19th century observed it", "19th century", 1800, 1899, "century"],
		["20th C ideology", "20th C", 1900, 1999, "century"],
		["A 17th C definition", "17th C", 1600, 1699, "century"],
		["German composer of the 19thC", "19thC", 1800, 1899, "century"],
		["The 18th c. salon", "18th c.", 1700, 1799, "century"],
		["A craze in the 16th to 17th century", "16th to 17th century", 1500, 1699, "century"],
		["Wars in the 16th and 17th centuries", "16th and 17th centuries", 1500, 1699, "century"],
		["The 16th-17th century crisis", "16th-17th century", 1500, 1699, "century"],
		["The 16th century to the 17th century", "16th century to the 17th century", 1500, 1699, "century"],
		["A sixteenth-century map", "sixteenth-century", 1500, 1599, "century"],
		["Printing in the fifteenth century", "fifteenth century", 1400, 1499, "century"],
		["Towns of the twelfth and thirteenth centuries", "twelfth and thirteenth centuries", 1100, 1299, "century"],
		["Hopes for the twenty-first century", "twenty-first century", 2000, 2099, "century"],
		["The 17 century crisis", "17 century", 1600, 1699, "century"],
		["In the 1500s, Spain ruled the seas", "1500s", 1500, 1599, "century"],
		["Late 1500s-now: empires of the world", "Late 1500s", 1500, 1599, "century", "late"],
		["Trade grew in the 1800s and beyond", "1800s", 1800, 1899, "century"],
		["Empires from the 1500s–1600s", "1500s–1600s", 1500, 1699, "century"],
		["Mid-20th century crisis", "Mid-20th century", 1900, 1999, "century", "mid"],
		["Wars of the 17th/18th century", "17th/18th century", 1600, 1799, "century"],
		["Britain in the early C20th", "early C20th", 1900, 1999, "century", "early"],
		["C19 industrial towns", "C19", 1800, 1899, "century"],
		["The C16-C17 wars of religion", "C16-C17", 1500, 1699, "century"],
	]);
});

describe("months, days and seasons", () => {
	table([
		["Invasion in June 1941", "June 1941", 1941, 1941, "month"],
		["Abdication in February 1848", "February 1848", 1848, 1848, "month"],
		["Putsch (November 1923)", "November 1923", 1923, 1923, "month"],
		["Sept. 1938: the crisis", "Sept. 1938", 1938, 1938, "month"],
		["A strike in June of 1926", "June of 1926", 1926, 1926, "month"],
		["Offensive June–August 1916", "June–August 1916", 1916, 1916, "month"],
		["Blockade from June 1948 – May 1949", "June 1948 – May 1949", 1948, 1949, "month"],
		["Attack on 22 June 1941", "22 June 1941", 1941, 1941, "day"],
		["Signed on the 28th of June, 1919", "28th of June, 1919", 1919, 1919, "day"],
		["Crash: October 29, 1929", "October 29, 1929", 1929, 1929, "day"],
		["Appointed January 30, 1933 as chancellor", "January 30, 1933", 1933, 1933, "day"],
		["Sailed on Aug. 3, 1492", "Aug. 3, 1492", 1492, 1492, "day"],
		["A plot of November 5 1605", "November 5 1605", 1605, 1605, "day"],
		["Sunday, December 7, 1941 attack", "December 7, 1941", 1941, 1941, "day"],
		["Battle of 1-3 July 1863", "1-3 July 1863", 1863, 1863, "day"],
		["Storming of the fortress, July 14th, 1789", "July 14th, 1789", 1789, 1789, "day"],
		["Armistice 11/11/1918 at eleven", "11/11/1918", 1918, 1918, "day"],
		["Landings 06.06.1944 in Normandy", "06.06.1944", 1944, 1944, "day"],
		["Wall opened 1989-11-09 at night", "1989-11-09", 1989, 1989, "day"],
		["The offensive of spring 1916", "spring 1916", 1916, 1916, "season"],
		["Crisis in the summer of 1914", "summer of 1914", 1914, 1914, "season"],
		["Retreat in winter 1941–42", "winter 1941–42", 1941, 1942, "season"],
		["Turnip Winter 1916/17 in Germany", "Winter 1916/17", 1916, 1917, "season"],
		["Elections in autumn 1932", "autumn 1932", 1932, 1932, "season"],
	]);
});

describe("eras", () => {
	table([
		["Caesar killed 44 BC", "44 BC", -44, -44, "year"],
		["Caesar killed 44BC", "44BC", -44, -44, "year"],
		["Reforms of 508/7 BC", "508/7 BC", -508, -507, "year"],
		["The Republic, 509–27 BCE", "509–27 BCE", -509, -27, "year"],
		["Athens fell 404 B.C.", "404 B.C.", -404, -404, "year"],
		["The war of 431–404 BCE", "431–404 BCE", -431, -404, "year"],
		["Crowned AD 800 in Rome", "AD 800", 800, 800, "year"],
		["Crowned in 800 AD in Rome", "800 AD", 800, 800, "year"],
		["Sack of the city, 410 CE", "410 CE", 410, 410, "year"],
		["Founding c. 500 BC", "c. 500 BC", -500, -500, "year", "circa"],
		["Augustus ruled from 27 BC to AD 14", "from 27 BC to AD 14", -27, 14, "year"],
		["The Ice Age ended 10,000 BC", "10,000 BC", -10000, -10000, "year"],
		["Philosophy in the 5th century BC", "5th century BC", -500, -401, "century"],
		["The 440s BC were its peak", "440s BC", -449, -440, "decade"],
		["Crowned in the year 800 in Rome", "800", 800, 800, "year"],
		["A chronicle c. 900 mentions it", "c. 900", 900, 900, "year", "circa"],
	]);
});

describe("qualifiers", () => {
	table([
		["Late 1917: civil war", "Late 1917", 1917, 1917, "year", "late"],
		["early 1848 unrest", "early 1848", 1848, 1848, "year", "early"],
		["mid 1917 mutinies", "mid 1917", 1917, 1917, "year", "mid"],
		["Threat averted by 1922; the army beaten", "by 1922", 1922, 1922, "year", "by"],
		["Pre 1939 the plans were set", "Pre 1939", 1939, 1939, "year", "by"],
		["pre-1914 alliances", "pre-1914", 1914, 1914, "year", "by"],
		["Purges before 1939", "before 1939", 1939, 1939, "year", "by"],
		["A party state until 1991", "until 1991", 1991, 1991, "year", "by"],
		["Rule up to 1603 unbroken", "up to 1603", 1603, 1603, "year", "by"],
		["Tensions prior to 1914", "prior to 1914", 1914, 1914, "year", "by"],
		["Push for expansion after 1933", "after 1933", 1933, 1933, "year", "after"],
		["post 1945 order", "post 1945", 1945, 1945, "year", "after"],
		["post-1945 order", "post-1945", 1945, 1945, "year", "after"],
		["Democracy since 1989", "since 1989", 1989, 1989, "year", "after"],
		["Industry from 1850 onwards", "1850 onwards", 1850, 1850, "year", "after"],
		["Printing circa 1450", "circa 1450", 1450, 1450, "year", "circa"],
		["Printing ca. 1450", "ca. 1450", 1450, 1450, "year", "circa"],
		["Printing (c.1450) spread", "c.1450", 1450, 1450, "year", "circa"],
		["A map from around 1500", "around 1500", 1500, 1500, "year", "circa"],
		["A map from ~1500", "~1500", 1500, 1500, "year", "circa"],
		["Absolute monarchies before the 18th century", "before the 18th century", 1700, 1799, "century", "by"],
		["Constitutionalism by end of 17th Century", "by end of 17th Century", 1600, 1699, "century", "by"],
		["Order questioned by the end of the 18th century", "by the end of the 18th century", 1700, 1799, "century", "by"],
		["Towards the end of the 18th century", "end of the 18th century", 1700, 1799, "century", "late"],
		["At the beginning of 1917 bread ran out", "beginning of 1917", 1917, 1917, "year", "early"],
		["Wars of the first half of the 17th century", "first half of the 17th century", 1600, 1699, "century", "early"],
		["Growth in the latter part of the 19th century", "latter part of the 19th century", 1800, 1899, "century", "late"],
		["Painting in the mid-to-late 1930s", "mid-to-late 1930s", 1930, 1939, "decade", "late"],
		["Reform by the 1830s", "by the 1830s", 1830, 1839, "decade", "by"],
		["By 1898-1912 the fleet had grown", "By 1898-1912", 1898, 1912, "year", "by"],
		["Movable type c.1450-1500", "c.1450-1500", 1450, 1500, "year", "circa"],
		["Painting in the early-mid 1800s", "early-mid 1800s", 1800, 1899, "century", "mid"],
		["Settled by c. 1500", "by c. 1500", 1500, 1500, "year", "by"],
		["Sold after ca. 1500", "after ca. 1500", 1500, 1500, "year", "after"],
	]);

	it.each(["Growth in the late 19th and early 20th century", "Growth in the late 19th-early 20th century"])(
		"keeps two dates apart when each end has its own qualifier: %s",
		(note) => {
			expect(datesIn(note).map(brief)).toEqual([
				{ text: "late 19th", start: 1800, end: 1899, precision: "century", qualifier: "late" },
				{ text: "early 20th century", start: 1900, end: 1999, precision: "century", qualifier: "early" },
			]);
		},
	);
});

describe("several dates on a line", () => {
	it.each([
		["Cold War (1945 - 1991) and the USSR 1922-1991", ["1945 - 1991", "1922-1991"]],
		["Modified the platform for voters pre 1933, and after 1933", ["pre 1933", "after 1933"]],
		["Revolution in 1789 => suffrage in 1971", ["1789", "1971"]],
		["The years 1914 and 1918 mark the war", ["1914", "1918"]],
		["1914 or 1915 is disputed", ["1914", "1915"]],
		["Elections in 1932, 1933 and 1936", ["1932", "1933", "1936"]],
		["The 1600s and 1700s saw it", ["1600s", "1700s"]],
		["In 1805 some 2000 soldiers crossed", ["1805"]],
		// an approximate year after "the" stays a year when it is four digits or before no plural
		["the c. 1520 reforms; c. 400 the Huns came", ["c. 1520", "c. 400"]],
	])("%s", (note, texts) => {
		expect(datesIn(note).map((d) => d.text)).toEqual(texts);
	});
});

describe("the year window for bare numbers", () => {
	it.each([
		["1066", { minYear: 1000, maxYear: 2100 }, ["1066"]],
		["1066", { minYear: 1200, maxYear: 2100 }, []],
		["1066 AD", { minYear: 1200, maxYear: 2100 }, ["1066 AD"]],
		["2150", { minYear: 1000, maxYear: 2100 }, []],
		["2150", { minYear: 1000, maxYear: 2200 }, ["2150"]],
		["the 19th century", { minYear: 1950, maxYear: 2000 }, ["19th century"]],
	] as const)("%s in %o", (note, window, texts) => {
		expect(datesIn(note, window).map((d) => d.text)).toEqual(texts);
	});
});

describe("a note that runs from the first millennium into the second", () => {
	// one year of the first millennium with a cue, and many later years: no note about the first millennium
	const later = "Bulgaria annexed 1018; Armenian lands by 1022; the dynasty lasts to 1056; the sack of 1204.\n";
	it.each([
		// a number that opens a list item before a colon, a dash or a capitalised word, or spans a reign after a name
		["- 867: Basil I murders Michael III\n- 732 Poitiers (Charles Martel)\n- Leo VI (886–912) and Romanos (920–944)", ["867", "732", "886–912", "920–944"]],
		// a bare number within two lines of a year of the first millennium
		["- missions c. 864; Photios patriarch 877\n- Symeon at the walls 913\n- Symeon dies 927", ["c. 864", "877", "913", "927"]],
		// and the range that ends with circa
		["## Macedonian takeover (867–c. 1025)", ["867–c. 1025"]],
	])("%s", (line, texts) => {
		expect(datesIn(`- Armenia c. 966\n${later}\n\n\n${line}`).slice(1 + 4).map((d) => d.text)).toEqual(texts);
	});

	// a range that starts in the first millennium dates it: the table's reigns and the years near it are read
	it("reads bare years near a reign that starts in the first millennium", () => {
		const note = "| ruler | reign |\n|---|---|\n| Zorvig | 977–997 |\n| Velmar | 998–1030 |\n- beats Ostrac in 998; titles (999)";
		expect(datesIn(note).map((d) => d.text)).toEqual(["977–997", "998–1030", "998", "999"]);
	});

	it.each([
		// far from any such year, or in a note that dates none: a count, an amount, a tally stay unread
		["- Armenia c. 966\n" + later + "\n\n\n\nThey paid 300 pounds; the vote passed 370–22.", ["c. 966", "1018", "by 1022", "1056", "1204"]],
		["- 452 Bohemian nobles protest in 1415; 300 Taborites marched in 1420.", ["1415", "1420"]],
	])("not: %s", (note, texts) => {
		expect(datesIn(note).map((d) => d.text)).toEqual(texts);
	});
});

describe("a note about antiquity, its years mostly marked BC", () => {
	// Three years marked BC and fewer marked AD or written with four digits.
	const anchored = "Athens allied with Corcyra in 433 BC; the war began in 431 BC; Pericles died in 429 BC.\n";
	it.each([
		["Mytilene revolts 428; autumn 413 the fleet is lost", [["428", -428, -428], ["autumn 413", -413, -413]]],
		["the Archidamian War 431–421 and the Decelean War 413–404", [["431–421", -431, -421], ["413–404", -413, -404]]],
		["after 412 Persia pays; mid-411 the oligarchs rule", [["after 412", -412, -412], ["mid-411", -411, -411]]],
		["archon in 508/7 BC", [["508/7 BC", -508, -507]]],
		// a short end counts down, too, in years marked only by the note
		["the Archidamian War 431-21; the Thirty Years' Peace 446/5", [["431-21", -431, -421], ["446/5", -446, -445]]],
		// counts, amounts and tallies stay unread
		["120 Spartiates surrender; the assembly grew to ~600; the vote passed 370–22", []],
		["the fleet: 100 quinqueremes in 60 days; Syracuse goes over 214", [["214", -214, -214]]],
		// and the note's decades of three digits
		["the ostracisms of the 480s; Kimon's decade (the 470s–460s); the late 430s", [["480s", -489, -480], ["470s–460s", -479, -460], ["late 430s", -439, -430]]],
		// a book's chapters, a body of so many, the dead counted: no years
		["Thuc. 1.89–118 and 5.85–113; Leonidas dies with the 300, the Thespians stay; the Council of 500 meets; 192 Athenian dead", []],
		// but a year after "the" before its noun
		["the 425 one lasted 15 days; the 446 losses", [["425", -425, -425], ["446", -446, -446]]],
		// a spaced slash between two dates with their eras offers two; a tight one straddles two years
		["a province (c. 241 BC / 227 BC with praetor); in 151/150 BC", [["c. 241 BC", -241, -241], ["227 BC", -227, -227], ["151/150 BC", -151, -150]]],
	] as const)("%s", (line, expected) => {
		expect(datesIn(anchored + line).slice(3).map((d) => [d.text, d.start, d.end])).toEqual(expected);
	});

	it("reads the bare years of a note that marks one year BC and none AD as BC, up to a century after it", () => {
		const note = "Delian League 478 BC; treasury to Athens 454\n- War 431: plague 430-426 kills Pericles (429)\n- the League had 150 members";
		expect(datesIn(note).map((d) => [d.text, d.start, d.end])).toEqual([["478 BC", -478, -478], ["454", -454, -454], ["431", -431, -431], ["430-426", -430, -426], ["429", -429, -429]]);
		// the years of another age stay AD: a century past the earliest year marked BC, or in a note that marks one AD
		const later = "Octavian won at Actium (31 BC).\n- c. 527: Justinian emperor; Nika riots 532";
		expect(datesIn(later).map((d) => [d.text, d.start])).toEqual([["31 BC", -31], ["c. 527", 527], ["532", 532]]);
		const both = "Actium 31 BC; Augustus died AD 14; Nero fell 68.\n- War 431: the Goths";
		expect(datesIn(both).map((d) => [d.text, d.start])).toEqual([["31 BC", -31], ["AD 14", 14], ["431", 431]]);
	});

	it("leaves a note with as many years AD alone: its bare years near a year AD are AD", () => {
		const note = "Caesar crossed in 49 BC and died in 44 BC; Augustus ruled from 27 BC.\nTrajan in AD 98, 117, 1453 and 1492; then 476.";
		expect(datesIn(note).map((d) => [d.text, d.start])).toEqual([["49 BC", -49], ["44 BC", -44], ["27 BC", -27], ["AD 98", 98], ["117", 117], ["1453", 1453], ["1492", 1492], ["476", 476]]);
	});
});

describe("a note about the last century BC, its years marked BC with two digits, then written bare", () => {
	const anchored = "Pharsalus 49 BC; Caesar dictator early 44 BC; Actium 31 BC.\n";
	it.each([
		// after a word of time or a Roman office, a verb of a life, "the" before a decade, a bracket alone
		["Thapsus 46, Munda 45. Sulla consul 88, leaves in 87; Mithridates dies 63", [["46", -46, -46], ["45", -45, -45], ["88", -88, -88], ["87", -87, -87], ["63", -63, -63]]],
		["soldiers in the 40s refused; Marius goes to Asia (98?)", [["40s", -49, -40], ["98", -98, -98]]],
		// counting down, a range or a pair; listed after one such year
		["the civil wars of 49-45; Spartacus 73/72; loses the elections of 64 and 63", [["49-45", -49, -45], ["73/72", -73, -72], ["64", -64, -64], ["63", -63, -63]]],
		["the consulship of 59; the end of 49", [["59", -59, -59], ["end of 49", -49, -49]]],
		// counts, measures and days stay unread: a count's noun after, a month before, numbers counting up
		["in 12 days the army marched 40 miles with 30 legions; 12-15 cohorts; exam Dec 12, 9am; 20% of the land", []],
		["both consuls of 32 + c. 300 senators flee; 250 per son (max 1000)", [["32", -32, -32]]],
		// an unmarked century the note's years fall in or lead up to is BC; a later one stays AD
		["the late 2nd century; the 1st century; 19th-century historians", [["late 2nd century", -200, -101], ["1st century", -100, -1], ["19th-century", 1800, 1899]]],
	] as const)("%s", (line, expected) => {
		expect(datesIn(anchored + line).slice(3).map((d) => [d.text, d.start, d.end])).toEqual(expected);
	});

	it("leaves two-digit numbers alone in a note whose years BC stay above a hundred", () => {
		const note = "Athens allied with Corcyra in 433 BC; the war began in 431 BC; Pericles died in 429 BC.\nin 40 he was old; Thapsus 46.";
		expect(datesIn(note).map((d) => d.text)).toEqual(["433 BC", "431 BC", "429 BC"]);
	});
});

describe("a note about the first millennium AD", () => {
	// Three dates of years 1–999 that need no cue (a month, a day, AD, circa) and more of them than of other years.
	const anchored = "Sole ruler from 1 August 527; the riots of January 532; silk smuggled c. 552.\n";
	it.each([
		["until his death in 565", ["565"]],
		["Justin I (518–527) relied on him", ["518–527"]],
		["he goes mad by 574", ["by 574"]],
		["Vandal war 533–34; the peace of 561/2", ["533–34", "561/2"]],
		// the guards still apply: a count, a measure, a page
		["500 soldiers; for 300 years; p. 412", []],
	])("%s", (line, texts) => {
		const found = datesIn(anchored + line).slice(3);
		expect(found.map((d) => d.text)).toEqual(texts);
	});

	it("reads an abbreviated end in the start's century", () => {
		const [range, straddle] = datesIn(`${anchored}533–34 and 637/8`).slice(3);
		expect([range?.start, range?.end, straddle?.start, straddle?.end]).toEqual([533, 534, 637, 638]);
	});

	it.each([
		// two such dates are not enough to read a bare number far from them (a year near them is read: see below)
		["In January 532 and c. 552 the emperor ruled.\n\n\nHe had 565 horses.", ["January 532", "c. 552"]],
		// a note mostly about later years (or BC years) keeps its bare three-digit numbers unread
		["In January 532, c. 552, AD 565; then 1453, 1492, 1517 and 1521. A vote of 370–22.", ["January 532", "c. 552", "AD 565", "1453", "1492", "1517", "1521"]],
		["Dec 50 BC, 49 BC, 44 BC, 27 BC, c. 600, AD 14, AD 9; the vote passed 370–22.", ["Dec 50 BC", "49 BC", "44 BC", "27 BC", "c. 600", "AD 14", "AD 9"]],
	])("not: %s", (note, texts) => {
		expect(datesIn(note).map((d) => d.text)).toEqual(texts);
	});
});

describe("a note that writes its years of the first millennium bare throughout", () => {
	// no cue anywhere (no circa, era, month or day): at least two numbers stand where only years do, more of them
	// than the note's years of the second millennium
	it("reads its bare years once two stand where only years do", () => {
		const note = "- 751: Pippin made king\n- Charlemagne (r. 768–814) crowned in 800.\n- Saxon wars 772-804; Pavia falls 774\n- Verdun 843\n- Paris sacked in 845.";
		expect(datesIn(note).map((d) => [d.text, d.start, d.end])).toEqual([["751", 751, 751], ["768–814", 768, 814], ["800", 800, 800], ["772-804", 772, 804], ["774", 774, 774], ["843", 843, 843], ["845", 845, 845]]);
	});

	it.each([
		// each of the places where only a year stands, with one more of them
		["Offa (757–796) and Alfred (871–899) rule", ["757–796", "871–899"]],
		["Ecgberht r. 802–839; Alfred reigned 871–899", ["802–839", "871–899"]],
		["the abbey founded 674; Bede died 735.", ["674", "735"]],
		["- 793: Lindisfarne\n- 865 Great Army lands", ["793", "865"]],
		["Battle of Tours (732); Verdun (843) splits the empire", ["732", "843"]],
		// a year after a place's or a battle's name that ends its clause
		["- Lindisfarne 793; Iona raided\n- Edington 878 → Guthrum baptised\n- East Anglia 869 (Edmund killed)", ["793", "878", "869"]],
		// a range with a short end, and a decade, of three digits
		["- Lindisfarne 793; Paris besieged 885-86\n- Edington 878 →; raids in the 830s", ["793", "885-86", "878", "830s"]],
	])("%s", (note, texts) => {
		expect(datesIn(note).map((d) => d.text)).toEqual(texts);
	});

	it.each([
		// one such number is not enough
		["- 751: Pippin made king\nPavia falls 774.", []],
		// nor two in a note with more years of the second millennium
		["- 751: Pippin\n- 800: crowned\nIn 1453, 1492 and 1517 later.", ["1453", "1492", "1517"]],
		// amounts after "by" and "from", and what "r." does not open ("Dr. 300")
		["Prices rose by 300. Wages fell from 200. Dr. 450 and Mr. 500 came in 300 boats", []],
		// a number in brackets after a word in lower case, or with more than a number inside
		["the regiment (300) and the guards (450 men) held", []],
		// a count after a name goes on into what it counts
		["- Lindisfarne 793; Iona raided\n- Edington 878 →\n- Charles 300 knights, Odo 450 horse", ["793", "878"]],
		// and two such numbers in a note with more years of the second millennium are no years
		["Group 553, Room 101 and Unit 731 met in 1943, 1944 and 1945.", ["1943", "1944", "1945"]],
		// a tally's short end reads a century on: no range
		["- Lindisfarne 793; Edington 878 →\n- the vote passed 370–22", ["793", "878"]],
		// the guards still drop counts and pages in a note of bare years
		["Offa (757–796) and Alfred (871–899): 500 soldiers, p. 412", ["757–796", "871–899"]],
	])("not: %s", (note, texts) => {
		expect(datesIn(note).map((d) => d.text)).toEqual(texts);
	});
});

describe("a range whose end carries its own qualifier", () => {
	it.each([
		["Raids in the late 1420s–early 1430s", "late 1420s–early 1430s", 1420, 1439, "late"],
		["Fighting from 1914–mid-1916", "1914–mid-1916", 1914, 1916, null],
	] as const)("%s", (note, text, start, end, qualifier) => {
		expect(datesIn(note).map((d) => [d.text, d.start, d.end, d.qualifier])).toEqual([[text, start, end, qualifier]]);
	});

	it("keeps the two apart when the dash is spaced out", () => {
		expect(datesIn("Unrest from late 1911 – early 1912").map((d) => d.text)).toEqual(["late 1911", "early 1912"]);
	});
});

describe("two dates a list or a spaced slash offers", () => {
	it.each([
		// a spaced slash between two dates with their months: either, not a span
		["brings the towns into alliance, Dec. 1339 / Jan 1340", [["Dec. 1339", 1339, 1339], ["Jan 1340", 1340, 1340]]],
		["winter 1941 / 42", [["winter 1941 / 42", 1941, 1942]]],
		// "the 1700s" beside a decade of its century is a decade; alone it is the century
		["the 1700s and 1710s are the low point", [["1700s", 1700, 1709], ["1710s", 1710, 1719]]],
		["in the 1800s, 1810s and 1820s", [["1800s", 1800, 1809], ["1810s", 1810, 1819], ["1820s", 1820, 1829]]],
		["the 1700s saw the towns decline", [["1700s", 1700, 1799]]],
		["the 1700s and the 1900s", [["1700s", 1700, 1799], ["1900s", 1900, 1999]]],
	] as const)("%s", (note, expected) => {
		expect(datesIn(note).map((d) => [d.text, d.start, d.end])).toEqual(expected);
	});
});
