/**
 * Persons no list holds, read by the shape of their names: a Vietnamese family name written with its marks and the
 * syllables after it; a Malay or Javanese title that is part of the name; an honorific after a name ("Shah"), and a
 * regnal numeral after the honorific; a place joined by hyphens after "of", and a name word whose apostrophe writes an
 * ayn; a month's name that is a given name before a name word; "I" after a name no list holds, as a regnal numeral
 * by the reign or the house after it; a title before an Arabic name by its article, out of the mention.
 */
import { describe, expect, it } from "vitest";
import { type Case, summaryIn } from "./helpers";

/** The persons found, with their mentions; a lost one and a wrong extra both fail. */
const check = ([text, year, expected]: Case): void => {
	expect(summaryIn(text, year).filter((s) => s.startsWith("person "))).toEqual(expected);
};

describe("a Vietnamese name by its family name and marked syllables", () => {
	it.each<Case>([
		["The anarchy was ended by Đinh Bộ Lĩnh, who named the kingdom.", 968, ["person Đinh Bộ Lĩnh: Đinh Bộ Lĩnh"]],
		["Lê Hoàn beat the Song army in 981.", 981, ["person Lê Hoàn: Lê Hoàn"]],
		// a family name the lists give a dynasty opens a person's name all the same
		["In 1527 Mạc Đăng Dung usurped the throne.", 1527, ["person Mạc Đăng Dung: Mạc Đăng Dung"]],
		["Nguyễn Hoàng, sent south in 1558, built a realm.", 1558, ["person Nguyễn Hoàng: Nguyễn Hoàng"]],
		// places open with no family name, English words after one have no marks
		["The French fell at Điện Biên Phủ and left Thăng Long.", 1954, []],
		["The Trịnh Lords ruled the north.", 1600, []],
	])("%s", (...c) => check(c));
});

describe("a Malay or Javanese title kept in the name", () => {
	it.each<Case>([
		["Demak under Raden Patah took the old heartland.", 1500, ["person Raden Patah: Raden Patah"]],
		["The motto comes from the poem by Mpu Tantular.", 1380, ["person Mpu Tantular: Mpu Tantular"]],
		["War between the palaces of Bhre Wirabhumi and the king.", 1404, ["person Bhre Wirabhumi: Bhre Wirabhumi"]],
		["Tun Perak, bendahara 1456-98, held the real power.", 1456, ["person Tun Perak: Tun Perak"]],
		["His son Megat Iskandar Shah converted.", 1414, ["person Megat Iskandar Shah: Megat Iskandar Shah"]],
		["Hang Tuah and Hang Jebat are legendary warriors.", 1460, ["person Hang Tuah: Hang Tuah", "person Hang Jebat: Hang Jebat"]],
	])("%s", (...c) => check(c));
});

describe("an honorific after a name no list holds, and a numeral after it", () => {
	it.each<Case>([
		// a list opens names with "Shah" ("Shah Jahan"), which does not stop it closing one
		["Then Muzaffar Shah (r. 1445-59) was the first to use the title.", 1445, ["person Muzaffar Shah: Muzaffar Shah"]],
		["Johor was founded by Alauddin Riayat Shah II in 1528.", 1528, ["person Alauddin Riayat Shah II: Alauddin Riayat Shah II"]],
		// the Mughal successor states' honorifics: "Sahib", "Jung", "Bahadur"
		["Clive held Arcot against Raza Sahib; Nasir Jung fell, and Salabat Jung ruled the Deccan.", 1751, ["person Robert Clive: Clive", "person Raza Sahib: Raza Sahib", "person Nasir Jung: Nasir Jung", "person Salabat Jung: Salabat Jung"]],
		// its Malay spelling
		["Aceh rose under Salahuddin Syah in the 1530s.", 1530, ["person Salahuddin Syah: Salahuddin Syah"]],
		["Shah Jahan built the tomb.", 1632, ["person Shah Jahan: Shah Jahan"]],
	])("%s", (...c) => check(c));
});

describe("a name's word across a hyphen or an apostrophe", () => {
	it.each<Case>([
		["Brabant passed after the death of Philip of Saint-Pol.", 1430, ["person Philip of Saint-Pol: Philip of Saint-Pol"]],
		["Also Mozaffar Baqa'i broke with him.", 1953, ["person Mozaffar Baqa'i: Mozaffar Baqa'i"]],
		// an English ending is none, nor is a word's after the first word of a name
		["Then Mohammad's army moved.", 1953, ["person Mohammad: Mohammad"]],
		["Shi'ism spread.", 1501, []],
	])("%s", (...c) => check(c));
});

describe("a month's name that is a given name", () => {
	it.each<Case>([
		["The Potockis and Hetman Jan Klemens Branicki defended Golden Liberty.", 1763, ["person Jan Klemens Branicki: Jan Klemens Branicki"]],
		["The Familia of August Aleksander pressed for reform.", 1763, ["person August Aleksander: August Aleksander"]],
		// the month before a year or a date is no name, and it stays a month after the person is named
		["Hetman Jan Klemens Branicki died in Jan 1771; the August Revolution.", 1771, ["person Jan Klemens Branicki: Jan Klemens Branicki"]],
	])("%s", (...c) => check(c));
});

describe("a numeral I after a name no list holds, by what follows it", () => {
	it.each<Case>([
		["- **Yasovarman I** (889-c. 910) built a new capital.", 900, ["person Yasovarman I: Yasovarman I"]],
		// and a house after "of" is no part of the name
		["The prince lost out in 1370 to Borommarachathirat I of the Suphannaphum house.", 1370, ["person Borommarachathirat I: Borommarachathirat I"]],
		// the pronoun has none of them after it
		["Afterwards I went to Angkor.", 1200, []],
	])("%s", (...c) => check(c));
});

describe("a title before an Arabic name by its article", () => {
	it.each<Case>([
		["Frederick negotiates with Sultan al-Kamil at Jaffa.", 1229, ["person Al-Kamil: al-Kamil"]],
	])("%s", (...c) => check(c));
});

describe("a double surname whose second half is a place's word", () => {
	it.each<Case>([
		["France joined, pushed by Marshal Belle-Isle and the war party.", 1741, ["person Belle-Isle: Belle-Isle"]],
		// a place's word after a space still ends the name and names the place: "King David Hotel"
		["The King David Hotel was bombed.", 1946, []],
	])("%s (%i)", (...c) => check(c));
});

describe("\"K.\" or \"Q.\" before a ruler known by that name: the abbreviated title, kept in the mention", () => {
	it.each<Case>([
		["- K. Cleomenes refuses to help in 499 BC", -499, ["person Cleomenes I: K. Cleomenes"]],
		["The first phase is named after K. Archidamus II of Sparta (Option A, K. Archidamus II: wait).", -431, ["person Archidamus II: K. Archidamus II"]],
		// an initial that may be the person's own stays one, before the surname of another
		["In 1968 R. Kennedy ran for the presidency.", 1968, ["person R. Kennedy: R. Kennedy"]],
	])("%s", (...c) => check(c));
});

describe("\"b.\" for ibn inside an Arabic name, not \"b.\" for born", () => {
	it.each<Case>([
		["In 754 al-Mansur crushed Abdallah b. Ali's revolt; Khalid b. Barmak served him.", 754, ["person Al-Mansur: al-Mansur", "person Abdallah b. Ali: Abdallah b. Ali", "person Khalid b. Barmak: Khalid b. Barmak"]],
		["Velmara (b. 1516) was the heir.", 1516, ["person Velmara: Velmara"]],
	])("%s", (...c) => check(c));
});
