/**
 * The gazetteer's breadth over organisations: courts, councils, parliaments and estates, orders and churches,
 * banks, companies and exchanges, armies and navies, ministries and agencies, parties and movements of every
 * region and era that a survey course names and no pattern can find. A form that is a common phrase in lower case
 * ("the war ministry", "a national rally") counts only as written, and a modern firm only in its own years. Each
 * case lists every actor that must come out, so that a lost actor and a wrong extra both fail.
 */
import { describe, expect, it } from "vitest";
import { type Case, kindsAndNames } from "./helpers";

const check = ([text, year, expected]: Case): void => {
	expect(kindsAndNames(text, year)).toEqual(expected);
};

describe("medieval and early modern courts, councils, parliaments, orders and companies", () => {
	it.each<Case>([
		["The Court of Chancery and the Court of King's Bench disputed jurisdiction, while the Court of Requests heard poor men's suits.", 1600, ["organisation Court of Chancery", "organisation Court of King's Bench", "organisation Court of Requests"]],
		["The Court of Augmentations sold monastic land and the Court of Wards sold wardships; the Council of Wales and the Marches governed the west.", 1540, ["organisation Court of Augmentations", "organisation Court of Wards", "organisation Council of Wales and the Marches"]],
		["The Good Parliament impeached the king's ministers and the Merciless Parliament condemned his favourites.", 1388, ["organisation Good Parliament", "organisation Merciless Parliament"]],
		["The Order of Preachers and the Order of Friars Minor preached, and the Knights of Malta held the island.", 1565, ["organisation Dominicans", "organisation Franciscans", "organisation Knights Hospitaller"]],
		["The Cortes of Castile granted taxes, the Cortes of Aragon refused, and the Corts Catalanes defended the constitutions.", 1520, ["organisation Cortes of Castile", "organisation Cortes of Aragon", "organisation Corts Catalanes"]],
		["The Council of Italy, the Council of Portugal and the Council of Flanders advised the king, and the Council of Finance found no money.", 1600, ["organisation Council of Italy", "organisation Council of Portugal", "organisation Council of Flanders", "organisation Council of Finance"]],
		["The Mesta drove its flocks south, the Tercios marched north and the Hansetag met again.", 1570, ["organisation Mesta", "organisation Tercios", "organisation Hansetag"]],
		["The Eastland Company, the Guinea Company and the Providence Island Company sought charters; the Stationers' Company licensed books.", 1630, ["organisation Eastland Company", "organisation Guinea Company", "organisation Providence Island Company", "organisation Stationers' Company"]],
		["The Bank of Amsterdam and the Bank of Saint George lent to princes, and Monte dei Paschi di Siena survived them all.", 1620, ["organisation Bank of Amsterdam", "organisation Bank of Saint George", "organisation Monte dei Paschi di Siena"]],
		["The Musketeers of the Guard escorted the king while the Company of the Holy Sacrament plotted, and the Council of Two Hundred ruled Geneva.", 1640, ["organisation Musketeers of the Guard", "organisation Company of the Holy Sacrament", "organisation Council of Two Hundred", "state Republic of Geneva"]],
		["The Bohemian Estates deposed their king, and the States of Zeeland and the Raad van State financed the war.", 1619, ["organisation Bohemian Estates", "organisation States of Zeeland", "organisation Raad van State"]],
	])("%s", (...c) => check(c));
});

describe("the Spanish empire, Africa and the Middle East", () => {
	it.each<Case>([
		["The Tribunal of the Acordada hunted bandits, the General Indian Court heard native suits and the Protomedicato licensed physicians.", 1750, ["organisation Tribunal of the Acordada", "organisation General Indian Court", "organisation Protomedicato"]],
		["The Mexican Inquisition and the Inquisition of Lima tried judaizers; the Consulado of Seville and the Real Hacienda counted the silver.", 1640, ["organisation Mexican Inquisition", "organisation Inquisition of Lima", "organisation Consulado of Seville", "organisation Real Hacienda"]],
		["The Supreme Junta of Seville and the Junta Central resisted the French.", 1809, ["organisation Supreme Junta of Seville", "organisation Supreme Central Junta", "state France"]],
		["The Oyo Mesi checked the king, the Ogboni judged, and the Dahomey Amazons fought for Dahomey.", 1780, ["organisation Oyo Mesi", "organisation Ogboni", "organisation Dahomey Amazons", "state Kingdom of Dahomey"]],
		["The Poro society and the Sande society initiated the young, and the Ekpe society enforced debts at Calabar.", 1850, ["organisation Poro society", "organisation Sande society", "organisation Ekpe"]],
		["The Lukiiko met, the Legislative Council sat, and the Young Kikuyu Association protested.", 1921, ["organisation Lukiiko", "organisation Legislative Council", "organisation Young Kikuyu Association"]],
		["The Truth and Reconciliation Commission heard the victims; Boko Haram and Al-Shabaab attacked schools.", 1998, ["organisation Truth and Reconciliation Commission", "organisation Boko Haram", "organisation Al-Shabaab"]],
		["The Islamic State took Mosul; ISIS fighters fled later.", 2014, ["organisation Islamic State"]],
		["The Mixed Courts of Egypt tried foreigners, and the Movement for Democratic Change opposed ZANU-PF.", 1900, ["organisation Mixed Courts of Egypt", "organisation Movement for Democratic Change", "organisation ZANU"]],
	])("%s", (...c) => check(c));
});

describe("modern churches, missions, banks, exchanges and firms", () => {
	it.each<Case>([
		["The African Methodist Episcopal Church, the Episcopal Church and the Presbyterian Church split over slavery.", 1845, ["organisation African Methodist Episcopal Church", "organisation Episcopal Church", "organisation Presbyterian Church"]],
		["The China Inland Mission, the Universities' Mission to Central Africa and the Paris Foreign Missions Society sent priests; the ABCFM sent teachers.", 1870, ["organisation China Inland Mission", "organisation Universities' Mission to Central Africa", "organisation Paris Foreign Missions Society", "organisation American Board of Commissioners for Foreign Missions"]],
		["The Moscow Patriarchate, the Holy Governing Synod and the Ukrainian Greek Catholic Church quarrelled; the Reich Church served the regime.", 1935, ["organisation Moscow Patriarchate", "organisation Holy Synod", "organisation Ukrainian Greek Catholic Church", "organisation Reich Church"]],
		["The Banque de France and the Bank of Japan raised rates after the Creditanstalt failed, and the Bank for International Settlements met.", 1931, ["organisation Banque de France", "organisation Bank of Japan", "organisation Creditanstalt", "organisation Bank for International Settlements"]],
		["The New York Stock Exchange crashed, Lloyd's of London paid out and the London Stock Exchange closed.", 1929, ["organisation New York Stock Exchange", "organisation Lloyd's of London", "organisation London Stock Exchange"]],
		["Their rivals Russell & Company, Dent & Co. and Butterfield & Swire shipped tea, as did the China Merchants Steam Navigation Company.", 1875, ["organisation Russell & Company", "organisation Dent & Co.", "organisation Butterfield & Swire", "organisation China Merchants Steam Navigation Company"]],
		["J.P. Morgan & Co. financed General Electric and Westinghouse Electric.", 1900, ["organisation J.P. Morgan & Co.", "organisation General Electric", "organisation Westinghouse Electric"]],
		["Enron collapsed, Lehman Brothers failed and Goldman Sachs was bailed out; Huawei and Alibaba grew.", 2008, ["organisation Enron", "organisation Lehman Brothers", "organisation Goldman Sachs", "organisation Huawei", "organisation Alibaba"]],
		["Samsung, Hyundai and Sony exported; Foxconn assembled for Intel and IBM.", 2000, ["organisation Samsung", "organisation Hyundai", "organisation Sony", "organisation Foxconn", "organisation Intel", "organisation IBM"]],
		["Union Carbide's plant leaked at Bhopal; Halliburton and Gazprom drew contracts.", 1990, ["organisation Union Carbide", "organisation Halliburton", "organisation Gazprom"]],
		["Google and Gazprom are firms of their own years only.", 1700, []],
	])("%s", (...c) => check(c));
});

describe("armies, navies, police and services", () => {
	it.each<Case>([
		["The French Army and the Prussian Army met at Sedan while the French Navy blockaded the coast.", 1870, ["organisation French Army", "organisation Prussian Army", "organisation French Navy"]],
		["The British Army and the British Navy, the Ottoman Army and the Ottoman Navy fought at Gallipoli.", 1915, ["organisation British Army", "organisation Royal Navy", "organisation Ottoman Army", "organisation Ottoman Navy"]],
		["The Russian Army retreated and the Japanese Navy sank the fleet.", 1905, ["organisation Imperial Russian Army", "organisation Imperial Japanese Navy"]],
		["The Hellenic Army, the Serbian Army and the Romanian Army mobilised; the Regia Marina faced the Austro-Hungarian Navy.", 1915, ["organisation Hellenic Army", "organisation Serbian Army", "organisation Romanian Army", "organisation Regia Marina", "organisation Austro-Hungarian Navy"]],
		["The Royal Flying Corps flew over the Royal Marines, and the West India Regiment garrisoned the islands.", 1916, ["organisation Royal Flying Corps", "organisation Royal Marines", "organisation West India Regiment"]],
		["The Blue Division fought for Germany while the Home Guard drilled and the Government Code and Cypher School read the codes.", 1941, ["organisation Blue Division", "state Germany", "organisation Home Guard", "organisation Government Code and Cypher School"]],
		["The Metropolitan Police, the Sûreté and the Gendarmerie shared files.", 1910, ["organisation Metropolitan Police", "organisation Sûreté", "organisation Gendarmerie"]],
		["The Army of the Tennessee and the Army of the Cumberland joined at Chattanooga.", 1863, ["organisation Army of the Tennessee", "organisation Army of the Cumberland"]],
		["The French army and the British army stood still.", 1915, ["state France", "state United Kingdom"]],
	])("%s", (...c) => check(c));
});

describe("ministries, departments, committees and international bodies", () => {
	it.each<Case>([
		["The Foreign Office, the War Office and the Ministry of Munitions argued over shells.", 1915, ["organisation Foreign Office", "organisation War Office", "organisation Ministry of Munitions"]],
		["The Ministry of Foreign Affairs lost its head; Witte ran the Ministry of Finance. Plehve ran the Ministry of the Interior.", 1903, ["organisation Ministry of Foreign Affairs", "person Sergei Witte", "organisation Ministry of Finance", "person Vyacheslav von Plehve", "organisation Ministry of the Interior"]],
		["He asked for the war ministry, then for a ministry of education.", 1952, []],
		["The Department of Justice, the Department of Agriculture and the Treasury Department investigated.", 1935, ["organisation Department of Justice", "organisation Department of Agriculture", "organisation Treasury Department"]],
		["The Justice Department sued General Electric.", 1960, ["organisation Department of Justice", "organisation General Electric"]],
		["FEMA and the Department of Homeland Security failed after the hurricane; the Environmental Protection Agency tested the water.", 2005, ["organisation Federal Emergency Management Agency", "organisation Department of Homeland Security", "organisation Environmental Protection Agency"]],
		["The Kerner Commission reported, the Church Committee exposed the CIA and the Dies Committee had hunted subversives.", 1975, ["organisation Kerner Commission", "organisation Church Committee", "organisation CIA", "organisation Dies Committee"]],
		["The Republican National Committee and the Democratic National Committee raised money; the House of Representatives impeached.", 1998, ["organisation Republican National Committee", "organisation Democratic National Committee", "organisation House of Representatives"]],
		["The Rockefeller Foundation, the Ford Foundation and the RAND Corporation funded research.", 1955, ["organisation Rockefeller Foundation", "organisation Ford Foundation", "organisation RAND Corporation"]],
		["The Bilderberg Group and the Mont Pelerin Society met; the G20 and the Eurogroup answered the crisis.", 2010, ["organisation Bilderberg Group", "organisation Mont Pelerin Society", "organisation G20", "organisation Eurogroup"]],
		["The Red Crescent and the Boy Scouts helped refugees while the Inter-Allied Military Control Commission inspected factories.", 1922, ["organisation Red Crescent", "organisation Boy Scouts", "organisation Inter-Allied Military Control Commission"]],
		["The Lunar Society met in Birmingham and the Prussian Academy of Sciences offered a prize.", 1780, ["organisation Lunar Society", "organisation Prussian Academy of Sciences"]],
	])("%s", (...c) => check(c));
});

describe("parties and movements of the twentieth and twenty-first centuries", () => {
	it.each<Case>([
		["The Fatherland Front banned the Nazis.", 1934, ["organisation Fatherland Front (Austria)", "organisation Nazi Party"]],
		["The Fatherland Front seized power in Sofia.", 1944, ["organisation Fatherland Front (Bulgaria)"]],
		["Syriza won, Golden Dawn grew and the Hellenic Parliament voted on the Troika's terms.", 2015, ["organisation Syriza", "organisation Golden Dawn (Greece)", "organisation Hellenic Parliament"]],
		["Podemos, the Five Star Movement and the Brothers of Italy rose, as did the Alternative for Germany and Jobbik.", 2018, ["organisation Podemos", "organisation Five Star Movement", "organisation Brothers of Italy", "organisation Alternative for Germany", "organisation Jobbik"]],
		["Law and Justice beat Civic Platform; the Sweden Democrats and the Danish People's Party gained.", 2015, ["organisation Law and Justice", "organisation Civic Platform", "organisation Sweden Democrats", "organisation Danish People's Party"]],
		["En Marche defeated the National Rally and Les Républicains, heirs of the Union for a Popular Movement.", 2019, ["organisation La République En Marche", "organisation National Rally", "organisation Les Républicains", "organisation Union for a Popular Movement"]],
		["New Labour reformed the National Health Service and the BBC; the Brexit Party and Extinction Rebellion came later.", 1999, ["organisation New Labour", "organisation National Health Service", "organisation BBC", "organisation Brexit Party", "organisation Extinction Rebellion"]],
		["A national rally for law and justice filled the square.", 2018, []],
		["Saenuri Party lost to the Democratic Party of Korea, and Pheu Thai faced the People's Alliance for Democracy.", 2012, ["organisation Saenuri Party", "organisation Democratic Party of Korea", "organisation Pheu Thai Party", "organisation People's Alliance for Democracy"]],
		["United Russia controlled the Duma while the Verkhovna Rada turned west and the Wagner Group fought abroad.", 2016, ["organisation United Russia", "organisation Duma", "organisation Verkhovna Rada", "organisation Wagner Group"]],
		["The Portuguese Legion and Slovene People's Party, the Swiss Federal Council and the Joint Distribution Committee all acted.", 1938, ["organisation Portuguese Legion", "organisation Slovene People's Party", "organisation Swiss Federal Council", "organisation American Jewish Joint Distribution Committee"]],
	])("%s", (...c) => check(c));
});

describe("American agencies and bodies, and the Americas' firms", () => {
	it.each<Case>([
		["The Federal Bureau of Investigation and the Secret Service guarded him; the Coast Guard patrolled.", 1960, ["organisation FBI", "organisation Secret Service", "organisation Coast Guard"]],
		["The Office of Price Administration set prices, the War Relocation Authority ran the camps and the Selective Service System drafted men.", 1943, ["organisation Office of Price Administration", "organisation War Relocation Authority", "organisation Selective Service System"]],
		["The National War Labor Board and the Fair Employment Practice Committee heard complaints; the Women's Army Corps enlisted women.", 1943, ["organisation National War Labor Board", "organisation Fair Employment Practice Committee", "organisation Women's Army Corps"]],
		["The Eighth Air Force and Strategic Air Command flew; Merrill's Marauders and the Long Range Desert Group fought on the ground.", 1944, ["organisation Eighth Air Force", "organisation Strategic Air Command", "organisation Merrill's Marauders", "organisation Long Range Desert Group"]],
		["The Second Continental Congress raised an army; the Daughters of the American Revolution later honoured it.", 1776, ["organisation Congress", "organisation Daughters of the American Revolution"]],
		["The Sierra Club, the Anti-Defamation League and the Southern Tenant Farmers' Union lobbied.", 1935, ["organisation Sierra Club", "organisation Anti-Defamation League", "organisation Southern Tenant Farmers' Union"]],
		["Standard Oil of New Jersey and Creole Petroleum Corporation pumped oil, and the Cerro de Pasco Corporation mined copper.", 1938, ["organisation Standard Oil of New Jersey", "organisation Creole Petroleum Corporation", "organisation Cerro de Pasco Corporation"]],
		["CORFO built plants, the Mining Corporation of Bolivia took over Patiño Mines, and the Argentine Rural Society protested.", 1952, ["organisation CORFO", "organisation Mining Corporation of Bolivia", "organisation Patiño Mines", "organisation Argentine Rural Society"]],
		["PDVSA and Petrobras borrowed while the Macheteros and the FALN planted bombs.", 1980, ["organisation PDVSA", "organisation Petrobras", "organisation Macheteros", "organisation FALN"]],
	])("%s", (...c) => check(c));
});
