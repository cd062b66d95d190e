/**
 * States and historical polities, hand-curated (see lexicon.ts for the line format). A generated table from the
 * `world-countries` package was measured and rejected: 705 KB minified in the bundle and ~50 ms to load, with no
 * plural demonyms ("Poles") and no historical polities; this table is a few kilobytes.
 *
 * One line per polity: canonical name, then its forms. `*` an adjective demonym (counts only where it stands for
 * the state: "French believed", "British policy"), `+` a people noun that always counts ("Poles"), `-` a prefix of
 * hyphenated compounds ("Anglo-French"), `=` a name that never matches in lower case, `@A:B` valid only when the
 * note's period overlaps the years A to B.
 */
export const STATES = `
Soviet Union|Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics|Soviet Russia|*Soviet|+Soviets|CCCP
Russia|*Russian|+Russians|Russian Empire|Tsarist Russia|Czarist Russia|Muscovy|Imperial Russia|Russian Federation|-Russo
Germany|*German|+Germans|Third Reich|Second Reich|German Reich|German Empire|Weimar Republic|Weimar Germany|Weimar government|Nazi Germany|Imperial Germany|Wilhelmine Germany|Reich
West Germany|FRG|Federal Republic of Germany|*West German|+West Germans
East Germany|GDR|German Democratic Republic|*East German|+East Germans
Prussia|*Prussian|+Prussians|Kingdom of Prussia|Brandenburg-Prussia
Austria|*Austrian|+Austrians|Austrian Empire|Archduchy of Austria|-Austro
Austria-Hungary|AustriaHungary|Austro-Hungarian Empire|Austro-Hungarian Monarchy|*Austro-Hungarian|Dual Monarchy
Habsburg Monarchy|Habsburg Empire|Hapsburg Empire|Habsburg Monarchy|Danubian Monarchy
Holy Roman Empire|HRE|H.R.E.|Holy Roman Empire of the German Nation
France|*French|+Frenchmen|+Frenchman|French Republic|French Empire|Second Empire|First Empire|Third Republic|Fourth Republic|Fifth Republic|Kingdom of France|Vichy France|Vichy regime|Free France|Old France|-Franco|Napoleonic France|Revolutionary France
United Kingdom|UK|U.K.|Britain|Great Britain|*British|+Britons|+Brits|United Kingdom of Great Britain and Ireland|Kingdom of Great Britain|British Empire|British government|-Anglo|Albion
England|*English|+Englishmen|+Englishman|Kingdom of England|Commonwealth of England
Scotland|*Scottish|+Scots|+Scotsmen|Kingdom of Scotland
Ireland|*Irish|+Irishmen|Irish Free State|Republic of Ireland|Eire
Wales|*Welsh|+Welshmen
United States|United States of America|US|U.S.|USA|U.S.A.|America@1776:9999|+Americans|*American|the States|-Americo
Canada|*Canadian|+Canadians
Mexico|*Mexican|+Mexicans
Cuba|*Cuban|+Cubans
Haiti|*Haitian|+Haitians|Saint-Domingue
Brazil|*Brazilian|+Brazilians
Argentina|*Argentine|*Argentinian|+Argentines|+Argentinians
Chile|=Chile|*Chilean|+Chileans
Peru|*Peruvian|+Peruvians
Colombia|*Colombian|+Colombians|Gran Colombia
Venezuela|*Venezuelan|+Venezuelans
Bolivia|*Bolivian|+Bolivians
Paraguay|*Paraguayan|+Paraguayans
Uruguay|*Uruguayan|+Uruguayans
Ecuador|*Ecuadorian|+Ecuadorians
Nicaragua|*Nicaraguan|+Nicaraguans
Guatemala|*Guatemalan|+Guatemalans
Panama|*Panamanian|+Panamanians
Confederate States|Confederacy|Confederate States of America|*Confederate|+Confederates
Japan|*Japanese|Empire of Japan|Imperial Japan|Japanese Empire|Tokugawa shogunate|Tokugawa Shogunate|Meiji Japan|Nippon
China|*Chinese|People's Republic of China|PRC|Republic of China|Qing China|Ming China|Communist China|Red China|Nationalist China|Qing dynasty|Qing Dynasty|Ming dynasty|Ming Dynasty|Qing Empire|Chinese Empire|-Sino
Taiwan|*Taiwanese|Formosa
Korea|*Korean|+Koreans|Joseon|Korean Empire
North Korea|DPRK|*North Korean|+North Koreans
South Korea|ROK|*South Korean|+South Koreans
Mongolia|*Mongolian|Mongol Empire|Mongol Khanate|Golden Horde
Manchukuo|Manchukuo
Vietnam|*Vietnamese|Viet Nam
North Vietnam|Democratic Republic of Vietnam|*North Vietnamese
South Vietnam|Republic of Vietnam|*South Vietnamese
Cambodia|*Cambodian|+Cambodians|Kampuchea
Laos|*Laotian|+Laotians
Thailand|*Thai|Siam|*Siamese
Burma|Myanmar|*Burmese
India|*Indian|British Raj|the Raj
Mughal Empire|Mughal India|+Mughals|*Mughal|Moghul Empire
Pakistan|*Pakistani|+Pakistanis
Bangladesh|*Bangladeshi
Afghanistan|*Afghan|+Afghans
Iran|Persia|*Persian|+Persians|*Iranian|+Iranians|Qajar Persia|Qajar Iran
Safavid Empire|Safavid Persia|+Safavids|*Safavid
Iraq|*Iraqi|+Iraqis|Mesopotamia@1920:9999
Syria|*Syrian|+Syrians
Lebanon|*Lebanese
Israel|*Israeli|+Israelis
Palestine|Mandatory Palestine
Jordan|=Jordan|Transjordan|*Jordanian|+Jordanians
Saudi Arabia|*Saudi|+Saudis
Egypt|*Egyptian|+Egyptians|United Arab Republic
Libya|*Libyan|+Libyans
Algeria|*Algerian|+Algerians
Morocco|*Moroccan|+Moroccans
Tunisia|*Tunisian|+Tunisians
Sudan|*Sudanese
Ethiopia|Abyssinia|*Ethiopian|+Ethiopians|*Abyssinian
South Africa|*South African|+South Africans|Union of South Africa|Transvaal|Orange Free State
Congo|Congo Free State|Belgian Congo|Zaire|*Congolese
Nigeria|*Nigerian|+Nigerians
Kenya|*Kenyan|+Kenyans
Ghana|*Ghanaian|Gold Coast
Rwanda|*Rwandan|+Rwandans
Zimbabwe|Rhodesia|*Rhodesian|+Rhodesians
Angola|*Angolan
Mozambique
Mali|Mali Empire
Songhai|Songhai Empire
Ottoman Empire|Ottoman Turkey|Sublime Porte|the Porte|+Ottomans|*Ottoman|Ottoman state|Ottoman Sultanate
Turkey|=Turkey|*Turkish|+Turks|Republic of Turkey
Byzantine Empire|Byzantium|Eastern Roman Empire|*Byzantine|+Byzantines
Roman Empire|Roman Republic|Western Roman Empire|Ancient Rome|+Romans@-800:600
Carthage|*Carthaginian|+Carthaginians
Parthian Empire|Parthia|*Parthian|+Parthians
Athens|Athens@-1000:300|*Athenian@-1000:300|+Athenians@-1000:300
Sparta|*Spartan|+Spartans
Macedon|Macedon|Macedonia@-900:-100|*Macedonian@-900:-100|+Macedonians@-900:-100
Greece|*Greek|+Greeks|Hellenic Republic
Italy|*Italian|+Italians|Kingdom of Italy|Fascist Italy|Italian Republic|-Italo
Piedmont-Sardinia|Kingdom of Sardinia|Sardinia-Piedmont|Piedmont|*Piedmontese
Papal States|Papal State
Venice|Republic of Venice|Venetian Republic|*Venetian|+Venetians
Genoa|Republic of Genoa|*Genoese
Florence|Republic of Florence|Florentine Republic|*Florentine|+Florentines
Milan|Duchy of Milan
Naples|Kingdom of Naples|Kingdom of the Two Sicilies|Two Sicilies|*Neapolitan
Savoy|Duchy of Savoy|*Savoyard
Spain|*Spanish|+Spaniards|+Spaniard|Kingdom of Spain|Spanish Empire|Francoist Spain|Habsburg Spain|Spanish Crown|Spanish monarchy|Castile|*Castilian|+Castilians|Crown of Castile|Aragon|Crown of Aragon|*Aragonese|-Hispano
Portugal|*Portuguese|Kingdom of Portugal|Portuguese Empire|-Luso
Navarre|Kingdom of Navarre|*Navarrese
Netherlands|the Netherlands|*Dutch|+Dutchmen|Holland|Dutch Republic|United Provinces|Republic of the Seven United Provinces|Kingdom of the Netherlands
Belgium|*Belgian|+Belgians
Luxembourg
Switzerland|*Swiss|Swiss Confederation|Old Swiss Confederacy
Sweden|*Swedish|+Swedes|Swedish Empire|Kingdom of Sweden
Denmark|*Danish|+Danes|Denmark-Norway|Kingdom of Denmark
Norway|*Norwegian|+Norwegians
Finland|*Finnish|+Finns
Iceland|*Icelandic|+Icelanders
Poland|*Polish|+Poles|+Pole|Polish-Lithuanian Commonwealth|Poland-Lithuania|Kingdom of Poland|Second Polish Republic|Congress Poland|Duchy of Warsaw
Lithuania|*Lithuanian|+Lithuanians|Grand Duchy of Lithuania
Latvia|*Latvian|+Latvians
Estonia|*Estonian|+Estonians
Ukraine|*Ukrainian|+Ukrainians|the Ukraine|Ukrainian SSR
Belarus|Byelorussia|Belorussia|*Belarusian|+Belarusians
Kievan Rus'|Kievan Rus|Kyivan Rus
Novgorod|Novgorod Republic
Hungary|*Hungarian|+Hungarians|Kingdom of Hungary
Czechoslovakia|*Czechoslovak|+Czechoslovaks|*Czech|+Czechs|Czech Republic
Slovakia|*Slovak|+Slovaks
Bohemia|*Bohemian|+Bohemians|Kingdom of Bohemia
Moravia
Yugoslavia|*Yugoslav|+Yugoslavs|Kingdom of Yugoslavia
Serbia|*Serbian|+Serbs|+Serbians|Kingdom of Serbia
Croatia|*Croatian|+Croats|+Croatians
Slovenia|*Slovenian|+Slovenes
Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina|*Bosnian|+Bosnians
Montenegro|*Montenegrin
Albania|*Albanian|+Albanians
Romania|Rumania|*Romanian|+Romanians|Wallachia|Moldavia
Bulgaria|*Bulgarian|+Bulgarians
Armenia|Armenia@1918:9999|Republic of Armenia
Georgia|=Georgia@1918:9999
Azerbaijan
Kazakhstan
Uzbekistan
Bavaria|*Bavarian|+Bavarians|Kingdom of Bavaria|Duchy of Bavaria|Electorate of Bavaria
Saxony|*Saxon@1000:1950|Electorate of Saxony|Kingdom of Saxony
Hanover|Electorate of Hanover|Kingdom of Hanover
Württemberg|Wurttemberg
Palatinate|Electoral Palatinate|the Palatinate|Pfalz
Brandenburg|Electorate of Brandenburg
Burgundy|*Burgundian|+Burgundians|Duchy of Burgundy|Burgundian State
Brittany|Duchy of Brittany
Flanders|County of Flanders
Alsace-Lorraine
Philippines|the Philippines|*Filipino|+Filipinos|*Philippine
Indonesia|*Indonesian|+Indonesians
Malaysia|Malaya|*Malaysian
Singapore
Australia|*Australian|+Australians
New Zealand|*New Zealander|+New Zealanders
Tibet|*Tibetan
Hawaii|Kingdom of Hawaii
Aztec Empire|Triple Alliance of Tenochtitlan|Mexica Empire
Inca Empire|Tawantinsuyu|Incan Empire
Abbasid Caliphate|+Abbasids|*Abbasid
Umayyad Caliphate|+Umayyads|*Umayyad
Fatimid Caliphate|+Fatimids|*Fatimid
Mamluk Sultanate|+Mamluks|+Mameluks
Timurid Empire|+Timurids
Zulu Kingdom|Zululand
Kongo|Kingdom of Kongo
Carolingian Empire|Frankish Empire
German Confederation
North German Confederation
Confederation of the Rhine
`;

/**
 * When the note's period (the middle of its dates) falls inside the years given, an entity is named for the polity
 * of that period: "Russia" in a note on 1917–1991 is the Soviet Union, "Britain" before 1707 is England.
 */
export const PERIOD_RENAMES: readonly (readonly [string, string, number, number])[] = [
	["Russia", "Soviet Union", 1917, 1991],
	["Soviet Union", "Russia", 1992, 9999],
	["United Kingdom", "England", -9999, 1706],
	["Turkey", "Ottoman Empire", -9999, 1922],
	["Ottoman Empire", "Turkey", 1923, 9999],
	["Iran", "Persia", -9999, 1934],
	["Habsburg Monarchy", "Austria-Hungary", 1867, 1918],
	["Parliament", "Parliament of England", -9999, 1706],
	["Parliament", "Parliament of Great Britain", 1707, 1800],
	["Parliament", "Parliament of the United Kingdom", 1801, 9999],
	["Austria", "Austria-Hungary", 1867, 1918],
];
