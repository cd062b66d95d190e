/**
 * Persons of East and Southeast Asia, the Americas and medieval and early modern Europe that a survey course names
 * and no pattern finds: a lone name, a religious or Korean royal name, a Mesoamerican or Andean name, or a short
 * form that counts only in its person's years. Each case lists every actor that must come out.
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

const check = ([text, year, expected]: Case): void => {
	expect(kindsAndNames(text, year)).toEqual(expected);
};

describe("East Asia", () => {
	it.each<Case>([
		["Muyeol and Munmu allied with the Tang against Baekje.", 665, ["person Muyeol of Silla", "person Munmu of Silla", "group Tang dynasty", "state Baekje"]],
		["Jumong founded the line, Onjo went south, and Geunchogo expanded it.", 370, ["person Jumong", "person Onjo of Baekje", "person Geunchogo of Baekje"]],
		["King Seong moved his capital, and Gwangjong later reformed the examinations.", 540, ["person Seong of Baekje", "person Gwangjong of Goryeo"]],
		["Kūkai and Saichō brought new teachings; Hōnen, Shinran, Nichiren, Dōgen and Eisai followed.", 1250, ["person Kūkai", "person Saichō", "person Hōnen", "person Shinran", "person Nichiren", "person Dōgen", "person Myōan Eisai"]],
		["Gyōki built bridges and Ganjin crossed to Japan.", 750, ["person Gyōki", "person Jianzhen"]],
		["Guan Yu served Liu Bei; later Xie An led the defence at the Fei River.", 383, ["person Guan Yu", "person Liu Bei", "person Xie An"]],
		["Xuanzang went to India and Du Fu wrote of the rebellion.", 755, ["person Xuanzang", "person Du Fu"]],
		["Meng Gong held the line until Lü Wenhuan surrendered Xiangyang.", 1273, ["person Meng Gong", "person Lü Wenhuan"]],
		["Yilibu negotiated; later Rao Shushi and Tao Zhu had their turns.", 1842, ["person Yilibu", "person Rao Shushi", "person Tao Zhu"]],
		["Zeami wrote plays, Sesshū painted, and Rennyo spread the True Pure Land sect.", 1470, ["person Zeami", "person Sesshū Tōyō", "person Rennyo"]],
		["Chikamatsu and Ihara Saikaku wrote for the townsmen; Hiraga Gennai experimented.", 1700, ["person Chikamatsu Monzaemon", "person Ihara Saikaku", "person Hiraga Gennai"]],
		["Uchimura Kanzō refused to bow; Niijima Jō founded Doshisha; Ueki Emori drafted a constitution.", 1890, ["person Uchimura Kanzō", "person Niijima Jō", "person Ueki Emori"]],
		["Wonhyo, Uisang and Jinul shaped Korean Buddhism; Iryeon compiled legends.", 1280, ["person Wonhyo", "person Uisang", "person Jinul", "person Iryeon"]],
		["Sosurim adopted Buddhism, Beopheung and Jinpyeong ruled Silla.", 600, ["person Sosurim of Goguryeo", "person Beopheung of Silla", "person Jinpyeong of Silla", "state Silla"]],
		["Anami Korechika opposed surrender; Kurita Takeo turned back.", 1945, ["person Korechika Anami", "person Takeo Kurita"]],
	])("%s", (...c) => check(c));
});

describe("Southeast Asia", () => {
	it.each<Case>([
		["Trưng Trắc and Trưng Nhị rose against the Han; Lady Triệu later fought the Wu.", 40, ["person Trưng Trắc", "person Trưng Nhị", "group Han dynasty", "person Lady Triệu"]],
		["Đinh Bộ Lĩnh reunified the country; Lê Thánh Tông conquered Champa; Chế Bồng Nga raided.", 1471, ["person Đinh Bộ Lĩnh", "person Lê Thánh Tông", "state Champa", "person Chế Bồng Nga"]],
		["Indravarman I and Suryavarman I built temples; Ponhea Yat left Angkor.", 1010, ["person Indravarman I", "person Suryavarman I", "person Ponhea Yat"]],
		["Samsenthai, Photisarath and Sourigna Vongsa ruled Lan Xang.", 1650, ["person Samsenthai", "person Photisarath", "person Sourigna Vongsa", "state Lan Xang"]],
		["Si Inthrathit founded Sukhothai; Li Thai wrote the Traiphum; Borommakot and Thai Sa ruled Ayutthaya.", 1345, ["person Si Inthrathit", "state Sukhothai Kingdom", "person Li Thai", "person Borommakot", "person Thai Sa"]],
		["Ekathotsarot followed Naresuan; Narathihapate fled the Mongols; Wareru ruled the Mon.", 1287, ["person Ekathotsarot", "person Naresuan", "person Narathihapate", "people Mongols", "person Wareru", "people Mon people"]],
		["Tribhuwana Wijayatunggadewi ruled Majapahit; Kertarajasa had founded it.", 1340, ["person Tribhuwana Wijayatunggadewi", "state Majapahit", "person Raden Wijaya"]],
		["Trunajaya rebelled and Untung Surapati fought the Company; Mangkubumi founded Yogyakarta.", 1755, ["person Trunajaya", "person Untung Surapati", "person Hamengkubuwono I", "state Yogyakarta Sultanate"]],
		["Trenggana expanded Demak after Mahmud Shah of Malacca fled south.", 1511, ["person Trenggana", "state Demak Sultanate", "person Mahmud Shah of Malacca"]],
		["Dol Said, Mat Kilau, Tok Janggut, Rentap and Mat Salleh resisted the British.", 1895, ["person Dol Said", "person Mat Kilau", "person Tok Janggut", "person Rentap", "person Mat Salleh", "state United Kingdom"]],
		["Pangeran Antasari fought the Dutch; Dewi Sartika opened schools.", 1860, ["person Pangeran Antasari", "state Netherlands", "person Dewi Sartika"]],
		["Limahong attacked Manila; Pío Valenzuela joined the Katipunan.", 1574, ["person Limahong", "person Pío Valenzuela", "organisation Katipunan"]],
		["Prem Tinsulanonda governed; Suchinda took power in a coup.", 1991, ["person Prem Tinsulanonda", "person Suchinda Kraprayoon"]],
	])("%s", (...c) => check(c));
});

describe("the Americas", () => {
	it.each<Case>([
		["Caonabo, Agüeybaná and Guacanagaríx met the Spaniards; Urracá and Diriangén resisted.", 1510, ["person Caonabo", "person Agüeybaná", "person Guacanagaríx", "state Spain", "person Urracá", "person Diriangén"]],
		["Estevanico and Fray Marcos de Niza went north; Gil González Dávila reached Nicaragua.", 1539, ["person Estevanico", "person Marcos de Niza", "person Gil González Dávila", "state Nicaragua"]],
		["Inca Roca, Yahuar Huacac and Mayta Cápac are early rulers; Ninan Cuyochi died of smallpox.", 1527, ["person Inca Roca", "person Yawar Waqaq", "person Mayta Cápac", "person Ninan Cuyochi"]],
		["Quizquiz and Chalcuchímac led Atahualpa's armies; Paullu Inca sided with Spain.", 1532, ["person Quizquiz", "person Chalcuchímac", "person Atahualpa", "person Paullu Inca", "state Spain"]],
		["Titu Cusi Yupanqui and Sayri Túpac held Vilcabamba.", 1560, ["person Titu Cusi Yupanqui", "person Sayri Túpac", "state Neo-Inca State"]],
		["Spearthrower Owl, Wak Chanil Ajaw and K'ak' Tiliw Chan Yopaat are Classic Maya rulers.", 700, ["person Spearthrower Owl", "person Lady Six Sky", "person K'ak' Tiliw Chan Yopaat", "people Classic Maya"]],
		["Shield Jaguar ruled Yaxchilan and Kan Bahlam II ruled Palenque.", 690, ["person Itzamnaaj Bahlam III", "state Yaxchilan", "person K'inich Kan Bahlam II", "state Palenque"]],
		["Hunac Ceel overthrew Chichen Itza; Nachi Cocom met the Spaniards.", 1200, ["person Hunac Ceel", "state Chichen Itza", "person Nachi Cocom", "state Spain"]],
		["Eight Deer Jaguar Claw conquered widely; Cocijoeza ruled the Zapotec.", 1090, ["person Eight Deer Jaguar Claw", "person Cocijoeza", "people Zapotecs"]],
		["Huitzilihuitl and Moquihuix ruled; Chimalpahin wrote annals.", 1400, ["person Huitzilihuitl", "person Moquihuix", "person Chimalpahin"]],
		["Sassacus, Weetamoo, Attakullakulla and Dragging Canoe led their peoples.", 1776, ["person Sassacus", "person Weetamoo", "person Attakullakulla", "person Dragging Canoe"]],
		["Duarte Coelho and Martim Afonso de Sousa held captaincies; Benkos Biohó founded a palenque.", 1535, ["person Duarte Coelho", "person Martim Afonso de Sousa", "person Benkos Biohó"]],
		["Pío Pico governed California; Catarino Garza rose on the border.", 1845, ["person Pío Pico", "state Alta California", "person Catarino Garza"]],
		["Genovevo de la O, Otilio Montaño and Eufemio Zapata followed Zapata; Belisario Domínguez spoke.", 1913, ["person Genovevo de la O", "person Otilio Montaño", "person Eufemio Zapata", "person Emiliano Zapata", "person Belisario Domínguez"]],
		["Hélder Câmara spoke for the poor; Frida Kahlo painted.", 1965, ["person Hélder Câmara", "person Frida Kahlo"]],
	])("%s", (...c) => check(c));
});

describe("medieval and early modern Europe", () => {
	it.each<Case>([
		["Widukind resisted Charlemagne; Boso made himself king.", 880, ["person Widukind", "person Charlemagne", "person Boso of Provence"]],
		["Saint Patrick converted Ireland and Bede wrote its history.", 731, ["person Saint Patrick", "state Ireland", "person Bede"]],
		["Irnerius taught law; Bonaventure and Meister Eckhart wrote; Duns Scotus and Albertus Magnus debated.", 1270, ["person Irnerius", "person Bonaventure", "person Meister Eckhart", "person Duns Scotus", "person Albertus Magnus"]],
		["Strongbow landed in Ireland; Gruffudd ap Cynan and Dafydd ap Gruffydd ruled in Wales.", 1170, ["person Richard de Clare, 2nd Earl of Pembroke", "person Gruffudd ap Cynan", "person Dafydd ap Gruffydd"]],
		["Owen Tudor married the queen; Jasper Tudor raised Wales; Isabeau of Bavaria signed Troyes; La Hire fought.", 1429, ["person Owen Tudor", "person Jasper Tudor", "state Wales", "person Isabeau of Bavaria", "person La Hire"]],
		["Garret Mór ruled Ireland; Shane O'Neill rebelled; Grace O'Malley met the queen; Phelim O'Neill rose.", 1593, ["person Gerald FitzGerald, 8th Earl of Kildare", "state Ireland", "person Shane O'Neill", "person Grace O'Malley", "person Phelim O'Neill"]],
		["Socinus and Justus Jonas argued theology; Lekë Dukagjini codified law; Salavat Yulaev rebelled.", 1580, ["person Fausto Sozzini", "person Justus Jonas", "person Lekë Dukagjini", "person Salavat Yulaev"]],
	])("%s", (...c) => check(c));
});

describe("romanisations and spellings of listed persons", () => {
	it.each<Case>([
		["Chu Hsi read the classics; Wang An-shih and Ssu-ma Kuang quarrelled; Yüeh Fei was betrayed by Ch'in Kuei.", 1142, ["person Zhu Xi", "person Wang Anshi", "person Sima Guang", "person Yue Fei", "person Qin Hui"]],
		["Hung-wu founded the dynasty, Yung-lo moved the capital, and Cheng Ch'eng-kung took Taiwan.", 1661, ["person Hongwu Emperor", "person Yongle Emperor", "person Koxinga", "state Taiwan"]],
		["Abahai proclaimed the Qing; Ho-shen grew rich under Ch'ien-lung.", 1636, ["person Hong Taiji", "state China", "person Heshen", "person Qianlong Emperor"]],
		["Ts'ao Ts'ao and Chu-ko Liang fought; Ch'in Shih Huang-ti had unified China.", 208, ["person Cao Cao", "person Zhuge Liang", "person Qin Shi Huang", "state China"]],
		["Yüan Shih-k'ai betrayed the reformers and T'an Ssu-t'ung died; Ch'iu Chin was executed.", 1907, ["person Yuan Shikai", "person Tan Sitong", "person Qiu Jin"]],
		["Hua Kuo-feng gave way and Chao Tzu-yang rose; Kuo Mo-jo recanted.", 1980, ["person Hua Guofeng", "person Zhao Ziyang", "person Guo Moruo"]],
		["Moteuczoma received Cortés; Atawallpa met Pizarro; Waskar and Wayna Qhapaq preceded him.", 1532, ["person Moctezuma II", "person Hernán Cortés", "person Atahualpa", "person Francisco Pizarro", "person Huáscar", "person Huayna Capac"]],
		["Pachakuti and Topa Inca built the empire; Tupaj Katari besieged La Paz.", 1781, ["person Pachacuti", "person Topa Inca Yupanqui", "person Túpac Katari"]],
		["Kwanggaet'o expanded Goguryeo; Chŏng To-jŏn designed Joseon; T'oegye taught.", 1392, ["person Gwanggaeto the Great", "state Goguryeo", "person Jeong Do-jeon", "state Korea", "person Yi Hwang"]],
		["Chŏn Pong-jun led the Donghak rising and the Taewŏn'gun returned; Pak Chŏng-hŭi took power later.", 1894, ["person Jeon Bong-jun", "group Donghak", "person Heungseon Daewongun", "person Park Chung-hee"]],
		["Shotoku Taishi wrote the constitution; Fujiwara Michinaga ruled; Taira Kiyomori and Hojo Tokimune followed.", 1185, ["person Prince Shōtoku", "person Fujiwara no Michinaga", "person Taira no Kiyomori", "person Hōjō Tokimune"]],
		["Godaigo fled and Kusunoki died at Minatogawa.", 1336, ["person Emperor Go-Daigo", "person Kusunoki Masashige"]],
		["Bung Karno spoke; Lý Bôn rose against the Liang; Triệu Đà founded Nanyue.", 544, ["person Sukarno", "person Lý Bí", "person Zhao Tuo", "state Nanyue"]],
	])("%s", (...c) => check(c));
});

describe("further persons of the regions", () => {
	it.each<Case>([
		["Gattamelata and Braccio da Montone were condottieri; María de Molina ruled as regent.", 1420, ["person Erasmo da Narni", "person Braccio da Montone", "group Condottieri", "person María de Molina"]],
		["María Pacheco held Toledo; Rob Roy raided; Bobbing John raised the clans.", 1715, ["person María Pacheco", "person Rob Roy MacGregor", "person John Erskine, 6th Earl of Mar"]],
		["Café Filho succeeded Vargas; Siqueira Campos died at Copacabana; Minor C. Keith built railways.", 1954, ["person Café Filho", "person Getúlio Vargas", "person Antônio de Siqueira Campos", "person Minor C. Keith"]],
		["Guo Moruo wrote history; Henry St John negotiated Utrecht.", 1713, ["person Guo Moruo", "person Henry St John, 1st Viscount Bolingbroke"]],
	])("%s", (...c) => check(c));
});

describe("Song, Liao, Jin, Yuan and Ming persons", () => {
	it.each<Case>([
		["Yelü Deguang took Kaifeng; Liao Shengzong made peace at Chanyuan; Meng Chang ruled Shu.", 1004, ["person Yelü Deguang", "person Emperor Shengzong of Liao", "person Meng Chang"]],
		["Jin Shizong restored order after Wanyan Liang; Liu Yu of Qi ruled as a puppet.", 1165, ["person Emperor Shizong of Jin", "person Wanyan Liang", "person Liu Yu of Qi"]],
		["Shao Yong, Ye Shi, Bi Sheng and Mi Fu belong to the Song.", 1100, ["person Shao Yong", "person Ye Shi", "person Bi Sheng", "person Mi Fu", "group Song dynasty"]],
		["Guan Hanqing wrote plays; Bolad went to Iran; Rabban Bar Sauma went to Rome; Odoric reached Beijing.", 1287, ["person Guan Hanqing", "person Bolad", "person Rabban Bar Sauma", "person Odoric of Pordenone"]],
		["Altan Khan besieged Beijing and Ligdan Khan later fled; the Longqing Emperor made peace.", 1571, ["person Altan Khan", "person Ligdan Khan", "person Longqing Emperor"]],
		["The Hongguang Emperor fell at Nanjing and the Yongli Emperor fled to Burma.", 1659, ["person Hongguang Emperor", "person Yongli Emperor"]],
		["Xue Fucheng and Yung Wing were reformers.", 1890, ["person Xue Fucheng", "person Yung Wing"]],
		["He Xiangning and Dai Jitao served the Nationalists; Ba Jin and Lao She wrote novels.", 1930, ["person He Xiangning", "person Dai Jitao", "group Nationalists", "person Ba Jin", "person Lao She"]],
		["Xi Zhongxun, Wan Li and Qiao Shi backed reform.", 1987, ["person Xi Zhongxun", "person Wan Li", "person Qiao Shi"]],
	])("%s", (...c) => check(c));
});

describe("Indonesian, Malaysian and Philippine persons", () => {
	it.each<Case>([
		["Panembahan Senopati founded Mataram; Pakubuwono I and Mangkunegara I came later.", 1600, ["person Panembahan Senopati", "state Mataram Sultanate", "person Pakubuwono I", "person Mangkunegara I"]],
		["Karaeng Pattingalloang read European books; Sultanah Safiatuddin ruled Aceh; Malahayati led its fleet.", 1645, ["person Karaeng Pattingalloang", "person Taj ul-Alam Safiatuddin Shah", "state Aceh Sultanate", "person Keumalahayati"]],
		["Cut Nyak Meutia, Panglima Polem and Sisingamangaraja XII fought the Dutch; Tuanku Tambusai and Kyai Maja had fought earlier.", 1900, ["person Cut Nyak Meutia", "person Panglima Polem", "person Sisingamangaraja XII", "state Netherlands", "person Tuanku Tambusai", "person Kyai Maja"]],
		["Yap Ah Loy built Kuala Lumpur; Antanom rose in North Borneo.", 1880, ["person Yap Ah Loy", "person Antanom"]],
		["Tamblot, Bankaw and Andrés Malong rebelled; Gómez Pérez Dasmariñas had governed.", 1660, ["person Tamblot", "person Bankaw", "person Andrés Malong", "person Gómez Pérez Dasmariñas"]],
		["Basilio Augustín governed Manila; Papa Isio, Arcadio Maxilom, León Kilat and Aniceto Lacson fought in the Visayas.", 1898, ["person Basilio Augustín", "person Papa Isio", "person Arcadio Maxilom", "person Pantaleon Villegas", "person Aniceto Lacson"]],
		["Trinidad Tecson nursed the wounded; Marcela Agoncillo sewed the flag; Paciano Rizal and José María Panganiban served.", 1898, ["person Trinidad Tecson", "person Marcela Agoncillo", "person Paciano Rizal", "person José María Panganiban"]],
	])("%s", (...c) => check(c));
});

describe("spellings of eastern European persons", () => {
	it.each<Case>([
		["Gedymin and Mindowe ruled Lithuania; Dmitrii Donskoi won at Kulikovo; Stefan cel Mare held Moldavia.", 1380, ["person Gediminas", "person Mindaugas", "state Lithuania", "person Dmitry Donskoy", "person Stephen the Great", "state Principality of Moldavia"]],
		["Svyatoslav I raided the Khazars and Iaroslav the Wise gave laws; Iurii Dolgorukii founded Moscow.", 1147, ["person Sviatoslav I", "people Khazars", "person Yaroslav the Wise", "person Yuri Dolgorukiy"]],
		["Waldstein raised an army for the emperor.", 1625, ["person Albrecht von Wallenstein"]],
		["Chmielnicki rose against the Commonwealth.", 1648, ["person Bohdan Khmelnytsky"]],
		["Pylyp Orlyk wrote a constitution; Orlyk lived in exile; Pugachov later rebelled.", 1710, ["person Pylyp Orlyk", "person Yemelyan Pugachev"]],
	])("%s", (...c) => check(c));
});

describe("Japanese persons, both name orders", () => {
	it.each<Case>([
		["Arima Harunobu and Hosokawa Gracia were Christians; Itakura Katsushige governed Kyoto.", 1600, ["person Arima Harunobu", "person Hosokawa Gracia", "people Christians", "person Itakura Katsushige"]],
		["Ōtori Keisuke fought for the shogunate; Tani Tateki held Kumamoto; Kawaji Toshiyoshi built the police.", 1877, ["person Ōtori Keisuke", "person Tani Tateki", "person Kawaji Toshiyoshi"]],
		["Higashikuni Naruhiko and Hitoshi Ashida and Tetsu Katayama led postwar cabinets; Abe Nobuyuki and Tsuji Masanobu belong to the war years.", 1947, ["person Higashikuni Naruhiko", "person Hitoshi Ashida", "person Tetsu Katayama", "person Nobuyuki Abe", "person Masanobu Tsuji"]],
		["Nitobe Inazō, Okakura Kakuzō, Natsume Sōseki and Mori Ōgai wrote; Yosano Akiko and Hiratsuka Raichō spoke for women.", 1911, ["person Nitobe Inazō", "person Okakura Kakuzō", "person Natsume Sōseki", "person Mori Ōgai", "person Yosano Akiko", "person Hiratsuka Raichō"]],
		["Kagawa Toyohiko organised workers; Sen Katayama, Hitoshi Yamakawa and Kanno Suga were socialists.", 1910, ["person Kagawa Toyohiko", "person Sen Katayama", "person Hitoshi Yamakawa", "person Kanno Suga", "group Socialists"]],
	])("%s", (...c) => check(c));
});
