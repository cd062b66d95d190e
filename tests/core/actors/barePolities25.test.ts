/**
 * Bare names of polities: a note names a sultanate, kingdom or principality mostly by its bare name ("Johor besieged
 * Malacca", "Kediri fell"), so the gazetteer lists the bare name as a form of the polity's own line, limited to the
 * polity's years: the same word in a note on another age (a city, a region, a modern province or county) is no
 * state. Each case lists every actor that must come out, so that a lost actor and a wrong extra both fail.
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

const check = ([text, year, expected]: Case): void => {
	expect(kindsAndNames(text, year)).toEqual(expected);
};

describe("a bare name in the polity's years is the polity", () => {
	it.each<Case>([
		["Johor fought Aceh while Demak took the old heartland and Banten rose in the west.", 1540, ["state Johor Sultanate", "state Aceh Sultanate", "state Demak Sultanate", "state Banten Sultanate"]],
		["Perak and Selangor took British residents; Kedah, Kelantan and Terengganu stayed under Siam.", 1890, ["state Perak Sultanate", "state Selangor Sultanate", "state Kedah Sultanate", "state Kelantan Sultanate", "state Terengganu Sultanate", "state Thailand"]],
		["Pajang fell to Mataram.", 1586, ["state Pajang Sultanate", "state Mataram Sultanate"]],
		["Cirebon traded with Banjar and Jambi.", 1620, ["state Cirebon Sultanate", "state Banjar Sultanate", "state Jambi Sultanate"]],
		["Siak and Johor fought over the straits.", 1750, ["state Siak Sultanate", "state Johor Sultanate"]],
		["Mataram raised temples in central Java.", 850, ["state Mataram Kingdom"]],
		["Kediri fell; Sunda held the west, and Kutai lay across the sea.", 1222, ["state Kediri Kingdom", "state Sunda Kingdom", "state Kutai Martadipura"]],
		["Maynila and Tondo traded with Butuan, and Sulu and Maguindanao sent junks.", 1520, ["state Rajahnate of Maynila", "state Tondo (historical polity)", "state Rajahnate of Butuan", "state Sultanate of Sulu", "state Sultanate of Maguindanao"]],
		["Qin defeated Zhao, then annexed Han, Wei, Chu, Yan and Qi.", -230, ["state Qin (state)", "state Zhao (state)", "state Han (state)", "state Wei (state)", "state Chu (state)", "state Yan (state)", "state Qi (state)"]],
		["Wu and Yue fought over the lower Yangtze while Jin, Lu, Zheng, Cai, Chen, Wey and Shu sent envoys.", -500, ["state Wu (state)", "state Yue (state)", "state Jin (Chinese state)", "state Lu (state)", "state State of Zheng", "state State of Cai", "state State of Chen", "state State of Wey", "state Ancient Shu"]],
		["Wei fought Wu across the Yangtze.", 240, ["state Cao Wei", "state Eastern Wu"]],
		["Jin armies crossed the Huai against the Song.", 1160, ["state Jin dynasty (1115–1234)", "group Song dynasty"]],
		["Kent, Essex and Sussex paid tribute to Mercia, and Strathclyde fought Northumbria.", 700, ["state Kingdom of Kent", "state Kingdom of Essex", "state Kingdom of Sussex", "state Mercia", "state Kingdom of Strathclyde", "state Northumbria"]],
		["Capua, Salerno and Spoleto paid homage to the emperor.", 1050, ["state Principality of Capua", "state Principality of Salerno", "state Duchy of Spoleto"]],
		["Asturias held out in the north, and Westphalia and Etruria had their day much later.", 800, ["state Kingdom of Asturias"]],
		["Westphalia and Etruria were client kingdoms, as were Cleves and Lorraine in their time.", 1807, ["state Kingdom of Westphalia", "state Kingdom of Etruria"]],
		["Mantua, Ferrara and Urbino competed for painters, and Cleves and Lorraine for Burgundian favour.", 1480, ["state Duchy of Mantua", "state Duchy of Ferrara", "state Duchy of Urbino", "state Duchy of Cleves", "state Duchy of Lorraine", "state Burgundy"]],
		["Gwalior, Indore, Baroda and Bhopal signed treaties with the Company, and Kolhapur and Bharatpur too.", 1818, ["state Gwalior State", "state Indore State", "state Baroda State", "state Bhopal State", "state Kolhapur State", "state Bharatpur State"]],
		["Patiala, Nabha, Jind and Kapurthala sided with the British.", 1857, ["state Patiala State", "state Nabha State", "state Jind State", "state Kapurthala State", "state United Kingdom"]],
		["Bidar and Berar fought Bijapur.", 1540, ["state Bidar Sultanate", "state Berar Sultanate", "state Bijapur Sultanate"]],
		["Malwa and Khandesh fought Gujarat; Jaunpur fell.", 1478, ["state Malwa Sultanate", "state Khandesh Sultanate", "state Gujarat Sultanate", "state Jaunpur Sultanate"]],
		["Quba, Shaki and Karabakh faced Erivan, while Kartli and Guria looked to Russia.", 1760, ["state Quba Khanate", "state Shaki Khanate", "state Karabakh Khanate", "state Erivan Khanate", "state Kingdom of Kartli", "state Principality of Guria", "state Russia"]],
		["Aydin, Saruhan, Karasi and Candar raided the Aegean coast.", 1330, ["state Aydinids", "state Saruhanids", "state Karasids", "state Candarids"]],
		["Soran, Baban, Botan and Ardalan fought for the Kurdish highlands.", 1820, ["state Emirate of Soran", "state Baban Emirate", "state Emirate of Botan", "state Ardalan Emirate"]],
		["Pinya and Sagaing split the old realm; Phayao and Lavo looked on.", 1320, ["state Pinya Kingdom", "state Sagaing Kingdom", "state Phayao Kingdom", "state Lavo Kingdom"]],
		["Toungoo armies took Prome.", 1542, ["state Toungoo Empire", "state Prome Kingdom"]],
		["Konbaung armies sacked Ayutthaya.", 1767, ["state Konbaung Kingdom", "state Ayutthaya Kingdom"]],
		["Edessa fell to Zengi, and Antioch asked for help.", 1144, ["state County of Edessa", "person Imad ad-Din Zengi", "state Principality of Antioch"]],
	])("%s", (...c) => check(c));
});

describe("the same word in another age is no state", () => {
	it.each<Case>([
		["Kent, Essex and Sussex voted for the government.", 1997, []],
		["Tourists visit Johor, Perak and Kedah.", 2010, []],
		["Kediri and Gwalior grew into busy railway towns.", 1990, []],
		["Mantua was besieged for months.", 1797, []],
		["Hannibal wintered at Capua.", -216, ["person Hannibal"]],
		["Drake sailed from Plymouth.", 1588, ["person Francis Drake"]],
		["Louis IX died before Tunis.", 1270, ["person Louis IX of France"]],
	])("%s", (...c) => check(c));
});
