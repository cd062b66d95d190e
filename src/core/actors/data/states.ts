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
Kingdom of Kazembe|Kazembe@1740:1900
Kénédougou|Kenedougou|Kénédougou Kingdom
Sultanate of Shewa|Shewa Sultanate
Geledi Sultanate|Sultanate of Geledi|Geledi@1690:1910
Majeerteen Sultanate|Sultanate of Majeerteen|Migiurtinia
Colony of Senegal|=Colony of Senegal|French Senegal
Spanish Sahara|Río de Oro
Hammadid dynasty|+Hammadids|Hammadid state
Germiyanids|Beylik of Germiyan|Germiyan@1300:1429
Aydinids|Beylik of Aydin|Aydınids|Aydin@1308:1426
Saruhanids|Beylik of Saruhan|Saruhan@1300:1410
Menteshe|Beylik of Menteshe|Menteşe
Candarids|Isfendiyarids|Beylik of Candar|Candar@1291:1461
Ramadanids|Beylik of Ramadan
Karasids|Beylik of Karasi|Karasi@1297:1360
Eretnids|Eretnid Beylik
Aden Colony|=Colony of Aden|Aden Protectorate|British Aden
Zaydi Imamate|Imamate of Yemen|Zaydi state
Sulayhid dynasty|+Sulayhids
Emirate of Mount Lebanon
Kalachuri dynasty|+Kalachuris
Koch dynasty|Koch Kingdom|Koch Bihar|Cooch Behar State
Bikaner State|Kingdom of Bikaner|Bikaner@1465:1947
Jaisalmer State|Kingdom of Jaisalmer|Jaisalmer@1156:1947
Bundi State
Kota State
Rohilkhand
Rampur State
Khairpur State|Khairpur@1775:1955
Kingdom of Sitawaka|Sitawaka
Dutch Ceylon
Portuguese Ceylon
French India|Établissements français de l'Inde|French Pondicherry
Danish India|Danish Tranquebar
Dutch Coromandel
Dutch Malabar
Kingdom of Tekrur|Tekrur|Takrur|Kingdom of Takrur
Kingdom of Bundu|Bundu@1690:1858
Kingdom of Khasso|Khasso
Kingdom of Mamprugu|Mamprugu
Borgu|Borgu Kingdom|Bussa Kingdom
Ijebu Kingdom|Kingdom of Ijebu
Kalabari Kingdom|Elem Kalabari
Old Calabar
Igala Kingdom|Kingdom of Igala
Mandara Kingdom|Kingdom of Mandara|Sultanate of Mandara
Sultanate of Aïr|Sultanate of Agadez|Agadez Sultanate|Sultanate of Air
Daju Kingdom
Tunjur Kingdom
Kingdom of Taqali|Taqali
Kingdom of Ennarea|Ennarea|Enarya
Kingdom of Damot|Damot@1000:1600
Kingdom of Gojjam|Gojjam@1700:1932
Kingdom of Semien|Semien@1000:1700
Dʿmt|D'mt|Kingdom of D'mt|Kingdom of Dʿmt
Medri Bahri|Kingdom of Medri Bahri
Sultanate of Aussa|Aussa Sultanate|Aussa@1734:1936
Hobyo Sultanate|Sultanate of Hobyo|Obbia Sultanate|Hobyo@1878:1925
Isaaq Sultanate
Warsangali Sultanate
Boina Kingdom|Sakalava Kingdom
Busoga|Busoga Kingdom
Unyanyembe
Griqualand East
Stellaland|Republic of Stellaland
Nieuwe Republiek|=New Republic@1884:1888
Thembuland|Thembu Kingdom
Mangbetu Kingdom
Sultanate of Witu|Wituland|Witu@1858:1923|Swahililand
Angoche Sultanate|Sultanate of Angoche|Angoche@1485:1910
Niger Coast Protectorate|Oil Rivers Protectorate
Sierra Leone Colony|Province of Freedom|=Colony of Sierra Leone
Gambia Colony|=Colony of the Gambia|Gambia Colony and Protectorate
Ubangi-Shari|Oubangui-Chari
Middle Congo|Moyen-Congo
French Congo|Congo français
Lado Enclave
Ashanti Colony|=Colony of Ashanti
Sumer
Old Babylonian Empire|Old Babylonian Kingdom
Kingdom of Israel|=Northern Kingdom@-930:-720
Characene|Kingdom of Characene|Mesene
Hatra|Kingdom of Hatra
Bavand dynasty|+Bavandids
Sajid dynasty|+Sajids
Chobanid dynasty|+Chobanids
Nizari Ismaili state|Alamut state|Nizari state
Emirate of Soran|Soran Emirate|Soran@1399:1835
Baban Emirate|Emirate of Baban|Baban@1649:1850
Emirate of Botan|Bohtan Emirate|Botan Emirate|Botan@1330:1847
Ardalan Emirate|Emirate of Ardalan|Ardalan@1300:1867
Emirate of Bitlis|Bitlis Emirate
Mamluk dynasty of Iraq|Mamluk Iraq|Georgian Mamluks of Iraq
Damascus Eyalet|Eyalet of Damascus
Baghdad Eyalet|Eyalet of Baghdad
Mosul Vilayet|Vilayet of Mosul|Mosul Eyalet
Basra Vilayet|Basra Eyalet
Aleppo Eyalet|Aleppo Vilayet
Sidon Eyalet|Eyalet of Sidon
Syria Vilayet|Vilayet of Syria
Beirut Vilayet
Mutasarrifate of Jerusalem
Emirate of Asir|Idrisid Emirate of Asir
Kathiri Sultanate|Kathiri State|Kathiri@1395:1967
Qu'aiti Sultanate|Qu'aiti State|Qu'aiti@1858:1967
Sultanate of Lahej|Lahej Sultanate|Lahej@1728:1967
Federation of South Arabia
Imamate of Oman
Sanjak of Alexandretta
State of Aleppo
State of Damascus
All-Palestine Government|All-Palestine Protectorate
Arab Federation|Arab Federation of Iraq and Jordan
Oghuz Yabgu State|Oghuz Yabgu
Cuman–Kipchak Confederation|Cuman-Kipchak Confederation|Cumania
Turgesh Khaganate|+Turgesh
Karluk Yabgu
Kimek Khanate|+Kimeks
Afrighid dynasty|+Afrighids
Kokand Autonomy|Turkestan Autonomy
Senior Zhuz|Elder Zhuz|Great Zhuz
Middle Zhuz
Junior Zhuz|Younger Zhuz|Little Horde
Bukey Horde|Inner Horde|Bukey Khanate
Kalmyk Khanate
Yettishar|Kashgaria@1865:1877|Emirate of Kashgar|Kingdom of Kashgar|Kingdom of Kashgaria
Emirate of Herat
Gandhara|Kingdom of Gandhara
Panchala|Kingdom of Panchala
Kashi Kingdom|Kingdom of Kashi
Anga Kingdom|Anga@-1000:-500
Kingdom of Vatsa
Malla republic|Malla@-600:-350
Kamboja Kingdom
Shakya republic|+Shakyas
Kadamba dynasty|+Kadambas
Western Ganga dynasty|Western Gangas
Maitraka dynasty|+Maitrakas
Utpala dynasty
Lohara dynasty
Tomara dynasty|+Tomaras
Somavamshi dynasty
Reddy Kingdom|Reddi Kingdom|Reddy dynasty
Musunuri Nayakas
Kolathunadu|Kolathiri
Venad|Kingdom of Venad
Pudukkottai State|Pudukkottai@1680:1948
Ramnad Estate|Ramnad Kingdom
Langah Sultanate|Multan Sultanate|Sultanate of Multan|Langah@1445:1540
Samma dynasty|+Sammas
Soomra dynasty|+Soomras
Arghun dynasty
Tarkhan dynasty
Kalhora dynasty|+Kalhoras
Orchha State|Kingdom of Orchha|Orchha@1531:1950
Nabha State|Nabha@1763:1947
Jind State|Jind@1763:1948
Kapurthala State|Kapurthala@1772:1947
Phulkian States|Phulkian Misl
Kolhapur State|Kolhapur@1710:1949
Dhar State
Dewas State|Dewas@1728:1948
Janjira State|Janjira@1489:1948
Kingdom of Kathmandu|Kantipur
Kingdom of Patan|Kingdom of Lalitpur
Kingdom of Bhaktapur
Licchavi Kingdom
Soviet Union|Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics|Soviet Russia|*Soviet|+Soviets|CCCP
Russia|*Russian|+Russians|Russ.|Russian Empire|Tsarist Russia|Czarist Russia|Muscovy|Tsardom of Russia|Imperial Russia|Russian Federation|-Russo
Germany|*German|+Germans|Ger.|Third Reich|Second Reich|German Reich|German Empire|Weimar Republic|Weimar Germany|Weimar government|Nazi Germany|Imperial Germany|Wilhelmine Germany|Reich
West Germany|FRG|Federal Republic of Germany|*West German|+West Germans
East Germany|GDR|German Democratic Republic|*East German|+East Germans
Prussia|*Prussian|+Prussians|Kingdom of Prussia|Free State of Prussia|Brandenburg-Prussia
Austria|*Austrian|+Austrians|Austrian Empire|Archduchy of Austria|-Austro|Cisleithania|Duchy of Austria
Austria-Hungary|AustriaHungary|A-H|Austro-Hungarian Empire|Austro-Hungarian Monarchy|*Austro-Hungarian|Dual Monarchy@1850:1950
Habsburg Monarchy|Habsburg Empire|Hapsburg Empire|Habsburg Monarchy|Danubian Monarchy
Holy Roman Empire|HRE|H.R.E.|Holy Roman Empire of the German Nation|the Empire@962:1806|Reich@962:1806
France|*French|+Frenchmen|+Frenchman|French Republic|French First Republic|First French Republic|French First Empire|First French Empire|First Republic@1792:1804|French Empire|Second Empire|First Empire|Third Republic|Fourth Republic|Fifth Republic|Kingdom of France|Vichy France|Vichy regime|Free France|Old France|-Franco|Napoleonic France|Revolutionary France|French Second Republic|Second French Republic|Second Republic@1848:1852|Second French Empire|Liberal Empire@1860:1870|Authoritarian Empire@1852:1860|July Monarchy|Bourbon Restoration
United Kingdom|UK|U.K.|Brit.|Britain|Great Britain|*British|+Britons|+Brits|United Kingdom of Great Britain and Ireland|Kingdom of Great Britain|British Empire|British government|-Anglo|Albion
England|*English|+Englishmen|+Englishman|Kingdom of England|Commonwealth of England|=Protectorate@1653:1659
Scotland|*Scottish|+Scots|+Scotsmen|Kingdom of Scotland
Ireland|*Irish|+Irishmen|Irish Free State|Republic of Ireland|Eire
Wales|*Welsh|+Welshmen
United States|United States of America|US|U.S.|USA|U.S.A.|=Union@1861:1865|America@1776:9999|+Americans|*American|the States|-Americo
Canada|*Canadian|+Canadians|Dominion of Canada
Mexico|*Mexican|+Mexicans|First Mexican Empire|Mexican Empire|Second Mexican Empire|Empire of Mexico
Cuba|*Cuban|+Cubans
Haiti|*Haitian|+Haitians|Saint-Domingue|State of Haiti|Kingdom of Haiti|Empire of Haiti|First Empire of Haiti|Republic of Haiti
Brazil|*Brazilian|+Brazilians|Empire of Brazil|Brazilian Empire|Kingdom of Brazil
Argentina|*Argentine|*Argentinian|+Argentines|+Argentinians|National Reorganization Process|Process of National Reorganization
United Provinces of the Río de la Plata|United Provinces of the Rio de la Plata|United Provinces of the River Plate|United Provinces of South America|United Provinces@1816:1831
Chile|=Chile|*Chilean|+Chileans
Peru|*Peruvian|+Peruvians
Colombia|*Colombian|+Colombians
Gran Colombia|Greater Colombia
United Provinces of New Granada
Venezuela|*Venezuelan|+Venezuelans|First Republic of Venezuela|Second Republic of Venezuela|Third Republic of Venezuela
Bolivia|*Bolivian|+Bolivians
Paraguay|*Paraguayan|+Paraguayans
Uruguay|*Uruguayan|+Uruguayans
Ecuador|*Ecuadorian|+Ecuadorians
Nicaragua|*Nicaraguan|+Nicaraguans
Guatemala|*Guatemalan|+Guatemalans
Panama|*Panamanian|+Panamanians
Confederate States|=Confederacy|Confederate States of America|*Confederate|+Confederates@1840:1920
Japan|*Japanese|Empire of Japan|Imperial Japan|Japanese Empire|Tokugawa shogunate|Tokugawa Shogunate|Meiji Japan|Nippon|Ashikaga shogunate|Kamakura shogunate|Edo shogunate|Tokugawa bakufu
China|*Chinese|People's Republic of China|PRC|Republic of China|Qing China|Ming China|Communist China|Red China|Nationalist China|Qing dynasty|Qing Dynasty|Ming dynasty|Ming Dynasty|Qing Empire|Chinese Empire|-Sino|the Qing@1636:1912|*Qing@1636:1912|the Ming@1368:1644|*Ming@1368:1644
Taiwan|*Taiwanese|Formosa
Korea|*Korean|+Koreans|Joseon|Korean Empire|Chosŏn|Choson@1392:1897
North Korea|DPRK|Democratic People's Republic of Korea|*North Korean|+North Koreans
South Korea|ROK|Republic of Korea@1948:9999|*South Korean|+South Koreans
Mongolia|*Mongolian|Mongolian People's Republic
Mongol Empire|Mongol Khanate|Great Mongol State|Yeke Mongghol Ulus
Manchukuo|Manchukuo
Chinese Soviet Republic|Jiangxi Soviet|Chinese Soviet Republic
Vietnam|*Vietnamese|Viet Nam|Đại Việt|Dai Viet|Đại Nam|Dai Nam
North Vietnam|Democratic Republic of Vietnam|*North Vietnamese
South Vietnam|Republic of Vietnam|*South Vietnamese
Cambodia|*Cambodian|+Cambodians|Kampuchea|Democratic Kampuchea|People's Republic of Kampuchea|Khmer Republic
Laos|*Laotian|+Laotians
Thailand|*Thai|Siam|*Siamese
Burma|Myanmar|*Burmese|Union of Burma|Socialist Republic of the Union of Burma|Union of Myanmar|Kingdom of Burma|Taungoo Burma|Toungoo Burma|Konbaung Burma|Upper Burma@1852:1885
India|*Indian|British Raj|the Raj|Dominion of India
Mughal Empire|Mughal India|+Mughals|*Mughal|Moghul Empire
Pakistan|*Pakistani|+Pakistanis|Dominion of Pakistan|Islamic Republic of Pakistan
Bangladesh|*Bangladeshi
Afghanistan|*Afghan|+Afghans|Democratic Republic of Afghanistan|Kingdom of Afghanistan|DRA@1978:1992|Republic of Afghanistan|Islamic State of Afghanistan|Emirate of Afghanistan
East Pakistan|*East Pakistani|+East Pakistanis
West Pakistan|*West Pakistani|+West Pakistanis
Islamic Emirate of Afghanistan
United States of Indonesia|RUSI@1949:1950
Korean People's Republic|People's Republic of Korea@1945:1946
Iran|Persia|*Persian|+Persians|*Iranian|+Iranians|Qajar Persia|Qajar Iran|Pahlavi Iran|Imperial State of Iran|Islamic Republic of Iran
Safavid Empire|Safavid Persia|+Safavids|*Safavid
Iraq|*Iraqi|+Iraqis|Mesopotamia@1920:9999|Kingdom of Iraq|Hashemite Iraq|Mandatory Iraq|British Mandate of Mesopotamia|Republic of Iraq|Ba'athist Iraq
Syria|*Syrian|+Syrians|Syrian Arab Republic|Syrian Republic|Ba'athist Syria
Lebanon|*Lebanese|Greater Lebanon|State of Greater Lebanon|Lebanese Republic
Israel|*Israeli|+Israelis
Palestine|Mandatory Palestine|Mandate Palestine|British Mandate for Palestine|British Palestine|Palestine Mandate
Jordan|=Jordan|Transjordan|Emirate of Transjordan|Hashemite Kingdom of Jordan|*Jordanian|+Jordanians|Trans-Jordan|Emirate of Trans-Jordan
Saudi Arabia|*Saudi|+Saudis
Egypt|*Egyptian|+Egyptians|United Arab Republic|Kingdom of Egypt|Arab Republic of Egypt|Khedivate of Egypt|Khedivate@1867:1914|Sultanate of Egypt|Eyalet of Egypt|Ottoman Egypt|Ancient Egypt|Pharaonic Egypt
Libya|*Libyan|+Libyans|Kingdom of Libya|United Kingdom of Libya
Algeria|*Algerian|+Algerians
Morocco|*Moroccan|+Moroccans|Sultanate of Morocco|Alaouite Sultanate|Sharifian Empire|Alaouite Morocco
Tunisia|*Tunisian|+Tunisians
Sudan|*Sudanese|Anglo-Egyptian Sudan|Republic of the Sudan|Democratic Republic of the Sudan|Anglo-Egyptian Condominium
Ethiopia|Abyssinia|*Ethiopian|+Ethiopians|*Abyssinian|Ethiopian Empire|People's Democratic Republic of Ethiopia
South Africa|*South African|+South Africans|Union of South Africa
Congo|Congo Free State|Belgian Congo|Zaire|*Congolese|Republic of Zaire|Congo-Léopoldville|Congo-Leopoldville|Congo-Kinshasa|Democratic Republic of the Congo|DRC|DR Congo|État indépendant du Congo|Independent State of the Congo|Congo Belge
Nigeria|*Nigerian|+Nigerians|Colony and Protectorate of Nigeria|British Nigeria|Colonial Nigeria
Kenya|*Kenyan|+Kenyans
Ghana|*Ghanaian|Gold Coast
Rwanda|*Rwandan|+Rwandans|Kingdom of Rwanda|Rwanda Kingdom
Zimbabwe|Rhodesia|*Rhodesian|+Rhodesians|Southern Rhodesia|Republic of Rhodesia
Angola|*Angolan|+Angolans|People's Republic of Angola|Portuguese West Africa|Portuguese Angola
Mozambique|*Mozambican|+Mozambicans|People's Republic of Mozambique|Portuguese East Africa|Portuguese Mozambique
Mali|Mali Empire
Songhai|Songhai Empire
Ottoman Empire|Ottoman Turkey|Sublime Porte|the Porte|+Ottomans|*Ottoman|Ottoman state|Ottoman Sultanate
Turkey|=Turkey|*Turkish|+Turks|Republic of Turkey
Byzantine Empire|Byzantium|Eastern Roman Empire|*Byzantine|+Byzantines
Roman Empire|Western Roman Empire|Ancient Rome|Imperial Rome|Rome@-800:476|+Romans@-800:600
Roman Republic|Republican Rome
Carthage|*Carthaginian|+Carthaginians
Parthian Empire|Parthia|*Parthian|+Parthians|Arsacid Empire
Athens|Athens@-1000:300|*Athenian@-1000:300|+Athenians@-1000:300|=Athenian Empire@-478:-404
Sparta|*Spartan|+Spartans|Lacedaemon@-900:-146|+Lacedaemonians@-900:-146|*Lacedaemonian@-900:-146
Macedon|Macedon|Macedonia@-900:-100|*Macedonian@-900:-100|+Macedonians@-900:-100
Greece|*Greek|+Greeks|Hellenic Republic|Kingdom of Greece|Second Hellenic Republic|Hellenic State@1941:1944
Italy|*Italian|+Italians|Kingdom of Italy|Fascist Italy|Italian Republic|-Italo
Piedmont-Sardinia|Kingdom of Sardinia|Sardinia-Piedmont|Piedmont|*Piedmontese|Sardinia@1720:1861|*Sardinian@1720:1861
Papal States|Papal State
Venice|Republic of Venice|Venetian Republic|*Venetian|+Venetians
Genoa|Republic of Genoa|*Genoese
Florence|Republic of Florence|Florentine Republic|*Florentine|+Florentines
Milan|Duchy of Milan
Naples|Kingdom of Naples|Kingdom of the Two Sicilies|Two Sicilies|Naples@1282:1861|*Neapolitan@1282:1861
Duchy of Naples|Naples@661:1137|*Neapolitan@661:1137
Savoy|Duchy of Savoy|*Savoyard
Spain|*Spanish|+Spaniards|+Spaniard|Kingdom of Spain|Spanish Empire|Francoist Spain|Habsburg Spain|Spanish Crown|Spanish monarchy|Castile|*Castilian|+Castilians|Crown of Castile|Aragon|Crown of Aragon|*Aragonese|-Hispano
Portugal|*Portuguese|Kingdom of Portugal|Portuguese Empire|-Luso|Estado Novo@1946:1974
Navarre|Kingdom of Navarre|*Navarrese|Kingdom of Pamplona
Netherlands|the Netherlands|*Dutch|+Dutchmen|Holland|Dutch Republic|United Provinces@1579:1795|Republic of the Seven United Provinces|Kingdom of the Netherlands
Belgium|*Belgian|+Belgians
Luxembourg|County of Luxembourg|Duchy of Luxembourg
Switzerland|*Swiss|Swiss Confederation|Old Swiss Confederacy
Sweden|*Swedish|+Swedes|Swedish Empire|Kingdom of Sweden
Denmark|*Danish|+Danes|Denmark-Norway|Kingdom of Denmark
Norway|*Norwegian|+Norwegians|Kingdom of Norway
Finland|*Finnish|+Finns|Grand Duchy of Finland
Iceland|*Icelandic|+Icelanders
Poland|*Polish|+Poles|+Pole|Polish-Lithuanian Commonwealth|Poland-Lithuania|Kingdom of Poland|Second Polish Republic|Congress Poland|Duchy of Warsaw|Polish People's Republic|People's Poland|PRL@1952:1989
Lithuania|*Lithuanian|+Lithuanians|Grand Duchy of Lithuania|Lithuanian SSR
Latvia|*Latvian|+Latvians|Latvian SSR
Estonia|*Estonian|+Estonians|Estonian SSR
Ukraine|*Ukrainian|+Ukrainians|the Ukraine|Ukrainian SSR
Belarus|Byelorussia|Belorussia|*Belarusian|+Belarusians|Byelorussian SSR|Belorussian SSR|Byelorussian Soviet Socialist Republic
Kievan Rus'|Kievan Rus|Kyivan Rus|Rus'@860:1240
Novgorod|Novgorod Republic|+Novgorodians
Hungary|*Hungarian|+Hungarians|Kingdom of Hungary|Transleithania|Principality of Hungary|Grand Principality of Hungary|Hungarian People's Republic|People's Republic of Hungary
Czechoslovakia|*Czechoslovak|+Czechoslovaks|*Czech|+Czechs|Czech Republic|Czechoslovak Socialist Republic|ČSSR
Slovakia|*Slovak|+Slovaks
Bohemia|*Bohemian|+Bohemians|Kingdom of Bohemia|Duchy of Bohemia
Moravia
Yugoslavia|*Yugoslav|+Yugoslavs|Kingdom of Yugoslavia|Kingdom of SHS|Socialist Federal Republic of Yugoslavia|SFRY|SFR Yugoslavia|Federal People's Republic of Yugoslavia
Serbia|*Serbian|*Serb|+Serbs|+Serbians|Kingdom of Serbia|Principality of Serbia|Serbian Empire|Grand Principality of Serbia|Rascia|Raška@1090:1217|Socialist Republic of Serbia|SR Serbia
Croatia|*Croatian|*Croat|+Croats|+Croatians|Croatia-Slavonia|Kingdom of Croatia-Slavonia|Socialist Republic of Croatia|SR Croatia
Slovenia|*Slovenian|*Slovene|+Slovenes|Socialist Republic of Slovenia|SR Slovenia
Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina|*Bosnian|+Bosnians|Socialist Republic of Bosnia and Herzegovina|SR Bosnia and Herzegovina|Republic of Bosnia and Herzegovina
Montenegro|*Montenegrin|+Montenegrins|Principality of Montenegro|Kingdom of Montenegro|Socialist Republic of Montenegro|SR Montenegro
Albania|*Albanian|+Albanians|People's Socialist Republic of Albania|People's Republic of Albania
Romania|Rumania|*Romanian|+Romanians|United Principalities@1859:1866|Kingdom of Romania|Greater Romania|National Legionary State|Romanian People's Republic|Socialist Republic of Romania
Bulgaria|*Bulgarian|+Bulgarians|Second Bulgarian Empire|First Bulgarian Empire|Danube Bulgaria|Principality of Bulgaria|Tsardom of Bulgaria|Kingdom of Bulgaria|People's Republic of Bulgaria|Bulgarian People's Republic
Armenia|Armenia@1918:9999|Republic of Armenia|First Republic of Armenia|Armenian SSR
Georgia|=Georgia@1918:9999|Democratic Republic of Georgia|Georgian SSR|+Georgians@1985:2008
Azerbaijan|Azerbaijan Democratic Republic|Azerbaijan SSR|*Azerbaijani|+Azerbaijanis|+Azeris|Azerbaijani Democratic Republic
Kazakhstan|Kazakh SSR|Kazakh Soviet Socialist Republic
Uzbekistan|Uzbek SSR|Uzbek Soviet Socialist Republic
Bavaria|*Bavarian|+Bavarians|Kingdom of Bavaria|Free State of Bavaria|Duchy of Bavaria|Electorate of Bavaria
Saxony|*Saxon@1000:1950|+Saxons@1000:1950|Electorate of Saxony|Kingdom of Saxony|Free State of Saxony
Hanover|Electorate of Hanover|Kingdom of Hanover
Württemberg|Wurttemberg|Kingdom of Württemberg|Duchy of Württemberg
Palatinate|Electoral Palatinate|the Palatinate|Pfalz
Brandenburg|Electorate of Brandenburg|Margraviate of Brandenburg|March of Brandenburg
Burgundy|*Burgundian|+Burgundians|Duchy of Burgundy|Burgundian State
Brittany|Duchy of Brittany
Flanders|County of Flanders
Alsace-Lorraine
Philippines|the Philippines|*Filipino|+Filipinos|*Philippine|Commonwealth of the Philippines|Republic of the Philippines
Indonesia|*Indonesian|+Indonesians|Republic of Indonesia|=New Order@1966:1998
Malaysia|Malaya|*Malaysian|Federation of Malaya
Singapore|*Singaporean|+Singaporeans|State of Singapore|Republic of Singapore
Australia|*Australian|+Australians|Commonwealth of Australia
New Zealand|*New Zealander|+New Zealanders|Colony of New Zealand
Tibet|*Tibetan
Hawaii|Kingdom of Hawaii
Aztec Empire|Triple Alliance of Tenochtitlan|Mexica Empire|Aztec Triple Alliance
Inca Empire|Tawantinsuyu|Incan Empire
Abbasid Caliphate|+Abbasids|*Abbasid
Umayyad Caliphate|+Umayyads|*Umayyad|Umayyad Empire
Fatimid Caliphate|+Fatimids|*Fatimid|Fatimid Egypt
Mamluk Sultanate|+Mamluks|+Mameluks|Mamluk Egypt|Mamluk Sultanate of Cairo
Timurid Empire|+Timurids|*Timurid|Timurid dynasty
Zulu Kingdom|Zululand
Kongo|Kingdom of Kongo|Kongo Kingdom
Carolingian Empire|Frankish Empire
German Confederation
North German Confederation
Confederation of the Rhine
Achaemenid Empire|Achaemenid Persia|Persian Empire@-560:-330|+Achaemenids|*Achaemenid|First Persian Empire
Sasanian Empire|Sassanid Empire|Sasanian Persia|Sassanian Empire|+Sasanians|+Sassanids|*Sasanian|*Sassanid|Persia@224:651|+Persians@224:651|*Persian@224:651|Sassanian Persia|Sassanid Persia
Seleucid Empire|+Seleucids|*Seleucid|Seleucid Kingdom
Ptolemaic Kingdom|Ptolemaic Egypt|+Ptolemies|Ptolemaic Empire
Babylonia|Babylonian Empire|Neo-Babylonian Empire|*Babylonian@-2000:-539|+Babylonians@-2000:-539|+Chaldeans@-700:-539|Chaldean Empire|Neo-Babylonian Kingdom
Assyria|Assyrian Empire|Neo-Assyrian Empire|*Assyrian@-2500:-600|+Assyrians@-2500:-600
Hittite Empire|+Hittites|*Hittite|Hatti|Hittite kingdom|New Hittite Kingdom
Kingdom of Kush|Kush|Kushite Kingdom|*Kushite|+Kushites|Kingdom of Meroë|Kingdom of Meroe|Meroitic Kingdom
Kingdom of Aksum|Aksum|Axum|Aksumite Empire|*Aksumite|*Axumite|Kingdom of Axum
Maurya Empire|Mauryan Empire|*Mauryan|+Mauryas
Gupta Empire|+Guptas|*Gupta@300:550
Corinth|Corinth@-800:-146|*Corinthian@-800:-146|+Corinthians@-800:-146
Thebes|Thebes@-750:-335|*Theban@-750:-335|+Thebans@-750:-335
Megara|*Megarian@-700:-300|+Megarians@-700:-300
Corcyra|*Corcyraean|+Corcyraeans|*Corcyrean|+Corcyreans
Argos|Argos@-800:-146|*Argive@-800:-146|+Argives@-800:-146
Syracuse|Syracuse@-734:-212|*Syracusan|+Syracusans
Miletus|*Milesian@-700:-400|+Milesians@-700:-400
Melos|*Melian@-500:-400|+Melians@-500:-400
Plataea|*Plataean|+Plataeans
Mytilene|*Mytilenean|+Mytileneans
Boeotia|Boeotian League|*Boeotian@-700:-300|+Boeotians@-700:-300
Aegina|*Aeginetan|+Aeginetans
Rashidun Caliphate|Rashidun
Caliphate of Córdoba|Caliphate of Cordoba|Emirate of Córdoba|Emirate of Cordoba|al-Andalus|Al-Andalus|Cordoban Caliphate
Emirate of Granada|Nasrid Kingdom of Granada|Kingdom of Granada|Granada@1230:1492|+Nasrids|Nasrid dynasty|*Nasrid
Seljuk Empire|Great Seljuk Empire|+Seljuks|+Seljuk Turks|Seljuq Empire|+Seljuqs
Sultanate of Rum|Seljuk Sultanate of Rum|Sultanate of Rûm|+Seljuks of Rum|+Rum Seljuks
Ayyubid Sultanate|Ayyubid dynasty|Ayyubid Dynasty|+Ayyubids|*Ayyubid|Ayyubid Egypt
Delhi Sultanate|Sultanate of Delhi
Ilkhanate|Il-Khanate|Ilkhanid Empire|+Ilkhanids|*Ilkhanid
Chagatai Khanate|Chagatai Ulus
Crimean Khanate|Khanate of Crimea|Crimea@1441:1783
Kingdom of Jerusalem|Latin Kingdom of Jerusalem|Crusader Kingdom of Jerusalem
County of Edessa|Edessa@1098:1144
Principality of Antioch|Antioch@1098:1268
County of Tripoli
Latin Empire|Latin Empire of Constantinople
Wessex|Kingdom of Wessex|+West Saxons
Mercia|Kingdom of Mercia|+Mercians
Northumbria|Kingdom of Northumbria|+Northumbrians
Duchy of Normandy|Normandy@911:1469
Duchy of Aquitaine|Aquitaine@602:1453
West Francia|Kingdom of the West Franks
East Francia|Kingdom of the East Franks
Kingdom of Sicily|Sicily@1130:1816
Grand Duchy of Tuscany|Tuscany@1569:1860|*Tuscan@1569:1860
Lombardy–Venetia|Lombardy-Venetia|Kingdom of Lombardy–Venetia|Kingdom of Lombardy-Venetia|Lombardy@1815:1866
Republic of Siena|Siena@1125:1555|*Sienese@1125:1555
Republic of Pisa|Pisa@1000:1406|*Pisan@1000:1406|+Pisans@1000:1406
Duchy of Modena|Duchy of Modena and Reggio|Modena@1452:1860
Duchy of Parma|Duchy of Parma and Piacenza|Parma@1545:1860
Cisalpine Republic
Kingdom of Westphalia|Westphalia@1807:1813
Baden|Baden@1112:1945|Grand Duchy of Baden|Margraviate of Baden
Hesse|Hesse@1264:1945|Hesse-Kassel|Hesse-Cassel|Hesse-Darmstadt|Landgraviate of Hesse|Electorate of Hesse|Grand Duchy of Hesse|*Hessian@1500:1866|+Hessians@1500:1866
Mecklenburg|Mecklenburg-Schwerin|Grand Duchy of Mecklenburg
Schleswig-Holstein|Schleswig and Holstein
Duchy of Schleswig|Schleswig@1460:1867
Duchy of Holstein|Holstein@1460:1867
Silesia|Duchy of Silesia|Upper Silesia|Lower Silesia
Sudetenland
Free City of Danzig|Danzig@1919:1945
Saar|Territory of the Saar Basin|Saar Basin|Saarland|Saar@1919:1957
Free State of Fiume|Fiume@1919:1924
Duchy of Lorraine|Lorraine@959:1766
Grand Duchy of Moscow|Grand Principality of Moscow|Principality of Moscow|+Muscovites@1263:1547|Moscow@1263:1547
Crown of Bohemia
Republic of Ragusa|Ragusa@1358:1808|Dubrovnik Republic
Khmer Empire|Khmer Kingdom|Kambuja
Champa|Kingdom of Champa
Srivijaya|Srivijaya Empire|*Srivijayan
Majapahit|Majapahit Empire
Sultanate of Malacca|Malacca Sultanate|Melaka Sultanate|Malacca@1400:1511
Ryukyu Kingdom|Ryukyu|Kingdom of Ryukyu|Ryūkyū Kingdom
Satsuma Domain|Satsuma@1600:1877|Satsuma han
Chōshū Domain|Chōshū|Choshu|Choshu Domain|Chōshū han
Tosa Domain|Tosa@1600:1871
Taiping Heavenly Kingdom|Heavenly Kingdom of Great Peace|Taiping Kingdom|+Taipings|+Taiping rebels|Taiping@1850:1864
Vijayanagara Empire|Vijayanagara|Vijayanagar|Vijayanagar Empire|Karnata Empire
Maratha Empire|Maratha Confederacy|+Marathas|*Maratha|+Mahrattas
Sikh Empire|Sikh Kingdom|Khalsa Raj|Sarkar-i-Khalsa|Kingdom of Lahore
Kingdom of Mysore|Mysore@1399:1799|Mysore Kingdom|Mysore State|Sultanate of Mysore
Awadh|Oudh|Kingdom of Awadh|Kingdom of Oudh|Nawabs of Awadh|Oudh State
Hyderabad State|Nizam's Hyderabad|Hyderabad@1724:1948|Hyderabad Deccan|Nizam's Dominions
Jammu and Kashmir|Princely State of Jammu and Kashmir|Kashmir@1846:1949|Jammu and Kashmir princely state
Kingdom of Hejaz|Hejaz@1916:1932|Hijaz@1916:1932|Hejaz Kingdom|Hashemite Kingdom of Hejaz
Durrani Empire|Durrani@1747:1842|+Durranis@1747:1842|Durrani kingdom|Durrani Afghanistan|Afghan Empire|Kingdom of Kabul
Ghana Empire|Wagadu|Kingdom of Ghana|Ancient Ghana
Great Zimbabwe|Kingdom of Zimbabwe
Kingdom of Mutapa|Mutapa|Monomotapa|Mwenemutapa|Mutapa Empire|Munhumutapa
Kingdom of Benin|Benin Empire|Benin@1180:1897|Edo Kingdom|Benin Kingdom
Kingdom of Dahomey|Dahomey|*Dahomean|+Dahomeans|Kingdom of Abomey
Asante Empire|Ashanti Empire|Asante|Ashanti|+Asante|+Ashanti|Asante Confederacy|Ashanti Confederacy|Kingdom of Ashanti
Oyo Empire|Oyo|Kingdom of Oyo|Old Oyo
Sokoto Caliphate|Sokoto|Sokoto Sultanate|Caliphate of Sokoto
Kanem–Bornu Empire|Kanem-Bornu|Bornu Empire|Kanem Empire|Bornu@1380:1900|Borno@1380:1900|Kanem@700:1900|Borno Empire|Kingdom of Bornu
Kingdom of Ndongo|Ndongo
Kingdom of Buganda|Buganda|*Bugandan|+Baganda|Buganda Kingdom
Mahdist State|Mahdist Sudan|+Mahdists|Mahdiyya|+Ansar@1881:1899|+Dervishes@1881:1899|Sudanese Mahdiyya
Kilwa Sultanate|Kilwa|Sultanate of Kilwa
Sultanate of Malindi|Malindi Sultanate|Malindi@1000:1890|*Malindian@1000:1890
Sultanate of Mombasa|Mombasa Sultanate|Mombasa@1000:1837
Pate Sultanate|Sultanate of Pate|=Pate@1200:1895
Ajuran Sultanate|Ajuran Empire|Ajuran|Ajuuraan
Sultanate of Mogadishu|Mogadishu Sultanate
Rozvi Empire|Rozwi Empire|Rozvi|Rozwi|Changamire state
Kingdom of Butua|Butua|Torwa state|Guruhuswa
Kingdom of Mapungubwe|Mapungubwe
Kingdom of Manyika|Manyika@1400:1900
Kingdom of Uteve|Uteve|Quiteve
Kingdom of Barwe|Barwe
Adal Sultanate|Sultanate of Adal|Adal|*Adalite|+Adalites
Ifat Sultanate|Sultanate of Ifat|Ifat
Hadiya Sultanate|Hadiya@1200:1600
Habesh Eyalet|Habesh@1555:1872|Ottoman Habesh
Funj Sultanate|Sultanate of Sennar|Sennar@1504:1821|+Funj@1504:1821|Sennar Sultanate|Funj Kingdom
Kano Sultanate|Kingdom of Kano|Kano@999:1807|Kano Emirate|Sultanate of Kano
Katsina Sultanate|Kingdom of Katsina|Katsina@1000:1807|Sultanate of Katsina|Katsina Emirate
Zazzau|Kingdom of Zazzau|Zaria@1000:1807|Zaria Emirate|Emirate of Zazzau
Kingdom of Daura|Daura@1000:1807
Kingdom of Kebbi|Kebbi@1500:1831
Nupe Kingdom|Kingdom of Nupe|Nupe@1400:1900|Nupe Emirate
Kwararafa|Kororofa|Jukun state|Kwararafa Confederacy
Bagirmi Sultanate|Sultanate of Bagirmi|Bagirmi|Baguirmi|Kingdom of Baguirmi
Wadai Sultanate|Sultanate of Wadai|Wadai|Ouaddai@1600:1912|Wadai Empire|Ouaddai Empire
Kingdom of Loango|Loango
Kingdom of Kakongo|Kakongo
Kingdom of Ngoyo|Ngoyo
Kingdom of Kasanje|Kasanje|Cassange|Kassanje
Anziku Kingdom|Anziku|Tio Kingdom|Kingdom of Tio|Teke Kingdom
Lunda Empire|Kingdom of Lunda|Lunda Kingdom
Kingdom of Menabe|Menabe
Kingdom of Boina|Boina|Iboina
Betsimisaraka Confederation|Betsimisaraka confederation|Betsimisaraka Kingdom
Sultanate of Anjouan|Anjouan|Ndzuwani|Nzwani|Ndzuwani Sultanate
Sultanate of Mohéli|Mohéli|Moheli|Mwali@1500:1912
Sultanate of Bambao|Bambao
Comoros|*Comorian|+Comorians|Union of the Comoros|Federal Islamic Republic of the Comoros
Cape Colony|Cape of Good Hope Colony|Dutch Cape Colony|Colony of the Cape of Good Hope
Colony of Natal|Natal@1843:1910|Natalia Republic|Natal Colony
German East Africa|Deutsch-Ostafrika
South African Republic|ZAR|Transvaal|Transvaal Republic|Zuid-Afrikaansche Republiek|Transvaal Colony
Orange Free State|Oranje-Vrijstaat|Orange River Colony
Orange River Sovereignty
Griqualand West
Massina Empire|Caliphate of Hamdullahi|Massina|Macina|Macina Empire
Toucouleur Empire|Tukulor Empire|Tukulor Caliphate|Toucouleur Caliphate
Wassoulou Empire|Wassoulou|Wasulu|Wassulu Empire
Bamana Empire|Bambara Empire|Ségou Empire|Segou Empire|Kingdom of Ségou|Kingdom of Segou
Kingdom of Kaarta|Kaarta
Kénédougu Kingdom|Kenedougu|Kénédougu
Imamate of Futa Jallon|Futa Jallon|Fouta Djallon|Futa Djalon
Imamate of Futa Toro|Futa Toro|Fouta Toro
Kingdom of Cayor|Cayor|Kajoor
Kingdom of Gobir|Gobir
Emirate of Gwandu|Gwandu
Hausa Kingdoms|Hausa states|Hausa city-states|Hausa Bakwai|Hausaland
Kingdom of Opobo|Opobo
Fante Confederacy|Fanti Confederation|Fante Confederation|Fanti Confederacy
Turco-Egyptian Sudan|Turkiyya|Egyptian Sudan
Kingdom of Shewa|Shewa|Shoa|Kingdom of Shoa
Emirate of Harar|Harar@1647:1887|Harar Emirate
Merina Kingdom|Kingdom of Imerina|Imerina|Kingdom of Madagascar|*Merina|+Merina|Merina Empire
Kingdom of Bunyoro|Bunyoro|Bunyoro-Kitara|+Banyoro|Kitara
Kingdom of Ankole|Ankole|Nkore|Kingdom of Nkore
Kingdom of Toro|Toro Kingdom|Tooro Kingdom|Toro@1830:1967
Kingdom of Karagwe|Karagwe
Ndebele Kingdom|Matabele Kingdom|Mthwakazi|Matabeleland|Northern Ndebele Kingdom
Gaza Empire|Gaza Kingdom|Gaza state@1824:1895
Mthethwa Paramountcy|Mthethwa Empire
Ndwandwe Kingdom|Ndwandwe
Pedi Kingdom|Marota Empire|+Pedi|+Bapedi|Maroteng Kingdom|Bapedi Kingdom
Eswatini|Swaziland|Kingdom of Swaziland|Swazi Kingdom|*Swazi|+Swazis|Kingdom of Eswatini
German South West Africa|German Southwest Africa|SW Africa@1884:1915
British East Africa|Kenya Colony|East Africa Protectorate|Colony and Protectorate of Kenya
French West Africa|AOF@1895:1958|Afrique occidentale française
French Equatorial Africa
Dutch East Indies|Netherlands East Indies
French Indochina|Indochinese Federation
Straits Settlements
Hong Kong|British Hong Kong|Hongkong
Macau|Macao|Portuguese Macau
Viceroyalty of New Spain|New Spain@1521:1821
Viceroyalty of Peru
Viceroyalty of New Granada|New Granada@1717:1830
Viceroyalty of the Río de la Plata|Viceroyalty of the Rio de la Plata|Viceroyalty of Río de la Plata
Federal Republic of Central America|United Provinces of Central America
Republic of Texas|Texas Republic|Texas@1836:1845
Argentine Confederation
State of Buenos Aires
Republic of New Granada|New Granada@1831:1858
Granadine Confederation
United States of Colombia
Peru–Bolivian Confederation|Peru-Bolivian Confederation|Peruvian-Bolivian Confederation|Confederation of Peru and Bolivia
Riograndense Republic|Piratini Republic|Republic of Piratini
Confederation of the Equator
Republic of Yucatán|Republic of Yucatan
Republic of the Rio Grande
State of Los Altos|Republic of Los Altos|Los Altos@1838:1849
Mosquito Kingdom|Kingdom of Mosquitia|Miskito Kingdom
Republic of Sonora
Colony of Virginia|Virginia Colony|Jamestown Colony|Virginia@1607:1775
Plymouth Colony|Plymouth Plantation|Plimoth Colony|Plymouth@1620:1691
Massachusetts Bay Colony|Massachusetts Bay
Northern Ireland|*Northern Irish
Cyprus|*Cypriot|+Cypriots|Republic of Cyprus
Malta|*Maltese
Kosovo|*Kosovar|Socialist Autonomous Province of Kosovo|SAP Kosovo
Moldova|*Moldovan|+Moldovans|Moldavian SSR|Moldavian Soviet Socialist Republic
Tajikistan|*Tajik|Tajik SSR|Tajik Soviet Socialist Republic
Turkmenistan|Turkmen SSR|Turkmen Soviet Socialist Republic
Kyrgyzstan|Kirghiz SSR|Kyrgyz SSR
Chechnya|Chechen Republic|Ichkeria|Chechen Republic of Ichkeria
Kuwait|*Kuwaiti|+Kuwaitis|Sheikhdom of Kuwait
Yemen|*Yemeni|+Yemenis|Mutawakkilite Kingdom of Yemen|Kingdom of Yemen|North Yemen|South Yemen|Mutawakkilite Kingdom|People's Democratic Republic of Yemen|PDRY|*South Yemeni|Yemen Arab Republic|*North Yemeni
Oman|Sultanate of Oman|Muscat and Oman|*Omani|+Omanis|Omani Empire|Sultanate of Muscat and Oman|Sultanate of Muscat
Qatar|*Qatari
Bahrain|*Bahraini|+Bahrainis
United Arab Emirates|UAE|Trucial States|Trucial Oman|Trucial Coast
Sri Lanka|Ceylon|*Sri Lankan|+Sri Lankans|Dominion of Ceylon|*Ceylonese|British Ceylon|Crown Colony of Ceylon
Nepal|*Nepalese|Kingdom of Nepal
East Timor|Timor-Leste|*East Timorese
Senegal|*Senegalese
Guinea-Bissau|Portuguese Guinea
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|*Ivorian
Cameroon|Kamerun|*Cameroonian|German Kamerun|German Cameroon|Kamerun Protectorate
Uganda|*Ugandan|+Ugandans|Uganda Protectorate
Tanzania|Tanganyika|United Republic of Tanzania|*Tanzanian|+Tanzanians|Tanganyika Territory
Sultanate of Zanzibar|Zanzibar|Zanzibar Sultanate
Zambia|Northern Rhodesia|*Zambian
Malawi|Nyasaland|*Malawian|Nyasaland Protectorate|British Central Africa Protectorate
Namibia|South West Africa|*Namibian
Botswana|Bechuanaland|Bechuanaland Protectorate
Lesotho|Basutoland
Somalia|*Somali|+Somalis|Somali Republic|Somali Democratic Republic|Italian Somaliland|British Somaliland|Somaliland
Eritrea|*Eritrean|+Eritreans|Italian Eritrea
Madagascar|*Malagasy
Liberia|*Liberian|+Liberians
Sierra Leone|*Sierra Leonean
Mauritania|*Mauritanian
Burkina Faso|Upper Volta|Haute-Volta|Republic of Upper Volta
Togo|Togoland|German Togoland|British Togoland|French Togoland
Gabon|*Gabonese
Burundi|*Burundian|Kingdom of Burundi
Biafra|Republic of Biafra|*Biafran|+Biafrans
Costa Rica|*Costa Rican
Honduras|*Honduran|+Hondurans
El Salvador|*Salvadoran|+Salvadorans
Dominican Republic|*Dominican@1844:9999|+Dominicans@1844:9999
Jamaica|*Jamaican|+Jamaicans
Puerto Rico|*Puerto Rican|+Puerto Ricans
Grenada|Grenada@1974:9999
Belize|British Honduras
Guyana|British Guiana
Suriname|Dutch Guiana|Surinam
Kingdom of Pergamon|Pergamon@-282:-133|Pergamum@-282:-133|Attalid kingdom|*Pergamene@-282:-133
Numidia|Numidia@-202:-25|Kingdom of Numidia|*Numidian@-202:-25|+Numidians@-202:-25
Mauretania|Kingdom of Mauretania|Mauretania@-300:40|*Mauretanian@-300:40|+Mauretanians@-300:40
Kingdom of Pontus|Pontus@-281:-47|Pontic kingdom
Kingdom of Bithynia|Bithynia@-297:-74
Kingdom of Armenia (antiquity)|Armenia@-331:428|Artaxiad Armenia
Epirus|Kingdom of Epirus|*Epirote@-330:-167|+Epirotes@-330:-167
Herodian Kingdom of Judea|Herodian kingdom|Herodian Judea|Judaea@-37:-4|Judea@-37:-4
Hasmonean Kingdom|Hasmonean Judea|Judaea@-140:-37|Judea@-140:-37
Judaea (Roman province)|Roman Judaea|Iudaea|Judaea@6:135|Judea@6:135|Syria Palaestina
Republic of Geneva|Geneva@1534:1798
Captaincy General of Venezuela
Captaincy General of Chile
Captaincy General of Guatemala|Kingdom of Guatemala
Bavarian Soviet Republic|Munich Soviet Republic|Bavarian Council Republic
Province of Massachusetts Bay|Massachusetts@1692:1775
Province of Quebec (1763–1791)|Province of Quebec|Quebec@1763:1791
Vermont Republic|Vermont@1777:1791
State of Franklin
Province of Pennsylvania|Pennsylvania@1681:1775
Province of South Carolina|South Carolina@1712:1775
Province of North Carolina|North Carolina@1712:1775
Colony of Rhode Island and Providence Plantations|Rhode Island@1636:1775
Connecticut Colony|Connecticut@1636:1775
Province of New Hampshire|New Hampshire@1680:1775
Province of Maryland|Maryland@1632:1775
Province of New Jersey|New Jersey@1664:1775
Massachusetts|Massachusetts@1776:1800
Virginia|Virginia@1776:1800|Virginia@1859:1870
Pennsylvania|Pennsylvania@1776:1800
South Carolina|South Carolina@1776:1800|South Carolina@1828:1877
North Carolina|North Carolina@1776:1800|North Carolina@1860:1865
Rhode Island|Rhode Island@1776:1800
Connecticut|Connecticut@1776:1800
New Hampshire|New Hampshire@1776:1800
Maryland|Maryland@1776:1800
New Jersey|New Jersey@1776:1800
Sur Empire|Sur dynasty|Suri dynasty|Suri Empire
Mewar|Kingdom of Mewar|Udaipur State|Mewar State
Marwar|Kingdom of Marwar|Jodhpur State|Marwar State
Amber (kingdom)|Kingdom of Amber|Amer@1550:1727|Jaipur State|Amber Kingdom
Bijapur Sultanate|Bijapur|Adil Shahi dynasty|Adil Shahis|Adil Shahi Sultanate
Golconda Sultanate|Golconda|Qutb Shahi dynasty|Qutb Shahis
Ahmadnagar Sultanate|Ahmadnagar|Nizam Shahi dynasty|Nizam Shahis
Bahmani Sultanate|Bahmani|Bahmanis|Bahmani kingdom
Bengal Subah|Nawabs of Bengal|Nawab of Bengal|Nawabate of Bengal|Nizamat of Bengal
Ahom kingdom|Ahom|Ahom dynasty|+Ahoms
Portuguese India|Estado da Índia|Estado da India|Portuguese Goa
Avar Khaganate
Lakhmids|Lakhmid kingdom|*Lakhmid
Ghassanids|Ghassanid kingdom|*Ghassanid
Himyarite Kingdom|Himyar|+Himyarites|*Himyarite
Francia|Frankish kingdom|Frankish Kingdom|Frankish kingdoms
State of Katanga|Katanga@1960:1963|+Katangese@1960:1963
South Kasai|Mining State of South Kasai
French Algeria|Algérie française|Colonial Algeria
Mali Federation
Federation of Rhodesia and Nyasaland|Central African Federation
French protectorate in Morocco|French Morocco
Spanish Morocco|Spanish protectorate in Morocco|Spanish Protectorate of Morocco|Spanish protectorate of Morocco
Beylik of Karaman|Karamanids|Karaman@1250:1487|Karamanid Beylik|Karaman Beylik
Kingdom of Matamba|Matamba
Later Jin (1616–1636)|Later Jin
Kingdom of Tungning|Tungning|Dongning|Zheng regime@1661:1683
Golden Horde|Ulus of Jochi|Kipchak Khanate
Khwarazmian Empire|Khwarazm|Khwarezm|Khwarazmian dynasty|*Khwarazmian|+Khwarazmians|Khwarezmian Empire|Khwarazm Shahs|Khwarezmid Empire
Jin dynasty (1115–1234)|Jin dynasty@1115:1234|Jurchen Jin|Jin Empire@1115:1234|the Jin@1115:1234|=Jin@1115:1234
Western Xia|Xi Xia|Tangut Empire
Goryeo|Koryo@918:1392
Greco-Bactrian Kingdom|Bactria@-256:-120|Graeco-Bactrian Kingdom
Dacia|Kingdom of Dacia|+Dacians|*Dacian
Duchy of Mantua|Marquisate of Mantua|Mantua@1433:1708
Duchy of Ferrara|Ferrara@1471:1597
Duchy of Urbino|Urbino@1443:1631
Tlaxcala|Republic of Tlaxcala
Purépecha Empire|Tarascan state|Tarascan Empire|+Purépecha|+Tarascans
Danelaw|=Danelaw
Kingdom of East Anglia|East Anglia@600:918
Kingdom of York|Jorvik|Jórvík
Confederate Ireland|Irish Catholic Confederation|Confederation of Kilkenny
Angevin Empire
Kingdom of Gwynedd|Gwynedd
Irish Republic|Irish Republic@1919:1922
State of Vietnam
Eastern Rumelia
Transkei|*Transkeian
Bophuthatswana
Ciskei
KwaZulu
Sarawak|Raj of Sarawak|Crown Colony of Sarawak
Mitanni|Mittani|Kingdom of Mitanni|*Mitannian|Hanigalbat
Urartu|Kingdom of Urartu|*Urartian|Kingdom of Van|+Urartians
Elam|*Elamite|+Elamites
Lydia|Kingdom of Lydia|Lydia@-700:-546|*Lydian@-700:-546|+Lydians
Median Empire|Median kingdom|Media@-700:-550|*Median@-700:-550
Kingdom of Israel (Samaria)|Kingdom of Israel@-930:-720|Northern Kingdom of Israel|Israel@-931:-720
Kingdom of Judah|Judah@-930:-586
Kingdom of Israel (united monarchy)|United Monarchy
Moab|Kingdom of Moab|+Moabites|*Moabite
Edom|Kingdom of Edom|+Edomites|*Edomite
Kingdom of Ammon|Ammon@-1000:-580|+Ammonites
Ugarit|Kingdom of Ugarit
Akkadian Empire|Akkad@-2334:-2154
Tibetan Empire
Uyghur Khaganate|Uighur Khaganate|Uyghur Empire
Turkic Khaganate|Göktürk Khaganate|+Göktürks|+Gokturks|First Turkic Khaganate
Silla|Kingdom of Silla
Goguryeo|Koguryo
Cao Wei|Kingdom of Wei@220:266|=Wei@220:266
Shu Han
Eastern Wu|Kingdom of Wu@222:280|=Wu@222:280
Aizu Domain|Aizu@1600:1869
Ghurid Empire|Ghurid dynasty|+Ghurids|*Ghurid|Ghurid Sultanate
Ghaznavid Empire|Ghaznavid dynasty|+Ghaznavids|*Ghaznavid
Bengal Sultanate|Sultanate of Bengal|Bengal@1352:1576
Gujarat Sultanate|Sultanate of Gujarat|Gujarat@1407:1573
Duchy of Swabia|Swabia@915:1313
Duchy of Saxony
Kingdom of Germany|Kingdom of the Germans
Kingdom of Kent|Kent@455:871
Kingdom of Strathclyde|Strathclyde@450:1100
Kingdom of Alba|Alba@843:1100
Kingdom of Dublin
Earldom of Orkney
Kingdom of the Isles|Kingdom of Mann and the Isles
Icelandic Commonwealth|Icelandic Free State|Commonwealth of Iceland
Kalmar Union|Union of Kalmar
March of Tuscany|Margraviate of Tuscany|Tuscany@1000:1197
Duchy of Apulia|Duchy of Apulia and Calabria|Apulia@1043:1130
Commune of Rome|Roman Commune
Commune of Cremona|Cremona@1100:1334|*Cremonese@1100:1334
Commune of Pavia|Pavia@1100:1359|*Pavese@1100:1359
Commune of Lodi|Lodi@1100:1300
Commune of Piacenza|Piacenza@1100:1300
Commune of Tortona|Tortona@1100:1300
Commune of Verona|Verona@1100:1260|*Veronese@1100:1260
Alessandria|Alessandria@1168:1300
County of Toulouse|Toulouse@778:1271
County of Champagne
County of Anjou|Anjou@870:1480
Duchy of Gascony|Gascony@602:1453
Province of Canada|United Province of Canada
Upper Canada|Province of Upper Canada
Lower Canada|Province of Lower Canada
Nova Scotia|Nova Scotia@1840:1873
New Brunswick|New Brunswick@1840:1873
Prince Edward Island|Prince Edward Island@1864:1873
Colony of British Columbia|British Columbia@1858:1871
Dominion of Newfoundland|Newfoundland@1855:1949
Vladimir-Suzdal|Principality of Vladimir-Suzdal|Grand Principality of Vladimir
Principality of Tver|Grand Principality of Tver|Tver@1246:1485
Pskov Republic|Pskov@1348:1510
Grand Duchy of Ryazan|Ryazan@1129:1521
Khanate of Kazan|Kazan Khanate|Kazan@1438:1552
Astrakhan Khanate|Khanate of Astrakhan|Astrakhan@1466:1556
Khanate of Sibir|Sibir Khanate|Siberian Khanate|Sibir@1490:1598
Nogai Horde|+Nogais|Nogai Khanate
Livonian Confederation|Terra Mariana|Livonia@1237:1561
Ukrainian People's Republic|UNR@1917:1921
Ukrainian State|Hetmanate@1918:1918
Russian Soviet Federative Socialist Republic|RSFSR|Russian SFSR
Far Eastern Republic
Russian State (1918–1920)|Omsk government|Omsk Government
Don Republic|Almighty Don Host|Don Host@1918:1920
Kuban People's Republic
Aq Qoyunlu|Ak Koyunlu|Akkoyunlu|White Sheep Turkomans
Qara Qoyunlu|Kara Koyunlu|Karakoyunlu|Black Sheep Turkomans
Serbian Despotate|Despotate of Serbia
Beylik of Dulkadir|Dulkadirids|Dulkadir@1337:1522
Empire of Trebizond|Trebizond@1204:1461
Barbados|*Barbadian|+Barbadians
Quilombo dos Palmares|Palmares@1600:1695
Kingdom of Whydah|Whydah@1580:1727|Ouidah Kingdom
Eastern Hungarian Kingdom
Royal Hungary
Principality of Transylvania|Transylvania@1570:1711
United Kingdom of the Netherlands
Free City of Kraków|Free City of Cracow|Republic of Kraków|Republic of Cracow
Transnistria|Pridnestrovian Moldavian Republic|Pridnestrovie
Nagorno-Karabakh Republic|Republic of Artsakh
Almoravid dynasty|Almoravid Empire|+Almoravids|*Almoravid
Almohad Caliphate|Almohad Empire|+Almohads|*Almohad
Sosso Kingdom|Soso Kingdom|Sosso@1180:1240
Jolof Empire|Wolof Empire|Jolof@1350:1550|Djolof Empire|Kingdom of Jolof
Saadi Sultanate|Saadian Sultanate|+Saadians|Saadi dynasty|+Saadis|Saadian dynasty
Liao dynasty|Liao Empire|Khitan Liao|Liao@907:1125|*Liao@907:1125
Dali Kingdom|Kingdom of Dali|Dali@937:1253
Buyid dynasty|Buyid Emirate|+Buyids|+Buwayhids|*Buyid
Zengid dynasty|+Zengids|*Zengid
Zirid dynasty|+Zirids|*Zirid
Danishmendids|Danishmend Beylik|+Danishmends
Despotate of the Morea|Despotate of Morea|Morea@1349:1460
Mount Lebanon Mutasarrifate|Mutasarrifate of Mount Lebanon
Prince-Bishopric of Münster|Bishopric of Münster
Republic of San Marco|Republic of Saint Mark@1848:1849
Tyre|=Tyre@-1100:-332
Sidon|Sidon@-1100:-332
Aram-Damascus|=Damascus@-950:-732
Nanda Empire|Nanda dynasty|+Nandas
Shunga Empire|Sunga Empire|+Shungas|+Sungas|Shunga dynasty
Kalinga (historical kingdom)|Kalinga@-500:-100|Kingdom of Kalinga|Kalinga Empire
Magadha|Kingdom of Magadha|Magadha Empire|*Magadhan
Indo-Greek Kingdom|+Indo-Greeks|*Indo-Greek
Hephthalite Empire|+Hephthalites|White Huns|*Hephthalite
Empire of Nicaea|Nicaea@1204:1261|*Nicaean@1204:1261
Despotate of Epirus|Epirus@1205:1479
Principality of Achaea|Achaea@1205:1432
Duchy of Prussia|Ducal Prussia
Duchy of Masovia|Masovia@1138:1526|Mazovia@1138:1526
Texcoco|Texcoco@1300:1521|Tetzcoco@1300:1521
Tlacopan|Tlacopan@1300:1521|Tacuba@1400:1521
Azcapotzalco|Azcapotzalco@1300:1428
Tlatelolco|Tlatelolco@1337:1521
Huexotzinco|Huexotzinco@1300:1521|Huejotzingo@1300:1521
Cholula|Cholula@1300:1521
Gajapati Empire|Gajapati Kingdom|+Gajapatis|Suryavamsa Gajapatis
Hoysala Empire|+Hoysalas|*Hoysala
Madurai Sultanate|Sultanate of Madurai
Republic of the Congo (Brazzaville)|Congo-Brazzaville|People's Republic of the Congo
Cape Verde|*Cape Verdean|+Cape Verdeans
Great Moravia|Great Moravian Empire|Great Moravian state
Kingdom of Bosnia|Banate of Bosnia|Bosnian Kingdom
Principality of Zeta|Zeta@1356:1496
Kingdom of Galicia–Volhynia|Galicia–Volhynia|Galicia-Volhynia|Kingdom of Galicia-Volhynia
State of the Teutonic Order|Teutonic Order State|Teutonic state|Monastic state of the Teutonic Knights
Electorate of Mainz|Archbishopric of Mainz|Electoral Mainz
Electorate of Cologne|Archbishopric of Cologne|Electoral Cologne
Electorate of Trier|Archbishopric of Trier|Electoral Trier
Principality of Catalonia|Catalan Republic@1641:1641
Neapolitan Republic (1647)|Neapolitan Republic@1647:1648|Royal Republic of Naples
Kingdom of Candia|Venetian Crete
Kingdom of the Morea|Venetian Morea|Morea@1685:1715
Duchy of Holstein-Gottorp|Holstein-Gottorp
Great Horde
Nabataean Kingdom|Nabataea|+Nabataeans|*Nabataean|Nabatea
Kingdom of Cappadocia|Cappadocia@-331:17
Commagene|Kingdom of Commagene
Osroene|Kingdom of Osroene|Kingdom of Edessa
Adiabene|Kingdom of Adiabene
Kingdom of Iberia|Caucasian Iberia
Lazica|Kingdom of Lazica
Palmyrene Empire|Palmyra@260:273|+Palmyrenes|*Palmyrene@260:273
Gallic Empire|Imperium Galliarum
Visigothic Kingdom|Kingdom of the Visigoths
Vandal Kingdom|Kingdom of the Vandals
Ostrogothic Kingdom|Kingdom of the Ostrogoths
Hunnic Empire|Empire of the Huns
Qin (state)|State of Qin|=Qin@-897:-222
Nanyue|Nam Viet@-204:-111
Gojoseon
Kushan Empire|+Kushans|*Kushan
Western Satraps|Western Kshatrapas|+Western Satraps|+Kshatrapas|Kshatrapa dynasty
Indo-Scythians|Indo-Scythian Kingdom|+Indo-Scythians|*Indo-Scythian
Indo-Parthian Kingdom|+Indo-Parthians|*Indo-Parthian
Kushano-Sasanian Kingdom|+Kushano-Sasanians|+Kushanshahs
Kidarite Kingdom|+Kidarites
Amurru|Kingdom of Amurru
Arzawa
Kizzuwatna
Ahhiyawa
Government of the Grand National Assembly|Ankara government|Ankara Government|Nationalist Turkey@1919:1923
Kingdom of Galicia and Lodomeria|Galicia@1772:1918
Taifa kingdoms|+~Taifas|+~Taifa kings
Taifa of Seville|Abbadid Seville
Taifa of Toledo
Taifa of Zaragoza|Taifa of Saragossa
Taifa of Granada|Zirid Granada
Kingdom of Asturias|Asturias@718:924
Kingdom of León|Kingdom of Leon|León@910:1230
Kingdom of Castile|Castile@1035:1715|*Castilian@1035:1715|+Castilians@1035:1715|Kingdom of Castile and León|Crown of Castile@1230:1715
Kingdom of Aragon|Aragon@1035:1715|*Aragonese@1035:1715|Crown of Aragon@1162:1715
Marinid Sultanate|Marinid dynasty|+Marinids|*Marinid|Merinid Sultanate|+Merinids
Hafsid dynasty|Hafsid Sultanate|+Hafsids|*Hafsid|Hafsid Kingdom
Zayyanid dynasty|Kingdom of Tlemcen|+Zayyanids|+Abdalwadids|Zayyanid Kingdom of Tlemcen|Zayyanid Kingdom
Kingdom of Georgia|Georgia@1008:1490
Armenian Kingdom of Cilicia|Cilician Armenia|Kingdom of Cilicia|Armenian Cilicia
Kara-Khanid Khanate|+Karakhanids|+Qarakhanids|+Kara-Khanids|Qarakhanid Khanate
Qara Khitai|Kara Khitai|Western Liao|Kara-Khitan Khanate
Artuqid dynasty|+Artuqids|*Artuqid|+Artukids
Saltukid dynasty|+Saltukids
Kingdom of Cyprus
Makuria|Kingdom of Makuria|*Makurian|Dongola Kingdom
Moghulistan|Mogulistan|Mughalistan|Eastern Chagatai Khanate
Jalayirid Sultanate|+Jalayirids|*Jalayirid
Muzaffarid dynasty|+Muzaffarids
Kart dynasty|+Kartids|Kartid dynasty
Khanate of Bukhara|Bukhara Khanate
Khanate of Khiva|Khiva Khanate|Khiva@1511:1920
Uzbek Khanate|Khanate of Abu'l-Khayr|Shaybanid Khanate|Khanate of Abulkhair
Kazakh Khanate|+Kazakhs@1465:1850
Qasim Khanate|Kasimov Khanate|Khanate of Kasimov
White Horde
Blue Horde
Malwa Sultanate|Sultanate of Malwa|Malwa@1392:1562
Jaunpur Sultanate|Sultanate of Jaunpur|+Sharqis|Sharqi dynasty|Jaunpur@1394:1479
Northern Yuan|Northern Yuan dynasty
Dzungar Khanate|Zunghar Khanate|+Dzungars|+Zunghars|*Dzungar|*Zunghar
Khoshut Khanate|+Khoshuts
Ayutthaya Kingdom|Kingdom of Ayutthaya|Ayutthaya@1351:1767|*Ayutthayan
Thonburi Kingdom|Thonburi@1767:1782
Sukhothai Kingdom|Sukhothai@1238:1438
Lan Na|Lanna|Kingdom of Lan Na
Lan Xang|Kingdom of Lan Xang
Hanthawaddy Kingdom|Hanthawaddy|Kingdom of Pegu
Ava Kingdom|Kingdom of Ava|Ava@1365:1555
Mrauk U Kingdom|Kingdom of Mrauk U|Kingdom of Arakan|Arakan@1429:1785
Kingdom of Manipur|Manipur@1700:1891|Manipur Kingdom
Đàng Trong|Dang Trong|Cochinchina@1558:1862
Đàng Ngoài|Dang Ngoai|Tonkin@1545:1789
Mito Domain|Mito@1600:1871|Mito han
Gwalior State|Scindia State|Gwalior@1731:1948
Indore State|Holkar State|Indore@1732:1948
Baroda State|Gaekwad's Baroda|Baroda@1721:1949
Kingdom of Nagpur|Nagpur Kingdom|Bhonsles of Nagpur
Carnatic Sultanate|Nawabs of the Carnatic|Nawab of the Carnatic|Nawab of Arcot|Arcot State
Travancore|Kingdom of Travancore|Travancore State
Bharatpur State|Kingdom of Bharatpur|Bharatpur@1722:1947
Independent State of Croatia|NDH@1941:1945
Italian Social Republic|Salò Republic|Republic of Salò|Salo Republic|RSI@1943:1945
Republic of Central Lithuania|Central Lithuania
Mandate for Syria and the Lebanon|French Mandate for Syria and the Lebanon|French Mandate of Syria|French Syria|Mandatory Syria|French Mandate in Syria
Arab Kingdom of Syria|Kingdom of Syria@1920:1920|Syrian Arab Kingdom
Alawite State|State of Alawites|Alawite state
Jabal Druze State|Jabal al-Druze State|Druze State
Sultanate of Nejd|Emirate of Nejd|Emirate of Nejd and Hasa|Sultanate of Najd|Emirate of Najd|Kingdom of Hejaz and Nejd|Emirate of Riyadh|Second Saudi State|Sultanate of Nejd and Its Dependencies
Emirate of Jabal Shammar|Jabal Shammar|Emirate of Ha'il|Rashidi Emirate
Republic of the Rif|Rif Republic|Rifian Republic|Confederal Republic of the Tribes of the Rif
Tangier International Zone|Tangier Zone|International Zone of Tangier
Italian Libya|Libia italiana|Italian Tripolitania|Italian Cyrenaica
Tripolitanian Republic
Emirate of Cyrenaica|Cyrenaica Emirate
French protectorate of Tunisia|French Tunisia
Dominion of New England
Province of New York
Province of Carolina|Carolina@1663:1712
Province of Georgia|Georgia@1732:1760
Principality of Chernigov|Chernigov@1024:1239|Chernihiv@1024:1239
Principality of Smolensk|Smolensk@1125:1404
Principality of Polotsk|Polotsk@987:1397
Duchy of Courland|Courland@1561:1795|Duchy of Courland and Semigallia
Cossack Hetmanate|Hetmanate@1649:1764|Zaporozhian Host@1649:1764
Free Territory of Trieste
Soviet occupation zone in Germany|Soviet occupation zone|Soviet Occupation Zone|SBZ@1945:1949
Hotak dynasty|Hotaki dynasty|Hotak Empire|+Hotakis|Hotaki Empire|+Hotaks
Afsharid Iran|Afsharid Empire|Afsharid dynasty|Afsharid Persia|+Afsharids|*Afsharid
Zand dynasty|Zand Iran|Zand Persia|+Zands
Kingdom of Kartli-Kakheti|Kartli-Kakheti
Regency of Algiers|Deylik of Algiers|Ottoman Algeria|Eyalet of Algiers|+Algerines|*Algerine
Regency of Tripoli|Ottoman Tripolitania|Eyalet of Tripolitania|Karamanli Tripoli
Beylik of Tunis|Regency of Tunis|Ottoman Tunisia|Eyalet of Tunis|Tunis@1574:1881
Emirate of Diriyah|First Saudi State|Diriyah@1727:1818
British Burma|Province of Burma|Lower Burma@1852:1885
Aceh Sultanate|Sultanate of Aceh|Aceh@1496:1904
Yogyakarta Sultanate|Sultanate of Yogyakarta|Yogyakarta@1755:1945
Surakarta Sunanate|Sunanate of Surakarta
Mataram Sultanate|Sultanate of Mataram|Mataram@1586:1755
French Cochinchina|Cochinchina@1862:1949|Colony of Cochinchina
Protectorate of Tonkin|Tonkin Protectorate
Protectorate of Annam|Annam@1802:1945|*Annamese@1802:1945
Kingdom of Luang Phrabang|Kingdom of Luang Prabang|Luang Phrabang@1707:1947|Luang Prabang@1707:1947
Kingdom of Vientiane|Vientiane Kingdom|Vientiane@1707:1828
Captaincy General of the Philippines|Spanish Philippines|Spanish East Indies
Sultanate of Sulu|Sulu Sultanate|Sulu@1405:1915
Sultanate of Maguindanao|Maguindanao Sultanate|Maguindanao@1520:1905
Bhutan|*Bhutanese|Kingdom of Bhutan
Kingdom of Sikkim|Sikkim@1642:1975|*Sikkimese@1642:1975
Slovak State|First Slovak Republic|Slovak Republic@1939:1945
General Government|Generalgouvernement
Reichskommissariat Ukraine
Reichskommissariat Ostland
United Tribes of New Zealand|Confederation of the United Tribes|United Tribes@1835:1840
Malayan Union
Brunei|*Bruneian|Sultanate of Brunei
North Borneo|British North Borneo|Crown Colony of North Borneo
Fiji|*Fijian|+Fijians|Kingdom of Fiji|Colony of Fiji|Dominion of Fiji
Tonga|*Tongan|+Tongans|Kingdom of Tonga
Samoa|*Samoan|+Samoans|Kingdom of Samoa|German Samoa|Western Samoa
Tahiti|*Tahitian|+Tahitians|Kingdom of Tahiti
Rhodes|Rhodes@-408:-43|*Rhodian@-408:-43|+Rhodians@-408:-43
Samos|Samos@-700:-365|*Samian@-700:-365|+Samians@-700:-365
Chios|Chios@-700:-300|*Chian@-700:-300|+Chians@-700:-300
Naxos|Naxos@-600:-400|+Naxians@-600:-400
Thasos|Thasos@-500:-400|+Thasians@-500:-400
Potidaea|Potidaea@-600:-316|+Potidaeans
Olynthus|Olynthus@-500:-348|+Olynthians|Chalcidian League
Eretria|Eretria@-800:-198|+Eretrians@-800:-198
Chalcis|Chalcis@-800:-146|+Chalcidians@-800:-146
Elis|Elis@-800:-146|+Eleans@-800:-146|*Elean@-800:-146
Mantinea|Mantinea@-600:-200|+Mantineans@-600:-200
Tegea|Tegea@-700:-200|+Tegeans
Messenia|Messenia@-369:-146
Arcadian League|+Arcadians@-700:-146
Phocis|Phocis@-700:-146|+Phocians@-700:-146|*Phocian@-700:-146
Thessaly|+Thessalians@-700:-146|*Thessalian@-700:-146
Euboea|+Euboeans@-700:-146
Lesbos|+Lesbians@-700:-300
Crete|+Cretans@1821:1913|*Cretan@1821:1913
Dobruja|Dobrudja
Cythera|Kythira
Paros|Paros@-700:-300|+Parians@-700:-300
Scyros|Skyros@-500:-400
Segesta|Egesta@-600:-300|+Segestans@-600:-300|+Egestaeans@-600:-300
Leontini|Leontini@-700:-200|+Leontines@-700:-200
Catana|Catana@-700:-200|+Catanaeans@-700:-200
Camarina|Camarina@-600:-250|+Camarinaeans@-600:-250
Gela|Gela@-700:-280|+Geloans@-700:-280
Acragas|Akragas@-600:-210|Agrigentum@-600:-210|+Acragantines@-600:-210
Selinus|Selinus@-650:-250|+Selinuntines@-650:-250
Sestos|Sestus@-600:-300
Abydos|Abydos@-600:-300
Eion|Eion@-500:-400
Amphipolis|Amphipolis@-437:-357|+Amphipolitans@-437:-357
Carystus|Carystus@-600:-300|+Carystians@-600:-300
Andros|Andros@-600:-300|+Andrians@-600:-300
Erythrae|Erythrae@-600:-300|+Erythraeans@-600:-300
Priene|Priene@-600:-300
Ephesus|Ephesus@-700:-290|+Ephesians@-700:-290
Halicarnassus|Halicarnassus@-700:-334
Epidamnus|Epidamnus@-630:-300|Dyrrhachium@-630:-300|+Epidamnians@-630:-300
Ambracia|Ambracia@-650:-189|+Ambraciots@-650:-189
Acarnania|Acarnania@-600:-146|+Acarnanians@-600:-146
Aetolia|Aetolian League|Aetolia@-600:-146|+Aetolians@-600:-146
Nisaea|Nisaea@-500:-400
Pegae|Pegae@-500:-400
Troezen|Troezen@-600:-300|+Troezenians@-600:-300
Acanthus|Acanthus@-600:-300|+Acanthians@-600:-300
Stagirus|Stagira@-600:-300
Torone|Torone@-600:-300|+Toronaeans@-600:-300
Epidaurus|Epidaurus@-700:-146|+Epidaurians@-700:-146
Halieis|Halieis@-500:-300
Hermione|Hermione@-600:-300
Cos|=Cos|Kos@-600:-300
Cnidus|Knidos@-600:-300
Locris|Locris@-700:-146|+Locrians@-700:-146
Thessalian League|+Thessalians@-600:-146|*Thessalian@-600:-146
Sicyon|Sicyon@-700:-146|+Sicyonians@-700:-146
Taranto|Taranto@-706:-209|Tarentum@-706:-209|+Tarentines@-706:-209|*Tarentine@-706:-209
Crotone|Crotone@-710:-277|Croton@-710:-277|+Crotoniates
Sybaris|Sybaris@-720:-510|+Sybarites@-720:-510
Veii|Veii@-800:-396|+Veientes
Ardiaean Kingdom|Illyrian kingdom|Illyria@-400:-167|+Illyrians@-400:-167|*Illyrian@-400:-167
Odrysian kingdom|Odrysian Kingdom|+Odrysians
Bosporan Kingdom|Kingdom of the Cimmerian Bosporus|Kingdom of Bosporus
Colchis|Kingdom of Colchis
Phrygia|Phrygia@-1200:-675|+Phrygians@-1200:-675|*Phrygian@-1200:-675|Kingdom of Phrygia
Galatia|Galatia@-278:-25
Sabaeans|Kingdom of Saba|Sabaean Kingdom|+Sabaeans|*Sabaean|Saba@-1200:275|Kingdom of Sheba
Lagash|Lagash@-2900:-2000
Umma|=Umma@-2900:-2000
Uruk|Uruk@-4000:-2000
Kish, Iraq|Kish@-2900:-2300
Third Dynasty of Ur|Ur III|Ur III Empire|Neo-Sumerian Empire
Mari, Syria|Mari@-2900:-1759|Kingdom of Mari
Ebla|Ebla@-3000:-1600|Kingdom of Ebla
Eshnunna|Eshnunna@-2000:-1750
Isin|Isin@-2017:-1794
Larsa|Larsa@-2025:-1763
Kosala|Kosala@-700:-400|Kingdom of Kosala
Vajji|Vajji@-700:-400|Vrijji@-700:-400|Vajjika League|Vajji League|Vajji confederacy|Licchavi republic
Licchavi (kingdom)|+Licchavis@-600:-300
Avanti (India)|=Avanti@-700:-300|Kingdom of Avanti
Kuru kingdom|Kuru Kingdom|Kuru@-1200:-350
Pallava dynasty|+Pallavas|*Pallava
Chalukya dynasty|+Chalukyas|Badami Chalukyas
Western Chalukya Empire|Kalyani Chalukyas|+Western Chalukyas
Rashtrakuta dynasty|Rashtrakuta Empire|+Rashtrakutas|*Rashtrakuta
Pala Empire|Pala dynasty|+Palas@750:1174
Gurjara-Pratihara dynasty|+Gurjara-Pratiharas|+Pratiharas|Pratihara Empire
Chola dynasty|Chola Empire|+Cholas|*Chola
Chera dynasty|+Cheras|Chera Kingdom
Sena dynasty|+Senas@1070:1230|Sena Empire
Eastern Ganga dynasty|+Eastern Gangas
Pushyabhuti dynasty|Vardhana dynasty
Kamarupa|Kingdom of Kamarupa
Hindu Shahis|Hindu Shahi|Kabul Shahi|Kabul Shahis|Hindu Shahi dynasty
Paramara dynasty|+Paramaras
Chandela dynasty|+Chandelas|Chandelas of Jejakabhukti
Chaulukya dynasty|Solanki dynasty|+Chaulukyas|Chaulukya|+Solankis
Kashmir Sultanate|Sultanate of Kashmir|Shah Mir dynasty
Berar Sultanate|Imad Shahi dynasty|Berar@1490:1574
Bidar Sultanate|Barid Shahi dynasty|Bidar@1492:1619
Junagadh State|Junagadh@1730:1948
Bhopal State|Nawabs of Bhopal|Bhopal@1707:1949
Patiala State|Kingdom of Patiala|Patiala@1763:1948
Kingdom of Cochin|Cochin State
Khanate of Kalat|Kalat Khanate|Kalat State|Kalat@1666:1955
Bahawalpur (princely state)|Bahawalpur State|Bahawalpur@1690:1955
Bengal Presidency|Presidency of Fort William
Madras Presidency|Presidency of Fort St. George
Bombay Presidency
Kingdom of Kandy|Kandy@1469:1815|*Kandyan@1469:1815|Kandyan Kingdom
Kingdom of Kotte|Kotte@1412:1597|Kotte Kingdom
Jaffna Kingdom|Kingdom of Jaffna|Jaffna@1215:1624
Anuradhapura Kingdom|Kingdom of Anuradhapura
Kingdom of Polonnaruwa|Polonnaruwa Kingdom
Gorkha Kingdom|Kingdom of Gorkha|Gorkha@1559:1768
Chu (state)|State of Chu|Kingdom of Chu|=Chu@-1030:-223
Zhao (state)|State of Zhao|=Zhao@-403:-222
Qi (state)|State of Qi|=Qi@-1046:-221
Yan (state)|State of Yan|=Yan@-1046:-222
Wei (state)|State of Wei|=Wei@-403:-225
Han (state)|State of Han|=Han@-403:-230
Jin (Chinese state)|State of Jin|=Jin@-1042:-376
Lu (state)|State of Lu|=Lu@-1042:-249
Wu (state)|State of Wu|=Wu@-1046:-473
Yue (state)|State of Yue|=Yue@-770:-222
Northern Wei|Northern Wei dynasty|Tuoba Wei
Jin dynasty (266–420)|Western Jin|Eastern Jin
Nanzhao|Kingdom of Nanzhao
Southern Ming
Rouran Khaganate|+Rourans
Baekje|Paekche
Gaya confederacy|Gaya confederation
Balhae|Parhae
Later Baekje
Taebong
Saga Domain|Hizen Domain
Kaga Domain
Republic of Ezo|Ezo Republic
Funan|Kingdom of Funan
Chenla|Kingdom of Chenla
Pagan Kingdom|Pagan Empire
Dvaravati
Johor Sultanate|Sultanate of Johor|Johor@1528:1946
Demak Sultanate|Sultanate of Demak|Demak@1475:1554
Sultanate of Ternate|Ternate@1450:1683
Sultanate of Tidore|Tidore@1450:1700
Sultanate of Gowa|Gowa Sultanate|Gowa@1300:1945
Banten Sultanate|Sultanate of Banten|Banten@1527:1813
Singhasari
Kediri Kingdom|Kingdom of Kediri|Kediri@1042:1222
Mataram Kingdom|Medang Kingdom|Kingdom of Mataram|Mataram@716:1016
Sunda Kingdom|Sunda@669:1579
Federated Malay States
Unfederated Malay States
Kingdom of Champasak|Champasak@1713:1904
Samanid Empire|+Samanids|*Samanid|Samanid dynasty
Saffarid dynasty|+Saffarids|*Saffarid
Tahirid dynasty|+Tahirids
Aghlabid dynasty|+Aghlabids|*Aghlabid|Aghlabid Emirate
Idrisid dynasty|+Idrisids|*Idrisid
Tulunid dynasty|+Tulunids|Tulunid Egypt
Ikhshidid dynasty|+Ikhshidids
Hamdanid dynasty|+Hamdanids|*Hamdanid|Hamdanid Emirate
Wattasid dynasty|+Wattasids|Wattasid Sultanate
Emirate of Sicily
Sultanate of Darfur|Darfur Sultanate|Darfur@1603:1916|Keira Sultanate
Emirate of Bukhara|Bukharan Emirate|Bukhara@1785:1920
Khanate of Kokand|Kokand Khanate|Kokand@1709:1876
Volga Bulgaria|+Volga Bulgars
Bagratid Armenia|Kingdom of Armenia (Middle Ages)
Caucasian Imamate|Imamate of Dagestan|Imamate of Chechnya and Dagestan
Kingdom of Croatia (925–1102)|Kingdom of Croatia@925:1102|Croatian Kingdom@925:1102
Duchy of Pomerania|Pomerania@1121:1637
Swedish Pomerania
Duchy of Brunswick
Duchy of Nassau
Grand Duchy of Oldenburg|Duchy of Oldenburg
Saxe-Weimar-Eisenach|Saxe-Weimar|Grand Duchy of Saxe-Weimar-Eisenach
Free City of Frankfurt
Duchy of Carinthia
Duchy of Styria
County of Tyrol
Prince-Archbishopric of Salzburg|Archbishopric of Salzburg
Prince-Bishopric of Liège|Liège@980:1795
Duchy of Brabant|Brabant@1183:1794
County of Holland
County of Hainaut
Duchy of Guelders|Guelders@1339:1543
Duchy of Cleves|Cleves@1417:1666
County of Provence|Provence@879:1481
Kingdom of Arles|Arelat
Lotharingia|Kingdom of Lotharingia
Middle Francia
Kingdom of Aquitaine
Kingdom of the Burgundians
County of Barcelona|Barcelona@878:1162
County of Castile
County of Portugal|County of Portucale
Kingdom of Valencia
Kingdom of Majorca
Kingdom of Galicia
Kingdom of the Suebi|Suebic Kingdom
Kingdom of the Lombards|Lombard Kingdom
Duchy of Benevento|Benevento@571:1077
Duchy of Spoleto|Spoleto@570:1201
Exarchate of Ravenna|Exarchate of Italy
Duchy of Amalfi|Amalfi@839:1131
Principality of Capua|Capua@900:1139
Principality of Salerno|Salerno@851:1077
County of Sicily
Marquisate of Montferrat|Montferrat
Republic of Lucca|Lucca@1160:1805
Batavian Republic
Helvetic Republic
Ligurian Republic
Parthenopean Republic
Cispadane Republic
Kingdom of Holland
Kingdom of Etruria|Etruria@1801:1807
Illyrian Provinces
Roman Republic (18th century)|Roman Republic@1798:1799
Roman Republic (19th century)|Roman Republic@1849:1849
Kingdom of Ireland
Lordship of Ireland
Dál Riata|Dal Riata|Dalriada
Pictland|Kingdom of the Picts
Kingdom of Essex|+East Saxons|Essex@527:825
Kingdom of Sussex|+South Saxons|Sussex@477:827
Kingdom of Powys|Powys@500:1160
Deheubarth
Principality of Wales
Union between Sweden and Norway|Sweden-Norway|Sweden–Norway|United Kingdoms of Sweden and Norway
Swedish Livonia|Livonia@1600:1721
Duchy of Athens
Duchy of the Archipelago|Duchy of Naxos
Kingdom of Thessalonica
Hospitaller Rhodes
Canton of Uri|Uri@1231:1798
Canton of Schwyz|Schwyz@1240:1798
Unterwalden|Unterwalden@1291:1798
Republic of Bern|Bern@1353:1798|Berne@1353:1798
Canton of Zürich|Zürich@1351:1798|Zurich@1351:1798
Canton of Lucerne|Lucerne@1332:1798
Three Leagues|Grisons@1471:1797
Kingdom of Ife|Ife@1100:1850|Ile-Ife@1000:1900
Kingdom of Nri|Nri@900:1911|Nri Kingdom
Aro Confederacy|Arochukwu
Kingdom of Bonny|Bonny Kingdom
Akwamu|Akwamu Kingdom|Akwamu Empire|Kingdom of Akwamu
Denkyira|Kingdom of Denkyira
Kingdom of Dagbon|Dagbon|Dagomba@1400:1900
Gonja|Gonja Kingdom|Kingdom of Gonja
Mossi Kingdoms|Mossi states|Kingdom of Ouagadougou|Yatenga|Wagadugu
Kingdom of Sine
Kingdom of Saloum|Saloum
Waalo|Kingdom of Waalo|Walo Kingdom
Kaabu|Kingdom of Kaabu|Gabu Empire|Gabu|Kingdom of Gabu
Adamawa Emirate|Emirate of Adamawa|Adamawa@1809:1901
Ilorin Emirate|Emirate of Ilorin|Ilorin@1824:1900
Bamum Kingdom|Kingdom of Bamum|Bamoun Kingdom|Bamum@1394:1916
Luba Empire|Kingdom of Luba|Luba Kingdom
Barotseland|Lozi Kingdom|Kingdom of Barotseland|Barotse Kingdom
Yeke Kingdom|Garenganze
Kuba Kingdom|Kingdom of Kuba|Kuba@1625:1900
Kingdom of Kaffa|Kaffa@1390:1897|Kaffa Kingdom|Kingdom of Kefa
Kingdom of Jimma|Jimma@1790:1932|Jimma Abba Jifar
Zagwe dynasty|+Zagwe
Alodia|Kingdom of Alodia|Alwa@600:1500|Kingdom of Alwa
Nobatia|Kingdom of Nobatia
Kerma culture|Kingdom of Kerma|Kerma@-2500:-1500
Maravi|Maravi Confederacy|Kingdom of Maravi|Maravi Empire
Emirate of Abdelkader|Emirate of Mascara
Lagos Colony|Colony of Lagos
Northern Nigeria Protectorate|Protectorate of Northern Nigeria|Northern Nigeria@1900:1914
Southern Nigeria Protectorate|Protectorate of Southern Nigeria|Southern Nigeria@1900:1914
French Sudan|Soudan français|Sudanese Republic
Ruanda-Urundi
Italian East Africa|AOI@1936:1941|Africa Orientale Italiana
French Somaliland|French Territory of the Afars and the Issas
Spanish Guinea
Boer republics|Boer Republics
Kong Empire|Kingdom of Kong
Kingdom of Porto-Novo
Kingdom of Allada|Allada@1440:1724
Warri Kingdom|Kingdom of Warri
Dervish State
Shilluk Kingdom|Kingdom of the Shilluk
Tikal|Tikal@-200:900|Mutal@200:900
Calakmul|Calakmul@-200:900|Snake Kingdom
Caracol|=Caracol@300:1050
Copán|Copán@400:900|Copan@400:900
Palenque|Palenque@400:800
Dos Pilas|Dos Pilas@600:800
Yaxchilan|Yaxchilan@300:810
Quiriguá|Quirigua@400:850|Quiriguá@400:850
Chichen Itza|Chichen Itza@600:1200|Chichén Itzá@600:1200
Mayapan|Mayapan@1220:1450|League of Mayapan
Teotihuacan|Teotihuacan@-100:650|Teotihuacán@-100:650
Chimú culture|Chimor|Kingdom of Chimor|Chimú Empire|Chimu Empire
Wari culture|Wari Empire|Huari Empire|Wari@600:1100
Tiwanaku|Tiwanaku@500:1000|Tiwanaku Empire
Muisca Confederation
Neo-Inca State|Vilcabamba@1537:1572
Colonial Brazil|Portuguese Brazil|State of Brazil|Viceroyalty of Brazil
Captaincy General of Cuba
Captaincy General of Santo Domingo|Santo Domingo@1492:1865
Spanish Florida|La Florida|Florida@1513:1821
New France|New France@1534:1763
New Netherland|New Netherland@1614:1674
Spanish Netherlands|Spanish Netherlands@1556:1714
Austrian Netherlands|Austrian Netherlands@1714:1797
New Haven Colony
Delaware Colony
California Republic|Bear Flag Republic
Republic of Hawaii|Provisional Government of Hawaii
Republic of West Florida
West Virginia
Georgia (U.S. state)|Georgia@1860:1865
Alabama|Alabama@1819:1877
Texas|Texas@1846:1877
Kentucky|Kentucky@1860:1865
Arkansas|Arkansas@1860:1865
Transcaucasian Socialist Federative Soviet Republic|Transcaucasian SFSR|TSFSR
Transcaucasian Democratic Federative Republic|Transcaucasian Federation
Karelo-Finnish Soviet Socialist Republic|Karelo-Finnish SSR
Turkestan Autonomous Soviet Socialist Republic|Turkestan ASSR|Russian Turkestan|Governorate-General of Turkestan
Bukharan People's Soviet Republic|Bukharan People's Republic
Khorezm People's Soviet Republic|Khorezm People's Republic|Khorezmian People's Soviet Republic
Alash Autonomy|Alash Orda
Mountainous Republic of the Northern Caucasus|Mountain Republic
Volga German Autonomous Soviet Socialist Republic|Volga German ASSR
Crimean Autonomous Soviet Socialist Republic|Crimean ASSR
Tuvan People's Republic|Tannu Tuva
Azerbaijan People's Government
Republic of Mahabad|Mahabad Republic
Persian Socialist Soviet Republic|Gilan Soviet Republic|Soviet Republic of Gilan
Hatay State|Republic of Hatay|State of Hatay
First East Turkestan Republic
Second East Turkestan Republic
Kingdom of Kurdistan
North Macedonia|Republic of Macedonia|Socialist Republic of Macedonia|SR Macedonia|Republic of North Macedonia|Macedonia@1991:9999
Socialist Autonomous Province of Vojvodina|SAP Vojvodina
Republika Srpska|Republic of Srpska|Bosnian Serb Republic
Republic of Serbian Krajina|Serbian Krajina|RSK@1991:1995|Krajina@1991:1995
Croatian Republic of Herzeg-Bosnia|Herzeg-Bosnia
Serbia and Montenegro|Federal Republic of Yugoslavia|FRY@1992:2003|State Union of Serbia and Montenegro
Second Spanish Republic|Spanish Republic@1931:1939|Second Republic@1931:1939|Republican Spain
First Spanish Republic|Spanish Republic@1873:1874|First Republic@1873:1874
First Portuguese Republic|Portuguese First Republic|Portuguese Republic@1910:1926
Hungarian Soviet Republic|Hungarian Republic of Councils
Beiyang government|Beiyang Government
Reorganized National Government of the Republic of China|Wang Jingwei regime|Wang Jingwei government
Mengjiang|Mengjiang United Autonomous Government
Second Philippine Republic
Provisional Government of Free India|Azad Hind@1943:1945|Arzi Hukumat-e-Azad Hind
Principality of Wallachia|Wallachia|*Wallachian|+Wallachians
Principality of Moldavia|Moldavia|*Moldavian@1346:1861|+Moldavians@1346:1861
Danubian Principalities|the Principalities@1774:1866
Venetia|Venetia@1797:1866
Louisiana (New France)|Louisiana@1682:1803|French Louisiana|Spanish Louisiana
Sakhalin|Sakhalin@1850:1950|Karafuto
Liaodong Peninsula|Liaodong@1894:1910|Liaodong peninsula@1894:1910|Liaotung@1894:1910|Liaotung Peninsula@1894:1910
Manchuria|Manchuria@1890:1945
Kwantung Leased Territory|Kwantung@1898:1945
Weihaiwei|Weihaiwei@1898:1930
Guangzhouwan|Guangzhouwan@1898:1945|Kwangchowan@1898:1945
Kiautschou Bay Leased Territory|Jiaozhou Bay@1898:1914|Kiautschou@1898:1914|Jiaozhou@1898:1914
Pescadores|Pescadores@1895:1945|Penghu@1895:1945
Kingdom of Calicut|Calicut@1100:1766
Podolia Eyalet|Podolia@1672:1699
Tenochtitlan|Tenochtitlan@1325:1521|Tenochtitlán@1325:1521|Mexico-Tenochtitlan
Emirate of Crete|Crete@824:961
First Philippine Republic|Malolos Republic
Zaporozhian Sich|Sich@1552:1775
Wuhan Nationalist Government|Wuhan government@1927:1927|Wuhan regime@1927:1927
Ottoman Macedonia|Macedonia@1870:1913
Punjab Province|Punjab@1849:1947
Scania|Skåne
Golan Heights|Golan@1967:9999
East Jerusalem
West Bank|=West Bank@1948:9999
Kingdom of Maui|Maui@1700:1810
Kingdom of Oʻahu|Oʻahu@1700:1810|Oahu@1700:1810
County of Aversa|Aversa@1030:1139
Satara State|Satara@1818:1849
Jhansi State|Jhansi@1804:1858
Nagpur Kingdom|Nagpur@1740:1854
Later Jin|Later Jin@1616:1636
Coahuila y Tejas
Akyem|Akim@1600:1900|Akyem@1600:1900|Kingdom of Akyem
Dwaben|Juaben@1700:1900|Dwaben@1700:1900
Kokofu|Kokofu@1700:1900
Alta California|California@1769:1847
Spania
Kingdom of Sardinia (1297-1720)|Sardinia@1297:1719
Guam|Guam@1521:1950
Khazar Khaganate|Khazaria|Khazar Empire|Khazar state
Wuyue|Wuyue kingdom|Kingdom of Wuyue
Southern Tang|Southern Tang
Former Shu|Former Shu
Later Shu|Later Shu
Southern Han|Southern Han
Northern Han|Northern Han
Former Qin|Former Qin
Former Yan|Former Yan
Later Zhao|Later Zhao
Northern Liang|Northern Liang
Eastern Wei|Eastern Wei
Western Wei|Western Wei
Southern Qi|Southern Qi
Wu Zhou|Wu Zhou|Zhou dynasty (690–705)
Shun dynasty|Shun dynasty|Great Shun
Tuyuhun|Tuyuhun|Tuyuhun kingdom
Kingdom of Khotan|Kingdom of Khotan|Khotan@-56:1006
Gaochang|Gaochang kingdom|Kingdom of Gaochang|Kingdom of Qocho
Buyeo|Buyeo|Puyŏ|Kingdom of Buyeo
Pyu city-states|Pyu city-states|Pyu city states
Tondo (historical polity)|Kingdom of Tondo|Tondo polity|Tondo@900:1589
Rajahnate of Cebu|Rajahnate of Cebu
Rajahnate of Butuan|Rajahnate of Butuan|Butuan@989:1521
Pahang Sultanate|Pahang Sultanate|Old Pahang Sultanate|Pahang@1470:1623
Kedah Sultanate|Kedah Sultanate|Sultanate of Kedah|Kedah@1136:1946
Patani Kingdom|Patani Kingdom|Sultanate of Patani|Kingdom of Patani|Pattani Kingdom|Patani@1516:1902
Banjar Sultanate|Banjar Sultanate|Sultanate of Banjar|Banjar@1526:1860
Bone State|Sultanate of Bone|Kingdom of Bone
Cirebon Sultanate|Cirebon Sultanate|Sultanate of Cirebon|Cirebon@1445:1677
Langkasuka|Langkasuka
Kingdom of Singapura|Kingdom of Singapura|Singapura@1299:1398
Tambralinga|Tambralinga
Hariphunchai|Hariphunchai
Lavo Kingdom|Lavo Kingdom|Kingdom of Lavo|Lavo@648:1388
Shan States|Shan States
Ganden Phodrang|Ganden Phodrang
Phagmodrupa dynasty|Phagmodrupa dynasty|Phagmodru dynasty
Tsangpa|Tsangpa dynasty|Tsangpa
Guge|Guge kingdom|Kingdom of Guge
Karkota dynasty|Karkota dynasty|Karkota Empire|+Karkotas
Gahadavala dynasty|Gahadavala dynasty|+Gahadavalas
Khandesh Sultanate|Khandesh Sultanate|Sultanate of Khandesh|Farooqi dynasty|Faruqi dynasty|Faruqi Sultanate|Khandesh@1382:1601
Twipra Kingdom|Twipra Kingdom|Kingdom of Tripura@1400:1949|Tripura Kingdom
Sikh Confederacy|Sikh Confederacy|Sikh misls|+Sikh Misls|+Misls
Thanjavur Maratha kingdom|Thanjavur Maratha kingdom|Thanjavur Marathas|Maratha kingdom of Thanjavur
Thanjavur Nayak kingdom|Thanjavur Nayak kingdom|Thanjavur Nayaks|Nayaks of Thanjavur
Madurai Nayak dynasty|Madurai Nayak dynasty|+Madurai Nayaks|Madurai Nayak kingdom|Nayaks of Madurai
Keladi Nayaka|Keladi Nayaka|Keladi Nayakas|Nayakas of Keladi|Kingdom of Keladi|Keladi@1499:1763
Cutch State|Cutch State|Kingdom of Kutch
Ziyarid dynasty|Ziyarid dynasty|+Ziyarids
Sallarid dynasty|Sallarid dynasty|+Sallarids
Kakuyids|Kakuyid dynasty|+Kakuyids
Shaddadids|Shaddadid dynasty|+Shaddadids
Marwanids (Diyar Bakr)|Marwanid dynasty@983:1085|+Marwanids@983:1085
Eldiguzids|Eldiguzid dynasty|+Eldiguzids|+Ildegizids|Ildegizid dynasty
Salghurids|Salghurid dynasty|+Salghurids
Sarbadars|+Sarbadars|Sarbadar dynasty
Injuids|Injuid dynasty|+Injuids
Yarkent Khanate|Yarkent Khanate|Yarkand Khanate|Mamlakat-i Moghuliyya|Yarkent@1514:1705
Sharifate of Mecca|Sharifate of Mecca|Emirate of Mecca|Sharifs of Mecca|Sharif of Mecca
Mirdasid dynasty|Mirdasid dynasty|+Mirdasids
Uqaylid dynasty|Uqaylid dynasty|+Uqaylids
Burid dynasty|Burid dynasty|+Burids
Kingdom of Kinda|Kingdom of Kinda|Kindite kingdom|Kindah
Kingdom of Imereti|Kingdom of Imereti|Imereti@1260:1810
Kingdom of Kartli|Kingdom of Kartli|Kartli@1478:1762
Kingdom of Kakheti|Kingdom of Kakheti|Kakheti@1465:1762
Principality of Mingrelia|Principality of Mingrelia|Mingrelia@1557:1867
Principality of Guria|Principality of Guria|Guria@1460:1829
Kingdom of Abkhazia|Kingdom of Abkhazia|Abkhazian Kingdom|Abkhazia@778:1008
Shirvanshah|Shirvanshah|+Shirvanshahs|Shirvanshah state|Shirvan Shahs
Karabakh Khanate|Karabakh Khanate|Khanate of Karabakh|Karabakh@1748:1822
Erivan Khanate|Erivan Khanate|Khanate of Erivan|Yerevan Khanate|Erivan@1747:1828
Ganja Khanate|Ganja Khanate|Khanate of Ganja
Quba Khanate|Quba Khanate|Khanate of Quba|Quba@1726:1806
Shaki Khanate|Shaki Khanate|Khanate of Shaki|Shaki@1743:1819
Emirate of Tbilisi|Emirate of Tbilisi|Emirate of Tiflis
Duchy of Bar|Duchy of Bar|County of Bar
Burgundian Netherlands|Burgundian Netherlands
Habsburg Netherlands|Habsburg Netherlands|Seventeen Provinces
County of Savoy|County of Savoy
Corsican Republic|Corsican Republic|Republic of Corsica@1755:1769
Anglo-Corsican Kingdom|Anglo-Corsican Kingdom
Principality of Orange|Principality of Orange
Roman Kingdom|Roman Kingdom|Kingdom of Rome@-753:-509|Regal Rome
Austrasia|Austrasia|*Austrasian@511:751|+Austrasians@511:751
Neustria|Neustria|*Neustrian@511:751|+Neustrians@511:751
Domain of Soissons|Domain of Soissons|Kingdom of Soissons
Kingdom of Odoacer|Kingdom of Odoacer|Kingdom of Italy (476–493)
Samo's Empire|Samo's Empire|Samo's realm|Samo's Kingdom
Old Great Bulgaria|Old Great Bulgaria|Great Bulgaria@632:668
Duklja|Duklja|Doclea@850:1186|Dioclea@850:1186
Deira|Kingdom of Deira|Deira@559:664
Bernicia|Bernicia|Kingdom of Bernicia
Kingdom of Lindsey|Kingdom of Lindsey
Kingdom of Cusco|Kingdom of Cusco|Kingdom of Cuzco
Garamantes|Garamantian Empire|+Garamantes
Bono state|Bono state|Bonoman|Bono Manso@1300:1723
Kingdom of Baol|Kingdom of Baol|Baol@1555:1894
Denanke Kingdom|Denanke Kingdom|Great Fulo|Empire of Great Fulo
Tahirid Sultanate|Tahirid Sultanate
New Sweden|New Sweden
Saybrook Colony|Saybrook Colony|Saybrook@1635:1644
Province of Maine|Province of Maine
Captaincy General of Yucatán|Captaincy General of Yucatán|Captaincy General of Yucatan
Tuʻi Tonga Empire|Tu'i Tonga Empire|Tui Tonga Empire|Tongan Empire
State of Song|State of Song
State of Zheng|State of Zheng|=Zheng@-806:-375
Later Qin|Later Qin
Later Yan|Later Yan
Northern Yan|Northern Yan
Southern Yan|Southern Yan
Former Liang|Former Liang
Western Qin|Western Qin
Helian Xia|Helian Xia
Jingnan|Jingnan
Loulan|Loulan|Kroran
Minyue|Minyue
Yelang|Yelang
Provisional Government of the Republic of China|Provisional Government of the Republic of China
Second Turkic Khaganate|Second Turkic Khaganate
Western Turkic Khaganate|Western Turkic Khaganate
Eastern Turkic Khaganate|Eastern Turkic Khaganate
Gija Joseon|Gija Joseon
Wiman Joseon|Wiman Joseon
Unified Silla|Unified Silla|Later Silla
Tamna|Tamna
Jinhan confederacy|Jinhan confederacy|Jinhan
Byeonhan confederacy|Byeonhan confederacy|Byeonhan
Okjeo|Okjeo
Dongye|Dongye
Yamato state|Yamato court|Yamato kingdom|Yamato@250:710
Yamatai|Yamatai|Yamatai-koku
Wa (Japan)|Land of Wa|Wa@-100:700
Chūzan|Chūzan|Chuzan
Hokuzan|Hokuzan
Nanzan|Nanzan
Sendai Domain|Sendai Domain
Owari Domain|Owari Domain
Kii Domain|Kii Domain
Tsushima Domain|Tsushima Domain|Tsushima-Fuchū Domain
Matsumae Domain|Matsumae Domain
Nagaoka Domain|Nagaoka Domain
Hikone Domain|Hikone Domain
Khamag Mongol|Khamag Mongol
Bogd Khanate of Mongolia|Bogd Khanate of Mongolia|Bogd Khanate
Four Oirat|Four Oirat|Oirat Confederation
Restored Hanthawaddy Kingdom|Restored Hanthawaddy Kingdom
Toungoo Empire|Toungoo Empire|Taungoo Empire|First Toungoo Empire|Toungoo@1510:1752|Taungoo@1510:1752
Konbaung Kingdom|Konbaung Kingdom|Third Burmese Empire|Konbaung@1752:1885
Văn Lang|Văn Lang|Van Lang
Âu Lạc|Âu Lạc|Au Lac
French Protectorate of Cambodia|French Protectorate of Cambodia
French Protectorate of Laos|French Protectorate of Laos
Kingdom of Laos|Kingdom of Laos|Royal Lao Government
Portuguese Timor|Portuguese Timor
State of Burma|State of Burma
Tarumanagara|Tarumanagara
Uxmal|Uxmal
Kʼicheʼ Kingdom|K'iche' Kingdom|Kʼicheʼ Kingdom|Kingdom of Q'umarkaj|Quiché Kingdom
Kaqchikel kingdom|Kaqchikel kingdom|Kaqchikel state
Mixtec kingdoms|Mixtec kingdoms|Tututepec
Zapotec state|Zapotec state|Monte Albán state
Toltec Empire|Toltec Empire|Toltec state|Tollan
Cahokia|Cahokia@1050:1350
Tecumseh's Confederacy|Tecumseh's Confederacy
Comanchería|Comanchería|Comancheria|Comanche Empire
Mapuche state|Araucanía@1550:1883|Kingdom of Araucanía and Patagonia
Real Audiencia of Quito|Real Audiencia of Quito|Audiencia of Quito|Presidency of Quito
Real Audiencia of Charcas|Real Audiencia of Charcas|Audiencia of Charcas|Upper Peru@1776:1825
Dutch Brazil|Dutch Brazil|New Holland@1630:1654
Acadia|Acadia|*Acadian@1604:1755|+Acadians
Rupert's Land|Rupert's Land
Russian America|Russian America|Russian Alaska
Danish West Indies|Danish West Indies
British West Indies|British West Indies
West Indies Federation|West Indies Federation|Federation of the West Indies
Cisplatina|Cisplatina|Cisplatine Province|Banda Oriental@1600:1828
State of Cundinamarca|Free and Independent State of Cundinamarca
Trinidad and Tobago|Trinidad and Tobago|*Trinidadian|+Trinidadians
Bahamas|Bahamas|*Bahamian
Prince-Bishopric of Montenegro|Prince-Bishopric of Montenegro
Kingdom of Serbs, Croats and Slovenes|Kingdom of Serbs, Croats and Slovenes|Kingdom of SCS|SCS@1918:1929
Kingdom of Albania|Kingdom of Albania|Albanian Kingdom
League of Lezhë|League of Lezhë|League of Lezhe
United States of the Ionian Islands|United States of the Ionian Islands
Protectorate of Bohemia and Moravia|Protectorate of Bohemia and Moravia
Carpatho-Ukraine|Carpatho-Ukraine|Carpatho-Ukrainian Republic
San Marino|San Marino|*Sammarinese
State of Cai|State of Cai|=Cai@-1046:-447
State of Chen|State of Chen|=Chen@-1046:-479
State of Wey|State of Wey|=Wey@-1040:-209
State of Zhongshan|State of Zhongshan|Zhongshan@-414:-296
State of Ba|State of Ba|Ba state
Ancient Shu|State of Shu|Ancient Shu|=Shu@-1046:-316
Wusun|Wusun
Dayuan|Dayuan|Dayuan kingdom|Ferghana kingdom
Kangju|Kangju
Shanshan kingdom|Shanshan kingdom|Kingdom of Shanshan|Shanshan@-77:448
Kingdom of Kucha|Kingdom of Kucha|Kucha@-200:790
Ili Sultanate|Ili Sultanate|Taranchi Sultanate
Pingnan Guo|Pingnan Guo|Pingnan State|Dali Sultanate|Pingnan@1856:1873
Constitutional Protection Government|Constitutional Protection Government|Canton government@1917:1925|Guangzhou government@1917:1925|Guangzhou Nationalist Government
East Hebei Autonomous Council|East Hebei Autonomous Council|East Hopei Autonomous Council|East Hebei Autonomous Government
Kumamoto Domain|Kumamoto Domain|Higo Domain
Fukuoka Domain|Fukuoka Domain|Chikuzen Domain
Hiroshima Domain|Hiroshima Domain
Okayama Domain|Okayama Domain
Uwajima Domain|Uwajima Domain
Fukui Domain|Fukui Domain|Echizen Domain
Yonezawa Domain|Yonezawa Domain
Shōnai Domain|Shōnai Domain|Shonai Domain
Kagoshima Domain|Kagoshima Domain
Kutai Martadipura|Kutai Martadipura|Kingdom of Kutai|Kutai@350:1300
Galuh Kingdom|Galuh Kingdom|Kingdom of Galuh
Kahuripan|Kahuripan
Janggala|Janggala
Pajang Sultanate|Pajang Sultanate|Sultanate of Pajang|Pajang@1568:1586
Mangkunegaran|Mangkunegaran
Siak Sultanate|Siak Sultanate|Sultanate of Siak|Siak Sri Indrapura|Siak@1723:1946
Deli Sultanate|Deli Sultanate|Sultanate of Deli
Palembang Sultanate|Palembang Sultanate|Sultanate of Palembang
Jambi Sultanate|Jambi Sultanate|Sultanate of Jambi|Jambi@1615:1904
Kutai Kartanegara Sultanate|Kutai Kartanegara Sultanate|Sultanate of Kutai|Kutai Kartanegara@1300:1960
Samudera Pasai Sultanate|Samudera Pasai Sultanate|Samudera Pasai|Sultanate of Pasai|Pasai Sultanate
Peureulak Sultanate|Peureulak Sultanate|Perlak Sultanate|Peureulak@840:1292
Pagaruyung Kingdom|Pagaruyung Kingdom|Pagaruyung
Bima Sultanate|Bima Sultanate|Sultanate of Bima|Bima@1620:1958
Buton Sultanate|Buton Sultanate|Sultanate of Buton|Buton@1332:1960
Perak Sultanate|Perak Sultanate|Sultanate of Perak|Perak@1528:1946
Selangor Sultanate|Selangor Sultanate|Sultanate of Selangor|Selangor@1766:1946
Terengganu Sultanate|Terengganu Sultanate|Sultanate of Terengganu|Terengganu@1725:1946
Kelantan Sultanate|Kelantan Sultanate|Sultanate of Kelantan|Kelantan@1760:1946
Klungkung|Kingdom of Klungkung|Klungkung@1686:1908
Gelgel|Kingdom of Gelgel|Gelgel@1380:1686
Rajahnate of Maynila|Rajahnate of Maynila|Kingdom of Maynila|Maynila@1500:1571
Confederation of Sultanates in Lanao|Confederation of Sultanates in Lanao|Sultanates of Lanao
Lâm Ấp|Lâm Ấp|Lam Ap|Linyi@192:757
Panduranga|Panduranga
Coalition Government of Democratic Kampuchea|Coalition Government of Democratic Kampuchea|CGDK
Muang Phuan|Muang Phuan|Xieng Khouang@1300:1899
Phayao Kingdom|Phayao Kingdom|Kingdom of Phayao|Phayao@1094:1338
Ngoenyang|Ngoenyang
Pinya Kingdom|Pinya Kingdom|Kingdom of Pinya|Pinya@1313:1365
Sagaing Kingdom|Sagaing Kingdom|Kingdom of Sagaing|Sagaing@1315:1364
Myinsaing Kingdom|Myinsaing Kingdom|Myinsaing
Prome Kingdom|Prome Kingdom|Kingdom of Prome|Prome@1482:1542
State of East Indonesia|State of East Indonesia
State of Pasundan|State of Pasundan|Pasundan@1948:1950
Crown Colony of Labuan|Crown Colony of Labuan
Chanka Confederation|Chanka Confederation|Chanka confederacy
Colla Kingdom|Colla Kingdom|Qulla Kingdom|Kingdom of Colla
Lupaca Kingdom|Lupaca Kingdom|Lupaqa Kingdom
Petén Itzá Kingdom|Petén Itzá Kingdom|Kingdom of Petén Itzá|Itza kingdom
Piedras Negras|Piedras Negras@300:900
Naranjo|Naranjo@500:900
Toniná|Toniná|Tonina@500:900
Coba|Coba@500:1100|Cobá
Culhuacan|Culhuacan|Colhuacan
Chalco|Chalco@1100:1465|Chalco confederacy
Xochimilco|Xochimilco@1200:1430
Cuzcatlan|Cuzcatlan|Lordship of Cuzcatlan
Caddo Confederacy|Caddo Confederacy|Hasinai Confederacy
Muskogee State|Muskogee State|State of Muskogee
State of Deseret|State of Deseret|Provisional State of Deseret|Deseret@1849:1851
Roanoke Colony|Roanoke Colony|Colony of Roanoke|Roanoke@1585:1590
Popham Colony|Popham Colony
Province of Avalon|Province of Avalon
Province of West Jersey|Province of West Jersey|West Jersey
Province of East Jersey|Province of East Jersey|East Jersey
Province of New Scotland|Province of New Scotland
Republic of Spanish Haiti|Republic of Spanish Haiti|Spanish Haiti
Saint Kitts and Nevis|Saint Kitts and Nevis|St Kitts and Nevis
Antigua and Barbuda|Antigua and Barbuda
Saint Lucia|Saint Lucia|St Lucia
Saint Vincent and the Grenadines|Saint Vincent and the Grenadines
Commonwealth of Dominica|Commonwealth of Dominica
Netherlands Antilles|Netherlands Antilles
Free State of Costa Rica|Free State of Costa Rica
Principality of Halych|Principality of Halych|Principality of Galicia@1124:1199|Halych@1124:1199
Principality of Turov|Principality of Turov|Principality of Turov and Pinsk
Principality of Rostov|Principality of Rostov|Rostov-Suzdal
Principality of Suzdal and Nizhny Novgorod|Principality of Suzdal and Nizhny Novgorod|Grand Principality of Nizhny Novgorod
Principality of Tmutarakan|Principality of Tmutarakan|Tmutarakan
Vyatka Land|Vyatka Land|Vyatka Republic
Duchy of Samogitia|Duchy of Samogitia|Eldership of Samogitia
First Hungarian Republic|First Hungarian Republic|Hungarian People's Republic (1918–1919)|Hungarian Democratic Republic
Despotate of Dobruja|Despotate of Dobruja|Principality of Karvuna
Tsardom of Vidin|Tsardom of Vidin|Vidin Tsardom
Tsardom of Tarnovo|Tsardom of Tarnovo|Tarnovo Tsardom
Military Frontier|Military Frontier|Croatian Military Frontier
Provisional Government of National Defence|Provisional Government of National Defence|Salonika government@1916:1917
Political Committee of National Liberation|Political Committee of National Liberation|PEEA|Mountain Government
Provisional Democratic Government (Greece)|Provisional Democratic Government
Autonomous Province of Western Bosnia|Autonomous Province of Western Bosnia
Duchy of Estonia|Duchy of Estonia|Danish Estonia|Swedish Estonia
Archbishopric of Riga|Archbishopric of Riga
Prince-Bishopric of Dorpat|Prince-Bishopric of Dorpat|Bishopric of Dorpat
Bishopric of Ösel–Wiek|Bishopric of Ösel–Wiek|Bishopric of Ösel-Wiek
Estonian Provisional Government|Estonian Provisional Government
United Baltic Duchy|United Baltic Duchy|Baltic Duchy
Bremen-Verden|Bremen-Verden|Swedish Bremen-Verden|Duchies of Bremen and Verden
Norwegian government-in-exile|Norwegian government-in-exile|Nygaardsvold government
Quisling regime|Quisling regime|Quisling government
Patriarchate of Aquileia|Patriarchate of Aquileia|Patria del Friuli
Marquisate of Saluzzo|Marquisate of Saluzzo
Principality of Lucca and Piombino|Principality of Lucca and Piombino
Duchy of Castro|Duchy of Castro
United Belgian States|United Belgian States|United States of Belgium
Republic of Liège|Republic of Liège|Liège Republic
Prince-Bishopric of Utrecht|Prince-Bishopric of Utrecht|Bishopric of Utrecht
Stem Duchy of Saxony|Stem Duchy of Saxony
United Duchies of Jülich-Cleves-Berg|United Duchies of Jülich-Cleves-Berg|Jülich-Cleves-Berg
Archbishopric of Magdeburg|Archbishopric of Magdeburg
Saxe-Coburg and Gotha|Saxe-Coburg and Gotha|Duchy of Saxe-Coburg and Gotha
Free City of Lübeck|Free City of Lübeck|Imperial City of Lübeck
Free City of Hamburg|Free City of Hamburg
Free City of Bremen|Free City of Bremen
Grand Duchy of Berg|Grand Duchy of Berg|Duchy of Berg
Subalpine Republic|Subalpine Republic|Piedmontese Republic
Cantonal Republic of Cartagena|Cantonal Republic of Cartagena|Canton of Cartagena
Marca Hispanica|Marca Hispanica|Spanish March
Taifa of Valencia|Taifa of Valencia
Taifa of Badajoz|Taifa of Badajoz
Taifa of Málaga|Taifa of Málaga
Taifa of Denia|Taifa of Denia
Taifa of Almería|Taifa of Almería
Taifa of Murcia|Taifa of Murcia
Zhangzhung|Zhangzhung
Crown Colony of Singapore|Crown Colony of Singapore|Colony of Singapore
Grand Duchy of Posen|Grand Duchy of Posen
Grand Duchy of Frankfurt|Grand Duchy of Frankfurt
Royal Prussia|Royal Prussia
`;

/**
 * Bare names of bodies that are one country's unless the note is about another country with a body of that name:
 * "Congress" is the United States Congress, but the Indian National Congress in a note that names India more often
 * than the United States; "the Nationalists", a faction of any country, are the Kuomintang in a note on China; the
 * "OAS" of a note on Algeria is the Organisation armée secrète. Each row: the name as the note writes it (matched
 * with a capital first letter), its own country (or none), then the other countries and their bodies, of any kind.
 */
export const COUNTRY_NAMESAKES: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] = [
	["Congress", "United States", [["India", "Indian National Congress"], ["South Africa", "African National Congress"]]],
	[
		"Labour Party",
		"United Kingdom",
		[
			["Australia", "Australian Labor Party"],
			["New Zealand", "New Zealand Labour Party"],
			["Ireland", "Labour Party (Ireland)"],
			["Israel", "Israeli Labor Party"],
			["Netherlands", "Labour Party (Netherlands)"],
		],
	],
	["Liberal Party", "United Kingdom", [["Canada", "Liberal Party of Canada"], ["Australia", "Liberal Party of Australia"]]],
	["Nationalists", "", [["China", "Kuomintang"]]],
	// (the data files are packed, all but ASCII: the name is written with escapes)
	["OAS", "", [["Algeria", "Organisation arm\u00e9e secr\u00e8te"]]],
];

/**
 * When the note's period (the middle of its dates) falls inside the years given, an entity is named for the polity
 * of that period: "Russia" in a note on 1917–1991 is the Soviet Union, "Britain" before 1707 is England.
 */
export const PERIOD_RENAMES: readonly (readonly [string, string, number, number])[] = [
	["Russia", "Soviet Union", 1917, 1991],
	["Mongolia", "Mongol Empire", 1206, 1368],
	["Soviet Union", "Russia", 1992, 9999],
	["United Kingdom", "England", -9999, 1706],
	["Turkey", "Seljuk Empire", 1037, 1298],
	["Turkey", "Ottoman Empire", 1299, 1922],
	["Ottoman Empire", "Turkey", 1923, 9999],
	["Iran", "Persia", -9999, 1934],
	["Thailand", "Ayutthaya Kingdom", 1351, 1767],
	["Czechoslovakia", "Bohemia", -9999, 1917],
	["Habsburg Monarchy", "Austria-Hungary", 1867, 1918],
	["Parliament", "Parliament of England", -9999, 1706],
	["Parliament", "Parliament of Great Britain", 1707, 1800],
	["Parliament", "Parliament of the United Kingdom", 1801, 9999],
	["Austria", "Austria-Hungary", 1867, 1918],
	// Rome: the Republic before 27 BC, the Empire after. The Empire has a row for each era (one of them its own name),
	// so a note always takes the name of its middle year, even one that runs from the Gracchi to Augustus.
	["Roman Republic", "Roman Empire", -27, 1500],
	["Roman Empire", "Roman Republic", -9999, -28],
	["Roman Empire", "Roman Empire", -27, 1500],
	["Colombia", "Gran Colombia", 1819, 1831],
	["Argentina", "United Provinces of the Río de la Plata", 1810, 1831],
	["Wehrmacht", "Reichswehr", 1919, 1934],
	["Reichswehr", "Wehrmacht", 1935, 1945],
];
