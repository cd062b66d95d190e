/**
 * Well-known historical persons with their canonical (Wikipedia-style) names and the short forms notes use. A
 * surname is listed only when it is distinctive; ambiguous ones carry the years in which they mean this person.
 * Persons not listed are still found by the name patterns (given name + surname, title + name, regnal numeral).
 */
export const PERSONS = `
Abd al-Rahman al-Sa'di|Abd al-Rahman as-Sadi|al-Sa'di@1594:1656
Abiodun|Alafin Abiodun|Abiodun@1770:1789
Awole Arogangan|Alafin Awole|Awole@1789:1796
Akaba of Dahomey|Akaba@1685:1716
Ansa Sasraku
Askia Musa
Ibrahima Sori|Ibrahima Sori Mawdo
Malik Sy
Naaba Oubri|Oubri
Naaba Wobgo|Wobgo|Boukary Koutou
Sonni Baru|Sunni Baru
Alvand Mirza|Alvand Beg|Alwand Mirza
Aydınoğlu Mehmed Bey|Mehmed Bey of Aydın|Aydinoglu Mehmed Bey
Badr al-Din Lu'lu'|Badr ad-Din Lu'lu'|Badr al-Din Lulu
Sayf ad-Din Inal|Al-Ashraf Inal|Inal@1453:1461
Kadi Burhan al-Din|Qadi Burhan al-Din|Kadı Burhaneddin
Karamanoğlu Mehmed Bey|Mehmed Bey of Karaman|Karamanoglu Mehmet Bey
Khushqadam|Al-Zahir Khushqadam
Lajin|Husam al-Din Lajin|Lajin@1296:1299
Menteşe Bey|Mentese Bey
Murad Aq Qoyunlu|Sultan Murad Aq Qoyunlu
Qara Yuluk Osman|Qara Osman|Kara Osman@1378:1435|Qara Iluk Osman
Qara Muhammad|Qara Mehmed
Ridwan of Aleppo|Ridwan@1095:1113|Fakhr al-Mulk Ridwan
Saruhan Bey|Sarukhan Bey
Sayf al-Din Ghazi I|Saif ad-Din Ghazi I
Qutb al-Din Mawdud|Qutb ad-Din Mawdud
Sökmen ibn Artuk|Sökmen@1091:1104|Suqman ibn Artuq
Yaqub Beg Aq Qoyunlu|Sultan Yaqub|Ya'qub Beg@1478:1490
Ali Morad Khan Zand
Abdol-Majid Mirza Ayn al-Dowleh|Ayn al-Dowleh|Eyn od-Dowleh|Ein-od-Dowleh
Manouchehr Eghbal|Eghbal@1957:1960
Yeprem Khan|Yeprem Davitian
Mirza Nasrullah Khan Moshir al-Dowleh|Mirza Nasrullah Khan|Moshir al-Dowleh@1896:1905
Mahsa Amini
Narges Mohammadi
Abdolmalek Rigi
Fumo Liyongo|Liyongo
Kimweri ye Nyumbai|Kimweri
Semboja
Isike|Isike@1877:1893
Merere|Merere@1860:1893
Kahimemua Nguvauva|Kahimemua
Mutu ya Kevela
Mbaruk bin Rashid al-Mazrui|Mbaruk bin Rashid|Mbaruk@1865:1896
Ali bin Said of Zanzibar|Ali bin Said@1890:1893
Hamoud bin Mohammed of Zanzibar|Hamoud bin Mohammed|Hamud bin Muhammed
Rainiharo
Ebrahim Raisi|Raisi@2013:2024
Abraha|Abraha al-Ashram
Al-Harith ibn Jabalah|Arethas@528:569|al-Harith ibn Jabala
Al-Mundhir III ibn al-Nu'man|Al-Mundhir III|al-Mundhir@503:554
Al-Nu'man III ibn al-Mundhir|Al-Nu'man III|al-Nu'man@582:602
Dhu Nuwas|Yusuf As'ar Yath'ar
Imru' al-Qais|Imru al-Qais
Mavia|Queen Mavia|Mavia@370:380
Andragoras
Aryandes
Azarmidokht
Bagoas|Bagoas@-345:-336
Cambyses I
Teispes
Hystaspes|Hystaspes@-550:-520|Vishtaspa@-550:-520
Megabyzus
Oxyartes
Papak|Pabag|Babak@200:222
Tansar|Tosar
Shirin|Shirin@590:628
Saadia Gaon|Saadia ben Joseph
Gracia Mendes Nasi|Doña Gracia|Dona Gracia
Dasharatha Maurya|Dasharatha@-232:-224
Samprati
Brihadratha Maurya|Brihadratha@-187:-180
Agnimitra
Vasudeva Kanva
Chashtana
Vasudeva I|Vasudeva@190:230
Eucratides I|Eucratides
Maues
Azes I
Budhagupta
Narasimhagupta Baladitya|Narasimhagupta|Baladitya
Prabhakaravardhana|Prabhakara Vardhana
Rajyavardhana|Rajyavardhana@605:606
Ishanavarman
Bhaskaravarman|Bhaskar Varman
Yashovarman|Yashovarman@700:740|Yasovarman@700:740
Nagabhata I
Vatsaraja
Vijayalaya Chola|Vijayalaya
Parantaka I|Parantaka Chola I
Rajadhiraja Chola|Rajadhiraja I
Senguttuvan|Cheran Senguttuvan
Nedunjeliyan|Neduncheliyan
Jatavarman Sundara Pandyan|Jatavarman Sundara Pandyan I|Sundara Pandyan@1250:1268
Maravarman Kulasekara Pandyan I|Maravarman Kulasekara|Kulasekara Pandyan
Anantavarman Chodaganga|Anantavarman Chodaganga Deva|Chodaganga
Narasimhadeva I|Narasingha Deva I
Kapilendra Deva|Kapilendra
Ganapati of Kakatiya|Ganapati Deva|Kakatiya Ganapati
Singhana|Singhana II
Tirumala Deva Raya|Tirumala Raya
Ahmad Shah I Wali|Ahmad Shah Wali Bahmani|Ahmad Shah Bahmani
Firuz Shah Bahmani|Taj ud-Din Firuz Shah
Qasim Barid I|Qasim Barid
Fathullah Imad-ul-Mulk
Burhan Nizam Shah I|Burhan Nizam Shah
Murtaza Nizam Shah I|Murtaza Nizam Shah
Quli Qutb Mulk|Sultan Quli Qutb-ul-Mulk
Abul Hasan Qutb Shah|Tana Shah
Chhatrasal|Chhatrasal Bundela|Maharaja Chhatrasal
Raja Ram Jat
Churaman Jat|Churaman
Amar Singh I|Amar Singh I of Mewar
Raj Singh I|Rana Raj Singh
Bhagwant Das|Raja Bhagwant Das
Mubariz Khan
Chanda Sahib
Anwaruddin Khan|Anwaruddin
Muhammad Ali Khan Wallajah|Muhammad Ali Wallajah|Wallajah@1749:1795
Veerapandiya Kattabomman|Kattabomman
Velu Nachiyar
Velu Thampi Dalawa|Velu Thampi
Pazhassi Raja|Kerala Varma Pazhassi Raja
Marthanda Varma|Martanda Varma
Kunjali Marakkar|Kunjali Marakkar IV
Gulab Singh|Maharaja Gulab Singh
Ranbir Singh|Maharaja Ranbir Singh
Kapur Singh|Nawab Kapur Singh
Salar Jung I|Salar Jung
Vishwasrao
Hor-Aha|Aha@-3100:-3050
Djet
Den (pharaoh)|Den@-2970:-2920
Khasekhemwy
Userkaf
Sahure
Unas|Unas@-2375:-2345|Wenis
Teti|Teti@-2345:-2333
Pepi I|Pepi I Meryre
Weni|Weni the Elder
Harkhuf
Ankhtifi
Senusret I|Sesostris I
Sobekneferu|Sobekneferu@-1806:-1802|Neferusobek
Khyan
Apepi|Apophis@-1590:-1550|Apepi I
Seqenenre Tao|Seqenenre
Ahhotep I|Ahhotep
Ahmose-Nefertari
Amenhotep I
Ineni
Rekhmire
Amenhotep son of Hapu
Kiya|Kiya@-1360:-1335
Meritaten
Smenkhkare
Ramesses I|Ramses I
Herihor
Smendes
Kashta
Shabaka|Shabako
Shebitku|Shabataka
Tantamani|Tanutamun
Mentuemhat|Montuemhat
Aspelta
Udjahorresnet
Amyrtaeus
Hakor|Achoris
Nectanebo I|Nakhtnebef
Manetho
Arkamani I|Arkamani|Ergamenes
Amanirenas
Amanishakheto
Natakamani
Cleopatra Selene II|Cleopatra Selene
Ptolemy Apion
Pachomius|Pachomius the Great|Saint Pachomius
Shenoute|Shenouda the Archimandrite
Dioscorus I of Alexandria|Dioscorus of Alexandria|Dioscorus@444:454
Frumentius|Saint Frumentius|Abba Salama
Aphilas
Endubis
Gadarat
Armah of Axum|Ashama ibn Abjar|al-Najashi@610:630|Najashi@610:630
Gudit|Yodit|Queen Gudit
Mara Takla Haymanot
Yemrehanna Krestos
Na'akueto La'ab
Dil Na'od
Eskender of Ethiopia|Eskender@1478:1494
Na'od|Na'od@1494:1508
Tekle Giyorgis I
Aden Abdullah Osman|Aden Adde
Bakili Muluzi|Muluzi
Dawda Jawara|Jawara
Fela Kuti|Fela Anikulapo Kuti
France-Albert René|Albert René
Hage Geingob|Geingob
Leabua Jonathan|Chief Leabua Jonathan
Levy Mwanawasa|Mwanawasa
Muhumusa
Ntare IV Rugamba|Ntare Rugamba
Rumanika I|Rumanika
Sangoulé Lamizana|Lamizana
Seewoosagur Ramgoolam|Ramgoolam@1961:1982
Seyni Kountché|Kountché|Kountche
Abune Petros
Tetteh Quarshie
Didier Ratsiraka|Ratsiraka
James Mancham|Mancham
Godfrey Huggins|Huggins@1933:1956|Lord Malvern
Ketumile Masire|Masire
Maurice Yaméogo|Yaméogo|Yameogo
Al-Muqtadir|al-Muqtadir
Al-Qadir|Al-Qadir@991:1031|al-Qadir@991:1031
Al-Hadi|Al-Hadi@785:786|al-Hadi@785:786|Musa al-Hadi
Hamdan Qarmat
Sayf al-Dawla|Sayf ad-Dawla|Saif al-Dawla|Sayf al-Daula
Nasir al-Dawla|Nasir ad-Dawla
Rukn al-Dawla|Rukn ad-Dawla
Qabus ibn Wushmagir|Qabus@977:1012|Qabus ibn Voshmgir
Ghiyath al-Din Muhammad of Ghor|Ghiyath al-Din Muhammad|Ghiyas-ud-din Muhammad Ghori
Bahram Shah of Ghazna|Bahram Shah@1117:1157
Satuq Bughra Khan|Satuk Bughra Khan
Mahmud al-Kashgari|Mahmud Kashgari|al-Kashgari|Kashgari
Ahmad Yasawi|Khoja Ahmed Yasawi|Khoja Akhmet Yassawi|Ahmed Yesevi|Yasawi|Yesevi
Baha-ud-Din Naqshband|Baha al-Din Naqshband|Bahauddin Naqshband
Najm al-Din Kubra|Najmuddin Kubra
Khwaja Ahrar|Ubaydullah Ahrar|Khoja Ahrar|Khwaja Ubaydullah Ahrar
Makhdum-i Azam|Makhdum-i A'zam
Afaq Khoja|Apaq Khoja|Hidayat Allah Afaq Khoja
Jahangir Khoja|Jahangir Khwaja|Jahangir Khoja of Kashgar
Sultan Said Khan
Esen Buqa I|Esen Buqa
Amir Qazaghan|Qazaghan|Kazaghan
Qazan Khan ibn Yasaur|Qazan Khan@1343:1346
Kebek|Kebek Khan
Tarmashirin|Tarmashirin Khan
Duwa|Duwa@1282:1307|Duwa Khan
Baraq|Baraq@1266:1271|Baraq Khan
Alghu
Şahin Giray|Sahin Giray
Sahib I Giray|Sahib Giray
Maziyar|Mazyar
Abu Sa'id Abu'l-Khayr|Abu Said Abul Khayr
Katip Çelebi|Kâtip Çelebi|Katib Çelebi|Katib Celebi|Haji Khalifa|Hajji Khalifa
Mustafa Naima|Naima@1690:1716|Naîma@1690:1716
İbrahim Peçevi|Ibrahim Pecevi|Peçevi|Pecevi
Koçi Bey|Koci Bey
Matrakçı Nasuh|Matrakci Nasuh|Nasuh al-Matraki
Hezarfen Ahmed Çelebi|Hezarfen Ahmed Celebi
Taqi al-Din Muhammad ibn Ma'ruf|Taqi al-Din@1550:1585|Takiyüddin|Taqi ad-Din
Hacı Bektaş Veli|Haji Bektash Veli|Hajji Bektash Wali|Haci Bektas Veli|Hajji Bektash
Sarı Saltık|Sari Saltuk|Sarı Saltuk|Sari Saltik
Fuzuli|Fuzûlî|Muhammad Fuzuli
Pir Sultan Abdal
Şehzade Korkut|Prince Korkut|Korkut@1509:1513
Canbuladoğlu Ali Pasha|Janbulad Ali Pasha|Ali Janbulad|Canpolad Ali Pasha
Deli Hasan
Mimar Kemaleddin
Soghomon Tehlirian|Tehlirian
Khrimian Hayrik|Mkrtich Khrimian
Mesrop Mashtots|Saint Mesrop|Mesrop@400:440
Artaxias I|Artashes I
İshak Sükuti|Ishak Sukuti
Bekir Sami Kunduh|Bekir Sami Bey@1919:1921
Bimbisara
Ajatashatru|Ajatasatru|Ajatashatru of Magadha
Ambhi|Omphis|Taxiles@-327:-317
Aryabhata|Aryabhatta
Brahmagupta
Varahamihira
Kalidasa
Faxian|Fa-Hsien|Fa Hien
Shashanka|Sasanka
Pulakeshin I|Pulakesi I
Dantidurga
Amoghavarsha I|Amoghavarsha
Dhruva Dharavarsha|Dhruva@780:793
Gopala|Gopala@750:770|Gopala I
Dharmapala of Pala|Dharmapala@770:810|Dharmapala of Bengal
Devapala|Devapala@810:850
Mahipala I|Mahipala@988:1038
Mihira Bhoja|Bhoja I
Bhoja|Bhoja@1010:1055|Raja Bhoj|Bhoja of Paramara
Someshvara I|Someshwara I
Vishnuvardhana
Kulothunga I|Kulottunga I|Kulottunga Chola I
Karikala|Karikala Chola|Karikalan
Narasimhavarman I|Mamalla
Mahendravarman I
Jayachandra|Jaichand|Jayachandra of Kannauj
Jayapala|Jaipal@964:1001
Anandapala|Anandpal
Lalitaditya Muktapida|Lalitaditya
Kalhana
Didda|Queen Didda
Zain-ul-Abidin|Zayn al-Abidin of Kashmir|Budshah|Bud Shah
Nasir-ud-din Qabacha|Qabacha
Taj-ud-din Yildiz|Yildiz@1206:1216|Yalduz
Hoshang Shah
Baz Bahadur
Alauddin Husain Shah|Husain Shah@1494:1519|Hussain Shah@1494:1519
Ahmad Shah I of Gujarat|Ahmad Shah I@1411:1442
Bahadur Shah of Gujarat
Pratapaditya
Gulbadan Begum
Zeb-un-Nissa|Zebunnisa
Sidhu Murmu|Sidhu@1855:1856|Sidhu and Kanhu
Rudrama Devi|Rudramadevi
Timur Shah Durrani|Timur Shah
Mir Madan
Maumoon Abdul Gayoom|Gayoom
Ugyen Wangchuck
Jigme Singye Wangchuck
Devanampiya Tissa
Elara|Elara@-205:-161|Ellalan
Vijayabahu I
Kashyapa I|Kasyapa I
Sri Vikrama Rajasinha|Sri Vikrama Rajasinghe|Vikrama Rajasinha
Vimaladharmasuriya I
Vijaya of Sri Lanka|Prince Vijaya|Vijaya@-543:-505
Semiramis|Sammu-ramat|Shammuramat
Midas|Midas@-740:-675
Zimri-Lim
Rim-Sin I|Rim-Sin
Samsu-iluna
Rimush
Manishtushu
Eannatum
Urukagina|Uruinimgina|Urukagina of Lagash
Tukulti-Ninurta I|Tukulti-Ninurta@-1243:-1207
Tiglath-Pileser I|Tiglath-Pileser@-1114:-1076
Kurigalzu I|Kurigalzu
Labarna I|Labarna@-1680:-1650
Deioces
Alyattes|Alyattes of Lydia
Ibbi-Sin
Shamshi-Adad V
Nabonassar|Nabu-nasir
Tacfarinas
Firmus|Firmus@370:375
Gildo
Oduduwa
Oranmiyan|Oranyan
Biton Coulibaly|Mamari Kulibali|Mamari Coulibaly
Da Monzon Diarra|Da Monzon|Da Diarra
Mansa Sakura|Sakura@1285:1300|Sabakura
Mansa Uli|Mansa Wali
Kaya Magan Cissé|Kaya Maghan Cisse|Kaya Magan Cisse|Kaya Maghan
Chibinda Ilunga
Kalala Ilunga
Sekeletu
Gbudwe|Gbudwe of the Azande
Mbunza
Shyaam aMbul aNgoong|Shyaam a-Mbul|Shamba Bolongongo|Shyaam@1600:1640
Tashfin ibn Ali
Imhotep
Menes
Amenemhat I|Amenemhet I
Kaleb of Axum|Kaleb@514:540|Ella Asbeha
Al-Biruni|al-Biruni|Biruni|Abu Rayhan al-Biruni
Al-Farabi|al-Farabi|Farabi|Alpharabius
Al-Kindi|al-Kindi|Alkindus
Al-Razi|Abu Bakr al-Razi|Rhazes|al-Razi@865:925
Al-Tabari|al-Tabari|Tabari@839:923
Al-Jahiz|al-Jahiz|Jahiz
Al-Masudi|al-Masudi|al-Mas'udi|Masudi
Al-Mutanabbi|al-Mutanabbi|Mutanabbi
Abu Nuwas
Al-Idrisi|al-Idrisi|Muhammad al-Idrisi|Idrisi
Al-Maqrizi|al-Maqrizi|Maqrizi
Al-Bukhari|Muhammad al-Bukhari|al-Bukhari
Ibn al-Haytham|Alhazen
Ibn Arabi|Ibn al-Arabi@1165:1240
Ibn Tufayl|Abubacer
Ibn Bajja|Avempace
Ibn Jubayr
Maimonides|Moses Maimonides|Rambam
Ja'far al-Sadiq|Jafar al-Sadiq|Ja'far as-Sadiq|Imam Ja'far
Hasan al-Basri
Rabia al-Adawiyya|Rabi'a al-Adawiyya|Rabia of Basra
Junayd of Baghdad|Junayd al-Baghdadi|al-Junayd@850:910
Ferdowsi|Firdausi|Firdawsi|Firdowsi|Abolqasem Ferdowsi
Rudaki
Hafez|Hafez@1315:1390|Hafiz@1315:1390|Hafez of Shiraz|Hafiz of Shiraz|Hafiz-i Shirazi
Saadi Shirazi|Saadi@1210:1292|Sa'di@1210:1292|Sadi of Shiraz
Attar of Nishapur|Farid ud-Din Attar|Attar@1145:1221
Nizami Ganjavi|Nizami@1141:1209
Jami|Jami@1414:1492|Nur ad-Din Abd ar-Rahman Jami
Nasir Khusraw|Nasir-i Khusraw
Suhrawardi|Shahab al-Din Suhrawardi|Shihab al-Din Yahya Suhrawardi
Mulla Sadra|Sadr al-Din Shirazi
Mir Damad
Amir Khusrau|Amir Khusro|Amir Khusraw
Moinuddin Chishti|Mu'in al-Din Chishti|Khwaja Moinuddin Chishti
Kabir|Kabir@1440:1518|Kabir Das|Sant Kabir
Tulsidas|Goswami Tulsidas
Mirabai|Meera Bai|Meerabai
Tukaram|Sant Tukaram
Chaitanya Mahaprabhu|Chaitanya@1486:1534
Ramanuja|Ramanujacharya
Adi Shankara|Adi Shankaracharya|Shankaracharya|Shankara@700:820
Basava|Basavanna|Basaveshwara
Umm Kulthum|Oum Kalthoum
Shakib Arslan|Chekib Arslan
Ibrahim al-Yaziji
Fakhr al-Din II|Fakhr ad-Din II|Fakhreddine II|Fakhr al-Din@1590:1635
Tekish|Ala ad-Din Tekish
Mardavij|Mardavij ibn Ziyar
Adud al-Dawla|Adud ad-Dawla
Mu'izz al-Dawla|Muizz al-Dawla|Mu'izz ad-Dawla
Ya'qub ibn al-Layth al-Saffar|Yaqub ibn al-Layth|Ya'qub ibn Layth|Yaqub-i Laith
Muhammad ibn Tughj al-Ikhshid|al-Ikhshid|Muhammad ibn Tughj
Al-Aziz Billah|al-Aziz@975:996
Buluggin ibn Ziri|Buluggin@972:984
Al-Mu'izz ibn Badis|al-Mu'izz ibn Badis|Mu'izz ibn Badis
Abd al-Rahman ibn Rustam|Ibn Rustam
Abu Zakariya Yahya|Abu Zakariya Yahya I
Abu Inan Faris|Abu Inan
Abu al-Hasan Ali ibn Othman|Abu al-Hasan Ali ibn Uthman|Abu al-Hasan@1331:1351
Abd al-Malik I Saadi|Abd al-Malik Saadi|Abdelmalek Saadi|Abu Marwan Abd al-Malik
Mohammed al-Shaykh|Muhammad al-Shaykh|Mohammed ash-Sheikh
Al-Rashid of Morocco|Moulay Rashid|Mulay al-Rashid|Moulay al-Rashid
Mohammed ben Abdallah|Mohammed III of Morocco|Sidi Mohammed ben Abdallah|Sidi Muhammad ibn Abdallah
Slimane of Morocco|Moulay Slimane|Mulay Sulayman|Sulayman of Morocco
Abd al-Rahman of Morocco|Moulay Abd al-Rahman|Abderrahmane of Morocco
Muhammad al-Mahdi al-Senussi|Muhammad al-Mahdi al-Sanusi|Muhammad al-Mahdi as-Senussi
Ertuğrul|Ertugrul|Ertuğrul Gazi|Ertugrul Ghazi
Zaman Shah Durrani|Zaman Shah
Isa Khan Niazi
Ablai Khan|Abylai Khan|Abilay Khan|Ablai@1740:1781
Kenesary Kasymov|Kenesary Khan|Kenesary Kasymuly|Kenesary@1837:1847
Tauke Khan|Tauke@1680:1718
Kasym Khan|Kasim Khan|Qasym Khan
Saparmurat Niyazov|Niyazov|Turkmenbashi
Emomali Rahmon|Emomali Rahmonov|Rahmon@1992:2030
Abdurauf Fitrat|Fitrat
Fayzulla Khodzhayev|Fayzulla Khojaev|Faizullah Khojaev|Khodzhayev|Khojaev
Mohammed Alim Khan|Emir Alim Khan|Alim Khan@1910:1944
Nasrullah Khan of Bukhara|Nasrullah Bahadur Khan|Emir Nasrullah|Nasrullah@1827:1860
Muzaffar bin Nasrullah|Emir Muzaffar|Muzaffar al-Din of Bukhara
Haydar bin Shah Murad|Amir Haydar|Emir Haydar
Ubaydullah Khan|Ubaydullah@1512:1540
Khudayar Khan|Khudoyar Khan
Madali Khan|Muhammad Ali Khan of Kokand
Alimqul|Alim Quli|Alimkul
Umar Khan of Kokand
Kurmanjan Datka|Kurmanjan
Amangeldy Imanov|Amangeldi Imanov
Chokan Valikhanov|Shokan Walikhanov|Shoqan Walikhanuli|Valikhanov
Abai Kunanbaev|Abay Qunanbayuly|Abai Kunanbayev|Abai@1845:1904
Said Nursi|Bediüzzaman Said Nursi|Bediuzzaman Said Nursi|Nursi
Seyid Riza|Sayyid Riza|Seyit Rıza
Shaykh Ahmad al-Ahsa'i|Shaykh Ahmad al-Ahsai
Qasem Soleimani|Qassem Soleimani|Soleimani@1998:2020
Muqtada al-Sadr|Moqtada al-Sadr
Ali al-Sistani|Ali Sistani|Grand Ayatollah Sistani|Sistani
Abu Bakr al-Baghdadi
Abu Musab al-Zarqawi|Zarqawi
Naguib Mahfouz|Mahfouz@1930:2006
Tawfiq al-Hakim
Jalal Al-e Ahmad|Jalal Al-e-Ahmad|Al-e Ahmad
Arghun Khan|Arghun@1284:1291
Gaykhatu|Geikhatu
Baydu
Tekuder|Ahmad Tekuder
Abu Sa'id Bahadur Khan|Abu Sa'id@1316:1335|Abu Said Bahadur
Öljaitü|Oljeitu|Oljaitu|Öljeitü|Uljaytu
Mohammad Khodabanda|Muhammad Khudabanda@1578:1587
Ibn Ishaq|Muhammad ibn Ishaq
Ibn al-Muqaffa|Ibn al-Muqaffa'
Al-Baladhuri|al-Baladhuri|Baladhuri
Ibn Fadlan|Ahmad ibn Fadlan
Ibn Hawqal
Al-Muqaddasi|al-Muqaddasi|Muqaddasi
Ibn Kathir
Al-Suyuti|al-Suyuti|Jalal al-Din al-Suyuti
Ibn Hajar al-Asqalani
Ibn Khallikan
Ibn Iyas
Ibn Taghribirdi
Abd al-Rahman al-Jabarti|al-Jabarti|Jabarti
Ibn Qayyim al-Jawziyya|Ibn Qayyim
Wasil ibn Ata
Abu al-Hasan al-Ash'ari|Al-Ash'ari|al-Ash'ari
Abu Mansur al-Maturidi|Al-Maturidi|al-Maturidi
Ahmad bin Said al-Busaidi|Ahmad bin Said@1744:1783
Said bin Taimur
Turki bin Abdullah|Turki ibn Abdallah
Saud bin Abdulaziz bin Muhammad|Saud the Great
Bedir Khan Beg|Bedirxan Beg
Mir Muhammad of Rawanduz|Mir Kor
Alikhan Bukeikhanov|Alikhan Bokeikhanov|Bukeikhanov
Mahapadma Nanda
Udayana of Vatsa
Suddhodana
Mayurasharma
Avantivarman of Kashmir
Kapaya Nayaka
Mian Noor Mohammad Kalhoro
Mir Fateh Ali Khan Talpur
Bir Singh Deo|Vir Singh Deo
Ala Singh|Baba Ala Singh
Jassa Singh Ahluwalia
Jaya Prakash Malla
Rao Bika
Nara Narayan|Naranarayan
Chilarai
Mayadunne|Mayadunne of Sitawaka
Rajasinghe I|Rajasimha I
Lakshmikarna
Gangeyadeva
Hammad ibn Buluggin
Umur Bey|Umur of Aydin|Umur Pasha
Eretna
Yusuf Shah Chak
Rao Jodha
Chandra Shumsher Jang Bahadur Rana|Chandra Shumsher
Suluk|Suluk Khagan
Palden Thondup Namgyal
Hyspaosines
Lugalzagesi
Gudea
Joseph Stalin|Stalin|Josef Stalin|Iosif Stalin|Uncle Joe
Adolf Hitler|Hitler|Adolph Hitler
Vladimir Lenin|Lenin|V. I. Lenin|Vladimir Ilyich Lenin
Leon Trotsky|Trotsky
Benito Mussolini|Mussolini|Il Duce
Francisco Franco|Franco@1920:1975|General Franco
Winston Churchill|Churchill@1900:1965
Franklin D. Roosevelt|FDR|Franklin Roosevelt|Franklin Delano Roosevelt|Roosevelt@1928:1950
Theodore Roosevelt|Teddy Roosevelt|Roosevelt@1895:1915
Harry S. Truman|Truman|Harry Truman
Dwight D. Eisenhower|Eisenhower|Ike@1940:1965
John F. Kennedy|JFK|John Kennedy|Kennedy@1960:1963
Lyndon B. Johnson|LBJ|Lyndon Johnson|Johnson@1963:1969
Richard Nixon|Nixon
Ronald Reagan|Reagan
Woodrow Wilson|Wilson@1912:1924
Herbert Hoover|Hoover@1928:1933
Abraham Lincoln|Lincoln@1850:1870
George Washington|Washington@1770:1800
Thomas Jefferson|Jefferson
Mikhail Gorbachev|Gorbachev
Nikita Khrushchev|Khrushchev|Khruschev
Leonid Brezhnev|Brezhnev
Boris Yeltsin|Yeltsin
Vladimir Putin|Putin
Mao Zedong|Mao|Mao Tse-tung|Chairman Mao|Mao Tsetung
Chiang Kai-shek|Chiang|Chiang Kai-Shek
Sun Yat-sen|Sun Yat-Sen|Sun Yatsen|Sun Zhongshan|Sun Chung-shan
Deng Xiaoping|Deng
Ho Chi Minh|Uncle Ho
Pol Pot
Kim Il-sung|Kim Il Sung
Fidel Castro|Castro
Che Guevara|Guevara|Che@1953:1967
Charles de Gaulle|de Gaulle|De Gaulle
Philippe Pétain|Pétain|Petain|Marshal Pétain
Léon Blum|Blum@1930:1950|Leon Blum
Georges Clemenceau|Clemenceau
David Lloyd George|Lloyd George
Neville Chamberlain|Chamberlain@1930:1945
Clement Attlee|Attlee
Margaret Thatcher|Thatcher
Gustav Stresemann|Stresemann
Paul von Hindenburg|Hindenburg|von Hindenburg
Erich Ludendorff|Ludendorff
Joseph Goebbels|Goebbels
Heinrich Himmler|Himmler
Hermann Göring|Göring|Goering|Hermann Goering
Reinhard Heydrich|Heydrich
Adolf Eichmann|Eichmann
Rudolf Hess|Hess@1920:1987
Erwin Rommel|Rommel
Joachim von Ribbentrop|Ribbentrop|von Ribbentrop
Vyacheslav Molotov|Molotov
Lavrentiy Beria|Beria
Nikolai Bukharin|Bukharin
Grigory Zinoviev|Zinoviev
Lev Kamenev|Kamenev
Alexander Kerensky|Kerensky|Kerenski
Grigori Rasputin|Rasputin
Pyotr Stolypin|Stolypin
Józef Piłsudski|Piłsudski|Pilsudski
Miklós Horthy|Horthy
Josip Broz Tito|Tito
Konrad Adenauer|Adenauer
Willy Brandt|Brandt@1960:1980
Helmut Kohl|Kohl
Hideki Tojo|Tojo|Tōjō
Hirohito|Emperor Hirohito|Shōwa Emperor|Showa Emperor
Mohandas Gandhi|Gandhi|Mahatma Gandhi|Mohandas K. Gandhi
Jawaharlal Nehru|Nehru|Pandit Nehru
Muhammad Ali Jinnah|Jinnah|Quaid-e-Azam
Mustafa Kemal Atatürk|Atatürk|Ataturk|Mustafa Kemal|Kemal Atatürk|Kemal@1915:1938
Gamal Abdel Nasser|Nasser
Anwar Sadat|Sadat|Anwar el-Sadat
David Ben-Gurion|Ben-Gurion
Ayatollah Khomeini|Khomeini|Ruhollah Khomeini
Saddam Hussein|Saddam
Nelson Mandela|Mandela
Martin Luther King Jr.|Martin Luther King|Martin Luther King Jr|MLK|Dr. King
Malcolm X
Kwame Nkrumah|Nkrumah
Napoleon|Napoleon Bonaparte|Bonaparte@1790:1821|Napoléon|Napoleon I
Napoleon III|Louis Napoleon|Louis-Napoleon|Louis Napoléon|Louis-Napoléon|Louis Napoleon Bonaparte
Otto von Bismarck|Bismarck|Bismark|von Bismarck|Iron Chancellor
Klemens von Metternich|Metternich|Prince Metternich|von Metternich
Camillo Benso, Count of Cavour|Cavour|Count Cavour
Giuseppe Garibaldi|Garibaldi
Giuseppe Mazzini|Mazzini
Victor Emmanuel II|Victor Emmanuel@1849:1878
Wilhelm II|Kaiser Wilhelm|Kaiser Wilhelm II|William II@1880:1920
Wilhelm I|Kaiser Wilhelm I|William I@1860:1890
Frederick William IV|Friedrich Wilhelm IV|Frederick William IV of Prussia
Franz Joseph I|Franz Joseph|Franz Josef|Francis Joseph|Francis Joseph I|Emperor Franz Joseph
Archduke Franz Ferdinand|Franz Ferdinand|Francis Ferdinand
Gavrilo Princip|Princip
Nicholas II|Tsar Nicholas|Czar Nicholas|Nicholas II of Russia
Alexander II|Alexander II of Russia|Tsar Alexander II
Alexander III of Russia|Alexander III@1860:1900
Peter the Great|Peter I|Peter I of Russia|Peter@1682:1725
Catherine the Great|Catherine II|Catherine II of Russia|Catherine@1762:1796
Ivan the Terrible|Ivan IV
Frederick the Great|Frederick II of Prussia|Old Fritz|Frederick II@1740:1786|Frederick@1740:1786
Maria Theresa|Maria Theresia
Joseph II|Joseph II, Holy Roman Emperor
Louis XIV|Sun King|Louis XIV of France
Louis XVI|Louis XVI of France
Marie Antoinette
Louis Philippe I|Louis Philippe|Louis-Philippe|Citizen King
Maximilien Robespierre|Robespierre
Georges Danton|Danton
Jean-Paul Marat|Marat
Marquis de Lafayette|Lafayette|La Fayette
Adolphe Thiers|Thiers
Alfred Dreyfus|Dreyfus
Émile Zola|Zola|Emile Zola
Georges-Eugène Haussmann|Haussmann|Baron Haussmann
Lajos Kossuth|Kossuth
Richard Wagner|Wagner@1830:1900
Karl Marx|Marx
Friedrich Engels|Engels
Charles Darwin|Darwin
Sigmund Freud|Freud
Friedrich Nietzsche|Nietzsche
Thomas Hobbes|Hobbes
John Locke|Locke
Jean-Jacques Rousseau|Rousseau
Voltaire
Montesquieu
Adam Smith
John Maynard Keynes|Keynes
Friedrich Hayek|Hayek
Milton Friedman|Friedman
Francis Fukuyama|Fukuyama
Immanuel Kant|Kant
Georg Wilhelm Friedrich Hegel|Hegel
Niccolò Machiavelli|Machiavelli|Niccolo Machiavelli
Desiderius Erasmus|Erasmus
Thomas More|Sir Thomas More
Martin Luther|Luther
John Calvin|Calvin@1500:1600|Jean Calvin|Jean Cauvin
Huldrych Zwingli|Zwingli|Ulrich Zwingli
Jan Hus|Hus|John Huss|Jan Huss
John Wycliffe|Wycliffe|Wyclif
Ignatius of Loyola|Loyola|Ignatius Loyola
Johann Tetzel|Tetzel
Galileo Galilei|Galileo
Isaac Newton|Newton
Nicolaus Copernicus|Copernicus
Johannes Kepler|Kepler
René Descartes|Descartes|Rene Descartes
Francis Bacon|Bacon@1597:1626
Leonardo da Vinci|da Vinci
Michelangelo
Johannes Gutenberg|Gutenberg
Christopher Columbus|Columbus
Vasco da Gama|da Gama
Ferdinand Magellan|Magellan
Hernán Cortés|Cortés|Cortes@1500:1550|Hernan Cortes|Hernando Cortez|Cortez
Francisco Pizarro|Pizarro
Amerigo Vespucci|Vespucci
Bartolomeu Dias|Dias|Bartholomew Dias|Bartolomeu Diaz
Moctezuma II|Montezuma|Moctezuma|Motecuhzoma II|Montezuma II|Motecuhzoma|Moteuczoma|Motecuhzoma Xocoyotzin|Moctezuma Xocoyotzin
Atahualpa|Atahuallpa|Atawallpa
Henry the Navigator|Prince Henry the Navigator
Charles V, Holy Roman Emperor|Charles V|Emperor Charles V|Charles I of Spain
Ferdinand II, Holy Roman Emperor|Ferdinand II@1600:1650
Philip II of Spain|Philip II@1540:1600|Phillip II@1540:1600|King Philip II
Gustavus Adolphus|Gustavus II Adolphus|Gustav II Adolf|Gustavus Adolphus of Sweden|Lion of the North
Albrecht von Wallenstein|Wallenstein|Waldstein@1618:1634|Albrecht von Waldstein
Frederick V of the Palatinate|Frederick V@1610:1635|Friedrich V@1610:1635|Winter King
Cardinal Richelieu|Richelieu
Cardinal Mazarin|Mazarin
Jean-Baptiste Colbert|Colbert
Henry IV of France|Henry of Navarre|Henry III of Navarre|Henri de Navarre|Henri IV|Henry IV@1589:1610
Catherine de' Medici|Catherine de Medici|Catherine de Médicis
Henry VIII|Henry VIII of England|King Henry VIII|Henry@1509:1547|H8@1509:1547
Anne Boleyn|Boleyn
Catherine of Aragon
Thomas Cromwell|Cromwell@1530:1540
Thomas Wolsey|Wolsey|Cardinal Wolsey
Edward VI
Mary I of England|Mary I|Mary Tudor|Bloody Mary
Elizabeth I|Elizabeth I of England|Virgin Queen|Good Queen Bess|Gloriana|Elizabeth@1558:1603
Mary, Queen of Scots|Mary Queen of Scots|Mary Stuart
James I of England|James VI and I|James I@1600:1630|James VI of Scotland|James VI@1567:1625
Charles I of England|Charles I@1620:1650
Oliver Cromwell|Cromwell@1640:1660|Lord Protector Cromwell
Charles II of England|Charles II@1650:1690
James II of England|James II@1680:1700|Duke of York@1660:1685|James, Duke of York
William III of England|William of Orange@1670:1702|William III@1680:1705
Francis Drake|Drake@1560:1600|Sir Francis Drake
Walter Raleigh|Raleigh@1580:1620|Sir Walter Raleigh|Ralegh
William Cecil|Lord Burghley|Burghley|Cecil@1550:1596
Francis Walsingham|Walsingham
Queen Victoria|Victoria@1837:1901
Benjamin Disraeli|Disraeli
William Ewart Gladstone|Gladstone
Horatio Nelson|Nelson@1790:1810|Lord Nelson|Admiral Nelson
Duke of Wellington|Wellington@1800:1830|Arthur Wellesley
Julius Caesar|Caesar@-100:-40
Augustus|Octavian|Caesar Augustus
Alexander the Great|Alexander of Macedon|Alexander@-336:-323
Charlemagne|Charles the Great
Constantine the Great|Constantine I
Justinian I|Justinian
Attila|Attila the Hun
William the Conqueror|William I of England|William of Normandy|Duke William@1035:1087
Richard the Lionheart|Richard I|Richard Lionheart
Saladin|Salah ad-Din|Salah al-Din|Salah al-Din Yusuf
Genghis Khan|Chinggis Khan|Temujin|Temüjin
Kublai Khan|Khubilai Khan|Kublai|Khubilai|Qubilai
Timur|Tamerlane|Tamburlaine|Timur Lenk|Amir Timur
Suleiman the Magnificent|Suleiman I|Süleyman the Magnificent|Suleiman|Kanuni Sultan Süleyman
Mehmed II|Mehmed the Conqueror|Mehmet II|Fatih Sultan Mehmed|Fatih Mehmed
Selim I|Selim the Grim|Yavuz Sultan Selim|Yavuz Selim
Osman I|Osman@1280:1326
Akbar|Akbar the Great|Jalal-ud-din Akbar
Babur|Zahir-ud-din Muhammad Babur|Babar@1494:1530
Pericles
Socrates
Plato
Aristotle
Cicero
Hannibal|Hannibal Barca
Cleopatra
Nero
Pontius Pilate|Pilate
Tokugawa Ieyasu|Ieyasu
Emperor Meiji|Meiji Emperor|Mutsuhito
Simón Bolívar|Bolívar|Bolivar|Simon Bolivar
Toussaint Louverture|Toussaint L'Ouverture|Toussaint@1789:1803
Benjamin Franklin|Franklin@1740:1790
John Adams
Alexander Hamilton|Hamilton@1775:1804
James Madison|Madison@1780:1820
Andrew Jackson|Jackson@1812:1845|Old Hickory
Ulysses S. Grant|Ulysses Grant|U. S. Grant|U.S. Grant|Grant@1861:1877
Robert E. Lee|Lee@1861:1870
Jefferson Davis|Davis@1855:1870
Cecil Rhodes|Rhodes@1870:1902
Leopold II|Leopold II@1865:1909|Leopold II of Belgium|King Leopold
Henry Kissinger|Kissinger
George Kennan|Kennan
George C. Marshall|George Marshall|Marshall@1939:1951
Douglas MacArthur|MacArthur
Joseph McCarthy|McCarthy@1947:1957
Lech Wałęsa|Wałęsa|Walesa|Lech Walesa
Alexander Dubček|Dubček|Dubcek
Imre Nagy|Nagy@1950:1960
Jan Smuts|Smuts
Haile Selassie
Ngo Dinh Diem|Diem
Syngman Rhee|Rhee
Gaius Marius|Marius@-170:-80
Sulla|Lucius Cornelius Sulla|Sulla Felix
Pompey|Pompey the Great|Gnaeus Pompeius Magnus
Marcus Licinius Crassus|Crassus@-120:-50
Marcus Junius Brutus|Brutus@-90:-40
Gaius Cassius Longinus|Cassius@-90:-40
Mark Antony|Marcus Antonius|Antony@-90:-25
Marcus Aemilius Lepidus|Lepidus@-53:-12
Cato the Younger|Cato@-100:-40
Cato the Elder|Cato@-240:-140
Catiline|Lucius Sergius Catilina
Tiberius Gracchus|Tiberius Sempronius Gracchus
Gaius Gracchus|Gaius Sempronius Gracchus
Scipio Africanus|Scipio@-240:-180
Spartacus
Marcus Vipsanius Agrippa|Agrippa@-70:10
Tiberius|Tiberius@10:40
Caligula
Claudius|Claudius@40:60
Vespasian
Trajan
Hadrian|Hadrian@117:138
Marcus Aurelius
Diocletian
Theodosius I|Theodosius@370:400
Odoacer
Alaric I|Alaric
Solon
Cleisthenes
Themistocles
Leonidas I|Leonidas@-500:-470
Xerxes I|Xerxes@-500:-460
Darius I|Darius@-550:-480
Cyrus the Great|Cyrus@-600:-520
Alcibiades
Demosthenes|Demosthenes@-390:-320
Philip II of Macedon|Philip of Macedon|Philip@-359:-336
Herodotus
Thucydides
Clovis I|Clovis
Charles Martel
Pepin the Short
Otto I|Otto the Great
Alfred the Great|King Alfred|Alfred@871:899
Harold Godwinson|Harold@1053:1066
Frederick Barbarossa|Barbarossa@1150:1200|Frederick I@1152:1190
Pope Urban II|Urban II
Pope Gregory VII|Gregory VII|Hildebrand@1050:1085
Pope Innocent III|Innocent III
Thomas Becket|Becket
Joan of Arc
William Wallace|Wallace@1290:1310
Robert the Bruce|Robert Bruce|Bruce@1306:1329
El Cid|Rodrigo Díaz de Vivar|Rodrigo Diaz de Vivar
Marco Polo
Dante Alighieri|Dante@1280:1330
Petrarch
Giovanni Boccaccio|Boccaccio
Geoffrey Chaucer|Chaucer
Thomas Aquinas|Aquinas
Jacques Necker|Necker@1770:1800
Anne Robert Jacques Turgot|Turgot@1770:1785
Charles Alexandre de Calonne|Calonne@1780:1795
Étienne Charles de Loménie de Brienne|Loménie de Brienne|Brienne@1785:1790
Honoré Gabriel Riqueti, comte de Mirabeau|Mirabeau@1785:1795
Emmanuel Joseph Sieyès|Sieyès|Sieyes|Abbé Sieyès
Louis Antoine de Saint-Just|Saint-Just@1789:1795
Jacques Pierre Brissot|Brissot@1789:1795
Jacques Hébert|Hébert@1789:1795|Hebert@1789:1795
Charlotte Corday
Charles Maurice de Talleyrand-Périgord|Talleyrand
Joseph Fouché|Fouché
William Pitt the Younger|Pitt the Younger|Pitt@1780:1806
Robert Walpole|Walpole@1715:1745
Edmund Burke|Burke@1760:1797
Thomas Paine|Paine@1770:1809|Tom Paine
Dean Acheson|Acheson
Henry A. Wallace|Henry Wallace|Wallace@1933:1950
James F. Byrnes|Byrnes@1940:1950
John Foster Dulles|Dulles@1945:1960
Ernest Bevin|Bevin
Anthony Eden|Eden@1935:1957
Harold Macmillan|Macmillan@1950:1965
Andrei Zhdanov|Zhdanov
Georgy Malenkov|Malenkov
Georgy Zhukov|Zhukov
Walter Ulbricht|Ulbricht
Władysław Gomułka|Gomułka|Gomulka
Edvard Beneš|Beneš|Benes@1930:1950
Klement Gottwald|Gottwald
Georgi Dimitrov|Dimitrov@1920:1950
Mátyás Rákosi|Rákosi|Rakosi
Zhou Enlai|Chou En-lai
Hammurabi|Hammurabi|Hammurapi
Sargon of Akkad|Sargon the Great
Nebuchadnezzar II|Nebuchadnezzar|Nebuchadrezzar
Ashurbanipal|Assurbanipal
Ramesses II|Ramses II|Rameses II|Ramesses the Great|Ramesses@-1279:-1213|Ramses@-1279:-1213
Hatshepsut
Akhenaten|Akhenaton|Amenhotep IV
Tutankhamun|Tutankhamen|King Tut
Thutmose III
Khufu|Cheops
Cambyses II|Cambyses@-540:-520
Darius III|Darius@-340:-329
Artaxerxes I|Artaxerxes@-465:-424
Homer|Homer@-900:-600
Hesiod
Draco|Draco@-650:-590
Peisistratos|Pisistratus|Peisistratus
Lycurgus of Sparta|Lycurgus@-900:-600
Miltiades
Aristides|Aristides the Just
Cimon|Kimon@-510:-450
Cleon
Nicias
Brasidas
Lysander|Lysander@-450:-390
Archidamus II|Archidamus@-470:-420
Gylippus
Demosthenes (general)|Demosthenes@-430:-413
Hermocrates
Epaminondas
Pelopidas
Aeschylus
Sophocles
Euripides
Aristophanes
Hippocrates
Pythagoras
Euclid
Archimedes
Ptolemy I Soter|Ptolemy I|Ptolemy Soter|Ptolemy@-323:-283
Seleucus I Nicator|Seleucus I|Seleucus@-323:-281
Zeno of Citium
Diogenes|Diogenes@-412:-323
Xenophon
Polybius
Plutarch
Livy
Tacitus
Suetonius
Virgil|Vergil
Ovid
Seneca the Younger|Seneca@-10:70
Galen
Romulus Augustulus
Tarquinius Superbus|Tarquin the Proud|Tarquin@-535:-509
Cincinnatus
Quintus Fabius Maximus Verrucosus|Fabius Maximus|Fabius@-220:-200
Hasdrubal Barca|Hasdrubal@-230:-205
Hamilcar Barca|Hamilcar@-250:-228
Jugurtha
Mithridates VI|Mithridates@-120:-63
Vercingetorix
Livia|Livia Drusilla|Livia@-40:30
Germanicus
Sejanus
Boudica|Boudicca|Boadicea
Commodus
Septimius Severus
Caracalla
Aurelian
Constantius II
Julian the Apostate|Julian@355:363
Valens
Stilicho
Theodoric the Great|Theodoric@475:526
Belisarius
Theodora|Empress Theodora|Theodora@525:548
Heraclius
Basil II|Basil the Bulgar Slayer
Alexios I Komnenos|Alexius I Comnenus|Alexios I|Alexius I|Alexios Komnenos@1057:1118|Alexius Comnenus@1057:1118
Augustine of Hippo|Saint Augustine@300:1560|St. Augustine@300:1560|Augustine@380:430
Pope Gregory I|Gregory the Great|Gregory I@590:604
Pope Leo III|Leo III@795:816
Rollo
Leif Erikson|Leif Ericson|Leif Eriksson
Cnut the Great|Canute|Cnut|Canute the Great
Vladimir the Great|Vladimir I of Kiev|Saint Vladimir|Vladimir@980:1015
Yaroslav the Wise|Yaroslav I@1016:1054|Yaroslav@1016:1054|Iaroslav the Wise|Iaroslav@1016:1054
Alexander Nevsky|Nevsky
Boris Godunov|Godunov
Yermak Timofeyevich|Yermak
Stenka Razin|Stepan Razin|Razin
Yemelyan Pugachev|Pugachev|Emelian Pugachev|Pugachov|Yemelyan Pugachyov
Pope Boniface VIII|Boniface VIII
Edward I of England|Edward I@1272:1307|Longshanks|Edward Longshanks
Edward the Black Prince|Black Prince
Wat Tyler|Tyler@1375:1385|Walter Tyler
Louis IX of France|Saint Louis@1226:1270|Louis IX
Louis XI of France|Louis XI|Spider King
Jan Žižka|Žižka|Zizka|Jan Zizka
John Hunyadi|Hunyadi|János Hunyadi
Matthias Corvinus|Corvinus
Skanderbeg|Gjergj Kastrioti|George Kastrioti|George Castriot
Vlad the Impaler|Vlad III|Vlad Dracula|Vlad Țepeș
Bohemond I of Antioch|Bohemond of Taranto|Bohemond
Tancred, Prince of Galilee|Tancred@1096:1112
Baldwin IV of Jerusalem|Baldwin IV|Leper King
Guy of Lusignan
Raynald of Châtillon|Reynald of Châtillon|Raynald of Chatillon|Reynald de Châtillon
Enrico Dandolo|Dandolo
Frederick II, Holy Roman Emperor|Frederick II@1212:1250|Stupor Mundi
Abu Bakr
Umar|Umar ibn al-Khattab|Omar@634:644|Umar@634:644
Uthman|Uthman ibn Affan|Uthman@644:656|Othman@644:656
Ali|Ali ibn Abi Talib|Ali@632:661
Husayn ibn Ali|Husayn@670:680|Hussein ibn Ali@670:680
Muawiya I|Mu'awiya|Muawiya|Mu'awiya I|Muawiyah
Abd al-Malik|Abd al-Malik ibn Marwan
Harun al-Rashid|Haroun al-Rashid|Harun ar-Rashid
Al-Ma'mun|al-Ma'mun|al-Mamun
Abd al-Rahman III|Abd ar-Rahman III
Tariq ibn Ziyad|Tariq@710:720
Alp Arslan
Tughril|Tughril Beg|Toghrul Beg
Nur ad-Din|Nur al-Din|Nureddin|Nur ad-Din Zangi
Imad ad-Din Zengi|Zengi
Baybars|Baibars|Baybars I|al-Zahir Baybars
Qutuz
Ibn Sina|Avicenna
Ibn Rushd|Averroes
Al-Ghazali|al-Ghazali
Ibn Khaldun
Ibn Battuta
Al-Khwarizmi|al-Khwarizmi
Rumi|Jalal ad-Din Rumi
Ögedei Khan|Ögedei|Ogedei|Ögödei|Ogodei
Güyük Khan|Güyük|Guyuk
Möngke Khan|Möngke|Mongke
Hulagu Khan|Hulagu|Hülegü|Hulegu
Batu Khan|Batu@1227:1255
Tolui
Berke|Berke Khan
Mansa Musa|Musa I of Mali
Sundiata Keita|Sundiata|Sundjata|Sunjata
Sunni Ali|Sonni Ali|Sonni Ali Ber
Askia Muhammad I|Askia Muhammad|Askia the Great|Askia Mohammed
Ezana of Axum|Ezana
Afonso I of Kongo|Nzinga Mbemba|Afonso I@1509:1542|Mvemba a Nzinga
Nzinga of Ndongo and Matamba|Queen Nzinga|Nzinga|Njinga|Ana de Sousa Nzinga|Nzinga Mbande|Njinga Mbande
Osei Tutu
Shaka|Shaka Zulu|Chaka|Shaka kaSenzangakhona
Cetshwayo|Cetewayo|Cetshwayo kaMpande
Moshoeshoe I|Moshoeshoe|Moshesh
Menelik II|Menelik|Emperor Menelik|Menelek
Tewodros II|Tewodros|Emperor Tewodros|Emperor Theodore|Kassa Hailu|Theodore@1855:1868
Yohannes IV|Emperor Yohannes|Yohannes@1871:1889|Kassa Mercha
Samori Ture|Samori Touré|Samory Touré|Samory|Samori
Usman dan Fodio|Uthman dan Fodio|Shehu Usman dan Fodio|dan Fodio|Usuman dan Fodio
Muhammad Ahmad|the Mahdi@1881:1899|Mahdi@1881:1899|Muhammad Ahmad al-Mahdi
Abdelkader|Abd al-Qadir|Abd el-Kader|Emir Abdelkader|Abd al-Qadir al-Jazairi
Lobengula
Yaa Asantewaa|Asantewaa
Olaudah Equiano|Equiano
David Livingstone|Livingstone
Henry Morton Stanley|H. M. Stanley|Stanley@1869:1890
John Hanning Speke|Speke
Mungo Park
Pierre Savorgnan de Brazza|de Brazza|Brazza
Frederick Lugard|Lord Lugard|Lugard
Alfred Milner|Lord Milner|Milner@1897:1925
Paul Kruger|Kruger|Oom Paul
Louis Botha|Botha@1899:1919
Lothar von Trotha|von Trotha|Trotha@1904:1908
Charles George Gordon|General Gordon|Gordon@1880:1885|Chinese Gordon
Herbert Kitchener|Lord Kitchener|Kitchener
Evelyn Baring, 1st Earl of Cromer|Lord Cromer|Evelyn Baring@1860:1917|Cromer@1883:1907
Muhammad Ali of Egypt|Muhammad Ali Pasha|Mehmet Ali|Mehmet Ali Pasha|Muhammad Ali@1805:1849
Ismail Pasha|Khedive Ismail|Isma'il Pasha|Ismail the Magnificent|Ismail@1863:1879
Ahmed Urabi|Urabi|Arabi Pasha|Ahmed Orabi|Orabi|Urabi Pasha
Muhammad Bello|Sultan Bello|Bello@1804:1837
Abdullahi dan Fodio|Abdullahi Fodio
Nana Asma'u|Nana Asmau
Umar Tall|Umar Tal|El Hadj Umar Tall|El Hadj Umar|al-Hajj Umar|Hajj Umar|Umar@1840:1864
Ahmadu Tall|Ahmadu Sekou|Ahmadu@1864:1893
Seku Amadu|Ahmadu Lobbo|Sekou Amadou|Seku Ahmadu
Muhammad al-Kanemi|al-Kanemi
Rabih az-Zubayr|Rabih@1879:1900|Rabah@1879:1900
Louis Faidherbe|Faidherbe
Louis Archinard|Archinard
Joseph Gallieni|Gallieni
Alfred-Amédée Dodds|Dodds@1892:1894
George Goldie|George Taubman Goldie|Goldie@1879:1900
Lat Dior|Lat Dior Diop
Amadou Bamba|Ahmadu Bamba|Cheikh Amadou Bamba|Bamba@1880:1927
Mahmadu Lamine
Babemba Traoré|Babemba
Béhanzin|Behanzin
Ghezo|Gezo
Glele|Glélé
Jaja of Opobo|King Jaja|Jaja@1869:1891
Ovonramwen|Ovonramwen Nogbaisi|Overami
Bai Bureh
Mohammed Abdullah Hassan|Mad Mullah|Sayyid Muhammad Abdullah Hassan
Abbas I of Egypt|Abbas Hilmi I|Abbas Pasha@1848:1854
Tewfik Pasha|Khedive Tewfik|Tawfiq Pasha|Khedive Tawfiq|Tewfik@1879:1892|Tawfiq@1879:1892
Abbas II of Egypt|Abbas Hilmi|Abbas Hilmi II|Khedive Abbas
Nubar Pasha|Nubar
Muhammad Sharif Pasha|Sharif Pasha@1879:1894
Rifa'a al-Tahtawi|al-Tahtawi|Tahtawi
Mahmud Sami al-Barudi|al-Barudi
Garnet Wolseley|Lord Wolseley|Sir Garnet Wolseley|Wolseley@1873:1885
Abdallahi ibn Muhammad|Khalifa Abdallahi|Khalifa Abdullahi|the Khalifa@1885:1899
Osman Digna|Digna
Zubayr Rahma Mansur|Zubayr Pasha|Zubair Pasha|al-Zubayr@1860:1899|Al-Zubayr Rahma Mansur
William Hicks|Hicks Pasha
Rudolf von Slatin|Slatin Pasha|Slatin
Samuel Baker|Sir Samuel Baker
Emin Pasha
Reginald Wingate|Sir Reginald Wingate|Wingate@1899:1919
Abd al-Rahman al-Nujumi|al-Nujumi
Taytu Betul|Empress Taytu|Taytu|Taitu
Ras Alula|Alula Engida|Alula@1870:1897
Ras Makonnen|Makonnen Wolde Mikael|Makonnen@1876:1906
Tekle Giyorgis II|Tekle Giyorgis
Mengesha Yohannes|Ras Mengesha
Robert Napier, 1st Baron Napier of Magdala|Napier of Magdala|Lord Napier@1867:1868|Napier@1867:1868
Oreste Baratieri|Baratieri
Andrianampoinimerina|Nampoina
Radama I|Radama@1810:1828
Radama II|Radama@1861:1863
Ranavalona I|Ranavalona@1828:1861
Ranavalona II|Ranavalona@1868:1883
Ranavalona III|Ranavalona@1883:1897
Rasoherina
Rainilaiarivony
Jean Laborde|Laborde@1832:1878
Ali ibn al-Hassan Shirazi|Ali ibn al-Hasan@900:1100|Ali bin al-Hasan@900:1100
Al-Hasan ibn Sulaiman|al-Hasan ibn Sulaiman|al-Hasan bin Sulaiman|Abu al-Mawahib
Francisco de Almeida|Almeida@1500:1510|Dom Francisco de Almeida
Tristão da Cunha|Tristao da Cunha
Nuno da Cunha
Mir Ali Beg|Mir Ali Bey|Amir Ali Bey
Yusuf bin Hasan|Yusuf ibn Hasan|Jerónimo Chingulia|Jeronimo Chingulia|Dom Jerónimo|Chingulia
Nasir bin Murshid|Nasser bin Murshid|Nasir ibn Murshid
Sultan bin Saif|Sultan ibn Saif
Saif bin Sultan|Saif ibn Sultan
Ahmad ibn Majid|Ibn Majid
Nyatsimba Mutota|Mutota
Nyanhehwe Matope|Matope@1440:1480
Negomo Mupunzagutu|Negomo@1560:1589
Gatsi Rusere|Gatsi@1589:1624
Nyambo Kapararidze|Kapararidze
Mavura Mhande Felipe|Mavura@1629:1652|Mavhura@1629:1652
Changamire Dombo|Dombo@1660:1700|Changamire@1670:1696
Gonçalo da Silveira|Goncalo da Silveira|Silveira@1555:1561
Francisco Barreto|Barreto@1569:1573
Yekuno Amlak|Yekunno Amlak
Amda Seyon I|Amda Seyon|Amda Tseyon|Amda Siyon
Dawit I|Dawit@1380:1413
Yeshaq I|Yeshaq@1414:1429|Yishaq@1414:1429
Zara Yaqob|Zara Yacob|Zara Yaqub|Zera Yaqob|Zara Ya'qob|Zera Yacob@1434:1468
Baeda Maryam I|Baeda Maryam
Eleni of Ethiopia|Empress Eleni|Queen Eleni|Eleni@1450:1522
Lebna Dengel|Lebna Dingil|Dawit II
Gelawdewos|Galawdewos
Sarsa Dengel|Sarsa Dingil
Za Dengel
Susenyos I|Susenyos|Susneyos
Fasilides|Fasiladas|Fasil@1632:1667
Sela Krestos|Ras Sela Krestos|Se'ela Krestos
Ahmad ibn Ibrahim al-Ghazi|Ahmad Gragn|Ahmad Gran|Ahmed Gragn|Ahmad Grañ|Gragn|Ahmad al-Ghazi|Ahmed Gurey|Ahmad Gurey|Imam Ahmad@1527:1543
Bati del Wambara|Bati Del Wambara
Nur ibn Mujahid|Emir Nur|Nur ibn al-Wazir Mujahid
Cristóvão da Gama|Cristovão da Gama|Cristovao da Gama|Christopher da Gama
Pêro da Covilhã|Pero da Covilha|Pêro da Covilha|Pedro de Covilhã|Covilhã@1487:1530|Covilha@1487:1530
Pedro Páez|Pedro Paez|Páez@1603:1622|Paez@1603:1622
Afonso Mendes|Alfonso Mendes|Patriarch Mendes|Mendes@1624:1634
Andrés de Oviedo|Andres de Oviedo
João Bermudes|Joao Bermudes|Bermudes@1535:1570
Sabr ad-Din I|Sabr ad-Din@1320:1332
Sa'ad ad-Din II|Saad ad-Din II|Sa'ad ad-Din@1380:1410|Saad ad-Din@1380:1410
Badlay ibn Sa'ad ad-Din|Badlay|Arwe Badlay
Garad Mahfuz|Mahfuz of Zeila|Imam Mahfuz|Mahfuz@1490:1517
Ewostatewos|Eustathius@1290:1352
Özdemir Pasha|Ozdemir Pasha
Idris Alooma|Idris Aloma|Mai Idris Alooma|Alooma|Aloma@1564:1596
Ali Gaji|Ali I Gaji|Mai Ali Gaji
Dunama Dabbalemi|Dunama Dibbalemi|Dunama Dibalami|Dunama II@1203:1248
Hummay|Hume Jilmi|Mai Hummay
Umar of Borno|Shehu Umar@1837:1881|Umar ibn Muhammad al-Amin
Muhammad Rumfa|Rumfa
Amina of Zazzau|Queen Amina|Amina@1536:1610|Aminatu@1536:1610
Bakwa Turunku
Bayajidda|Bayajida|Abuyazidu
Muhammad Korau|Korau
Muhammad al-Maghili|al-Maghili|Maghili
Kanta Kotal|Kanta of Kebbi
Yaji I|Yaji@1349:1385
Abdullahi Burja
Yunfa
Ngola Kiluanje kia Samba|Ngola Kiluanje@1515:1556
Ngola Mbandi|Ngola Mbande|Mbandi@1617:1624
Ngola Hari|Ngola Ari|Ngola Aire
Kambu of Matamba|Barbara of Matamba|Kambu@1640:1666
Paulo Dias de Novais|Dias de Novais|Novais@1560:1589
Luís Mendes de Vasconcelos|Luis Mendes de Vasconcelos|Mendes de Vasconcelos
João Correia de Sousa|Joao Correia de Sousa|Correia de Sousa
Fernão de Sousa|Fernao de Sousa
Salvador Correia de Sá|Salvador Correia de Sa|Salvador de Sá|Salvador de Sa|Correia de Sá
Cornelis Jol|Houtebeen
Andriamanelo
Ralambo
Andrianjaka
Andriamasinavalona
Ratsimilaho
Andriandahifotsy
Andriamandisoarivo
Ravahiny
Maurice Benyovszky|Benyovszky|Count Benyovszky|Móric Benyovszky|Beniowski
Étienne de Flacourt|Etienne de Flacourt|Flacourt
Jacques Pronis|Pronis
Andriantsoly
Djoumbé Fatima|Djumbe Fatima|Jumbe Fatima
Mutesa I|Muteesa I|Kabaka Mutesa@1856:1884|Mutesa@1856:1884
Mwanga II|Kabaka Mwanga|Mwanga@1884:1899
Kabalega|Kabarega|Omukama Kabalega|Chwa II Kabalega
Kamurasi
Apolo Kagwa|Apolo Kaggwa|Kagwa
Semei Kakungulu|Kakungulu
Mirambo
Tippu Tip|Tippu Tib|Hamad bin Muhammad al-Murjebi
Barghash bin Said|Sultan Barghash|Barghash
Said bin Sultan|Seyyid Said|Sayyid Said
Kigeri IV Rwabugiri|Rwabugiri|Kigeli IV Rwabugiri
Mwezi IV Gisabo|Mwezi Gisabo
Charles Lavigerie|Cardinal Lavigerie|Lavigerie
Harry Johnston|Sir Harry Johnston
Andries Pretorius|Pretorius@1836:1853
Marthinus Wessel Pretorius|M. W. Pretorius|Pretorius@1854:1877
Piet Retief|Retief
Hendrik Potgieter|Andries Hendrik Potgieter|Potgieter
Gert Maritz|Maritz@1836:1838
Piet Joubert|Joubert@1880:1900
Johannes Brand|Jan Brand|J. H. Brand
Thomas François Burgers|T. F. Burgers
Martinus Theunis Steyn|M. T. Steyn|Steyn@1896:1902
Christiaan de Wet|De Wet|de Wet
Koos de la Rey|De la Rey|de la Rey
Jan Hofmeyr|Onze Jan|Hofmeyr@1880:1909
Adam Kok III|Adam Kok
Andries Waterboer|Waterboer
Robert Moffat|Moffat@1817:1870
Theophilus Shepstone|Shepstone
Henry Bartle Frere|Bartle Frere|Sir Bartle Frere|Frere@1877:1880
George Pomeroy Colley|Colley@1880:1881
Henry Herbert, 4th Earl of Carnarvon|Lord Carnarvon@1866:1878|Carnarvon@1866:1878
Dingiswayo
Zwide|Zwide kaLanga
Dingane|Dingane kaSenzangakhona|Dingaan
Mpande|Mpande kaSenzangakhona
Mzilikazi|Moselekatse
Soshangane|Manukosi
Zwangendaba
Sebetwane
Sobhuza I
Mswati II
Sekhukhune|Sekhukhune I
Matiwane
MaNthatisi|Mantatisi
Hintsa
Maqoma|Macomo
Sarhili|Kreli
Nongqawuse
Kinjikitile Ngwale|Kinjikitile
Mkwawa|Chief Mkwawa
Abushiri|Abushiri ibn Salim|Bushiri@1888:1889
Songea Mbano
Hermann von Wissmann|von Wissmann|Wissmann
Gustav Adolf von Götzen|von Götzen|Götzen|Goetzen
Carl Peters|Karl Peters|Peters@1884:1891
Mbuya Nehanda|Nehanda|Charwe Nyakasikana
Sekuru Kaguvi|Kaguvi|Gumboreshumba
Mkwati
Kadungure Mashayamombe|Mashayamombe
Robert Baden-Powell|Baden-Powell
Osei Bonsu|Osei Tutu Kwame
Kofi Karikari|Kofi Kakari|Karikari
Prempeh I|Agyeman Prempeh|Prempeh@1888:1931
Frederic Hodgson|Hodgson@1899:1900
Charles MacCarthy|Sir Charles MacCarthy|MacCarthy@1821:1824
Ntshingwayo kaMahole|Ntshingwayo
Mnyamana Buthelezi|Mnyamana
Dabulamanzi kaMpande|Dabulamanzi
Zibhebhu kaMaphitha|Zibhebhu
Dinuzulu|Dinizulu
Bambatha|Bhambatha
Anthony Durnford|Durnford
Henry Pulleine|Pulleine
Jomo Kenyatta|Kenyatta
Julius Nyerere|Nyerere
Patrice Lumumba|Lumumba
Mobutu Sese Seko|Mobutu|Joseph Mobutu
Moise Tshombe|Moïse Tshombe|Tshombe
Léopold Sédar Senghor|Senghor|Leopold Senghor
Ahmed Sékou Touré|Sékou Touré|Sekou Toure
Houari Boumédiène|Boumediene
Frantz Fanon|Fanon
Nnamdi Azikiwe|Azikiwe
Kenneth Kaunda|Kaunda
Robert Mugabe|Mugabe
Idi Amin|Amin@1971:1977
Hendrik Verwoerd|Verwoerd|H. F. Verwoerd
Steve Biko|Biko
Desmond Tutu|Archbishop Tutu|Tutu@1976:1997
F. W. de Klerk|de Klerk|De Klerk|Frederik Willem de Klerk
P. W. Botha|Botha@1978:1989
Walter Sisulu|Sisulu
Oliver Tambo|Tambo
Albert Luthuli|Luthuli|Albert Lutuli|Lutuli
Hosni Mubarak|Mubarak
Muammar Gaddafi|Gaddafi|Qaddafi|Kadhafi|Muammar al-Gaddafi|Muammar Qaddafi
Mengistu Haile Mariam|Mengistu
Thomas Sankara|Sankara
Orhan|Orhan Gazi
Bayezid I|Bayezid the Thunderbolt|Yildirim Bayezid|Yıldırım Bayezid
Hurrem Sultan|Hürrem Sultan|Roxelana|Roxolana|Hürrem
Kara Mustafa Pasha|Kara Mustafa|Merzifonlu Kara Mustafa Pasha|Merzifonlu Kara Mustafa
Abdulmejid I|Abdülmecid I|Abdulmecid
Abdul Hamid II|Abdulhamid II|Abdülhamid II|Abdul Hamid|Abdulhamid@1876:1909|Abdülhamid@1876:1909
Midhat Pasha|Midhat
Enver Pasha|Enver@1908:1922|Ismail Enver
Talaat Pasha|Talat Pasha|Talaat@1908:1921|Mehmed Talaat|Talat@1908:1921
Djemal Pasha|Cemal Pasha|Ahmed Djemal|Djemal@1908:1922|Cemal@1908:1922
İsmet İnönü|Ismet Inonu|İnönü|Inonu|Ismet Pasha|Inönü
Ismail I|Shah Ismail|Ismail I of Persia
Abbas the Great|Abbas I of Persia|Shah Abbas|Abbas I@1587:1629
Nader Shah|Nadir Shah|Nader@1720:1747|Tahmasp Qoli Khan
Reza Shah|Reza Shah Pahlavi|Reza Khan
Mohammad Reza Pahlavi|Mohammad Reza Shah|Shah of Iran|Mohammed Reza Pahlavi
Mohammad Mosaddegh|Mosaddegh|Mossadegh|Mossadeq|Mohammed Mossadegh|Mosaddeq
Ibn Saud|Abdulaziz ibn Saud|Abdulaziz Ibn Saud|King Abdulaziz
Muhammad ibn Abd al-Wahhab|Ibn Abd al-Wahhab|Abd al-Wahhab
Hussein bin Ali, Sharif of Mecca|Sharif Hussein|Hussein bin Ali|Sherif Hussein
Faisal I of Iraq|Emir Faisal|Faisal I|Prince Faisal@1916:1933|Feisal@1916:1933|Faisal@1916:1933
T. E. Lawrence|Lawrence of Arabia|T.E. Lawrence
Theodor Herzl|Herzl
Chaim Weizmann|Weizmann
Golda Meir|Meir@1969:1974
Yitzhak Rabin|Rabin
Yasser Arafat|Arafat
Hafez al-Assad|Hafez Assad|Hafez al-Asad|Assad@1966:1999
Bashar al-Assad|Bashar Assad
Hassan al-Banna|al-Banna|Hasan al-Banna|Banna@1928:1949
Sayyid Qutb|Qutb
Jamal al-Din al-Afghani|al-Afghani|Jamal ad-Din al-Afghani|Afghani@1860:1897
Muhammad Abduh|Abduh
Osama bin Laden|bin Laden|Bin Laden|Usama bin Laden
Humayun
Jahangir
Nur Jahan
Aurangzeb|Alamgir|Aurangzib
Bahadur Shah II|Bahadur Shah Zafar
Shivaji|Shivaji Bhonsle|Chhatrapati Shivaji|Shivaji Maharaj
Tipu Sultan|Tipu|Tippu Sultan|Tiger of Mysore
Hyder Ali|Haidar Ali
Ranjit Singh|Maharaja Ranjit Singh
Rani of Jhansi|Lakshmibai|Rani Lakshmibai|Rani Lakshmi Bai|Lakshmi Bai
Nana Sahib
Mangal Pandey
Ashoka|Asoka|Ashoka the Great|Aśoka
Chandragupta Maurya|Chandragupta@-325:-297
Chandragupta II|Chandragupta Vikramaditya|Chandragupta@376:415|Vikramaditya@375:415
Robert Clive|Clive@1750:1774|Lord Clive|Clive of India
Warren Hastings|Hastings@1772:1795
Charles Cornwallis, 1st Marquess Cornwallis|Charles Cornwallis|Lord Cornwallis|Cornwallis
Joseph François Dupleix|Dupleix
Lord Dalhousie|James Broun-Ramsay|Dalhousie@1848:1856
George Curzon|Lord Curzon|Curzon
Louis Mountbatten|Lord Mountbatten|Mountbatten
Ram Mohan Roy|Raja Ram Mohan Roy|Rammohun Roy|Ram Mohun Roy|Rammohan Roy
Dadabhai Naoroji|Naoroji
Bal Gangadhar Tilak|Tilak|Lokmanya Tilak
Gopal Krishna Gokhale|Gokhale
Syed Ahmad Khan|Sir Syed Ahmad Khan|Sayyid Ahmad Khan|Sir Syed
Muhammad Iqbal|Allama Iqbal|Iqbal@1900:1938
Subhas Chandra Bose|Subhas Bose|Netaji|Bose@1920:1945
Vallabhbhai Patel|Sardar Patel|Patel@1918:1950
B. R. Ambedkar|Ambedkar|Bhimrao Ambedkar|Dr. Ambedkar|B.R. Ambedkar
Rabindranath Tagore|Tagore
Annie Besant|Besant
Motilal Nehru
Liaquat Ali Khan|Liaquat|Liaqat Ali Khan
Indira Gandhi|Indira
Rajiv Gandhi
Sheikh Mujibur Rahman|Mujibur Rahman|Mujib@1966:1975
Zulfikar Ali Bhutto|Zulfiqar Ali Bhutto|Z. A. Bhutto|Bhutto@1958:1979
Khawaja Nazimuddin|Nazimuddin
Malik Ghulam Muhammad|Ghulam Muhammad
Iskander Mirza|Mirza@1954:1958
Muhammad Ayub Khan|Ayub Khan@1947:1974|Ayub@1951:1974
Yahya Khan|Agha Muhammad Yahya Khan|Yahya@1966:1971
Benazir Bhutto|Benazir
Fatima Jinnah
Huseyn Shaheed Suhrawardy|H. S. Suhrawardy|Suhrawardy@1936:1963
Muhammad Ali Bogra|Bogra
Abdul Hamid Khan Bhashani|Bhashani
Abul A'la Maududi|Maududi|Mawdudi
Tikka Khan
A. A. K. Niazi|Niazi@1971:1971
Muhammad Khan Junejo|Junejo
Ghulam Ishaq Khan
Abdul Ghaffar Khan|Bacha Khan|Badshah Khan|Frontier Gandhi
Abdul Wali Khan|Wali Khan
Nathuram Godse|Godse
Confucius|Kong Fuzi|Kongzi
Mencius
Laozi|Lao Tzu|Lao-tzu
Qin Shi Huang|Shi Huangdi|Qin Shi Huangdi|Shihuangdi|Ch'in Shih Huang-ti|Ch'in Shih-huang-ti|Shih Huang-ti
Liu Bang|Emperor Gaozu of Han|Han Gaozu
Emperor Wu of Han|Han Wudi|Wudi
Wang Mang
Emperor Taizong of Tang|Tang Taizong|Taizong@626:649|Li Shimin|T'ang T'ai-tsung
Wu Zetian|Empress Wu
Wang Anshi|Wang An-shih
Hongwu Emperor|Hongwu|Zhu Yuanzhang|Hung-wu|Chu Yüan-chang|Chu Yuan-chang
Yongle Emperor|Yongle|Zhu Di|Yung-lo
Zheng He|Cheng Ho
Matteo Ricci|Ricci@1580:1610
Kangxi Emperor|Kangxi|K'ang-hsi|Kang-hsi|Kang Hsi
Yongzheng Emperor|Yongzheng|Yung-cheng
Qianlong Emperor|Qianlong|Ch'ien-lung
Jiaqing Emperor|Jiaqing
Daoguang Emperor|Daoguang|Tao-kuang
Xianfeng Emperor|Xianfeng
Tongzhi Emperor|Tongzhi
Guangxu Emperor|Guangxu|Kuang-hsu|Kuang-hsü
Empress Dowager Cixi|Cixi|Tz'u-hsi|Tzu Hsi|Dowager Cixi
Puyi|Pu Yi|Pu-yi|Xuantong Emperor|Henry Puyi
Lin Zexu|Lin Tse-hsu|Commissioner Lin
Hong Xiuquan|Hung Hsiu-ch'uan
Zeng Guofan|Tseng Kuo-fan
Li Hongzhang|Li Hung-chang|Li Hung-Chang
Zuo Zongtang|Tso Tsung-t'ang|Zuo Zongtang
Zhang Zhidong|Chang Chih-tung
Prince Gong|Yixin
Kang Youwei|K'ang Yu-wei|Kang Yu-wei
Liang Qichao|Liang Ch'i-ch'ao|Liang Chi-chao
Yuan Shikai|Yuan Shih-kai|Yuan Shih-k'ai|Yuan@1895:1916|Yüan Shih-k'ai
Song Jiaoren|Sung Chiao-jen
Chen Duxiu|Ch'en Tu-hsiu
Li Dazhao|Li Ta-chao
Lu Xun|Lu Hsun
Wang Jingwei|Wang Ching-wei
Zhang Xueliang|Chang Hsueh-liang|Young Marshal
Zhang Zuolin|Chang Tso-lin
Zhu De|Chu Teh
Lin Biao|Lin Piao
Liu Shaoqi|Liu Shao-chi
Peng Dehuai|P'eng Te-huai
Jiang Qing|Madame Mao
Hua Guofeng|Hua Kuo-feng
Hu Yaobang
Zhao Ziyang|Chao Tzu-yang
Li Peng
Jiang Zemin
Hu Jintao
Xi Jinping
Soong Mei-ling|Madame Chiang|Madame Chiang Kai-shek|Soong May-ling
Sejong the Great|Sejong
Yi Sun-sin|Yi Sun-shin|Admiral Yi
Kim Jong-il|Kim Jong Il
Kim Jong-un|Kim Jong Un
Park Chung-hee|Park Chung Hee|Pak Chŏng-hŭi|Pak Chong-hui
Chun Doo-hwan|Chun Doo Hwan|Chun@1979:1988
Roh Tae-woo|Roh Tae Woo|Roh@1979:1993
Kim Dae-jung|Kim Dae Jung
Kim Young-sam|Kim Young Sam
Kim Jong-pil|Kim Jong Pil
Chang Myon|John M. Chang|Jang Myeon
Yun Posun|Yun Po-sun|Yun Bo-seon
Choi Kyu-hah|Choi Kyu-ha
Kim Jae-gyu|Kim Jae-kyu
Kim Ku|Kim Koo
Kim Tu-bong|Kim Tu Bong
Choe Yong-gon|Choe Yong-kon
Kim Chaek
Cho Bong-am|Cho Pong-am
Lee Ki-poong|Yi Ki-bung|Lee Ki-bung
Minamoto no Yoritomo|Yoritomo|Minamoto Yoritomo
Ashikaga Takauji|Takauji
Oda Nobunaga|Nobunaga
Toyotomi Hideyoshi|Hideyoshi
Tokugawa Iemitsu|Iemitsu
Tokugawa Yoshinobu|Yoshinobu|Tokugawa Keiki
Matthew C. Perry|Matthew Perry|Commodore Perry|Commodore Matthew Perry|Perry@1852:1858
Townsend Harris
Ii Naosuke
Saigō Takamori|Saigo Takamori|Saigō|Saigo@1860:1877
Ōkubo Toshimichi|Okubo Toshimichi|Ōkubo|Okubo@1860:1878
Kido Takayoshi|Kido Koin|Kido Kōin|Kido@1860:1877
Iwakura Tomomi|Iwakura
Itō Hirobumi|Ito Hirobumi|Hirobumi Ito|Itō|Ito@1868:1909
Yamagata Aritomo|Aritomo Yamagata|Yamagata@1868:1922
Ōkuma Shigenobu|Okuma Shigenobu|Ōkuma|Okuma@1870:1922
Itagaki Taisuke|Itagaki@1870:1919
Inoue Kaoru
Matsukata Masayoshi|Matsukata
Sakamoto Ryōma|Sakamoto Ryoma
Fukuzawa Yukichi|Fukuzawa
Emperor Taishō|Taisho Emperor|Taishō Emperor|Yoshihito
Katsura Tarō|Katsura Taro|Katsura@1901:1913
Hara Takashi|Hara Kei
Fumimaro Konoe|Konoe Fumimaro|Konoe|Prince Konoe|Konoye
Isoroku Yamamoto|Yamamoto Isoroku|Admiral Yamamoto|Yamamoto@1937:1943
Ishiwara Kanji|Kanji Ishiwara|Ishiwara
Shigeru Yoshida|Yoshida Shigeru|Yoshida@1946:1954
José Rizal|Rizal|Jose Rizal
Emilio Aguinaldo|Aguinaldo
Sukarno|Soekarno|Bung Karno
Suharto|Soeharto
Ferdinand Marcos|Marcos@1965:1986|Ferdinand E. Marcos
Corazon Aquino|Cory Aquino
Norodom Sihanouk|Sihanouk|Prince Sihanouk
Aung San
Aung San Suu Kyi|Suu Kyi
Lee Kuan Yew|LKY
Võ Nguyên Giáp|Vo Nguyen Giap|Giap|Giáp
Phan Bội Châu|Phan Boi Chau
Bảo Đại|Bao Dai
Mongkut|Rama IV
Chulalongkorn|Rama V
Lorenzo de' Medici|Lorenzo the Magnificent|Lorenzo de Medici|Lorenzo il Magnifico
Cosimo de' Medici|Cosimo de Medici|Cosimo the Elder
Girolamo Savonarola|Savonarola
Lucrezia Borgia
Pope Alexander VI|Alexander VI|Rodrigo Borgia
Pope Julius II|Julius II|Warrior Pope
Pope Leo X|Leo X
Pope Clement VII|Clement VII@1523:1534
Pope Paul III|Paul III@1534:1549
Pope Pius V|Pius V@1566:1572|Michele Ghislieri
Pope Gregory XIII|Gregory XIII
Ludovico Sforza|Ludovico il Moro|Il Moro|Ludovico@1480:1500
Isabella d'Este
Baldassare Castiglione|Castiglione
Leon Battista Alberti|Alberti@1430:1472
Filippo Brunelleschi|Brunelleschi
Donatello
Sandro Botticelli|Botticelli
Raphael|Raphael@1490:1520|Raffaello Sanzio
Titian
Albrecht Dürer|Dürer|Durer|Albrecht Durer
Jan van Eyck|van Eyck
Pieter Bruegel the Elder|Bruegel|Brueghel|Pieter Bruegel
Hieronymus Bosch
Hans Holbein the Younger|Holbein
Lorenzo Valla|Valla
Marsilio Ficino|Ficino
Giovanni Pico della Mirandola|Pico della Mirandola
Giotto|Giotto di Bondone
Thomas à Kempis
William Shakespeare|Shakespeare
Miguel de Cervantes|Cervantes
François Rabelais|Rabelais
Michel de Montaigne|Montaigne
Ferdinand II of Aragon|Ferdinand of Aragon|Ferdinand@1469:1516|Ferdinand II@1479:1516
Isabella I of Castile|Isabella of Castile|Queen Isabella|Isabella@1469:1504
Tomás de Torquemada|Torquemada
Bartolomé de las Casas|de las Casas|Las Casas|Bartolome de las Casas
Juan Ginés de Sepúlveda|Sepúlveda|Sepulveda
Vasco Núñez de Balboa|Balboa@1510:1519
Pedro Álvares Cabral|Cabral@1490:1530|Pedro Alvares Cabral
Afonso de Albuquerque|Albuquerque@1500:1515
John Cabot|Cabot@1490:1500
Jacques Cartier|Cartier@1530:1545
Samuel de Champlain|Champlain@1603:1635
Hernando de Soto|de Soto
Juan Ponce de León|Ponce de León|Ponce de Leon
Francisco Vázquez de Coronado|Coronado@1538:1545
La Malinche|Malinche|Doña Marina|Malintzin
Cuauhtémoc|Cuauhtemoc
Huáscar|Huascar|Waskar
Huayna Capac|Wayna Qhapaq|Huayna Cápac
Pachacuti|Pachacutec|Pachakuti|Pachacuti Inca Yupanqui
Túpac Amaru II|Tupac Amaru II|Túpac Amaru@1742:1781|Tupac Amaru@1742:1781
Philip Melanchthon|Melanchthon|Philipp Melanchthon
Thomas Müntzer|Müntzer|Muntzer|Thomas Muntzer|Münzer|Thomas Münzer
Johann Eck|Johann Maier von Eck|Eck@1517:1543
Menno Simons|Menno@1536:1561
Martin Bucer|Bucer
John Knox|Knox@1540:1572
Thomas Cranmer|Cranmer
William Tyndale|Tyndale
Jane Seymour|Seymour@1536:1537
Lady Jane Grey|Jane Grey
Francis Xavier|Saint Francis Xavier|Xavier@1540:1552
Teresa of Ávila|Teresa of Avila|Saint Teresa
Gaspard de Coligny|Coligny|Admiral Coligny
Margaret of Valois|Marguerite de Valois|Queen Margot
Jean Bodin|Bodin
Fernando Álvarez de Toledo, 3rd Duke of Alba|Alba@1567:1573|Alva@1567:1573
John of Austria|Don John of Austria|Don Juan of Austria
Johan van Oldenbarnevelt|Oldenbarnevelt
Johan de Witt|de Witt|De Witt
Hugo Grotius|Grotius
Axel Oxenstierna|Oxenstierna
Johann Tserclaes, Count of Tilly|Count Tilly|Tilly@1618:1632
Christian IV of Denmark|Christian IV
Ernst von Mansfeld|Mansfeld@1618:1626
Christina, Queen of Sweden|Christina of Sweden|Queen Christina
François-Michel le Tellier, Marquis de Louvois|Louvois
Madame de Maintenon|Maintenon
Jacques-Bénigne Bossuet|Bossuet|Jacques-Benigne Bossuet
Nicolas Fouquet|Fouquet
Sébastien Le Prestre de Vauban|Vauban
Madame de Pompadour|Pompadour
Madame du Barry|du Barry
Gaspar de Guzmán, Count-Duke of Olivares|Olivares|Count-Duke of Olivares|Count-Duke@1621:1645
Marquis of Pombal|Pombal|Sebastião José de Carvalho e Melo
Alexei Petrovich, Tsarevich of Russia|Tsarevich Alexei@1700:1718
Alexander I of Russia|Alexander I@1801:1825|Tsar Alexander I
Nicholas I of Russia|Nicholas I@1825:1855|Tsar Nicholas I
Mikhail Speransky|Speransky
Frederick William, Elector of Brandenburg|Great Elector|Frederick William the Great Elector
Frederick William I of Prussia|Frederick William I|Soldier King
Francis II, Holy Roman Emperor|Francis II@1792:1835|Francis I of Austria|Francis I@1804:1835|Emperor Francis
Wenzel Anton von Kaunitz|Kaunitz
Eugene of Savoy|Prince Eugene|Prince Eugène|Eugene@1683:1736
John III Sobieski|Jan Sobieski|Sobieski|Jan III Sobieski
Augustus II the Strong|Augustus II|Augustus the Strong|Augustus@1694:1733
Stanisław August Poniatowski|Stanislaus Poniatowski|Poniatowski@1764:1795
Tadeusz Kościuszko|Kościuszko|Kosciuszko|Thaddeus Kosciuszko|Kosciusko
William Laud|Archbishop Laud|Laud@1625:1645
Thomas Wentworth, 1st Earl of Strafford|Earl of Strafford|Strafford@1628:1641|Thomas Wentworth
John Pym|Pym
John Hampden|Hampden
Thomas Fairfax|Fairfax@1642:1660|Sir Thomas Fairfax
John Lilburne|Lilburne
Gerrard Winstanley|Winstanley
Anne, Queen of Great Britain|Queen Anne|Anne of Great Britain
George III|George III of the United Kingdom|King George III|Mad King George
John Milton|Milton@1630:1674
Titus Oates
Prince Rupert of the Rhine|Prince Rupert
James Francis Edward Stuart|Old Pretender
Charles Edward Stuart|Bonnie Prince Charlie|Young Pretender
William Pitt the Elder|Pitt the Elder|Earl of Chatham|Pitt@1735:1778
Frederick North, Lord North|Frederick North|Lord North
Tycho Brahe|Brahe|Tycho
Andreas Vesalius|Vesalius
Robert Boyle|Boyle@1650:1691
Robert Hooke|Hooke@1660:1703
Gottfried Wilhelm Leibniz|Leibniz|Leibnitz
Blaise Pascal|Pascal@1640:1662
Baruch Spinoza|Spinoza|Benedict de Spinoza
Pierre Bayle|Bayle
Bernard le Bovier de Fontenelle|Fontenelle
Denis Diderot|Diderot
Jean le Rond d'Alembert|d'Alembert|D'Alembert
Cesare Beccaria|Beccaria
David Hume|Hume@1735:1776
Mary Wollstonecraft|Wollstonecraft
Olympe de Gouges|de Gouges
Marquis de Condorcet|Condorcet|Nicolas de Condorcet
Baron d'Holbach|d'Holbach|Paul-Henri Thiry d'Holbach
François Quesnay|Quesnay
Émilie du Châtelet|Emilie du Chatelet|du Châtelet|Madame du Châtelet
Marie Thérèse Rodet Geoffrin|Madame Geoffrin
Jean Calas|Calas@1760:1765
John Wesley|Wesley@1730:1791
Carl Linnaeus|Linnaeus
Antoine Lavoisier|Lavoisier
Edward Jenner|Jenner
Thomas Malthus|Malthus|Thomas Robert Malthus
David Ricardo|Ricardo@1800:1823
Jeremy Bentham|Bentham
John Stuart Mill|J. S. Mill|J.S. Mill
Johann Gottfried Herder|Herder
Johann Gottlieb Fichte|Fichte
Johann Wolfgang von Goethe|Goethe
Friedrich Schiller|Schiller
Wolfgang Amadeus Mozart|Mozart
Ludwig van Beethoven|Beethoven
Lord Byron|Byron@1810:1824
William Wordsworth|Wordsworth
Camille Desmoulins|Desmoulins
Lazare Carnot|Carnot@1791:1800
Georges Couthon|Couthon
François-Noël Babeuf|Gracchus Babeuf|Babeuf
Madame Roland|Manon Roland|Marie-Jeanne Roland
Pierre Victurnien Vergniaud|Vergniaud
Jean Sylvain Bailly|Bailly@1789:1793
Antoine Barnave|Barnave|Joseph Barnave
Paul Barras|Barras@1794:1799
Jean-Lambert Tallien|Tallien
Joseph de Maistre|de Maistre
Joséphine de Beauharnais|Empress Joséphine|Joséphine@1796:1814|Josephine@1796:1814
Jérôme Bonaparte|Jerome Bonaparte
Michel Ney|Marshal Ney|Ney@1796:1815
Joachim Murat|Murat@1796:1815
Louis-Nicolas Davout|Davout
Jean-Baptiste Bernadotte|Bernadotte@1798:1844|Charles XIV John
Mikhail Kutuzov|Kutuzov
Gebhard Leberecht von Blücher|Blücher|Blucher
Heinrich Friedrich Karl vom und zum Stein|Baron vom Stein|Stein@1804:1815|Karl vom Stein|vom Stein
Karl August von Hardenberg|Hardenberg
Gerhard von Scharnhorst|Scharnhorst
August Neidhardt von Gneisenau|Gneisenau
Carl von Clausewitz|Clausewitz
Robert Stewart, Viscount Castlereagh|Castlereagh|Lord Castlereagh
George Canning|Canning@1807:1827
Germaine de Staël|Madame de Staël|de Staël
Pope Pius VII|Pius VII
Jean-Jacques Dessalines|Dessalines
Alexandre Pétion|Pétion@1799:1818|Petion@1799:1818
François Guizot|Guizot
Alexis de Tocqueville|Tocqueville|de Tocqueville
Alphonse de Lamartine|Lamartine
Alexandre Ledru-Rollin|Ledru-Rollin
Louis-Eugène Cavaignac|General Cavaignac|Cavaignac
Auguste Blanqui|Blanqui
Pierre-Joseph Proudhon|Proudhon
Charles Fourier|Fourier@1800:1837
Henri de Saint-Simon|Saint-Simon@1800:1825|Claude Henri de Saint-Simon
Mikhail Bakunin|Bakunin
Peter Kropotkin|Kropotkin|Pyotr Kropotkin
Ferdinand Lassalle|Lassalle
Eduard Bernstein|Bernstein@1890:1932
August Bebel|Bebel
Karl Kautsky|Kautsky
Karl Liebknecht|Liebknecht@1900:1919
Jean Jaurès|Jaurès|Jaures|Jean Jaures
Alexander Herzen|Herzen
Sergei Witte|Witte|Count Witte|Sergei Yulyevich Witte
Konstantin Pobedonostsev|Pobedonostsev
Georgi Plekhanov|Plekhanov|Georgy Plekhanov
Julius Martov|Martov
Georgy Gapon|Father Gapon|Gapon
Alexandra Feodorovna|Empress Alexandra|Tsarina Alexandra|Alexandra Fyodorovna
Alexei Nikolaevich, Tsarevich of Russia|Tsarevich Alexei@1904:1918
Lavr Kornilov|Kornilov
Anton Denikin|Denikin
Alexander Kolchak|Kolchak|Admiral Kolchak
Pyotr Wrangel|Wrangel@1918:1921
Nestor Makhno|Makhno
Pavel Milyukov|Milyukov|Miliukov
Alexandra Kollontai|Kollontai
Nadezhda Krupskaya|Krupskaya
Felix Dzerzhinsky|Dzerzhinsky
Mikhail Tukhachevsky|Tukhachevsky
Sergei Kirov|Kirov@1926:1934
Nikolai Yezhov|Yezhov|Ezhov
Alexei Kosygin|Kosygin
Yuri Andropov|Andropov
Konstantin Chernenko|Chernenko
Eduard Shevardnadze|Shevardnadze
Andrei Sakharov|Sakharov
Aleksandr Solzhenitsyn|Solzhenitsyn|Alexander Solzhenitsyn
Trofim Lysenko|Lysenko
Pope Pius IX|Pius IX|Pio Nono
Francesco Crispi|Crispi
Giovanni Giolitti|Giolitti
Pope Leo XIII|Leo XIII
Albrecht von Roon|Roon@1859:1873
Helmuth von Moltke the Elder|Moltke the Elder|Moltke@1857:1888
Helmuth von Moltke the Younger|Moltke the Younger|Moltke@1906:1916
Alfred von Schlieffen|Schlieffen|Count Schlieffen
Alfred von Tirpitz|Tirpitz|Admiral Tirpitz
Bernhard von Bülow|Bülow@1897:1909|Bulow@1897:1909|von Bülow
Leo von Caprivi|Caprivi
Theobald von Bethmann Hollweg|Bethmann Hollweg|Bethmann-Hollweg|Bethmann@1909:1917
Arthur Zimmermann|Zimmermann@1914:1918
Friedrich Ebert|Ebert@1913:1925
Philipp Scheidemann|Scheidemann
Gustav Noske|Noske
Walther Rathenau|Rathenau
Matthias Erzberger|Erzberger
Wolfgang Kapp|Kapp@1920:1920
Heinrich Brüning|Brüning|Bruning|Heinrich Bruning
Franz von Papen|Papen|von Papen
Kurt von Schleicher|Schleicher|von Schleicher
Alfred Hugenberg|Hugenberg
Ernst Röhm|Röhm|Rohm|Roehm|Ernst Rohm
Gregor Strasser|Strasser
Albert Speer|Speer
Martin Bormann|Bormann
Karl Dönitz|Dönitz|Doenitz|Donitz|Admiral Dönitz
Erich Raeder|Raeder
Wilhelm Keitel|Keitel
Alfred Jodl|Jodl
Friedrich Paulus|Paulus@1942:1943
Heinz Guderian|Guderian
Gerd von Rundstedt|Rundstedt|von Rundstedt
Claus von Stauffenberg|Stauffenberg|von Stauffenberg
Dietrich Bonhoeffer|Bonhoeffer
Hjalmar Schacht|Schacht
Josef Mengele|Mengele
Rudolf Höss|Höss|Hoess|Rudolf Hoess
Julius Streicher|Streicher
Ludwig Erhard|Erhard@1949:1966
Erich Honecker|Honecker
Egon Krenz|Krenz
Helmut Schmidt|Schmidt@1974:1982
Angela Merkel|Merkel
Felix zu Schwarzenberg|Schwarzenberg@1848:1852|Prince Schwarzenberg|Felix Schwarzenberg
Ferenc Deák|Deák|Deak
Gyula Andrássy|Andrássy|Andrassy|Count Andrássy
Leopold Berchtold|Count Berchtold|Berchtold
Franz Conrad von Hötzendorf|Conrad von Hötzendorf|Hötzendorf|Conrad von Hotzendorf
Karl Lueger|Lueger
Georg von Schönerer|Schönerer|Schonerer
Charles I of Austria|Emperor Karl|Karl I of Austria|Emperor Charles
Engelbert Dollfuss|Dollfuss|Dollfuß|Engelbert Dollfuß
Kurt Schuschnigg|Schuschnigg|Kurt von Schuschnigg
Arthur Seyss-Inquart|Seyss-Inquart
Tomáš Garrigue Masaryk|Tomáš Masaryk|Thomas Masaryk|Tomas Masaryk|Masaryk@1900:1937
Václav Havel|Havel|Vaclav Havel
Gustáv Husák|Husák|Husak
Nicolae Ceaușescu|Ceaușescu|Ceausescu|Ceauşescu|Nicolae Ceausescu
János Kádár|Kádár|Kadar|Janos Kadar
Slobodan Milošević|Milošević|Milosevic|Slobodan Milosevic
Franjo Tuđman|Tuđman|Tudjman|Franjo Tudjman
Radovan Karadžić|Karadžić|Karadzic
Ratko Mladić|Mladić|Mladic
Wojciech Jaruzelski|Jaruzelski
Todor Zhivkov|Zhivkov
Enver Hoxha|Hoxha
Ion Antonescu|Antonescu
Ante Pavelić|Pavelić|Pavelic
Jozef Tiso|Tiso
Vidkun Quisling|Quisling
Roman Dmowski|Dmowski
Władysław Sikorski|Sikorski|Wladyslaw Sikorski
Pope John Paul II|John Paul II|Karol Wojtyła|Karol Wojtyla
Pope John XXIII|John XXIII
Pope Pius XII|Pius XII
Pope Pius XI|Pius XI
Nikola Pašić|Pašić|Pasic
Eleftherios Venizelos|Venizelos
Robert Peel|Sir Robert Peel|Peel@1822:1850
Henry John Temple, 3rd Viscount Palmerston|Lord Palmerston|Palmerston
Charles Grey, 2nd Earl Grey|Earl Grey|Grey@1830:1834
Robert Jenkinson, 2nd Earl of Liverpool|Lord Liverpool|Robert Jenkinson
Robert Gascoyne-Cecil, 3rd Marquess of Salisbury|Lord Salisbury|Salisbury@1885:1902
Joseph Chamberlain|Chamberlain@1880:1914
Austen Chamberlain
H. H. Asquith|Asquith|Herbert Asquith|H.H. Asquith
Arthur Balfour|Balfour
Edward Grey, 1st Viscount Grey of Fallodon|Sir Edward Grey|Edward Grey|Grey@1905:1916
Richard Cobden|Cobden
William Wilberforce|Wilberforce
Florence Nightingale|Nightingale@1853:1910
Emmeline Pankhurst|Pankhurst|Mrs Pankhurst
Christabel Pankhurst
Millicent Fawcett|Fawcett
Feargus O'Connor|O'Connor@1836:1852
Charles Stewart Parnell|Parnell
Daniel O'Connell|O'Connell@1820:1847
Éamon de Valera|de Valera|De Valera|Eamon de Valera
Patrick Pearse|Pearse@1913:1916
Edward Carson|Sir Edward Carson|Carson@1910:1922
Stanley Baldwin|Baldwin@1923:1937
Ramsay MacDonald|MacDonald@1922:1937
Bonar Law|Andrew Bonar Law
Harold Wilson|Wilson@1964:1976
Edward Heath|Ted Heath|Heath@1965:1974
Tony Blair|Blair@1994:2007
John Major
Aneurin Bevan|Nye Bevan|Bevan
William Beveridge|Beveridge
Douglas Haig|Sir Douglas Haig|Haig@1914:1928
Bernard Montgomery|Field Marshal Montgomery|Monty@1940:1946|Montgomery@1940:1946
Oswald Mosley|Mosley
Edward Wood, 1st Earl of Halifax|Lord Halifax|Halifax@1937:1941
Elizabeth II|Queen Elizabeth II
Albert, Prince Consort|Albert of Saxe-Coburg and Gotha|Prince Albert
Charles Dickens|Dickens
Richard Arkwright|Arkwright
James Watt|Watt@1765:1819
George Stephenson|Stephenson@1814:1848
James Hargreaves|Hargreaves
Josiah Wedgwood|Wedgwood
Michael Faraday|Faraday
Louis Pasteur|Pasteur
Gregor Mendel|Mendel
Auguste Comte|Comte@1820:1857
Émile Durkheim|Durkheim|Emile Durkheim
Max Weber|Weber@1890:1920
Søren Kierkegaard|Kierkegaard|Soren Kierkegaard
Arthur Schopenhauer|Schopenhauer
Albert Einstein|Einstein
Max Planck|Planck@1900:1947
Marie Curie|Madame Curie
Pablo Picasso|Picasso
Salvador Dalí|Dalí|Dali@1925:1989
Igor Stravinsky|Stravinsky
Wassily Kandinsky|Kandinsky
Virginia Woolf|Woolf
Jean-Paul Sartre|Sartre
Simone de Beauvoir|de Beauvoir
Albert Camus|Camus
Martin Heidegger|Heidegger
Ludwig Wittgenstein|Wittgenstein
Hannah Arendt|Arendt
Antonio Gramsci|Gramsci
Michel Foucault|Foucault
Léon Gambetta|Gambetta|Leon Gambetta
Jules Ferry|Ferry@1879:1893
Patrice de MacMahon|MacMahon|Marshal MacMahon|Mac-Mahon
Georges Boulanger|Boulanger@1886:1891|General Boulanger
Raymond Poincaré|Poincaré|Poincare
Aristide Briand|Briand
Théophile Delcassé|Delcassé|Delcasse
Joseph Joffre|Joffre
Ferdinand Foch|Foch|Marshal Foch
Robert Nivelle|Nivelle
Pierre Laval|Laval@1931:1945
Édouard Daladier|Daladier|Edouard Daladier
Paul Reynaud|Reynaud
Charles Maurras|Maurras
Jean Monnet|Monnet@1945:1979
Robert Schuman|Schuman@1948:1963
Georges Pompidou|Pompidou
François Mitterrand|Mitterrand|Francois Mitterrand
Valéry Giscard d'Estaing|Giscard d'Estaing|Giscard|Valery Giscard d'Estaing
Jacques Chirac|Chirac
Alcide De Gasperi|De Gasperi|de Gasperi
Paul-Henri Spaak|Spaak
Jacques Delors|Delors
Gabriele D'Annunzio|D'Annunzio|d'Annunzio
Galeazzo Ciano|Ciano|Count Ciano
Pietro Badoglio|Badoglio
Giacomo Matteotti|Matteotti
António de Oliveira Salazar|Salazar|Antonio Salazar
Miguel Primo de Rivera|Primo de Rivera@1920:1932
Manuel Azaña|Azaña|Azana
Emilio Mola|Mola@1936:1937
Vittorio Emanuele Orlando|Vittorio Orlando|Orlando@1917:1920
Robert McNamara|McNamara@1960:1995|Robert S. McNamara
Dean Rusk|Rusk
McGeorge Bundy|Bundy@1961:1966
Robert F. Kennedy|RFK|Bobby Kennedy|Robert Kennedy
Maxwell D. Taylor|Maxwell Taylor
Curtis LeMay|LeMay|Curtis Lemay
Adlai Stevenson II|Adlai Stevenson|Stevenson@1952:1965
Ted Sorensen|Theodore Sorensen|Sorensen@1961:1963
William Westmoreland|Westmoreland|General Westmoreland
Earl Warren|Chief Justice Warren
Alger Hiss|Hiss@1948:1950
Ethel Rosenberg
Spiro Agnew|Agnew@1966:1979
Gerald Ford|Ford@1973:1977|Gerald R. Ford
Jimmy Carter|Carter@1976:1981
George H. W. Bush|George H.W. Bush|George Bush@1988:1993|Bush@1988:1993|H. W. Bush
George W. Bush|Bush@2000:2009|George Bush@2000:2009
Bill Clinton|Clinton@1992:2001|William Jefferson Clinton
Barack Obama|Obama
Donald Trump|Trump@2015:2025
Joe Biden|Biden
Zbigniew Brzezinski|Brzezinski
Caspar Weinberger|Weinberger
Lee Harvey Oswald|Oswald@1963:1964
Chester W. Nimitz|Chester Nimitz|Nimitz
George S. Patton|George Patton|Patton
Henry L. Stimson|Henry Stimson|Stimson
Cordell Hull|Hull@1933:1944
Henry Morgenthau Jr.|Henry Morgenthau|Morgenthau@1934:1945
Frances Perkins|Perkins@1933:1945
Huey Long|Huey P. Long|Kingfish@1928:1935
Charles Coughlin|Father Coughlin|Coughlin
A. Philip Randolph
Charles Lindbergh|Lindbergh
J. Robert Oppenheimer|Robert Oppenheimer|Oppenheimer
J. Edgar Hoover
Nicola Sacco
Bartolomeo Vanzetti|Vanzetti
Marcus Garvey|Garvey
W. E. B. Du Bois|Du Bois|DuBois|W.E.B. Du Bois|W. E. B. DuBois|W.E.B. DuBois
Booker T. Washington|Booker Washington
Ida B. Wells|Ida Wells
Thurgood Marshall
Medgar Evers
Stokely Carmichael|Kwame Ture|Carmichael@1960:1975
Betty Friedan|Friedan
César Chávez|Cesar Chavez|Chávez@1960:1993|Chavez@1960:1993
Pocahontas
Powhatan|Chief Powhatan|Wahunsenacawh
Squanto|Tisquantum
Metacomet|Metacom
John Winthrop|Winthrop@1629:1649
Anne Hutchinson|Hutchinson@1634:1643
William Penn|Penn@1680:1718
James Oglethorpe|Oglethorpe
Nathaniel Bacon|Bacon@1675:1677
George Whitefield|Whitefield
Cotton Mather
John Hancock|Hancock@1765:1793
Paul Revere|Revere@1770:1800
Thomas Gage|Gage@1763:1776
Nathanael Greene|Greene@1775:1786|Nathaniel Greene
Friedrich Wilhelm von Steuben|Baron von Steuben|von Steuben|Steuben
John Jay|Jay@1776:1800
Aaron Burr|Burr@1790:1810
John Marshall|Chief Justice Marshall|Marshall@1800:1835
John Quincy Adams|J. Q. Adams|JQA@1815:1850|John Q. Adams
Abigail Adams
James Monroe|Monroe@1790:1831
Martin Van Buren|Van Buren
William Henry Harrison|Harrison@1811:1841
John Tyler|Tyler@1840:1845
James K. Polk|James Polk|Polk@1840:1849
Zachary Taylor|Taylor@1846:1850
Millard Fillmore|Fillmore
Franklin Pierce|Pierce@1852:1857
James Buchanan|Buchanan@1856:1861
Andrew Johnson|Johnson@1865:1869
Rutherford B. Hayes|Rutherford Hayes|Hayes@1865:1881
James A. Garfield|James Garfield|Garfield@1880:1881
Chester A. Arthur|Chester Arthur|President Arthur
Grover Cleveland|Cleveland@1884:1897
Benjamin Harrison|Harrison@1888:1893
William McKinley|McKinley@1896:1901
William Howard Taft|Taft@1900:1913
Warren G. Harding|Warren Harding|Harding@1920:1923
Calvin Coolidge|Coolidge
Tecumseh
Sequoyah
Black Hawk|Black Hawk@1830:1838
Osceola
Sitting Bull
Crazy Horse
Geronimo
Chief Joseph
Red Cloud|Red Cloud@1860:1890
Wovoka
George Armstrong Custer|Custer
William Lloyd Garrison|Garrison@1830:1870
Frederick Douglass|Douglass
Harriet Tubman|Tubman
Sojourner Truth
Harriet Beecher Stowe|Stowe@1850:1865
Nat Turner
Denmark Vesey|Vesey
Dred Scott
Roger B. Taney|Roger Taney|Taney
Henry Clay|Clay@1810:1852
John C. Calhoun|John Calhoun|Calhoun
Daniel Webster|Webster@1812:1852
Stephen A. Douglas|Stephen Douglas|Douglas@1850:1861
Stonewall Jackson|Thomas J. Jackson|Thomas Jackson|Stonewall@1861:1863|Jackson@1861:1863
George B. McClellan|George McClellan|McClellan
William Tecumseh Sherman|Sherman@1861:1869|Sherman@1866:1883
Philip Sheridan|Sheridan@1861:1869|Sheridan@1866:1888
George Meade|George G. Meade|Meade@1861:1865
Ambrose Burnside|Burnside@1861:1865
Joseph Hooker|Hooker@1861:1865
James Longstreet|Longstreet
J. E. B. Stuart|Jeb Stuart|J.E.B. Stuart
George Pickett|Pickett@1861:1865
Braxton Bragg|Bragg@1861:1865
P. G. T. Beauregard|Beauregard|P.G.T. Beauregard
Nathan Bedford Forrest|Bedford Forrest
Clara Barton
Edwin Stanton|Edwin M. Stanton|Stanton@1862:1868
William H. Seward|William Seward|Seward
Salmon P. Chase|Salmon Chase
Thaddeus Stevens|Stevens@1860:1868
Charles Sumner|Sumner@1851:1874
Hiram Revels
Samuel J. Tilden|Samuel Tilden|Tilden
John Wilkes Booth|Booth@1860:1865
Andrew Carnegie|Carnegie@1860:1919
John D. Rockefeller|Rockefeller@1865:1937
J. P. Morgan|J.P. Morgan|John Pierpont Morgan
Cornelius Vanderbilt|Vanderbilt@1830:1877
Jay Gould
Samuel Gompers|Gompers
Eugene V. Debs|Eugene Debs|Debs
William Jennings Bryan|Bryan@1890:1925
Jane Addams|Addams
Jacob Riis|Riis
Upton Sinclair
Ida Tarbell|Tarbell
Robert M. La Follette|Robert La Follette|La Follette
Carrie Chapman Catt
William M. Tweed|Boss Tweed|Tweed@1858:1878
Thomas Edison|Edison|Thomas Alva Edison
Henry Ford|Ford@1903:1947
Alfred Thayer Mahan|Mahan
William Randolph Hearst|Hearst
Joseph Pulitzer|Pulitzer@1880:1911
Liliuokalani|Queen Liliuokalani|Liliʻuokalani
Emiliano Zapata|Zapata
Pancho Villa|Villa@1910:1923
Francisco I. Madero|Francisco Madero|Madero
Porfirio Díaz|Díaz@1876:1911|Diaz@1876:1911|Porfirio Diaz
Venustiano Carranza|Carranza
Álvaro Obregón|Obregón|Obregon|Alvaro Obregon
Lázaro Cárdenas|Cárdenas@1934:1940|Cardenas@1934:1940|Lazaro Cardenas
Benito Juárez|Juárez@1855:1872|Juarez@1855:1872|Benito Juarez
Maximilian I of Mexico|Emperor Maximilian|Maximilian@1864:1867
Antonio López de Santa Anna|Santa Anna|Santa Ana@1821:1855
Agustín de Iturbide|Iturbide
Miguel Hidalgo y Costilla|Miguel Hidalgo|Hidalgo@1808:1815|Father Hidalgo
José María Morelos|Morelos@1810:1815
José de San Martín|San Martín|San Martin|Jose de San Martin
Bernardo O'Higgins|O'Higgins@1800:1842
Francisco de Miranda|Miranda@1790:1816
Antonio José de Sucre|Sucre@1815:1830
Pedro I of Brazil|Dom Pedro I|Pedro I
Pedro II of Brazil|Dom Pedro II|Pedro II
John VI of Portugal|João VI|Dom João|John VI@1799:1826|Joao VI
Juan Manuel de Rosas|Rosas@1829:1852
José Martí|Martí|Jose Marti|Marti@1880:1895
Juan Perón|Perón|Peron|Juan Peron
Eva Perón|Evita|Eva Peron
Getúlio Vargas|Vargas@1930:1954|Getulio Vargas
Augusto Pinochet|Pinochet
Salvador Allende|Allende@1950:1980
Fulgencio Batista|Batista
Raúl Castro|Raul Castro
Anastasio Somoza García|Somoza García|Anastasio Somoza@1926:1956|Somoza@1926:1956
Augusto César Sandino|Sandino
Daniel Ortega|Ortega@1979:1990
Jacobo Árbenz|Árbenz|Arbenz|Jacobo Arbenz
Manuel Noriega|Noriega
Hugo Chávez|Chávez@1998:2013|Chavez@1998:2013|Hugo Chavez
François Duvalier|Papa Doc|Duvalier@1946:1971
Rafael Trujillo|Trujillo@1930:1961
Óscar Romero|Oscar Romero|Archbishop Romero|Romero@1977:1980
Maximilian I, Holy Roman Emperor|Maximilian I@1486:1519
Charles the Bold
Philip the Good
John A. Macdonald|John Alexander Macdonald|Macdonald@1854:1891
Louis Riel|Riel@1869:1885
Wilfrid Laurier|Laurier
Andrei Gromyko|Gromyko
Dag Hammarskjöld|Hammarskjöld|Hammarskjold|Dag Hammarskjold
U Thant
Kofi Annan
Ngo Dinh Nhu|Nhu@1955:1963
Nguyễn Văn Thiệu|Nguyen Van Thieu|Thieu@1965:1975
Le Duc Tho|Lê Đức Thọ
Lon Nol
Chiang Ching-kuo
Draža Mihailović|Mihailović|Mihailovic|Draza Mihailovic
Oskar Schindler|Schindler@1939:1945
Arthur Harris|Bomber Harris
Vasily Chuikov|Chuikov
Konstantin Rokossovsky|Rokossovsky
Andrey Vlasov|Vlasov@1942:1946|Andrei Vlasov
Ernst Kaltenbrunner|Kaltenbrunner
Erich von Falkenhayn|Falkenhayn
John J. Pershing|John Pershing|Pershing
Mata Hari
Edward M. House|Colonel House|Edward House
Aleksei Brusilov|Brusilov|Alexei Brusilov
Sergey Sazonov|Sazonov
Alexander Izvolsky|Izvolsky|Isvolsky
Alois Lexa von Aehrenthal|Aehrenthal
Charles G. Dawes|Charles Dawes|Dawes@1923:1929
Frank B. Kellogg|Frank Kellogg|Kellogg@1927:1929
Zog I|King Zog|Zog@1922:1939
Francisco Largo Caballero|Largo Caballero
Juan Negrín|Negrín|Negrin
Dolores Ibárruri|La Pasionaria|Pasionaria|Ibárruri|Ibarruri
Francisco Jiménez de Cisneros|Cardinal Cisneros|Ximenes|Cisneros@1495:1517
Anne of Cleves
Robert Dudley, 1st Earl of Leicester|Robert Dudley|Earl of Leicester
Mary of Guise
Henry Stuart, Lord Darnley|Lord Darnley|Darnley
John Hawkins|Hawkins@1562:1595
Philip III of Spain|Philip III@1598:1621
Philip IV of Spain|Philip IV@1621:1665
Giuseppe Verdi|Verdi
Sándor Petőfi|Petőfi|Petofi
František Palacký|Palacký|Palacky
Josip Jelačić|Jelačić|Jelacic
Alfred I, Prince of Windisch-Grätz|Windischgrätz|Windisch-Grätz|Windischgraetz
Joseph Radetzky von Radetz|Radetzky|Marshal Radetzky
Eugénie de Montijo|Empress Eugénie|Eugénie@1853:1870|Eugenie@1853:1870
Ferdinand de Lesseps|de Lesseps|Lesseps
Vera Zasulich|Zasulich
Sergey Nechayev|Nechayev|Sergei Nechaev|Nechaev
Nikolay Chernyshevsky|Chernyshevsky
Leo Tolstoy|Tolstoy
Fyodor Dostoevsky|Dostoevsky
Leander Starr Jameson|Jameson@1895:1896
Francis Galton|Galton
Houston Stewart Chamberlain
Arthur de Gobineau|Gobineau|Joseph Arthur de Gobineau
Édouard Drumont|Drumont
Ferdinand Walsin Esterhazy|Esterhazy@1894:1899
Georges Picquart|Picquart
Rudyard Kipling|Kipling
J. A. Hobson|Hobson@1900:1910|John A. Hobson
Roger Casement|Casement
C. Douglas Dillon|Douglas Dillon|Dillon@1961:1965
John McCone|McCone
Lucius Cornelius Cinna|Cinna@-90:-84
Publius Sulpicius Rufus|Sulpicius Rufus@-90:-88|Sulpicius@-90:-88
Marcus Livius Drusus (reformer)|Drusus@-95:-91
Marcus Livius Drusus (consul 112 BC)|Drusus@-124:-121
Nero Claudius Drusus|Drusus the Elder|Drusus@-15:-9
Drusus Julius Caesar|Drusus the Younger|Drusus@14:23
Lucius Opimius|Opimius
Scipio Aemilianus|Scipio Aemilianus Africanus|Scipio@-150:-129
Publius Cornelius Scipio Nasica Serapio|Scipio Nasica|Nasica@-140:-132
Metellus Scipio|Quintus Caecilius Metellus Pius Scipio
Quintus Caecilius Metellus Numidicus|Metellus Numidicus
Quintus Caecilius Metellus Pius|Metellus Pius
Lucius Licinius Lucullus|Lucullus@-90:-56
Publius Clodius Pulcher|Clodius Pulcher|Clodius@-70:-52
Titus Annius Milo|Annius Milo|Milo@-60:-48
Gaius Scribonius Curio|Curio@-55:-49
Lucius Appuleius Saturninus|Saturninus@-104:-100
Gaius Servilius Glaucia|Glaucia
Quintus Servilius Caepio|Caepio@-106:-105
Quintus Sertorius|Sertorius
Marcus Calpurnius Bibulus|Bibulus@-65:-48
Titus Labienus|Labienus@-63:-45
Quintus Hortensius|Hortensius@-95:-50
Gaius Verres|Verres
Aulus Gabinius|Gabinius@-67:-48
Decimus Junius Brutus Albinus|Decimus Brutus
Sextus Pompey|Sextus Pompeius
Fulvia|Fulvia@-50:-40
Octavia the Younger|Octavia@-40:-11
Claudia Octavia|Octavia@53:62
Cornelia Africana|Cornelia@-140:-121
Gaius Maecenas|Maecenas
Caesarion|Ptolemy XV Caesar
Tigranes the Great|Tigranes II|Tigranes@-95:-55
Pharnaces II of Pontus|Pharnaces@-63:-47
Juba I of Numidia|Juba I|Juba@-50:-46
Masinissa|Massinissa
Micipsa
Ariovistus
Cassivellaunus
Caratacus|Caractacus
Pyrrhus of Epirus|Pyrrhus@-300:-272
Marcus Claudius Marcellus|Marcellus@-222:-208
Marcus Claudius Marcellus (nephew of Augustus)|Marcellus@-25:-23
Titus Quinctius Flamininus|Flamininus
Perseus of Macedon|Perseus@-179:-166
Antiochus III the Great|Antiochus the Great|Antiochus@-222:-187
Lucius Aemilius Paullus Macedonicus|Aemilius Paullus|Paullus@-182:-160
Galba|Galba@68:69
Otho|Otho@68:69
Vitellius
Titus|Titus@69:81
Agrippina the Elder|Agrippina@14:33
Agrippina the Younger|Agrippina@49:59
Messalina|Valeria Messalina
Britannicus
Sextus Afranius Burrus|Burrus@51:62
Gnaeus Domitius Corbulo|Corbulo
Arminius
Publius Quinctilius Varus|Varus@-10:9
Herod the Great|Herod@-40:-4
Herod Antipas|Antipas@-4:39|Herod@-3:39
Josephus|Flavius Josephus
Sallust|Gaius Sallustius Crispus
Thomas Cajetan|Cajetan|Tommaso de Vio
Andreas Karlstadt|Karlstadt|Carlstadt|Andreas Bodenstein von Karlstadt
Girolamo Aleandro|Aleander|Aleandro|Jerome Aleander
William Farel|Farel|Guillaume Farel
Theodore Beza|Beza|Théodore de Bèze|Theodore de Beze
Heinrich Bullinger|Bullinger
Johannes Oecolampadius|Oecolampadius
Wolfgang Capito|Capito
Andreas Osiander|Osiander
Johannes Bugenhagen|Bugenhagen
Georg Spalatin|Spalatin
Johann von Staupitz|Staupitz
Johann Reuchlin|Reuchlin
Ulrich von Hutten|Hutten@1515:1523
Franz von Sickingen|Sickingen
Conrad Grebel|Grebel
Felix Manz|Manz@1523:1527
Balthasar Hubmaier|Hubmaier
Jan Matthys|Matthys|Jan Matthijs
Michael Servetus|Servetus
Sebastian Castellio|Castellio
Gasparo Contarini|Contarini@1530:1542
Pope Paul IV|Paul IV@1555:1559|Gian Pietro Carafa|Carafa@1524:1559
Pope Adrian VI|Adrian VI|Adrian of Utrecht
Pope Julius III|Julius III
Pope Pius IV|Pius IV
Pope Sixtus V|Sixtus V
Pope Urban VIII|Urban VIII
Pope Martin V|Martin V@1417:1431
Pope Pius VI|Pius VI
Charles Borromeo|Borromeo|Carlo Borromeo
Peter Canisius|Canisius
Robert Bellarmine|Bellarmine
Reginald Pole|Cardinal Pole
Hugh Latimer|Latimer@1530:1555
Nicholas Ridley (martyr)|Nicholas Ridley|Ridley@1547:1555
Stephen Gardiner|Gardiner@1531:1555
Frederick III, Elector of Saxony|Frederick the Wise
John, Elector of Saxony|John the Steadfast|John the Constant
John Frederick I, Elector of Saxony|John Frederick|John Frederick the Magnanimous
Maurice, Elector of Saxony|Maurice of Saxony@1541:1553|Moritz of Saxony@1541:1553
Philip I, Landgrave of Hesse|Philip of Hesse@1518:1567|Philip the Magnanimous
Albert of Brandenburg|Albrecht of Mainz|Albert of Mainz|Albrecht von Brandenburg
Ferdinand I, Holy Roman Emperor|Ferdinand I@1521:1564|Ferdinand of Austria@1521:1564
Sigismund, Holy Roman Emperor|Emperor Sigismund|Sigismund of Luxembourg|Sigismund@1387:1437|King Sigismund@1387:1437
Francis I of France|Francis I@1515:1547|François I@1515:1547|Francois I@1515:1547
Henry II of France|Henry II@1547:1559|Henri II@1547:1559
Marguerite de Navarre|Marguerite of Navarre|Margaret of Navarre
Jeanne d'Albret
William the Silent|William of Orange@1559:1584|William I of Orange
Santiago de Liniers|Liniers
William Carr Beresford|Beresford@1806:1830
Home Riggs Popham|Popham@1805:1807
Mariano Moreno|Moreno@1809:1811
Cornelio Saavedra|Saavedra@1809:1811
Bernardino Rivadavia|Rivadavia
José Gervasio Artigas|Artigas
Manuel Belgrano|Belgrano
Martín Miguel de Güemes|Güemes|Guemes
Juan Martín de Pueyrredón|Pueyrredón|Pueyrredon
José Miguel Carrera|Carrera@1810:1821
Thomas Cochrane, 10th Earl of Dundonald|Lord Cochrane|Thomas Cochrane|Cochrane@1800:1830
Francisco de Paula Santander|Santander@1810:1840
José Antonio Páez|Páez@1810:1873|Paez@1810:1873
José Tomás Boves|Boves|Tomás Boves
Pablo Morillo|Morillo
Manuel Piar|Piar@1813:1817
Santiago Mariño|Mariño@1813:1830
José Francisco Bermúdez|Bermúdez@1813:1831
Rafael Urdaneta|Urdaneta
Juan José Flores|Flores@1820:1845
Antonio Nariño|Nariño|Narino@1794:1823
Camilo Torres Tenorio|Camilo Torres@1808:1816
Manuela Sáenz|Manuela Saenz
José Bernardo de Tagle|Torre Tagle
José de la Serna|La Serna@1816:1824
José de Canterac|Canterac
Pedro Antonio Olañeta|Olañeta|Olaneta
Andrés de Santa Cruz|Santa Cruz@1828:1839|Andres de Santa Cruz
Ignacio Allende|Allende@1808:1811
Juan Aldama|Aldama@1810:1811
Vicente Guerrero|Guerrero@1810:1831
Guadalupe Victoria
Josefa Ortiz de Domínguez|La Corregidora
Nicolás Bravo|Bravo@1811:1854|Nicolas Bravo
Anastasio Bustamante|Bustamante@1829:1853
Valentín Gómez Farías|Gómez Farías|Gomez Farias|Farías@1833:1847
Lucas Alamán|Alamán@1821:1853|Alaman@1821:1853
José María Luis Mora|Jose Maria Luis Mora
Manuel Gómez Pedraza|Gómez Pedraza|Gomez Pedraza|Pedraza@1828:1833
Mariano Paredes|Paredes y Arrillaga|Paredes@1845:1849
José Joaquín de Herrera|Herrera@1844:1851
Mariano Arista|Arista@1846:1853
Lorenzo de Zavala|Zavala@1820:1836
Stephen F. Austin|Stephen Austin|Austin@1821:1836
William B. Travis|William Travis|Travis@1835:1836
Jim Bowie|Bowie@1830:1836
Nicholas Trist|Trist@1847:1848
John Slidell|Slidell@1845:1862
Juan Lavalle|Lavalle@1828:1841
José María Paz|General Paz
Facundo Quiroga|Juan Facundo Quiroga|Quiroga@1820:1835
Estanislao López|Estanislao Lopez
Justo José de Urquiza|Urquiza
Bartolomé Mitre|Bartolome Mitre|Mitre
Domingo Faustino Sarmiento|Sarmiento
Juan Bautista Alberdi|Alberdi
Manuel Dorrego|Dorrego
Esteban Echeverría|Esteban Echeverria
Santiago Derqui|Derqui
Manuel Oribe|Oribe
Fructuoso Rivera|Rivera@1825:1854
Encarnación Ezcurra|Ezcurra
Ángel Vicente Peñaloza|Chacho Peñaloza|El Chacho|Peñaloza@1840:1863|Penaloza@1840:1863
Gregorio Aráoz de Lamadrid|Lamadrid@1825:1852
José Gaspar Rodríguez de Francia|Gaspar Rodríguez de Francia|Dr. Francia|El Supremo@1814:1840
Carlos Antonio López|Carlos Antonio Lopez
Francisco Solano López|Solano López|Solano Lopez
Diogo Antônio Feijó|Diogo Feijó|Feijó|Feijo
Pedro de Araújo Lima, Marquis of Olinda|Araújo Lima|Araujo Lima
Luís Alves de Lima e Silva, Duke of Caxias|Duke of Caxias|Caxias@1839:1880
Deodoro da Fonseca|Marshal Deodoro|Deodoro@1885:1892
Floriano Peixoto|Peixoto|Floriano@1889:1895
Benjamin Constant Botelho de Magalhães|Benjamin Constant@1885:1891
Bento Gonçalves da Silva|Bento Gonçalves|Bento Goncalves
Maria II of Portugal|Maria da Glória|Maria II@1826:1853
Honório Hermeto Carneiro Leão, Marquis of Paraná|Marquis of Paraná|Carneiro Leão
João Maurício Wanderley, Baron of Cotegipe|Baron of Cotegipe|Cotegipe
Rui Barbosa|Ruy Barbosa|Barbosa@1878:1923
Prince Gaston, Count of Eu|Count of Eu|Comte d'Eu
Luís Gama|Luiz Gama|Luis Gama
Vicente Rocafuerte|Rocafuerte
José María Obando|Obando
Tomás Cipriano de Mosquera|Mosquera@1830:1878
José Hilario López|Hilario López|Hilario Lopez
José María Melo|Melo@1850:1860
Gabriel García Moreno|García Moreno|Garcia Moreno
José Tadeo Monagas|Tadeo Monagas
José Gregorio Monagas|Gregorio Monagas
Antonio Guzmán Blanco|Guzmán Blanco|Guzman Blanco
Ezequiel Zamora|Zamora@1846:1860
Juan Crisóstomo Falcón|Falcón@1858:1870
Carlos Soublette|Soublette
José María Vargas|Vargas@1834:1837
Mariano Ospina Rodríguez|Ospina Rodríguez|Ospina@1855:1861
Rafael Núñez|Núñez@1875:1894|Nunez@1875:1894
José María Córdova|Córdova@1819:1829|Cordova@1819:1829
Diego Portales|Portales@1829:1837
Ramón Freire|Freire@1823:1836
Manuel Bulnes|Bulnes
Manuel Montt|Montt@1840:1880
José Joaquín Prieto|Prieto@1829:1841
Andrés Bello|Andres Bello
Aníbal Pinto|Anibal Pinto
Domingo Santa María|Domingo Santa Maria
José Manuel Balmaceda|Balmaceda
Arturo Prat|Prat@1870:1880
Miguel Grau Seminario|Miguel Grau|Grau@1877:1880
Andrés Avelino Cáceres|Cáceres@1879:1895|Caceres@1879:1895
Nicolás de Piérola|Piérola|Pierola
Mariano Ignacio Prado|Prado@1865:1879
Hilarión Daza|Daza@1876:1880
Narciso Campero|Campero
Ramón Castilla|Castilla@1844:1867
Agustín Gamarra|Gamarra
Luis José de Orbegoso|Orbegoso
Felipe Santiago Salaverry|Salaverry
Manuel Pardo|Pardo@1872:1878
Miguel Iglesias|Miguel Iglesias
Francisco García Calderón|García Calderón|Garcia Calderon
Lizardo Montero Flores|Lizardo Montero
Patricio Lynch
Manuel Baquedano|Baquedano
Francisco Bolognesi|Bolognesi
Mariano Melgarejo|Melgarejo
José Ballivián|Ballivián|Ballivian
John Thomas North|Nitrate King
Francisco Morazán|Morazán|Morazan
Rafael Carrera|Carrera@1837:1865
Manuel José Arce|Arce@1823:1829
José Cecilio del Valle|Cecilio del Valle
Juan Rafael Mora Porras|Juan Rafael Mora|Mora@1850:1860
William Walker (filibuster)|William Walker|Walker@1853:1860
Patricio Rivas
Justo Rufino Barrios|Rufino Barrios|Barrios@1871:1885
Mariano Gálvez|Gálvez@1831:1838|Galvez@1831:1838
Máximo Jerez|Jerez@1850:1860
Fruto Chamorro
Juan Santamaría|Juan Santamaria
Manuelita Rosas
Bernardo Pereira de Vasconcelos|Vasconcelos@1826:1850
Eliza Lynch|Elisa Lynch|Madame Lynch
Venancio Flores|Flores@1853:1868
Félix María Calleja|Calleja@1810:1816
Juan O'Donojú|O'Donojú|O'Donoju
Rafael del Riego|Riego
Manuel Godoy|Godoy
Charles IV of Spain|Charles IV@1788:1808
Maria Leopoldina of Austria|Empress Leopoldina|Leopoldina@1817:1826
José Bonifácio de Andrada e Silva|José Bonifácio|Jose Bonifacio
Henri Christophe|Henry I of Haiti|Christophe@1791:1820
Charles Victoire Emmanuel Leclerc|Leclerc@1801:1802
Jean-Pierre Boyer|Boyer@1818:1843
Léger-Félicité Sonthonax|Sonthonax
André Rigaud|Rigaud@1791:1811
Dutty Boukman|Boukman
Túpac Katari|Tupac Katari|Tupaj Katari
Matthew Ridgway|Matthew B. Ridgway|Ridgway
James Van Fleet|Van Fleet
Walton Walker|Walton H. Walker|Walker@1950:1950
Omar Bradley|Omar N. Bradley|Bradley@1943:1953
Mark W. Clark|Mark Clark|Clark@1943:1945|Clark@1952:1953
J. Lawton Collins|Lawton Collins|Collins@1949:1953
Edward Almond|Edward M. Almond|Almond@1950:1951
John R. Hodge|Hodge@1945:1948
C. Turner Joy|Turner Joy
William K. Harrison Jr.|William K. Harrison
Paul Nitze|Nitze
Hoyt Vandenberg|Hoyt S. Vandenberg
Louis A. Johnson|Louis Johnson|Johnson@1949:1950
W. Averell Harriman|Averell Harriman|Harriman@1941:1969
John J. Muccio|Muccio
K. M. Panikkar|Panikkar|Kavalam Madhava Panikkar
V. K. Krishna Menon|Krishna Menon
Trygve Lie
Yakov Malik|Malik@1948:1953
Andrey Vyshinsky|Vyshinsky|Andrei Vyshinsky
Terenty Shtykov|Shtykov
Pak Hon-yong|Pak Hŏn-yŏng|Pak Heon-yeong
Nam Il
Lyuh Woon-hyung|Yo Un-hyong|Yŏ Un-hyŏng
Cho Man-sik
Paik Sun-yup
Gao Gang
Nie Rongzhen
Rosa Luxemburg|Luxemburg@1919:1919
Hans von Seeckt|Seeckt|von Seeckt
Walther von Lüttwitz|Lüttwitz|Luttwitz|von Lüttwitz
Hermann Ehrhardt|Ehrhardt@1919:1923
Wilhelm Cuno|Cuno@1920:1933
Joseph Wirth|Wirth@1920:1923
Constantin Fehrenbach|Fehrenbach
Gustav Bauer|Bauer@1919:1920
Hermann Müller|Müller@1919:1930|Mueller@1919:1930
Prince Maximilian of Baden|Max of Baden|Max von Baden|Maximilian of Baden
Gustav von Kahr|Kahr@1920:1934|von Kahr
Otto von Lossow|Lossow
Hans Ritter von Seisser|Seisser|Seißer
Ernst Thälmann|Thälmann|Thalmann|Thaelmann
Carl Severing
Wilhelm Groener|Groener
Otto Meissner|Meissner@1919:1945|Meißner@1919:1945
Rudolf Hilferding|Hilferding
Kurt Eisner|Eisner@1918:1919
Eugen Leviné|Leviné
Ernst Toller|Toller
Hugo Haase|Haase@1912:1919
Carl Legien|Legien
Otto Gessler|Gessler@1920:1928|Geßler@1920:1928
Karl Radek|Radek
Franz Seldte|Seldte
Theodor Duesterberg|Duesterberg
Chrétien-François de Lamoignon de Basville|Lamoignon@1787:1789
René Nicolas de Maupeou|Maupeou
Jérôme Pétion de Villeneuve|Pétion de Villeneuve|Pétion@1789:1794|Petion@1789:1794
Jean-Marie Roland de la Platière|Roland de la Platière|Jean-Marie Roland
Jean Joseph Mounier|Mounier
Henri Grégoire|Abbé Grégoire|Grégoire@1789:1801
Joseph-Ignace Guillotin|Guillotin
Jean-Marie Collot d'Herbois|Collot d'Herbois|Collot@1793:1795
Jacques Nicolas Billaud-Varenne|Billaud-Varenne
Bertrand Barère|Barère|Barère de Vieuzac|Barere@1789:1795
Antoine Quentin Fouquier-Tinville|Fouquier-Tinville
François Hanriot|Hanriot@1793:1794
Pierre Gaspard Chaumette|Chaumette
Fabre d'Églantine|Fabre d'Eglantine
Jean-Baptiste Carrier|Carrier@1793:1794
Jean-François Varlet|Varlet@1792:1794
Jean-François Reubell|Reubell|Rewbell
Louis Marie de La Révellière-Lépeaux|La Révellière-Lépeaux|La Revelliere-Lepeaux|La Révellière
François-Marie, marquis de Barthélemy|Barthélemy@1795:1799
Roger Ducos|Ducos@1799:1799
Jean-Jacques-Régis de Cambacérès|Cambacérès|Cambaceres
Charles-François Lebrun|Lebrun@1799:1814
Filippo Buonarroti|Buonarroti@1796:1837
Louis Philippe II, Duke of Orléans|Philippe Égalité|Philippe Egalite
Louis XVIII|Louis XVIII of France|Comte de Provence@1755:1814|Count of Provence@1755:1814
Charles X|Charles X of France|Comte d'Artois@1757:1824|Count of Artois@1757:1824
Frederick William II|Frederick William II of Prussia
Frederick William III|Frederick William III of Prussia
Leopold II, Holy Roman Emperor|Leopold II@1790:1792|Emperor Leopold II|Peter Leopold|Leopold of Tuscany
Charles François Dumouriez|Dumouriez
François Christophe de Kellermann|Kellermann@1792:1820
Jean-Baptiste Jourdan|Jourdan@1793:1799
Lazare Hoche|Hoche
Jean-Charles Pichegru|Pichegru
Jean Victor Marie Moreau|Moreau@1796:1804
Pierre Augereau|Augereau
Jean-Baptiste Kléber|Kléber|Kleber
Louis Desaix|Desaix
Louis-Alexandre Berthier|Berthier@1796:1815
André Masséna|Masséna|Massena
Jean-de-Dieu Soult|Soult
Jean Lannes|Lannes
Jean-Andoche Junot|Junot
Emmanuel de Grouchy|Grouchy
Auguste de Marmont|Marmont
Pierre-Charles Villeneuve|Villeneuve@1798:1806
Louis Antoine, Duke of Enghien|Duc d'Enghien|d'Enghien
Georges Cadoudal|Cadoudal
Marie Louise, Duchess of Parma|Marie Louise@1809:1821|Marie-Louise@1809:1821|Empress Marie Louise
François de Charette|Charette@1793:1796
Jacques Cathelineau|Cathelineau
Henri de la Rochejaquelein|La Rochejaquelein|Henri de La Rochejaquelein
Jean-Nicolas Stofflet|Stofflet
François-René de Chateaubriand|Chateaubriand
George Grenville|Grenville@1763:1770
Charles Townshend|Townshend@1766:1767
Charles Watson-Wentworth, 2nd Marquess of Rockingham|Rockingham@1765:1782|Lord Rockingham
William Petty, 2nd Earl of Shelburne|Shelburne@1766:1783|Lord Shelburne
Augustus FitzRoy, 3rd Duke of Grafton|Grafton@1766:1770
George Germain, 1st Viscount Sackville|Lord George Germain|Germain@1775:1782|Lord Germain
Wills Hill, 1st Marquess of Downshire|Lord Hillsborough|Hillsborough@1768:1772
William Legge, 2nd Earl of Dartmouth|Lord Dartmouth
John Wilkes|Wilkes@1763:1774
William Howe, 5th Viscount Howe|Howe@1775:1778|General Howe|William Howe
John Burgoyne|Burgoyne|Gentleman Johnny
Henry Clinton (British Army officer, born 1730)|Clinton@1776:1782|Sir Henry Clinton|Henry Clinton@1776:1782
Banastre Tarleton|Tarleton
John André|André@1779:1780|Major André
Guy Carleton, 1st Baron Dorchester|Carleton@1775:1783
John Murray, 4th Earl of Dunmore|Dunmore@1771:1776|Lord Dunmore
Thomas Hutchinson (governor)|Hutchinson@1765:1774|Thomas Hutchinson
Jeffery Amherst, 1st Baron Amherst|Amherst@1758:1765|Jeffrey Amherst
Joseph Galloway|Galloway@1774:1778
Samuel Adams|Sam Adams
James Otis Jr.|James Otis|Otis@1761:1770
John Dickinson|Dickinson@1765:1790
Horatio Gates|Gates@1775:1783
Daniel Morgan|Morgan@1775:1781
Benedict Arnold|Arnold@1775:1781
Henry Knox|Knox@1775:1794
Casimir Pulaski|Pulaski
Jean-Baptiste Donatien de Vimeur, comte de Rochambeau|Rochambeau@1780:1783
François Joseph Paul de Grasse|de Grasse|Comte de Grasse|Admiral de Grasse
Anthony Wayne|Wayne@1777:1796|Mad Anthony Wayne
Francis Marion|Swamp Fox|Marion@1780:1782
Silas Deane|Deane@1776:1778
Crispus Attucks|Attucks
Daniel Shays|Shays
Roger Sherman|Sherman@1774:1793
Edmund Randolph|Randolph@1787:1794
Elbridge Gerry|Gerry@1776:1800
Edmond-Charles Genêt|Citizen Genêt|Citizen Genet|Genêt@1793:1794|Genet@1793:1794
Albert Gallatin|Gallatin
Charles Gravier, comte de Vergennes|Vergennes|Comte de Vergennes
Pontiac (Ottawa leader)|Pontiac@1760:1769|Chief Pontiac
Joseph Brant|Thayendanegea|Brant@1775:1807
Cornplanter|Gaiänˀthwaka
Little Turtle|Little Turtle@1780:1812|Mishikinakwa
Blue Jacket|Blue Jacket@1780:1795|Weyapiersenwah
Alexander McGillivray|McGillivray@1780:1793
Shah Jahan
Sher Shah Suri|Sher Shah|Sher Khan@1530:1540
Islam Shah Suri|Islam Shah
Hemu|Hemchandra Vikramaditya|Hem Chandra
Bairam Khan
Mumtaz Mahal
Dara Shikoh|Dara Shukoh|Dara@1640:1659
Murad Bakhsh
Bahadur Shah I|Bahadur Shah@1707:1712|Muazzam@1663:1707
Farrukhsiyar
Muhammad Shah|Muhammad Shah@1719:1748
Asaf Jah I|Nizam-ul-Mulk|Nizam ul-Mulk|Qamar-ud-din Khan
Ahmad Shah Durrani|Ahmad Shah Abdali|Abdali@1747:1772
Ibrahim Lodi|Ibrahim Lodhi
Rana Sanga|Sangram Singh I|Rana Sangram Singh|Sangram Singh
Maharana Pratap|Rana Pratap|Pratap Singh I|Pratap Singh of Mewar
Udai Singh II|Udai Singh
Man Singh I|Raja Man Singh|Man Singh@1562:1614
Jai Singh I|Mirza Raja Jai Singh
Jaswant Singh of Marwar|Jaswant Singh@1638:1678|Maharaja Jaswant Singh
Durgadas Rathore|Durgadas|Durga Das Rathore
Todar Mal|Raja Todar Mal
Birbal|Raja Birbal
Abul Fazl|Abu'l-Fazl|Abu'l Fazl|Abul Fazal
Sambhaji|Sambhaji Bhosale
Rajaram I|Rajaram@1689:1700|Rajaram Bhosale
Tarabai|Tara Bai
Shahu I|Shahu@1707:1749|Chhatrapati Shahu
Balaji Vishwanath
Baji Rao I|Bajirao I|Baji Rao@1720:1740|Bajirao@1720:1740
Balaji Baji Rao|Nanasaheb Peshwa
Sadashivrao Bhau|Sadashiv Rao Bhau
Afzal Khan (general)|Afzal Khan
Shaista Khan
Mir Jumla II|Mir Jumla
Malik Ambar
Chand Bibi|Chand Sultana
Ibrahim Adil Shah II
Krishnadevaraya|Krishna Deva Raya|Krishnadeva Raya
Aliya Rama Raya|Rama Raya|Ram Raya
Guru Nanak|Nanak@1469:1539|Guru Nanak Dev
Guru Angad
Guru Amar Das
Guru Ram Das
Guru Arjan|Guru Arjan Dev|Arjan Dev
Guru Hargobind
Guru Tegh Bahadur|Tegh Bahadur
Guru Gobind Singh|Gobind Singh|Guru Gobind Rai
Banda Singh Bahadur|Banda Bahadur|Banda Singh
Ahmad Sirhindi|Sirhindi|Shaikh Ahmad Sirhindi
Thomas Roe|Sir Thomas Roe
François Bernier|Bernier@1656:1669
Siraj ud-Daulah|Siraj-ud-Daulah|Siraj ud-Daula|Siraj@1756:1757|Siraj-ud-Daula|Siraj ud Daulah
Mir Jafar
Mir Qasim|Mir Kasim
Alivardi Khan
Vyacheslav von Plehve|Plehve|Vyacheslav Plehve
Pyotr Durnovo|Durnovo
Nikolai Bunge|Bunge@1881:1895
Ivan Vyshnegradsky|Vyshnegradsky
Ivan Goremykin|Goremykin
Vladimir Kokovtsov|Kokovtsov
Vladimir Sukhomlinov|Sukhomlinov
Alexander Protopopov|Protopopov
Boris Stürmer|Stürmer|Sturmer
Dmitri Trepov|Trepov@1905:1906
Pyotr Sviatopolk-Mirsky|Sviatopolk-Mirsky|Svyatopolk-Mirsky
Grand Duke Nicholas Nikolaevich of Russia (1856–1929)|Grand Duke Nicholas@1905:1917|Grand Duke Nikolai Nikolaevich
Grand Duke Sergei Alexandrovich of Russia|Grand Duke Sergei
Sergei Zubatov|Zubatov
Yevno Azef|Azef|Azev
Dmitry Bogrov|Bogrov
Pavel Axelrod|Axelrod@1883:1917
Viktor Chernov|Chernov@1901:1918
Boris Savinkov|Savinkov
Catherine Breshko-Breshkovsky|Breshko-Breshkovskaya|Breshkovskaya
Andrei Zhelyabov|Zhelyabov|Zheliabov
Sophia Perovskaya|Perovskaya
Alexander Guchkov|Guchkov
Mikhail Rodzianko|Rodzianko
Georgy Lvov|Prince Lvov|Prince Georgy Lvov
Irakli Tsereteli|Tsereteli
Nikolay Chkheidze|Chkheidze
Mikhail Alekseyev|Alekseyev@1915:1918|Alexeyev@1915:1918|Alexeev@1915:1918
Alexander Samsonov|Samsonov
Paul von Rennenkampf|Rennenkampf
Yakov Sverdlov|Sverdlov
Anatoly Lunacharsky|Lunacharsky
Alexander Bogdanov|Bogdanov@1903:1917
Peter Struve|Struve@1894:1917|Pyotr Struve
Vladimir Purishkevich|Purishkevich
Felix Yusupov|Yusupov|Prince Yusupov
Galerius
Maximian
Constantius Chlorus|Constantius I
Licinius
Maxentius
Constans|Constans I@337:350|Constans@337:350
Jovian (emperor)|Jovian@363:364
Valentinian I|Valentinian@364:375
Gratian
Arcadius
Honorius (emperor)|Honorius@393:423
Theodosius II|Theodosius@408:450
Pulcheria
Marcian
Leo I (emperor)|Leo the Thracian
Zeno (emperor)|Zeno@474:491
Anastasius I Dicorus|Anastasius I@491:518|Anastasius@491:518
Justin I|Justin@518:527
Narses
John the Cappadocian
Tribonian
Procopius|Procopius of Caesarea
Maurice (emperor)|Maurice@582:602
Phocas
Flavius Aetius|Aetius
Ricimer
Galla Placidia
Athaulf
Totila
Witiges|Vitiges
Amalasuntha|Amalasuintha
Theodahad
Gaiseric|Genseric|Geiseric
Gelimer
Alboin
Fritigern
Ulfilas|Wulfila
Athanasius of Alexandria|Athanasius@325:373
Arius
Eusebius|Eusebius of Caesarea
Ambrose|Saint Ambrose|Ambrose of Milan|Ambrose@374:397
Jerome|Saint Jerome|Jerome@380:420
John Chrysostom|Chrysostom
Cyril of Alexandria|Cyril@412:444
Nestorius
Eutyches
Pope Leo I|Leo the Great
Pope Vigilius|Vigilius
Khosrow I|Khusro I|Chosroes I|Anushirvan|Khosrow@531:579|Khusro@531:579|Chosroes@531:579
Khosrow II|Khusro II|Chosroes II|Khosrau II|Khosrow@590:628|Khusro@590:628|Chosroes@590:628|Khosrow Parviz
Bahram Chobin
Khalid ibn al-Walid
Amr ibn al-As
Patriarch Sergius I of Constantinople|Sergius@610:638
Hypatia
Boethius
Aspar
Flavius Constantius|Constantius III
Anthemius|Anthemius@467:472
Kofi Abrefa Busia|Busia
J. B. Danquah|Danquah
Charles Arden-Clarke|Arden-Clarke
Oginga Odinga|Odinga@1957:1969
Tom Mboya|Mboya
Dedan Kimathi|Kimathi
Evelyn Baring, 1st Baron Howick of Glendale|Sir Evelyn Baring@1952:1959|Evelyn Baring@1952:1959
Joseph Kasa-Vubu|Kasavubu|Kasa-Vubu
Antoine Gizenga|Gizenga
Pierre Mulele|Mulele
Ahmed Ben Bella|Ben Bella
Abane Ramdane|Abane
Ferhat Abbas|Abbas@1943:1962
Messali Hadj|Messali
Jacques Massu|Massu
Raoul Salan|Salan
Maurice Challe|Challe
Marcel Bigeard|Bigeard
Jacques Soustelle|Soustelle
Guy Mollet|Mollet
Pierre Mendès France|Mendès France|Mendes France|Mendès-France
Obafemi Awolowo|Awolowo
Abubakar Tafawa Balewa|Tafawa Balewa|Balewa
Ahmadu Bello|Sardauna of Sokoto
Chukwuemeka Odumegwu Ojukwu|Ojukwu
Yakubu Gowon|Gowon
Johnson Aguiyi-Ironsi|Ironsi|Aguiyi-Ironsi
Hastings Banda|Hastings Kamuzu Banda|Banda@1958:1994
Roy Welensky|Welensky
Garfield Todd
Joshua Nkomo|Nkomo
Ndabaningi Sithole|Sithole
Abel Muzorewa|Muzorewa
Amílcar Cabral|Amilcar Cabral|Cabral@1956:1973
Eduardo Mondlane|Mondlane
Samora Machel|Machel
Agostinho Neto|Neto@1956:1979
Holden Roberto
Jonas Savimbi|Savimbi
Marcelo Caetano|Caetano@1968:1974
António de Spínola|Spínola@1961:1976|Spinola@1968:1974
Félix Houphouët-Boigny|Houphouët-Boigny|Houphouet-Boigny
Modibo Keïta|Modibo Keita
Sylvanus Olympio|Olympio
Habib Bourguiba|Bourguiba
Mohammed V of Morocco|Mohammed V@1927:1961|Sultan Mohammed V
Milton Obote|Obote
Iain Macleod|Macleod@1959:1961
Robert Sobukwe|Sobukwe
Aimé Césaire|Césaire|Cesaire
Niceto Alcalá-Zamora|Alcalá-Zamora|Alcala-Zamora|Alcalá Zamora
Indalecio Prieto|Prieto@1931:1939
Alejandro Lerroux|Lerroux
José María Gil-Robles|Gil-Robles|Gil Robles
José Calvo Sotelo|Calvo Sotelo
José Antonio Primo de Rivera|José Antonio@1933:1939|Primo de Rivera@1933:1939
José Sanjurjo|Sanjurjo
Gonzalo Queipo de Llano|Queipo de Llano|Queipo
Juan Yagüe|Yagüe|Yague
José Millán-Astray|Millán-Astray|Millan-Astray|Millán Astray
José Enrique Varela|Varela@1936:1939
José Moscardó|Moscardó|Moscardo
José Miaja|Miaja
Vicente Rojo Lluch|Vicente Rojo|Rojo@1936:1939
Enrique Líster|Líster|Lister@1936:1939
Valentín González|El Campesino
Buenaventura Durruti|Durruti
Juan García Oliver|García Oliver
Federica Montseny|Montseny
Lluís Companys|Companys|Luis Companys
Andreu Nin|Andrés Nin|Nin@1935:1937
José Díaz (politician)|José Díaz@1932:1939
Segismundo Casado|Casado@1939:1939|Colonel Casado
Julián Besteiro|Besteiro
Luis Carrero Blanco|Carrero Blanco
Ramón Serrano Suñer|Serrano Suñer|Serrano Suner
Carlos Arias Navarro|Arias Navarro
Juan Carlos I|Juan Carlos|King Juan Carlos
Infante Juan, Count of Barcelona|Don Juan@1941:1977|Count of Barcelona
Manuel Hedilla|Hedilla
José Antonio Aguirre|Aguirre@1936:1939
Alexander Orlov|Orlov@1936:1938
Wolfram von Richthofen|Richthofen@1936:1939
Santiago Casares Quiroga|Casares Quiroga
Diego Martínez Barrio|Martínez Barrio|Martinez Barrio
Selim II|Selim the Sot
Ibrahim (Ottoman sultan)|Ibrahim the Mad|Sultan Ibrahim
Kösem Sultan|Kösem|Kosem Sultan
Pargalı Ibrahim Pasha|Ibrahim Pasha@1523:1536|Pargalı Ibrahim|Pargali Ibrahim
Sokollu Mehmed Pasha|Sokollu
Köprülü Mehmed Pasha|Köprülü@1656:1661|Koprulu@1656:1661|Köprülü Mehmed|Koprulu Mehmed
Hayreddin Barbarossa|Barbarossa@1516:1546|Hayreddin Pasha@1500:1546|Khair ad-Din
Sabbatai Zevi|Shabbatai Zvi|Sabbatai Sevi|Sabbatai Zvi
Evliya Çelebi|Evliya Celebi
Piri Reis
Mimar Sinan|Sinan@1538:1588
Cem Sultan|Prince Cem|Djem
Wanli Emperor|Wanli
Chongzhen Emperor|Chongzhen
Li Zicheng
Wu Sangui
Nurhaci|Nurhachi
Hong Taiji|Huang Taiji|Abahai
Dorgon
Shunzhi Emperor|Shunzhi
Koxinga|Zheng Chenggong|Cheng Ch'eng-kung|Cheng Cheng-kung
Zhang Juzheng
Wang Yangming
Wei Zhongxian
Heshen|Ho-shen|Hešen
George Macartney, 1st Earl Macartney|Lord Macartney|Macartney@1792:1794
Tokugawa Hidetada|Hidetada
Tokugawa Tsunayoshi|Tsunayoshi
Tokugawa Yoshimune|Yoshimune
Tanuma Okitsugu|Tanuma
Matsudaira Sadanobu|Sadanobu
Mizuno Tadakuni|Mizuno@1834:1845
Ishida Mitsunari|Mitsunari
Toyotomi Hideyori|Hideyori
Amakusa Shirō|Amakusa Shiro
Motoori Norinaga|Norinaga
Donatien-Marie-Joseph de Vimeur, vicomte de Rochambeau|Rochambeau@1802:1803
Vincent Ogé|Ogé|Oge@1790:1791
François Mackandal|Makandal|Mackandal
Thomas Clarkson|Clarkson@1785:1807
Granville Sharp
Agaja
Pedro de Alvarado|Alvarado@1519:1541
Diego Velázquez de Cuéllar|Diego Velázquez@1511:1524|Velázquez@1511:1524
Diego de Almagro|Almagro
Pánfilo de Narváez|Narváez@1510:1530|Narvaez@1510:1530
Álvar Núñez Cabeza de Vaca|Cabeza de Vaca
Pedro de Valdivia|Valdivia@1540:1553
Manco Inca Yupanqui|Manco Inca|Manco Capac II
Francisco de Toledo|Viceroy Toledo
Cuitláhuac|Cuitlahuac
Perkin Warbeck|Warbeck
Lambert Simnel|Simnel
Edward Seymour, 1st Duke of Somerset|Protector Somerset|Somerset@1547:1552
John Dudley, 1st Duke of Northumberland|Northumberland@1549:1553
Robert Aske|Aske@1536:1537
Robert Kett|Kett@1549:1549
Thomas Wyatt the Younger|Wyatt@1553:1554
Robert Devereux, 2nd Earl of Essex|Earl of Essex@1588:1601|Essex@1590:1601
Robert Devereux, 3rd Earl of Essex|Earl of Essex@1642:1646|Essex@1642:1646
George Villiers, 1st Duke of Buckingham|Duke of Buckingham@1616:1628|Buckingham@1616:1628
Guy Fawkes|Fawkes
Robert Catesby|Catesby@1603:1605
Edward Coke|Sir Edward Coke|Coke@1600:1634
Henrietta Maria|Henrietta Maria of France
Henry Ireton|Ireton
John Lambert (general)|Lambert@1645:1660
George Monck, 1st Duke of Albemarle|Monck@1640:1670|General Monck
Edward Hyde, 1st Earl of Clarendon|Earl of Clarendon|Clarendon@1640:1674|Edward Hyde@1640:1674
Anthony Ashley Cooper, 1st Earl of Shaftesbury|Earl of Shaftesbury@1660:1683|Shaftesbury@1660:1683
Thomas Osborne, 1st Duke of Leeds|Earl of Danby|Danby@1673:1689
James Scott, 1st Duke of Monmouth|Duke of Monmouth|Monmouth@1679:1685
John Churchill, 1st Duke of Marlborough|Duke of Marlborough@1702:1722|Marlborough@1685:1722
Sidney Godolphin, 1st Earl of Godolphin|Godolphin@1679:1712
Robert Harley, 1st Earl of Oxford and Earl Mortimer|Robert Harley|Harley@1700:1715
Henry St John, 1st Viscount Bolingbroke|Bolingbroke@1700:1751|Henry St John@1700:1751|Viscount Bolingbroke
Henry Sacheverell|Sacheverell
Pausanias (general)|Pausanias@-480:-470
Mardonius
Aristagoras
Ephialtes of Trachis|Ephialtes@-481:-479
Ephialtes|Ephialtes@-465:-460
Artemisia I of Caria|Artemisia@-481:-479
Olympias
Parmenion|Parmenio
Antipater|Antipater@-350:-319
Aeschines|Aeschines@-350:-330
Antigonus I Monophthalmus|Antigonus the One-Eyed|Antigonus@-323:-301
Cassander
Lysimachus
Perdiccas|Perdiccas@-330:-321
Eumenes of Cardia|Eumenes@-323:-316
Craterus
Hephaestion
Bessus
Porus
Roxana|Roxane
Demetrius I of Macedon|Demetrius Poliorcetes
Antiochus IV Epiphanes|Antiochus IV
Domitian
Nerva
Antoninus Pius
Lucius Verus
Pertinax
Didius Julianus
Geta|Geta@198:211
Macrinus
Elagabalus|Heliogabalus
Severus Alexander|Alexander Severus
Poppaea Sabina|Poppaea
Decebalus
Simon bar Kokhba|Bar Kokhba|Bar Kochba
Gnaeus Julius Agricola|Agricola@77:85
Gaius Fulvius Plautianus|Plautianus
Ardashir I|Ardashir@224:242
Gaius Julius Civilis|Civilis@69:70
Francesco Guicciardini|Guicciardini
Gonzalo Fernández de Córdoba|Gran Capitán|Great Captain@1495:1515
Piero Soderini|Soderini
Bartolomeo Colleoni|Colleoni
Ferdinand I of Naples|Ferrante@1458:1494
Gian Galeazzo Visconti
Filippo Maria Visconti
Pope Sixtus IV|Sixtus IV
Caterina Sforza
Túpac Amaru|Túpac Amaru@1545:1572|Tupac Amaru@1545:1572
Antonio de Montesinos|Montesinos
Nicolás de Ovando|Ovando
Gonzalo Pizarro
Hernando Pizarro
Francisco de Vitoria|Vitoria@1526:1546
Francisco de Orellana|Orellana
Hatuey
Guthrum
Ivar the Boneless
Ragnar Lodbrok|Ragnar Lothbrok|Ragnar@845:865
Halfdan Ragnarsson|Halfdan@865:877
Æthelred the Unready|Ethelred the Unready|Æthelred@978:1016|Ethelred@978:1016
Sweyn Forkbeard|Svein Forkbeard|Sweyn@1000:1014
Harald Hardrada|Harald Sigurdsson|Hardrada
Edward the Confessor
Godwin, Earl of Wessex|Earl Godwin|Godwin@1018:1053
Tostig Godwinson|Tostig
Edgar the Peaceful
Æthelstan|Athelstan
Edward the Elder
Æthelflæd|Aethelflaed|Ethelfleda|Lady of the Mercians
Offa of Mercia|Offa
Egbert of Wessex|Ecgberht@802:839|Egbert@802:839
Eric Bloodaxe
Olaf Tryggvason
Harald Bluetooth
Emma of Normandy
Harthacnut|Hardecanute
Harold Harefoot
Dunstan|Saint Dunstan
Edmund Ironside
Edmund the Martyr
Erik the Red
Æthelwulf|Aethelwulf|Ethelwulf
Edgar Ætheling|Edgar Atheling
Jochi
Chagatai Khan|Chagatai@1220:1242|Chaghatai@1220:1242
Subutai|Subotai|Sübedei
Jebe
Jamukha
Börte|Borte
Sorghaghtani Beki|Sorghaghtani
Ariq Böke|Ariq Boke|Arigh Böke
Kaidu|Qaidu
Ghazan|Ghazan Khan
Töregene Khatun|Töregene|Toregene
Jalal al-Din Mingburnu|Jalal ad-Din|Jalal al-Din
Muhammad II of Khwarazm|Ala ad-Din Muhammad
William of Rubruck|Rubruck
Giovanni da Pian del Carpine|John of Plano Carpini|Carpini
Toghon Temür|Toghon Temur|Emperor Huizong of Yuan
Ong Khan|Toghrul@1180:1203
Yelü Chucai|Yelu Chucai
Béla IV of Hungary|Béla IV|Bela IV
Maximilien de Béthune, Duke of Sully|Duke of Sully|Sully@1598:1611
François Ravaillac|Ravaillac
Marie de' Medici|Marie de Médicis|Marie de Medici
Concino Concini|Concini
Charles d'Albert, duc de Luynes|Luynes@1617:1621
Father Joseph|Père Joseph
Anne of Austria
Louis, Grand Condé|Grand Condé|Great Condé|Condé@1640:1686
Henri de la Tour d'Auvergne, Vicomte de Turenne|Turenne
Gaston, Duke of Orléans|Gaston d'Orléans|Gaston d'Orleans
Cardinal de Retz|Retz@1648:1654
Michel Le Tellier|Le Tellier@1643:1685
Cornelius Jansen|Jansenius|Jansen@1620:1638
Henri, Duke of Rohan|Rohan@1620:1629
Henri Coiffier de Ruzé, Marquis of Cinq-Mars|Cinq-Mars
Marie de Rohan|Duchesse de Chevreuse|Madame de Chevreuse
Claude Louis Hector de Villars|Villars@1702:1714
Pierre Broussel|Broussel
Charles of Lorraine, Duke of Mayenne|Mayenne@1589:1595
Chlodwig, Prince of Hohenlohe-Schillingsfürst|Hohenlohe-Schillingsfürst|Hohenlohe@1894:1900
Georg Michaelis|Michaelis@1917:1917
Georg von Hertling|Hertling
Philipp, Prince of Eulenburg|Philipp zu Eulenburg|Eulenburg@1886:1908
Ludwig Windthorst|Windthorst
Rudolf von Bennigsen|Bennigsen@1859:1898
Alfred von Kiderlen-Waechter|Kiderlen-Waechter|Kiderlen
Frederick III, German Emperor|Friedrich III@1858:1888|Frederick III@1858:1888
Wilhelm Liebknecht|Liebknecht@1863:1899
Clara Zetkin|Zetkin
Ferdinand I of Austria|Ferdinand the Benign|Emperor Ferdinand@1835:1848
Alexander von Bach|Bach@1849:1859
Lajos Batthyány|Batthyány@1848:1849|Batthyany@1848:1849
István Széchenyi|Széchenyi|Szechenyi
Julius Jacob von Haynau|Haynau
Friedrich Ferdinand von Beust|Beust@1866:1871
Eduard Taaffe, 11th Viscount Taaffe|Eduard Taaffe|Taaffe
Kasimir Felix Badeni|Badeni
Kálmán Tisza|Tisza@1875:1890
István Tisza|Tisza@1903:1918
Karel Kramář|Kramář|Kramar@1890:1920
Victor Adler|Viktor Adler
Empress Elisabeth of Austria|Elisabeth of Austria|Sisi@1854:1898|Sissi@1854:1898
Lord Melbourne|William Lamb|Viscount Melbourne|Melbourne@1834:1842
John Russell, 1st Earl Russell|Lord John Russell|Earl Russell|Russell@1830:1866
John Bright|Bright@1840:1889
Edward Smith-Stanley, 14th Earl of Derby|Derby@1846:1868
George Hamilton-Gordon, 4th Earl of Aberdeen|Aberdeen@1852:1855
Archibald Primrose, 5th Earl of Rosebery|Rosebery
Henry Campbell-Bannerman|Campbell-Bannerman
Lord Randolph Churchill|Randolph Churchill@1874:1895
William Huskisson|Huskisson
Anthony Ashley-Cooper, 7th Earl of Shaftesbury|Shaftesbury@1830:1885|Lord Ashley@1826:1851
Henry Hunt (politician)|Orator Hunt|Henry Hunt@1816:1835
William Lovett|Lovett@1836:1848
Keir Hardie|James Keir Hardie|Hardie@1888:1915
John Redmond|Redmond@1900:1918
Michael Davitt|Davitt
Sylvia Pankhurst
Emily Davison|Emily Wilding Davison
Li Yuanhong|Li Yüan-hung
Duan Qirui|Tuan Ch'i-jui
Feng Yuxiang|Feng Yü-hsiang|Christian General
Wu Peifu|Wu P'ei-fu
Yan Xishan|Yen Hsi-shan
Huang Xing|Huang Hsing
Cai Yuanpei|Ts'ai Yüan-p'ei
Hu Hanmin|Hu Han-min
Chen Jiongming|Ch'en Chiung-ming
Zhang Guotao|Chang Kuo-t'ao
Qu Qiubai|Ch'ü Ch'iu-pai
Wang Ming|Chen Shaoyu
Bo Gu|Qin Bangxian|Po Ku
Otto Braun (communist)|Li De|Otto Braun@1932:1939
Mikhail Borodin|Borodin@1923:1927
Song Qingling|Soong Ching-ling|Madame Sun Yat-sen
T. V. Soong|Soong Tse-ven|Song Ziwen
Li Zongren|Li Tsung-jen
Bai Chongxi|Pai Ch'ung-hsi
Joseph Stilwell|Stilwell|Vinegar Joe
Alexei Rykov|Rykov
Mikhail Tomsky|Tomsky
Lazar Kaganovich|Kaganovich
Kliment Voroshilov|Voroshilov
Sergo Ordzhonikidze|Ordzhonikidze
Anastas Mikoyan|Mikoyan
Mikhail Kalinin|Kalinin@1919:1946
Genrikh Yagoda|Yagoda
Nikolai Bulganin|Bulganin
Mikhail Suslov|Suslov
Nikolai Podgorny|Podgorny
Alexander Shelepin|Shelepin
Vladimir Semichastny|Semichastny
Alexander Nikolaevich Yakovlev|Alexander Yakovlev|Yakovlev@1985:1991
Yegor Ligachev|Ligachev
Nikolai Ryzhkov|Ryzhkov
Vladimir Kryuchkov|Kryuchkov
Gennady Yanayev|Yanayev
Andrei Sinyavsky|Sinyavsky
Vladimir Bukovsky|Bukovsky
Natan Sharansky|Anatoly Shcharansky|Sharansky|Shcharansky
Yelena Bonner|Elena Bonner|Bonner@1970:1991
Yuri Orlov|Orlov@1976:1986
Ernő Gerő|Gerő|Gero@1948:1956
Pál Maléter|Maléter|Maleter
József Mindszenty|Mindszenty
László Rajk|Rajk
Miklós Németh|Németh@1988:1990|Nemeth@1988:1990
Imre Pozsgay|Pozsgay
Antonín Novotný|Novotný|Novotny@1953:1968
Ludvík Svoboda|Svoboda@1945:1979
Rudolf Slánský|Slánský|Slansky
Jan Palach|Palach
Bolesław Bierut|Bierut
Edward Gierek|Gierek
Stanisław Kania|Kania@1980:1981
Jerzy Popiełuszko|Popiełuszko|Popieluszko
Tadeusz Mazowiecki|Mazowiecki
Adam Michnik|Michnik
Jacek Kuroń|Kuroń|Kuron
Otto Grotewohl|Grotewohl
Erich Mielke|Mielke
Günter Schabowski|Schabowski
Hans Modrow|Modrow
Rosa Parks|Parks@1955:1965
Ralph Abernathy|Abernathy@1955:1970
James Meredith|Meredith@1962:1966
John Lewis|John Lewis@1958:1970
Bayard Rustin|Rustin
Roy Wilkins|Wilkins@1955:1977
James Farmer
Fannie Lou Hamer|Hamer@1962:1977
Ella Baker
Diane Nash
Fred Shuttlesworth|Shuttlesworth
Huey P. Newton|Huey Newton|Newton@1966:1989
Bobby Seale|Seale@1966:1975
Eldridge Cleaver|Cleaver@1966:1975
Fred Hampton
Elijah Muhammad
Angela Davis
George Wallace|Wallace@1962:1976
Bull Connor|Eugene Connor
Orval Faubus|Faubus
Eleanor Roosevelt
Harry Hopkins|Hopkins@1933:1946
Harold L. Ickes|Harold Ickes|Ickes
Rexford Tugwell|Tugwell
Adolf A. Berle|Adolf Berle|Berle@1932:1945
John L. Lewis
Mary McLeod Bethune|Mary Bethune
Kōichi Kido|Koichi Kido|Kido@1937:1945
Saionji Kinmochi|Saionji
Kantarō Suzuki|Kantaro Suzuki|Suzuki@1945:1945
Kuniaki Koiso|Koiso
Yōsuke Matsuoka|Yosuke Matsuoka|Matsuoka@1931:1946
Shigenori Tōgō|Shigenori Togo|Tōgō@1941:1945|Tōgō Shigenori|Togo Shigenori
Mamoru Shigemitsu|Shigemitsu
Kiichirō Hiranuma|Kiichiro Hiranuma|Hiranuma
Kōki Hirota|Koki Hirota|Hirota
Mitsumasa Yonai|Yonai
Inukai Tsuyoshi|Tsuyoshi Inukai|Inukai
Hamaguchi Osachi|Osachi Hamaguchi|Hamaguchi
Takahashi Korekiyo|Korekiyo Takahashi|Takahashi@1920:1936
Shidehara Kijūrō|Kijuro Shidehara|Shidehara
Korechika Anami|Anami|Anami Korechika
Sadao Araki|Araki@1931:1945
Seishirō Itagaki|Seishiro Itagaki|Itagaki@1928:1948
Kita Ikki|Ikki Kita
Tanaka Giichi|Giichi Tanaka|Tanaka@1918:1929
Wakatsuki Reijirō|Wakatsuki Reijiro|Reijiro Wakatsuki|Wakatsuki
Katō Takaaki|Kato Takaaki|Takaaki Kato|Katō Kōmei|Kato Komei
Terauchi Masatake|Masatake Terauchi|Terauchi@1910:1919
Tatsukichi Minobe|Minobe Tatsukichi|Minobe
Sakuzō Yoshino|Sakuzo Yoshino|Yoshino Sakuzo|Yoshino@1910:1933
Kazushige Ugaki|Ugaki Kazushige|Ugaki@1924:1938
Tetsuzan Nagata|Nagata Tetsuzan|Nagata@1930:1935
Kenji Doihara|Doihara
Keisuke Okada|Okada Keisuke|Okada@1934:1936
Saitō Makoto|Saito Makoto|Makoto Saito|Saitō@1932:1936|Saito@1932:1936
Kōtoku Shūsui|Kotoku Shusui|Kōtoku@1901:1911|Kotoku@1901:1911
Sakae Ōsugi|Ōsugi Sakae|Osugi Sakae|Ōsugi@1912:1923|Osugi@1912:1923
Shūmei Ōkawa|Shumei Okawa|Ōkawa Shūmei|Okawa Shumei
Nobuaki Makino|Makino Nobuaki|Makino@1921:1935
Nobusuke Kishi|Kishi Nobusuke|Kishi@1936:1960
Iwane Matsui|Matsui@1937:1948
Chūichi Nagumo|Chuichi Nagumo|Nagumo
Tomoyuki Yamashita|Yamashita@1941:1946
Masaharu Homma|Homma@1941:1946
Tadamichi Kuribayashi|Kuribayashi|Kuribayashi Tadamichi
William Halsey Jr.|Bull Halsey|Halsey
Raymond A. Spruance|Raymond Spruance|Spruance
Ernest King|Ernest J. King
Jonathan M. Wainwright|Jonathan Wainwright|Wainwright@1941:1945
Claire Lee Chennault|Claire Chennault|Chennault
Joseph Grew|Joseph C. Grew
William II of England|William Rufus|Rufus@1087:1100
Henry I of England|Henry I@1100:1135|Henry Beauclerc
Stephen, King of England|King Stephen|Stephen of Blois|Stephen@1135:1154
Empress Matilda|Empress Maud|Matilda@1125:1167|Maud@1125:1167
Geoffrey Plantagenet, Count of Anjou|Geoffrey of Anjou|Geoffrey Plantagenet
Henry II of England|Henry II@1154:1189|Henry Plantagenet|Henry FitzEmpress
Henry the Young King
John, King of England|King John|John Lackland|John@1199:1216
Eleanor of Aquitaine|Eleanor@1137:1204
Arthur I, Duke of Brittany|Arthur of Brittany
Robert Curthose|Curthose|Robert of Normandy@1087:1106
Odo of Bayeux|Bishop Odo
Lanfranc
Anselm of Canterbury|Anselm@1093:1109|Saint Anselm
William Marshal, 1st Earl of Pembroke|William Marshal|William the Marshal
Stephen Langton|Langton@1207:1228
Hubert de Burgh|de Burgh@1215:1243
Simon de Montfort, 6th Earl of Leicester|Simon de Montfort@1230:1265|Montfort@1238:1265|de Montfort@1238:1265
Henry III of England|Henry III@1216:1272
Llywelyn the Great|Llywelyn ap Iorwerth|Llywelyn@1195:1240
Llywelyn ap Gruffudd|Llywelyn the Last|Llywelyn@1255:1282
John Balliol|John de Balliol|Balliol@1290:1296
Philip II of France|Philip Augustus|Philip II@1180:1223
Agostino Depretis|Depretis
Sidney Sonnino|Sonnino
Filippo Turati|Turati
Luigi Sturzo|Sturzo|Don Sturzo
Antonio Salandra|Salandra
Francesco Saverio Nitti|Nitti
Luigi Facta|Facta@1921:1922
Ivanoe Bonomi|Bonomi
Antonio Starabba, Marchese di Rudinì|Rudinì|di Rudinì|Rudini
Victor Emmanuel III|Victor Emmanuel@1900:1946
Umberto I of Italy|Umberto I|King Umberto@1878:1900
Leonida Bissolati|Bissolati
Italo Balbo|Balbo@1920:1940
Roberto Farinacci|Farinacci
Dino Grandi|Grandi@1920:1943
James Connolly|Connolly@1896:1916
Tom Clarke (Irish republican)|Tom Clarke|Thomas Clarke@1907:1916|Clarke@1912:1916
Seán Mac Diarmada|Mac Diarmada|Sean Mac Diarmada|Seán MacDermott|MacDermott@1912:1916
Thomas MacDonagh|MacDonagh@1913:1916
Joseph Plunkett|Plunkett@1914:1916
Eoin MacNeill|MacNeill@1913:1925
Constance Markievicz|Countess Markievicz|Markievicz
James Larkin|Larkin@1907:1923
Michael Collins (Irish leader)|Michael Collins|Collins@1916:1922
Arthur Griffith|Griffith@1899:1922
Cathal Brugha|Brugha
Richard Mulcahy|Mulcahy
Liam Lynch (Irish republican)|Liam Lynch
Kevin O'Higgins|O'Higgins@1922:1927
W. T. Cosgrave|William T. Cosgrave|Cosgrave@1922:1932
James Craig, 1st Viscount Craigavon|James Craig|Lord Craigavon|Craigavon|Craig@1910:1940
Pham Van Dong|Phạm Văn Đồng
Le Duan|Lê Duẩn
Truong Chinh|Trường Chinh
Van Tien Dung|Văn Tiến Dũng
Madame Nhu|Mme Nhu|Tran Le Xuan
Duong Van Minh|Big Minh
Nguyen Khanh
Nguyen Cao Ky
Thich Quang Duc|Thích Quảng Đức
Henri Navarre
Jean de Lattre de Tassigny|de Lattre|De Lattre
Edward Lansdale|Lansdale
Henry Cabot Lodge Jr.|Cabot Lodge@1940:1985|Lodge@1963:1967
Creighton Abrams|Abrams@1964:1974
Clark Clifford|Clifford@1968:1969
J. William Fulbright|Fulbright@1959:1974
Mustafa Reşid Pasha|Reşid Pasha|Reshid Pasha|Mustafa Reshid Pasha
Mehmed Emin Âli Pasha|Âli Pasha|Aali Pasha|Ali Pasha@1840:1871
Keçecizade Fuad Pasha|Fuad Pasha|Fuat Pasha
Namık Kemal|Namik Kemal
Abdülaziz|Abdulaziz@1861:1876|Sultan Abdülaziz
Murad V
Mehmed V|Mehmed Reşad
Küçük Said Pasha|Said Pasha@1879:1912
Kâmil Pasha|Kamil Pasha
Ahmed Rıza|Ahmed Riza
Prince Sabahaddin|Sabahaddin
Ahmed Niyazi Bey|Niyazi Bey
Mahmud Şevket Pasha|Mahmud Shevket Pasha
Said Halim Pasha
Ziya Gökalp|Gökalp|Gokalp
Stratford Canning, 1st Viscount Stratford de Redcliffe|Stratford Canning|Stratford de Redcliffe
D. F. Malan|Daniel François Malan|Malan@1939:1954
J. G. Strijdom|Strijdom
John Vorster|B. J. Vorster|Vorster
Magnus Malan|Malan@1976:1991
Andries Treurnicht|Treurnicht
Eugène Terre'Blanche|Terre'Blanche|Terreblanche
Govan Mbeki
Joe Slovo|Slovo
Bram Fischer
Chris Hani|Hani@1962:1993
Ahmed Kathrada|Kathrada
Winnie Madikizela-Mandela|Winnie Mandela|Madikizela-Mandela
Mangosuthu Buthelezi|Buthelezi|Gatsha Buthelezi
Cyril Ramaphosa|Ramaphosa
Gerardo Machado|Machado@1925:1933
Ramón Grau|Grau@1933:1948
Camilo Cienfuegos|Cienfuegos@1956:1959|Camilo@1956:1959
Arturo Alessandri|Alessandri@1920:1938
Jorge Alessandri|Alessandri@1958:1970
Eduardo Frei Montalva|Eduardo Frei|Frei@1964:1970
Carlos Prats|Prats@1970:1974
Anastasio Somoza Debayle|Somoza Debayle|Tachito Somoza|Anastasio Somoza@1967:1979|Somoza@1967:1979
Carlos Fonseca
Pedro Joaquín Chamorro Cardenal|Pedro Joaquín Chamorro|Chamorro@1954:1978
Violeta Chamorro|Chamorro@1990:1997
Jorge Ubico|Ubico
Juan José Arévalo|Arévalo@1944:1951|Arevalo@1944:1951
Carlos Castillo Armas|Castillo Armas
Allen Dulles
João Goulart|Goulart|Jango
Mohammad Hatta|Hatta
Sutan Sjahrir|Sjahrir|Sutan Syahrir|Syahrir
Tan Malaka
Abdul Haris Nasution|Nasution
D. N. Aidit|Aidit
Hubertus van Mook|van Mook|Van Mook
Tunku Abdul Rahman|Tunku|Abdul Rahman@1951:1970
Abdul Razak Hussein|Tun Abdul Razak|Razak@1957:1976
Chin Peng
Gerald Templer|Templer@1951:1954
Harold Briggs (Indian Army officer)|Briggs@1950:1951
Manuel L. Quezon|Manuel Quezon|Quezon
Sergio Osmeña|Osmeña|Osmena
Manuel Roxas|Roxas
Ramon Magsaysay|Magsaysay
Diosdado Macapagal|Macapagal
Imelda Marcos|Imelda
Benigno Aquino Jr.|Ninoy Aquino|Ninoy|Benigno Aquino@1955:1983
Luis Taruc|Taruc
José P. Laurel|Laurel@1943:1945
Ahmad Yani|Yani@1962:1965
Untung Syamsuri|Untung@1965:1966
Sarwo Edhie Wibowo|Sarwo Edhie
Adam Malik
Ali Murtopo|Ali Moertopo
B. J. Habibie|Habibie
Benny Moerdani|L. B. Moerdani|Moerdani
Mohammad Natsir|Natsir
Kartosoewirjo|Kartosuwiryo|S. M. Kartosoewirjo
Subandrio
Sudirman|Soedirman
Musso (Indonesian politician)|Musso@1948:1948|Muso@1948:1948
Xanana Gusmão|Xanana Gusmao|Xanana
José Ramos-Horta|Jose Ramos-Horta|Ramos-Horta
Fabian Ver
Juan Ponce Enrile|Enrile
Fidel V. Ramos|Fidel Ramos|Ramos@1972:1998
Elpidio Quirino|Quirino
Jose Maria Sison|Joma Sison|Sison@1968:1992
Nur Misuari|Misuari
Jaime Sin
U Nu|Thakin Nu
Ne Win
U Saw
Ba Maw
Ba Swe
Kyaw Nyein
Saw Maung
Than Shwe
Khin Nyunt
Than Tun
Thakin Soe
Saw Ba U Gyi
Bo Mya
Khun Sa
Sao Shwe Thaik
Ahmose I|Ahmose@-1550:-1525
Amenhotep III
Nefertiti
Horemheb
Seti I|Seti@-1294:-1279
Merneptah
Ramesses III|Ramses III|Ramesses@-1186:-1155|Ramses@-1186:-1155
Muwatalli II|Muwatalli|Muwatallis
Hattusili III|Hattusili|Hattusilis
Suppiluliuma I|Suppiluliuma|Suppiluliumas
Tushratta
Tiglath-Pileser III|Tiglath-pileser III|Tiglath-Pileser@-745:-727
Sargon II|Sargon@-722:-705
Sennacherib
Esarhaddon
Ashurnasirpal II|Ashurnasirpal
Nabopolassar
Nabonidus
Belshazzar
Hezekiah
Psamtik I|Psammetichus I|Psamtik@-664:-610
Necho II|Necho@-610:-595
Astyages
Cyaxares
Croesus
Bardiya|Smerdis
Gaumata
Atossa
Otanes
Harpagus
Darius II|Darius@-423:-405
Artaxerxes II|Artaxerxes@-404:-359
Artaxerxes III|Artaxerxes@-358:-338
Cyrus the Younger|Cyrus@-408:-401
Artaphernes
Datis
Histiaeus
Tissaphernes
Pharnabazus II|Pharnabazus
Xiang Yu
Empress Lü|Empress Lü Zhi|Lü Zhi|Empress Lu
Emperor Wen of Han|Han Wendi
Dong Zhongshu
Sima Qian
Zhang Qian
Wei Qing|Wei Qing@-140:-106
Huo Qubing
Huo Guang
Chao Cuo
Emperor Guangwu of Han|Emperor Guangwu|Guangwu|Liu Xiu@5:57
Ban Chao
Zhang Jue|Zhang Jiao@170:184
Dong Zhuo
Cao Cao|Ts'ao Ts'ao|Tsao Tsao
Liu Bei
Sun Quan
Zhuge Liang|Chu-ko Liang|Chuko Liang
Emperor Wen of Sui|Sui Wendi|Yang Jian@581:604
Emperor Yang of Sui|Sui Yangdi|Yang Guang@604:618
Emperor Gaozu of Tang|Tang Gaozu|Li Yuan@617:635
Emperor Gaozong of Tang|Tang Gaozong|Gaozong@649:683
Emperor Xuanzong of Tang|Tang Xuanzong|Xuanzong@712:756
Yang Guifei|Consort Yang
Li Linfu
Yang Guozhong
An Lushan|An Lu-shan
Shi Siming
Guo Ziyi
Wei Zheng|Wei Zheng@618:643
Gao Xianzhi|Go Seon-ji|Ko Sŏnji
Huang Chao
Zhu Wen|Zhu Wen@880:912
Takeda Shingen|Shingen
Uesugi Kenshin|Kenshin
Imagawa Yoshimoto|Yoshimoto@1540:1560
Akechi Mitsuhide|Mitsuhide|Akechi
Ashikaga Yoshiaki|Yoshiaki@1565:1588
Ashikaga Yoshimasa|Yoshimasa@1449:1490
Date Masamune|Masamune@1580:1636
Mōri Motonari|Mori Motonari|Motonari
Shibata Katsuie|Katsuie
Takeda Katsuyori|Katsuyori
Katō Kiyomasa|Kato Kiyomasa|Kiyomasa
Konishi Yukinaga|Konishi@1580:1600
Tokugawa Ienari|Ienari
Tokugawa Iemochi|Iemochi
Tokugawa Nariaki|Nariaki
Abe Masahiro|Abe@1845:1857
Yoshida Shōin|Yoshida Shoin
Katsu Kaishū|Katsu Kaishu|Kaishū|Kaishu
Emperor Kōmei|Emperor Komei|Kōmei@1846:1867|Komei@1846:1867
Shimazu Hisamitsu|Hisamitsu
Shimazu Nariakira|Nariakira
Arai Hakuseki|Hakuseki
Muhammad of Ghor|Muhammad Ghori|Muhammad of Ghur|Mu'izz al-Din Muhammad
Prithviraj Chauhan|Prithviraj III|Prithviraj@1170:1192
Qutb ud-Din Aibak|Qutb-ud-din Aibak|Qutbuddin Aibak|Aibak|Aybak@1190:1215
Iltutmish|Shams ud-Din Iltutmish
Razia Sultana|Razia|Raziya|Raziya Sultan
Ghiyas ud din Balban|Ghiyasuddin Balban|Balban
Jalaluddin Khalji|Jalal-ud-din Khalji|Jalaluddin Khilji
Alauddin Khalji|Alauddin Khilji|Ala-ud-din Khalji|Ala-ud-din Khilji|Alauddin@1290:1320
Malik Kafur|Kafur@1295:1316
Ghiyath al-Din Tughluq|Ghiyasuddin Tughlaq|Ghiyas-ud-din Tughlaq|Ghiyasuddin Tughluq
Muhammad bin Tughluq|Muhammad bin Tughlaq|Muhammad Tughlaq|Muhammad Tughluq
Firuz Shah Tughlaq|Firuz Shah Tughluq|Firoz Shah Tughlaq|Feroz Shah Tughlaq|Firuz Shah@1351:1388|Firoz Shah@1351:1388
Khizr Khan
Bahlul Lodi|Bahlol Lodi|Bahlul Lodhi
Sikandar Lodi|Sikandar Lodhi
Bukka Raya I|Bukka@1336:1377
Mahmud of Ghazni|Mahmud Ghaznavi
Henry IV, Holy Roman Emperor|Henry IV@1056:1106|Emperor Henry IV
Henry V, Holy Roman Emperor|Henry V@1106:1125|Emperor Henry V
Henry VI, Holy Roman Emperor|Henry VI@1169:1197|Emperor Henry VI
Pope Leo IX|Leo IX
Pope Nicholas II
Pope Alexander II
Pope Paschal II|Paschal II
Pope Calixtus II|Calixtus II|Callixtus II
Pope Adrian IV|Adrian IV|Hadrian IV|Nicholas Breakspear
Pope Alexander III|Alexander III@1159:1181
Pope Honorius III|Honorius III
Pope Gregory IX|Gregory IX
Pope Innocent IV|Innocent IV
Antipope Clement III|Clement III@1080:1100|Wibert of Ravenna|Guibert of Ravenna
Matilda of Tuscany|Countess Matilda|Matilda@1070:1110
Rudolf of Rheinfelden|Rudolf of Swabia
Lothair III|Lothair of Supplinburg|Lothar III
Conrad III of Germany|Conrad III
Henry the Lion
Philip of Swabia
Otto IV|Otto of Brunswick
Conrad IV of Germany|Conrad IV
Manfred, King of Sicily|Manfred of Sicily|Manfred@1250:1266
Constance, Queen of Sicily|Constance of Sicily|Constance of Hauteville
Roger II of Sicily|Roger II
Robert Guiscard|Guiscard
Bernard of Clairvaux|Saint Bernard@1115:1153
Arnold of Brescia
Rainald of Dassel
Peter Damian
Nicholas Biddle|Biddle@1823:1844
Thomas Hart Benton|Benton@1821:1858
Lewis Cass|Cass@1831:1836|Cass@1844:1857
Sam Houston|Houston@1832:1861
John Brown (abolitionist)|John Brown@1840:1860
Elijah Lovejoy|Lovejoy@1833:1837
Wendell Phillips
Angelina Grimké|Angelina Grimke
Sarah Moore Grimké|Sarah Grimké|Sarah Grimke
Lucretia Mott|Mott@1840:1880
Elizabeth Cady Stanton|Cady Stanton|Stanton@1840:1856|Stanton@1869:1902
Susan B. Anthony|Susan Anthony|Anthony@1851:1906
Horace Greeley|Greeley@1840:1872
John C. Frémont|John C. Fremont|Frémont@1845:1864|Fremont@1845:1864
Joseph Smith|Joseph Smith@1827:1844
Brigham Young
David Wilmot
Preston Brooks
John Ross (Cherokee chief)|John Ross@1828:1866
Mark Hanna|Hanna@1890:1904
Lincoln Steffens|Steffens
Gifford Pinchot|Pinchot
Richard A. Ballinger|Ballinger@1909:1911
Bill Haywood|Big Bill Haywood|Haywood@1900:1928
Mother Jones
Alice Paul
Louis Brandeis|Brandeis
Herbert Croly|Croly
Florence Kelley
Victor L. Berger|Victor Berger|Berger@1900:1920
Emma Goldman|Goldman@1890:1920
Margaret Sanger|Sanger
Elihu Root
Joseph Gurney Cannon|Joe Cannon|Speaker Cannon
Nelson W. Aldrich|Nelson Aldrich|Aldrich@1890:1911
Charles Evans Hughes
George-Étienne Cartier|George-Etienne Cartier|George Cartier|Cartier@1854:1873
George Brown (Canadian politician)|George Brown@1850:1880
Alexander Mackenzie (politician)|Mackenzie@1872:1880
William Lyon Mackenzie|Lyon Mackenzie|Mackenzie@1830:1840
Louis-Joseph Papineau|Papineau@1820:1848
Charles Tupper|Tupper@1864:1900
Alexander Tilloch Galt|Alexander Galt|Galt@1858:1872
Thomas D'Arcy McGee|D'Arcy McGee|McGee@1857:1868
Gabriel Dumont|Dumont@1869:1885
Big Bear|Big Bear@1870:1888
Poundmaker
Robert Borden|Borden@1896:1920
Henri Bourassa|Bourassa@1896:1920
Joseph Howe|Howe@1835:1873
John Lambton, 1st Earl of Durham|Lord Durham|Durham@1837:1840
James Bruce, 8th Earl of Elgin|Lord Elgin|Elgin@1842:1863
Louis-Hippolyte Lafontaine|LaFontaine@1840:1851|Lafontaine@1840:1851
Robert Baldwin|Baldwin@1840:1851
Honoré Mercier|Honore Mercier
Clifford Sifton|Sifton
Isaac Butt|Butt@1870:1879
John Mitchel|Mitchel@1845:1875
Thomas Davis (Young Irelander)|Thomas Davis@1840:1848
Charles Gavan Duffy|Gavan Duffy|Duffy@1842:1855
William Smith O'Brien|Smith O'Brien|O'Brien@1843:1849
James Fintan Lalor|Fintan Lalor|Lalor@1847:1849
Thomas Francis Meagher|Meagher@1846:1849
James Stephens (Fenian)|James Stephens@1848:1883
John O'Mahony|O'Mahony@1858:1877
Jeremiah O'Donovan Rossa|O'Donovan Rossa|Rossa@1858:1885
John O'Leary (Fenian)|John O'Leary@1855:1907
John Dillon|Dillon@1880:1918
William O'Brien|William O'Brien@1880:1918
Tim Healy|Timothy Healy|Healy@1880:1918
Katharine O'Shea|Kitty O'Shea
Charles Trevelyan|Charles Edward Trevelyan|Trevelyan@1845:1850
William Edward Forster|W. E. Forster|Buckshot Forster|Forster@1870:1882
Lord Frederick Cavendish|Frederick Cavendish
Charles Boycott|Captain Boycott
Jules Grévy|Grévy|Grevy
Sadi Carnot (statesman)|Sadi Carnot@1887:1894|Carnot@1887:1894
Paul Déroulède|Déroulède|Deroulede
Joseph Caillaux|Caillaux
Pierre Waldeck-Rousseau|Waldeck-Rousseau
Émile Combes|Emile Combes|Combes@1902:1905
Hubert-Joseph Henry|Colonel Henry@1894:1899|Major Henry@1894:1899
Mathieu Dreyfus
Auguste Mercier|General Mercier@1894:1899
Émile Loubet|Loubet
Félix Faure|Felix Faure|Faure@1895:1899
Jules Guesde|Guesde
Maurice Barrès|Barrès|Barres@1885:1923
Alexandre Millerand|Millerand
Louis Barthou|Barthou
François Darlan|Admiral Darlan|Darlan
Henri Giraud|General Giraud|Giraud@1940:1944
Maxime Weygand|Weygand
Joseph Darnand|Darnand
René Bousquet|Rene Bousquet|Bousquet@1940:1944
Marcel Déat|Déat|Deat@1933:1945
Jacques Doriot|Doriot
Jean Moulin|Moulin@1940:1944
Klaus Barbie|Barbie@1942:1944
Paul Touvier|Touvier
Xavier Vallat|Vallat
Louis Darquier de Pellepoix|Darquier
Otto Abetz|Abetz
Georges Bidault|Bidault
Henri Frenay|Frenay
Nur Muhammad Taraki|Taraki
Hafizullah Amin|Amin@1978:1979
Babrak Karmal|Karmal
Mohammad Najibullah|Najibullah|Najib@1980:1992
Ahmad Shah Massoud|Ahmed Shah Massoud|Massoud@1975:2001
Massoud Rajavi
Masoud Barzani|Massoud Barzani
Gulbuddin Hekmatyar|Hekmatyar
Burhanuddin Rabbani|Rabbani@1975:2011
Abdul Rasul Sayyaf|Sayyaf@1980:1992
Mohammad Yunus Khalis|Yunus Khalis|Khalis@1979:1992
Jalaluddin Haqqani|Haqqani@1978:1992
Sibghatullah Mojaddedi|Mojaddedi
Mohammed Daoud Khan|Daoud Khan|Daoud@1953:1978|Daud Khan
Mohammed Zahir Shah|Zahir Shah
Abdul Rashid Dostum|Dostum
Mullah Omar|Mohammed Omar|Mullah Mohammed Omar
Ahmed Gailani|Sayed Ahmad Gailani|Gailani@1979:1992
Abdul Ali Mazari|Mazari
Sultan Ali Keshtmand|Keshtmand
Shahnawaz Tanai|Tanai@1988:1990
Ismail Khan|Ismail Khan@1979:2001
Muhammad Zia-ul-Haq|Zia-ul-Haq|Zia ul-Haq
Hamid Gul
Dmitry Ustinov|Ustinov@1976:1984
Boris Gromov|Gromov@1987:1989
Abdullah Azzam|Azzam@1979:1989
Charlie Wilson (Texas politician)|Charlie Wilson@1980:1989
Rurik
Oleg of Novgorod|Prophetic Oleg|Oleg@879:912
Igor of Kiev|Igor@912:945
Olga of Kiev|Saint Olga|Princess Olga|Olga@945:969
Sviatoslav I|Sviatoslav I of Kiev|Sviatoslav@945:972|Svyatoslav@945:972|Svyatoslav I
Vladimir II Monomakh|Vladimir Monomakh|Monomakh
Yuri Dolgorukiy|Yuri Dolgoruky|Yury Dolgoruky|Iurii Dolgorukii|Yurii Dolgorukii
Andrey Bogolyubsky|Andrei Bogolyubsky|Bogolyubsky
Ivan I of Moscow|Ivan Kalita|Ivan I@1325:1340
Dmitry Donskoy|Dmitri Donskoi|Dmitry Donskoi|Donskoy|Dmitrii Donskoi
Vasily I of Moscow|Vasily I@1389:1425
Vasily II of Moscow|Vasily II@1425:1462|Vasily the Blind
Ivan III of Russia|Ivan III|Ivan the Great
Vasily III of Russia|Vasily III|Vasili III
Sophia Paleologue|Sophia Palaiologina|Zoe Palaiologina
Elena Glinskaya|Glinskaya
Andrey Kurbsky|Andrei Kurbsky|Prince Kurbsky|Kurbsky
Alexei Adashev|Aleksey Adashev|Adashev
Malyuta Skuratov|Skuratov
Feodor I of Russia|Feodor I@1584:1598|Fyodor I@1584:1598|Feodor@1584:1598
False Dmitry I|First False Dmitry|False Dmitri I
False Dmitry II|Second False Dmitry|False Dmitri II|Thief of Tushino
Vasili IV of Russia|Vasily Shuisky|Vasili Shuisky|Vasily IV|Shuisky@1598:1612
Ivan Bolotnikov|Bolotnikov
Marina Mniszech|Mniszech
Kuzma Minin|Minin@1611:1613
Dmitry Pozharsky|Pozharsky
Patriarch Hermogenes|Hermogenes@1606:1612
Patriarch Filaret of Moscow|Patriarch Filaret|Filaret
Michael of Russia|Michael Romanov|Mikhail Romanov|Michael I@1613:1645
Alexis of Russia|Tsar Alexis|Alexei Mikhailovich|Alexis@1645:1676
Patriarch Nikon|Nikon@1652:1681
Avvakum|Archpriest Avvakum
Bohdan Khmelnytsky|Khmelnytsky|Khmelnitsky|Chmielnicki@1648:1657|Bohdan Chmielnicki|Bogdan Chmielnicki
Sigismund III Vasa|Sigismund III|Zygmunt III Waza|Zygmunt III
Władysław IV Vasa|Władysław IV|Wladyslaw IV
Stanisław Żółkiewski|Żółkiewski|Zolkiewski
Mamai
Tokhtamysh|Toqtamish
Akhmat Khan|Khan Akhmat|Akhmat@1460:1481
Devlet I Giray|Devlet Giray
Nikolai Yudenich|Yudenich
Pyotr Krasnov|Krasnov@1917:1920
Alexey Kaledin|Aleksey Kaledin|Kaledin
Grigory Semyonov|Ataman Semyonov|Semyonov@1917:1921
Roman von Ungern-Sternberg|Ungern-Sternberg|Baron Ungern|Ungern@1918:1921
Symon Petliura|Petliura|Petlyura|Simon Petliura
Pavlo Skoropadskyi|Pavlo Skoropadsky|Skoropadsky|Hetman Skoropadsky
Mikhail Frunze|Frunze
Semyon Budyonny|Budyonny|Budenny
Vasily Chapayev|Chapayev|Chapaev
Jukums Vācietis|Vācietis|Vatsetis|Ioakim Vatsetis
Carl Gustaf Emil Mannerheim|Mannerheim
Radola Gajda|Gajda
Vladimir Kappel|Kappel@1918:1920
Alexander Dutov|Ataman Dutov|Dutov
Nykyfor Hryhoriv|Hryhoriv|Ataman Grigoriev
Vladimir Antonov-Ovseenko|Antonov-Ovseenko|Antonov-Ovseyenko
Alexander Antonov|Antonov@1920:1922
Stepan Petrichenko|Petrichenko
Maria Spiridonova|Spiridonova
Edmund Ironside, 1st Baron Ironside|Ironside@1918:1920
Maurice Janin|General Janin|Janin@1918:1920
Constantine XI Palaiologos|Constantine XI|Constantine XI Palaeologus
Çandarlı Halil Pasha the Younger|Çandarlı Halil|Candarli Halil
Rüstem Pasha|Rustem Pasha
Şehzade Mustafa|Sehzade Mustafa|Prince Mustafa@1540:1553
Ebussuud Efendi|Ebussuud
Turgut Reis|Dragut
Andrea Doria|Doria@1520:1560
Stephen the Great|Stephen III of Moldavia|Ștefan cel Mare|Stefan cel Mare
Lazar of Serbia|Prince Lazar|Lazar Hrebeljanović|Knez Lazar|Tsar Lazar|Lazar@1371:1389
Uzun Hasan|Uzun Hassan
Al-Ashraf Qansuh al-Ghawri|Qansuh al-Ghawri|Qansuh al-Ghuri
Tuman Bay II|Tuman Bay|Tumanbay
Ottobah Cugoano|Cugoano
Hannah More
Thomas Fowell Buxton|Fowell Buxton|Buxton@1818:1845
Charles James Fox|Fox@1770:1806|Charles Fox
William Murray, 1st Earl of Mansfield|Lord Mansfield|Mansfield@1756:1788
Elizabeth Heyrick|Heyrick
Henry Brougham, 1st Baron Brougham and Vaux|Henry Brougham|Lord Brougham|Brougham@1810:1868
William Grenville, 1st Baron Grenville|Lord Grenville|Grenville@1791:1807
Anthony Benezet|Benezet
Victor Schœlcher|Schœlcher|Schoelcher
Benjamin Lundy|Lundy@1815:1839
Joaquim Nabuco|Nabuco
André Rebouças|Rebouças|Reboucas
José do Patrocínio|Patrocínio
Isabel, Princess Imperial of Brazil|Princess Isabel|Isabel@1871:1889
Eusébio de Queirós|Eusébio de Queiroz
José Paranhos, Viscount of Rio Branco|Viscount of Rio Branco|Rio Branco@1871:1880
Zumbi|Zumbi dos Palmares
Samuel Sharpe|Sam Sharpe
Bussa
Nanny of the Maroons|Queen Nanny|Nanny@1720:1740
Louis II of Hungary|Louis II@1516:1526
John Zápolya|Zápolya|Zapolya|John I of Hungary|Szapolyai
John Sigismund Zápolya|John Sigismund|John II Sigismund
George Martinuzzi|Martinuzzi
Niklas Graf Salm|Niklas Salm|Salm@1529:1530
Nikola IV Zrinski|Zrinski@1542:1566|Zrínyi@1542:1566
Miklós Zrínyi|Zrínyi@1640:1664
Michael the Brave|Mihai Viteazul
Stephen Bocskai|István Bocskai|Bocskai
Gabriel Bethlen|Gábor Bethlen|Bethlen@1613:1629
Imre Thököly|Thököly|Thokoly|Tököly|Emeric Thököly
Michael I Apafi|Apafi@1661:1690
Rudolf II, Holy Roman Emperor|Rudolf II@1576:1612|Emperor Rudolf II
Matthias, Holy Roman Emperor|Emperor Matthias|Matthias@1608:1619
Leopold I, Holy Roman Emperor|Leopold I@1658:1705|Emperor Leopold I
Raimondo Montecuccoli|Montecuccoli|Montecuculi
Köprülü Fazıl Ahmed Pasha|Fazıl Ahmed Pasha|Fazil Ahmed Pasha|Fazıl Ahmed|Fazil Ahmed
Charles V, Duke of Lorraine|Charles of Lorraine@1675:1690|Duke of Lorraine@1675:1690
Ernst Rüdiger von Starhemberg|Starhemberg@1680:1701
Maximilian II Emanuel, Elector of Bavaria|Max Emanuel|Maximilian Emanuel
Louis William, Margrave of Baden-Baden|Louis of Baden|Türkenlouis|Ludwig Wilhelm of Baden
Pope Innocent XI|Innocent XI
Francesco Morosini|Morosini@1657:1694
Claude Adrien Helvétius|Helvétius|Helvetius
Charles III of Spain|Charles III@1759:1788|Carlos III
Joseph I of Portugal|Joseph I@1750:1777|José I@1750:1777
Johann Friedrich Struensee|Struensee
Christian VII of Denmark|Christian VII
Caroline Matilda of Great Britain|Caroline Matilda
Gustav III|Gustavus III|Gustav III of Sweden
Chrétien-Guillaume de Lamoignon de Malesherbes|Malesherbes
Jean-Frédéric Phélypeaux, Count of Maurepas|Maurepas
Friedrich Melchior, Baron von Grimm|Grimm@1750:1790
Joseph von Sonnenfels|Sonnenfels
Gerard van Swieten|van Swieten@1745:1772
Pedro Rodríguez, Count of Campomanes|Campomanes
Pedro Pablo Abarca de Bolea, Count of Aranda|Count of Aranda|Aranda@1766:1792
José Moñino, 1st Count of Floridablanca|Floridablanca
Leopoldo de Gregorio, Marquis of Esquilache|Esquilache|Squillace@1759:1766
Bernardo Tanucci|Tanucci
Gotthold Ephraim Lessing|Lessing
Moses Mendelssohn|Mendelssohn@1750:1786
Guillaume Thomas François Raynal|Abbé Raynal|Raynal
Étienne François, duc de Choiseul|Duc de Choiseul|Choiseul@1758:1770
Grigory Potemkin|Potemkin@1768:1791
Ekaterina Dashkova|Princess Dashkova|Dashkova
Alexander Radishchev|Radishchev
Adam Weishaupt|Weishaupt
Charles VIII of France|Charles VIII@1483:1498
Louis XII|Louis XII of France
Cesare Borgia
Piero di Lorenzo de' Medici|Piero the Unfortunate|Piero de' Medici@1492:1503|Piero de Medici@1492:1503
Gaston de Foix, Duke of Nemours|Gaston de Foix
Gian Giacomo Trivulzio|Trivulzio
Charles de Lannoy|Lannoy@1520:1527
Fernando d'Ávalos|Marquis of Pescara|Pescara@1521:1525
Charles III, Duke of Bourbon|Constable of Bourbon|Constable Bourbon
Pierre Terrail, seigneur de Bayard|Chevalier Bayard|Bayard@1494:1524
Odet de Foix, Vicomte de Lautrec|Lautrec@1515:1528
Anne de Montmorency|Constable Montmorency|Montmorency@1520:1567
Francis, Duke of Guise|François de Guise|Duke of Guise@1545:1562
Emmanuel Philibert, Duke of Savoy|Emmanuel Philibert
Mary of Modena
Richard Talbot, 1st Earl of Tyrconnell|Earl of Tyrconnell@1685:1691|Tyrconnell@1685:1691|Tyrconnel@1685:1691
Patrick Sarsfield, 1st Earl of Lucan|Patrick Sarsfield|Sarsfield@1688:1693
John Graham, 1st Viscount Dundee|Viscount Dundee|Bonnie Dundee|Claverhouse|Dundee@1688:1689
Hugh Mackay (general)|General Mackay|Mackay@1689:1690
Frederick Schomberg, 1st Duke of Schomberg|Duke of Schomberg|Schomberg@1660:1690
Godert de Ginkel, 1st Earl of Athlone|Ginkel|Ginckel|Ginkell
Anthonie Heinsius|Anthony Heinsius|Heinsius@1688:1720
Hans Willem Bentinck, 1st Earl of Portland|Bentinck@1672:1709|Earl of Portland@1689:1709
Robert Spencer, 2nd Earl of Sunderland|Earl of Sunderland@1679:1702|Sunderland@1679:1702
Charles Talbot, 1st Duke of Shrewsbury|Earl of Shrewsbury@1688:1694|Shrewsbury@1688:1718
Henry Compton (bishop)|Bishop Compton|Compton@1685:1689
William Sancroft|Archbishop Sancroft|Sancroft
Gilbert Burnet|Bishop Burnet|Burnet@1680:1715
George Jeffreys, 1st Baron Jeffreys|Judge Jeffreys|Jeffreys@1683:1689
George Savile, 1st Marquess of Halifax|Marquess of Halifax|Halifax@1680:1695
John Dalrymple, 1st Earl of Stair|Master of Stair|Dalrymple@1690:1695
Karl Nesselrode|Nesselrode|Count Nesselrode
Ioannis Kapodistrias|Kapodistrias|Capodistria|Capodistrias
Friedrich von Gentz|Gentz
Wilhelm von Humboldt|Humboldt@1809:1819
Armand-Emmanuel de Vignerot du Plessis, Duc de Richelieu|Duc de Richelieu@1815:1821|Duke of Richelieu@1815:1821
Ferdinand VII of Spain|Ferdinand VII
Ferdinand I of the Two Sicilies|Ferdinand IV of Naples
Frederick Augustus I of Saxony|Frederick Augustus I@1806:1827|King of Saxony@1806:1827
Alexander Ypsilantis|Ypsilantis@1814:1821
Leopold I of Belgium|Leopold I@1831:1865|Leopold of Saxe-Coburg
Charles Albert of Sardinia|Charles Albert@1821:1849|Carlo Alberto
Charles de Morny, Duke of Morny|Duc de Morny|Duke of Morny|Morny
Eugène Rouher|Rouher
Victor de Persigny|Persigny
Émile Ollivier|Ollivier|Emile Ollivier
Alexandre Colonna-Walewski|Walewski@1850:1868|Count Walewski
Édouard Drouyn de Lhuys|Drouyn de Lhuys
Victor Hugo|Hugo@1848:1875
Jules Favre|Favre@1848:1880
Louis-Jules Trochu|General Trochu|Trochu
François Achille Bazaine|Marshal Bazaine|Bazaine
Armand-Jacques Leroy de Saint-Arnaud|Saint-Arnaud
François Certain Canrobert|Marshal Canrobert|Canrobert
Adolphe Niel|Marshal Niel|Niel@1859:1869
Edmond Le Bœuf|Le Bœuf|Leboeuf|Le Boeuf
Charles Cousin-Montauban, Count of Palikao|Count of Palikao|Palikao
Antoine Alfred Agénor, 10th Duke of Gramont|Duc de Gramont@1868:1871|Gramont@1868:1871
Vincent Benedetti|Benedetti@1864:1871
Felice Orsini|Orsini@1855:1859
Leopold, Prince of Hohenzollern|Leopold of Hohenzollern|Leopold of Hohenzollern-Sigmaringen
Napoléon, Prince Imperial|Prince Imperial@1856:1879
Charles-Denis Bourbaki|Bourbaki@1870:1871
Antoine Chanzy|Chanzy
Carlota of Mexico|Empress Carlota|Carlota@1857:1867|Charlotte of Belgium
Miguel Miramón|Miramón|Miramon
Juan Almonte|Almonte@1836:1867
Ignacio Zaragoza|Zaragoza@1862:1862
Nursultan Nazarbayev|Nazarbayev|Nazarbaev
Leonid Kravchuk|Kravchuk
Stanislav Shushkevich|Shushkevich
Vytautas Landsbergis|Landsbergis
Algirdas Brazauskas|Brazauskas
Kazimira Prunskienė|Prunskienė|Prunskiene
Edgar Savisaar|Savisaar
Arnold Rüütel|Rüütel|Ruutel
Anatolijs Gorbunovs|Gorbunovs
Zviad Gamsakhurdia|Gamsakhurdia
Levon Ter-Petrosyan|Ter-Petrosyan|Ter-Petrossian
Abulfaz Elchibey|Elchibey
Ayaz Mutalibov|Mutalibov
Heydar Aliyev|Aliyev@1969:2003|Heydar Aliev
Dzhokhar Dudayev|Dudayev|Dudaev
Alexander Rutskoy|Rutskoy|Rutskoi
Ruslan Khasbulatov|Khasbulatov
Anatoly Sobchak|Sobchak
Boris Pugo|Pugo
Dmitry Yazov|Yazov
Valentin Pavlov|Pavlov@1989:1991
Anatoly Lukyanov|Lukyanov
Yegor Gaidar|Gaidar@1990:2009
Islam Karimov|Karimov@1989:2016
Mircea Snegur|Snegur
Dinmukhamed Kunaev|Kunaev|Kunayev
James Baker|Baker@1985:1992
Frank País|País@1955:1957|Frank Pais
Huber Matos|Matos@1958:1959
Celia Sánchez|Celia Sanchez
Vilma Espín|Vilma Espin
José Antonio Echeverría|Echeverría@1954:1957|Echeverria@1954:1957
Carlos Prío Socarrás|Carlos Prío|Prío@1948:1952|Prio@1948:1952
Manuel Urrutia Lleó|Manuel Urrutia|Urrutia@1959:1959
José Miró Cardona|Miró Cardona|Miro Cardona
Osvaldo Dorticós|Dorticós|Dorticos
Eduardo Chibás|Chibás|Chibas
Aníbal Escalante|Escalante@1959:1968
Blas Roca Calderio|Blas Roca
Eloy Gutiérrez Menoyo|Gutiérrez Menoyo|Menoyo
Richard M. Bissell Jr.|Richard Bissell|Bissell@1958:1962
Rodion Malinovsky|Malinovsky@1941:1967
Askia Daoud|Askia Dawud
Askia Ishaq II|Ishaq II@1588:1591
Mansa Sulayman|Mansa Suleyman
Abu Bakr II|Abubakari II|Mansa Abu Bakr II|Mansa Abubakari
Sumanguru Kanté|Sumanguru|Soumaoro Kanté|Soumaoro
Tunka Manin
Al-Mansur|Abu Ja'far al-Mansur|Abu Jafar al-Mansur|al-Mansur@754:775|Al-Mansur@754:775
Ahmad al-Mansur|al-Mansur@1578:1603
Judar Pasha|Judar@1590:1599
Yusuf ibn Tashfin|Ibn Tashfin
Abdallah ibn Yasin|Ibn Yasin
Abu Bakr ibn Umar
Emperor Taizu of Song|Song Taizu|Zhao Kuangyin|Taizu@960:976|Chao K'uang-yin|Chao Kuang-yin
Emperor Taizong of Song|Song Taizong|Taizong@976:997
Emperor Renzong of Song|Song Renzong|Renzong@1022:1063
Emperor Shenzong of Song|Song Shenzong|Shenzong@1067:1085
Emperor Huizong of Song|Song Huizong|Huizong@1100:1135
Emperor Qinzong|Qinzong@1126:1161
Emperor Gaozong of Song|Song Gaozong|Gaozong@1127:1187
Sima Guang|Ssu-ma Kuang|Szu-ma Kuang
Fan Zhongyan
Ouyang Xiu
Su Shi|Su Dongpo
Cai Jing
Qin Hui|Ch'in Kuei|Chin Kuei
Yue Fei|Yüeh Fei|Yueh Fei
Han Shizhong
Zhu Xi|Chu Hsi
Jia Sidao
Wen Tianxiang
Abaoji|Yelü Abaoji|Emperor Taizu of Liao
Wanyan Aguda|Aguda@1113:1123|Emperor Taizu of Jin
Li Yuanhao|Emperor Jingzong of Western Xia
Chabi|Empress Chabi
Bayan of the Baarin|Bayan@1265:1295
Ahmad Fanakati|Ahmad Fanākatī
Drogön Chögyal Phagpa|Phagpa|Phags-pa|Phagspa
Liu Bingzhong
Temür Khan|Emperor Chengzong of Yuan
Toqto'a (Yuan dynasty)|Toqto'a@1338:1355|Toghto@1338:1355
Han Shantong
Zhang Shicheng
Chen Youliang
Abdallah al-Mahdi Billah|al-Mahdi@909:934|Ubayd Allah al-Mahdi
Al-Mu'izz li-Din Allah|al-Mu'izz@953:975|al-Muizz@953:975
Jawhar al-Siqilli|Jawhar@966:992
Al-Hakim bi-Amr Allah|al-Hakim@996:1021
Al-Mustansir Billah|al-Mustansir@1036:1094
Badr al-Jamali
Al-Afdal Shahanshah|al-Afdal@1094:1121
Hassan-i Sabbah|Hasan-i Sabbah|Hassan Sabbah
Rashid ad-Din Sinan|Old Man of the Mountain@1160:1193
Malik-Shah I|Malik-Shah|Malik Shah|Malikshah|Malik Shah I
Nizam al-Mulk|Nizam@1064:1092
Ahmad Sanjar|Sanjar@1097:1157
Kilij Arslan I|Kilij Arslan@1092:1107
Kilij Arslan II|Kilij Arslan@1156:1192
Romanos IV Diogenes|Romanos IV|Romanus IV|Romanus Diogenes
Shirkuh|Asad ad-Din Shirkuh
Al-Adil I|al-Adil@1193:1218|Saphadin
Al-Kamil|al-Kamil@1218:1238
As-Salih Ayyub|al-Salih Ayyub|as-Salih Ayyub
Shajar al-Durr|Shajarat al-Durr
Al-Mu'azzam Turanshah|Turanshah@1249:1250
Murad II|Murad@1421:1451
Bayezid II|Bayezid@1481:1512
Tahmasp I|Shah Tahmasp@1514:1576|Tahmasp@1514:1576
Şehzade Bayezid|Prince Bayezid@1555:1561
Mihrimah Sultan
Zaganos Pasha|Zaganos
Mahmud Pasha Angelović|Mahmud Pasha@1453:1474
Gedik Ahmed Pasha
Giovanni Giustiniani|Giustiniani@1452:1453
Gennadius Scholarius|Gennadios Scholarios|Gennadios II
Jean Parisot de Valette|La Valette|de Valette
Philippe Villiers de L'Isle-Adam|L'Isle-Adam
Taejo of Joseon|Yi Seong-gye|Yi Songgye|Taejo@1392:1398
Taejong of Joseon|Yi Bang-won|Taejong@1400:1418
Jeong Do-jeon|Chong Tojon|Jeong Dojeon|Chŏng To-jŏn|Chong To-jon
Danjong of Joseon|Danjong
Sejo of Joseon|Sejo@1453:1468|Grand Prince Suyang
Seongjong of Joseon|Seongjong@1469:1494
Yeonsangun|Yeonsan-gun|Yonsan'gun
Jungjong of Joseon|Jungjong@1506:1544
Jo Gwang-jo|Cho Kwang-jo
Yi Hwang|Toegye|Yi T'oegye|T'oegye
Yi I|Yulgok|Yi Yulgok
Gwanghaegun|Gwanghae-gun|Kwanghaegun
Injo of Joseon|Injo@1623:1649
Hyojong of Joseon|Hyojong@1649:1659
Song Si-yeol|Song Siyeol
Sukjong of Joseon|Sukjong@1674:1720
Jang Hui-bin|Consort Jang
Yeongjo of Joseon|Yeongjo|Yongjo
Crown Prince Sado|Prince Sado|Sado@1735:1762
Lady Hyegyeong|Hyegyeong
Jeongjo of Joseon|Jeongjo|Chongjo
Jeong Yak-yong|Chong Yag-yong|Dasan@1780:1836|Chŏng Yag-yong|Chong Yak-yong|Tasan@1780:1836
Park Ji-won|Pak Chi-won
Edward III of England|Edward III@1327:1377
Richard II of England|Richard II@1377:1399
John of Gaunt|Gaunt@1360:1399
Simon Sudbury|Sudbury@1375:1381|Archbishop Sudbury
Robert Hales|Hales@1372:1381
William Walworth|Walworth@1374:1385
John Ball (priest)|John Ball@1360:1381|Ball@1360:1381
Jack Straw (rebel)|Jack Straw@1381:1381|Straw@1381:1381
Geoffrey Litster|Litster
Henry le Despenser|Henry Despenser|Despenser@1370:1406
Philip VI of France|Philip VI@1328:1350
John II of France|John the Good|Jean le Bon|John II@1350:1364
Charles V of France|Charles the Wise|Charles V@1356:1380
Charles II of Navarre|Charles the Bad
Étienne Marcel|Etienne Marcel|Marcel@1355:1358
Guillaume Cale|Cale@1358:1358|Guillaume Karle
Pope Clement VI|Clement VI
Michele di Lando|Lando@1378:1382
Salvestro de' Medici|Salvestro de Medici
Cola di Rienzo|Cola di Rienzi|Rienzo@1343:1354|Rienzi@1343:1354
Daniele Manin|Manin@1847:1857
Carlo Pisacane|Pisacane
Vincenzo Gioberti|Gioberti
Massimo d'Azeglio|d'Azeglio|D'Azeglio
Cesare Balbo|Balbo@1840:1853
Ferdinand II of the Two Sicilies|Ferdinand II@1830:1859|King Bomba
Francis II of the Two Sicilies|Francis II@1859:1861
Leopold II, Grand Duke of Tuscany|Leopold II@1824:1859
Francis IV, Duke of Modena|Francis IV@1815:1846
Ciro Menotti|Menotti@1821:1831
Santorre di Santarosa|Santarosa
Guglielmo Pepe|Pepe@1820:1849|General Pepe
Pellegrino Rossi
Carlo Cattaneo|Cattaneo@1840:1869
Urbano Rattazzi|Rattazzi
Bettino Ricasoli|Ricasoli
Luigi Carlo Farini|Farini@1848:1866
Nino Bixio|Bixio
Nicolas Charles Victor Oudinot|Oudinot@1848:1849|General Oudinot@1848:1849
Pope Gregory XVI|Gregory XVI
Jules de Polignac|Polignac@1815:1847|Prince de Polignac
Jacques Laffitte|Laffitte@1815:1844
Casimir Pierre Perier|Casimir Perier@1817:1832|Casimir-Perier@1817:1832
Odilon Barrot|Barrot
Louis-Mathieu Molé|Molé@1836:1839|Count Molé
Henri, Count of Chambord|Count of Chambord|Comte de Chambord
Giuseppe Fieschi|Fieschi@1835:1836
William I of the Netherlands|William I@1815:1840|King William I@1815:1840
Louis de Potter|de Potter@1828:1839|De Potter@1828:1839
Charles Rogier|Rogier
Érasme-Louis Surlet de Chokier|Surlet de Chokier
Sylvain Van de Weyer|Van de Weyer
Mahmud II|Sultan Mahmud@1808:1839
Ibrahim Pasha of Egypt|Ibrahim Pasha@1816:1848
İbrahim Şinasi|Şinasi|Sinasi
Ziya Pasha
Hüseyin Avni Pasha|Huseyin Avni Pasha
Mahmud Nedim Pasha
Ahmed Cevdet Pasha|Cevdet Pasha|Ahmet Cevdet Pasha
Sa'id of Egypt|Said Pasha@1854:1863|Sa'id Pasha
Bashir Shihab II|Bashir II|Emir Bashir
Alexandru Ioan Cuza|Cuza|Alexander Cuza
Ignacio Comonfort|Comonfort
Juan Álvarez|Juan Alvarez
Miguel Lerdo de Tejada|Miguel Lerdo
Sebastián Lerdo de Tejada|Sebastián Lerdo|Sebastian Lerdo|Lerdo@1867:1876
Melchor Ocampo|Ocampo@1850:1861
Félix María Zuloaga|Zuloaga@1857:1860
Tomás Mejía|Mejía@1857:1867|Mejia@1857:1867
Leonardo Márquez|Márquez@1857:1867|Marquez@1857:1867
Santos Degollado|Degollado
Jesús González Ortega|González Ortega|Gonzalez Ortega
Mariano Escobedo|Escobedo@1862:1867
Pelagio Antonio de Labastida|Labastida@1856:1867
José María Gutiérrez de Estrada|Gutiérrez de Estrada
Jean Pierre Isidore Alphonse Dubois de Saligny|Dubois de Saligny|Saligny@1860:1863
Charles de Lorencez|Lorencez
Élie Frédéric Forey|Forey@1862:1864
Juan Prim|General Prim|Prim@1861:1870
Grand Duke Konstantin Pavlovich of Russia|Grand Duke Constantine@1815:1831|Constantine Pavlovich
Grand Duke Konstantin Nikolayevich of Russia|Grand Duke Constantine@1862:1863|Konstantin Nikolayevich
Adam Jerzy Czartoryski|Adam Czartoryski|Czartoryski@1795:1861
Józef Chłopicki|Chłopicki|Chlopicki
Jan Skrzynecki|Skrzynecki
Jan Krukowiecki|Krukowiecki
Ignacy Prądzyński|Prądzyński|Pradzynski
Michał Gedeon Radziwiłł|Radziwiłł@1830:1831|Radziwill@1830:1831
Piotr Wysocki|Wysocki@1830:1831
Emilia Plater|Plater@1830:1831
Joachim Lelewel|Lelewel
Józef Bem|Bem@1830:1850|General Bem
Ivan Paskevich|Paskevich|Paskievich|Paskevitch
Hans Karl von Diebitsch|Diebitsch
Aleksander Wielopolski|Wielopolski
Andrzej Artur Zamoyski|Zamoyski@1858:1863
Ludwik Mierosławski|Mierosławski|Mieroslawski
Marian Langiewicz|Langiewicz
Romuald Traugutt|Traugutt
Konstanty Kalinowski|Kalinowski@1862:1864|Kastus Kalinouski
Mikhail Muravyov-Vilensky|Muravyov@1863:1865|Muraviev@1863:1865
Cornelis de Witt
Michiel de Ruyter|de Ruyter|De Ruyter|Ruyter
Maarten Tromp|Tromp@1637:1653|Admiral Tromp@1637:1653
Cornelis Tromp
William II, Prince of Orange|William II of Orange|William II@1647:1650
Frederick Henry, Prince of Orange|Frederick Henry|Frederik Hendrik
Mary II of England|Mary II@1677:1694
Robert Blake (admiral)|Admiral Blake|Blake@1649:1657
Edward Montagu, 1st Earl of Sandwich|Earl of Sandwich@1660:1672
Jacob van Wassenaer Obdam|Obdam|Van Wassenaer Obdam
Witte de With
Gaspar Fagel|Fagel
Christoph Bernhard von Galen|Bernhard von Galen|von Galen@1650:1678|Bishop of Münster@1650:1678
Peter Stuyvesant|Stuyvesant
Henry Bennet, 1st Earl of Arlington|Lord Arlington|Arlington@1662:1674
Thomas Clifford, 1st Baron Clifford of Chudleigh|Lord Clifford@1667:1673|Clifford@1667:1673
George Downing|Sir George Downing
Shalmaneser III|Shalmaneser@-859:-824
Shalmaneser V|Shalmaneser@-727:-722
Merodach-baladan II|Marduk-apla-iddina II|Merodach-baladan
Shamash-shum-ukin|Shamash-shuma-ukin
Sinsharishkun|Sin-shar-ishkun
Ashur-uballit II
Ahab|Ahab@-874:-853
Jehu|Jehu@-841:-814
Josiah|Josiah@-640:-609
Zedekiah
Taharqa|Taharqo
Bindusara
Chanakya|Kautilya
Chandragupta I
Samudragupta|Samudra Gupta
Kumaragupta I|Kumaragupta
Skandagupta|Skanda Gupta
Dhana Nanda|Dhanananda
Pushyamitra Shunga|Pushyamitra|Pushyamitra Sunga
Toramana
Mihirakula
Yashodharman
Michael VIII Palaiologos|Michael VIII|Michael Palaiologos|Michael Palaeologus
Andronikos II Palaiologos|Andronikos II|Andronicus II
Andronikos III Palaiologos|Andronikos III|Andronicus III
John V Palaiologos|John V@1341:1391
John VI Kantakouzenos|John VI@1341:1355|John Kantakouzenos|Kantakouzenos@1320:1383|Cantacuzenus@1320:1383|Cantacuzene@1320:1383
Manuel II Palaiologos|Manuel II@1391:1425|Manuel Palaiologos
John VIII Palaiologos|John VIII@1425:1448
Alexios Apokaukos|Apokaukos|Apocaucus
Gregory Palamas|Palamas@1330:1360
Roger de Flor
Charles I of Anjou|Charles of Anjou@1246:1285
Loukas Notaras|Lucas Notaras|Notaras@1425:1453
Isidore of Kiev|Cardinal Isidore|Isidore@1436:1463
Mark of Ephesus|Mark Eugenikos|Markos Eugenikos
Stefan Dušan|Stephen Dušan|Stefan Dusan|Dušan@1331:1355|Dusan@1331:1355
Orban|Orban@1450:1453
Murad I|Murad@1362:1389
Hermann von Salza|Salza
Albert of Riga|Albert of Buxhoeveden|Bishop Albert@1199:1229
Konrad I of Masovia|Konrad of Masovia|Conrad of Masovia|Konrad of Mazovia
Mindaugas|Mindaugas@1230:1263|Mindowe|Mindaugas I
Gediminas|Gediminas@1290:1341|Gedymin|Giedymin
Algirdas|Algirdas@1330:1377|Olgierd@1330:1377|Olgerd@1330:1377
Kęstutis|Kęstutis@1330:1382|Kestutis@1330:1382
Jogaila|Władysław II Jagiełło|Wladyslaw II Jagiello|Jagiełło@1377:1434|Jagiello@1377:1434
Vytautas|Vytautas@1350:1430|Vytautas the Great|Witold@1380:1430
Winrich von Kniprode|Kniprode
Ulrich von Jungingen|Jungingen@1407:1410
Heinrich von Plauen the Elder|Heinrich von Plauen|Plauen@1410:1414
Albert, Duke of Prussia|Albert of Prussia|Albrecht of Prussia|Albert of Brandenburg-Ansbach|Duke Albert@1525:1568
Sigismund I the Old|Sigismund the Old|Sigismund I@1506:1548
Casimir IV Jagiellon|Casimir IV|Casimir Jagiellon
Casimir III the Great|Casimir the Great|Casimir III@1333:1370
Władysław I Łokietek|Łokietek|Lokietek|Wladyslaw Lokietek
Wolter von Plettenberg|Plettenberg
Jadwiga of Poland|Queen Jadwiga|Jadwiga@1384:1399
Chimalpopoca
Itzcoatl|Itzcóatl
Nezahualcoyotl|Nezahualcóyotl|Netzahualcoyotl
Nezahualpilli
Tlacaelel|Tlacaélel
Moctezuma I|Moctezuma Ilhuicamina|Motecuhzoma I|Montezuma I|Motecuhzoma Ilhuicamina
Axayacatl|Axayácatl
Tizoc|Tízoc
Ahuitzotl|Ahuítzotl
Tezozomoc|Tezozómoc
Maxtla
Cacamatzin|Cacama
Harihara I|Harihara@1336:1356
Harihara II|Harihara@1377:1404
Deva Raya I
Deva Raya II|Devaraya II
Achyuta Deva Raya|Achyuta Raya|Achyutaraya
Sadasiva Raya|Sadashiva Raya
Venkatapati Raya|Venkata II@1586:1614|Venkatapati Deva Raya
Saluva Narasimha Deva Raya|Saluva Narasimha
Tuluva Narasa Nayaka|Narasa Nayaka
Vidyaranya
Timmarusu|Saluva Timmarusu
Mahmud Gawan|Gawan@1450:1481|Mahmud Gavan
Ala-ud-Din Bahman Shah|Alauddin Bahman Shah|Bahman Shah|Hasan Gangu
Yusuf Adil Shah
Ali Adil Shah I
Hussain Nizam Shah I
Prataparudra Deva|Prataparudra@1497:1540
Muhammad Naguib|Naguib|Neguib|Mohamed Naguib
Farouk of Egypt|King Farouk|Farouk@1936:1952
Abdel Hakim Amer|Abd al-Hakim Amer|Hakim Amer|Amer@1952:1967
Zakaria Mohieddin|Mohieddin|Mohieddine
Ali Sabri|Sabri@1962:1971
Mohamed Hassanein Heikal|Heikal
Saad el-Shazly|Shazly|el-Shazly|Shazli
Hussein of Jordan|King Hussein
Faisal of Saudi Arabia|King Faisal|Faisal@1964:1975
Moshe Dayan|Dayan
Levi Eshkol|Eshkol
Menachem Begin|Begin@1977:1983
Ariel Sharon|Sharon@1967:2006
Ahmad Shukeiri|Shukeiri|Ahmad Shukairy|Shukairy
George Habash|Habash
Khalid Islambouli|Islambouli|Khalid al-Islambouli
Michel Aflaq|Aflaq
Salah al-Din al-Bitar|Salah Bitar|Salah al-Bitar|Bitar@1940:1980
Zaki al-Arsuzi|Arsuzi
Shukri al-Quwatli|Quwatli|Shukri al-Kuwatli|Quwatly
Husni al-Za'im|Husni al-Zaim|Husni Zaim
Adib Shishakli|Shishakli
Salah Jadid|Jadid@1963:1970
Rifaat al-Assad|Rifaat Assad|Rifaat@1970:1984
Nuri al-Said|Nuri as-Said|Nuri es-Said|Nuri@1930:1958
Faisal II of Iraq|Faisal II|King Faisal II
Abd al-Ilah|Abdul Ilah|Abd al-Illah|Prince Abd al-Ilah
Abd al-Karim Qasim|Abdul Karim Qasim|Abd al-Karim Qassem|Abdul Karim Kassem|Qasim@1958:1963|Qassem@1958:1963|Kassem@1958:1963
Abdul Salam Arif|Abd al-Salam Arif|Abdul Salam Aref|Arif@1958:1965
Abdul Rahman Arif|Abd al-Rahman Arif|Arif@1966:1968
Ahmed Hassan al-Bakr|al-Bakr@1963:1982|Bakr@1968:1979
Mustafa Barzani|Mulla Mustafa Barzani|Mullah Mustafa|Barzani@1943:1979
Jalal Talabani|Talabani
Camille Chamoun|Chamoun
Fuad Chehab|Fouad Chehab|Chehab@1945:1970|Fuad Shihab
Pierre Gemayel
Bachir Gemayel|Bashir Gemayel|Bachir@1975:1982
Amine Gemayel|Amin Gemayel
Kamal Jumblatt|Kamal Joumblatt|Jumblatt@1949:1976
Walid Jumblatt
Suleiman Frangieh|Sleiman Frangieh|Frangieh@1970:1976
Rashid Karami|Karami@1955:1987
Musa al-Sadr|Imam Musa al-Sadr|Musa Sadr
Nabih Berri|Berri@1980:2020
Michel Aoun|Aoun
Samir Geagea|Geagea
Siad Barre|Siyad Barre|Mohamed Siad Barre|Siad@1969:1991
Abdirashid Ali Shermarke|Shermarke
Mohamed Farrah Aidid|Mohamed Farah Aidid|Aidid|Aideed
Isaias Afwerki|Afwerki|Isaias@1970:2020
Hamid Idris Awate|Awate
Meles Zenawi|Zenawi|Meles@1975:2012
Ibrahim Abboud|Abboud@1958:1964
Gaafar Nimeiry|Nimeiry|Numeiry|Nimeiri|Jaafar Nimeiry|Jaafar Numeiri
Sadiq al-Mahdi|Sadiq el-Mahdi
Hassan al-Turabi|Turabi
John Garang|Garang
Omar al-Bashir|Omar Bashir|Bashir@1989:2019
Joseph Lagu|Lagu
Ismail al-Azhari|al-Azhari@1953:1969|Azhari@1953:1969
Joseph Iléo|Ileo|Iléo
Cyrille Adoula|Adoula
Albert Kalonji|Kalonji
Godefroid Munongo|Munongo
Christophe Gbenye|Gbenye
Laurent-Désiré Kabila|Laurent Kabila|Laurent-Desire Kabila|Kabila@1964:2001
Mike Hoare|Mad Mike Hoare|Mad Mike
Baudouin of Belgium|King Baudouin|Baudouin@1951:1993
José Eduardo dos Santos|Eduardo dos Santos|dos Santos@1979:2017
Joaquim Chissano|Chissano
Afonso Dhlakama|Dhlakama
André Matsangaissa|Andre Matsangaissa|Matsangaissa
Uria Simango|Simango
Luís Cabral|Luis Cabral
João Bernardo Vieira|Nino Vieira|Vieira@1973:2009
Francisco da Costa Gomes|Costa Gomes
Otelo Saraiva de Carvalho|Otelo
Mário Soares|Mario Soares|Soares@1974:1996
Kaúlza de Arriaga|Kaulza de Arriaga|Arriaga@1969:1973
Mário Pinto de Andrade|Pinto de Andrade
Chester Crocker|Crocker@1981:1989
Daniel arap Moi|arap Moi|Moi@1967:2002
Mwai Kibaki|Kibaki
Josiah Mwangi Kariuki|J. M. Kariuki|Kariuki@1963:1975
Mutesa II of Buganda|Mutesa II|Kabaka Mutesa@1939:1969|Edward Mutesa|King Freddie|Mutesa@1939:1969
Yoweri Museveni|Museveni
Tito Okello|Tito Lutwa Okello|Okello@1985:1986
John Okello|Okello@1963:1964
Yusuf Lule|Lule@1971:1985
Alice Lakwena|Lakwena|Alice Auma
Joseph Kony|Kony
Abeid Karume|Abeid Amani Karume|Karume
Ali Hassan Mwinyi|Mwinyi
Rashidi Kawawa|Kawawa
Oscar Kambona|Kambona
Isabel Perón|Isabel Peron|Isabelita|Isabel Martínez de Perón
Edelmiro Farrell|Farrell@1943:1946
Eduardo Lonardi|Lonardi
Pedro Eugenio Aramburu|Aramburu
Arturo Frondizi|Frondizi
Arturo Umberto Illia|Arturo Illia|Illia
Juan Carlos Onganía|Onganía|Ongania
Alejandro Agustín Lanusse|Lanusse
Héctor José Cámpora|Cámpora|Campora
José López Rega|López Rega|Lopez Rega
Jorge Rafael Videla|Videla@1975:1990
Emilio Eduardo Massera|Massera
Roberto Eduardo Viola|Viola@1976:1981
Leopoldo Galtieri|Galtieri
Raúl Alfonsín|Alfonsín|Alfonsin
Mario Firmenich|Firmenich
Luís Carlos Prestes|Luiz Carlos Prestes|Luis Carlos Prestes|Prestes@1931:1990
Júlio Prestes|Julio Prestes
Washington Luís|Washington Luis
Eurico Gaspar Dutra|Dutra
Juscelino Kubitschek|Kubitschek
Jânio Quadros|Janio Quadros|Quadros
Humberto de Alencar Castelo Branco|Castelo Branco|Castello Branco
Artur da Costa e Silva|Costa e Silva
Emílio Garrastazu Médici|Garrastazu Médici|Médici@1969:1974|Medici@1969:1974
Ernesto Geisel|Geisel
João Figueiredo|Figueiredo@1979:1985
Tancredo Neves|Tancredo
José Sarney|Sarney
Carlos Lacerda|Lacerda@1945:1968
Plínio Salgado|Plinio Salgado|Salgado@1932:1975
Oswaldo Aranha|Osvaldo Aranha|Aranha
Leonel Brizola|Brizola
Carlos Marighella|Marighella
Luiz Inácio Lula da Silva|Lula da Silva|Lula
Miguel Ydígoras Fuentes|Ydígoras|Ydigoras
Efraín Ríos Montt|Ríos Montt|Rios Montt
Rigoberta Menchú|Menchú|Menchu
John Peurifoy|Peurifoy
Francisco Javier Arana|Arana@1944:1949
Maximiliano Hernández Martínez|Hernández Martínez|Hernandez Martinez
Farabundo Martí|Farabundo Marti
José Napoleón Duarte|Napoleón Duarte|Napoleon Duarte|Duarte@1960:1989
Roberto D'Aubuisson|D'Aubuisson
Alfredo Cristiani|Cristiani
Ignacio Ellacuría|Ellacuría|Ellacuria
Tiburcio Carías Andino|Carías Andino|Carías@1932:1949|Carias@1932:1949
Oswaldo López Arellano|López Arellano|Lopez Arellano
John Negroponte|Negroponte@1981:2010
Samuel Zemurray|Zemurray
José Figueres Ferrer|José Figueres|Figueres@1948:1974
Óscar Arias|Oscar Arias
Omar Torrijos|Torrijos
Jean-Claude Duvalier|Baby Doc|Duvalier@1971:1986
Joaquín Balaguer|Joaquin Balaguer|Balaguer
Juan Bosch|Bosch@1961:1966
Francisco Caamaño|Caamaño|Caamano
Paul Magloire|Magloire
Henri Namphy|Namphy
Raoul Cédras|Cédras|Cedras
Jean-Bertrand Aristide|Aristide@1986:2010
Charlemagne Péralte|Péralte|Peralte
Sumner Welles
Antonio Guiteras|Guiteras
Julio Antonio Mella|Mella@1923:1929
Jorge Eliécer Gaitán|Jorge Gaitán|Gaitán|Gaitan
Laureano Gómez|Laureano Gomez
Mariano Ospina Pérez|Ospina Pérez|Ospina Perez|Ospina@1946:1950
Gustavo Rojas Pinilla|Rojas Pinilla
Alberto Lleras Camargo|Lleras Camargo
Carlos Lleras Restrepo|Lleras Restrepo
Alfonso López Pumarejo|López Pumarejo|Lopez Pumarejo
Manuel Marulanda|Tirofijo|Marulanda
Camilo Torres Restrepo|Camilo Torres@1955:1966
Pablo Escobar|Escobar@1975:1993
Belisario Betancur|Betancur
Luis Carlos Galán|Galán@1979:1989
César Gaviria|Cesar Gaviria|Gaviria@1990:1994
Andrés Pastrana|Andres Pastrana|Pastrana@1998:2002
Álvaro Uribe|Alvaro Uribe|Uribe@2002:2010
Juan Vicente Gómez|Juan Vicente Gomez|Gómez@1908:1935|Gomez@1908:1935
Cipriano Castro
Eleazar López Contreras|López Contreras|Lopez Contreras
Isaías Medina Angarita|Medina Angarita
Rómulo Betancourt|Romulo Betancourt|Betancourt@1928:1981
Rómulo Gallegos|Romulo Gallegos|Gallegos@1945:1948
Marcos Pérez Jiménez|Pérez Jiménez|Perez Jimenez
Rafael Caldera|Caldera@1946:1999
Carlos Andrés Pérez|Carlos Andres Perez
Augusto B. Leguía|Augusto Leguía|Leguía|Leguia
Víctor Raúl Haya de la Torre|Haya de la Torre|Haya@1924:1979
José Carlos Mariátegui|Mariátegui|Mariategui
Luis Miguel Sánchez Cerro|Sánchez Cerro|Sanchez Cerro
Óscar R. Benavides|Óscar Benavides|Oscar Benavides|Benavides@1914:1939
Manuel Prado Ugarteche|Manuel Prado
José Luis Bustamante y Rivero|Bustamante y Rivero
Manuel A. Odría|Manuel Odría|Odría|Odria
Fernando Belaúnde Terry|Belaúnde|Belaunde
Juan Velasco Alvarado|Velasco Alvarado|Velasco@1968:1975
Francisco Morales Bermúdez|Morales Bermúdez|Morales Bermudez
Abimael Guzmán|Abimael Guzman|Guzmán@1980:1992|Guzman@1980:1992|Presidente Gonzalo|Chairman Gonzalo
Alberto Fujimori|Fujimori
Alan García|Alan Garcia
Vladimiro Montesinos|Montesinos@1990:2000
Mario Vargas Llosa|Vargas Llosa
Stephen I of Hungary|Saint Stephen@997:1038|Stephen I@997:1038|King Stephen@997:1038|István I
Géza, Grand Prince of the Hungarians|Géza@950:1000|Geza@950:1000
Koppány
Andrew I of Hungary|Andrew I@1046:1060
Ladislaus I of Hungary|Saint Ladislaus|Ladislaus I@1077:1095|László I@1077:1095
Coloman, King of Hungary|Coloman the Learned|Coloman@1095:1116|Kálmán@1095:1116
Béla III of Hungary|Béla III|Bela III
Andrew II of Hungary|Andrew II@1205:1235
Ladislaus IV of Hungary|Ladislaus the Cuman|Ladislaus IV@1272:1290
Andrew III of Hungary|Andrew III@1290:1301|Andrew the Venetian
Matthew III Csák|Matthew Csák|Máté Csák|Csák@1290:1321
Charles I of Hungary|Charles Robert|Charles Robert of Anjou
Louis I of Hungary|Louis the Great@1342:1382|Louis I@1342:1382|Louis of Hungary@1342:1382
Mary, Queen of Hungary|Mary of Hungary@1382:1395|Queen Mary@1382:1395
Joanna I of Naples|Joanna I@1343:1382|Queen Joanna@1343:1382
Wenceslaus I, Duke of Bohemia|Saint Wenceslas|Saint Wenceslaus|St Wenceslas|St. Wenceslas|Good King Wenceslas
Boleslaus I, Duke of Bohemia|Boleslaus the Cruel|Boleslaus I@929:972
Ottokar I of Bohemia|Ottokar I|Přemysl Ottokar I
Ottokar II of Bohemia|Ottokar II|Přemysl Ottokar II|Otakar II|Ottokar@1250:1278
Wenceslaus II of Bohemia|Wenceslaus II@1278:1305|Wenceslas II@1278:1305
Wenceslaus III of Bohemia|Wenceslaus III@1301:1306|Wenceslas III@1301:1306
John of Bohemia|John the Blind|King John of Bohemia|John of Luxembourg@1310:1346
Charles IV, Holy Roman Emperor|Emperor Charles IV|Charles IV@1346:1378|Karel IV
Wenceslaus IV of Bohemia|Wenceslas IV|Wenceslaus IV|Václav IV|Wenceslas@1378:1419|Wenceslaus@1378:1419
Jerome of Prague
John of Nepomuk|John Nepomucene|Nepomuk
Ernest of Pardubice|Arnošt of Pardubice
Procopius the Great|Prokop the Great|Prokop the Bald|Procopius the Bald|Prokop Holý|Prokop@1420:1434
George of Poděbrady|George of Podebrady|Poděbrady@1448:1471|Podebrady@1448:1471
Ladislaus the Posthumous|Ladislaus Posthumus
Władysław III of Poland|Władysław of Varna|Wladyslaw of Varna|Ladislaus of Varna|Władysław III@1434:1444|Wladyslaw III@1434:1444
John I Albert|Jan Olbracht|John Albert@1492:1501
Alexander Jagiellon|Alexander Jagiellończyk
Sigismund II Augustus|Sigismund Augustus|Zygmunt August|Sigismund II@1548:1572
Bona Sforza|Queen Bona
Barbara Radziwiłł|Barbara Radziwill
Mikołaj Radziwiłł the Black|Radziwiłł the Black|Radziwill the Black
Zbigniew Oleśnicki (cardinal)|Zbigniew Oleśnicki|Zbigniew Olesnicki|Oleśnicki@1410:1455|Olesnicki@1410:1455
Švitrigaila|Svitrigaila|Świdrygiełło
Paulus Vladimiri|Paweł Włodkowic|Pawel Wlodkowic|Włodkowic|Wlodkowic
Edigu|Edigey|Yedigey
Mengli I Giray|Mengli Giray
Konstanty Ostrogski|Constantine Ostrogski|Ostrogski@1490:1530
Jan Tarnowski|Hetman Tarnowski|Tarnowski@1520:1561
Andrzej Frycz Modrzewski|Frycz Modrzewski|Modrzewski
Stefan Nemanja|Stephen Nemanja|Nemanja@1150:1200
Saint Sava|St. Sava|St Sava|Rastko Nemanjić
Stefan the First-Crowned|Stefan Prvovenčani|Stephen the First-Crowned|Stefan Nemanjić@1196:1228
Stefan Uroš I|Stephen Uroš I|Uroš I
Stefan Dragutin|Dragutin
Stefan Milutin|Milutin|Uroš II Milutin|Stefan Uroš II Milutin
Stefan Dečanski|Stefan Uroš III Dečanski|Dečanski|Decanski|Uroš III
Stefan Uroš V|Uroš V|Uros V|Uroš the Weak
Vukašin Mrnjavčević|Vukašin|Vukasin|King Vukašin
Jovan Uglješa|Uglješa|Ugljesa
Prince Marko|Marko Kraljević|Kraljević Marko|Marko Mrnjavčević
Miloš Obilić|Obilić|Obilic|Milos Obilic
Vuk Branković|Branković@1371:1397|Brankovic@1371:1397
Milica of Serbia|Princess Milica|Empress Milica
Stefan Lazarević|Despot Stefan|Lazarević@1389:1427|Lazarevic@1389:1427
Tvrtko I of Bosnia|Tvrtko I|Stephen Tvrtko|Tvrtko@1353:1391
Pope Clement V|Clement V|Bertrand de Got
Pope John XXII|John XXII|Jacques Duèze
Pope Benedict XII|Benedict XII
Pope Innocent VI|Innocent VI
Pope Urban V|Urban V
Pope Gregory XI|Gregory XI
Pope Urban VI|Urban VI|Bartolomeo Prignano
Antipope Clement VII|Robert of Geneva|Clement VII@1378:1394
Pope Boniface IX|Boniface IX
Antipope Benedict XIII|Pedro de Luna|Papa Luna|Benedict XIII@1394:1423
Pope Innocent VII|Innocent VII
Pope Gregory XII|Gregory XII
Antipope Alexander V|Alexander V|Peter Philarges
Antipope John XXIII|Baldassare Cossa|John XXIII@1410:1415|Cossa@1400:1419
Pope Eugene IV|Eugene IV|Eugenius IV
Antipope Felix V|Felix V|Amadeus VIII
Pope Nicholas V|Nicholas V
Pope Pius II|Pius II|Aeneas Sylvius Piccolomini|Aeneas Silvius Piccolomini|Enea Silvio Piccolomini|Aeneas Sylvius|Aeneas Silvius|Piccolomini@1430:1464
Philip IV of France|Philip the Fair|Philippe le Bel|Philip IV@1285:1314
Guillaume de Nogaret|Nogaret
Catherine of Siena
Bridget of Sweden|Saint Bridget|Saint Birgitta|Birgitta of Sweden
Gil Álvarez Carrillo de Albornoz|Cardinal Albornoz|Gil de Albornoz|Albornoz@1338:1367
Marsilius of Padua|Marsiglio of Padua|Marsilius
William of Ockham|William of Occam|Ockham|Occam
Michael of Cesena
Jean Gerson|Jean de Gerson|John Gerson|Gerson@1380:1429
Pierre d'Ailly|Peter d'Ailly|Cardinal d'Ailly|d'Ailly
Francesco Zabarella|Zabarella
Nicholas of Cusa|Nicolaus Cusanus|Nicholas Cusanus|Cusanus
Conrad of Gelnhausen
Henry of Langenstein
Dietrich of Nieheim|Dietrich of Niem
Panormitanus|Niccolò de' Tudeschi|Nicolaus de Tudeschis
Giuliano Cesarini|Cardinal Cesarini|Cesarini@1419:1444
John of Segovia|Juan de Segovia
Basilios Bessarion|Cardinal Bessarion|Bessarion
Louis IV, Holy Roman Emperor|Louis the Bavarian|Ludwig the Bavarian|Ludwig der Bayer|Louis IV@1314:1347|Ludwig IV@1314:1347
Rudolf I of Germany|Rudolf of Habsburg|Rudolph of Habsburg|Rudolf I@1273:1291|Rudolph I@1273:1291
Adolf, King of the Romans|Adolf of Nassau|Adolph of Nassau
Albert I of Germany|Albert I@1298:1308|Albrecht I@1298:1308|Albert of Habsburg@1282:1308
Henry VII, Holy Roman Emperor|Henry VII@1308:1313|Henry of Luxembourg@1288:1313
Frederick the Fair|Frederick of Austria@1314:1330
Rupert of Germany|Rupert of the Palatinate|Rupert@1398:1410|Ruprecht@1398:1410
Jobst of Moravia|Jodocus of Moravia|Jobst@1375:1411
Albert II of Germany|Albert V of Austria|Albert II@1437:1439|Albrecht II@1437:1439
Frederick III, Holy Roman Emperor|Frederick III@1440:1493|Friedrich III@1440:1493|Emperor Frederick III@1440:1493
Richard of Cornwall|Richard, King of the Romans
Alfonso X of Castile|Alfonso the Wise|Alfonso X
Conradin
Baldwin of Luxembourg|Baldwin of Trier|Balduin of Luxembourg
Berthold von Henneberg|Berthold of Henneberg|Henneberg@1484:1504
Frederick I, Elector of Brandenburg|Frederick VI of Nuremberg|Frederick of Hohenzollern@1411:1440
Albrecht III Achilles, Elector of Brandenburg|Albrecht Achilles|Albert Achilles
Frederick I, Elector Palatine|Frederick the Victorious
Rudolf IV, Duke of Austria|Rudolf the Founder|Rudolf IV@1358:1365
Leopold III, Duke of Austria|Leopold III@1365:1386
Mary of Burgundy
Henry VII of England|Henry Tudor|Henry VII@1485:1509
Elizabeth of York
Margaret Beaufort|Lady Margaret Beaufort
Richard Empson|Empson@1490:1510
Catherine Howard|Katherine Howard
Catherine Parr|Katherine Parr
Thomas Seymour, 1st Baron Seymour of Sudeley|Thomas Seymour
John Fisher|Bishop Fisher|Fisher@1504:1535
William Warham|Warham|Archbishop Warham
Lorenzo Campeggio|Campeggio|Cardinal Campeggio
Thomas Darcy, 1st Baron Darcy of Darcy|Darcy@1530:1537
Edmund Bonner|Bishop Bonner|Bonner@1539:1569
Robert Cecil, 1st Earl of Salisbury|Robert Cecil
Christopher Hatton|Hatton@1570:1591
Matthew Parker
John Whitgift|Whitgift
Edmund Grindal|Grindal
Thomas Percy, 7th Earl of Northumberland|Thomas Percy@1558:1572
Charles Neville, 6th Earl of Westmorland|Charles Neville@1558:1571
Roberto Ridolfi|Ridolfi@1568:1572
Anthony Babington|Babington@1586:1586
Francis Throckmorton|Throckmorton@1583:1584
Edmund Campion|Campion@1570:1581
Hugh O'Neill, Earl of Tyrone|Hugh O'Neill|Earl of Tyrone@1587:1616
James Hepburn, 4th Earl of Bothwell|Bothwell@1566:1578
Charles Howard, 1st Earl of Nottingham|Howard of Effingham|Lord Howard of Effingham
Alonso Pérez de Guzmán, 7th Duke of Medina Sidonia|Medina Sidonia@1580:1615
Carlos, Prince of Asturias|Don Carlos@1556:1568
Antonio Pérez (statesman)|Antonio Pérez|Antonio Perez
Ruy Gómez de Silva|Ruy Gómez|Ruy Gomez
Antoine Perrenot de Granvelle|Granvelle|Cardinal Granvelle
Margaret of Parma
Alexander Farnese, Duke of Parma|Alexander Farnese|Farnese@1578:1592
Lamoral, Count of Egmont|Egmont@1559:1568|Count Egmont
Luis de Requesens y Zúñiga|Requesens
Juan de Escobedo|Escobedo@1575:1578
Elisabeth of Valois|Elizabeth of Valois
Isabella Clara Eugenia
Francisco Gómez de Sandoval, Duke of Lerma|Duke of Lerma|Lerma@1598:1625
Cristóbal Gómez de Sandoval, Duke of Uceda|Duke of Uceda|Uceda@1612:1624
Rodrigo Calderón, Marquis of Siete Iglesias|Rodrigo Calderón|Rodrigo Calderon
Luis Méndez de Haro|Luis de Haro|Haro@1643:1661
Ambrogio Spinola|Ambrogio Spínola|Spinola@1600:1630|Spínola@1600:1630
Cardinal-Infante Ferdinand|Cardinal-Infante|Cardinal Infante
John of Austria the Younger|Don Juan José of Austria|Juan José of Austria|Don Juan José
Mariana of Austria
Charles II of Spain|Charles the Bewitched
John IV of Portugal|John IV@1640:1656|João IV
Masaniello|Tommaso Aniello
Henry II, Duke of Guise|Guise@1647:1648
Pau Claris
Dalmau de Queralt, Count of Santa Coloma|Santa Coloma@1638:1640
Juan de Lanuza y Urrea|Juan de Lanuza|Lanuza@1591:1591
Aben Humeya|Abén Humeya
Sebastian of Portugal|King Sebastian|Sebastian I of Portugal|Dom Sebastião
António, Prior of Crato|Prior of Crato|Dom António
Charles IX of Sweden|Charles IX@1599:1611
Charles X Gustav|Charles X Gustavus|Karl X Gustav|Charles X@1654:1660
Charles XI of Sweden|Charles XI|Karl XI
Charles XII of Sweden|Charles XII|Karl XII
Ulrika Eleonora, Queen of Sweden|Ulrika Eleonora@1700:1741
Frederick I of Sweden|Frederick of Hesse@1715:1751
Johan Banér|Banér|Baner@1630:1641
Lennart Torstensson|Torstensson|Torstenson
Gustav Horn, Count of Pori|Gustav Horn|Horn@1625:1657
Carl Gustaf Wrangel|Wrangel@1640:1676
Jacob De la Gardie|De la Gardie@1609:1630
Magnus Gabriel De la Gardie|De la Gardie@1650:1686
Johan Gyllenstierna|Gyllenstierna@1675:1680
Arvid Horn|Horn@1710:1740
Georg Heinrich von Görtz|Görtz@1714:1719|Goertz@1714:1719
Adam Ludwig Lewenhaupt|Lewenhaupt
Carl Gustaf Rehnskiöld|Rehnskiöld|Rehnskjöld|Rehnskiold
Magnus Stenbock|Stenbock
Bernhard of Saxe-Weimar|Bernard of Saxe-Weimar
John II Casimir Vasa|John II Casimir|Jan Kazimierz|John Casimir@1648:1668
Frederick IV of Denmark|Frederick IV@1699:1730
Ivan Mazepa|Mazepa|Mazeppa
Alexander Menshikov|Menshikov@1690:1729|Aleksandr Menshikov
Boris Sheremetev|Sheremetev
Stanisław Leszczyński|Stanislaus Leszczynski|Leszczyński|Leszczynski
Leonardo Loredan|Loredan@1501:1521
Andrea Gritti|Gritti@1500:1538
Sebastiano Venier|Venier@1570:1578|Sebastiano Veniero
Agostino Barbarigo (admiral)|Barbarigo@1571:1571
Marcantonio Colonna (1535–1584)|Marcantonio Colonna|Marc'Antonio Colonna
Giovanni Andrea Doria|Gian Andrea Doria|Giannandrea Doria
Müezzinzade Ali Pasha|Ali Pasha@1569:1571
Uluç Ali Reis|Uluç Ali|Uluj Ali|Occhiali|Kılıç Ali Pasha
Lala Mustafa Pasha|Lala Mustafa
Marco Antonio Bragadin|Bragadin
Kemal Reis
Lazzaro Mocenigo|Mocenigo@1654:1657
Mehmed IV|Mehmed the Hunter
Ahmed III
Silahdar Damat Ali Pasha|Damat Ali Pasha|Damat Ali
Johann Matthias von der Schulenburg|Schulenburg@1715:1718
Otto Wilhelm Königsmarck|Königsmarck@1685:1688|Koenigsmarck@1685:1688
Anastasia Romanovna|Anastasia Zakharyina
Macarius, Metropolitan of Moscow|Metropolitan Macarius|Makary@1542:1563
Philip II, Metropolitan of Moscow|Metropolitan Philip|Philip Kolychev
Sylvester (priest)|Sylvester@1547:1560|Silvester@1547:1560
Dmitry of Uglich
Vladimir of Staritsa|Vladimir Staritsky
Simeon Bekbulatovich
Mikhail Skopin-Shuisky|Skopin-Shuisky
Prokopy Lyapunov|Lyapunov@1606:1611
Ivan Zarutsky|Zarutsky
Stephen Báthory|Stefan Batory|Báthory@1575:1586|Batory@1575:1586
Marfa Boretskaya|Marfa Posadnitsa
Nil Sorsky|Nil of Sora
Joseph Volotsky|Joseph of Volokolamsk|Joseph of Volotsk
Louis Joseph, Duke of Vendôme|Vendôme@1690:1712|Vendome@1690:1712
Louis François, Duke of Boufflers|Boufflers
Nicolas Catinat|Catinat
François de Neufville, Duke of Villeroy|Villeroy@1690:1715|Villeroi@1690:1715
Camille d'Hostun, duc de Tallard|Tallard
Madame de Montespan|Montespan
Louise de La Vallière|La Vallière|Louise de La Valliere
Maria Theresa of Spain
Philippe II, Duke of Orléans|Philippe d'Orléans@1700:1723
Philip V of Spain|Philip V@1700:1746|Philip of Anjou@1683:1700
François Fénelon|Fénelon|Fenelon
Simon Arnauld de Pomponne|Pomponne
Jean-Baptiste Colbert, Marquis de Torcy|Torcy
Hugues de Lionne|Lionne
Michel Chamillart|Chamillart
Nicolas Desmarets|Desmarets@1703:1715
Louis Phélypeaux, comte de Pontchartrain|Pontchartrain@1690:1715
Jean-Baptiste Colbert, Marquis de Seignelay|Seignelay
Gabriel Nicolas de la Reynie|La Reynie
François de la Chaise|Père La Chaise|Père de La Chaise
Abraham Duquesne|Duquesne@1660:1688
Pierre Jurieu|Jurieu
Jean Cavalier|Cavalier@1702:1705
Antoine Arnauld|Arnauld@1640:1694
Pasquier Quesnel|Quesnel
Pope Clement XI|Clement XI
Philip V of Macedon|Philip V@-221:-179
Antigonus II Gonatas|Antigonus Gonatas|Gonatas
Philip III Arrhidaeus|Philip Arrhidaeus|Arrhidaeus
Alexander IV of Macedon|Alexander IV@-323:-309
Ptolemy II Philadelphus|Ptolemy II|Ptolemy Philadelphus|Philadelphus@-285:-246
Ptolemy III Euergetes|Ptolemy III
Ptolemy XII Auletes|Ptolemy XII|Auletes
Ptolemy XIII Theos Philopator|Ptolemy XIII
Ptolemy Keraunos|Ptolemy Ceraunus
Arsinoe II
Attalus I|Attalus@-241:-197
Attalus III
Eumenes II|Eumenes@-197:-159
Cleitus the Black|Cleitus@-340:-328|Clitus@-340:-328
Memnon of Rhodes|Memnon@-340:-333
Judas Maccabeus|Judah Maccabee|Judas Maccabaeus
Cleomenes III|Cleomenes@-235:-219
Aratus of Sicyon|Aratus@-250:-213
Agathocles of Syracuse|Agathocles@-317:-289
Hiero II of Syracuse|Hiero II|Hiero@-275:-215
Mithridates I of Parthia|Mithridates I
Julia Domna
Julia Maesa
Julia Mamaea
Pescennius Niger|Pescennius|Niger@193:194
Clodius Albinus|Albinus@193:197
Avidius Cassius|Avidius
Naevius Sutorius Macro|Macro@31:38
Tigellinus|Ofonius Tigellinus
Gaius Julius Vindex|Vindex@67:68
Gnaeus Calpurnius Piso|Piso@17:20
Gaius Calpurnius Piso|Piso@62:65
Ulpian
Herod Agrippa|Herod Agrippa I|Agrippa I|Agrippa@37:44
Tiridates I of Armenia|Tiridates@53:75
Vologases I|Vologases@51:78
Narcissus (freedman)|Narcissus@41:54
Marcus Antonius Pallas|Pallas@41:55
Gaius Licinius Mucianus|Mucianus
Pliny the Younger
Maximinus Thrax|Maximinus@235:238
Valerian (emperor)|Valerian@253:260
Gallienus
Postumus|Postumus@260:269
Zenobia
Odaenathus
Shapur I|Shapur@240:272|Sapor@240:272
Shapur II|Shapur@309:379|Sapor@309:379
Carausius
Maximinus II|Maximinus Daia|Maximinus Daza|Maximinus@305:313
Constantine II (emperor)|Constantine II@337:340
Crispus
Magnentius
Magnus Maximus
Valentinian II|Valentinian@376:392
Valentinian III|Valentinian@425:455
Eugenius|Eugenius@392:394
Arbogast
Rufinus (consul 392)|Rufinus@392:395
Athanaric
Radagaisus
Theodoric I|Theodoric@418:451
Euric
Majorian
Petronius Maximus
Julius Nepos|Nepos@474:480
Orestes (father of Romulus Augustulus)|Orestes@475:476
Bonifacius|Count Boniface|Boniface@422:432
Justa Grata Honoria|Honoria@449:452
Syagrius
Li Si
Zhao Gao
Meng Tian
Qin Er Shi|Er Shi|Ershi Huangdi|Second Emperor@-210:-207
Fusu
Chen Sheng|Chen She
Wu Guang
Han Xin
Xiao He
Zhang Liang (Western Han)|Zhang Liang@-220:-186
Lü Buwei|Lu Buwei
Shang Yang|Lord Shang
Han Fei|Han Feizi
Emperor Jing of Han|Han Jingdi
Sang Hongyang
Modu Chanyu|Modun|Maodun
Zhao Tuo|Triệu Đà|Trieu Da
Ban Gu
Ban Zhao
Emperor Ling of Han|Han Lingdi
Emperor Xian of Han|Han Xiandi
Liang Ji
He Jin
Yuan Shao
Lü Bu|Lu Bu
Sun Jian
Sun Ce
Cao Pi
Thutmose I
Kamose
Ay (pharaoh)|Ay@-1327:-1319
Nefertari
Tiye|Queen Tiye
Ankhesenamun
Senenmut
Mursili I|Mursili@-1620:-1590
Mursili II|Mursili@-1321:-1295
Urhi-Teshub|Mursili III
Tudhaliya IV
Puduhepa
Hattusili I
Telipinu|Telepinu
Suppiluliuma II
Zannanza
Aziru
Rib-Hadda|Rib-Addi
Ashur-uballit I
Cartimandua
Venutius
Prasutagus
Cunobelinus|Cunobeline
Commius
Ambiorix
Dumnorix
Diviciacus (Aedui)|Diviciacus|Divitiacus
Orgetorix
Calgacus
Aulus Plautius|Plautius@43:47
Publius Ostorius Scapula|Ostorius Scapula|Ostorius
Gaius Suetonius Paulinus|Suetonius Paulinus|Paulinus@58:61
Quintus Petillius Cerialis|Petillius Cerialis|Cerialis
Catus Decianus|Decianus
Tiberius Claudius Cogidubnus|Cogidubnus|Togidubnus
Verica
Charles Dilke|Sir Charles Dilke|Dilke
Spencer Cavendish, 8th Duke of Devonshire|Lord Hartington|Marquess of Hartington|Hartington@1870:1891
Charles Bradlaugh|Bradlaugh
Edwin Chadwick|Chadwick@1832:1854
Robert Lowe, 1st Viscount Sherbrooke|Robert Lowe|Lowe@1865:1873
Stafford Northcote, 1st Earl of Iddesleigh|Stafford Northcote|Sir Stafford Northcote|Northcote@1874:1887
Joseph Biggar|Biggar@1874:1890
Thomas Attwood|Attwood@1830:1840
Ernest Jones (Chartist)|Ernest Jones@1845:1869
Sir James Graham, 2nd Baronet|Sir James Graham|James Graham@1830:1861
Edward Cardwell|Cardwell@1864:1874
William Harcourt (politician)|Sir William Harcourt|William Harcourt|Harcourt@1873:1904
John Morley|Morley@1880:1914
Henry Hyndman|H. M. Hyndman|Hyndman
John Arthur Roebuck|Roebuck@1832:1879
Eduard Lasker|Lasker@1865:1884
Johannes von Miquel|Miquel@1867:1901
Adolf Stoecker|Stoecker|Stöcker
Heinrich von Treitschke|Treitschke
Eugen Richter|Richter@1867:1906
Rudolf Virchow|Virchow
Adalbert Falk|Falk@1872:1879
Robert von Puttkamer|Puttkamer@1879:1888
Ludwig Bamberger|Bamberger@1867:1893
Wilhelm Emmanuel von Ketteler|Bishop Ketteler|Ketteler@1840:1877
Clemens von Ketteler|Baron von Ketteler|von Ketteler@1880:1900|Ketteler@1880:1900
Mieczysław Halka Ledóchowski|Ledóchowski|Ledochowski
Gerson von Bleichröder|Bleichröder|Bleichroder
Herbert von Bismarck|Count Herbert Bismarck|Herbert Bismarck
Rudolf von Delbrück|Delbrück@1867:1876|Delbruck@1867:1876
Max Hödel|Hödel@1878:1878|Hoedel@1878:1878
Karl Nobiling|Nobiling
Ernest von Koerber|Koerber@1899:1916|Körber@1899:1916
Karl von Stürgkh|Stürgkh|Sturgkh
Karl Sigmund von Hohenwart|Hohenwart
Sándor Wekerle|Wekerle
Albert Apponyi|Apponyi@1872:1933
Mihály Károlyi|Károlyi@1905:1919|Karolyi@1905:1919
Ferenc Kossuth
Károly Khuen-Héderváry|Khuen-Héderváry|Khuen-Hedervary
Josip Juraj Strossmayer|Strossmayer|Bishop Strossmayer
Ante Starčević|Starčević|Starcevic
Frano Supilo|Supilo
Ante Trumbić|Trumbić|Trumbic
Stjepan Radić|Radić|Radic
František Ladislav Rieger|Rieger@1848:1903
Karl Renner|Renner@1899:1950
Rudolf, Crown Prince of Austria|Crown Prince Rudolf|Archduke Rudolf@1870:1889
Oszkár Jászi|Jászi|Jaszi
Mykhailo Hrushevsky|Hrushevsky
Iuliu Maniu|Maniu
Andrej Hlinka|Hlinka
Milan Hodža|Hodža|Hodza
Mikhail Loris-Melikov|Loris-Melikov|Loris-Melikoff
Nikolay Pavlovich Ignatyev|Nikolai Ignatiev|Ignatiev@1860:1885|Ignatyev@1860:1885
Dmitry Tolstoy (statesman)|Dmitry Tolstoy|Count Dmitry Tolstoy|D. A. Tolstoy
Mikhail Katkov|Katkov
Ivan Delyanov|Delyanov|Delianov
Dmitry Sipyagin|Sipyagin|Sipiagin
Aleksey Kuropatkin|Kuropatkin
Nikolay Mikhaylovsky|Nikolai Mikhailovsky|Mikhailovsky@1869:1904|Mikhaylovsky@1869:1904
Pyotr Lavrov|Peter Lavrov|Lavrov@1866:1900
Vera Figner|Figner
Lev Tikhomirov|Tikhomirov@1879:1917
Alexander Ulyanov|Aleksandr Ulyanov
Grigory Gershuni|Gershuni
Dmitry Shipov|Shipov
Ivan Petrunkevich|Petrunkevich
Alexander Parvus|Parvus
Ivan Kalyayev|Kalyayev|Kaliayev
Pyotr Tkachev|Tkachev|Tkachov
Roscoe Conkling|Conkling
James G. Blaine|James Blaine|Blaine@1868:1893
Terence V. Powderly|Terence Powderly|Powderly
Henry Clay Frick|Frick@1881:1919
George Pullman|Pullman@1867:1897
Edward Bellamy|Bellamy@1876:1898
John Peter Altgeld|John Altgeld|Altgeld
Richard Croker|Croker@1886:1902
George Washington Plunkitt|Plunkitt
Henry Cabot Lodge|Senator Lodge|Cabot Lodge@1885:1924|Lodge@1885:1924
Ignatius Donnelly|Donnelly@1870:1901
James B. Weaver|James Weaver|Weaver@1880:1892
Jacob Coxey|Coxey
John Sherman (politician)|John Sherman@1855:1900
Frances Willard|Willard@1874:1898
E. H. Harriman|Edward Henry Harriman|Harriman@1895:1909
Alexander Berkman|Berkman@1892:1919
Leon Czolgosz|Czolgosz
Charles J. Guiteau|Charles Guiteau|Guiteau
Carl Schurz|Schurz
Allan Pinkerton|Pinkerton@1850:1884
Mehmed VI|Vahdettin|Vahideddin|Mehmed Vahdettin
Mehmed Cavid|Cavid Bey|Djavid Bey|Javid Bey
Bahaeddin Şakir|Bahaettin Şakir|Behaeddin Shakir|Bahaeddin Shakir
Hüseyin Nazım Pasha|Nazım Pasha|Nazim Pasha
Otto Liman von Sanders|Liman von Sanders|Liman Pasha
Kâzım Karabekir|Karabekir|Kazım Karabekir|Kazim Karabekir
Rauf Orbay|Hüseyin Rauf|Rauf Bey@1908:1926
Ali Fuat Cebesoy|Ali Fuat Pasha|Cebesoy
Halide Edib Adıvar|Halide Edib|Halide Edip
Damat Ferid Pasha|Ferid Pasha|Damad Ferid
Abdulmejid II|Abdülmecid II|Abdulmecid II
Yusuf Akçura|Akçura|Akchura
Halil Kut|Halil Pasha@1915:1919
Çerkes Ethem|Ethem the Circassian|Cerkes Ethem
Andranik Ozanian|General Andranik|Andranik@1895:1920
Abd al-Rahman I|Abd ar-Rahman I|Abd al-Rahman ibn Mu'awiya
Al-Hakam II|al-Hakam II|Hakam II
Hisham II|Hisham II of Córdoba
Almanzor|al-Mansur ibn Abi Amir|Ibn Abi Amir|al-Mansur@976:1002|Al-Mansur@976:1002
Musa ibn Nusayr|Musa ibn Nusair
Umar ibn Hafsun|Ibn Hafsun
Hasdai ibn Shaprut|Hisdai ibn Shaprut
Samuel ibn Naghrillah|Samuel ha-Nagid|Ibn Naghrillah
Al-Mu'tamid ibn Abbad|al-Mu'tamid@1069:1095|Mu'tamid@1069:1095|al-Mutamid@1069:1095
Ali ibn Yusuf|Ali ibn Yusuf ibn Tashfin
Ibn Tumart|Muhammad ibn Tumart
Abd al-Mu'min|Abd al-Mumin|Abd al-Mu'min ibn Ali
Abu Yusuf Yaqub al-Mansur|Yaqub al-Mansur|Ya'qub al-Mansur|al-Mansur@1184:1199
Muhammad al-Nasir|Muhammad an-Nasir
Muhammad I of Granada|Ibn al-Ahmar|Muhammad ibn Nasr|Muhammad ibn al-Ahmar
Muhammad XII of Granada|Boabdil|Muhammad XII
Abu'l-Hasan Ali, Sultan of Granada|Muley Hacén|Muley Hacen|Abu al-Hasan Ali@1464:1485
Roderic|King Roderic|Rodrigo@710:712
Pelagius of Asturias|Pelayo|Pelagius@718:737
Alfonso VI of León and Castile|Alfonso VI@1065:1109|Alfonso VI of Castile
Alfonso VIII of Castile|Alfonso VIII@1158:1214
Ferdinand III of Castile|Ferdinand III@1217:1252|Ferdinand the Saint
James I of Aragon|James the Conqueror|Jaume I@1213:1276|James I@1213:1276
Chaghri Beg|Chaghri|Chaghri Bey|Chaghri Beg Dawud
Berkyaruq|Barkiyaruq|Barkyaruq
Muhammad I Tapar|Muhammad Tapar
Suleiman ibn Qutalmish|Sulayman ibn Qutalmish|Süleyman ibn Kutalmış|Suleiman ibn Kutalmish|Süleyman Shah@1075:1086
Tutush I|Tutush
Mesud I|Mas'ud I of Rum|Mesud@1116:1156
Kaykhusraw I|Kay Khusraw I|Keykhusrev I
Kaykaus I|Kay Kawus I|Keykavus I|Kaykavus I
Kayqubad I|Kaykubad I|Keykubad I|Ala al-Din Kayqubad|Alaeddin Keykubad|Kayqubad@1220:1237|Kaykubad@1220:1237
Kaykhusraw II|Kay Khusraw II|Keykhusrev II
Danishmend Gazi|Danishmend Ghazi|Melik Danishmend|Malik Danishmend
Gazi Gümüshtigin|Gümüshtigin|Gumushtigin|Ghazi Gümüshtigin
Baiju Noyan|Baiju@1230:1260|Bayju@1230:1260
Manuel I Komnenos|Manuel I Comnenus|Manuel Komnenos|Manuel Comnenus|Manuel I@1143:1180
John II Komnenos|John II Comnenus|John Komnenos@1118:1143|Kaloioannes|Kaloïoannes|John the Good@1087:1143
David IV of Georgia|David the Builder
Tamar of Georgia|Queen Tamar|Tamar the Great
Izz al-Din Aybak|Aybak@1250:1257|Izz ad-Din Aybak
Qalawun|Qalaun|al-Mansur Qalawun|Qalawun al-Alfi
Al-Ashraf Khalil|al-Ashraf Khalil|Khalil@1290:1293
Al-Nasir Muhammad|an-Nasir Muhammad|al-Nasir Muhammad|Nasir Muhammad
Barquq|al-Zahir Barquq|az-Zahir Barquq
An-Nasir Faraj|al-Nasir Faraj|Faraj@1399:1412
Al-Mu'ayyad Shaykh|al-Mu'ayyad Shaykh|Mu'ayyad Shaykh
Barsbay|al-Ashraf Barsbay
Sayf ad-Din Jaqmaq|Jaqmaq|Chakmak@1438:1453
Qaitbay|Qaytbay|Kait Bey|Kaitbay|al-Ashraf Qaitbay
Khayr Bey|Khair Bey|Khayrbak
Kitbuqa|Kitbuqa Noyan|Kitbugha@1258:1260|Ketbuqa
Abaqa Khan|Abaqa|Abagha
Ibn Taymiyya|Ibn Taymiyyah
Hethum I|Hetoum I|Het'um I
Peter I of Cyprus|Peter I@1359:1369
Shah Rukh|Shah Rukh@1400:1450|Shahrukh@1400:1450|Shah Rokh@1400:1450|Shahrukh Mirza
Ulugh Beg|Ulugh Bek|Ulughbek
Husayn Bayqara|Sultan Husayn Bayqara|Husayn Baiqara|Sultan Husayn Mirza
Abu Sa'id Mirza|Abu Said Mirza|Abu Sa'id@1451:1469
Khalil Sultan
Miran Shah|Miranshah
Gawhar Shad|Goharshad|Gowhar Shad|Gauhar Shad
Baysunghur|Baysonghor|Baysunghur Mirza
Amir Husayn|Amir Husain
Tughlugh Timur|Tughluq Timur|Tughlugh Temür
Ali-Shir Nava'i|Alisher Navoi|Ali Shir Navai|Nava'i|Navoi
Muhammad Shaybani|Shaybani Khan|Shaibani Khan|Muhammad Shaybani Khan
Qara Yusuf|Kara Yusuf
Jahan Shah|Jahan Shah@1438:1467
Ahmad Jalayir|Sultan Ahmad Jalayir
Nasir-ud-Din Mahmud Shah Tughluq|Mahmud Shah Tughluq|Nasiruddin Mahmud Tughlaq|Mahmud Tughlaq
Nasiruddin Mahmud|Nasir ud din Mahmud|Nasir-ud-din Mahmud|Nasiruddin@1246:1266
Muiz ud din Qaiqabad|Qaiqabad|Kaiqubad@1287:1290|Kaikubad@1287:1290
Qutbuddin Mubarak Shah|Mubarak Shah Khalji|Qutb-ud-din Mubarak Shah
Khusrau Khan|Khusro Khan
Daulat Khan Lodi|Daulat Khan@1500:1526
Malik Altunia|Altunia
Jamal-ud-Din Yaqut|Yaqut@1236:1240
Ramachandra of Devagiri|Ramachandra@1271:1311
Prataparudra|Prataparudra@1289:1323
Rana Kumbha|Kumbhakarna
Shamsuddin Ilyas Shah|Ilyas Shah
Orda Khan|Orda Ichen
Sartaq|Sartaq Khan
Möngke Temür|Mengu-Timur|Mengu Timur|Mongke Temur
Nogai Khan|Nogai@1260:1299|Noghai@1260:1299
Tokhta|Toqta|Tokhta Khan
Özbeg Khan|Uzbeg Khan|Öz Beg Khan|Özbeg@1313:1341|Uzbeg@1313:1341|Ozbeg@1313:1341
Jani Beg|Janibeg@1342:1357|Jani Beg Khan
Berdi Beg
Urus Khan
Temür Qutlugh|Timur Qutlugh|Temur Qutlugh
Ulugh Muhammad|Ulu Muhammad|Ulugh Muhammad Khan
Hacı I Giray|Haci Giray|Hajji Giray|Hacı Giray
Söyembikä|Suyumbike
Kuchum|Kuchum Khan
Abu'l-Khayr Khan|Abu al-Khayr Khan|Abul-Khayr Khan@1428:1468|Abulkhair Khan@1428:1468
Kerei Khan|Kerey Khan
Janibek Khan|Zhanibek Khan
Mikhail of Tver|Mikhail Yaroslavich
Yury of Moscow|Yury Danilovich|Yuri Danilovich
Daniel of Galicia|Danylo of Halych|Daniel Romanovich|Danylo Romanovych
Alexius, Metropolitan of Kiev|Metropolitan Alexius|Metropolitan Alexis|Metropolitan Aleksy
Sergius of Radonezh|Sergii of Radonezh
Jianwen Emperor|Jianwen|Zhu Yunwen
Hongxi Emperor|Hongxi
Xuande Emperor|Xuande|Zhu Zhanji
Emperor Yingzong of Ming|Zhengtong Emperor|Zhengtong|Tianshun Emperor|Zhu Qizhen|Yingzong@1435:1464
Jingtai Emperor|Jingtai|Zhu Qiyu
Wang Zhen (eunuch)|Wang Zhen@1435:1449
Yu Qian
Esen Taishi|Esen Tayisi|Esen@1438:1455
Hu Weiyong
Li Shanchang
Xu Da|Xu Da@1355:1385
Chang Yuchun
Lan Yu|Lan Yu@1370:1393
Empress Ma (Hongwu)|Empress Ma@1368:1382
Ashikaga Yoshimitsu|Yoshimitsu
Lê Lợi|Le Loi
Oboi|Aobai
Sonin|Sonin@1650:1667
Empress Dowager Xiaozhuang|Xiaozhuang
Shang Kexi
Geng Jingzhong
Shi Lang
Zheng Jing|Zheng Jing@1662:1681
Galdan Boshugtu Khan|Galdan@1670:1697
Tsewang Rabtan
Galdan Tseren
Amursana
Nian Gengyao
Yinreng
Yinsi|Yinsi@1700:1726
Zhang Tingyu
Ortai|E'ertai
Fuheng|Fuheng@1740:1770
Fuk'anggan|Fukanggan|Fukang'an
Zhaohui|Zhaohui@1755:1764
Ferdinand Verbiest|Verbiest
Johann Adam Schall von Bell|Adam Schall|Schall von Bell|Schall@1622:1666
Fyodor Golovin|Golovin@1686:1706
George Staunton, 1st Baronet|Staunton@1792:1794
Madhavrao I|Madhavrao Peshwa|Madhav Rao I
Narayanrao
Raghunathrao|Raghoba
Madhavrao II|Sawai Madhavrao
Baji Rao II|Bajirao II|Baji Rao@1796:1818|Bajirao@1796:1818
Nana Fadnavis|Nana Phadnavis|Nana Phadnis|Fadnavis@1760:1800
Mahadaji Shinde|Mahadji Shinde|Mahadaji Scindia|Mahadji Scindia|Mahadaji|Mahadji
Daulat Rao Scindia|Daulatrao Shinde|Daulat Rao Shinde
Yashwantrao Holkar|Yashwant Rao Holkar
Malhar Rao Holkar|Malharrao Holkar
Ahilyabai Holkar|Ahilya Bai
Raghoji I Bhonsle|Raghoji Bhonsle
Kanhoji Angre|Angre
Jahandar Shah
Shah Alam II
Alamgir II
Ahmad Shah Bahadur
Imad-ul-Mulk
Sayyid Hussain Ali Khan Barha|Hussain Ali Khan@1712:1720
Sayyid Hassan Ali Khan Barha|Sayyid Abdullah Khan|Abdullah Khan@1712:1722
Zulfiqar Khan Nusrat Jung|Zulfiqar Khan@1689:1713
Murshid Quli Khan
Safdar Jang
Shuja-ud-Daula|Shuja ud-Daula|Shuja-ud-Daulah
Najib ad-Dawla|Najib-ud-Daula|Najib Khan@1750:1770
Suraj Mal|Surajmal
Jai Singh II|Sawai Jai Singh
Ajit Singh of Marwar|Ajit Singh@1679:1724
Benoît de Boigne|de Boigne
Richard Wellesley, 1st Marquess Wellesley|Richard Wellesley|Lord Mornington|Mornington@1797:1799|Marquess Wellesley
Gerard Lake, 1st Viscount Lake|Gerard Lake
Francis Rawdon-Hastings, 1st Marquess of Hastings|Marquess of Hastings|Lord Moira|Moira@1813:1823|Rawdon-Hastings
Mountstuart Elphinstone|Elphinstone@1810:1827
Tokugawa Ietsuna|Ietsuna
Hoshina Masayuki
Tokugawa Mitsukuni|Mitsukuni
Yanagisawa Yoshiyasu|Yanagisawa@1680:1709
Tokugawa Ienobu|Ienobu
Ogyū Sorai|Ogyu Sorai|Sorai
Ōoka Tadasuke|Ooka Tadasuke|Ōoka Echizen
Tokugawa Ieharu|Ieharu
Tokugawa Ieyoshi|Ieyoshi
Tokugawa Iesada|Iesada
Ōishi Yoshio|Oishi Yoshio|Ōishi Kuranosuke|Oishi Kuranosuke
Asano Naganori|Asano Takumi no Kami
Kira Yoshinaka|Kira Kozukenosuke
Ōshio Heihachirō|Oshio Heihachiro|Ōshio|Oshio@1830:1837
Aizawa Seishisai|Aizawa Yasushi
Watanabe Kazan
Adam Laxman
Nikolai Rezanov|Rezanov
Vasily Golovnin|Golovnin
Philipp Franz von Siebold|Siebold
Engelbert Kaempfer|Kaempfer
Emperor Kōkaku|Kōkaku|Kokaku
Ramathibodi I|U Thong@1350:1369
Borommatrailokkanat|Trailokanat|Trailok
Naresuan|Naresuan the Great|King Naresuan
Prasat Thong
Narai|King Narai|Narai the Great
Constantine Phaulkon|Phaulkon
Phetracha
Borommakot|Boromakot
Ekkathat
Taksin|King Taksin|Taksin the Great
Phutthayotfa Chulalok|Rama I@1782:1809
Tabinshwehti
Bayinnaung
Nanda Bayin
Anaukpetlun
Thalun
Alaungpaya
Hsinbyushin
Bodawpaya
Bagyidaw
Maha Bandula|Bandula
Ne Myo Thihapate
Maha Thiha Thura
Binnya Dala|Binnya Dala@1740:1757
Nguyễn Nhạc|Nguyen Nhac
Nguyễn Huệ|Nguyen Hue|Quang Trung
Gia Long|Nguyễn Ánh|Nguyen Anh|Nguyễn Phúc Ánh
Minh Mạng|Minh Mang|Minh Menh
Thiệu Trị|Thieu Tri
Tự Đức|Tu Duc
Pigneau de Behaine|Pigneau|Pierre Pigneau de Behaine|Bishop of Adran
Lê Văn Duyệt|Le Van Duyet
Lê Văn Khôi|Le Van Khoi
Lê Chiêu Thống|Le Chieu Thong
Trịnh Sâm|Trinh Sam
Sun Shiyi
Phan Thanh Giản|Phan Thanh Gian
Francis Garnier|Garnier@1866:1873
Fifth Dalai Lama|5th Dalai Lama|Ngawang Lobsang Gyatso
Seventh Dalai Lama|7th Dalai Lama|Kelzang Gyatso
Muhammad Azam Shah|Azam Shah
Asaf Jah II|Nizam Ali Khan
Fleetwood Pellew
James Biddle|Commodore Biddle|Biddle@1845:1846
Maha Chakkraphat
Suriyothai
Maha Thammarachathirat|Maha Thammaracha@1569:1590
Mindon Min|Mindon|King Mindon
Thibaw Min|Thibaw|King Thibaw|Thebaw
Ming Rui
Santaji Ghorpade
Dhanaji Jadhav
Chimaji Appa
Ghulam Qadir
Saadat Ali Khan I|Burhan-ul-Mulk|Saadat Khan@1722:1739
Liu Bowen|Liu Ji@1355:1375
Chen Zuyi
Parameswara
Songgotu
Agui|Agui@1760:1797
Ubashi Khan
Edward Rydz-Śmigły|Rydz-Śmigły|Rydz-Smigly|Śmigły-Rydz|Smigly-Rydz|Rydz@1920:1941
Józef Beck|Colonel Beck|Jozef Beck
Ignacy Mościcki|Mościcki|Moscicki
Ignacy Jan Paderewski|Paderewski
Wincenty Witos|Witos
Gabriel Narutowicz|Narutowicz
Wojciech Korfanty|Korfanty
Walery Sławek|Sławek|Slawek
Kazimierz Sosnkowski|Sosnkowski
Carol II of Romania|Carol II|King Carol@1930:1940
Ferdinand I of Romania|King Ferdinand@1914:1927|Ferdinand of Romania
Michael I of Romania|King Michael@1927:1947|Michael I@1927:1947
Corneliu Zelea Codreanu|Codreanu|Corneliu Codreanu
Horia Sima|Sima@1938:1945
Ion I. C. Brătianu|Ionel Brătianu|Brătianu@1909:1927|Bratianu@1909:1927
Alexandru Averescu|Averescu
Nicolae Titulescu|Titulescu
Octavian Goga|Goga
A. C. Cuza|Alexandru C. Cuza|Cuza@1910:1940
Armand Călinescu|Călinescu@1930:1939|Calinescu@1930:1939
Gheorghe Tătărescu|Tătărescu|Tatarescu
Antanas Smetona|Smetona
Augustinas Voldemaras|Voldemaras
Kārlis Ulmanis|Ulmanis|Karlis Ulmanis
Konstantin Päts|Päts|Pats@1918:1940
Johan Laidoner|Laidoner
Alexander I of Yugoslavia|King Alexander@1921:1934|Alexander I@1921:1934|Alexander Karađorđević
Peter I of Serbia|King Peter@1903:1921|Peter I@1903:1921
Peter II of Yugoslavia|King Peter@1934:1945|Peter II@1934:1945
Prince Paul of Yugoslavia|Prince Paul@1934:1941|Paul Karađorđević
Milan Stojadinović|Stojadinović|Stojadinovic
Dragiša Cvetković|Cvetković|Cvetkovic
Vladko Maček|Maček|Macek
Svetozar Pribićević|Pribićević|Pribicevic
Dušan Simović|Simović|Simovic
Milan Nedić|Nedić|Nedic
Dimitrije Ljotić|Ljotić|Ljotic
Aloysius Stepinac|Stepinac|Alojzije Stepinac
Ioannis Metaxas|Metaxas
George II of Greece|George II@1922:1947|King George II@1922:1947
Constantine I of Greece|King Constantine@1913:1922|Constantine I@1913:1922
Theodoros Pangalos|Pangalos@1922:1935
Georgios Kondylis|Kondylis
Nikolaos Plastiras|Plastiras
Alexandros Papagos|Papagos
Georgios Papandreou|Papandreou@1935:1965
Georgios Tsolakoglou|Tsolakoglou
Napoleon Zervas|Zervas
Aris Velouchiotis|Velouchiotis
Nikos Zachariadis|Zachariadis
Palmiro Togliatti|Togliatti
Aldo Moro
Giulio Andreotti|Andreotti
Enrico Berlinguer|Berlinguer
Amintore Fanfani|Fanfani
Pietro Nenni|Nenni
Bettino Craxi|Craxi
Giuseppe Saragat|Saragat
Enrico Mattei|Mattei@1945:1962
Francesco Cossiga|Cossiga
Luigi Longo|Longo@1944:1972
Umberto II of Italy|Umberto II|King Umberto@1944:1946
Ferruccio Parri|Parri
Mario Scelba|Scelba
Sandro Pertini|Pertini
Giorgio Almirante|Almirante
Renato Curcio|Curcio
Vincent Auriol|Auriol
René Coty|Coty@1953:1959
Paul Ramadier|Ramadier
Antoine Pinay|Pinay
Pierre Pflimlin|Pflimlin
René Pleven|Pleven
Edgar Faure|Faure@1950:1973
Robert Lacoste|Lacoste@1956:1958
Michel Debré|Debré|Debre@1958:1973
Jacques Chaban-Delmas|Chaban-Delmas|Chaban@1969:1974
Maurice Couve de Murville|Couve de Murville
Pierre Messmer|Messmer
Raymond Barre
Maurice Thorez|Thorez
Georges Marchais|Marchais
Pierre Poujade|Poujade
Daniel Cohn-Bendit|Cohn-Bendit|Danny the Red
Jean Bastien-Thiry|Bastien-Thiry
Adolfo Suárez|Suárez@1975:1982|Suarez@1975:1982
Santiago Carrillo|Carrillo@1960:1982
Antonio Tejero|Tejero|Colonel Tejero
Felipe González|Felipe Gonzalez
Manuel Fraga|Fraga@1962:1990|Fraga Iribarne
Leopoldo Calvo-Sotelo|Calvo-Sotelo@1980:1982|Calvo Sotelo@1980:1982
Manuel Gutiérrez Mellado|Gutiérrez Mellado|Gutierrez Mellado
Jaime Milans del Bosch|Milans del Bosch|Milans@1977:1981
Alfonso Armada|Armada@1980:1982
Torcuato Fernández-Miranda|Fernández-Miranda|Fernandez-Miranda
Josep Tarradellas|Tarradellas
Jordi Pujol|Pujol@1975:2003
Blas Piñar|Piñar
Ian Paisley|Paisley@1960:2014|Reverend Paisley
John Hume|Hume@1964:2005
Gerry Adams|Adams@1972:2008
Martin McGuinness|McGuinness
David Trimble|Trimble
Brian Faulkner|Faulkner@1963:1977
Terence O'Neill|O'Neill@1963:1969|Captain O'Neill
James Chichester-Clark|Chichester-Clark
Bernadette Devlin|Devlin@1968:1974|Bernadette McAliskey
Gerry Fitt|Fitt
Bobby Sands|Sands@1980:1981
Airey Neave|Neave@1974:1979
William Whitelaw|Whitelaw|Willie Whitelaw
Mo Mowlam|Mowlam|Marjorie Mowlam
George J. Mitchell|George Mitchell@1995:2000|Mitchell@1995:2000
Bertie Ahern|Ahern
Albert Reynolds|Reynolds@1992:1994
Garret FitzGerald|FitzGerald@1977:1987
Charles Haughey|Haughey
Jack Lynch|Lynch@1966:1979
James Molyneaux|Molyneaux
William Craig (Northern Ireland politician)|Bill Craig
Seán Mac Stíofáin|Mac Stíofáin|Mac Stiofain|MacStiofain
Ze'ev Jabotinsky|Jabotinsky|Vladimir Jabotinsky|Zeev Jabotinsky
Amin al-Husseini|Haj Amin al-Husseini|Hajj Amin al-Husseini|Haj Amin|Hajj Amin|Grand Mufti of Jerusalem|Mufti of Jerusalem|Husseini@1921:1946
Musa Kazim al-Husseini|Musa Kazim Pasha
Abd al-Qadir al-Husseini|Abd al-Qader al-Husseini|Abd al-Qadir al-Husayni
Herbert Samuel|Sir Herbert Samuel|Lord Samuel@1929:1963
Herbert Plumer|Plumer|Lord Plumer
Arthur Wauchope|Wauchope
Harold MacMichael|MacMichael
Edmund Allenby|Allenby|General Allenby|Lord Allenby
Mark Sykes|Sir Mark Sykes|Sykes@1915:1919
François Georges-Picot|Georges-Picot|Picot@1915:1920
Henry McMahon|Sir Henry McMahon|McMahon@1914:1917
Ronald Storrs|Storrs
Orde Wingate|Wingate@1936:1944
Moshe Sharett|Sharett|Moshe Shertok|Shertok
Yitzhak Ben-Zvi|Ben-Zvi
Berl Katznelson
Chaim Arlosoroff|Arlosoroff
Arthur Ruppin|Ruppin
Avraham Stern|Abraham Stern@1930:1942
Yitzhak Shamir|Shamir@1940:1992
Yigal Allon|Allon@1941:1980
Izz ad-Din al-Qassam|Izz al-Din al-Qassam|al-Qassam@1925:1939|Qassam@1925:1939
Raghib al-Nashashibi|Nashashibi@1920:1948
Fawzi al-Qawuqji|Qawuqji|al-Qawuqji|Fawzi Qawuqji
Folke Bernadotte|Count Bernadotte|Bernadotte@1945:1948
Leo Amery|Amery@1917:1945
William Ormsby-Gore|Ormsby-Gore
Malcolm MacDonald
Walter Guinness, 1st Baron Moyne|Lord Moyne|Moyne@1941:1944
John Bagot Glubb|Glubb Pasha|Glubb
Abdullah I of Jordan|Emir Abdullah|Abdullah of Transjordan|King Abdullah I|Abdullah I@1921:1951
Henri Gouraud|Gouraud|General Gouraud
Maurice Sarrail|Sarrail
Georges Catroux|Catroux
Henri Dentz|Dentz
Edward Spears|Spears@1941:1944
Sultan al-Atrash|Sultan Pasha al-Atrash|Atrash@1920:1946
Ibrahim Hananu|Hananu
Hashim al-Atassi|Atassi@1920:1955
Jamil Mardam Bey|Jamil Mardam|Mardam@1930:1949
Abd al-Rahman Shahbandar|Shahbandar
Yusuf al-Azma|Yusuf al-Azmeh
Bechara El Khoury|Bishara al-Khuri|Bechara al-Khoury|Bechara El-Khoury
Riad Al Solh|Riad al-Solh|Riad Solh|Riyad al-Sulh
Émile Eddé|Emile Edde|Eddé@1926:1949|Edde@1926:1949
Antoun Saadeh|Antun Saadeh|Saadeh@1932:1949
Ghazi of Iraq|King Ghazi|Ghazi@1933:1939
Rashid Ali al-Gaylani|Rashid Ali|Rashid Ali al-Kilani|al-Gaylani|Gaylani|Kilani@1933:1958
Bakr Sidqi|Bakr Sidki
Yasin al-Hashimi
Ja'far al-Askari|Jafar al-Askari
Percy Cox|Sir Percy Cox
Gertrude Bell
Arnold Wilson|Sir Arnold Wilson|A. T. Wilson
Mahmud Barzanji|Sheikh Mahmud Barzanji|Barzanji
Ali of Hejaz|King Ali of Hejaz
Faisal al-Duwaish|al-Duwaish|Duwaish
Sultan bin Bajad|Sultan ibn Bijad
Saud of Saudi Arabia|King Saud|Saud bin Abdulaziz
Mubarak Al-Sabah|Mubarak the Great|Mubarak al-Sabah
Abdulaziz bin Mutaib Al Rashid|Ibn Rashid@1897:1921
Imam Yahya|Yahya Muhammad Hamid ed-Din|Imam Yahya of Yemen
St John Philby|Harry St John Philby|Jack Philby
Abd el-Krim|Abd el-Krim el-Khattabi|Abdelkrim|Abd al-Karim al-Khattabi|Abd-el-Krim|Abdel Krim
Hubert Lyautey|Lyautey|Marshal Lyautey|General Lyautey
Manuel Fernández Silvestre|General Silvestre|Silvestre@1920:1921
Dámaso Berenguer|Berenguer@1918:1931|Damaso Berenguer
Ahmed al-Raisuni|Raisuni|El Raisuni|Raisuli|Raissouli
Abd al-Hafid of Morocco|Abdelhafid|Mulai Hafid|Moulay Hafid|Abd al-Hafid
Abdelaziz of Morocco|Abd al-Aziz of Morocco|Moulay Abdelaziz
Thami El Glaoui|El Glaoui|Glaoui
Allal al-Fassi|Allal El Fassi|al-Fassi@1930:1974
Ahmed Balafrej|Balafrej
Mehdi Ben Barka|Ben Barka
Mohammed Ben Aarafa|Ben Arafa|Ben Aarafa|Mohammed ben Arafa
Alphonse Juin|General Juin|Juin@1940:1956
Hassan II of Morocco|Hassan II|King Hassan II
Omar Mukhtar|Omar al-Mukhtar|Umar al-Mukhtar|Mukhtar@1911:1931
Rodolfo Graziani|Graziani
Giuseppe Volpi|Volpi@1911:1928
Emilio De Bono|De Bono
Idris of Libya|King Idris|Idris al-Senussi|Sayyid Idris|Idris@1916:1969
Ahmed Sharif as-Senussi|Ahmad al-Sharif al-Senussi|Ahmed Sharif al-Senussi
Abdelaziz Thaalbi|Thaalbi|Abd al-Aziz al-Thaalbi
Moncef Bey|Muhammad VII al-Munsif
Lamine Bey|Muhammad VIII al-Amin
Salah Ben Youssef|Ben Youssef@1950:1961
Farhat Hached|Hached
Saad Zaghlul|Zaghlul|Saad Zaghloul|Zaghloul|Sa'd Zaghlul
Mustafa el-Nahhas|Nahhas|Mustafa al-Nahhas|Nahas Pasha|Nahhas Pasha|Nahas@1927:1952
Makram Ebeid|Ebeid
Ismail Sidqi|Sidqi Pasha|Ismail Sidky|Isma'il Sidqi
Fuad I of Egypt|King Fuad|Sultan Fuad|Fuad I|Fuad@1917:1936
Miles Lampson|Lampson|Lord Killearn
Mahmoud an-Nukrashi Pasha|Nuqrashi|Nokrashy|Nukrashi
Ali Maher Pasha|Ali Maher|Ali Mahir
John Smith (explorer)|John Smith@1607:1631
Opechancanough
John Rolfe|Rolfe@1610:1622
William Berkeley (governor)|Berkeley@1641:1677
Massasoit
Uncas
Roger Williams
Increase Mather
Jonathan Edwards (theologian)|Jonathan Edwards@1727:1758
Edmund Andros|Andros@1674:1698|Sir Edmund Andros
Cecil Calvert, 2nd Baron Baltimore|Cecil Calvert|Lord Baltimore@1632:1675
Jacob Leisler|Leisler
William Bradford (governor)|William Bradford@1620:1657|Bradford@1620:1657
Myles Standish|Miles Standish|Standish@1620:1656
John Endecott|John Endicott|Endecott|Endicott@1628:1665
Thomas Hooker|Hooker@1633:1647
Samuel Parris|Parris@1689:1697
Tituba
Samuel Sewall|Sewall@1692:1730
Rebecca Nurse
Giles Corey
William Phips|Phips@1690:1695|Phipps@1690:1695
Robert Dinwiddie|Dinwiddie
John Peter Zenger|Zenger
Edward Braddock|Braddock@1754:1755
Louis-Joseph de Montcalm|Montcalm|Marquis de Montcalm
James Wolfe|Wolfe@1758:1759
Francis Preston Blair|Francis P. Blair@1829:1860|Blair@1830:1845
Amos Kendall|Kendall@1829:1840
Peggy Eaton|Margaret Eaton@1828:1836
Robert Y. Hayne|Robert Hayne|Hayne@1828:1834
Winfield Scott
Davy Crockett|David Crockett|Crockett
Joel Roberts Poinsett|Joel Poinsett|Poinsett
Major Ridge
John Ridge|John Ridge@1830:1839
Elias Boudinot (Cherokee)|Elias Boudinot@1826:1839|Boudinot@1826:1839
Keokuk
Cochise
Mangas Coloradas|Mangas
Victorio|Victorio@1870:1880
Spotted Tail
Gall (Lakota leader)|Gall@1866:1894
Dull Knife
Black Kettle
Roman Nose
Quanah Parker|Quanah
Satanta
Little Crow
Spotted Elk|Big Foot@1876:1890|Chief Big Foot
John Chivington|John M. Chivington|Chivington
Kit Carson|Carson@1846:1868
George Crook|Crook@1866:1890
Nelson A. Miles|Nelson Miles
Oliver Otis Howard|Oliver O. Howard|O. O. Howard
Alfred Terry
Marcus Reno|Reno@1876:1879
Al Smith|Alfred E. Smith
Alf Landon|Alfred Landon|Landon@1935:1937
Wendell Willkie|Willkie
Raymond Moley|Moley
Hugh S. Johnson|Hugh Johnson@1933:1935
Francis Townsend|Townsend@1933:1940
Gerald L. K. Smith
John Nance Garner|Garner@1932:1941
William Borah|Borah
Burton K. Wheeler|Burton Wheeler|Wheeler@1935:1941
Gerald Nye
Robert F. Wagner|Robert Wagner@1926:1949
Fiorello La Guardia|La Guardia@1933:1945|LaGuardia@1933:1945
Felix Frankfurter|Frankfurter
Sidney Hillman|Hillman@1914:1946
Walter Reuther|Reuther
Norman Thomas
Earl Browder|Browder
Andrew Young
Jesse Jackson
Whitney Young|Whitney M. Young Jr.
Ross Barnett|Barnett@1960:1964
Strom Thurmond|Thurmond
James Eastland|Eastland@1941:1978
Lester Maddox
Jim Clark (sheriff)|Jim Clark@1963:1966|Sheriff Clark@1963:1966
Emmett Till
Daisy Bates
James Bevel|Bevel
Hosea Williams
Julian Bond
H. Rap Brown|Rap Brown
Coretta Scott King|Coretta King
E. D. Nixon
Jo Ann Robinson|Jo Ann Gibson Robinson
Bob Moses (activist)|Bob Moses@1960:1966|Robert Parris Moses
Tom Hayden|Hayden@1960:1975
Abbie Hoffman
Jerry Rubin|Rubin@1965:1974
Mario Savio|Savio
Daniel Ellsberg|Ellsberg
Eugene McCarthy|Gene McCarthy|McCarthy@1967:1968
Hubert Humphrey|Hubert H. Humphrey|Humphrey@1964:1978
George McGovern|McGovern
Barry Goldwater|Goldwater
Daniel Berrigan
Philip Berrigan
David Dellinger|Dave Dellinger|Dellinger
Muhammad Ali (boxer)|Muhammad Ali@1964:1981|Cassius Clay
Benjamin Spock|Spock@1967:1969
Bernardine Dohrn|Dohrn
Richard J. Daley|Daley@1955:1976
Jane Fonda|Fonda@1970:1973
Herbert Marcuse|Marcuse
Gloria Steinem|Steinem
Phyllis Schlafly|Schlafly
H. R. Haldeman|Haldeman
John Ehrlichman|Ehrlichman
John N. Mitchell|John Mitchell@1968:1977
Walter Cronkite|Cronkite
Timothy Leary|Leary@1960:1975
Dennis Banks
Russell Means
Æthelred of Wessex|Æthelred I@865:871|Ethelred I@865:871
Æthelwold ætheling|Æthelwold@899:902|Aethelwold@899:902
Eadred
Eadwig|Edwy@955:959
Edward the Martyr
Æthelwold of Winchester|Æthelwold@963:984|Ethelwold@963:984
Byrhtnoth|Brihtnoth
Eadric Streona|Streona
Thorkell the Tall|Thorkell@1009:1023
Ælfheah of Canterbury|Saint Alphege|Alphege|Ælfheah@1006:1012
Wulfstan (died 1023)|Archbishop Wulfstan@1002:1023|Wulfstan@1002:1023
Ælfgifu of Northampton|Aelfgifu of Northampton|Ælfgifu@1013:1036
Ubba|Ubbe@865:878
Hastein|Hæsten|Haesten
Olaf Guthfrithson|Anlaf Guthfrithson|Anlaf@937:941
Constantine II of Scotland|Constantine II@900:943
Alcuin|Alcuin of York
Leofric, Earl of Mercia|Earl Leofric|Leofric@1017:1057
Siward, Earl of Northumbria|Earl Siward|Siward@1033:1055
Macbeth, King of Scotland|Macbeth@1040:1057
Swegen Godwinson|Sweyn Godwinson|Swein Godwinson
Gyrth Godwinson|Gyrth
Leofwine Godwinson|Leofwine@1057:1066
Stigand|Archbishop Stigand
Robert of Jumièges
Ealdred (archbishop of York)|Archbishop Ealdred|Ealdred@1044:1069
Edwin, Earl of Mercia|Earl Edwin|Edwin@1062:1071
Morcar|Earl Morcar|Morcar@1065:1087
Hereward the Wake|Hereward
Waltheof, Earl of Northumbria|Earl Waltheof|Waltheof
Eadric the Wild|Wild Edric|Edric the Wild
Gospatric, Earl of Northumbria|Gospatric
Ralph de Gael|Ralph of Gael|Ralph de Guader
Roger de Breteuil, 2nd Earl of Hereford|Roger de Breteuil|Roger of Breteuil
William FitzOsbern, 1st Earl of Hereford|William FitzOsbern|FitzOsbern|fitzOsbern
Roger de Montgomery, 1st Earl of Shrewsbury|Roger de Montgomery|Roger of Montgomery
Robert of Bellême, 3rd Earl of Shrewsbury|Robert of Bellême|Robert de Bellême
Robert de Mowbray|Mowbray@1080:1095
Ranulf Flambard|Flambard
Eustace II, Count of Boulogne|Eustace of Boulogne
Matilda of Flanders
Malcolm III of Scotland|Malcolm Canmore|Malcolm III@1058:1093
Saint Margaret of Scotland|Margaret of Wessex|Margaret of Scotland@1069:1093
Sweyn II of Denmark|Sweyn Estridsson|Svend Estridsen|Sweyn II@1047:1076
Conrad II, Holy Roman Emperor|Conrad II@1024:1039|Emperor Conrad II
Henry III, Holy Roman Emperor|Henry III@1039:1056|Emperor Henry III
Agnes of Poitou|Empress Agnes
Pope Benedict IX|Benedict IX
Pope Gregory VI|Gregory VI@1045:1046
Pope Victor III|Victor III@1086:1087|Desiderius of Montecassino
Humbert of Silva Candida|Cardinal Humbert|Humbert@1050:1061
Hugh of Cluny|Hugh of Semur|Abbot Hugh@1049:1109
Anno II|Anno of Cologne|Archbishop Anno
Adalbert of Hamburg|Adalbert of Bremen
Otto of Nordheim|Otto of Northeim
Hermann of Salm
Welf I, Duke of Bavaria|Welf IV@1070:1101|Welf I@1070:1101
Bertha of Savoy|Bertha of Turin
Godfrey III, Duke of Lower Lorraine|Godfrey the Bearded
Erlembald|Erlembald Cotta
Ivo of Chartres
Roger I of Sicily|Roger I@1061:1101|Great Count@1071:1101
Antipope Victor IV (1159–1164)|Victor IV@1159:1164|Octavian of Monticelli
Antipope Paschal III|Paschal III
Antipope Callixtus III|Callixtus III@1168:1178|Calixtus III@1168:1178
Pope Clement III|Clement III@1187:1191
Pope Celestine III|Celestine III
Otto I, Duke of Bavaria|Otto of Wittelsbach
Christian I (archbishop of Mainz)|Christian of Buch|Christian of Mainz
Henry II, Duke of Austria|Henry Jasomirgott|Jasomirgott
Welf VI
Albert the Bear
William I of Sicily|William the Bad
William II of Sicily|William the Good
Tancred, King of Sicily|Tancred of Lecce|Tancred@1189:1194
Hugh the Great|Hugh the Great@923:956
Louis V of France|Louis the Do-Nothing
Charles, Duke of Lower Lorraine|Charles of Lorraine@977:991
Adalbero (archbishop of Reims)|Adalbero of Reims|Adalbero@969:989
Pope Sylvester II|Sylvester II|Gerbert of Aurillac|Gerbert@970:1003
Hugh Capet|Capet@987:996
Robert II of France|Robert the Pious
Henry I of France|Henry I@1031:1060
Philip I of France|Philip I@1060:1108
Louis VI of France|Louis the Fat|Louis VI
Louis VII of France|Louis the Young|Louis VII
Suger|Abbot Suger
Louis VIII of France|Louis the Lion|Louis VIII
Blanche of Castile|Blanche@1223:1252
Ferdinand, Count of Flanders|Ferrand of Flanders|Ferrand@1212:1233
Renaud de Dammartin|Renaud of Boulogne
Raymond VI, Count of Toulouse|Raymond VI
Raymond VII, Count of Toulouse|Raymond VII
Simon de Montfort, 5th Earl of Leicester|Simon de Montfort@1209:1218|Montfort@1209:1218
Pierre de Castelnau|Peter of Castelnau
Arnaud Amalric|Arnaud Amaury|Arnold Amalric
Saint Dominic|Dominic de Guzmán|Dominic of Osma
Theobald I of Navarre|Thibaut of Champagne|Theobald IV of Champagne|Thibaut IV
Peter I, Duke of Brittany|Peter Mauclerc|Mauclerc
Alphonse, Count of Poitiers|Alphonse of Poitiers
Philip III of France|Philip the Bold@1270:1285|Philip III@1270:1285
Pierre Flote|Flote
Enguerrand de Marigny|Marigny@1300:1315
Guillaume de Plaisians|Plaisians
Giles of Rome|Aegidius Romanus
Jacques de Molay|Molay
Charles, Count of Valois|Charles of Valois
Robert II, Count of Artois|Robert of Artois@1266:1302
Guy, Count of Flanders|Guy of Dampierre
Louis X of France|Louis the Quarreller|Louis X
Philip V of France|Philip the Tall|Philip V@1316:1322
Charles IV of France|Charles the Fair|Charles IV@1322:1328
Isabella of France|She-Wolf of France|Isabella@1308:1330
Gorm the Old|Gorm
Harald Fairhair|Harald Finehair|Fairhair|Finehair
Haakon the Good
Haakon Sigurdsson|Haakon Jarl
Olof Skötkonung|Olof Skotkonung|Olaf Skötkonung
Olaf II of Norway|Saint Olaf|Olaf Haraldsson|Olav Haraldsson|Olaf the Stout|Olaf II@1015:1030
Magnus the Good|Magnus I of Norway
Canute IV of Denmark|Saint Canute|Canute the Holy|Canute IV@1080:1086|Knut IV@1080:1086
Magnus Barefoot|Magnus III of Norway
Sigurd the Crusader|Sigurd Jorsalfar|Sigurd I of Norway
Sverre of Norway|Sverre Sigurdsson|King Sverre|Sverre@1177:1202
Haakon IV of Norway|Haakon the Old|Haakon IV@1217:1263
Skule Bårdsson|Duke Skule|Skule@1217:1240
Magnus VI of Norway|Magnus the Lawmender|Magnus Lagabøte
Haakon VI of Norway|Haakon VI@1343:1380
Valdemar I of Denmark|Valdemar the Great|Valdemar I@1154:1182|Waldemar I@1154:1182
Absalon|Archbishop Absalon|Bishop Absalon
Valdemar II of Denmark|Valdemar the Victorious|Valdemar II@1202:1241|Valdemar Sejr
Valdemar IV of Denmark|Valdemar Atterdag|Atterdag|Valdemar IV@1340:1375
Eric IX of Sweden|Saint Eric|Eric the Saint|Erik the Holy
Birger jarl|Birger Jarl
Magnus IV of Sweden|Magnus Eriksson@1319:1364|Magnus Ericsson@1319:1364
Albert, King of Sweden|Albert of Mecklenburg@1364:1412|Albrecht of Mecklenburg@1364:1412
Olaf II of Denmark|Olaf II@1376:1387|Olaf IV@1380:1387|Oluf@1376:1387
Margaret I of Denmark|Margaret I|Queen Margaret@1375:1412|Margrete I|Margaret of Denmark@1375:1412
Eric of Pomerania|Erik of Pomerania
Peter of Moscow|Metropolitan Peter|Saint Peter of Moscow
Theognostus of Kiev|Metropolitan Theognostus|Theognostus@1328:1353
Cyprian of Kiev|Metropolitan Cyprian|Cyprian@1375:1406
Jonah of Moscow|Metropolitan Jonah|Metropolitan Iona|Jonah@1448:1461
Daniel of Moscow|Daniil of Moscow|Daniil Aleksandrovich
Simeon of Moscow|Simeon the Proud|Semyon the Proud|Simeon@1340:1353
Ivan II of Moscow|Ivan the Fair|Ivan II@1353:1359
Alexander of Tver|Alexander Mikhailovich of Tver
Dmitry Shemyaka|Shemyaka|Dmitry Yurievich Shemyaka
Yury of Zvenigorod|Yury Dmitrievich|Yuri of Zvenigorod
Mstislav the Great|Mstislav I|Mstislav@1125:1132
Vsevolod the Big Nest|Vsevolod Big Nest|Vsevolod III|Vsevolod@1176:1212
Sviatopolk the Accursed|Sviatopolk I|Svyatopolk the Accursed|Sviatopolk@1015:1019
Iziaslav I of Kiev|Iziaslav I|Izyaslav I|Iziaslav@1054:1078|Izyaslav@1054:1078
Sophia Alekseyevna|Regent Sophia|Tsarevna Sophia|Sophia Alekseevna|Sophia@1682:1689
Ivan V of Russia|Ivan V@1682:1696
Vasily Vasilyevich Golitsyn|Vasily Golitsyn|Golitsyn@1682:1689
Natalya Naryshkina|Natalia Naryshkina|Naryshkina@1671:1694
Franz Lefort|Lefort@1690:1699
Patrick Gordon|Gordon@1686:1699
Eudoxia Lopukhina|Evdokia Lopukhina|Lopukhina@1689:1731
Peter Shafirov|Pyotr Shafirov|Shafirov
Pyotr Andreyevich Tolstoy|Pyotr Tolstoy|Peter Tolstoy@1697:1727
Fyodor Apraksin|Apraksin@1690:1728
Feofan Prokopovich|Prokopovich|Theophan Prokopovich
Andrey Osterman|Andrei Osterman|Osterman|Ostermann@1720:1741
Dmitry Mikhailovich Golitsyn|Dmitry Golitsyn@1720:1737
Catherine I of Russia|Catherine I@1703:1727|Marta Skavronskaya
Peter II of Russia|Peter II@1727:1730
Anna of Russia|Anna Ioannovna|Anna Ivanovna|Empress Anna@1730:1740
Ernst Johann von Biron|Biron@1727:1741|Ernst Biron
Burkhard Christoph von Münnich|Münnich|Munnich|Minikh
Artemy Volynsky|Volynsky
Anna Leopoldovna
Ivan VI of Russia|Ivan VI|Ivan Antonovich
Elizabeth of Russia|Elizabeth Petrovna|Empress Elizabeth@1741:1762|Elizabeth@1741:1762
Alexey Bestuzhev-Ryumin|Bestuzhev-Ryumin@1730:1766|Bestuzhev@1740:1758
Alexei Razumovsky|Razumovsky@1741:1762
Peter III of Russia|Peter III@1740:1762
Grigory Orlov|Grigory Grigoryevich Orlov|Orlov@1762:1783
Alexei Grigoryevich Orlov|Alexei Orlov|Aleksey Orlov
Nikita Ivanovich Panin|Nikita Panin|Panin@1762:1783
Alexander Vyazemsky|Vyazemsky@1764:1792
Pyotr Rumyantsev|Rumyantsev@1756:1796|Rumiantsev@1756:1796
Alexander Suvorov|Suvorov
Alexander Bezborodko|Bezborodko
Platon Zubov|Zubov@1789:1801
Nikolay Novikov|Nikolai Novikov|Novikov@1769:1796
Paul I of Russia|Paul I@1754:1801|Emperor Paul
Viktor Abakumov|Abakumov
Vsevolod Merkulov|Merkulov
Vyacheslav Menzhinsky|Menzhinsky
Ivan Serov|Serov@1939:1963
Sergei Kruglov|Kruglov@1945:1956
Mikhail Ryumin|Ryumin@1946:1954
Vasili Ulrikh|Ulrikh|Vasily Ulrikh
Matvei Berman|Berman@1932:1937
Naftaly Frenkel|Frenkel@1930:1950
Georgy Pyatakov|Pyatakov|Piatakov
Grigori Sokolnikov|Sokolnikov
Nikolay Krestinsky|Krestinsky
Christian Rakovsky|Rakovsky
Martemyan Ryutin|Ryutin
Iona Yakir|Yakir@1925:1937
Ieronim Uborevich|Uborevich
Vasily Blyukher|Blyukher|Bliukher
Yan Gamarnik|Gamarnik
Robert Eikhe|Eikhe
Pavel Postyshev|Postyshev
Stanislav Kosior|Kosior
Vlas Chubar|Chubar
Jānis Rudzutaks|Rudzutak|Rudzutaks|Yan Rudzutak
Avel Enukidze|Yenukidze|Enukidze|Avel Yenukidze
Valerian Kuybyshev|Valerian Kuibyshev|Kuibyshev@1926:1935|Kuybyshev@1926:1935
Alexander Poskrebyshev|Poskrebyshev
Lev Mekhlis|Mekhlis
Nikolai Voznesensky|Voznesensky@1938:1950
Solomon Mikhoels|Mikhoels
Nadezhda Alliluyeva|Alliluyeva@1919:1932
Alexei Stakhanov|Stakhanov
Edvard Kardelj|Kardelj
Aleksandar Ranković|Ranković|Rankovic|Aleksandar Rankovic
Milovan Đilas|Đilas|Djilas|Milovan Djilas
Boris Kidrič|Kidrič|Kidric
Moša Pijade|Pijade|Mosa Pijade
Andrija Hebrang|Hebrang
Sreten Žujović|Žujović|Zujovic
Vladimir Bakarić|Bakarić|Bakaric
Savka Dabčević-Kučar|Dabčević-Kučar|Dabcevic-Kucar
Miko Tripalo|Tripalo
Marko Nikezić|Nikezić|Nikezic
Jovanka Broz|Jovanka@1952:1980
Jakub Berman|Berman@1944:1956
Hilary Minc|Minc
Edward Ochab|Ochab
Józef Cyrankiewicz|Cyrankiewicz
Stanisław Mikołajczyk|Mikołajczyk|Mikolajczyk
Edward Osóbka-Morawski|Osóbka-Morawski|Osobka-Morawski
Stefan Wyszyński|Wyszyński|Wyszynski|Cardinal Wyszyński|Cardinal Wyszynski|Stefan Wyszynski
Adam Stefan Sapieha|Cardinal Sapieha|Sapieha@1911:1951
Bolesław Kominek|Kominek
Mieczysław Moczar|Moczar
Marian Spychalski|Spychalski
Roman Zambrowski|Zambrowski
Zenon Kliszko|Kliszko
Aleksander Zawadzki|Zawadzki@1944:1964
Stanisław Radkiewicz|Radkiewicz
Józef Światło|Światło|Swiatlo
Bolesław Piasecki|Piasecki@1945:1979
Witold Pilecki|Pilecki
Leszek Kołakowski|Kołakowski|Kolakowski
Wilhelm Pieck|Pieck
Willi Stoph|Stoph
Wilhelm Zaisser|Zaisser
Ernst Wollweber|Wollweber
Rudolf Herrnstadt|Herrnstadt
Markus Wolf|Mischa Wolf
Robert Havemann|Havemann
Wolf Biermann|Biermann
Gheorghe Gheorghiu-Dej|Gheorghiu-Dej|Dej@1945:1965
Ana Pauker|Pauker
Vasile Luca
Lucrețiu Pătrășcanu|Pătrășcanu|Patrascanu|Lucretiu Patrascanu
Petru Groza|Groza@1945:1958
Emil Bodnăraș|Bodnăraș|Bodnaras
Ion Gheorghe Maurer|Maurer@1958:1974
Elena Ceaușescu|Elena Ceausescu
Ion Iliescu|Iliescu
László Tőkés|Tőkés|Tokes
Mehmet Shehu|Shehu@1944:1981
Koçi Xoxe|Xoxe|Koci Xoxe
Ramiz Alia|Alia@1985:1991
Murad III|Murad@1574:1595
Mehmed III|Mehmed@1595:1603
Ahmed I|Ahmed@1603:1617
Mustafa I
Osman II|Genç Osman|Genc Osman|Osman@1618:1622|Sultan Osman II
Murad IV|Murad@1623:1640
Suleiman II|Sultan Suleiman II
Ahmed II
Mustafa II|Mustafa@1695:1703|Sultan Mustafa II
Mahmud I|Mahmud@1730:1754
Osman III
Mustafa III|Mustafa@1757:1774
Abdul Hamid I|Abdulhamid I|Abdülhamid I|Abdul Hamid@1774:1789|Abdulhamid@1774:1789
Selim III|Selim@1789:1807|Sultan Selim@1789:1807
Mustafa IV|Mustafa@1807:1808
Nurbanu Sultan|Nurbanu
Safiye Sultan|Safiye
Turhan Sultan|Turhan Hatice Sultan|Turhan@1648:1683
Piyale Pasha|Piyale
Koca Sinan Pasha|Sinan Pasha@1569:1596
Kuyucu Murad Pasha|Kuyucu Murad
Abaza Mehmed Pasha|Abaza Mehmed|Abaza@1622:1634
Kadızade Mehmed|Kadızade Mehmed Efendi|Kadizade Mehmed
Köprülü Fazıl Mustafa Pasha|Fazıl Mustafa Pasha|Fazil Mustafa Pasha
Amcazade Köprülü Hüseyin Pasha|Amcazade Hüseyin Pasha|Amcazade Huseyin Pasha|Amcazade@1697:1702
Baltacı Mehmed Pasha|Baltaci Mehmed Pasha|Baltacı@1704:1712|Baltaji@1704:1712
Nevşehirli Damat Ibrahim Pasha|Nevşehirli Ibrahim Pasha|Nevsehirli Ibrahim Pasha|Damat Ibrahim Pasha|Nevşehirli@1718:1730|Ibrahim Pasha@1718:1730
Patrona Halil|Patrona
Ibrahim Müteferrika|Ibrahim Muteferrika|Müteferrika|Muteferrika
Koca Ragıp Pasha|Koca Ragip Pasha|Ragıp Pasha|Ragip Pasha
Halil Hamid Pasha
Cezayirli Gazi Hasan Pasha|Gazi Hasan Pasha|Cezayirli Hasan Pasha|Hasan Pasha@1770:1790
Kabakçı Mustafa|Kabakci Mustafa
Alemdar Mustafa Pasha|Alemdar Mustafa|Bayraktar Mustafa Pasha|Alemdar@1806:1808
Ali Pasha of Yanina|Ali Pasha of Ioannina|Ali Pasha of Tepelena|Tepedelenli Ali Pasha|Ali Pasha@1787:1822
Osman Pazvantoğlu|Pazvantoğlu|Pazvantoglu|Pasvanoğlu|Pasvanoglu|Pasvantoğlu
Halet Efendi
Koca Hüsrev Mehmed Pasha|Hüsrev Pasha|Husrev Pasha|Khosrew Pasha
Ağa Hüseyin Pasha|Aga Hüseyin Pasha|Agha Hüseyin Pasha
Karađorđe|Karađorđe Petrović|Karadjordje|Karageorge|Black George@1804:1817
Miloš Obrenović|Milos Obrenovic|Obrenović@1815:1860|Obrenovic@1815:1860
Safi of Persia|Shah Safi|Safi I@1629:1642
Abbas II of Persia|Shah Abbas II|Abbas II@1642:1666
Suleiman I of Persia|Shah Suleiman|Shah Soleyman|Safi II@1666:1668
Mohammad-Baqer Majlesi|Majlesi|Majlisi|Allama Majlisi|Allameh Majlesi|Muhammad Baqir Majlisi
Sultan Husayn|Sultan Husayn@1694:1726|Shah Sultan Husayn|Soltan Hoseyn|Sultan Hosayn
Tahmasp II|Tahmasp@1722:1732
Mirwais Hotak|Mirwais Khan Hotak|Mir Wais|Mirwais
Mahmud Hotak|Mahmud Hotaki|Mir Mahmud Hotaki|Mir Mahmud
Ashraf Hotak|Ashraf Hotaki|Ashraf Shah@1725:1729
Shahrokh Shah|Shahrokh Afshar|Shahrukh Afshar|Shahrokh@1748:1796
Karim Khan Zand|Karim Khan
Lotf Ali Khan|Lotf Ali Khan Zand|Lotf-Ali Khan|Lutf Ali Khan
Agha Mohammad Khan Qajar|Agha Mohammad Khan|Aqa Mohammad Khan|Agha Muhammad Khan|Agha Mohammad Shah
Heraclius II of Georgia|Erekle II|Heraclius II|Erekle@1744:1798
Fath-Ali Shah Qajar|Fath-Ali Shah|Fath Ali Shah|Fath'Ali Shah|Fathali Shah
Abbas Mirza
Mohammad Shah Qajar|Mohammad Shah@1834:1848|Muhammad Shah@1834:1848
Naser al-Din Shah Qajar|Naser al-Din Shah|Nasir al-Din Shah|Nasser al-Din Shah|Naser od-Din Shah|Nasir ud-Din Shah|Nasser-al-Din Shah|Naser al-Din@1848:1896|Nasir al-Din@1848:1896
Mozaffar ad-Din Shah Qajar|Mozaffar ad-Din Shah|Mozaffar al-Din Shah|Muzaffar al-Din Shah|Muzaffar ad-Din Shah
Amir Kabir|Mirza Taqi Khan|Mirza Taghi Khan
Mirza Abolqasem Qaem-Maqam Farahani|Qaem-Maqam|Qa'em-Maqam|Qaim Maqam@1821:1835
Haji Mirza Aqasi|Hajji Mirza Aqasi|Mirza Aqasi|Aqasi
Mirza Hosein Khan Sepahsalar|Mirza Husayn Khan|Sepahsalar@1870:1881|Moshir od-Dowleh@1870:1881
Ali-Asghar Khan Amin al-Soltan|Amin al-Soltan|Amin al-Sultan|Amin os-Soltan|Ali Asghar Khan Atabak|Atabak-e Azam
Báb|Báb@1844:1850|the Báb|the Bab@1844:1850|Sayyid Ali Muhammad Shirazi
Bahá'u'lláh|Baha'u'llah|Bahaullah|Baháʼu'lláh
Mirza Hasan Shirazi|Mirza Shirazi|Mirza-ye Shirazi|Mirza Hassan Shirazi
Malkam Khan|Mirza Malkam Khan|Malkom Khan
Mirza Reza Kermani
Paul Julius Reuter|Julius Reuter|Baron Reuter|Baron de Reuter|Reuter@1872:1873
Alexander Griboyedov|Griboyedov|Griboedov
Pavel Tsitsianov|Tsitsianov|Tsitsishvili
Aleksey Yermolov|Yermolov|Ermolov
John Malcolm|Sir John Malcolm|Malcolm@1799:1830
Gore Ouseley|Sir Gore Ouseley|Ouseley
Ali Bey al-Kabir|Bulutkapan Ali Bey|Ali Bey@1760:1773
Abu al-Dhahab|Muhammad Bey Abu al-Dhahab|Abu'l-Dhahab|Abu Dhahab
Murad Bey
Ibrahim Bey (Mamluk)|Ibrahim Bey@1770:1816
Zahir al-Umar|Zahir al-Umar al-Zaydani|Daher al-Omar|Dhaher al-Omar|Zahir al-Omar
Ahmad Pasha al-Jazzar|al-Jazzar|Jezzar Pasha|Djezzar Pasha|Cezzar Ahmed Pasha|Jazzar Pasha|Jezzar|Djezzar
Jacques-François Menou|Menou|Abdallah Menou
Ralph Abercromby|Sir Ralph Abercromby|Abercromby@1793:1801
William Sidney Smith|Sir Sidney Smith|Sidney Smith@1798:1801
Umar Makram|Omar Makram
Oruç Reis|Oruç Barbarossa|Oruc Reis|Aruj|Aruj Barbarossa|Oruç@1500:1518
Hussein Dey|Husayn Dey|Dey Hussein|Hussein Pasha@1818:1830
Husayn I ibn Ali|Husayn Bey@1705:1735|Hussein Bey@1705:1735|Hussein ben Ali@1705:1735
Hammuda ibn Ali|Hammuda Pasha|Hammuda Bey|Hamuda Pasha
Ahmed Karamanli|Ahmad Qaramanli|Ahmad al-Qaramanli|Ahmed Karamanli Pasha
Yusuf Karamanli|Yusuf Qaramanli|Yusuf Pasha@1795:1832
Hamet Karamanli|Hamet Qaramanli|Hamet@1801:1805
Stephen Decatur|Decatur
William Eaton|Eaton@1801:1805
Edward Preble|Preble
Edward Pellew, 1st Viscount Exmouth|Lord Exmouth|Edward Pellew|Exmouth@1816:1816|Pellew@1793:1816
Louis de Bourmont|Bourmont|Marshal Bourmont
Pierre Deval|Deval@1818:1830
Jan Janszoon|Murat Reis the Younger|Murad Reis@1610:1641
Raïs Hamidou|Rais Hamidou|Hamidou
Pertev Pasha|Pertev Mehmed Said Pasha
Mirza Aqa Khan Nuri|Aqa Khan Nuri
Zell-e Soltan|Zell-e Sultan|Zill al-Sultan
Táhirih|Tahirih|Qurrat al-Ayn|Qurrat al-'Ayn
Abolhassan Khan Ilchi|Abu'l-Hasan Khan Ilchi|Mirza Abu'l-Hasan Khan
Fazlollah Nouri|Sheikh Fazlollah Nouri|Fazlullah Nuri|Fazlollah Nuri
Suleiman al-Halabi|Soleyman al-Halabi|Sulayman al-Halabi
Muhammad Bey al-Alfi|Elfi Bey|Alfi Bey|al-Alfi@1798:1807
Osman Bey al-Bardisi|Uthman Bey al-Bardisi|al-Bardisi|Bardisi
Salih Reis
William Bainbridge|Bainbridge@1800:1815
Valerian Zubov
Charles Canning, 1st Earl Canning|Canning@1856:1862|Earl Canning
John Lawrence, 1st Baron Lawrence|John Lawrence@1846:1879
Richard Bourke, 6th Earl of Mayo|Mayo@1869:1872
Thomas Baring, 1st Earl of Northbrook|Northbrook@1872:1880
Robert Bulwer-Lytton, 1st Earl of Lytton|Lytton@1876:1880
George Robinson, 1st Marquess of Ripon|Ripon@1880:1884
Frederick Hamilton-Temple-Blackwood, 1st Marquess of Dufferin and Ava|Dufferin
Henry Petty-Fitzmaurice, 5th Marquess of Lansdowne|Lansdowne@1883:1916
Gilbert Elliot-Murray-Kynynmound, 4th Earl of Minto|Minto@1898:1910
Henry Hardinge, 1st Viscount Hardinge|Hardinge@1844:1848
Charles Hardinge, 1st Baron Hardinge of Penshurst|Hardinge@1910:1916
Frederic Thesiger, 1st Viscount Chelmsford|Chelmsford@1916:1921
Frederic Thesiger, 2nd Baron Chelmsford|Chelmsford@1878:1879
Edwin Montagu|Montagu@1914:1922
Allan Octavian Hume|A. O. Hume|Hume@1883:1912
William Wedderburn|Wedderburn@1885:1917
Surendranath Banerjee|Surendranath Banerjea|Surendranath|Banerjea@1876:1925
Womesh Chunder Bonnerjee|W. C. Bonnerjee|Bonnerjee
Pherozeshah Mehta|Pherozeshah
Mahadev Govind Ranade|Ranade
Lala Lajpat Rai|Lajpat Rai
Bipin Chandra Pal|B. C. Pal
Aurobindo Ghose|Sri Aurobindo|Aurobindo|Aurobindo Ghosh
Vinayak Damodar Savarkar|V. D. Savarkar|Savarkar
Madan Mohan Malaviya|Malaviya
Aga Khan III|Aga Khan@1885:1957
Khwaja Salimullah|Nawab Salimullah|Salimullah
Mohammad Ali Jauhar|Maulana Mohammad Ali|Jauhar@1911:1931
Reginald Dyer|General Dyer|Dyer@1919:1927
Michael O'Dwyer|O'Dwyer@1912:1940
Sayajirao Gaekwad III|Sayajirao
Mir Osman Ali Khan|Osman Ali Khan
Mahbub Ali Khan|Mahbub Ali Khan, Asaf Jah VI
Sher Ali Khan|Sher Ali@1863:1879|Amir Sher Ali
Abdur Rahman Khan|Abdur Rahman@1880:1901|Amir Abdur Rahman
Francis Younghusband|Younghusband
Swami Vivekananda|Vivekananda
Dayananda Saraswati|Swami Dayananda|Dayanand Saraswati|Dayananda
Ishwar Chandra Vidyasagar|Vidyasagar
Jung Bahadur Rana|Jung Bahadur|Jang Bahadur
Begum Hazrat Mahal|Hazrat Mahal
Tantia Tope|Tatya Tope|Tantia Topi
Kunwar Singh|Veer Kunwar Singh
Hugh Rose, 1st Baron Strathnairn|Sir Hugh Rose|Hugh Rose@1857:1860
Colin Campbell, 1st Baron Clyde|Sir Colin Campbell|Colin Campbell@1854:1860
Henry Havelock|Havelock@1857:1857
James Outram|Outram@1856:1863
Duleep Singh|Maharaja Duleep Singh|Dalip Singh
Tharrawaddy Min|King Tharrawaddy
Pagan Min|King Pagan
Supayalat|Queen Supayalat
Kanaung Mintha|Kanaung|Crown Prince Kanaung
Kinwun Mingyi U Kaung|Kinwun Mingyi
Archibald Campbell (British Army officer, born 1769)|Sir Archibald Campbell@1824:1826|Archibald Campbell@1824:1826
Harry Prendergast|Prendergast@1885:1886
Arthur Purves Phayre|Arthur Phayre|Phayre
Diponegoro|Prince Diponegoro|Dipanegara|Pangeran Diponegoro
Hendrik Merkus de Kock|De Kock@1825:1830
Sentot Prawirodirdjo|Sentot
Johannes van den Bosch|Van den Bosch|van den Bosch
Herman Willem Daendels|Daendels
Stamford Raffles|Sir Stamford Raffles|Thomas Stamford Raffles|Raffles@1805:1826
Godert van der Capellen|Van der Capellen@1816:1826
Multatuli|Eduard Douwes Dekker
Ernest Douwes Dekker|Setiabudi
Joannes Benedictus van Heutsz|Van Heutsz|van Heutsz
Christiaan Snouck Hurgronje|Snouck Hurgronje
Conrad Theodor van Deventer|Van Deventer@1899:1915|van Deventer@1899:1915
Alexander Willem Frederik Idenburg|Idenburg
Teuku Umar
Cut Nyak Dhien|Cut Nyak Dien
Tuanku Imam Bonjol|Imam Bonjol
Kartini|Raden Ajeng Kartini|R. A. Kartini
Oemar Said Tjokroaminoto|Tjokroaminoto
Hàm Nghi|Ham Nghi|Emperor Ham Nghi
Tôn Thất Thuyết|Ton That Thuyet
Phan Đình Phùng|Phan Dinh Phung
Hoàng Hoa Thám|Hoang Hoa Tham|Đề Thám|De Tham
Liu Yongfu|Liu Yung-fu
Henri Rivière|Rivière@1873:1883|Riviere@1873:1883
Charles Rigault de Genouilly|Rigault de Genouilly
Léonard Charner|Charner@1860:1862
Ernest Doudart de Lagrée|Doudart de Lagrée|Doudart de Lagree
Jean Dupuis|Dupuis@1872:1874
Amédée Courbet|Admiral Courbet|Courbet@1883:1885
Paul Bert
Paul Doumer|Doumer
Jules Harmand|Harmand@1883:1883
Jean-Marie de Lanessan|Lanessan
Phan Châu Trinh|Phan Chu Trinh|Phan Chau Trinh
Đồng Khánh|Dong Khanh
Thành Thái|Thanh Thai
Duy Tân|Emperor Duy Tan|Duy Tan@1907:1916
Trương Định|Truong Dinh
Nguyễn Tri Phương|Nguyen Tri Phuong
Norodom of Cambodia|King Norodom|Norodom@1860:1904
Sisowath of Cambodia|King Sisowath|Sisowath@1904:1927
Auguste Pavie|Pavie@1879:1895
Nangklao|Rama III
Vajiravudh|Rama VI
Pinklao|Phra Pinklao
Si Suriyawong|Sri Suriwongse|Chuang Bunnag
Damrong Rajanubhab|Prince Damrong|Damrong
Devawongse Varopakarn|Prince Devawongse|Devawongse
John Bowring|Sir John Bowring|Bowring
Anna Leonowens|Leonowens
Gustave Rolin-Jaequemyns|Rolin-Jaequemyns
Wichaichan|Prince Wichaichan
Anouvong|Chao Anouvong|Anuvong
José Burgos|Father Burgos|Burgos@1864:1872|Padre Burgos
Mariano Gómez|Mariano Gomez|Father Gomez
Jacinto Zamora|Father Zamora
Rafael Izquierdo|Izquierdo@1871:1872
Marcelo H. del Pilar|Marcelo del Pilar|Del Pilar@1880:1896
Graciano López Jaena|Lopez Jaena|López Jaena
Mariano Ponce
Andrés Bonifacio|Andres Bonifacio|Bonifacio@1892:1897
Apolinario Mabini|Mabini
Apolinario de la Cruz|Hermano Pule
Francisco Dagohoy|Dagohoy
Camilo de Polavieja|Polavieja
Valeriano Weyler|Weyler
Pedro Peláez|Pedro Pelaez
Jamalul Kiram II
Michael Sattler|Sattler@1525:1527
Jakob Hutter|Jacob Hutter|Hutter@1526:1536
Pilgram Marpeck|Marpeck|Pilgram Marbeck
Melchior Hoffman|Melchior Hofmann|Hoffman@1523:1543
John of Leiden|Jan van Leiden|John of Leyden|Jan Bockelson|Jan Beukelszoon|Bockelson
Bernhard Knipperdolling|Knipperdolling
Bernhard Rothmann|Rothmann@1530:1535
Franz von Waldeck|Franz of Waldeck
Hans Denck|Denck
Hans Hut
Caspar Schwenckfeld|Schwenckfeld|Kaspar Schwenckfeld
Leo Jud|Leo Jude
Ami Perrin|Perrin@1540:1555
Pierre Viret|Viret
George Blaurock|Blaurock|Jörg Blaurock
David Joris|Joris@1530:1556
Jérôme-Hermès Bolsec|Jerome Bolsec|Bolsec
Joachim Vadian|Vadian|Vadianus
Ulrich, Duke of Württemberg|Ulrich of Württemberg|Duke Ulrich@1498:1550
Christoph, Duke of Württemberg|Christoph of Württemberg
Joachim II Hector, Elector of Brandenburg|Joachim II Hector|Joachim II@1535:1571
Albert Alcibiades, Margrave of Brandenburg-Kulmbach|Albert Alcibiades|Albrecht Alcibiades
Henry V, Duke of Brunswick-Lüneburg|Henry of Brunswick@1514:1568|Henry the Younger@1514:1568
Hermann of Wied|Hermann von Wied
Jacob Sturm|Jakob Sturm|Jacob Sturm von Sturmeck
Matthias Flacius|Flacius|Flacius Illyricus
Julius von Pflug|Julius Pflug|Pflug@1541:1564
William IV, Duke of Bavaria|William IV of Bavaria
William, Duke of Jülich-Cleves-Berg|William of Cleves@1539:1592|William the Rich
Nicolas Perrenot de Granvelle|Nicholas Perrenot de Granvelle
Mary of Hungary (governor of the Netherlands)|Mary of Hungary@1530:1556
Augustus, Elector of Saxony|Augustus of Saxony@1553:1586
James V of Scotland|James V@1513:1542|King James V
James Hamilton, Duke of Châtelherault|Earl of Arran@1536:1575|Arran@1542:1554|Châtelherault|Chatelherault
David Beaton|Cardinal Beaton|Beaton@1539:1546
George Wishart|Wishart@1543:1546
Patrick Hamilton (martyr)|Patrick Hamilton@1520:1528
James Stewart, 1st Earl of Moray|Earl of Moray@1562:1570|Regent Moray|Moray@1560:1570|Lord James Stewart
David Rizzio|Rizzio|David Riccio|Riccio
Matthew Stewart, 4th Earl of Lennox|Earl of Lennox@1544:1571|Lennox@1544:1571
James Douglas, 4th Earl of Morton|Earl of Morton@1553:1581|Regent Morton|Morton@1566:1581
John Erskine, Earl of Mar (died 1572)|Earl of Mar@1565:1572|Regent Mar
William Maitland of Lethington|Maitland of Lethington|Maitland@1558:1573
William Kirkcaldy of Grange|Kirkcaldy of Grange
Francis II of France|Francis II@1559:1560|François II@1559:1560
Andrew Melville|Melville@1574:1611
Thomas Howard, 4th Duke of Norfolk|Duke of Norfolk@1554:1572
George Buchanan|Buchanan@1560:1582
George Gordon, 4th Earl of Huntly|Earl of Huntly@1536:1562|Huntly@1536:1562
Patrick Ruthven, 3rd Lord Ruthven|Lord Ruthven@1564:1566
John Hamilton (archbishop of St Andrews)|Archbishop Hamilton@1547:1571
Joseph I, Holy Roman Emperor|Joseph I@1705:1711|Emperor Joseph I
Charles VI, Holy Roman Emperor|Charles VI@1711:1740|Emperor Charles VI|Archduke Charles@1700:1714
Ferdinand III, Holy Roman Emperor|Ferdinand III@1637:1657|Emperor Ferdinand III
Francis II Rákóczi|Rákóczi@1700:1735|Rakoczi@1700:1735|Ferenc Rákóczi|Ferenc II Rákóczi|Francis Rákóczi
George II Rákóczi|György II Rákóczi|Rákóczi@1648:1660|Rakoczi@1648:1660
Ilona Zrínyi|Ilona Zrinyi|Helena Zrinski
Petar Zrinski|Péter Zrínyi|Peter Zrinski
Ferenc Wesselényi|Wesselényi@1655:1667|Wesselenyi@1655:1667
Fran Krsto Frankopan|Frankopan@1664:1671|Ferenc Frangepán
Ferenc III Nádasdy|Ferenc Nádasdy|Nádasdy@1664:1671|Nadasdy@1664:1671
Sándor Károlyi|Károlyi@1703:1711|Karolyi@1703:1711
Johann Christoph von Bartenstein|Bartenstein@1726:1740
Philipp Ludwig Wenzel von Sinzendorf|Sinzendorf@1705:1740
Elisabeth Christine of Brunswick-Wolfenbüttel|Empress Elisabeth Christine
Marco d'Aviano
Leopold Karl von Kollonitsch|Kollonitsch|Kollonich|Cardinal Kollonitsch
Guido Starhemberg|Guido von Starhemberg
Girolamo Seripando|Seripando
Giovanni Morone|Morone@1529:1580|Cardinal Morone
Diego Laínez|Laínez|Lainez|Diego Lainez
Alfonso Salmerón|Salmerón|Salmeron
Pope Marcellus II|Marcellus II|Marcello Cervini|Cervini@1539:1555
Cristoforo Madruzzo|Madruzzo
Stanislaus Hosius|Hosius@1545:1579|Stanisław Hozjusz
Peter Faber|Pierre Favre
Jacopo Sadoleto|Sadoleto|Cardinal Sadoleto
Philip Neri|Saint Philip Neri|Filippo Neri
John of the Cross|Saint John of the Cross
Angela Merici|Saint Angela Merici
Bernardino Ochino|Ochino
Peter Martyr Vermigli|Vermigli|Peter Martyr@1540:1562
Charles, Cardinal of Lorraine|Cardinal of Lorraine@1547:1574|Charles de Guise@1547:1574
Gian Matteo Giberti|Giberti
Francis Borgia|Francisco de Borja|Francis Borgia, 4th Duke of Gandía
Claudio Acquaviva|Acquaviva@1581:1615
Henry III of France|Henry III@1574:1589|Henri III@1574:1589|Henry of Valois@1573:1589|Henri de Valois@1573:1589|Henryk Walezy
Michał Korybut Wiśniowiecki|Michael Korybut Wiśniowiecki|Michael Wiśniowiecki|Michael I of Poland
Jeremi Wiśniowiecki|Jarema Wiśniowiecki|Jeremi Wisniowiecki|Wiśniowiecki@1632:1651|Wisniowiecki@1632:1651
Jan Zamoyski|Zamoyski@1570:1605
Stefan Czarniecki|Czarniecki|Stephen Czarniecki
Jerzy Sebastian Lubomirski|Lubomirski@1650:1667
Janusz Radziwiłł (1612–1655)|Janusz Radziwiłł|Janusz Radziwill
Bogusław Radziwiłł|Boguslaw Radziwill
Hieronim Radziejowski|Radziejowski
Ivan Vyhovsky|Vyhovsky|Vyhovskyi|Wyhowski
Petro Doroshenko|Doroshenko@1665:1676
Yurii Khmelnytsky|Yuri Khmelnytsky|Yurii Khmelnytskyi
Tugay Bey|Tuhai Bey|Tuhay Bey
İslam III Giray|Islam III Giray|Islam Giray@1644:1654
Jan Karol Chodkiewicz|Chodkiewicz@1600:1621
Stanisław Koniecpolski|Koniecpolski
Mikołaj Potocki|Potocki@1637:1651
Augustyn Kordecki|Kordecki
Ivan Sirko|Sirko
Piotr Skarga|Skarga
Mikołaj Zebrzydowski|Zebrzydowski@1606:1609
Petro Konashevych-Sahaidachny|Sahaidachny|Sahaidachnyi|Petro Sahaidachny
Anna Jagiellon|Anna Jagiellonka
Marie Louise Gonzaga|Ludwika Maria Gonzaga
Marie Casimire Louise de La Grange d'Arquien|Marie Casimire|Marysieńka
Stanisław Jabłonowski (1634–1702)|Stanisław Jabłonowski|Jabłonowski@1676:1702|Jablonowski@1676:1702
Paul I, Prince Esterházy|Pál Esterházy|Paul Esterházy|Esterházy@1681:1713
John George III, Elector of Saxony|John George III
John, Margrave of Brandenburg-Küstrin|Hans von Küstrin|John of Küstrin
Severyn Nalyvaiko|Nalyvaiko
Krzysztof Kosiński|Kosiński@1591:1593|Kosinski@1591:1593
Ivan Briukhovetsky|Briukhovetsky|Brukhovetsky
Pavlo Teteria|Teteria
Augustus III of Poland|Augustus III
Saul|King Saul|Saul@-1050:-1005
David|King David|David@-1010:-965
Solomon|King Solomon|Solomon@-975:-925
Rehoboam
Jeroboam I|Jeroboam@-935:-905
Jeroboam II|Jeroboam@-790:-750
Omri|Omri@-890:-865
Jezebel|Jezebel@-880:-840
Jehoshaphat
Manasseh of Judah|Manasseh@-700:-640
Jehoiakim
Jehoiachin|Jeconiah
Gedaliah|Gedaliah@-590:-580
Zerubbabel
Mesha|Mesha@-860:-830
Hazael|Hazael@-845:-795
Shoshenq I|Shishak
Hiram I|Hiram of Tyre|Hiram@-985:-940
Elijah|Elijah@-880:-840
Isaiah|Isaiah@-745:-680
Jeremiah|Jeremiah@-630:-580
Ezra|Ezra@-465:-430
Nehemiah|Nehemiah@-450:-420
John Hyrcanus|Hyrcanus@-134:-105
Alexander Jannaeus|Jannaeus|Alexander Jannai
Salome Alexandra
Hyrcanus II|Hyrcanus@-76:-30
Aristobulus II|Aristobulus@-67:-49
Antipater the Idumaean|Antipater@-63:-43
Antigonus II Mattathias|Mattathias Antigonus|Antigonus@-40:-37
Mariamne I|Mariamne@-37:-29
Herod Archelaus|Archelaus@-4:6
Philip the Tetrarch
Herod Agrippa II|Agrippa II|Agrippa@48:100
Berenice (daughter of Herod Agrippa)|Berenice@60:79
Caiaphas
John the Baptist
Judas of Galilee|Judas the Galilean
Quirinius|Publius Sulpicius Quirinius
Antonius Felix|Felix@52:60
Porcius Festus|Festus@58:62
Gessius Florus|Florus@64:66
Cestius Gallus|Cestius@65:67
Tiberius Julius Alexander
Menahem ben Judah
Eleazar ben Simon
Eleazar ben Ya'ir|Eleazar ben Yair
John of Giscala|John of Gischala
Simon bar Giora|Bar Giora
Lucius Flavius Silva|Flavius Silva|Silva@72:74
Yohanan ben Zakkai|Johanan ben Zakkai|Ben Zakkai
Lusius Quietus|Quietus@115:118
Rabbi Akiva|Akiva|Akiba|Rabbi Akiba
Sextus Julius Severus|Julius Severus
Arsaces I of Parthia|Arsaces I|Arsaces@-250:-211
Mithridates II of Parthia|Mithridates II@-124:-88
Phraates IV|Phraates@-37:-2
Phraates V|Phraataces
Orodes II|Orodes@-57:-37
Surena|Surenas
Pacorus I|Pacorus@-51:-38
Vonones I|Vonones@6:19
Artabanus II of Parthia|Artabanus@10:40
Osroes I|Osroes@109:129
Vologases IV|Vologases@147:191
Artabanus IV of Parthia|Artabanus V|Artabanus@208:226
Publius Ventidius Bassus|Ventidius|Ventidius Bassus
Quintus Labienus|Labienus@-42:-39
Antiochus VII Sidetes|Antiochus Sidetes|Sidetes
Demetrius II Nicator|Demetrius II
Artavasdes II of Armenia|Artavasdes@-55:-34
Bahram II|Bahram@274:293
Narseh
Kartir|Kirdir
Mani (prophet)|Mani@240:277
Yazdegerd I|Yazdegerd@399:420
Bahram V|Bahram Gur|Bahram@420:438
Yazdegerd II|Yazdegerd@438:457
Peroz I|Peroz@459:484
Kavad I|Kavadh I|Kavad@488:531|Kavadh@488:531
Mazdak
Sukhra
Hormizd IV|Hormizd@579:590
Yazdegerd III|Yazdegerd@632:651
Vardan Mamikonian|Vardan@440:451
Gordian III|Gordian@238:244
Philip the Arab|Philip@244:249
Justin II
Kujula Kadphises|Kujula
Vima Takto
Vima Kadphises
Kanishka|Kanishka I|Kanishka the Great
Huvishka
Simuka
Satakarni|Satakarni I
Gautamiputra Satakarni|Gautamiputra
Vasishthiputra Pulumavi|Pulumavi|Vasisthiputra Pulumavi
Yajna Sri Satakarni|Yajnashri Satakarni|Yajna Satakarni
Nahapana
Rudradaman I|Rudradaman
Menander I|Menander@-165:-130|Milinda
Gondophares
Kharavela
Mago I of Carthage|Mago@-550:-520
Hamilcar I of Carthage|Hamilcar@-490:-480
Hanno the Navigator
Hanno II the Great|Hanno the Great|Hanno@-250:-200
Hasdrubal the Fair|Hasdrubal the Splendid
Hasdrubal Gisco|Hasdrubal son of Gisco
Mago Barca|Mago@-218:-203
Hasdrubal the Boetharch|Hasdrubal the Boeotarch|Hasdrubal@-150:-146
Matho|Matho@-241:-237
Spendius
Syphax
Sophonisba
Adherbal|Adherbal@-118:-112
Bocchus I|Bocchus@-111:-80
Juba II|Juba@-25:23
Lucius Calpurnius Bestia|Calpurnius Bestia|Bestia@-111:-110
Marcus Atilius Regulus|Regulus@-256:-250
Gaius Duilius|Duilius
Gaius Lutatius Catulus|Lutatius Catulus|Catulus@-242:-241
Xanthippus of Carthage|Xanthippus@-256:-254
Gaius Flaminius|Flaminius@-223:-217
Gaius Terentius Varro|Terentius Varro|Varro@-218:-216
Lucius Aemilius Paullus (consul 219 BC)|Paullus@-219:-216
Dionysius I of Syracuse|Dionysius the Elder|Dionysius@-405:-367
Gelon|Gelon@-491:-478
Timoleon
Luigi Cadorna|Cadorna
Armando Diaz|Diaz@1917:1919|General Diaz
John Jellicoe|Jellicoe|Admiral Jellicoe
David Beatty, 1st Earl Beatty|Admiral Beatty|Beatty@1914:1927
Reinhard Scheer|Scheer@1914:1918|Admiral Scheer
Franz von Hipper|Hipper@1914:1918
John French, 1st Earl of Ypres|Sir John French|Field Marshal French
William Robertson (British Army officer)|Sir William Robertson|Robertson@1915:1918
Henry Rawlinson, 1st Baron Rawlinson|Rawlinson@1914:1925
Hubert Gough|Gough@1914:1918
Julian Byng|Byng@1914:1926
William Birdwood|Birdwood
John Monash|Monash
Arthur Currie|Currie@1915:1919
Charles Mangin|Mangin@1914:1925
Charles Lanrezac|Lanrezac
Louis Franchet d'Espèrey|Franchet d'Espèrey|Franchet d'Esperey
René Viviani|Viviani
Alexandre Ribot|Ribot@1914:1917
Paul Painlevé|Painlevé|Painleve
August von Mackensen|Mackensen
Max Hoffmann|Hoffmann@1914:1918|General Hoffmann
Oskar von Hutier|Hutier
Crown Prince Rupprecht of Bavaria|Crown Prince Rupprecht|Rupprecht@1914:1918
Henning von Holtzendorff|Holtzendorff
Karl Max, Prince Lichnowsky|Lichnowsky
Richard von Kühlmann|Kühlmann|Kuhlmann
Ottokar Czernin|Czernin@1916:1918
Radomir Putnik|Putnik
Richard Haldane, 1st Viscount Haldane|Lord Haldane
Pierre-Étienne Flandin|Flandin
Charles Huntziger|Huntziger
Pierre Pucheu|Pucheu
Fernand de Brinon|de Brinon|Brinon@1940:1945
Philippe Henriot|Henriot@1940:1944
Carl Oberg|Oberg@1942:1944
Maurice Papon|Papon
Albert Lebrun|Lebrun@1932:1940
Édouard Herriot|Herriot|Edouard Herriot
Georges Mandel|Mandel@1938:1944
Pierre Brossolette|Brossolette
Charles Delestraint|Delestraint
Emmanuel d'Astier de La Vigerie|d'Astier
André Dewavrin|Dewavrin|Colonel Passy
Émile Muselier|Muselier
Henri Rol-Tanguy|Rol-Tanguy
Missak Manouchian|Manouchian
Lucie Aubrac
Josef Terboven|Terboven
Haakon VII|King Haakon@1905:1957
Johan Nygaardsvold|Nygaardsvold
Anton Mussert|Mussert
Hanns Albin Rauter|Rauter
Léon Degrelle|Degrelle
Hubert Pierlot|Pierlot
Leopold III of Belgium|Leopold III@1934:1951|King Leopold III
Alexander von Falkenhausen|Falkenhausen@1940:1944
Erik Scavenius|Scavenius
Werner Best|Best@1940:1945
Thorvald Stauning|Stauning
Christian X of Denmark|Christian X|King Christian@1912:1947
Georg Ferdinand Duckwitz|Duckwitz
Ioannis Rallis|Rallis@1943:1944
Stefanos Sarafis|Sarafis
Tadeusz Bór-Komorowski|Bór-Komorowski|Bor-Komorowski|Komorowski@1943:1945
Stefan Rowecki|Rowecki|Grot-Rowecki
Leopold Okulicki|Okulicki
Jan Karski|Karski
Hans Frank|Frank@1939:1945|Governor-General Frank
Anne Frank
Vojtech Tuka|Tuka
Alexander Mach|Mach@1939:1945
Slavko Kvaternik
Andrija Artuković|Artuković|Artukovic
Odilo Globocnik|Globocnik|Globočnik
Franz Stangl|Stangl
Hermann Höfle|Höfle|Hoefle
Christian Wirth|Wirth@1939:1944
Dieter Wisliceny|Wisliceny
Alois Brunner|Brunner@1938:1945
Theodor Dannecker|Dannecker
Heinrich Müller (Gestapo)|Gestapo Müller|Müller@1939:1945
Friedrich Jeckeln|Jeckeln
Erich von dem Bach-Zelewski|Bach-Zelewski
Oswald Pohl|Pohl@1933:1945
Otto Ohlendorf|Ohlendorf
Jürgen Stroop|Stroop
Amon Göth|Göth|Goeth
Alfred Rosenberg|Rosenberg@1920:1946
Raoul Wallenberg|Wallenberg@1944:1947
Chiune Sugihara|Sugihara|Sempo Sugihara
Carl Lutz|Lutz@1942:1945
Giorgio Perlasca|Perlasca
Irena Sendler|Sendler|Irena Sendlerowa
Aristides de Sousa Mendes|Sousa Mendes
André Trocmé|Trocmé|Trocme
Nicholas Winton|Winton@1938:1939
Chaim Rumkowski|Rumkowski
Adam Czerniaków|Czerniaków|Czerniakow
Jacob Gens|Gens@1941:1943
Rudolf Kastner|Kasztner|Kastner@1944:1945
Leo Baeck|Baeck
Mordechai Anielewicz|Anielewicz
Marek Edelman|Edelman@1942:1945
Abba Kovner|Kovner
Emanuel Ringelblum|Ringelblum
Hannah Szenes|Szenes|Hannah Senesh
Tuvia Bielski|Bielski
Takeo Kurita|Kurita|Kurita Takeo
Jisaburō Ozawa|Ozawa@1941:1945|Jisaburo Ozawa|Ozawa Jisaburō|Ozawa Jisaburo
Thomas C. Kinkaid|Kinkaid
Frank Jack Fletcher|Fletcher@1941:1945
William Slim|General Slim|Bill Slim
Arthur Percival|Percival@1941:1942
Archibald Wavell|Wavell
Mitsuru Ushijima|Ushijima
Renya Mutaguchi|Mutaguchi|Mutaguchi Renya
Osami Nagano|Nagano@1941:1945
Hajime Sugiyama|Sugiyama@1937:1945
Shigetarō Shimada|Shimada@1941:1944|Shigetaro Shimada
Yoshijirō Umezu|Umezu|Yoshijiro Umezu
Takijirō Ōnishi|Ōnishi@1944:1945|Onishi@1944:1945
Hiroshi Ōshima|Ōshima@1938:1945|Oshima@1938:1945
Husband E. Kimmel|Kimmel
Thomas Blamey|Blamey
John Curtin|Curtin
Ivan Konev|Konev
Aleksandr Vasilevsky|Vasilevsky
Semyon Timoshenko|Timoshenko
Andrei Yeryomenko|Yeremenko|Yeryomenko|Eremenko
Nikolai Vatutin|Vatutin
Fyodor Tolbukhin|Tolbukhin
Leonid Govorov|Govorov
Kirill Meretskov|Meretskov
Ivan Bagramyan|Bagramyan
Ivan Chernyakhovsky|Chernyakhovsky
Vasily Sokolovsky|Sokolovsky
Boris Shaposhnikov|Shaposhnikov
Dmitry Pavlov (general)|General Pavlov@1941:1941
Aleksei Antonov|Antonov@1942:1945|General Antonov
Erich von Manstein|Manstein|von Manstein
Wilhelm Ritter von Leeb|von Leeb|Leeb@1939:1942
Ewald von Kleist|Kleist@1939:1945
Walter Model|Field Marshal Model
Hermann Hoth|Hoth
Franz Halder|Halder
Walther von Brauchitsch|Brauchitsch|von Brauchitsch
Günther von Kluge|Kluge|von Kluge
Ferdinand Schörner|Schörner|Schoerner
Georg von Küchler|Küchler|Kuechler
Walter von Reichenau|Reichenau
Gotthard Heinrici|Heinrici
Walther Wenck|Wenck
Hasso von Manteuffel|Manteuffel@1944:1945
Kurt Zeitzler|Zeitzler
Walther von Seydlitz-Kurzbach|Seydlitz@1942:1945
Albert Kesselring|Kesselring
Wilhelm Canaris|Canaris
Hōne Heke|Hone Heke|Heke@1835:1850
Te Ruki Kawiti|Kawiti
Te Rauparaha|Rauparaha
Hongi Hika|Hongi@1810:1828
Tāmati Wāka Nene|Tamati Waka Nene|Waka Nene
Pōtatau Te Wherowhero|Potatau Te Wherowhero|Te Wherowhero|Pōtatau|Potatau
Tāwhiao|Tawhiao
Wiremu Tāmihana|Wiremu Tamihana|Tāmihana|Tamihana
Wiremu Kīngi Te Rangitāke|Wiremu Kīngi|Wiremu Kingi
Rewi Maniapoto|Rewi@1860:1894
Te Ua Haumēne|Te Ua Haumene|Te Ua@1862:1866
Riwha Tītokowaru|Titokowaru|Tītokowaru
Te Kooti|Te Kooti Arikirangi Te Turuki
Te Whiti o Rongomai|Te Whiti
Tohu Kākahi|Tohu Kakahi|Tohu@1860:1907
George Grey|Grey@1853:1868
William Hobson|Hobson@1837:1842
Robert FitzRoy|FitzRoy@1831:1865
Thomas Gore Browne|Gore Browne
Duncan Cameron (British Army officer)|Duncan Cameron@1860:1868
James Busby|Busby@1832:1842
Edward Gibbon Wakefield|Wakefield@1829:1862|Gibbon Wakefield
Gustavus von Tempsky|von Tempsky|Von Tempsky
Donald McLean (New Zealand politician)|Donald McLean@1840:1877
Julius Vogel|Vogel@1869:1899
John Ballance|Ballance
Richard Seddon|Seddon
Kate Sheppard|Sheppard@1885:1905
Arthur Phillip|Phillip@1786:1814
William Bligh|Bligh
Lachlan Macquarie|Macquarie
John Macarthur (wool pioneer)|John Macarthur|Macarthur@1790:1834
Ralph Darling
Richard Bourke|Bourke@1831:1837
George Arthur (governor)|George Arthur@1823:1854
John Batman
Charles La Trobe|Charles Joseph La Trobe|La Trobe@1839:1854
Charles Hotham|Hotham@1854:1855
Peter Lalor|Lalor@1854:1856
William Wentworth|William Charles Wentworth|Wentworth@1810:1872
Edward John Eyre|Eyre@1840:1866
George Augustus Robinson
Henry Parkes|Parkes@1856:1896
Edmund Barton|Barton@1890:1910
Alfred Deakin|Deakin
George Reid (Australian politician)|George Reid@1890:1918
Chris Watson|John Christian Watson
Andrew Fisher
Billy Hughes|William Morris Hughes
Samuel Griffith
Ned Kelly
Pemulwuy
Windradyne
Yagan
Jandamarra
Truganini|Trugernanner
Bennelong
Onn Jaafar|Onn bin Jaafar|Dato' Onn|Dato Onn|Onn@1946:1962
Tan Cheng Lock
V. T. Sambanthan|Sambanthan
Edward Gent|Gent@1946:1948
Henry Gurney|Gurney@1948:1951
Ismail Abdul Rahman|Tun Dr Ismail
Goh Keng Swee
Toh Chin Chye
S. Rajaratnam|Sinnathamby Rajaratnam|Rajaratnam
Lim Chin Siong
Lim Yew Hock
David Marshall (Singaporean politician)|David Marshall@1950:1968
Mahathir Mohamad|Mahathir
A. M. Azahari|Azahari
Donald Stephens|Fuad Stephens
Omar Ali Saifuddien III|Omar Ali Saifuddien
Carlos P. Garcia|Carlos Garcia|Garcia@1956:1961
Claro M. Recto|Claro Recto|Recto@1946:1960
Jesús Lava|Jesus Lava
Bernabe Buscayno|Buscayno
Lorenzo Tañada|Tañada|Tanada
Seru Epenisa Cakobau|Cakobau|Ratu Seru Cakobau|Thakombau
Enele Ma'afu|Ma'afu|Maafu
George Tupou I|Tupou I|George Tupou@1845:1892|Taufa'ahau
George Tupou II|Tupou II
Shirley Waldemar Baker|Shirley Baker
Arthur Hamilton-Gordon, 1st Baron Stanmore|Arthur Gordon@1871:1890
John Bates Thurston
Malietoa Laupepa|Laupepa
Mata'afa Iosefo|Mata'afa|Mataafa
Tupua Tamasese Titimaea|Tamasese@1885:1891
Pōmare II|Pomare II
Pōmare IV|Pomare IV|Pōmare@1827:1876|Pomare@1827:1876
Pōmare V|Pomare V
George Pritchard (missionary)|George Pritchard|Pritchard@1836:1845
Abel Aubert du Petit-Thouars|Dupetit-Thouars|Du Petit-Thouars|Petit-Thouars
Wilhelm Solf|Solf@1899:1918
D. S. Senanayake|Don Stephen Senanayake|D.S. Senanayake|DS Senanayake|Senanayake@1931:1951
Dudley Senanayake|Senanayake@1952:1973
John Kotelawala|Kotelawala
S. W. R. D. Bandaranaike|SWRD Bandaranaike|S.W.R.D. Bandaranaike|Solomon Bandaranaike|Bandaranaike@1936:1959
Sirimavo Bandaranaike|Sirimavo|Mrs Bandaranaike|Mrs. Bandaranaike|Bandaranaike@1960:1993
J. R. Jayewardene|JR Jayewardene|J.R. Jayewardene|Jayewardene|Jayawardene
Ranasinghe Premadasa|Premadasa
Velupillai Prabhakaran|Prabhakaran|Prabakaran
Rohana Wijeweera|Wijeweera
S. J. V. Chelvanayakam|Chelvanayakam
G. G. Ponnambalam|Ponnambalam
A. Amirthalingam|Appapillai Amirthalingam|Amirthalingam
N. M. Perera
Lalith Athulathmudali|Athulathmudali
Childeric I|Childeric@457:481
Chlothar I|Clothar I|Chlothar@511:561
Childebert I|Childebert@511:558
Chilperic I|Chilperic@561:584
Sigebert I|Sigebert@561:575
Brunhilda of Austrasia|Brunhilda@567:613|Brunhild@567:613|Brunhilde@567:613
Fredegund|Fredegunde|Fredegonde
Chlothar II|Clothar II
Dagobert I|Dagobert@623:639
Pepin of Herstal|Pippin of Herstal|Pepin II@680:714
Carloman I|Carloman@768:771
Louis the Pious|Louis I the Pious|Louis the Debonaire
Lothair I|Lothar I|Lothair@817:855|Lothar@817:855
Louis the German|Ludwig the German
Charles the Bald|Charles II the Bald
Louis the Stammerer|Louis II of France
Charles the Fat|Charles III the Fat
Arnulf of Carinthia|Arnulf@887:899
Odo of France|Odo, Count of Paris|Count Odo@882:898|Eudes@882:898
Charles the Simple|Charles III of France
Robert I of France
Rudolph of France|Raoul of France
Louis IV of France|Louis d'Outremer
Lothair of France|Lothair III of France
Charles VI of France|Charles the Mad|Charles VI@1380:1422
Charles VII of France|Charles VII@1422:1461|Charles the Victorious
Charles IX of France|Charles IX@1560:1574
Louis XIII|Louis XIII of France
Louis XV|Louis XV of France
André-Hercule de Fleury|Cardinal Fleury|Cardinal de Fleury|Fleury@1726:1743
Philip the Bold|Philip II, Duke of Burgundy
John the Fearless|John I, Duke of Burgundy
Richard I of Normandy|Richard the Fearless
Richard II of Normandy|Richard the Good
Robert I, Duke of Normandy|Robert the Magnificent|Robert the Devil
Amadeus VI, Count of Savoy|Green Count|Amadeus VI
Charles Emmanuel I, Duke of Savoy|Charles Emmanuel I
Victor Amadeus II|Victor Amadeus II of Savoy|Victor Amadeus@1675:1732
Charles Emmanuel III of Sardinia|Charles Emmanuel III
Azzone Visconti
Bernabò Visconti|Bernabo Visconti
Francesco I Sforza|Francesco Sforza
Galeazzo Maria Sforza
Gian Galeazzo Sforza
Giovanni di Bicci de' Medici|Giovanni di Bicci
Piero di Cosimo de' Medici|Piero the Gouty
Giuliano de' Medici|Giuliano@1469:1478
Alessandro de' Medici, Duke of Florence|Alessandro de' Medici
Cosimo I de' Medici|Cosimo I@1537:1574
Pietro II Orseolo
Sebastiano Ziani
Pietro Gradenigo
Marino Faliero
Francesco Foscari|Foscari
Æthelberht of Kent|Ethelbert of Kent|Æthelberht@589:616|Ethelbert@589:616
Edwin of Northumbria|King Edwin@616:633
Penda|Penda of Mercia
Oswald of Northumbria|Saint Oswald|King Oswald@634:642
Oswiu|Oswy|Oswiu of Northumbria
Ine of Wessex|King Ine
Æthelbald of Mercia|Aethelbald of Mercia
Cenwulf of Mercia|Cenwulf|Coenwulf
Edmund I|Edmund the Magnificent|King Edmund@939:946
Edward II of England|Edward II@1307:1327
Roger Mortimer, 1st Earl of March|Roger Mortimer@1320:1330|Mortimer@1320:1330
Piers Gaveston, 1st Earl of Cornwall|Piers Gaveston|Gaveston
Henry IV of England|Henry Bolingbroke|Henry IV@1399:1413
Henry V of England|Henry V@1413:1422|Prince Hal
Henry VI of England|Henry VI@1422:1471
Richard of York, 3rd Duke of York|Richard, Duke of York@1440:1460
Margaret of Anjou
Richard Neville, 16th Earl of Warwick|Warwick the Kingmaker|Kingmaker@1455:1471
Edward IV of England|Edward IV@1461:1483
Edward V of England|Edward V@1483:1483
Richard III of England|Richard III@1483:1485|Richard of Gloucester@1470:1485
George I of Great Britain|George I@1714:1727
George II of Great Britain|George II@1727:1760
Henry Pelham|Pelham@1743:1754
Thomas Pelham-Holles, 1st Duke of Newcastle|Duke of Newcastle@1724:1768
John Stuart, 3rd Earl of Bute|Lord Bute|Bute@1760:1763
James II of Aragon|James II@1291:1327|Jaume II
Kenneth MacAlpin|Kenneth I@843:858
Malcolm II of Scotland|Malcolm II@1005:1034
Duncan I of Scotland|Duncan I|King Duncan@1034:1040
David I of Scotland|David I@1124:1153
William the Lion|William I of Scotland
Alexander II of Scotland|Alexander II@1214:1249
Alexander III of Scotland|Alexander III@1249:1286
Margaret, Maid of Norway|Maid of Norway
David II of Scotland|David II@1329:1371
Robert II of Scotland|Robert II@1371:1390
Robert III of Scotland|Robert III@1390:1406
James I of Scotland|James I@1406:1437
James II of Scotland|James II@1437:1460
James III of Scotland|James III@1460:1488
James IV of Scotland|James IV@1488:1513
Alfonso III of Asturias|Alfonso the Great@866:910
Ramiro I of Asturias
Sancho III of Navarre|Sancho the Great|Sancho III@1004:1035
Ferdinand I of León|Ferdinand the Great@1035:1065|Ferdinand I@1035:1065
Sancho II of Castile|Sancho II@1065:1072
Urraca of León and Castile|Queen Urraca|Urraca@1109:1126
Alfonso VII of León and Castile|Alfonso VII@1126:1157|Alfonso the Emperor
Alfonso IX of León|Alfonso IX@1188:1230
Sancho IV of Castile|Sancho IV@1284:1295|Sancho the Brave
Ferdinand IV of Castile|Ferdinand IV@1295:1312
Alfonso XI of Castile|Alfonso XI@1312:1350
Peter of Castile|Peter the Cruel|Pedro the Cruel
Henry II of Castile|Henry of Trastámara|Enrique de Trastámara|Henry II@1366:1379
John I of Castile
Henry III of Castile|Henry III@1390:1406
John II of Castile|John II@1406:1454
Álvaro de Luna|Alvaro de Luna
Henry IV of Castile|Henry the Impotent|Enrique IV|Henry IV@1454:1474
Joanna la Beltraneja|Juana la Beltraneja|La Beltraneja
Joanna of Castile|Juana la Loca|Joanna the Mad
Philip I of Castile|Philip the Handsome
Ramiro I of Aragon
Sancho Ramírez|Sancho V of Navarre
Alfonso the Battler|Alfonso I of Aragon|Alfonso I@1104:1134
Ramiro II of Aragon|Ramiro the Monk
Petronilla of Aragon|Petronilla@1137:1164
Ramon Berenguer IV, Count of Barcelona|Ramon Berenguer IV
Alfonso II of Aragon|Alfonso II@1162:1196
Peter II of Aragon|Peter II@1196:1213
Peter III of Aragon|Peter III@1276:1285|Pedro III@1276:1285
Alfonso III of Aragon|Alfonso III@1285:1291
Alfonso IV of Aragon|Alfonso IV@1327:1336
Peter IV of Aragon|Peter the Ceremonious|Peter IV@1336:1387|Pedro IV@1336:1387
John I of Aragon
Martin of Aragon|Martin the Humane|Martin I of Aragon
Ferdinand I of Aragon|Ferdinand of Antequera|Ferdinand I@1412:1416
Alfonso V of Aragon|Alfonso the Magnanimous|Alfonso V@1416:1458
John II of Aragon|John II@1458:1479
Ferdinand VI of Spain|Ferdinand VI
Elisabeth Farnese|Elizabeth Farnese|Isabella Farnese
Giulio Alberoni|Cardinal Alberoni|Alberoni
Zenón de Somodevilla, 1st Marquis of Ensenada|Marquis of Ensenada|Ensenada@1743:1754
Afonso I of Portugal|Afonso Henriques|Afonso I@1139:1185
Sancho I of Portugal|Sancho I@1185:1211
Afonso II of Portugal|Afonso II@1211:1223
Sancho II of Portugal|Sancho II@1223:1248
Afonso III of Portugal|Afonso III@1248:1279
Denis of Portugal|King Dinis|Dom Dinis|King Denis@1279:1325|Dinis@1279:1325
Afonso IV of Portugal|Afonso IV@1325:1357
Peter I of Portugal|Pedro I of Portugal|Peter the Just@1357:1367
Inês de Castro|Ines de Castro
Ferdinand I of Portugal|Ferdinand I@1367:1383|Fernando I@1367:1383
John I of Portugal|John of Aviz|João I@1385:1433
Nuno Álvares Pereira|Nuno Alvares Pereira
Edward, King of Portugal|Edward of Portugal|King Duarte|Duarte I|Duarte@1433:1438
Afonso V of Portugal|Afonso V@1438:1481|Afonso the African
John II of Portugal|João II@1481:1495|John II@1481:1495
Manuel I of Portugal|Manuel I@1495:1521|Manuel the Fortunate|Dom Manuel
John III of Portugal|João III@1521:1557|John III@1521:1557
Henry, King of Portugal|Cardinal Henry@1578:1580|Cardinal-King Henry
Afonso VI of Portugal|Afonso VI@1656:1683
Peter II of Portugal|Pedro II of Portugal|Peter II@1683:1706
John V of Portugal|João V@1706:1750|John V@1706:1750
Maria I of Portugal|Maria I@1777:1816|Queen Maria I
Cleph
Authari
Agilulf
Theodelinda|Theodolinda
Rothari
Grimoald, King of the Lombards|Grimoald@662:671
Liutprand, King of the Lombards|King Liutprand|Liutprand@712:744
Ratchis
Aistulf|Astolf@749:756
Desiderius|King Desiderius|Desiderius@756:774
Adelchis
Wallia
Alaric II
Leovigild|Liuvigild
Reccared I|Reccared
Chindasuinth|Chindaswinth
Recceswinth|Reccesuinth
Wamba (king)|King Wamba|Wamba@672:680
Teia|Teias
Huneric
Hilderic
Conrad I of Germany|Conrad I@911:918
Henry the Fowler|Henry I of Germany|Henry I the Fowler
Otto II, Holy Roman Emperor|Otto II@961:983
Otto III, Holy Roman Emperor|Otto III@983:1002
Henry II, Holy Roman Emperor|Saint Henry II|Henry II@1002:1024
Henry Raspe
William II of Holland|William of Holland@1247:1256
Charles VII, Holy Roman Emperor|Charles Albert of Bavaria|Charles VII@1742:1745
Francis I, Holy Roman Emperor|Francis Stephen of Lorraine|Francis Stephen|Francis I@1745:1765
Maximilian I, Elector of Bavaria|Maximilian of Bavaria@1597:1651
Frederick I of Prussia|Frederick III of Brandenburg|Frederick I@1701:1713
Boleslaus II, Duke of Bohemia|Boleslaus the Pious|Boleslaus II@967:999
Bretislaus I|Bretislav I|Břetislav I
Vratislaus II of Bohemia|Vratislaus II|Vratislav II
Vladislaus II of Hungary|Vladislaus II Jagiellon|Vladislav II of Bohemia|Ulászló II
Árpád|Arpad@890:907
Béla I of Hungary|Béla I@1060:1063
Solomon, King of Hungary|King Solomon of Hungary
Stephen II of Hungary
Géza II of Hungary|Géza II
Emeric, King of Hungary|King Emeric|Emeric@1196:1204
George I Rákóczi|George Rákóczi I|György Rákóczi I
Mieszko I|Mieszko I of Poland|Mieszko@960:992
Bolesław I the Brave|Boleslaw I the Brave|Bolesław the Brave|Boleslaw the Brave|Bolesław I@992:1025|Boleslaw I@992:1025|Boleslaus the Brave
Mieszko II Lambert|Mieszko II
Casimir I the Restorer|Casimir the Restorer|Casimir I@1034:1058
Bolesław II the Generous|Bolesław the Bold|Boleslaw the Bold|Bolesław II@1058:1079|Boleslaw II@1058:1079
Bolesław III Wrymouth|Boleslaw III Wrymouth|Bolesław Wrymouth|Boleslaw Wrymouth|Bolesław III@1102:1138|Boleslaw III@1102:1138
Christian I of Denmark|Christian I@1448:1481
John, King of Denmark|King Hans
Christian II of Denmark|Christian II@1513:1523|Christian the Tyrant
Frederick I of Denmark|Frederick I@1523:1533
Christian III of Denmark|Christian III@1534:1559
Frederick II of Denmark|Frederick II@1559:1588
Frederick III of Denmark|Frederick III@1648:1670
Christian V of Denmark|Christian V@1670:1699
Christian VI of Denmark|Christian VI@1730:1746
Frederick V of Denmark|Frederick V@1746:1766
Peder Schumacher Griffenfeld|Griffenfeld
Magnus III of Sweden|Magnus Ladulås|Magnus Barnlock
Engelbrekt Engelbrektsson|Engelbrekt
Charles VIII of Sweden|Karl Knutsson|Charles Knutsson
Sten Sture the Elder|Sten Sture@1470:1503
Sten Sture the Younger
Gustav I of Sweden|Gustav Vasa|Gustavus Vasa|Gustav I@1523:1560|Gustavus I@1523:1560
Eric XIV of Sweden|Eric XIV|Erik XIV
John III of Sweden|John III@1568:1592|Johan III
Adolf Frederick, King of Sweden|Adolf Frederick|Adolphus Frederick
Gustav IV Adolf|Gustavus IV Adolphus|Gustav IV@1792:1809
Asparuh|Asparukh|Isperih
Tervel|Tervel of Bulgaria
Krum|Krum the Fearsome|Khan Krum
Omurtag|Omurtag of Bulgaria
Boris I of Bulgaria|Boris I@852:889|Khan Boris|Tsar Boris@852:889
Simeon I of Bulgaria|Simeon the Great|Tsar Simeon@893:927|Simeon@893:927
Peter I of Bulgaria
Samuel of Bulgaria|Tsar Samuel|Samuel@997:1014
Ivan Asen I of Bulgaria|Ivan Asen I|Asen I
Peter II of Bulgaria|Theodor-Peter
Kaloyan of Bulgaria|Kaloyan|Kaloyan the Romanslayer|Ioannitsa
Ivan Asen II|Ivan Asen II of Bulgaria
Ivan Alexander of Bulgaria|Ivan Alexander
Ivan Shishman of Bulgaria|Ivan Shishman
Đurađ Branković|Djuradj Brankovic|Durad Brankovic|George Branković|Đurađ@1427:1456
Tomislav of Croatia|King Tomislav|Tomislav@910:928
Peter Krešimir IV of Croatia|Petar Krešimir IV|Peter Krešimir IV|Krešimir IV|Kresimir IV
Demetrius Zvonimir of Croatia|Demetrius Zvonimir|Dmitar Zvonimir|Zvonimir@1075:1089
Petar Snačić|Petar Svačić|Peter Snačić
Ban Kulin|Kulin@1180:1204
Stephen II, Ban of Bosnia|Stjepan II Kotromanić|Stephen II Kotromanić
Stephen Tomašević of Bosnia|Stephen Tomašević|Stjepan Tomašević
Hrvoje Vukčić Hrvatinić|Hrvoje Vukčić|Hrvoje@1380:1416
Basarab I of Wallachia|Basarab I|Basarab the Founder
Mircea I of Wallachia|Mircea the Elder|Mircea cel Bătrân|Mircea@1386:1418
Radu cel Frumos|Radu the Handsome|Radu the Fair
Matei Basarab|Matthew Basarab
Constantin Brâncoveanu|Constantin Brancoveanu|Brâncoveanu|Brancoveanu
Bogdan I of Moldavia|Bogdan I|Bogdan the Founder
Alexander I of Moldavia|Alexander the Good|Alexandru cel Bun
Petru Rareș|Petru Rares|Peter Rareș
Vasile Lupu|Basil the Wolf
Dimitrie Cantemir|Demetrius Cantemir|Cantemir@1693:1723
Yaropolk I of Kiev|Yaropolk I|Yaropolk@972:980
Vsevolod I of Kiev|Vsevolod I@1078:1093
Sviatopolk II of Kiev|Sviatopolk II|Svyatopolk II
Roman the Great|Roman Mstislavich
Feodor III of Russia|Feodor III|Fyodor III
Tiberius II Constantine|Tiberius II@574:582
Constans II
Constantine IV
Justinian II|Justinian Rhinotmetos
Leo III the Isaurian|Leo the Isaurian|Leo III@717:741
Constantine V|Constantine Copronymus|Kopronymos
Leo IV the Khazar|Leo the Khazar|Leo IV@775:780
Irene of Athens|Empress Irene|Irene@780:802
Constantine VI
Nikephoros I|Nicephorus I
Michael I Rangabe|Michael Rangabe|Michael I@811:813
Leo V the Armenian|Leo the Armenian|Leo V@813:820
Michael II|Michael the Amorian
Theophilos (emperor)|Emperor Theophilos|Theophilus@829:842|Theophilos@829:842
Michael III|Michael the Drunkard
Photios I of Constantinople|Photius|Photios|Patriarch Photios|Patriarch Photius
Basil I|Basil the Macedonian
Leo VI the Wise|Leo the Wise|Leo VI@886:912
Constantine VII|Constantine Porphyrogenitus|Constantine VII Porphyrogennetos
Romanos I Lekapenos|Romanus Lecapenus|Romanos Lekapenos|Romanos I@920:944|Romanus I@920:944
Romanos II|Romanus II
Nikephoros II Phokas|Nicephorus Phocas|Nikephoros Phokas|Nicephorus II@963:969|Nikephoros II@963:969
John I Tzimiskes|John Tzimiskes|John Tzimisces|Tzimiskes|Tzimisces
Constantine VIII
Zoë Porphyrogenita|Empress Zoe|Empress Zoë|Zoe Porphyrogenita|Zoe@1028:1050|Zoë@1028:1050
Romanos III Argyros|Romanus III Argyrus|Romanos III@1028:1034
Michael IV the Paphlagonian|Michael IV@1034:1041|Michael the Paphlagonian
Michael V Kalaphates|Michael V@1041:1042
Constantine IX Monomachos|Constantine Monomachus|Constantine IX@1042:1055|Constantine Monomachos
Michael I Cerularius|Cerularius|Michael Cerularius|Patriarch Michael Keroularios|Keroularios
Isaac I Komnenos|Isaac Komnenos|Isaac I Comnenus|Isaac I@1057:1059
Constantine X Doukas|Constantine X Ducas|Constantine X@1059:1067
Michael VII Doukas|Michael VII Ducas|Michael VII@1071:1078|Michael Parapinakes
Michael Psellos|Psellos|Michael Psellus|Psellus
Nikephoros III Botaneiates|Nicephorus III|Nikephoros Botaneiates
Anna Komnene|Anna Comnena|Anna Komnena
Andronikos I Komnenos|Andronicus I Comnenus|Andronikos Komnenos@1182:1185|Andronikos I@1182:1185|Andronicus I@1182:1185
Isaac II Angelos|Isaac II Angelus|Isaac Angelos|Isaac II@1185:1204
Alexios III Angelos|Alexius III Angelus|Alexios III@1195:1203|Alexius III@1195:1203
Alexios IV Angelos|Alexius IV Angelus|Alexios IV@1203:1204|Alexius IV@1203:1204
Alexios V Doukas|Alexius V Ducas|Mourtzouphlos|Murtzuphlus|Alexios V@1204:1204
Baldwin I, Latin Emperor|Baldwin of Flanders|Baldwin I of Constantinople|Baldwin IX of Flanders
Theodore I Laskaris|Theodore Lascaris|Theodore I Lascaris|Theodore Laskaris@1205:1221
John III Doukas Vatatzes|John Vatatzes|John III Vatatzes|Vatatzes
Theodore II Laskaris|Theodore II Lascaris
Charles II of Naples|Charles the Lame|Charles II of Anjou
Robert, King of Naples|Robert the Wise|Robert of Naples|King Robert@1309:1343
Frederick III of Sicily|Frederick II of Sicily@1296:1337
Ladislaus of Naples|King Ladislaus@1386:1414|Ladislas of Naples
Joanna II of Naples|Joanna II|Queen Joanna@1414:1435
René of Anjou|Good King René|René d'Anjou|Rene of Anjou
Alfonso II of Naples|Alfonso II@1494:1495
Frederick of Naples|Frederick IV of Naples|Frederick I of Naples
Pope Gelasius I|Gelasius I|Pope Gelasius
Pope Gregory II|Gregory II@715:731
Pope Gregory III|Gregory III@731:741
Pope Zachary|Pope Zacharias|Zachary@741:752|Zacharias@741:752
Pope Stephen II|Stephen II@752:757
Pope Adrian I|Adrian I@772:795|Hadrian I@772:795
Pope Leo IV|Leo IV@847:855
Pope Nicholas I|Nicholas I@858:867|Nicholas the Great@858:867
Pope John VIII|John VIII@872:882
Pope Formosus|Formosus
Pope John XII|John XII@955:964
Pope Innocent II|Innocent II
Pope Eugene III|Eugene III|Eugenius III
Pope Lucius III|Lucius III
Pope Alexander IV|Alexander IV@1254:1261
Pope Urban IV|Urban IV
Pope Clement IV|Clement IV
Pope Gregory X|Gregory X
Pope Nicholas III|Nicholas III@1277:1280
Pope Martin IV|Martin IV
Pope Celestine V|Celestine V
Pope Callixtus III|Callixtus III@1455:1458|Calixtus III@1455:1458|Alfonso de Borja
Pope Paul II|Paul II@1464:1471
Pope Innocent VIII|Innocent VIII
Pope Pius III|Pius III
Pope Clement VIII|Clement VIII@1592:1605
Pope Paul V|Paul V
Pope Gregory XV|Gregory XV
Pope Innocent X|Innocent X
Pope Alexander VII|Alexander VII
Pope Clement IX|Clement IX
Pope Clement X|Clement X
Pope Alexander VIII|Alexander VIII
Pope Innocent XII|Innocent XII
Pope Benedict XIV|Benedict XIV
Pope Clement XIII|Clement XIII
Pope Clement XIV|Clement XIV
Romulus|Romulus@-760:-700
Numa Pompilius|Numa@-720:-670
Tullus Hostilius
Ancus Marcius
Lucius Tarquinius Priscus|Tarquinius Priscus
Servius Tullius
Lucius Junius Brutus|Brutus@-510:-500
Marcus Furius Camillus|Camillus
Appius Claudius Caecus
Gnaeus Pompeius Strabo|Pompeius Strabo
Gnaeus Papirius Carbo (consul 85 BC)|Carbo@-85:-82
Decius|Trajan Decius|Decius@249:251
Trebonianus Gallus
Claudius Gothicus|Claudius II
Probus (emperor)|Probus@276:282
Carus|Carus@282:283
Carinus
Numerian
Avitus|Avitus@455:457
Libius Severus
Olybrius
Glycerius
Tetricus I|Tetricus@271:274
Allectus
Constantine III (Western Roman emperor)|Constantine III@407:411
Priscus Attalus|Attalus@409:415
Gainas
Bleda
Gundobad
Ermanaric
Vortigern
Hippias (tyrant)|Hippias@-527:-490
Hipparchus (son of Peisistratos)|Hipparchus@-527:-514
Thrasybulus
Critias
Theramenes
Conon
Iphicrates
Chabrias
Timotheus (general)|Timotheus@-378:-354
Eubulus (statesman)|Eubulus@-355:-342
Phocion
Lycurgus of Athens
Demetrius of Phalerum
Cleomenes I|Cleomenes@-520:-490
Demaratus
Agis II|Agis@-427:-401
Agesilaus II|Agesilaus
Cleombrotus I|Cleombrotus@-380:-371
Agis IV|Agis@-245:-241
Nabis
Amyntas III of Macedon|Amyntas III
Archelaus I of Macedon|Archelaus I@-413:-399
Perdiccas II of Macedon|Perdiccas II
Polyperchon
Hiero I of Syracuse|Hiero I|Hieron I|Hiero@-478:-467
Dionysius II of Syracuse|Dionysius II|Dionysius the Younger|Dionysius@-366:-344
Dion of Syracuse|Dion@-366:-354
Periander
Cypselus
Polycrates
Philopoemen
Gyges of Lydia|Gyges
Ptolemy IV Philopator|Ptolemy IV
Ptolemy V Epiphanes|Ptolemy V
Ptolemy VI Philometor|Ptolemy VI
Ptolemy VIII Physcon|Ptolemy VIII
Ptolemy IX Lathyros|Ptolemy IX
Ptolemy X Alexander I|Ptolemy X
Ptolemy XI Alexander II|Ptolemy XI
Ptolemy XIV of Egypt|Ptolemy XIV
Cleopatra I Syra|Cleopatra I
Antiochus I Soter|Antiochus I@-281:-261
Antiochus II Theos|Antiochus II
Seleucus II Callinicus|Seleucus II
Seleucus III Ceraunus|Seleucus III
Seleucus IV Philopator|Seleucus IV
Demetrius I Soter|Demetrius I@-162:-150
Alexander Balas
Antiochus V Eupator|Antiochus V
Antiochus VI Dionysus|Antiochus VI
Diodotus Tryphon|Tryphon@-142:-138
Demetrius II of Macedon|Demetrius II Aetolicus
Antigonus III Doson|Antigonus Doson
Philetaerus
Eumenes I
Attalus II Philadelphus|Attalus II
Eumenes III|Aristonicus@-133:-129
Diodotus I
Euthydemus I
Demetrius I of Bactria
Nicomedes IV of Bithynia|Nicomedes IV
Prusias I of Bithynia|Prusias I
Narmer
Djoser
Sneferu|Snefru
Khafre|Chephren
Menkaure|Mycerinus
Pepi II Neferkare|Pepi II
Mentuhotep II
Senusret III|Sesostris III
Amenemhat III
Piye|Piankhi
Apries
Amasis II
Nectanebo II
Hoshea
Naram-Sin of Akkad|Naram-Sin
Ur-Nammu
Shulgi
Shamshi-Adad I
John Shore, 1st Baron Teignmouth|John Shore@1786:1798
Gilbert Elliot-Murray-Kynynmound, 1st Earl of Minto|Minto@1807:1813
William Amherst, 1st Earl Amherst|Amherst@1816:1828
George Eden, 1st Earl of Auckland|Auckland@1836:1839
Edward Law, 1st Earl of Ellenborough|Ellenborough@1828:1858
Lord William Bentinck|William Bentinck@1803:1839|Bentinck@1828:1835
Victor Bruce, 9th Earl of Elgin|Elgin@1894:1899
Rufus Isaacs, 1st Marquess of Reading|Rufus Isaacs
Freeman Freeman-Thomas, 1st Marquess of Willingdon|Willingdon@1913:1936
Victor Hope, 2nd Marquess of Linlithgow|Linlithgow@1936:1943
Charles Joseph Patissier, Marquis de Bussy-Castelnau|Bussy@1746:1760
Thomas Arthur, comte de Lally|Lally@1757:1761
Louis de Buade de Frontenac|Frontenac@1672:1698
Jean Talon|Talon@1665:1672
Pierre de Rigaud, Marquis de Vaudreuil-Cavagnial|Vaudreuil@1755:1760
James Murray (British Army officer, born 1721)|James Murray@1759:1768
John Graves Simcoe|Simcoe
Charles Poulett Thomson, 1st Baron Sydenham|Sydenham@1839:1841
Francis Bond Head|Bond Head
Charles Bagot|Bagot@1841:1843
Charles Monck, 4th Viscount Monck|Monck@1861:1868
John Buchan|Tweedsmuir
John Hunter (Royal Navy officer)|John Hunter@1795:1800
Philip Gidley King|Gidley King
Thomas Brisbane|Brisbane@1821:1825
George Gipps|Gipps
Charles Augustus FitzRoy
John Hope, 1st Marquess of Linlithgow|Hopetoun@1889:1902
Henry Northcote, 1st Baron Northcote|Northcote@1900:1908
Ronald Munro Ferguson, 1st Viscount Novar|Munro Ferguson
Isaac Isaacs
John Kerr (governor-general)|John Kerr@1974:1977|Kerr@1974:1977
William McKell|McKell
Bernard Freyberg, 1st Baron Freyberg|Freyberg
Jan van Riebeeck|Van Riebeeck|van Riebeeck
Simon van der Stel|Van der Stel@1679:1699|van der Stel@1679:1699
Lord Charles Somerset|Charles Somerset@1814:1826
Benjamin d'Urban|D'Urban@1834:1838|d'Urban@1834:1838
Sir Harry Smith, 1st Baronet|Harry Smith@1840:1852
William Palmer, 2nd Earl of Selborne|Selborne@1900:1910
Herbert Gladstone, 1st Viscount Gladstone|Herbert Gladstone
Martín Enríquez de Almanza
Juan de Palafox y Mendoza|Palafox@1640:1659
José de Gálvez, 1st Marquess of Sonora|José de Gálvez
Bernardo de Gálvez
Juan Vicente de Güemes, 2nd Count of Revillagigedo|Revillagigedo@1789:1794
José de Iturrigaray|Iturrigaray
Francisco Javier Venegas|Venegas@1810:1813
Juan Ruiz de Apodaca, 1st Count of Venadito|Apodaca@1816:1821
Blasco Núñez Vela|Núñez Vela|Nunez Vela
Pedro de la Gasca|La Gasca|la Gasca
Manuel de Amat y Junyent|Amat@1761:1776
Agustín de Jáuregui|Jáuregui@1780:1784
José Antonio de Areche|Areche
Ambrosio O'Higgins, 1st Marquis of Osorno|Ambrosio O'Higgins
José Fernando de Abascal y Sousa|Abascal
Joaquín de la Pezuela, 1st Marquis of Viluma|Pezuela
Pedro de Cevallos|Cevallos@1756:1778
Baltasar Hidalgo de Cisneros|Hidalgo de Cisneros
Rafael de Sobremonte, 3rd Marquis of Sobremonte|Sobremonte
Antonio Amar y Borbón|Amar y Borbón
Thomas Robert Bugeaud|Bugeaud
Albert Sarraut|Sarraut
Jean Decoux|Decoux
Georges Thierry d'Argenlieu|Thierry d'Argenlieu|d'Argenlieu
Félix Éboué|Éboué|Eboue
João de Castro
Tomé de Sousa
Mem de Sá
Joaquim Augusto Mouzinho de Albuquerque|Mouzinho de Albuquerque|Mouzinho
Pieter Both
Jan Pieterszoon Coen|Coen@1614:1629
Anthony van Diemen
Rijcklof van Goens|Van Goens|van Goens
Cornelis Speelman|Speelman
Alidius Tjarda van Starkenborgh Stachouwer|Tjarda van Starkenborgh|Van Starkenborgh|van Starkenborgh
Eldon Gorst|Gorst@1907:1911
Henry Pottinger|Pottinger
Murray MacLehose|MacLehose
Chris Patten|Patten@1992:1997
Paul von Lettow-Vorbeck|Lettow-Vorbeck|von Lettow-Vorbeck
Theodor Leutwein|Leutwein
Konstantin von Kaufman|Kaufman@1867:1882|von Kaufman
Mikhail Semyonovich Vorontsov|Vorontsov@1844:1854
Nikolay Bobrikov|Bobrikov
Minami Jirō|Minami Jiro
Kodama Gentarō|Kodama Gentaro|Kodama@1898:1906
Gotō Shinpei|Goto Shinpei
Hasegawa Yoshimichi
Francis Burton Harrison|Burton Harrison
Leonard Wood
Arsenio Martínez Campos|Martínez Campos|Martinez Campos
Fernando Primo de Rivera, 1st Marquis of Estella|Fernando Primo de Rivera
James FitzJames, 1st Duke of Berwick|Duke of Berwick@1690:1734
Maurice de Saxe|Marshal de Saxe|Maréchal de Saxe|Marshal Saxe
Leopold Joseph von Daun|Daun@1756:1763
Ernst Gideon von Laudon|Laudon|Loudon@1757:1790
Pyotr Saltykov|Saltykov@1759:1760
Friedrich Wilhelm von Seydlitz|Seydlitz@1756:1773
Hans Joachim von Zieten|Zieten
James Abercrombie (British Army officer, born 1706)|Abercrombie@1756:1758
Richard Howe, 1st Earl Howe|Richard Howe|Howe@1782:1797
George Brydges Rodney, 1st Baron Rodney|Rodney@1759:1782
Bon-Adrien Jeannot de Moncey|Moncey
Guillaume Brune|Brune@1796:1815
Édouard Mortier, Duke of Trévise|Mortier@1796:1835
Jean-Baptiste Bessières|Bessières|Bessieres
François Joseph Lefebvre
Catherine-Dominique de Pérignon|Pérignon
Jean-Mathieu-Philibert Sérurier|Sérurier|Serurier
Claude Victor-Perrin, Duc de Belluno|Victor-Perrin
Louis-Gabriel Suchet
Laurent de Gouvion Saint-Cyr|Gouvion Saint-Cyr
Nicolas Oudinot|Oudinot@1799:1815
Józef Poniatowski|Poniatowski@1809:1813
Étienne Macdonald|Macdonald@1798:1815
Pierre Dupont de l'Étang|Dupont@1807:1808
Friedrich Wilhelm Freiherr von Bülow|Bülow@1813:1815
Ludwig Yorck von Wartenburg|Yorck@1812:1815
Archduke Charles, Duke of Teschen
Karl Philipp, Prince of Schwarzenberg|Schwarzenberg@1805:1820
Pyotr Bagration|Bagration@1799:1812
Michael Andreas Barclay de Tolly|Barclay de Tolly
Levin August von Bennigsen|Bennigsen@1806:1813
Karl Mack von Leiberich
József Alvinczi|Alvinczi|Alvintzy
Dagobert Sigmund von Wurmser|Wurmser
Michael von Melas|Melas
John Moore (British Army officer)|John Moore@1799:1809
Thomas Picton|Picton
Henry Paget, 1st Marquess of Anglesey|Uxbridge@1808:1815
Rowland Hill, 1st Viscount Hill|Rowland Hill@1808:1815
Cuthbert Collingwood, 1st Baron Collingwood|Collingwood@1797:1810
François-Paul Brueys d'Aigalliers|Brueys
John Jervis, 1st Earl of St Vincent|Jervis@1795:1801
Adam Duncan, 1st Viscount Duncan
FitzRoy Somerset, 1st Baron Raglan|Raglan@1852:1855
James Brudenell, 7th Earl of Cardigan|Cardigan@1854:1855
George Bingham, 3rd Earl of Lucan|Lucan@1854:1855
Aimable Pélissier|Pélissier|Pelissier
Alexander Sergeyevich Menshikov|Menshikov@1853:1855
Eduard Totleben|Totleben
Pavel Nakhimov|Nakhimov
John Nicholson (East India Company officer)|Nicholson@1857:1857
Hugh Gough, 1st Viscount Gough|Hugh Gough
Charles James Napier|Charles Napier@1838:1851
Frederick Roberts, 1st Earl Roberts|Roberts@1879:1901
Redvers Buller|Buller
Paul Methuen, 3rd Baron Methuen|Methuen@1899:1902
Piet Cronjé|Cronjé|Cronje
Ludwig von Benedek|Benedek
Archduke Albrecht, Duke of Teschen
Enrico Cialdini|Cialdini
Alfonso Ferrero La Marmora|La Marmora|Lamarmora
John Pope (military officer)|John Pope@1861:1865
Henry Halleck|Halleck
William Rosecrans|Rosecrans
George Henry Thomas|George H. Thomas
Don Carlos Buell|Buell
Nathaniel P. Banks|Nathaniel Banks
Benjamin Butler|Ben Butler|Benjamin F. Butler
Winfield Scott Hancock|Hancock@1861:1880
David Farragut|Farragut
Irvin McDowell|McDowell@1861:1862
Joshua Chamberlain|Joshua Lawrence Chamberlain
John Sedgwick|Sedgwick
John F. Reynolds|Reynolds@1863:1863
David Dixon Porter|David Porter@1861:1865
Franz Sigel|Sigel
Joseph E. Johnston|Joseph Johnston
Albert Sidney Johnston|Sidney Johnston
John Bell Hood|Hood@1861:1865
Jubal Early|Jubal A. Early
Richard S. Ewell|Ewell
A. P. Hill|Ambrose Powell Hill
John S. Mosby|Mosby
Edmund Kirby Smith|Kirby Smith
John C. Pemberton|Pemberton
William J. Hardee|Hardee
Leonidas Polk|Polk@1861:1864
John Hunt Morgan|John Morgan@1862:1864
Raphael Semmes|Semmes
Horace Smith-Dorrien|Smith-Dorrien
Ian Hamilton (British Army officer)|Ian Hamilton@1899:1918
Frederick Stanley Maude|Maude@1916:1917
John Fisher, 1st Baron Fisher|Jacky Fisher|Fisher@1904:1915
Christopher Cradock|Cradock
Doveton Sturdee|Sturdee
Roger Keyes, 1st Baron Keyes|Keyes@1915:1940
Karl von Bülow|Bülow@1914:1914
Alexander von Kluck|Kluck|von Kluck
Maximilian von Spee|von Spee|Spee@1914:1914
Svetozar Boroević|Boroević|Boroevic
Tōgō Heihachirō|Tōgō@1904:1905|Togo Heihachiro|Heihachiro Togo
Nogi Maresuke|Nogi
Ōyama Iwao|Oyama@1894:1905
Zinovy Rozhestvensky|Rozhestvensky
Anatoly Stessel|Stessel|Stoessel
George Dewey|Dewey@1898:1899
William Rufus Shafter|Shafter
Alfred von Waldersee|Waldersee
Osman Nuri Pasha|Osman Pasha@1877:1878|Gazi Osman Pasha
Mikhail Skobelev|Skobelev
Elwell Stephen Otis|Elwell Otis
Arthur MacArthur Jr.|Arthur MacArthur
William D. Leahy|Leahy
Jacob L. Devers|Devers
Courtney Hodges|Hodges@1944:1945
Alexander Patch|Patch@1944:1945
Henry H. Arnold|Hap Arnold
Carl Spaatz|Spaatz
Jimmy Doolittle|Doolittle
Claude Auchinleck|Auchinleck
Alan Brooke, 1st Viscount Alanbrooke|Alanbrooke|Alan Brooke
William Slim, 1st Viscount Slim|Slim@1942:1945
Harold Alexander, 1st Earl Alexander of Tunis|Harold Alexander
Hugh Dowding, 1st Baron Dowding|Dowding
Keith Park
Arthur Tedder, 1st Baron Tedder|Tedder
Andrew Cunningham, 1st Viscount Cunningham of Hyndhope|Andrew Cunningham
Bertram Ramsay|Ramsay@1940:1945
John Dill|Dill@1940:1944
Hastings Ismay, 1st Baron Ismay|Ismay
Richard O'Connor|O'Connor@1940:1941
John Vereker, 6th Viscount Gort|Gort@1937:1944
Oliver Leese|Leese
Miles Dempsey|Dempsey@1943:1945
Brian Horrocks|Horrocks
Harry Crerar|Crerar
Maurice Gamelin|Gamelin
Alphonse Georges
Marie-Pierre Kœnig|Koenig@1940:1945|Kœnig
Philippe Leclerc de Hauteclocque|Leclerc@1940:1947
Fedor von Bock|Bock@1939:1942|von Bock
Erhard Milch|Milch
Kurt Student
Sepp Dietrich
Johannes Blaskowitz|Blaskowitz
Erwin von Witzleben|Witzleben
Ludwig Beck
Werner von Fritsch|Fritsch@1934:1939
Werner von Blomberg|Blomberg@1933:1938
Helmuth Weidling|Weidling
Germán Busch|Busch@1932:1939
Ernst Busch (field marshal)|Busch@1943:1944
Ugo Cavallero|Cavallero
Giovanni Messe|Messe@1941:1943
Matome Ugaki|Ugaki@1941:1945
Hisaichi Terauchi|Terauchi@1937:1945
Władysław Anders|Anders@1941:1946
Henry Addington|Addington@1795:1825
William Cavendish-Bentinck, 3rd Duke of Portland|Duke of Portland@1783:1809
Spencer Perceval|Perceval@1807:1812
Alec Douglas-Home|Douglas-Home
James Callaghan|Callaghan@1964:1980
Joseph de Villèle|Villèle|Villele
Jean-Baptiste Gay, vicomte de Martignac|Martignac
Armand Fallières|Fallières|Fallieres
Paul Deschanel|Deschanel
Gaston Doumergue|Doumergue
Jules Dufaure|Dufaure
Albert de Broglie|Duc de Broglie@1871:1878|Broglie@1871:1878
Charles de Freycinet|Freycinet@1877:1893
Henri Brisson|Brisson@1880:1900
André Tardieu|Tardieu@1919:1936
Camille Chautemps|Chautemps
Félix Gouin|Gouin@1945:1947
Henri Queuille|Queuille
Joseph Laniel|Laniel
Maurice Bourgès-Maunoury|Bourgès-Maunoury
Pierre Mauroy|Mauroy
Michel Rocard|Rocard
Édith Cresson|Cresson
Pierre Bérégovoy|Bérégovoy|Beregovoy
Édouard Balladur|Balladur
Alain Juppé|Juppé|Juppe
Lionel Jospin|Jospin
Alfonso XII
Baldomero Espartero|Espartero
Leopoldo O'Donnell|O'Donnell@1840:1867
Antonio Maura|Maura@1900:1925
Práxedes Mateo Sagasta|Sagasta
Ramón María Narváez|Narváez@1835:1868|Narvaez@1835:1868
José Canalejas|Canalejas
José María Aznar|Aznar
Juan Álvarez Mendizábal|Mendizábal|Mendizabal
Francesc Pi i Margall|Pi y Margall|Pi i Margall
Emilio Castelar|Castelar
Tomás de Zumalacárregui|Zumalacárregui|Zumalacarregui
Óscar Carmona|Carmona@1926:1951
António Ramalho Eanes|Eanes@1974:1986
Humberto Delgado|Delgado@1950:1965
Álvaro Cunhal|Cunhal
Marco Minghetti|Minghetti
Luigi Pelloux|Pelloux
Giuseppe Zanardelli|Zanardelli
Luigi Luzzatti|Luzzatti
Paolo Boselli|Boselli
Antonio Segni|Segni@1955:1964
Fernando Tambroni|Tambroni
Mariano Rumor|Rumor@1968:1974
Giovanni Spadolini|Spadolini
Silvio Berlusconi|Berlusconi
Romano Prodi|Prodi
Massimo D'Alema|D'Alema
Carlo Azeglio Ciampi|Ciampi
Luigi Einaudi|Einaudi@1945:1961
Oscar Luigi Scalfaro|Scalfaro
Kurt Georg Kiesinger|Kiesinger
Gerhard Schröder|Schröder@1998:2005|Schroder@1998:2005
Theodor Heuss|Heuss
Heinrich Lübke|Lübke|Lubke
Gustav Heinemann|Heinemann@1949:1974
Walter Scheel|Scheel
Richard von Weizsäcker|Weizsäcker@1984:1994|Weizsacker@1984:1994
Roman Herzog|Herzog@1994:1999
Hans-Dietrich Genscher|Genscher
Franz Josef Strauss|Strauss@1956:1988|Strauß@1956:1988
Lothar de Maizière|de Maizière|de Maiziere
Maximilian von Montgelas|Montgelas
Ignaz Seipel|Seipel
Wilhelm Miklas|Miklas
Leopold Figl|Figl
Julius Raab|Raab@1953:1961
Bruno Kreisky|Kreisky
Kurt Waldheim|Waldheim
Franz Vranitzky|Vranitzky
Jörg Haider|Haider@1986:2008
Béla Kun|Kun@1918:1920
Gyula Gömbös|Gömbös|Gombos
Pál Teleki|Teleki@1919:1941
Miklós Kállay|Kállay|Kallay@1942:1944
Ferenc Szálasi|Szálasi|Szalasi
Károly Grósz|Grósz|Grosz@1987:1989
József Antall|Antall
Stanisław Wojciechowski|Wojciechowski@1922:1926
Władysław Grabski|Grabski@1920:1925
Aleksander Kwaśniewski|Kwaśniewski|Kwasniewski
Emil Hácha|Hácha|Hacha
Antonín Zápotocký|Zápotocký|Zapotocky
Milan Rastislav Štefánik|Štefánik|Stefanik
Antonín Švehla|Švehla|Svehla
Vladimír Mečiar|Mečiar|Meciar
Alija Izetbegović|Izetbegović|Izetbegovic
Milan Kučan|Kučan|Kucan
Dragutin Dimitrijević|Apis@1900:1917|Dimitrijević
Ilija Garašanin|Garašanin|Garasanin
Nicholas I of Montenegro|King Nikola|Nikola I@1860:1918
Mihail Kogălniceanu|Kogălniceanu|Kogalniceanu
Lascăr Catargiu|Catargiu
Ion G. Duca|Duca@1922:1933
Alexander of Battenberg|Alexander of Bulgaria
Ferdinand I of Bulgaria|Tsar Ferdinand|Ferdinand of Bulgaria
Boris III of Bulgaria|Boris III|Tsar Boris@1918:1943
Simeon Saxe-Coburg-Gotha|Simeon II@1943:2005|Simeon II of Bulgaria
Stefan Stambolov|Stambolov
Aleksandar Stamboliyski|Stamboliyski|Stambolijski|Stamboliiski
Aleksandar Tsankov|Tsankov|Tsankoff
Vasil Radoslavov|Radoslavov
Bogdan Filov|Filov
Valko Chervenkov|Chervenkov
Petar Mladenov|Mladenov@1989:1990
Zhelyu Zhelev|Zhelev
Ioannis Kolettis|Kolettis
Charilaos Trikoupis|Trikoupis
Theodoros Deligiannis|Deligiannis
Dimitrios Gounaris|Gounaris
Konstantinos Karamanlis|Karamanlis@1955:1995
Georgios Papadopoulos|Papadopoulos@1967:1973
Dimitrios Ioannidis|Ioannidis@1973:1974
Konstantinos Mitsotakis|Mitsotakis@1985:1993
Costas Simitis|Simitis
Walthère Frère-Orban|Frère-Orban|Frere-Orban
Auguste Beernaert|Beernaert
Gaston Eyskens|Eyskens@1949:1973
Leo Tindemans|Tindemans
Wilfried Martens|Martens@1979:1992
Jean-Luc Dehaene|Dehaene
Paul van Zeeland|van Zeeland|Van Zeeland
Johan Rudolph Thorbecke|Thorbecke
Abraham Kuyper|Kuyper
Hendrikus Colijn|Colijn
Willem Drees|Drees@1945:1958
Ruud Lubbers|Lubbers
Wim Kok|Kok@1994:2002
Joop den Uyl|den Uyl|Den Uyl
Dries van Agt|van Agt|Van Agt
Joseph Luns|Luns
Oscar II|King Oscar@1872:1907
Gustaf V|Gustav V
Hjalmar Branting|Branting
Per Albin Hansson|Hansson@1925:1946
Tage Erlander|Erlander
Thorbjörn Fälldin|Fälldin|Falldin
Ingvar Carlsson|Carlsson@1986:1996
Carl Bildt|Bildt
Olav V
Christian Michelsen|Michelsen@1905:1907
Einar Gerhardsen|Gerhardsen
Gro Harlem Brundtland|Brundtland
Johan Sverdrup|Sverdrup@1870:1889
Jens Otto Krag|Krag@1962:1972
Poul Schlüter|Schlüter@1982:1993|Schluter@1982:1993
D. G. Monrad|Monrad
K. J. Ståhlberg|Ståhlberg|Stahlberg
Pehr Evind Svinhufvud|Svinhufvud
Kyösti Kallio|Kallio@1922:1940
Risto Ryti|Ryti
Juho Kusti Paasikivi|Paasikivi
Urho Kekkonen|Kekkonen
Mauno Koivisto|Koivisto
Martti Ahtisaari|Ahtisaari
Väinö Tanner|Tanner@1926:1946
John A. Costello|Costello@1948:1957
Seán Lemass|Lemass
Jaan Tõnisson|Tõnisson|Tonisson
Jānis Čakste|Čakste|Cakste
Aleksey Arakcheyev|Arakcheyev|Arakcheev
Alexander Gorchakov|Gorchakov@1856:1882
Dmitry Milyutin|Milyutin@1867:1881|Dmitri Milyutin
Maxim Litvinov|Litvinov
Walter Mondale|Mondale
Dan Quayle|Quayle
John Hay|Hay@1898:1905
Robert Lansing|Lansing@1915:1920
Cyrus Vance|Vance@1977:1993
George Shultz|Shultz
Madeleine Albright|Albright@1993:2001
Arthur Meighen|Meighen
R. B. Bennett|Bennett@1930:1935
John Diefenbaker|Diefenbaker
Lester B. Pearson|Pearson@1948:1968
Pierre Trudeau|Trudeau@1968:1984
Brian Mulroney|Mulroney
René Lévesque|Lévesque|Levesque
James Scullin|Scullin
Joseph Lyons
Robert Menzies|Menzies@1934:1978
Ben Chifley|Chifley
John Gorton|Gorton@1967:1971
Gough Whitlam|Whitlam
Malcolm Fraser|Fraser@1975:1983
Bob Hawke|Hawke@1975:1991
Paul Keating|Keating@1983:1996
H. V. Evatt|Evatt
William Massey|Massey@1912:1925
Michael Joseph Savage|Savage@1935:1940
Peter Fraser (New Zealand politician)
Keith Holyoake|Holyoake
Robert Muldoon|Muldoon
Victoriano Huerta|Huerta@1911:1916
Adolfo de la Huerta|de la Huerta
Plutarco Elías Calles|Calles@1915:1945|Elías Calles
Manuel Ávila Camacho|Ávila Camacho|Avila Camacho
Miguel Alemán Valdés|Miguel Alemán
Adolfo López Mateos|López Mateos|Lopez Mateos
Gustavo Díaz Ordaz|Díaz Ordaz|Diaz Ordaz
José López Portillo|López Portillo|Lopez Portillo
Carlos Salinas de Gortari|Salinas de Gortari|Salinas@1988:1994
Ernesto Zedillo|Zedillo
Nicolás Avellaneda|Avellaneda@1874:1880
Carlos Pellegrini|Pellegrini@1890:1892
Hipólito Yrigoyen|Yrigoyen|Irigoyen
Marcelo Torcuato de Alvear|Alvear@1922:1928
José Félix Uriburu|Uriburu
Carlos Menem|Menem
Campos Sales|Manuel Ferraz de Campos Sales
Fernando Collor de Mello|Collor
Fernando Henrique Cardoso|Cardoso@1993:2002
Patricio Aylwin|Aylwin
Gualberto Villarroel|Villarroel
Víctor Paz Estenssoro|Paz Estenssoro
Hernán Siles Zuazo|Siles Zuazo
René Barrientos|Barrientos
Hugo Banzer|Banzer
Luis García Meza|García Meza|Garcia Meza
Gonzalo Sánchez de Lozada|Sánchez de Lozada|Goni@1993:2003
Alfredo Stroessner|Stroessner
José Félix Estigarribia|Estigarribia@1928:1940
Higinio Morínigo|Morínigo|Morinigo
José Batlle y Ordóñez|Batlle y Ordóñez|Batlle@1899:1929
Juan María Bordaberry|Bordaberry
Julio María Sanguinetti|Sanguinetti
Ernesto Samper|Samper@1994:1998
Eloy Alfaro|Alfaro@1895:1912
José María Velasco Ibarra|Velasco Ibarra
Jaime Roldós Aguilera|Roldós|Roldos@1979:1981
León Febres Cordero|Febres Cordero
Abdalá Bucaram|Bucaram
Antonio Maceo|Maceo
Carlos Manuel de Céspedes|Céspedes@1868:1874|Cespedes@1868:1874
Faustin Soulouque|Soulouque
Fabre Geffrard|Geffrard
Vilbrun Guillaume Sam|Guillaume Sam
Élie Lescot|Lescot
Dumarsais Estimé|Estimé
René Préval|Préval|Preval
Pedro Santana|Santana@1844:1864
Buenaventura Báez|Báez|Baez@1849:1878
Ulises Heureaux|Heureaux|Lilís
Manuel Estrada Cabrera|Estrada Cabrera
José Santos Zelaya|Zelaya@1893:1909
F. J. Robinson, 1st Viscount Goderich|Goderich@1823:1833
Élie, duc Decazes|Decazes@1815:1825
Jules Méline|Méline|Meline@1890:1900
Jean Casimir-Perier|Casimir-Perier@1890:1898
Laurent Fabius|Fabius@1980:2000
Isabella II of Spain|Isabella II@1833:1904
Amadeo I of Spain|Amadeo I|Amadeo@1870:1873|Amadeus of Savoy
Alfonso XIII
Francisco Serrano, 1st Duke of la Torre|Serrano@1854:1885
Antonio Cánovas del Castillo|Cánovas|Canovas
Eduardo Dato|Dato@1913:1921
Miguel I of Portugal|Dom Miguel@1820:1866|Miguel I@1828:1834
Carlos I of Portugal|Carlos I@1889:1908|King Carlos@1889:1908
Manuel II of Portugal|Manuel II@1908:1932
António Bernardo da Costa Cabral|Costa Cabral
António Maria de Fontes Pereira de Melo|Fontes Pereira de Melo
Sidónio Pais|Sidonio Pais
Manuel Gomes da Costa|Gomes da Costa
Aníbal Cavaco Silva|Cavaco Silva
Vasco Gonçalves
Andreas Papandreou|Papandreou@1974:1996
Jan Masaryk|Masaryk@1940:1948
Liam Cosgrave|Cosgrave@1973:1977
Gyula Horn
Viktor Orbán|Orbán@1989:2005|Orban@1989:2005
István Bethlen|Bethlen@1921:1931
Otto Theodor von Manteuffel|Manteuffel@1848:1858
Ion C. Brătianu|Brătianu@1866:1891|Bratianu@1866:1891
Carol I of Romania|Carol I|King Carol@1866:1914
Marie of Romania|Queen Marie@1914:1927
Constantine II of Greece|Constantine II@1964:1973|King Constantine@1964:1974
Alexander of Greece|King Alexander@1917:1920
Otto of Greece|King Otto@1832:1862
George I of Greece|King George I@1863:1913|George I@1863:1913
Paul of Greece|King Paul@1947:1964
Albert I of Belgium|King Albert@1909:1934|Albert I@1909:1934
Albert II of Belgium|Albert II@1993:2013
William II of the Netherlands|William II@1840:1849
William III of the Netherlands|William III@1849:1890
Wilhelmina of the Netherlands|Queen Wilhelmina|Wilhelmina@1890:1948
Juliana of the Netherlands|Queen Juliana|Juliana@1948:1980
Beatrix of the Netherlands|Queen Beatrix|Beatrix@1980:2013
Ludwig II of Bavaria|Ludwig II@1864:1886|Mad King Ludwig
Mihailo Obrenović III, Prince of Serbia|Mihailo Obrenović|Michael Obrenović|Prince Mihailo
Milan I of Serbia|King Milan@1868:1889|Milan Obrenović
Alexander I of Serbia|Alexander Obrenović
Oscar I of Sweden|Oscar I@1844:1859
Christian IX of Denmark|Christian IX
Frederick VII of Denmark|Frederick VII
Margrethe II of Denmark|Margrethe II|Queen Margrethe
Olof Palme|Palme
Al Gore|Gore@1993:2000
Alexander Haig|Haig@1973:1982
William Lyon Mackenzie King|Mackenzie King
Louis St. Laurent|St. Laurent|St-Laurent
Jean Chrétien|Chrétien@1984:2003|Chretien@1984:2003
Stanley Bruce|Bruce@1923:1929
Harold Holt
William McMahon|McMahon@1971:1972
David Lange|Lange@1984:1989
Luis Echeverría|Echeverría@1969:1976|Echeverria@1969:1976
Miguel de la Madrid|de la Madrid@1982:1988
Julio Argentino Roca|Roca@1878:1904
Agustín Pedro Justo|Agustín Justo
José Paranhos, Baron of Rio Branco|Rio Branco@1890:1912|Baron of Rio Branco
Carlos Ibáñez del Campo|Ibáñez@1925:1958|Ibanez@1925:1958
Pedro Aguirre Cerda|Aguirre Cerda
Gabriel González Videla|González Videla|Gonzalez Videla
Virgilio Barco Vargas|Virgilio Barco
Tomás Estrada Palma|Estrada Palma
Máximo Gómez
Sténio Vincent
Juan Pablo Duarte|Duarte@1838:1845
Arnulfo Arias
Rafael Ángel Calderón Guardia|Calderón Guardia
Yazid I|Yazid@680:683
Marwan I
Al-Walid I|Walid I
Umar II|Umar ibn Abd al-Aziz
Hisham ibn Abd al-Malik
Marwan II
Al-Saffah|Abu al-Abbas al-Saffah|Saffah@749:754
Al-Amin|Al-Amin@809:813
Al-Mu'tasim|al-Mutasim|Mu'tasim@833:842|Mutasim@833:842
Al-Mutawakkil|Mutawakkil@847:861
Al-Musta'sim|al-Mustasim|Musta'sim@1242:1258|Mustasim@1242:1258
Al-Adid
Mehmed I
Mohamed Morsi|Morsi|Mohammed Morsi
Abdel Fattah el-Sisi|el-Sisi|Sisi@2013:2025|al-Sisi
Talal of Jordan|King Talal
Abdullah II of Jordan|King Abdullah II|Abdullah II
Khalid of Saudi Arabia|King Khalid
Fahd of Saudi Arabia|King Fahd
Salman of Saudi Arabia|King Salman
Mohammed bin Salman|MBS@2015:2025|Muhammad bin Salman
Muhammad bin Saud|Muhammad ibn Saud
Ali Abdullah Saleh
Rafic Hariri|Rafiq Hariri|Hariri@1992:2005
Hassan Nasrallah|Nasrallah@1992:2024
Mohammed VI of Morocco|Mohammed VI
Ismail Ibn Sharif|Moulay Ismail|Mulay Ismail
Chadli Bendjedid|Bendjedid
Abdelaziz Bouteflika|Bouteflika
Zine El Abidine Ben Ali|Ben Ali@1987:2011
Shimon Peres|Peres
Benjamin Netanyahu|Netanyahu|Bibi@1996:2025
Ehud Barak|Barak@1991:2001
Ehud Olmert|Olmert
Mahmoud Abbas|Abu Mazen
Celal Bayar|Bayar@1937:1960
Adnan Menderes|Menderes@1950:1961
Cemal Gürsel|Gürsel@1960:1966|Gursel@1960:1966
Süleyman Demirel|Demirel|Suleyman Demirel
Bülent Ecevit|Ecevit|Bulent Ecevit
Kenan Evren|Evren@1980:1989
Turgut Özal|Özal|Ozal|Turgut Ozal
Necmettin Erbakan|Erbakan
Tansu Çiller|Çiller|Ciller|Tansu Ciller
Recep Tayyip Erdoğan|Erdoğan|Erdogan|Recep Tayyip Erdogan
Mohammad Ali Shah Qajar|Mohammad Ali Shah
Ahmad Shah Qajar
Fazlollah Zahedi|Zahedi@1951:1955
Ali Amini
Amir-Abbas Hoveyda|Hoveyda
Shapour Bakhtiar|Bakhtiar@1978:1979
Mehdi Bazargan|Bazargan
Ali Khamenei|Khamenei|Ayatollah Khamenei
Akbar Hashemi Rafsanjani|Rafsanjani|Hashemi Rafsanjani
Mohammad Khatami|Khatami
Mahmoud Ahmadinejad|Ahmadinejad
Hassan Rouhani|Rouhani
Abolhassan Banisadr|Banisadr|Bani-Sadr
Ahmad Qavam|Qavam|Qavam al-Saltaneh|Qavam os-Saltaneh
Haj Ali Razmara|Razmara
Dost Mohammad Khan|Dost Mohammad|Dost Muhammad
Amanullah Khan|King Amanullah|Amanullah
Hamid Karzai|Karzai
Ashraf Ghani
Harsha|Harsha@606:647|Harshavardhana|Harsha Vardhana
Lal Bahadur Shastri|Shastri@1961:1966
Morarji Desai|Desai@1967:1979
Charan Singh
V. P. Singh|Vishwanath Pratap Singh
Chandra Shekhar
P. V. Narasimha Rao|Narasimha Rao
Atal Bihari Vajpayee|Vajpayee
H. D. Deve Gowda|Deve Gowda
Inder Kumar Gujral|I. K. Gujral|Gujral
Manmohan Singh
Narendra Modi|Modi@2001:2025
Rajendra Prasad|Prasad@1946:1962
Sarvepalli Radhakrishnan|Radhakrishnan@1949:1967
Jayaprakash Narayan|JP Narayan|Jayaprakash
Nawaz Sharif|Sharif@1990:2017
Pervez Musharraf|Musharraf
Imran Khan
Ziaur Rahman
Hussain Muhammad Ershad|Ershad@1982:1990
Khaleda Zia
Sheikh Hasina
Chandrika Kumaratunga|Kumaratunga@1994:2005
Mahinda Rajapaksa
Prithvi Narayan Shah
Jiajing Emperor|Jiajing
Wen Jiabao
Lee Teng-hui
Chen Shui-bian
Emperor Jimmu|Jimmu
Prince Shōtoku|Shōtoku Taishi|Prince Shotoku|Shotoku Taishi
Emperor Tenji
Emperor Kanmu|Kanmu
Fujiwara no Michinaga|Michinaga|Fujiwara Michinaga
Taira no Kiyomori|Kiyomori|Taira Kiyomori
Minamoto no Yoshitsune|Yoshitsune
Hōjō Masako|Masako@1180:1225
Hōjō Tokimune|Tokimune|Hojo Tokimune
Emperor Go-Daigo|Go-Daigo|Godaigo
Hayato Ikeda|Ikeda@1960:1964
Eisaku Satō|Eisaku Sato|Sato@1964:1972|Satō@1964:1972
Kakuei Tanaka|Tanaka@1972:1976
Yasuhiro Nakasone|Nakasone
Junichiro Koizumi|Koizumi@2001:2006
Shinzo Abe|Abe@2006:2022
Akihito
Taejo of Goryeo|Wang Geon|Wang Kon
Seonjo of Joseon|King Seonjo|Seonjo@1567:1608
Gojong of Korea|Emperor Gojong|King Gojong|Gojong@1863:1907|Kojong@1863:1907
Heungseon Daewongun|Daewongun|Taewongun|Taewon'gun|Taewŏn'gun
Empress Myeongseong|Queen Min|Queen Myeongseong|Myeongseong
Sunjong of Korea|Emperor Sunjong|Sunjong@1907:1910
Gwanggaeto the Great|Gwanggaeto|Kwanggaet'o|Kwanggaeto
Jinheung of Silla|King Jinheung
Roh Moo-hyun
Lee Myung-bak
Park Geun-hye
Moon Jae-in
Ngô Quyền|Ngo Quyen
Lý Thái Tổ|Ly Thai To
Trần Hưng Đạo|Tran Hung Dao
Souphanouvong|Red Prince
Souvanna Phouma
Kaysone Phomvihane|Kaysone
Jayavarman II
Suryavarman II
Jayavarman VII
Hun Sen
Khieu Samphan
Ieng Sary
Ram Khamhaeng|Ramkhamhaeng
Prajadhipok|Rama VII
Bhumibol Adulyadej|Bhumibol|Rama IX
Plaek Phibunsongkhram|Phibunsongkhram|Phibun|Pibul|Phibul Songkhram|Pibulsonggram
Pridi Banomyong|Pridi
Sarit Thanarat|Sarit@1957:1963
Thanom Kittikachorn|Thanom@1958:1973
Thaksin Shinawatra|Thaksin
Prayut Chan-o-cha|Prayut@2014:2023|Prayuth Chan-ocha
Anawrahta
Abdurrahman Wahid|Gus Dur
Megawati Sukarnoputri|Megawati
Susilo Bambang Yudhoyono|Yudhoyono
Joko Widodo|Jokowi
Gajah Mada
Hayam Wuruk
Sultan Agung of Mataram|Sultan Agung
Joseph Estrada|Estrada@1998:2001
Gloria Macapagal Arroyo|Arroyo@2001:2010
Rodrigo Duterte|Duterte
Lapulapu|Lapu-Lapu
Anwar Ibrahim
Gebre Mesqel Lalibela|Lalibela@1181:1221|King Lalibela
Lij Iyasu|Iyasu V
Zewditu|Empress Zewditu|Zauditu
Abiy Ahmed
Opoku Ware I|Opoku Ware
Okomfo Anokye
Garcia II of Kongo
António I of Kongo|Vita Nkanga
Kimpa Vita|Beatriz Kimpa Vita|Dona Beatriz
Msiri
Jerry Rawlings|Rawlings@1979:2001
Ignatius Kutu Acheampong|Acheampong
John Kufuor|Kufuor
Murtala Mohammed|Murtala Muhammed|Murtala@1966:1976
Olusegun Obasanjo|Obasanjo
Shehu Shagari|Shagari
Muhammadu Buhari|Buhari
Ibrahim Babangida|Babangida
Sani Abacha|Abacha
Goodluck Jonathan
Umaru Musa Yar'Adua|Yar'Adua
Abdou Diouf|Diouf@1970:2000
Mamadou Dia
Abdoulaye Wade|Wade@2000:2012
Laurent Gbagbo|Gbagbo
Alassane Ouattara|Ouattara@1990:2025
Henri Konan Bédié|Konan Bédié|Bédié
Lansana Conté|Conté@1984:2008
Moussa Traoré|Traoré@1968:1991
Blaise Compaoré|Compaoré|Compaore
Hamani Diori|Diori@1960:1974
Gnassingbé Eyadéma|Eyadéma|Eyadema
Mathieu Kérékou|Kérékou|Kerekou
Ahmadou Ahidjo|Ahidjo
Paul Biya|Biya@1975:2025
Omar Bongo|Bongo@1967:2009
Jean-Bédel Bokassa|Bokassa
David Dacko|Dacko
Barthélemy Boganda|Boganda
François Tombalbaye|Tombalbaye|Ngarta Tombalbaye
Hissène Habré|Habré|Hissene Habre
Idriss Déby|Déby@1990:2021|Idriss Deby|Deby@1990:2021
Fulbert Youlou|Youlou
Marien Ngouabi|Ngouabi
Denis Sassou Nguesso|Sassou Nguesso|Sassou-Nguesso
Joseph Kabila
Grégoire Kayibanda|Kayibanda
Juvénal Habyarimana|Habyarimana
Paul Kagame|Kagame
Melchior Ndadaye|Ndadaye
Frederick Chiluba|Chiluba
Ian Smith
Emmerson Mnangagwa|Mnangagwa
Sam Nujoma|Nujoma
Seretse Khama|Khama@1965:1980
J. B. M. Hertzog|Hertzog@1910:1942|Barry Hertzog
Thabo Mbeki|Mbeki@1994:2008
Jacob Zuma|Zuma@2007:2018
William Tubman
William R. Tolbert Jr.|William Tolbert|Tolbert@1971:1980
Samuel Doe|Doe@1980:1990
Ellen Johnson Sirleaf|Sirleaf|Johnson Sirleaf
Joseph Jenkins Roberts|J. J. Roberts
Milton Margai|Margai@1954:1964
Siaka Stevens
Francisco Macías Nguema|Macías Nguema|Macias Nguema
Teodoro Obiang Nguema Mbasogo|Teodoro Obiang|Obiang
Philibert Tsiranana|Tsiranana
Moktar Ould Daddah|Ould Daddah
Yahya Jammeh|Jammeh
Zhengde Emperor|Zhengde
Tianqi Emperor|Tianqi
Sima Yi
Emperor Xiaowen of Northern Wei|Xiaowen@471:499
H. H. Kung
Chen Yun
Kang Sheng
Zhang Chunqiao
Chen Boda
Ye Jianying
Zhu Rongji
Li Keqiang
Emperor Go-Toba|Go-Toba
Emperor Go-Shirakawa|Go-Shirakawa
Hōjō Yasutoki|Yasutoki
Mutsu Munemitsu
Komura Jutarō|Komura Jutaro
Fumio Kishida|Kishida@2021:2024
Kim Ok-gyun|Kim Ok-kyun
Jeon Bong-jun|Jeon Bongjun|Chon Pong-jun|Chŏn Pong-jun
Yi Wan-yong
An Jung-geun|Ahn Jung-geun|An Chung-gŭn|An Chung-gun
Queen Seondeok of Silla|Queen Seondeok|Seondeok
Gongmin of Goryeo|King Gongmin
Nguyễn Văn Linh|Nguyen Van Linh
Khải Định|Khai Dinh
Lý Thường Kiệt|Ly Thuong Kiet
Hồ Quý Ly|Ho Quy Ly
Nguyễn Trãi|Nguyen Trai
Ananda Mahidol|Rama VIII
Vajiralongkorn|Rama X
Yingluck Shinawatra|Yingluck
Chatichai Choonhavan|Chatichai@1988:1991
Phot Phahonyothin|Phraya Phahon
Min Aung Hlaing
Kyansittha
Ang Duong
Heng Samrin
Nuon Chea
Ta Mok
Kang Kek Iew|Comrade Duch|Duch@1975:1979
Norodom Ranariddh|Ranariddh
Amir Sjarifuddin|Sjarifuddin|Amir Syarifuddin
Hamengkubuwono IX
Ken Arok
Raden Wijaya|Kertarajasa|Kertarajasa Jayawardhana
Iskandar Muda|Sultan Iskandar Muda
Prabowo Subianto|Prabowo
Benigno Aquino III|Noynoy Aquino
Hussein Onn
Abdullah Ahmad Badawi|Abdullah Badawi
Najib Razak
Goh Chok Tong
Lee Hsien Loong
Al-Nasir li-Din Allah
Farah Pahlavi|Empress Farah
Teymur Bakhtiar
Hassan Ali Mansur
Jafar Sharif-Emami|Sharif-Emami
Abdolhossein Teymourtash|Teymourtash
Mohammad Ali Foroughi|Foroughi
Abol-Ghasem Kashani|Ayatollah Kashani|Kashani@1943:1953
Ali Shariati|Shariati
Hussein-Ali Montazeri|Montazeri
Mohammad Beheshti|Beheshti
Tariq Aziz
Nouri al-Maliki|al-Maliki@2006:2014|Maliki@2006:2014
Nureddin al-Atassi
Akram al-Hawrani|Hawrani
Wasfi al-Tal
Boutros Ghali
Mustafa Kamil Pasha|Mustafa Kamil
Qaboos bin Said|Sultan Qaboos|Qaboos
Zayed bin Sultan Al Nahyan|Sheikh Zayed
Abdullah al-Sallal|al-Sallal|Sallal
Abdrabbuh Mansur Hadi
Elias Sarkis|Sarkis@1976:1982
Ahmed Yassin|Sheikh Yassin|Yassin@1987:2004
Khaled Mashal|Mashal
Ismail Haniyeh|Haniyeh
Yahya Sinwar|Sinwar
Khalil al-Wazir|Abu Jihad
Abba Eban|Eban@1948:1974
Naftali Bennett
Hassan I of Morocco|Moulay Hassan@1873:1894
Mohamed Oufkir|Oufkir
Hocine Aït Ahmed|Aït Ahmed|Ait Ahmed
Mohamed Boudiaf|Boudiaf
Liamine Zéroual|Zéroual|Zeroual
Krim Belkacem|Krim@1954:1962
Larbi Ben M'hidi|Ben M'hidi
Beji Caid Essebsi|Essebsi
Rached Ghannouchi
Muhammad ibn Ali al-Senussi|the Grand Senussi
Salva Kiir Mayardit|Salva Kiir
Riek Machar
Abdel Fattah al-Burhan|al-Burhan
Fevzi Çakmak
Alparslan Türkeş|Türkeş|Turkes
Abdullah Gül
Ahmet Davutoğlu|Davutoğlu|Davutoglu
Abdullah Öcalan|Öcalan|Ocalan
Fethullah Gülen|Gülen|Gulen
Rajaraja I|Rajaraja Chola I|Rajaraja Chola
Rajendra I|Rajendra Chola I|Rajendra Chola
Pulakeshin II|Pulakesi II
Wajid Ali Shah
Hari Singh Nalwa
Sheikh Abdullah|Sheikh Abdullah@1931:1982
Sanjay Gandhi
Sonia Gandhi
L. K. Advani|Advani
A. P. J. Abdul Kalam|Abdul Kalam
Jagjivan Ram
Jarnail Singh Bhindranwale|Bhindranwale
C. Rajagopalachari|Rajaji|Rajagopalachari
K. Kamaraj|Kamaraj
Gulzarilal Nanda
Asif Ali Zardari|Zardari
Tajuddin Ahmad
Khondaker Mostaq Ahmad
A. K. Fazlul Huq|Fazlul Huq|Huq@1913:1962
Ranil Wickremesinghe|Wickremesinghe
Gotabaya Rajapaksa
Anagarika Dharmapala|Dharmapala@1890:1933
Parakramabahu I
Dutugamunu|Dutugemunu
Birendra of Nepal|King Birendra
Gyanendra of Nepal|King Gyanendra
Mahendra of Nepal|King Mahendra
Tribhuvan of Nepal|King Tribhuvan
B. P. Koirala
Pushpa Kamal Dahal|Prachanda
Bhimsen Thapa
Shah Shujah Durrani|Shah Shuja@1803:1842|Shah Shujah@1803:1842
Habibullah Khan|Habibullah@1901:1919
Mohammed Nadir Shah
Iyasu I
Aman Andom
Tegbesu
Ewuare
Senzangakhona
Sobhuza II|Sobhuza@1899:1982
Khama III|Khama the Good
Mutara III Rudahigwa|Rudahigwa
Mwambutsa IV
Louis Rwagasore|Rwagasore
Muhammad Attahiru I|Attahiru
Emmanuel Kwasi Kotoka|Kotoka
Akwasi Afrifa|Afrifa
Nana Akufo-Addo|Akufo-Addo
Herbert Macaulay
Ken Saro-Wiwa|Saro-Wiwa
Blaise Diagne|Diagne
Robert Guéï|Guéï
Alpha Condé
Ibrahim Boubacar Keïta
Faure Gnassingbé
Ruben Um Nyobè|Um Nyobè|Um Nyobe
Ange-Félix Patassé|Patassé
François Bozizé|Bozizé
Goukouni Oueddei|Goukouni
Pascal Lissouba|Lissouba
Étienne Tshisekedi
Félix Tshisekedi
Théoneste Bagosora|Bagosora
Agathe Uwilingiyimana
Jean Kambanda|Kambanda
Fred Rwigyema|Rwigyema
Pierre Buyoya|Buyoya
Uhuru Kenyatta
Raila Odinga
William Ruto|Ruto
Harry Thuku|Thuku
Benjamin Mkapa|Mkapa
John Magufuli|Magufuli
Harry Nkumbula|Nkumbula
John Chilembwe|Chilembwe
Herbert Chitepo|Chitepo
Josiah Tongogara|Tongogara
Canaan Banana
Morgan Tsvangirai|Tsvangirai
Andimba Toivo ya Toivo|Herman Toivo ya Toivo|Toivo ya Toivo
John Dube|John Langalibalele Dube
Sol Plaatje|Plaatje
Pixley ka Isaka Seme|Pixley Seme
Clements Kadalie|Kadalie
Pik Botha
George Weah|Weah
Charles Taylor (Liberian politician)|Charles Taylor@1989:2003
Prince Johnson|Prince Y. Johnson
Foday Sankoh|Sankoh
Ahmad Tejan Kabbah|Kabbah
Valentine Strasser
Kondraty Bulavin|Bulavin
Pavel Pestel|Pestel
Kondraty Ryleyev|Ryleyev|Ryleev
Sergey Muravyov-Apostol|Muravyov-Apostol
Inessa Armand
Alexander Shlyapnikov|Shlyapnikov
Yevgeni Preobrazhensky|Preobrazhensky@1917:1937
Artúr Görgei|Görgei|Görgey|Gorgey
Rigas Feraios|Rigas Velestinlis
Theodoros Kolokotronis|Kolokotronis
Markos Botsaris|Botsaris
Alexandros Mavrokordatos|Mavrokordatos|Mavrocordatos
Vasil Levski|Levski
Hristo Botev|Botev
Georgi Rakovski|Rakovski
Gotse Delchev|Delchev
Traicho Kostov|Kostov@1945:1949
Tudor Vladimirescu|Vladimirescu
Avram Iancu|Iancu@1848:1849
Errico Malatesta|Malatesta@1870:1932
Francesc Macià|Macià|Macia@1922:1933
Sabino Arana
Louis Blanc
Armand Barbès|Barbès|Barbes@1835:1870
Louise Michel
Georges Sorel|Sorel@1890:1922
Götz von Berlichingen|Berlichingen
Otto Strasser
Sophie Scholl
Martin Niemöller|Niemöller|Niemoller
Rudi Dutschke|Dutschke
Andreas Baader|Baader@1968:1977
Ulrike Meinhof|Meinhof
Friedrich Hecker|Hecker@1848:1849
Heinrich von Gagern|Gagern
Friedrich Ludwig Jahn|Turnvater Jahn|Jahn@1810:1852
Baldur von Schirach|Schirach
Kurt Schumacher|Schumacher@1945:1952
Philip de Montmorency, Count of Horn|Count Horn|Count of Horn|Hoorn@1559:1568
Theobald Wolfe Tone|Wolfe Tone
Robert Emmet|Emmet@1798:1803
Ricardo Flores Magón|Flores Magón|Flores Magon
Tiradentes
Antônio Conselheiro|Conselheiro
Lautaro
Jimmy Hoffa|Hoffa
Samuel Maharero|Maharero|Samuel Maherero
Hendrik Witbooi|Witbooi
Yang Xiuqing
Li Xiucheng
Shi Dakai
Zhang Xianzhong
Tan Sitong|T'an Ssu-t'ung|Tan Ssu-tung
Qiu Jin|Ch'iu Chin|Chiu Chin
Wang Hongwen
Yao Wenyuan
Wei Jingsheng
Bhagat Singh
Chandra Shekhar Azad|Chandrashekhar Azad
Abul Kalam Azad|Maulana Azad
Sarojini Naidu|Naidu@1905:1949
Imam Shamil|Shamil@1830:1859|Shamyl
Sheikh Mansur
Sheikh Said|Şeyh Said|Sheikh Said Piran
George Fox
Baal Shem Tov
Trevor Huddleston|Huddleston
Beyers Naudé|Beyers Naude
Gonzalo Jiménez de Quesada|Jiménez de Quesada|Quesada@1536:1579
Lope de Aguirre
Pedro de Mendoza
Juan de Oñate|Oñate@1595:1610|Onate@1595:1610
Francisco de Montejo|Montejo@1527:1550
Bernal Díaz del Castillo|Bernal Díaz|Bernal Diaz
Sebastian Cabot
Juan Sebastián Elcano|Elcano
Diogo Cão|Diogo Cao
René-Robert Cavelier, Sieur de La Salle|La Salle@1666:1687
Louis Jolliet|Jolliet|Joliet@1672:1700
Jacques Marquette|Marquette@1666:1675|Father Marquette
Pierre Le Moyne d'Iberville|Iberville@1686:1706
Jean-Baptiste Le Moyne de Bienville|Bienville@1699:1743
Henry Hudson|Hudson@1607:1611
Humphrey Gilbert
Martin Frobisher|Frobisher@1576:1594
Peter Minuit|Minuit@1626:1638
Abel Tasman|Tasman@1632:1659
Job Charnock|Charnock
Francis Light
James Brooke|Rajah Brooke
James Cook|Captain Cook|Cook@1768:1779
Vitus Bering|Bering@1725:1741
Yerofey Khabarov|Khabarov@1649:1658
Grigory Shelikhov|Shelikhov|Shelekhov
Alexander Andreyevich Baranov|Baranov@1790:1818
Meriwether Lewis|Lewis@1803:1806
Daniel Boone|Boone@1767:1820
Richard Francis Burton|Burton@1853:1865
René Caillié|Caillié|Caillie
Heinrich Barth|Barth@1849:1855
Gustav Nachtigal|Nachtigal
Adolf Lüderitz|Lüderitz@1883:1886
William Mackinnon|Mackinnon@1878:1893
Jean-Baptiste Marchand|Marchand@1896:1899
Roald Amundsen|Amundsen
Robert Falcon Scott|Captain Scott
Ernest Shackleton|Shackleton
Jacob Fugger|Jakob Fugger|Jacob Fugger the Rich
William Jardine (merchant)|Jardine@1832:1843
Robert Hart, 1st Baronet|Robert Hart
Josiah Child
John Law (economist)|John Law@1715:1729
Gaspar Melchor de Jovellanos|Jovellanos
Friedrich Wilhelm von Haugwitz|Haugwitz@1745:1765
Johann Amadeus von Thugut|Thugut
Anton von Schmerling|Schmerling
Joseph Maria von Radowitz|Radowitz@1848:1850
Friedrich von Holstein|Holstein@1890:1906
Nikolay Milyutin|Nikolai Milyutin
Sergey Uvarov|Uvarov@1818:1849
Afanasy Ordin-Nashchokin|Ordin-Nashchokin
Artamon Matveyev|Matveyev@1671:1682
Granville Leveson-Gower, 2nd Earl Granville|Granville@1851:1885|Lord Granville
William Cobbett|Cobbett
Louise of Mecklenburg-Strelitz|Queen Louise
Margaret of Austria, Duchess of Savoy|Margaret of Austria
Louise of Savoy
Sophia of Hanover|Electress Sophia
Caroline of Ansbach|Queen Caroline@1727:1737
Empress Dowager Longyu|Longyu
Maria Christina of the Two Sicilies|Maria Cristina@1833:1840|Maria Christina@1833:1840
Maria Christina of Austria|Maria Cristina@1885:1902
Isabella of Portugal
Anne of Brittany
Hugh Gaitskell|Gaitskell
Stafford Cripps|Cripps|Sir Stafford Cripps
Tony Benn|Benn@1960:2000
Arthur Scargill|Scargill
Enoch Powell|Powell@1950:1974
Roy Jenkins|Jenkins@1965:1987
Denis Healey|Healey
Neil Kinnock|Kinnock
Max Aitken, 1st Baron Beaverbrook|Beaverbrook|Lord Beaverbrook
Jean-Marie Le Pen|Le Pen@1972:2011
Herbert Wehner|Wehner
Subcomandante Marcos
Chico Mendes
Pasquale Paoli|Paoli@1755:1807
György Dózsa|Dózsa|Dozsa
Horea
Nicolae Bălcescu|Bălcescu|Balcescu
Laskarina Bouboulina|Bouboulina
Jan Henryk Dąbrowski|Dąbrowski@1795:1818|Dabrowski@1795:1818
Anita Garibaldi
Louis I de Bourbon, Prince of Condé|Prince of Condé@1559:1569|Condé@1559:1569
Jacques Roux
Louis Charles Delescluze|Delescluze
Eugène Varlin|Varlin
Raoul Rigault|Rigault
Juan López de Padilla|Juan de Padilla
Ramón Cabrera|Cabrera@1833:1849
Agustina de Aragón|Agustina of Aragon
Francesc Ferrer i Guàrdia|Francisco Ferrer|Ferrer@1901:1909
Pablo Iglesias Posse|Pablo Iglesias@1879:1925
Lord George Murray (general)|Lord George Murray
Flora MacDonald
Arthur Thistlewood|Thistlewood
John Frost (Chartist)|John Frost@1838:1840
George Loveless|Loveless@1834:1837
Richard Oastler|Oastler
Francis Place
Lord Edward FitzGerald|Lord Edward Fitzgerald
Henry Grattan|Grattan
Éamonn Ceannt|Ceannt
Erskine Childers (author)|Erskine Childers@1914:1922
Kevin Barry
Birsa Munda
Vasudev Balwant Phadke|Phadke
Titumir|Titu Mir
Haji Shariatullah|Shariatullah
Syed Ahmad Barelvi|Sayyid Ahmad Barelvi|Syed Ahmad Shaheed
Bakht Khan
Khudiram Bose|Khudiram
Rash Behari Bose|Rash Behari
Har Dayal|Lala Har Dayal
Udham Singh
Ram Prasad Bismil|Bismil
Surya Sen|Masterda
Bagha Jatin|Jatindranath Mukherjee
Caupolicán|Caupolican
Enriquillo
Juan Santos Atahualpa
Gaspar Yanga|Yanga@1570:1618
Ganga Zumba
Cudjoe
Paul Bogle|Bogle@1865:1865
George William Gordon
Joseph Chatoyer|Chatoyer
Louis Delgrès|Delgrès|Delgres
Victor Hugues
Pascual Orozco|Orozco@1910:1915
Felipe Ángeles|Felipe Angeles
Aquiles Serdán|Serdán@1909:1910|Serdan@1909:1910
Felipe Carrillo Puerto|Carrillo Puerto
Saturnino Cedillo|Cedillo@1920:1939
Jacinto Pat
Cecilio Chi
Gregorio Luperón|Luperón@1863:1897|Luperon@1863:1897
Ramón Emeterio Betances|Betances
Pedro Albizu Campos|Albizu Campos
Calixto García|Calixto Garcia
Narciso López|Narciso Lopez
Manuel Rodríguez Erdoíza|Manuel Rodríguez@1814:1818
Juana Azurduy de Padilla|Juana Azurduy|Azurduy
Pedro Domingo Murillo|Murillo@1809:1810
William Brown (admiral)|Admiral Brown@1814:1857
Juan José Castelli|Castelli@1810:1812
Bernardo de Monteagudo|Monteagudo@1809:1825
Frei Caneca
João Cândido Felisberto|João Cândido|Joao Candido
Lampião|Lampiao
Luis Emilio Recabarren|Recabarren
Mateo Pumacahua|Pumacahua
Micaela Bastidas
Hugo Blanco
Juan Antonio Lavalleja|Lavalleja@1811:1853
Raúl Sendic|Raul Sendic
Rafael Uribe Uribe|Uribe Uribe
Bartolina Sisa
Zárate Willka|Willka
Leandro N. Alem|Leandro Alem
Tenskwatawa|Shawnee Prophet
Popé|Po'pay
Handsome Lake
Gabriel Prosser
Theodore Dwight Weld|Theodore Weld
Joseph Cinqué|Cinqué|Cinque
Thomas Wilson Dorr|Dorr@1841:1844
August Spies
Albert Parsons
Joe Hill
Elizabeth Gurley Flynn|Gurley Flynn
Mary Elizabeth Lease
A. Mitchell Palmer|Mitchell Palmer|Palmer@1919:1921
Whittaker Chambers
Louis Farrakhan|Farrakhan
Harvey Milk
G. Gordon Liddy|Liddy
Oliver North
Jerry Falwell|Falwell
Lucy Stone
Shirley Chisholm|Chisholm@1968:1983
Juan Díaz de Solís|Díaz de Solís|Solís@1512:1516
Sebastián de Belalcázar|Belalcázar|Benalcázar|Belalcazar
Nikolaus Federmann|Federmann
Pedro Menéndez de Avilés|Menéndez de Avilés|Menendez de Aviles
Juan Rodríguez Cabrillo|Cabrillo
Miguel López de Legazpi|Legazpi@1564:1572|Legaspi@1564:1572
Andrés de Urdaneta
Pedrarias Dávila|Pedrarias|Pedro Arias Dávila
Giovanni da Verrazzano|Verrazzano|Verrazano
Jean Ribault|Ribault
Pierre Dugua, Sieur de Mons|Sieur de Mons|Dugua de Mons
Pierre-Esprit Radisson|Radisson@1659:1710
Médard des Groseilliers|Groseilliers
Louis Antoine de Bougainville|Bougainville@1763:1811
Jean-François de Galaup, comte de Lapérouse|La Pérouse|Lapérouse|La Perouse
Jules Dumont d'Urville|Dumont d'Urville
Willem Barentsz|Barentsz|Barents@1594:1597
Cornelis de Houtman|Houtman
Jan Huyghen van Linschoten|Linschoten
Gil Eanes
Gaspar Corte-Real|Corte-Real
Thomas Cavendish|Cavendish@1586:1592
Henry Morgan|Captain Morgan@1663:1688
William Dampier|Dampier@1679:1715
George Vancouver|Captain Vancouver
Matthew Flinders|Flinders@1795:1814
Charles Sturt|Sturt
William John Wills|Wills@1860:1861
Ludwig Leichhardt|Leichhardt@1842:1848
Joseph Banks|Sir Joseph Banks
Alexander von Humboldt
Hugh Clapperton|Clapperton
Richard Lander|Lander@1825:1834
Alexander Gordon Laing|Gordon Laing
Mary Kingsley
Alexandre de Serpa Pinto|Serpa Pinto
Frederick Selous|Selous@1871:1917
Verney Lovett Cameron|Lovett Cameron
Joseph Thomson (explorer)|Joseph Thomson@1878:1895
Alfred Beit|Beit@1880:1906
Barney Barnato|Barnato
Bertrand-François Mahé de La Bourdonnais|La Bourdonnais|Labourdonnais
Thomas Babington Macaulay|Macaulay@1834:1859
Thomas Gresham|Gresham@1550:1579
James Matheson|Matheson@1832:1842
John Jacob Astor|Astor@1800:1848
Minor Cooper Keith|Minor Keith
Ernest Oppenheimer
Michel de l'Hôpital|L'Hôpital@1560:1568|L'Hospital@1560:1568
Guillaume Dubois|Cardinal Dubois
Joseph Marie Terray|Abbé Terray|Terray
Armand-Augustin-Louis de Caulaincourt|Caulaincourt
Gabriel Hanotaux|Hanotaux
Paul Cambon
John Maitland, Duke of Lauderdale|Lauderdale@1660:1682
James Stanhope, 1st Earl Stanhope|Stanhope@1714:1721
John Carteret, 2nd Earl Granville|Carteret@1721:1763
Henry Dundas, 1st Viscount Melville|Dundas@1783:1806
John Scott, 1st Earl of Eldon|Eldon@1801:1827|Lord Eldon
Franz Anton von Kolowrat-Liebsteinsky|Kolowrat
Johann Bernhard von Rechberg und Rothenlöwen|Rechberg@1859:1864
Karl Ferdinand von Buol|Buol
Gustav Kálnoky|Kálnoky|Kalnoky
Agenor Maria Gołuchowski|Gołuchowski|Goluchowski
Heinrich von Podewils|Podewils
Ewald Friedrich von Hertzberg|Hertzberg@1763:1791
Gottlieb von Jagow|Jagow
Karl Helfferich|Helfferich
Viktor Kochubey|Kochubey@1801:1834
Pavel Stroganov|Count Stroganov@1801:1807
Nikolay Novosiltsev|Novosiltsev
Carlo Andrea Pozzo di Borgo|Pozzo di Borgo
Georg von Cancrin|Kankrin|Cancrin
Alexander von Benckendorff|Benckendorff@1825:1844
Pavel Kiselyov|Kiselyov@1829:1856|Kiselev@1829:1856
Mikhail von Reutern|Reutern
Nikolay Girs|Giers|Girs@1882:1895
Pyotr Valuyev|Valuev|Valuyev
Andreas Peter Bernstorff|Bernstorff@1773:1797
Johann Hartwig Ernst von Bernstorff|Bernstorff@1751:1770
Diane de Poitiers
Catherine of Braganza
Sarah Churchill, Duchess of Marlborough|Sarah Churchill
Abigail Masham, Baroness Masham|Abigail Masham
Caroline of Brunswick|Queen Caroline@1820:1821
Wallis Simpson|Mrs Simpson
Augusta of Saxe-Weimar-Eisenach|Empress Augusta
Victoria, Princess Royal|Empress Frederick|Princess Victoria@1858:1901
Maria Feodorovna (Dagmar of Denmark)|Empress Maria Feodorovna|Dowager Empress Maria
Zita of Bourbon-Parma|Empress Zita|Zita@1911:1922
Princess Sophie of Bavaria|Archduchess Sophie
Hortense de Beauharnais|Queen Hortense|Hortense@1806:1837
Maria Carolina of Austria|Maria Carolina|Queen Maria Carolina
Maria Luisa of Parma|Maria Luisa@1788:1808
Jahanara Begum|Jahanara
Kittur Chennamma|Chennamma
Empress Dowager Ci'an|Ci'an
Kaʻahumanu|Kaahumanu|Ka'ahumanu
Maud Gonne
Hubertine Auclert|Auclert
Huda Sha'arawi|Huda Shaarawi|Sha'arawi
Kasturba Gandhi|Kasturba
Vijaya Lakshmi Pandit
Aruna Asaf Ali
Nguyễn Thị Bình|Nguyen Thi Binh|Madame Binh
Petra Kelly
Clara Campoamor|Campoamor
Gudrun Ensslin|Ensslin
Lilian Ngoyi|Ngoyi
Helen Suzman|Suzman
Funmilayo Ransome-Kuti|Ransome-Kuti
Wangari Maathai|Maathai
Leonid Krasin|Krasin
Georgy Chicherin|Chicherin
Shamil Basayev|Basayev|Basaev
Aslan Maskhadov|Maskhadov
Stepan Bandera|Bandera@1929:1959
Roman Shukhevych|Shukhevych
Roy Medvedev
Anna Walentynowicz|Walentynowicz
Bronisław Geremek|Geremek
Josef Smrkovský|Smrkovský|Smrkovsky
Ota Šik|Ota Sik
Konrad Henlein|Henlein
Vasil Biľak|Biľak|Bilak
Ibrahim Rugova|Rugova
Markos Vafiadis|Vafiadis
Georgios Grivas|Grivas
Hugo Stinnes|Stinnes
Fritz Thyssen
Otto Wels|Wels@1919:1939
Leo Jogiches|Jogiches
Paul Levi
Carl Friedrich Goerdeler|Goerdeler
Henning von Tresckow|Tresckow
Helmuth James Graf von Moltke|Helmuth James von Moltke
Hans Scholl
Georg Elser|Elser
Joschka Fischer
Amadeo Bordiga|Bordiga
Giovanni Amendola|Amendola@1919:1926
Carlo Rosselli|Rosselli
Licio Gelli|Gelli
Giovanni Falcone|Falcone@1980:1992
Paolo Borsellino|Borsellino
Marcel Cachin|Cachin
Léon Jouhaux|Jouhaux
François de La Rocque|de La Rocque|Colonel de La Rocque
Edmond Jouhaud|Jouhaud
George Lansbury|Lansbury
Philip Snowden|Snowden@1906:1931
Herbert Morrison
Hugh Dalton|Dalton@1929:1951
Ellen Wilkinson
Sidney Webb
Beatrice Webb
Rab Butler|R. A. Butler
Selwyn Lloyd
Samuel Hoare, 1st Viscount Templewood|Hoare@1931:1940|Samuel Hoare
Duff Cooper
Brendan Bracken|Bracken@1940:1945
Kingsley Wood
Barbara Castle
Michael Foot
Keith Joseph
Geoffrey Howe
Michael Heseltine|Heseltine
Nigel Lawson
Norman Tebbit|Tebbit
Peter Mandelson|Mandelson
Jack Jones (trade unionist)|Jack Jones@1969:1978
Joe Gormley|Gormley
Ruth First
Félix-Roland Moumié|Moumié|Moumie
Lamine Guèye|Lamine Gueye
Kermit Roosevelt Jr.|Kermit Roosevelt
Sattar Khan
Mirza Kuchik Khan|Kuchik Khan|Kuchek Khan
Mohammad Baqir al-Sadr|Baqir al-Sadr|Muhammad Baqir al-Sadr
Juhayman al-Otaybi|Juhayman
Ayman al-Zawahiri|Zawahiri
Omar Abdel-Rahman|Blind Sheikh
Salah Khalaf|Abu Iyad
Abu Nidal
Leila Khaled
Abdel Aziz al-Rantisi|Rantisi
Hanan Ashrawi|Ashrawi
Marwan Barghouti|Barghouti
Meir Kahane|Kahane
Yigal Amir
Periyar|E. V. Ramasamy
M. N. Roy|M.N. Roy
K. B. Hedgewar|Hedgewar
M. S. Golwalkar|Golwalkar
Syama Prasad Mukherjee|Shyama Prasad Mukherjee
Master Tara Singh|Tara Singh
Angami Zapu Phizo|Phizo
Charu Majumdar
Saya San
Macario Sakay|Sakay
Kong Le
Wang Dan (dissident)|Wang Dan
Chai Ling
Hu Shih|Hu Shi
He Long
Liu Bocheng
Chen Yi (marshal)|Chen Yi@1927:1972
Li Lisan
Peng Zhen
Du Yuesheng
Ding Ling
Araki Sadao
George Rooke|Rooke@1680:1709|Sir George Rooke
Cloudesley Shovell|Shovell|Sir Cloudesley Shovell
Edward Codrington|Codrington@1805:1840|Admiral Codrington|Sir Edward Codrington
Edward Pakenham|General Pakenham|Sir Edward Pakenham
Isaac Brock|Brock@1802:1812|General Brock
Joseph Wightman|Wightman@1715:1722
George Wade|General Wade|Wade@1715:1748
John Cope (British Army officer)|Sir John Cope|Johnnie Cope|Cope@1745:1745
Henry Hawley|Hawley@1745:1746
Prince William, Duke of Cumberland|Duke of Cumberland@1740:1765|Cumberland@1745:1757|Butcher Cumberland
John Campbell, 2nd Duke of Argyll|Duke of Argyll@1710:1743|Argyll@1715:1716
Charles Mordaunt, 3rd Earl of Peterborough|Peterborough@1705:1707
William Cadogan, 1st Earl Cadogan|Cadogan@1702:1725
John Ligonier, 1st Earl Ligonier|Ligonier@1740:1770
John Manners, Marquess of Granby|Marquess of Granby|Granby@1758:1770
John Forbes (British Army officer)|John Forbes@1757:1759|General Forbes@1758:1758|Forbes@1758:1758
George Anson, 1st Baron Anson|Anson@1740:1762|Admiral Anson
Edward Boscawen|Boscawen
Edward Vernon|Admiral Vernon|Vernon@1739:1742
Eyre Coote (East India Company officer)|Eyre Coote|Coote@1756:1783
Hector Munro, 8th laird of Novar|Hector Munro|Munro@1764:1781
Patrick Ferguson
Thomas Graves, 1st Baron Graves|Admiral Graves|Graves@1781:1781
George Elphinstone, 1st Viscount Keith|Lord Keith|Admiral Keith
James Saumarez, 1st Baron de Saumarez|Saumarez
Thomas Graham, 1st Baron Lynedoch|Lynedoch|Thomas Graham@1793:1814
Sir David Baird, 1st Baronet|Sir David Baird|David Baird@1799:1809|Baird@1799:1809
Robert Ross (British Army officer)|Robert Ross@1812:1814|General Ross@1814:1814
Sir George Prevost, 1st Baronet|George Prevost|Prevost@1811:1815
Gordon Drummond|Drummond@1813:1815
Sir George Cockburn, 10th Baronet|George Cockburn@1812:1815|Admiral Cockburn|Cockburn@1812:1815
Roger Hale Sheaffe|Sheaffe
Henry Procter (British Army officer)|Procter@1812:1814|Henry Procter
Sir George Pollock, 1st Baronet|George Pollock@1841:1842|Pollock@1841:1842
John Keane, 1st Baron Keane|Keane@1838:1839
Henry Montgomery Lawrence|Henry Lawrence@1846:1857|Sir Henry Lawrence
Evelyn Wood
George White (British Army officer)|Sir George White|George White@1899:1900
Sir Henry Wilson, 1st Baronet|Sir Henry Wilson|Henry Wilson@1914:1922
Trafford Leigh-Mallory|Leigh-Mallory
Neil Ritchie|Ritchie@1941:1942
Alan Cunningham
William Gott|Gott@1940:1942
François Gaston de Lévis|Lévis@1756:1760|Levis@1756:1760
Charles de Rohan, prince de Soubise|Soubise@1757:1762
Pierre André de Suffren|Suffren
Charles Henri Hector, comte d'Estaing|d'Estaing@1763:1794|D'Estaing@1763:1794|Admiral d'Estaing
Adam Philippe, Comte de Custine|Custine@1792:1793
François Séverin Marceau|Marceau@1792:1796
Dominique Vandamme|Vandamme
Jean Rapp|Rapp@1805:1815
Bertrand Clauzel|Clauzel
Christophe Léon Louis Juchault de Lamoricière|Lamoricière|Lamoriciere
Christian de Castries|de Castries@1953:1954|De Castries@1953:1954
Francisco Javier Castaños, 1st Duke of Bailén|Castaños|Castanos
Gregorio García de la Cuesta|Cuesta@1808:1809
Domingo de Monteverde|Monteverde@1812:1813
Manuel Gutiérrez de la Concha, Marquis of the Duero|Concha@1836:1840|Concha@1873:1874|Manuel de la Concha|Marquis of the Duero
Pascual Cervera y Topete|Cervera@1898:1898|Admiral Cervera
Patricio Montojo y Pasarón|Montojo
Manuel Goded|Goded
Fidel Dávila Arrondo|Dávila@1937:1939
Juan Modesto|Modesto@1937:1939
João Carlos de Saldanha Oliveira e Daun, 1st Duke of Saldanha|Duke of Saldanha|Saldanha@1820:1876
António José Severim de Noronha, 1st Duke of Terceira|Duke of Terceira|Terceira@1828:1860
Bernardo de Sá Nogueira de Figueiredo, 1st Marquis of Sá da Bandeira|Sá da Bandeira
Piet Pieterszoon Hein|Piet Hein@1620:1629|Piet Heyn
David Hendrik Chassé|Chassé@1830:1832|Chasse@1830:1832
Peter Tordenskjold|Tordenskjold|Tordenskiold
Niels Juel|Juel@1675:1690
Gottfried Heinrich Graf zu Pappenheim|Pappenheim@1620:1632
Christian the Younger of Brunswick|Christian of Brunswick
Franz Moritz von Lacy
Ludwig Andreas von Khevenhüller|Khevenhüller|Khevenhuller
Maximilian Ulysses Browne|Maximilian Browne|Browne@1741:1757
Ferenc Gyulay|Gyulai@1859:1859|Gyulay@1859:1859
Wilhelm von Tegetthoff|Tegetthoff
Oskar Potiorek|Potiorek
Leopold I, Prince of Anhalt-Dessau|Old Dessauer|Leopold of Anhalt-Dessau
Kurt Christoph Graf von Schwerin|Schwerin@1740:1757
Charles William Ferdinand, Duke of Brunswick|Duke of Brunswick@1780:1806
Karl Friedrich von Steinmetz|Steinmetz@1866:1870
Prince Friedrich Karl of Prussia (1828–1885)|Prince Frederick Charles|Prince Friedrich Karl
Colmar Freiherr von der Goltz|von der Goltz@1883:1916|Goltz Pasha
Maximilian von Weichs|Weichs
Günther Lütjens|Lütjens|Lutjens
Hans-Jürgen von Arnim|von Arnim@1941:1943
Wilhelm List|Field Marshal List
Friedrich Dollmann|Dollmann
Peter Lacy|Lacy@1733:1741
William Fermor|Fermor@1757:1759
Fyodor Ushakov|Ushakov@1787:1807|Admiral Ushakov
Matvei Platov|Platov
Nikolay Raevsky|Raevsky|Rayevsky
Mikhail Miloradovich|Miloradovich
Mikhail Dmitrievich Gorchakov|Mikhail Gorchakov
Iosif Gurko|Gurko@1877:1878
Mikhail Chernyayev|Chernyayev|Cherniaev|Chernyaev
Stepan Makarov|Makarov@1894:1904|Admiral Makarov
Nikolai Gerasimovich Kuznetsov|Admiral Kuznetsov
Omar Pasha|Omer Pasha
Israel Putnam|Putnam@1775:1779
Philip Schuyler|Schuyler@1775:1781
John Sullivan (general)|John Sullivan@1775:1779|Sullivan@1775:1779
Thomas Sumter|Sumter@1780:1781
Andrew Pickens (congressman)|Andrew Pickens@1779:1782
George Rogers Clark
John Stark|Stark@1775:1777
Ethan Allen
John Paul Jones
Charles Lee (general)|Charles Lee@1775:1778
Arthur St. Clair|St. Clair@1776:1792|St Clair@1776:1792
Henry Dearborn|Dearborn@1812:1813
Stephen Van Rensselaer|Van Rensselaer@1812:1812
Jacob Brown
Thomas Macdonough|Macdonough
William H. Winder|Winder@1814:1814
Stephen W. Kearny|Kearny@1846:1847
Alexander William Doniphan|Doniphan
William J. Worth|William Worth@1846:1848|General Worth@1846:1848
Gideon Johnson Pillow|Gideon Pillow
David E. Twiggs|Twiggs
John A. Logan
James B. McPherson|McPherson@1862:1864
John Schofield|Schofield
Gouverneur K. Warren|Gouverneur Warren
John Buford|Buford@1862:1863
D. H. Hill|D.H. Hill
John B. Magruder|Magruder@1861:1865
Sterling Price
Earl Van Dorn|Van Dorn
Ranald S. Mackenzie|Ranald Mackenzie
William T. Sampson|Sampson@1898:1898|Admiral Sampson
Winfield Scott Schley|Schley
Wesley Merritt|Merritt@1898:1898
Frederick Funston|Funston
Henry Ware Lawton|Lawton@1898:1899
J. Franklin Bell|Franklin Bell
Jacob H. Smith|Jacob Smith@1901:1902|Hell-Roaring Jake Smith
William Sims|Admiral Sims|Sims@1917:1918
Billy Mitchell
Lucian Truscott|Truscott
Anthony McAuliffe|McAuliffe@1944:1945
Walter Short
Albert Coady Wedemeyer|Wedemeyer
Alexander Vandegrift|Vandegrift
Marc Mitscher|Mitscher
Manuel Luís Osório, Marquis of Erval|Osório@1865:1870|Osorio@1865:1870
Joaquim Marques Lisboa, Marquis of Tamandaré|Tamandaré
Kuroki Tamemoto|Kuroki
Su Yu|Su Yu@1927:1960
Zhang Zongchang
Ye Ting
Ding Ruchang|Admiral Ding
Guan Tianpei
Zhang Fakui
Xue Yue
Tang Shengzhi
Hu Zongnan
Du Yuming
Sun Li-jen|Sun Liren
Chen Cheng
Fu Zuoyi
Antonio Luna|General Luna
Gregorio del Pilar
Miguel Malvar|Malvar
Edward Hawke, 1st Baron Hawke|Hawke@1740:1771|Admiral Hawke
John Byng|Admiral Byng|Byng@1740:1757
Samuel Hood, 1st Viscount Hood|Samuel Hood|Admiral Hood@1780:1794|Lord Hood@1780:1794|Hood@1780:1794
William Elphinstone (British Army officer)|Elphinstone@1841:1842
Charles Townshend (British Army officer)|Townshend@1915:1916|General Townshend
Richard Grenville (died 1591)|Richard Grenville@1570:1591|Grenville@1585:1591
François-Henri de Montmorency, duc de Luxembourg|Marshal Luxembourg
Victor François, 2nd duc de Broglie|Broglie@1757:1762
Álvaro de Bazán, 1st Marquis of Santa Cruz|Álvaro de Bazán|Marquis of Santa Cruz@1569:1588|Santa Cruz@1571:1588
José de Palafox, 1st Duke of Zaragoza|Palafox@1808:1814|José de Palafox|Palafox@1808:1809
Joaquín Blake|Blake@1808:1812
Hans Christoff von Königsmarck|Königsmarck@1640:1663
Friedrich Ludwig, Prince of Hohenlohe-Ingelfingen|Hohenlohe@1806:1806
Edwin von Manteuffel|Manteuffel@1864:1885
Stepan Fyodorovich Apraksin|Stepan Apraksin|Apraksin@1756:1758
Peter Wittgenstein|General Wittgenstein
Vladimir Kornilov|Admiral Kornilov
Richard Montgomery|Montgomery@1775:1775
Benjamin Lincoln|Lincoln@1777:1781
William Hull|Hull@1812:1812
Oliver Hazard Perry|Perry@1813:1813
Hyde Parker (Royal Navy officer, born 1739)|Hyde Parker|Sir Hyde Parker
Augustus Keppel, 1st Viscount Keppel|Keppel@1757:1782|Admiral Keppel
John Thomas Duckworth|Duckworth@1798:1808
Robert Craufurd|Craufurd
Stapleton Cotton, 1st Viscount Combermere|Combermere
Archdale Wilson
James Hope Grant|Hope Grant
James George Smith Neill|Neill@1857:1857
William Stephen Raikes Hodson|Hodson@1857:1858
Louis Cavagnari|Cavagnari
William Forbes Gatacre|Gatacre
Hector MacDonald|Fighting Mac
John de Robeck|de Robeck|De Robeck
Aylmer Hunter-Weston|Hunter-Weston
Frederick Stopford|Stopford@1915:1915
Charles Monro|Monro@1915:1916
Archibald Murray
Henry Horne, 1st Baron Horne|General Horne
Frederick Browning|Boy Browning
Roy Urquhart|Urquhart@1944:1944
Henry Maitland Wilson, 1st Baron Wilson|Jumbo Wilson|Maitland Wilson
Charles Portal, 1st Viscount Portal of Hungerford|Portal@1940:1945|Peter Portal
Tom Phillips (Royal Navy officer)|Tom Phillips@1941:1941|Admiral Phillips@1941:1941
James Somerville|Somerville@1940:1945|Admiral Somerville
John Tovey, 1st Baron Tovey|Tovey
Philip Vian|Vian
Henry Harwood|Harwood@1939:1942
Alexander Leslie, 1st Earl of Leven|Alexander Leslie|Leven@1639:1646
David Leslie, 1st Lord Newark|David Leslie
Owen Roe O'Neill|Owen Roe
Ralph Hopton, 1st Baron Hopton|Hopton
William Waller|Waller@1642:1645
George Goring, Lord Goring|Goring@1644:1645|Lord Goring
Philip Skippon|Skippon
Jean Bart
René Duguay-Trouin|Duguay-Trouin
Anne Hilarion de Tourville|Tourville
Jean-Baptiste Drouet, Comte d'Erlon|d'Erlon|D'Erlon|Drouet d'Erlon
Antoine-Henri Jomini|Jomini
Auguste-Alexandre Ducrot|Ducrot
Louis d'Aurelle de Paladines|Aurelle de Paladines
Édouard de Castelnau|Castelnau@1914:1918
Michel-Joseph Maunoury|Maunoury
Émile Fayolle|Fayolle
Paul Aussaresses|Aussaresses
Jean-Étienne Valluy|Valluy
Blas de Lezo
Federico Gravina|Gravina@1795:1806
Francisco Espoz y Mina|Espoz y Mina
Francisco Javier Mina|Javier Mina
Juan Martín Díez|El Empecinado|Empecinado
Rafael Maroto|Maroto@1836:1839
Cipriano Mera
Antonio Aranda|Aranda@1936:1939
Agustín Muñoz Grandes|Muñoz Grandes|Munoz Grandes
Jacob van Heemskerck|Heemskerck@1596:1607
Willem Joseph van Ghent|Van Ghent|van Ghent
Simon Hendrik Spoor|Spoor@1946:1949
Raymond Westerling|Westerling
Henri Winkelman|Winkelman@1940:1940
Karel Doorman|Doorman
Carl Gustaf Armfeldt|Armfeldt@1713:1719
Carl Johan Adlercreutz|Adlercreutz
Georg Carl von Döbeln|Döbeln|Dobeln
Christian de Meza|de Meza|De Meza
Józef Haller|Haller@1917:1920|General Haller|Haller@1914:1921
Archduke John of Austria|Archduke John@1800:1809
Viktor Dankl von Krasnik|Dankl
Arthur Arz von Straußenburg|Arz von Straussenburg|Arz von Straußenburg
Grigory Spiridov|Spiridov
Samuel Greig|Greig@1770:1788
Dmitry Senyavin|Senyavin|Seniavin
Mikhail Lazarev|Lazarev@1820:1851
Pavel Chichagov|Chichagov
Denis Davydov|Davydov@1812:1814
Aleksandr Baryatinsky|Baryatinsky|Bariatinsky
Pavel Liprandi|Liprandi
Oskar Gripenberg|Gripenberg
Roman Kondratenko|Kondratenko
Yevgeni Ivanovich Alekseyev|Admiral Alekseyev|Viceroy Alekseyev
Wilgelm Vitgeft|Vitgeft|Witgeft
Nikolai Ruzsky|Ruzsky
Aleksei Evert|Evert@1914:1917
Sergey Kamenev|Sergei Kamenev
Pavel Rotmistrov|Rotmistrov
Ahmed Muhtar Pasha|Mukhtar Pasha@1877:1912
Mahmud Shevket Pasha|Mahmud Shevket|Mahmut Şevket Pasha
Fahreddin Pasha|Fakhri Pasha
Henry Lee III|Light-Horse Harry Lee|Harry Lee@1776:1782
William Moultrie|Moultrie@1776:1780
Hugh Mercer|Mercer@1776:1777
Johann de Kalb|de Kalb|De Kalb
Artemas Ward
William Prescott|Prescott@1775:1775|Colonel Prescott
Nicholas Herkimer|Herkimer@1777:1777
Isaac Hull
James Lawrence (naval officer)|James Lawrence@1812:1813|Captain Lawrence@1813:1813
Josiah Harmar|Harmar
Robert F. Stockton|Stockton@1846:1847|Commodore Stockton
Joseph Wheeler|Joe Wheeler|Fighting Joe Wheeler
Wade Hampton III|Wade Hampton
Lewis Armistead|Armistead@1863:1863
J. Johnston Pettigrew|Pettigrew@1863:1863
Alfred Pleasonton|Pleasonton
Judson Kilpatrick|Kilpatrick@1863:1865
Benjamin Grierson|Grierson@1863:1863
Daniel Sickles|Sickles
George Stoneman|Stoneman
Nathaniel Lyon
Stand Watie
Henry Heth|Heth
John Brown Gordon|John B. Gordon
Robert Gould Shaw
Franklin Buchanan
John L. Worden|Worden@1862:1862
Andrew Hull Foote|Andrew Foote|Andrew H. Foote
William J. Fetterman|Fetterman
Frederick Benteen|Benteen
Edward Canby|Canby
Adna Chaffee|Chaffee@1898:1906
Smedley Butler
Peyton C. March|Peyton March
Hunter Liggett|Liggett
Walter Krueger|Krueger@1941:1946
Robert L. Eichelberger|Eichelberger
Simon Bolivar Buckner|Buckner@1861:1865
Simon Bolivar Buckner Jr.|Buckner@1942:1945
Ira C. Eaker|Eaker
Holland Smith|Howlin' Mad Smith|Holland M. Smith
Richmond K. Turner|Kelly Turner
Harold Rainsford Stark|Harold Stark
William Hood Simpson|William Simpson@1944:1945
William F. Dean|William Dean@1950:1950
Oliver P. Smith|O. P. Smith|Oliver Smith@1950:1951
Juan Gregorio de Las Heras|Las Heras@1814:1824
José Félix Ribas
Manuel Blanco Encalada|Blanco Encalada
Ramón Blanco, 1st Marquis of Peña Plata|Ramón Blanco|Blanco@1896:1898
Nozu Michitsura|Nozu
Kamimura Hikonojō|Kamimura
Itō Sukeyuki|Ito Sukeyuki
Tamon Yamaguchi|Yamaguchi Tamon
Yasuji Okamura|Okamura@1932:1945
Masanobu Tsuji|Tsuji@1939:1945|Tsuji Masanobu
Minoru Genda|Genda
Mitsuo Fuchida|Fuchida
Qi Jiguang
Yuan Chonghuan
Shi Kefa
Hong Chengchou
Sengge Rinchen|Sengge Rinchin
Zeng Guoquan
Liu Mingchuan
Ye Zhichao
Nie Shicheng
Dong Fuxiang
Frederick Townsend Ward
Cai E
Sheng Shicai
Han Fuju
Zhang Zhizhong
Gu Zhutong
He Yingqin
Chen Jitang
Zhang Lingfu
Luo Ronghuan
Xu Xiangqian
Chen Geng
Ma Zhongying
Ma Bufang
Gwon Yul
Amar Singh Thapa
Wazir Akbar Khan|Akbar Khan@1839:1845
Ayub Khan (Emir of Afghanistan)|Ayub Khan@1879:1881
Carlo Pellion di Persano|Persano
Artemio Ricarte|Ricarte
Pattimura
Peter Carington, 6th Baron Carrington|Lord Carrington@1970:1990|Carrington@1970:1990
John Wodehouse, 1st Earl of Kimberley|Lord Kimberley@1870:1895
Alan Lennox-Boyd, 1st Viscount Boyd of Merton|Lennox-Boyd
Oliver Lyttelton, 1st Viscount Chandos|Oliver Lyttelton|Lyttelton@1951:1954
Duncan Sandys|Sandys@1950:1970
Reginald McKenna|McKenna@1908:1924
Leslie Hore-Belisha|Hore-Belisha
George Goschen, 1st Viscount Goschen|Goschen@1866:1907
Michael Hicks Beach, 1st Earl St Aldwyn|Hicks Beach
Nicholas Vansittart, 1st Baron Bexley|Vansittart@1812:1823
Robert Vansittart, 1st Baron Vansittart|Sir Robert Vansittart|Vansittart@1930:1941
William Joynson-Hicks, 1st Viscount Brentford|Joynson-Hicks|Jix@1924:1929
David Maxwell Fyfe, 1st Earl of Kilmuir|Maxwell Fyfe
Reginald Maudling|Maudling
Norman Lamont|Lamont@1990:1993
Anthony Crosland|Crosland@1956:1977
Quintin Hogg, Baron Hailsham of St Marylebone|Quintin Hogg|Lord Hailsham@1950:1987
Arthur Henderson|Henderson@1917:1934
Augustine Birrell|Birrell
George Wyndham|Wyndham@1900:1905
Hamar Greenwood, 1st Viscount Greenwood|Hamar Greenwood
John Simon, 1st Viscount Simon|Sir John Simon
Douglas Hurd|Hurd@1979:1995
George Villiers, 4th Earl of Clarendon|Lord Clarendon@1840:1870
Arthur Creech Jones|Creech Jones
Montagu Norman
John Montagu, 4th Earl of Sandwich|Lord Sandwich@1748:1782
Charles Townshend, 2nd Viscount Townshend|Turnip Townshend|Lord Townshend@1714:1730
Richard Cross, 1st Viscount Cross|R. A. Cross
James Chuter Ede|Chuter Ede
Merlyn Rees
Jim Prior
Leon Brittan|Brittan@1981:1999
John Nott|Nott@1979:1983
Francis Pym
Kenneth Clarke|Ken Clarke
Charles Wood, 1st Viscount Halifax|Sir Charles Wood
F. E. Smith, 1st Earl of Birkenhead|F. E. Smith|Lord Birkenhead@1919:1930|Birkenhead@1919:1930
Walter Runciman, 1st Viscount Runciman of Doxford|Lord Runciman@1931:1938
Eyre Crowe|Sir Eyre Crowe|Crowe@1904:1925
Alexander Cadogan|Sir Alexander Cadogan|Cadogan@1936:1950
Maurice Hankey, 1st Baron Hankey|Maurice Hankey|Hankey@1912:1938
Frederick Lindemann, 1st Viscount Cherwell|Lord Cherwell|Lindemann@1939:1945
Oliver Franks, Baron Franks|Oliver Franks
Christopher Soames|Lord Soames|Soames@1968:1981
Lee Stack|Sir Lee Stack
Hugh Childers|Childers@1868:1886
Philip Kerr, 11th Marquess of Lothian|Lord Lothian@1930:1940
Horace Wilson (civil servant)|Sir Horace Wilson
Frederick Marquis, 1st Earl of Woolton|Lord Woolton
Patrick Gordon Walker|Gordon Walker
Hugh Foot, Baron Caradon|Hugh Foot|Lord Caradon
George Lloyd, 1st Baron Lloyd|Lord Lloyd@1918:1941
Charles Elliot|Captain Elliot@1836:1842|Charles Elliot@1836:1842
William Napier, 9th Lord Napier|Lord Napier@1833:1834
Timothy Pickering|Pickering@1795:1800
Richard Olney|Olney@1893:1897
Christian Herter|Herter
Edmund Muskie|Muskie
Lawrence Eagleburger|Eagleburger
Andrew Mellon|Mellon@1921:1932
John Connally|Connally@1961:1974
Lloyd Bentsen|Bentsen
William Gibbs McAdoo|McAdoo@1913:1924
James Forrestal|Forrestal
Melvin Laird|Laird@1969:1973
James Schlesinger|Schlesinger@1973:1979
Dick Cheney|Cheney
Les Aspin|Aspin
Walt Whitman Rostow|Walt Rostow|Rostow@1961:1969
Brent Scowcroft|Scowcroft
Robert McFarlane|Bud McFarlane|McFarlane@1983:1987
John Poindexter|Poindexter
Marriner S. Eccles|Marriner Eccles|Eccles@1934:1948
Paul Volcker|Volcker
Alan Greenspan|Greenspan
William Colby|Colby@1973:1976
William J. Casey|Casey@1981:1987
Joseph P. Kennedy Sr.|Joseph P. Kennedy|Joseph Kennedy@1930:1945
Patrick J. Hurley|Hurley@1944:1946
Edwin Meese|Meese
Harry M. Daugherty|Daugherty@1921:1924
Charles Colson|Colson
David Stockman|Stockman@1981:1985
Hamilton Fish
Edward Stettinius Jr.|Stettinius
Warren Christopher
Simon Cameron
Newton D. Baker|Newton Baker
William McChesney Martin|McChesney Martin
Arthur F. Burns|Arthur Burns@1970:1978|Burns@1970:1978
Benjamin Strong Jr.|Benjamin Strong
Richard Helms|Helms@1965:1973
William Christian Bullitt Jr.|William Bullitt|Bullitt@1933:1941
Albert B. Fall|Albert Fall
Philander C. Knox|Knox@1901:1913
Henry Morgenthau Sr.|Morgenthau@1913:1919
Robert Rubin|Rubin@1993:1999
Colin Powell|Powell@1987:2000
William L. Marcy|Marcy@1845:1857
Caleb Cushing|Cushing@1843:1877
Charles Francis Adams Sr.|Charles Francis Adams
John J. McCloy|McCloy
Charles E. Bohlen|Bohlen
Jeane Kirkpatrick
Donald Rumsfeld|Rumsfeld
Richard Holbrooke|Holbrooke
Dwight Morrow|Morrow@1927:1930
Josephus Daniels
Spruille Braden|Braden@1945:1946
Gideon Welles|Welles@1861:1869
Elliott Abrams
George Ball (diplomat)|George Ball
Henry Lane Wilson
Jean-Baptiste de Machault d'Arnouville|Machault
François-Joachim de Pierre de Bernis|Cardinal Bernis|Bernis@1755:1758
Stéphen Pichon|Pichon@1906:1920
Yvon Delbos|Delbos
Georges Bonnet|Bonnet@1937:1940
Michel Jobert|Jobert
Claude Cheysson|Cheysson
Roland Dumas
Hubert Védrine|Védrine
Gaston Defferre|Defferre
Adolphe Messimy|Messimy
Marius Moutet|Moutet
Louis Lépine|Lépine@1893:1913
Eugène François Vidocq|Vidocq
Christian Pineau|Pineau@1955:1958
Jules Moch|Moch
Charles Pasqua|Pasqua
Gaston Alexandre Auguste, Marquis de Galliffet|Galliffet|Gallifet
Eugène Étienne
Achille Fould|Fould@1849:1867
Victor Duruy|Duruy@1863:1869
Philippe Berthelot|Berthelot@1914:1932
Jacques Foccart|Foccart
Jean-Pierre Chevènement|Chevènement|Chevenement
Pierre Joxe|Joxe@1981:1993
Louis Joxe|Joxe@1959:1962
Bernard Kouchner|Kouchner
Germain Louis Chauvelin|Chauvelin@1727:1737
Emmanuel-Armand de Richelieu, duc d'Aiguillon|Duc d'Aiguillon@1765:1775|Aiguillon@1771:1774
Claude Louis, Comte de Saint-Germain|Saint-Germain@1775:1777
Armand Marc, comte de Montmorin Saint-Hérem|Montmorin
Hugues-Bernard Maret, Duke of Bassano|Maret@1799:1815
Jean-Baptiste de Nompère de Champagny|Champagny
Jean-Étienne-Marie Portalis|Portalis
Anne Jean Marie René Savary|Savary@1810:1815
Konstantin von Neurath|Neurath
Walther Funk
Fritz Todt|Todt
Fritz Sauckel|Sauckel
Richard Walther Darré|Darré|Darre
Rudolf Havenstein|Havenstein
Wilhelm Stieber|Stieber
Wilhelm Frick|Frick@1930:1945
Walter Hallstein|Hallstein
Heinrich von Brentano|Brentano@1955:1961
Theodor Waigel|Theo Waigel|Waigel
Wolfgang Schäuble|Schäuble|Schauble
Hans Tietmeyer|Tietmeyer
Karl Otto Pöhl|Pöhl
Manfred Wörner|Wörner|Woerner
Otto Graf Lambsdorff|Lambsdorff@1977:1984
Karl Schiller
Egon Bahr|Bahr@1969:1990
Johann Heinrich von Bernstorff|Bernstorff@1908:1917
Bernhard Dernburg|Dernburg
Franz Gürtner|Gürtner
Lutz Graf Schwerin von Krosigk|Schwerin von Krosigk|Krosigk
Hans Lammers|Lammers@1933:1945
Herbert Backe|Backe
Arthur Greiser|Greiser
Erich Koch
Karl Hermann Frank|K. H. Frank
Herbert von Dirksen|Dirksen@1928:1939
Eugen Ott
Ernst von Weizsäcker|Ernst von Weizsacker
Fritz Schäffer|Schäffer@1949:1957
Hans Globke|Globke
Theodor Blank
Klaus Kinkel|Kinkel
Oskar Lafontaine|Lafontaine@1985:1999
Alexander Schalck-Golodkowski|Schalck-Golodkowski
Johann Philipp von Stadion|Stadion@1805:1809
Heinrich Karl von Haymerle|Haymerle
István Burián von Rajecz|Burián|Burian@1915:1918
Ludwig von Cobenzl|Cobenzl@1779:1805
Ernst Rüdiger Starhemberg|Starhemberg@1930:1936
Christian von Haugwitz|Haugwitz@1792:1806
Alexander Hoyos|Count Hoyos|Hoyos@1914:1914
Theodor Franz, Count Baillet von Latour|Latour@1848:1848
Johann Christoph von Wöllner|Wöllner|Woellner
Heinrich von Brühl|Brühl@1733:1763
Vladimir Lambsdorff|Lamsdorf@1900:1906|Lambsdorff@1900:1906
Mikhail Tereshchenko|Tereshchenko@1917:1917
Andrei Grechko|Grechko@1967:1976
Yevgeny Primakov|Primakov
Andrei Kozyrev|Kozyrev
Anatoly Chubais|Chubais
Dmitry Mikhaylovich Golitsyn|Golitsyn@1726:1737
Nikolai Golitsyn|Golitsyn@1916:1917
Fyodor Trepov|Trepov@1873:1878
Alexander Krivoshein|Krivoshein
Alexander Bulygin|Bulygin
Adolph Joffe|Joffe@1917:1927
Dmitri Shepilov|Shepilov
Viktor Chebrikov|Chebrikov
Nikolai Ogarkov|Ogarkov
Pavel Sudoplatov|Sudoplatov
Pavel Grachev|Grachev
Alexander Lebed|Lebed@1991:2000
Nikolai Repnin|Repnin@1763:1801
Emilio Visconti-Venosta|Visconti-Venosta
Tommaso Tittoni|Tittoni
Giuseppe Bottai|Bottai
Quintino Sella
Antonino Paternò Castello, 6th Marquis of San Giuliano|San Giuliano@1905:1914
Carlo Sforza|Count Sforza@1920:1952
Luigi Federzoni|Federzoni
Alfredo Rocco|Rocco@1925:1932
Achille Starace|Starace
Alessandro Pavolini|Pavolini
Cesare Maria De Vecchi|De Vecchi@1922:1945
Alberto De Stefani|De Stefani
José Patiño y Rosales|Patiño@1726:1736
Johan Willem Ripperda|Ripperda
Pablo de Olavide|Olavide
François Cabarrus|Cabarrús|Cabarrus
Francisco Martínez de la Rosa|Martínez de la Rosa
Pascual Madoz|Madoz
Juan Bravo Murillo|Bravo Murillo
Luis González Bravo|González Bravo
Segismundo Moret|Moret@1870:1913
Francisco Silvela|Silvela
Julio Álvarez del Vayo|Álvarez del Vayo|Alvarez del Vayo
Alberto Martín-Artajo|Martín-Artajo
Fernando María Castiella|Castiella
Mariano Navarro Rubio|Navarro Rubio
Alberto Ullastres|Ullastres
Laureano López Rodó|López Rodó
Afonso Costa
Ernesto Melo Antunes|Melo Antunes
Gijsbert Karel van Hogendorp|Van Hogendorp|Hogendorp
Simon van Slingelandt|Slingelandt
Laurens Pieter van de Spiegel|Van de Spiegel@1787:1795
Sicco Mansholt|Mansholt
Paul Hymans|Hymans
Pierre Harmel|Harmel
Christian Günther
Östen Undén|Undén
Halvdan Koht|Koht
Christian Ditlev Frederik Reventlow|Reventlow@1784:1797
Ove Høegh-Guldberg|Guldberg@1772:1784
Gustaf Adolf Reuterholm|Reuterholm
Czesław Kiszczak|Kiszczak
Mieczysław Rakowski|Rakowski@1981:1990
Leszek Balcerowicz|Balcerowicz
Krzysztof Skubiszewski|Skubiszewski
Józef Lipski|Lipski@1933:1939
Adam Rapacki|Rapacki
Florian Siwicki|Siwicki
Hugo Kołłątaj|Kołłątaj|Kollataj
Ignacy Potocki
Vladimír Clementis|Clementis
František Kriegel|Kriegel
Jiří Hájek
Jiří Dienstbier|Dienstbier
Oldřich Černík|Černík|Cernik
Mihály Farkas
Gábor Péter
Rezső Nyers|Nyers
Grigore Gafencu|Gafencu
Mihai Antonescu
Ion Mihai Pacepa|Pacepa
Koča Popović
Stylianos Pattakos|Pattakos
Nikolaos Makarezos|Makarezos
Spyros Markezinis|Markezinis
Evangelos Averoff|Averoff@1956:1981
Fatin Rüştü Zorlu|Zorlu
Tevfik Rüştü Aras|Tevfik Rüştü
Şükrü Saracoğlu|Saracoğlu|Saracoglu
Numan Menemencioğlu|Menemencioğlu
Boutros Boutros-Ghali|Boutros-Ghali
Ismail Fahmy
Mahmoud Riad
Abdel Latif Boghdadi|Boghdadi
Salah Salem
Pinhas Lavon|Lavon@1950:1961
Isser Harel
Moshe Arens|Arens@1983:1992
Ezer Weizman
Ali Hassan al-Majid|Chemical Ali
Abdul Halim Khaddam|Khaddam
Mustafa Tlass|Tlass
Hossein Fatemi|Fatemi
Nematollah Nassiri|Nassiri
Sadegh Ghotbzadeh|Ghotbzadeh
Ahmed Zaki Yamani|Yamani
Abdullah Tariki|Tariki
Abdessalam Jalloud|Jalloud
Junnosuke Inoue
Hayashi Tadasu
Qishan (official)|Qishan@1839:1842
Wenxiang
Ronglu
Yikuang, Prince Qing|Prince Qing@1884:1917
Sheng Xuanhuai
Weng Tonghe
Zaiyi, Prince Duan|Prince Duan
Gangyi
Tang Shaoyi
Cao Rulin
Wellington Koo|V. K. Wellington Koo
Dai Li
Bo Yibo
Luo Ruiqing
Huang Hua
Qian Qichen
Nguyễn Cơ Thạch|Nguyen Co Thach
Xuân Thủy|Xuan Thuy
Widjojo Nitisastro|Widjojo
Ibnu Sutowo
Carlos P. Romulo|Carlos Romulo
V. P. Menon
Muhammad Zafarullah Khan|Zafarullah Khan
José Yves Limantour|Limantour
Matías Romero
Luis N. Morones|Morones
Dalmacio Vélez Sarsfield|Vélez Sarsfield
Luis María Drago|Drago@1902:1907
Carlos Saavedra Lamas|Saavedra Lamas
Raúl Prebisch|Prebisch
José Alfredo Martínez de Hoz|Martínez de Hoz
Orlando Ramón Agosti|Agosti
Domingo Cavallo|Cavallo@1991:2001
José Toribio Merino|Merino@1973:1990
Gustavo Leigh|Leigh@1973:1978
César Mendoza
Manuel Contreras
Orlando Letelier|Letelier
Sergio de Castro
Irineu Evangelista de Sousa, Viscount of Mauá|Baron of Mauá|Mauá
Golbery do Couto e Silva|Golbery
Antônio Delfim Netto|Delfim Netto
Tomás Borge
Juan Pablo Pérez Alfonzo|Pérez Alfonzo
Eric Louw
Adriaan Vlok|Vlok
P. K. van der Byl|Van der Byl@1965:1979
Komla Agbeli Gbedemah|Gbedemah
Charles Njonjo|Njonjo
Percy Spender|Spender@1949:1951
Richard Casey, Baron Casey|Richard Casey
Rutherford Alcock|Alcock@1858:1871
Harry Parkes
Ernest Satow|Satow
Sir Robert Hart, 1st Baronet|Sir Robert Hart
Maurice Paléologue|Paléologue@1914:1917|Paleologue@1914:1917
Nevile Henderson|Sir Nevile Henderson
Joseph E. Davies|Joseph Davies
Ivan Maisky|Maisky
Anatoly Dobrynin|Dobrynin
Ralph Bunche|Bunche
Jean-Claude Trichet|Trichet
Wim Duisenberg|Duisenberg
Sir John Acton, 6th Baronet|Acton@1779:1806
Edmund Beaufort, 2nd Duke of Somerset|Somerset@1443:1455
William de la Pole, 1st Duke of Suffolk|Suffolk@1437:1450
Humphrey, Duke of Gloucester|Humphrey of Gloucester|Duke Humphrey
John of Lancaster, Duke of Bedford|Duke of Bedford@1414:1435|Bedford@1422:1435
Henry Beaufort|Cardinal Beaufort|Beaufort@1404:1447
Henry Stafford, 2nd Duke of Buckingham|Buckingham@1483:1483
Thomas Stanley, 1st Earl of Derby|Lord Stanley@1471:1504
William Hastings, 1st Baron Hastings|Lord Hastings@1461:1483
George Plantagenet, Duke of Clarence|Duke of Clarence@1461:1478|Clarence@1469:1478
Edward Stafford, 3rd Duke of Buckingham|Buckingham@1510:1521
Thomas Howard, 3rd Duke of Norfolk|Duke of Norfolk@1524:1547|Norfolk@1524:1547
Charles Brandon, 1st Duke of Suffolk|Charles Brandon|Suffolk@1514:1545
Archibald Campbell, 1st Marquess of Argyll|Argyll@1638:1661
James Graham, 1st Marquess of Montrose|Montrose@1639:1650
Henry I, Duke of Guise|Le Balafré|Henry of Guise|Duke of Guise@1563:1588
Michel de Marillac|Marillac@1624:1632
Anne Marie Louise d'Orléans, Duchess of Montpensier|La Grande Mademoiselle|Grande Mademoiselle
Anne Geneviève de Bourbon, Duchess of Longueville|Madame de Longueville|Duchess of Longueville
Armand de Bourbon, Prince of Conti|Prince of Conti@1648:1666
François de Vendôme, Duke of Beaufort|Duke of Beaufort@1643:1669
Mathieu Molé|Molé@1641:1656
Pierre Séguier|Séguier@1633:1672|Seguier@1633:1672
Jean Louis de Nogaret de La Valette, Duke of Épernon|Épernon@1580:1642|Epernon@1580:1642
Henri II de Montmorency|Montmorency@1625:1632
François de La Rochefoucauld (writer)|La Rochefoucauld@1648:1680
Georges d'Amboise|Cardinal d'Amboise
Antoine Duprat|Duprat
Bernard VII, Count of Armagnac|Count of Armagnac@1400:1418
Louis I, Duke of Orléans|Louis of Orléans@1392:1407
Jean Balue|Cardinal Balue
Jacques Cœur|Jacques Coeur
Gilles de Rais
Pierre Cauchon|Cauchon
Pedro González de Mendoza|Cardinal Mendoza
Jerzy Ossoliński|Ossoliński|Ossolinski
Jan Łaski (1456–1531)|Jan Łaski@1503:1531
Jan Długosz|Długosz|Dlugosz
István Werbőczy|Werbőczy|Werboczy
Péter Pázmány|Pázmány|Pazmany
Tamás Bakócz|Bakócz|Bakocz
Pál Tomori|Tomori
Jaroslav Bořita of Martinice|Martinitz
Vilém Slavata of Chlum and Košumberk|Slavata
Heinrich Matthias von Thurn|Count Thurn|Thurn@1618:1621
Karel the Elder of Žerotín|Žerotín@1590:1636
Jan Rokycana|Rokycana
Jan Želivský|Želivský|Zelivsky
Ulrich II of Rosenberg|Oldřich of Rožmberk
Melchior Klesl|Khlesl|Klesl
Saints Cyril and Methodius|Cyril and Methodius|Constantine and Methodius
Saint Boniface|Boniface@716:754|Wynfrith
Augustine of Canterbury|Augustine@596:605
Willibrord
Columba|Columba@563:597|Saint Columba|St Columba|Columcille|Colm Cille
Columbanus
Ansgar
Adalbert of Prague|Adalbert@982:997
Bruno of Querfurt
Otto of Bamberg
Hubert Walter
Robert Grosseteste|Grosseteste
Hincmar
Adhemar of Le Puy|Adhemar@1095:1098|Adhémar@1095:1098
Pelagio Galvani|Cardinal Pelagius|Pelagius@1217:1222
Guala Bicchieri|Guala
Pandulf Verraccio|Pandulf
Thomas Arundel|Archbishop Arundel
William of Wykeham
Pierre de Bérulle|Bérulle
Cyril Lucaris|Lucaris
Theodore the Studite
Gregory of Tours
Isidore of Seville
Leander of Seville
Cassiodorus
Wilfrid
Theodore of Tarsus
Einhard
Benedict of Aniane
Agobard
Ebbo
Willigis
Otto of Freising
Norbert of Xanten
Gerard Sagredo|Gellért@1030:1046
Paolo Sarpi|Sarpi
Richard Neville, 5th Earl of Salisbury|Salisbury@1450:1460
Henry Percy (Hotspur)|Hotspur
Henry Percy, 1st Earl of Northumberland|Northumberland@1399:1408
Michael de la Pole, 1st Earl of Suffolk|Suffolk@1383:1388
Robert de Vere, Duke of Ireland|Robert de Vere
Hugh Despenser the Younger|Despenser@1318:1326
Thomas, 2nd Earl of Lancaster|Thomas of Lancaster@1310:1322
Thomas of Woodstock, 1st Duke of Gloucester|Thomas of Woodstock
Peter des Roches
Roger of Salisbury
Robert, 1st Earl of Gloucester|Robert of Gloucester
Henry Vane the Younger|Vane@1640:1662
Edward Montagu, 2nd Earl of Manchester|Earl of Manchester@1642:1646
Charles Fleetwood|Fleetwood@1650:1660
Sir Arthur Haselrig, 2nd Baronet|Haselrig|Hesilrige
Denzil Holles, 1st Baron Holles|Denzil Holles|Holles@1629:1660
James Butler, 1st Duke of Ormond|Ormond@1641:1688|Ormonde@1641:1688
Red Hugh O'Donnell|Hugh Roe O'Donnell
Thomas FitzGerald, 10th Earl of Kildare|Silken Thomas
Gerald FitzGerald, 8th Earl of Kildare|Kildare@1478:1513|Garret Mór FitzGerald|Garret Mór|Gearóid Mór
James Douglas, Lord of Douglas|Black Douglas|Good Sir James
Andrew Moray|Andrew de Moray
Archibald Douglas, 5th Earl of Angus|Bell-the-Cat
John Stewart, Duke of Albany|Duke of Albany@1515:1536
James Hamilton, 1st Duke of Hamilton|Hamilton@1638:1649
Esmé Stewart, 1st Duke of Lennox|Lennox@1579:1583
Anne of France|Anne de Beaujeu
Arthur III, Duke of Brittany|Arthur de Richemont|Richemont@1424:1458
Bertrand du Guesclin|du Guesclin|Du Guesclin
Philippe de Commynes|Commynes|Commines
Francis, Duke of Anjou|Duke of Alençon@1566:1584|Duke of Anjou@1576:1584
Charles de Bourbon (cardinal)|Cardinal de Bourbon@1585:1590
Louis de Bourbon, Count of Soissons|Count of Soissons@1630:1641
César, Duke of Vendôme|César de Vendôme
Louis de Rouvroy, duc de Saint-Simon|Saint-Simon@1690:1755
Beltrán de la Cueva, 1st Duke of Alburquerque|Beltrán de la Cueva
Alonso Carrillo de Acuña|Archbishop Carrillo
Francisco de los Cobos y Molina|Francisco de los Cobos|Cobos@1520:1547
Ana de Mendoza, Princess of Eboli|Princess of Eboli
Luis Manuel Fernández de Portocarrero|Cardinal Portocarrero|Portocarrero@1677:1709
Bartolomé Carranza|Archbishop Carranza
Francisco Suárez
Francesco de' Pazzi
Jacopo de' Pazzi
Pier delle Vigne|Pier della Vigna|Peter de Vinea
Ezzelino III da Romano|Ezzelino
John of Capistrano|Giovanni da Capistrano|Capistrano@1450:1456
Engelbert II of Berg|Engelbert of Cologne
Florian Geyer
Per Brahe the Younger|Per Brahe
Corfitz Ulfeldt|Ulfeldt
Eskil (archbishop)|Archbishop Eskil
Hemming Gadh
Gustav Trolle|Trolle@1515:1521
Ulrich II, Count of Celje|Ulrich of Cilli|Cilli@1440:1456
Nicholas II Garai|Garai@1402:1433
János Vitéz|Vitéz@1440:1472
Michael Szilágyi|Szilágyi@1456:1460
Ladislaus Hunyadi
Juraj Križanić|Križanić|Krizanic
William of Pernštejn|Pernštejn@1490:1521
Václav Budovec of Budov|Budovec
John Amos Comenius|Comenius|Komenský
Lew Sapieha|Sapieha@1580:1633
Konstanty Wasyl Ostrogski|Ostrogski@1560:1608
Stanisław Orzechowski|Orzechowski
Stanisław Konarski|Konarski
August Aleksander Czartoryski
Michał Fryderyk Czartoryski
Boris Ivanovich Morozov|Boris Morozov@1633:1661|Morozov@1645:1661
Ivan Shuvalov|Shuvalov@1750:1761
Clement of Ohrid
Euthymius of Tarnovo
Arsenije III Čarnojević|Arsenije III|Čarnojević
Toribio de Benavente Motolinia|Motolinía|Motolinia
Juan de Zumárraga|Zumárraga
Vasco de Quiroga
Bernardino de Sahagún|Sahagún|Sahagun
Diego de Landa|Landa@1549:1579
Manuel da Nóbrega|Nóbrega
José de Anchieta|Anchieta
António Vieira|Vieira@1640:1697
Jean de Brébeuf|Brébeuf
Alessandro Valignano|Valignano
Roberto de Nobili
Eusebio Kino
Ramon Llull|Llull|Raymond Lull
John of Montecorvino|Montecorvino
Stanisław Staszic|Staszic
Stanisław Małachowski|Małachowski@1788:1792
Adam Mickiewicz|Mickiewicz
Juliusz Słowacki|Słowacki|Slowacki
Zygmunt Krasiński
Andrzej Towiański|Towiański
Ludwik Waryński|Waryński|Warynski
Ignacy Daszyński|Daszyński|Daszynski
Henryk Sienkiewicz|Sienkiewicz
Bolesław Prus
Eliza Orzeszkowa|Orzeszkowa
Edward Abramowski|Abramowski
Franciszek Ksawery Branicki|Branicki@1788:1795
Stanisław Szczęsny Potocki|Szczęsny Potocki
Seweryn Rzewuski
Julian Ursyn Niemcewicz|Niemcewicz
Tadeusz Rejtan|Rejtan
Jan Kiliński|Kiliński|Kilinski
Jakub Jasiński|Jasiński@1790:1794
Józef Wybicki|Wybicki
Maurycy Mochnacki|Mochnacki
Jarosław Dąbrowski
Ivan Kireyevsky|Kireyevsky|Kireevsky
Aleksey Khomyakov|Khomyakov|Khomiakov
Konstantin Aksakov
Ivan Aksakov
Yury Samarin|Samarin@1840:1876
Pyotr Chaadayev|Chaadayev|Chaadaev
Timofey Granovsky|Granovsky
Nikolay Stankevich|Stankevich@1831:1840
Nikolay Dobrolyubov|Dobrolyubov
Dmitry Pisarev|Pisarev
Nikolai Berdyaev|Berdyaev
Vladimir Solovyov (philosopher)|Solovyov@1874:1900
Nikolay Danilevsky|Danilevsky
Konstantin Leontiev|Leontiev@1860:1891
Sergei Petrovich Trubetskoy|Trubetskoy@1825:1826
Nikolay Karamzin|Karamzin
Nikolay Ogarev|Ogarev|Ogaryov
Nikolai Kibalchich|Kibalchich
Mikhail Petrashevsky|Petrashevsky
Mikhail Pogodin|Pogodin
Taras Shevchenko|Shevchenko@1840:1861
Mykhailo Drahomanov|Drahomanov
Dmytro Dontsov|Dontsov
Ismail Gasprinski|Gasprinski|Gaspirali
Mirsaid Sultan-Galiev|Sultan-Galiev|Sultan Galiev
Ilia Chavchavadze|Chavchavadze@1860:1907
Noe Zhordania|Zhordania
Fyodor Dan
Adamantios Korais|Korais|Koraes
Dositej Obradović|Dositej|Obradović@1780:1811
Vuk Karadžić|Vuk Karadzic
Paisius of Hilendar|Paisiy Hilendarski|Paisii Hilendarski
Sophronius of Vratsa|Sofroniy Vrachanski
Lyuben Karavelov|Karavelov
Ion Heliade Rădulescu|Heliade Rădulescu
Svetozar Marković
Naim Frashëri
Sami Frashëri
Ismail Qemali
Ion Dragoumis|Dragoumis
Georgios Karaiskakis|Karaiskakis
Germanos III of Old Patras|Germanos of Patras
Athanasios Diakos|Diakos
Georgi Benkovski|Benkovski
Dimitar Blagoev|Blagoev
Yane Sandanski|Sandanski
Todor Aleksandrov|Todor Alexandrov
Ivan Vazov|Vazov
Dimitrije Tucović|Tucović
C. A. Rosetti|Rosetti@1848:1885
Nicolae Iorga|Iorga
Anton Korošec|Korošec|Korosec
Eugen Kvaternik
Isa Boletini|Boletini
Karel Havlíček Borovský|Havlíček|Havlicek
Josef Jungmann|Jungmann@1800:1847
Josef Dobrovský|Dobrovský|Dobrovsky
Ľudovít Štúr|Štúr
Jan Kollár|Kollár
Pavel Jozef Šafárik|Šafárik|Safarik
József Eötvös|Eötvös@1840:1871
Ferenc Kölcsey|Kölcsey
Miklós Wesselényi (1796–1850)|Wesselényi@1830:1848
Mihály Táncsics|Táncsics|Tancsics
Ignác Martinovics|Martinovics
Ferenc Kazinczy|Kazinczy
Federico Confalonieri|Confalonieri@1815:1846
Silvio Pellico|Pellico
Alessandro Manzoni|Manzoni
Pietro Verri|Verri@1760:1797
Antonio Genovesi|Genovesi
Gaetano Filangieri|Filangieri@1770:1788
Vincenzo Cuoco|Cuoco
Antonio Rosmini|Rosmini
Anna Kuliscioff|Kuliscioff
Carlo Cafiero|Cafiero
Andrea Costa
Antonio Labriola|Labriola@1880:1900
Benedetto Croce|Croce
Giovanni Gentile
Gaetano Salvemini|Salvemini
Filippo Tommaso Marinetti|Marinetti
Enrico Corradini|Corradini
Piero Gobetti|Gobetti
Vilfredo Pareto
Francesco Domenico Guerrazzi|Guerrazzi
Aurelio Saffi|Saffi
Giuseppe La Farina|La Farina
Luigi Settembrini|Settembrini
Ugo Foscolo|Foscolo
Vittorio Alfieri|Alfieri@1770:1803
Mariano José de Larra|Larra@1828:1837
Jaime Balmes|Balmes
Juan Donoso Cortés|Donoso Cortés|Donoso Cortes
Francisco Giner de los Ríos|Giner de los Ríos
Joaquín Costa
Miguel de Unamuno|Unamuno
José Ortega y Gasset|Ortega y Gasset
Anselmo Lorenzo
Enric Prat de la Riba|Prat de la Riba
Blas Infante
Nicolás Salmerón
Joaquín Maurín|Maurín
Ángel Pestaña|Pestaña
Salvador Seguí|Seguí
Ramiro Ledesma Ramos|Ledesma Ramos
José Enrique Rodó|Rodó
José Vasconcelos|Vasconcelos@1910:1959
Manuel González Prada|González Prada
Servando Teresa de Mier|Fray Servando
Francisco Bilbao
José Victorino Lastarria|Lastarria
Euclides da Cunha
Gilberto Freyre|Freyre
Eugenio María de Hostos|Hostos
Simón Rodríguez
Juan Pablo Viscardo y Guzmán|Viscardo
Juan Montalvo|Montalvo@1860:1889
José Ingenieros|Ingenieros
Leopoldo Lugones|Lugones
Juan B. Justo
Lisandro de la Torre
Ignacio Ramírez
Ignacio Manuel Altamirano|Altamirano@1860:1893
Antonio Díaz Soto y Gama|Soto y Gama
Félix Varela|Varela@1820:1853
José Antonio Saco|Saco@1830:1879
Juan Gualberto Gómez
Enrique José Varona|Varona@1880:1933
Anténor Firmin|Firmin@1880:1911
Jean Price-Mars|Price-Mars
Isabelo de los Reyes
Emilio Jacinto
Ramakrishna
Keshub Chunder Sen|Keshub Chandra Sen
Debendranath Tagore
Jyotirao Phule|Phule|Jotirao Phule
Chittaranjan Das|C. R. Das
Henry Louis Vivian Derozio|Derozio
Pandita Ramabai
Syed Ameer Ali|Ameer Ali
Badruddin Tyabji|Tyabji
Romesh Chunder Dutt|R. C. Dutt
Bankim Chandra Chattopadhyay|Bankim Chandra|Bankim
Sister Nivedita
Bhikaiji Cama|Madame Cama
Shyamji Krishna Varma
Ram Manohar Lohia|Lohia
Vinoba Bhave
Narayana Guru|Sree Narayana Guru
Choudhry Rahmat Ali|Rahmat Ali
Yan Fu|Yen Fu
Wei Yuan
Gong Zizhen
Feng Guifen
Hong Rengan
Zhang Binglin|Zhang Taiyan
Zou Rong
Chen Tianhua
Liang Shuming
Zhang Jian
Peng Pai
Nguyễn Thái Học|Nguyen Thai Hoc
Philip Jaisohn|Seo Jae-pil
Ahn Chang-ho
Nakae Chōmin|Nakae Chomin
Ahmad Kasravi|Kasravi
Butrus al-Bustani
Abd al-Rahman al-Kawakibi|al-Kawakibi
Qasim Amin
Ahmed Lutfi el-Sayed
Taha Hussein
Rashid Rida|Rida@1897:1935
Sati' al-Husri|al-Husri
Edward Wilmot Blyden|Blyden
J. E. Casely Hayford|Casely Hayford
Cylon of Athens|Cylon@-640:-620
Isagoras
Callimachus (polemarch)|Callimachus@-490:-490
Xanthippus|Xanthippus@-490:-478
Aspasia|Aspasia@-450:-428
Phormio
Paches
Diodotus (son of Eucrates)|Diodotus@-430:-425
Thrasyllus|Thrasyllus@-412:-406
Cleophon
Androcles (demagogue)|Androcles@-420:-411
Peisander|Pisander@-420:-411
Antiphon|Antiphon the Sophist|Antiphon of Rhamnus
Phrynichus (oligarch)|Phrynichus@-420:-411
Phrynichus (tragic poet)|Phrynichus@-512:-476
Hecataeus of Miletus|Hecataeus|Hekataios
Phidias|Pheidias
Ictinus|Iktinos
Callicrates|Kallikrates@-470:-420
Anaxagoras
Protagoras
Pindar
Simonides of Ceos|Simonides
Gorgias
Lysias
Andocides
Isocrates
Meletus|Meletus@-405:-395
Hellanicus of Lesbos|Hellanicus
Ctesias
Diodorus Siculus
Pagondas
Pheidippides|Philippides@-495:-485
Megacles (son of Hippocrates)|Megacles@-500:-480
Agariste (mother of Pericles)|Agariste@-520:-470
Cleomedes (general)|Cleomedes@-420:-410
Tisias (general)|Tisias@-420:-410
Timaea
Antiochus (admiral)|Antiochus@-410:-405
Evagoras I|Evagoras@-411:-374
Pissuthnes|Pissuthnes of Sardis
Sitalces
Artabazus (son of Pharnaces)|Artabazus@-480:-449
Callias (son of Hipponicus)|Callias@-490:-440
Hipponicus (son of Callias)|Hipponicus@-440:-422
Thrasymachus
Hyperbolus
Lamachus
Tolmides
Myronides
Chares of Athens|Chares@-367:-333
Hypereides|Hyperides
Demades
Philocrates|Philocrates@-348:-343
Leosthenes
Leotychidas|Leotychides@-491:-469|Leotychidas@-491:-469
Eurybiades
Pleistoanax
Pausanias of Sparta|Pausanias@-409:-395
Callicratidas
Mindarus
Sthenelaidas
Antalcidas
Clearchus of Sparta|Clearchus@-410:-401
Phoebidas
Archidamus III|Archidamus@-360:-338
Agis III|Agis@-338:-331
Chilon of Sparta|Chilon
Jason of Pherae|Jason@-385:-370
Onomarchus
Chremonides
Demetrius of Pharos
Teuta
Theron of Acragas|Theron@-488:-472
Phalaris|Phalaris@-570:-550
Pittacus of Mytilene|Pittacus
Philotas|Philotas@-335:-330
Coenus|Coenus@-335:-326
Nearchus
Leonnatus
Peithon|Peithon@-330:-314
Harpalus
Attalus (general)|Attalus@-338:-336
Pausanias of Orestis|Pausanias@-336:-336
Cleomenes of Naucratis|Cleomenes@-331:-322
Peucestas
Sosibius|Sosibius@-221:-203
Spitamenes
Mazaeus|Mazaios
Ariobarzanes of Persis|Ariobarzanes@-331:-330
Atropates
Mentor of Rhodes|Mentor@-350:-340
Datames
Tiribazus
Megabazus
Inaros II|Inaros
Mausolus
Oroetes
Hannibal Mago
Hannibal Gisco
Maharbal
Publius Valerius Poplicola|Publicola|Poplicola|Valerius Publicola
Lucretia|Lucretia@-510:-509
Horatius Cocles|Horatius@-508:-508
Gaius Mucius Scaevola|Mucius Scaevola@-510:-505
Gaius Marcius Coriolanus|Coriolanus@-495:-485
Agrippa Menenius Lanatus|Menenius Agrippa
Spurius Cassius Vecellinus|Spurius Cassius
Spurius Maelius
Verginia|Verginia@-450:-449
Marcus Manlius Capitolinus|Manlius Capitolinus
Gaius Licinius Stolo|Licinius Stolo
Lucius Sextius Lateranus|Sextius@-376:-366
Lucius Papirius Cursor|Papirius Cursor
Gaius Pontius|Pontius@-321:-320
Manius Curius Dentatus|Curius Dentatus|Dentatus
Gaius Fabricius Luscinus|Fabricius@-285:-275
Brennus (4th century BC)|Brennus@-391:-387
Brennus (3rd century BC)|Brennus@-281:-278
Gaius Claudius Nero|Claudius Nero@-212:-207
Marcus Livius Salinator|Livius Salinator|Salinator
Gnaeus Cornelius Scipio Calvus|Scipio Calvus
Gaius Laelius|Laelius@-210:-190
Lucius Cornelius Scipio Asiaticus|Scipio Asiaticus
Manius Acilius Glabrio (consul 191 BC)|Acilius Glabrio@-192:-189|Glabrio@-192:-189
Gnaeus Manlius Vulso|Manlius Vulso
Gaius Popillius Laenas|Popillius Laenas|Popilius Laenas
Lucius Mummius Achaicus|Mummius
Quintus Caecilius Metellus Macedonicus|Metellus Macedonicus
Servius Sulpicius Galba (consul 144 BC)|Sulpicius Galba@-151:-144
Viriathus
Marcus Octavius|Octavius@-134:-133
Marcus Fulvius Flaccus (consul 125 BC)|Fulvius Flaccus@-125:-121
Gnaeus Mallius Maximus|Mallius Maximus
Publius Rutilius Rufus|Rutilius Rufus
Quintus Lutatius Catulus|Catulus@-102:-87
Quintus Lutatius Catulus Capitolinus|Catulus@-78:-61
Quintus Poppaedius Silo|Poppaedius Silo|Pompaedius Silo
Gaius Papius Mutilus|Papius Mutilus
Gaius Marius the Younger|Marius the Younger
Marcus Perperna Vento|Perperna|Perpenna
Marcus Aemilius Lepidus (consul 78 BC)|Lepidus@-80:-77
Gaius Manilius|Manilius@-67:-66
Publius Servilius Rullus|Rullus
Gaius Antonius Hybrida|Antonius Hybrida|Hybrida
Publius Cornelius Lentulus Sura|Lentulus Sura
Quintus Tullius Cicero|Quintus Cicero
Publius Vatinius|Vatinius
Lucius Calpurnius Piso Caesoninus (consul 58 BC)|Piso Caesoninus
Lucius Domitius Ahenobarbus (consul 54 BC)|Ahenobarbus@-58:-48|Domitius Ahenobarbus@-58:-48
Gaius Trebonius|Trebonius
Servilia (mother of Brutus)|Servilia@-64:-42
Calpurnia (wife of Caesar)|Calpurnia@-59:-44
Marcus Caelius Rufus|Caelius Rufus
Titus Pomponius Atticus|Atticus@-65:-32
Quintus Titurius Sabinus|Titurius Sabinus
Aulus Hirtius|Hirtius
Gaius Vibius Pansa Caetronianus|Vibius Pansa|Pansa@-44:-43
Lucius Munatius Plancus|Munatius Plancus|Plancus
Gaius Asinius Pollio|Asinius Pollio|Pollio@-45:5
Quintus Salvidienus Rufus|Salvidienus
Publius Canidius Crassus|Canidius
Gaius Sosius|Sosius
Titus Statilius Taurus|Statilius Taurus
Marcus Valerius Messalla Corvinus|Messalla Corvinus
Gaius Cornelius Gallus|Cornelius Gallus
Aelius Gallus
Iullus Antonius
Julia the Elder
Eunus
Crixus
Archelaus (general)|Archelaus@-89:-85
Boiorix
Sextus Julius Frontinus|Frontinus
Publius Clodius Thrasea Paetus|Thrasea Paetus|Thrasea
Helvidius Priscus
Marcus Antonius Primus|Antonius Primus
Aulus Caecina Alienus|Caecina@69:79
Fabius Valens
Livilla|Livilla@14:31
Lucilla|Lucilla@164:182
Sextus Tigidius Perennis|Perennis@180:185
Marcus Aurelius Cleander|Cleander@185:190
Quintus Aemilius Laetus|Aemilius Laetus|Laetus@191:193
Papinian
Timesitheus
Aureolus|Aureolus@258:268
Antinous|Antinous@123:130
Flavius Ablabius|Ablabius
Constantius Gallus|Gallus@351:354
Count Theodosius|Theodosius the Elder
Flavius Bauto|Bauto
Richomeres|Richomer
Quintus Aurelius Symmachus|Symmachus@380:402
Vettius Agorius Praetextatus|Praetextatus
Tribigild
Fravitta
Eutropius (consul 399)|Eutropius@395:399
Anthemius (praetorian prefect)|Anthemius@405:414
Chrysaphius
Aelia Eudoxia
Aegidius|Aegidius@456:465
Illus|Illus@474:488
Verina|Verina@457:484
Basiliscus
Theodoric Strabo
Vitalian (general)|Vitalian@513:520
Hypatius (consul 500)|Hypatius@500:532
Antonina (wife of Belisarius)|Antonina@530:565
Mundus (general)|Mundus@529:536
Sittas
Germanus (cousin of Justinian)|Germanus@527:550
Peter the Patrician
Ildibad
Priscus (general)|Priscus@588:613
Comentiolus
Philippicus (general)|Philippicus@582:603
Heraclius the Elder
Martina (empress)|Martina@613:641
Vahan (general)|Vahan@634:636
Gregory the Patrician
Edeko
Onegesius
Ardaric
Ellac
Helmichis
Odo the Great|Odo of Aquitaine|Eudo of Aquitaine|Odo@700:735
Ebroin
Erchinoald
Grimoald the Elder|Grimoald@643:657
Pepin of Landen
Arnulf of Metz
Plectrude
Ragenfrid
Carloman (mayor of the palace)|Carloman@741:747
Grifo|Grifo@741:753
Julian, Count of Ceuta|Count Julian|Julian@709:712
Rostam Farrokhzad|Rostam@630:636|Rustam@630:636
Shahrbaraz|Shahrvaraz
Shahin Vahmanzadegan|Shahin@602:626
Vistahm
Bozorgmehr|Buzurgmihr
Mihr Narseh
Farrukh Hormizd
Hormuzan
Boran|Boran@629:631|Borandukht
Kavad II
Abu Lu'lu'a Firuz|Abu Lu'lu'a
Aisha|Aisha@610:678|Aisha bint Abi Bakr
Fatima|Fatima@610:632|Fatima bint Muhammad|Fatimah bint Muhammad
Khadija bint Khuwaylid|Khadija@595:619
Hasan ibn Ali|Hasan@656:670
Abu Ubayda ibn al-Jarrah|Abu Ubayda@632:639|Abu Ubaidah@632:639
Sa'd ibn Abi Waqqas|Saad ibn Abi Waqqas
Yazid ibn Abi Sufyan
Shurahbil ibn Hasana
Al-Muthanna ibn Haritha|Muthanna ibn Haritha
Abu Ubayd al-Thaqafi
Abu Sufyan ibn Harb|Abu Sufyan@600:653
Hind bint Utba
Talha ibn Ubayd Allah|Talha@624:656
Al-Zubayr ibn al-Awwam|Zubayr ibn al-Awwam|Zubayr@624:656
Abd Allah ibn al-Zubayr|Ibn al-Zubayr|Abdallah ibn al-Zubayr
Mus'ab ibn al-Zubayr|Musab ibn al-Zubayr
Abd al-Rahman ibn Awf
Zayd ibn Thabit
Ja'far ibn Abi Talib
Abu Talib ibn Abd al-Muttalib|Abu Talib@600:619
Abu Lahab
Abu Jahl
Bilal ibn Rabah|Bilal@610:640
Salman the Persian|Salman al-Farsi
Usama ibn Zayd
Musaylimah|Musaylima
Tulayha
Uqba ibn Nafi|Uqba@666:683
Hassan ibn al-Nu'man|Hasan ibn al-Nu'man
Dihya|Dihya@690:703|Kahina@690:703|al-Kahina
Kusaila|Kasila
Al-Hajjaj ibn Yusuf|al-Hajjaj@692:714|Hajjaj@692:714
Ziyad ibn Abihi|Ziyad@660:673
Ubayd Allah ibn Ziyad|Ubaydallah ibn Ziyad|Ibn Ziyad@675:686
Muhammad ibn al-Qasim|Muhammad bin Qasim|Bin Qasim@711:715
Qutayba ibn Muslim|Qutayba@705:715|Qutaiba@705:715
Maslama ibn Abd al-Malik|Maslama@705:738
Mukhtar al-Thaqafi|Mukhtar@685:687|al-Mukhtar@685:687
Abu Muslim|Abu Muslim Khorasani|Abu Muslim@745:755
Nasr ibn Sayyar
Al-Muhallab ibn Abi Sufra|Muhallab@680:702
Ibn al-Ash'ath
Khalid al-Qasri
Zayd ibn Ali
Abd Allah ibn Sa'd|Ibn Abi Sarh
Abu Musa al-Ash'ari|Abu Musa@630:662
Al-Nu'man ibn Muqarrin|Nu'man ibn Muqarrin
Abd al-Rahman ibn Muljam|Ibn Muljam
Abd al-Rahman al-Ghafiqi|al-Ghafiqi|Abd ar-Rahman al-Ghafiqi
Al-Samh ibn Malik al-Khawlani|al-Samh@719:721
Abd al-Aziz ibn Musa
Samuel Akintola|Akintola
Chukwuma Kaduna Nzeogwu|Nzeogwu|Kaduna Nzeogwu
Philip Effiong|Effiong
Emmanuel Ifeajuna|Ifeajuna
Adewale Ademoyega|Ademoyega
Anthony Enahoro|Enahoro
Michael Okpara|Okpara
Moshood Abiola|M. K. O. Abiola|MKO Abiola|Abiola
Benjamin Adekunle|Adekunle@1967:1970
Theophilus Danjuma|T. Y. Danjuma|Danjuma@1966:1999
Festus Okotie-Eboh|Okotie-Eboh
Buka Suka Dimka|Dimka
Michael Imoudu|Imoudu
Isaac Adaka Boro|Adaka Boro
Mamman Vatsa|Vatsa
Gideon Orkar|Orkar
Tunde Idiagbon|Idiagbon
Shehu Musa Yar'Adua|Shehu Yar'Adua
K. O. Mbadiwe|Mbadiwe
Kojo Botsio|Botsio
Tawia Adamafio|Adamafio
Ebenezer Ako-Adjei|Ako Adjei|Ako-Adjei
Emmanuel Obetsebi-Lamptey|Obetsebi-Lamptey
Krobo Edusei|Edusei
George Alfred Grant|Paa Grant
Joseph Arthur Ankrah|Ankrah
Ronald Ngala|Ngala
Bildad Kaggia|Kaggia
Paul Ngei|Ngei
Fred Kubai|Kubai
Masinde Muliro|Muliro
Waruhiu Itote|Itote
Stanley Mathenge|Mathenge@1952:1956
Eliud Mathu|Mathu@1944:1957
Michael Blundell|Blundell@1948:1963
Mbiyu Koinange|Koinange@1945:1981
James Gichuru|Gichuru
Robert Ouko|Ouko
Kenneth Matiba|Matiba
Benedicto Kiwanuka|Kiwanuka@1958:1972
David Oyite-Ojok|Oyite-Ojok
Bazilio Olara-Okello|Olara-Okello
Bibi Titi Mohammed|Bibi Titi
Abdulrahman Mohamed Babu|A. M. Babu
Edward Sokoine|Sokoine
Justin Marie Bomboko|Justin Bomboko|Bomboko
Victor Nendaka Bika|Victor Nendaka|Nendaka
Gaston Soumialot|Soumialot
Nguza Karl-i-Bond|Karl-i-Bond
Évariste Kimba|Evariste Kimba|Kimba@1960:1966
Bob Denard|Denard
Jean Schramme|Schramme
Dominique Mbonyumutwa|Mbonyumutwa
Faustin Twagiramungu|Twagiramungu
Léon Mugesera|Mugesera|Leon Mugesera
Ferdinand Nahimana|Nahimana
Hassan Ngeze|Ngeze
Jean-Bosco Barayagwiza|Barayagwiza
Jean-Paul Akayesu|Akayesu
Félicien Kabuga|Kabuga|Felicien Kabuga
Agathe Habyarimana|Agathe Kanziga
Paul Rusesabagina|Rusesabagina
Théodore Sindikubwabo|Sindikubwabo|Theodore Sindikubwabo
Pierre Ngendandumwe|Ngendandumwe
Mac Maharaj
Joe Modise|Modise@1960:2000
Ronnie Kasrils|Kasrils
Alfred Bitini Xuma|A. B. Xuma|Xuma
Moses Kotane|Kotane
Yusuf Dadoo|Dadoo
Anton Lembede|Lembede
J. B. Marks
Z. K. Matthews
Allan Boesak|Boesak
Connie Mulder|Mulder@1968:1979
Hendrik van den Bergh
Oswald Pirow|Pirow
Albert Hertzog
Frederik van Zyl Slabbert|Van Zyl Slabbert|Slabbert
Charlotte Maxeke|Maxeke
Kaiser Matanzima|Matanzima
Lucas Mangope|Mangope
Lennox Sebe
Bantu Holomisa|Holomisa
Oupa Gqozo|Gqozo
Tsietsi Mashinini|Mashinini
Alfred Nzo|Nzo
Constand Viljoen
Manie Maritz|Maritz@1900:1940
Christiaan Frederick Beyers|Beyers@1900:1914
Lúcio Lara|Lucio Lara
Nito Alves
Marcelino dos Santos
Edgar Whitehead|Whitehead@1958:1962
Winston Field
Jeremiah Chirau|Chirau
James Chikerema|Chikerema
Edgar Tekere|Tekere
Solomon Mujuru|Rex Nhongo
Dumiso Dabengwa|Dabengwa
Peter Walls
Ken Flower
Simon Kapwepwe|Kapwepwe
Alice Lenshina|Lenshina
Henry Chipembere|Chipembere
Kanyama Chiume|Chiume
Orton Chirwa|Chirwa@1958:1983
Ntsu Mokhehle|Mokhehle
Mostefa Ben Boulaïd|Ben Boulaïd|Ben Boulaid
Didouche Mourad|Didouche
Rabah Bitat|Bitat
Mohamed Khider|Khider
Benyoucef Benkhedda|Benkhedda|Ben Khedda
Abdelhafid Boussouf|Boussouf
Lakhdar Bentobal|Bentobal
Ali La Pointe
Yacef Saâdi|Yacef Saadi
Djamila Bouhired|Bouhired
Amirouche Aït Hamouda|Colonel Amirouche|Amirouche
Zighout Youcef|Zighoud Youcef
Abdelhamid Ben Badis|Ben Badis
Tahar Zbiri|Zbiri
Kasdi Merbah|Merbah
Abassi Madani|Abbassi Madani|Madani@1989:1999
Ali Belhadj|Belhadj@1989:2000
Abdelkader Hachani|Hachani
Mustafa Bouyali|Bouyali
Antar Zouabri|Zouabri
Djamel Zitouni|Zitouni
Khaled Nezzar|Nezzar
André Zeller|Andre Zeller
Pierre Lagaillarde|Lagaillarde
Jean-Jacques Susini|Susini
Roger Degueldre|Degueldre
Paul Delouvrier|Delouvrier
Fouad Serageddin|Serageddin
Mohammed Abdel Ghani el-Gamasy|el-Gamasy|Gamasy
Ahmed Ismail Ali
Shams Badran
Abd al-Halim Abu Ghazala|Abu Ghazala
Mohammed Farid
Umar al-Tilmisani|Tilmisani
Hassan al-Hudaybi|Hudaybi|al-Hudaybi
Zaynab al-Ghazali
Abd al-Rahman al-Mahdi|Sayyid Abd al-Rahman al-Mahdi
Ali al-Mirghani
Mahmoud Mohamed Taha
Salah al-Din al-Sabbagh|al-Sabbagh@1939:1945
Ja'far Abu al-Timman|Abu al-Timman
Kamil Chadirji|Chadirji
Fadhil Abbas al-Mahdawi|Mahdawi
Abd al-Wahhab al-Shawwaf|Shawwaf
Ali Salih al-Sadi
Tahir Yahya
Hardan al-Tikriti
Abd al-Razzaq al-Nayif
Nadhim Kazzar|Kazzar
Izzat Ibrahim al-Douri|al-Douri|Izzat Ibrahim
Taha Yassin Ramadan
Barzan Ibrahim al-Tikriti|Barzan Ibrahim
Hussein Kamel al-Majid|Hussein Kamel
Uday Hussein
Qusay Hussein
Mohammad Mohammad Sadeq al-Sadr|Mohammad Sadiq al-Sadr|Sadiq al-Sadr
Mohammad Baqir al-Hakim|Baqir al-Hakim
Ahmed Chalabi|Chalabi@1990:2015
Jamil al-Midfai
Sami al-Hinnawi|Hinnawi|al-Hinnawi
Fawzi Selu
Abd al-Hamid al-Sarraj|al-Sarraj|Sarraj@1955:1962
Abd al-Karim al-Nahlawi|Nahlawi|al-Nahlawi
Ziad al-Hariri
Muhammad Umran|Umran@1963:1972
Salim Hatum|Hatum
Yusuf Zuayyin|Zuayyin
Khalid Bakdash|Bakdash
Marwan Hadid
Issam al-Attar
Ghazi Kanaan|Kanaan@1982:2005
Farouk al-Sharaa|al-Sharaa|Sharaa
Saadallah al-Jabiri
Maarouf al-Dawalibi|Dawalibi
Saeb Salam
Elie Hobeika|Hobeika
Antoine Lahad|Lahad
Saad Haddad
Imad Mughniyeh|Mughniyeh
Abbas al-Musawi
Subhi al-Tufayli|Tufayli
Mohammad Hussein Fadlallah|Fadlallah@1980:2010
George Hawi
Ali Abu Nuwar|Abu Nuwar
Hazza' al-Majali
Sulayman al-Nabulsi|Nabulsi@1954:1958
Zaid al-Rifai
Musa Kazim al-Husayni
Awni Abd al-Hadi
Nayef Hawatmeh|Hawatmeh
Wadie Haddad
Ahmed Jibril|Jibril@1968:2000
Ali Hassan Salameh
Farouk Kaddoumi|Kaddoumi|Abu Lutf
Ahmed Qurei|Abu Ala@1993:2006
Saeb Erekat|Erekat
Haidar Abdel-Shafi|Abdel-Shafi
Fathi Shaqaqi|Shaqaqi
Yahya Ayyash
Mousa Abu Marzouk|Abu Marzouk
Mohammed Dahlan
Jibril Rajoub|Rajoub
Issam Sartawi|Sartawi
Ghassan Kanafani|Kanafani
Yigael Yadin|Yadin
Haim Bar-Lev|Bar-Lev
David Elazar|Elazar@1967:1974
Mordechai Gur
Rafael Eitan
Yitzhak Sadeh
Eliyahu Golomb|Golomb
Yisrael Galili|Galili
Moshe Sneh|Sneh
Yitzhak Tabenkin|Tabenkin
Joseph Trumpeldor|Trumpeldor
Pinhas Rutenberg|Rutenberg
Menachem Ussishkin|Ussishkin
Nahum Sokolow|Sokolow
Teddy Kollek|Kollek
Pinhas Sapir|Sapir@1955:1975
Rehavam Ze'evi|Ze'evi
Meir Amit
Zvi Zamir
Aharon Yariv|Yariv
Eli Cohen
Shlomo Goren|Goren@1948:1983
Ovadia Yosef
Moshe Levinger|Levinger
Baruch Goldstein
Navvab Safavi
Mozaffar Baghai|Baghai
Hossein Makki|Makki@1950:1953
Karim Sanjabi|Sanjabi
Dariush Forouhar|Forouhar
Khalil Maleki|Maleki@1944:1969
Taghi Arani|Arani@1930:1940
Nureddin Kianuri|Kianuri
Ja'far Pishevari|Pishevari
Qazi Muhammad|Qazi Mohammad
Simko Shikak|Simko
Mohammad Taqi Pessian|Pessian
Asadollah Alam
Ardeshir Zahedi
Hassan Modarres|Modarres|Seyyed Hasan Modarres
Hossein Borujerdi|Borujerdi
Mohammad Kazem Shariatmadari|Shariatmadari
Mahmoud Taleghani|Taleghani
Morteza Motahhari|Motahhari
Sadegh Khalkhali|Khalkhali
Mohammad-Ali Rajai|Rajai
Mohammad-Javad Bahonar|Bahonar
Mir-Hossein Mousavi|Mousavi@1980:1990
Mostafa Chamran|Chamran
Ali Akbar Velayati|Velayati
Mohsen Rezaee
Bijan Jazani|Jazani
Maryam Rajavi
Govind Ballabh Pant|G. B. Pant
Rafi Ahmed Kidwai|Kidwai
Tej Bahadur Sapru|Sapru
Hakim Ajmal Khan|Ajmal Khan
Mukhtar Ahmed Ansari|M. A. Ansari
Bhulabhai Desai
Bhogaraju Pattabhi Sitaramayya|Pattabhi Sitaramayya|Sitaramayya
Purushottam Das Tandon|Tandon@1920:1962
J. B. Kripalani|Kripalani|Acharya Kripalani
Acharya Narendra Deva|Narendra Deva
Minoo Masani|Masani
Chhotu Ram
Baldev Singh
Hasrat Mohani
Hussain Ahmad Madani
Sukhdev Thapar|Sukhdev@1928:1931
Shivaram Rajguru|Rajguru@1928:1931
Batukeshwar Dutt
Jatindra Nath Das|Jatin Das
Ashfaqulla Khan
Prafulla Chaki
Barindra Kumar Ghosh
Sohan Singh Bhakna
Kartar Singh Sarabha
Madan Lal Dhingra|Dhingra
Lakshmi Sahgal|Captain Lakshmi
Potti Sriramulu
Qasim Razvi|Razvi@1946:1948
Deendayal Upadhyaya
E. M. S. Namboodiripad|Namboodiripad
A. K. Gopalan
S. A. Dange|Dange
B. T. Ranadive|Ranadive
Jyoti Basu
Kanu Sanyal
Y. B. Chavan|Chavan@1956:1984
S. Nijalingappa|Nijalingappa
C. N. Annadurai|Annadurai
M. Karunanidhi|Karunanidhi
M. G. Ramachandran|MGR
Jayalalithaa
N. T. Rama Rao|NTR
Bal Thackeray|Thackeray@1966:2012
George Fernandes|Fernandes@1967:2004
Devi Lal
Biju Patnaik
Sharad Pawar|Pawar@1978:2010
Kanshi Ram
Mayawati
Mulayam Singh Yadav
Lalu Prasad Yadav
Ashok Singhal|Singhal
Harchand Singh Longowal|Longowal
Laldenga
Sam Manekshaw|Manekshaw
K. M. Cariappa|Cariappa
Jagjit Singh Aurora
Choudhry Khaliquzzaman|Khaliquzzaman
Khizar Hayat Tiwana|Khizar Tiwana|Tiwana@1937:1947
Iftikhar Hussain Khan Mamdot|Mamdot
Mumtaz Daultana|Daultana
Abdul Qayyum Khan
G. M. Syed
Abul Hashim
Chaudhry Muhammad Ali
Feroz Khan Noon
Gul Hassan Khan
Rao Farman Ali|Farman Ali
Akhtar Abdur Rahman
Mirza Aslam Beg|Aslam Beg
Asghar Khan
Nusrat Bhutto
Mufti Mahmud
Ghaus Bakhsh Bizenjo|Bizenjo
Ataullah Mengal
Khair Bakhsh Marri
Akbar Bugti
Altaf Hussain
Ghulam Mustafa Khar
Syed Nazrul Islam
Muhammad Mansur Ali
A. H. M. Qamaruzzaman
M. A. G. Osmani|Osmani@1971:1975
Khaled Mosharraf|Mosharraf@1971:1975
Syed Farooq Rahman
Siraj Sikder|Sikder
Kader Siddique|Tiger Siddique
Ghulam Azam
Ponnambalam Arunachalam
Ponnambalam Ramanathan
A. E. Goonesinha|Goonesinha
Philip Gunawardena
Anton Balasingham|Balasingham
Uma Maheswaran
K. Pathmanabha|Pathmanabha
Ranjan Wijeratne|Wijeratne@1988:1991
U Ottama
Chit Hlaing|U Chit Hlaing
Thakin Kodaw Hmaing|Kodaw Hmaing
Thakin Mya
Smith Dun
Aung Gyi
Sein Lwin
Sukarni
Chaerul Saleh|Chairul Saleh
Wikana
Samanhudi
Semaun|Semaoen
Agus Salim
Soetomo|Dr. Soetomo
Tjipto Mangoenkoesoemo|Tjipto
Ki Hajar Dewantara|Dewantara
Ahmad Dahlan
Hasyim Asy'ari|Hasyim Asyari
Henk Sneevliet|Sneevliet
Mohammad Yamin
Soepomo
Supriyadi
Sutomo|Bung Tomo
Njoto
Sjam Kamaruzaman
Omar Dhani
Ali Sastroamidjojo|Sastroamidjojo
Djuanda Kartawidjaja|Djuanda
Sjafruddin Prawiranegara|Sjafruddin
Sumitro Djojohadikusumo
Daud Beureu'eh|Daud Beureueh
Kahar Muzakkar
Ventje Sumual
Hasan di Tiro|di Tiro
Wiranto
Amien Rais
Nicolau dos Reis Lobato|Nicolau Lobato
Lai Teck
Ibrahim Yaacob
Ahmad Boestamam|Boestamam
Burhanuddin al-Helmy
Tan Siew Sin
Lim Chong Eu
Harun Idris
Musa Hitam
Ghafar Baba
Devan Nair
Ong Eng Guan
Stephen Kalong Ningkan|Ningkan
Mustapha Harun|Tun Mustapha
Trần Trọng Kim|Tran Trong Kim
Trần Văn Hương|Tran Van Huong
Phan Huy Quát|Phan Huy Quat
Nguyễn Văn Hinh|Nguyen Van Hinh
Ngô Đình Cẩn|Ngo Dinh Can
Ngô Đình Thục|Ngo Dinh Thuc
Trịnh Minh Thế|Trinh Minh The
Lê Văn Viễn|Bay Vien|Bảy Viễn
Huỳnh Phú Sổ|Huynh Phu So
Phạm Công Tắc|Pham Cong Tac
Thích Trí Quang|Thich Tri Quang
Trần Văn Đôn|Tran Van Don
Tôn Thất Đính|Ton That Dinh
Trần Thiện Khiêm|Tran Thien Khiem
Nguyễn Chánh Thi|Nguyen Chanh Thi
Nguyễn Ngọc Loan|Nguyen Ngoc Loan
Ngô Quang Trưởng|Ngo Quang Truong
Cao Văn Viên|Cao Van Vien
Tạ Thu Thâu|Ta Thu Thau
Nguyễn An Ninh|Nguyen An Ninh
Bùi Quang Chiêu|Bui Quang Chieu
Phạm Quỳnh|Pham Quynh
Nguyễn Hải Thần|Nguyen Hai Than
Trần Phú|Tran Phu
Lê Hồng Phong|Le Hong Phong
Nguyễn Thị Minh Khai|Nguyen Thi Minh Khai
Nguyễn Chí Thanh|Nguyen Chi Thanh
Trần Văn Trà|Tran Van Tra
Nguyễn Hữu Thọ|Nguyen Huu Tho
Huỳnh Tấn Phát|Huynh Tan Phat
Trương Như Tảng|Truong Nhu Tang
Phạm Hùng|Pham Hung
Hoàng Văn Hoan|Hoang Van Hoan
Lê Đức Anh|Le Duc Anh
Son Ngoc Thanh
Sisowath Sirik Matak|Sirik Matak
In Tam
Cheng Heng
Lon Non
Penn Nouth
Son Sann
Tou Samouth
Son Sen
Hou Yuon
Hu Nim
Ieng Thirith
Khieu Ponnary
So Phim
Pen Sovan
Chea Sim
Sam Rainsy|Rainsy
Phetsarath Ratanavongsa|Phetsarath
Phoumi Nosavan|Phoumi@1958:1965
Vang Pao
Nouhak Phoumsavanh|Nouhak
Khuang Aphaiwong|Khuang
Seni Pramoj
Kukrit Pramoj
Phao Siyanon|Phao Sriyanond
Praphas Charusathien|Praphas
Chamlong Srimuang|Chamlong
Benigno Ramos
Pedro Abad Santos
Crisanto Evangelista
José W. Diokno|Jose Diokno|Diokno@1960:1987
Raul Manglapus|Manglapus
Jovito Salonga|Salonga
Blas Ople|Ople
Eduardo Cojuangco Jr.|Danding Cojuangco
Gregorio Honasan|Honasan
Hashim Salamat
Evaristo Estenoz|Estenoz
Pedro Ivonnet|Ivonnet
Carlos Baliño|Baliño
Rubén Martínez Villena|Martínez Villena
Lázaro Peña
Abel Santamaría
Haydée Santamaría
Faure Chomón
Armando Hart
Juan Almeida Bosque
Ramiro Valdés
Carlos Rafael Rodríguez
Raúl Roa García|Raúl Roa
Manuel Piñeiro
Alberto Bayo
Arnaldo Ochoa|Ochoa@1975:1989
Jorge Mas Canosa|Mas Canosa
Luis Posada Carriles|Posada Carriles
Orlando Bosch
Benoît Batraville|Batraville
Daniel Fignolé|Fignolé|Fignole
Louis Déjoie|Déjoie|Dejoie
Clément Barbot|Barbot@1957:1963
Luckner Cambronne|Cambronne@1961:1971
Jacques Roumain
Prosper Avril
Roger Lafontant|Lafontant
Marc Bazin
Emmanuel Constant|Toto Constant
Norman Manley|Manley@1938:1968
Michael Manley|Manley@1969:1997
Alexander Bustamante|Bustamante@1938:1944|Bustamante@1949:1967
Hugh Shearer|Shearer@1967:1972
Donald Sangster
Edward Seaga|Seaga
Leonard Howell
Amy Jacques Garvey
Amy Ashwood Garvey
Claudia Jones
Tubal Uriah Butler|Uriah Butler
Arthur Andrew Cipriani|Cipriani@1919:1945
Albert Gomes
Eric Williams
Yasin Abu Bakr
Cheddi Jagan|Jagan@1950:1997
Janet Jagan
Forbes Burnham|Burnham@1964:1985
Hubert Nathaniel Critchlow|Critchlow
Walter Rodney
Grantley Adams
Errol Barrow|Barrow@1961:1987
Tom Adams
Clement Payne
Eric Gairy|Gairy
Maurice Bishop
Bernard Coard|Coard
Hudson Austin
Lynden Pindling|Pindling
Vere Bird
John Compton
George Cadle Price
Elías Wessin y Wessin|Wessin
Antonio Imbert Barrera|Antonio Imbert
Donald Reid Cabral
Luis Muñoz Marín|Muñoz Marín|Munoz Marin
Lolita Lebrón
I. T. A. Wallace-Johnson|Wallace-Johnson
Thomas Quiwonkpa|Quiwonkpa
Prince Yormie Johnson
Sam Hinga Norman|Hinga Norman
Diallo Telli
Fily Dabo Sissoko
Mamadou Konaté
Daniel Ouezzin Coulibaly|Ouezzin Coulibaly
Gabriel d'Arboussier|d'Arboussier
Djibo Bakary
Sourou-Migan Apithy|Apithy
Justin Ahomadégbé-Tomêtin|Ahomadégbé|Ahomadegbe
Cheikh Anta Diop
André-Marie Mbida|Mbida
Ernest Ouandié|Ouandié
Jean-Hilaire Aubame|Aubame
Joseph Raseta|Raseta
Abderrahim Bouabid|Bouabid
Abdallah Ibrahim
Ahmed Dlimi|Dlimi
Hédi Nouira|Nouira
Bahi Ladgham|Ladgham
Mohamed Mzali|Mzali
Ahmed Ben Salah
Ali Mahdi Muhammad|Ali Mahdi
Germame Neway|Germame
Tafari Benti
Atnafu Abate
Duarte Lopes
Giovanni Antonio Cavazzi da Montecuccolo|Giovanni Antonio Cavazzi|Cavazzi
Luís Lopes de Sequeira|Luis Lopes de Sequeira|Lopes de Sequeira
Pedro IV of Kongo|Pedro IV@1695:1718
Ana Joaquina dos Santos e Silva|Ana Joaquina dos Santos|Dona Ana Joaquina
Francisco Félix de Sousa|Francisco Felix de Sousa|Francisco Félix de Souza|Félix de Sousa|Chacha de Souza|Chachá@1818:1849
Domingos José Martins|Domingos Martins@1840:1864
Hermenegildo Capelo|Capelo@1877:1885
Roberto Ivens|Ivens@1877:1885
António Enes|Antonio Enes|Enes@1890:1895
Ngungunhane|Gungunhana|Gungunyana|Ngungunyane
Manuel António de Sousa|Manuel Antonio de Sousa|Gouveia@1863:1892
Ngongo Lutete|Gongo Lutete
Rumaliza|Mohammed bin Khalfan
Francis Dhanis|Baron Dhanis|Dhanis
Guillaume Van Kerckhoven|Van Kerckhoven|van Kerckhoven
Léon Rom|Leon Rom
Théophile Wahis|Theophile Wahis|Wahis
Albert Thys|Thys@1885:1915
Edmond van Eetvelde|Van Eetvelde|van Eetvelde
Camille Coquilhat|Coquilhat
William Grant Stairs|William Stairs|Captain Stairs
Omer Bodson|Bodson
E. D. Morel|Edmund Dene Morel|Edmund Morel|Morel@1900:1913
George Washington Williams
William Henry Sheppard|William Sheppard@1890:1910
Alice Seeley Harris|Alice Harris@1898:1912
John Hobbis Harris|John Harris@1898:1912
George Grenfell (missionary)|George Grenfell@1878:1906
Maximilien Strauch|Strauch@1878:1885
Afua Kobi
Yaa Akyaa|Yaa Kyaa
Kwaku Dua I|Kwaku Dua Panin
Mensa Bonsu|Mensah Bonsu
Ntim Gyakari
Philip Quaque|Quaque
John Mensah Sarbah|Mensah Sarbah
James Africanus Horton|Africanus Horton|James Africanus Beale Horton|Africanus Beale Horton
James Willcocks|Willcocks@1898:1915
John Hawley Glover|Glover@1863:1874
Frederic Cardew|Cardew@1894:1900
Zachary Macaulay
Paul Cuffe|Cuffe
Madam Yoko|Yoko@1878:1906
Jehudi Ashmun|Ashmun
Pedro Blanco
Théodore Canot|Theodore Canot|Canot@1820:1850
Bibiana Vaz
Honório Pereira Barreto|Honorio Pereira Barreto|Honório Barreto
Alvise Cadamosto|Cadamosto|Ca' da Mosto|Alvise da Cadamosto
Nuno Tristão|Nuno Tristao
Dinis Dias
Antão Gonçalves|Antao Goncalves
Diogo de Azambuja|Azambuja@1481:1482
Fernão Gomes|Fernao Gomes
João Afonso de Aveiro|Afonso de Aveiro
Duarte Pacheco Pereira|Pacheco Pereira
Leo Africanus
Hangbe|Tassi Hangbe
Agontime|Na Agontime|Nan Agotime|Agotime
Hwanjile
Kpengla
Agonglo
Adandozan
Houegbadja|Wegbaja
Agoli-agbo|Agoli-Agbo
Archibald Dalzel|Dalzel
Frederick E. Forbes|Frederick Forbes@1849:1851
Sarah Forbes Bonetta|Sarah Bonetta
Gaha|Basorun Gaha|Bashorun Gaha|Bashorun Gaa|Basorun Gaa
Afonja|Are Ona Kakanfo Afonja
Shehu Alimi|Alimi@1817:1831
Atiba|Alaafin Atiba|Atiba Atobatele
Oluyole|Bashorun Oluyole|Basorun Oluyole
Kurunmi|Are Kurunmi
Ogunmola|Basorun Ogunmola
Ogedengbe|Ogedengbe Agbogungboro
Kosoko|Oba Kosoko
Akitoye|Oba Akitoye
Dosunmu|Docemo|Oba Dosunmu
Efunroye Tinubu|Madam Tinubu|Madame Tinubu|Tinubu@1840:1887
Efunsetan Aniwura|Efunsetan|Iyalode Efunsetan
Sodeke
Samuel Ajayi Crowther|Ajayi Crowther|Bishop Crowther|Crowther@1841:1891
Henry Townsend (missionary)|Henry Townsend@1842:1876|Townsend@1842:1876
Thomas Birch Freeman|Birch Freeman
Mojola Agbebi|Agbebi
Gilbert Thomas Carter|Gilbert Carter@1890:1897
Idia|Queen Idia|Iyoba Idia|Queen Mother Idia
Esigie|Oba Esigie
Ozolua|Oba Ozolua
Ologbosere
Ralph Moor
Harry Rawson|Rawson@1895:1897
Nana Olomu|Chief Nana@1884:1894
William Dappa Pepple|Dappa Pepple|King Pepple@1835:1866
Eyo Honesty II|Eyo Honesty|King Eyo@1836:1858
Frederick William Koko|King Koko|Koko@1889:1898
John Beecroft|Beecroft
Claude Maxwell MacDonald|Claude MacDonald@1889:1896
Mary Slessor|Slessor
Hope Masterton Waddell|Hope Waddell
Macgregor Laird
Dixon Denham|Denham@1821:1828
Gerhard Rohlfs|Rohlfs
William Balfour Baikie|Baikie
Friedrich Hornemann|Hornemann
Sámuel Teleki|Samuel Teleki|Count Teleki@1886:1895|Teleki@1886:1895
Ludwig von Höhnel|von Höhnel|Höhnel|Hohnel
Georg Schweinfurth|Schweinfurth
Wilhelm Junker|Junker@1875:1886
Paul Du Chaillu|Du Chaillu|du Chaillu
Oskar Lenz
Louis-Gustave Binger|Louis Binger|Binger
Parfait-Louis Monteil|Monteil@1890:1892
Paul Crampel|Crampel
Émile Gentil|Emile Gentil|Gentil@1895:1910
Fernand Foureau|Foureau
Amédée-François Lamy|Commandant Lamy|Lamy@1898:1900
Paul Voulet|Voulet
Julien Chanoine|Chanoine@1896:1899
James Bruce|Bruce@1768:1773
Francisco Álvares|Francisco Alvares
Jerónimo Lobo|Jeronimo Lobo
James Augustus Grant
Florence Baker
Karl Mauch|Mauch
Alexine Tinne|Tinne
Romolo Gessi|Gessi
Vittorio Bottego|Bottego
William Cotton Oswell|Oswell
Werner Munzinger|Munzinger
Henri Duveyrier|Duveyrier
Johann Ludwig Krapf|Ludwig Krapf|Krapf
Johannes Rebmann|Rebmann
Gidado dan Laima|Waziri Gidado|Gidado
Modibbo Adama|Adama@1806:1847
Buba Yero
Malam Dendo|Mallam Dendo|Dendo
Umaru Nagwamatse|Nagwamatse
Ali Dinar|Sultan Ali Dinar
Valentine Baker|Baker Pasha
Alboury Ndiaye|Alboury N'Diaye|Alburi Ndiaye|Alboury@1875:1901
Maba Diakhou Bâ|Maba Diakhou Ba|Ma Ba@1861:1867|Maba@1861:1867
Fodi Kabba|Fodé Kaba|Fode Kaba|Fodi Kabba Dumbuya
Musa Molo|Moussa Molo
Ndaté Yalla Mbodj|Ndate Yalla Mbodj|Ndaté Yalla|Ndate Yalla
El Hadji Malick Sy|El Hadj Malick Sy|Malick Sy@1880:1922
Alfa Yaya|Alpha Yaya
Bokar Biro
Karamokho Alfa|Karamoko Alfa
Abdul Kader Kane|Abd al-Qadir Kan|Abdul Qadir Kan|Abdul Kader Kan
Xavier Coppolani|Coppolani
Tiéba Traoré|Tieba Traore|Tiéba@1866:1893|Tieba@1866:1893
Gustave Borgnis-Desbordes|Borgnis-Desbordes
Louis Alexandre Brière de l'Isle|Brière de l'Isle|Briere de l'Isle
Eugène Bonnier|Bonnier@1893:1894
Ernest Roume|Roume
William Merlaud-Ponty|William Ponty|Ponty@1904:1915
Noël Ballay|Noel Ballay|Ballay
Ahmed Bey of Constantine|Hadj Ahmed Bey
Cheikh Mokrani|Muhammad al-Mokrani|Mokrani
Lalla Fatma N'Soumer|Fatma N'Soumer|Lalla Fatma
Khalid bin Barghash
Hamad bin Thuwaini
Majid bin Said|Sultan Majid@1856:1870
John Kirk (explorer)|John Kirk@1858:1887|Kirk@1866:1887
Lloyd Mathews|Mathews@1877:1901
Emily Ruete|Sayyida Salme|Salme@1844:1924
Nabongo Mumia|Mumia@1880:1926
Waiyaki wa Hinga|Waiyaki@1880:1892
Koitalel Arap Samoei|Koitalel|Koitalel arap Samoei
Mekatilili wa Menza|Mekatilili|Me Katilili
Lenana|Olonana
Mbatian
Frederick John Jackson|Frederick Jackson@1889:1911
Gerald Portal|Portal@1892:1894
Charles Eliot (diplomat)|Charles Eliot@1900:1904
Hugh Cholmondeley, 3rd Baron Delamere|Lord Delamere|Delamere@1897:1931
Ewart Grogan|Grogan
Percy Girouard|Girouard
Alexander Murdoch Mackay|Alexander Mackay@1876:1890|Mackay@1876:1890
Charles Lwanga
Joseph Mukasa Balikuddembe|Joseph Mukasa
James Hannington|Bishop Hannington|Hannington
Alfred Tucker|Bishop Tucker
Siméon Lourdel|Simeon Lourdel|Père Lourdel|Pere Lourdel|Lourdel
Stanislaus Mugwanya|Mugwanya
Ham Mukasa
Nyungu ya Mawe
Emil von Zelewski|von Zelewski|Zelewski
Tom von Prince
Heinrich Schnee|Schnee@1912:1919
Jesko von Puttkamer|Puttkamer@1895:1907
Rudolf Duala Manga Bell|Duala Manga Bell|Manga Bell
Jonker Afrikaner
Heinrich Ernst Göring|Heinrich Göring|Heinrich Goering
Curt von François|Curt von Francois|von François@1889:1894
Charles Rudd|Rudd@1888:1890
John Smith Moffat
Mpezeni
M'Mbelwa|Mbelwa|Mombera
Mlozi|Mlozi bin Kazbadema
Joseph Booth (missionary)|Joseph Booth@1892:1915
Elliot Kamwana|Kamwana
Alfred Sharpe|Sharpe@1891:1910
Lewanika|Lewanika I|Lubosi
François Coillard|Francois Coillard|Coillard
Robert Coryndon|Coryndon
Sechele I|Sechele
Bathoen I|Bathoen@1889:1910
Sebele I|Sebele@1892:1911
Montshiwa|Montshioa
John Mackenzie (missionary)|John Mackenzie@1858:1899
Charles Warren|Sir Charles Warren|Warren@1884:1900
Walter Rubusana|Rubusana
John Tengo Jabavu|Tengo Jabavu|Jabavu@1884:1921
Tiyo Soga
Abdullah Abdurahman|Abdurahman@1904:1940
Letsie I|Letsie@1870:1891
Masopha|Masupha
Lerotholi|Lerotholi Letsie
Moorosi
Sekonyela|Sikonyela
Mohlomi
Eugène Casalis|Eugene Casalis|Casalis
Thomas Arbousset|Arbousset
Ngqika|Gaika
Ndlambe
Makhanda (prophet)|Makhanda|Makana@1812:1819|Nxele
Sandile|Sandile kaNgqika
Ntsikana
Mlanjeni
Mhlakaza
Sekwati|Sekwati I
Makhado|Makhado Ramabulana
Nicolaas Waterboer
Andries Stockenström|Stockenström|Stockenstrom
Hercules Robinson, 1st Baron Rosmead|Hercules Robinson|Lord Rosmead
John Molteno|John Charles Molteno|Molteno
John Gordon Sprigg|Gordon Sprigg|Sprigg
Thomas Upington|Upington@1878:1898
John X. Merriman|John Xavier Merriman|Merriman@1875:1910
W. P. Schreiner|William Philip Schreiner
Olive Schreiner
James Rose Innes|Rose Innes
Harry Escombe|Escombe
Owen Lanyon|Lanyon
Willem Adriaan van der Stel|Van der Stel@1700:1708|van der Stel@1700:1708
Adam Tas
Autshumato|Autshumao|Harry the Strandloper
Krotoa
Johannes van der Kemp|Van der Kemp|van der Kemp
John Philip (missionary)|Dr John Philip|John Philip@1819:1851
John William Colenso|Bishop Colenso
Louis Tregardt|Louis Trichardt|Tregardt|Trichardt
Sarel Cilliers|Cilliers@1836:1871
Piet Uys|Uys@1836:1838
Mkabayi kaJama|Mkabayi
Mhlangana
Ndlela kaSompisi|Ndlela
Hamu kaNzibe|Hamu@1872:1887
Henry Francis Fynn|Fynn
John Chard|Chard@1879:1879
Gonville Bromhead|Bromhead
Labotsibeni Mdluli|Labotsibeni|Gwamile
Mbandzeni
Schalk Willem Burger|Schalk Burger|Burger@1896:1902
Ben Viljoen|Viljoen@1899:1902
Jopie Fourie|Fourie@1914:1914
Gideon Scheepers|Scheepers
Danie Theron|Theron@1899:1900
Deneys Reitz
Willem Johannes Leyds|Leyds
Julius Wernher|Wernher
Mentewab|Empress Mentewab
Mikael Sehul|Ras Mikael Sehul|Ras Mikael@1750:1779
Wube Haile Maryam|Dejazmach Wube|Wube@1831:1855
Sahle Selassie|Sahle Sellase
Tekle Haymanot of Gojjam|Negus Tekle Haymanot
Mikael of Wollo|Negus Mikael|Ras Mikael@1900:1918
Gobana Dacche|Ras Gobana
Tessema Nadew|Ras Tessema
Habte Giyorgis Dinagde|Habte Giyorgis|Fitawrari Habte Giyorgis
Balcha Safo|Dejazmach Balcha
Walter Plowden|Plowden@1843:1860
Hormuzd Rassam|Rassam
Alfred Ilg|Ilg
Pietro Antonelli|Antonelli@1882:1896
Pietro Toselli|Toselli
Giuseppe Galliano|Galliano@1895:1896
Giuseppe Arimondi|Arimondi
Matteo Albertone|Albertone
Vittorio Dabormida|Dabormida
Tommaso De Cristoforis|De Cristoforis
Jacob Morenga|Jakob Morenga|Jakob Marengo|Jacob Marengo|Morenga|Marengo@1903:1907
Emily Hobhouse|Miss Hobhouse
Nzinga a Nkuwu|João I of Kongo
Álvaro I of Kongo|Alvaro I of Kongo|Álvaro I@1568:1587|Alvaro I@1568:1587
Diogo I of Kongo|Diogo I@1545:1561
Ahmad Baba al-Timbukti|Ahmad Baba
Abba Jifar II
Charles Chaillé-Long|Chaillé-Long|Chaille-Long
Sulayman Bal
Maguiguana Khossa|Maguiguana
Mandume ya Ndemufayo|Mandume
Langalibalele|Langalibalele kaMthimkhulu
Mbuyazi|Mbuyazi kaMpande
Stephanus Schoeman|Schoeman@1855:1864
Jan Willem Janssens|Janssens@1803:1811
Jacob Abraham de Mist|De Mist@1803:1805|de Mist@1803:1805
Anne-Marie Javouhey|Javouhey
Daniele Comboni|Comboni
Henry Shelton Sanford|Sanford@1876:1885
Diego de Almagro II|Almagro the Younger
Juan de Garay|Garay@1570:1583
Domingo Martínez de Irala|Irala@1535:1556
Francisco Hernández de Córdoba (Yucatán conquistador)|Hernández de Córdoba@1516:1518
Juan de Grijalva|Grijalva@1515:1527
Nuño Beltrán de Guzmán|Nuño de Guzmán|Nuno de Guzman
Cristóbal de Olid|Olid@1519:1524
Gonzalo de Sandoval|Sandoval@1519:1528
Alonso de Ojeda|Ojeda@1495:1515
Pedro Sarmiento de Gamboa|Sarmiento de Gamboa
Gerónimo de Aguilar|Aguilar@1511:1531
Junípero Serra|Junipero Serra|Father Serra
Turibius of Mogrovejo|Toribio de Mogrovejo|Mogrovejo
Antonio de Mendoza|Mendoza@1535:1552
Luis de Velasco y Ruiz de Alarcón|Luis de Velasco@1550:1564
Francisco Hernández Girón|Hernández Girón|Hernandez Giron
Estácio de Sá|Estacio de Sa
John Maurice, Prince of Nassau-Siegen|Johan Maurits|John Maurice of Nassau
Antoine de la Mothe Cadillac|Cadillac@1694:1717
François de Laval|Laval@1658:1688|Bishop Laval
Paul de Chomedey de Maisonneuve|Maisonneuve@1641:1665
Marie of the Incarnation (Ursuline)|Marie de l'Incarnation
Kateri Tekakwitha|Tekakwitha
Red Jacket
Hiawatha
Cornstalk
Patrick Henry
Nathan Hale
Gouverneur Morris
Robert Morris (financier)|Robert Morris@1775:1800
Richard Henry Lee
George Mason
Charles Pinckney (governor)|Charles Pinckney
Rufus King
Benjamin Wade|Ben Wade|Wade@1851:1869
Alexander H. Stephens|Alexander Stephens|Stephens@1861:1865
Judah P. Benjamin|Judah Benjamin
Robert Toombs|Toombs
Mirabeau B. Lamar|Mirabeau Lamar
William Clark|Clark@1803:1806
Zebulon Pike|Pike@1805:1813
Sacagawea|Sacajawea
James G. Birney|Birney
Martin Delany|Delany
Robert Smalls|Smalls
Blanche Bruce|Blanche K. Bruce
Thomas E. Watson|Tom Watson@1890:1922
John Muir
Hiram Johnson
Oliver Wendell Holmes Jr.|Justice Holmes
David E. Lilienthal|Lilienthal@1933:1950
Robert A. Taft|Taft@1939:1953
Arthur Vandenberg|Vandenberg@1928:1948
Sam Rayburn|Rayburn
Thomas Nast|Nast
Marcus Whitman|Whitman@1836:1847
Philip St. George Cooke
Topa Inca Yupanqui|Tupac Inca Yupanqui|Túpac Inca Yupanqui|Topa Inca
Rumiñahui|Ruminahui
Tecun Uman|Tecún Umán
Galvarino
Calfucurá|Calfucura
Anacaona
Guaicaipuro
Jacinto Canek|Canek@1761:1761
Kintpuash
Chief Seattle
Standing Bear
Sarah Winnemucca|Winnemucca
Ely S. Parker|Ely Parker
Crowfoot
Cajeme
Mariano Matamoros
Ignacio López Rayón|López Rayón|Rayón@1810:1817
Carlos María de Alvear|Alvear@1812:1835
José de la Mar|La Mar@1822:1830
Bernardo Reyes
Félix Díaz (politician)|Félix Díaz|Felix Diaz
Rafael Reyes Prieto|Rafael Reyes
Laura Secord|Secord
Charles-Michel de Salaberry|Salaberry
John Strachan|Strachan@1812:1867
Egerton Ryerson|Ryerson
Maurice Duplessis|Duplessis@1927:1959
Tommy Douglas
J. S. Woodsworth|Woodsworth
Lionel Groulx|Groulx
Amor De Cosmos
Simon Fraser (explorer)|Simon Fraser@1805:1820
Alexander Mackenzie (explorer)|Sir Alexander Mackenzie@1789:1820
Ernest Lapointe|Lapointe@1919:1941
C. D. Howe|C.D. Howe
Thomas Douglas, 5th Earl of Selkirk|Lord Selkirk|Selkirk@1803:1820
Thomas Scott (Orangeman)|Thomas Scott@1869:1870
John Abbott|J. J. C. Abbott
John Sparrow David Thompson|John Thompson@1885:1894
Mackenzie Bowell|Bowell
Frederick Haldimand|Haldimand
John Randolph of Roanoke|John Randolph@1799:1833
DeWitt Clinton|De Witt Clinton
George Clinton (vice president)|George Clinton@1777:1812
Thurlow Weed|Weed@1830:1865
John P. Hale|John Parker Hale
Joshua Reed Giddings|Joshua Giddings|Giddings@1838:1864
Gerrit Smith
Lewis Tappan
Arthur Tappan
David Walker (abolitionist)|David Walker@1829:1830
Henry Highland Garnet|Garnet@1840:1882
William Still
Levi Coffin
Cassius Marcellus Clay (politician)|Cassius M. Clay@1840:1890
Owen Lovejoy
Lyman Trumbull|Trumbull@1855:1873
Robert Barnwell Rhett|Barnwell Rhett
William Lowndes Yancey|Yancey
Edmund Ruffin|Ruffin@1840:1865
James Henry Hammond|James Hammond@1835:1864
John Bell (Tennessee politician)|John Bell@1859:1861
John J. Crittenden|Crittenden@1840:1863
Howell Cobb|Cobb@1849:1868
Henry A. Wise|Henry Wise@1856:1865
James Murray Mason|James M. Mason@1850:1865
Christopher Memminger|Memminger
Stephen Mallory|Mallory@1861:1865
Zebulon Baird Vance|Zebulon Vance
Joseph E. Brown|Joseph Brown@1857:1865
Clement Vallandigham|Vallandigham
Fernando Wood
Horatio Seymour|Seymour@1862:1868
John A. Andrew|John Andrew@1861:1866
Hannibal Hamlin|Hamlin@1848:1869
Montgomery Blair
Edward Bates|Bates@1861:1864
Henry Winter Davis|Winter Davis
George Washington Julian|George W. Julian
John Bingham|Bingham@1865:1873
Schuyler Colfax|Colfax@1863:1872
Oakes Ames
Adelbert Ames
William Woods Holden|William W. Holden
Henry C. Warmoth|Warmoth
P. B. S. Pinchback|Pinchback
Joseph Rainey|Rainey@1870:1879
John R. Lynch|John Roy Lynch
Robert B. Elliott|Robert Brown Elliott
Albion W. Tourgée|Tourgée|Tourgee
Benjamin Tillman|Ben Tillman|Pitchfork Ben|Tillman@1890:1918
James K. Vardaman|Vardaman
Lucius Quintus Cincinnatus Lamar II|L. Q. C. Lamar
Henry W. Grady|Henry Grady
Mary Church Terrell
William Monroe Trotter|Monroe Trotter
James Weldon Johnson
Walter Francis White|Walter White@1918:1955
Thomas Brackett Reed|Thomas B. Reed
George W. Norris|George Norris
Albert J. Beveridge
Henry George
Carrie Nation
Leland Stanford
Daniel De Leon|De Leon@1890:1914
Morris Hillquit|Hillquit
Walter Lippmann|Lippmann@1914:1974
Owen D. Young|Owen Young
Bernard Baruch|Baruch@1917:1946
George Creel|Creel@1917:1919
D. C. Stephenson|Stephenson@1922:1925
Jesse H. Jones|Jesse Jones@1932:1945
Thomas Gardiner Corcoran|Tommy Corcoran
Hugo Black
Harlan F. Stone|Harlan Stone
Robert Moses|Robert Moses@1924:1968
Herbert H. Lehman|Herbert Lehman
Floyd B. Olson|Floyd Olson
Dorothy Day
William Z. Foster
Harry Bridges
Martin Dies Jr.|Martin Dies
Hamilton Fish III
Richard Mentor Johnson|Richard M. Johnson
William Quantrill|Quantrill
Henry Wirz|Wirz
Dorothea Dix
Mary Boykin Chesnut|Mary Chesnut
Rose O'Neal Greenhow|Rose Greenhow
William S. Harney|Harney@1846:1863
Richard Henry Pratt
Helen Hunt Jackson
Henry L. Dawes|Henry Dawes
John Collier (reformer)|John Collier@1933:1945
Enrique Dupuy de Lôme|Dupuy de Lôme@1897:1898|De Lôme
Walter Reed
Philippe-Jean Bunau-Varilla|Bunau-Varilla
William C. Gorgas|Gorgas
George Washington Goethals|Goethals
Manuel Amador Guerrero|Amador Guerrero
Juana Inés de la Cruz|Sor Juana
Inca Garcilaso de la Vega|Garcilaso de la Vega@1560:1616|El Inca Garcilaso
Felipe Guaman Poma de Ayala|Guaman Poma|Poma de Ayala
Antonio de Ulloa|Ulloa@1735:1795
Carlos de Sigüenza y Góngora|Sigüenza y Góngora
José de Acosta
Peter Claver|Pedro Claver
Rose of Lima|Santa Rosa de Lima
Martin de Porres|Martín de Porres
Peter of Ghent|Pedro de Gante
Antonio María de Bucareli y Ursúa|Bucareli
Carlos Francisco de Croix, Marquis of Croix|Marquis of Croix
Teodoro de Croix
Antonio Caballero y Góngora|Caballero y Góngora
José Antonio Galán|Galán@1781:1782
Juan Francisco Berbeo|Berbeo
Tomás Katari|Tomas Katari
Domingos Jorge Velho|Jorge Velho
Juan José Paso
Gregorio Funes|Deán Funes
José Rondeau|Rondeau@1810:1829
Mariano Osorio|Osorio@1814:1818
Casimiro Marcó del Pont|Marcó del Pont|Marco del Pont
Camilo Henríquez|Camilo Henriquez
Mateo de Toro Zambrano|Toro Zambrano
Juan Martínez de Rozas|Martínez de Rozas
Jerónimo Valdés
Francisco Tomás Morales|Tomás Morales@1814:1823
Juan Germán Roscio|Roscio
José Prudencio Padilla|Almirante Padilla
Francisco José de Caldas|Caldas@1808:1816
Policarpa Salavarrieta|La Pola|Policarpa
Atanasio Girardot|Girardot
José Antonio Anzoátegui|Anzoátegui|Anzoategui
Daniel Florence O'Leary|O'Leary@1818:1854
José Joaquín de Olmedo|Olmedo@1810:1847
Eugenio Espejo|Espejo@1780:1795
Hipólito Unanue|Unanue
José Faustino Sánchez Carrión|Sánchez Carrión
José de la Riva Agüero|Riva Agüero|Riva-Agüero@1820:1830
Ignacio Warnes|Warnes
Manuel Ascencio Padilla|Manuel Ascensio Padilla
Casimiro Olañeta|Casimiro Olaneta
Mariano Jiménez|Mariano Jimenez
Hermenegildo Galeana|Galeana@1811:1814
Leona Vicario
Andrés Quintana Roo
Carlos María de Bustamante|Carlos Maria de Bustamante
Miguel Ramos Arizpe|Ramos Arizpe
Manuel González Flores|Manuel González@1880:1884
Francisco Zarco|Zarco
Guillermo Prieto
Justo Sierra
José María Iglesias|Iglesias@1873:1877
Ramón Corral|Corral@1900:1911
José María Pino Suárez|Pino Suárez|Pino Suarez
Abraham González|Abraham Gonzalez
Francisco J. Múgica|Francisco Múgica|Múgica|Mugica@1914:1940
Emilio Portes Gil|Portes Gil
Pascual Ortiz Rubio|Ortiz Rubio
Abelardo L. Rodríguez|Abelardo Rodríguez
Vicente Lombardo Toledano|Lombardo Toledano
Enrique Gorostieta Velarde|Gorostieta
Miguel Pro|Father Pro
José de León Toral|León Toral|Toral@1928:1929
Evaristo da Veiga
João Alfredo Correia de Oliveira|João Alfredo
Quintino Bocaiúva|Bocaiúva|Bocaiuva
Prudente de Morais|Prudente de Moraes
Rodrigues Alves
Hermes da Fonseca
José Gomes Pinheiro Machado|Pinheiro Machado
Oswaldo Cruz|Osvaldo Cruz
Artur Bernardes|Arthur Bernardes
Epitácio Pessoa|Epitacio Pessoa
João Pessoa (politician)|João Pessoa@1928:1930
Pedro Aurélio de Góis Monteiro|Góis Monteiro|Goes Monteiro
Filinto Müller|Filinto Muller
Cipriano Barata
Felipe Varela|Varela@1866:1870
Ricardo López Jordán|López Jordán|Lopez Jordan
Adolfo Alsina|Alsina@1860:1877
Valentín Alsina|Valentin Alsina
Manuel Quintana|Manuel Quintana@1904:1906
Roque Sáenz Peña|Sáenz Peña@1910:1914|Saenz Pena@1910:1914
Victorino de la Plaza
Alfredo Palacios|Palacios@1904:1965
Ramón Castillo|Ramón S. Castillo|Castillo@1940:1943
Roberto M. Ortiz|Roberto Ortiz|Ortiz@1938:1942
Pedro Pablo Ramírez|Pedro Ramírez|Ramírez@1943:1944
Arturo Rawson|Rawson@1943:1943
Héctor Benigno Varela|Héctor Varela
Simón Radowitzky|Radowitzky
José Joaquín Pérez|José Joaquín Perez
Federico Errázuriz Zañartu|Errázuriz Zañartu
Jorge Montt
Benjamín Vicuña Mackenna|Vicuña Mackenna|Vicuna Mackenna
Emiliano Figueroa
Juan Esteban Montero|Montero@1931:1932
Marmaduke Grove
Jorge González von Marées|González von Marées
Kilapán|Quilapán
Orélie-Antoine de Tounens|Orélie-Antoine|Orelie-Antoine
Manuel Ignacio de Vivanco|Vivanco@1841:1865
José Rufino Echenique|Echenique@1851:1855
Guillermo Billinghurst|Billinghurst
José Balta|Balta@1868:1872
Henry Meiggs|Meiggs
Eduardo Abaroa|Abaroa
Aniceto Arce
José Manuel Pando|Pando@1899:1904
Ismael Montes
Bautista Saavedra
Daniel Salamanca Urey|Daniel Salamanca|Salamanca@1931:1934
David Toro
Simón Iturri Patiño|Simón Patiño|Patiño@1900:1947
Manuel Isidoro Belzu|Belzu
José María Linares|Linares@1857:1861
Pedro Alcántara Herrán|Pedro Alcantara Herran
Manuel Murillo Toro|Murillo Toro
Miguel Antonio Caro
José Manuel Marroquín|Marroquín|Marroquin
Marco Fidel Suárez|Marco Fidel Suarez
Enrique Olaya Herrera|Olaya Herrera
Eduardo Santos
Benjamín Herrera|Benjamin Herrera
Julián Castro
Joaquín Crespo|Crespo@1884:1898
José María Urbina|Urbina@1851:1856
Antonio Flores Jijón|Flores Jijón
Leónidas Plaza|Leonidas Plaza
Eusebio Ayala
Rafael Franco
Bernardino Caballero
Aparicio Saravia|Saravia@1896:1904
Gabriel Terra|Terra@1931:1938
Baltasar Brum
Luis Alberto de Herrera
Máximo Santos
Lorenzo Latorre|Latorre@1876:1880
Bernardo Prudencio Berro|Bernardo Berro
Leandro Gómez|Leandro Gomez
Francisco Malespín|Malespín
Gerardo Barrios
Tomás Guardia Gutiérrez|Tomás Guardia
Braulio Carrillo Colina|Braulio Carrillo
Federico Tinoco Granados|Federico Tinoco|Tinoco@1917:1919
Emiliano Chamorro Vargas|Emiliano Chamorro
Adolfo Díaz|Adolfo Diaz
Juan Bautista Sacasa|Sacasa@1926:1936
Benjamín Zeledón|Zeledón|Zeledon
José María Moncada|Moncada@1926:1933
Policarpo Bonilla
Manuel Bonilla
Marco Aurelio Soto
Lee Christmas
Belisario Porras
Ignacio Agramonte|Agramonte
Vicente García González|Vicente García@1868:1878
Flor Crombet|Crombet
Guillermo Moncada
Quintín Banderas|Quintin Banderas
José Miguel Gómez|José Miguel Gomez
Mario García Menocal|García Menocal|Menocal
Alfredo Zayas|Zayas@1909:1925
Enoch Crowder|Crowder
Charles Edward Magoon|Magoon
Lysius Salomon|Salomon@1879:1888
Louis Borno|Borno@1922:1930
Luis Muñoz Rivera|Muñoz Rivera|Munoz Rivera
José de Diego
Santiago Iglesias Pantín|Santiago Iglesias
Francisco del Rosario Sánchez|Francisco del Rosario Sanchez
Matías Ramón Mella|Matias Ramon Mella
Horacio Vásquez|Horacio Vasquez
Étienne-Paschal Taché|Taché@1848:1865
John Sandfield Macdonald|Sandfield Macdonald
Francis Hincks|Hincks
Allan MacNab|MacNab@1830:1862
Antoine-Aimé Dorion|Dorion@1854:1874
Edward Blake|Blake@1869:1891
Oliver Mowat|Mowat
Hector-Louis Langevin|Langevin@1857:1896
Wolfred Nelson
Robert Nelson (politician)|Robert Nelson@1837:1838
Chevalier de Lorimier|De Lorimier
John Colborne, 1st Baron Seaton|John Colborne|Colborne@1828:1839
James FitzGibbon|FitzGibbon@1812:1837
John Beverley Robinson|Beverley Robinson
Samuel Lount|Lount
Pierre-Stanislas Bédard|Bédard@1805:1812
John Neilson
Sam Hughes
Armand Lavergne|Lavergne
Louis-Alexandre Taschereau|Taschereau@1920:1936
Mitchell Hepburn|Mitch Hepburn
William Aberhart|Aberhart
Tim Buck
Nellie McClung|McClung
Emily Murphy
Agnes Macphail|Macphail
Thérèse Casgrain|Casgrain
Adélard Godbout|Godbout
Camillien Houde|Houde@1928:1954
Richard Squires
George Simpson (HBC administrator)|George Simpson@1820:1860
James Douglas (governor)|James Douglas@1839:1864
John McLoughlin|McLoughlin@1824:1857
Donald Smith, 1st Baron Strathcona and Mount Royal|Lord Strathcona|Donald Smith@1869:1914
William Cornelius Van Horne|Van Horne
George Stephen, 1st Baron Mount Stephen|George Stephen
Hugh Allan
Sandford Fleming
Yang Su
Gao Jiong
Dou Jiande|Tou Chien-te
Wang Shichong
Fang Xuanling|Fang Hsuan-ling
Du Ruhui
Zhangsun Wuji|Changsun Wuji
Li Shiji|Xu Shiji
Yuchi Gong|Yuchi Jingde
Su Dingfang
Liu Rengui
Wang Xuance
Di Renjie|Ti Jen-chieh
Shangguan Wan'er
Lai Junchen
Princess Taiping
Yao Chong
Zhang Jiuling
Li Guangbi
Geshu Han
Gao Lishi|Kao Li-shih
Yan Zhenqing
Li Fuguo
Qiu Shiliang
Li Deyu
Niu Sengru
Wang Xianzhi (rebel)|Wang Xianzhi@874:878
Li Keyong
Han Yu|Han Yü
Liu Zongyuan
Feng Dao
Zhao Pu|Chao P'u
Kou Zhun
Di Qing
Lü Huiqing|Lu Huiqing
Zhang Dun
Cheng Hao
Cheng Yi (philosopher)|Cheng Yi@1060:1107
Zhou Dunyi
Shen Kuo
Bao Zheng|Judge Bao
Tong Guan
Fang La
Song Jiang
Zhang Bangchang
Zong Ze
Xin Qiji
Han Tuozhou
Shi Miyuan
Lü Wende|Lu Wende
Lu Xiufu
Zhang Shijie
Lu Jiuyuan|Lu Xiangshan
Wanyan Zongbi|Wuzhu@1125:1148
Wanyan Zonghan|Nianhan
Muqali|Mukhali
Zhang Hongfan
Guo Shoujing
El Temür|El Temur
Han Lin'er
Liu Futong
Fang Guozhen
Köke Temür|Koke Temur|Kökö Temür
Fang Xiaoru
Yao Guangxiao
Yang Shiqi
Yan Song|Yen Sung
Hai Rui|Hai Jui
Yu Dayou
Hu Zongxian
Li Chengliang
Li Rusong
Li Zhi (philosopher)|Li Zhuowu
Xu Guangqi|Hsü Kuang-ch'i|Hsu Kuang-chi
Gu Xiancheng
Sun Chengzong
Xiong Tingbi
Mao Wenlong
Song Yingxing
Zheng Zhilong|Nicholas Iquan
Li Dingguo
Huang Zongxi
Gu Yanwu
Wang Fuzhi
Fan Wencheng
Longkodo
Lin Shuangwen
Qiying|Kiying
Feng Yunshan
Xiao Chaogui
Wei Changhui
Chen Yucheng
Hu Linyi
Zhang Luoxing
Du Wenxiu
Ma Hualong
Sushun
Yixuan, Prince Chun|Prince Chun@1872:1890
Zaifeng, Prince Chun|Prince Chun@1891:1912|Zaifeng
Shen Baozhen
Guo Songtao
Zeng Jize|Marquis Tseng
Liu Kunyi
Ye Mingchen|Yeh Ming-ch'en|Yeh Ming-chen
Feng Zicai
Yuxian
Cen Chunxuan
Duanfang
Zhao Erfeng
Xu Xilin
Xu Shichang
Feng Guozhang
Cao Kun
Wu Tingfang
Tan Yankai
Liang Shiyi
Chen Qimei
Li Liejun
Lou Tseng-Tsiang|Lu Zhengxiang
Zhang Zongxiang
Lu Zongyu
Tang Jiyao
Long Yun
Xu Shuzheng
Lu Rongting
Li Jishen
Liao Zhongkai
Deng Yanda
Chen Lifu
Chen Guofu
Sun Fo
Zhang Jingjiang
Zhang Qun
Wang Shijie
Tang Enbo
Song Zheyuan
Yang Hucheng
Zhang Zizhong
Wang Kemin
Liang Hongzhi
Zhou Fohai
Chen Gongbo
Yin Rugeng
Zheng Xiaoxu
Zhang Tailei
Cai Hesen
Xiang Zhongfa
Deng Zhongxia
Ren Bishi
Xiang Ying
Zhang Wentian
Wang Jiaxiang
Fang Zhimin
Liu Zhidan
Wang Shiwei
Soga no Umako|Umako
Soga no Emishi
Soga no Iruka|Iruka@600:645
Ono no Imoko
Fujiwara no Kamatari|Nakatomi no Kamatari|Kamatari
Fujiwara no Fuhito|Fuhito
Prince Nagaya
Tachibana no Moroe
Fujiwara no Nakamaro|Emi no Oshikatsu
Dōkyō|Dokyo
Kibi no Makibi
Sakanoue no Tamuramaro|Tamuramaro
Fujiwara no Yoshifusa|Yoshifusa
Fujiwara no Mototsune|Mototsune
Sugawara no Michizane|Michizane
Taira no Masakado|Masakado
Fujiwara no Sumitomo
Fujiwara no Yorimichi|Yorimichi
Minamoto no Yoriyoshi|Yoriyoshi@1050:1075
Minamoto no Yoshiie|Yoshiie
Fujiwara no Hidehira|Hidehira
Fujiwara no Yorinaga
Taira no Tadamori|Tadamori@1120:1153
Minamoto no Tametomo|Tametomo
Minamoto no Yoshitomo|Yoshitomo@1150:1160
Minamoto no Yorimasa|Yorimasa@1156:1180
Prince Mochihito
Taira no Shigemori|Shigemori@1156:1179
Taira no Munemori|Munemori@1179:1185
Minamoto no Yoshinaka|Kiso Yoshinaka|Yoshinaka@1180:1184
Hōjō Tokimasa|Hojo Tokimasa|Tokimasa
Ōe no Hiromoto|Oe no Hiromoto
Minamoto no Sanetomo|Sanetomo
Hōjō Yoshitoki|Hojo Yoshitoki|Yoshitoki
Hōjō Tokiyori|Hojo Tokiyori|Tokiyori
Takezaki Suenaga
Hōjō Takatoki|Hojo Takatoki|Takatoki
Kusunoki Masashige|Masashige|Kusunoki@1330:1336
Nitta Yoshisada|Yoshisada@1330:1338
Kitabatake Chikafusa|Chikafusa
Ashikaga Tadayoshi|Tadayoshi@1333:1352
Kō no Moronao|Ko no Moronao|Moronao
Hosokawa Yoriyuki
Ōuchi Yoshihiro|Ouchi Yoshihiro
Akamatsu Mitsusuke
Yamana Sōzen|Yamana Sozen|Sōzen@1441:1473|Sozen@1441:1473
Hosokawa Katsumoto|Katsumoto@1450:1473
Hino Tomiko
Hōjō Sōun|Hojo Soun|Ise Shinkurō
Ōuchi Yoshitaka|Ouchi Yoshitaka
Miyoshi Nagayoshi
Matsunaga Hisahide|Hisahide
Hōjō Ujiyasu|Hojo Ujiyasu|Ujiyasu
Saitō Dōsan|Saito Dosan|Dōsan@1540:1556|Dosan@1540:1556
Oda Nobuhide|Nobuhide@1530:1552
Azai Nagamasa|Asai Nagamasa
Asakura Yoshikage
Maeda Toshiie|Toshiie
Kuroda Yoshitaka|Kuroda Kanbei|Kanbei@1567:1604
Kuroda Nagamasa
Toyotomi Hidenaga|Hidenaga
Toyotomi Hidetsugu|Hidetsugu
Ōtomo Sōrin|Otomo Sorin|Ōtomo Yoshishige
Ōmura Sumitada|Omura Sumitada
Takayama Ukon
Shimazu Yoshihiro
Chōsokabe Motochika|Chosokabe Motochika|Motochika
Mōri Terumoto|Mori Terumoto|Terumoto
Uesugi Kagekatsu|Kagekatsu
Ukita Hideie|Hideie
Fukushima Masanori
Hosokawa Tadaoki
Sen no Rikyū|Sen no Rikyu|Rikyū|Rikyu
Sanada Yukimura|Sanada Nobushige|Yukimura@1600:1615
Honda Tadakatsu
Ii Naomasa
Hasekura Tsunenaga|Hasekura
Yamada Nagamasa
Hayashi Razan|Razan
Yamaga Sokō|Yamaga Soko
Itō Jinsai|Ito Jinsai
Ishida Baigan
Sugita Genpaku
Hirata Atsutane
Ninomiya Sontoku|Ninomiya Takanori
Sakuma Shōzan|Sakuma Shozan
Yokoi Shōnan|Yokoi Shonan
Hotta Masayoshi|Hotta@1855:1858
Matsudaira Yoshinaga|Matsudaira Shungaku|Shungaku
Yamauchi Toyoshige|Yamauchi Yōdō|Yamauchi Yodo
Matsudaira Katamori|Katamori
Takasugi Shinsaku|Takasugi
Nakaoka Shintarō|Nakaoka Shintaro
Kondō Isami|Kondo Isami|Kondō@1863:1868|Kondo@1863:1868
Hijikata Toshizō|Hijikata Toshizo|Hijikata@1863:1869
Ōmura Masujirō|Omura Masujiro|Ōmura@1863:1869|Omura@1863:1869
Enomoto Takeaki|Enomoto@1868:1890
Sanjō Sanetomi|Sanjo Sanetomi|Sanjō@1862:1891|Sanjo@1862:1891
Gotō Shōjirō|Goto Shojiro|Gotō@1865:1890|Goto@1865:1890
Etō Shinpei|Eto Shinpei|Etō@1868:1874|Eto@1868:1874
Kuroda Kiyotaka|Kuroda@1870:1900
Saigō Jūdō|Saigo Judo|Saigō Tsugumichi
Iwasaki Yatarō|Iwasaki Yataro
Shibusawa Eiichi|Shibusawa@1867:1931
Mori Arinori
Inoue Kowashi
Ōi Kentarō|Oi Kentaro
Aoki Shūzō|Aoki Shuzo
Miura Gorō|Miura Goro
Tōyama Mitsuru|Toyama Mitsuru
Uchida Ryōhei|Uchida Ryohei
Tokutomi Sohō|Tokutomi Soho
Ozaki Yukio
Yamamoto Gonnohyōe|Yamamoto Gonbei|Yamamoto Gonnohyoe
Kiyoura Keigo|Kiyoura
Katō Tomosaburō|Kato Tomosaburo
Ishii Kikujirō|Ishii Kikujiro
Senjūrō Hayashi|Senjuro Hayashi|Hayashi Senjūrō|Hayashi@1934:1937
Nobuyuki Abe|Abe Nobuyuki
Hachirō Arita|Hachiro Arita|Arita@1936:1940
Ichirō Hatoyama|Ichiro Hatoyama|Hatoyama Ichirō|Hatoyama Ichiro
Jinzaburō Mazaki|Jinzaburo Mazaki|Mazaki@1932:1936
Kingorō Hashimoto|Kingoro Hashimoto
Nisshō Inoue|Nissho Inoue
Daisaku Kōmoto|Daisaku Komoto|Kōmoto@1928:1929|Komoto@1928:1929
Shigeru Honjō|Shigeru Honjo|Honjō@1931:1936|Honjo@1931:1936|Honjō Shigeru|Honjo Shigeru
Jirō Minami|Jiro Minami
Prince Yasuhiko Asaka|Prince Asaka
Shunroku Hata
Hitoshi Imamura|Imamura@1942:1945
Raizō Tanaka|Raizo Tanaka
Shirō Ishii|Shiro Ishii
Yeon Gaesomun|Yon Kaesomun|Yeon Gae-somun|Gaesomun
Eulji Mundeok|Ulchi Mundok
Kim Yu-sin|Kim Yushin|Kim Yu-shin|Kim Yusin
Gyebaek|Kyebaek
Jang Bogo|Chang Pogo
Choe Chiwon|Ch'oe Ch'i-won|Choi Chi-won
Seo Hui
Choe Seung-ro
Gang Gam-chan|Kang Kam-chan|Kang Kam-ch'an
Yun Gwan|Yun Kwan
Kim Busik|Kim Pu-sik|Kim Pusik
Myocheong|Myochong
Jeong Jung-bu|Chong Chung-bu
Yi Ui-min
Choe Chung-heon|Ch'oe Ch'ung-hon|Choe Chungheon|Ch'oe Ch'ung-hŏn
Choe U|Ch'oe U
Manjeok|Manjok
Bae Jung-son
Choe Mu-seon
Sin Don|Shin Don
Choe Yeong|Ch'oe Yong
Jeong Mong-ju|Chong Mong-ju
Hwang Hui
Jang Yeong-sil|Chang Yong-sil
Sin Suk-ju
Han Myeong-hoe|Han Myong-hoe
Seong Sam-mun|Song Sam-mun
Won Gyun|Won Kyun
Gwak Jae-u|Kwak Chae-u
Ryu Seong-ryong|Yu Song-nyong|Yu Seong-ryong
Kim Si-min
Yi Gwal
Yu Hyeong-won
Yi Ik
Pak Ji-won
Pak Je-ga
Hong Gyeong-nae|Hong Kyong-nae
Choe Je-u|Ch'oe Che-u
Choe Ik-hyeon|Ch'oe Ik-hyon
Pak Yeong-hyo|Park Yeong-hyo|Pak Yong-hyo
Kim Hong-jip
Yu Kil-chun|Yu Gil-jun
Min Yeong-hwan|Min Yong-hwan
Yun Chi-ho
Son Byong-hi|Son Byeong-hui
Yu Gwan-sun|Yu Kwan-sun
Pak Eun-sik
Sin Chae-ho
Yi Dong-hwi|Yi Tong-hwi
Kim Jwa-jin|Kim Chwa-jin
Hong Beom-do|Hong Pom-do
Yun Bong-gil|Yun Pong-gil
Kim Won-bong
Kim Kyu-sik
Jo So-ang
Yi Beom-seok
Kim Seong-su
Song Jin-woo
Yi Gwang-su
Choe Nam-seon
Mu Chong
Trần Thủ Độ|Tran Thu Do
Trần Quang Khải|Tran Quang Khai
Phạm Ngũ Lão|Pham Ngu Lao
Nguyễn Kim|Nguyen Kim
Trịnh Kiểm|Trinh Kiem
Đào Duy Từ|Dao Duy Tu
Nguyễn Hữu Chỉnh|Nguyen Huu Chinh
Trương Minh Giảng|Truong Minh Giang
Nguyễn Trường Tộ|Nguyen Truong To
Nguyễn Văn Tường|Nguyen Van Tuong
Hoàng Diệu|Hoang Dieu
Nguyễn Thiện Thuật|Nguyen Thien Thuat
Nguyễn Trung Trực|Nguyen Trung Truc
Trần Văn Giàu|Tran Van Giau
Nguyễn Tường Tam|Nguyen Tuong Tam|Nhất Linh
Rudolf Breitscheid|Breitscheid
Ludwig Kaas|Kaas
Kuno von Westarp|Westarp
Heinrich Brandler|Brandler
Willi Münzenberg|Münzenberg|Munzenberg
Anton Drexler|Drexler
Dietrich Eckart|Eckart@1919:1923
Ernst Hanfstaengl|Hanfstaengl|Putzi Hanfstaengl
Robert Ley
Theodor Eicke|Eicke
Hinrich Lohse|Lohse
Gottfried Feder|Feder@1919:1934
Herschel Grynszpan|Grynszpan
Marinus van der Lubbe|van der Lubbe|Van der Lubbe
Walter Schellenberg|Schellenberg
Otto Skorzeny|Skorzeny
Leni Riefenstahl|Riefenstahl
Janusz Korczak|Korczak
Margherita Cagol|Cagol|Mara Cagol
Giangiacomo Feltrinelli|Feltrinelli
Altiero Spinelli|Spinelli@1941:1986
Michael Hainisch|Hainisch
Johann Schober|Schober@1918:1932
Karl Seitz|Seitz@1918:1934
Friedrich Adler (politician)|Friedrich Adler|Friedrich Adler@1907:1918
Theodor Innitzer|Innitzer
Adolf Schärf|Schärf|Scharf@1945:1965
José Giral|Giral@1936:1947
Josu Urrutikoetxea|Josu Ternera
László Bárdossy|Bárdossy|Bardossy
Döme Sztójay|Sztójay|Sztojay
Zoltán Tildy|Tildy
Nikola Petkov
Kimon Georgiev
Zigfrīds Anna Meierovics|Meierovics
Kazys Grinius|Grinius
Antanas Sniečkus|Sniečkus|Snieckus
Jan Patočka|Patočka|Patocka
Jozef Gabčík|Gabčík|Gabcik
Jan Kubiš|Kubiš|Kubis
Puniša Račić|Račić|Racic@1928:1929
Fan Noli|Noli@1920:1925
Markos Vafeiadis|Vafeiadis|General Markos
Grigoris Lambrakis|Lambrakis
Nikolai Krylenko|Krylenko
Moisei Uritsky|Uritsky
Fanny Kaplan
Andrey Sheptytsky|Sheptytsky
Pyotr Shelest|Shelest
Volodymyr Shcherbytsky|Shcherbytsky
Sharof Rashidov|Rashidov
Yuli Daniel
Petro Grigorenko|Grigorenko
Larisa Bogoraz|Bogoraz
Natalya Gorbanevskaya|Gorbanevskaya
Andrei Amalrik|Amalrik
Rudolf Bahro|Bahro
Erich Ollenhauer|Ollenhauer
Rainer Barzel|Barzel
Benno Ohnesorg|Ohnesorg
Jan-Carl Raspe|Raspe@1970:1977
Hanns Martin Schleyer|Schleyer
Siegfried Buback|Buback
Jürgen Ponto|Ponto
Horst Mahler
Alfred Herrhausen|Herrhausen
Detlev Karsten Rohwedder|Rohwedder
Robert Brasillach|Brasillach
David Owen
Walter Citrine|Citrine
Len Murray
Ian MacGregor|MacGregor@1980:1986
Eoin O'Duffy|O'Duffy
Terence MacSwiney|MacSwiney
Cathal Goulding|Goulding
Ruairí Ó Brádaigh|Ó Brádaigh|O Bradaigh|Rory O'Brady
Hendrik de Man
Pieter Jelles Troelstra|Troelstra
Otto Wille Kuusinen|Kuusinen
Vihtori Kosola|Kosola
Max Manus
Carlos the Jackal
Mehmet Ali Ağca|Ağca|Agca
Giuseppe Di Vittorio|Di Vittorio
Hans Böckler|Böckler|Bockler
Luciano Lama
Marcelino Camacho
Georg Ledebour|Ledebour
Albert Grzesinski|Grzesinski
Hugo Preuss|Preuss@1918:1925|Preuß@1918:1925|Hugo Preuß
Ulrich von Brockdorff-Rantzau|Brockdorff-Rantzau
Max Hoelz|Hoelz|Hölz|Max Hölz
Gustav Landauer|Landauer@1918:1919|Landauer
Erich Mühsam|Mühsam|Muhsam
Franz Ritter von Epp|von Epp|Franz von Epp
Horst Wessel
Hermann Rauschning|Rauschning
Philipp Bouhler|Bouhler
Viktor Brack|Brack@1939:1947
Hans Kammler|Kammler
Wilhelm Stuckart|Stuckart
Roland Freisler|Freisler
Otto Georg Thierack|Thierack|Otto Thierack
Wilhelm Kube|Kube@1933:1943
Kurt Daluege|Daluege
Paul Blobel|Blobel
Arthur Nebe|Nebe
Hermann Fegelein|Fegelein
Rudolf Diels|Diels@1933:1934
Bernhard Rust|Rust@1933:1945
Artur Axmann|Axmann
Gertrud Scholtz-Klink|Scholtz-Klink
Reinhard Gehlen|Gehlen
Friedrich Olbricht|Olbricht
Ulrich von Hassell|von Hassell
Adam von Trott zu Solz|von Trott|Adam von Trott
Wilhelm Leuschner|Leuschner
Fabian von Schlabrendorff|Schlabrendorff
Friedrich Fromm|Fromm@1939:1945
Otto Ernst Remer|Remer@1944:1945
Hans Oster|Oster@1938:1945
Alexander Schmorell|Schmorell
Harro Schulze-Boysen|Schulze-Boysen
Leopold Trepper|Trepper
Kurt Gerstein|Gerstein
Erich Hoepner|Hoepner
Dietrich von Choltitz|Choltitz|von Choltitz
Ernst Udet|Udet
Adolf Galland|Galland
Karl Wolff
Otto Planetta|Planetta
Edmund Glaise-Horstenau|Glaise-Horstenau|Glaise von Horstenau
Oskar Helmer|Helmer@1945:1959
Simon Wiesenthal|Wiesenthal
Joaquín Fanjul|Fanjul
Francisco Ascaso|Ascaso
Onésimo Redondo
Xabier Arzalluz|Arzalluz
Henrique Galvão|Galvão@1959:1961|Galvao@1959:1961
Francisco Sá Carneiro|Sá Carneiro|Sa Carneiro
Fernando Salgueiro Maia|Salgueiro Maia
Américo Tomás|Americo Tomas
Emilio Lussu|Lussu
Giacomo Acerbo|Acerbo
Amerigo Dumini|Dumini
Arturo Bocchini|Bocchini
Claretta Petacci|Petacci|Clara Petacci
Giuseppe Pella|Pella@1953:1954
Giovanni Gronchi|Gronchi
Arnaldo Forlani|Forlani
Ciriaco De Mita|De Mita
Achille Occhetto|Occhetto
Marco Pannella|Pannella
Giuseppe Pinelli|Pinelli@1969:1972
Luigi Calabresi|Calabresi
Pietro Valpreda|Valpreda
Adriano Sofri|Sofri
Antonio Negri|Toni Negri
Alberto Franceschini|Franceschini@1970:1985
Michele Sindona|Sindona
Carlo Alberto dalla Chiesa|dalla Chiesa|Dalla Chiesa
Tommaso Buscetta|Buscetta
Totò Riina|Riina|Salvatore Riina|Toto Riina
Walter Audisio|Audisio
Jean Zay
Roger Salengro|Salengro
Marx Dormoy|Dormoy
Pierre Cot
Alexandre Stavisky|Stavisky
Eugène Deloncle|Deloncle
Jean-Jacques Servan-Schreiber|Servan-Schreiber
Waldeck Rochet
Jacques Duclos|Duclos@1926:1969
Alain Krivine|Krivine
Georges Séguy|Séguy|Seguy
Germaine Tillion|Tillion
Gilbert Renault|Colonel Rémy|Colonel Remy
Honoré d'Estienne d'Orves|d'Estienne d'Orves
Jean Cavaillès|Cavaillès|Cavailles
Guy Môquet|Môquet|Moquet
Pierre Georges|Colonel Fabien
Charles Tillon
Andrée de Jongh
Nancy Wake
Violette Szabo
Noor Inayat Khan
Irma Grese|Grese
Ilse Koch
Alfried Krupp von Bohlen und Halbach|Alfried Krupp
Richard Crossman|Crossman@1945:1974
John Profumo|Profumo
Christine Keeler|Keeler
Roy Hattersley|Hattersley
Arthur Greenwood|Greenwood@1935:1947
James Maxton|Maxton|Jimmy Maxton
Harry Pollitt|Pollitt
John Maclean
Margaret Bondfield|Bondfield
William Joyce|Lord Haw-Haw|Haw-Haw
Kim Philby|Philby
Guy Burgess
Donald Maclean (spy)|Donald Maclean
Anthony Blunt
Klaus Fuchs|Fuchs@1943:1950
Gusty Spence
Joe Cahill
Harry Boland
Liam Mellows|Mellows
Seán MacBride|Sean MacBride
Frank Aiken|Aiken@1919:1973
Seán T. O'Kelly|O'Kelly@1932:1959|Sean T. O'Kelly
Douglas Hyde
Émile Vandervelde|Vandervelde
Achille Van Acker|Van Acker
Pieter Sjoerds Gerbrandy|Gerbrandy
Meinoud Rost van Tonningen|Rost van Tonningen
Gunnar Sønsteby|Sønsteby|Sonsteby
Joachim Rønneberg|Rønneberg|Ronneberg
Anker Jørgensen|Anker Jorgensen
Mogens Glistrup|Glistrup
Kaj Munk
Arvid Lindman|Lindman
Ernst Wigforss|Wigforss
Felicjan Sławoj Składkowski|Składkowski|Skladkowski|Sławoj Składkowski
Kazimierz Bartel|Bartel@1926:1930
Eugeniusz Kwiatkowski|Kwiatkowski@1926:1939
Wanda Wasilewska|Wasilewska
Michał Rola-Żymierski|Rola-Żymierski|Żymierski|Rola-Zymierski
Piotr Jaroszewicz|Jaroszewicz
Zbigniew Bujak|Bujak
Władysław Frasyniuk|Frasyniuk
Stefan Starzyński|Starzyński|Starzynski
Alois Rašín|Rašín|Rasin
Rudolf Beran|Beran@1938:1939
Jan Syrový|Syrový|Syrovy
Alois Eliáš|Eliáš
Zdeněk Fierlinger|Fierlinger
Václav Nosek|Nosek
Alexej Čepička|Čepička|Cepicka
Milada Horáková|Horáková|Horakova
Zdeněk Mlynář|Mlynář|Mlynar
Alois Indra
Ludvík Vaculík|Vaculík|Vaculik
Jan Zajíc|Zajíc|Zajic
Miloš Jakeš|Jakeš|Jakes
Ladislav Adamec|Adamec
Marián Čalfa|Čalfa|Calfa
Ján Golian|Golian
Jan Opletal|Opletal
Tibor Szamuely|Szamuely
Kuno von Klebelsberg|Klebelsberg
Béla Imrédy|Imrédy|Imredy
Kálmán Darányi|Darányi|Daranyi
Géza Lakatos
Endre Bajcsy-Zsilinszky|Bajcsy-Zsilinszky
Árpád Szakasits|Szakasits
András Hegedüs|Hegedüs
Géza Losonczy|Losonczy
Anna Kéthly|Kéthly|Kethly
István Bibó|Bibó|Bibo
Jenő Fock|Fock
György Aczél|Aczél|Aczel
Árpád Göncz|Göncz|Goncz
Joel Brand
Alexandru Vaida-Voevod|Vaida-Voevod|Vaida-Voievod
Constantin Argetoianu|Argetoianu
Magda Lupescu|Lupescu|Elena Lupescu
Constantin Sănătescu|Sănătescu|Sanatescu
Nicolae Rădescu|Rădescu|Radescu
Alexandru Drăghici|Drăghici|Draghici
Petre Roman
Andrey Lyapchev|Lyapchev
Nikola Mushanov|Mushanov
Dimitar Peshev|Peshev
Vasil Kolarov|Kolarov
Lyudmila Zhivkova|Zhivkova
Ivan Mihailov|Vancho Mihailov
Georgi Markov
Andrey Lukanov|Lukanov
Ljubomir Davidović|Davidović|Davidovic
Petar Živković|Živković@1929:1932|Zivkovic@1929:1932
Bogoljub Jevtić|Jevtić|Jevtic
Ivan Šubašić|Šubašić|Subasic
Mile Budak|Budak@1941:1945
Ivan Stambolić
Borisav Jović|Jović@1989:1992
Stjepan Mesić|Mesić|Mesic
Ante Marković
Fikret Abdić|Abdić|Abdic
Azem Vllasi|Vllasi
Veljko Kadijević|Kadijević|Kadijevic
Svetozar Vukmanović|Vukmanović|Svetozar Vukmanović-Tempo
Dobrica Ćosić|Ćosić|Cosic
Alexandros Papanastasiou|Papanastasiou
Themistoklis Sofoulis|Sofoulis
Georgios Siantos|Siantos
Panagiotis Kanellopoulos|Kanellopoulos
Phaedon Gizikis|Gizikis
Alexandros Panagoulis|Panagoulis
Manolis Glezos|Glezos
Glafcos Clerides|Clerides
Rauf Denktaş|Denktaş|Denktash
Spyros Kyprianou|Kyprianou
Jaan Poska|Poska
Jüri Uluots|Uluots
Jānis Balodis|Balodis
Viktors Arājs|Arājs|Arajs
Herberts Cukurs|Cukurs
Aleksandras Stulginskis|Stulginskis
Justas Paleckis|Paleckis
Arvīds Pelše|Pelše|Pelshe
Volodymyr Vynnychenko|Vynnychenko
Yevhen Konovalets|Konovalets
Yaroslav Stetsko|Stetsko
Stepan Shaumian|Shaumian|Shahumyan
Mammad Amin Rasulzade|Rasulzade
Mykola Skrypnyk|Skrypnyk
Vyacheslav Chornovil|Chornovil
Andrei Bubnov|Bubnov
Nikolay Shvernik|Shvernik
Polina Zhemchuzhina|Zhemchuzhina
Lydia Timashuk|Timashuk
Frol Kozlov
Yekaterina Furtseva|Furtseva
Sergey Gorshkov|Gorshkov
Grigory Romanov
Viktor Grishin|Grishin
Sergei Kovalev
Anatoly Marchenko|Marchenko@1960:1986
Lyudmila Alexeyeva|Alexeyeva
Yevgenia Ginzburg
Varlam Shalamov|Shalamov
Lev Kopelev|Kopelev
Mustafa Dzhemilev|Dzhemilev|Mustafa Jemilev
Ramón Mercader|Mercader
Victor Serge
Dmitry Manuilsky|Manuilsky
Brigitte Mohnhaupt|Mohnhaupt
Christian Klar|Klar@1976:1982
Holger Meins|Meins
Txabi Etxebarrieta|Etxebarrieta
Melitón Manzanas|Manzanas
Jean-Marc Rouillan|Rouillan
Sydir Kovpak|Kovpak
Zoya Kosmodemyanskaya|Kosmodemyanskaya
Yitzhak Zuckerman
Bronislav Kaminski|Kaminski@1941:1944
Wilhelm Marx
Hans Luther
Otto Bauer
Clemens August Graf von Galen|von Galen@1933:1946|Bishop von Galen|Cardinal von Galen
Bernardino Machado
José Norton de Matos|Norton de Matos
Ken Livingstone
Mairéad Farrell|Mairead Farrell
Ferenc Münnich
Stylianos Gonatas
Sophoklis Venizelos|Sofoklis Venizelos
Nikos Sampson|Sampson@1974:1974
Pavel Litvinov
Khalid ibn Barmak
Yahya ibn Khalid|Yahya the Barmakid|Yahya al-Barmaki
Ja'far ibn Yahya|Ja'far al-Barmaki|Jafar al-Barmaki|Jafar ibn Yahya|Ja'far the Barmakid
Al-Fadl ibn Yahya|al-Fadl ibn Yahya|Fadl ibn Yahya
Al-Fadl ibn Sahl|al-Fadl ibn Sahl|Fadl ibn Sahl
Tahir ibn Husayn|Tahir ibn al-Husayn|Tahir@811:822
Harthama ibn A'yan|Harthama ibn Ayan|Harthama@790:816
Ali ibn Isa ibn Mahan
Khaydhar ibn Kawus al-Afshin|al-Afshin@830:841|Afshin@830:841
Babak Khorramdin|Babak Khurramdin|Babak@816:838
Al-Muwaffaq|al-Muwaffaq|Muwaffaq@870:891
Ahmad ibn Hanbal|Ibn Hanbal
Ahmad ibn Abi Du'ad|Ibn Abi Du'ad|Ibn Abi Duad
Abu Hanifa|Abu Hanifah
Malik ibn Anas
Al-Shafi'i|al-Shafi'i|al-Shafii|Shafi'i@790:820
Mansur al-Hallaj|al-Hallaj|Hallaj@890:922
Ali ibn Isa ibn al-Jarrah
Mu'nis al-Muzaffar|Munis al-Muzaffar|Mu'nis@908:933|Munis@908:933
Ibn Muqla
Muhammad ibn Ra'iq|Ibn Ra'iq|Ibn Raiq
Bajkam
Abu Tahir al-Jannabi
Al-Basasiri|al-Basasiri|Basasiri
Al-Mawardi|al-Mawardi|Mawardi
Abu Abdallah al-Shi'i|Abu Abdallah al-Shii
Al-Qadi al-Nu'man|al-Qadi al-Nu'man|Qadi al-Numan
Ya'qub ibn Killis|Yaqub ibn Killis|Ibn Killis
Barjawan
Sitt al-Mulk
Hamza ibn Ali ibn Ahmad|Hamza ibn Ali@1017:1021
Al-Yazuri|al-Yazuri
Nizar ibn al-Mustansir|Nizar@1094:1095
Bahram al-Armani
Ridwan ibn Walakhshi
Tala'i ibn Ruzzik|Talai ibn Ruzzik|Ibn Ruzzik
Shawar
Dirgham
Qutalmish
Atsiz ibn Uvaq
Artuk Bey|Artuq@1070:1091
Kerbogha|Kerbuqa|Karbuqa
Yaghi-Siyan|Yaghi Siyan
Duqaq
Toghtekin|Tughtekin|Tughtegin|Tughtigin
Ilghazi|Il-Ghazi
Mawdud ibn Altuntash
Aq Sunqur al-Hajib|Aqsunqur al-Hajib
Aqsunqur al-Bursuqi|al-Bursuqi
Mu'in ad-Din Unur|Unur@1138:1149
Usama ibn Munqidh
Najm ad-Din Ayyub|Najm al-Din Ayyub
Taqi al-Din Umar
Al-Afdal ibn Salah ad-Din|al-Afdal@1186:1225
Al-Aziz Uthman
Az-Zahir Ghazi|al-Zahir Ghazi
Al-Mu'azzam Isa|al-Mu'azzam@1198:1227
An-Nasir Dawud|al-Nasir Dawud
An-Nasir Yusuf|al-Nasir Yusuf
Al-Qadi al-Fadil|al-Qadi al-Fadil
Baha ad-Din ibn Shaddad|Ibn Shaddad@1188:1234
Imad ad-Din al-Isfahani|Imad al-Din al-Isfahani
Gökböri|Gokbori|Keukburi|Kökböri
Mu'in al-Din Parwana|Pervane@1256:1277|Parwana@1256:1277
Sa'd al-Din Köpek|Sadeddin Köpek
Janbirdi al-Ghazali
Rashid al-Din Hamadani|Rashid al-Din@1295:1318|Rashid ad-Din@1295:1318
Ata-Malik Juvayni|Juvayni@1252:1283|Juwayni@1252:1283
Shams al-Din Juvayni
Nasir al-Din al-Tusi|Nasir al-Din Tusi|Nasir ad-Din al-Tusi|al-Tusi@1230:1274
Chupan|Amir Chupan|Chupan@1307:1327|Choban@1307:1327
Çandarlı Kara Halil Hayreddin Pasha|Kara Halil Hayreddin|Candarli Kara Halil
Çandarlı Ali Pasha|Candarli Ali Pasha
Lala Şahin Pasha|Lala Şahin|Lala Shahin|Lala Sahin
Evrenos|Gazi Evrenos|Evrenos Bey
Turahan Bey|Turahan@1420:1456
Timurtaş Pasha|Timurtash Pasha
Musa Çelebi|Musa Chelebi|Musa Celebi
Süleyman Çelebi|Suleyman Celebi|Suleyman Chelebi
İsa Çelebi|Isa Celebi|Isa Chelebi
Mustafa Çelebi|Düzmece Mustafa|Duzmece Mustafa|Mustafa Celebi@1402:1422
Sheikh Bedreddin|Şeyh Bedreddin|Bedreddin@1400:1420
Börklüce Mustafa|Borkluce Mustafa
Karamani Mehmed Pasha
Hersekzade Ahmed Pasha|Hersekzade
Koca Davud Pasha
Hadım Sinan Pasha|Hadim Sinan Pasha
Piri Mehmed Pasha
Ayas Mehmed Pasha
Lütfi Pasha|Lutfi Pasha
Hadım Suleiman Pasha|Hadim Suleiman Pasha|Hadım Süleyman Pasha
Kara Ahmed Pasha
Semiz Ali Pasha
Kemalpaşazade|Kemalpasazade|Ibn Kemal
Mahidevran|Mahidevran Sultan
Seydi Ali Reis
Kurtoğlu Muslihiddin Reis|Kurtoğlu Reis|Kurtoglu Reis
Cığalazade Yusuf Sinan Pasha|Cigalazade Yusuf Sinan Pasha|Cigalazade|Cığalazade|Scipione Cicala
Nasuh Pasha
Karayazıcı Abdülhalim|Kara Yazıcı|Karayazıcı|Kara Yazici|Karayazici
Kemankeş Kara Mustafa Pasha|Kemankeş Mustafa Pasha|Kemankes Kara Mustafa
Tarhoncu Ahmed Pasha|Tarhoncu
Hacı Beşir Agha|Beşir Agha@1717:1746|Beshir Agha@1717:1746
Vani Mehmed Efendi|Vani Efendi
Elmas Mehmed Pasha
Feyzullah Efendi|Şeyhülislam Feyzullah
Çorlulu Ali Pasha|Corlulu Ali Pasha
Yirmisekiz Mehmed Çelebi|Yirmisekiz Mehmed Celebi|Yirmisekiz Çelebi
Claude Alexandre de Bonneval|Humbaracı Ahmed Pasha|Comte de Bonneval|Bonneval@1729:1747
Hekimoğlu Ali Pasha|Hekimoglu Ali Pasha
Muhsinzade Mehmed Pasha
Koca Yusuf Pasha
Hurshid Pasha|Hurşid Pasha|Hursid Pasha|Khurshid Pasha@1820:1822
Mahmud Dramali Pasha|Dramali Pasha|Dramali@1821:1823
Omer Vrioni|Omer Vryonis
Reşid Mehmed Pasha|Kütahı Reşid Mehmed Pasha|Kiutahi|Kütahı@1825:1836
Nasuhzade Ali Pasha|Kara Ali@1821:1822
Süleyman Hüsnü Pasha|Suleyman Husnu Pasha|Süleyman Pasha@1876:1878|Suleiman Pasha@1876:1878
Mehmed Ali Pasha (marshal)|Mehmed Ali Pasha@1876:1878
Augustus Charles Hobart-Hampden|Hobart Pasha
Sadık Rifat Pasha|Sadik Rifat Pasha
Ahmed Vefik Pasha|Ahmet Vefik Pasha
Mustafa Fazıl Pasha|Mustafa Fazil Pasha
Ali Suavi
Mizancı Murad|Mizanci Murad
Abdullah Cevdet
Ibrahim Temo
Mehmed Nazım|Nazım Bey@1906:1926|Nazim Bey@1906:1926
Ali Fethi Okyar|Fethi Okyar|Fethi Bey@1908:1925|Okyar
Kara Kemal|Kara Kemal Bey
Eşref Kuşçubaşı|Kuşçubaşı Eşref|Kuscubasi Esref
Yakup Cemil|Yakub Cemil
Hüseyin Hilmi Pasha|Huseyin Hilmi Pasha|Hilmi Pasha@1902:1910
İbrahim Hakkı Pasha|Ibrahim Hakki Pasha|Hakkı Pasha@1908:1918
Ahmed Izzet Pasha|Ahmet İzzet Pasha|Izzet Pasha@1908:1921|İzzet Pasha@1908:1921
Ahmet Tevfik Pasha|Tevfik Pasha@1895:1922|Ahmed Tevfik Pasha
Vehip Pasha|Vehib Pasha|Mehmed Vehib Pasha
Cevat Çobanlı|Cevat Pasha@1914:1920|Cevad Pasha@1914:1920
Nureddin Pasha|Nurettin Pasha|Nureddin Sakallı
Nuri Killigil|Nuri Pasha@1914:1920
Süleyman Askerî|Süleyman Askeri|Suleyman Askeri
Hafız Hakkı Pasha|Hafiz Hakki Pasha
Mustafa Sabri|Mustafa Sabri Efendi
Dürrizade Abdullah|Durrizade Abdullah|Dürrizade@1919:1920
Mehmed Reşid|Mehmed Reshid@1915:1919
Topal Osman
Dawud Pasha|Davud Pasha@1817:1831|Daud Pasha@1817:1831
As'ad Pasha al-Azm|Asad Pasha al-Azm|As'ad al-Azm
Tusun Pasha|Tusun@1807:1816|Toussoun Pasha
Ismail Kamil Pasha|Isma'il Kamil Pasha
Antoine Barthélemy Clot|Clot Bey|Antoine Clot
Riaz Pasha|Riyad Pasha
Mustafa Fahmi Pasha|Mustafa Fahmy Pasha
Ali Mubarak|Ali Pasha Mubarak
Aziz Ali al-Misri|Aziz al-Masri|Aziz Ali al-Masri
Abd al-Hamid al-Zahrawi|al-Zahrawi@1908:1916
Khaz'al al-Ka'bi|Khaz'al@1897:1925|Khazal@1897:1925
Safi-ad-din Ardabili|Safi al-Din Ardabili|Safi al-Din@1300:1334|Safi ad-Din@1300:1334
Shaykh Junayd|Junayd@1447:1460
Shaykh Haydar|Haydar@1460:1488
Najm-e Sani|Najm-i Sani|Najm-e Thani
Allahverdi Khan|Allahverdi@1595:1613
Imam-Quli Khan|Imamquli Khan
Saru Taqi
Pari Khan Khanum|Pari Khan
Khayr al-Nisa Begum|Mahd-i Ulya@1578:1579|Khayr al-Nisa
Baha al-din al-Amili|Shaykh Baha'i|Baha'i@1580:1621
Muhaqqiq al-Karaki|al-Karaki@1504:1534|Ali al-Karaki
Hajji Ebrahim Khan Kalantar|Hajji Ibrahim Khan|Ebrahim Khan Kalantar|Haji Ibrahim Khan|Haji Ebrahim Khan Kalantar
Malek Jahan Khanom|Mahd-e Olia@1848:1873
Subh-i-Azal|Subh-i Azal|Mirza Yahya Nuri
Mirza Aqa Khan Kermani|Aqa Khan Kermani
Seyyed Abdollah Behbahani|Abdollah Behbahani|Abdullah Behbahani|Behbahani@1905:1910
Bagher Khan|Baqir Khan
Akhund Khorasani|Akhund Khurasani
Hassan Pirnia|Moshir al-Dowleh@1906:1935|Mushir al-Dawla@1906:1935
Vosugh od-Dowleh|Vosough od-Dowleh|Hassan Vosough|Vossug ed-Dowleh|Vosough@1916:1920|Vosugh@1916:1920
Abdol-Hossein Farmanfarma|Farmanfarma@1890:1939|Farman Farma@1890:1939
Ali-Qoli Khan Bakhtiari|Sardar As'ad@1909:1917|Sardar Asad@1909:1917
Mohammad Vali Khan Tonekaboni|Sepahdar@1909:1911|Sepahdar-e Azam|Sepahsalar-e Tonekaboni
Vladimir Liakhov|Liakhov|Lyakhov@1906:1909
William Morgan Shuster|Morgan Shuster|Shuster@1911:1912
Seyyed Zia'eddin Tabatabaee|Sayyid Zia|Seyyed Zia|Zia'eddin Tabatabai|Sayyid Zia al-Din Tabatabai|Zia ol-Din Tabatabai
Mohammad Khiabani|Khiabani
Ahmad Maymandi|Maymandi
Malik Ayaz|Ayaz@1000:1041
Abdul Rahim Khan-i-Khanan|Abdul Rahim Khan-e-Khanan|Abdur Rahim Khan-i-Khanan|Rahim Khan-i-Khanan
Mirza Ghiyas Beg|Itimad-ud-Daula|I'timad-ud-Daula|Itimad ud-Daulah|Ghiyas Beg
Mahabat Khan
Mirza Aziz Koka|Aziz Koka
Maham Anga
Adham Khan
Munim Khan
Salim Chishti|Shaikh Salim Chishti
Khusrau Mirza|Khusrau@1605:1622
Kamran Mirza
Hindal Mirza
Askari Mirza
Shah Shuja (Mughal prince)|Shah Shuja@1640:1661
Roshanara Begum|Roshanara
Khan Jahan Lodi
Hafiz Rahmat Khan Barech|Hafiz Rahmat Khan
Mirza Najaf Khan|Najaf Khan@1760:1782
Purnaiah|Purniah|Dewan Purnaiah
Shah Waliullah Dehlawi|Shah Waliullah|Shah Wali Allah|Shah Wali Ullah
Shah Ismail Dehlvi|Shah Ismail Shaheed
Dudu Miyan
Ahmadullah Shah|Maulvi Ahmadullah Shah|Ahmadullah@1857:1858
Azimullah Khan|Azimullah
Mohsin-ul-Mulk|Mohsin ul-Mulk
Muhammad Qasim Nanautvi|Qasim Nanautvi|Nanautvi
Mahmud Hasan Deobandi|Mahmud al-Hasan|Shaikh-ul-Hind
Ubaidullah Sindhi|Obaidullah Sindhi
Shaukat Ali|Maulana Shaukat Ali
Yusuf ibn Abd al-Rahman al-Fihri|Yusuf al-Fihri
Ja'far ibn Uthman al-Mushafi|al-Mushafi|Mushafi
Subh of Córdoba|Subh@960:1000|Subh of Cordoba
Abd al-Malik al-Muzaffar|al-Muzaffar@1002:1008
Abd al-Rahman Sanchuelo|Sanchuelo
Ibn Hazm
Ibn Zaydun|Ibn Zaidun
Ibn Ammar
Lisan al-Din ibn al-Khatib|Ibn al-Khatib@1340:1375|Lisan ad-Din ibn al-Khatib
Musa ibn Musa al-Qasawi|Musa ibn Musa
Asad ibn al-Furat
Maysara al-Matghari|Maysara@739:740
Mustapha Khaznadar|Mustafa Khaznadar|Khaznadar@1837:1873
Ahmed Bey ben Mohamed Chérif|Hadj Ahmed Bey|Ahmed Bey@1826:1848|Ahmad Bey of Constantine
Ma al-'Aynayn|Ma al-Aynayn|Ma el-Ainin|Ma al-Ainin
Ahmed al-Hiba|El Hiba|al-Hiba@1910:1919
Ahmed ben Moussa|Ba Ahmed|Ba Ahmad
Ghazi Muhammad|Ghazi Mollah|Kazi Mullah@1828:1832|Ghazi Muhammad@1828:1832
Hamzat Bek|Hamza Bek|Gamzat-bek
Hadji Murad|Hadji Murat|Hadzhi Murat|Haji Murad@1835:1852
Sheikh Ubeydullah|Ubeydullah@1879:1883|Ubaidullah of Nehri
Ahmad ibn Idris al-Fasi|Ahmad ibn Idris
Hayreddin Pasha|Hayreddin Pasha@1857:1890|Khayr al-Din al-Tunisi|Kheireddine Pasha|Khayr al-Din Pasha@1857:1890|Khair al-Din Pasha@1857:1890
Abu al-Misk Kafur|Kafur@946:968
Özdemiroğlu Osman Pasha|Özdemiroğlu|Ozdemiroglu Osman Pasha
Mesih Pasha
Gazi Husrev-beg|Gazi Husrev Beg|Husrev Beg@1521:1541|Husrev-beg@1521:1541
Isa-Beg Ishaković|Isa-beg Isaković|Isa Beg Ishaković
Mihaloğlu Ali Bey|Mihaloglu Ali Bey
Husein Gradaščević|Gradaščević|Gradascevic|Husein-kapetan Gradaščević
Bakhtiyar Khalji|Muhammad Bakhtiyar Khalji|Bakhtiyar@1193:1206
Nizamuddin Auliya|Nizamuddin Awliya|Nizam-ud-din Auliya
Kara Mahmud Pasha|Kara Mahmud Bushati|Mahmud Pasha Bushati
Manuchehr Khan Gorji|Manouchehr Khan Gorji|Manuchihr Khan
Abdülkerim Nadir Pasha|Abdul Kerim Pasha@1876:1877|Abdülkerim Pasha@1876:1877
Marguerite-Élie Guadet|Guadet
Armand Gensonné|Gensonné|Gensonne
François Buzot|Buzot
Charles Jean Marie Barbaroux|Barbaroux
Jean-Baptiste Louvet de Couvray|Louvet@1789:1797
Anacharsis Cloots|Cloots|Clootz
Robert Lindet|Lindet
Marie-Jean Hérault de Séchelles|Hérault de Séchelles|Herault de Sechelles
Louis-Marie Stanislas Fréron|Fréron@1789:1802|Freron@1789:1802
Marc-Guillaume Alexis Vadier|Vadier
Adrien Duport|Duport@1789:1792
Isaac René Guy le Chapelier|Le Chapelier
Jean-Baptiste Drouet|Drouet@1791:1796
Théroigne de Méricourt|Théroigne|Theroigne
Antoine Joseph Santerre|Santerre
Jean-Nicolas Pache|Pache
Philippe-Antoine Merlin de Douai|Merlin de Douai
François-Antoine de Boissy d'Anglas|Boissy d'Anglas
Louis-Michel le Peletier de Saint-Fargeau|Lepeletier|Le Peletier
Charles-Philippe Ronsin|Ronsin
Antoine-François Momoro|Momoro
Claire Lacombe
Jean-Antoine Chaptal|Chaptal
Géraud Duroc|Duroc
Andreas Hofer|Hofer@1809:1810
Ferdinand von Schill|Schill
Fyodor Rostopchin|Rostopchin
Pierre Paul Royer-Collard|Royer-Collard
François-Vincent Raspail|Raspail
Armand Marrast|Marrast
Jacques-Charles Dupont de l'Eure|Dupont de l'Eure
Louis-Antoine Garnier-Pagès|Garnier-Pagès@1842:1878|Garnier-Pages@1842:1878
Adolphe Crémieux|Crémieux|Cremieux
François Arago|Arago@1830:1853
Étienne Cabet|Cabet
Hugues Felicité Robert de Lamennais|Lamennais
Charles Forbes René de Montalembert|Montalembert@1830:1870
Nicolas Changarnier|Changarnier
Paul Lafargue|Lafargue
Édouard Vaillant
Paul Brousse|Brousse@1877:1912
Jean Allemane|Allemane
Fernand Pelloutier|Pelloutier
Victor Griffuelhes|Griffuelhes
Gustave Flourens|Flourens@1866:1871
Walery Wróblewski|Wróblewski@1863:1871|Wroblewski@1863:1871
Félix Pyat|Pyat
Jules Vallès|Vallès@1867:1885
Théophile Ferré|Ferré@1870:1871
Louis Rossel|Rossel@1870:1871
Gustave Paul Cluseret|Cluseret
Benoît Malon|Malon
Élisabeth Dmitrieff|Dmitrieff
Eugène Pottier|Pottier@1848:1887
Prosper-Olivier Lissagaray|Lissagaray
Charles Beslay|Beslay
Joseph Vinoy|Vinoy
Georges Darboy|Darboy|Archbishop Darboy
Friedrich Christoph Dahlmann|Dahlmann
Friedrich Daniel Bassermann|Bassermann
Karl Mathy|Mathy@1848:1868
Ludolf Camphausen|Camphausen@1842:1850
David Hansemann|Hansemann@1840:1851
Johann Jacoby|Jacoby@1841:1877
Arnold Ruge|Ruge
Julius Fröbel
Carl Vogt
Wilhelm Weitling|Weitling
Georg von Vollmar|Vollmar
Hermann Schulze-Delitzsch|Schulze-Delitzsch
Max von Forckenbeck|Forckenbeck
Friedrich Naumann|Naumann@1896:1919
Adolph Kolping|Kolping
Ernst Ludwig von Gerlach|Ludwig von Gerlach
Friedrich Julius Stahl|Stahl@1840:1861
Karl Ludwig Sand|Karl Sand
August von Kotzebue|Kotzebue@1790:1819
Joseph Görres|Görres|Gorres
Ernst Moritz Arndt|Arndt@1800:1860
August Heinrich Hoffmann von Fallersleben|Hoffmann von Fallersleben|Fallersleben@1830:1874
Georg Herwegh|Herwegh
Georg Büchner|Büchner@1830:1837
Hans Kudlich|Kudlich
Goffredo Mameli|Mameli
Gaetano Bresci|Bresci
Romolo Murri|Murri
Giacomo Antonelli|Cardinal Antonelli|Antonelli@1848:1876
Costantino Nigra|Nigra@1856:1907
Pasquale Stanislao Mancini|Mancini@1860:1888
Luigi Lucheni|Lucheni
Sante Geronimo Caserio|Caserio
Pyotr Kakhovsky|Kakhovsky
Vissarion Belinsky|Belinsky
Ignacy Hryniewiecki|Hryniewiecki|Grinevitsky
Nikolai Rysakov|Rysakov
Stepan Khalturin|Khalturin
Dmitry Karakozov|Karakozov
Sergey Stepnyak-Kravchinsky|Stepniak|Kravchinsky
Alexander Potresov|Potresov
Sergey Muromtsev|Muromtsev
Alexander Dubrovin|Dubrovin@1905:1917
Ravachol
Auguste Vaillant
Mateo Morral|Morral
Michele Angiolillo|Angiolillo
Johann Most
Élisée Reclus|Reclus@1860:1905
Max Stirner|Stirner
Ferdinand Domela Nieuwenhuis|Domela Nieuwenhuis
Émile Pouget|Pouget@1880:1914
Tom Mann
Ben Tillett|Tillett
John Devoy|Devoy
James Napper Tandy|Napper Tandy
Henry Joy McCracken|McCracken@1795:1798
Andreas Miaoulis|Miaoulis
Dame Gruev|Gruev
Ljudevit Gaj|Gaj@1830:1872
Jean-Paul Rabaut Saint-Étienne|Rabaut Saint-Étienne|Rabaut Saint-Etienne
Pierre Louis Roederer|Roederer
François Chabot|Chabot@1792:1794
Pierre Louis Prieur|Prieur de la Marne
Claude-Antoine Prieur-Duvernois|Prieur de la Côte-d'Or
Jeanbon Saint-André|Jean Bon Saint-André
Dominique Joseph Garat|Garat@1792:1794
Étienne Clavière|Clavière|Claviere
Nicolas Luckner|Luckner@1791:1792
Jean-Sifrein Maury|Abbé Maury
Jacques Antoine Marie de Cazalès|Cazalès|Cazales
Pierre Victor Malouet|Malouet
François Claude Amour, marquis de Bouillé|Bouillé@1790:1791|Bouille@1790:1791
Gilbert Romme|Romme
Louis Marie Turreau|Turreau
Claude François de Malet|Malet@1808:1812
Nicolas François Mollien|Mollien
Martin-Michel-Charles Gaudin|Gaudin@1799:1814
Pierre Daru|Daru@1799:1815
Marie Walewska|Walewska
Jean Baptiste Eblé|Eblé|Éblé
Hermann von Boyen|Boyen
Louis Pierre Louvel|Louvel
Armand Carrel|Carrel@1830:1836
Victor Considerant|Considerant
Pierre Leroux|Leroux@1830:1851
Flora Tristan
Philippe Buchez|Buchez
Marc Caussidière|Caussidière|Caussidiere
Ferdinand Flocon|Flocon
Frédéric Alfred Pierre, comte de Falloux|Falloux
Louis Veuillot|Veuillot
Henri Lacordaire|Lacordaire
Frédéric Ozanam|Ozanam
Émile de Girardin|Girardin@1836:1881
Michel Chevalier
Henri Rochefort|Rochefort@1868:1913
Charles Floquet|Floquet
Camille Pelletan|Pelletan@1885:1915
Raoul Le Mouton de Boisdeffre|Boisdeffre
Armand du Paty de Clam|du Paty de Clam|Du Paty de Clam
Bernard Lazare
Auguste Scheurer-Kestner|Scheurer-Kestner
Fernand Labori|Labori
Jacques de Reinach|Baron de Reinach
Marc Sangnier|Sangnier
Albert de Mun
René de La Tour du Pin|La Tour du Pin@1880:1924
Léon Daudet|Daudet@1900:1940
Jean Grave
Jules Bonnot|Bonnot@1911:1912
Jules Bergeret|Bergeret@1871:1871
Zéphirin Camélinat|Camélinat|Camelinat
Francis Jourde|Jourde
Leó Frankel|Frankel@1871:1871|Leo Frankel
Karl von Rotteck|Rotteck
Carl Theodor Welcker|Welcker
Philipp Jakob Siebenpfeiffer|Siebenpfeiffer
Georg Gottfried Gervinus|Gervinus
Georg von Vincke|Vincke
Joseph Weydemeyer|Weydemeyer
August Willich|Willich
Stephan Born
Andreas Gottschalk|Gottschalk@1848:1849
Karl Schapper|Schapper
Eduard von Simson|Simson@1848:1891
Johann Gustav Droysen|Droysen
Heinrich von Sybel|Sybel
Hermann von Mallinckrodt|Mallinckrodt@1860:1874
Wilhelm von Kardorff|Kardorff
Heinrich Claß|Heinrich Class
Maximilian Harden
Gustav von Schmoller|Schmoller
Wilhelm Bracke|Bracke
Johann Baptist von Schweitzer|Schweitzer@1864:1871
Franz Mehring|Mehring
Anton Pannekoek|Pannekoek
Adam Stegerwald|Stegerwald
August Reinsdorf|Reinsdorf
Karl Ludwig von Ficquelmont|Ficquelmont
Franz von Pillersdorf|Pillersdorf
Adolf Fischhof|Fischhof
Karl Ludwig von Bruck
Leo von Thun und Hohenstein|Leo Thun
Richard Belcredi|Belcredi
Karl von Vogelsang|Vogelsang@1875:1890
Engelbert Pernerstorfer|Pernerstorfer
Bertalan Szemere|Szemere
György Klapka|Klapka
János Damjanich|Damjanich
Dezső Bánffy|Bánffy@1895:1899
Franciszek Smolka|Smolka
Jakub Szela|Szela
Jozef Miloslav Hurban|Hurban
Andrei Șaguna|Șaguna|Saguna
Ivan Franko
Niccolò Tommaseo|Tommaseo
Giuseppe Montanelli|Montanelli@1848:1849
Ugo Bassi
Luciano Manara|Manara
Angelo Brunetti|Ciceruacchio
Carlo Armellini|Armellini
István Türr|Türr
Agostino Bertani|Bertani
Fiorenzo Bava Beccaris|Bava Beccaris
Costantino Lazzari|Lazzari@1882:1926
Camillo Prampolini|Prampolini
Giacinto Menotti Serrati|Serrati
Filippo Corridoni|Corridoni
Giuseppe Toniolo|Toniolo
Vincenzo Ottorino Gentiloni|Gentiloni@1909:1916
Pietro Gori
Luigi Galleani|Galleani
Mikhail Lunin|Lunin@1816:1826
Wilhelm Küchelbecker|Küchelbecker|Kuchelbecker
Yakov Rostovtsev|Rostovtsev@1857:1860
Mark Natanson|Natanson@1869:1919
Nikolai Tchaikovsky
Sergey Degayev|Degayev|Degaev
German Lopatin|Lopatin
Gesya Gelfman|Gelfman
Nikolay Ishutin|Ishutin
Vladimir Dmitrievich Nabokov|V. D. Nabokov
Andrei Shingarev|Shingarev
Pavel Krushevan|Krushevan
Menahem Mendel Beilis|Mendel Beilis|Beilis
Grigory Aleksinsky|Alexinsky|Aleksinsky
Nikolai Bauman|Bauman@1903:1905
Simon Ter-Petrosian|Kamo@1905:1912
Vladimir Bonch-Bruyevich
Abram Gots|Gots@1906:1918
Nikolai Avksentiev|Avksentiev
Stepan Balmashov|Balmashov
Leon Pinsker|Pinsker
Ahad Ha'am
Eugen Schauman|Schauman
Julian Marchlewski|Marchlewski
Pyotr Rachkovsky|Rachkovsky
Alexander Bezobrazov|Bezobrazov
Henri Tolain|Tolain
James Guillaume
César De Paepe|De Paepe
Giuseppe Fanelli|Fanelli
George Odger|Odger
Fermín Salvochea|Salvochea
Will Thorne
Victor Grayson|Grayson@1907:1910
George Julian Harney|Harney
Emile Vandervelde|Vandervelde
Edward Anseele|Anseele
August Palm
Charles Kickham|Kickham
Edward James Saunderson|Saunderson
The O'Rahilly
John MacBride|MacBride@1899:1916
Hanna Sheehy-Skeffington
Michael Cusack|Cusack@1884:1906
Henry Flood
John Murphy (priest)|Father John Murphy
Richard Lalor Sheil|Sheil@1823:1851
Jovan Ristić|Ristić|Ristic
Vojislav Tankosić|Tankosić|Tankosic
Nedeljko Čabrinović|Čabrinović|Cabrinovic
Danilo Ilić
Živojin Mišić|Mišić@1912:1918|Misic@1912:1918
Petar II Petrović-Njegoš|Njegoš|Njegos
Todor Kableshkov|Kableshkov
Zahari Stoyanov
Konstantin Stoilov|Stoilov
Ivan Evstratiev Geshov|Geshov
Boris Sarafov|Sarafov
Petros Mavromichalis|Petrobey|Mavromichalis@1815:1830
Konstantinos Kanaris|Kanaris
Odysseas Androutsos|Androutsos
Papaflessas
Ioannis Makriyannis|Makriyannis
Dimitrie Sturdza
Take Ionescu
Titu Maiorescu|Maiorescu
Constantin Dobrogeanu-Gherea|Dobrogeanu-Gherea|Gherea
Essad Pasha Toptani|Essad Pasha
Ivan Mažuranić|Mažuranić|Mazuranic
Grigory Petrovsky|Petrovsky@1912:1914
Thérésa Tallien|Madame Tallien
Pierre-Joseph Cambon|Cambon@1791:1795
Augustin Robespierre
Lucien Bonaparte
Joseph Bonaparte
Pauline Bonaparte
Caroline Bonaparte
Letizia Bonaparte|Madame Mère
Benjamin Constant
Jules Simon
Gustav Struve|Struve@1845:1849
Robert Blum|Blum@1840:1848
Gottfried Kinkel
Lorenz Brentano|Brentano@1848:1849
Moses Hess|Hess@1840:1875
Friedrich List
Bulmer Hobson
Yegor Sazonov
Émile Henry
Demetrios Ypsilantis|Dimitrios Ypsilantis
Joseph Le Bon|Le Bon@1793:1795
Louis Auguste Le Tonnelier de Breteuil|Baron de Breteuil|Breteuil@1787:1789
Jean Denis, comte Lanjuinais|Lanjuinais
Emmanuel, comte de Las Cases|Las Cases
Hudson Lowe
Frederick William, Duke of Brunswick-Wolfenbüttel|Black Duke
Prince Charles Ferdinand, Duke of Berry|Duc de Berry@1815:1820|Duke of Berry@1815:1820
Louis André|General André@1900:1904
Sébastien Faure
Émile Eudes|Eudes@1870:1871
Johann Georg August Wirth
Jacob Grimm
Friedrich Graf von Wrangel|Wrangel@1848:1864
Franz Stadion, Count von Warthausen|Stadion@1848:1849
Manfredo Fanti
Nikita Muravyov
Mikhail Bestuzhev-Ryumin|Bestuzhev-Ryumin@1820:1826
Boris Chicherin
Matvey Skobelev
John Burns
Bronterre O'Brien
John Blake Dillon
Anna Parnell
T. P. O'Connor
Willie Redmond
Dragan Tsankov
Pavlos Melas
Abdyl Frashëri
Roman Malinovsky|Malinovsky@1910:1914
Eleanor Marx
Nikolay Bogolepov|Bogolepov
Dayan Khan|Dayan Khan
Zanabazar|Zanabazar
Bogd Khan|Bogd Khan|Bogd Gegeen|8th Jebtsundamba Khutuktu
Damdin Sükhbaatar|Damdin Sükhbaatar|Sükhbaatar|Sukhbaatar
Khorloogiin Choibalsan|Khorloogiin Choibalsan|Choibalsan
Yumjaagiin Tsedenbal|Yumjaagiin Tsedenbal|Tsedenbal
Yesün Temür|Yesün Temür
Yesugei|Yesugei
Hoelun|Hoelun
Ambaghai|Ambaghai
Yelü Dashi|Yelü Dashi|Yelu Dashi
Songtsen Gampo|Songtsen Gampo
Trisong Detsen|Trisong Detsen
Langdarma|Langdarma
Tanshihuai|Tanshihuai
Murong Chui|Murong Chui
Tuoba Gui|Tuoba Gui|Emperor Daowu of Northern Wei
Yuwen Tai|Yuwen Tai
Chai Rong|Chai Rong
Sima Yan|Sima Yan|Emperor Wu of Jin
Dae Joyeong|Dae Joyeong|King Go of Balhae
Gyeon Hwon|Gyeon Hwon|Kyŏn Hwŏn
Gung Ye|Gung Ye|Kungye
Shimazu Yoshihisa|Shimazu Yoshihisa
Himiko|Himiko
Shō Hashi|Shō Hashi|Sho Hashi
Shō Tai|Shō Tai|Sho Tai
Yasovarman I|Yasovarman I
Razadarit|Razadarit
Fa Ngum|Fa Ngum
Setthathirath|Setthathirath
Kertanegara|Kertanegara|Kertanagara
Airlangga|Airlangga
Amangkurat I|Amangkurat I
Arung Palakka|Arung Palakka
Acamapichtli|Acamapichtli
Xicotencatl|Xicotencatl|Xicohténcatl|Xicotencatl the Younger|Xicoténcatl the Younger
Viracocha Inca|Viracocha Inca
Minchancaman|Minchancaman
K'inich Janaab' Pakal|K'inich Janaab' Pakal|Pakal the Great|Pakal
Yax Kʼukʼ Moʼ|Yax K'uk' Mo'|Yax Kuk Mo
Jasaw Chan K'awiil I|Jasaw Chan K'awiil I|Jasaw Chan K'awiil
Siyaj K'ak'|Siyaj K'ak'
Yuknoom Ch'een II|Yuknoom Ch'een II|Yuknoom the Great
Uaxaclajuun Ubʼaah Kʼawiil|Uaxaclajuun Ub'aah K'awiil|18-Rabbit
Lempira|Lempira@1500:1540
Guarocuya|Guarocuya
Miantonomoh|Miantonomoh|Miantonomo
Deganawida|Deganawida|the Great Peacemaker
Kamehameha I|Kamehameha I|Kamehameha the Great
Tacky|Tacky@1760:1760
Evo Morales|Evo Morales
Muyeol of Silla|King Muyeol|Muyeol|Taejong Muyeol|Kim Chunchu|Kim Chun-chu
Munmu of Silla|King Munmu|Munmu
Jumong|Dongmyeong of Goguryeo|King Dongmyeong|Chumo
Onjo of Baekje|King Onjo|Onjo
Geunchogo of Baekje|King Geunchogo|Geunchogo|Kunchogo
Seong of Baekje|King Seong of Baekje|Seong@523:554
Gwangjong of Goryeo|King Gwangjong|Gwangjong
Seongjong of Goryeo|Seongjong@981:997
Empress Jingū|Empress Jingu|Jingū
Gyōki|Gyoki
Kūkai|Kukai|Kōbō Daishi|Kobo Daishi
Saichō|Saicho|Dengyō Daishi|Dengyo Daishi
Hōnen|Honen
Shinran
Nichiren
Dōgen|Dogen|Eihei Dōgen
Myōan Eisai|Eisai|Yōsai
Guan Yu
Xie An
Emperor Wu of Liang|Liang Wudi|Xiao Yan
Du Fu
Xuanzang|Hsuan-tsang|Hiuen Tsang
Lu You
Meng Gong
Lü Wenhuan|Lu Wenhuan
Yilibu
Rao Shushi
Tao Zhu
Trưng Trắc|Trung Trac
Trưng Nhị|Trung Nhi
Lady Triệu|Bà Triệu|Ba Trieu|Lady Trieu|Triệu Thị Trinh|Trieu Thi Trinh
Mai Thúc Loan|Mai Thuc Loan
Đinh Bộ Lĩnh|Dinh Bo Linh|Đinh Tiên Hoàng|Dinh Tien Hoang
Lê Thánh Tông|Le Thanh Tong
Indravarman I
Ekathotsarot
Narathihapate|Tarokpyemin
Wareru|Wagaru
Tribhuwana Wijayatunggadewi|Tribhuwana|Tribhuvana Wijayatunggadewi
Balaputra|Balaputradewa
Sanjaya of Mataram|Sanjaya@717:746
Trunajaya|Trunojoyo|Raden Trunajaya
Untung Surapati|Surapati
Hamengkubuwono I|Mangkubumi@1740:1792|Prince Mangkubumi
Trenggana|Sultan Trenggana|Trenggono
Mahmud Shah of Malacca
Abu Bakar of Johor|Abu Bakar@1862:1895
Huitzilihuitl
Moquihuix
Sassacus
Weetamoo
Dragging Canoe|Tsiyu Gansini
Attakullakulla|Attacullaculla|Little Carpenter
Rain-in-the-Face
Titu Cusi Yupanqui|Titu Cusi
Sayri Túpac|Sayri Tupac
Benkos Biohó|Benkos Bioho|Domingo Biohó
Duarte Coelho
Martim Afonso de Sousa
Gomes Freire de Andrade|Gomes Freire@1733:1763
Hélder Câmara|Dom Hélder Câmara|Helder Camara|Dom Helder Camara
Widukind|Wittekind
Boso of Provence|Boso@879:887
Owen Tudor|Owain Tudur
Jasper Tudor
Shane O'Neill
Grace O'Malley|Gráinne Mhaol|Granuaile
Phelim O'Neill|Sir Phelim O'Neill
Dafydd ap Gruffydd
Gruffudd ap Cynan
Isabeau of Bavaria|Isabeau
La Hire|Étienne de Vignolles
Fausto Sozzini|Faustus Socinus|Socinus
Justus Jonas
Duns Scotus|John Duns Scotus|Scotus
Albertus Magnus|Albert the Great
Richard de Clare, 2nd Earl of Pembroke|Strongbow
Abe no Nakamaro
Jianzhen|Ganjin
Ashikaga Yoshinori
Ashikaga Yoshiteru
Sesshū Tōyō|Sesshū|Sesshu
Zeami|Zeami Motokiyo
Rennyo
Hiraga Gennai
Ihara Saikaku|Saikaku
Chikamatsu Monzaemon|Chikamatsu
Ueki Emori
Uchimura Kanzō|Uchimura Kanzo|Kanzō Uchimura|Kanzo Uchimura
Niijima Jō|Niijima Jo|Joseph Hardy Neesima|Neesima
Heo Jun
Choe Si-hyeong|Ch'oe Si-hyŏng
Lee Bong-chang|Yi Bong-chang
Iryeon
Wonhyo
Uisang
Jinul
Mun of Balhae|King Mun of Balhae
Gogukcheon of Goguryeo|Gogukcheon
Sosurim of Goguryeo|Sosurim
Jinpyeong of Silla|Jinpyeong
Beopheung of Silla|Beopheung
Sin Saimdang|Shin Saimdang
Heo Nanseolheon
Nongae
Chế Bồng Nga|Che Bong Nga
Po Rome
Fan Shiman|Fan Man@205:225
Suryavarman I
Ponhea Yat
Samsenthai
Photisarath
Sourigna Vongsa|Souligna Vongsa
Si Inthrathit|Sri Indraditya
Li Thai|Lithai|Maha Thammaracha I
Thai Sa
Prem Tinsulanonda
Suchinda Kraprayoon|Suchinda
Dol Said
Mat Kilau
Tok Janggut
Rentap
Mat Salleh
Pangeran Antasari|Antasari
Dewi Sartika
Limahong|Lim Ah Hong|Lin Feng@1570:1575
Pío Valenzuela|Pio Valenzuela
Estevanico|Estebanico|Esteban the Moor|Esteban de Dorantes
Marcos de Niza|Fray Marcos de Niza|Fray Marcos
Diriangén|Diriangen
Urracá|Urraca@1515:1531
Caonabo
Agüeybaná|Agueybana
Guacanagaríx|Guacanagarí|Guacanagari
Gil González Dávila|Gil González de Ávila|Gil Gonzalez Davila
Inca Roca
Yawar Waqaq|Yahuar Huacac
Mayta Cápac|Mayta Capac
Ninan Cuyochi
Quizquiz|Quisquis
Chalcuchímac|Chalcuchimac|Challcuchima
Paullu Inca
Tacaynamo|Taycanamo
Eight Deer Jaguar Claw|Lord Eight Deer
Ce Acatl Topiltzin|Topiltzin Quetzalcoatl|Topiltzin
Huemac|Huemac@1000:1200
Cocijoeza
Spearthrower Owl|Jatz'om Kuy
K'ak' Tiliw Chan Yopaat|Cauac Sky
Lady Six Sky|Wak Chanil Ajaw
Itzamnaaj Bahlam III|Shield Jaguar the Great|Shield Jaguar II|Shield Jaguar@681:742
K'inich Kan Bahlam II|Kan Bahlam II|Kan Balam II|Chan Bahlum II
Hunac Ceel
Nachi Cocom
Chimalpahin|Domingo Chimalpahin
Pío Pico|Pio Pico
Catarino Garza
Tetabiate
Belisario Domínguez|Belisario Dominguez
Eufemio Zapata
Genovevo de la O
Otilio Montaño|Otilio Montano
Frida Kahlo
Saint Patrick|St Patrick|St. Patrick
Bede|Venerable Bede|the Venerable Bede|Bede@600:1100
Irnerius
Bonaventure|Saint Bonaventure|Bonaventure@1217:1274
Meister Eckhart|Eckhart@1260:1328
Lekë Dukagjini|Leke Dukagjini
Salavat Yulaev|Salavat Yulayev
Lý Bí|Ly Bi|Lý Nam Đế|Ly Nam De|Lý Bôn|Ly Bon
Guo Moruo|Kuo Mo-jo
Erasmo da Narni|Gattamelata
Braccio da Montone|Braccio@1400:1424
María de Molina|Maria de Molina
María Pacheco|Maria Pacheco
Rob Roy MacGregor|Rob Roy
John Erskine, 6th Earl of Mar|Earl of Mar@1715:1716|Bobbing John
Café Filho|Cafe Filho
Minor C. Keith|Minor Cooper Keith
León Cortés Castro|Leon Cortes Castro
Antônio de Siqueira Campos|Siqueira Campos
Emperor Shizong of Jin|Jin Shizong|Wanyan Yong
Emperor Zhangzong of Jin|Jin Zhangzong
Emperor Xizong of Jin|Jin Xizong
Wanyan Liang|Prince of Hailing|Hailing@1149:1161
Yelü Deguang|Emperor Taizong of Liao|Liao Taizong
Emperor Shengzong of Liao|Liao Shengzong|Yelü Longxu
Meng Chang
Liu Yu of Qi|Liu Yu@1130:1137
Ye Shi
Shao Yong
Bi Sheng
Mi Fu
Guan Hanqing
Bolad|Bolad Chingsang
Odoric of Pordenone|Odoric
Rabban Bar Sauma|Bar Sauma|Rabban Sauma
Altan Khan
Ligdan Khan|Ligden Khan|Ligdan
Longqing Emperor|Longqing
Hongguang Emperor|Hongguang|Zhu Yousong
Yongli Emperor|Yongli|Zhu Youlang
Xue Fucheng
Yung Wing|Rong Hong
He Xiangning
Dai Jitao|Tai Chi-tao
Xi Zhongxun
Ba Jin
Lao She
Wan Li|Wan Li@1950:2015
Qiao Shi
Pakubuwono I|Pakubuwana I|Pangeran Puger
Mangkunegara I|Raden Mas Said|Pangeran Sambernyawa
Panembahan Senopati|Senapati of Mataram|Senopati@1584:1601|Sutawijaya
Karaeng Pattingalloang|Pattingalloang
Taj ul-Alam Safiatuddin Shah|Sultanah Safiatuddin|Safiatuddin
Keumalahayati|Malahayati|Admiral Malahayati
Cut Nyak Meutia|Cut Meutia
Panglima Polem
Sisingamangaraja XII|Si Singamangaraja XII|Sisingamangaraja
Tuanku Tambusai
Kyai Maja|Kyai Mojo
Yap Ah Loy
Antanom|Ontoros Antanom
Gómez Pérez Dasmariñas|Gomez Perez Dasmariñas|Gomez Perez Dasmarinas
Basilio Augustín|Basilio Augustin
Andrés Malong|Andres Malong
Tamblot
Bankaw|Bancao
Papa Isio
Trinidad Tecson
Marcela Agoncillo
Paciano Rizal
José María Panganiban|Jose Maria Panganiban
Arcadio Maxilom
Pantaleon Villegas|León Kilat|Leon Kilat
Aniceto Lacson
Pylyp Orlyk|Philipp Orlik|Pylyp Orlik|Orlyk@1709:1742
Arima Harunobu
Hosokawa Gracia|Hosokawa Tama
Itakura Katsushige
Ōtori Keisuke|Otori Keisuke
Tani Tateki|Tani Kanjō
Kawaji Toshiyoshi
Higashikuni Naruhiko|Prince Higashikuni|Naruhiko Higashikuni|Higashikuni@1945:1945
Hitoshi Ashida|Ashida Hitoshi|Ashida@1947:1948
Tetsu Katayama|Katayama Tetsu
Nitobe Inazō|Nitobe Inazo|Inazō Nitobe|Inazo Nitobe|Nitobe
Okakura Kakuzō|Okakura Kakuzo|Okakura Tenshin|Kakuzō Okakura|Okakura
Natsume Sōseki|Natsume Soseki|Sōseki|Soseki
Mori Ōgai|Mori Ogai
Yosano Akiko|Akiko Yosano
Hiratsuka Raichō|Hiratsuka Raicho|Raichō Hiratsuka
Kagawa Toyohiko|Toyohiko Kagawa
Sen Katayama|Katayama Sen
Hitoshi Yamakawa|Yamakawa Hitoshi
Kanno Suga|Kanno Sugako
`;

/** Given names, for the pattern "given name + surname" ("Heinrich Kramer") and regnal names ("Louis XIII"). */
export const GIVEN_NAMES = `
Aaron Abraham Adam Adolf Adolph Adolphe Adrian Agnes Ahmed Ahmad Alain Albert Alberto Albrecht Aldo Alessandro
Alexander Alexandre Alexei Alexis Alfonso Alfred Alfredo Ali Alice Alois Amadeus Amalia Amelia Anatole Anders
Andre André Andrea Andreas Andrei Andrew Andrés Angela Angelo Anna Anne Antoine Anton Antonio Antony Anthony Archibald
Armand Arnold Arthur Athanasius August Auguste Augustin Augustine Augustus Baldwin Balthasar Barbara Bartholomew
Basil Beatrice Benedict Benito Benjamin Bernard Bernhard Bertha Bertrand Blaise Bogdan Boleslaw Boris Brian
Bruno Camille Camillo Carl Carlo Carlos Caroline Casimir Catherine Cecil Cecilia Cesare Charles Charlotte
Christina Christine Christoph Christopher Claude Claudia Clemens Clement Conrad Constance Constantine Cornelius
Cristoforo Cyril Cyrus Daniel Dante David Denis Diego Dietrich Dmitri Dmitry Dominic Donald Dorothy Douglas
Dwight Eamon Edgar Edmund Edmond Eduard Edouard Édouard Edward Edwin Eleanor Elias Elisabeth Elizabeth Ellen
Emile Émile Emil Emilio Emma Emmanuel Engelbert Enrico Erasmus Eric Erich Erik Ernest Ernst Esther Étienne
Etienne Eugen Eugene Eugène Eva Evelyn Fabian Federico Felipe Felix Ferdinand Fernando Fidel Filippo
Francesco Francis Francisco Francois François Franz Frederick Frederic Frédéric Friedrich
Fritz Gabriel Gaspard Gavrilo Geert Georg George Georges Gerald Gerhard Giacomo Gilbert Giovanni Girolamo
Giuseppe Gottfried Gregor Gregory Grigori Grigory Guido Guillaume Gustav Gustave Gustavus Hans Harold Harriet
Harry Heinrich Helen Helena Helmut Helmuth Henri Henrietta Henry Herbert Hermann Herman Hernán Hernan Hernando
Horatio Hugh Hugo Hugues Humphrey Ignatius Igor Ilya Imre Isaac Isabel Isabella Isabelle Ivan Jacob
Jacques Jakob James Jan Jane Janos János Jaroslav Jean Jeanne Jerome Joachim Joan Johann Johanna
Johannes John Jonathan José Josef Joseph Josip Joshua Juan Judith Jules Julia Julian Julius Jürgen Karl Karol
Katherine Kathleen Klaus Klemens Konrad Kurt Lajos Lavrentiy Lazar Lech Leni Leo Leon Léon Leonard Leonardo
Leonid Leopold Lev Lorenzo Lothar Louis Louise Lucas Lucien Ludovico Ludwig Luigi Luis Lyndon Madeleine Manuel
Marcel Marco Margaret Margarete Margarethe Maria Marie Marina Martin Mary Matilda Matthias Maurice Max
Maximilian Maximilien Melchior Michael Michel Michele Miguel Mikhail Miklós Milton Mohammed Mohammad
Muhammad Moritz Napoleon Neville Niccolò Niccolo Nicholas Nicolas Nicolaus Nikita Nikolai Nikolaus Norbert
Octavian Oliver Olivier Omar Oskar Oscar Osman Oswald Otto Owen Pablo Paolo Patrick Paul Paula Pavel Pedro Peter
Petr Philip Philipp Philippe Phillip Pierre Pietro Pius Pyotr Rainer Ralph Ramón Raoul Raymond Reinhard René
Rene Richard Robert Roberto Rodrigo Roger Roland Ronald Rosa Rudolf Rudolph Rupert Salvador Samuel Sebastian
Sergei Sergey Sigismund Simon Simón Sophia Sophie Stanislaw Stanisław Stefan Stephen Susan Sven Theodor Theodore
Theresa Thomas Tomas Tomás Ulrich Ulysses Umberto Valentin Vasily Vaclav Václav Victor Viktor Vincent
Vincenzo Vittorio Vladimir Walter Werner Wilhelm Wilhelmina Willem William Willy Winston Wolfgang Woodrow Yuri
Zachary Selim Suleiman Mehmed Murad Bayezid Mahmud Abdul Abdulhamid Abbas Ismail Reza Mustafa Kemal Enver Talat
Chiang Kim Deng Zhou Hideki Hirohito Tokugawa Oda Toyotomi Jawaharlal Indira Mohandas Subhas Fyodor
Alexandra Olga Tatiana Anastasia Leopoldine Wenceslaus Wenzel Casimir Władysław Wladyslaw Jadwiga Gustaf
Frederik Haakon Olaf Magnus Eric Ivar Harald Canute Knut Sancho Alfonso Fernando Isabel Afonso João Joao Manuel
Sebastião Rodrigue Godfrey Baldwin Tancred Bohemond Raymond Geoffrey Stephen Matilda Eleanor Richard Edward
Tony Tim Timothy Tom Jim Jimmy Joe Ken Kenneth Ron Steve Steven Mike Dave Dan Ben Sam Ted Jack Nick Chris Larry
Jerry Gary Gordon Alan Allan Ian Keith Neil Nigel Graham Colin Stanley Bobby Hillary Barack Kamala Nancy Condoleezza
Zbigniew Golda Benazir Yitzhak Menachem Ariel Shimon Yasser Hosni Muammar Saddam Bashar Hafez Recep Kwame Jomo
Patrice Desmond Raúl Augusto Evita Getúlio Emiliano Pancho Porfirio Lázaro Ayatollah Ruhollah Anwar Gamal Haile
`;
