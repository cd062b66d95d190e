/**
 * Peoples, organisations and groups (line format in lexicon.ts). Plural nouns of confessions, parties and
 * peoples are unambiguous enough to match in lower case too (`~`); generic faction words ("Liberals",
 * "Nationalists") count only capitalised, because in lower case they are usually a general statement.
 */

/** Ethnic, national or communal populations that are not the demonym of one state. */
export const PEOPLES = `
Jews|+~Jews|+Jew|+Jewish|+Jewry|+Hebrews|+Israelites|European Jews|European Jewry
Magyars|+~Magyars|*Magyar
Vikings|+~Vikings|+Norsemen|*Viking
Slavs|+~Slavs|*Slavic
Arabs|+~Arabs|*Arab
Mongols|+~Mongols|*Mongol
Huns|+Huns
Goths|+Goths|+Visigoths|+Ostrogoths
Vandals|+Vandals
Franks|+Franks|*Frankish
Anglo-Saxons|+Anglo-Saxons|*Anglo-Saxon
Normans|+Normans|*Norman
Celts|+Celts|*Celtic
Gauls|+Gauls|*Gallic
Moors|+Moors|*Moorish
Berbers|+Berbers
Kurds|+Kurds|*Kurdish
Armenians|+Armenians|*Armenian
Aztecs|+~Aztecs|+Mexica|*Aztec
Incas|+~Incas|*Inca|*Incan
Maya|+Mayans|*Mayan
Native Americans|+Native Americans|+Native American|+American Indians|+Amerindians|+First Nations|*Native American
Indigenous peoples|+Indigenous peoples|+Indigenous people|+indigenous peoples|+indigenous people|+Aboriginal peoples|+Aborigines
Maori|+Maori|+Māori
Zulu|+Zulus|+Zulu people
Tatars|+Tatars|+Tartars|+Crimean Tatars
Cossacks|+~Cossacks|*Cossack
Roma|+Roma|+Gypsies|+Romani
Basques|+Basques
Catalans|+Catalans
Boers|+~Boers|+Afrikaners|*Boer
Palestinians|+Palestinians|*Palestinian
Bedouin|+Bedouin|+Bedouins
Uyghurs|+Uyghurs|+Uighurs
Pashtuns|+Pashtuns
Europeans|+~Europeans
Eastern Europeans|+Eastern Europeans
Western Europeans|+Western Europeans
Africans|+~Africans
Asians|+~Asians
Latin Americans|+Latin Americans
Westerners|+Westerners
Hindus|+~Hindus
Sikhs|+~Sikhs
Muslims|+~Muslims|+Moslems|+Mohammedans
Christians|+Christians
Ukrainians|+Ukrainians
African Americans|+African Americans|+African-Americans|+Black Americans
Slaves|+Slaves
Aborigines|+Aboriginal Australians
`;

export const ORGANISATIONS = `
Bolsheviks|+~Bolsheviks|+Bolshevik Party|*Bolshevik|+Bolsheviki
Mensheviks|+~Mensheviks|*Menshevik
Communist Party of the Soviet Union|CPSU|Soviet Communist Party|All-Union Communist Party
Comintern|Communist International|Third International|~Comintern
Cominform
Nazi Party|+~Nazis|*Nazi|NSDAP|National Socialist German Workers' Party|National Socialists|Nazi party
Sturmabteilung|SA@1920:1945|Brownshirts|Stormtroopers@1920:1945
Schutzstaffel|SS@1925:1945
Gestapo|~Gestapo
Wehrmacht|~Wehrmacht|Reichswehr
Luftwaffe
Hitler Youth
Freikorps
Spartacus League|+Spartacists
Social Democratic Party of Germany|SPD|German Social Democrats
Reichstag|~Reichstag
Bundestag
Duma|State Duma
Politburo|~Politburo|Presidium
Central Committee
KGB|NKVD|Cheka|OGPU|GPU@1922:1923
Red Army|Soviet Army
Stasi
CIA|Central Intelligence Agency
FBI
MI6|MI5
Parliament|Parliament|Houses of Parliament|English Parliament|British Parliament|Long Parliament|Rump Parliament|Short Parliament
House of Commons|the Commons
House of Lords|the Lords
Congress|Congress@1774:9999|US Congress|U.S. Congress|Continental Congress
Senate|Senate|US Senate|Roman Senate
Supreme Court
Estates General|Estates-General|States General|States-General
National Assembly|National Constituent Assembly|Constituent Assembly
Legislative Assembly
National Convention|the Convention@1792:1795
Committee of Public Safety
Directory|the Directory@1795:1799|French Directory
Jacobins|+~Jacobins|Jacobin Club|*Jacobin
Girondins|+Girondins|+Girondists
Frankfurt Parliament|Frankfurt Assembly|Frankfurt National Assembly
Sejm
Cortes
Catholic Church|Roman Catholic Church|Church|Church of Rome|Papacy|Holy See|the Vatican|Vatican|Catholic church|Latin Church
Church of England|Anglican Church|English Church
Eastern Orthodox Church|Orthodox Church|Russian Orthodox Church|Greek Orthodox Church
Lutheran Church
Jesuits|+~Jesuits|Society of Jesus|Jesuit order|Jesuit Order
Inquisition|~Inquisition|Spanish Inquisition|Roman Inquisition|Holy Office|Papal Inquisition
Franciscans|+Franciscans|Franciscan order
Dominicans|+Dominicans@-9999:1800|Dominican order
Knights Templar|+Templars|Order of the Temple
Teutonic Knights|Teutonic Order
Knights Hospitaller|+Hospitallers
Janissaries|+~Janissaries|Janissary corps
Spanish Armada|Armada|Invincible Armada
Royal Navy
Royal Air Force|RAF
New Model Army
Continental Army
Grande Armée|Grande Armee|Grand Army
Hanseatic League|Hansa|Hanse
East India Company|English East India Company|British East India Company|EIC|Honourable East India Company
Dutch East India Company|VOC|Dutch West India Company
Hudson's Bay Company
Royal Society
League of Nations|League@1919:1946|League of Nations Council
United Nations|UN|U.N.|UNO|United Nations Organization|UN Security Council|Security Council
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|N.A.T.O.
Warsaw Pact|Warsaw Treaty Organization
European Union|EU|E.U.
European Economic Community|EEC|Common Market|European Community|European Coal and Steel Community|ECSC
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
OPEC
Arab League
Organization of American States|OAS
Comecon|COMECON
Viet Cong|Vietcong|VC@1955:1975
Viet Minh|Vietminh
Khmer Rouge
Kuomintang|KMT|Guomindang|Chinese Nationalist Party
Chinese Communist Party|CCP|Communist Party of China|CPC
Red Guards
Sinn Féin|Sinn Fein
Irish Republican Army|IRA
Palestine Liberation Organization|PLO
Muslim Brotherhood
Taliban|~Taliban
al-Qaeda|Al-Qaeda|Al Qaeda|al Qaeda
Hamas
Hezbollah
African National Congress|ANC
Indian National Congress|Congress Party@1885:2000
Muslim League|All-India Muslim League
Ku Klux Klan|KKK|~Klan
NAACP
Black Panthers|Black Panther Party
Young Turks|Committee of Union and Progress
Carbonari
Labour Party|Labour@1900:9999|British Labour Party
Conservative Party|+Tories|Tory Party|*Tory
Liberal Party
Whig Party
Democratic Party|Democratic party
Republican Party|GOP
Fascist Party|National Fascist Party|Italian Fascist Party|Blackshirts
Falange
Communist Party|Communist party
Solidarity@1980:1990
Black Hand
Ottoman Janissaries
Sanhedrin
Privy Council
Star Chamber
Gestapo
Mossad
Stasi
Securitate
`;

export const GROUPS = `
House of Habsburg|+~Habsburgs|+~Hapsburgs|Habsburg|Hapsburg|Habsburg dynasty|Hapsburg dynasty|Habsburg Dynasty|Hapsburg Dynasty|House of Austria|Austrian Habsburgs|Spanish Habsburgs
House of Bourbon|+Bourbons|Bourbon dynasty|Bourbon Dynasty|~Bourbon
House of Stuart|+~Stuarts|~Stuart|Stuart dynasty|Stuart Dynasty|House of Stewart
House of Tudor|+~Tudors|~Tudor|Tudor dynasty|Tudor Dynasty
House of Hanover|+~Hanoverians|Hanoverian dynasty|*Hanoverian
House of Windsor|Windsors
House of Plantagenet|+~Plantagenets|~Plantagenet
House of Lancaster|+Lancastrians
House of York|+Yorkists
House of Valois|~Valois|Valois dynasty
Capetian dynasty|+~Capetians|~Capetian
Carolingian dynasty|+~Carolingians|~Carolingian
Merovingian dynasty|+~Merovingians|~Merovingian
First Triumvirate|first triumvirate
Second Triumvirate|second triumvirate
Optimates|+Optimates|+optimates
Populares|+Populares|+populares
House of Romanov|+~Romanovs|~Romanov|Romanov dynasty
House of Hohenzollern|+~Hohenzollerns|~Hohenzollern|Hohenzollern dynasty
House of Wittelsbach|+Wittelsbachs|~Wittelsbach
House of Savoy|Savoy dynasty
House of Medici|~Medici|+Medicis|Medici family
House of Borgia|+~Borgias
House of Orange|House of Orange-Nassau|Orangists
House of Vasa|~Vasa|Vasa dynasty
Jagiellonian dynasty|+Jagiellons|~Jagiellonian
Ottoman dynasty|House of Osman
Rurik dynasty|+Rurikids
Han dynasty|Han Dynasty
Tang dynasty|Tang Dynasty
Song dynasty|Song Dynasty
Yuan dynasty|Yuan Dynasty
Protestants|+~Protestants|+Protestant churches
Catholics|+~Catholics|+Roman Catholics|+~papists|+Papists
Huguenots|+~Huguenots
Calvinists|+~Calvinists
Lutherans|+~Lutherans
Puritans|+~Puritans
Anglicans|+~Anglicans
Presbyterians|+~Presbyterians|+Covenanters
Quakers|+~Quakers
Anabaptists|+~Anabaptists
Jansenists|+Jansenists
Hussites|+~Hussites
Lollards|+~Lollards
Cathars|+~Cathars|+Albigensians
Methodists|+Methodists
Mennonites|+Mennonites
Sunnis|+Sunnis|+Sunni Muslims
Shias|+Shias|+Shiites|+Shi'ites|+Shia Muslims
Liberals|+Liberals
Conservatives|+Conservatives
Nationalists|+Nationalists
Socialists|+Socialists
Communists|+Communists|+~communists
Anarchists|+Anarchists
Marxists|+Marxists
Fascists|+Fascists
Radicals|+Radicals
Royalists|+Royalists|+Cavaliers
Parliamentarians|+Parliamentarians|+Roundheads
Republicans|+Republicans
Monarchists|+Monarchists
Democrats|+Democrats
Loyalists|+Loyalists
Patriots|+Patriots@1765:1790
Federalists|+Federalists|+Anti-Federalists
Abolitionists|+~Abolitionists
Zionists|+~Zionists
Chartists|+~Chartists
Luddites|+~Luddites
Suffragettes|+~Suffragettes|+Suffragists
Levellers|+Levellers
Diggers|+Diggers
Sans-culottes|+~sans-culottes|+Sans-Culottes|+sans culottes
Decembrists|+~Decembrists
Narodniks|+~Narodniks
Reds|+Reds@1917:1991
White movement|White Army|White Russians|+Whites@1917:1923|White Guard|White forces
Young Italy
Home Rule movement|Home Rule League|+Home Rulers
Civil rights movement|civil rights movement|Civil Rights Movement|Civil rights movements
Bourgeoisie|+Bourgeoisie|+~bourgeoisie
Nobility|+Nobility|+Aristocracy
Proletariat|+Proletariat|+~proletariat
Third Estate
First Estate
Second Estate
Junkers|+~Junkers
Boyars|+~boyars|+Boyars
Samurai|+Samurai
Allies|+Allies|+Allied Powers|+Allied powers|+Allied forces|+Allied Forces|*Allied
Axis powers|+Axis|+Axis Powers|+Axis powers
Central Powers|+Central Powers
Triple Entente|+Entente|Entente Powers|Entente Cordiale
Triple Alliance
Holy Alliance
Quadruple Alliance
Grand Alliance
Holy League
Catholic League
Protestant Union
Schmalkaldic League
Little Entente
Concert of Europe
Western powers|+Western powers|+Western Powers|+Western nations|+Western Nations|+the West@1945:1991|+Western democracies|+Western Allies
Eastern Bloc|+Soviet bloc|+Soviet Bloc|+Eastern bloc|+Communist bloc
Great Powers|+Great Powers|+great powers
Young Turks movement
Free French|+Free French Forces
French Resistance|+the Resistance@1940:1945
Partisans|+Yugoslav Partisans
Mujahideen|+~mujahideen
Contras|+Contras
Sandinistas|+~Sandinistas
`;

/**
 * Forms that name no actor: places, languages and continents that contain a state's name or demonym. Matching
 * them first keeps "North America" from counting as America and "English Channel" as England.
 */
export const NON_ACTORS = `
North America|South America|Central America|Latin America|Spanish America|British North America|the Americas
New England|New France|New Spain|New Netherland|New Amsterdam|New World|Old World|New Mexico|New South Wales
English Channel|British Isles|Irish Sea|Polish Corridor|German East Africa|Dutch East Indies|French Indochina
Spanish Netherlands|Austrian Netherlands|Spanish Main|Holy Land|Middle East|Near East|Far East|Western Europe
Eastern Europe|Central Europe|Northern Europe|Southern Europe|Western Front|Eastern Front|Southern Front
Low Countries|Rhineland|Ruhr Valley|Ruhr|Asia Minor|East Indies|West Indies|Indian Ocean|Indian subcontinent
Roman Catholic|Roman Catholicism|Anglo-Saxon England|Greek Orthodox|Russian Orthodox|Virgin Mary|Holy Spirit
Holy Ghost|Jesus Christ|Christ|Jesus|God|Satan|Devil|Allah|Virgin|Lord God|Saint Peter|St. Peter|Iron Curtain
Berlin Wall|Great Wall|Silk Road|German language|French language|English language|Latin|Russian language
Chinese Exclusion|Japanese Americans|Japanese-Americans|Arab world|Muslim world|Christian world|Western world
Islamic world|Third World|First World|Second World|Soviet space|American Dream|American South|American West
British Raj era|Pax Romana|Pax Britannica|Pax Americana|Ottoman Porte era|German states|Italian states
German lands|Italian peninsula|Iberian Peninsula|Balkan Peninsula|Scandinavian Peninsula|Korean Peninsula
`;

/**
 * Demonyms of cities and regions: no polity of their own here, but with a collective noun they delimit a group
 * that acts ("Parisian workers", "Viennese students").
 */
export const LOCAL_DEMONYMS = `
*Parisian
*Londoner
*Viennese
*Berliner
*Muscovite
*Roman
*Lyonnais
*Milanese
*Bostonian
*Virginian
*Silesian
*Flemish
*Catalan
*Andalusian
*Scandinavian
*Hamburg
`;
