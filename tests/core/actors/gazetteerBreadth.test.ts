/**
 * The gazetteer's breadth over commonly taught topics: a lone surname, a non-European name or a body that no
 * pattern can find is known by name, and a short form that is also a common word or shared by several persons only
 * counts in the years of the person it names. Each case lists every actor that must come out, so that a lost
 * actor and a wrong extra both fail.
 */
import { describe, expect, it } from "vitest";
import { actorsOf, type Case, kindsAndNames, years } from "./helpers";

const check = ([text, year, expected]: Case): void => {
	expect(kindsAndNames(text, year)).toEqual(expected);
};

describe("persons known by a short form", () => {
	it.each<Case>([
		["Cleon pushed for the execution of the Mytileneans.", -427, ["person Cleon", "state Mytilene"]],
		["Nicias negotiated a truce with Brasidas.", -422, ["person Nicias", "person Brasidas"]],
		["Oxenstierna kept the Swedish army in the field.", 1633, ["person Axel Oxenstierna", "state Sweden"]],
		["Li Hongzhang signed the treaty for the Qing.", 1895, ["person Li Hongzhang", "state China"]],
		["Cixi backed the Boxers.", 1900, ["person Empress Dowager Cixi", "group Boxers"]],
		["Ito Hirobumi drafted the constitution with Yamagata.", 1889, ["person Itō Hirobumi", "person Yamagata Aritomo"]],
		["McNamara and Rusk sat on ExComm.", 1962, ["person Robert McNamara", "person Dean Rusk", "organisation Executive Committee of the National Security Council"]],
		["Rutherford B. Hayes withdrew the troops.", 1877, ["person Rutherford B. Hayes"]],
		["Hayes won the disputed election against Tilden.", 1876, ["person Rutherford B. Hayes", "person Samuel J. Tilden"]],
		["Grant accepted Lee's surrender.", 1865, ["person Ulysses S. Grant", "person Robert E. Lee"]],
		["Mansa Musa went on pilgrimage to Mecca.", 1324, ["person Mansa Musa"]],
		["Aurangzeb reimposed the jizya.", 1679, ["person Aurangzeb"]],
		["Tilak and Gokhale disagreed over methods.", 1905, ["person Bal Gangadhar Tilak", "person Gopal Krishna Gokhale"]],
		["Nobunaga and Hideyoshi unified Japan.", 1590, ["person Oda Nobunaga", "person Toyotomi Hideyoshi", "state Japan"]],
		["Savonarola burned the vanities.", 1497, ["person Girolamo Savonarola"]],
		["Melanchthon wrote the Augsburg Confession.", 1530, ["person Philip Melanchthon"]],
		["Castlereagh and Talleyrand met at Vienna.", 1815, ["person Robert Stewart, Viscount Castlereagh", "person Charles Maurice de Talleyrand-Périgord"]],
		["Kossuth fled after Windischgrätz took Buda.", 1849, ["person Lajos Kossuth", "person Alfred I, Prince of Windisch-Grätz"]],
		["Bethmann Hollweg gave Austria a blank cheque.", 1914, ["person Theobald von Bethmann Hollweg", "state Austria-Hungary"]],
		["Shaka built the Zulu Kingdom.", 1818, ["person Shaka", "state Zulu Kingdom"]],
		["Lumumba was overthrown by Mobutu.", 1960, ["person Patrice Lumumba", "person Mobutu Sese Seko"]],
		["Santa Anna lost Texas.", 1836, ["person Antonio López de Santa Anna", "state Republic of Texas"]],
	])("%s", (...c) => check(c));
});

describe("states, peoples and bodies", () => {
	it.each<Case>([
		["Corinth and Megara appealed to Sparta.", -432, ["state Corinth", "state Megara", "state Sparta"]],
		["The Corcyraeans sought an alliance with Athens.", -433, ["state Corcyra", "state Athens"]],
		["The Delian League became an Athenian empire; the Peloponnesian League answered.", -440, ["organisation Delian League", "organisation Peloponnesian League"]],
		["Saladin took the Kingdom of Jerusalem from the crusaders.", 1187, ["person Saladin", "state Kingdom of Jerusalem"]],
		["The Seljuks defeated the Byzantines.", 1071, ["state Seljuk Empire", "state Byzantine Empire"]],
		["Cape Colony passed to Britain.", 1814, ["state Cape Colony", "state United Kingdom"]],
		["The Freedmen's Bureau helped former slaves, but the Radical Republicans wanted more.", 1866, ["organisation Freedmen's Bureau", "group Radical Republicans"]],
		["Sun Yat-sen founded the Tongmenghui.", 1905, ["person Sun Yat-sen", "organisation Tongmenghui"]],
		["The Burschenschaften were banned by the Carlsbad Decrees.", 1819, ["organisation Burschenschaften"]],
		["The Joint Chiefs urged an air strike.", 1962, ["organisation Joint Chiefs of Staff"]],
		["The Herero rose against German rule.", 1904, ["people Herero", "state Germany"]],
		["Sepoys mutinied at Meerut.", 1857, ["group Sepoys"]],
		["Japan seized the Dutch East Indies.", 1942, ["state Japan", "state Dutch East Indies"]],
		// the Soviet political police by the name of its years, not all as the KGB
		["The Cheka shot hostages; the OGPU ran the camps; the NKVD purged the army; the KGB crushed Hungary.", 1950, ["organisation Cheka", "organisation Joint State Political Directorate", "organisation NKVD", "organisation KGB", "state Hungary"]],
		// the Anglo-French entente of 1904 is not the Triple Entente of 1907
		["The Entente Cordiale joined Britain and France; the Triple Entente added Russia.", 1907, ["group Entente Cordiale", "state United Kingdom", "state France", "group Triple Entente", "state Russia"]],
		// a student's abbreviations of the great powers
		["Brit. and Ger. naval race; A-H annexed Bosnia; Russ. mobilised.", 1908, ["state United Kingdom", "state Germany", "state Austria-Hungary", "state Bosnia", "state Russia"]],
	])("%s", (...c) => check(c));
});

describe("short forms only in their own years", () => {
	it.each<Case>([
		// the Abbasid caliph who built Baghdad, and the ruler of Córdoba two centuries later
		["al-Mansur founded Baghdad.", 762, ["person Al-Mansur"]],
		["al-Mansur sacked Santiago.", 997, ["person Almanzor"]],
		// "Grant" and "Lee" outside the Civil War name nobody listed
		["Grant proposals were reviewed by the committee.", 1990, []],
		["Lee said the budget was final.", 1990, []],
		// one surname, two persons, told apart by the note's years
		["Johnson vetoed the Freedmen's Bureau bill.", 1866, ["person Andrew Johnson", "organisation Freedmen's Bureau"]],
		["Johnson escalated the war in Vietnam.", 1965, ["person Lyndon B. Johnson"]],
		["Harrison died a month into his term.", 1841, ["person William Henry Harrison"]],
		["Harrison signed the Sherman Antitrust Act.", 1890, ["person Benjamin Harrison"]],
		// a place named after a person is no person
		["Speke reached Lake Victoria.", 1858, ["person John Hanning Speke"]],
		// the same word before the person's time is a plain word
		["Ford stood by the river crossing.", 1500, []],
		["Marshall gave a speech at Harvard.", 1947, ["person George C. Marshall"]],
		["Marshall wrote the opinion in Marbury.", 1803, ["person John Marshall"]],
		// the bishop of the social question, and the minister the Boxers killed
		["Ketteler preached on the labour question.", 1864, ["person Wilhelm Emmanuel von Ketteler"]],
		["The Boxers shot Ketteler in the street.", 1900, ["group Boxers", "person Clemens von Ketteler"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: Roman Republic, Reformation, Latin American independence, Korean War, Weimar, French Revolution", () => {
	it.each<Case>([
		["Cinna and Marius took the city while Sulla fought Mithridates.", -87, ["person Lucius Cornelius Cinna", "person Gaius Marius", "person Sulla", "person Mithridates VI"]],
		["Clodius was killed by Milo's gang, and Curio went over to Caesar.", -52, ["person Publius Clodius Pulcher", "person Titus Annius Milo", "person Gaius Scribonius Curio", "person Julius Caesar"]],
		["Lucullus fought Tigranes after Pontus fell.", -69, ["person Lucius Licinius Lucullus", "person Tigranes the Great", "state Kingdom of Pontus"]],
		["The Cimbri and Teutones beat the consuls at Arausio.", -105, ["people Cimbri", "people Teutones"]],
		["The Italian allies rose when Drusus was murdered.", -91, ["group Socii", "person Marcus Livius Drusus (reformer)"]],
		["Opimius had the optimates and the equites behind him.", -121, ["person Lucius Opimius", "group Optimates", "group Equites"]],
		["Brutus and the Liberatores fled to the east.", -43, ["person Marcus Junius Brutus", "group Liberatores"]],
		["Cajetan questioned Luther; Karlstadt debated Eck at Leipzig.", 1519, ["person Thomas Cajetan", "person Martin Luther", "person Andreas Karlstadt", "person Johann Eck"]],
		["Frederick the Wise hid Luther; Aleander drafted the edict.", 1521, ["person Frederick III, Elector of Saxony", "person Martin Luther", "person Girolamo Aleandro"]],
		["Philip of Hesse and John Frederick led the Schmalkaldic League.", 1546, ["person Philip I, Landgrave of Hesse", "person John Frederick I, Elector of Saxony", "group Schmalkaldic League"]],
		["Maurice of Saxony turned on Charles V.", 1552, ["person Maurice, Elector of Saxony", "person Charles V, Holy Roman Emperor"]],
		["Farel and Beza worked with Calvin.", 1559, ["person William Farel", "person Theodore Beza", "person John Calvin"]],
		["Carafa became Paul IV and reformed the Roman Curia.", 1555, ["person Pope Paul IV", "organisation Roman Curia"]],
		["The Imperial Diet met at Speyer under Ferdinand I.", 1529, ["organisation Imperial Diet (Holy Roman Empire)", "person Ferdinand I, Holy Roman Emperor"]],
		["The Zwinglians and the Swiss Brethren split over baptism.", 1525, ["group Zwinglians", "group Swiss Brethren"]],
		["Páez and the llaneros joined Bolívar against Morillo.", 1818, ["person José Antonio Páez", "group Llaneros", "person Simón Bolívar", "person Pablo Morillo"]],
		["Belgrano and San Martín served the United Provinces of the Río de la Plata.", 1816, ["person Manuel Belgrano", "person José de San Martín", "state United Provinces of the Río de la Plata"]],
		["The criollos resented the peninsulares.", 1800, ["group Criollos", "group Peninsulares"]],
		["Riego rose at Cádiz, and Ferdinand VII gave way.", 1820, ["person Rafael del Riego", "person Ferdinand VII of Spain"]],
		["Gran Colombia broke apart.", 1830, ["state Gran Colombia"]],
		// Colombia in Gran Colombia's years is Gran Colombia
		["Colombia adopted a constitution at Cúcuta.", 1821, ["state Gran Colombia"]],
		["Ridgway replaced MacArthur, and Van Fleet took over the Eighth Army.", 1951, ["person Matthew Ridgway", "person Douglas MacArthur", "person James Van Fleet", "organisation Eighth United States Army"]],
		["The KPA crossed the parallel and the UN Command answered.", 1950, ["organisation Korean People's Army", "organisation United Nations Command"]],
		["Panikkar passed on Zhou Enlai's warning.", 1950, ["person K. M. Panikkar", "person Zhou Enlai"]],
		["The Chinese People's Volunteers under Peng Dehuai attacked.", 1950, ["organisation People's Volunteer Army", "person Peng Dehuai"]],
		["Walker held the Pusan perimeter while Bradley advised Truman.", 1950, ["person Walton Walker", "person Omar Bradley", "person Harry S. Truman"]],
		["Noske and the Freikorps crushed the Spartacists; Luxemburg was murdered.", 1919, ["person Gustav Noske", "organisation Freikorps", "organisation Spartacus League", "person Rosa Luxemburg"]],
		["Kapp and Lüttwitz seized Berlin while Seeckt kept the Reichswehr out.", 1920, ["person Wolfgang Kapp", "person Walther von Lüttwitz", "person Hans von Seeckt", "organisation Reichswehr"]],
		["Organisation Consul murdered Erzberger.", 1921, ["organisation Organisation Consul", "person Matthias Erzberger"]],
		["Müller's grand coalition took in the DDP, the DVP and the Centre Party.", 1928, ["person Hermann Müller", "organisation German Democratic Party", "organisation German People's Party", "organisation Centre Party"]],
		["The Stahlhelm joined the Harzburg Front.", 1931, ["organisation Der Stahlhelm", "group Harzburg Front"]],
		["Calonne called the Assembly of Notables.", 1787, ["person Charles Alexandre de Calonne", "organisation Assembly of Notables"]],
		["Collot d'Herbois and Billaud-Varenne turned on Robespierre.", 1794, ["person Jean-Marie Collot d'Herbois", "person Jacques Nicolas Billaud-Varenne", "person Maximilien Robespierre"]],
		["The Hébertists and the Enragés pressed the Convention.", 1793, ["group Hébertists", "group Enragés", "organisation National Convention"]],
		["Reubell and Barras dominated the Directory.", 1797, ["person Jean-François Reubell", "person Paul Barras", "organisation Directory"]],
		["The Vendéan rebels followed Cathelineau.", 1793, ["group Vendéans", "person Jacques Cathelineau"]],
		["The émigrés gathered at Koblenz.", 1791, ["group Émigrés"]],
	])("%s", (...c) => check(c));
});

describe("Rome: the Republic before 27 BC, the Empire after, and no actor in modern Rome", () => {
	it.each<Case>([
		["Rome destroyed Carthage and took Pergamon.", -146, ["state Roman Republic", "state Carthage", "state Kingdom of Pergamon"]],
		["The Romans annexed the kingdom.", -133, ["state Roman Republic"]],
		["Tiberius ruled Rome through Sejanus.", 26, ["person Tiberius", "state Roman Empire", "person Sejanus"]],
		["Claudius ruled the Roman Empire.", 50, ["person Claudius", "state Roman Empire"]],
		// names that hold "Rome" or "Roman" keep their own actors
		["Otto I revived the Holy Roman Empire while the Byzantine Empire watched.", 962, ["person Otto I", "state Holy Roman Empire", "state Byzantine Empire"]],
		["The Church of Rome condemned Hus.", 1415, ["organisation Catholic Church", "person Jan Hus"]],
		["The Treaty of Rome founded the EEC.", 1957, ["organisation European Economic Community"]],
		["Mussolini organised the march on Rome.", 1922, ["person Benito Mussolini"]],
		["Rome hosted the Olympics.", 1960, []],
		// the Roman Republic of 1849 is no rename of the Empire: it is a polity of its own
		["Garibaldi defended the Roman Republic against the French.", 1849, ["person Giuseppe Garibaldi", "state Roman Republic (19th century)", "state France"]],
	])("%s", (...c) => check(c));

	it("names the polity by the note's middle year, even when the note runs into the Empire's years", () => {
		const text = "The Romans crushed the Gracchi; Rome fought Jugurtha; the Roman Empire began under Augustus.";
		const dates = years(-133, -121, -111, -100, -88, -63, -49, -44, -27, 14, 14);
		const rome = actorsOf(text, { dates }).filter((a) => a.kind === "state");
		expect(rome.map((a) => [a.name, [...new Set(a.mentions.map((m) => m.text))]])).toEqual([["Roman Republic", ["Romans", "Rome", "Roman Empire"]]]);
	});

	it("merges the Republic into the Empire in a note on the Empire's years", () => {
		const rome = actorsOf("Claudius ruled Rome, though the Roman Republic was long gone.", { dates: years(41, 54) }).filter((a) => a.kind === "state");
		expect(rome.map((a) => a.name)).toEqual(["Roman Empire"]);
	});
});

describe("six more courses: short forms only in their own years", () => {
	it.each<Case>([
		["Marcellus took Syracuse.", -212, ["person Marcus Claudius Marcellus", "state Syracuse"]],
		["Marcellus died young, and Augustus mourned him.", -23, ["person Marcus Claudius Marcellus (nephew of Augustus)", "person Augustus"]],
		["Drusus campaigned beyond the Rhine.", -11, ["person Nero Claudius Drusus"]],
		["Allende was executed with Hidalgo.", 1811, ["person Ignacio Allende", "person Miguel Hidalgo y Costilla"]],
		["Allende won the election.", 1970, ["person Salvador Allende"]],
		["Pétion was mayor of Paris.", 1792, ["person Jérôme Pétion de Villeneuve"]],
		["Pétion ruled the south while Christophe ruled the north.", 1810, ["person Alexandre Pétion", "person Henri Christophe"]],
		// "United Provinces": the Dutch Republic, or the Río de la Plata after 1816
		["The United Provinces won recognition from Spain.", 1648, ["state Netherlands", "state Spain"]],
		["The United Provinces sent San Martín to Chile.", 1820, ["state United Provinces of the Río de la Plata", "person José de San Martín"]],
		["William of Orange led the revolt against Alba.", 1572, ["person William the Silent", "person Fernando Álvarez de Toledo, 3rd Duke of Alba"]],
		["William of Orange took the throne with Mary.", 1689, ["person William III of England"]],
		["Leopold II met Frederick William II at Pillnitz.", 1791, ["person Leopold II, Holy Roman Emperor", "person Frederick William II"]],
		["Leopold II claimed the Congo.", 1885, ["person Leopold II", "state Congo"]],
		// the Reichswehr was renamed the Wehrmacht in 1935
		["The Wehrmacht marched into the Rhineland.", 1936, ["organisation Wehrmacht"]],
		["The Reichswehr and the Wehrmacht are one army.", 1925, ["organisation Reichswehr"]],
		["Walker and Bradley spoke at the meeting.", 1990, []],
		["Müller signed for the club.", 2005, []],
		["Milo and Curio wrote the report.", 2020, []],
		["Clark and Collins sat on the committee.", 1990, []],
		["The creoles of the island spoke a creole.", 1990, []],
		["The Teutons and the Latins.", 1985, []],
	])("%s", (...c) => check(c));
});

describe("seven more courses: American Revolution, Mughal India, Russia 1881-1917, late antiquity, African decolonisation, Spanish Civil War, world-history staples", () => {
	it.each<Case>([
		["Townshend pushed his duties through Parliament, and Grenville opposed them.", 1767, ["person Charles Townshend", "organisation Parliament of Great Britain", "person George Grenville"]],
		["Burgoyne surrendered to Gates while Howe took Philadelphia.", 1777, ["person John Burgoyne", "person Horatio Gates", "person William Howe, 5th Viscount Howe"]],
		["Cornwallis surrendered to Washington and Rochambeau; de Grasse held the bay.", 1781, ["person Charles Cornwallis, 1st Marquess Cornwallis", "person George Washington", "person Jean-Baptiste Donatien de Vimeur, comte de Rochambeau", "person François Joseph Paul de Grasse"]],
		// a colony before independence, a state of the Union after it
		["Virginia and Massachusetts sent delegates, and Dunmore fled.", 1775, ["state Colony of Virginia", "state Province of Massachusetts Bay", "person John Murray, 4th Earl of Dunmore"]],
		["Virginia and Pennsylvania ratified after Randolph changed sides.", 1788, ["state Virginia", "state Pennsylvania", "person Edmund Randolph"]],
		// New York is left out: the city is named far more often than the colony or the state
		["Clinton held New York.", 1779, ["person Henry Clinton (British Army officer, born 1730)"]],
		["The Senecas followed Brant; the Oneidas sided with the Patriots.", 1778, ["people Seneca people", "person Joseph Brant", "people Oneida people", "group Patriots"]],
		["Little Turtle and Blue Jacket led the Western Confederacy.", 1791, ["person Little Turtle", "person Blue Jacket", "people Western Confederacy"]],
		["Shays defied the Confederation Congress.", 1786, ["person Daniel Shays", "organisation Congress of the Confederation"]],
		["Hemu lost to Bairam Khan at Panipat.", 1556, ["person Hemu", "person Bairam Khan"]],
		["Man Singh fought for Akbar against Mewar.", 1576, ["person Man Singh I", "person Akbar", "state Mewar"]],
		["Dara Shikoh lost to Aurangzeb, and Shah Jahan was confined.", 1658, ["person Dara Shikoh", "person Aurangzeb", "person Shah Jahan"]],
		["Aurangzeb took Bijapur and Golconda.", 1686, ["person Aurangzeb", "state Bijapur Sultanate", "state Golconda Sultanate"]],
		["Nizam-ul-Mulk served Muhammad Shah.", 1739, ["person Asaf Jah I", "person Muhammad Shah"]],
		["Abdali defeated Sadashivrao Bhau and the Peshwas lost their army.", 1761, ["person Ahmad Shah Durrani", "person Sadashivrao Bhau", "group Peshwas"]],
		["Jahangir executed Guru Arjan; later Guru Gobind Singh founded the Khalsa.", 1606, ["person Jahangir", "person Guru Arjan", "person Guru Gobind Singh", "organisation Khalsa"]],
		["Plehve was killed by Azef's men; the RSDLP split.", 1904, ["person Vyacheslav von Plehve", "person Yevno Azef", "organisation Russian Social Democratic Labour Party"]],
		["Tsereteli and Chkheidze led the soviet; Prince Lvov led the government.", 1917, ["person Irakli Tsereteli", "person Nikolay Chkheidze", "person Prince Lvov"]],
		["Zhelyabov and Perovskaya were hanged.", 1881, ["person Andrei Zhelyabov", "person Sophia Perovskaya"]],
		["Bogrov shot Stolypin, and Kokovtsov succeeded him.", 1911, ["person Dmitry Bogrov", "person Pyotr Stolypin", "person Vladimir Kokovtsov"]],
		["The Trudoviks and the Black Hundreds sat in the Duma.", 1907, ["organisation Trudoviks", "organisation Black Hundreds", "organisation Duma"]],
		["The Blues and Greens rose; Belisarius and Narses crushed them.", 532, ["group Blues and Greens", "person Belisarius", "person Narses"]],
		["Gaiseric sacked the city after Aetius died.", 455, ["person Gaiseric", "person Flavius Aetius"]],
		["Maurice fought the Avars until Phocas killed him.", 600, ["person Maurice (emperor)", "people Avars", "person Phocas"]],
		// the Lombard principalities of the south outlived the kingdom by three centuries
		["The Lombards held Salerno until Robert Guiscard took it.", 1070, ["people Lombards", "state Principality of Salerno", "person Robert Guiscard"]],
		["Khosrow I sacked Antioch while Witiges surrendered.", 540, ["person Khosrow I", "person Witiges"]],
		["The Monophysites rejected Chalcedon; the Nestorians went east.", 500, ["group Miaphysites", "group Nestorians"]],
		["Nkrumah and the CPP beat the UGCC; Busia protested.", 1951, ["person Kwame Nkrumah", "organisation Convention People's Party", "organisation United Gold Coast Convention", "person Kofi Abrefa Busia"]],
		["The FLN and the ALN fought Massu; Messali's MNA lost.", 1957, ["organisation National Liberation Front (Algeria)", "organisation Armée de Libération Nationale", "person Jacques Massu", "person Messali Hadj", "organisation Mouvement National Algérien"]],
		["Kasavubu dismissed Lumumba; Katanga seceded with Union Minière.", 1960, ["person Joseph Kasa-Vubu", "person Patrice Lumumba", "state State of Katanga", "organisation Union Minière du Haut-Katanga"]],
		["The Force Publique mutinied against its Belgian officers in 1960.", 1960, ["organisation Force Publique", "state Belgium"]],
		["KANU and KADU met; Odinga and Mboya attended.", 1962, ["organisation Kenya African National Union", "organisation Kenya African Democratic Union", "person Oginga Odinga", "person Tom Mboya"]],
		["Welensky led the Central African Federation.", 1960, ["person Roy Welensky", "state Federation of Rhodesia and Nyasaland"]],
		["Cabral's PAIGC fought Spínola; Neto's MPLA fought on.", 1969, ["person Amílcar Cabral", "organisation African Party for the Independence of Guinea and Cape Verde", "person António de Spínola", "person Agostinho Neto", "organisation MPLA"]],
		["The pieds-noirs and the harkis left.", 1962, ["group Pieds-noirs", "group Harkis"]],
		["Sanjurjo and Queipo de Llano rose against Azaña; the FAI and the UGT fought back.", 1936, ["person José Sanjurjo", "person Gonzalo Queipo de Llano", "person Manuel Azaña", "organisation Federación Anarquista Ibérica", "organisation Unión General de Trabajadores"]],
		["Nin and the POUM were crushed by the PCE and the SIM.", 1937, ["person Andreu Nin", "organisation POUM", "organisation Communist Party of Spain", "organisation Servicio de Investigación Militar"]],
		["José Antonio was shot; the Falangists and the CEDA drifted apart.", 1936, ["person José Antonio Primo de Rivera", "organisation Falange", "organisation CEDA"]],
		["The CTV and the Requetés fought at Guadalajara; Durruti died in Madrid.", 1937, ["organisation Corpo Truppe Volontarie", "organisation Requetés", "person Buenaventura Durruti"]],
		["Sokollu served Selim II; Hürrem had backed him.", 1566, ["person Sokollu Mehmed Pasha", "person Selim II", "person Hurrem Sultan"]],
		["Li Zicheng took Beijing; Wu Sangui let Dorgon in.", 1644, ["person Li Zicheng", "person Wu Sangui", "person Dorgon"]],
		["Ieyasu beat Mitsunari; Hideyori survived until the Toyotomi fell.", 1600, ["person Tokugawa Ieyasu", "person Ishida Mitsunari", "person Toyotomi Hideyori", "group Toyotomi clan"]],
		["Makandal was burned; Ogé was broken on the wheel.", 1791, ["person François Mackandal", "person Vincent Ogé"]],
		["Alvarado massacred the nobles; Cuitláhuac drove Cortés out.", 1520, ["person Pedro de Alvarado", "person Cuitláhuac", "person Hernán Cortés"]],
	])("%s", (...c) => check(c));
});

describe("seven more courses: short forms only in their own years", () => {
	it.each<Case>([
		// one surname, two persons, told apart by the note's years
		["Primo de Rivera ruled by decree.", 1926, ["person Miguel Primo de Rivera"]],
		["Primo de Rivera founded the Falange.", 1933, ["person José Antonio Primo de Rivera", "organisation Falange"]],
		["Rochambeau marched to Yorktown.", 1781, ["person Jean-Baptiste Donatien de Vimeur, comte de Rochambeau"]],
		["Rochambeau surrendered the colony.", 1803, ["person Donatien-Marie-Joseph de Vimeur, vicomte de Rochambeau"]],
		["Barbarossa won at Preveza.", 1538, ["person Hayreddin Barbarossa"]],
		["Barbarossa drowned on crusade.", 1190, ["person Frederick Barbarossa"]],
		["Cabral sailed on with the fleet.", 1500, ["person Pedro Álvares Cabral"]],
		["Cabral was murdered in Conakry.", 1973, ["person Amílcar Cabral"]],
		["Theodosius closed the pagan temples.", 391, ["person Theodosius I"]],
		["Theodosius built the land walls.", 413, ["person Theodosius II"]],
		["Sherman drafted the compromise.", 1787, ["person Roger Sherman"]],
		["Knox moved the guns to Boston.", 1776, ["person Henry Knox"]],
		// the same word outside the person's years names nobody
		["Gates and Clinton met in Howe Street.", 1990, []],
		["Maurice, Julian and Justin went home with Cyril.", 1990, []],
		["Alvarado Road and Mola Street cross by the Brant depot.", 1970, []],
		["Virginia and Massachusetts voted for the candidate.", 1960, []],
		["Nin and Neto played; Caetano sang.", 1990, []],
		["Jerome and Ambrose wrote to Honorius about Blues and Greens.", 1890, []],
		// (a name before "Singh" is still a person by pattern, but not the listed Man Singh I)
		["Man Singh was a common name.", 1900, ["person Man Singh"]],
		["Greens and Blues won seats.", 2010, []],
	])("%s", (...c) => check(c));
});

describe("eight more courses: Tudor and Stuart England, Greece, Imperial Rome, Renaissance Italy, the conquest, Vikings, Mongols, France", () => {
	it.each<Case>([
		["Shaftesbury led the Whigs against Danby and the Tories.", 1681, ["person Anthony Ashley Cooper, 1st Earl of Shaftesbury", "group Whigs (British political party)", "person Thomas Osborne, 1st Duke of Leeds", "group Tories (British political party)"]],
		["Ptolemy, Seleucus and Cassander fought Antigonus.", -305, ["person Ptolemy I Soter", "person Seleucus I Nicator", "person Cassander", "person Antigonus I Monophthalmus"]],
		["Geta was murdered; Plautianus had fallen.", 211, ["person Geta", "person Gaius Fulvius Plautianus"]],
		["The Pazzi, backed by Sixtus IV, attacked the Medici.", 1478, ["group Pazzi family", "person Pope Sixtus IV", "group House of Medici"]],
		["Alfred defeated Guthrum; the Great Heathen Army settled the Danelaw.", 878, ["person Alfred the Great", "person Guthrum", "organisation Great Heathen Army", "state Danelaw"]],
		["Kublai fought Ariq Böke while Berke led the Golden Horde.", 1261, ["person Kublai Khan", "person Ariq Böke", "person Berke", "state Golden Horde"]],
		["Ravaillac killed Henry IV; Concini served Marie de' Medici.", 1610, ["person François Ravaillac", "person Henry IV of France", "person Concino Concini", "person Marie de' Medici"]],
		// one name, two persons, told apart by the note's years
		["Túpac Amaru was executed by Viceroy Toledo.", 1572, ["person Túpac Amaru", "person Francisco de Toledo"]],
		// the same word outside the person's years names nobody
		["Essex and Somerset met at Lambert's ground in Marlborough.", 1900, []],
		["Ptolemy drew his map and Antigonus copied it.", 150, []],
	])("%s", (...c) => check(c));
});

describe("eight more courses: Imperial Germany to the Pacific War", () => {
	it.each<Case>([
		["Taaffe's Iron Ring gave way to Badeni, whose language ordinances angered the Young Czechs.", 1897, ["person Eduard Taaffe, 11th Viscount Taaffe", "person Kasimir Felix Badeni", "organisation Young Czech Party"]],
		["Hohenlohe succeeded Caprivi; Windthorst had died.", 1894, ["person Chlodwig, Prince of Hohenlohe-Schillingsfürst", "person Leo von Caprivi", "person Ludwig Windthorst"]],
		["Russell and Bright pressed for reform, and Derby passed it.", 1866, ["person John Russell, 1st Earl Russell", "person John Bright", "person Edward Smith-Stanley, 14th Earl of Derby"]],
		["Feng Yuxiang and Wu Peifu fought over Beijing; Borodin advised the Kuomintang.", 1924, ["person Feng Yuxiang", "person Wu Peifu", "person Mikhail Borodin", "organisation Kuomintang"]],
		["Rykov and Tomsky joined Bukharin in the Right Opposition.", 1929, ["person Alexei Rykov", "person Mikhail Tomsky", "person Nikolai Bukharin", "group Right Opposition"]],
		["Gerő called in Soviet troops; Maléter negotiated with them.", 1956, ["person Ernő Gerő", "state Soviet Union", "person Pál Maléter"]],
		["Parks refused to move; Abernathy and Rustin organised the boycott with the Montgomery Improvement Association.", 1955, ["person Rosa Parks", "person Ralph Abernathy", "person Bayard Rustin", "organisation Montgomery Improvement Association"]],
		["Kido and Suzuki sought peace; Anami resisted.", 1945, ["person Kōichi Kido", "person Kantarō Suzuki", "person Korechika Anami"]],
		// one surname, two persons, told apart by the note's years: Itagaki Taisuke's short form is his only until 1919
		["Itagaki planned the Mukden Incident with Ishiwara.", 1931, ["person Seishirō Itagaki", "person Ishiwara Kanji"]],
		// the same words outside the persons' years name nobody
		["Bright, Russell and Derby walked down Parks Road past Wallace Hall; Suzuki and Kido took the train.", 1990, []],
		// a form limited to the note's years beats one valid in all years
		["Augustus made war on Sweden.", 1700, ["person Augustus II the Strong", "state Sweden"]],
		["Augustus took the title.", -27, ["person Augustus"]],
	])("%s", (...c) => check(c));
});

describe("eight more courses: Angevin England, Liberal Italy, Irish revolution, Vietnam, late Ottoman Empire, apartheid, Latin America, Southeast Asia", () => {
	it.each<Case>([
		["Montfort defeated Henry III at Lewes.", 1264, ["person Simon de Montfort, 6th Earl of Leicester", "person Henry III of England"]],
		["Sturzo founded the PPI, and Turati led the reformists of the PSI.", 1919, ["person Luigi Sturzo", "organisation Italian People's Party (1919)", "person Filippo Turati", "organisation Italian Socialist Party"]],
		["Collins and Griffith signed the Treaty; de Valera rejected it.", 1921, ["person Michael Collins (Irish leader)", "person Arthur Griffith", "person Éamon de Valera"]],
		["Lodge backed the coup against Diem, while the PAVN and the NLF fought the ARVN.", 1963, ["person Henry Cabot Lodge Jr.", "person Ngo Dinh Diem", "organisation People's Army of Vietnam", "organisation Viet Cong", "organisation Army of the Republic of Vietnam"]],
		["Âli Pasha and Fuad Pasha led the reforms after Reşid Pasha.", 1860, ["person Mehmed Emin Âli Pasha", "person Keçecizade Fuad Pasha", "person Mustafa Reşid Pasha"]],
		["Vorster banned SASO, and Buthelezi built Inkatha.", 1977, ["person John Vorster", "organisation South African Students' Organisation", "person Mangosuthu Buthelezi", "organisation Inkatha"]],
		["Hatta and Sjahrir served Sukarno, while the Tunku led UMNO.", 1950, ["person Mohammad Hatta", "person Sutan Sjahrir", "person Sukarno", "person Tunku Abdul Rahman", "organisation United Malays National Organisation"]],
		// a short form outside its years names nobody
		["Malan ran the ministry.", 1965, []],
		["Collins and Griffith sat on the committee.", 1990, []],
		// "Somoza" is the father until 1956 and the son from 1967
		["Somoza fled, and the FSLN took Managua.", 1979, ["person Anastasio Somoza Debayle", "group Sandinistas"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: New Kingdom and Near East, Achaemenid Persia, Han and Tang, Sengoku and Tokugawa, Delhi Sultanate, papacy and empire", () => {
	it.each<Case>([
		["Ramesses fought Muwatalli at Kadesh and later made peace with Hattusili.", -1270, ["person Ramesses II", "person Muwatalli II", "person Hattusili III"]],
		["Sennacherib besieged Hezekiah, and the Chaldeans under Nabopolassar rose against the Assyrians.", -701, ["person Sennacherib", "person Hezekiah", "people Chaldeans", "person Nabopolassar", "state Assyria"]],
		["Croesus attacked Cyrus after Astyages fell, and the Lydians lost Sardis.", -547, ["person Croesus", "person Cyrus the Great", "person Astyages", "state Lydia"]],
		["Cao Cao and Liu Bei crushed the Yellow Turbans; Dong Zhuo seized the capital.", 189, ["person Cao Cao", "person Liu Bei", "group Yellow Turbans", "person Dong Zhuo"]],
		["Xuanzong trusted An Lushan, and Yang Guozhong ruled at court.", 754, ["person Emperor Xuanzong of Tang", "person An Lushan", "person Yang Guozhong"]],
		["Mitsuhide turned on Nobunaga; Shingen and Kenshin were already dead.", 1582, ["person Akechi Mitsuhide", "person Oda Nobunaga", "person Takeda Shingen", "person Uesugi Kenshin"]],
		["Iltutmish named Razia his heir, and Balban broke the Forty.", 1236, ["person Iltutmish", "person Razia Sultana", "person Ghiyas ud din Balban", "group Chihalgani"]],
		["Alauddin sent Malik Kafur south, and Muhammad bin Tughluq later moved the capital.", 1310, ["person Alauddin Khalji", "person Malik Kafur", "person Muhammad bin Tughluq"]],
		["Hildebrand as Gregory VII excommunicated Henry IV, whom Matilda of Tuscany hosted at Canossa.", 1077, ["person Pope Gregory VII", "person Henry IV, Holy Roman Emperor", "person Matilda of Tuscany"]],
		["Innocent III backed Otto IV against Philip of Swabia and the Hohenstaufen.", 1198, ["person Pope Innocent III", "person Otto IV", "person Philip of Swabia", "group House of Hohenstaufen"]],
		// the short forms outside their years name nobody
		["Alauddin and Kafur ran the shop; Matilda and Hildebrand met Ramesses.", 1990, []],
		["Henry IV and Nicholas II met Xuanzong.", 1600, ["person Henry IV of France", "person Nicholas II"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: Jacksonian America, the Progressive Era, Canada to 1914, nineteenth-century Ireland, the Third Republic and Vichy, the Soviet war in Afghanistan", () => {
	it.each<Case>([
		["Biddle and Benton fought over the Second Bank of the United States.", 1832, ["person Nicholas Biddle", "person Thomas Hart Benton", "organisation Second Bank of the United States"]],
		["Pinchot and Steffens joined La Follette; the Muckrakers exposed Standard Oil.", 1910, ["person Gifford Pinchot", "person Lincoln Steffens", "person Robert M. La Follette", "group Muckrakers", "organisation Standard Oil"]],
		["Macdonald, Cartier and Tupper met the Clear Grits in the Great Coalition.", 1864, ["person John A. Macdonald", "person George-Étienne Cartier", "person Charles Tupper", "organisation Clear Grits", "group Great Coalition (Canada)"]],
		["Mitchel and Gavan Duffy broke with O'Connell's Repeal Association.", 1846, ["person John Mitchel", "person Charles Gavan Duffy", "person Daniel O'Connell", "organisation Repeal Association"]],
		["Darlan and Darnand served Pétain; the Milice hunted Moulin.", 1943, ["person François Darlan", "person Joseph Darnand", "person Philippe Pétain", "organisation Milice", "person Jean Moulin"]],
		["Taraki and Karmal split the PDPA; Massoud and Hekmatyar fought the KHAD.", 1982, ["person Nur Muhammad Taraki", "person Babrak Karmal", "organisation People's Democratic Party of Afghanistan", "person Ahmad Shah Massoud", "person Gulbuddin Hekmatyar", "organisation KHAD"]],
		// a short form outside its years names nobody
		["Moulin and Butt met Baldwin at Elgin.", 1990, []],
		["Mackenzie and Howe spoke for Nova Scotia.", 1995, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: Muscovy, the Russian Civil War, the Ottoman rise, the slave trade, the Habsburg-Ottoman wars, the Enlightenment", () => {
	it.each<Case>([
		["Ivan III stopped paying tribute to the Golden Horde, and Akhmat Khan withdrew.", 1480, ["person Ivan III of Russia", "state Golden Horde", "person Akhmat Khan"]],
		["Kurbsky fled as the oprichniki turned on the boyars.", 1564, ["person Andrey Kurbsky", "organisation Oprichniki", "group Boyars"]],
		["Minin and Pozharsky drove out the Poles, and the Zemsky Sobor chose Michael Romanov.", 1613, ["person Kuzma Minin", "person Dmitry Pozharsky", "state Poland", "organisation Zemsky Sobor", "person Michael of Russia"]],
		["Yudenich marched on Petrograd while Petliura led the Ukrainian People's Republic.", 1919, ["person Nikolai Yudenich", "person Symon Petliura", "state Ukrainian People's Republic"]],
		["Budyonny's First Cavalry Army fought Piłsudski; the Constituent Assembly had been dispersed.", 1920, ["person Semyon Budyonny", "organisation 1st Cavalry Army", "person Józef Piłsudski", "organisation Russian Constituent Assembly"]],
		["Mehmed II defeated Uzun Hasan and the Aq Qoyunlu.", 1473, ["person Mehmed II", "person Uzun Hasan", "state Aq Qoyunlu"]],
		["Zápolya appealed to Suleiman against Ferdinand I.", 1528, ["person John Zápolya", "person Suleiman the Magnificent", "person Ferdinand I, Holy Roman Emperor"]],
		["Thököly and the Kurucs backed Kara Mustafa against Leopold I.", 1683, ["person Imre Thököly", "group Kurucs", "person Kara Mustafa Pasha", "person Leopold I, Holy Roman Emperor"]],
		["Buxton led the Anti-Slavery Society after Wilberforce, and Brougham spoke for it.", 1825, ["person Thomas Fowell Buxton", "organisation Anti-Slavery Society", "person William Wilberforce", "person Henry Brougham, 1st Baron Brougham and Vaux"]],
		["Nabuco and Rebouças pressed Princess Isabel to sign.", 1888, ["person Joaquim Nabuco", "person André Rebouças", "person Isabel, Princess Imperial of Brazil"]],
		["Struensee governed for Christian VII while Choiseul fell.", 1770, ["person Johann Friedrich Struensee", "person Christian VII of Denmark", "person Étienne François, duc de Choiseul"]],
		// the same words outside the persons' and polities' years name nobody
		["Fox, Potemkin and Ironside walked past Mansfield.", 1950, []],
		["Osman and Alexis met Olga in Kazan.", 1990, []],
		["Potemkin's crew mutinied at Odessa.", 1905, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: the Italian Wars, the Glorious Revolution, the Congress of Vienna, the Second Empire, the Soviet collapse, the Cuban Revolution", () => {
	it.each<Case>([
		["Charles VIII entered Naples, and Il Moro joined the League of Venice.", 1495, ["person Charles VIII of France", "state Naples", "person Ludovico Sforza", "group League of Venice"]],
		["Pescara and Lannoy took Francis I at Pavia; the Constable of Bourbon sacked Rome.", 1525, ["person Fernando d'Ávalos", "person Charles de Lannoy", "person Francis I of France", "person Charles III, Duke of Bourbon"]],
		["Tyrconnell held Ireland for the Jacobites until Ginkel and Sarsfield came to terms.", 1691, ["person Richard Talbot, 1st Earl of Tyrconnell", "state Ireland", "group Jacobites", "person Godert de Ginkel, 1st Earl of Athlone", "person Patrick Sarsfield, 1st Earl of Lucan"]],
		["Nesselrode and Kapodistrias advised Alexander I; Gentz kept the minutes.", 1815, ["person Karl Nesselrode", "person Ioannis Kapodistrias", "person Alexander I of Russia", "person Friedrich von Gentz"]],
		["Morny and Rouher served Napoleon III, and Ollivier led the Liberal Empire.", 1869, ["person Charles de Morny, Duke of Morny", "person Eugène Rouher", "person Napoleon III", "person Émile Ollivier", "state France"]],
		["Bazaine shut himself in Metz while Trochu led the Government of National Defence.", 1870, ["person François Achille Bazaine", "person Louis-Jules Trochu", "organisation Government of National Defence"]],
		["Landsbergis led Sajudis, and Kravchuk, Shushkevich and Yeltsin ended the union.", 1991, ["person Vytautas Landsbergis", "organisation Sąjūdis", "person Leonid Kravchuk", "person Stanislav Shushkevich", "person Boris Yeltsin"]],
		["Gamsakhurdia faced the Ossetians, and Ter-Petrosyan led the Karabakh Committee.", 1990, ["person Zviad Gamsakhurdia", "people Ossetians", "person Levon Ter-Petrosyan", "organisation Karabakh Committee"]],
		["Che and Cienfuegos marched west while Echeverría's Directorio fought in Havana.", 1957, ["person Che Guevara", "person Camilo Cienfuegos", "person José Antonio Echeverría", "organisation Directorio Revolucionario Estudiantil"]],
		// the same words outside the persons' years name nobody
		["Dundee, Sunderland and Shrewsbury won the cup; Hugo and Baker scored.", 1995, []],
		["Humboldt and Bayard sailed past Pescara to Cienfuegos.", 1800, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: West African empires, Song and Yuan China, Fatimids to Ayyubids, the classical Ottoman age, Joseon Korea, the Black Death and the revolts", () => {
	it.each<Case>([
		["Sundiata defeated Sumanguru and the Sosso, and the Mandinka built Mali.", 1235, ["person Sundiata Keita", "person Sumanguru Kanté", "state Sosso Kingdom", "people Mandinka", "state Mali"]],
		["The Moroccans under Judar defeated Askia Ishaq II; Sonni Ali had built Songhai.", 1591, ["state Morocco", "person Judar Pasha", "person Askia Ishaq II", "person Sunni Ali", "state Songhai"]],
		["Yue Fei fought the Jin until Qin Hui had him killed; Gaozong made peace.", 1141, ["person Yue Fei", "state Jin dynasty (1115–1234)", "person Qin Hui", "person Emperor Gaozong of Song"]],
		["Bayan took Hangzhou for Kublai, and Wen Tianxiang fought on for the Southern Song.", 1276, ["person Bayan of the Baarin", "person Kublai Khan", "person Wen Tianxiang", "group Song dynasty"]],
		["Nizam served Malik-Shah while Hassan-i Sabbah led the Assassins against the Fatimids.", 1090, ["person Nizam al-Mulk", "person Malik-Shah I", "person Hassan-i Sabbah", "organisation Order of Assassins", "state Fatimid Caliphate"]],
		["Bayezid fought the Mamluks, and Shah Ismail rallied the Kizilbash.", 1505, ["person Bayezid II", "state Mamluk Sultanate", "person Ismail I", "group Qizilbash"]],
		["Suleiman marched against Tahmasp, and La Valette led the Hospitallers.", 1565, ["person Suleiman the Magnificent", "person Tahmasp I", "person Jean Parisot de Valette", "organisation Knights Hospitaller"]],
		["Sejo purged the Hall of Worthies, and the Sarim later fought the Hungu.", 1456, ["person Sejo of Joseon", "organisation Hall of Worthies", "group Sarim", "group Hungu"]],
		["Walworth killed Tyler as Ball and Straw looked on; Sudbury was already dead.", 1381, ["person William Walworth", "person Wat Tyler", "person John Ball (priest)", "person Jack Straw (rebel)", "person Simon Sudbury"]],
		["Marcel sided with Charles the Bad against Charles V, while the flagellants were forgotten.", 1358, ["person Étienne Marcel", "person Charles II of Navarre", "person Charles V of France", "group Flagellants"]],
		["Lando led the Ciompi against the Parte Guelfa.", 1378, ["person Michele di Lando", "group Ciompi", "organisation Parte Guelfa"]],
		// the same short forms outside their years name nobody; Kabila in 2005 is the son, who has no short form
		["Marcel, Ball and Straw met Sado and Bayan at the Hales house.", 2003, []],
		["Charles V abdicated; Nizam and the Jin sent Tyler.", 1556, ["person Charles V, Holy Roman Emperor"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: the Risorgimento, 1830, the Tanzimat, Mexico's Reform, the Polish risings, the Dutch Golden Age", () => {
	it.each<Case>([
		["Mazzini founded Young Italy; Manin proclaimed the Republic of San Marco.", 1848, ["person Giuseppe Mazzini", "group Young Italy", "person Daniele Manin", "state Republic of San Marco"]],
		["Gioberti and Balbo argued for a federation under the Pope, while Pisacane went south.", 1846, ["person Vincenzo Gioberti", "person Cesare Balbo", "person Carlo Pisacane"]],
		["Polignac's ordinances provoked Laffitte and Odilon Barrot.", 1830, ["person Jules de Polignac", "person Jacques Laffitte", "person Odilon Barrot"]],
		["Rogier and de Potter defied King William I.", 1830, ["person Charles Rogier", "person Louis de Potter", "person William I of the Netherlands"]],
		["Şinasi and Ziya Pasha joined the Young Ottomans.", 1865, ["person İbrahim Şinasi", "person Ziya Pasha", "group Young Ottomans"]],
		["Comonfort fled and Zuloaga seized the capital; Juárez and Ocampo held out.", 1858, ["person Ignacio Comonfort", "person Félix María Zuloaga", "person Benito Juárez", "person Melchor Ocampo"]],
		["Paskevich took Warsaw after Skrzynecki and Krukowiecki failed.", 1831, ["person Ivan Paskevich", "person Jan Skrzynecki", "person Jan Krukowiecki"]],
		["Traugutt led the National Government until Muravyov crushed the rising.", 1864, ["person Romuald Traugutt", "organisation Polish National Government (January Uprising)", "person Mikhail Muravyov-Vilensky"]],
		["De Ruyter raided the Medway while De Witt negotiated with Arlington.", 1667, ["person Michiel de Ruyter", "person Johan de Witt", "person Henry Bennet, 1st Earl of Arlington"]],
		["Tromp fought Blake in the Channel.", 1652, ["person Maarten Tromp", "person Robert Blake (admiral)"]],
		// short forms limited to their years: other Blakes, Márquezes and Polignacs are not these
		["Blake wrote the Songs of Innocence.", 1794, []],
		["Márquez wrote about Macondo.", 1967, []],
		["Polignac was Marie Antoinette's favourite.", 1785, ["person Marie Antoinette"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: Assyria and Babylon, the Mauryas and Guptas, late Byzantium, the Teutonic Order, the Aztec Triple Alliance, Vijayanagara", () => {
	it.each<Case>([
		["Nabopolassar and Cyaxares sacked Nineveh; Ashur-uballit II fled to Harran, and Josiah died facing Necho.", -610, ["person Nabopolassar", "person Cyaxares", "person Ashur-uballit II", "person Josiah", "person Necho II"]],
		["Chanakya guided Chandragupta against Dhana Nanda, and Bindusara succeeded him before Ashoka conquered Kalinga.", -300, ["person Chanakya", "person Chandragupta Maurya", "person Dhana Nanda", "person Bindusara", "person Ashoka", "state Kalinga (historical kingdom)"]],
		["Samudragupta and Chandragupta extended Gupta rule; Skandagupta fought the Hunas, and Mihirakula later ruled in Punjab.", 400, ["person Samudragupta", "person Chandragupta II", "state Gupta Empire", "person Skandagupta", "people Alchon Huns", "person Mihirakula"]],
		["Kantakouzenos fought Apokaukos while the Zealots held Thessalonica and Palamas led the Hesychasts.", 1345, ["person John VI Kantakouzenos", "person Alexios Apokaukos", "group Zealots of Thessalonica", "person Gregory Palamas", "group Hesychasts"]],
		["Jagiello and Vytautas defeated Jungingen; Plauen held Marienburg.", 1410, ["person Jogaila", "person Vytautas", "person Ulrich von Jungingen", "person Heinrich von Plauen the Elder"]],
		["The Prussians resisted the Teutonic Knights and the Sword Brothers fell to the Samogitians.", 1260, ["people Old Prussians", "organisation Teutonic Knights", "organisation Livonian Brothers of the Sword", "people Samogitians"]],
		["Itzcoatl, Nezahualcoyotl and Tlacopan formed the Aztec Triple Alliance against Maxtla and the Tepanecs.", 1428, ["person Itzcoatl", "person Nezahualcoyotl", "state Tlacopan", "state Aztec Empire", "person Maxtla", "people Tepanecs"]],
		["The Deccan sultanates under Hussain Nizam Shah I killed Rama Raya; Mahmud Gawan had served the Bahmanis.", 1565, ["group Deccan sultanates", "person Hussain Nizam Shah I", "person Aliya Rama Raya", "person Mahmud Gawan", "state Bahmani Sultanate"]],
		// the same short forms outside their years name nobody, or the body of those years
		["Ahab chased the whale; Jehu drove furiously; Plauen, Jungingen and Gawan are towns; Vytautas and Palamas wrote.", 1851, []],
		["Prussians marched on Paris, and the Triple Alliance bound Germany.", 1882, ["state Prussia", "group Triple Alliance", "state Germany"]],
	])("%s", (...c) => check(c));
});

describe("forms fixed after reading held-out notes", () => {
	it.each<Case>([
		// a form marked exact ("=National Movement") keeps its letter case even as a multi-word name
		["The national movement grew; the National Movement held its congress.", 1960, ["organisation FET y de las JONS"]],
		// a form limited to its years: Toussaint in 1954 is All Saints' Day, not Louverture
		["The FLN struck on the Toussaint, 1 November.", 1954, ["organisation National Liberation Front (Algeria)"]],
		["Toussaint took Saint-Domingue.", 1801, ["person Toussaint Louverture", "state Haiti"]],
		// a canonical name is a name, never its year window
		["Solidarity struck at Gdańsk.", 1980, ["organisation Solidarity (Polish trade union)"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: Egypt and the Arab–Israeli wars, Syria, Iraq and Lebanon, the Horn of Africa, the Congo and Zaire, Lusophone Africa, East Africa", () => {
	it.each<Case>([
		["Naguib gave way to Nasser, and Amer commanded the army until the defeat.", 1967, ["person Muhammad Naguib", "person Gamal Abdel Nasser", "person Abdel Hakim Amer"]],
		["Sadat and Shazly planned the crossing while Dayan and Meir misread the signs.", 1973, ["person Anwar Sadat", "person Saad el-Shazly", "person Moshe Dayan", "person Golda Meir"]],
		["Aflaq and Bitar founded the party; Qasim was overthrown by Arif and al-Bakr.", 1963, ["person Michel Aflaq", "person Salah al-Din al-Bitar", "person Abd al-Karim Qasim", "person Abdul Salam Arif", "person Ahmed Hassan al-Bakr"]],
		["Jumblatt led the Lebanese National Movement against the Phalangists, and Musa al-Sadr founded Amal.", 1975, ["person Kamal Jumblatt", "organisation Lebanese National Movement", "organisation Kataeb Party", "person Musa al-Sadr", "organisation Amal Movement"]],
		["Siad Barre invaded the Ogaden with the WSLF, while the Derg under Mengistu held on and the EPLF fought in Eritrea.", 1977, ["person Siad Barre", "organisation Western Somali Liberation Front", "organisation Derg", "person Mengistu Haile Mariam", "organisation Eritrean People's Liberation Front"]],
		["Nimeiry made peace with Lagu and the Anyanya; Garang later founded the SPLA.", 1972, ["person Gaafar Nimeiry", "person Joseph Lagu", "organisation Anyanya", "person John Garang", "organisation Sudan People's Liberation Army"]],
		["Kalonji proclaimed South Kasai, Adoula formed a government, and Kabila joined the Simbas.", 1964, ["person Albert Kalonji", "state South Kasai", "person Cyrille Adoula", "person Laurent-Désiré Kabila", "group Simba rebels"]],
		["Chissano succeeded Machel, and RENAMO under Dhlakama fought on; dos Santos faced Savimbi.", 1986, ["person Joaquim Chissano", "person Samora Machel", "organisation RENAMO", "person Afonso Dhlakama", "person José Eduardo dos Santos", "person Jonas Savimbi"]],
		["Okello led the revolution before Karume took power; Nyerere and Kambona faced a mutiny.", 1964, ["person John Okello", "person Abeid Karume", "person Julius Nyerere", "person Oscar Kambona"]],
		["Museveni and the NRA took Kampala after Okello fell; Lakwena raised the Holy Spirit Movement.", 1986, ["person Yoweri Museveni", "organisation National Resistance Army", "person Tito Okello", "person Alice Lakwena", "organisation Holy Spirit Movement"]],
		// the same short forms outside their years name nobody; Kabila in 2005 is the son, who has no short form
		["Begin with the sources; Sharon, Amer and Moi read them, and Okello, Arif and Qasim signed.", 1930, []],
		["Kabila ruled Congo after Mobutu, and Bashir ruled Sudan.", 2005, ["state Congo", "person Mobutu Sese Seko", "person Omar al-Bashir", "state Sudan"]],
		// a surname two leaders share stays unread in full: Iran's Azhari of 1978 is not Sudan's; "Lule" in 1912 is a place
		["Azhari led a military government in Iran.", 1978, []],
		["The battle of Lule Burgas was fought.", 1912, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: Peronist Argentina, Vargas's Brazil, Central America's Cold War, the Caribbean dictators, Colombia and Venezuela, Peru", () => {
	it.each<Case>([
		["Videla, Massera and Galtieri ran the junta while the Montoneros and the ERP fought the Triple A.", 1976, ["person Jorge Rafael Videla", "person Emilio Eduardo Massera", "person Leopoldo Galtieri", "organisation Montoneros", "organisation People's Revolutionary Army (Argentina)", "organisation Argentine Anticommunist Alliance"]],
		["Vargas crushed the ANL and then the Integralists; Prestes was jailed and Aranha courted the Americans.", 1937, ["person Getúlio Vargas", "organisation National Liberation Alliance (Brazil)", "group Brazilian Integralism", "person Luís Carlos Prestes", "person Oswaldo Aranha", "state United States"]],
		["Castelo Branco dissolved the PTB, the PSD and the UDN.", 1965, ["person Humberto de Alencar Castelo Branco", "organisation Brazilian Labour Party", "organisation PSD", "organisation National Democratic Union (Brazil)"]],
		["ARENA and the MDB were the only parties under Médici and Geisel.", 1972, ["organisation National Renewal Alliance", "organisation Brazilian Democratic Movement", "person Emílio Garrastazu Médici", "person Ernesto Geisel"]],
		["Peurifoy and United Fruit wanted Árbenz gone; Ydígoras later faced the PGT.", 1954, ["person John Peurifoy", "organisation United Fruit Company", "person Jacobo Árbenz", "person Miguel Ydígoras Fuentes", "organisation Guatemalan Party of Labour"]],
		["D'Aubuisson founded ARENA to fight Duarte and the FMLN; Carías Andino had ruled Honduras.", 1982, ["person Roberto D'Aubuisson", "organisation Nationalist Republican Alliance", "person José Napoleón Duarte", "organisation Farabundo Martí National Liberation Front", "person Tiburcio Carías Andino", "state Honduras"]],
		["Balaguer served Trujillo, and Duvalier ruled through the Tontons Macoutes.", 1960, ["person Joaquín Balaguer", "person Rafael Trujillo", "person François Duvalier", "organisation Tonton Macoute"]],
		["Duvalier fled Haiti and Namphy took over.", 1986, ["person Jean-Claude Duvalier", "state Haiti", "person Henri Namphy"]],
		["Gaitán was shot; Ospina and Laureano Gómez blamed the Liberals, and Marulanda later founded the FARC.", 1948, ["person Jorge Eliécer Gaitán", "person Mariano Ospina Pérez", "person Laureano Gómez", "group Liberals", "person Manuel Marulanda", "organisation Revolutionary Armed Forces of Colombia"]],
		["Gómez ruled Venezuela until Betancourt and Acción Democrática came to power.", 1935, ["person Juan Vicente Gómez", "state Venezuela", "person Rómulo Betancourt", "organisation Democratic Action (Venezuela)"]],
		["Haya de la Torre founded APRA and Leguía exiled him; Mariátegui answered.", 1928, ["person Víctor Raúl Haya de la Torre", "organisation American Popular Revolutionary Alliance", "person Augusto B. Leguía", "person José Carlos Mariátegui"]],
		["Velasco's generals fell; Guzmán's Shining Path and the MRTA fought Fujimori and Montesinos.", 1990, ["person Abimael Guzmán", "organisation Shining Path", "organisation Túpac Amaru Revolutionary Movement", "person Alberto Fujimori", "person Vladimiro Montesinos"]],
		// the Peruvian city's uprising is an event, not the Dominican dictator of the same years
		["The Apristas rose in the Trujillo uprising.", 1932, ["organisation American Popular Revolutionary Alliance"]],
		// the same short forms outside their years name nobody
		["Videla, Viola, Velasco, Guzmán, Gómez, Caldera and Bosch were names on a list.", 1900, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: Árpád and Angevin Hungary, Přemyslid and Luxembourg Bohemia, Jagiellonian Poland–Lithuania, Nemanjić Serbia, Avignon and the councils, the emperors and electors", () => {
	it.each<Case>([
		["Stephen I defeated Koppány, and the Árpáds ruled after Géza.", 1000, ["person Stephen I of Hungary", "person Koppány", "group Árpád dynasty", "person Géza, Grand Prince of the Hungarians"]],
		["Charles Robert defeated Matthew Csák, and the Angevins ruled Hungary.", 1312, ["person Charles I of Hungary", "person Matthew III Csák", "group Capetian House of Anjou", "state Hungary"]],
		// "Charles I" alone is too common a regnal name to be Hungary's
		["Charles I fought on against the barons.", 1320, ["person Charles I"]],
		["Rudolf of Habsburg defeated Ottokar II, and Rudolf I took his duchies.", 1278, ["person Rudolf I of Germany", "person Ottokar II of Bohemia"]],
		["Charles IV won the prince-electors with the Golden Bull, and Wenceslas succeeded him.", 1378, ["person Charles IV, Holy Roman Emperor", "group Prince-electors", "person Wenceslaus IV of Bohemia"]],
		["Sigismund Augustus and the szlachta met in the Sejm; Bona Sforza opposed Barbara Radziwiłł.", 1548, ["person Sigismund II Augustus", "group Szlachta", "organisation Sejm", "person Bona Sforza", "person Barbara Radziwiłł"]],
		["Milutin and Dečanski ruled Rascia; Vukašin and Uglješa fell, and Obilić killed Murad.", 1371, ["person Stefan Milutin", "person Stefan Dečanski", "state Serbia", "person Vukašin Mrnjavčević", "person Jovan Uglješa", "person Miloš Obilić", "person Murad I"]],
		["The Council of Constance deposed John XXIII and Benedict XIII; Gerson and d'Ailly spoke for the council.", 1415, ["organisation Council of Constance", "person Antipope John XXIII", "person Antipope Benedict XIII", "person Jean Gerson", "person Pierre d'Ailly"]],
		["Urban VI and Clement VII divided Christendom, and Catherine of Siena backed Urban.", 1378, ["person Pope Urban VI", "person Antipope Clement VII", "person Catherine of Siena"]],
		// the same short forms outside their years name nobody, or the person of those years
		["Gerson, Albornoz, Tvrtko, Rupert and Géza are surnames; the Electors voted and Wenceslas sang.", 1900, []],
		["John XXIII called the council.", 1962, ["person Pope John XXIII"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: Taishō and Shōwa Japan, Korea's republics, Pakistan, Afghanistan 1973-2001, Sukarno, Suharto and Marcos, Burma", () => {
	it.each<Case>([
		["Tanaka and Wakatsuki led the Seiyukai and the Minseito, and Minobe defended the organ theory.", 1927, ["person Tanaka Giichi", "person Wakatsuki Reijirō", "organisation Rikken Seiyūkai", "organisation Rikken Minseitō", "person Tatsukichi Minobe"]],
		["Ugaki and Nagata argued over the army, the Sakurakai plotted, and Mitsui bought dollars.", 1931, ["person Kazushige Ugaki", "person Tetsuzan Nagata", "organisation Sakurakai", "organisation Mitsui"]],
		["Chun and Roh led the Hanahoe, and Kim Dae-jung faced the KCIA.", 1980, ["person Chun Doo-hwan", "person Roh Tae-woo", "group Hanahoe", "person Kim Dae-jung", "organisation Korean Central Intelligence Agency"]],
		["Ayub fell, Yahya lost East Pakistan, and Bhutto led the Pakistan Peoples Party.", 1971, ["person Muhammad Ayub Khan", "person Yahya Khan", "state East Pakistan", "person Zulfikar Ali Bhutto", "organisation Pakistan Peoples Party"]],
		["Zia-ul-Haq hanged Bhutto, and Maududi's Jamaat-e-Islami backed him.", 1979, ["person Muhammad Zia-ul-Haq", "person Zulfikar Ali Bhutto", "person Abul A'la Maududi", "organisation Jamaat-e-Islami"]],
		// "Zia" alone is also Iran's Zia al-Din of 1921: no bare short form (a person by the verb only, of the note's own)
		["Zia hanged him.", 1979, ["person Zia"]],
		["Mullah Omar's Taliban fought the Northern Alliance, and Mazari led Hezbe Wahdat.", 1996, ["person Mullah Omar", "organisation Taliban", "organisation Northern Alliance", "person Abdul Ali Mazari", "organisation Hezbe Wahdat"]],
		["Yani was killed by the 30 September Movement, and Golkar ruled under Habibie.", 1965, ["person Ahmad Yani", "organisation 30 September Movement", "organisation Golkar", "person B. J. Habibie"]],
		["Enrile and Ramos broke with Marcos, and Jaime Sin called out the crowds.", 1986, ["person Juan Ponce Enrile", "person Fidel V. Ramos", "person Ferdinand Marcos", "person Jaime Sin"]],
		["Ne Win's BSPP gave way to SLORC under Saw Maung, and the KNU of Bo Mya fought on.", 1988, ["person Ne Win", "organisation Burma Socialist Programme Party", "organisation State Law and Order Restoration Council", "person Saw Maung", "organisation Karen National Union", "person Bo Mya"]],
		// the same short forms outside their years name nobody, or the person of those years
		["Tanaka, Ugaki, Yahya and Ayub wrote; Chun and Roh met in Hyde Park.", 2005, []],
		["Untung, Kotoku and Osugi wrote; Niazi and Zia met Yamamoto and Tanaka.", 1900, []],
		// "Park" alone is left out: a park in a note of Park Chung-hee's years is no person; Ramos-Horta is not Ramos
		["Protesters filled Hyde Park, and Ramos-Horta spoke for Fretilin.", 1976, ["person José Ramos-Horta", "organisation Fretilin"]],
	])("%s", (...c) => check(c));
});

describe("given names of many naming cultures open a person's name; words, places and surnames do not", () => {
	it.each<Case>([
		["Sergio Velmar argued with Víctor Quessan.", 1979, ["person Sergio Velmar", "person Víctor Quessan"]],
		["Pál Zorvig and László Trenkő rode south.", 1480, ["person Pál Zorvig", "person László Trenkő"]],
		["Morarji Kelvade wrote to Jagjivan Partop.", 1977, ["person Morarji Kelvade", "person Jagjivan Partop"]],
		["Frank Holbrith and Sidney Ashcombe resigned.", 1920, ["person Frank Holbrith", "person Sidney Ashcombe"]],
		["Teferi Malsu and Aklilu Wendemo were shot.", 1974, ["person Teferi Malsu", "person Aklilu Wendemo"]],
		["Jäcklein Strohmer led the peasants, and Galeotto Vessani fled.", 1525, ["person Jäcklein Strohmer", "person Galeotto Vessani"]],
		["Themistoklis Varnakos and Urho Kallemaa spoke.", 1950, ["person Themistoklis Varnakos", "person Urho Kallemaa"]],
		// left out on purpose: a place and a word that is mostly a surname open nobody
		["Victoria Harbourne opened the school.", 1700, []],
		["Grant Velmore spoke to the committee.", 1990, []],
	])("%s", (...c) => check(c));
});

describe("early modern courses: Tudor England, Habsburg Spain, Sweden, Venice, Muscovy, Louis XIV", () => {
	it.each<Case>([
		["Robert Aske and Darcy led the pilgrims.", 1536, ["person Robert Aske", "person Thomas Darcy, 1st Baron Darcy of Darcy"]],
		["Cecil and Walsingham uncovered Babington; Whitgift and Hatton pressed the Puritans.", 1586, ["person William Cecil", "person Francis Walsingham", "person Anthony Babington", "person John Whitgift", "person Christopher Hatton", "group Puritans"]],
		["Lerma fell, Uceda followed, and the Count-Duke took power.", 1621, ["person Francisco Gómez de Sandoval, Duke of Lerma", "person Cristóbal Gómez de Sandoval, Duke of Uceda", "person Gaspar de Guzmán, Count-Duke of Olivares"]],
		["Masaniello led the revolt, and Guise proclaimed the Neapolitan Republic.", 1647, ["person Masaniello", "person Henry II, Duke of Guise", "state Neapolitan Republic (1647)"]],
		["Charles X Gustav invaded Poland, and John Casimir fled.", 1655, ["person Charles X Gustav", "state Poland", "person John II Casimir Vasa"]],
		["Horn led the Swedes with Banér and Torstensson.", 1633, ["person Gustav Horn, Count of Pori", "state Sweden", "person Johan Banér", "person Lennart Torstensson"]],
		["Arvid Horn kept the peace after Görtz was executed.", 1719, ["person Arvid Horn", "person Georg Heinrich von Görtz"]],
		["Venier, Barbarigo and Don John of Austria beat Ali Pasha; Uluç Ali escaped.", 1571, ["person Sebastiano Venier", "person Agostino Barbarigo (admiral)", "person John of Austria", "person Müezzinzade Ali Pasha", "person Uluç Ali Reis"]],
		["Lyapunov and Zarutsky besieged Moscow; then Minin and Pozharsky freed it.", 1611, ["person Prokopy Lyapunov", "person Ivan Zarutsky", "person Kuzma Minin", "person Dmitry Pozharsky"]],
		["Vendôme, Villars and Boufflers fought Marlborough; Chamillart and Desmarets paid.", 1709, ["person Louis Joseph, Duke of Vendôme", "person Claude Louis Hector de Villars", "person Louis François, Duke of Boufflers", "person John Churchill, 1st Duke of Marlborough", "person Michel Chamillart", "person Nicolas Desmarets"]],
		// the same short forms outside their years name nobody, or the person of those years
		["Fisher, Hatton, Lerma, Vendôme, Horn, Darcy, Parker and Spinola are names on a map.", 1900, []],
		["Charles X fled to Britain, and Cecil Rhodes was born later.", 1830, ["person Charles X", "person Cecil Rhodes"]],
	])("%s", (...c) => check(c));
});

describe("the Hellenistic kingdoms, the Roman Empire, Qin and Han, the Hittites, Roman Britain and Gaul", () => {
	it.each<Case>([
		["Ptolemy II and Antigonus Gonatas fought over the Aegean; Attalus I defeated the Galatians.", -240, ["person Ptolemy II Philadelphus", "person Antigonus II Gonatas", "person Attalus I", "people Galatians"]],
		["Pescennius and Albinus challenged Septimius Severus; Julia Domna advised Caracalla.", 194, ["person Pescennius Niger", "person Clodius Albinus", "person Septimius Severus", "person Julia Domna", "person Caracalla"]],
		["Zenobia ruled the Palmyrene Empire until Aurelian took Palmyra.", 272, ["person Zenobia", "state Palmyrene Empire", "person Aurelian"]],
		["Valentinian III had Aetius killed; Petronius Maximus then fell to Gaiseric and the Vandals.", 455, ["person Valentinian III", "person Flavius Aetius", "person Petronius Maximus", "person Gaiseric", "people Vandals"]],
		["Li Si and Zhao Gao forged the will; Chen Sheng rose against Qin Er Shi.", -209, ["person Li Si", "person Zhao Gao", "person Chen Sheng", "person Qin Er Shi"]],
		["Mursili II fought Arzawa, and Urhi-Teshub lost the throne to Hattusili III.", -1280, ["person Mursili II", "state Arzawa", "person Urhi-Teshub", "person Hattusili III"]],
		["Cartimandua handed Caratacus to Ostorius Scapula; the Silures and Ordovices fought on.", 51, ["person Cartimandua", "person Caratacus", "person Publius Ostorius Scapula", "people Silures", "people Ordovices"]],
		["Ambiorix and the Eburones ambushed the legion; Commius of the Atrebates joined Vercingetorix.", -54, ["person Ambiorix", "people Eburones", "person Commius", "people Atrebates", "person Vercingetorix"]],
		// outside their years the short forms name nobody, or the person of those years
		["Albinus, Macro, Piso and Nepos wrote; Valentinian and Memnon spoke of Palmyra.", 1900, []],
		["Alexander IV was elected pope.", 1254, ["person Pope Alexander IV"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: Victorian Britain, Bismarck's Reich at home, the Habsburg monarchy, Russia 1881-1905, the Gilded Age, the Young Turks", () => {
	it.each<Case>([
		["Gladstone lost Hartington and Chamberlain over Home Rule, and Dilke fell in a divorce case.", 1886, ["person William Ewart Gladstone", "person Spencer Cavendish, 8th Duke of Devonshire", "person Joseph Chamberlain", "person Charles Dilke"]],
		["Falk expelled the Jesuits and jailed Ledóchowski; Windthorst and Lasker sparred over the laws.", 1874, ["person Adalbert Falk", "organisation Jesuits", "person Mieczysław Halka Ledóchowski", "person Ludwig Windthorst", "person Eduard Lasker"]],
		["Hödel and Nobiling shot at Wilhelm I, and Bismarck outlawed the Eisenachers and the Lassalleans.", 1878, ["person Max Hödel", "person Karl Nobiling", "person Wilhelm I", "person Otto von Bismarck", "organisation Social Democratic Workers' Party of Germany", "organisation General German Workers' Association"]],
		["Strossmayer and Starčević disagreed; later Supilo and Trumbić built the Croat-Serb Coalition.", 1905, ["person Josip Juraj Strossmayer", "person Ante Starčević", "person Frano Supilo", "person Ante Trumbić", "organisation Croat-Serb Coalition"]],
		["Loris-Melikov fell; Ignatiev and Katkov backed Pobedonostsev, and Zhelyabov was hanged.", 1881, ["person Mikhail Loris-Melikov", "person Nikolay Pavlovich Ignatyev", "person Mikhail Katkov", "person Konstantin Pobedonostsev", "person Andrei Zhelyabov"]],
		["Conkling's Stalwarts fought Blaine, and Guiteau shot Garfield.", 1881, ["person Roscoe Conkling", "group Stalwarts", "person James G. Blaine", "person Charles J. Guiteau", "person James A. Garfield"]],
		["Frick called in the Pinkertons at Homestead, and Berkman shot him.", 1892, ["person Henry Clay Frick", "organisation Pinkerton National Detective Agency", "person Alexander Berkman"]],
		["The Action Army crushed the Mohammedan Union, and Talat and Cemal came back.", 1909, ["organisation Action Army", "organisation Muhammadan Union", "person Talaat Pasha", "person Djemal Pasha"]],
		// the two Lodges by years
		["Lodge fought the treaty in the Senate.", 1919, ["person Henry Cabot Lodge", "organisation Senate"]],
		["Cabot Lodge was ambassador in Saigon.", 1963, ["person Henry Cabot Lodge Jr."]],
		// the same short forms outside their years name nobody
		["Lasker, Falk, Richter, Frick, Lowe and O'Connor met in Melbourne; Talat and Cemal are given names.", 1990, []],
		["Harriman met Pullman, Croker, Weaver and Bellamy.", 1950, ["person W. Averell Harriman"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: the West African jihads, Egypt and the Mahdiyya, Ethiopia 1855-1896, Madagascar and the Great Lakes, the Boer republics and the Mfecane, the resistance wars", () => {
	it.each<Case>([
		["Usman dan Fodio declared jihad on Gobir, and Muhammad Bello ruled the Sokoto Caliphate.", 1808, ["person Usman dan Fodio", "state Kingdom of Gobir", "person Muhammad Bello", "state Sokoto Caliphate"]],
		["Umar Tall destroyed the Massina Empire, while Faidherbe fought the Tukulor.", 1862, ["person Umar Tall", "state Massina Empire", "person Louis Faidherbe", "people Tukulor"]],
		["Tewfik called on Wolseley, who crushed Urabi and the Urabists.", 1882, ["person Tewfik Pasha", "person Garnet Wolseley", "person Ahmed Urabi", "group Urabists"]],
		["The Khalifa sent Osman Digna against Kitchener.", 1896, ["person Abdallahi ibn Muhammad", "person Osman Digna", "person Herbert Kitchener"]],
		["Taytu and Ras Alula urged Menelik to fight Baratieri.", 1896, ["person Taytu Betul", "person Ras Alula", "person Menelik II", "person Oreste Baratieri"]],
		["Ranavalona expelled the London Missionary Society.", 1835, ["person Ranavalona I", "organisation London Missionary Society"]],
		["Mwanga fought Bunyoro under Kabalega, and Lugard backed Apolo Kagwa.", 1892, ["person Mwanga II", "state Kingdom of Bunyoro", "person Kabalega", "person Frederick Lugard", "person Apolo Kagwa"]],
		["Pretorius and Potgieter led the Voortrekkers against Dingane.", 1838, ["person Andries Pretorius", "person Hendrik Potgieter", "group Voortrekkers", "person Dingane"]],
		["Mzilikazi fled north, and Moshoeshoe held out against the Orange Free State.", 1858, ["person Mzilikazi", "person Moshoeshoe I", "state Orange Free State"]],
		["Kinjikitile gave out the water; von Götzen crushed the Ngoni and the Matumbi.", 1905, ["person Kinjikitile Ngwale", "person Gustav Adolf von Götzen", "people Ngoni", "people Matumbi"]],
		["Nehanda and Kaguvi led the Shona rising against the British South Africa Company.", 1896, ["person Mbuya Nehanda", "person Sekuru Kaguvi", "people Shona people", "organisation British South Africa Company"]],
		["Ntshingwayo beat Durnford and Pulleine, and Dabulamanzi attacked the mission station.", 1879, ["person Ntshingwayo kaMahole", "person Anthony Durnford", "person Henry Pulleine", "person Dabulamanzi kaMpande"]],
		// the two Kabakas Mutesa and the two Pretoriuses by years
		["Kabaka Mutesa welcomed Stanley.", 1875, ["person Mutesa I", "person Henry Morton Stanley"]],
		["Mutesa was deposed by Obote.", 1966, ["person Mutesa II of Buganda", "person Milton Obote"]],
		["Pretorius led the Transvaal against the Orange Free State.", 1857, ["person Marthinus Wessel Pretorius", "state South African Republic", "state Orange Free State"]],
		// the same short forms outside their years name nobody
		["Wolseley, Pretorius, Joubert, Colley, Jaja, Bello and Umar met in Lagos.", 1990, []],
		["Napier, Theodore and Ranavalona are names in a poem.", 1600, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: al-Andalus, the Seljuks and Rum, the Mamluks, the Timurids, the Delhi Sultanate, the Golden Horde", () => {
	it.each<Case>([
		["Almanzor ruled for Hisham II; the taifas later paid tribute to Alfonso VI, and al-Mu'tamid called in Yusuf ibn Tashfin.", 1085, ["person Almanzor", "person Hisham II", "state Taifa kingdoms", "person Alfonso VI of León and Castile", "person Al-Mu'tamid ibn Abbad", "person Yusuf ibn Tashfin"]],
		["Ibn Tumart and Abd al-Mu'min led the Almohads; Muhammad al-Nasir lost to Castile and Aragon.", 1212, ["person Ibn Tumart", "person Abd al-Mu'min", "state Almohad Caliphate", "person Muhammad al-Nasir", "state Kingdom of Castile", "state Kingdom of Aragon"]],
		["Boabdil led the Nasrids to surrender, and the Mudéjars stayed.", 1492, ["person Muhammad XII of Granada", "state Emirate of Granada", "people Mudéjars"]],
		["Chaghri Beg and Berkyaruq; the Seljuks of Rum under Kayqubad I fought Cilician Armenia, and Hethum I later submitted.", 1225, ["person Chaghri Beg", "person Berkyaruq", "state Sultanate of Rum", "person Kayqubad I", "state Armenian Kingdom of Cilicia", "person Hethum I"]],
		["Qalawun beat Abaqa; Barsbay raided the Kingdom of Cyprus, and Khayr Bey went over to Selim I.", 1290, ["person Qalawun", "person Abaqa Khan", "person Barsbay", "state Kingdom of Cyprus", "person Khayr Bey", "person Selim I"]],
		["Shah Rukh and Gawhar Shad ruled from Herat; Ulugh Beg held Samarkand, and later Husayn Bayqara lost to Muhammad Shaybani.", 1440, ["person Shah Rukh", "person Gawhar Shad", "person Ulugh Beg", "person Husayn Bayqara", "person Muhammad Shaybani"]],
		["Razia married Altunia; Nasiruddin Mahmud left power to Balban, and later Khusrau Khan killed Qutbuddin Mubarak Shah.", 1240, ["person Razia Sultana", "person Malik Altunia", "person Nasiruddin Mahmud", "person Ghiyas ud din Balban", "person Khusrau Khan", "person Qutbuddin Mubarak Shah"]],
		["Tokhta defeated Nogai; Özbeg Khan later backed Yury of Moscow against Mikhail of Tver.", 1299, ["person Tokhta", "person Nogai Khan", "person Özbeg Khan", "person Yury of Moscow", "person Mikhail of Tver"]],
		// the two Aybaks by years
		["Aybak ruled Delhi for Muhammad of Ghor.", 1208, ["person Qutb ud-Din Aibak", "person Muhammad of Ghor"]],
		["Shajar al-Durr married Aybak.", 1250, ["person Shajar al-Durr", "person Izz al-Din Aybak"]],
		// the same short forms outside their years name nobody
		["Khalil, Faraj, Nogai, Tariq, Yaqut, Uzbeg and Akhmat are names now.", 1990, []],
		// Castile and Aragon are crowns of their own until the Nueva Planta decrees (1707-16), Spain after them; the
		// Crown of Aragon of 1282 is no Spain
		["Castile and Aragon sent troops to Flanders.", 1580, ["state Kingdom of Castile", "state Kingdom of Aragon"]],
		["Castile and Aragon sent troops to Flanders.", 1760, ["state Spain"]],
		["The Crown of Aragon backed the rebels.", 1282, ["state Kingdom of Aragon"]],
	])("%s", (...c) => check(c));
});

describe("six more courses: early Ming, high Qing, the Marathas and late Mughals, later Tokugawa Japan, Ayutthaya and Burma, Tây Sơn and Nguyễn Vietnam", () => {
	it.each<Case>([
		["Yu Qian held Beijing after Esen captured Zhengtong and Wang Zhen died at Tumu.", 1449, ["person Yu Qian", "person Esen Taishi", "person Emperor Yingzong of Ming", "person Wang Zhen (eunuch)"]],
		["Jianwen lost the throne; Yongle sent Zheng He west, and the Jinyiwei watched the court.", 1405, ["person Jianwen Emperor", "person Yongle Emperor", "person Zheng He", "organisation Embroidered Uniform Guard"]],
		["Kangxi crushed the Three Feudatories, then Galdan and the Dzungars.", 1690, ["person Kangxi Emperor", "group Three Feudatories", "person Galdan Boshugtu Khan", "state Dzungar Khanate"]],
		["Mahadji Shinde restored Shah Alam II, and Nana Fadnavis ruled for Madhavrao II.", 1785, ["person Mahadaji Shinde", "person Shah Alam II", "person Nana Fadnavis", "person Madhavrao II"]],
		["Lord Moira crushed the Pindaris, and Baji Rao surrendered.", 1817, ["person Francis Rawdon-Hastings, 1st Marquess of Hastings", "group Pindaris", "person Baji Rao II"]],
		["Tanuma fell, and Sadanobu reformed the bakufu for Ienari.", 1787, ["person Tanuma Okitsugu", "person Matsudaira Sadanobu", "person Tokugawa Ienari"]],
		["Bayinnaung made Ayutthaya a vassal until Naresuan threw off Taungoo rule.", 1584, ["person Bayinnaung", "state Ayutthaya Kingdom", "person Naresuan"]],
		["Quang Trung routed Sun Shiyi, while Nguyen Anh and Pigneau held out against the Tay Son.", 1789, ["person Nguyễn Huệ", "person Sun Shiyi", "person Gia Long", "person Pigneau de Behaine", "group Tây Sơn dynasty"]],
		// the same short forms outside their years name nobody, or the person of those years
		["Baji Rao crossed the Narmada.", 1737, ["person Baji Rao I"]],
		["Yingzong, Esen, Galdan, Sonin, Abe, Mizuno and Oshio were named in a survey.", 1990, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: interwar Poland, Romania and the Baltics, Yugoslavia and Greece, Italy 1943-1978, France 1946-1981, Spain's transition, the Troubles", () => {
	it.each<Case>([
		["After Piłsudski died, Rydz-Śmigły and Mościcki ran the Sanacja, and Dmowski's Endeks attacked it.", 1936, ["person Józef Piłsudski", "person Edward Rydz-Śmigły", "person Ignacy Mościcki", "group Sanation", "person Roman Dmowski", "group National Democracy (Poland)"]],
		["Călinescu crushed the Iron Guard, Codreanu was shot, and Carol II founded the Front of National Rebirth.", 1938, ["person Armand Călinescu", "organisation Iron Guard", "person Corneliu Zelea Codreanu", "person Carol II of Romania", "organisation National Renaissance Front"]],
		["Smetona, Ulmanis and Päts ruled by decree; Päts banned the Vaps.", 1934, ["person Antanas Smetona", "person Kārlis Ulmanis", "person Konstantin Päts", "organisation Vaps Movement"]],
		["Stojadinović fell; Maček and Cvetković made the Sporazum, and Simović overthrew them.", 1941, ["person Milan Stojadinović", "person Vladko Maček", "person Dragiša Cvetković", "person Dušan Simović"]],
		["Metaxas ruled for George II; later ELAS fought Zervas and EDES.", 1943, ["person Ioannis Metaxas", "person George II of Greece", "organisation Greek People's Liberation Army", "person Napoleon Zervas", "organisation National Republican Greek League"]],
		["Togliatti's PCI lost to De Gasperi, and the Red Brigades later kidnapped Aldo Moro.", 1978, ["person Palmiro Togliatti", "organisation Italian Communist Party", "person Alcide De Gasperi", "organisation Red Brigades", "person Aldo Moro"]],
		["Pflimlin fell, Coty called de Gaulle, and Debré drafted the constitution while the MRP dwindled.", 1958, ["person Pierre Pflimlin", "person René Coty", "person Charles de Gaulle", "person Michel Debré", "organisation Popular Republican Movement"]],
		["Suárez legalised Carrillo's PCE; Tejero stormed the Cortes and the UCD gave way to Felipe González.", 1981, ["person Adolfo Suárez", "person Santiago Carrillo", "organisation Communist Party of Spain", "person Antonio Tejero", "organisation Cortes", "organisation Union of the Democratic Centre", "person Felipe González"]],
		["Paisley's DUP opposed Faulkner, and Hume's SDLP talked to Adams while the UDA and INLA killed.", 1974, ["person Ian Paisley", "organisation Democratic Unionist Party", "person Brian Faulkner", "person John Hume", "organisation Social Democratic and Labour Party", "person Gerry Adams", "organisation Ulster Defence Association", "organisation Irish National Liberation Army"]],
		// the same short forms outside their years name nobody, or the person of those years
		["Suárez, Carrillo, González, Paisley, Adams, Moro and Pats wrote in Seville.", 1600, []],
		["Cuza united the principalities; Hume, Moro and Suárez name nobody here.", 1860, ["person Alexandru Ioan Cuza"]],
		["Cuza and Goga formed a cabinet, and Călinescu's police hunted the Legionaries.", 1938, ["person A. C. Cuza", "person Octavian Goga", "person Armand Călinescu"]],
		["Armada and Milans plotted the coup.", 1981, ["person Alfonso Armada", "person Jaime Milans del Bosch"]],
	])("%s", (...c) => check(c));
});

describe("short forms two courses share, after the merge of this stop's gazetteer rounds", () => {
	it.each<Case>([
		// Rwanda's RPF, not de Gaulle's Rally of the French People
		["In 1990 the RPF invaded Rwanda.", 1990, ["organisation Rwandan Patriotic Front", "state Rwanda"]],
		// Ghazni's Masud I is not Rum's Mesud I
		["Masud I fought the Seljuks.", 1035, ["state Seljuk Empire"]],
		// a Hawaiian "hui" is no Chinese Muslim people
		["In 1895 the Hui Aloha Aina petitioned.", 1895, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: Mandate Palestine, the Levant mandates, Hashemite Iraq, Ibn Saud, the Rif War, Libya and the Wafd", () => {
	it.each<Case>([
		["Jabotinsky broke with Weizmann, and the Mufti Haj Amin led the Arab Higher Committee against the Jewish Agency.", 1936, ["person Ze'ev Jabotinsky", "person Chaim Weizmann", "person Amin al-Husseini", "organisation Arab Higher Committee", "organisation Jewish Agency"]],
		["Wauchope faced Qassam's rising; Wingate trained the Haganah, and the Peel Commission proposed partition.", 1937, ["person Arthur Wauchope", "person Izz ad-Din al-Qassam", "person Orde Wingate", "organisation Haganah", "organisation Peel Commission"]],
		["Atassi and Mardam led the National Bloc; Catroux and Spears quarrelled over Lebanon.", 1941, ["person Hashim al-Atassi", "person Jamil Mardam Bey", "organisation National Bloc (Syria)", "person Georges Catroux", "person Edward Spears", "state Lebanon"]],
		["Rashid Ali and the Golden Square defied Abd al-Ilah, and Glubb led the Arab Legion against them.", 1941, ["person Rashid Ali al-Gaylani", "group Golden Square (Iraq)", "person Abd al-Ilah", "person John Bagot Glubb", "organisation Arab Legion"]],
		["Ibn Saud broke the Ikhwan of al-Duwaish and drove the Hashemites from the Hejaz.", 1929, ["person Ibn Saud", "group Ikhwan (Arabia)", "person Faisal al-Duwaish", "group Hashemites", "state Kingdom of Hejaz"]],
		["Abd el-Krim routed Silvestre at Annual and proclaimed the Rif Republic against Spanish Morocco.", 1921, ["person Abd el-Krim", "person Manuel Fernández Silvestre", "state Republic of the Rif", "state Spanish Morocco"]],
		["Graziani hanged Omar Mukhtar; the Senussi fought on under Idris.", 1931, ["person Rodolfo Graziani", "person Omar Mukhtar", "group Senussi", "person Idris of Libya"]],
		["Zaghlul led the Wafd, Nahhas signed the treaty with Lampson, and Bourguiba founded the Neo-Destour.", 1936, ["person Saad Zaghlul", "organisation Wafd Party", "person Mustafa el-Nahhas", "person Miles Lampson", "person Habib Bourguiba", "organisation Neo Destour"]],
		// the same short forms outside their years name nobody
		["Silvestre, Husseini, Mukhtar, Juin, Qassam and Idris wrote in Madrid.", 1990, []],
		["Wingate, Fuad and Ghazi met Juin at the fair.", 1850, []],
		// Egypt's Ikhwan of 1950 are no Wahhabi militia; a city is no actor
		["The Ikhwan marched in Cairo.", 1950, []],
		["Gouraud took Damascus and Faisal fled; later Sultan al-Atrash rose and Sarrail shelled the city.", 1925, ["person Henri Gouraud", "person Faisal I of Iraq", "person Sultan al-Atrash", "person Maurice Sarrail"]],
	])("%s", (...c) => check(c));
});

describe("six American courses: colonial America, the Jacksonian era, the Plains wars, the New Deal, civil rights, the Vietnam-era home front", () => {
	it.each<Case>([
		["Berkeley refused to fight the Susquehannock, so Bacon rebelled.", 1676, ["person William Berkeley (governor)", "people Susquehannock", "person Nathaniel Bacon"]],
		["Parris accused Tituba, and Phips set up the court where Sewall sat.", 1692, ["person Samuel Parris", "person Tituba", "person William Phips", "person Samuel Sewall"]],
		["Jackson vetoed Biddle's bank; Kendall and Blair ran the Globe, and Hayne debated Webster.", 1832, ["person Andrew Jackson", "person Nicholas Biddle", "person Amos Kendall", "person Francis Preston Blair", "person Robert Y. Hayne", "person Daniel Webster"]],
		["Major Ridge and Boudinot signed for the Treaty Party; Keokuk stayed with the Sauk.", 1835, ["person Major Ridge", "person Elias Boudinot (Cherokee)", "group Treaty Party", "person Keokuk", "people Sauk people"]],
		["Sherman sent Crook after Geronimo, years after Chivington massacred Black Kettle's Cheyenne.", 1880, ["person William Tecumseh Sherman", "person George Crook", "person Geronimo", "person John Chivington", "person Black Kettle", "people Cheyenne"]],
		["Landon and the Liberty League attacked the New Deal; Townsend, Coughlin and Gerald L. K. Smith stumped against it.", 1936, ["person Alf Landon", "organisation American Liberty League", "person Francis Townsend", "person Charles Coughlin", "person Gerald L. K. Smith"]],
		["Thurmond and Eastland led the filibuster; Bevel and Hosea Williams marched at Selma, where Jim Clark waited.", 1965, ["person Strom Thurmond", "person James Eastland", "person James Bevel", "person Hosea Williams", "person Jim Clark (sheriff)"]],
		["Hayden, Rubin and Dellinger stood trial as the Chicago Seven; the Weathermen split from SDS.", 1969, ["person Tom Hayden", "person Jerry Rubin", "person David Dellinger", "group Chicago Seven", "organisation Weather Underground", "organisation Students for a Democratic Society"]],
		["McCarthy ran against Humphrey.", 1968, ["person Eugene McCarthy", "person Hubert Humphrey"]],
		// the same short forms outside their years name nobody, or the person of those years
		["McCarthy accused the State Department.", 1950, ["person Joseph McCarthy", "organisation Department of State"]],
		["Berkeley, Hayden, Rubin, Crook, Bradford and Parris wrote in Seville.", 1600, []],
		["Kendall, Hayne, Landon, Townsend and Reno met in 1990.", 1990, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: Anglo-Saxon England and the Vikings, the Investiture Controversy, Barbarossa and the communes, Capetian France, medieval Scandinavia, the Norman conquest", () => {
	it.each<Case>([
		["Eadric Streona deserted to Cnut, and the West Saxons submitted.", 1016, ["person Eadric Streona", "person Cnut the Great", "state Wessex"]],
		["Leofric and Siward backed Edward the Confessor against Earl Godwin.", 1051, ["person Leofric, Earl of Mercia", "person Siward, Earl of Northumbria", "person Edward the Confessor", "person Godwin, Earl of Wessex"]],
		["Matilda and Hugh of Cluny pleaded for Henry IV; the princes then chose Hermann of Salm.", 1077, ["person Matilda of Tuscany", "person Hugh of Cluny", "person Henry IV, Holy Roman Emperor", "person Hermann of Salm"]],
		["Barbarossa razed Milan with Cremona and Pavia, while Alexander III defied Victor IV.", 1162, ["person Frederick Barbarossa", "state Milan", "state Commune of Cremona", "state Commune of Pavia", "person Pope Alexander III", "person Antipope Victor IV (1159–1164)"]],
		["Adalbero crowned Hugh Capet, and Robert the Pious was made co-king.", 987, ["person Adalbero (archbishop of Reims)", "person Hugh Capet", "person Robert II of France"]],
		["Nogaret and Flote served Philip the Fair; Marigny fell after Jacques de Molay burned.", 1314, ["person Guillaume de Nogaret", "person Pierre Flote", "person Philip IV of France", "person Enguerrand de Marigny", "person Jacques de Molay"]],
		["Margaret I beat Albert of Mecklenburg and had Eric of Pomerania crowned; so began the Kalmar Union.", 1397, ["person Margaret I of Denmark", "person Albert, King of Sweden", "person Eric of Pomerania", "state Kalmar Union"]],
		["Absalon served Valdemar the Great, and Sverre fought the Baglers.", 1180, ["person Absalon", "person Valdemar I of Denmark", "person Sverre of Norway", "group Baglers"]],
		["Hereward held Ely, and Ralph de Gael rose with Roger de Breteuil while Waltheof wavered.", 1075, ["person Hereward the Wake", "person Ralph de Gael", "person Roger de Breteuil, 2nd Earl of Hereford", "person Waltheof, Earl of Northumbria"]],
		// the same short forms outside their years name nobody
		["Siward, Leofric, Capet, Marigny and Blanche dined in Paris.", 1850, []],
		["Cremona, Pavia, Verona and Tuscany welcomed the tourists.", 1900, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: Kievan Rus' and Muscovy, Russia 1682-1796, Stalin's terror, Tito's Yugoslavia, People's Poland, the satellites", () => {
	it.each<Case>([
		["Dmitry Shemyaka blinded Vasily II, and Metropolitan Jonah backed Moscow.", 1446, ["person Dmitry Shemyaka", "person Vasily II of Moscow", "person Jonah of Moscow", "state Grand Duchy of Moscow"]],
		["Biron ruled for Anna Ioannovna while Osterman ran foreign policy.", 1735, ["person Ernst Johann von Biron", "person Anna of Russia", "person Andrey Osterman"]],
		["Elizabeth seized the throne with the Preobrazhensky Guards.", 1741, ["person Elizabeth of Russia", "organisation Preobrazhensky Regiment"]],
		["Pyatakov and Radek were tried; Ulrikh passed sentence.", 1937, ["person Georgy Pyatakov", "person Karl Radek", "person Vasili Ulrikh"]],
		["Kardelj and Djilas stood by Tito against the Cominform.", 1948, ["person Edvard Kardelj", "person Milovan Đilas", "person Josip Broz Tito", "organisation Cominform"]],
		["Bierut and Minc ran the PZPR while Wyszyński was interned.", 1953, ["person Bolesław Bierut", "person Hilary Minc", "organisation Polish United Workers' Party", "person Stefan Wyszyński"]],
		["Gheorghiu-Dej purged Pauker and had Pătrășcanu shot.", 1954, ["person Gheorghe Gheorghiu-Dej", "person Ana Pauker", "person Lucrețiu Pătrășcanu"]],
		["Pieck and Grotewohl led the SED, and the FDJ marched.", 1950, ["person Wilhelm Pieck", "person Otto Grotewohl", "organisation Socialist Unity Party of Germany", "organisation Free German Youth"]],
		// one surname, two persons, told apart by the note's years; none outside them
		["Berman ran the camps for Yagoda.", 1934, ["person Matvei Berman", "person Genrikh Yagoda"]],
		["Berman answered to Bierut for security.", 1950, ["person Jakub Berman", "person Bolesław Bierut"]],
		["Berman and Gordon testified.", 1990, []],
		["Gordon drilled Peter's new regiments.", 1690, ["person Patrick Gordon", "person Peter the Great"]],
		["Elizabeth and Sophia wrote letters.", 1900, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: the Ottomans 1566-1839, Safavid, Afsharid, Zand and Qajar Iran, Ottoman Egypt, the Barbary regencies", () => {
	it.each<Case>([
		["Patrona Halil rose against Nevşehirli Ibrahim Pasha, and Ahmed III was deposed.", 1730, ["person Patrona Halil", "person Nevşehirli Damat Ibrahim Pasha", "person Ahmed III"]],
		["Selim founded the Nizam-ı Cedid, but Kabakçı Mustafa led the Janissaries against it.", 1807, ["person Selim III", "organisation Nizam-ı Cedid", "person Kabakçı Mustafa", "organisation Janissaries"]],
		["Nader Shah deposed Tahmasp II and sacked Delhi, humbling Muhammad Shah.", 1739, ["person Nader Shah", "person Tahmasp II", "person Muhammad Shah"]],
		["Karim Khan Zand ruled from Shiraz; later Agha Mohammad Khan defeated Lotf Ali Khan and the Zands fell.", 1794, ["person Karim Khan Zand", "person Agha Mohammad Khan Qajar", "person Lotf Ali Khan", "state Zand dynasty"]],
		["Amir Kabir served Naser al-Din Shah until the Qajars had him killed; the Babis rose.", 1850, ["person Amir Kabir", "person Naser al-Din Shah Qajar", "group Qajar dynasty", "group Bábism"]],
		["Mirza Hasan Shirazi's fatwa broke the Tobacco Régie, and the Ulama led the boycott.", 1891, ["person Mirza Hasan Shirazi", "organisation Imperial Tobacco Corporation of Persia", "group Ulama"]],
		["Ali Bey defied the Porte until Abu al-Dhahab turned on him.", 1772, ["person Ali Bey al-Kabir", "state Ottoman Empire", "person Abu al-Dhahab"]],
		["Decatur burned the Philadelphia, and Eaton marched with Hamet against Yusuf Karamanli.", 1804, ["person Stephen Decatur", "person William Eaton", "person Hamet Karamanli", "person Yusuf Karamanli"]],
		["Hussein Dey struck Deval, and Bourmont took the Regency of Algiers.", 1830, ["person Hussein Dey", "person Pierre Deval", "person Louis de Bourmont", "state Regency of Algiers"]],
		// the same short forms outside their years name nobody
		["Selim, Mustafa, Alemdar, Hamet and Deval dined in Paris.", 1900, []],
		["Nader and Erekle wrote letters about the Régie.", 1950, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: British India 1858-1919, the Anglo-Burmese wars, the Dutch East Indies, French Indochina, Siam, the Spanish Philippines", () => {
	it.each<Case>([
		["Lytton held the durbar, and Ripon backed the Ilbert Bill.", 1880, ["person Robert Bulwer-Lytton, 1st Earl of Lytton", "person George Robinson, 1st Marquess of Ripon"]],
		["Surendranath and Lajpat Rai spoke for the Indian National Congress; Salimullah hosted the Muslim League.", 1906, ["person Surendranath Banerjee", "person Lala Lajpat Rai", "organisation Indian National Congress", "person Khwaja Salimullah", "organisation Muslim League"]],
		["Thibaw and Supayalat lost the throne to Prendergast.", 1885, ["person Thibaw Min", "person Supayalat", "person Harry Prendergast"]],
		["Diponegoro fought De Kock, and van den Bosch began the Cultivation System.", 1830, ["person Diponegoro", "person Hendrik Merkus de Kock", "person Johannes van den Bosch"]],
		["Van Heutsz took Aceh on the advice of Snouck Hurgronje.", 1898, ["person Joannes Benedictus van Heutsz", "state Aceh Sultanate", "person Christiaan Snouck Hurgronje"]],
		["Liu Yongfu's Black Flags killed Rivière.", 1883, ["person Liu Yongfu", "organisation Black Flag Army", "person Henri Rivière"]],
		["Courbet took Son Tay, and Doumer later governed Indochina.", 1884, ["person Amédée Courbet", "person Paul Doumer"]],
		["Ton That Thuyet issued the Can Vuong edict in the name of Hàm Nghi.", 1885, ["person Tôn Thất Thuyết", "group Cần Vương", "person Hàm Nghi"]],
		["Mongkut signed with Bowring, and Chulalongkorn sent Devawongse abroad.", 1855, ["person Mongkut", "person John Bowring", "person Chulalongkorn", "person Devawongse Varopakarn"]],
		["Izquierdo had Burgos garroted; later del Pilar and Bonifacio founded the Katipunan.", 1872, ["person Rafael Izquierdo", "person José Burgos", "organisation Katipunan"]],
		// the same short forms outside their years name nobody
		["Lytton, Ripon, Courbet, Rivière and Burgos were visited by tourists.", 1950, []],
		["Dyer, Hume and Chelmsford wrote letters.", 1850, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: Mexico 1821-1857, Rosas's Argentina, imperial Brazil, Gran Colombia's heirs, the War of the Pacific, Central America", () => {
	it.each<Case>([
		["Gómez Farías pushed reforms until Santa Anna turned to the Centralists.", 1834, ["person Valentín Gómez Farías", "person Antonio López de Santa Anna", "group Centralists"]],
		["Rosas sent the Mazorca after the Unitarios, and Urquiza broke with him.", 1851, ["person Juan Manuel de Rosas", "organisation Mazorca", "group Unitarios", "person Justo José de Urquiza"]],
		["Sarmiento and Alberdi attacked Rosas from Chile.", 1845, ["person Domingo Faustino Sarmiento", "person Juan Bautista Alberdi", "person Juan Manuel de Rosas", "state Chile"]],
		["Feijó resigned, and Caxias later fought the Farrapos.", 1839, ["person Diogo Antônio Feijó", "person Luís Alves de Lima e Silva, Duke of Caxias", "group Farrapos"]],
		["Deodoro and Floriano overthrew Pedro II, urged on by Benjamin Constant.", 1889, ["person Deodoro da Fonseca", "person Floriano Peixoto", "person Pedro II of Brazil", "person Benjamin Constant Botelho de Magalhães"]],
		["New Granada survived Melo's coup, which Mosquera crushed and Obando was blamed for.", 1854, ["state Republic of New Granada", "person José María Melo", "person Tomás Cipriano de Mosquera", "person José María Obando"]],
		["Prat died at Iquique, Grau fell at Angamos, and Piérola seized power.", 1879, ["person Arturo Prat", "person Miguel Grau Seminario", "person Nicolás de Piérola"]],
		["Walker and his filibusters fought Mora, while Vanderbilt cut off their supplies.", 1856, ["person William Walker (filibuster)", "group Filibusters", "person Juan Rafael Mora Porras", "person Cornelius Vanderbilt"]],
		["Guatemala broke away when Carrera rose against Morazán.", 1838, ["state Guatemala", "person Rafael Carrera", "person Francisco Morazán"]],
		// the same short forms outside their years name nobody
		["Walker, Mora, Grau and Carrera came to dinner.", 1990, []],
		["Bravo, Herrera, Rivera and Montt were applauded.", 1960, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: the Swiss and radical Reformation, the Schmalkaldic War, Mary, Queen of Scots, Habsburg Austria 1648-1740, Trent, Poland-Lithuania 1572-1700", () => {
	it.each<Case>([
		["Sattler drafted the Schleitheim articles, and Blaurock baptised the Swiss Brethren.", 1527, ["person Michael Sattler", "person George Blaurock", "group Swiss Brethren"]],
		["Hutter gathered the Hutterites in Moravia while Hoffman preached to the Melchiorites.", 1533, ["person Jakob Hutter", "group Hutterites", "person Melchior Hoffman", "group Melchiorites"]],
		["John of Leiden and Knipperdolling ruled Münster until Franz von Waldeck retook it.", 1535, ["person John of Leiden", "person Bernhard Knipperdolling", "person Franz von Waldeck"]],
		["Albert Alcibiades joined Maurice of Saxony against Charles V, and Flacius attacked the Philippists.", 1552, ["person Albert Alcibiades, Margrave of Brandenburg-Kulmbach", "person Maurice, Elector of Saxony", "person Charles V, Holy Roman Emperor", "person Matthias Flacius", "group Philippists"]],
		["Rizzio was murdered, Darnley died at Kirk o' Field, and Moray became regent for James VI.", 1567, ["person David Rizzio", "person Henry Stuart, Lord Darnley", "person James Stewart, 1st Earl of Moray", "person James I of England"]],
		["Rákóczi led the Kurucs against Joseph I until Károlyi made peace.", 1711, ["person Francis II Rákóczi", "group Kurucs", "person Joseph I, Holy Roman Emperor", "person Sándor Károlyi"]],
		["Seripando and Laínez argued over justification while Morone presided.", 1563, ["person Girolamo Seripando", "person Diego Laínez", "person Giovanni Morone"]],
		["Czarniecki fought the Swedes while Janusz Radziwiłł sided with Charles X Gustav.", 1656, ["person Stefan Czarniecki", "state Sweden", "person Janusz Radziwiłł (1612–1655)", "person Charles X Gustav"]],
		["Zamoyski served Báthory against Muscovy.", 1581, ["person Jan Zamoyski", "person Stephen Báthory", "state Russia"]],
		["Zebrzydowski rose against Sigismund III.", 1606, ["person Mikołaj Zebrzydowski", "person Sigismund III Vasa"]],
		// the same short forms outside their years name nobody
		["Moray, Morton, Lennox and Maitland played golf.", 1900, []],
		["Rákóczi, Wesselényi, Frankopan and Hoffman hosted a ball.", 1850, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: Israel and Judah, Roman Judaea, Parthia, the Sasanians, Kushans and Satavahanas, Carthage", () => {
	it.each<Case>([
		["Jeroboam led Israel away from Rehoboam.", -931, ["person Jeroboam I", "state Kingdom of Israel (Samaria)", "person Rehoboam"]],
		["Nebuchadnezzar exiled Jehoiachin, and the Edomites gloated.", -597, ["person Nebuchadnezzar II", "person Jehoiachin", "state Edom"]],
		["Herod took the city, and Antigonus was executed.", -37, ["person Herod the Great", "person Antigonus II Mattathias"]],
		["Florus robbed the Temple and Cestius retreated; the Sicarii took Masada.", 66, ["person Gessius Florus", "person Cestius Gallus", "group Sicarii"]],
		["Bar Kokhba rose against Hadrian, and Akiva backed him.", 132, ["person Simon bar Kokhba", "person Hadrian", "person Rabbi Akiva"]],
		["Surena destroyed Crassus, and Orodes had him killed.", -53, ["person Surena", "person Marcus Licinius Crassus", "person Orodes II"]],
		["Mazdak won over Kavad, but the Mazdakites were massacred.", 528, ["person Mazdak", "person Kavad I", "group Mazdakites"]],
		["Kanishka ruled the Kushans while Gautamiputra defeated Nahapana.", 125, ["person Kanishka", "state Kushan Empire", "person Gautamiputra Satakarni", "person Nahapana"]],
		["Matho and Spendius led the revolt against Hanno the Great.", -240, ["person Matho", "person Spendius", "person Hanno II the Great"]],
		["Bocchus handed Jugurtha to Sulla.", -105, ["person Bocchus I", "person Jugurtha", "person Sulla"]],
		// one name, two shahs, told apart by the note's years
		["Khosrow sacked Antioch.", 540, ["person Khosrow I"]],
		["Khosrow took Jerusalem.", 614, ["person Khosrow II"]],
		// "Persia" in the Sasanians' years is their empire
		["Shapur captured Valerian, and Persia held Armenia.", 260, ["person Shapur I", "person Valerian (emperor)", "state Sasanian Empire", "state Kingdom of Armenia (antiquity)"]],
		// outside their years these are plain names
		["Mani sold the house to Felix.", 1990, []],
		["Mago and Florus opened a shop.", 2000, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: the First World War's commanders, Vichy and the Resistance, occupied Europe, the Holocaust, the Pacific War, the Eastern Front", () => {
	it.each<Case>([
		["Cadorna was replaced by Diaz after Caporetto, and Jellicoe met Scheer at Jutland.", 1917, ["person Luigi Cadorna", "person Armando Diaz", "person John Jellicoe", "person Reinhard Scheer"]],
		["Mackensen and Hoffmann broke the Russians while Putnik held Serbia.", 1915, ["person August von Mackensen", "person Max Hoffmann", "state Russia", "person Radomir Putnik", "state Serbia"]],
		["Flandin and Huntziger served Pétain, and Pucheu ran the police until Brossolette and Delestraint were taken.", 1942, ["person Pierre-Étienne Flandin", "person Charles Huntziger", "person Philippe Pétain", "person Pierre Pucheu", "person Pierre Brossolette", "person Charles Delestraint"]],
		["Terboven governed Norway over Quisling, while Mussert led the NSB and Degrelle the Rexists.", 1941, ["person Josef Terboven", "state Norway", "person Vidkun Quisling", "person Anton Mussert", "organisation National Socialist Movement in the Netherlands", "person Léon Degrelle", "organisation Rexist Party"]],
		["Scavenius negotiated with Best, and Duckwitz warned the Danish resistance.", 1943, ["person Erik Scavenius", "person Werner Best", "person Georg Ferdinand Duckwitz", "group Danish resistance"]],
		["Tuka and Mach ran the Slovak State with the Hlinka Guard.", 1941, ["person Vojtech Tuka", "person Alexander Mach", "state Slovak State", "organisation Hlinka Guard"]],
		["Rumkowski ran the Łódź Judenrat; Czerniaków took his life; Globocnik and Stangl ran the camps while Sugihara issued visas.", 1942, ["person Chaim Rumkowski", "organisation Łódź Judenrat", "person Adam Czerniaków", "person Odilo Globocnik", "person Franz Stangl", "person Chiune Sugihara"]],
		["Percival surrendered Singapore to Yamashita, and Fletcher fought at Midway.", 1942, ["person Arthur Percival", "state Singapore", "person Tomoyuki Yamashita", "person Frank Jack Fletcher"]],
		["Konev, Vatutin and Yeremenko faced Manstein, Hoth and Kluge while the Stavka planned.", 1943, ["person Ivan Konev", "person Nikolai Vatutin", "person Andrei Yeryomenko", "person Erich von Manstein", "person Hermann Hoth", "person Günther von Kluge", "organisation Stavka"]],
		["Frank governed the General Government from Kraków.", 1940, ["person Hans Frank", "state General Government"]],
		// the same short forms outside their years name nobody
		["Best, Frank, Müller and Kleist met at the congress.", 1880, []],
		["Wirth, Brunner, Pohl, Mach and Fletcher gave lectures.", 1900, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: the New Zealand Wars, the Australian colonies, Malaya and Singapore, the post-war Philippines, the Pacific islands, Sri Lanka", () => {
	it.each<Case>([
		["Hone Heke cut down the flagstaff while Kawiti fought FitzRoy's troops.", 1845, ["person Hōne Heke", "person Te Ruki Kawiti", "person Robert FitzRoy"]],
		["Tamihana backed the Kingitanga, and Grey sent Duncan Cameron into the Waikato.", 1863, ["person Wiremu Tāmihana", "group Kīngitanga", "person George Grey", "person Duncan Cameron (British Army officer)"]],
		["Titokowaru and Te Kooti fought on after the Hauhau were defeated.", 1868, ["person Riwha Tītokowaru", "person Te Kooti", "group Pai Mārire"]],
		["Parkes and Barton pushed federation, and Deakin led the Protectionists.", 1891, ["person Henry Parkes", "person Edmund Barton", "person Alfred Deakin", "organisation Protectionist Party"]],
		["Macquarie replaced Bligh after the Rum Corps deposed him; Pemulwuy had resisted Phillip.", 1810, ["person Lachlan Macquarie", "person William Bligh", "organisation New South Wales Corps", "person Pemulwuy", "person Arthur Phillip"]],
		["Onn left UMNO, and Gurney was killed by the Malayan Communist Party.", 1951, ["person Onn Jaafar", "organisation United Malays National Organisation", "person Henry Gurney", "organisation Malayan Communist Party"]],
		["Lim Chin Siong led Barisan Sosialis against LKY, and after Azahari's revolt Brunei stayed out.", 1962, ["person Lim Chin Siong", "organisation Barisan Sosialis", "person Lee Kuan Yew", "person A. M. Azahari", "state Brunei"]],
		["Garcia and Recto pushed Filipino First against the Huks' remnants.", 1958, ["person Carlos P. Garcia", "person Claro M. Recto", "organisation Hukbalahap"]],
		["Cakobau ceded Fiji to Britain, and Ma'afu accepted John Bates Thurston's terms.", 1874, ["person Seru Epenisa Cakobau", "state Fiji", "state United Kingdom", "person Enele Ma'afu", "person John Bates Thurston"]],
		["Pritchard opposed Dupetit-Thouars, who made Pomare IV accept a French protectorate over Tahiti.", 1842, ["person George Pritchard (missionary)", "person Abel Aubert du Petit-Thouars", "person Pōmare IV", "state France", "state Tahiti"]],
		["Bandaranaike's SLFP won on Sinhala Only, and Chelvanayakam's Federal Party protested.", 1956, ["person S. W. R. D. Bandaranaike", "organisation Sri Lanka Freedom Party", "person S. J. V. Chelvanayakam", "organisation Ilankai Tamil Arasu Kachchi"]],
		["Jayewardene signed the accord and the IPKF fought the LTTE while Wijeweera's JVP rose.", 1988, ["person J. R. Jayewardene", "organisation Indian Peace Keeping Force", "organisation Liberation Tigers of Tamil Eelam", "person Rohana Wijeweera", "organisation Janatha Vimukthi Peramuna"]],
		// the same short forms outside their years name nobody
		["Grey, Garcia, Recto and Barton joined the club.", 1990, []],
		["Onn, Gurney, Hobson and Lalor were late.", 1925, []],
	])("%s", (...c) => check(c));
});

describe("six more courses: the Swahili coast and Kilwa, Great Zimbabwe and Mutapa, Solomonic Ethiopia, Kanem-Bornu and the Hausa, Ndongo and Matamba, Madagascar and the Comoros", () => {
	it.each<Case>([
		["Almeida sacked Kilwa and Mombasa, but Malindi welcomed the Portuguese.", 1505, ["person Francisco de Almeida", "state Kilwa Sultanate", "state Sultanate of Mombasa", "state Sultanate of Malindi", "state Portugal"]],
		["The Mazrui held Mombasa after the Yarubids took Fort Jesus.", 1746, ["group Mazrui dynasty", "state Sultanate of Mombasa", "group Yaruba dynasty"]],
		["Changamire Dombo and the Rozvi drove the Portuguese prazeros from the plateau.", 1693, ["person Changamire Dombo", "state Rozvi Empire", "group Prazeros"]],
		["Ahmad Gragn and Adal defeated Lebna Dengel, and Cristóvão da Gama came to help Gelawdewos.", 1541, ["person Ahmad ibn Ibrahim al-Ghazi", "state Adal Sultanate", "person Lebna Dengel", "person Cristóvão da Gama", "person Gelawdewos"]],
		["Páez converted Susenyos, and Zara Yaqob had persecuted the Stephanites.", 1620, ["person Pedro Páez", "person Susenyos I", "person Zara Yaqob", "group Stephanites"]],
		["Idris Alooma armed Bornu, and Kano under Muhammad Rumfa welcomed al-Maghili.", 1580, ["person Idris Alooma", "state Kanem–Bornu Empire", "state Kano Sultanate", "person Muhammad Rumfa", "person Muhammad al-Maghili"]],
		["Nzinga allied with the Imbangala against Ngola Hari and Salvador de Sá.", 1648, ["person Nzinga of Ndongo and Matamba", "people Imbangala", "person Ngola Hari", "person Salvador Correia de Sá"]],
		["Ratsimilaho united the Betsimisaraka while Menabe and Boina ruled the west.", 1712, ["person Ratsimilaho", "people Betsimisaraka", "state Kingdom of Menabe", "state Kingdom of Boina"]],
		// the same short forms outside their years name nobody
		["Almeida, Mendes and Barreto scored in the cup final.", 1990, []],
		["Amina met the governors of Kano, Mombasa and Malindi.", 1995, []],
		["Páez wrote from Rome.", 1633, []],
	])("%s", (...c) => check(c));
});

describe("a surname two courses of the same years share stays unread alone", () => {
	it.each<Case>([
		// Hawaii's annexationist Lorrin Thurston, not Fiji's governor
		["Thurston led the annexation club in Honolulu.", 1893, []],
	])("%s", (...c) => check(c));
});

describe("rulers of Europe and Byzantium 400-1800 by one word or a regnal numeral", () => {
	it.each<Case>([
		["Desiderius was deposed and Carloman had died.", 771, ["person Desiderius", "person Carloman I"]],
		["Krum killed Nikephoros I in the passes.", 811, ["person Krum", "person Nikephoros I"]],
		["Tzimiskes drove Sviatoslav out of the Balkans.", 971, ["person John I Tzimiskes", "person Sviatoslav I"]],
		["Leovigild fought his son, and Reccared converted.", 587, ["person Leovigild", "person Reccared I"]],
		["Mortimer and Isabella deposed Edward II.", 1327, ["person Roger Mortimer, 1st Earl of March", "person Isabella of France", "person Edward II of England"]],
		["Bute made the peace and resigned.", 1763, ["person John Stuart, 3rd Earl of Bute"]],
		["James II of Aragon gave up Sicily; James II took Sardinia.", 1323, ["person James II of Aragon", "state Kingdom of Sicily", "state Kingdom of Sardinia (1297-1720)"]],
		["James II fell at Roxburgh.", 1460, ["person James II of Scotland"]],
		// the same short forms outside their years name nobody
		["Desiderius, Mortimer and Bute came to dinner.", 1990, []],
		["Tomislav and Mircea played for the club.", 2005, []],
	])("%s", (...c) => check(c));
});

describe("rulers and commanders: Greek and Hellenistic kings, late Roman emperors, colonial governors, nineteenth-century generals", () => {
	it.each<Case>([
		["Nabis ruled Sparta until Philopoemen defeated him.", -195, ["person Nabis", "state Sparta", "person Philopoemen"]],
		["Ptolemy IV Philopator beat Antiochus at Raphia, and Ptolemy V later lost to him at Panium.", -217, ["person Ptolemy IV Philopator", "person Antiochus III the Great", "person Ptolemy V Epiphanes"]],
		["Carus died on campaign, and Carinus fought Diocletian.", 284, ["person Carus", "person Carinus", "person Diocletian"]],
		["Auckland sent the army over the passes, and Ellenborough withdrew it.", 1839, ["person George Eden, 1st Earl of Auckland", "person Edward Law, 1st Earl of Ellenborough"]],
		["Frontenac defied the Iroquois while Talon built up the colony.", 1672, ["person Louis de Buade de Frontenac", "people Iroquois", "person Jean Talon"]],
		["Raglan blamed Lucan and Cardigan, while Totleben fortified the town and Nakhimov sank the fleet.", 1854, ["person FitzRoy Somerset, 1st Baron Raglan", "person George Bingham, 3rd Earl of Lucan", "person James Brudenell, 7th Earl of Cardigan", "person Eduard Totleben", "person Pavel Nakhimov"]],
		["Buller was replaced by Roberts, and Cronje surrendered with Methuen watching.", 1900, ["person Redvers Buller", "person Frederick Roberts, 1st Earl Roberts", "person Piet Cronjé", "person Paul Methuen, 3rd Baron Methuen"]],
		["Dewey sank the Spanish squadron while Shafter landed near Santiago.", 1898, ["person George Dewey", "state Spain", "person William Rufus Shafter"]],
		// the same short forms outside their years name nobody
		["Raglan, Cardigan, Lucan and Roberts joined the club.", 1990, []],
		["Auckland, Talon, Dewey and Brisbane appeared in the index.", 1950, []],
	])("%s", (...c) => check(c));
});

describe("heads of state and government, 1800-2000, in Europe and the Americas", () => {
	it.each<Case>([
		["Cánovas and Sagasta alternated in power.", 1885, ["person Antonio Cánovas del Castillo", "person Práxedes Mateo Sagasta"]],
		["Stamboliyski was overthrown by Tsankov.", 1923, ["person Aleksandar Stamboliyski", "person Aleksandar Tsankov"]],
		["Calles founded the PNR after Obregón was shot.", 1929, ["person Plutarco Elías Calles", "organisation National Revolutionary Party", "person Álvaro Obregón"]],
		["Fraser replaced Whitlam, and Hawke beat Fraser.", 1983, ["person Malcolm Fraser", "person Gough Whitlam", "person Bob Hawke"]],
		// one surname, two persons, told apart by the note's years
		["Papandreou fell in the Apostasia.", 1965, ["person Georgios Papandreou"]],
		["Papandreou founded PASOK.", 1974, ["person Andreas Papandreou", "organisation PASOK"]],
		["Brătianu brought Romania into the war.", 1916, ["person Ion I. C. Brătianu", "state Romania"]],
		["Brătianu crowned Carol I king.", 1881, ["person Ion C. Brătianu", "person Carol I of Romania"]],
		// the same short forms outside their years name nobody
		["Calles, Roca, Segni and Keating were on the team.", 1950, []],
		["Huerta, Tanner and Drees were late.", 2010, []],
	])("%s", (...c) => check(c));
});

describe("rulers and heads of government of Asia, Africa and the Middle East, named by one word", () => {
	it.each<Case>([
		["Obasanjo took the surrender of Biafra.", 1970, ["person Olusegun Obasanjo", "state Biafra"]],
		["Ecevit ordered the landing.", 1974, ["person Bülent Ecevit"]],
		["Menderes and Bayar were tried by the junta.", 1960, ["person Adnan Menderes", "person Celal Bayar"]],
		["Bakhtiar could not hold Tehran and Bazargan formed a government.", 1979, ["person Shapour Bakhtiar", "person Mehdi Bazargan"]],
		["Gojong and the Daewongun quarrelled over the treaty.", 1876, ["person Gojong of Korea", "person Heungseon Daewongun"]],
		["Kayibanda and Habyarimana ruled through the Hutu parties.", 1973, ["person Grégoire Kayibanda", "person Juvénal Habyarimana", "people Hutu"]],
		["Tanaka went to Beijing.", 1972, ["person Kakuei Tanaka"]],
		["Sharon walked onto the Temple Mount.", 2000, ["person Ariel Sharon"]],
		// the same short forms outside their years name nobody
		["Tanaka and Sharon ran the cafe.", 1960, []],
		["Menderes and Shamir were on the guest list.", 1925, []],
	])("%s", (...c) => check(c));
});

describe("peoples, tribes and dynasties of every region", () => {
	it.each<Case>([
		["The Piasts ruled Poland until the Jagiellons took over.", 1370, ["group Piast dynasty", "state Poland", "group Jagiellonian dynasty"]],
		["The Quraysh fought the Muslims at Badr.", 624, ["people Quraysh", "people Muslims"]],
		["The Santals rose against the British.", 1855, ["people Santal people", "state United Kingdom"]],
		["The Hakka and the Punti fought the clan wars.", 1856, ["people Hakka people", "people Punti"]],
		["The Samanids lost Khorasan to the Ghaznavids.", 999, ["state Samanid Empire", "state Ghaznavid Empire"]],
		["The Somozas ruled Nicaragua for four decades.", 1970, ["group Somoza family", "state Nicaragua"]],
		["The Soga clan backed Buddhism against the Mononobe.", 587, ["group Soga clan", "group Mononobe clan"]],
		["The Fourth Dynasty built the pyramids at Giza.", -2550, ["group Fourth Dynasty of Egypt"]],
		// short forms outside their years name nobody
		["The Mononobe and the Soga were mentioned at the conference.", 1990, []],
		["The Mohicans sold the casino.", 1995, []],
		["The Fourth Dynasty series was cancelled.", 2010, []],
	])("%s", (...c) => check(c));
});

describe("historical polities, regimes and sub-national units by their own names", () => {
	it.each<Case>([
		["Bern, Lucerne and Schwyz sent their pikemen against Charles the Bold.", 1476, ["state Republic of Bern", "state Canton of Lucerne", "state Canton of Schwyz", "person Charles the Bold"]],
		["The Samanids lost Khurasan, and Mahmud of Ghazni fought the Hindu Shahis.", 1001, ["state Samanid Empire", "person Mahmud of Ghazni", "state Hindu Shahis"]],
		["Denkyira demanded tribute until Osei Tutu defeated it.", 1701, ["state Denkyira", "person Osei Tutu"]],
		["The Southern Ming held out against the Qing.", 1650, ["state Southern Ming", "state China"]],
		["Republika Srpska rejected the plan, and the Federal Republic of Yugoslavia cut it off.", 1994, ["state Republika Srpska", "state Serbia and Montenegro"]],
		["South Carolina seceded, and Georgia followed.", 1860, ["state South Carolina", "state Georgia (U.S. state)"]],
		["Bern and Uri sent delegates to the conference.", 1990, []],
		["The Rhodians kept their fleet and allied with Rome.", -200, ["state Rhodes", "state Roman Republic"]],
		["Samos revolted from Athens, and Chios sent ships.", -440, ["state Samos", "state Athens", "state Chios"]],
		["Rhodes and Chios drew the tourists.", 1990, []],
	])("%s", (...c) => check(c));
});

describe("parties, movements, secret police and companies of the modern world, 1750-2000", () => {
	it.each<Case>([
		["The Tupamaros robbed banks in Montevideo.", 1969, ["organisation Tupamaros"]],
		["Mosaddegh's National Front nationalised the Anglo-Iranian Oil Company.", 1951, ["person Mohammad Mosaddegh", "organisation National Front (Iran)", "organisation Anglo-Persian Oil Company"]],
		["Cárdenas turned the PNR into the PRM.", 1938, ["person Lázaro Cárdenas", "organisation National Revolutionary Party", "organisation Party of the Mexican Revolution"]],
		["The Tudeh Party backed the strikes, and SAVAK hunted its members.", 1957, ["organisation Tudeh Party", "organisation SAVAK"]],
		["The Cristeros rose against Calles.", 1926, ["group Cristeros", "person Plutarco Elías Calles"]],
		["The Third Section watched the Decembrists' friends.", 1826, ["organisation Third Section", "group Decembrists"]],
		["The Family Compact ran Upper Canada.", 1830, ["group Family Compact", "state Upper Canada"]],
	])("%s", (...c) => check(c));
});

describe("parties, movements and armies of the modern world: short forms only in their own years", () => {
	it.each<Case>([
		["The Third Section of the report covers the budget.", 1950, []],
		["Spain and France renewed the Family Compact.", 1761, ["state Spain", "state France"]],
		["The Sixth Army landed on Leyte.", 1944, ["organisation Sixth Army"]],
		["The Sixth Army surrendered at Stalingrad.", 1943, ["organisation 6th Army (Wehrmacht)"]],
	])("%s", (...c) => check(c));
});

describe("rebels, reformers, explorers, ministers and consorts below the rulers", () => {
	it.each<Case>([
		["Kolokotronis quarrelled with Mavrokordatos while Ypsilantis crossed the Prut.", 1821, ["person Theodoros Kolokotronis", "person Alexandros Mavrokordatos", "person Alexander Ypsilantis"]],
		["Pestel and Ryleyev plotted the rising, and Benckendorff later hunted their friends.", 1825, ["person Pavel Pestel", "person Kondraty Ryleyev", "person Alexander von Benckendorff"]],
		["Uvarov proclaimed Official Nationality, and Kiselev reformed the state peasants.", 1833, ["person Sergey Uvarov", "person Pavel Kiselyov"]],
		["Bulavin rose on the Don against Peter the Great.", 1707, ["person Kondraty Bulavin", "person Peter the Great"]],
		["Burton and Speke quarrelled over the source of the Nile.", 1858, ["person Richard Francis Burton", "person John Hanning Speke"]],
		["Lüderitz bought the bay, and Nachtigal raised the flag in Togo.", 1884, ["person Adolf Lüderitz", "person Gustav Nachtigal"]],
		["Delescluze died on the barricade; Varlin was shot at Montmartre.", 1871, ["person Louis Charles Delescluze", "person Eugène Varlin"]],
		["Shamil held out in Dagestan for twenty-five years.", 1850, ["person Imam Shamil"]],
		// the same short forms outside their years name nobody
		["Burton, Cook and Hudson joined the firm.", 1990, []],
		["Legazpi, Dampier and Radisson were booked for the tour.", 1990, []],
		["Shamil led the raid on Budyonnovsk.", 1995, []],
		["Oñate was the Carlist court.", 1838, []],
	])("%s", (...c) => check(c));
});

describe("military commanders named by surname, 1500-1960", () => {
	it.each<Case>([
		["Rooke took Gibraltar.", 1704, ["person George Rooke"]],
		["Codrington's fleet destroyed the Turkish ships.", 1827, ["person Edward Codrington", "state Ottoman Empire"]],
		["Brock was killed at Queenston Heights, and Macdonough won on Lake Champlain.", 1812, ["person Isaac Brock", "person Thomas Macdonough"]],
		["Funston captured Aguinaldo.", 1901, ["person Frederick Funston", "person Emilio Aguinaldo"]],
		["Wightman beat the Jacobites at Glen Shiel.", 1719, ["person Joseph Wightman", "group Jacobites"]],
		["Concha relieved Bilbao.", 1874, ["person Manuel Gutiérrez de la Concha, Marquis of the Duero"]],
		["Montojo lost his squadron to Dewey.", 1898, ["person Patricio Montojo y Pasarón", "person George Dewey"]],
		// the same short forms outside their years name nobody
		["Brock and Concha signed the lease.", 1990, []],
		["Cumberland and Wade were flooded.", 1990, []],
	])("%s", (...c) => check(c));
});

describe("ministers, envoys, central bankers, security chiefs and junta members below the head of government, 1700-2000", () => {
	it.each<Case>([
		["Kiszczak and Rakowski bargained with Wałęsa.", 1989, ["person Czesław Kiszczak", "person Mieczysław Rakowski", "person Lech Wałęsa"]],
		["Merino and Leigh sat in the junta beside Pinochet.", 1973, ["person José Toribio Merino", "person Gustavo Leigh", "person Augusto Pinochet"]],
		["Lennox-Boyd sent Hugh Foot to Cyprus.", 1957, ["person Alan Lennox-Boyd, 1st Viscount Boyd of Merton", "person Hugh Foot, Baron Caradon"]],
		["Holstein distrusted Bülow.", 1905, ["person Friedrich von Holstein", "person Bernhard von Bülow"]],
		["Neurath gave way to Ribbentrop.", 1938, ["person Konstantin von Neurath", "person Joachim von Ribbentrop"]],
		["Volcker raised rates; Greenspan later cut them.", 1987, ["person Paul Volcker", "person Alan Greenspan"]],
		["Ronglu held back his troops from the legations.", 1900, ["person Ronglu"]],
		["Kołłątaj drafted the constitution after Repnin had bullied the Sejm.", 1791, ["person Hugo Kołłątaj", "person Nikolai Repnin", "organisation Sejm"]],
		// the same short forms outside their years name nobody, or somebody else
		["Merino and Leigh were the breeds on show.", 1850, []],
		["Holstein was annexed by Prussia.", 1866, ["state Duchy of Holstein", "state Prussia"]],
		["Golitsyn led the army against the Crimean Khanate.", 1687, ["person Vasily Vasilyevich Golitsyn", "state Crimean Khanate"]],
	])("%s", (...c) => check(c));
});

describe("nobles, churchmen and intellectuals who did not rule", () => {
	it.each<Case>([
		["Suffolk was impeached, and Somerset lost Normandy.", 1450, ["person William de la Pole, 1st Duke of Suffolk", "person Edmund Beaufort, 2nd Duke of Somerset", "state Duchy of Normandy"]],
		["Bedford held Paris while Cardinal Beaufort raised money.", 1430, ["person John of Lancaster, Duke of Bedford", "person Henry Beaufort"]],
		["Boniface was martyred at Dokkum.", 754, ["person Saint Boniface"]],
		["Cyril and Methodius went to Moravia.", 863, ["person Saints Cyril and Methodius"]],
		["Molé defended the Parlement, and the Grande Mademoiselle turned the guns of the Bastille on the king's army.", 1652, ["person Mathieu Molé", "organisation Parlement of Paris", "person Anne Marie Louise d'Orléans, Duchess of Montpensier"]],
		["Kołłątaj and Ignacy Potocki drafted the constitution; Branicki and Szczęsny Potocki went to Catherine.", 1791, ["person Hugo Kołłątaj", "person Ignacy Potocki", "person Franciszek Ksawery Branicki", "person Stanisław Szczęsny Potocki", "person Catherine the Great"]],
		["Chaadaev's letter provoked Khomyakov and Kireevsky, and Granovsky lectured in Moscow.", 1836, ["person Pyotr Chaadayev", "person Aleksey Khomyakov", "person Ivan Kireyevsky", "person Timofey Granovsky"]],
		["Palafox held Zaragoza while Espoz y Mina and El Empecinado raided the French.", 1809, ["person José de Palafox, 1st Duke of Zaragoza", "person Francisco Espoz y Mina", "person Juan Martín Díez", "state France"]],
		// the same short forms outside their years name nobody
		["Somerset, Suffolk and Bedford are English counties.", 1900, []],
		["Boniface signed the lease; Molé and Palafox were guests.", 1990, []],
	])("%s", (...c) => check(c));
});

describe("antiquity and late antiquity below the rulers", () => {
	it.each<Case>([
		["Callimachus fell at Marathon beside Miltiades.", -490, ["person Callimachus (polemarch)", "person Miltiades"]],
		["Xanthippus prosecuted Miltiades.", -489, ["person Xanthippus", "person Miltiades"]],
		["Xanthippus trained the Carthaginian army that captured Regulus.", -255, ["person Xanthippus of Carthage", "state Carthage", "person Marcus Atilius Regulus"]],
		["Hyperbolus was ostracised when Nicias and Alcibiades combined against him.", -417, ["person Hyperbolus", "person Nicias", "person Alcibiades"]],
		["Mummius sacked Corinth.", -146, ["person Lucius Mummius Achaicus", "state Corinth"]],
		["Trebonius joined the conspiracy; Hirtius and Pansa fell at Mutina.", -43, ["person Gaius Trebonius", "person Aulus Hirtius", "person Gaius Vibius Pansa Caetronianus"]],
		["Hypatius was proclaimed emperor, but Mundus and Belisarius cleared the Hippodrome.", 532, ["person Hypatius (consul 500)", "person Mundus (general)", "person Belisarius"]],
		["Rostam fell at Qadisiyya against Sa'd ibn Abi Waqqas.", 636, ["person Rostam Farrokhzad", "person Sa'd ibn Abi Waqqas"]],
		["Hajjaj sent Qutayba to Khurasan and Muhammad ibn al-Qasim to Sind.", 711, ["person Al-Hajjaj ibn Yusuf", "person Qutayba ibn Muslim", "person Muhammad ibn al-Qasim"]],
		// the same short forms outside their years name nobody
		["Coriolanus and Xanthippus were performed; Mentor and Illus were on the programme.", 1900, []],
		["Hypatius, Mundus and Rostam were the names on the list.", 1850, []],
	])("%s", (...c) => check(c));
});

describe("politicians and officers below the head of state in Africa, the Middle East, Asia and the Caribbean, 1900-2000", () => {
	it.each<Case>([
		["Nzeogwu killed Ahmadu Bello, and Ifeajuna shot Akintola.", 1966, ["person Chukwuma Kaduna Nzeogwu", "person Ahmadu Bello", "person Emmanuel Ifeajuna", "person Samuel Akintola"]],
		["Effiong surrendered Biafra after Ojukwu fled.", 1970, ["person Philip Effiong", "state Biafra", "person Chukwuemeka Odumegwu Ojukwu"]],
		["Ngala led KADU against Kaggia and Odinga.", 1962, ["person Ronald Ngala", "organisation Kenya African Democratic Union", "person Bildad Kaggia", "person Oginga Odinga"]],
		["Sukarni and Chaerul Saleh seized Sukarno and Hatta.", 1945, ["person Sukarni", "person Chaerul Saleh", "person Sukarno", "person Mohammad Hatta"]],
		["Ben Boulaïd, Didouche and Bitat opened the rising.", 1954, ["person Mostefa Ben Boulaïd", "person Didouche Mourad", "person Rabah Bitat"]],
		["Hobeika sent his men into the camps while Lahad held the south.", 1982, ["person Elie Hobeika", "person Antoine Lahad"]],
		["Rajguru and Sukhdev were hanged with Bhagat Singh.", 1931, ["person Shivaram Rajguru", "person Sukhdev Thapar", "person Bhagat Singh"]],
		["Manley founded the PNP to rival Bustamante.", 1938, ["person Norman Manley", "organisation People's National Party", "person Alexander Bustamante"]],
		["Manley lost the election to Seaga.", 1980, ["person Michael Manley", "person Edward Seaga"]],
		// the same short forms outside their years name nobody, or somebody else
		["Manley and Sukhdev signed the register.", 1900, []],
		["Bustamante lost Texas.", 1836, ["person Anastasio Bustamante", "state Republic of Texas"]],
	])("%s", (...c) => check(c));
});

describe("Africa 1400-1914 below and beside the rulers", () => {
	it.each<Case>([
		["Bodson shot Msiri.", 1891, ["person Omer Bodson", "person Msiri"]],
		["Dosunmu signed the treaty after Kosoko had fled.", 1861, ["person Dosunmu", "person Kosoko"]],
		["Ologbosere led the ambush; Rawson burned the palace.", 1897, ["person Ologbosere", "person Harry Rawson"]],
		["Sandile and Maqoma fought on while Mlanjeni prophesied.", 1851, ["person Sandile", "person Maqoma", "person Mlanjeni"]],
		["Casalis advised Moshoeshoe against Sekonyela.", 1833, ["person Eugène Casalis", "person Moshoeshoe I", "person Sekonyela"]],
		["Delamere and Grogan led the settlers against Girouard.", 1910, ["person Hugh Cholmondeley, 3rd Baron Delamere", "person Ewart Grogan", "person Percy Girouard"]],
		["Toselli fell, and Galliano surrendered to Makonnen.", 1896, ["person Pietro Toselli", "person Giuseppe Galliano", "person Ras Makonnen"]],
		["Teleki reached the lake with Höhnel.", 1888, ["person Sámuel Teleki", "person Ludwig von Höhnel"]],
		// the same short forms outside their years name nobody, or somebody else
		["Teleki resigned.", 1941, ["person Pál Teleki"]],
		["Kirk, Mathews, Marengo and Galliano were on the list.", 1960, []],
	])("%s", (...c) => check(c));
});

describe("the Americas below the heads of state, 1492-1945", () => {
	it.each<Case>([
		["Pino Suárez was murdered with Madero.", 1913, ["person José María Pino Suárez", "person Francisco I. Madero"]],
		["Portes Gil negotiated with the bishops while Gorostieta fought on.", 1929, ["person Emilio Portes Gil", "person Enrique Gorostieta Velarde"]],
		["Mirabeau B. Lamar moved the capital to Austin.", 1839, ["person Mirabeau B. Lamar"]],
		["Vallandigham was banished to the Confederacy.", 1863, ["person Clement Vallandigham"]],
		["Grijalva and Olid sailed with Cortés; Sandoval took Tepeaca.", 1520, ["person Juan de Grijalva", "person Cristóbal de Olid", "person Hernán Cortés", "person Gonzalo de Sandoval"]],
		["Aberhart and Mitch Hepburn defied Mackenzie King.", 1937, ["person William Aberhart", "person Mitchell Hepburn", "person William Lyon Mackenzie King"]],
		["Crittenden proposed a compromise; Slidell and Yancey walked out.", 1860, ["person John J. Crittenden", "person John Slidell", "person William Lowndes Yancey"]],
		["Kellogg and Lansing signed for the United States.", 1917, ["person Robert Lansing", "state United States"]],
		// the same short forms outside their years name nobody
		["Lansing and Sandoval are on the map.", 1990, []],
		["Hamlin, Lansing and Colfax were the names on the list.", 1800, []],
		["Duplessis, Olid and Crittenden were the names on the list.", 1700, []],
	])("%s", (...c) => check(c));
});

describe("East Asia below the rulers, 600-1945", () => {
	it.each<Case>([
		["Umako had the emperor murdered, and Kamatari struck down Iruka.", 645, ["person Soga no Umako", "person Fujiwara no Kamatari", "person Soga no Iruka"]],
		["Masakado rose in the east while Michizane's ghost haunted the court.", 939, ["person Taira no Masakado", "person Sugawara no Michizane"]],
		["Yoshinaka took Kyoto before Munemori fled west.", 1183, ["person Minamoto no Yoshinaka", "person Taira no Munemori"]],
		["Kusunoki Masashige died at Minatogawa; Yoshisada fled north.", 1336, ["person Kusunoki Masashige", "person Nitta Yoshisada"]],
		["Sōzen and Katsumoto led the rival armies in Kyoto.", 1467, ["person Yamana Sōzen", "person Hosokawa Katsumoto"]],
		["Gotō and Etō left the government with Saigō.", 1873, ["person Gotō Shōjirō", "person Etō Shinpei", "person Saigō Takamori"]],
		["Kōmoto blew up Zhang Zuolin's train.", 1928, ["person Daisaku Kōmoto", "person Zhang Zuolin"]],
		["Honjō let Ishiwara and Itagaki act.", 1931, ["person Shigeru Honjō", "person Ishiwara Kanji", "person Seishirō Itagaki"]],
		["Yuxian encouraged the Boxers while Zaifeng was still a boy.", 1900, ["person Yuxian", "group Boxers", "person Zaifeng, Prince Chun"]],
		["Kim Busik put down Myocheong's rebellion.", 1135, ["person Kim Busik", "person Myocheong"]],
		["Yun Bong-gil threw the bomb in Hongkou Park.", 1932, ["person Yun Bong-gil"]],
		// the same short forms outside their years name nobody
		["Gotō, Kondō and Honjō were common names on the list.", 1990, []],
		["Yoshinaka, Katsumoto and Sōzen were listed.", 1800, []],
	])("%s", (...c) => check(c));
});

describe("Europe 1914-1991 below the heads of government", () => {
	it.each<Case>([
		["Ledebour and Haase led the Independents against Noske.", 1919, ["person Georg Ledebour", "person Hugo Haase", "person Gustav Noske"]],
		["Bujak and Frasyniuk ran the underground while Geremek advised Wałęsa.", 1982, ["person Zbigniew Bujak", "person Władysław Frasyniuk", "person Bronisław Geremek", "person Lech Wałęsa"]],
		["Freisler sentenced Witzleben and Leuschner.", 1944, ["person Roland Freisler", "person Erwin von Witzleben", "person Wilhelm Leuschner"]],
		["Rădescu clashed with Bodnăraș after Sănătescu fell.", 1945, ["person Nicolae Rădescu", "person Emil Bodnăraș", "person Constantin Sănătescu"]],
		["Clerides negotiated with Denktaş after Sampson's coup.", 1974, ["person Glafcos Clerides", "person Rauf Denktaş", "person Nikos Sampson"]],
		["Chaban-Delmas gave way to Messmer, and Couve de Murville left office.", 1972, ["person Jacques Chaban-Delmas", "person Pierre Messmer", "person Maurice Couve de Murville"]],
		["Timoshenko and Juin conferred.", 1943, ["person Semyon Timoshenko", "person Alphonse Juin"]],
		["Mohnhaupt and Klar planned the attack on Ponto.", 1977, ["person Brigitte Mohnhaupt", "person Christian Klar", "person Jürgen Ponto"]],
		// the same short forms outside their years name nobody
		["Segni and Pella were the towns on the map.", 1900, []],
		["Juin, Klar and Sampson signed the register.", 1800, []],
	])("%s", (...c) => check(c));
});

describe("the Islamic world below the rulers, 750-1920", () => {
	it.each<Case>([
		["Afshin captured Babak for al-Mu'tasim.", 837, ["person Khaydhar ibn Kawus al-Afshin", "person Babak Khorramdin", "person Al-Mu'tasim"]],
		["Harun al-Rashid had Ja'far ibn Yahya executed and Yahya ibn Khalid imprisoned.", 803, ["person Harun al-Rashid", "person Ja'far ibn Yahya", "person Yahya ibn Khalid"]],
		["Shawar called in the Franks against Shirkuh.", 1164, ["person Shawar", "people Franks", "person Shirkuh"]],
		["Ebussuud and Kemalpaşazade served Suleiman as jurists.", 1540, ["person Ebussuud Efendi", "person Kemalpaşazade", "person Suleiman the Magnificent"]],
		["Dramali Pasha was routed at Dervenakia.", 1822, ["person Mahmud Dramali Pasha"]],
		["Hayreddin Pasha reformed Tunisia while Khaznadar was dismissed.", 1873, ["person Hayreddin Pasha", "state Tunisia", "person Mustapha Khaznadar"]],
		["Hayreddin Pasha besieged Nice.", 1543, ["person Hayreddin Barbarossa"]],
		["Bagher Khan and Behbahani held out against Liakhov.", 1908, ["person Bagher Khan", "person Seyyed Abdollah Behbahani", "person Vladimir Liakhov"]],
		// the same short forms outside their years name nobody
		["Afshin, Tahir and Dramali were on the list.", 1990, []],
		["The register was signed by Khaznadar and Behbahani.", 1960, []],
	])("%s", (...c) => check(c));
});

describe("Europe 1789-1914 below the heads of government: deputies, revolutionaries, socialists, anarchists, national leaders", () => {
	it.each<Case>([
		["Guadet and Gensonné spoke for the Gironde.", 1792, ["person Marguerite-Élie Guadet", "person Armand Gensonné"]],
		["Flourens and Cluseret led the sorties of the National Guard.", 1871, ["person Gustave Flourens", "person Gustave Paul Cluseret", "organisation National Guard"]],
		["Dahlmann and Bassermann sat in the Frankfurt Parliament.", 1848, ["person Friedrich Christoph Dahlmann", "person Friedrich Daniel Bassermann", "organisation Frankfurt Parliament"]],
		["Bestuzhev-Ryumin was hanged with Pestel.", 1826, ["person Mikhail Bestuzhev-Ryumin", "person Pavel Pestel"]],
		["Rysakov threw the first bomb and Hryniewiecki the second.", 1881, ["person Nikolai Rysakov", "person Ignacy Hryniewiecki"]],
		["Bava Beccaris fired on the crowds in Milan.", 1898, ["person Fiorenzo Bava Beccaris"]],
		["Pelloutier organised the bourses du travail; Griffuelhes led the CGT.", 1902, ["person Fernand Pelloutier", "person Victor Griffuelhes", "organisation General Confederation of Labour (France)"]],
		["Rochefort escaped from New Caledonia.", 1874, ["person Henri Rochefort"]],
		// the same short forms outside their years name nobody: a port, a common surname
		["Rochefort was blockaded by the British fleet.", 1809, ["state United Kingdom"]],
		["Arndt wrote the report on the merger.", 1990, []],
	])("%s", (...c) => check(c));
});

describe("colonies and dependent provinces that act or are acted upon, in their years", () => {
	it.each<Case>([
		["New France claimed the Ohio valley.", 1754, ["state New France"]],
		["England took New Netherland from the Dutch.", 1664, ["state England", "state New Netherland", "state Netherlands"]],
		["Cortés was made governor and New Spain grew.", 1522, ["person Hernán Cortés", "state Viceroyalty of New Spain"]],
		["Saxe overran the Austrian Netherlands.", 1746, ["state Austrian Netherlands"]],
		["The Spanish Netherlands stayed loyal to Philip II.", 1581, ["state Spanish Netherlands", "person Philip II of Spain"]],
		// outside their years they are places only
		["New France was a name on old maps; the Austrian Netherlands too.", 1900, []],
	])("%s", (...c) => check(c));
});

describe("\"the Empire\" alone, in the years of the Holy Roman Empire", () => {
	it.each<Case>([
		["Pamphlets crossed the Empire within weeks.", 1520, ["state Holy Roman Empire"]],
		// an empire the note named before by that head is the one meant
		["The Ottoman Empire grew and the Empire fought on.", 1520, ["state Ottoman Empire"]],
		// outside those years it names none
		["The Empire fought on.", 1900, []],
	])("%s", (...c) => check(c));
});

describe("medieval duchies and counties by their region's name, in their years", () => {
	it.each<Case>([
		["Anjou fought Normandy for the border.", 1130, ["state County of Anjou", "state Duchy of Normandy"]],
		["Gascony and Aquitaine stayed loyal.", 1400, ["state Duchy of Gascony", "state Duchy of Aquitaine"]],
		["Toulouse resisted the crusaders.", 1211, ["state County of Toulouse"]],
		// the kingdoms of Sicily (1130-1816) and of Sardinia (under Savoy, 1720-1861) by the island's name
		["Sicily rose against Charles.", 1282, ["state Kingdom of Sicily"]],
		["Sardinia joined Austria; Sardinian troops marched.", 1743, ["state Piedmont-Sardinia", "state Austria"]],
		["Sicily was invaded; Sardinia was spared.", 1943, []],
		// outside those years the region is a place
		["Normandy was chosen for the landings; Toulouse grew.", 1944, []],
	])("%s", (...c) => check(c));
});

describe("the Union of the American Civil War", () => {
	it.each<Case>([
		["Union advantages were many; the Union blockaded the South.", 1862, ["state United States"]],
		// outside the war's years, and in lower case, it is no state
		["The Union of Zorvia met; a union formed.", 1900, []],
	])("%s", (...c) => check(c));
});

describe("peoples that lecture notes name alone", () => {
	it.each<Case>([
		["The Herero and Nama rose against German rule.", 1904, ["people Herero", "people Nama people", "state Germany"]],
		["The Zanj rebelled in the salt flats.", 869, ["people Zanj"]],
		["Esigie fought the Igala; Itsekiri middlemen traded on the rivers.", 1515, ["person Esigie", "people Igala people", "people Itsekiri people"]],
		["The Miskito resisted relocation.", 1982, ["people Miskito"]],
		["Cham and monks were targeted.", 1976, ["people Cham people"]],
		["Tejanos joined the revolt; Californios fought back; Cajuns settled.", 1846, ["people Tejanos", "people Californios", "people Cajuns"]],
		["Leutwein fought the Bondelswarts; the Rehoboth Basters stayed neutral.", 1904, ["person Theodor Leutwein", "people Bondelswarts", "people Rehoboth Basters"]],
		["The Embu joined the Kikuyu.", 1953, ["people Embu people", "people Kikuyu"]],
		["The North was Hausa-Fulani.", 1960, ["people Hausa-Fulani"]],
		["Slav Macedonians fought for the DSE.", 1947, ["people Slavic Macedonians", "organisation Democratic Army of Greece"]],
		["Ghuzz Turks held Ghazna; the Keraits backed Temujin.", 1163, ["people Oghuz Turks", "people Keraites", "person Genghis Khan"]],
		["Ezana fought the Noba; the Gurma killed Ishaq.", 350, ["person Ezana of Axum", "people Noba", "people Gurma people"]],
		["Picards served the duke; Bahrainis joined the revolt.", 1476, ["people Picards", "state Bahrain"]],
	])("%s", (...c) => check(c));
});

describe("territories and lesser polities in the years they were acted upon", () => {
	it.each<Case>([
		["Japan took Liaodong and Russia occupied Manchuria.", 1898, ["state Japan", "state Liaodong Peninsula", "state Russia", "state Manchuria"]],
		["Weihaiwei, Guangzhouwan and Jiaozhou Bay were leased; the Pescadores stayed Japanese.", 1898, ["state Weihaiwei", "state Guangzhouwan", "state Kiautschou Bay Leased Territory", "state Pescadores"]],
		["Russia occupied Moldavia and Wallachia, the Danubian Principalities.", 1853, ["state Russia", "state Principality of Moldavia", "state Principality of Wallachia", "state Danubian Principalities"]],
		["Austria took Galicia; Italy gained Venetia later.", 1866, ["state Austria", "state Kingdom of Galicia and Lodomeria", "state Italy", "state Venetia"]],
		["Akbar conquered Gujarat and Bengal.", 1573, ["person Akbar", "state Gujarat Sultanate", "state Bengal Sultanate"]],
		["Spain ceded Florida and Louisiana changed hands.", 1763, ["state Spain", "state Spanish Florida", "state Louisiana (New France)"]],
		["Sweden held Livonia; Denmark wanted Scania back.", 1700, ["state Sweden", "state Swedish Livonia", "state Denmark", "state Scania"]],
		["The Zaporozhian Sich was destroyed; the Durrani raids went on.", 1775, ["state Zaporozhian Sich", "state Durrani Empire"]],
		// outside their years the same words name no polity
		["Manchuria and Gujarat were visited.", 1990, []],
	])("%s", (...c) => check(c));
});

describe("Chinese dynasties by their bare names, in their own years", () => {
	it.each<Case>([
		["The Tang recovered; Tang power never did.", 763, ["group Tang dynasty"]],
		["The Sui fell; Sui campaigns had failed.", 615, ["group Sui dynasty"]],
		["The Qin unified the realm.", -221, ["group Qin dynasty"]],
		["Tang power grew; the Tang firm sold tea.", 1990, []],
	])("%s", (...c) => check(c));
});

describe("more peoples, with their adjectives and their own years", () => {
	it.each<Case>([
		["Tariq crossed with a Berber army; the Rajput alliance held.", 711, ["person Tariq ibn Ziyad", "people Berbers", "people Rajputs"]],
		["The Pechenegs were crushed with Cuman help; the Latins were massacred.", 1091, ["people Pechenegs", "people Cumans", "people Latins"]],
		["Prokop fought the Saxons at Usti.", 1426, ["person Procopius the Great", "state Saxony"]],
		["The mudéjares stayed; the conversos were watched.", 1391, ["people Mudéjars", "people Conversos"]],
		["The Highlanders rose; the Chakhar submitted.", 1745, ["people Scottish Highlanders"]],
		["The Choctaw Nation sent a gift; the Brong seceded.", 1847, ["people Choctaw", "people Bono people"]],
	])("%s", (...c) => check(c));
});

describe("more lesser polities in their years", () => {
	it.each<Case>([
		["Israel took East Jerusalem and the Golan.", 1967, ["state Israel", "state East Jerusalem", "state Golan Heights"]],
		// the West Bank as the territory is a polity (not a body, from "Bank"); the bank of a canal is no name
		["Israel took the West Bank; Sharon crossed to the west bank of the Canal.", 1967, ["state Israel", "state West Bank", "person Ariel Sharon"]],
		["He conquered Maui and Oahu.", 1795, ["state Kingdom of Maui", "state Kingdom of Oʻahu"]],
		["Rainulf Drengot got Aversa.", 1030, ["person Rainulf Drengot", "state County of Aversa"]],
		["Dalhousie annexed Jhansi and Nagpur.", 1854, ["person Lord Dalhousie", "state Jhansi State", "state Nagpur Kingdom"]],
		["Opoku Ware subdued Akyem and Dagomba; Dwaben and Kokofu seceded.", 1740, ["person Opoku Ware I", "state Akyem", "state Kingdom of Dagbon", "state Dwaben", "state Kokofu"]],
		["California rose against Mexico; Guam was taken.", 1846, ["state Alta California", "state Mexico", "state Guam"]],
		["Russia took Crimea; Justinian held Spania.", 1783, ["state Russia", "state Crimean Khanate", "person Justinian I", "state Spania"]],
		["Aragon got Sardinia.", 1297, ["state Kingdom of Aragon", "state Kingdom of Sardinia (1297-1720)"]],
		["Germany held SW Africa.", 1904, ["state Germany", "state German South West Africa"]],
		// outside their years, the same names are places or states of other years
		["California voted; Crimea was annexed.", 2014, []],
	])("%s", (...c) => check(c));
});

describe("pre-modern polities, orders and factions", () => {
	it.each<Case>([
		["The Bardi and the Peruzzi lent to the English crown.", 1340, ["group Bardi family", "group Peruzzi family", "state England"]],
		["The Council of Troubles, or Council of Blood, condemned Egmont.", 1568, ["organisation Council of Troubles", "person Lamoral, Count of Egmont"]],
		["Southern Tang submitted; Wuyue and the Northern Han held out.", 975, ["state Southern Tang", "state Wuyue", "state Northern Han"]],
		["Russia annexed the Erivan Khanate and the Karabakh Khanate.", 1805, ["state Russia", "state Erivan Khanate", "state Karabakh Khanate"]],
		["The Ephors and the Gerousia checked the kings.", -480, ["organisation Ephor", "organisation Gerousia"]],
		["The Carthusians and the Premonstratensians founded houses.", 1150, ["organisation Carthusians", "organisation Premonstratensians"]],
		["The Iconoclasts and the Iconodules clashed in Constantinople.", 760, ["group Iconoclasts", "group Iconodules"]],
		["The Chosen Council drafted reforms; the Comuneros rose in Castile.", 1550, ["organisation Chosen Council"]],
		["The Whig Junto ran the ministry.", 1708, ["group Whig Junto"]],
		["The Wokou raided the coast; the Sohei defended Enryaku-ji.", 1550, ["group Wokou", "group Sōhei", "organisation Enryaku-ji"]],
		// outside their years, the same words name nobody
		["The Bardi firm and the Peruzzi heirs met; the Iconoclasts of modern art mocked the Chosen Council.", 1920, []],
		["The Comuneros rose against the crown.", 1700, []],
	])("%s", (...c) => check(c));
});

describe("more parties, armed groups, unions and international bodies of 1789-2000", () => {
	it.each<Case>([
		["Poale Zion and Mapam merged; Gahal joined the cabinet.", 1967, ["organisation Poale Zion", "organisation Mapam", "organisation Gahal"]],
		["UNPROFOR stood by while the ICTY gathered evidence.", 1995, ["organisation United Nations Protection Force", "organisation International Criminal Tribunal for the former Yugoslavia"]],
		["The Tesnyaks split from the Broad Socialists; the Supremists armed bands.", 1903, ["organisation Bulgarian Workers' Social Democratic Party (Narrow Socialists)", "group Broad Socialists", "organisation Supreme Macedonian-Adrianople Committee"]],
		["The Bevanites attacked Gaitskell; CND marched to Aldermaston.", 1958, ["group Bevanites", "person Hugh Gaitskell", "organisation Campaign for Nuclear Disarmament"]],
		["The Otzovists and the Mezhraiontsy broke with Lenin.", 1913, ["group Otzovists", "group Mezhraiontsy", "person Vladimir Lenin"]],
		["Lashkar-e-Taiba and Hizbul Mujahideen fought in Kashmir.", 1999, ["organisation Lashkar-e-Taiba", "organisation Hizbul Mujahideen"]],
		["The Union Party ran Lemke; the Black Legion killed Charles Poole.", 1936, ["organisation Union Party (United States)", "organisation Black Legion (political movement)", "person Charles Poole"]],
		["The RCMP and the Canadian Expeditionary Force recruited.", 1916, ["organisation Royal Canadian Mounted Police", "organisation Canadian Expeditionary Force"]],
		// outside their years, the shared forms name nothing
		["The Red Spears were recalled; RAW and Ahrar were named.", 1880, []],
		["Thugs and Bushwhackers robbed travellers; the National Volunteers met.", 1990, []],
	])("%s", (...c) => check(c));
});
