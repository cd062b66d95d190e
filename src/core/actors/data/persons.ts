/**
 * Well-known historical persons with their canonical (Wikipedia-style) names and the short forms notes use. A
 * surname is listed only when it is distinctive; ambiguous ones carry the years in which they mean this person.
 * Persons not listed are still found by the name patterns (given name + surname, title + name, regnal numeral).
 */
export const PERSONS = `
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
Lyndon B. Johnson|LBJ|Lyndon Johnson
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
Sun Yat-sen|Sun Yat-Sen|Sun Yatsen
Deng Xiaoping|Deng
Ho Chi Minh|Uncle Ho
Pol Pot
Kim Il-sung|Kim Il Sung
Fidel Castro|Castro
Che Guevara|Guevara
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
Alexander Kerensky|Kerensky
Grigori Rasputin|Rasputin
Pyotr Stolypin|Stolypin
Józef Piłsudski|Piłsudski|Pilsudski
Miklós Horthy|Horthy
Josip Broz Tito|Tito
Konrad Adenauer|Adenauer
Willy Brandt|Brandt@1960:1980
Helmut Kohl|Kohl
Hideki Tojo|Tojo|Tōjō
Hirohito|Emperor Hirohito
Mohandas Gandhi|Gandhi|Mahatma Gandhi|Mohandas K. Gandhi
Jawaharlal Nehru|Nehru
Muhammad Ali Jinnah|Jinnah
Mustafa Kemal Atatürk|Atatürk|Ataturk|Mustafa Kemal|Kemal Atatürk
Gamal Abdel Nasser|Nasser
Anwar Sadat|Sadat
David Ben-Gurion|Ben-Gurion
Ayatollah Khomeini|Khomeini
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
Victor Emmanuel II|Victor Emmanuel
Wilhelm II|Kaiser Wilhelm|Kaiser Wilhelm II|William II@1880:1920
Wilhelm I|Kaiser Wilhelm I|William I@1860:1890
Frederick William IV|Friedrich Wilhelm IV|Frederick William IV of Prussia
Franz Joseph I|Franz Joseph|Franz Josef|Francis Joseph|Francis Joseph I|Emperor Franz Joseph
Archduke Franz Ferdinand|Franz Ferdinand|Francis Ferdinand
Gavrilo Princip|Princip
Nicholas II|Tsar Nicholas|Czar Nicholas|Nicholas II of Russia
Alexander II|Alexander II of Russia|Tsar Alexander II
Alexander III@1860:1900|Alexander III of Russia
Peter the Great|Peter I|Peter I of Russia
Catherine the Great|Catherine II|Catherine II of Russia
Ivan the Terrible|Ivan IV
Frederick the Great|Frederick II of Prussia|Old Fritz
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
Francis Bacon
Leonardo da Vinci|da Vinci
Michelangelo
Johannes Gutenberg|Gutenberg
Christopher Columbus|Columbus
Vasco da Gama|da Gama
Ferdinand Magellan|Magellan
Hernán Cortés|Cortés|Cortes@1500:1550|Hernan Cortes|Hernando Cortez|Cortez
Francisco Pizarro|Pizarro
Amerigo Vespucci|Vespucci
Bartolomeu Dias|Dias
Moctezuma II|Montezuma|Moctezuma
Atahualpa
Henry the Navigator|Prince Henry the Navigator
Charles V, Holy Roman Emperor|Charles V|Emperor Charles V|Charles I of Spain
Ferdinand II, Holy Roman Emperor|Ferdinand II@1600:1650
Philip II of Spain|Philip II@1540:1600|Phillip II@1540:1600|King Philip II
Gustavus Adolphus|Gustavus II Adolphus|Gustav II Adolf|Gustavus Adolphus of Sweden|Lion of the North
Albrecht von Wallenstein|Wallenstein
Frederick V of the Palatinate|Frederick V@1610:1635|Friedrich V@1610:1635|Winter King
Cardinal Richelieu|Richelieu
Cardinal Mazarin|Mazarin
Jean-Baptiste Colbert|Colbert
Henry IV of France|Henry of Navarre|Henri IV
Catherine de' Medici|Catherine de Medici|Catherine de Médicis
Henry VIII|Henry VIII of England|King Henry VIII
Anne Boleyn|Boleyn
Catherine of Aragon
Thomas Cromwell
Thomas Wolsey|Wolsey|Cardinal Wolsey
Edward VI
Mary I of England|Mary I|Mary Tudor|Bloody Mary
Elizabeth I|Elizabeth I of England|Virgin Queen|Good Queen Bess|Gloriana
Mary, Queen of Scots|Mary Queen of Scots|Mary Stuart
James I of England|James VI and I|James I@1600:1630
Charles I of England|Charles I@1620:1650
Oliver Cromwell|Cromwell@1640:1660|Lord Protector Cromwell
Charles II of England|Charles II@1650:1690
James II of England|James II@1680:1700
William III of England|William of Orange|William III@1680:1705
Francis Drake|Drake@1560:1600|Sir Francis Drake
Walter Raleigh|Raleigh@1580:1620|Sir Walter Raleigh
William Cecil|Lord Burghley
Francis Walsingham|Walsingham
Queen Victoria|Victoria@1837:1901
Benjamin Disraeli|Disraeli
William Ewart Gladstone|Gladstone
Horatio Nelson|Nelson@1790:1810|Lord Nelson|Admiral Nelson
Duke of Wellington|Wellington@1800:1830|Arthur Wellesley
Julius Caesar|Caesar@-100:-40
Augustus|Octavian|Caesar Augustus
Alexander the Great|Alexander of Macedon
Charlemagne|Charles the Great
Constantine the Great|Constantine I
Justinian I|Justinian
Attila|Attila the Hun
William the Conqueror|William I of England
Richard the Lionheart|Richard I|Richard Lionheart
Saladin
Genghis Khan|Chinggis Khan
Kublai Khan|Khubilai Khan
Timur|Tamerlane|Tamburlaine
Suleiman the Magnificent|Suleiman I|Süleyman the Magnificent|Suleiman
Mehmed II|Mehmed the Conqueror|Mehmet II
Selim I|Selim the Grim
Osman I
Akbar|Akbar the Great
Babur
Pericles
Socrates
Plato
Aristotle
Cicero
Hannibal|Hannibal Barca
Cleopatra
Nero
Pontius Pilate
Tokugawa Ieyasu|Ieyasu
Emperor Meiji|Meiji Emperor
Simón Bolívar|Bolívar|Bolivar|Simon Bolivar
Toussaint Louverture|Toussaint L'Ouverture|Toussaint
Benjamin Franklin|Franklin@1740:1790
John Adams
Alexander Hamilton|Hamilton@1775:1804
James Madison|Madison@1780:1820
Andrew Jackson
Ulysses S. Grant|Ulysses Grant
Robert E. Lee
Jefferson Davis|Davis@1855:1870
Cecil Rhodes|Rhodes@1870:1902
Leopold II|Leopold II of Belgium|King Leopold
Henry Kissinger|Kissinger
George Kennan|Kennan
George C. Marshall|George Marshall
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
Marcus Aemilius Lepidus|Lepidus@-90:-10
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
Hadrian
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
Demosthenes@-390:-320
Philip II of Macedon|Philip of Macedon
Herodotus
Thucydides
Clovis I|Clovis
Charles Martel
Pepin the Short
Otto I|Otto the Great
Alfred the Great
Harold Godwinson
Frederick Barbarossa|Barbarossa@1150:1200
Pope Urban II|Urban II
Pope Gregory VII|Gregory VII
Pope Innocent III|Innocent III
Thomas Becket|Becket
Joan of Arc
William Wallace|Wallace@1290:1310
Robert the Bruce
El Cid
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
Henry A. Wallace|Henry Wallace|Wallace@1940:1950
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
