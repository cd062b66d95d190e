/**
 * More given names that open a person's name by pattern ("Nathan Bedford Forrest", "Dean Rusk", "Axel
 * Oxenstierna"), beside the list in persons.ts: common names of the English-speaking world, of continental Europe,
 * of Russia and Eastern Europe, of the Islamic world and of South Asia, as history notes write them. Names that are
 * also everyday capitalised words at a sentence's start ("Will", "May", "Grant", "Rose", "Hope") are left out: a
 * given name only opens a name, so a miss costs less than a false person.
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
`;

/**
 * Family names that open a name in East Asian order, family name first ("Zhang Xianzhong", "Yuan Shikai", "Kim
 * Dae-jung", "Nguyen Van Thieu", "Ieng Sary"): common Chinese (pinyin and Wade-Giles), Korean, Vietnamese and Khmer
 * family names. Like a given name, one opens a person's name only before another name word, so "Han Chinese", "Ming
 * China" and "Song dynasty" name nobody. Left out: words that open English sentences ("He", "Do", "Le", "Ye", "Son",
 * "So", "Ta"), "Pan" (Pan-Slavism) and "Sun" ("the Sun Never Sets").
 */
export const FAMILY_NAMES_FIRST = `
Zhang Wang Li Liu Chen Yang Huang Zhao Zhou Xu Ma Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Song Tang Han Feng Deng
Cao Peng Zeng Xiao Tian Dong Yuan Cai Jiang Yu Wei Su Lu Ding Ren Shen Yao Jin Wu Qian Kong Bai Shi Tan Fang Xiong
Qiu Geng Shang Qi Mao Hong Lei Fu Zuo Chiang Chang Chou Hsu Soong Kung Teng Yen Tseng Tsai Kim Park Choi Chun Roh Rhee
Nguyen Tran Pham Ngo Vo Duong Phan Huynh Bui Trinh Norodom Sisowath Saloth Khieu Ieng Nuon Heng Hun Lon Hwang Gwak
Gwon Kwon Jeong Ryu Kang Cho Seo Shin Ahn Lim Yi
`;
