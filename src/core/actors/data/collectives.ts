/**
 * Peoples, organisations and groups (line format in lexicon.ts). Plural nouns of confessions, parties and
 * peoples are unambiguous enough to match in lower case too (`~`); generic faction words ("Liberals",
 * "Nationalists") count only capitalised, because in lower case they are usually a general statement.
 */

/** Ethnic, national or communal populations that are not the demonym of one state. */
export const PEOPLES = `
Dogon|+Dogon
Khoisan|+Khoisan
Makua|+Makua|+Makhuwa
Merina people|+Merina
Beja|+Beja
Karakalpaks|+Karakalpaks
Telugu people|+Telugus
Gujaratis|+Gujaratis
Malayalis|+Malayalis
Dravidians|+Dravidians
Indo-Aryans|+Indo-Aryans|+Aryans@-2000:-500
Nairs|+Nairs
Bohras|+Bohras
Anglo-Indians|+Anglo-Indians
Anglo-Irish|*Anglo-Irish
Nguni|+Nguni|+Nguni peoples
Lango|+Lango
Iteso|+Iteso
Karamojong|+Karamojong
Mangbetu|+Mangbetu
Bateke|+Bateke
Duala|+Duala
Urhobo|+Urhobo
Zarma|+Zarma|+Djerma
Baoulé|+Baoulé|+Baule
Senufo|+Senufo
Dyula|+Dyula|+Dioula
Susu|+Susu
Serer|+Serer|+Sereer
Jola|+Jola|+Diola
Haratin|+Haratin
Nuba|+Nuba
Ja'alin|+Ja'alin|+Jaalin
Hadendoa|+Hadendoa|+Hadendowa
Gurage|+Gurage
Chleuh|+Chleuh
Mozabites|+Mozabites
Amazigh|+Imazighen
Anizah|+Anizah|+Anazzah|+Anaza
Bani Khalid|+Bani Khalid
Banu Kalb|+Banu Kalb
Banu Taghlib|+Banu Taghlib
Tanukhids|+Tanukhids
Mizrahi Jews|+Mizrahim|+Mizrahi Jews
Sarts|+Sarts
Brahmins|+Brahmins|+Brahmans
Kshatriyas|+Kshatriyas
Chitpavan Brahmins|+Chitpavans
Kayasthas|+Kayasthas
Lingayats|+Lingayats
Vokkaligas|+Vokkaligas
Nadars|+Nadars
Ezhavas|+Ezhavas
Mahars|+Mahars
Gurjars|+Gurjars|+Gujars
Ahirs|+Ahirs
Meos|+Meos
Kolis|+Kolis
Marwaris|+Marwaris
Chettiars|+Chettiars
Khatris|+Khatris
Khojas|+Khojas
Memons|+Memons
Siddis|+Siddis|+Habshis
Deccanis|+Deccanis
Lepchas|+Lepchas
Newars|+Newars
Magars|+Magars
Gurungs|+Gurungs
Tharus|+Tharus
Khasis|+Khasis
Garos|+Garos
Kukis|+Kukis
Meiteis|+Meiteis|+Manipuris
Bodos|+Bodos
Veddas|+Veddas
Sri Lankan Moors|+Sri Lankan Moors|+Ceylon Moors
Jews|+~Jews|+Jew|+Jewish|+Jewry|+Hebrews|+Israelites|European Jews|European Jewry|+Judaeans|+Judeans
Magyars|+~Magyars|*Magyar
Vikings|+~Vikings|+Norsemen|*Viking|*Norse
Slavs|+~Slavs|*Slavic
Arabs|+~Arabs|*Arab
Mongols|+~Mongols|*Mongol
Huns|+Huns
Goths|+Goths|+Visigoths|+Ostrogoths
Vandals|+Vandals
Franks|+Franks|*Frankish
Anglo-Saxons|+Anglo-Saxons|*Anglo-Saxon
Normans|+Normans|*Norman|+Anglo-Normans|*Anglo-Norman
Celts|+Celts|*Celtic
Gauls|+Gauls|*Gallic
Moors|+Moors|*Moorish
Berbers|+Berbers|*Berber
Kurds|+Kurds|*Kurdish
Armenians|+Armenians|*Armenian
Aztecs|+~Aztecs|+Mexica|*Aztec
Incas|+~Incas|*Inca|*Incan
Maya|+Mayans|*Mayan
Native Americans|+Native Americans|+Native American|+American Indians|+Amerindians|+First Nations|*Native American|*American Indian
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
Pashtuns|+Pashtuns|+Pathans|*Pashtun
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
Iroquois|+~Iroquois|+Haudenosaunee|Iroquois Confederacy|Iroquois League
Cherokee|+Cherokee|+Cherokees|Cherokee Nation
Sioux|+Sioux|+Lakota|+Lakota Sioux|+Dakota Sioux|+Oglala|+Oglala Sioux|+Hunkpapa|+Santee Sioux
Apache|+Apache@1600:1890|+Apaches|+Chiricahua|+Chiricahua Apache
Comanche|+Comanche|+Comanches
Navajo|+Navajo|+Navajos|+Navaho|Navajo Nation
Shawnee|+Shawnee|+Shawnees
Seminole|+Seminole|+Seminoles
Wendat|+Wendat|+Hurons|+Huron-Wendat|+Wyandot
Algonquins|+Algonquins|+Algonquians
Mohawks|+Mohawks
Wampanoag|+Wampanoag|+Wampanoags
Pequot|+Pequot|+Pequots
Powhatan Confederacy|Powhatan people|+Powhatans
Nez Perce|+Nez Perce
Cheyenne|+Cheyenne@1700:1900|+Cheyennes
Taíno|+Taíno|+Taino|+Tainos
Arawaks|+Arawaks|+Arawak
Caribs|+Caribs|+Kalinago
Olmecs|+Olmecs|*Olmec
Toltecs|+Toltecs|*Toltec
Zapotecs|+Zapotecs|*Zapotec
Tlaxcalans|+Tlaxcalans|+Tlaxcaltecs
Mapuche|+Mapuche|+Araucanians
Guaraní|+Guaraní|+Guarani
Ancestral Puebloans|+Ancestral Puebloans|+Anasazi
Inuit|+Inuit
Métis|+Métis|+Metis
Native Hawaiians|+Native Hawaiians|+Hawaiians
Polynesians|+Polynesians
Sumerians|+Sumerians|*Sumerian
Akkadians|+Akkadians
Phoenicians|+Phoenicians|*Phoenician
Philistines|+Philistines|+Peleset
Samaritans|+Samaritans
Idumaeans|+Idumaeans|+Idumeans
Hyksos|+Hyksos
Sea Peoples|+Sea Peoples
Etruscans|+Etruscans|*Etruscan
Scythians|+Scythians|*Scythian
Lombards|+Lombards@500:1100
Saxons|+Saxons@300:1000
Picts|+Picts
Khazars|+Khazars
Varangians|+Varangians
Bulgars|+Bulgars
Avars|+Avars@500:800
Pechenegs|+Pechenegs
Cumans|+Cumans|+Kipchaks|+Polovtsians|+Polovtsy|*Cuman
Xiongnu|+Xiongnu
Jurchens|+Jurchens|+Jurchen
Khitans|+Khitans|+Khitan
Manchus|+~Manchus|*Manchu@1600:1912
Han Chinese|+Han Chinese
Ainu|+Ainu
Hmong|+Hmong
Rajputs|+Rajputs|*Rajput
Bengalis|+Bengalis
Tamils|+Tamils|+Sri Lankan Tamils|+Ceylon Tamils
Sinhalese|+Sinhalese|+Sinhala|+Sinhalese people
Dalits|+Dalits|+Untouchables|+~untouchables
Copts|+Copts|+Coptic Christians
Maronites|+Maronites
Druze|+Druze
Alawites|+Alawites
Yazidis|+Yazidis|+Yezidis
Chechens|+Chechens
Bosniaks|+Bosniaks|+Bosnian Muslims
Kosovo Albanians|+Kosovo Albanians|+Kosovars
Ruthenians|+Ruthenians
Sudeten Germans|+Sudeten Germans
Volga Germans|+Volga Germans
Walloons|+Walloons
Flemings|+Flemings
Moriscos|+Moriscos
Conversos|+Conversos|+Marranos|+~conversos
Sephardic Jews|+Sephardic Jews|+Sephardim
Ashkenazi Jews|+Ashkenazi Jews|+Ashkenazim
Herero|+Herero|+Hereros|+OvaHerero
Nama people|+Nama people|+Nama
Hutu|+Hutu|+Hutus
Tutsi|+Tutsi|+Tutsis
Igbo|+Igbo|+Ibo
Yoruba|+Yoruba
Hausa|+Hausa|+Hausas
Fulani|+Fulani|+Fula|+Fulbe
Xhosa|+Xhosa
Ndebele|+Ndebele|+Matabele
Basotho|+Basotho|+Basuto|+Sotho
Kikuyu|+Kikuyu|+Gikuyu
Maasai|+Maasai|+Masai
Tuareg|+Tuareg|+Tuaregs
Khoikhoi|+Khoikhoi|+Khoekhoe|+Khoi|+Hottentots
San people|+San people|+Bushmen
Bantu peoples|+Bantu|+Bantu peoples|+Bantu-speaking peoples|+Bantu-speakers
Swahili people|+Swahili people|+Waswahili
Cimbri|+Cimbri
Teutones|+Teutones|+Teutons@-120:-100
Ambrones|+Ambrones
Samnites|+Samnites
Latins|+Latins@-500:-89|+Latins@1050:1460
Helvetii|+Helvetii|+Helvetians@-70:-50
Aedui|+Aedui
Arverni|+Arverni
Belgae|+Belgae
Suebi|+Suebi|+Suevi
Iceni|+Iceni
Lusitanians|+Lusitanians@-200:-19
Celtiberians|+Celtiberians
Marsi|+Marsi
Germanic peoples|+Germanic peoples|+Germanic tribes
Lenape|+Lenape|+Delawares|+Delaware Indians
Mingo|+Mingo|+Mingos
Miami people|+Miamis|+Miami Indians
Odawa|+Odawa|+Ottawas|+Ottawa Indians
Ojibwe|+Ojibwe|+Ojibwa|+Chippewa|+Anishinaabe
Muscogee|+Muscogee|+Creeks|+Creek Indians|Creek Confederacy|Creek Nation
Chickasaw|+Chickasaw|+Chickasaws
Choctaw|+Choctaw|+Choctaws|Choctaw Nation
Catawba people|+Catawba|+Catawbas
Seneca people|+Senecas|+Seneca Nation
Oneida people|+Oneidas|+Oneida Nation
Tuscarora people|+Tuscarora|+Tuscaroras
Onondaga people|+Onondagas
Cayuga people|+Cayugas
Western Confederacy|Northwestern Confederacy
Jats|+~Jats|*Jat
Uzbeks|+Uzbeks|*Uzbek
Rohillas|+Rohillas|*Rohilla
Baloch people|+Baloch|+Baluch|+Balochis|+Baluchis
Bundelas|+Bundelas|*Bundela
Alans|+Alans|+Alani
Gepids|+Gepids|+Gepidae
Heruli|+Heruli|+Herules
Isaurians|+Isaurians
Angles|+Angles@400:700
Jutes|+Jutes
Wends|+Wends
Geats|+Geats
Luo people|+Luo@1940:1980
Shona people|+Shona|+Mashona
Ovimbundu|+Ovimbundu
Bakongo|+Bakongo|+Kongo people
Luba people|+Baluba|+Luba
Lunda people|+Lunda
Ewe people|+Ewe@1880:1980
Kabyle people|+Kabyles
Totonac|+Totonacs|+Totonac
Naimans|+Naimans
Keraites|+Keraites|+Kereyids|+Keraits
Merkits|+Merkits
Tanguts|+Tanguts
Ionians|+Ionians
Medes|+Medes
Marcomanni|+Marcomanni
Cherusci|+Cherusci
Coloureds|+Coloureds|+Coloured people
Degar|+Montagnards@1955:1975
Karen people|+Karen people|+Karens
Punjabis|+Punjabis|*Punjabi
Sindhis|+Sindhis
Muhajirs|+Muhajirs|+Mohajirs
Shan people|+Shans|+Shan people
Kachin people|+Kachins|+Kachin people
Karenni people|+Karenni|+Karenni people
Rohingya people|+Rohingya|+Rohingyas
Bamar people|+Bamar|+Burmans
Rakhine people|+Rakhine people|+Arakanese
Javanese people|+Javanese people|*Javanese
Acehnese people|+Acehnese people|*Acehnese
Chinese Indonesians|+Chinese Indonesians|+Indonesian Chinese
Moro people|+Moros|+Bangsamoro
Malays|+~Malays|*Malay
Hurrians|+Hurrians
Kassites|+Kassites|*Kassite
Amorites|+Amorites
Arameans|+Arameans|+Aramaeans
Chaldeans|+Chaldeans@-900:-539
Canaanites|+Canaanites
Nubians|+Nubians
Sherden|+Sherden|+Shardana
Massagetae|+Massagetae
Xianbei|+Xianbei
Sogdians|+Sogdians
Tajiks|+Tajiks
Hazaras|+Hazaras|*Hazara
French Canadians|+French Canadians|+French-Canadians|*French-Canadian|+Canadiens@1760:1900
Cree|+Cree|+Crees
Don Cossacks|+Don Cossacks
Zaporozhian Cossacks|+Zaporozhian Cossacks|+Zaporozhians
Abkhaz|+Abkhaz|+Abkhazians
Ossetians|+Ossetians|+South Ossetians
Soninke|+Soninke
Mandinka|+Mandinka|+Malinke|+Mandingo|+Mandinkas
Wangara|+Wangara
Mossi|+Mossi
Oghuz Turks|+Oghuz Turks|+Oghuz|+Ghuzz Turks|+Ghuzz
Semu|+Semu
Cimmerians|+Cimmerians|*Cimmerian
Alchon Huns|+Alchon Huns|+Hunas
Old Prussians|+Old Prussians|+Prussians@1200:1290|+Baltic Prussians
Livonians|+Livonians|+Livs
Curonians|+Curonians
Latgalians|+Latgalians|+Letts@1180:1300
Yotvingians|+Yotvingians|+Sudovians
Samogitians|+Samogitians|*Samogitian
Tepanecs|+Tepanecs|*Tepanec
Acolhua|+Acolhua|+Acolhuas
Chichimecs|+Chichimecs|*Chichimec
Oromo|+Oromo|+Galla
Amhara|+Amhara
Tigrayans|+Tigrayans
Dinka|+Dinka
Nuer|+Nuer
Isaaq|+Isaaq
Southern Sudanese|+Southern Sudanese
Baganda|+Baganda
Acholi|+Acholi
Langi|+Langi
Kalenjin|+Kalenjin
Makonde|+Makonde
Mbundu|+Mbundu|+Ambundu
Shirazi people|+Shirazis|+Shirazi@900:1700
Karanga|+Karanga
Zimba|+Zimba@1570:1600
Beta Israel|+Beta Israel|+Falasha|+Falashas
Agaw|+Agaw|+Agau
Kanuri|+Kanuri
Kanembu|+Kanembu
Bulala|+Bulala
Jukun|+Jukun
Imbangala|+Imbangala
Jaga|+Jaga@1560:1700|+Jagas
Vili|+Vili
Betsimisaraka|+Betsimisaraka
Betsileo|+Betsileo
Antemoro|+Antemoro|+Antaimoro
Vazimba|+Vazimba
Ugandan Asians|+Ugandan Asians
Miskito|+Miskitos|+Miskito
Székelys|+Székelys|+Szekelys|+Szeklers|*Székely
Transylvanian Saxons|+Transylvanian Saxons
Vlachs|+Vlachs|*Vlach
Trinovantes|+Trinovantes
Catuvellauni|+Catuvellauni
Brigantes|+Brigantes
Silures|+Silures
Ordovices|+Ordovices
Atrebates|+Atrebates
Caledonians|+Caledonians|+Caledonii
Sequani|+Sequani
Nervii|+Nervii
Eburones|+Eburones
Veneti (Gaul)|+Veneti@-60:-50
Carnutes|+Carnutes
Quadi|+Quadi
Sarmatians|+Sarmatians|*Sarmatian
Iazyges|+Iazyges
Batavi|+Batavi|+Batavians@-50:300
Alemanni|+Alemanni|+Alamanni
Chatti|+Chatti
Tervingi|+Tervingi|+Thervingi
Galatians|+Galatians@-280:-25
Yuezhi|+Yuezhi
Sakas|+Sakas|+Shakas|+Saka
Tocharians|+Tocharians
Massylii|+Massylii
Masaesyli|+Masaesyli|+Masaesylii
Gaetuli|+Gaetuli|+Gaetulians
Kaska|+Kaska
Habiru|+Habiru|+Apiru
Circassians|+Circassians|*Circassian
Baltic Germans|+Baltic Germans
Tukulor|+Tukulor|+Toucouleur|+Toucouleurs|+Halpulaar
Bambara|+Bambara|+Bamana
Wolof|+Wolof|+Wolofs
Fante|+Fante|+Fanti
Nyamwezi|+Nyamwezi|+Wanyamwezi
Hehe|+Hehe|+Wahehe
Matumbi|+Matumbi
Ngoni|+Ngoni|+Angoni
Griqua|+Griqua|+Griquas
Mfengu|+Mfengu|+Fingo|+Fingoes
Tswana|+Tswana|+Batswana
Mpondo|+Mpondo|+Pondo
Thembu|+Thembu
Kololo|+Kololo|+Makololo
Sakalava|+Sakalava
Mozarabs|+Mozarabs
Mudéjars|+Mudéjars|+Mudejars|+~mudéjares|+~mudejares
Muwallads|+Muwallads|+Muladies
Saqaliba|+Saqaliba
Turkmens|+Turkmens@900:1800|+Turkomans|+Turcomans|+Turkmen@900:1800
Oirats|+Oirats|+Oyirads|*Oirat
Khalkha Mongols|+Khalkha|+Khalkhas
Kalmyks|+Kalmyks|+Torghuts|+Torguts
Hui people|+Hui Muslims|+Chinese Muslims
Miao people|+Miao
Mon people|+Mon people|+Mon@1280:1760
Yishuv|~Yishuv
Rifians|+Rifians|+Riffians|+Riffs|*Rifian
Assyrian people|+Assyrians@1800:9999|+Assyrian Christians
Narragansett people|+Narragansett|+Narragansetts
Mohegan|+Mohegan|+Mohegans
Susquehannock|+Susquehannock|+Susquehannocks
Sauk people|+Sauk|+Sauks
Meskwaki|+Meskwaki|+Fox Indians
Arapaho|+Arapaho|+Arapahos|+Arapahoe
Kiowa|+Kiowa|+Kiowas
Shoshone|+Shoshone|+Shoshones|+Shoshoni
Pawnee|+Pawnee|+Pawnees
Drevlians|+Drevlians
East Slavs|+East Slavs|+Eastern Slavs
Kouloughlis|+Kouloughlis|+Kuloghlis|+Koulouglis
Ghilzai|+Ghilzais|+Ghilzai Afghans|+Ghiljis
Lezgins|+Lezgins|+Lezgians
Bakhtiari|+Bakhtiaris|+Bakhtiari tribesmen
Gurkhas|+~Gurkhas|+Gorkhas
Parsis|+~Parsis|+Parsees
Balinese people|+Balinese
Bugis|+Bugis|+Buginese
Minangkabau people|+Minangkabau
Sundanese people|+Sundanese
Dayak people|+Dayaks
Tagalog people|+Tagalogs
Ngāpuhi|+Ngāpuhi|+Ngapuhi
Ngāti Toa|+Ngāti Toa|+Ngati Toa
Ngāti Maniapoto|+Ngāti Maniapoto|+Ngati Maniapoto
Ngāti Porou|+Ngāti Porou|+Ngati Porou
Ngāti Ruanui|+Ngāti Ruanui|+Ngati Ruanui
Ngāi Tahu|+Ngāi Tahu|+Ngai Tahu
Te Arawa|+Te Arawa
Tūhoe|+Tūhoe|+Tuhoe
Te Āti Awa|+Te Āti Awa|+Te Atiawa
Pākehā|+Pākehā|+Pakeha
Eora|+Eora
Wiradjuri|+Wiradjuri
Noongar|+Noongar|+Nyungar
Palawa|+Palawa|+Tasmanian Aborigines
Indo-Fijians|+Indo-Fijians
Orang Asli|+Orang Asli
Iban people|+Iban|+Ibans
Potawatomi|+Potawatomi|+Potawatomis
Plains Indians|+Plains Indians|+Plains tribes|+Plains nations
Blackfoot Confederacy|+Blackfoot|+Blackfeet|+Siksika
Crow Nation|+Crow Indians|+Crow Nation|+Apsáalooke
Osage Nation|+Osages|+Osage Indians
Ute people|+Utes|+Ute Indians
Paiute|+Paiutes|+Paiute
Modoc people|+Modocs|+Modoc Indians
Mandan|+Mandans|+Mandan
Hidatsa|+Hidatsa
Arikara|+Arikara|+Arikaras
Assiniboine|+Assiniboine|+Assiniboines
Ho-Chunk|+Ho-Chunk|+Winnebagos|+Winnebago Indians
Kickapoo people|+Kickapoo|+Kickapoos
Menominee|+Menominee
Illinois Confederation|+Illinois Indians|+Illini|+Illiniwek
Abenaki|+Abenaki|+Abenakis|+Wabanaki
Mi'kmaq|+Mi'kmaq|+Micmac|+Mi'kmaw
Mohicans|+Mahicans|+Mohicans@1600:1790
Nipmuc|+Nipmuc|+Nipmucs
Natchez people|+Natchez Indians
Yamasee|+Yamasee|+Yamasees
Timucua|+Timucua
Apalachee|+Apalachee|+Apalachees
Calusa|+Calusa
Caddo|+Caddo|+Caddos
Pueblo peoples|+Pueblo Indians|+Pueblo peoples
Hopi|+Hopi
Zuni|+Zuni|+Zunis
Yaqui|+Yaqui|+Yaquis
Mixtecs|+Mixtecs
Otomi|+Otomi
Muisca|+Muisca|+Chibcha
Quechua people|+Quechua people|+Quechuas
Aymara people|+Aymara|+Aymaras
Tupinambá people|+Tupinambá|+Tupinamba
Tupi people|+Tupi
Charrúa|+Charrúa|+Charrua
Tehuelche people|+Tehuelche|+Tehuelches
Chumash people|+Chumash
Tlingit|+Tlingit
Haida people|+Haida
Aleuts|+Aleuts
Beothuk|+Beothuk
Quraysh|+Quraysh|+Quraish|+Qurayshites|+Koreish
Banu Aws|+Aws@600:700
Banu Khazraj|+Khazraj
Banu Qurayza|+Banu Qurayza
Banu Nadir|+Banu Nadir
Banu Qaynuqa|+Banu Qaynuqa
Banu Hanifa|+Banu Hanifa
Banu Tamim|+Banu Tamim
Banu Hilal|+Banu Hilal|+Hilalians
Banu Sulaym|+Banu Sulaym
Shammar|+Shammar
Marsh Arabs|+Marsh Arabs|+Ma'dan
Qashqai people|+Qashqai
Lurs|+Lurs
Afridi|+Afridis
Wazir (Pashtun tribe)|+Waziris|+Wazirs
Mahsud|+Mahsuds
Yusufzai|+Yusufzai
Mohmand|+Mohmands
Santal people|+Santals|+Santhals
Bhil|+Bhils
Gondi people|+Gonds
Munda people|+Mundas
Adivasi|+Adivasis|+~adivasis
Naga people|+Nagas@1800:2025|+Naga people
Mizo people|+Mizos|+Lushais
Mappila|+Mappilas|+Moplahs
Kashmiri Pandits|+Kashmiri Pandits
Kashmiris|+Kashmiris
Biharis|+Biharis
Chakma people|+Chakmas
Chin people|+Chin people
Cham people|+Chams|+Cham people|+Cham
Khmer people|+Khmers
Lao people|+Lao people
Madurese people|+Madurese
Moluccans|+Moluccans|+South Moluccans|+Ambonese
Papuan people|+Papuans
Batak people|+Bataks|+Batak people
Hakka people|+Hakka
Punti|+Punti
Zhuang people|+Zhuang
Overseas Chinese|+Overseas Chinese|+overseas Chinese
Seediq people|+Seediq
Ryukyuan people|+Ryukyuans|+Okinawans
Burakumin|+Burakumin
Zainichi Koreans|+Zainichi Koreans
Tibetans|+Tibetans
Kyrgyz people|+Kyrgyz|+Kirghiz
Bashkirs|+Bashkirs
Buryats|+Buryats
Yakuts|+Yakuts
Volga Tatars|+Volga Tatars|+Kazan Tatars
Karluks|+Karluks
Five Barbarians|+Wu Hu
Ingush people|+Ingush
Kabardians|+Kabardians
Meskhetian Turks|+Meskhetian Turks
Pontic Greeks|+Pontic Greeks
Turkic peoples|+Turkic peoples|+Turkic tribes|+Turks@500:1036|*Turkish@500:1036
Twa|+Batwa|+Twa@1890:2000
Akan people|+Akan
Ga people|+Ga people
Fon people|+Fon people|+Fon@1600:1900
Ijaw people|+Ijaw|+Ijo
Ibibio people|+Ibibio
Efik people|+Efik
Tiv people|+Tiv
Mende people|+Mende
Temne people|+Temne
Sierra Leone Creole people|+Krios|+Sierra Leone Creoles
Americo-Liberians|+Americo-Liberians
Kru people|+Kru
Bamileke people|+Bamileke
Fang people|+Fang people
Chokwe people|+Chokwe
Lozi people|+Lozi|+Barotse
Bemba people|+Bemba
Chewa people|+Chewa|+Nyanja
Yao people|+Yao people
Tsonga people|+Tsonga|+Shangaan
Venda people|+Venda|+Vhavenda
Ovambo people|+Ovambo|+Owambo
Damara people|+Damara
Luhya people|+Luhya
Kamba people|+Kamba|+Akamba
Nandi people|+Nandi@1890:1906
Sukuma people|+Sukuma
Chaga people|+Chaga|+Chagga
Zande people|+Azande|+Zande
Shilluk people|+Shilluk
Fur people|+Fur people
Zaghawa people|+Zaghawa
Masalit people|+Masalit
Baggara Arabs|+Baggara
Beja people|+Beja people
Toubou people|+Toubou|+Tebu
Afar people|+Afar people|+Afars|+Afar@1000:2100
Sidama people|+Sidama
Darod|+Darod
Hawiye|+Hawiye
Sahrawis|+Sahrawis|+Sahrawi people
Sanhaja|+Sanhaja
Zenata|+Zenata
Masmuda|+Masmuda
Banyarwanda|+Banyarwanda
Cape Malays|+Cape Malays
Frisians|+Frisians
Thuringii|+Thuringii|+Thuringians@400:600
Rugii|+Rugii|+Rugians
Sciri|+Sciri
Getae|+Getae
Thracians|+Thracians
Illyrians|+Illyrians
Ligures|+Ligures|+Ligurians@-600:-100
Insubres|+Insubres
Boii|+Boii
Senones|+Senones
Volsci|+Volsci|+Volscians
Aequi|+Aequi
Sabines|+Sabines
Hernici|+Hernici
Umbri|+Umbri|+Umbrians@-700:-200
Lucanians|+Lucanians
Bruttii|+Bruttii|+Bruttians
Messapians|+Messapians
Sicels|+Sicels
Iberians|+Iberians@-600:-19
Cantabri|+Cantabri|+Cantabrians@-30:-19
Astures|+Astures
Vascones|+Vascones
Arevaci|+Arevaci
Dumnonii|+Dumnonii
Durotriges|+Durotriges
Votadini|+Votadini
Scoti|+Scoti
Romano-Britons|+Romano-Britons
Rus' people|+Rus'@800:1100|+Rus@800:1100
Sorbs|+Sorbs
Obotrites|+Obotrites|+Abodrites
Lutici|+Lutici|+Veleti|+Liutizi
Polabian Slavs|+Polabian Slavs
Pomeranians (Slavic tribe)|+Pomeranians@900:1200
South Slavs|+South Slavs
Karelians|+Karelians
Sámi|+Sámi|+Lapps
Aromanians|+Aromanians
Pomaks|+Pomaks
Arvanites|+Arvanites
Souliotes|+Souliotes|+Suliotes|+Suliots|+Souliots
Maniots|+Maniots|+Maniates
Morlachs|+Morlachs
Bretons|+Bretons
Karaites|+Karaites
Dönmeh|+Dönmeh|+Donmeh
Mandaeans|+Mandaeans
Zoroastrians|+~Zoroastrians
Hasidic Jews|+Hasidim|+Hasidic Jews
Ostjuden|+Ostjuden
Melkites|+Melkites
Syriac Christians|+Syriac Christians|+Syriacs
Alevis|+Alevis
Zaydis|+Zaydis|+Zaidis
Ibadis|+Ibadis|+Ibadites
Twelvers|+Twelvers|+Twelver Shias
Ahmadis|+Ahmadis|+Ahmadiyya|Ahmadiyya Movement
Baháʼís|+Baháʼís|+Bahá'ís|+Bahais|+Baha'is
Doukhobors|+Doukhobors
Molokans|+Molokans
Amish|+Amish
Uniates|+Uniates|+Greek Catholics
New Christians|+=New Christians@1390:1800
Crypto-Jews|+Crypto-Jews|+crypto-Jews
Jains|+Jains
Zanj|+Zanj
Igala people|+Igala
Itsekiri people|+Itsekiri
Tejanos|+Tejanos
Californios|+Californios
Cajuns|+Cajuns
Picards|+Picards
Bondelswarts|+Bondelswarts
Rehoboth Basters|+Rehoboth Basters|+Basters
Noba|+Noba
Gurma people|+Gurma
Embu people|+Embu@1850:1990
Meru people|+Meru@1850:1990
Hausa-Fulani|+Hausa-Fulani
Slavic Macedonians|+Slav Macedonians|+Slavic Macedonians|+Macedonian Slavs
Scottish Highlanders|+Highlanders@1600:1800|+Scottish Highlanders
Chakhar Mongols|+Chakhar Mongols|+Chakhar@1550:1700
Bono people|+Brong
Qiang people|+Qiang
Rouran people|+Rouran people
Yi people|+Yi people
Tujia|+Tujia
Bai people|+Bai people
Emishi|+Emishi
Hayato people|+Hayato@500:1000
Kumaso|+Kumaso
Ongud|+Ongud|+Onggud
Tumed|+Tumed
Ordos Mongols|+Ordos Mongols
Tuvans|+Tuvans
Thai people|+Thai people
Tai peoples|+Tai peoples
Ilocanos|+Ilocanos
Visayans|+Visayans
Igorot|+Igorot|+Igorots
Kinh|+Kinh
Peranakan|+Peranakan
Mestizos (Philippines)|+Filipino mestizos
Kʼicheʼ|+K'iche'|+Kʼicheʼ|+Quiché|+Quiche Maya
Kaqchikel|+Kaqchikel|+Cakchiquel
Huastecs|+Huastecs|+Huastec
Moche people|+Moche people|*Moche
Nazca people|+Nazca people
Chavín people|+Chavín people
Chimú people|+Chimú|+Chimu
Tairona|+Tairona
Chachapoya|+Chachapoya|+Chachapoyas
Cañari|+Cañari|+Canari
Garifuna|+Garifuna|+Black Caribs
Dakota people|+Dakota people
Osage|+Osage
Mississippians|+Mississippians@800:1600
Hohokam|+Hohokam
Modoc|+Modoc
Kashubians|+Kashubians
Lipka Tatars|+Lipka Tatars
Nivkh|+Nivkh|+Gilyaks
Dörbet|+Dörbet|+Dörbets|+Dorbet
Uriankhai|+Uriankhai
Khorchin|+Khorchin|+Khorchin Mongols
Kharchin|+Kharchin
Barga Mongols|+Barga Mongols
Evenks|+Evenks|+Solons
Daur|+Daur|+Daurs
Xibe people|+Xibe|+Sibe
Dungans|+Dungans|+Dungan
Pyu|+Pyu|+Pyu people
Mường people|+Mường|+Muong
Tày|+Tày|+Tay people
Nùng|+Nùng|+Nung people
Jarai|+Jarai
Rhade|+Rhade
Bahnar|+Bahnar
Bajau|+Bajau
Tausug|+Tausug
Maranao|+Maranao
Maguindanaon|+Maguindanaon
Kadazan-Dusun|+Kadazan|+Kadazan-Dusun
Toraja|+Toraja
Sasak|+Sasak
Batak|+Batak
Wa people|+Wa people
Akha|+Akha
Lahu|+Lahu
Lisu|+Lisu
Pampangos|+Kapampangan|+Pampangos
Bicolanos|+Bicolanos
Lumad|+Lumad
Aeta|+Aeta
Xochimilcas|+Xochimilca|+Xochimilcas
Chalca|+Chalca|+Chalcas
Pipil|+Pipil|+Pipils
Nicarao|+Nicarao
Lenca|+Lenca
Itza|+Itza|+Itza Maya
Lacandon|+Lacandon|+Lacandon Maya
Chanka|+Chanka|+Chancas
Colla|+Colla|+Qulla
Lupaca|+Lupaca|+Lupaqa
Huanca|+Huanca|+Wanka
Wichita people|+Wichita people|+Wichita@1540:1860
Tonkawa|+Tonkawa
Karankawa|+Karankawa
Coahuiltecan|+Coahuiltecan|+Coahuiltecans
Guale|+Guale
Houma people|+Houma people
Chitimacha|+Chitimacha
Mascouten|+Mascouten
Erie people|+Erie people|+Eries
Neutral Nation|+Neutral Nation|+Attawandaron
Petun|+Petun|+Tionontati
Massachusett|+Massachusett
Pennacook|+Pennacook
Innu|+Innu|+Montagnais
Gros Ventre|+Gros Ventre
Omaha people|+Omaha people
Ponca|+Ponca
Quapaw|+Quapaw
Yavapai|+Yavapai
Akimel O'odham|+Akimel O'odham|+Pima
Tohono O'odham|+Tohono O'odham|+Papago
Quechan|+Quechan|+Yuma people
Mojave people|+Mojave people
Tongva|+Tongva
Pomo|+Pomo
Miwok|+Miwok
Yurok|+Yurok
Klamath people|+Klamath people
Chinook people|+Chinook people|+Chinookan peoples
Nuu-chah-nulth|+Nuu-chah-nulth|+Nootka
Kwakwakaʼwakw|+Kwakwaka'wakw|+Kwakiutl
Coast Salish|+Coast Salish|+Salish
Tsimshian|+Tsimshian
Yakama|+Yakama|+Yakima people
Cayuse|+Cayuse
Bannock people|+Bannock people
Dene|+Dene
Gwich'in|+Gwich'in
Yupik|+Yupik|+Yup'ik
Lucayans|+Lucayans|+Lucayan
Ciboney|+Ciboney
Warao|+Warao
Wayuu|+Wayuu|+Guajiro
Querandí|+Querandí
Diaguita|+Diaguita
Calchaquí|+Calchaquí
Mbayá|+Mbayá
Chiriguano|+Chiriguano|+Chiriguanos
Shuar|+Shuar|+Jivaro
Yanomami|+Yanomami
Kayapo|+Kayapo
Selk'nam|+Selk'nam
Yaghan|+Yaghan
Banat Swabians|+Banat Swabians|+Danube Swabians
Hutsuls|+Hutsuls
Lemkos|+Lemkos
Gagauz|+Gagauz
Torbeši|+Torbeši
Goranci|+Gorani
Sarakatsani|+Sarakatsani
Krymchaks|+Krymchaks
Chuvash|+Chuvash
Mari people|+Mari people
Mordvins|+Mordvins|+Mordva
Udmurts|+Udmurts
Komi|+Komi
Vepsians|+Vepsians
Ingrians|+Ingrians|+Izhorians
Votians|+Votians
Semigallians|+Semigallians
Selonians|+Selonians
Kvens|+Kvens
Tornedalians|+Tornedalians
Gotlanders|+Gotlanders|+Gutes
Vistulans|+Vistulans
Polans|+Polans
Krivichs|+Krivichs|+Krivichi
Vyatichi|+Vyatichi
Radimichs|+Radimichs
Dregovichs|+Dregovichs
Severians|+Severians
Ilmen Slavs|+Ilmen Slavs|+Slovenes of Novgorod
Tivertsi|+Tivertsi
Ulichs|+Ulichs
White Croats|+White Croats
Narentines|+Narentines
Jassic people|+Jassic people|+Jász
Mien people|+Mien
Rusyns|+Rusyns|+Carpatho-Rusyns
Di people|+Di people
`;

export const ORGANISATIONS = `
Imperial Legislative Council
Danish East India Company
Janjaweed
Brandenburg African Company|Brandenburgisch-Afrikanische Compagnie
International African Association|Association Internationale Africaine
International Association of the Congo|Comité d'Études du Haut-Congo
Khatmiyya|Khatmiyya order
Shadhiliyya
Justice and Development Party
Association for the Defence of Rights of Anatolia and Rumelia
Board of Control (India)|=Board of Control@1784:1858
Court of Directors of the East India Company|=Court of Directors@1709:1858
India Office
Central Legislative Assembly
Constituent Assembly of India
Prarthana Samaj
Darul Uloom Deoband
Krishak Praja Party
Khaksar Tehrik|+Khaksars
Indian Independence League
Haqqani network
Bolsheviks|+~Bolsheviks|+Bolshevik Party|*Bolshevik|+Bolsheviki
Mensheviks|+~Mensheviks|*Menshevik
Communist Party of the Soviet Union|CPSU|Soviet Communist Party|All-Union Communist Party
Comintern|Communist International|Third International|~Comintern
Cominform
Nazi Party|+~Nazis|*Nazi|NSDAP|National Socialist German Workers' Party|National Socialists|Nazi party
Sturmabteilung|SA@1920:1945|Brownshirts|Stormtroopers@1920:1945
Schutzstaffel|SS@1925:1945
Gestapo|~Gestapo
Wehrmacht|~Wehrmacht
Reichswehr|~Reichswehr
Luftwaffe
Hitler Youth
Freikorps
Spartacus League|+Spartacists
Social Democratic Party of Germany|SPD|German Social Democrats|MSPD@1917:1922|Majority Social Democratic Party|Majority Social Democrats|Majority SPD|+Majority Socialists@1917:1922
Reichstag|~Reichstag
Bundestag
Duma|State Duma
Politburo|~Politburo|Presidium
Central Committee
KGB
Cheka|All-Russian Extraordinary Commission
Joint State Political Directorate|OGPU|GPU@1922:1923
NKVD|People's Commissariat for Internal Affairs
Ministry of State Security (Soviet Union)|MGB@1946:1954
Red Army|Soviet Army
Stasi|MfS@1950:1990|Staatssicherheit
CIA|Central Intelligence Agency
FBI|Federal Bureau of Investigation|Bureau of Investigation@1908:1935
MI6|MI5
Parliament|Parliament|Houses of Parliament|English Parliament|British Parliament|Long Parliament|Rump Parliament|Short Parliament
House of Commons|the Commons
House of Lords|the Lords
Diet
Landtag
Storting
Knesset
Majlis
Federal Diet of Switzerland|Tagsatzung|Swiss Diet
Treuhandanstalt|Treuhand
Deutsche Bundesbank|Bundesbank
Congress|Congress@1774:9999|US Congress|U.S. Congress|Continental Congress|First Continental Congress|Second Continental Congress
Senate|Senate|US Senate|Roman Senate
Supreme Court|US Supreme Court|U.S. Supreme Court|Supreme Court of the United States
Admiralty|the Admiralty
Estates General|Estates-General|States General|States-General
National Assembly|National Constituent Assembly|Constituent Assembly|Assemblée nationale|Assemblée Nationale
Legislative Assembly
National Convention|the Convention@1792:1795
Committee of Public Safety
Directory|the Directory@1795:1799|French Directory
Jacobins|+~Jacobins|Jacobin Club|*Jacobin|Society of the Friends of the Constitution
Girondins|+Girondins|+Girondists|+Brissotins
Frankfurt Parliament|Frankfurt Assembly|Frankfurt National Assembly
Sejm
Cortes
Catholic Church|Roman Catholic Church|Church|Church of Rome|Papacy|Holy See|the Vatican|Vatican|Catholic church|Latin Church
Church of England|Anglican Church|English Church
Eastern Orthodox Church|Orthodox Church|Russian Orthodox Church|Greek Orthodox Church
Lutheran Church
Jesuits|+~Jesuits|Society of Jesus|Jesuit order|Jesuit Order
Inquisition|=Inquisition|~Inquisition@1184:1908|Spanish Inquisition|Roman Inquisition|Holy Office|Papal Inquisition
Franciscans|+Franciscans|Franciscan order|Order of Friars Minor
Dominicans|+Dominicans@-9999:1800|Dominican order|Order of Preachers
Knights Templar|+Templars|Order of the Temple
Teutonic Knights|Teutonic Order|Deutscher Orden|Order of the Teutonic Knights
Knights Hospitaller|+Hospitallers|Knights of Malta|Order of Malta|Sovereign Military Order of Malta|Knights of Saint John|Knights of St. John|Knights of St John|Order of Saint John@1099:1800|Order of St. John@1099:1800
Janissaries|+~Janissaries|Janissary corps
Spanish Armada|Armada|Invincible Armada
Royal Navy|=British Navy|RN
Royal Air Force|RAF
New Model Army
Continental Army
Grande Armée|Grande Armee|Grand Army
Hanseatic League|Hansa|Hanse
East India Company|English East India Company|British East India Company|EIC|Honourable East India Company
Dutch East India Company|VOC
Hudson's Bay Company
Royal Society
League of Nations|League@1919:1946|League of Nations Council
United Nations|UN|U.N.|UNO|United Nations Organization
United Nations Security Council|UN Security Council|U.N. Security Council|Security Council|UNSC
United Nations General Assembly|UN General Assembly|U.N. General Assembly|UNGA|General Assembly@1946:2030
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|N.A.T.O.
Warsaw Pact|Warsaw Treaty Organization
European Union|EU|E.U.
European Economic Community|EEC|Common Market|European Community
European Coal and Steel Community|ECSC
European Defence Community|European Defense Community|EDC@1950:1954
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
OPEC
Arab League|League of Arab States
Organization of American States|OAS
Comecon|COMECON
Viet Cong|Vietcong|VC@1955:1975|NLF@1960:1976|National Liberation Front of South Vietnam
Viet Minh|Vietminh
Khmer Rouge
Kuomintang|KMT|Guomindang|Chinese Nationalist Party
Chinese Communist Party|CCP|Communist Party of China|CPC
Red Guards
Sinn Féin|Sinn Fein
Irish Republican Army|IRA
Palestine Liberation Organization|PLO|Palestine Liberation Organisation
Muslim Brotherhood
Taliban|~Taliban
al-Qaeda|Al-Qaeda|Al Qaeda|al Qaeda
Hamas
Hezbollah|Hizbollah|Hizballah
African National Congress|ANC|South African Native National Congress
Indian National Congress|Congress Party@1885:2000|INC@1885:1990
Muslim League|All-India Muslim League|All India Muslim League
Ku Klux Klan|KKK|~Klan
NAACP
Black Panthers|Black Panther Party
Committee of Union and Progress|CUP@1889:1926
Carbonari
Labour Party|Labour@1900:9999|British Labour Party
Conservative Party|+Tories@1834:9999|Tory Party|*Tory@1834:9999
Liberal Party
Whig Party
Democratic Party|Democratic party
Republican Party|GOP
Fascist Party|National Fascist Party|Italian Fascist Party|Blackshirts|PNF@1921:1943
Falange|Falange Española|Falange Española de las JONS|FE de las JONS|+Falangists|*Falangist
Communist Party|Communist party
Solidarity (Polish trade union)|Solidarity@1980:1990|Solidarność|NSZZ Solidarność
Black Hand|Unification or Death
Ottoman Janissaries
Sanhedrin
Tribunal of the Hundred and Four|Hundred and Four|Court of the Hundred and Four
Carthaginian Senate|Senate of Carthage
Sacred Band of Carthage
Legio X Fretensis|X Fretensis|Tenth Legion@60:140
Privy Council
Star Chamber
Mossad
Securitate
Freedmen's Bureau|Freedmens Bureau|Freedman's Bureau
Tongmenghui|Tongmeng Hui|T'ung-meng hui|Chinese Revolutionary Alliance|Revolutionary Alliance@1905:1912
Indian National Army|INA@1942:1945|Azad Hind Fauj
Rashtriya Swayamsevak Sangh|RSS@1925:2025
Hindu Mahasabha|Akhil Bharatiya Hindu Mahasabha
Swaraj Party|+Swarajists
Ghadar Party|Ghadar Movement|Ghadr Party|Hindustan Ghadar Party
Brahmo Samaj
Arya Samaj
Awami League|Bangladesh Awami League|All-Pakistan Awami Muslim League
Bharatiya Janata Party|BJP
Bengal Army
Executive Committee of the National Security Council|ExComm|EXCOMM|Ex-Comm|ExCom@1962:1963
Joint Chiefs of Staff|Joint Chiefs|JCS@1942:2000
National Security Council|NSC@1947:2000
Burschenschaften|+Burschenschaften|Burschenschaft
Areopagus|Council of the Areopagus
Praetorian Guard|+Praetorians
Varangian Guard
Council of Ten
Geneva Consistory|Consistory@1541:1600
Company of Pastors|Venerable Company of Pastors
Oratorians|+Oratorians|Congregation of the Oratory|Oratory of Saint Philip Neri
Discalced Carmelites|+Discalced Carmelites
Oratory of Divine Love
Congregation for the Propagation of the Faith|Propaganda Fide|Sacred Congregation of Propaganda
Reformed Church|Reformed churches@1520:1700|Swiss Reformed Church
General Assembly of the Church of Scotland|General Assembly@1560:1610
Ostend Company|Ostend East India Company|General Imperial Indian Company
Registered Cossacks|+Registered Cossacks
Lisowczycy|+Lisowczycy|Lisowski's men
Cistercians|+Cistercians|Cistercian order
Benedictines|+Benedictines|Benedictine order|Order of Saint Benedict
Ursulines|+Ursulines|Ursuline order
Capuchins|+Capuchins|Capuchin order
Carmelites|+Carmelites
Augustinians|+Augustinians
Holy Synod|Most Holy Synod|Holy Governing Synod
Coptic Church|Coptic Orthodox Church
Church of Scotland|Scottish Kirk
Dutch Reformed Church
Church of Jesus Christ of Latter-day Saints|LDS Church|Mormon Church
Parlement of Paris|+Parlements|Parlement@1300:1790|+~parlements@1300:1790|Paris Parlement
Cordeliers|+Cordeliers|Cordeliers Club
Feuillants|+Feuillants|Feuillant Club
Committee of General Security
Revolutionary Tribunal
Paris Commune|Commune of Paris|Insurrectionary Commune|the Commune@1789:1795|the Commune@1871:1871
Council of Five Hundred
Council of Ancients|Council of Elders@1795:1799
Chamber of Deputies
National Guard|Garde nationale
Action Française|Action Francaise
Croix-de-Feu|Croix de Feu
French Communist Party|PCF
National Liberation Front (Algeria)|FLN@1954:1962|Front de Libération Nationale
Zollverein|~Zollverein|German Customs Union
Bundesrat
Centre Party|Zentrum|German Centre Party|Catholic Centre Party|Center Party
Pan-German League
German Workers' Party|DAP@1919:1920
Communist Party of Germany|KPD|German Communist Party
Independent Social Democratic Party of Germany|USPD
German National People's Party|DNVP
Christian Democratic Union|CDU
Einsatzgruppen|~Einsatzgruppen
Waffen-SS
Kriegsmarine
Abwehr
Volkssturm
Bundeswehr
Red Army Faction|Baader-Meinhof Group|Baader-Meinhof Gang|Rote Armee Fraktion
White Rose|White Rose@1942:1943
Okhrana
Petrograd Soviet|Petrograd Soviet of Workers' and Soldiers' Deputies|St. Petersburg Soviet
Russian Provisional Government|Provisional Government@1917:1917
Socialist Revolutionary Party|+Socialist Revolutionaries|+SRs@1902:1922|SR Party
Constitutional Democratic Party|+Kadets|+Cadets@1905:1920|Kadet Party
Union of October 17|+Octobrists|Union of 17 October|Octobrist Party
People's Will|People's Will@1879:1887|Narodnaya Volya
Sovnarkom|Council of People's Commissars
Gulag|GULAG
Streltsy|+~streltsy
Black Hundreds
Komsomol
Christian Democracy (Italy)|Democrazia Cristiana|the DC@1943:1994
Italian Communist Party|PCI
Red Brigades|Brigate Rosse
CNT|Confederación Nacional del Trabajo
POUM|Workers' Party of Marxist Unification
International Brigades|+International Brigades
Condor Legion
Sons of Liberty
Committees of Correspondence|Committee of Correspondence
Federalist Party
Democratic-Republican Party|+Democratic-Republicans|Jeffersonian Republicans
Free Soil Party|+Free Soilers
Know Nothing Party|+Know-Nothings|+Know Nothings|Know-Nothing Party|American Party@1854:1860
Union Army|Federal Army@1861:1865
Confederate Army|Confederate States Army|Army of Northern Virginia
Army of the Potomac
People's Party (United States)|Populist Party|+Populists@1890:1910|People's Party@1891:1908
Progressive Party|Progressive Party@1912:1916|Bull Moose Party
Knights of Labor
American Federation of Labor|AFL@1886:1955|AFL-CIO
Congress of Industrial Organizations|CIO@1935:1955
Industrial Workers of the World|IWW|+Wobblies
Standard Oil|Standard Oil Company
Texaco|Texas Company|=Texaco
Tammany Hall|Tammany
Federal Reserve|Federal Reserve System|Federal Reserve Board|the Fed@1913:2030
Tennessee Valley Authority|TVA@1933:1990
Civilian Conservation Corps|CCC@1933:1942
Works Progress Administration|Work Projects Administration|WPA@1935:1943
Public Works Administration|PWA@1933:1944
Agricultural Adjustment Administration|AAA@1933:1942
National Recovery Administration|NRA@1933:1935
Securities and Exchange Commission
House Un-American Activities Committee|HUAC
Department of State|State Department|US State Department
Department of Defense|Defense Department|Pentagon@1947:2020
Peace Corps
NASA
Student Nonviolent Coordinating Committee|SNCC
Southern Christian Leadership Conference|SCLC
Congress of Racial Equality|CORE@1942:1970
Nation of Islam
Students for a Democratic Society|SDS@1960:1974
National Organization for Women
American Indian Movement
Dixiecrats|+Dixiecrats|States' Rights Democratic Party
Bureau of Indian Affairs
Rough Riders|+Rough Riders
Tuskegee Airmen
Massachusetts Bay Company
Virginia Company|Virginia Company of London
Royal African Company
South Sea Company
Bank of England
Anti-Corn Law League
Fabian Society|+Fabians
Trades Union Congress|TUC
Women's Social and Political Union|WSPU
National Union of Women's Suffrage Societies|NUWSS
British Union of Fascists|BUF@1932:1940
Independent Labour Party|ILP@1893:1975
Irish Parliamentary Party|Home Rule Party
Ulster Volunteers|Ulster Volunteer Force|UVF
Irish Volunteers
Irish Republican Brotherhood|IRB@1858:1924|+Fenians|Fenian Brotherhood
Black and Tans|+Black and Tans
Zongli Yamen|Tsungli Yamen
Hanlin Academy
Ever Victorious Army
Xiang Army|Hunan Army
Huai Army|Anhui Army
Beiyang Army
Eighth Route Army
People's Liberation Army|PLA@1927:2030
Imperial Japanese Army|=Japanese Army@1871:1945
Imperial Japanese Navy|=Japanese Navy@1869:1945
Kwantung Army|Kantōgun|Kantogun
National Diet|Diet of Japan|Imperial Diet@1889:1947
Rikken Seiyūkai|Seiyūkai|Seiyukai
Black Dragon Society|Kokuryūkai|Kokuryukai
Liberal Democratic Party (Japan)|Liberal Democratic Party|LDP@1955:2025
Wafd Party|Wafd|Wafdists
Ba'ath Party|Baath Party|Ba'th Party|+Ba'athists|+Baathists|Ba'ath@1947:2025|Baath@1947:2025|Arab Socialist Ba'ath Party
Haganah|Hagana
Irgun|Irgun Zvai Leumi
Fatah|al-Fatah
Order of Assassins|+Nizari Ismailis|+Assassins@1090:1273|+Nizaris|Hashshashin
Organisation of African Unity|Organization of African Unity|OAU
African Union
Royal Niger Company|National African Company
Imperial British East Africa Company|IBEAC|IBEA Company
British South Africa Company|BSAC|BSA Company
Force Publique
Pan Africanist Congress|Pan-Africanist Congress|PAC@1959:1994|Pan Africanist Congress of Azania
Inkatha|Inkatha Freedom Party|IFP
SWAPO|South West Africa People's Organisation|South West Africa People's Organization
MPLA|People's Movement for the Liberation of Angola
UNITA|National Union for the Total Independence of Angola
FRELIMO|Frelimo|Mozambique Liberation Front|Front for the Liberation of Mozambique
ZANU|ZANU-PF|Zimbabwe African National Union|ZANU–PF
ZAPU|Zimbabwe African People's Union
Umkhonto we Sizwe|MK@1961:1994|Spear of the Nation
British Expeditionary Force|BEF@1914:1940
American Expeditionary Forces|AEF@1917:1919
Imperial German Navy|Kaiserliche Marine|High Seas Fleet
Grand Fleet
Australian and New Zealand Army Corps|ANZAC|+ANZACs|+Anzacs
Afrika Korps
Czechoslovak Legion|Czech Legion
Young Bosnia|Mlada Bosna
Narodna Odbrana
Ustaše|Ustasha|Ustasa|Ustashe|+Ustaše
Iron Guard|Legionary Movement|Legion of the Archangel Michael
Arrow Cross Party|Arrow Cross
Home Army|Armia Krajowa|Polish Home Army
Charter 77
Euskadi Ta Askatasuna|ETA@1959:2018
Provisional IRA|+Provos@1969:1998|PIRA|Provisional Irish Republican Army|+Provisionals@1969:1998
Southeast Asia Treaty Organization|SEATO
Central Treaty Organization|CENTO|Baghdad Pact|Middle East Treaty Organization
ASEAN|Association of Southeast Asian Nations
Organisation for European Economic Co-operation|Organization for European Economic Cooperation|OEEC
European Commission
European Parliament
Council of Europe
Euratom|European Atomic Energy Community
European Free Trade Association|EFTA
Organization for Security and Co-operation in Europe|OSCE|CSCE|Conference on Security and Co-operation in Europe
International Red Cross|Red Cross|International Committee of the Red Cross|ICRC
World Health Organization|World Health Organisation
International Court of Justice
International Military Tribunal|Nuremberg Tribunal
Allied Control Council|Allied Control Commission
Warren Commission
Delian League
Peloponnesian League
League of Corinth|Hellenic League
Achaean League
Aetolian League
Roman army|Roman legions
Roman Curia|Papal Curia|the Curia@1100:1900
Imperial Diet (Holy Roman Empire)|Imperial Diet@1495:1806|Diet of the Holy Roman Empire
Reichskammergericht|Imperial Chamber Court
Theatines|+Theatines|Theatine order
Assembly of Notables
French Consulate|the Consulate@1799:1804
Tribunate
Corps législatif|Corps legislatif|Legislative Body@1799:1814|Legislative Body@1852:1870
Conservative Senate|Sénat conservateur
Catholic and Royal Army
Army of Condé|Armée de Condé
Society of Revolutionary Republican Women
Supreme Central Junta|Junta Suprema Central|Central Junta@1808:1810|Supreme Junta@1808:1810|=Junta Central@1808:1810
Cortes of Cádiz|Cortes of Cadiz|Cádiz Cortes|Cadiz Cortes
Portuguese Cortes|Cortes of Lisbon|Lisbon Cortes
Primera Junta
Cabildo of Buenos Aires|Buenos Aires Cabildo
Army of the Andes|Ejército de los Andes
British Legions|British Legion@1817:1825
German Democratic Party|DDP@1918:1933
German People's Party|DVP@1918:1933
Bavarian People's Party|BVP@1918:1933
Marine Brigade Ehrhardt|Ehrhardt Brigade|Brigade Ehrhardt|Marinebrigade Ehrhardt
Organisation Consul|Organization Consul
Der Stahlhelm|Stahlhelm
Reichsbanner Schwarz-Rot-Gold|Reichsbanner
Roter Frontkämpferbund|Red Front Fighters' League|Red Front Fighters League|Rotfrontkämpferbund|RFB@1924:1933
Iron Front|Eiserne Front
Reichsbank
Reichsrat
Weimar National Assembly|German National Assembly
Council of the People's Deputies|Council of People's Deputies
Supreme Army Command|Oberste Heeresleitung|OHL@1914:1919
Thule Society
Reparation Commission|Reparations Commission
United Nations Command|UN Command|U.N. Command|UNC@1950:1957
Korean People's Army|KPA@1948:2000|North Korean People's Army|NKPA@1948:1953
People's Volunteer Army|Chinese People's Volunteers|Chinese People's Volunteer Army|CPV@1950:1958|PVA@1950:1958|CPVA@1950:1958
Republic of Korea Army|ROK Army|ROKA@1948:2000
United States Seventh Fleet|US Seventh Fleet|U.S. Seventh Fleet|Seventh Fleet@1943:2000|7th Fleet@1943:2000
Eighth United States Army|US Eighth Army|U.S. Eighth Army|Eighth US Army|Eighth Army@1950:1953
United States Army Military Government in Korea|USAMGIK|US Army Military Government in Korea
Workers Party of Korea|Workers' Party of Korea|Korean Workers Party|Korean Workers' Party|WPK@1949:2000|KWP@1949:2000
Korean Provisional Government|Provisional Government of the Republic of Korea
Korean Central Intelligence Agency|KCIA|Agency for National Security Planning|ANSP
Democratic Republican Party (South Korea)|Democratic Republican Party@1963:1980|DRP@1963:1980
Democratic Justice Party|DJP@1980:1990
Korean Democratic Party
United Nations Temporary Commission on Korea|UNTCOK
Stamp Act Congress
Congress of the Confederation|Confederation Congress
Constitutional Convention (United States)|Philadelphia Convention|Constitutional Convention@1787:1787|Federal Convention
House of Burgesses|Virginia House of Burgesses
Massachusetts General Court|General Court@1630:1800
Board of Trade|Lords of Trade@1696:1782
Green Mountain Boys
Daughters of Liberty
Khalsa|Khalsa Army|Khalsa Panth
Chishti Order|Chishtiyya|Chishtis
Naqshbandi|Naqshbandiyya|Naqshbandis
French East India Company|Compagnie des Indes|Compagnie des Indes orientales|French Indies Company
Chorny Peredel|Black Repartition
Zemlya i Volya|Land and Liberty@1861:1879
Emancipation of Labour|Emancipation of Labour Group|Emancipation of Labor
Russian Social Democratic Labour Party|RSDLP|RSDRP|Russian Social Democratic Labor Party|Russian Social Democrats
Trudoviks|+Trudoviks|Trudovik group
Union of the Russian People|URP
Union of Liberation|Liberation Movement@1903:1905
General Jewish Labour Bund|the Bund@1897:1920|Jewish Bund|Bundists
Zemgor
Moscow Soviet
State Council (Russian Empire)|State Council@1810:1917
Military Revolutionary Committee|MRC@1917:1917|Milrevkom
All-Russian Peasant Union|Peasants' Union@1905:1907
Assembly of Russian Factory and Mill Workers|Assembly of Russian Workers
Executive Committee of the Petrograd Soviet|Ispolkom
Excubitors|+Excubitors|Excubitores
Senate of Constantinople|Byzantine Senate
Convention People's Party|CPP@1949:1981
United Gold Coast Convention|UGCC
Kenya African Union|KAU@1944:1960
Kenya African National Union|KANU@1960:2030
Kenya African Democratic Union|KADU
Armée de Libération Nationale|ALN@1954:1962|National Liberation Army (Algeria)
Mouvement National Algérien|MNA@1954:1962|Algerian National Movement
Organisation armée secrète|Organisation de l'armée secrète|Secret Army Organisation
Mouvement National Congolais|MNC@1958:1965|Congolese National Movement
ABAKO|Alliance des Bakongo
CONAKAT
National Council of Nigeria and the Cameroons|NCNC|National Council of Nigerian Citizens
Northern People's Congress|NPC@1949:1966
Action Group (Nigeria)|Action Group@1951:1966
Tanganyika African National Union|TANU
United National Independence Party|UNIP
Rhodesian Front
Malawi Congress Party|MCP@1959:1994
African Party for the Independence of Guinea and Cape Verde|PAIGC
FNLA|National Front for the Liberation of Angola|National Liberation Front of Angola
Rassemblement Démocratique Africain|RDA@1946:1960|African Democratic Rally
Neo Destour|Néo-Destour|Neo-Destour|Neo Destour Party
Istiqlal Party|Istiqlal
United Nations Operation in the Congo|ONUC
Armed Forces Movement|MFA@1973:1976|Movimento das Forças Armadas
PIDE|International and State Defense Police|PIDE/DGS
Union Minière du Haut-Katanga|Union Minière|Union Miniere
King's African Rifles|KAR@1902:1964
Selous Scouts
Uganda People's Congress|UPC@1960:1985
Federación Anarquista Ibérica|FAI@1927:1975|Iberian Anarchist Federation
Unión General de Trabajadores|UGT@1888:1975|General Union of Workers
Spanish Socialist Workers' Party|PSOE
Communist Party of Spain|PCE|Spanish Communist Party
Unified Socialist Party of Catalonia|PSUC
CEDA|Confederación Española de Derechas Autónomas|Spanish Confederation of the Autonomous Right
FET y de las JONS|Movimiento Nacional|=National Movement@1937:1977
Juntas de Ofensiva Nacional-Sindicalista|JONS@1931:1934
Radical Republican Party|Radical Party@1931:1936
Republican Left (Spain)|Izquierda Republicana
Republican Left of Catalonia|ERC@1931:1939|Esquerra Republicana|Esquerra
Basque Nationalist Party|PNV|EAJ-PNV
Requetés|+Requetés|+Requetes|Requeté
Renovación Española|Spanish Renovation
Abraham Lincoln Brigade|Lincoln Battalion|Abraham Lincoln Battalion
Corpo Truppe Volontarie|CTV@1936:1939
Army of Africa (Spain)|Army of Africa
Regulares|+Regulares
Spanish Legion|Tercio de Extranjeros|Spanish Foreign Legion
Civil Guard (Spain)|Guardia Civil|Civil Guard@1844:1990
Assault Guards|Guardia de Asalto|+Assault Guards
Servicio de Investigación Militar|SIM@1937:1939
Iron Column
Durruti Column
Generalitat de Catalunya|Generalitat|Generalitat of Catalonia
Junta de Defensa Nacional|National Defence Junta|Junta of National Defence
Regional Defence Council of Aragon|Council of Aragon
Mujeres Libres
Opus Dei
Spanish Republican Army|Popular Army of the Republic|Ejército Popular
Workers' Commissions|Comisiones Obreras|CCOO
Sipahi|+Sipahis|+Spahis@1300:1830
Imperial Council (Ottoman Empire)|Divan@1300:1908|Imperial Divan
Eight Banners|+~Bannermen|Banner armies
Grand Council (Qing dynasty)|Grand Council@1729:1911
Donglin Academy|Donglin movement|Donglin faction|*Donglin
Company of Royal Adventurers Trading into Africa|Company of Royal Adventurers Trading to Africa|Royal Adventurers
Council of the Indies
Casa de Contratación|Casa de Contratacion|House of Trade
Real Audiencia|Audiencia@1511:1821
Zemstvo|+~zemstvos|+Zemstvos|+zemstva
Kurultai|~kurultai|Khuriltai
Persian Immortals|Immortals@-550:-330
Sacred Band of Thebes|Sacred Band
Delphic Amphictyony|Amphictyonic League|Amphictyony
League of Cambrai
League of Cognac
Italian League
Signoria of Florence|Signoria@1400:1530
Great Heathen Army|Great Army@865:878
Witenagemot|~Witan@600:1066
Fyrd|~fyrd
Housecarls|+Housecarls|+~housecarls|+Huscarls
Althing|Althingi|Alþingi
Curia regis|Curia Regis
Court of High Commission|High Commission@1559:1641
English Council of State|Council of State@1649:1660
National Liberal Party (Germany)|National Liberal Party@1867:1918|+National Liberals@1867:1918
German Conservative Party|+German Conservatives|Deutschkonservative Partei
Free Conservative Party|+Free Conservatives|Reichspartei@1871:1918
German Navy League|Navy League@1898:1918|Flottenverein
Agrarian League|Agrarian League@1893:1920|Bund der Landwirte
Prussian Landtag|Prussian Diet|Prussian House of Representatives|Prussian Chamber of Deputies
Christian Social Party (Austria)|Christian Social Party@1891:1934|Christian Socials@1891:1934
Social Democratic Workers' Party of Austria|Austrian Social Democrats|Austrian Social Democratic Party
Young Czech Party|+Young Czechs
Diet of Hungary|Hungarian Diet|Hungarian Parliament
Honvéd|Honved@1848:1918|Honvéd@1848:1918
Liberal Unionist Party|+Liberal Unionists
Irish National Land League|Land League|Irish Land League
Ulster Unionist Party|UUP|Ulster Unionist Council|+Ulster Unionists
Labour Representation Committee|LRC@1900:1906
Social Democratic Federation|SDF@1884:1911
Primrose League
Catholic Association|Catholic Association@1823:1829
Revive China Society|Xingzhonghui
Whampoa Military Academy|Whampoa Academy|Huangpu Military Academy
National Revolutionary Army|Chinese Nationalist Army
Chinese Red Army|Chinese Workers' and Peasants' Red Army
New Fourth Army
Green Gang
Supreme Soviet|Supreme Soviet of the USSR|Supreme Soviet of the Soviet Union
Congress of People's Deputies|Congress of People's Deputies of the USSR
Gosplan|State Planning Committee
Moscow Helsinki Group|Helsinki Group@1976:1991
State Committee on the State of Emergency|GKChP|Gang of Eight@1991:1991
Socialist Unity Party of Germany|SED@1946:1990|Socialist Unity Party@1946:1990
Neues Forum|New Forum@1989:1990
Hungarian Working People's Party|MDP@1948:1956
Hungarian Socialist Workers' Party|MSZMP
State Protection Authority|ÁVH|AVH|ÁVO|AVO
Petőfi Circle|Petofi Circle
Polish United Workers' Party|PZPR|PUWP
Workers' Defence Committee|KOR@1976:1981
Communist Party of Czechoslovakia|KSČ|KSC@1921:1992|Czechoslovak Communist Party
Civic Forum|Občanské fórum
Public Against Violence
National Urban League|Urban League
Mississippi Freedom Democratic Party|MFDP
White Citizens' Councils|Citizens' Councils|White Citizens' Council|Citizens' Council
Montgomery Improvement Association
American Liberty League|Liberty League
Kempeitai|Kenpeitai
Imperial Rule Assistance Association|IRAA|Taisei Yokusankai
Imperial General Headquarters|Imperial GHQ
Rikken Minseitō|Minseitō|Minseito
Kenseikai
Rikken Dōshikai|Dōshikai|Doshikai
Shakai Taishūtō|Social Masses Party
Japanese Communist Party|Japan Communist Party|JCP@1922:2025|Communist Party of Japan
Sakurakai|Cherry Blossom Society
Special Higher Police|Tokkō|Tokko
Mitsui|Mitsui zaibatsu|House of Mitsui
Mitsubishi|Mitsubishi zaibatsu
Sumitomo|Sumitomo zaibatsu
South Manchuria Railway|Mantetsu|South Manchurian Railway
House of Peers (Japan)|House of Peers@1890:1947
Combined Fleet|Combined Fleet@1920:1945
United States Pacific Fleet|US Pacific Fleet|Pacific Fleet@1941:1945
United States Marine Corps|US Marine Corps|Marine Corps|US Marines|U.S. Marines
Italian Socialist Party|PSI@1892:1994
Italian People's Party (1919)|Italian People's Party@1919:1926|PPI@1919:1926|+Popolari@1919:1926
Fasci Italiani di Combattimento|Fasci di Combattimento|Fasci di combattimento
Grand Council of Fascism|Fascist Grand Council|Grand Council@1923:1943
OVRA
Italian Nationalist Association|the Nationalist Association@1910:1923
Irish Citizen Army
Cumann na mBan
Dáil Éireann|Dáil|Dail Eireann|Dail@1919:1937
Royal Irish Constabulary|RIC@1836:1922
Auxiliary Division|+Auxiliaries@1920:1922|+Auxies
Orange Order|Orange Institution|+Orangemen
National Army (Ireland)|Free State Army
People's Army of Vietnam|PAVN|NVA@1954:1976|North Vietnamese Army|Vietnam People's Army
Army of the Republic of Vietnam|ARVN|South Vietnamese Army
Military Assistance Command, Vietnam|MACV
Workers' Party of Vietnam|Lao Dong Party|Lao Dong|Vietnamese Workers' Party|Communist Party of Vietnam|Vietnamese Communist Party
Indochinese Communist Party|ICP@1930:1951
Provisional Revolutionary Government of the Republic of South Vietnam|Provisional Revolutionary Government|PRG@1969:1976
Pathet Lao
Hamidiye (cavalry)|Hamidiye cavalry|Hamidiye@1891:1914|Hamidiye Light Cavalry|Hamidiye regiments
Freedom and Accord Party|Liberal Entente|Liberal Union@1911:1913
General Assembly of the Ottoman Empire|Ottoman Parliament
Ottoman Public Debt Administration|Public Debt Administration
Armenian Revolutionary Federation|Dashnaktsutyun|+Dashnaks
Internal Macedonian Revolutionary Organization|IMRO@1893:1934
Special Organization (Ottoman Empire)|Teşkilât-ı Mahsusa|the Special Organization@1911:1918|Teskilat-i Mahsusa
National Party (South Africa)|the National Party@1948:1994|NP@1948:1994|Afrikaner National Party|Nasionale Party
South African Communist Party|SACP|Communist Party of South Africa
United Democratic Front (South Africa)|United Democratic Front@1983:1991|UDF@1983:1991
Congress of South African Trade Unions|COSATU|Cosatu
South African Students' Organisation|SASO
Afrikaner Broederbond|Broederbond
South African Defence Force|SADF
ANC Youth League
26th of July Movement|26 July Movement|July 26 Movement|M-26-7
Popular Unity (Chile)|Unidad Popular|Popular Unity@1969:1973
Dirección de Inteligencia Nacional|DINA@1973:1978
United Fruit Company|United Fruit|UFCO
Justicialist Party|Peronist Party
Communist Party of Indonesia|PKI|Indonesian Communist Party
Indonesian National Party|PNI@1927:1973
Masyumi|Masjumi
Sarekat Islam
Indonesian National Armed Forces|TNI@1945:2000|ABRI|Indonesian Army
Malayan Communist Party|Communist Party of Malaya
Malayan National Liberation Army|MNLA|Malayan Races Liberation Army|MRLA
United Malays National Organisation|UMNO
Malayan Chinese Association|MCA@1949:1990
Alliance Party (Malaysia)|Alliance Party@1952:1969
People's Action Party|PAP@1954:2025
Hukbalahap|+Huks|Hukbong Mapagpalaya ng Bayan|HMB@1948:1955
Golkar
Nahdlatul Ulama|Nahdatul Ulama
Darul Islam (Indonesia)|Darul Islam
Kostrad
30 September Movement|G30S|Gestapu|September 30th Movement
Revolutionary Government of the Republic of Indonesia|PRRI
Permesta
Fretilin|FRETILIN
Free Aceh Movement|GAM@1976:2005
Indonesian Democratic Party|PDI@1973:1998
New People's Army|NPA@1969:2025
Communist Party of the Philippines
Moro National Liberation Front|MNLF
Moro Islamic Liberation Front|MILF
Nacionalista Party|+Nacionalistas
Kilusang Bagong Lipunan|KBL@1978:1986
Armed Forces of the Philippines
Anti-Fascist People's Freedom League|AFPFL
Tatmadaw
Burma Socialist Programme Party|BSPP|Lanzin Party
Communist Party of Burma|CPB@1939:1989|+White Flags|Burma Communist Party
National League for Democracy|NLD@1988:2025
State Law and Order Restoration Council|SLORC
Karen National Union|KNU
Karen National Liberation Army|KNLA
Karen National Defence Organisation|KNDO
Kachin Independence Organisation|Kachin Independence Army|KIO
Shan State Army
United Wa State Army|UWSA
Burma Independence Army|BIA@1941:1942
Priesthood of Amun|Priests of Amun|Amun priesthood
Shinsengumi
Kiheitai
Enryaku-ji|Enryakuji
Ishiyama Hongan-ji|Hongan-ji|Honganji
College of Cardinals|Sacred College
Cluniacs|+Cluniacs|Cluniac order
Liberty Party (United States)|Liberty Party@1840:1848
Anti-Masonic Party|+Anti-Masons
National Republican Party|+National Republicans@1824:1834
Constitutional Union Party
American Anti-Slavery Society
American Colonization Society
Second Bank of the United States|Bank of the United States|Second Bank@1816:1841
National Woman Suffrage Association|NWSA@1869:1890
National American Woman Suffrage Association|NAWSA
National Woman's Party
Woman's Christian Temperance Union|WCTU|Women's Christian Temperance Union
Anti-Saloon League
Socialist Party of America
United Mine Workers of America|United Mine Workers|UMWA|UMW@1890:1950
Western Federation of Miners
American Railway Union
Women's Trade Union League|WTUL@1903:1950
Niagara Movement
Interstate Commerce Commission|ICC@1887:1995
Federal Trade Commission
Northern Securities Company
U.S. Steel|United States Steel Corporation|US Steel
Liberal-Conservative Party
Parti bleu|+Bleus@1848:1900
Parti rouge|+Rouges@1848:1880
Clear Grits|+Clear Grits|+Grits@1849:1900
North-West Mounted Police|NWMP|North West Mounted Police|+Mounties@1873:1920
Canadian Pacific Railway|CPR@1880:1914
Repeal Association|Loyal National Repeal Association|+Repealers@1830:1848
Irish Confederation
Tenant Right League|Tenant League@1850:1860
Irish National League
Ladies' Land League
Irish National Invincibles|+Invincibles@1881:1883
Gaelic League
Gaelic Athletic Association|GAA@1884:1925
Clan na Gael
Milice|Milice française|French Milice|+Miliciens
Legion of French Volunteers Against Bolshevism|LVF@1941:1944
Parti Populaire Français|French Popular Party|PPF@1936:1945
Rassemblement National Populaire|RNP@1941:1944
National Council of the Resistance|Conseil National de la Résistance|CNR@1943:1944
Francs-Tireurs et Partisans|FTP@1941:1944
French Forces of the Interior|Forces Françaises de l'Intérieur|FFI@1944:1945
Armée Secrète|Secret Army@1942:1944
League of Patriots|Ligue des Patriotes
Ligue de la patrie française
French Section of the Workers' International|SFIO
General Confederation of Labour (France)|Confédération générale du travail|CGT@1895:1939
Radical Party (France)|Radical-Socialist Party|Parti radical
People's Democratic Party of Afghanistan|PDPA
Khalq|Khalq faction|+Khalqis
Parcham|Parcham faction|+Parchamis
KHAD|WAD@1986:1992
Inter-Services Intelligence|ISI@1970:2025
Hezb-e Islami|Hezb-i Islami|Hizb-i-Islami|Hezb-e-Islami|Hizb-e Islami|Hizb-i Islami
Jamiat-e Islami|Jamiat-i Islami|Jamiat-e-Islami
Limited Contingent of Soviet Forces in Afghanistan|Limited Contingent of Soviet Forces|40th Army@1979:1989|Soviet 40th Army
Pakistan Peoples Party|Pakistan People's Party
Jamaat-e-Islami|Jamaat-i-Islami|Jamaat-e-Islami Pakistan
National Awami Party|NAP@1957:1975
Jamiat Ulema-e-Islam|JUI@1945:2025
Mukti Bahini
Pakistan Army
Pakistan National Alliance|PNA@1977:1979
Movement for the Restoration of Democracy|MRD@1981:1988
Northern Alliance|United Islamic Front|United Islamic Front for the Salvation of Afghanistan
Junbish-i-Milli|Junbish|Junbish-e Milli
Hezbe Wahdat|Hezb-e Wahdat|Hizb-i Wahdat
Maktab al-Khidamat|Services Bureau@1984:1989|MAK@1984:1989
Oprichniki|+Oprichniki|+~oprichniki
Zemsky Sobor|Zemskii Sobor|Assembly of the Land
Livonian Order|+Livonian Knights
Russian Constituent Assembly|All-Russian Constituent Assembly|Constituent Assembly@1905:1922
Committee of Members of the Constituent Assembly|Komuch
Provisional All-Russian Government|Ufa Directory
Volunteer Army
Armed Forces of South Russia|AFSR@1919:1920|Armed Forces of Southern Russia
Revolutionary Insurgent Army of Ukraine|Black Army@1918:1921|Insurgent Army@1918:1921
Left Socialist-Revolutionaries|+Left SRs|+Left Socialist Revolutionaries|Left SR Party
Revolutionary Military Council|Revvoensovet
1st Cavalry Army|First Cavalry Army|Konarmiya
Latvian Riflemen|+Latvian Riflemen|Latvian Rifles
Baltic Fleet|Baltic Fleet@1703:2100
Akıncı|+Akinji|+Akıncı|+Akinjis
Society for Effecting the Abolition of the Slave Trade|Abolition Society@1787:1807|Abolition Committee
Anti-Slavery Society|Society for the Mitigation and Gradual Abolition of Slavery
Society of the Friends of the Blacks|Société des amis des Noirs|Amis des Noirs
West Africa Squadron|Preventive Squadron|West African Squadron
Sierra Leone Company
Underground Railroad
Brazilian Anti-Slavery Society|Sociedade Brasileira Contra a Escravidão
French West India Company|Compagnie des Indes occidentales
Danish West India Company|Danish West India and Guinea Company
Dutch West India Company|WIC@1621:1792
Hofkriegsrat|Aulic War Council|Court War Council
Polish hussars|+Winged Hussars
Académie française|French Academy
Convention Parliament
Convention of Estates|Convention of the Estates|Scottish Convention
Parliament of Scotland|Scottish Parliament@1235:1707|Scots Parliament
Parliament of Ireland|Irish Parliament@1297:1800|Patriot Parliament
Company of Scotland|Darien Company|Company of Scotland Trading to Africa and the Indies
States General of the Netherlands|Dutch States General|States General@1579:1700
Federal Convention (German Confederation)|Federal Diet@1815:1866|Bundesversammlung@1815:1866
Filiki Eteria|Philiki Etaireia|Philike Hetaireia|Philiki Hetaireia
Party of Order|Parti de l'Ordre
Government of National Defence|Government of National Defense
Army of Châlons|Army of Chalons
Army of the Rhine (1870)|Army of the Rhine@1870:1871
French Foreign Legion|Foreign Legion@1831:1914
Garde Mobile|Gardes mobiles|Mobile Guard@1848:1871
Sąjūdis|Sajudis|Sajūdis
Popular Front of Latvia|Latvian Popular Front
Popular Front of Estonia|Estonian Popular Front|Rahvarinne
Popular Front of Azerbaijan|Azerbaijani Popular Front
People's Movement of Ukraine|Rukh
Karabakh Committee
Interfront
Inter-Regional Deputies Group|Interregional Deputies Group|Interregional Group
Democratic Russia
Commonwealth of Independent States|CIS@1991:9999
OMON
Alpha Group|Alpha Group@1985:1993|Alfa Group@1985:1993
Directorio Revolucionario Estudiantil|Revolutionary Directorate@1955:1962|Directorio Revolucionario|Revolutionary Student Directorate|Directorio@1955:1962
Popular Socialist Party (Cuba)|Popular Socialist Party|PSP@1944:1961
Partido Ortodoxo|Ortodoxo Party|Ortodoxos|+Ortodoxos
Partido Auténtico|Auténtico Party|Autentico Party|+Auténticos|+Autenticos
Rebel Army (Cuba)|Rebel Army@1956:1960|Ejército Rebelde
Brigade 2506|Assault Brigade 2506
Integrated Revolutionary Organizations|ORI@1961:1962
Committees for the Defense of the Revolution|Committees for the Defence of the Revolution|CDR@1960:9999
National Institute of Agrarian Reform|INRA@1959:1965
Second National Front of Escambray|Second Front of Escambray
Hall of Worthies|Jiphyeonjeon
Border Defense Council|Bibyeonsa
Kyujanggak
Arte della Lana|Wool Guild@1300:1400
Parte Guelfa|Guelph Party
Italian National Society|National Society@1857:1862
Society of the Rights of Man|Société des droits de l'homme
National Congress (Belgium)|Belgian National Congress|National Congress@1830:1831
Supreme Council of Judicial Ordinances|Meclis-i Vala
Imperial Ottoman Bank|Ottoman Bank
Bulgarian Exarchate|Exarchate@1870:1878
Rurales|+Rurales
Army of Congress Poland|Polish Army@1815:1831
Patriotic Society (Poland)|Patriotic Society@1821:1831
Polish Democratic Society
Agricultural Society (Poland)|Agricultural Society@1858:1861
Central National Committee (Poland)|Central National Committee
Polish National Government (January Uprising)|National Government@1863:1864
Livonian Brothers of the Sword|Sword Brothers|+Sword Brothers|Brothers of the Sword|Order of the Sword Brothers
Order of Dobrzyń|Dobrzyń Brethren|Dobrin Brothers
Prussian Confederation|Prussian League
Catalan Company|Catalan Grand Company|Great Catalan Company
Arab Socialist Union|ASU@1962:1978
Revolutionary Command Council (Egypt)|Revolutionary Command Council@1952:1956|RCC@1952:1956
Revolutionary Command Council (Iraq)|Revolutionary Command Council@1968:2003|RCC@1968:2003
United Nations Emergency Force|UNEF
Israel Defense Forces|IDF|Israeli Defence Forces|Tsahal
Popular Front for the Liberation of Palestine|PFLP
Black September Organization|Black September Organisation
Egyptian Islamic Jihad
Arab Legion
Kataeb Party|Kataeb|Lebanese Phalanges|Phalange@1958:1990|+Phalangists@1958:1990|*Phalangist@1958:1990
Lebanese Forces
Amal Movement|Amal@1974:2000
Progressive Socialist Party
Lebanese National Movement|LNM@1969:1982
South Lebanon Army|SLA@1976:2000
Syrian Social Nationalist Party|SSNP
United Nations Interim Force in Lebanon|UNIFIL
Kurdistan Democratic Party|KDP@1946:2020
Patriotic Union of Kurdistan|PUK
Iraqi Communist Party
Arab Nationalist Movement
Derg|Dergue|Provisional Military Administrative Council
Eritrean Liberation Front|ELF@1960:1981
Eritrean People's Liberation Front|EPLF
Tigray People's Liberation Front|TPLF
Ethiopian People's Revolutionary Democratic Front|EPRDF
Oromo Liberation Front|OLF
Western Somali Liberation Front|WSLF
Somali National Movement|SNM@1981:1991
United Somali Congress|USC@1987:1991
Somali Youth League|SYL
Sudan People's Liberation Army|SPLA|Sudan People's Liberation Movement|SPLM
Anyanya|Anya-Nya|Anya Nya
National Islamic Front|NIF@1985:1999
Umma Party|Umma party|National Umma Party
Sudanese Communist Party
Armée Nationale Congolaise|Congolese National Army
Popular Movement of the Revolution|MPR@1967:1997|Mouvement Populaire de la Révolution
Front for the National Liberation of the Congo|FNLC
Katangese Gendarmerie|+Katangese gendarmes|+Katangese Gendarmes
RENAMO|Renamo|Mozambican National Resistance
FAPLA|People's Armed Forces for the Liberation of Angola
FLEC|Front for the Liberation of the Enclave of Cabinda
Union of the Peoples of Angola|UPA@1954:1962
Kabaka Yekka
National Resistance Army|NRA@1981:1986
National Resistance Movement|NRM@1981:2030
Uganda National Liberation Army|UNLA
Uganda National Liberation Front|UNLF
State Research Bureau
Chama Cha Mapinduzi|CCM@1977:2030
Afro-Shirazi Party|ASP@1957:1977
Zanzibar Nationalist Party|ZNP
Kenya People's Union|KPU@1966:1969
Holy Spirit Movement
Lord's Resistance Army|LRA@1987:2030
East African Community|EAC@1967:2030
Montoneros|+~Montoneros|*Montonero
People's Revolutionary Army (Argentina)|ERP@1970:1977
General Confederation of Labour (Argentina)|CGT@1943:1990
Argentine Anticommunist Alliance|Triple A@1973:1976|AAA@1973:1976
Radical Civic Union|Unión Cívica Radical|UCR@1891:2025
United Officers' Group|GOU@1943:1945
Mothers of the Plaza de Mayo|Madres de Plaza de Mayo|Madres de la Plaza de Mayo
National Liberation Alliance (Brazil)|Aliança Nacional Libertadora|ANL@1935:1937
Brazilian Communist Party|PCB@1922:1992
Brazilian Labour Party|PTB@1945:1965
National Democratic Union (Brazil)|UDN@1945:1965
National Renewal Alliance|ARENA@1966:1979
Brazilian Democratic Movement|MDB@1966:1979|PMDB@1980:2017
Workers' Party (Brazil)|Partido dos Trabalhadores|Workers' Party@1980:2030
Prestes Column|Coluna Prestes
Farabundo Martí National Liberation Front|Farabundo Marti National Liberation Front|FMLN
Nationalist Republican Alliance|ARENA@1981:2025
Guatemalan Party of Labour|Partido Guatemalteco del Trabajo|PGT@1949:1998
Guatemalan National Revolutionary Unity|URNG
Guerrilla Army of the Poor|EGP@1972:1996
Atlacatl Battalion
Battalion 3-16|Battalion 316
Standard Fruit Company|Standard Fruit
National Guard (Nicaragua)|Nicaraguan National Guard|Guardia Nacional
Tonton Macoute|+Tontons Macoutes|+Tonton Macoutes|+Macoutes|Volunteers for National Security
Fanmi Lavalas|Lavalas
Dominican Revolutionary Party|PRD@1939:1988
Revolutionary Armed Forces of Colombia|FARC|FARC-EP
National Liberation Army (Colombia)|ELN@1964:2025
19th of April Movement|M-19|April 19 Movement
United Self-Defense Forces of Colombia|AUC@1997:2006
Medellín Cartel|Medellin Cartel
Cali Cartel
Colombian Liberal Party
Colombian Conservative Party
Patriotic Union (Colombia)|Unión Patriótica
Democratic Action (Venezuela)|Acción Democrática|Accion Democratica
COPEI
Fifth Republic Movement|MVR@1997:2007
Revolutionary Bolivarian Movement-200|MBR-200
American Popular Revolutionary Alliance|APRA|Aprista Party|+Apristas|*Aprista
Shining Path|Sendero Luminoso|+Senderistas
Túpac Amaru Revolutionary Movement|MRTA
Civilista Party|Partido Civil|+Civilistas
Army of the Three Guarantees|Trigarante Army|Ejército Trigarante
Mazorca|La Mazorca|+Mazorqueros
Colorado Party (Uruguay)|+Colorados@1836:1886
National Party (Uruguay)|Blanco Party|+Blancos@1836:1904
Liberal Party (Brazil)|Brazilian Liberal Party|+Luzias
Conservative Party (Brazil)|Brazilian Conservative Party|+Saquaremas
Paulista Republican Party|Republican Party of São Paulo
Brazilian Abolitionist Confederation|Abolitionist Confederation
Accessory Transit Company|Accessory Transit
Antofagasta Nitrate and Railway Company|Antofagasta Nitrate Company
Council of Constance
Council of Basel|Council of Basle
Council of Pisa
Council of Florence|Council of Ferrara-Florence|Council of Ferrara
Council of Vienne
Apostolic Camera|Camera Apostolica|Apostolic Chamber
Serbian Orthodox Church|Serbian Church|Serbian Patriarchate|Patriarchate of Peć|Archbishopric of Peć
Swabian League
Swabian League of Cities
Charles University|University of Prague|Prague University
University of Paris
Council of the North
Company of Merchant Adventurers of London|Merchant Adventurers
Muscovy Company
Levant Company|Turkey Company
Convocation of Canterbury|Convocation@1485:1640
Army of Flanders|Spanish Army of Flanders
Council of Castile|Royal Council of Castile
Riksdag of the Estates|Riksdag@1435:1866
Privy Council of Sweden|Riksråd|Riksrådet
Heilbronn League
Great Council of Venice|Maggior Consiglio
Venetian Senate|Senate of Venice
Boyar Duma
Second Volunteer Army|Second People's Militia|Second Militia@1611:1613
Assembly of the Clergy|General Assembly of the French Clergy
Conseil d'en haut
First Council of Nicaea|Council of Nicaea|Council of Nicea
National Liberal Federation
Reform League
London Working Men's Association|LWMA@1836:1848
National Charter Association
Socialist League (UK)|Socialist League@1884:1901
Poor Law Commission|Poor Law Commissioners|Poor Law Board
German Progress Party|Progress Party@1861:1884|Fortschrittspartei|Deutsche Fortschrittspartei
German Free-minded Party|Deutsche Freisinnige Partei|Freisinnige Partei
General German Workers' Association|ADAV@1863:1875|Allgemeiner Deutscher Arbeiterverein|+Lassalleans
Social Democratic Workers' Party of Germany|SDAP@1869:1875|Eisenach party|+Eisenachers
Socialist Workers' Party of Germany|SAPD@1875:1890
Christian Social Workers' Party|Christlich-Soziale Arbeiterpartei
Old Catholic Church|+Old Catholics
Central Association of German Industrialists|Centralverband deutscher Industrieller
Old Czech Party|+Old Czechs
Pan-German Association|Alldeutsche Vereinigung
Party of Rights|Croatian Party of Rights
Croatian Peasant Party|Croatian People's Peasant Party|HSS@1904:1941
Croat-Serb Coalition|Croatian-Serbian Coalition
Liberal Party (Hungary)|Hungarian Liberal Party|Szabadelvű Párt
Party of Independence and '48|Independence Party@1884:1918|Party of Independence
Sabor|Croatian Sabor|Croatian Diet
Sokol|Sokol movement
Union of Struggle for the Emancipation of the Working Class|League of Struggle for the Emancipation of the Working Class|Union of Struggle@1895:1898|League of Struggle@1895:1898
SR Combat Organization|Combat Organization@1902:1911|Combat Organisation@1902:1911|SR Combat Organisation
Union of Unions|Union of Unions@1905:1906
Polish Socialist Party|PPS@1892:1948
National Grange|Patrons of Husbandry|+Grangers|Grange@1867:1900
Farmers' Alliance|Southern Farmers' Alliance|Northern Farmers' Alliance
Greenback Party|Greenback-Labor Party|+Greenbackers
American Anti-Imperialist League|Anti-Imperialist League
Pinkerton National Detective Agency|Pinkerton Agency|Pinkerton Detective Agency|+Pinkertons
Carnegie Steel Company|Carnegie Steel
Amalgamated Association of Iron and Steel Workers|Amalgamated Association@1876:1936
Socialist Labor Party of America|Socialist Labor Party
Southern Pacific Railroad|Southern Pacific
Union Pacific Railroad|Union Pacific
United States Civil Service Commission|Civil Service Commission@1871:1978
Social Democrat Hunchakian Party|Hunchakian Party|Hunchak Party|+Hunchaks|+Hunchakians
Action Army|Army of Action|Hareket Ordusu
Ahrar Party|Ottoman Liberal Party|Osmanlı Ahrar Fırkası
Muhammadan Union|Mohammedan Union|İttihad-ı Muhammedi
al-Fatat|Al-Fatat|Young Arab Society
al-Ahd|Al-Ahd
Grand National Assembly of Turkey|Grand National Assembly@1920:1938
Kuva-yi Milliye|Kuva-i Milliye|Kuvayi Milliye
Association for the Defence of the Rights of Anatolia and Rumelia|Defence of Rights Association|Müdafaa-i Hukuk
German East Africa Company|DOAG|Deutsch-Ostafrikanische Gesellschaft
Schutztruppe|~Schutztruppe
Volksraad|Volksraad@1840:1902
Afrikaner Bond
Church Missionary Society
London Missionary Society|LMS@1795:1900
White Fathers|Missionaries of Africa
British South Africa Police
Caisse de la Dette|Caisse de la Dette Publique
Suez Canal Company|Universal Suez Canal Company|Universal Company of the Maritime Suez Canal
Senegalese Tirailleurs|Tirailleurs Sénégalais|Tirailleurs Senegalais|Senegalese Riflemen
Ethiopian Orthodox Church|Ethiopian Orthodox Tewahedo Church|Ethiopian Church
Order of Calatrava|Knights of Calatrava
Order of Santiago|Knights of Santiago
Order of Alcántara|Order of Alcantara
Embroidered Uniform Guard|Jinyiwei
Eastern Depot|Dongchang
Grand Secretariat
Censorate
Lifan Yuan|Court of Colonial Affairs
Green Standard Army|Green Standard troops
Cohong|Co-hong|Hong merchants
Imperial Household Department
Rōjū|Roju|~rōjū|~roju
Ashta Pradhan|Ashtapradhan
Nonpartisan Bloc for Cooperation with the Government|BBWR
Camp of National Unity|OZON@1937:1939
National Radical Camp|ONR@1934:1939
Polish People's Party|PSL@1895:1949
Polish Legions in World War I|Polish Legions
Organization of Ukrainian Nationalists|OUN@1929:1960
National Peasants' Party|National Peasant Party|PNȚ
National Liberal Party (Romania)|PNL@1875:1947
National Christian Defense League|LANC@1923:1935
National Christian Party (Romania)|National Christian Party
National Renaissance Front|Front of National Rebirth|FRN@1938:1940
Vaps Movement|Vaps@1929:1937|+Vapsid
Iron Wolf (Lithuania)|Iron Wolf@1927:1934
Pērkonkrusts|Perkonkrusts|Thunder Cross
Lithuanian Nationalist Union|Tautininkai
Communist Party of Yugoslavia|KPJ|Yugoslav Communist Party|League of Communists of Yugoslavia|LCY@1952:1990|SKJ@1952:1990
Yugoslav Radical Union|JRZ@1935:1941
Anti-Fascist Council for the National Liberation of Yugoslavia|AVNOJ
Yugoslav National Movement|Zbor@1935:1945
Royal Yugoslav Army|Yugoslav Royal Army
National Liberation Front (Greece)|EAM@1941:1946
Greek People's Liberation Army|ELAS@1942:1945
National Republican Greek League|EDES@1941:1945
Communist Party of Greece|KKE|Greek Communist Party
Democratic Army of Greece|DSE@1946:1949
Security Battalions
Italian Social Movement|MSI@1946:1995
Italian Democratic Socialist Party|PSDI
Italian Liberal Party|PLI@1943:1994
Action Party (Italy)|Partito d'Azione|Action Party@1942:1947
National Liberation Committee|Committee of National Liberation|CLN@1943:1947
Ordine Nuovo
Lotta Continua
Prima Linea
Propaganda Due|P2@1970:1982|P2 lodge
Sicilian Mafia|Cosa Nostra|=Mafia
Operation Gladio|Gladio
Italian General Confederation of Labour|CGIL
Popular Republican Movement|MRP@1944:1967
Rally of the French People
Rwandan Patriotic Front|RPF@1987:2010
Union for the New Republic|UNR@1958:1967
Union of Democrats for the Republic
Rally for the Republic|RPR@1976:2002
Union for French Democracy|UDF@1978:1982
Socialist Party (France)|French Socialist Party|Parti socialiste
Unified Socialist Party (France)|PSU@1960:1989
Union of the Democratic Centre|UCD@1977:1983
People's Alliance (Spain)|Alianza Popular
Herri Batasuna
GRAPO
Convergence and Union|CiU
Fuerza Nueva
Official IRA|Official Irish Republican Army|OIRA
Irish National Liberation Army|INLA
Ulster Defence Association|UDA
Ulster Freedom Fighters|UFF
Ulster Defence Regiment|UDR@1970:1992
Royal Ulster Constabulary|RUC
Ulster Special Constabulary|B-Specials|B Specials
Democratic Unionist Party|DUP
Social Democratic and Labour Party|SDLP
Alliance Party of Northern Ireland|Alliance Party@1970:2025
Northern Ireland Civil Rights Association|NICRA
People's Democracy (Northern Ireland)|=People's Democracy
Ulster Vanguard|Vanguard Unionist Progressive Party|Vanguard@1972:1978
Loyalist Volunteer Force|LVF@1994:2005
Real IRA
Ulster Workers' Council|UWC
Parachute Regiment
Parliament of Northern Ireland|Stormont@1921:1972
Apprentice Boys of Derry|Apprentice Boys
Special Air Service|SAS@1941:2025
Palmach
Lehi (militant group)|Lehi@1940:1948|Stern Gang|LEHI
Jewish Agency|Jewish Agency for Palestine|Jewish Agency for Israel
Histadrut
Zionist Organization|World Zionist Organization|Zionist Organisation|World Zionist Organisation|WZO
Arab Higher Committee|Higher Arab Committee
Arab Executive Committee|Arab Executive
Supreme Muslim Council
Mapai
Betar|Beitar@1923:1948|Betar@1923:1948
Palestine Police Force|Palestine Police
Peel Commission|Palestine Royal Commission
Woodhead Commission
King-Crane Commission
Anglo-American Committee of Inquiry
United Nations Special Committee on Palestine|UNSCOP
Permanent Mandates Commission|Mandates Commission
Arab Liberation Army|ALA@1947:1949
Army of the Holy War|Jaysh al-Jihad al-Muqaddas
Jewish Legion
Jewish Brigade
Egyptian Expeditionary Force|EEF@1915:1919
Arab Bureau
Sharifian Army|Arab Northern Army|Sherifian Army
Syrian National Congress|Syrian Congress@1919:1920
National Bloc (Syria)|National Bloc@1927:1947
Army of the Levant|Armée du Levant|Troupes spéciales du Levant
Colonial Office
Iraq Petroleum Company|Turkish Petroleum Company|IPC@1912:1975
Aramco|Arabian American Oil Company|Saudi Aramco
UGTT|Tunisian General Labour Union|Union Générale Tunisienne du Travail
Destour|Destour Party|Old Destour
Liberal Constitutional Party|Liberal Constitutionalists|Constitutional Liberal Party
Young Egypt Party|Young Egypt|Misr al-Fatat
Goumiers|+Goumiers|+Goums
Ohio Company|Ohio Company of Virginia
Seventh Cavalry Regiment|7th Cavalry|Seventh Cavalry|7th Cavalry Regiment
America First Committee|America First@1940:1941
Share Our Wealth|Share Our Wealth Society
National Union for Social Justice
Silver Legion of America|Silver Legion|+Silver Shirts
German American Bund|German-American Bund|Amerikadeutscher Bund
United Auto Workers|UAW
Farm Security Administration|FSA@1937:1946
National Labor Relations Board|NLRB
Reconstruction Finance Corporation|RFC@1932:1953
Communist Party USA|CPUSA|Communist Party of the United States|American Communist Party
Council of Federated Organizations|COFO
Mississippi State Sovereignty Commission|Sovereignty Commission
NAACP Legal Defense and Educational Fund|NAACP Legal Defense Fund|Legal Defense Fund
Weather Underground|Weathermen|+Weathermen|Weather Underground Organization
Youth International Party|+Yippies|Yippies
Free Speech Movement|FSM@1964:1965
Vietnam Veterans Against the War|VVAW
National Mobilization Committee to End the War in Vietnam|MOBE@1967:1969|Mobe@1967:1969
Young Americans for Freedom|YAF@1960:1980
John Birch Society|+Birchers
United Farm Workers|UFW@1966:1990
Committee for the Re-Election of the President|CREEP@1971:1973|CRP@1971:1973
White House Plumbers|the Plumbers@1971:1973
Veche|~veche|Novgorod veche
Supreme Privy Council
Governing Senate|Ruling Senate
Secret Chancellery|Secret Chancery|Secret Expedition
Preobrazhensky Prikaz
Preobrazhensky Regiment|Preobrazhensky Guards
Semyonovsky Regiment|Semenovsky Regiment|Semyonovsky Guards
Izmailovsky Regiment|Izmailovsky Guards
Legislative Commission (Russia)|Legislative Commission@1767:1774
SMERSH|Smersh
Orgburo
Dalstroy
Jewish Anti-Fascist Committee|JAC@1942:1952
Military Collegium of the Supreme Court|Military Collegium@1924:1991
Ministry of Internal Affairs (Soviet Union)|MVD@1946:1991
State Defense Committee|GKO@1941:1945|State Defence Committee
UDBA|UDB@1946:1991
OZNA
Yugoslav People's Army|JNA|Yugoslav National Army
Matica hrvatska|Matica Hrvatska
League of Communists of Croatia
Polish Workers' Party|PPR@1942:1948
Ministry of Public Security (Poland)|Security Office@1944:1956|UB@1944:1956|Urząd Bezpieczeństwa
Polish Committee of National Liberation|PKWN|Lublin Committee
United People's Party (Poland)|ZSL@1949:1989
PAX Association|PAX@1947:1989
Polish People's Army|LWP@1943:1989
ZOMO
Freedom and Independence|WiN@1945:1952
Catholic Church in Poland|Polish Church|Polish episcopate|Polish Episcopate
Free German Youth|FDJ
National People's Army|NVA@1956:1990
Volkskammer|People's Chamber@1949:1990
Soviet Military Administration in Germany|SMAD|SVAG
Romanian Communist Party|PCR@1921:1989|Romanian Workers' Party
National Salvation Front (Romania)|National Salvation Front@1989:1991|FSN@1989:1991
Party of Labour of Albania|Albanian Party of Labour|Communist Party of Albania|PPSh
Sigurimi
Nizam-ı Cedid|Nizam-i Cedid|Nizam-i Jedid|Nizam-ı Djedid|Nizam-i Djedid|New Order army@1792:1807
Asakir-i Mansure-i Muhammediye|Asakir-i Mansure|Mansure army|Victorious Soldiers of Muhammad
Bektashi Order|Bektashi order|+Bektashis|Bektashi dervishes
Odjak of Algiers|Ojaq of Algiers|Odjak@1516:1830|Ojaq@1516:1830
Taifa of the Raïs|Taifa of the Rais|Taifa of Raïs
Persian Cossack Brigade|Cossack Brigade@1879:1921
Imperial Tobacco Corporation of Persia|Tobacco Régie@1890:1892|the Régie@1890:1892|Persian Tobacco Company
French Army of the Orient|Army of the Orient@1798:1801|Armée d'Orient@1798:1801|Army of Egypt@1798:1801
Indian Civil Service|ICS@1858:1947
British Indian Army|Indian Army@1858:1947
Anushilan Samiti
Jugantar
Bombay Burmah Trading Corporation|Bombay Burmah Trading Company
Royal Netherlands East Indies Army|KNIL
Nederlandsche Handel-Maatschappij|Netherlands Trading Society
Budi Utomo|Boedi Oetomo
Indische Partij|Indies Party
Black Flag Army|+Black Flags@1860:1895
Duy Tân Hội|Duy Tan Hoi|Modernization Society@1904:1912
Việt Nam Quang Phục Hội|Vietnam Restoration League
Katipunan|+Katipuneros
La Liga Filipina
Augustinian Recollects|+Recollects
Cofradía de San José|Cofradia de San Jose
Judenrat|+Judenräte|+Judenrate|Jewish Council|+Jewish Councils
Jewish Combat Organization|ŻOB@1942:1944|ZOB@1942:1944|Jewish Fighting Organisation|Jewish Fighting Organization
Żegota|Zegota|Council to Aid Jews
Reich Security Main Office|RSHA
Sicherheitsdienst|SD@1931:1945
Ordnungspolizei|Orpo@1936:1945
Oberkommando der Wehrmacht|OKW|Armed Forces High Command
Oberkommando des Heeres|OKH
Stavka|~Stavka
Army Group Centre|Army Group Center
Russian Liberation Army|ROA@1942:1945
National Committee for a Free Germany|NKFD
Nasjonal Samling
Milorg
National Socialist Movement in the Netherlands|NSB@1931:1945
Rexist Party|+Rexists|Rex Party
Flemish National Union|VNV@1933:1945
Danish Freedom Council|Freedom Council@1943:1945
Polish Underground State
Polish government-in-exile|Polish government in exile|Polish Government in Exile
Armia Ludowa
National Armed Forces (Poland)|NSZ@1942:1947
Hlinka Guard|Hlinka's Guard
Hlinka's Slovak People's Party|Slovak People's Party
Mouvements Unis de la Résistance|MUR@1943:1944
Ober Ost
Imperial War Cabinet
Supreme Council for the Direction of the War|=Big Six@1944:1945
War Refugee Board
New Zealand Company
Armed Constabulary (New Zealand)|Armed Constabulary@1867:1886
Native Land Court
New Zealand Liberal Party
New South Wales Corps|Rum Corps
Native Police
Ballarat Reform League
Australasian Federal Convention
Australian Labor Party|ALP@1891:2025|Labor Party@1891:1930
Protectionist Party|+Protectionists@1887:1909
Free Trade Party|+Free Traders@1887:1909
Australian Imperial Force|AIF@1914:1919|First AIF
Malayan Indian Congress|MIC@1946:1990
Malay Nationalist Party|PKMM@1945:1948
Malayan People's Anti-Japanese Army|MPAJA
Min Yuen
Barisan Sosialis
Malaysian Islamic Party|Pan-Malayan Islamic Party|Parti Islam Se-Malaysia|PAS@1951:2025
Democratic Action Party|DAP@1965:2025
Parti Gerakan Rakyat Malaysia|Gerakan@1968:2025
Labour Front (Singapore)|Labour Front@1954:1960
Brunei People's Party|Partai Rakyat Brunei
Barisan Nasional
Partido Komunista ng Pilipinas|PKP@1930:1977
Liberal Party (Philippines)|Philippine Liberal Party
Philippine Constabulary
National Movement for Free Elections|NAMFREL@1951:1990
Kabataang Makabayan
Wesleyan Methodist Missionary Society
Deutsche Handels- und Plantagen-Gesellschaft|DHPG
Western Pacific High Commission
United National Party|UNP
Sri Lanka Freedom Party|SLFP
Lanka Sama Samaja Party|LSSP
Janatha Vimukthi Peramuna|JVP
Liberation Tigers of Tamil Eelam|LTTE|+Tamil Tigers
Ilankai Tamil Arasu Kachchi|ITAK|Federal Party@1949:1976
All Ceylon Tamil Congress|Tamil Congress@1944:1990
Tamil United Liberation Front|TULF
Indian Peace Keeping Force|IPKF
Eelam People's Revolutionary Liberation Front|EPRLF
Tamil Eelam Liberation Organization|TELO
People's Liberation Organisation of Tamil Eelam|PLOTE
Mahajana Eksath Peramuna|MEP@1956:1970
Organization of Arab Petroleum Exporting Countries|OAPEC
ANZUS|ANZUS Treaty@1951:2000
Balkan Entente|Balkan Pact@1934:1940
Balkan League
First League of Armed Neutrality|League of Armed Neutrality@1780:1783|Armed Neutrality@1780:1783
Commonwealth of Nations|British Commonwealth|British Commonwealth of Nations
Organisation of Islamic Cooperation|Organisation of the Islamic Conference|Organization of the Islamic Conference|OIC@1969:2000
Gulf Cooperation Council|GCC@1981:2000|Cooperation Council for the Arab States of the Gulf
Economic Community of West African States|ECOWAS
ECOMOG|Economic Community of West African States Monitoring Group
Southern African Development Community|SADC|Southern African Development Coordination Conference|SADCC
Frontline States|Front Line States
Group of 77|G77@1964:2000|G-77@1964:2000
Group of Seven|G7@1975:2000|G-7@1975:2000
OECD|Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development
General Agreement on Tariffs and Trade|GATT
UNESCO
UNICEF
United Nations High Commissioner for Refugees|UNHCR
UNRWA|United Nations Relief and Works Agency|United Nations Relief and Works Agency for Palestine Refugees in the Near East
International Labour Organization|International Labour Organisation|ILO@1919:2000|International Labour Office
International Atomic Energy Agency|IAEA
United Nations Relief and Rehabilitation Administration|UNRRA
Western European Union|WEU@1954:2000
Andean Community|Andean Pact
Mercosur|MERCOSUR
Permanent Court of International Justice|PCIJ|World Court@1922:1946
Amnesty International
Anti-Apartheid Movement
International Workingmen's Association|First International|International Working Men's Association
Second International|Socialist International@1889:1916
Fourth International
Socialist International|Socialist International@1951:2000
Profintern|Red International of Labour Unions
Supreme War Council|Supreme War Council@1917:1920|Allied Supreme War Council
Council of Four|=Big Four@1919:1919
Supreme Headquarters Allied Expeditionary Force|SHAEF
South East Asia Command|SEAC@1943:1946|Southeast Asia Command
Combined Chiefs of Staff
Supreme Commander for the Allied Powers|SCAP@1945:1952
Council of Foreign Ministers|Council of Foreign Ministers@1945:1949
Special Operations Executive|SOE@1940:1946
Office of Strategic Services|OSS@1942:1945
RAF Bomber Command|Bomber Command
RAF Fighter Command|Fighter Command
United States Army Air Forces|USAAF
Fourteenth Army (United Kingdom)|Fourteenth Army@1943:1945|Forgotten Army@1943:1945
Eighth Army (United Kingdom)|British Eighth Army|Eighth Army@1941:1945|8th Army@1941:1945
6th Army (Wehrmacht)|German Sixth Army|Sixth Army@1942:1943|6th Army@1942:1943
Army Group South
II Polish Corps|Polish II Corps|Anders Army|Anders' Army
American Volunteer Group|Flying Tigers
Chindits|+Chindits
Imperial Russian Army|Russian Imperial Army|=Russian Army@1700:1917
Imperial Russian Navy|=Russian Navy@1696:1917
Black Sea Fleet
Imperial German Army|German Imperial Army|Deutsches Heer
Prussian General Staff|Great General Staff
Austro-Hungarian Army|Imperial and Royal Army|k.u.k. Army|Common Army@1867:1918
Armée d'Afrique|Army of Africa (France)
Imperial Guard (Napoleon I)|Imperial Guard@1804:1815|=Old Guard@1804:1815|Garde impériale
Army of Italy (France)|Army of Italy@1796:1814|Armée d'Italie
United States Army|US Army|U.S. Army
United States Navy|US Navy|U.S. Navy
Continental Navy
Union Navy
Confederate States Navy|Confederate Navy
Army of Tennessee
Grand Army of the Republic|GAR@1866:1956
Regio Esercito|Royal Italian Army
Beiyang Fleet|Beiyang Navy
Japan Self-Defense Forces|Self-Defense Forces@1954:2000|Self-Defence Forces@1954:2000
Unit 731
Republican Guard (Iraq)|Iraqi Republican Guard|Republican Guard@1969:2003
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards@1979:2000|Pasdaran
Basij
SAVAK
Tudeh Party|Tudeh
National Front (Iran)|=National Front@1949:1956
Islamic Republican Party|IRP@1979:1987
People's Mojahedin Organization of Iran|People's Mujahedin of Iran|People's Mojahedin|Mojahedin@1965:2025|Mojahedin-e Khalq|Mujahedin-e Khalq|MEK@1965:2000|MKO@1965:2000
Organization of Iranian People's Fedai Guerrillas|Fedai Guerrillas|Fadaian-e Khalq|Fedaian-e Khalq
Fada'iyan-e Islam|Fadaiyan-e Islam|Fedayan-e Islam
Council of the Islamic Revolution|Revolutionary Council (Iran)
Rastakhiz Party|Rastakhiz
Anglo-Persian Oil Company|Anglo-Iranian Oil Company|AIOC|APOC
Islamic Dawa Party|Dawa Party|Da'wa Party
Supreme Council for the Islamic Revolution in Iraq|SCIRI
Likud
Israeli Labor Party|Labor Party (Israel)|Israeli Labour Party
Alignment (Israel)|Ma'arakh|the Alignment@1965:1991
Herut
Gush Emunim
Peace Now|=Peace Now
Shin Bet|Shabak|Israel Security Agency
Democratic Front for the Liberation of Palestine|DFLP
Popular Front for the Liberation of Palestine – General Command|PFLP-GC|PFLP – General Command
Abu Nidal Organization|Fatah Revolutionary Council|Abu Nidal Organisation
Palestinian Islamic Jihad|Islamic Jihad Movement in Palestine
Palestinian National Council
Palestinian National Authority|Palestinian Authority
National Liberation Front (South Yemen)|National Liberation Front of South Yemen
Front for the Liberation of Occupied South Yemen|FLOSY
Dhofar Liberation Front
Popular Front for the Liberation of Oman|PFLO|Popular Front for the Liberation of the Occupied Arabian Gulf|PFLOAG
North African Star|Étoile Nord-Africaine|Etoile Nord-Africaine
Algerian People's Party|Parti du Peuple Algérien|PPA@1937:1954
Movement for the Triumph of Democratic Liberties|MTLD
Association of Algerian Muslim Ulema|Association of Muslim Ulama
Islamic Salvation Front|FIS@1989:2000|Front Islamique du Salut
Armed Islamic Group|Armed Islamic Group of Algeria|GIA@1992:2000
Polisario Front|Polisario|POLISARIO
Moroccan Army of Liberation|Army of Liberation (Morocco)
Republican People's Party|CHP@1923:2000
Democrat Party (Turkey, 1946–1961)|Democrat Party@1946:1960|Democratic Party (Turkey)
Justice Party (Turkey)|Justice Party@1961:1981
National Salvation Party|MSP@1972:1981
Welfare Party|Refah Party|Refah
Nationalist Movement Party|MHP@1969:2000
Grey Wolves|Ülkü Ocakları|Grey Wolves@1968:2000
Kurdistan Workers' Party|PKK
Armenian Secret Army for the Liberation of Armenia|ASALA
Progressive Republican Party (Turkey)|Progressive Republican Party
Free Republican Party|Liberal Republican Party (Turkey)
Turkish Hearths|Türk Ocakları
EOKA|National Organization of Cypriot Fighters
Turkish Resistance Organisation|TMT@1958:1974
Progressive Party of Working People|AKEL
PASOK|Panhellenic Socialist Movement
New Democracy (Greece)|=New Democracy@1974:2000
Revolutionary Organization 17 November|17N
Military League (Greece)|Military League@1909:1910
League of Prizren|Albanian League of Prizren
Balli Kombëtar|Balli Kombetar
Bulgarian Agrarian National Union|BANU|Agrarian Union@1899:1947
Bulgarian Communist Party|BKP@1919:1990|BCP@1919:1990
Zveno
Bulgarian Revolutionary Central Committee|BRCC@1869:1876
People's Radical Party|Serbian Radical Party@1881:1919|Radical Party (Serbia)
White Hand|White Hand@1912:1941|Bela Ruka
Croatian Democratic Union|HDZ
Socialist Party of Serbia|SPS@1990:2000
Serb Democratic Party|Serbian Democratic Party
Party of Democratic Action|SDA@1990:2000
Kosovo Liberation Army|KLA@1996:2000|UÇK|UCK@1996:2000
Democratic League of Kosovo|LDK
Army of Republika Srpska|Bosnian Serb Army|VRS@1992:1996
Army of the Republic of Bosnia and Herzegovina|ARBiH|Bosnian Army@1992:1995
Croatian Defence Council|HVO
Serb Volunteer Guard|Arkan's Tigers
Hungarian Democratic Forum|MDF@1987:2000
Alliance of Free Democrats|SZDSZ
Fidesz
Independent Smallholders, Agrarian Workers and Civic Party|Independent Smallholders' Party|Smallholders' Party|Smallholders Party|FKGP|+Smallholders@1930:1990
Hungarian Communist Party|Communist Party of Hungary
National Defence Committee (Hungary)|Committee of National Defence@1848:1849|National Defence Committee@1848:1849
StB|Státní bezpečnost|Czechoslovak State Security
Sudeten German Party|SdP@1933:1938
Czechoslovak National Council
Slovak National Council
Bar Confederation|Confederation of Bar
Targowica Confederation|+Targowiczanie
Great Sejm|Four-Year Sejm
Polish Military Organisation|Polish Military Organization
Polish Legions (Napoleonic period)|Dąbrowski's Legions|Dabrowski's Legions
Ukrainian Insurgent Army
Central Council of Ukraine|Central Rada|Tsentralna Rada
Directorate of Ukraine|Ukrainian Directory|Directory of Ukraine
Union of Salvation
Union of Welfare
Northern Society (Decembrists)|=Northern Society@1821:1826
Southern Society (Decembrists)|=Southern Society@1821:1826
Petrashevsky Circle|+Petrashevtsy|Petrashevsky circle
Third Section|=Third Section@1826:1880|Third Department@1826:1880
Separate Corps of Gendarmes|Corps of Gendarmes@1826:1917
Progressive Bloc (Russia)|Progressive Bloc@1915:1917
League of Militant Atheists|League of the Militant Godless|Union of the Militant Godless
Zhenotdel
Proletkult
Young Pioneers|Young Pioneer organization of the Soviet Union
Union of Soviet Writers|Writers' Union@1934:1991|Union of Writers of the USSR
Memorial (society)|Memorial Society
Liberal Democratic Party of Russia|LDPR
Communist Party of the Russian Federation|CPRF
Yabloko
Heimwehr|Heimatschutz@1920:1936
Fatherland Front (Austria)|Vaterländische Front|Fatherland Front@1933:1938
Republikanischer Schutzbund|Schutzbund
Austrian People's Party|ÖVP|OVP@1945:2000
Social Democratic Party of Austria|SPÖ|SPO@1945:2000
Freedom Party of Austria|FPÖ|FPO@1956:2000
Free Democratic Party (Germany)|Free Democratic Party|Free Democrats@1948:2000|FDP@1948:2000
Christian Social Union in Bavaria|Christian Social Union|CSU@1945:2000
Alliance 90/The Greens|German Greens|Die Grünen
German Trade Union Confederation|DGB@1949:2000|Deutscher Gewerkschaftsbund
German Labour Front|DAF@1933:1945|Deutsche Arbeitsfront
Strength Through Joy|=Strength Through Joy|Kraft durch Freude|KdF@1933:1945
League of German Girls|Bund Deutscher Mädel|BDM@1930:1945
People's Court (Germany)|People's Court@1934:1945|Volksgerichtshof
Organisation Todt|Organization Todt
SS-Totenkopfverbände|Totenkopfverbände|Death's Head Units
Reich Ministry of Public Enlightenment and Propaganda|Propaganda Ministry@1933:1945|Ministry of Propaganda@1933:1945
Reich Chamber of Culture|Reichskulturkammer
Kreisau Circle|Kreisauer Kreis
Red Orchestra|Rote Kapelle
Confessing Church|Bekennende Kirche
German Christians|+German Christians@1931:1945|Deutsche Christen
Bundesnachrichtendienst|BND@1956:2000
German Colonial Society|Deutsche Kolonialgesellschaft
League of the Just
Communist League|=Communist League@1847:1852
Tugendbund|League of Virtue
Krupp|Friedrich Krupp AG|Krupp works
IG Farben|I.G. Farben
Social Democratic Party (UK)|SDP@1981:1988
Liberal Democrats (UK)|+Lib Dems
Scottish National Party|SNP@1934:2000
Plaid Cymru
National Front (UK)|British National Front
British National Party
Communist Party of Great Britain|CPGB
National Union of Mineworkers|NUM@1945:2000
Miners' Federation of Great Britain|MFGB
Transport and General Workers' Union|TGWU
Grand National Consolidated Trades Union|GNCTU
Amalgamated Society of Railway Servants
Confederation of British Industry|CBI@1965:2000
London Corresponding Society
Society for Constitutional Information
Hampden Clubs|+Hampden Clubs|Hampden Club
Birmingham Political Union
Tariff Reform League
Salvation Army
Society of United Irishmen|United Irishmen|+United Irishmen
Defenders (Ireland)|+Defenders@1780:1800
Whiteboys|+Whiteboys
Fianna Fáil|Fianna Fail
Fine Gael
Cumann na nGaedheal
Labour Party (Ireland)|Irish Labour Party
Blueshirts|+Blueshirts|Army Comrades Association
Clann na Poblachta
Camelots du Roi|+Camelots du Roi
La Cagoule|Cagoule|+Cagoulards
Jeunesses Patriotes
French Social Party|Parti social français
French Workers' Party|Parti ouvrier français|POF@1880:1902
Ligue des droits de l'homme|Human Rights League (France)|League of the Rights of Man
Comité des forges
National Front (France)|Front National
French Democratic Confederation of Labour|CFDT
Force Ouvrière|Force ouvrière
SDECE|Service de Documentation Extérieure et de Contre-Espionnage
Deuxième Bureau|Deuxieme Bureau|Second Bureau@1871:1940
Bureau Central de Renseignements et d'Action|BCRA
French Legion of Fighters|Légion française des combattants
Society of the Seasons|Société des saisons
Anti-Revolutionary Party|ARP@1879:1980
Catholic People's Party|KVP
Labour Party (Netherlands)|PvdA
Belgian Labour Party|Belgian Workers' Party|Parti Ouvrier Belge|POB@1885:1940
Vlaams Blok
Swedish Social Democratic Party|Swedish Social Democrats|Swedish Social Democratic Workers' Party
Norwegian Labour Party
Social Democrats (Denmark)|Danish Social Democrats|Danish Social Democratic Party
Social Democratic Party of Finland|Finnish Social Democrats
Lapua Movement
Finnish Red Guards|Red Guards (Finland)
White Guard (Finland)|Suojeluskunta|Civil Guard (Finland)
Italian Republican Party
Forza Italia
Lega Nord|Northern League@1991:2000
Camorra
Carabinieri|~carabinieri
Portuguese Republican Party
Carbonária
National Union (Portugal)|União Nacional
Portuguese Communist Party|PCP@1921:2000
Socialist Party (Portugal)|Portuguese Socialist Party
Social Democratic Party (Portugal)|Portuguese Social Democratic Party
Moderate Party (Spain)|Partido Moderado
Progressive Party (Spain)|Partido Progresista
Liberal Union (Spain)|Unión Liberal
Liberal Party (Spain, 1880)|Liberal Fusionist Party|Fusionist Party
Liberal Conservative Party (Spain)|Conservative Party (Spain)|Partido Liberal-Conservador
Patriotic Union (Spain)|Unión Patriótica@1924:1930
Lliga Regionalista|Lliga
Solidaritat Catalana|Catalan Solidarity
People's Party (Spain)|Partido Popular
Juntas de Defensa|Military Juntas@1917:1923|Juntas of Defence
Grupos Antiterroristas de Liberación|GAL@1983:1987
Liberal Party of Canada|Canadian Liberal Party
Conservative Party of Canada (1867–1942)|Progressive Conservative Party of Canada|Progressive Conservatives@1942:2000
Co-operative Commonwealth Federation|CCF@1932:1961
New Democratic Party|New Democratic Party@1961:2000
Parti Québécois|Parti Quebecois|PQ@1968:2000|+Péquistes
Bloc Québécois|Bloc Quebecois
Union Nationale
Front de libération du Québec|Front de liberation du Quebec|FLQ
Social Credit Party of Canada|Social Credit Party|+Socreds
Reform Party of Canada
North West Company|Nor'Westers|+Nor'Westers
Canada First|Canada First@1868:1880
Institutional Revolutionary Party|PRI@1946:2000|Partido Revolucionario Institucional
National Revolutionary Party|PNR@1929:1938|Partido Nacional Revolucionario
Party of the Mexican Revolution|PRM@1938:1946|Partido de la Revolución Mexicana
National Action Party (Mexico)|National Action Party|PAN@1939:2000|Partido Acción Nacional
Party of the Democratic Revolution|PRD@1989:2000
Zapatista Army of National Liberation|EZLN|Zapatista National Liberation Army
Mexican Liberal Party|PLM@1905:1918|Partido Liberal Mexicano
Anti-Reelectionist Party|National Anti-Reelectionist Party
Constitutionalist Army|Constitutionalist army
División del Norte|Division of the North|Division del Norte
Liberation Army of the South|Ejército Libertador del Sur
Regional Confederation of Mexican Workers|CROM@1918:1940
Confederation of Mexican Workers|CTM@1936:2000
Casa del Obrero Mundial|House of the World Worker
National Synarchist Union|+Sinarquistas|+Sinarquists
Pemex|PEMEX|Petróleos Mexicanos
National Liberation Party (Costa Rica)|PLN@1951:2000
Panama Defense Forces
Panama Canal Company
Nicaraguan Democratic Force|FDN@1981:1990
People's National Party|PNP@1938:1990
Jamaica Labour Party|JLP
People's National Movement|PNM@1956:2000
New Jewel Movement|New JEWEL Movement|NJM@1973:1983
Popular Democratic Party (Puerto Rico)|Popular Democratic Party@1938:2000
People's Progressive Party (Guyana)|People's Progressive Party@1950:2000
People's National Congress|People's National Congress@1957:2000
Cuban Revolutionary Party|Partido Revolucionario Cubano
Cuban Liberation Army|Liberation Army (Cuba)
Tupamaros|+~Tupamaros|MLN-T|*Tupamaro|Movimiento de Liberación Nacional – Tupamaros
Broad Front (Uruguay)|Frente Amplio|=Broad Front@1971:2000
Colorado Party (Paraguay)|National Republican Association|ANR@1887:2000
National Autonomist Party|Partido Autonomista Nacional
Argentine Patriotic League|Liga Patriótica Argentina|Patriotic League@1919:1930
Revolutionary Nationalist Movement|MNR@1941:1975|Movimiento Nacionalista Revolucionario
Bolivian Workers' Center|COB@1952:2000|Central Obrera Boliviana
Christian Democratic Party (Chile)|Chilean Christian Democrats|Christian Democrats (Chile)
Socialist Party of Chile|Chilean Socialist Party
Communist Party of Chile|Chilean Communist Party
Radical Party (Chile)|Chilean Radical Party
Patria y Libertad|Fatherland and Liberty
National Information Center|CNI@1977:1990|Central Nacional de Informaciones
Manuel Rodríguez Patriotic Front|FPMR|Manuel Rodriguez Patriotic Front
Landless Workers' Movement|MST@1984:2000|Movimento dos Trabalhadores Rurais Sem Terra
Brazilian Expeditionary Force|Força Expedicionária Brasileira
National Liberation Action|Ação Libertadora Nacional
Revolutionary Movement 8th October|MR-8
Anaconda Copper|Anaconda Copper Mining Company|Anaconda Company|Anaconda@1895:1977
Kennecott Copper Corporation|Kennecott
ITT Corporation|International Telephone and Telegraph|ITT@1920:2000
Liberal Republican Party (United States)|+Liberal Republicans@1870:1874
Prohibition Party
Nonpartisan League
Minnesota Farmer–Labor Party|Farmer-Labor Party|Farmer–Labor Party
American Independent Party
Knights of the Golden Circle
Knights of the White Camellia
White League
American Protective Association
National Association of Manufacturers
United States Chamber of Commerce|US Chamber of Commerce
American Legion
American Civil Liberties Union|ACLU
Moral Majority
National Security Agency|NSA@1952:2000
Atomic Energy Commission|AEC@1946:1974
War Industries Board
Committee on Public Information|Creel Committee
War Production Board
Manhattan Project
International Brotherhood of Teamsters|+Teamsters|Teamsters Union
Brotherhood of Sleeping Car Porters
International Ladies' Garment Workers' Union|ILGWU
Texas Ranger Division|Texas Rangers@1823:1950
Central Pacific Railroad
Pennsylvania Railroad
Northern Pacific Railway|Northern Pacific Railroad
American Fur Company
Russian-American Company
Ford Motor Company|Ford Motor
General Motors
Committee of Safety (Hawaii)|Committee of Safety@1887:1893
United Australia Party|UAP@1931:1945
National Party of Australia|Country Party (Australia)|=Country Party@1920:1975
Liberal Party of Australia|Australian Liberal Party
Democratic Labor Party (Australia)|DLP@1955:1978
Communist Party of Australia
Australian Workers' Union|AWU
New Zealand Labour Party|NZ Labour
New Zealand National Party|National Party (New Zealand)
Reform Party (New Zealand)|Reform Party@1909:1936
Kanak and Socialist National Liberation Front|FLNKS
Khana Ratsadon|People's Party (Siam)|Khana Ratsadorn
Free Thai Movement|Seri Thai|Free Thai
Communist Party of Thailand
Muhammadiyah
Defenders of the Homeland|PETA@1943:1945|Pembela Tanah Air
Gerwani
Philippine Revolutionary Army
Federal Party (Philippines)|Partido Federal
Vietnamese Nationalist Party|Việt Nam Quốc Dân Đảng|Viet Nam Quoc Dan Dang|VNQDD
Vietnamese Revolutionary Youth League|Thanh Niên|Revolutionary Youth League@1925:1930
Cần Lao Party|Can Lao Party|Cần Lao|Personalist Labor Revolutionary Party
Communist Party of Kampuchea|CPK@1966:1981
Sangkum
Khmer Issarak|+Khmer Issarak
Khmer Serei|+Khmer Serei
FUNCINPEC|Funcinpec
Kampuchean United Front for National Salvation|KUFNS
Khmer People's National Liberation Front|KPNLF
Santebal
Lao People's Revolutionary Party|LPRP
Mongolian People's Revolutionary Party|MPRP|Mongolian People's Party
Tiandihui|Heaven and Earth Society|Hongmen
Small Swords Society|Small Sword Society
Guangfuhui|Restoration Society@1904:1912
Baohuanghui|Protect the Emperor Society|Emperor Protection Society
Progressive Party (China)|Jinbudang
Anfu Club|Anfu clique
Blue Shirts Society|Blue Shirts@1932:1938|Lixingshe
Bureau of Investigation and Statistics|Juntong
Central Military Commission
Communist Youth League of China
China Democratic League
Democratic Progressive Party|DPP@1986:2000
Independence Club|Independence Club@1896:1898|Dongnip Hyeophoe
Iljinhoe|Ilchinhoe|Ilchin-hoe
Korean Liberation Army
Korean Communist Party
Workers' Party of South Korea
Genyōsha|Genyosha|Dark Ocean Society
Liberal Party (Japan, 1881)|Jiyūtō|Jiyuto
Rikken Kaishintō|Kaishintō|Kaishinto|Constitutional Reform Party
Japan Socialist Party|Social Democratic Party of Japan|JSP@1945:1996
Zengakuren
Sōka Gakkai|Soka Gakkai
Kōmeitō|Komeito|Clean Government Party|New Komeito
Japanese Red Army|Nihon Sekigun
Aum Shinrikyo|Aum Shinrikyō
Keidanren|Japan Business Federation
Ministry of International Trade and Industry|MITI
Yasuda zaibatsu
Justice Party (India)|Justice Party@1916:1944|South Indian Liberal Federation
Unionist Party (Punjab)|Punjab Unionist Party
Shiromani Akali Dal|Akali Dal|+Akalis
Shiromani Gurdwara Parbandhak Committee|SGPC
Communist Party of India
Janata Party
Janata Dal
Bharatiya Jana Sangh|Jana Sangh
Swatantra Party
Dravida Munnetra Kazhagam|DMK
All India Anna Dravida Munnetra Kazhagam|AIADMK
All India Forward Bloc|Forward Bloc
Congress Socialist Party
Vishva Hindu Parishad|VHP|Vishwa Hindu Parishad
Bajrang Dal
Shiv Sena
Khudai Khidmatgar
All India Trade Union Congress|AITUC
Servants of India Society
Theosophical Society
Hindustan Socialist Republican Association|HSRA|Hindustan Socialist Republican Army
Hindustan Republican Association|HRA@1924:1928
Khilafat Committee|Central Khilafat Committee
Chamber of Princes|Narendra Mandal
Razakars (Hyderabad)|+Razakars@1946:1948
Razakars (Pakistan)|+Razakars@1971:1971
Bangladesh Nationalist Party
Jatiya Party
Pakistan Muslim League|PML@1962:2000
Muttahida Qaumi Movement|MQM|Mohajir Qaumi Movement
Jammu Kashmir Liberation Front|JKLF
Jammu and Kashmir National Conference|Kashmir National Conference
Nepali Congress
Communist Party of Nepal (Maoist)|Nepalese Maoists
Madras Army
Bombay Army
Jardine Matheson|Jardine, Matheson & Co.|Jardines
Hongkong and Shanghai Banking Corporation|HSBC
Royal Dutch Shell|Royal Dutch Petroleum Company|Royal Dutch Petroleum|=Shell@1907:2022|Shell Oil Company
Baring Brothers|Barings
De Beers|De Beers Consolidated Mines
Anglo American plc|Anglo American Corporation
Lonrho
Firestone Tire and Rubber Company|Firestone
United Africa Company
Lever Brothers|Unilever
North Borneo Chartered Company|British North Borneo Company|British North Borneo Chartered Company
Mozambique Company|Companhia de Moçambique
Niassa Company|Nyassa Company
German New Guinea Company
Anglo-Belgian India Rubber Company|ABIR
Swedish East India Company
Danish Asiatic Company
Mississippi Company|Company of the West|Company of the Indies@1719:1770
Guipuzcoan Company|Caracas Company|Guipuzcoan Company of Caracas
Company of Grão-Pará and Maranhão|Grão-Pará Company
Zimbabwe African National Liberation Army|ZANLA
Zimbabwe People's Revolutionary Army|ZIPRA
United African National Council|UANC|African National Council
Southern Rhodesia African National Congress
Rhodesian Light Infantry|RLI@1961:1980
People's Liberation Army of Namibia
Democratic Turnhalle Alliance|DTA@1977:2000
Koevoet
African Party for the Independence of Cape Verde|PAICV
MLSTP|Movement for the Liberation of São Tomé and Príncipe
Azanian People's Organisation|AZAPO
Black People's Convention|BPC@1972:1977
South African Party
United Party (South Africa)|United Party@1934:1977
Herenigde Nasionale Party|Reunited National Party
Ossewabrandwag
Afrikaner Weerstandsbeweging|AWB@1973:2000
Progressive Federal Party|PFP@1977:1989|Progressive Party (South Africa)
Liberal Party of South Africa
Bureau of State Security|BOSS@1969:1980
Civil Cooperation Bureau
Black Sash
Industrial and Commercial Workers' Union|ICU@1919:1931
Natal Indian Congress
Congress Alliance
South African Indian Congress
Chamber of Mines|Transvaal Chamber of Mines
Nyasaland African Congress
Kikuyu Central Association|KCA@1924:1940
Forum for the Restoration of Democracy
Ethiopian People's Revolutionary Party|EPRP
All-Ethiopia Socialist Movement|MEISON|Meison
Workers' Party of Ethiopia
Somali Salvation Democratic Front|SSDF
National Unionist Party (Sudan)|National Unionist Party
Sudanese Socialist Union
National Liberation Movement (Ghana)|National Liberation Movement@1954:1957
National Liberation Council|National Liberation Council@1966:1969
Aborigines' Rights Protection Society|ARPS@1897:1950
National Congress of British West Africa|NCBWA
Nigerian Youth Movement
Egbe Omo Oduduwa
National Party of Nigeria|NPN@1978:1983
Unity Party of Nigeria|UPN@1978:1983
Royal West African Frontier Force|RWAFF|West African Frontier Force
Biafran Armed Forces|Biafran Army
Senegalese Democratic Bloc|Bloc Démocratique Sénégalais|BDS@1948:1958
Socialist Party of Senegal
Democratic Party of Guinea|PDG@1947:1984|Parti Démocratique de Guinée
Sudanese Union – African Democratic Rally|US-RDA|Union Soudanaise
Democratic Party of Côte d'Ivoire|PDCI
Union of the Peoples of Cameroon|Union des Populations du Cameroun
True Whig Party|+True Whigs
National Patriotic Front of Liberia|NPFL
ULIMO|United Liberation Movement of Liberia for Democracy
People's Redemption Council
Revolutionary United Front|RUF@1991:2000
Sierra Leone People's Party|SLPP
Alliance of Democratic Forces for the Liberation of Congo|AFDL|Alliance of Democratic Forces for the Liberation of Congo-Zaire
Interahamwe|~Interahamwe
Parmehutu|PARMEHUTU|Party of the Hutu Emancipation Movement
National Republican Movement for Democracy and Development|MRND
Coalition for the Defence of the Republic
Union for National Progress|UPRONA
Front for Democracy in Burundi|FRODEBU
Democratic Movement for Malagasy Rejuvenation|MDRM
FROLINAT|National Liberation Front of Chad
Exchequer|Exchequer@1100:1600
House of Wisdom|Bayt al-Hikma
Black Watch
Carabineros de Chile|Carabineros@1927:2025
Nationalverein|German National Association@1859:1867
Guominjun|Kuominchun
Caritas Internationalis|Caritas@1951:2025
Radio Free Europe
British Museum
Compagnies d'ordonnance|~compagnies d'ordonnance
Francs-archers|~francs-archers
Fauj-i-Khas
Mitro Bahini|Mitra Bahini
Singanhoe|Sin'ganhoe|Shinganhoe
Heungsadan
Dong-a Ilbo
Chosun Ilbo
Persatuan Perjuangan
Landwehr|Landwehr@1813:1918
Treasury (finance ministry)|the Treasury
Chambre des comptes|Chambre des Comptes
Cour des aides|Cour des Aides
Grand Conseil|Grand Conseil@1497:1791
Casa da Índia|Casa da India
Special Branch|Special Branch@1883:2025
Force 136
Saint Patrick's Battalion|San Patricios|St. Patrick's Battalion
High Authority|High Authority@1951:1967
Patriotic Front|Patriotic Front@1976:1987
Alliance for Germany|Alliance for Germany@1990:1990
Malolos Congress
Editing Commissions|Editing Commissions@1859:1860
Janata Morcha|Janata Front@1974:1977
Nav Nirman Andolan|Nav Nirman
Congress for Democracy|Congress for Democracy@1977:1977
Shah Commission|Shah Commission@1977:1978
Allahabad High Court
Fedai Guerrillas|Fadaiyan@1971:1983|Fedaian@1971:1983|Fedayan-e Khalq
Chase Manhattan Bank|Chase Manhattan@1955:2000
Castle & Cooke
Alexander & Baldwin
Shell-BP
Tsinghua University|Tsinghua
Ormée|Ormee
Six Ministries|Six Boards@1300:1912
Air Rhodesia
Rhodesian Security Forces
Central Round Table|Central Round Table@1989:1990
Dutchbat
EOKA-B
MISURASATA
Rhenish Mission|Rhenish Missionary Society
National Catholic Welfare Conference
The Indian Express|Indian Express
Order of Christ (Portugal)|Order of Christ@1319:1800|Knights of Christ@1319:1800|Military Order of Christ
Order of Montesa|Order of Montesa|Knights of Montesa
Order of Aviz|Order of Aviz|Knights of Aviz|Order of Avis
Order of the Dragon|Order of the Dragon
Carthusians|+Carthusians|Carthusian Order|Carthusian order
Premonstratensians|+Premonstratensians|+Norbertines|Premonstratensian order
Poor Clares|+Poor Clares|Order of Saint Clare
Brethren of the Common Life|Brethren of the Common Life
Minims|+Minims@1435:1800|Order of Minims
Servite Order|Servite Order|+Servites
Trinitarian Order|Trinitarian Order|+Trinitarians@1198:1800
Mercedarians|+Mercedarians|Order of Mercy@1218:1800|Mercedarian order
Barnabites|+Barnabites
Piarists|+Piarists|Piarist order
Congregation of the Mission|Congregation of the Mission|+Lazarists|+Vincentians
Daughters of Charity of Saint Vincent de Paul|Daughters of Charity
Order of the Visitation of Holy Mary|+Visitandines|Visitation Order|Order of the Visitation
Order of Saint Jerome|Order of Saint Jerome|+Hieronymites|Hieronymite order
Gilbertines|+Gilbertines|Gilbertine Order
Unity of the Brethren|Unity of the Brethren|Unitas Fratrum|+Bohemian Brethren
Moravian Church|Moravian Church|+Moravian Brethren|+Herrnhuters|Renewed Unitas Fratrum
Church of Sweden|Church of Sweden|Swedish Church
Church of Ireland|Church of Ireland
Armenian Apostolic Church|Armenian Apostolic Church|Armenian Church|Armenian Orthodox Church
Syriac Orthodox Church|Syriac Orthodox Church|Jacobite Church|Syrian Orthodox Church
Church of the East|Church of the East|Nestorian Church|Assyrian Church of the East
Ecumenical Patriarchate of Constantinople|Ecumenical Patriarchate|Patriarchate of Constantinople
Maronite Church|Maronite Church|Maronite Catholic Church
Barebone's Parliament|Barebone's Parliament|Barebones Parliament|Parliament of Saints|Nominated Assembly@1653:1653|Little Parliament@1653:1653
Cavalier Parliament|Cavalier Parliament|Pensionary Parliament
Eastern Association|Eastern Association
Gardes Françaises|Gardes Françaises|Gardes Francaises|French Guards@1563:1789|Regiment of French Guards
Swiss Guards|Swiss Guards|Hundred Swiss@1480:1792|Cent-Suisses
Ferme générale|Ferme générale|Farmers General|+Farmers-General|General Farm@1681:1791|Fermiers généraux
Company of One Hundred Associates|Company of One Hundred Associates|Hundred Associates|Company of New France
Club Massiac|Club Massiac
Medici Bank|Medici Bank
Aulic Council|Aulic Council|Reichshofrat|Imperial Aulic Council
Santa Hermandad|Santa Hermandad|Holy Brotherhood@1476:1834
Portuguese Inquisition|Portuguese Inquisition
Council of Troubles|Council of Troubles|Council of Blood
Dutch States Army|Dutch States Army|States Army@1575:1795
Chosen Council|Chosen Council@1549:1560|Izbrannaya Rada
Tagma (military)|+Tagmata@750:1100|Byzantine tagmata
Navarrese Company|Navarrese Company|Navarrese Companies
White Company|White Company@1360:1390
Mevlevi Order|Mevlevi Order|+Mevlevis|Mevleviye|Whirling Dervishes@1273:1925
Khalwati order|Khalwati order|Halveti order|+Halvetis|+Khalwatis|Halvetiye
Suhrawardiyya|Suhrawardiyya|Suhrawardi order|Suhrawardiyya order
Jōdo Shinshū|Jōdo Shinshū|Jodo Shinshu|True Pure Land School|Honganji sect
Cinque Ports|Cinque Ports|Confederation of Cinque Ports
Latin League|Latin League
Etruscan League|Etruscan League|Etruscan Dodecapolis
Second Athenian League|Second Athenian League|Second Athenian Confederacy|Second Athenian Empire
Ionian League|Ionian League|Panionic League
Lycian League|Lycian League
Epirote League|Epirote League
Tribal Assembly|Tribal Assembly@-500:100|Comitia Tributa|Comitia tributa
Centuriate Assembly|Centuriate Assembly|Comitia Centuriata|Comitia centuriata
Curiate Assembly|Curiate Assembly|Comitia Curiata|Comitia curiata
Plebeian Council|Plebeian Council|Concilium Plebis|Concilium plebis|Plebeian Assembly@-494:100
College of Pontiffs|College of Pontiffs|Collegium Pontificum
Vestal Virgin|+Vestal Virgins|+Vestals@-700:400
Decemviri|+Decemviri|+Decemvirs@-451:-449|Second Decemvirate|First Decemvirate
Ephor|Ephor@-800:-100|+Ephors@-800:-100|Ephorate@-800:-100|Spartan ephors
Gerousia|Gerousia@-800:-100|Spartan Gerousia
Apella|Apella@-800:-100|Spartan assembly|Spartan Assembly
Ecclesia (ancient Greece)|Ecclesia@-600:-300|Athenian Assembly|Athenian assembly|Ekklesia@-600:-300|the Assembly@-600:-300
Boule (ancient Greece)|Boule@-600:-100|Athenian Boule|Council of the Five Hundred@-508:-300|Council of Five Hundred@-508:-300|Council of 500@-508:-300|the Council@-508:-300
Heliaia|Heliaia|Heliaea|Athenian jury courts
European Court of Justice|ECJ@1952:2030
European Court of Human Rights
International Criminal Tribunal for the former Yugoslavia|ICTY@1993:2017
Interpol
Communist Party of India (Marxist)|CPI(M)
National People's Congress
Communist Party of Cuba|Cuban Communist Party
Revolutionary Left Movement (Chile)|MIR@1965:1990
Royal Canadian Mounted Police|RCMP
Communist Party of Finland
Swedish People's Party of Finland
Moderate Party|Moderate Party@1969:2030|Moderaterna
Christian Democratic Appeal|CDA@1980:2030
People's Party for Freedom and Democracy|VVD
Social Democratic Party of Switzerland|Swiss Social Democratic Party
Swiss People's Party|SVP@1971:2030
Free Democratic Party of Switzerland
National Volunteers|National Volunteers@1914:1922
Women's Freedom League
Women's Land Army
Militant tendency|Militant Tendency
Greater London Council|GLC@1965:1986
London County Council|LCC@1889:1965
National Union of Railwaymen|NUR@1913:1990
Amalgamated Society of Engineers
Co-operative Party
SDP–Liberal Alliance|SDP-Liberal Alliance|Liberal-SDP Alliance|Liberal–SDP Alliance
UK Independence Party|UKIP
Referendum Party
Campaign for Nuclear Disarmament|CND@1957:2030
Anti-Nazi League
Angry Brigade
National Unemployed Workers' Movement|NUWM
Peace Pledge Union
League of Nations Union
Union of Democratic Control|UDC@1914:1966
No-Conscription Fellowship
Chamber of Peers (France)|Chamber of Peers@1814:1848
Federation of the Democratic and Socialist Left
Lutte Ouvrière|Lutte ouvrière
Revolutionary Communist League (France)|LCR@1974:2009
Democratic Union of the Algerian Manifesto|UDMA
Socialist Destourian Party
National Union of Popular Forces|UNFP
Sawaba
Armed Forces of Zaire|FAZ@1971:1997|Zairian Armed Forces
Mai-Mai|Mai Mai
Movement for Multi-Party Democracy|MMD@1990:2030
Botswana Democratic Party|Bechuanaland Democratic Party
Basotho Congress Party
Basotho National Party
United Federal Party
South African Police
Herstigte Nasionale Party|HNP@1969:2030
Federation of South African Women
Transvaal Indian Congress
Somali Revolutionary Socialist Party
Saadist Institutional Party
National Party (Egypt)|Hizb al-Watani
National Democratic Party (Egypt)
Al-Gama'a al-Islamiyya|Gamaa Islamiya|Gama'a al-Islamiyya
Syrian Communist Party
Lebanese Communist Party
Marada Movement|Marada Brigade
Army of Free Lebanon
Al-Mourabitoun
Transjordan Frontier Force
Palestine Arab Congress
Hizb ut-Tahrir
Mizrachi (religious Zionism)|Mizrachi
Poale Zion
Hashomer Hatzair
Hashomer
Agudat Yisrael|Agudath Israel
National Religious Party|Mafdal
Mapam
Gahal
Ahdut HaAvoda
Rafi (political party)|Rafi@1965:1968
Zion Mule Corps
Hovevei Zion|Hibbat Zion|Lovers of Zion
Bilu (movement)|+Biluim
Jewish National Fund|JNF@1901:2030
Alliance Israélite Universelle
Armenakan Party
Motherland Party (Turkey)|Motherland Party|ANAP@1983:2009
True Path Party|DYP@1983:2007
Virtue Party
Turkish Armed Forces
Revolutionary People's Liberation Party/Front|DHKP-C|Dev-Sol
Democratic Party of Iranian Kurdistan|KDPI
Iran Party
Freedom Movement of Iran|Liberation Movement of Iran
Imperial Iranian Army
Assembly of Experts
Guardian Council|Council of Guardians
Combatant Clergy Association
Hojjatieh
Saudi Arabian National Guard
Yemeni Socialist Party
Musavat|Musavat Party
Tablighi Jamaat
Indian National Trade Union Congress|INTUC
Praja Socialist Party
Bahujan Samaj Party
Samajwadi Party
Telugu Desam Party|TDP@1982:2100
Dravidar Kazhagam
All India Home Rule League
Indian Association|Indian Association@1876:1920
Ramakrishna Mission
Royal Indian Navy
Research and Analysis Wing|RAW@1968:2030
Jamiat Ulema-e-Hind
Majlis-e-Ahrar-ul-Islam|Ahrar@1929:1960
Hizbul Mujahideen
Lashkar-e-Taiba|Lashkar-e-Toiba
Jaish-e-Mohammed
Harkat-ul-Mujahideen
Ceylon National Congress
Hizb-e Wahdat
Chinese Youth Party
Elder Brothers Society|Gelaohui
Red Spear Society|+Red Spears@1920:1950
Chinese Maritime Customs Service|Imperial Maritime Customs Service
Chinese People's Political Consultative Conference|CPPCC
Politburo Standing Committee of the Chinese Communist Party|Politburo Standing Committee
Democratic Party of Japan|DPJ@1996:2016
Democratic Socialist Party (Japan)
Sōhyō|Sohyo
United Red Army
Korean Independence Party
Korea Democratic Party
Shinminhoe
Northeast Anti-Japanese United Army
Korean Volunteer Army
Republic of Korea Armed Forces
Republic of Vietnam Military Forces|South Vietnamese Armed Forces
Lao Issara
Royal Lao Army
Cambodian People's Party|Kampuchean People's Revolutionary Party|KPRP
Khmer National Armed Forces|FANK
Royal Thai Army
Thai Rak Thai Party|Thai Rak Thai
State Peace and Development Council|SPDC
Young Men's Buddhist Association
General Council of Burmese Associations|GCBA
Indonesian Democratic Party of Struggle|PDI-P
United Development Party
Free Papua Movement|OPM@1965:2030
Kopassus
Philippine Commonwealth Army
Philippine Scouts
Abu Sayyaf
Falintil|FALINTIL
Timorese Democratic Union|UDT@1974:1999
All-Russian Central Executive Committee|VTsIK
All-Russian Congress of Soviets|Congress of Soviets@1917:1922
Council of Ministers of the Soviet Union|Soviet Council of Ministers
Ukrainian People's Army
Jewish Military Union
Czechoslovak National Social Party
Czechoslovak People's Party
Party of National Unity (Hungary)
Social Democratic Party of Hungary
Romanian National Party
Slovene Home Guard|Domobranci
Organization of Yugoslav Nationalists|ORJUNA
Bulgarian Workers' Social Democratic Party (Narrow Socialists)|Narrow Socialists|+Tesnyaks
Fatherland Front (Bulgaria)|Fatherland Front@1942:1990|Otechestven Front
Bulgarian Socialist Party
Supreme Macedonian-Adrianople Committee|+Supremists@1895:1903
Liberal Party (Greece)
Communist Party of Estonia
Lithuanian Activist Front
Ukrainian Helsinki Group
Our Home – Russia|Our Home is Russia
Russian National Unity
National Bolshevik Party
Union of Right Forces
Federal Security Service|FSB@1995:2030
GRU (Soviet Union)|GRU@1918:2030
Soviet Navy
Soviet Air Forces
Strategic Rocket Forces
Soviet Armed Forces
Russian Orthodox Church Outside of Russia|ROCOR
Russian Association of Proletarian Writers|RAPP@1925:1932
Democratic Awakening
Communist Youth International
Krestintern|Peasant International
Labour and Socialist International
International Federation of Trade Unions
World Federation of Trade Unions|WFTU
International Confederation of Free Trade Unions|ICFTU
International Alliance of Women|International Woman Suffrage Alliance
International Council of Women
Women's International League for Peace and Freedom|WILPF
International Paneuropean Union|Pan-European Union|Paneuropean Union
International Olympic Committee|IOC@1894:2030
Inter-Parliamentary Union
Supreme Headquarters Allied Powers Europe|SHAPE@1951:2030
United Nations Conference on Trade and Development|UNCTAD
Food and Agriculture Organization|FAO@1945:2030
United Nations Development Programme|UNDP
United Nations Protection Force|UNPROFOR
United Nations Transitional Authority in Cambodia|UNTAC
United Nations Commission on Human Rights
United Nations Trusteeship Council|Trusteeship Council
International Criminal Tribunal for Rwanda|ICTR
International Military Tribunal for the Far East|Tokyo Tribunal|Tokyo tribunal
European Central Bank|ECB@1998:2030
Council of the European Union
European Council
Nordic Council
European Space Agency
Médecins Sans Frontières|Doctors Without Borders
Greenpeace
Human Rights Watch
Oxfam
Save the Children
World Council of Churches
YMCA|Young Men's Christian Association
Society for the Propagation of the Gospel in Foreign Parts|Society for the Propagation of the Gospel
Baptist Missionary Society
Universal Negro Improvement Association and African Communities League|Universal Negro Improvement Association|UNIA
International African Service Bureau
West African Students' Union|WASU
League of Coloured Peoples
Caribbean Community|CARICOM
Latin American Free Trade Association|LAFTA
Inter-American Development Bank
Economic Commission for Latin America and the Caribbean|Economic Commission for Latin America|ECLA|ECLAC|CEPAL
United States Agency for International Development|USAID
New England Anti-Slavery Society
American Woman Suffrage Association|AWSA
League of Women Voters
National Consumers League
Immigration Restriction League
Veterans of Foreign Wars
Socialist Workers Party (United States)
Union Party (United States)|Union Party@1936:1936
Colored Farmers' National Alliance and Cooperative Union|Colored Farmers' Alliance
United Steelworkers
Amalgamated Clothing Workers of America
National Labor Union
Federal Emergency Relief Administration|FERA
Social Security Administration
Office of War Information
Office of Economic Opportunity
Equal Employment Opportunity Commission|EEOC
United States Air Force|USAF|US Air Force|U.S. Air Force
Southern Baptist Convention
Black Legion (political movement)|Black Legion@1925:1939
Christian Front (United States)|Christian Front@1938:1945
Americans for Democratic Action
Christian Coalition of America|Christian Coalition
Heritage Foundation
Council on Foreign Relations
Trilateral Commission
Australian Council of Trade Unions|ACTU
Canadian Alliance
Progressive Party of Canada
Canadian Expeditionary Force|CEF@1914:1919
Mexican Communist Party
National Peasant Confederation|CNC@1938:2030
Cuban Revolutionary Armed Forces
Alpha 66
Cuban American National Foundation
Liberal Party of Honduras
National Party of Honduras
Nationalist Party of Puerto Rico|Puerto Rican Nationalist Party
Colombian Communist Party
Popular Liberation Army|EPL@1967:1991
Communist Party of Venezuela|Venezuelan Communist Party
Democratic Republican Union|URD@1945:2030
Popular Action (Peru)|Acción Popular
Peruvian Communist Party
Cambio 90
Nationalist Democratic Action|ADN@1979:2030
Independent Democratic Union|UDI@1983:2030
Union of the Democratic Centre (Argentina)|UCeDe
FREPASO|Front for a Country in Solidarity
Brazilian Social Democracy Party|PSDB
Legislative Yuan|Legislative Yuan
Executive Yuan|Executive Yuan
Control Yuan|Control Yuan
Gaehwadang|Gaehwadang|Enlightenment Party
Sinminhoe|Sinminhoe|New People's Association
Government-General of Korea|Government-General of Korea|Government-General of Chosen
Rokuhara Tandai|Rokuhara Tandai
Mandokoro|Mandokoro
Samurai-dokoro|Samurai-dokoro
Council of Five Elders|Council of Five Elders|Go-Tairō
Keshig|Keshig|Kheshig
Jemaah Islamiyah|Jemaah Islamiyah
Philippine Commission|Philippine Commission|Taft Commission|Schurman Commission
Albany Congress|Albany Congress
Morena (Mexico)|MORENA|National Regeneration Movement
Order of the Golden Fleece|Order of the Golden Fleece
Order of the Garter|Order of the Garter
Folketing|Folketing|Rigsdag
Skupština|Skupština|Skupstina|National Assembly of Serbia
Diet of Worms|Diet of Worms
Estates of Holland|States of Holland|Estates of Holland
Kashag|Kashag
Zhongtong|Zhongtong
Xinjiang Production and Construction Corps|Xinjiang Production and Construction Corps|Bingtuan
Inner Mongolian People's Party|Inner Mongolian People's Party
New Korea Democratic Party|New Korea Democratic Party
Byeolgigun|Byeolgigun|Special Skills Force
Dajō-kan|Dajō-kan|Daijō-kan|Dajokan|Daijokan
Genrōin|Genrōin|Genroin|Chamber of Elders
Kebiishi|Kebiishi
Kaitakushi|Kaitakushi|Hokkaido Development Commission
Yūaikai|Yūaikai|Yuaikai
Kenseitō|Kenseitō|Kenseito
Tōhōkai|Tōhōkai|Tohokai
Kokuhonsha|Kokuhonsha
Japan Teachers' Union|Japan Teachers' Union|Nikkyōso
New Frontier Party|New Frontier Party|Shinshintō
Perhimpunan Indonesia|Perhimpunan Indonesia|Perhimpoenan Indonesia|Indonesian Association
Taman Siswa|Taman Siswa
Partindo|Partindo
Murba Party|Murba Party|Murba
Pemuda Rakyat|Pemuda Rakyat
Laskar Jihad|Laskar Jihad
Kesatuan Melayu Muda|Kesatuan Melayu Muda|KMM
Apodeti|Apodeti
PDP–Laban|PDP–Laban|PDP-Laban|Lakas ng Bayan
Philippine Independent Church|Philippine Independent Church|Aglipayan Church
Burma National Army|Burma National Army|BNA@1943:1945
Patriotic Burmese Forces|Patriotic Burmese Forces
Arakan Rohingya Salvation Army|Arakan Rohingya Salvation Army|ARSA
Union Solidarity and Development Party|Union Solidarity and Development Party|USDP
All Burma Students' Democratic Front|All Burma Students' Democratic Front|ABSDF
Lautaro Lodge|Lautaro Lodge|Logia Lautaro
Los Zetas|Los Zetas|Zetas
Sinaloa Cartel|Sinaloa Cartel
Gulf Cartel|Gulf Cartel
Movement for Socialism (Bolivia)|Movement for Socialism@1997:2030|MAS@1997:2030
Revolutionary Febrerista Party|Revolutionary Febrerista Party|+Febreristas
United Socialist Party of Venezuela|United Socialist Party of Venezuela|PSUV
National Conciliation Party|National Conciliation Party|PCN@1961:2030
ORDEN|ORDEN|Nationalist Democratic Organization
Cacos|+Cacos@1860:1920
Dominican Liberation Party|Dominican Liberation Party|PLD@1973:2030
Mongoose Gang|Mongoose Gang
New Progressive Party (Puerto Rico)|New Progressive Party@1967:2030
Council for New England|Council for New England|Plymouth Council for New England
Susquehannah Company|Susquehannah Company|Susquehanna Company
Sovereign Council of New France|Sovereign Council of New France|Sovereign Council@1663:1760
Parti canadien|Parti canadien
Iroquois Grand Council|Grand Council of the Haudenosaunee|Iroquois Grand Council
Order of Saint Lazarus|Order of Saint Lazarus
Order of the Star|Order of the Star
Order of the Holy Sepulchre|Order of the Holy Sepulchre
Order of Saint Stephen|Order of Saint Stephen
Agrarian Party (Czechoslovakia)|Republican Party of Farmers and Peasants|Czechoslovak Agrarian Party
Matica slovenská|Matica slovenská
Legaliteti|Legaliteti
Ploughmen's Front|Ploughmen's Front
Sfatul Țării|Sfatul Țării|Sfatul Tarii
Baltic Landeswehr|Baltic Landeswehr
Danish Council of the Realm|Rigsrådet|Danish Council of the Realm
National Socialist Workers' Party of Denmark|National Socialist Workers' Party of Denmark|DNSAP
Patriotic People's Movement (Finland)|Patriotic People's Movement|IKL
Jäger Movement|Finnish Jäger Battalion|+Finnish Jägers|Jäger Movement
Finnish People's Democratic League|Finnish People's Democratic League|SKDL
Højre|Højre@1848:1915
Danish Social Liberal Party|Danish Social Liberal Party|Radikale Venstre
'Ndrangheta|'Ndrangheta
Volksunie|Volksunie
Socialist Party of Indonesia|Socialist Party of Indonesia
Nationalist Liberal Party|Nationalist Liberal Party|Partido Liberal Nacionalista
Bolivian Socialist Falange|Bolivian Socialist Falange|Falange Socialista Boliviana
Black Army of Hungary|Black Army of Hungary
Court of Chancery|Court of Chancery|=Chancery@1200:1875
Court of King's Bench|Court of King's Bench|Court of Queen's Bench|=King's Bench@1200:1875
Council of Wales and the Marches|Council of Wales and the Marches|Council of the Marches
Court of Augmentations|Court of Augmentations
Court of Wards|Court of Wards|Court of Wards and Liveries
Court of Requests|Court of Requests
Model Parliament|Model Parliament
Good Parliament|Good Parliament
Merciless Parliament|Merciless Parliament
Reformation Parliament|Reformation Parliament
Camaldolese|+Camaldolese
Celestines|+Celestines|Celestine Order
Humiliati|+Humiliati
Redemptorists|+Redemptorists
Salesians|+Salesians|Salesians of Don Bosco
Sisters of Charity|Sisters of Charity
Missionaries of Charity|Missionaries of Charity
Paris Foreign Missions Society|Paris Foreign Missions Society|Société des Missions Étrangères|Missions Étrangères de Paris
American Board of Commissioners for Foreign Missions|American Board of Commissioners for Foreign Missions|ABCFM
Universities' Mission to Central Africa|Universities' Mission to Central Africa|UMCA
China Inland Mission|China Inland Mission
Knights of Columbus|Knights of Columbus
Order of the Bath|Order of the Bath
Order of Saint Michael|Order of Saint Michael|Order of St. Michael
Order of the Thistle|Order of the Thistle
Presbyterian Church|=Presbyterian Church
Methodist Episcopal Church|Methodist Episcopal Church|=Methodist Church
African Methodist Episcopal Church|African Methodist Episcopal Church|AME Church
Episcopal Church|=Episcopal Church|Protestant Episcopal Church
Church of Norway|Church of Norway
Moscow Patriarchate|Moscow Patriarchate|Patriarchate of Moscow
Ukrainian Greek Catholic Church|Ukrainian Greek Catholic Church|Greek Catholic Church
Kimbanguist Church|Kimbanguist Church
Zion Christian Church|Zion Christian Church
Reich Church|Reich Church|Protestant Reich Church
Bank of Amsterdam|Bank of Amsterdam|Amsterdam Wisselbank|Wisselbank
Banque de France|Banque de France|Bank of France
Bank of Japan|Bank of Japan
Bank of Scotland|Bank of Scotland
Creditanstalt|Creditanstalt|Credit-Anstalt|Credit Anstalt
Bank of Saint George|Bank of Saint George|Casa di San Giorgio|Banco di San Giorgio
Monte dei Paschi di Siena|Monte dei Paschi di Siena|Monte dei Paschi
Lloyd's of London|Lloyd's of London
London Stock Exchange|London Stock Exchange
New York Stock Exchange|New York Stock Exchange|NYSE
Amsterdam Stock Exchange|Amsterdam Stock Exchange|Amsterdam Bourse
Plymouth Company|Plymouth Company|Virginia Company of Plymouth
Stationers' Company|Stationers' Company|Worshipful Company of Stationers
Eastland Company|Eastland Company
Guinea Company|Guinea Company
Providence Island Company|Providence Island Company
Mesta|Honrado Concejo de la Mesta|=Mesta@1273:1836
Tercios|+Tercios@1534:1704|Spanish tercios
Musketeers of the Guard|Musketeers of the Guard|King's Musketeers
Maison du Roi|Maison militaire du roi de France|=Maison du Roi@1600:1830
Papal Zouaves|Papal Zouaves
Company of the Holy Sacrament|Company of the Holy Sacrament|Compagnie du Saint-Sacrement
Council of Two Hundred|Council of Two Hundred
States of Zeeland|States of Zeeland
Raad van State|Raad van State
Bohemian Estates|=Bohemian Estates|=Estates of Bohemia
Conseil d'État|Conseil d'État|Conseil d'Etat
Gendarmerie|=Gendarmerie|Gendarmerie nationale
Sûreté|Sûreté|Sûreté nationale|Surete
Metropolitan Police|Metropolitan Police|Metropolitan Police Service|Scotland Yard
Young Europe|Young Europe
Blue Division|Blue Division|División Azul
British Army|=British Army
French Army|=French Army
French Navy|=French Navy
Prussian Army|=Prussian Army
German Army|=German Army
Ottoman Army|=Ottoman Army
Ottoman Navy|=Ottoman Navy
Spanish Army|=Spanish Army
Spanish Navy|=Spanish Navy
Dutch Navy|=Dutch Navy
Italian Army|=Italian Army
Regia Marina|Regia Marina|=Italian Navy
Austro-Hungarian Navy|Austro-Hungarian Navy
Hellenic Army|Hellenic Army|=Greek Army
Turkish Army|=Turkish Army
Egyptian Army|=Egyptian Army
Iraqi Army|=Iraqi Army
Mexican Army|=Mexican Army
Swedish Army|=Swedish Army
Portuguese Army|=Portuguese Army
Belgian Army|=Belgian Army
Serbian Army|=Serbian Army
Romanian Army|=Romanian Army
Soviet Air Force|Soviet Air Force
Royal Marines|Royal Marines
Royal Flying Corps|Royal Flying Corps
Home Guard|=Home Guard@1940:1957
Territorial Army|Territorial Army@1908:2014
Sixth Fleet|Sixth Fleet@1950:2030
West India Regiment|West India Regiment
Army of the North|Army of the North@1810:1825
Army of the Tennessee|Army of the Tennessee
Army of the Cumberland|Army of the Cumberland
Green Berets|+Green Berets
Navy SEALs|Navy SEALs|+Navy SEALs
Government Code and Cypher School|Government Code and Cypher School
GCHQ|GCHQ|Government Communications Headquarters
Foreign Office|=Foreign Office|=British Foreign Office|=Foreign and Commonwealth Office
War Office|=War Office
Home Office|=Home Office
Ministry of Munitions|=Ministry of Munitions
Ministry of Information|=Ministry of Information
Ministry of Foreign Affairs|=Ministry of Foreign Affairs|=Foreign Ministry
Ministry of Finance|=Ministry of Finance|=Finance Ministry
Ministry of War|=Ministry of War|=War Ministry
Ministry of the Interior|=Ministry of the Interior|=Interior Ministry
Ministry of Education|=Ministry of Education
Viceroy's Executive Council|Viceroy's Executive Council
Department of the Interior|=Department of the Interior|=Interior Department
Department of Agriculture|=Department of Agriculture|USDA
Department of Justice|=Department of Justice|=Justice Department
Department of Labor|=Department of Labor|=Labor Department
War Department|=War Department|=Department of War
Treasury Department|=Treasury Department|=Department of the Treasury|=US Treasury|=U.S. Treasury
Department of Homeland Security|=Department of Homeland Security|DHS@2002:2030
Environmental Protection Agency|Environmental Protection Agency|EPA@1970:2030
Federal Emergency Management Agency|Federal Emergency Management Agency|FEMA
Immigration and Naturalization Service|Immigration and Naturalization Service|INS@1933:2003
Drug Enforcement Administration|Drug Enforcement Administration|DEA@1973:2030
Federal Communications Commission|Federal Communications Commission|FCC@1934:2030
Federal Housing Administration|Federal Housing Administration|FHA@1934:2030
Federal Deposit Insurance Corporation|Federal Deposit Insurance Corporation|FDIC
Kerner Commission|Kerner Commission
Church Committee|Church Committee@1975:1976
Dies Committee|Dies Committee
9/11 Commission|9/11 Commission
Senate Foreign Relations Committee|Senate Foreign Relations Committee
House Ways and Means Committee|House Ways and Means Committee|Ways and Means Committee
Republican National Committee|Republican National Committee|RNC
Democratic National Committee|Democratic National Committee|DNC
House of Representatives|House of Representatives|US House of Representatives|U.S. House of Representatives
Confederate Congress|Confederate Congress|Congress of the Confederate States
Electoral College|=Electoral College@1787:2030
American Whig Party|American Whig Party
Rockefeller Foundation|Rockefeller Foundation
Ford Foundation|Ford Foundation
Carnegie Endowment for International Peace|Carnegie Endowment for International Peace|Carnegie Endowment
RAND Corporation|RAND Corporation|RAND@1948:2030
Bilderberg Group|Bilderberg Group
Mont Pelerin Society|Mont Pelerin Society
Lunar Society|Lunar Society|Lunar Society of Birmingham
Prussian Academy of Sciences|Prussian Academy of Sciences|Berlin Academy
Russian Academy of Sciences|Russian Academy of Sciences|St. Petersburg Academy of Sciences
Royal Academy of Arts|Royal Academy of Arts
Boy Scouts|Boy Scouts|Scout Movement|Boy Scouts of America
YWCA|YWCA|Young Women's Christian Association
Red Crescent|Red Crescent|Red Crescent Society
G8|G8|G-8|Group of Eight
G20|G20|G-20|Group of Twenty
Bank for International Settlements|Bank for International Settlements|BIS@1930:2030
Inter-Allied Military Control Commission|Inter-Allied Military Control Commission|Inter-Allied Control Commission
Economic Cooperation Administration|Economic Cooperation Administration|ECA@1948:1951
School of the Americas|School of the Americas
Truth and Reconciliation Commission|Truth and Reconciliation Commission|TRC@1995:2003
Boko Haram|Boko Haram
Al-Shabaab|Al-Shabaab|al-Shabaab
Islamic State|=Islamic State@2006:2030|ISIS@2006:2030|ISIL|Daesh|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria
Mixed Courts of Egypt|Mixed Courts of Egypt|Mixed Courts@1875:1949
Verkhovna Rada|Verkhovna Rada
United Russia|United Russia
Wagner Group|Wagner Group|Wagner PMC
Society of God Worshippers|Society of God Worshippers|God Worshipping Society|God Worshippers Society|+God Worshippers
Oriental Development Company|Oriental Development Company|Oriental Development Co.
China Merchants Steam Navigation Company|China Merchants Steam Navigation Company
Russell & Company|Russell & Company|Russell & Co.
Dent & Co.|Dent & Co.|Dent & Company
Butterfield & Swire|Butterfield & Swire
David Sassoon & Co.|David Sassoon & Co.
Saenuri Party|Saenuri Party
Democratic Party of Korea|Democratic Party of Korea
Pheu Thai Party|Pheu Thai Party|Pheu Thai
People's Alliance for Democracy|People's Alliance for Democracy|+Yellow Shirts@2005:2030
Liberal Party of the Philippines|Liberal Party of the Philippines
Christian Democratic Party|=Christian Democratic Party
Colorado Party|Colorado Party
J.P. Morgan & Co.|J.P. Morgan & Co.|J. P. Morgan & Co.|House of Morgan
Westinghouse Electric|Westinghouse Electric@1886:2030|=Westinghouse@1886:2030
DuPont|DuPont@1802:2030|Du Pont company@1802:2030
General Electric|General Electric|GE@1892:2030
Boeing|Boeing@1916:2030
Lockheed|Lockheed@1926:2030|Lockheed Martin@1926:2030
Pan Am|Pan Am@1927:2030|Pan American World Airways@1927:2030
AT&T|AT&T@1885:2030
Bell Labs|Bell Labs@1925:2030|Bell Laboratories@1925:2030
Walmart|Walmart@1962:2030|Wal-Mart@1962:2030
McDonald's|McDonald's@1940:2030
Intel|Intel@1968:2030
Foxconn|Foxconn@1974:2030
Sears, Roebuck and Co.|Sears, Roebuck and Co.|Sears Roebuck|Sears, Roebuck
Google|Google@1998:2030
IBM|IBM@1911:2030
Coca-Cola Company|Coca-Cola Company@1892:2030
Siemens|Siemens@1847:2030
Samsung|Samsung@1938:2030
Hyundai|Hyundai@1947:2030
Toyota|Toyota@1937:2030
Sony|Sony@1946:2030
Nestlé|Nestlé@1866:2030|Nestle@1866:2030
ExxonMobil|ExxonMobil@1870:2030|Exxon@1870:2030|Exxon Mobil@1870:2030
Enron|Enron@1985:2030
Lehman Brothers|Lehman Brothers@1850:2030
Goldman Sachs|Goldman Sachs@1869:2030
Union Carbide|Union Carbide@1917:2030
Nokia|Nokia@1865:2030
Bayer|Bayer@1863:2030|Bayer AG
BASF|BASF@1865:2030
ThyssenKrupp|ThyssenKrupp@1999:2030
Daimler-Benz|Daimler-Benz@1926:2030
AEG|AEG@1887:2030
Pirelli|Pirelli@1872:2030
Gazprom|Gazprom@1989:2030
Huawei|Huawei@1987:2030
Alibaba|Alibaba@1999:2030
Tata Group|Tata Group@1868:2030|Tata Steel@1868:2030|Tata Sons@1868:2030
Reliance Industries|Reliance Industries@1966:2030
Halliburton|Halliburton@1919:2030
Blackwater|Blackwater@1997:2030
Companion cavalry|Companion cavalry
Hansetag|Hansetag|Hanseatic Diet|Hansa Diet
Safaviyya|Safaviyya|Safavid order
Cortes of Castile|Cortes of Castile
Cortes of Aragon|Cortes of Aragon
Corts Catalanes|Corts Catalanes|Catalan Courts
Supreme Junta of Seville|Supreme Junta of Seville|Junta of Seville
Council of Italy|Council of Italy
Council of Portugal|Council of Portugal
Council of Flanders|Council of Flanders
Council of Finance|Council of Finance
Consulado of Seville|Consulado of Seville
Real Hacienda|Real Hacienda
Tribunal of the Acordada|Tribunal of the Acordada|=Acordada@1710:1813
General Indian Court|General Indian Court|Juzgado General de Indios
Protomedicato|Protomedicato|Royal Protomedicato
Mexican Inquisition|Mexican Inquisition|Inquisition of Mexico|Holy Office of Mexico
Inquisition of Lima|Inquisition of Lima|Lima Inquisition
Oyo Mesi|Oyo Mesi
Ogboni|Ogboni|Ogboni society
Poro society|Poro society|Poro
Sande society|Sande society
Ekpe|Ekpe|Ekpe society
Lukiiko|Lukiiko|Lukiko
Dahomey Amazons|Dahomey Amazons|Dahomean Amazons|Agojie
Legislative Council|=Legislative Council
Executive Council|=Executive Council
Young Kikuyu Association|Young Kikuyu Association
Het Volk|Het Volk
Cape Parliament|Cape Parliament
Movement for Democratic Change|Movement for Democratic Change|MDC@1999:2030
Senegalese Progressive Union|Senegalese Progressive Union|Union Progressiste Sénégalaise
Swiss Federal Council|Swiss Federal Council
Hellenic Parliament|Hellenic Parliament|Greek Parliament
Slovene People's Party|Slovene People's Party
Portuguese Legion|Portuguese Legion@1936:1974
Reich Association of Jews in Germany|Reich Association of Jews in Germany|Reichsvereinigung der Juden in Deutschland
American Jewish Joint Distribution Committee|American Jewish Joint Distribution Committee|Joint Distribution Committee|JDC@1914:2030
Eurogroup|Eurogroup
Syriza|Syriza|SYRIZA
Golden Dawn (Greece)|Golden Dawn@1985:2030
Podemos|Podemos@2014:2030
Five Star Movement|Five Star Movement|M5S
Brothers of Italy|Brothers of Italy@2012:2030
Brexit Party|Brexit Party
Alternative for Germany|Alternative for Germany|AfD
Jobbik|Jobbik
Law and Justice|=Law and Justice@2001:2030|PiS@2001:2030
Civic Platform|Civic Platform@2001:2030
Sweden Democrats|Sweden Democrats
Danish People's Party|Danish People's Party
Party for Freedom|Party for Freedom@2006:2030|PVV
National Rally|=National Rally@2018:2030|Rassemblement National
La République En Marche|La République En Marche|En Marche@2016:2030|LREM
Les Républicains|Les Républicains
Union for a Popular Movement|Union for a Popular Movement|UMP@2002:2015
Gauche Prolétarienne|Gauche Prolétarienne
Action Directe|Action Directe@1979:1987
New Labour|=New Labour@1994:2010
National Health Service|National Health Service|NHS
BBC|BBC|British Broadcasting Corporation
National Coal Board|National Coal Board
Extinction Rebellion|Extinction Rebellion
Union League|=Union League@1862:1900
Southern Tenant Farmers' Union|Southern Tenant Farmers' Union
General Federation of Women's Clubs|General Federation of Women's Clubs
Daughters of the American Revolution|Daughters of the American Revolution|DAR@1890:2030
Anti-Defamation League|Anti-Defamation League
Sierra Club|Sierra Club
Secret Service|=Secret Service|US Secret Service|U.S. Secret Service
Coast Guard|=Coast Guard|US Coast Guard|U.S. Coast Guard
Strategic Air Command|Strategic Air Command
Eighth Air Force|Eighth Air Force
Women's Army Corps|Women's Army Corps
Office of Price Administration|Office of Price Administration|OPA@1941:1947
War Relocation Authority|War Relocation Authority|WRA@1942:1946
Selective Service System|Selective Service System|=Selective Service
Federal Writers' Project|Federal Writers' Project
National War Labor Board|National War Labor Board
Fair Employment Practice Committee|Fair Employment Practice Committee|Fair Employment Practices Committee|FEPC
Federal Reserve Bank of New York|Federal Reserve Bank of New York|New York Fed
Council of Economic Advisers|Council of Economic Advisers
Symbionese Liberation Army|Symbionese Liberation Army
Hells Angels|Hells Angels
Merrill's Marauders|Merrill's Marauders
Long Range Desert Group|Long Range Desert Group
Royal Canadian Air Force|Royal Canadian Air Force|RCAF
Conservative Party of Canada|Conservative Party of Canada
Pauline Hanson's One Nation|Pauline Hanson's One Nation
Argentine Rural Society|Argentine Rural Society|Sociedad Rural Argentina|=Sociedad Rural
CORFO|CORFO|Production Development Corporation
W. R. Grace and Company|W. R. Grace and Company|W.R. Grace and Company|W. R. Grace & Co.|W.R. Grace & Co.
Peruvian Corporation|Peruvian Corporation
Cerro de Pasco Corporation|Cerro de Pasco Corporation|Cerro de Pasco Copper Corporation
Standard Oil of New Jersey|Standard Oil of New Jersey|Standard Oil Company of New Jersey|=Esso|Exxon
Creole Petroleum Corporation|Creole Petroleum Corporation|Creole Petroleum
PDVSA|PDVSA@1976:2030|Petróleos de Venezuela
Petrobras|Petrobras@1953:2030
Companhia Vale do Rio Doce|Companhia Vale do Rio Doce
Mining Corporation of Bolivia|Mining Corporation of Bolivia|COMIBOL
Patiño Mines|Patiño Mines|Patiño Mines and Enterprises
Cuyamel Fruit Company|Cuyamel Fruit Company
Macheteros|+Macheteros@1976:2030
FALN|FALN@1960:1990
`;

export const GROUPS = `
War party|~war party
Peace party|~peace party
Fatimid dynasty
Al Nahyan|House of Nahyan
Seljuk dynasty|Seljuq dynasty
Maurya dynasty
Gupta dynasty
Sasanian dynasty|Sassanid dynasty|House of Sasan
Achaemenid dynasty
Seleucid dynasty
Ilkhanid dynasty
Ilyas Shahi dynasty|+Ilyas Shahis
Hussain Shahi dynasty
Chak dynasty
Namgyal dynasty|Chogyal dynasty
Al Khalifa
Jalili dynasty|+Jalilis
Azm family|Al-Azm family
Shihab dynasty|+Shihabs
Ma'n dynasty|+Ma'nids
Qasimi dynasty
Namdharis|+Namdharis|+Kukas
Nihangs|+Nihangs
House of Habsburg|+~Habsburgs|+~Hapsburgs|Habsburg|Hapsburg|Habsburg dynasty|Hapsburg dynasty|Habsburg Dynasty|Hapsburg Dynasty|House of Austria|Austrian Habsburgs|Spanish Habsburgs
House of Bourbon|+Bourbons|Bourbon dynasty|Bourbon Dynasty|~Bourbon
House of Stuart|+~Stuarts|~Stuart|Stuart dynasty|Stuart Dynasty|House of Stewart
House of Tudor|+~Tudors|~Tudor@1400:1700|Tudor dynasty|Tudor Dynasty
House of Hanover|+~Hanoverians|Hanoverian dynasty|*Hanoverian
House of Windsor|Windsors
House of Plantagenet|+~Plantagenets|~Plantagenet|+Angevins@1128:1216
House of Lancaster|+Lancastrians
House of York|+Yorkists
House of Valois|~Valois|Valois dynasty
Capetian dynasty|+~Capetians|~Capetian
Carolingian dynasty|+~Carolingians|~Carolingian
Merovingian dynasty|+~Merovingians|~Merovingian
First Triumvirate|first triumvirate
Second Triumvirate|second triumvirate
Optimates|+Optimates|+~optimates@-200:-27|+Boni@-100:-44
Populares|+Populares|+~populares@-200:-27
House of Romanov|+~Romanovs|~Romanov|Romanov dynasty
House of Hohenzollern|+~Hohenzollerns|~Hohenzollern|Hohenzollern dynasty
House of Wittelsbach|+Wittelsbachs|~Wittelsbach
House of Savoy|Savoy dynasty
House of Medici|~Medici|+Medicis|Medici family
House of Borgia|+~Borgias
House of Orange|House of Orange-Nassau|Orangists
House of Vasa|~Vasa|Vasa dynasty
Jagiellonian dynasty|+Jagiellons|~Jagiellonian
Ottoman dynasty|House of Osman|Osmanoğlu
Rurik dynasty|+Rurikids
Han dynasty|Han Dynasty|Western Han|Former Han|Eastern Han|Later Han@-206:220|=the Han@-206:220|*Han@-206:220
Tang dynasty|Tang Dynasty|=the Tang@618:907|*Tang@618:907
Song dynasty|Song Dynasty|Northern Song|Southern Song|Song China|=the Song@960:1279|*Song@960:1279
Yuan dynasty|Yuan Dynasty|Yuan China|=the Yuan@1271:1368|*Yuan@1271:1368
Protestants|+~Protestants|+Protestant churches
Catholics|+~Catholics|+Roman Catholics|+~papists|+Papists
Huguenots|+~Huguenots
Orthodox Christians|+Orthodox Christians|+Orthodox Christian|+the Orthodox|+Orthodox subjects
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
Liberals|+Liberals|+~liberals
Conservatives|+Conservatives|+~conservatives
Nationalists|+Nationalists|+~nationalists
Socialists|+Socialists|+~socialists
Communists|+Communists|+~communists
Anarchists|+Anarchists|+~anarchists
Marxists|+Marxists
Fascists|+Fascists|+~fascists
Radicals|+Radicals|+~radicals
Royalists|+Royalists|+~royalists|+Cavaliers
Parliamentarians|+Parliamentarians|+Roundheads
Republicans|+Republicans
Monarchists|+Monarchists|+~monarchists
Democrats|+Democrats
Social Democrats|+Social Democrats|+Social-Democrats
Christian Democrats|+Christian Democrats
Loyalists|+Loyalists|+~loyalists@1765:1790
Patriots|+Patriots@1765:1790|+Patriots@1808:1826
Federalists|+Federalists|+Federales
Anti-Federalists|+Anti-Federalists|+Antifederalists@1787:1800
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
Young Italy|Giovine Italia
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
Triple Entente|+Entente|Entente Powers
Entente Cordiale|Anglo-French Entente
Triple Alliance
Holy Alliance
Quadruple Alliance
Grand Alliance
Holy League
Catholic League|Catholic League@1576:1648|+Leaguers@1576:1598|+Ligueurs@1576:1598
Protestant Union
Schmalkaldic League|League of Schmalkalden
Little Entente
Concert of Europe
Western powers|+Western powers|+Western Powers|+Western nations|+Western Nations|+the West@1945:1991|+Western democracies|+Western Allies
Eastern Bloc|+Soviet bloc|+Soviet Bloc|+Eastern bloc|+Communist bloc
Great Powers|+Great Powers|+great powers|+the Powers
Young Turks|Young Turks movement|Young Turk
Free French|+Free French Forces
French Resistance|+the Resistance@1940:1945
Partisans|+Yugoslav Partisans
Mujahideen|+~mujahideen|Afghan mujahideen|+Mujahidin
Contras|+Contras
Sandinistas|+~Sandinistas|Sandinista National Liberation Front|FSLN|*Sandinista
Thirty Tyrants|the Thirty@-411:-403
Helots|+Helots|+~helots
Plebeians|+Plebeians@-510:-27|+~plebeians@-510:-27|+Plebs@-510:-27
Patricians|+Patricians@-510:-27|+~patricians@-510:-27
Pharisees|+Pharisees
Sadducees|+Sadducees
Essenes|+Essenes
Zealots|+Zealots@-50:80
Sicarii|+Sicarii
Herodian dynasty|+Herodians
Crusader states|+Crusader states|Latin East
Lombard League
Guelphs|+Guelphs|+Guelfs
House of Sforza|+Sforzas|Sforza family
House of Este|Este family
House of Visconti|+Visconti
House of Guise|+Guises|Guise family|Guise@1550:1600
House of Fugger|+Fuggers|Fugger family|Fugger@1480:1560
House of Trastámara|Trastámara dynasty|+Trastámaras
House of Braganza|Braganza dynasty|~Braganza
House of Orléans|+Orléanists|+Orleanists|Orléans dynasty
House of Bonaparte|+Bonapartes|Bonaparte family|+Bonapartists
Legitimists|+Legitimists
House of Saxe-Coburg and Gotha|Saxe-Coburg|Saxe-Coburg-Gotha
Abbasid dynasty
Umayyad dynasty|Banu Umayya
Safavid dynasty
Mughal dynasty|House of Babur|Timurid dynasty of India
Qin dynasty|Ch'in dynasty|=the Qin@-221:-206|*Qin@-221:-206
Sui dynasty|=the Sui@581:618|*Sui@581:618
Zhou dynasty
Shang dynasty
Tokugawa clan|Tokugawa family|+Tokugawa@1600:1868
Minamoto clan|+Minamoto
Taira clan|+Taira
Fujiwara clan|+Fujiwara
Meiji oligarchs|+Meiji oligarchy|+genrō|+Genrō|+Genro|+genro
Zaibatsu|+~Zaibatsu
Daimyo|+Daimyo|+~daimyo|+daimyos|+Daimyos
Self-Strengthening Movement|+Self-Strengtheners
Boxers|+Boxers@1897:1901|+Boxer rebels|Society of Righteous and Harmonious Fists|Righteous and Harmonious Fists|Yihetuan
Nian rebels|+Nian|Nian movement
White Lotus Society|White Lotus sect|+White Lotus rebels
May Fourth Movement|May Fourth movement
New Culture Movement|New Culture movement
Gang of Four|Gang of Four@1966:1981
Khilafat movement|+Khilafatists
Sepoys|+Sepoys
Young Ottomans|+Young Ottomans
Free Officers|+Free Officers|Free Officers Movement
Wahhabis|+Wahhabis|+Wahhabites|Wahhabi movement
Qizilbash|+Qizilbash|+Kizilbash
Sufis|+Sufis
Ismailis|+Ismailis
Kharijites|+Kharijites|+Khawarij
Mau Mau|+Mau Mau|Mau Mau rebels|Kenya Land and Freedom Army|+Mau Mau fighters
Radical Republicans|+Radical Republicans|+Radical Republican
Redeemers|+Redeemers@1870:1900
Carpetbaggers|+Carpetbaggers|+~carpetbaggers
Scalawags|+Scalawags|+~scalawags|+Scallywags
Copperheads|+Copperheads@1861:1865|+Peace Democrats
Mormons|+~Mormons|+Latter-day Saints
Minutemen|+Minutemen@1774:1783|+~minutemen@1774:1783
Pilgrims|+Pilgrims@1620:1691|+Pilgrim Fathers
Freedom Riders|+Freedom Riders
Little Rock Nine
New Left
Thirteen Colonies|+Thirteen Colonies|+Thirteen American Colonies
Philosophes|+Philosophes|+~philosophes
Physiocrats|+Physiocrats|+~physiocrats
Encyclopédistes|+Encyclopédistes|+Encyclopedists|+Encyclopaedists
Montagnards|+Montagnards@1792:1795|the Mountain@1792:1794
The Plain|The Plain@1792:1794|the Marsh@1792:1794
Thermidorians|+Thermidorians
Chouans|+Chouans
Ultra-royalists|+Ultras@1815:1830|+Ultra-royalists
Carlists|+Carlists
Pan-Slavists|+Pan-Slavists|+Panslavists|+Pan-Slavs|+Panslavs
Slavophiles|+Slavophiles|+~slavophiles
Westernizers|+Westernizers|+Westernisers
Nihilists|+Nihilists@1860:1890
Chetniks|+Chetniks|+Četniks|Yugoslav Army in the Homeland
Redshirts|+Redshirts@1859:1867|+Red Shirts@1859:1867|the Thousand@1860:1860
Sea Beggars|+Sea Beggars|+Watergeuzen
Communards|+Communards
Popular Front|Front populaire|Popular Front@1934:1939
Stresa Front
League of the Three Emperors|Three Emperors' League|Dreikaiserbund
Quintuple Alliance
First Coalition|First Coalition@1792:1797
Second Coalition|Second Coalition@1798:1802
Third Coalition|Third Coalition@1803:1806
Fourth Coalition|Fourth Coalition@1806:1807
Fifth Coalition|Fifth Coalition@1809:1809
Sixth Coalition|Sixth Coalition@1812:1814
Seventh Coalition|Seventh Coalition@1815:1815
League of Augsburg
Non-Aligned Movement
Maquis|+Maquisards|+maquisards
Ghibellines|+Ghibellines
Equites|+Equites|+~equites@-300:70|Equestrian order
Liberatores|+Liberatores|+Liberators@-44:-42
Socii|+~socii@-340:-88|+Italian allies@-340:-88
Cornelii Scipiones|+Scipios|Scipio family@-250:-40
Marians|+Marians@-90:-80
Sullans|+Sullans@-90:-70
Pompeians|+Pompeians@-50:-44
Caesarians|+Caesarians@-50:-30
Catilinarian conspirators|+Catilinarians|+Catilinarian conspirators
Julio-Claudian dynasty|+Julio-Claudians
Flavian dynasty|+Flavians@69:96
Zwinglians|+Zwinglians
Swiss Brethren|+Swiss Brethren
Hutterites|+Hutterites
Utraquists|+Utraquists|+Calixtines
Taborites|+Taborites
Politiques|+Politiques@1560:1600
Hébertists|+Hébertists|+Hebertists|+Exagérés
Indulgents|+Indulgents@1793:1794|+Dantonists
Enragés|+Enragés|+Enrages@1792:1794
Émigrés|+~émigrés@1789:1815|+~emigres@1789:1815|+émigré nobles@1789:1815
Vendéans|+Vendéans|+Vendeans|+Vendéan rebels|+Vendean rebels|+Vendéan insurgents|+Vendéan royalists
Muscadins|+Muscadins|+~jeunesse dorée|+Jeunesse dorée
Fédérés|+~fédérés|+Federes@1790:1815
Parisians|+Parisians
Londoners|+Londoners
Berliners|+Berliners
Bostonians|+Bostonians
Philadelphians|+Philadelphians
Babouvists|+Babouvists
Monarchiens|+Monarchiens
Criollos|+~criollos|+Creoles@1700:1830|+~creoles@1750:1830
Peninsulares|+~peninsulares|+~peninsulars@1750:1830
Llaneros|+~llaneros
Pardos|+~pardos
Gens de couleur|+gens de couleur|+gens de couleur libres
Grands blancs|+grands blancs
Petits blancs|+petits blancs
Weimar Coalition|Weimar coalition
Harzburg Front
Regulator Movement|+Regulators@1765:1771
Paxton Boys
Rockingham Whigs|+Rockinghamites
Overmountain Men
Lodi dynasty|+Lodis|Lodi Sultanate
Sayyid brothers|+Sayyid Brothers
Rathore dynasty|+Rathores
Sisodia dynasty|+Sisodias|Sisodia Rajputs
Kachwaha dynasty|+Kachwahas
Peshwas|+Peshwas|Peshwa dynasty|Peshwai
Bhonsle dynasty|+Bhonsles
Blues and Greens|Blues and Greens@400:700|+Blues@400:700|+Greens@400:700
Arians|+~Arians
Nicene Christians|+Nicenes
Miaphysites|+Monophysites|+Miaphysites
Nestorians|+~Nestorians
Donatists|+~Donatists
Chalcedonians|+Chalcedonians
Monothelites|+Monothelites
Pelagians|+Pelagians
Tetrarchy|the Tetrarchy|+Tetrarchs
Constantinian dynasty|+Constantinians
Theodosian dynasty|+Theodosians
Valentinianic dynasty|Valentinian dynasty
Justinian dynasty|Justinianic dynasty
Heraclian dynasty|+Heraclians
Foederati|+~foederati|+Foederati
Pieds-noirs|+~pieds-noirs|+Pieds-Noirs|+pied-noirs|*pied-noir
Harkis|+~harkis|+Harkis
Évolués|+~évolués|+Évolués|+evolues
Home Guard (Kenya)|Kikuyu Home Guard
Francoists|+Francoists|*Francoist
Köprülü family|+Köprülüs
Toyotomi clan|+Toyotomi@1580:1615
Maroons|+Maroons
Antigonid dynasty|+Antigonids
Argead dynasty|+Argeads
Diadochi|+~Diadochi
Nerva–Antonine dynasty|Antonine dynasty|+Antonines@96:192
Severan dynasty|+Severans|Severan Dynasty
House of Gonzaga|+Gonzagas|Gonzaga family
Pazzi family|+Pazzi@1470:1480
Piagnoni|+Piagnoni
Landsknechts|+Landsknechts|+Landsknechte
Condottieri|+~condottieri
Conquistadors|+~conquistadors|+~conquistadores
Encomenderos|+~encomenderos
House of Wessex
House of Godwin|+Godwinsons
Dévots|+Dévots
Frondeurs|+Frondeurs
Camisards|+Camisards
Whigs (British political party)|+Whigs@1678:1832|*Whig@1678:1832
Tories (British political party)|+Tories@1678:1833|*Tory@1678:1833
Fifth Monarchists|+Fifth Monarchists|Fifth Monarchy Men
Recusants|+~recusants@1558:1791
Lords of the Congregation
Whigs|+Whigs
Peelites|+Peelites
Zhili clique|Chihli clique
Fengtian clique
Anhui clique
New Guangxi clique|Guangxi clique
Left Opposition|Left Opposition@1923:1929
Right Opposition|Right Opposition@1928:1930|Right Deviation@1928:1930
Kulaks|+~kulaks|+Kulaks
Kōdōha|Kodoha|Imperial Way Faction
Tōseiha|Toseiha|Control Faction@1930:1940
Brain Trust|Brains Trust@1932:1945|Brain Trust@1932:1945
House of Normandy|Norman dynasty
Squadristi|+~Squadristi|Squadre d'azione
Arditi|+Arditi
Historical Right|Destra storica|Historic Right
Historical Left|Sinistra storica|Historic Left
Anti-Treaty IRA|+Anti-Treatyites|+Irregulars@1922:1923
Cao Đài|Cao Dai|+Caodaists
Hòa Hảo|Hoa Hao
Bình Xuyên|Binh Xuyen
Black Consciousness Movement|Black Consciousness@1968:1994
Peronists|+Peronists|*Peronist
Descamisados|+~Descamisados
Brazilian Integralism|+Integralists@1932:1938|Integralist Action|Ação Integralista Brasileira|AIB@1932:1938
Thakins|+Thakins|Dobama Asiayone
Eighteenth Dynasty of Egypt|Eighteenth Dynasty@-1550:-1292|18th Dynasty@-1550:-1292
Nineteenth Dynasty of Egypt|Nineteenth Dynasty@-1292:-1189|19th Dynasty@-1292:-1189
Ramesside dynasty|+Ramessides
Sargonid dynasty|+Sargonids
Magi|+Magi@-600:-300
Yellow Turbans|+Yellow Turbans|+Yellow Turban rebels
Red Eyebrows|+Red Eyebrows
Xin dynasty|Xin Dynasty
Oda clan
Takeda clan|+Takeda@1540:1582
Uesugi clan
Mōri clan|Mori clan
Shimazu clan
Later Hōjō clan|Later Hojo clan|Go-Hōjō
Ashikaga clan
Ikkō-ikki|Ikko-ikki|Ikkō ikki
Satchō Alliance|Satcho Alliance|Satsuma-Chōshū Alliance
Tozama daimyo|~tozama daimyo
Fudai daimyo|~fudai daimyo
Mamluk dynasty (Delhi)|Slave dynasty|Mamluk dynasty@1206:1290|Mamluk dynasty of Delhi|Mamluk Sultanate of Delhi
Khalji dynasty|Khilji dynasty|+Khaljis|+Khiljis
Tughlaq dynasty|Tughluq dynasty|+Tughlaqs|+Tughluqs
Sayyid dynasty|+Sayyids@1414:1451
Chihalgani|Turkan-i-Chihalgani|the Forty@1210:1266
House of Hohenstaufen|+~Hohenstaufens|~Hohenstaufen|+Staufer|Staufen dynasty
House of Welf|+Welfs|Welf dynasty
Salian dynasty|+Salians|~Salian
Ottonian dynasty|+Ottonians
Hauteville family|House of Hauteville
Pataria|+Patarenes|+Patarines
Veronese League
Robertians|+Robertians
Pastoureaux|+Pastoureaux
Jomsvikings|+Jomsvikings
Birkebeiner|+Birkebeiners|+Birchlegs
Baglers|+Baglers
Victual Brothers|+Victual Brothers|+Likedeelers
House of Bjälbo|+Folkungs|Folkung dynasty
House of Estridsen|Estridsen dynasty
Waldensians|+~Waldensians|+Waldenses
Jacksonians|+Jacksonians
Locofocos|+Locofocos|+Loco-Focos
Barnburners|+Barnburners
Hunkers|+Hunkers@1842:1852
Conscience Whigs|+Conscience Whigs
Cotton Whigs|+Cotton Whigs
Nullifiers|+Nullifiers@1828:1834
Fire-Eaters|+~Fire-Eaters@1850:1861
Border Ruffians|+Border Ruffians
Kitchen Cabinet|Kitchen Cabinet@1829:1837
Five Civilized Tribes
Muckrakers|+~Muckrakers
Progressives|+Progressives@1890:1920
Mugwumps|+Mugwumps
Fathers of Confederation
Great Coalition (Canada)|Great Coalition@1864:1867
Young Ireland|+Young Irelanders
Ribbonmen|+Ribbonmen
Molly Maguires|+Molly Maguires
Parnellites|+Parnellites
Anti-Parnellites|+Anti-Parnellites
Dreyfusards|+Dreyfusards
Anti-Dreyfusards|+Anti-Dreyfusards
Boulangists|+Boulangists|*Boulangist
Opportunist Republicans|+Opportunists@1879:1899
Peshawar Seven
Chaebol|+~Chaebol
Hanahoe
Yan'an faction|Yanan faction|Yenan faction
Kapsan faction
Soviet Korean faction|Soviet faction@1945:1960
Thirty Comrades
Afghan Arabs|+Afghan Arabs
Seven Boyars|Semiboyarshchina
Old Believers|+Old Believers
Green armies|+Greens@1918:1922|Green Army@1918:1922
Makhnovshchina|+Makhnovists
Workers' Opposition
Basmachi movement|+Basmachi
Ghazis|+Ghazis@1250:1600
Kurucs|+Kurucs|*Kuruc
Melchiorites|+Melchiorites
Batenburgers|+Batenburgers
Münster rebels|+Münster Anabaptists|+Munster Anabaptists
Gnesio-Lutherans|+Gnesio-Lutherans
Philippists|+Philippists
Perrinists|+Perrinists|+Libertines@1541:1555
Catholic cantons|+Catholic cantons|+Five Cantons@1524:1531|+Five Catholic Cantons
Confederate Lords|+Confederate Lords@1567:1568
Marian party|+Queen's Party@1567:1573|+Queen's Lords@1567:1573
King's Party (Scotland)|+King's Party@1567:1573|+King's Lords@1567:1573
Labancs|+Labancs|*Labanc
Polish Brethren|+Polish Brethren|+Socinians|+~Socinians
Hajduks|+Hajduks|+Haiduks
Clapham Sect|+Claphamites
West India Interest|West India lobby
Bavarian Illuminati|+Illuminati
Freemasonry|+Freemasons|+~freemasons
League of Venice
Jacobites|+Jacobites|*Jacobite
Williamites|+Williamites|*Williamite
Immortal Seven
Seven Bishops
Nonjurors|+Nonjurors|+Non-jurors
Cameronians|+Cameronians
Clan Campbell|+Campbells@1640:1750
MacDonalds of Glencoe|+MacDonalds of Glencoe|+Glencoe MacDonalds
Dissenters|+Dissenters@1660:1850|+Protestant Dissenters|+Nonconformists@1800:1914
Philhellenes|+Philhellenes|+~philhellenes@1790:1900
Juaristas|+Juaristas
Fidelistas|+Fidelistas
Cuban exiles|+Cuban exiles|+Cuban émigrés
Red Turbans|+Red Turbans|+Red Turban rebels
Bahri Mamluks|+Bahri Mamluks|+Bahriyya|+Bahris@1250:1390|Bahri dynasty
Burji Mamluks|+Burji Mamluks|+Circassian Mamluks|Burji dynasty
Sarim|+Sarim|+Sarim scholars|+Sarim faction
Hungu|+Hungu|+Hungu faction
Noron|+Noron|Noron faction
Soron|+Soron|Soron faction
Namin|+Namin|Namin faction
Yangban|+Yangban|+~yangban
Ciompi|+Ciompi|+~ciompi
Flagellants|+Flagellants|+~flagellants@1250:1450
Popolo minuto|+Popolo minuto|+~popolo minuto
Neo-Guelphs|+Neo-Guelphs|Neo-Guelph movement
Doctrinaires|+Doctrinaires@1815:1848
Puros|+Puros@1840:1876
Chinacos|+Chinacos
Centralists|+Centralists@1821:1870|+Centralistas
Unitarios|+Unitarios|Unitarian Party
Yorkinos|+Yorkinos
Escoceses|+Escoceses
Moderados|+Moderados@1833:1876
Farrapos|+Farrapos|+Ragamuffins@1835:1845
Cabanos|+Cabanos@1832:1840
Malês|+Malês
Praieiros|+Praieiros
Gólgotas|+Gólgotas|+Golgotas
Draconianos|+Draconianos|+Draconians@1848:1854
Generation of '37|Generation of 1837
Filibusters|+Filibusters@1849:1861|+~filibusters@1849:1861
Gauchos|+Gauchos|+~gauchos
Hôtel Lambert|Hotel Lambert
Reds (Poland)|+Reds@1861:1864
States Party|Staatsgezinden|+Loevesteiners
Cabal ministry|Cabal@1667:1674
Twenty-fifth Dynasty of Egypt|Twenty-fifth Dynasty@-744:-656|25th Dynasty@-744:-656
Twenty-sixth Dynasty of Egypt|Twenty-sixth Dynasty@-664:-525|26th Dynasty@-664:-525|Saite dynasty
Satavahana dynasty|+Satavahanas|Satavahana Empire
Vakataka dynasty|+Vakatakas
Palaiologos dynasty|Palaeologan dynasty|+Palaiologoi
Hesychasts|+Hesychasts|+~hesychasts
Zealots of Thessalonica|+Zealots@1340:1352
Sangama dynasty|+Sangamas
Saluva dynasty
Tuluva dynasty
Aravidu dynasty|+Aravidus
Kakatiya dynasty|+Kakatiyas
Deccan sultanates|+Deccan Sultanates
Pochteca|+~pochteca
Nasserists|+Nasserists|*Nasserist
Palestinian fedayeen|+Fedayeen@1950:1975
Peshmerga|+Peshmerga
Simba rebels|+Simbas@1964:1965|+Simba rebels
Tenentes|+Tenentes|Tenentismo
Fourteen Families
Mirabal sisters|Mirabal Sisters
Contadora Group
Generation of 1928|Generation of '28
Árpád dynasty|+~Árpáds|+Arpads|Arpad dynasty|House of Árpád
Capetian House of Anjou|House of Anjou@1246:1435|+Angevins@1266:1435
Přemyslid dynasty|+~Přemyslids|+Premyslids|~Přemyslid|Premyslid dynasty
House of Luxembourg|+Luxembourgs|+Luxemburgs|Luxembourg dynasty|House of Luxemburg
Nemanjić dynasty|+Nemanjićs|+Nemanjics|House of Nemanjić|Nemanjić@1100:1400|Nemanjic@1100:1400
House of Wettin|+Wettins|~Wettin
Prince-electors|+Prince-electors|+prince-electors|+Electors@1250:1780|College of Electors
Szlachta|+~szlachta
Conciliarism|Conciliar movement|+Conciliarists|+~conciliarists
Spiritual Franciscans|+Spirituals@1270:1330|+Fraticelli|+~fraticelli
Colonna family|+Colonnas|House of Colonna
Orsini family|+Orsinis|House of Orsini
Marian exiles|+Marian exiles
Caroleans|+Caroleans|Carolean army
Uskoks|+Uskoks
Barbary corsairs|+Barbary corsairs|+Barbary pirates
Stroganov family|+Stroganovs
Judaizers|+Judaizers@1470:1510
Non-possessors|+Non-possessors|+Non-Possessors
Josephites|+Josephites@1490:1530|+Possessors@1490:1530
Gallicans|+Gallicans
Attalid dynasty|+Attalids
Maccabees|+Maccabees
Hasmonean dynasty|+Hasmoneans
Arsacid dynasty|+Arsacids
Omride dynasty|+Omrides|House of Omri
Davidic line|House of David|Davidic dynasty
Barcid family|+Barcids|Barcid faction
Magonid dynasty|+Magonids
Mazdakites|+Mazdakites
Manichaeans|+Manichaeans|+Manichees
Seven Great Houses of Iran|Seven Great Houses
Kanva dynasty|+Kanvas
Twentieth Dynasty of Egypt|Twentieth Dynasty@-1189:-1077|20th Dynasty@-1189:-1077
Druids|+Druids
Legalists|+Legalists@-400:-200
Ten Attendants|+Ten Attendants|+Ten Eunuchs
Young England|+Young Englanders
Adullamites|+Adullamites|Cave of Adullam
Manchester School
Philosophic Radicals|+Philosophic Radicals
Ultramontanes|+Ultramontanes|+~ultramontanes
Legal Marxists|+Legal Marxists|+~legal Marxists
Land captains|+Land Captains|+~land captains
Stalwarts|+Stalwarts@1876:1884
Half-Breeds|+Half-Breeds@1876:1884
Bourbon Democrats|+Bourbon Democrats
Robber barons|+Robber Barons@1865:1914|+~robber barons@1865:1914
Coxey's Army
Kemalists|+~Kemalists|*Kemalist@1919:1938
Muhammad Ali dynasty|Alawiyya dynasty|House of Muhammad Ali
Solomonic dynasty|+Solomonids|House of Solomon
Mazrui dynasty|+Mazrui|Mazrui family|+Mazruis
Yaruba dynasty|Ya'rubid dynasty|+Yarubids|+Ya'rubids|+Yaruba|Ya'ariba|Yarubid
Mahdali dynasty|+Mahdali
Nabhani dynasty|+Nabhani
Torwa dynasty|+Torwa
Prazeros|+~prazeros|+Prazeros|+prazo holders
Walashma dynasty|+Walashma
Ewostathians|+Ewostathians|House of Ewostatewos
Stephanites|+Stephanites
Sayfawa dynasty|+Sayfawa|Sefuwa dynasty|+Sefuwa|Saifawa dynasty
Pombeiros|+~pombeiros|+Pombeiros
Maroserana dynasty|+Maroserana
Zana-Malata|+Zana-Malata
Voortrekkers|+~Voortrekkers
Trekboers|+~Trekboers
Uitlanders|+~Uitlanders
Urabists|+Urabists|Urabi movement
Qadiriyya|Qadiri order|+Qadiris|Qadiriyya order
Tijaniyya|Tijani order|+Tijanis
Mourides|+Mourides|Muridiyya|Mouride Brotherhood|Mouride order
Usuthu|+uSuthu|+Usuthu
Abbadid dynasty|+Abbadids
Hammudid dynasty|+Hammudids
Banu Hud|+Hudids
Banu Qasi
Abencerrajes|+Abencerrajes|+Abencerages
Anatolian beyliks|+Anatolian beyliks|+Turkmen beyliks
Barlas|Barlas tribe
Shaybanid dynasty|+Shaybanids|+Shaibanids
Jochids|+Jochids|Jochid dynasty
Giray dynasty|+Girays|House of Giray
Chinggisids|+Chinggisids|+Genghisids
Yadava dynasty|Seuna dynasty|+Seunas|+Yadavas@1187:1317|Seuna Yadavas|Yadavas of Devagiri
Pandya dynasty|+Pandyas|Pandya Kingdom|Pandyan Kingdom
Chahamanas of Shakambhari|Chahamana dynasty|+Chahamanas|Chauhan dynasty
Three Feudatories|+Three Feudatories
Scindia dynasty|+Scindias|+Shindes|+Sindhias
Holkar dynasty|+Holkars
Gaekwad dynasty|+Gaekwads|+Gaikwads
Pindaris|+Pindaris|+Pindarees
Forty-seven rōnin|+Forty-seven Ronin|+Forty-seven rōnin|+Forty-Seven Ronin|+47 Ronin
Gosanke|+Gosanke
Chakri dynasty
Taungoo dynasty|Toungoo dynasty
Konbaung dynasty
Nguyễn lords|+Nguyen lords|+Nguyễn lords
Trịnh lords|+Trinh lords|+Trịnh lords
Nguyễn dynasty|Nguyen dynasty
Tây Sơn dynasty|Tay Son dynasty|+Tây Sơn@1771:1802|+Tay Son@1771:1802|+Tây Sơn rebels|+Tay Son rebels|+Tây Sơn brothers|+Tay Son brothers
Later Lê dynasty|Lê dynasty|Le dynasty|Later Le dynasty
Sanation|Sanacja|Sanation camp|+Piłsudskiites|+Pilsudskiites
National Democracy (Poland)|Endecja|+Endeks|+National Democrats@1893:1939
Centrolew
Venizelists|+Venizelists|*Venizelist
Anti-Venizelists|+Anti-Venizelists|*Anti-Venizelist
Gaullists|+~Gaullists|*Gaullist
Poujadists|+Poujadists|*Poujadist|Poujadism
Third Force|=Third Force@1947:1951
Union of the Left
Ikhwan (Arabia)|+Ikhwan@1912:1931|Ikhwan movement
House of Saud|Al Saud|Saudi dynasty|Saud family|+Saudi royal family
Hashemites|+Hashemites|Hashemite dynasty|House of Hashim|*Hashemite
House of Rashid|+Rashidis|Al Rashid|Rashidi dynasty
Senussi|+Senussi|Senussi order|Sanusiyya|+Sanusi|Sanusi order|Senussiya|+Senussis
Golden Square (Iraq)|Golden Square@1937:1941
Husainid dynasty|+Husainids|Husseinite dynasty
Revisionist Zionists|Revisionist Zionism|Zionist Revisionists|New Zionist Organization
Praying Indians|+Praying Indians
Treaty Party|Treaty Party@1835:1840|Ridge Party@1835:1840
Ghost Dance movement|+Ghost Dancers
Dog Soldiers|+Dog Soldiers
Buffalo Soldiers|+Buffalo Soldiers
Bonus Army|Bonus Expeditionary Force|+Bonus Marchers
Black Power movement
Chicago Seven|+Chicago Seven|Chicago Eight|Chicago 7|Chicago 8
Young Lords|+Young Lords
Brown Berets|+Brown Berets
Hippies|+Hippies
Naryshkin family|+Naryshkins@1670:1700
Miloslavsky family|+Miloslavskys@1670:1700
Trotskyists|+Trotskyists|+Trotskyites
Old Bolsheviks|+Old Bolsheviks
Stakhanovites|+Stakhanovites
United Opposition (Soviet Union)|United Opposition@1926:1927
Cominformists|+Cominformists
Natolin faction|Natolin group|+Natolinians
Puławy faction|Puławy group|+Puławians
Cursed soldiers|+Cursed soldiers|+Cursed Soldiers
Qajar dynasty|+Qajars|Qajar family|Qajar Dynasty
Karamanli dynasty|+Karamanlis|+Qaramanlis|Karamanli Dynasty
Mamluk beys|+Mamluk beys|+Egyptian Mamluks|+Mamluk grandees
Qasimiyya|+Qasimiyya|+Qasimis
Faqariyya|+Faqariyya|+Fiqariyya|+Zulfiqariyya
Qazdağlı household|Qazdughli household|Kazdağlı household|+Qazdughlis|+Qazdağlıs
Celali rebels|+Celalis|+Jelalis|+Celali rebels|+Jelali rebels
Kadızadelis|+Kadızadelis|+Kadizadelis|Kadızadeli movement
Ayan (Ottoman notables)|+~ayans|+Ayans
Phanariotes|+Phanariotes|+Phanariots|*Phanariote
Dahije|+Dahije|+Dahijas
Bábism|+Bábís|+Babis@1844:1900|Bábí movement|Babi movement
Ulama|+Ulama|+Ulema
Cần Vương|Can Vuong|Cần Vương movement|Can Vuong movement
Đông Du movement|Dong Du movement|Đông Du|Dong Du
Padri movement|+Padris
Deobandi movement|+Deobandis
Aligarh Movement|Aligarh movement
Swadeshi movement|Swadeshi Movement
Bunnag family|+Bunnags
Gomburza|GomBurZa
Ilustrados|+Ilustrados|+~ilustrados
Propaganda Movement
Dutch resistance|Dutch Resistance
Danish resistance|Danish Resistance
Norwegian resistance|Norwegian Resistance
Belgian resistance|Belgian Resistance
Sonderkommando|+Sonderkommandos
Bielski partisans|+Bielski partisans
Kīngitanga|Kingitanga|Māori King Movement|Maori King Movement|King Movement@1856:1900|+Kingites@1858:1900
Pai Mārire|Pai Marire|+Hauhau|+Hauhaus
Ringatū|Ringatu
Kūpapa|+Kūpapa|+Kupapa
Kotahitanga|Māori Parliament@1892:1902
Kelly Gang
Bushrangers|+bushrangers@1790:1880|+Bushrangers@1790:1880
Blackbirders|+blackbirders|+Blackbirders
Piast dynasty|+Piasts|House of Piast
House of Aviz|Aviz dynasty|Avis dynasty|House of Avis|Joanine dynasty
Portuguese House of Burgundy|Afonsine dynasty
Jiménez dynasty|House of Jiménez
House of Barcelona
House of Habsburg-Lorraine|Habsburg-Lorraine|Habsburg–Lorraine
House of Bourbon-Two Sicilies|Bourbon-Two Sicilies|Neapolitan Bourbons
House of Oldenburg|Oldenburg dynasty
House of Holstein-Gottorp
House of Bernadotte|Bernadotte dynasty
House of Glücksburg|Glücksburg dynasty|House of Glucksburg
House of Babenberg|+Babenbergs|Babenberg dynasty
House of Ascania|+Ascanians
Pippinids|+Pippinids|+Arnulfings
House of Blois
House of Dunkeld|Canmore dynasty
House of Bruce|Bruce dynasty
House of Alpin|Alpin dynasty
Scaliger|+Scaligeri|Della Scala family|House of Della Scala
House of Montefeltro|Montefeltro family
House of Farnese|Farnese family
House of Della Rovere|Della Rovere family
Albizzi family|+Albizzi@1380:1434
Strozzi family|+Strozzi@1430:1540
Báthory family|House of Báthory|+Báthorys
Hunyadi family|+Hunyadis|House of Hunyadi
Zápolya family|+Zápolyas|House of Zápolya
House of Basarab|+Basarabs|Basarab dynasty
Drăculești|+Drăculești|+Draculesti
Dănești|+Dănești|+Danesti
House of Karađorđević|Karađorđević dynasty|Karadjordjević dynasty|Karageorgević dynasty|+Karađorđevićs|+Karadjordjevićs
House of Obrenović|Obrenović dynasty|+Obrenovićs|Obrenovic dynasty
Petrović-Njegoš dynasty|House of Petrović-Njegoš
Asen dynasty|+Asens|+Asenids
Kotromanić dynasty|+Kotromanićs
Komnenian dynasty|Comnenian dynasty|Komnenos dynasty|+Komnenoi|+Comneni
Doukas dynasty|Ducas dynasty|+Doukai
Angelos dynasty|Angeloi dynasty|+Angeloi
Macedonian dynasty|Macedonian dynasty@867:1056
Isaurian dynasty|Syrian dynasty@717:802
Amorian dynasty|Phrygian dynasty
Laskarid dynasty|Lascarid dynasty|+Laskarids|+Lascarids
Gediminids|+Gediminids|Gediminid dynasty
Uí Néill|+Uí Néill|+Ui Neill
Bagratuni dynasty|+Bagratids@880:1045|+Bagratuni
Bagrationi dynasty|+Bagrationi|House of Bagrationi
Artaxiad dynasty|+Artaxiads
Orontid dynasty|+Orontids
Mithridatic dynasty|+Mithridatids
Chaldean dynasty|Neo-Babylonian dynasty
First Dynasty of Egypt|First Dynasty@-3150:-2890|1st Dynasty@-3150:-2890
Third Dynasty of Egypt|Third Dynasty@-2686:-2613|3rd Dynasty@-2686:-2613
Fourth Dynasty of Egypt|Fourth Dynasty@-2613:-2494|4th Dynasty@-2613:-2494
Fifth Dynasty of Egypt|Fifth Dynasty@-2494:-2345|5th Dynasty@-2494:-2345
Sixth Dynasty of Egypt|Sixth Dynasty@-2345:-2181|6th Dynasty@-2345:-2181
Eleventh Dynasty of Egypt|Eleventh Dynasty@-2134:-1991|11th Dynasty@-2134:-1991
Twelfth Dynasty of Egypt|Twelfth Dynasty@-1991:-1802|12th Dynasty@-1991:-1802
Twenty-first Dynasty of Egypt|Twenty-first Dynasty@-1077:-943|21st Dynasty@-1077:-943
Twenty-second Dynasty of Egypt|Twenty-second Dynasty@-943:-720|22nd Dynasty@-943:-720
Thirtieth Dynasty of Egypt|Thirtieth Dynasty@-380:-343|30th Dynasty@-380:-343
Rustamid dynasty|+Rustamids|Rustamid Imamate
Alaouite dynasty|+Alaouites|Alawi dynasty|Alawite dynasty
Rasulid dynasty|+Rasulids
Barakzai dynasty|+Barakzais|Barakzai@1800:1978
Musahiban|Musahiban dynasty
Pahlavi dynasty|+Pahlavis|House of Pahlavi
House of Sabah|Al Sabah
House of Thani|Al Thani
House of Khalifa
Toluids|+Toluids|Toluid dynasty
Chagatayids|+Chagatayids|+Chagataids
Ögedeids|+Ögedeids|+Ogedeids
Borjigin|+Borjigin|Borjigin clan
Janid dynasty|+Janids|Astrakhanid dynasty|+Astrakhanids
Manghit dynasty|+Manghits
Aisin-Gioro|Aisin Gioro|Aisin-Gioro clan|House of Aisin-Gioro
Xia dynasty|Xia Dynasty
Northern Qi
Northern Zhou
Liu Song dynasty|Liu Song
Liang dynasty|Liang dynasty@502:557
Chen dynasty|Chen dynasty@557:589
Later Tang
Later Zhou
House of Yi|Yi dynasty
Andong Kim clan|+Andong Kims|Andong Kim
Yeoheung Min clan|Yeoheung Min
Lý dynasty|Ly dynasty|Later Lý dynasty
Trần dynasty|Tran dynasty
Hồ dynasty|Ho dynasty
Mạc dynasty|Mac dynasty|+Mạc@1527:1677
Hōjō clan|Hojo clan|+Hōjō regents|+Hojo regents|Hōjō regency
Soga clan|+Soga@538:645
Mononobe clan|+Mononobe@538:645
Imagawa clan
Date clan
Maeda clan
Ōuchi clan|Ouchi clan
Hosokawa clan
Matsudaira clan
Imperial House of Japan|Yamato dynasty|Japanese imperial family
Shailendra dynasty|Sailendra dynasty|+Sailendras|+Shailendras
Rajasa dynasty
Keita dynasty
Askia dynasty|+Askias
Sonni dynasty
House of Kamehameha|Kamehameha dynasty
Haryanka dynasty|+Haryankas
Shishunaga dynasty
Asaf Jahi dynasty|+Asaf Jahis|+Nizams
Wadiyar dynasty|Wodeyar dynasty|+Wodeyars|+Wadiyars
Dogra dynasty|+Dogras@1820:1947
Rana dynasty|+Ranas@1846:1951|Rana regime
Shah dynasty|Shah dynasty@1768:2008|Shah dynasty of Nepal
Nehru–Gandhi family|Nehru-Gandhi family|Nehru–Gandhi dynasty|Nehru-Gandhi dynasty
Somoza family|+Somozas|Somoza dynasty|Somoza regime
Rothschild family|+Rothschilds
Welser family|+Welsers
House of Grimaldi|+Grimaldis
House of Hohenzollern-Sigmaringen|Hohenzollern-Sigmaringen
House of Lusignan|+Lusignans
House of Ibelin|+Ibelins
Cristeros|+~Cristeros|*Cristero
Zapatistas|+Zapatistas@1910:1920|+Zapatistas@1994:2000|*Zapatista@1910:1920
Villistas|+Villistas
Carrancistas|+Carrancistas
Maderistas|+Maderistas
Científicos|+~Científicos|+Cientificos@1880:1911
Mambises|+Mambises|+Mambí|+Mambis
Cangaceiros|+~cangaceiros|+Cangaceiros
Pelucones|+Pelucones
Pipiolos|+Pipiolos
Progresistas|+Progresistas|+Progressives@1834:1874
Afrancesados|+~afrancesados|+Afrancesados
Exaltados|+Exaltados
Miguelites|+Miguelites|+Miguelists
Klephts|+~Klephts
Hats (party)|+Hats@1738:1772|Hat party@1738:1772|Hats party
Caps (party)|+Caps@1738:1772|Cap party@1738:1772|Caps party
Statists (Brabant Revolution)|+Statists@1789:1790
Vonckists|+Vonckists
Garibaldini|+Garibaldini
Mazzinians|+Mazzinians
Blanquists|+Blanquists
Possibilists|+Possibilists
Guesdists|+Guesdists
Pétainists|+Pétainists|+Petainists
Forty-Eighters|+Forty-Eighters|+Forty-eighters
Patriote movement|+~Patriotes|Parti patriote
Family Compact|Family Compact@1810:1841
Château Clique|Chateau Clique
Jayhawkers|+~Jayhawkers
Silverites|+Silverites|+Silver Republicans
New Dealers|+New Dealers
Jadids|+Jadids|+Jadidists|Jadid movement
Young Bukharans|+Young Bukharans|+Young Bukharians
Young Tunisians|+Young Tunisians
Young Algerians|+Young Algerians
Young Afghans|+Young Afghans
Naxalites|+~Naxalites|*Naxalite|Naxalite movement|+Naxals
Maoists|+Maoists
Stalinists|+Stalinists
Titoists|+Titoists
Nepmen|+Nepmen|+NEPmen
Refuseniks|+~refuseniks|+Refuseniks
Nomenklatura|+~nomenklatura|+Nomenklatura
Freedom and People's Rights Movement|Popular Rights Movement|Jiyū Minken Undō
Shishi|+~shishi@1850:1870|+Shishi@1850:1870
Sonnō jōi movement|Sonno joi movement
Donghak|+Donghak|Tonghak|Donghak movement|Tonghak movement|+Tonghaks
Righteous army|Righteous army@1592:1598|Righteous army@1895:1915|+Righteous Armies@1592:1598|+Righteous Armies@1895:1915|Uibyeong
Beiyang clique|Beiyang Army clique
CC Clique|CC clique
Bittereinders|+Bittereinders|+~bittereinders
Hensoppers|+Hensoppers|+~hensoppers
Maji Maji rebels|+Maji Maji rebels
Chicago Boys|+Chicago Boys
Greek junta|Greek military junta|Regime of the Colonels
Cartel des Gauches|Cartel des gauches|Left Cartel
Bloc national
Union sacrée|Union sacree
Sonderbund
Sanfedismo|+Sanfedisti|Army of the Holy Faith
Edelweiss Pirates|+Edelweiss Pirates
Triads|+Triads
Remonstrants|+Remonstrants|*Remonstrant
Counter-Remonstrants|+Counter-Remonstrants|+Contra-Remonstrants
Armagnacs|+Armagnacs@1407:1435|*Armagnac@1407:1435
Red Sticks|+Red Sticks@1811:1815
War Hawks|+War Hawks@1810:1815
Hutu Power
Bogomils|+~Bogomils|*Bogomil
Qarmatians|+Qarmatians|+Carmathians
Bhadralok|+~Bhadralok
Fedayeen|+~Fedayeen@1948:1990
Bashi-bazouks|+~Bashi-bazouks
Generation of '98|Generation of 1898
Taluqdars|+~Taluqdars|+~Talukdars
Dynatoi|+~Dynatoi
Armatoles|+~Armatoles|+~Armatoloi
Ghulams|+~Ghulams
Pemuda|+~Pemuda@1942:1950
Bundschuh movement|Bundschuh@1493:1525
Poor Conrad|Armer Konrad
Mamertines|+Mamertines
Cristinos|+Cristinos@1833:1876|+Isabelinos@1833:1876
Protestant Ascendancy
Fasci Siciliani
New Englanders|+New Englanders
Red Lanterns|+Red Lanterns@1899:1901
Big Swords Society|Big Swords@1890:1901|Big Sword Society
Niños Héroes|Ninos Heroes
Contact Group|Contact Group@1994:2008
Caravan of Death|Caravan of Death@1973:1973
Group of Twelve (Nicaragua)|Group of Twelve@1977:1979|Los Doce@1977:1979
Africanists|+Africanists@1955:1994
Ōuetsu Reppan Dōmei|Ōuetsu alliance|Ouetsu Reppan Domei|Ouetsu alliance
Sadozai dynasty|Sadozai@1747:1842|+Sadozais@1747:1842
Gurjara-Pratiharas|+Gurjara-Pratiharas|Pratihara@700:1050|+Pratiharas@700:1050
Kachhwaha dynasty|+Kachhwahas|Kachhwaha
Agiad dynasty|Agiad|+Agiads
Eurypontid dynasty|Eurypontid|+Eurypontids
Spartiates|+Spartiates
Hinawi|Hinawi@1700:1960
Ghafiri|Ghafiri@1700:1960
Magdalo|Magdalo@1896:1897
Magdiwang|Magdiwang@1896:1897
Ultras|+~Ultras@1900:2025
Moderates (Indian National Congress)|+Moderates@1890:1920
Later Liang (Five Dynasties)|Later Liang@907:923
Later Han (Five Dynasties)|Later Han@947:951
Early Lê dynasty|Early Lê dynasty|Early Le dynasty|Former Lê dynasty
Ngô dynasty|Ngô dynasty|Ngo dynasty
Đinh dynasty|Đinh dynasty|Dinh dynasty
First Babylonian dynasty|First Babylonian dynasty|First Dynasty of Babylon|Amorite dynasty of Babylon
Peisistratids|+Peisistratids|+Pisistratids|+Peisistratidae|+Pisistratidae
Alcmaeonidae|+Alcmaeonidae|+Alcmaeonids|+Alkmaionidai
Bacchiadae|+Bacchiadae|+Bacchiads
Cypselids|+Cypselids|Cypselid dynasty
Perioikoi|+Perioikoi|+Perioeci|+~perioikoi
Ten Thousand (Greek mercenaries)|the Ten Thousand@-401:-399
Scipionic Circle|Scipionic Circle
Gracchans|+Gracchans@-133:-100
Leonid dynasty|Leonid dynasty
Paulicians|+Paulicians
Iconoclasts|+Iconoclasts@726:843|Iconoclast party
Iconodules|+Iconodules|+Iconophiles@726:843
Montanists|+Montanists
Gnostics|+Gnostics@50:400
Marcionites|+Marcionites
Ebionites|+Ebionites
Novatianists|+Novatianists|+Novatians
Priscillianists|+Priscillianists
Brethren of the Free Spirit|Brethren of the Free Spirit|Free Spirit movement
Beguines|+Beguines|+Beghards
Arminians|+Arminians
Laudians|+Laudians
Brownists|+Brownists
Ranters|+Ranters@1640:1670
Muggletonians|+Muggletonians
Familists|+Familists|Family of Love
Engagers|+Engagers@1647:1651
Resolutioners|+Resolutioners@1650:1661
Clubmen|+Clubmen@1644:1646
Whig Junto|Whig Junto|Junto@1694:1717
Court Party|Court Party@1660:1760|Court party@1660:1760
Patriot Whigs|+Patriot Whigs
Cabochiens|+Cabochiens
League of the Public Weal|League of the Public Weal
Clichy Club|Clichy Club|+Clichyens
Black Guelphs|+Black Guelphs|Black Guelf|+Black Guelfs
White Guelphs|+White Guelphs|+White Guelfs
Arrabbiati|+Arrabbiati
Popolo grasso|~Popolo grasso
Bardi family|Bardi family|Bardi@1250:1350|Bardi company
Peruzzi family|Peruzzi family|Peruzzi@1250:1350|Peruzzi company
Baglioni family|Baglioni family
Bentivoglio family|Bentivoglio family
Carraresi|+Carraresi|House of Carrara|da Carrara family
Barberini family|Barberini family
Borghese family|Borghese family
Pamphili family|Pamphili family|Pamphilj family
Comuneros|+Comuneros@1520:1522
Imperial Estates|Imperial Estates|Estates of the Empire|Reichsstände
Imperial Knights|Imperial Knights|Free Imperial Knights|Reichsritterschaft
League of the Rhine|League of the Rhine|Rhenish Alliance@1658:1668
Fürstenbund|Fürstenbund|League of Princes@1785:1790
Franco-Ottoman alliance|Franco-Ottoman alliance|Franco-Turkish alliance
Pietists|+Pietists|+~pietists
Haidamaks|+Haidamaks|+Haidamaky|+Haydamaks
Sabbateans|+Sabbateans|+Sabbatians
Muʿtazila|Mu'tazila|Mutazila|+Mu'tazilites|+Mutazilites|+Mu'tazila
Muhajirun|+Muhajirun|+Muhajirin
Banu Hashim|+Banu Hashim|Hashemite clan@500:750
Hashimiyya|+Hashimiyya
Barmakids|+Barmakids|+Barmecides
Palaiyakkarar|+Palaiyakkarar|+Poligars|+Polygars
Zamindars|+Zamindars|+~zamindars
Way of the Celestial Masters|Celestial Masters|Way of the Celestial Masters|Five Pecks of Rice|Way of the Five Pecks of Rice
Sōhei|+Sōhei|+Sohei
Wokou|+Wokou|+Wakō|+Wako@1300:1600
Kirishitan|+Kirishitan|+Kirishitans
Dongin|+Dongin|Easterners faction
Seoin|+Seoin|Westerners faction
Bugin|+Bugin|Northerners faction
Hwarang|+Hwarang
Torodbe|+Torodbe|+Torodbé
Muradid dynasty|Muradid dynasty|+Muradids
Al Said|Al Said dynasty|Al Bu Said|Busaidi dynasty|Al Busaid|+Busaidis|House of Al Said|Al Bu Said dynasty|+Busaidi
Lançados|+Lançados|+Lancados|+Tangomãos|+Tangomaos
Antonianism|+Antonians@1704:1710|Antonian movement
Bandeirantes|+Bandeirantes|+~bandeirantes
Tolpuddle Martyrs
Cliveden set|Cliveden Set
Bevanites|+Bevanites
Revolutionary Stewards|+Revolutionary Shop Stewards
Black Front
Young Germany|Junges Deutschland
Soviet dissidents|+Soviet dissidents
Illyrian movement
Septembrists|+Septembrists
Western Bloc
Big Three (World War II)|=Big Three@1941:1945
Young Bengal
Central Cultural Revolution Group|Cultural Revolution Group
Doughfaces|+Doughfaces|+~doughfaces
Neoconservatives|+Neoconservatives|+~neoconservatives|+neocons
Visegrád Group|Visegrad Group
Casablanca Group
Monrovia Group
Shanghai Five
Refractory clergy|+refractory priests|+non-juring priests|+Refractory priests|+nonjuring priests
Raznochintsy|+~raznochintsy
Otzovists|+Otzovists
Mezhraiontsy|+Mezhraiontsy
Group of Democratic Centralism|+Democratic Centralists@1919:1921
Eurocommunists|+Eurocommunists
Young Hegelians|+Young Hegelians
Saint-Simonians|+Saint-Simonians
Owenites|+Owenites
Fourierists|+Fourierists
Black Reichswehr
Strasserites|+Strasserites
Peep o' Day Boys
Blanketeers|+Blanketeers
Oxford Movement|+Tractarians
Salafi movement|+Salafis|+Salafists
Barelvi|+Barelvis
Thuggee|+Thugs@1800:1850
Randlords|+~Randlords
Assimilado|+assimilados|+Assimilados
Bushwhacker|+Bushwhackers@1861:1865
Exodusters|+Exodusters
Yakuza|+~yakuza
Intelligentsia|+Intelligentsia
Otpor!|Otpor
Swing Kids|+Swing Kids
Cambridge Five|+Cambridge spies|Cambridge spy ring
Hollywood Ten
Scottsboro Boys
Birmingham Six
Guildford Four
Greenham Common Women's Peace Camp|+Greenham women
Concertación|Concertación de Partidos por la Democracia|Concertacion
Liberal Alliance (Brazil)|Liberal Alliance@1929:1930
Falun Gong|Falun Dafa
Self-Respect Movement
Forest Brothers|+Forest Brothers
National Front (Colombia)|Frente Nacional@1958:1974
Soong family|Soong family|Soong sisters
Northeast Army|Northeast Army@1920:1940|Fengtian Army
Ōtomo clan|Ōtomo clan|Otomo clan
Chōsokabe clan|Chōsokabe clan|Chosokabe clan
Asai clan|Asai clan|Azai clan
Ban Phlu Luang dynasty|Ban Phlu Luang dynasty
Kuban Cossacks|+Kuban Cossacks
House of Burgundy|House of Valois-Burgundy|Valois-Burgundy
House of Sverre|House of Sverre
Knýtlinga|House of Knýtlinga|Jelling dynasty
Patriots (Dutch)|Patriottentijd|+Dutch Patriots
Swiss Guard|Swiss Guard|Papal Swiss Guard
Rinpungpa|Rinpungpa
Sakya regime|Sakya regime
Gelug|Gelug|Gelugpa|Gelug school|Yellow Hats
Eight Trigrams sect|Eight Trigrams sect|Tianli sect
Guangdong clique|Guangdong clique|Cantonese clique
Northwestern Army|Northwestern Army@1924:1930
Twenty-Eight Bolsheviks|Twenty-Eight Bolsheviks|28 Bolsheviks
Tibetan Government in Exile|Central Tibetan Administration|Tibetan government-in-exile|Tibetan Government in Exile
Amago clan|Amago clan|Amako clan
Ryūzōji clan|Ryūzōji clan|Ryuzoji clan
Saitō clan|Saitō clan|Saito clan
Shō dynasty|Shō dynasty|First Shō dynasty|Second Shō dynasty
Byakkotai|Byakkotai
Mimawarigumi|Mimawarigumi
Tenchūgumi|Tenchūgumi|Tenchugumi
Kaientai|Kaientai
Tosa Loyalist Party|Tosa Loyalist Party|Tosa Kinnōtō
Chūkaku-ha|Chūkaku-ha|Chukaku-ha
Brooke dynasty|Brooke dynasty|White Rajahs|+White Rajahs
Sakdalistas|+Sakdalistas|Sakdalista movement|Sakdal movement
Reform the Armed Forces Movement|Reform the Armed Forces Movement
88 Generation Students Group|88 Generation Students Group|88 Generation
Duvalier family|Duvalier family|+Duvaliers|Duvalier dynasty
Mamelucos|+Mamelucos
Hunters' Lodges|Hunters' Lodges|+Hunter Patriots
House of Mecklenburg|House of Mecklenburg
House of Zähringen|House of Zähringen|+Zähringer
House of Limburg|House of Limburg
House of Gorizia|House of Gorizia|Meinhardiner
House of Malatesta|House of Malatesta|+Malatesta family
Doria family|Doria family|House of Doria
House of Ivrea|House of Ivrea|Anscarids
Kantakouzenos family|Kantakouzenos family|+Kantakouzenoi
Mrnjavčević dynasty|Mrnjavčević dynasty|Mrnjavcevic dynasty
Lazarević dynasty|Lazarević dynasty|Lazarevic dynasty
Branković dynasty|Branković dynasty|Brankovic dynasty
Trpimirović dynasty|Trpimirović dynasty|Trpimirovic dynasty
Šubić family|Šubić family|Subic family
Frankopan family|Frankopan family|House of Frankopan
Zrinski family|Zrinski family|House of Zrinski|Zrínyi family
Shishman dynasty|Shishman dynasty|Shishmanids
Dulo clan|Dulo clan|Dulo dynasty
Krum dynasty|Krumid dynasty
Mușatin dynasty|Mușatin dynasty|Musatin dynasty|House of Mușat
Craiovești|Craiovești|Craiovesti|Craiovești boyars
Cantacuzino family|Cantacuzino family|+Cantacuzinos
Rákóczi family|Rákóczi family|House of Rákóczi
Esterházy family|Esterházy family|House of Esterházy
Radziwiłł family|Radziwiłł family|House of Radziwiłł|Radziwill family|+Radziwiłłs
Vyshnyvetsky family|Wiśniowiecki family|Vyshnyvetsky family
Daniilovichi|Daniilovichi|+Danilovichi|Moscow Rurikids
Godunov family|Godunov family|+Godunovs
Shuysky family|Shuysky family|+Shuiskys|Shuisky family
Sture family|Sture family|+Stures
House of Palatinate-Zweibrücken|House of Palatinate-Zweibrücken|Zweibrücken dynasty
Fairhair dynasty|Fairhair dynasty|House of Fairhair
Munsö dynasty|House of Munsö|Munsö dynasty
House of Sverker|House of Sverker|+Sverkers
House of Eric|House of Eric|Erik dynasty
Eóganachta|Eóganachta|Eoganachta
Dál gCais|Dál gCais|Dal gCais|+Dalcassians
FitzGerald dynasty|FitzGerald dynasty|+Geraldines
Clan Donald|Clan Donald|+MacDonalds@1300:1750
Clan MacGregor|Clan MacGregor
Clan Douglas|Clan Douglas|Black Douglases|Red Douglases
House of Balliol|House of Balliol
House of Aberffraw|House of Aberffraw
House of Dinefwr|House of Dinefwr
Paulistas|+Paulistas
Czartoryski family|Czartoryski family|+Czartoryskis|the Familia@1730:1795
Potocki family|Potocki family|+Potockis
Ptolemaic dynasty|Lagid dynasty|+Lagids
Four Hundred (oligarchy)|the Four Hundred@-411:-410
Five Thousand (oligarchy)|the Five Thousand@-411:-410
Publicani|+Publicani|+~publicani@-300:300
Circumcellions|+Circumcellions|+~circumcellions
Pythagoreans|+Pythagoreans@-550:-400
Sophists|+Sophists@-470:-350
Hellenizers|+Hellenizers|+Hellenizing Jews
Five Good Emperors|+Five Good Emperors
Barracks emperors|+Barracks emperors|+Soldier emperors
Phokas family|+Phokades|Phokas clan
Skleros family|+Skleroi
Akritai|+Akritai|+~akritai
Arsenites|+Arsenites
Alids|+Alids
Ansar (Islam)|+Ansar@620:700
Zanj rebels|+Zanj rebels
Islamists|+Islamists|+~islamists
Jihadists|+Jihadists|+~jihadists
Green Movement (Iran)|Green Movement@2009:2010
Constitutionalists (Iran)|+Constitutionalists@1905:1911
Khomeinists|+Khomeinists
Arab nationalists|+Arab nationalists
Sharifians|+Sharifians|+Sherifians
Palestinian refugees|+Palestinian refugees
Derebeys|+Derebeys|+~derebeys
Armenian revolutionaries|+Armenian revolutionaries
Gülen movement|+Gülenists|+Gulenists|Gulen movement
Ghadarites|+Ghadarites
No-changers|+No-changers|+No-Changers
Faraizi movement|+Faraizis
Hindu nationalists|+Hindu nationalists
Khalistan movement|+Khalistanis
Dravidian movement|+Dravidianists
Non-Brahmin movement
Kar sevaks|+Kar sevaks|+kar sevaks
Sangh Parivar
Nirankaris|+Nirankaris
Kabirpanthis|+Kabirpanthis
Satnamis|+Satnamis
Nabobs|+Nabobs|+~nabobs@1750:1800
Khojas (Altishahr)|+Afaqi Khojas|+Ishaqi Khojas
Red Hats (Tibet)|+Red Hats@1400:1700
Panthay rebels|+Panthays
Dungan rebels|+Dungan rebels
Ming loyalists|+Ming loyalists
Zheng family (Koxinga)|+Zheng family@1640:1683
Whampoa clique
Political Study clique|Political Study Clique
Western Hills Group|Western Hills faction
Sent-down youth|+Sent-down youth|+sent-down youth
Princelings|+Princelings|+~princelings
Shanghai clique|Shanghai Clique
Tuanpai|+Tuanpai|Youth League faction
Kuge|+Kuge|+~kuge
Satsuma clique|Satsuma faction
Chōshū clique|Chōshū faction|Choshu faction|Choshu clique
Hanbatsu|+Hanbatsu
Shōgitai|Shogitai
Satsuma rebels|+Satsuma rebels
Young officers (Japan)|+=Young Officers@1930:1937
Kakure Kirishitan|+Kakure Kirishitan|+Hidden Christians
Hibakusha|+Hibakusha|+~hibakusha
Keiretsu|+Keiretsu|+~keiretsu
Sadaedang
Chinilpa|+Chinilpa|+~chinilpa
386 Generation|386 generation
Trưng Sisters|Trung Sisters|Hai Bà Trưng
Priyayi|+Priyayi|+~priyayi
Beaufort family|+Beauforts
Neville family|+Nevilles
Percy family|+Percys|+Percies
Woodville family|+Woodvilles
Howard family|+Howards
Seymour family|+Seymours
Cecil family|+Cecils
Mortimer family|+Mortimers
Despenser family|+Despensers
Comyn family|+Comyns|Clan Comyn
Lords Appellant|+Lords Appellant|+Appellants@1387:1400
Lords Ordainers|+Ordainers@1310:1322
Montfortians|+Montfortians
Marcher lords|+Marcher lords|+Lords Marcher
Disinherited (Scotland)|the Disinherited@1314:1340
Wycliffites|+Wycliffites
Northern rebels|+Northern rebels@1569:1570|+Northern Earls@1569:1570
Marian martyrs|+Marian martyrs
Oxford Martyrs|+Oxford Martyrs
Gunpowder plotters|+Gunpowder plotters|Gunpowder Plot conspirators
Independents (English Civil War)|+Independents@1640:1660
Five Members|+=Five Members@1642:1642
Adamites|+Adamites
Abhorrers|+Abhorrers
Petitioners|+Petitioners@1679:1681
Exclusionists|+Exclusionists
Old Corps Whigs|+=Old Corps@1720:1760
Pelhamites|+Pelhamites
Pittites|+Pittites|+Chathamites
Foxites|+Foxites
King's Friends|+King's Friends@1760:1783
Canningites|+Canningites
Ultra-Tories|+Ultra-Tories|+Ultra Tories
Benthamites|+Benthamites
Spenceans|+Spenceans
Cato Street conspirators|+Cato Street conspirators
Swing rioters|+Swing rioters
Rebecca rioters|+Rebecca rioters|+Rebeccaites
Christian Socialists|+Christian Socialists
Liberal Imperialists|+Liberal Imperialists
Little Englanders|+Little Englanders
Tariff Reformers|+Tariff Reformers|+tariff reformers
Diehards|+Diehards@1910:1940|+Die-hards@1910:1940
Red Clydeside|+Red Clydesiders
Jarrow marchers|+Jarrow marchers|+Jarrow Crusaders
Mosleyites|+Mosleyites
Bloomsbury Group|Bloomsbury group|+Bloomsbury set
Windrush generation|+Windrush generation|Windrush Generation
Gaitskellites|+Gaitskellites
Bennites|+Bennites
Thatcherites|+Thatcherites
Wets (Conservative Party)|+Wets@1979:1990
Blairites|+Blairites
Eurosceptics|+Eurosceptics|+Euroskeptics|+~eurosceptics
Brexiteers|+Brexiteers|+~brexiteers
Remainers|+Remainers
Irish Confederates|+Irish Confederates|Confederate Catholics
Unionists (Ireland)|+Unionists@1886:1998
Free Staters|+Free Staters@1921:1933
Marmousets|+Marmousets
Écorcheurs|+Écorcheurs|+Ecorcheurs
Free Companies|+Free Companies|+free companies@1340:1450
Routiers|+Routiers|+~routiers
Tuchins|+Tuchins
Malcontents|+Malcontents@1570:1580
Mignons|+Mignons@1574:1589
Montmorency family|+Montmorencys|House of Montmorency
Croquants|+Croquants
Nu-pieds|+Nu-pieds|+Va-nu-pieds
Importants|+Importants@1643:1643|Cabale des Importants
Quietists|+Quietists
Convulsionnaires|+Convulsionnaires
Robespierrists|+Robespierrists
Idéologues|+Idéologues|+Ideologues@1795:1815
Party of Movement|Parti du Mouvement|+Party of Movement
Party of Resistance|Parti de la Résistance
Montagnards (1848)|+Montagnards@1848:1851|+Démoc-socs|+Democ-socs
Versaillais|+Versaillais
Ralliés|+Ralliés
Allemanists|+Allemanists
Vichyites|+Vichyites|+Vichyists
Collaborationists|+Collaborationists
Résistants|+Résistants|+~résistants
Giraudists|+Giraudists
Soixante-huitards|+Soixante-huitards|+Sixty-Eighters|+68ers
Yellow vests movement|+Gilets jaunes|+gilets jaunes|+Yellow Vests|+yellow vests
Geuzen|+Geuzen|+Gueux
Gomarists|+Gomarists
Hooks (faction)|+Hooks@1350:1490|+Hoeken
Cods (faction)|+Cods@1350:1490|+Kabeljauwen
Flemish Movement|Flemish movement|+Flamingants
Walloon Movement|Walloon movement
Almogavars|+Almogavars|+Almogàvers
Irmandiños|+Irmandiños|+Irmandinos
Remences|+Remences|+Remensas
Agermanats|+Agermanats|Germanías|Germanias
Beaumonteses|+Beaumonteses|+Beaumontese
Agramonteses|+Agramonteses|+Agramontese
Alumbrados|+Alumbrados|+Illuminists@1500:1600
Erasmians|+Erasmians
Austracists|+Austracists|+Austracistas|+Botiflers
Golillas|+Golillas
Josefinos|+Josefinos
Serviles|+Serviles@1810:1823
Persas|+Persas
Apostólicos|+Apostólicos|+Apostolicos
Ayacuchos|+Ayacuchos
Cantonalists|+Cantonalists|+Cantonalistas
Krausists|+Krausists|+Krausistas
Integrists|+Integrists|+Integristas
Mauristas|+Mauristas
Cedistas|+Cedistas
Sebastianists|+Sebastianists
Palleschi|+Palleschi
Compagnacci|+Compagnacci
Dolcinians|+Dolcinians|Apostolic Brethren
Italian Jacobins|+Italian Jacobins|+Giacobini
Lazzaroni|+Lazzaroni|+~lazzaroni
Adelfi|+Adelfi
Federati|+Federati
Irredentists|+Irredentists
Giolittians|+Giolittians
Interventionists|+Interventionists@1914:1915
Neutralists|+Neutralists@1914:1915
Aventine Secession|+Aventine secessionists|Aventine opposition
Italian partisans|+Italian partisans|Italian resistance|Italian Resistance|Italian resistance movement
Repubblichini|+Repubblichini
Autonomia|Autonomia Operaia
Rhenish League|Rhenish League of Cities
Protestant princes|+Protestant princes
Catholic princes|+Catholic princes
Orebites|+Orebites|+Orphans@1423:1434
Schwenkfelders|+Schwenkfelders
Old Lutherans|+Old Lutherans
Burschenschafter|+Burschenschafter
Pan-Germans|+Pan-Germans|+Pan-Germanists
Kapp putschists|+Kapp putschists
November Criminals|+November Criminals|+November criminals
Old Fighters|+=Old Fighters|+Alte Kämpfer
Conservative Revolutionaries|+Conservative Revolutionaries
20 July plotters|+July plotters|+20 July plotters|+July 20 plotters|+Stauffenberg plotters
Trümmerfrauen|+Trümmerfrauen|+Rubble women
German expellees|+German expellees|+Expellees
Gustavians|+Gustavians
Anjala conspirators|Anjala League|+Anjala conspirators
Fennomans|+Fennomans|+Fennomen
Svecomans|+Svecomans
Young Finns|+Young Finns
Old Finns|+Old Finns
Patriotic Party (Poland)|Patriotic Party@1788:1792
Hetman Party|Hetman party@1788:1792|+Hetmanites
Kościuszko insurgents|+Kościuszko insurgents|+Kosciuszko insurgents
Warsaw Positivists|+Warsaw Positivists
Stańczycy|+Stańczycy|+Stanczycy|+Stańczyks
London Poles|+London Poles
Raskolniki|+Raskolniki|+~raskolniki
Pugachevites|+Pugachevites|+Pugachev's rebels
Russian Populists|+Russian Populists
Tolstoyans|+Tolstoyans
Skoptsy|+Skoptsy
Khlysty|+Khlysty
Stundists|+Stundists
Liquidators|+Liquidators@1908:1914
Vperedists|+Vperedists
Kornilovites|+Kornilovites
Kronstadt rebels|+Kronstadt sailors|+Kronstadt rebels|+Kronstadt mutineers
Zinovievites|+Zinovievites
Bukharinites|+Bukharinites
Twenty-Five Thousanders|+Twenty-Five Thousanders|+Twenty-five Thousanders
Vlasovites|+Vlasovites
Banderites|+Banderites|+Banderivtsi
Shestidesyatniki|+Shestidesyatniki
Afgantsy|+Afgantsy
Siloviki|+Siloviki|+~siloviki
Russian oligarchs|+Russian oligarchs
Komitadjis|+Komitadjis|+Komitadji|+Comitadjis
Kodjabashis|+Kodjabashis|+Kocabaşıs|+Greek primates
Junimists|+Junimists|Junimea
Pașoptiști|+Pașoptiști|+Pasoptisti
Hungarian magnates|+Hungarian magnates
Sixty-Sevenists|+Sixty-Sevenists
Hungarian Jacobins|+Hungarian Jacobins
Jeffersonians|+Jeffersonians
Hamiltonians|+Hamiltonians
Founding Fathers|+Founding Fathers|+Framers@1787:1791
Shakers|+Shakers
Millerites|+Millerites
Forty-Niners|+Forty-Niners|+Forty-niners|+49ers@1848:1855
Mountain Men|+Mountain men@1800:1850
Free-Staters (Kansas)|+Free-Staters@1854:1861|+Free Staters@1854:1861|+Free State men
Annexationists|+Annexationists
Bull Moosers|+Bull Moosers
Isolationists|+Isolationists|+~isolationists@1919:1941
Southern Democrats|+Southern Democrats
McCarthyites|+McCarthyites
Beat Generation|+Beatniks
Religious Right|+Religious Right|Christian Right
Reagan Democrats|+Reagan Democrats
Blue Dog Democrats|+Blue Dog Democrats|+Blue Dogs
Paleoconservatives|+Paleoconservatives
Militia movement
Tea Party movement|+Tea Partiers|Tea Party@2009:2020
Occupy movement|Occupy Wall Street
Alt-right|+=Alt-right
Antifa|+Antifa
Black Lives Matter|BLM@2013:2025
QAnon
Evangelicals|+Evangelicals
Baptists|+Baptists
Congregationalists|+Congregationalists
Unitarians|+Unitarians
Pentecostals|+Pentecostals
Adventists|+Adventists|+Seventh-day Adventists
Seceders|+Seceders@1733:1850
Episcopalians|+Episcopalians
Emancipists|+Emancipists
Exclusives|+Exclusives@1810:1850
Eureka rebels|+Eureka rebels|+Eureka miners|+Eureka Stockade rebels
Stolen Generations|+Stolen Generations|+Stolen Generation
Missionary Party|+Missionary Party
Autonomists (Cuba)|+Autonomists@1878:1898
Batistianos|+Batistianos
Barbudos|+Barbudos
Marielitos|+Marielitos
Balseros|+Balseros
Patriotas|+Patriotas@1808:1826
Godos|+Godos
Mantuanos|+Mantuanos|+~mantuanos
Comuneros (New Granada)|+Comuneros@1781:1782
Emboabas|+Emboabas
Mascates|+Mascates
Inconfidentes|+Inconfidentes|+Inconfidência conspirators
Sabinos|+Sabinos
Balaios|+Balaios
Quilombolas|+Quilombolas
Brazilian Positivists|+Brazilian Positivists
Conselheiristas|+Conselheiristas|+Canudos rebels
Queremistas|+Queremistas
Cimarrones|+Cimarrones|+~cimarrones
Affranchis|+Affranchis|+~affranchis
Noiristes|+Noiristes
Trujillistas|+Trujillistas
Somocistas|+Somocistas
Lerdistas|+Lerdistas
Porfiristas|+Porfiristas
Reyistas|+Reyistas
Magonistas|+Magonistas
Orozquistas|+Orozquistas
Huertistas|+Huertistas
Constitutionalists (Mexico)|+Constitutionalists@1913:1920|+Constitutionalistas
Obregonistas|+Obregonistas
Callistas|+Callistas
Polkos|+Polkos
Gorilas|+Gorilas@1955:1976|+Gorillas@1955:1976
Anti-Peronists|+Anti-Peronists|+Antiperonists
Carapintadas|+Carapintadas
Gaitanistas|+Gaitanistas
Bolivarians|+Bolivarians|+Bolivarianos
Chavistas|+Chavistas|*Chavista
Desaparecidos|+Desaparecidos|+the Disappeared@1974:1990
Buccaneers|+Buccaneers|+~buccaneers
Sea Dogs|+Sea Dogs|+Elizabethan sea dogs
Fellaghas|+Fellaghas|+Fellagha|+~fellaghas
Fulani jihadists|+Fulani jihadists
Umarians|+Umarians
Saros|+Saros@1830:1900
Agudas|+Agudas|+Amaros
Kitawala|+Kitawala|Watchtower movement
Kimbanguists|+Kimbanguists
Ethiopian movement|+Ethiopianists
Abushiri rebels|+Abushiri rebels
Shifta|+Shifta|+~shifta
Amakholwa|+Amakholwa|+Kholwa
Pioneer Column
Afrikaner nationalists|+Afrikaner nationalists
Verligtes|+Verligtes
Verkramptes|+Verkramptes
Charterists|+Charterists
Kibbutzniks|+Kibbutzniks
Halutzim|+Halutzim|+Chalutzim
Labor Zionists|+Labor Zionists|+Labour Zionists
Religious Zionists|+Religious Zionists
Israeli settlers|+Israeli settlers|+Jewish settlers@1967:2025
Haredim|+Haredim|+Haredi Jews|+ultra-Orthodox Jews
Mitnagdim|+Mitnagdim
Maskilim|+Maskilim
Frankists|+Frankists
Pan-Africanists|+Pan-Africanists
Pan-Arabists|+Pan-Arabists
Pan-Islamists|+Pan-Islamists
Pan-Turkists|+Pan-Turkists
Greenshirts|+Greenshirts@1927:1941
Gold Shirts|+Gold Shirts|+Camisas Doradas
Austrofascists|+Austrofascists
Castroists|+Castroists
Leninists|+Leninists
Left Communists|+Left Communists
Syndicalists|+Syndicalists|+Anarcho-syndicalists|+~syndicalists
Revisionists (Marxism)|+Revisionists@1896:1914
Neo-Nazis|+Neo-Nazis|+neo-Nazis|+neo-nazis
Free World|+Free World@1945:1991|+the Free World@1945:1991
Coalition of the willing|+Coalition of the willing
Coalition forces|+Coalition forces@1990:2011
Rio Group
Quartet on the Middle East|Middle East Quartet
Permanent Five|+Permanent Five
BRICS
Five Eyes
Anti-globalization movement|Alter-globalization movement|Anti-globalisation movement
Levites|+Levites
Tarquins|+Tarquins|Tarquin dynasty
Metelli|+Metelli|Caecilii Metelli
Antipatrid dynasty|+Antipatrids
Euthydemid dynasty|+Euthydemids
Ikshvaku dynasty|+Ikshvakus
Confucians|+Confucians|+Confucian scholars
Mohists|+Mohists
Nakatomi clan|+Nakatomi@600:700
Northern Fujiwara|+Northern Fujiwara|Ōshū Fujiwara|Oshu Fujiwara
Northern Court|=Northern Court@1336:1392
Southern Court|=Southern Court@1336:1392
Kusunoki clan
Nitta clan
Akamatsu clan
Yamana clan
Hatakeyama clan
Shiba clan
Miyoshi clan|Miyoshi Triumvirate
Rokkaku clan
Asakura clan
Sanada clan
Ii clan
Kuroda clan
Ukita clan
Kobayakawa clan
Nanbu clan
Mogami clan
Satake clan
Sō clan|So clan
Matsumae clan
Nabeshima clan
Ikeda clan
Hitotsubashi faction|+Hitotsubashi party
Nanki faction|+Nanki party
Mito faction|+Mito activists|Mito loyalists
Tengutō|Tengu Party|+Tengu rebels
Japanese militarists|+Japanese militarists
Kamikaze pilots|+Kamikaze pilots|+kamikaze pilots
Choe family (Goryeo)|Choe House|+Choe clan
Jeonju Yi clan|Jeonju Yi
Sayuksin|Six martyred ministers|Six Martyred Ministers
Daebuk|+Great Northerners|+Daebuk faction
Sipa|+Sipa faction|+Byeokpa|+Byeokpa faction
March First Movement|March 1st Movement|Samil Movement
Minjung movement|+Minjung activists
New Military Group|Sinkunbu
Agilolfings|+Agilolfings|Agilolfing dynasty
Bosonids|+Bosonids
Liudolfings|+Liudolfings
Conradines|+Conradines
Billung family|+Billungs
Luitpoldings|+Luitpoldings
Ludovingians|+Ludovingians
House of Lorraine|+Lorraines@1000:1740
House of Nassau|Nassau family
House of Hesse|Hesse dynasty
House of Brunswick|House of Brunswick-Lüneburg
House of Württemberg
House of Condé|+Condés|Bourbon-Condé
House of Rohan|+Rohans
House of Toulouse|+Raymondines
House of Trencavel|+Trencavels
House of Foix
House of Albret
House of Évreux|Évreux dynasty
House of Champagne|Counts of Champagne
House of Bourbon-Parma|Bourbon-Parma
Frangipani family|+Frangipani@1000:1300
Crescentii|+Crescentii
Counts of Tusculum|+Tusculani
Caetani family|+Caetani
Chigi family
Aldobrandini family
Ludovisi family
Tornabuoni family
Rucellai family
Soderini family
Salviati family
Cerchi family|+Cerchi@1280:1310
Donati family|+Donati@1280:1310
Uberti family|+Uberti@1200:1270
Della Torre family|+Torriani|+Della Torre@1240:1311
Fregoso family|+Fregosi
Adorno family|+Adorni
Spinola family|+Spinolas
Fieschi family|+Fieschi@1200:1550
Contarini family
Dandolo family
Mocenigo family
Morosini family
Foscari family
Acciaiuoli family|+Acciaiuoli
Thurn und Taxis|House of Thurn and Taxis
Krupp family|+Krupps
Thyssen family|+Thyssens
Warburg family|+Warburgs
Höchstetter family|+Höchstetters
Cavendish family|+Cavendishes
Russell family|+Russells@1500:1900
Grenvillites|+Grenvillites|Grenville family|+Grenvilles
Bedford Whigs|Bedford faction|Bloomsbury Gang
Portland Whigs|+Portland Whigs
Cobhamites|Cobham's Cubs|+Boy Patriots
Leicester House set|Leicester House@1717:1760
Clan Cameron|+Camerons@1600:1750
Clan Fraser|+Frasers@1600:1750
Clan Mackenzie|+Mackenzies@1600:1750
Clan Gordon|+Gordons@1500:1750
Clan Maclean|+Macleans@1600:1750
Clan MacLeod|+MacLeods@1600:1750
Clan Murray
Highland clans|+Highland clans|+Highland chiefs
Border Reivers|+Border Reivers|+Reivers
Wild Geese|+=Wild Geese@1690:1800
Ulster planters|+Ulster planters|+Scottish planters
Moonlighters|+Moonlighters@1879:1890
Redmondites|+Redmondites
Healyites|+Healyites
Hunger strikers (1981)|+Hunger strikers@1980:1981|+hunger strikers@1980:1981
Noblesse de robe|+Nobility of the robe|+nobility of the robe|+robe nobility|+Noblesse de robe
Noblesse d'épée|+Nobility of the sword|+nobility of the sword|+sword nobility
Brumairians|+Brumairians|+Brumaireans
Icarians|+Icarians
Proudhonists|+Proudhonists|+Proudhonians
Énarques|+Énarques|+Enarques|+~énarques
Strigolniki|+Strigolniki
Zealots of Piety|+Zealots of Piety
Dolgorukov family|+Dolgorukovs
Golitsyn family|+Golitsyns
Orlov brothers|+Orlov brothers|+Orlovs@1760:1800
Shuvalov family|+Shuvalovs
Vorontsov family|+Vorontsovs
Verkhovniki|+Verkhovniki
Chaikovtsy|+Chaikovtsy|+Chaikovskyists
Bakuninists|+Bakuninists
Lavrists|+Lavrists
Iskrists|+Iskrists|+Iskra-ists|+Iskraites
SR Maximalists|+SR Maximalists|+Maximalists@1904:1920
Denikinites|+Denikinites
Kolchakites|+Kolchakites
Petliurists|+Petliurists|+Petlyurites|+Petliurites
Lishentsy|+Lishentsy|+~lishentsy
Besprizorniki|+Besprizorniki|+~besprizorniki
Wreckers|+Wreckers@1928:1938
Thieves in law|+Thieves-in-law|+thieves-in-law|Vory v zakone
Ittihadists|+Ittihadists
Ottomanists|+Ottomanists
Armenian fedayi|+Fedayi|+Armenian fedayi
Nur movement|+Nurcus|+Nurcular
Houthis|+Houthis|Houthi movement|Ansar Allah
Takfiris|+Takfiris
Bazaaris|+Bazaaris|+~bazaaris
Principlists|+Principlists
Jangali movement|+Jangalis
Court Jews|+Court Jews
Territorialists|+Territorialists
Brahmos|+Brahmos|+Brahmoists
Arya Samajists|+Arya Samajists
Askaris|+Askaris|+~askaris
Ruga-Ruga|+Ruga-Ruga|+Ruga-ruga
Liberated Africans|+Liberated Africans|+Recaptives
Asafo companies|+Asafo
Young Senegalese|Jeunes Sénégalais
Originaires|+Originaires|+~originaires
Hamallists|+Hamallists
Zikists|+Zikists|Zikist Movement
Separatists (English)|+Separatists@1580:1660
Antinomians|+Antinomians
Whiskey Rebels|+Whiskey Rebels|+Whiskey rebels
Shaysites|+Shaysites|+Shays's rebels|+Shays' rebels
Tertium Quids|+Quids@1804:1812|+Tertium Quids
Garrisonians|+Garrisonians
War Democrats|+War Democrats
Goldbugs|+Goldbugs|+Gold Bugs
Haymarket anarchists|+Haymarket anarchists|+Haymarket martyrs
Prohibitionists|+Prohibitionists|+Drys@1900:1933
Nativists|+Nativists|+~nativists
Okies|+Okies
Navajo code talkers|+Code talkers|+code talkers
Black nationalists|+Black nationalists
Chicano movement
Dreamers|+Dreamers@2010:2025
Castors|+Castors@1880:1900
Nationalistes|+Nationalistes
Quebec sovereigntists|+Quebec separatists|+Souverainistes
Felquistes|+Felquistes
Independentistas|+Independentistas
Machadistas|+Machadistas
Farabundistas|+Farabundistas
Cardenistas|+Cardenistas
Priistas|+Priistas
Santanderistas|+Santanderistas
Rosistas|+Rosistas
Mitristas|+Mitristas
Yrigoyenistas|+Yrigoyenistas|+Personalists@1916:1930
Antipersonalists|+Antipersonalists|+Anti-personalists
Kirchneristas|+Kirchneristas|+Kirchnerists
Piqueteros|+Piqueteros|+~piqueteros
Estanqueros|+Estanqueros
Balmacedists|+Balmacedists|+Balmacedistas
Pinochetistas|+Pinochetistas|+Pinochetists
Fujimoristas|+Fujimoristas|+Fujimorists
Velasquistas|+Velasquistas
Alfaristas|+Alfaristas
Stronistas|+Stronistas
Jacobinos (Brazil)|+Jacobinos@1889:1897
Florianistas|+Florianistas
Contestado rebels|+Contestado rebels
Getulistas|+Getulistas
Lacerdistas|+Lacerdistas
Udenistas|+Udenistas
Petistas|+Petistas
Bolsonaristas|+Bolsonaristas
Ratana movement
Sihanoukists|+Sihanoukists
Boat people|+Boat people|+boat people@1975:1995
Principalía|+Principales|+Principalia
Marcos loyalists|+Marcos loyalists
Santri|+Santri|+~santri
Abangan|+Abangan|+~abangan
PRRI rebels|+PRRI rebels
Malay rulers|+Malay rulers|+Malay sultans
Kaum Muda|+Kaum Muda
Kaum Tua|+Kaum Tua
Song loyalists|+Song loyalists
Qingliu|+Qingliu|Pure Stream party|Purist party
Umbrella Movement
Sunflower Student Movement|Sunflower Movement
Tangwai|+Tangwai|Dangwai
Warsaw insurgents|+Warsaw insurgents
Ghetto fighters|+Ghetto fighters|+Warsaw Ghetto fighters
Axis of Resistance
Donbas separatists|+Donbas separatists|+pro-Russian separatists|+Pro-Russian separatists
Little green men|+little green men@2014:2014|+Little green men@2014:2014
Crusaders|+Crusaders@1095:1291
Anti-French coalition|+Anti-French coalition|+anti-French coalition
Hawks (politics)|+Hawks@1950:1991
Doves (politics)|+Doves@1950:1991
Kapos|+Kapos|+~kapos
`;

/**
 * Forms that name no actor: places, languages and continents that contain a state's name or demonym. Matching
 * them first keeps "North America" from counting as America and "English Channel" as England.
 */
export const NON_ACTORS = `
North America|South America|Central America|Latin America|Spanish America|British North America|the Americas
Latin American|Latin Americans|South American|South Americans|Central American|Central Americans|North American
North Americans|Spanish American|Spanish Americans|Portuguese American|West Indian|West Indians
New England|New France|New Spain|New Netherland|New Amsterdam|New World|Old World|New Mexico|New South Wales
English Channel|British Isles|Irish Sea|Polish Corridor|Boston Tea Party|Solemn League and Covenant
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
Marshall Islands|Hindu Kush|Lake Champlain|Lake Victoria|Victoria Falls|Lake Tanganyika|Lake Nyasa|Lake Malawi|Lake Chad
Stanley Falls|Stanley Pool|Strait of Malacca|Straits of Malacca|Lake Huron|Lake Texcoco
Jim Crow|Jim Crow laws|Jim Crow era|Jim Crow South|Uncle Sam|John Bull
Fall of Rome|Sack of Rome|Bishop of Rome|Great Fire of Rome|New Rome
Appalachians|Carpathians|Grampians|Dolomites|Appalachian Mountains|Carpathian Mountains
Oval Office
Auld Alliance
Trujillo uprising|Trujillo revolt|Trujillo Revolution
Sinhala Only|Sinhala Only Act|White Australia|White Australia policy
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
