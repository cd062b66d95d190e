/**
 * More given names that open a person's name by pattern ("Nathan Bedford Forrest", "Dean Rusk", "Axel
 * Oxenstierna", "Sergio Ramírez", "Pál Kinizsi", "Morarji Desai"), beside the list in persons.ts: common names of the
 * English-speaking world, of Spain, Portugal and Latin America, of Italy, France, the German lands, the Low Countries
 * and Scandinavia, of Eastern Europe, the Balkans, Greece and Russia, of the Turkish, Arab and Persian worlds, of
 * South and Southeast Asia, of Africa and of Hebrew, and medieval names as chronicles write them ("Jäcklein",
 * "Galeotto", "Vratislav", "Æthelred"), each with the accented and plain spellings notes use. Left out, since a given
 * name only opens a name and a miss costs less than a false person: names that are also everyday capitalised words
 * at a sentence's start ("Will", "May", "Grant", "Rose", "Hope", "Martial", "Per"); titles ("Amir", "Emir", "Raj");
 * places, peoples and months ("Victoria", "Sydney", "Georgia", "Sofia", "Selma", "Rosario", "Karen", "Lydia",
 * "Carolina", "Emilia", "Uri", "Sava", "Ravi", "June"); and names notes mostly write as a surname ("Howard",
 * "Calvin", "Craig", "Murat", "Marcos", "Novak", "Mendel", "Paulus").
 */
export const MORE_GIVEN_NAMES = `
Abdul Abdullah Abel Abigail Abner Achille Ada Adalbert Adele Adolfo Afonso Agostino Akbar Alan Alastair Alberta Albin
Alcide Aleksander Aleksandr Aleksei Alessandra Alexandra Alfons Alfonse Alfonsina Alois Aloysius Alphonse Alvaro
Álvaro Amedeo Amos Anastasia Anatoly Anatolii Andrzej Aneurin Angus Anselm Ansel Antonín Antonin Ariel Aristide Arkady
Arnaud Arne Arturo Asa Ashraf Attila Augusto Aurelio Avraham Axel Aziz Baldassare Barack Barnabas Barry Basil Beatrice
Beatrix Bedřich Benedetto Benedikt Benito Benjamín Bernadette Bernard Bernardo Bernhard Bertrand Bertha Bettino
Bhimrao Blaise Bogdan Bohdan Boleslaw Bolesław Boniface Booker Brian Bruno Bryan Caius Camille Carlo Carlos Carol
Caroline Casimir Catalina Cecil Cesare César Chaim Christabel Christoph Christopher Claude Claudio Clemens Clement
Clémentine Clifford Conrad Constantin Corazon Cosimo Curtis Cyril Cyrus Dag Daniel Daniele Danilo Dante Darius Dean
Deborah Desmond Dietrich Dimitri Dmitri Dmitry Dolores Domenico Dominique Donald Dorothea Dorothy Douglas Dwight Edgar
Edith Edmund Eduard Eduardo Edvard Edwin Egon Ehud Eleanor Elena Eli Elias Elihu Elijah Elisabeth Elizabeth Ella Ellen
Emanuel Emil Emile Émile Emilio Emiliano Emma Emmanuel Emmeline Engelbert Enrico Enver Ephraim Erasmus Erich Erik
Ernesto Ernst Errol Esther Étienne Eugen Eugène Eugenio Evita Ezra Fabian Faisal Farouk Fatima Federico Felipe Felix
Ferdinando Fernando Fidel Filippo Florian Francesca Francesco Franciszek Franjo Franz Friedrich Fritz Fulgencio Gamal
Gaspard Gavrilo Gennady Georg Georges Georgy Gerald Gerard Gerhard Gerolamo Gertrude Giacomo Gian Gianni Gilbert
Gioacchino Giorgio Giovanni Girolamo Giulio Giuseppe Gleb Golda Gottfried Gottlieb Gregor Grigori Grigory Guglielmo
Guido Guillaume Gunnar Günther Gustav Gustave Gustavo Guy Gyula Haakon Habib Hafez Haile Hans Harald Harold Harriet
Hassan Hector Heinz Helene Helmut Helmuth Henri Henrik Henrique Herbert Hermann Hernán Hernando Hideki Hiram Homer
Horace Horatio Hosni Hubert Hugh Hugo Humphrey Hussein Ibrahim Ignacy Ignatius Igor Ilya Imre Indira Ingrid Ion
Ioannis Irving Isaac Isabel Isabella Isaiah Ismail Istvan István Ivan Ivo Jacob Jacopo Jacques Jakob Jamal Jan Janos
János Jaroslav Jawaharlal Jean Jeanne Jerome Jerzy Jesse Joachim Joan Joanna Joaquim Joaquín Johannes Jonathan Jorge
Josef Josip Josiah Józef Juan Judah Judith Jules Julia Julian Julio Julius Jürgen Justinian Karl Karol Kasimir
Katharina Katherine Kemal Kenneth Khalid Klaus Klemens Konrad Konstantin Kurt Lajos Lavrentiy Lazar Lazare Leonid
Leonard Leonardo Leonidas Leopold Lev Levi Liam Lorenzo Lothar Louise Lucas Lucien Lucius Ludovico Ludwig Luigi Luis
Luís Luke Lyndon Madeleine Mahmoud Mahmud Malcolm Manfred Manuel Marcel Marcus Margaret Margarethe Maria Marianne
Marie Mario Marius Martha Martín Mary Mathias Matteo Matthew Matthias Maurice Max Maximilian Maximilien Mehmed Mehmet
Menachem Michael Michel Miguel Mikhail Miklós Milovan Mohammed Mohammad Mohandas Moritz Moses Muhammad Murad Mustafa
Nadezhda Nahum Nathan Nathaniel Neville Niccolò Nicholas Nicola Nicolae Nicolas Nicolás Nikola Nikolai Nikolaus Nils
Norbert Octave Olaf Oliver Olof Omar Orest Orhan Oskar Oswald Otto Ottokar Pablo Paolo Patrice Patrick Pavel Pedro
Petar Peter Petr Philipp Philippe Piero Pierre Pietro Piotr Pyotr Rafael Raffaele Ralph Ramón Raoul Raymond Reinhard
Reinhold René Reza Ricardo Richard Rita Rodolfo Rodrigo Roger Roland Rolf Romano Ronald Rosa Rudolf Rudolph Rupert
Saddam Salvatore Samuel Sandro Saul Sebastian Sebastián Selim Semyon Sergei Sergey Sigismund Silvio Simon Simone
Slobodan Solomon Sophia Sophie Stanisław Stanislaw Stefan Stepan Stephen Suleiman Sylvia Tadeusz Talat Tariq Theobald
Theodor Theodore Thérèse Thaddeus Tobias Tomas Tomáš Toussaint Trygve Ulrich Umberto Valentin Valery Vasco Vasily
Vaclav Václav Viktor Vincent Vincenzo Vittorio Vladimir Vyacheslav Walter Wendell Werner Wilhelm Wilhelmina Willem
William Willy Winfield Wolfgang Xavier Yakov Yasser Yitzhak Yosef Yuri Zbigniew Zoltán Giuliano Galeazzo Ercole Primo
Pascual Plutarco Venustiano Victoriano Félix Ignacio Agustín Vicente Gonzalo Mariano Bernardino Gregorio Esteban Juana
Seweryn Kazimierz Michał Zygmunt Johan Maurits Pieter Hendrik Lamoraal Filips Julien Amalric Reynald
Enguerrand Arnulf Odo Eudes Pippin Pépin Carloman Lothair Dagobert Chilperic Childeric Hasan Husayn Mirza Fahd Saad
Mehdi Morteza Karim Kazem Fazlollah Zia Sattar Bagher Mozaffar Naser Fawzi Fuad Yusuf Umar Uthman Harun Jafar Yahya
Musa Idris Tahir Talha Aisha Khadija Zaynab Salah Saif Sayf Yigal Moshe Abba Folke Alexandros Adamantios Rigas
Georgios Konstantinos Theodoros Petros Dimitrios Nikolaos Eleftherios Kostas Stavros Spyridon Vasileios Athanasios
Christos Panagiotis Emmanouil Evangelos Michail Bardas Romanos Nikephoros Alexios Andronikos Eudokia Zoe Theophano
Irene Theodora Justin Symeon Sviatoslav Yaroslav Oleg Mstislav Vsevolod Iziaslav Ulrika Eleonora Kondraty Piet Koos
Christiaan Redvers Emily Leander Prokop Jiří Zikmund Ondřej Mikuláš Jakoubek Élisabeth Elisabeth Nathalie
Marguerite Jeanne Germaine Madeleine Simone Suzanne Hortense Joséphine Sanford Lorrin Máximo Maximo Práxedes Adelaide
Rainulf Drogo Melus Serlo Sichelgaita Mark Radomir Oreste Orde Aimable Nikolay Aleksey Zinovy Anthonie Abebe Gugsa
Seyum Imru Kassa Mulugeta Alula Tafari Mengesha Makonnen Syed Sayyid Tajuddin Nazrul Archer
Frank Fred Freddie Sidney Lester Dudley Eliza Flora Ambrose Agatha Alec Algernon Alison Alonzo Alvin Amanda Amy Andy
Ann Annie Archie Aubrey Audrey Bertie Bertram Betsy Betty Billy Blanche Brendan Bridget Caleb Carolyn Carrie Catharine
Cecily Charlie Clara Connie Cora Cornelia Cuthbert Cynthia Daphne Davy Dennis Diana Diane Dolly Dora Doris Ebenezer
Edna Edwina Eileen Elbridge Elinor Elmer Eloise Elsie Emmett Enoch Ethel Eunice Evan Ezekiel Fanny Fiona Frances Freda
Frederica Gideon Giles Gladys Georgina Gwendolyn Gwen Hal Hank Hannah Hattie Hester Hezekiah Hilda Ida Imogen Ira
Isobel Jacqueline Jake Janet Jed Jedediah Jeff Jeffrey Jemima Jenny Jeremiah Jeremy Jessie Jill Jocelyn Joel Johnny
Jonas Josephine Julie Kate Katharine Lancelot Laura Laurence Leah Leila Lemuel Leonora Leroy Leslie Lillian Lionel
Lizzie Lois Lorna Louisa Lucretia Lucy Mabel Maggie Marcia Margery Marian Marjorie Marvin Maud Maude Mavis Meg Melvin
Meriwether Micah Mildred Millicent Minnie Miriam Monica Mordecai Muriel Myra Nat Ned Nell Nellie Nora Obadiah Olivia
Pamela Peggy Penelope Percival Phil Philippa Phoebe Phyllis Polly Priscilla Rachel Reginald Rhoda Roderick Rosalind
Rowland Roy Rufus Sarah Selina Septimus Sheila Shirley Silas Simeon Stella Susanna Susannah Sybil Sylvester Tabitha
Teddy Terence Theo Theophilus Toby Tristram Ursula Valerie Vera Veronica Vivian Walt Wilbur Wilfred Wilfrid Willard
Winifred Zachariah Zebulon Zelda Jethro Elisha Nehemiah Reuben Seth Hosea Uriah Roscoe Thurgood Adlai Spiro Estes
Strom Cordell Millard Grover Alfreda Abbie Bessie Lettice Perkin Piers Orderic Gerrard Denzil Titus Jasper Ethan
Elspeth Gertie Wystan Lambert Seamus Séamus Sean Seán Éamon Eamonn Éamonn Padraig Pádraig Cathal Ciarán Ciaran Conor
Cormac Declan Diarmuid Dermot Donal Dónal Eoin Fergus Kieran Niall Oisín Ruairí Rory Tadhg Turlough Aodh Brigid
Siobhan Siobhán Máire Mairéad Gráinne Grainne Aoife Niamh Sinéad Sinead Eoghan Sorley Alasdair Alistair Callum Calum
Duncan Dougal Euan Ewan Ewen Finlay Gavin Hamish Iain Lachlan Ranald Torquil Morag Kirsty Mairi Catriona Dafydd
Gruffudd Gruffydd Llywelyn Llewelyn Owain Rhodri Hywel Iolo Gwilym Maredudd Rhys Emrys Gwynfor Gareth Geraint Huw
Ieuan Iorwerth Madog Rhiannon Angharad Gwenllian Myfanwy Cadwgan Sergio Enrique Víctor Óscar Jaime Humberto
Moisés Moises Bartolomé Bartolome Venancio Anacleto Patricio Macario Apolinario Graciano Edén Alejandro Alejo Alonso
Amado Ambrosio Anastasio Ángel Aníbal Anibal Armando Arnoldo Arsenio Baltasar Baldomero Benigno Bernabé Blas Bonifacio
Camilo Cándido Candido Carmelo Casimiro Cayetano Celestino Cesar Cipriano Clemente Conrado Cristóbal Cristobal Damián
Darío Dario Demetrio Dionisio Efraín Efrain Eladio Eleuterio Eligio Eliseo Elías Eloy Emeterio Enriqueta Epifanio
Eusebio Evaristo Ezequiel Fabio Facundo Faustino Fermín Fermin Fernán Filiberto Florencio Fructuoso Gabino Gaspar
Genaro Gerardo Germán Gilberto Guillermo Heriberto Hermenegildo Higinio Hilario Hipólito Hipolito Honorio Horacio
Ildefonso Inocencio Isidro Isidoro Ismael Jacinto Javier Jerónimo Jeronimo Joaquin Justo Juvenal Laureano Lazaro
Leandro Leoncio Leopoldo Lisandro Luciano Lucio Marcelino Marcelo Marcial Mateo Matías Matias Mauricio Maximiliano
Melchor Melitón Modesto Narciso Nicanor Octavio Ramiro Ramon Raul Reinaldo Renato Rogelio Rolando Román Rómulo Romulo
Rubén Ruben Saturnino Segundo Serafín Severo Silvestre Sixto Teodoro Timoteo Tiburcio Toribio Tristán Ulises Valentín
Valeriano Victorino Virgilio Wenceslao Zacarías Jacobo Rigoberta Violeta Néstor Nestor Abimael Cuauhtémoc Bernal
Pánfilo Ginés Celia Haydée Vilma Eliécer Arnulfo Túpac Tupac Manco Buenaventura Niceto Amadeo Dámaso Álvar
Ruy Jaume Pere Jordi Lluís Josep Francesc Enric Narcís Antoni Miquel Bernat Arnau Carles Sabino Iñaki Xabier Cristina
Beatriz Inés Leonor Guiomar Urraca Jimena Consuelo Carmen Teresa Juliana Gabriela Verónica Adela Elvira Josefa Manuela
Francisca Petrona Micaela Antonia Gregoria Américo Getulio Juscelino Jânio Janio Tancredo Deodoro Floriano Epitácio
Artur Plínio Luiz Inácio Emílio Antônio António Mário Otelo Amílcar Amilcar Agostinho Samora Holden Gonçalo Bartolomeu
Fernão Nuno Estêvão Tristão Chico Leonel Paulo Jair Dilma Itamar Rui Venceslau Júlio Caio Euclides Oswaldo Osvaldo
Olavo Bento Diogo Bonifácio Irineu Eusébio Honório Leopoldina Januário Vinícius Inês Italo Dino Palmiro Amintore
Gabriele Tommaso Massimo Nino Ciro Ugo Giosuè Sigismondo Pandolfo Galeotto Bartolomeo Muzio Castruccio Ezzelino Azzone
Bernabò Giangaleazzo Michelangelo Raffaello Raphael Donato Benvenuto Marsilio Giordano Galileo Gasparo Gaspare
Ranuccio Ottavio Vespasiano Federigo Lucrezia Caterina Bianca Elisabetta Costanza Giovanna Margherita Maddalena
Vittoria Artemisia Carlotta Emanuele Ferruccio Ivanoe Gaetano Costanzo Leonida Errico Enzo Fausto Gino Pier Luchino
Ettore Giuseppina Ignazio Gennaro Calogero Raimondo Rinaldo Riccardo Tancredi Orazio Ottaviano Ruggero Ruggiero
Lodovico Lelio Manlio Marcantonio Mattia Mauro Maurizio Nicolò Ottone Pasquale Raniero Renzo Rocco Saverio Settimio
Stefano Tiziano Tullio Valerio Vito Giorgia Elsa Coluccio Battista Brunetto Bartolommeo Guidobaldo Bindo Ludovica
Annibale Paola Alessio Luca Vittore Giacinto Gherardo Corrado Adriano Fabrizio Beppe Giacomino Girolama Oddone Uberto
Lapo Cino Filippino Adrien Aimé Ambroise Amédée Arsène Aurélien Baptiste Barthélemy Benoît Benoit Christophe Clément
Cyrille Désiré Didier Dieudonné Élie Éloi Eustache Évariste Fabien Félicien Fernand Firmin Florent Gaëtan Gaston
Gérard Gervais Gilles Godefroy Grégoire Hervé Hippolyte Honoré Ignace Isidore Jérôme Laurent Léonard Léopold Luc Marc
Mathieu Matthieu Maxime Napoléon Odilon Prosper Régis Rémi Rémy Romain Sébastien Serge Stéphane Sylvain Théodore
Théophile Thibault Thibaut Thierry Timothée Tristan Urbain Valéry Yves Yvon Adélaïde Adèle Agnès Aliénor Amélie Angèle
Antoinette Berthe Brigitte Cécile Céline Christiane Claudine Clotilde Colette Danielle Delphine Denise Édith Éléonore
Élise Émilie Françoise Gabrielle Geneviève Georgette Gisèle Hélène Henriette Irène Josette Juliette Laure Léonie Lise
Lucie Marcelle Marthe Mathilde Michèle Micheline Monique Nicole Odette Odile Olympe Renée Rosalie Solange Sylvie
Valérie Véronique Virginie Yvonne Ségolène Arlette Aymeric Baudouin Foulques Fulk Gautier Geoffroi Geoffroy Guilhem
Raimond Renaud Thibaud Tancrède Yolande Ysabeau Amaury Jehan Yvain Fulbert Marien Cyprien Juvénal Moïse Moise Sylvanus
Philibert Mathurin Josselin Sadi Léonce Anselme Eudoxie Margot Agrippa Armel Aurèle Bénédicte Clovis Évrard Rodolphe
Roch Séverin Zéphirin Loïc Götz Goetz Niklaus Sigmund Alfried Armin Baldur Berthold Burkhard Claus Dieter Eberhard
Eckhart Eitel Ekkehard Ewald Fedor Gebhard Gerd Gerhart Gottlob Günter Gunter Gunther Hasso Heribert Horst Hubertus
Ignaz Jörg Joerg Kaspar Caspar Kuno Lorenz Meinrad Otmar Ottmar Rüdiger Rupprecht Ruprecht Sepp Siegfried Udo Waldemar
Walther Willi Winfried Wolfram Adelheid Angelika Anneliese Annemarie Elfriede Erika Frieda Friederike Gertrud Gisela
Greta Gretchen Hannelore Hedwig Heidi Helga Hildegard Ilse Irma Käthe Liselotte Luise Magda Marlene Renate Ulrike
Jäcklein Joß Joss Wendel Wendelin Kunz Konz Konradin Liudolf Ludolf Brun Egbert Ekbert Meinhard Hadwig Kunigunde
Richenza Rainald Reinald Walram Huldrych Jürg Urs Hansjörg Erwin Gebhardt Heinrike Roswitha Hrotsvit Walburga Markus
Franziska Bettina Lieselotte Wernher Hjalmar Joschka Erhart Sixtus Veit Wilibald Willibald Lukas Matthäus Florentin
Cornelis Gerrit Joost Adriaan Arend Bastiaan Claes Klaas Dirk Everhard Floris Gijsbert Govert Harmen Hein Huib Jacobus
Jeroen Joris Jozef Kees Lodewijk Maarten Michiel Nicolaas Reinier Rembrandt Roelof Ruud Rutger Sjoerd Stijn Thijs Wim
Wouter Geertruida Aletta Anneke Lieven Jef Gustaaf Boudewijn Baudewijn Frans Laurens Menno Desiderius Quentin Hendrick
Jacoba Catharina Coenraad Gijs Lambertus Theodorus Wilhelmus Hieronymus Constantijn Jacobine Aert Karel Simo Urho Juho
Risto Kaarlo Kyösti Pehr Evind Väinö Vaino Eero Mauno Martti Paavo Pekka Tarja Matti Heikki Ilmari Lauri Tauno Toivo
Aarne Arvo Esko Hannu Kalevi Kalle Kustaa Oiva Olli Pentti Sakari Seppo Tapio Teuvo Timo Tuomas Veikko Yrjö Aino Eeva
Helmi Liisa Hella Arvid Bengt Bertil Birger Björn Bjorn Einar Erland Fredrik Gösta Gosta Göran Goran Ingvar Lars Leif
Stig Sture Svante Tage Ulf Vilhelm Åke Östen Birgitta Brita Ebba Hedvig Ingeborg Karin Kerstin Kristina Margareta
Astrid Signe Märta Håkon Olav Sverre Sigurd Eystein Øystein Halfdan Erling Vidkun Fridtjof Roald Gro Kjell Egil Eirik
Halvard Jens Kåre Ragnar Sigrid Solveig Knud Valdemar Svend Niels Poul Søren Soren Holger Thorvald Anker Rasmus Peder
Tycho Steen Mogens Margrethe Dagmar Thyra Estrid Jón Snorri Egill Sigurður Ólafur Halldór Vigdís Ingólfur Thorfinn
Ubba Guthrum Sweyn Thorkell Hrolf Rollo Bjarni Gorm Harthacnut Freydis Gudrun Sigtrygg Absalon Gyda Asbjørn Torbjørn
Sune Thorstein Tord Ottar Helge Bogusław Boguslaw Bronisław Bronislaw Czesław Czeslaw Dariusz Emilian Feliks Grzegorz
Henryk Hieronim Jacek Jakub Janusz Jarosław Jaroslaw Juliusz Konstanty Krzysztof Ludwik Maciej Marek Mieczysław
Mieczyslaw Mieszko Mikołaj Mikolaj Paweł Pawel Przemysł Radosław Radoslaw Romuald Ryszard Sławomir Slawomir Tomasz
Wacław Waclaw Walery Wawrzyniec Wincenty Witold Włodzimierz Wlodzimierz Wojciech Zdzisław Zdzislaw Augustyn Bartosz
Dominik Leszek Halina Irena Krystyna Wanda Zofia Elżbieta Elzbieta Danuta Katarzyna Małgorzata Malgorzata Agnieszka
Konstancja Ludwika Róża Bohumil Bohuslav Břetislav Bretislav Čeněk František Frantisek Gustáv Jaromír Jindřich
Jindrich Jiri Klement Ladislav Ludvík Ludvik Miloš Milos Miroslav Oldřich Oldrich Otakar Přemysl Premysl Soběslav
Spytihněv Stanislav Svatopluk Vladislav Vratislav Vojtěch Vojtech Zdeněk Zdenek Jeroným Boleslav Bořivoj Borivoj
Kunhuta Libuše Ludmila Anežka Eliška Božena Milada Věra Ľudovít Ludovit Andrej Rastislav Alojz Vladimír Michal Štefan
Ján Pribina Mojmír Jaroslava Zdenka Wenceslas Ladislaus Vladislaus Wladislaus Wratislaw Sobieslaw Boleslaus Pál László
Laszlo Mátyás Matyas Miklos Ferenc Sándor Sandor Gábor Gabor Béla Bela Géza Geza Dezső Dezso Ervin Endre Kálmán Kalman
Tibor Zoltan Jenő Jeno Ernő Árpád Arpad Ákos Antal Balázs Bálint Benedek Csaba Dénes Elemér Frigyes Gergely György
Gyorgy Gusztáv Ignác Iván József Jozsef Károly Karoly Kelemen Kristóf Lőrinc Mihály Mihaly Móric Nándor Ottó Péter
Rezső Róbert Sebestyén Szilárd Tamás Tivadar Vilmos Zsigmond Ödön Erzsébet Ilona Katalin Mária Zsófia Judit Ágnes Éva
Klára Ulászló Koppány Levente Salamon Menyhért Boldizsár Gáspár Aleksandar Alija Ante Borislav Božidar Branko
Dragoljub Draža Dragutin Dušan Dusan Đorđe Djordje Ivica Janez Jovan Kosta Ljubomir Milorad Miodrag Mirko Momčilo
Nedeljko Pavle Predrag Radovan Ratko Stjepan Stevan Svetozar Tomislav Trifko Uroš Vladko Vlado Vojislav Vuk Zoran
Željko Žarko Haris Fikret Primož Ciril Milutin Nemanja Danica Jelena Mira Ljubica Zdravko Krsto Mihailo Ilija
Dimitrije Vukašin Alexandru Corneliu Dumitru Gheorghe Horia Ilie Ioan Iuliu Mihai Mircea Petru Radu Ștefan Traian
Vasile Vlad Ana Ecaterina Avram Barbu Dinu Iosif Grigore Costache Lascăr Ionel Ionuț Dimitar Georgi Hristo Kiril
Lyuben Petko Stoyan Todor Vasil Vulko Valko Zhelyu Aleko Samuil Kaloyan Tsvetan Zahari Lyudmila Teodor Boyko Rumen
Themistoklis Nikos Antonis Apostolos Aristeidis Dimitris Giannis Yannis Lambros Markos Manolis Michalis Miltiadis
Pavlos Periklis Sotirios Spyros Stelios Stylianos Thrasyvoulos Vasilis Yiannis Yorgos Odysseas Charilaos Epameinondas
Kyriakos Sofoklis Grigoris Aris Melina Eirene Leontios Demetrios Gennadios Ioannes Herakleios Theodosios Elefterios
Kostis Anastasios Ilias Evripidis Sokratis Thanasis Takis Harilaos Despina Eleni Katerina Konstantina Artyom Egor
Yegor Evgeny Yevgeny Gavriil Innokenty Kirill Kliment Lavrenty Maxim Maksim Matvei Ruslan Taras Timofei Valerian
Vitaly Yulian Zakhar Symon Mykhailo Volodymyr Pavlo Yevhen Andriy Oleksandr Oleksiy Petro Mykola Vasyl Yuriy Yulia
Hryhoriy Ostap Lesya Olena Aleksandra Ekaterina Yekaterina Yelena Elizaveta Irina Larisa Natalya Nina Raisa Sofya
Svetlana Tatyana Valentina Zinaida Inessa Emelian Yemelyan Stenka Kuzma Yermak Afanasy Avvakum Lavr Genrikh Anastas
Varlam Osip Vissarion Gavrila Irakli Moisei Sergo Isaak Kazimir Wassily Mily Avel Feodor Akaky Alexandr Arseny Ippolit
Matvey Platon Rodion Savva Trofim Yefim Yevgenia Veniamin Vikenty Anatoli Vadim Ksenia Evdokia Praskovia Marfa Lyubov
Galina Anatoliy Oleksandra Vitali Ahmet Alparslan Bülent Celal Celâl Cemal Cevdet Ekrem Ertuğrul Ertugrul Fahri Fevzi
Fethi Fuat Halil Hamdi Hüseyin Huseyin Hüsrev İbrahim İsmet Ismet İsmail Kâzım Kazım Kazim Kenan Mahmut Mesut Mithat
Midhat Necmettin Nihat Ömer Rauf Refik Rıza Riza Sait Selahattin Semih Süleyman Tansu Turgut Zeki Ziya Halide Latife
Sabiha Adnan Şevket Kâmil Abdülhamid Abdülmecid Abdulmejid Abdülaziz Abdulaziz Reşid Reshid Namık Namik Hayreddin Oruç
Piri Cem Korkut Kösem Hürrem Mihrimah Nurbanu Safiye Turhan Fazıl Halet Tevfik Yakup Yunus Fatin Refet Cevat Akif
Nazım Nazim Sabahattin Yaşar Yasar Fethullah Abdülmecit Bayezit Beyazıt Cengiz Deniz Emine Hikmet Ihsan İhsan Nuri
Rahmi Şükrü Sukru Tahsin Talât Cavid Zübeyde Muhittin Hulusi Abdel Abdelaziz Abdelkader Abdelhamid Abdelkrim Abdallah
Abdulla Abdulrahman Abdurrahman Adel Akram Alaa Amr Anas Atef Ayman Bashir Bilal Boutros Farid Faris Faruq Fathi Hafiz
Haidar Haydar Hamad Hamid Hamza Hashim Hatem Haytham Hazem Hisham Houari Imad Isa Issa Jalal Jamil Jassim Jawad Jibril
Kamal Kamil Khaled Khalil Lutfi Majid Mansur Mansour Marwan Mohamed Mohamad Muhammed Moustafa Muawiya Munir Nabil
Nader Najib Nawaf Nizar Nouri Osama Usama Rashid Rachid Rafiq Rafik Rafic Ramzi Sabri Saleh Salih Salim Salman Sami
Samir Shukri Taha Talal Tarek Tawfiq Tawfik Tewfik Walid Yasin Yassin Yazid Youssef Yousef Zaid Zayd Zaki Ziad Zuhair
Amina Asma Hoda Huda Jamila Nawal Ruqayya Safiya Samira Nur Ayyub Ayub Messali Ferhat Chadli Moktar Abdou Abdoulaye
Mustapha Abdelfattah Qaboos Jaber Zayed Rashed Abdulkarim Hafsa Sukayna Ubayd Ubaydallah Ziyad Uqba Ammar Abdelmajid
Habiba Abolhassan Ardashir Bahram Dariush Ebrahim Esmail Farhad Faramarz Fereydoun Fereidoun Ghazan Gholam Ghulam
Hossein Hosein Houshang Hushang Jamshid Javad Kaveh Khosrow Khosrau Khusrau Khusraw Manuchehr Mohsen Mojtaba Mostafa
Parviz Parvez Pervez Rostam Rustam Sadegh Sadeq Shapur Shirin Sohrab Teymour Teymur Yazdegerd Yazdgerd Zahra Farah
Abolqasem Hormizd Hormozd Peroz Kavad Narseh Tahmasp Heydar Amanullah Habibullah Zahir Daoud Daud Hafizullah Babrak
Najibullah Burhanuddin Gulbuddin Dost Shuja Sher Yaqub Yakub Abdur Lotf Firouz Mehrdad Kourosh Nasrin Forough Simin
Taqi Hashem Morarji Jagjivan Atal Siddhartha Jayaprakash Sanjay Khudiram Prafulla Barindra Aurobindo Bipin Bansi Ajit
Ajay Amar Anand Anil Arjun Arun Aruna Arvind Ashok Atul Bankim Baldev Bhagat Bhim Bidhan Bimal Chandrashekhar
Chandrasekhar Charan Chittaranjan Dadabhai Deepak Dinesh Feroze Firoz Gopal Gopinath Govind Gulzarilal Hari Homi Inder
Ishwar Jagdish Jagadish Jamsetji Jatindra Jatin Jyotirao Jyotiba Kartar Kasturba Keshab Lajpat Lalu Madan Mahendra
Manmohan Manohar Motilal Mulayam Narendra Narasimha Pranab Prakash Pratap Prithviraj Rabindranath Rahul Rajendra Rajiv
Rammohan Rammohun Ranjit Ratan Sarojini Satyendra Savitribai Shankar Shyama Subhash Sukhdev Surendranath Vallabhbhai
Vijaya Vikram Vinayak Vinoba Vithalbhai Yashwant Yashwantrao Zakir Zulfikar Zulfiqar Liaquat Liaqat Nawaz Asif Imran
Shahbaz Sikandar Iskander Iskandar Fazlul Huseyn Mujibur Ziaur Khaleda Hasina Hussain Sirimavo Chandrika Mahinda
Velupillai Junius Birendra Gyanendra Tribhuvan Girija Bishweshwar Dara Mumtaz Jahanara Roshanara Bairam Todar Daulat
Bahlul Alauddin Ghiyasuddin Razia Raziya Qutbuddin Nasiruddin Jalaluddin Muizuddin Shamsuddin Khizr Madhavrao Mahadji
Daulatrao Kharak Duleep Dalip Gobind Arjan Hargobind Srinivasa Subramania Sarat Ullaskar Surya Binoy Pritilata Kalpana
Matangini Debendranath Dwarkanath Abanindranath Satyendranath Jyoti Nirad Mamata Mohan Shashi Shyam Vijay Usha Sonia
Priyanka Maneka Menaka Kiran Zail Fakhruddin Neelam Sarvepalli Pratibha Droupadi Vishwanath Jaswant Murli Nandini
Ishwarchandra Sucheta Dinanath Shahaji Sambhaji Tukoji Jaswantrao Malhar Ahilya Ahilyabai Tatya Mangal Nanasaheb
Pherozeshah Gopalkrishna Vallabh Chaerul Onn Megawati Susilo Bambang Joko Bacharuddin Prabowo Djuanda Sjafruddin
Mahathir Muhyiddin Imelda Gloria Diosdado Elpidio Melchora Pridi Plaek Sarit Thanom Praphas Thaksin Yingluck Prayut
Kukrit Seni Bhumibol Ananda Aung Wahidin Mwai Oginga Jaramogi Dedan Wangari Ngugi Idi Yoweri Apolo Jakaya Abeid
Seretse Ketumile Ndabaningi Emmerson Kamuzu Hifikepunye Thabo Govan Winnie Mangosuthu Balthazar Andries Olusegun
Obafemi Nnamdi Ahmadu Abubakar Yakubu Murtala Sani Muhammadu Umaru Goodluck Chinua Wole Chukwuemeka Odumegwu Funmilayo
Ngozi Olaudah Babatunde Emeka Aminu Usman Kofi Kojo Kwabena Kwaku Kwasi Kwesi Yaw Yaa Osei Opoku Komla Hilla Sédar
Sékou Sekou Modibo Hamani Mamadou Moussa Amadou Ahmadou Teferi Aklilu Endelkachew Meles Isaias Siad Mengistu Tewodros
Yohannes Menelik Zewditu Iyasu Abiy Hailemariam Atnafu Taytu Menen Amha Asfa Germame Fikre Tesfaye Legesse Girma
Negasso Berhanu Hailu Tekle Gebre Wolde Woldeab Abdirashid Abdullahi Sadiq Salva Riek Idriss Hissène Siaka Tejan
Lansana Zephania Lilian Albertina Dullah Eliezer Yehuda Yehudah Yaakov Avigdor Naftali Benny Binyamin Dov Efraim
Eliyahu Gershom Haim Mordechai Nachman Natan Shlomo Shmuel Yair Yehoshua Yigael Yisrael Yonatan Yossi Zalman Zvi Tzvi
Reuven Tzipi Rivka Herschel Berl Leib Baruch Asher Zeev Ezer Amnon Rehavam Rafi Yitzchak Avner Shaul Yoel Vytautas
Gediminas Algirdas Kęstutis Kestutis Mindaugas Jogaila Aethelred Æthelred Ethelred Athelstan Æthelstan Eadred Edred
Eadwig Edwy Leofric Siward Tostig Morcar Waltheof Hereward Oswiu Oswy Ecgberht Aethelbald Æthelbald Aethelberht
Æthelberht Ethelbert Aethelflaed Æthelflæd Ethelfleda Aethelwulf Æthelwulf Wulfstan Dunstan Aelfric Ælfric Byrhtnoth
Ealdred Stigand Ranulf Ranulph Waleran Eustace Gaius Publius Quintus Gnaeus Aulus Decimus Servius Spurius Appius
Manius Sextus Tiberius Raimon Bohémond Godefroi Baudoin Fulcher Ademar Adhemar Conradin Azzo Obizzo Uguccione Farinata
Ubertino Matilde Berengar Berengario Arduin Arduino Wido Anscar Burchard Hildebrand Hincmar Einhard Alcuin Theodulf
Adalhard Ermengarde Irmingard Richildis Gerberga Liutgard Adalbero Gerbert Humbert Aymon Rotrou Galeran Gerold Hervey
`;

/**
 * Family names that open a name in East Asian order, family name first ("Zhang Xianzhong", "Yuan Shikai", "Kim
 * Dae-jung", "Nguyen Van Thieu", "Ieng Sary", "Mutsu Munemitsu"): common Chinese (pinyin and Wade-Giles), Korean,
 * Vietnamese, Khmer and Japanese family names (the Japanese with and without their long-vowel marks). Like a given name, one opens a person's name only before another name word, so "Han Chinese", "Ming
 * China" and "Song dynasty" name nobody. Left out: words that open English sentences ("He", "Do", "Le", "Ye", "Son",
 * "So", "Ta"), "Pan" (Pan-Slavism) and "Sun" ("the Sun Never Sets").
 */
export const FAMILY_NAMES_FIRST = `
Zhang Wang Li Liu Chen Yang Huang Zhao Zhou Xu Ma Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Song Tang Han Feng Deng
Cao Peng Zeng Xiao Tian Dong Yuan Cai Jiang Yu Wei Su Lu Ding Ren Shen Yao Jin Wu Qian Kong Bai Shi Tan Fang Xiong
Qiu Geng Shang Qi Mao Hong Lei Fu Zuo Chiang Chang Chou Hsu Soong Kung Teng Yen Tseng Tsai Kim Park Choi Chun Roh Rhee
Nguyen Tran Pham Ngo Vo Duong Phan Huynh Bui Trinh Norodom Sisowath Saloth Khieu Ieng Nuon Heng Hun Lon Hwang Gwak
Gwon Kwon Jeong Ryu Kang Cho Seo Shin Ahn Lim Yi
Sato Satō Suzuki Takahashi Tanaka Watanabe Ito Itō Yamamoto Nakamura Kobayashi Kato Katō Yoshida Yamada Sasaki
Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita
Ogawa Goto Gotō Okada Hasegawa Murakami Kondo Kondō Ishii Saito Saitō Sakamoto Endo Endō Aoki Fujii Nishimura
Fukuda Ota Ōta Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama
Ishida Ueda Morita Hara Shibata Sakai Kudo Kudō Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Andō Taniguchi Ohno
Ōno Maruyama Imai Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Ōtsuka Chiba Kubo
Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura Kikuchi Sano Onishi Ōnishi Sugimoto Arai Hamada Ichikawa
Furukawa Mizuno Komatsu Shimada Koyama Takano Yamauchi Nishida Kawaguchi Tsuchiya Ōyama Oyama Ōkubo Okubo Ōkuma
Okuma Yamagata Katsura Saigō Saigo Kido Tōjō Tojo Konoe Hirota Inukai Kita Ōkawa Okawa Mutsu Komura Itagaki Kuroda
Matsukata Terauchi Hamaguchi Wakatsuki Shidehara Matsuoka Hiranuma Koiso Yonai Ugaki Araki Mazaki Nagata Ishiwara
Doihara Nagumo Kishi Miki Ohira Ōhira Nakasone Takeshita
`;
