/**
 * Closed word classes the actor rules consult. Plain space-separated strings, split on first use: small in the
 * bundle and easy to extend. All lower case unless said otherwise.
 */
import { foldHash, mixHash, type Tokens } from "../tokens";
import { deferred } from "../../lazy";
import { unpack } from "./packed";

/**
 * A closed word class, made into a set on its first use, not while the plugin loads: from a space-separated string,
 * or from a function that lists the words.
 */
export class WordSet implements Iterable<string> {
	private words: Set<string> | null = null;
	/**
	 * The words' case-folded hashes as a full-size bit field (`mixHash`, as `HashBits` has it), which rules most of a
	 * note's tokens out before their text is read: read in place, with no call.
	 */
	private bits: Uint8Array | null = null;
	/** The bit field's size less one: 2^16 bits, or more for a large list, so that under 1 in 16 bits is set. */
	private mask = 0xffff;

	constructor(private readonly source: string | (() => Iterable<string>)) {
		deferred(() => this.prepare());
	}

	/**
	 * Makes the set and its bit field in steps of a few milliseconds each with cold code (`deferred`): the given
	 * names' 13,000 words took up to 40 ms in one go. The set is kept only when whole, and not if a lookup made it
	 * meanwhile.
	 */
	*prepare(): Generator<void, void, void> {
		const source = this.source;
		if (!this.words && typeof source === "string") {
			const text = unpack(source);
			yield;
			const words = text.split(/\s+/);
			yield;
			const set = new Set<string>();
			for (let i = 0; i < words.length; i++) {
				const w = words[i] as string;
				if (w) set.add(w);
				if ((i & 4095) === 4095) yield;
			}
			this.words ??= set;
			yield;
		}
		if (!this.bits) this.hashBits();
	}

	private load(): Set<string> {
		const source = this.source;
		this.words = new Set(typeof source === "string" ? unpack(source).split(/\s+/).filter(Boolean) : source());
		return this.words;
	}

	has(word: string): boolean {
		return (this.words ?? this.load()).has(word);
	}

	/**
	 * Whether token i, read by `word` (as written, or lower-cased for a class of lower-case words), is one of the
	 * words. Its hash answers "no" for most tokens without the text.
	 */
	hasToken(t: Tokens, i: number, word: (i: number) => string): boolean {
		const bits = this.bits ?? this.hashBits();
		const h = t.hash[i] ?? 0;
		const k = mixHash(h) & this.mask;
		return ((bits[k >>> 3] as number) & (1 << (k & 7))) !== 0 && (this.words ?? this.load()).has(word(i));
	}

	private hashBits(): Uint8Array {
		const words = this.words ?? this.load();
		// (the given names, some 13,000, would set one bit in five of 2^16 and let that many tokens through)
		let size = 1 << 16;
		while (size < words.size * 16) size *= 2;
		this.mask = size - 1;
		const bits = new Uint8Array(size >> 3);
		for (const w of words) {
			const h = foldHash(w);
			const k = mixHash(h) & this.mask;
			bits[k >>> 3] = (bits[k >>> 3] as number) | (1 << (k & 7));
		}
		return (this.bits = bits);
	}

	[Symbol.iterator](): Iterator<string> {
		return (this.words ?? this.load()).values();
	}
}

const set = (words: string): WordSet => new WordSet(words);

/**
 * Capitalised heads that make a name an event, a document or an era rather than an actor ("Winter War",
 * "Locarno Pact", "Treaty of Versailles", "June Days"). Matched case-sensitively on capitalised tokens.
 */
export const EVENT_HEADS = set(`
	War Wars Revolution Revolutions Treaty Treaties Pact Peace Battle Battles Siege Sack Massacre Crisis Affair
	Rebellion Revolt Uprising Rising Putsch Coup Reformation Counter-Reformation Restoration Renaissance Enlightenment
	Plan Plans Doctrine Act Acts Law Laws Edict Declaration Charter Accords Accord Agreement Settlement Days Day Night
	Spring Blitz Holocaust Depression Recession Famine Purge Purges Terror Crusade Crusades Schism Council Conference
	Congress Diet Armistice Offensive Campaign Invasion Landings Landing Expedition Trial Trials Raid Incident Election
	Elections Reforms Constitution Manifesto Theses Bible Era Age Olympics Strike Riots Riot Mutiny Protocol
	Statute Bill Ordinance Resolution Compromise Partition Partitions Annexation Anschluss Kristallnacht Reconquista
	Convention Conventions Points Deal Plot Genocide Exodus Airlift Blockade Question Years Memorandum Ultimatum
	Telegram Speech Decree Bull Concordat Defenestration Reign Regency Interregnum Accession Succession Emancipation
	Unification Independence Liberation Occupation Wall Curtain Canal Trail Railway Railroad Program Programme
	Summit Accords Talks Uprisings Rebellions Massacres Games Expo Exhibition Fair Valley Front Fronts Mission
	Letter Papers Dispatch
`);

/** Heads that open an event's name before any capitalised word: "Operation Barbarossa", "Operation Chengiz Khan". */
export const OPENING_EVENT_HEADS = set(`Operation Operations`);
/**
 * Heads that start an event name when "of" follows: "Council of Trent", "Peace of Westphalia", "Fall of Rome"; and a
 * building's or a monument's, whose name holds no actor either: "Gates of Trajan", "Church of the Holy Apostles" (a
 * body the lists name so stays the body: "Church of England").
 */
export const LEADING_EVENT_HEADS = set(`
	Treaty Peace Battle Siege Sack Edict Congress Council Diet Declaration Revolution War Wars Partition Partitions
	Defenestration Act Acts Charter Fall Massacre Conference Union Night Days Reign Unification Treaties Convention
	Statute Bill Capture Conquest Invasion Occupation Dissolution Restoration Glorious Time Age Era Peace Truce
	Concordat Bull Edicts Diets Councils Synod Trial Trials Assassination Coronation Death Birth Execution
	Gate Gates Arch Baths Column Pillars Forum Tomb Mausoleum Temple Basilica Church Cathedral Palace Tower Walls
`);

/**
 * Heads that make a capitalised name a body ("Frankfurt Parliament", "Continental Army", "Jacobin Club") or, for
 * the group heads, a movement or alliance ("Home Rule movement").
 */
export const ORGANISATION_HEADS = set(`
	Party Church League Company Society Army Navy Assembly Parliament Brotherhood Guard Guards Corps Committee
	Commission Club Legion Cabinet Senate Duma Association Federation Internationale Bank Academy Institute Ministry
	Tribunal Fleet Bureau Agency Staff Brigade Brigades Battalion Battalions Regiment Regiments Division Divisions
	Confederation Shipyard Shipyards Dockyard Ironworks Steelworks Office Organisation Organization Directorate Police
	Board Constabulary Gendarmerie Union Unions Scouts Rifles Squadron Squadrons Chamber Commissions Force Committees
	Government Museum Command
	Samiti Sangh Sabha Mahasabha Parishad Sena Fauj
`);
/**
 * Heads that open a body's name in other languages, before its other capitalised words: "Partido Comunista", "Liga
 * Nacional", "Frente Sandinista", "Mocidade Portuguesa", "Sarekat Islam".
 */
export const FOREIGN_LEADING_HEADS = set(`
	Partido Parti Partei Partito Partai Liga Ligue Lega Frente Fronte Unión União Movimiento Mouvement Movimento Junta
	Comité Comitato Confederación Confederação Federación Acción Ação Sociedad Société Sociedade Mocidade Asociación
	Associação Ejército Exército Armée Esercito Consejo Conseil Concertación Sarekat Hizb Jamaat Jamiat
`);
/** The last words of a military unit's name, which a number may open: "5th Army", "3rd Marine Commando Division". */
export const UNIT_HEADS = set(`
	Army Armies Corps Division Brigade Regiment Battalion Fleet Squadron Flotilla Commando Legion Front Cavalry
	Infantry Artillery Hussars Dragoons Lancers Rifles Guards Marines Panzer Wing Group
`);
/**
 * Body heads that open an organisation's name when "of" follows: "Army of Flanders", "Commission of National
 * Education", "States of Holland", "Estates of Bohemia", "Confederation of Bar" (a confederation is sworn by its
 * members where it is named after: "Warsaw" of "the Confederation of Warsaw" stays the city).
 */
export const LEADING_ORGANISATION_HEADS = set(`Army Navy Commission Committee Company Society Brotherhood Academy Bank Association Federation Confederation States Estates Board Audiencia`);
/**
 * Body heads that open an organisation's name when "for" and a capitalised name follow: "Society for German
 * Colonization", "Committee for State Security", "League for the Independence of Vietnam". (Not the heads of events
 * too, "Council", "Congress", "Union", "Campaign": their names are read as events'.)
 */
export const FOR_ORGANISATION_HEADS = set(`
	Society Committee Commission Company Association Federation Board Academy Brotherhood Bank League Movement Front
	Alliance Institute Fund Rally Coalition Party Centre Center Office Ministry Agency Organisation Organization
	Foundation
`);
/** Common nouns whose possessive stands inside a body's name: "Yugoslav People's Army", "Workers' Party". */
export const BODY_POSSESSORS = set(`
	People Peoples Workers Peasants Soldiers Women Men Nation Nations Children Farmers Sailors Labourers Laborers
	Students Youth Veterans Patriots Martyrs Mothers Citizens Writers Artists Teachers Miners Journalists Merchants
	Traders Railwaymen Dockers Seamen Users Owners Employers Producers Taxpayers Ratepayers Consumers
`);
/**
 * What a standing council is "of", not a place where one met: "Council of State", "Council of Ten", "Council of
 * Troubles", "Council of Five Elders", "World Council of Churches", "National Council of Education".
 */
export const COUNCIL_NAMES = set(`
	State States War Ministers Trade Finance Regency Regents Elders Blood Troubles Action Education Churches Nations
	Workers Commissars Notables Nobles Ten Three Four Five Six Seven Eight Nine Twelve Forty Hundred Sixteen National
	Public Supreme Military Revolutionary People People's Labour Defence Defense Justice Commerce Castile Aragon Indies
`);
/**
 * Lower-case heads that make a body of the name of no state, people or body before them: "Chernigov regiment",
 * "Carnegie commission", "Macabebe scouts" (not "Greek division", "LoN commission").
 */
export const LOWER_BODY_HEADS = set(`regiment division commission commissions scouts rangers`);
/** Number words that name a group by its size: "Nine Saints", "the Four Hundred", "Big Four". */
export const GROUP_NUMBERS = set(`Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Sixteen Twenty Thirty Forty Fifty Hundred`);
/** Persons' plural nouns after a number word that make a group: "Seven Bishops", "Five Commissioners". */
export const NUMBERED_GROUP_NOUNS = set(`
	Elders Commissioners Saints Bishops Guardians Majors Pashas Men Tyrants Generals Regents Brothers Magistrates
	Judges Ministers Colonels Lords Ladies Martyrs Worthies Sages Apostles Hundred
`);
/** Words before "Council" that make it a standing body's name: "Permanent Council", "Privy Council". */
export const COUNCIL_ADJECTIVES = set(`
	Permanent Privy Central Executive Legislative Federal Grand Royal Imperial Provincial Municipal City Town Security
	General Governing Legislative Army Soldiers Peasants Students Tribal Regional Local Colonial
`);
/** A party's label that stands for the party before a word of its office: "Asquith's Liberal government". */
export const PARTY_LABELS = set(`Liberal Conservative Whig Unionist Radical`);
/** Words of a party in office or in parliament after its label: "Liberal government", "Whig ministry". */
export const PARTY_OFFICE_NOUNS = set(`government governments govt ministry ministries cabinet cabinets parties majority MPs`);
export const GROUP_HEADS = set(`movement Movement movements Movements Alliance Entente Coalition Bloc bloc family Family clique clan dynasty faction brothers`);

/**
 * Epithets that follow "the" after a ruler's single name: "Ewuare the Great", "Xicotencatl the Younger". A name no
 * list holds before one is a person's.
 */
export const RULER_EPITHETS = set(`
	Great Younger Elder Bold Good Pious Fat Bald Simple Wise Conqueror Terrible Magnificent Just Brave Fair Cruel
	Chaste Victorious Navigator Unready Lame Confessor Lawgiver Builder Liberator Fearless Lionheart Magnanimous
`);

/** Lower-case heads after a capitalised run that make it an event's or a document's name: "Dred Scott decision". */
export const LOWER_EVENT_HEADS = set(`
	decision case ruling affair plan doctrine scandal conspiracy plot trial trials massacre mutiny incident riots
	uprising crisis campaign agreement accord pact manifesto telegram reforms memo memorandum constitution letter
	report duties proclamation protocol compromise declaration telegrams letters memoranda memos decisions rulings
	scandals conspiracies incidents agreements pacts manifestos proclamations protocols declarations crises uprisings
	mutinies
`);

/**
 * Heads whose word alone may stand for a body the note named in full, beside ORGANISATION_HEADS; they are events'
 * heads too ("Congress of Vienna"), so only a body's full name makes them a body's.
 */
export const BARE_HEADS = set(`Congress Council Convention Directory Bureau Government Court Diet Landtag`);

/** Heads that end a polity's name: "Latin Empire", "Seljuk Sultanate", "Batavian Republic", "Congo Free State". */
export const STATE_HEADS = set(`Empire Kingdom Sultanate Caliphate Khanate Emirate Republic Shogunate Tsardom Confederacy State`);
/** Heads that open a polity's name when "of" follows: "Kingdom of Jerusalem", "County of Edessa", "Duchy of Milan". */
export const LEADING_STATE_HEADS = set(`
	Kingdom County Principality Duchy Archduchy Republic Empire Sultanate Caliphate Khanate Emirate Electorate
	Margraviate Landgraviate Tsardom Grand Viceroyalty Captaincy Territory Protectorate Sanjak Banat
	Eyalet Vilayet Beylik Despotate Exarchate Voivodeship
`);
/**
 * Words before a state head that make the name an era, a figure of speech or a kind of state: "Middle Kingdom",
 * "Great Empire", "Corporate State", "Welfare State".
 */
export const NOT_POLITY_OPENERS = set(`
	Old Middle New Early Late High Low Great Greater Strong Weak Vast Huge Large Small Mighty Powerful Rich Wealthy
	Whole Entire Former Rising Declining Growing Expanding Evil Heavenly Celestial Animal Plant United Independent
	Free Secular Christian Catholic Islamic Muslim Universal Global Informal Formal First Second Third Fourth Fifth
	Sixth Seventh Eighth Ninth Tenth Nazi Fascist Communist Socialist Democratic Modern Ancient Medieval Colonial
	Corporate Welfare Police Nation Client Buffer Garrison Puppet Satellite Rentier Developmental Totalitarian
	Authoritarian Absolutist Fiscal
`);
/**
 * Verbs and nouns of political action whose object is a polity even when it is a territory or a region the lists
 * hold as a place (GUIDE: territories "occupied, annexed, acquired, given borders" are states): "annexed Bosnia",
 * "remilitarised the Rhineland", "the partition of Bengal". Capture, invasion and colonisation are left out: a
 * captured city and a colonised continent stay places.
 */
export const POLITY_OBJECT_VERBS = set(`
	annex annexed annexes annexing annexation cede ceded cedes ceding cession partition partitioned partitions
	partitioning remilitarise remilitarised remilitarises remilitarize remilitarized remilitarizes remilitarisation
	remilitarization acquire acquired acquires acquisition
`);

/**
 * Verbs by which a state gains, keeps or loses a territory, whose capitalised object (and the names listed after it)
 * is then a polity acted upon: "Russia gets Estonia + Livonia", "Britain gets Gibraltar, Minorca", "France keeps
 * Guadeloupe and Martinique", "Austria takes Galicia".
 */
export const TERRITORY_VERBS = set(`
	get gets got gain gains gained keep keeps kept retain retains retained receive receives received
	regain regains regained
`);

/** A ruler's titles after a territory's possessive, which make the territory a polity: "Cochin's raja", "Multan's ruler". */
export const TERRITORY_RULERS = set(`
	ruler rulers king kings queen raja rajah rajas maharaja sultan sultans emir emirs amir khan khans duke dukes count
	counts prince princes tsar shah nawab doge zamorin bey dey margrave landgrave elector
`);

/** What a territory is granted as a polity: "autonomy for Catalonia", "independence for Kenya". */
export const POLITY_GRANTS = set(`autonomy independence sovereignty statehood self-government self-rule`);

/** Names after "Kingdom of", "Republic of" that are no polity: "Kingdom of God", "Republic of Letters". */
export const NOT_POLITY_NAMES = set(`God Heaven Heavens Christ Letters Saints Virtue Reason Ends Science Scholars`);

/** Nouns after a demonym that make the demonym stand for its state acting ("Soviet success", "British policy"). */
export const POLITICAL_HEADS = set(`
	government governments policy policies army armies navy navies fleet fleets forces force troops soldiers military
	intervention interventions invasion invasions occupation success successes victory victories defeat defeats king
	kings queen queens monarch monarchs monarchy crown emperor emperors empress tsar czar kaiser sultan shah state
	states authorities authority regime regimes leaders leader leadership diplomats diplomacy ministers minister
	parliament delegation delegates envoy envoys ambassador ambassadors response reaction reactions demand demands
	aid support attack attacks offensive advance advances withdrawal retreat expansion control rule rulers ruler
	influence interests colonies colony colonial colonization colonisation threat threats alliance allies agents
	spies police court throne dominance hegemony involvement participation resistance zone zones sector bloc side
	camp position proposal proposals claims claim refusal recognition approval entry strategy tactics losses
	casualties conquest conquests rearmament annexation annexations blockade mandate protectorate dictator premier
	president chancellor foreign navy airforce officers generals admiral commanders command coup coups bombing
	bombings blitz raid raids victory takeover administration cabinet delegation representatives negotiators
	propaganda mobilization mobilisation armistice surrender sovereignty hostility opposition ultimatum decision
	decisions plans aims ambitions goals objectives intentions motives fears concerns interest pressure presence
	participation domination dominion rulers ambitions annexed invaded attacked occupied declared signed defeated
	independence mediators mediation declaration declarations
	ships warships submarines planes aircraft tanks artillery garrison garrisons embassy consul squadron squadrons gunboat
	gunboats flotilla frigates cruisers battleships marines infantry cavalry regiments legation consulate consulates
	expedition expeditions rival rivals escort escorts paratroops paratroopers bombers subsidy subsidies shelling
	advisers advisors mission missions loan loans arms weapons units brigade brigades columns guns missiles missile
	caliph caliphs govt gov veto vetoes backing warrant forts fort help galleys reprisals repression retaliation
	crackdown massacre massacres sanctions embargo evacuation
`);

/**
 * Collective nouns that, after a demonym, make a locally delimited group that acts ("American financiers",
 * "Parisian workers", "English colonists"). Generic categories alone are not actors; the demonym delimits them.
 */
export const COLLECTIVE_NOUNS = set(`
	financiers bankers industrialists merchants traders businessmen capitalists investors colonists settlers
	colonizers colonisers workers labourers laborers peasants nobles nobility noblemen aristocrats aristocracy
	bourgeoisie gentry landowners revolutionaries radicals rebels insurgents nationalists communists socialists
	liberals conservatives monarchists royalists republicans anarchists exiles emigres émigrés immigrants
	missionaries princes electors barons lords knights crusaders pirates privateers conquistadors puritans catholics
	protestants calvinists lutherans huguenots jesuits jews muslims refugees partisans guerrillas patriots loyalists
	unionists separatists militants strikers burghers planters slaveholders federalists reformers scholars humanists
	intellectuals artists farmers students miners landlords landholders magnates boyars notables squires shipowners
	creditors towns volunteers crossbowmen dockers politicians bands cardinals irregulars states estates oligarchs
	democrats
`);

/** Nouns of men and land that a place's or a people's name before them qualifies ("Cheshire men", "Percy lands"). */
export const QUALIFIED_NOUNS = set(`men levies lands estates troops forces retainers tenants archers gentry affinity`);

/** Prepositions that make a place of the state that follows ("in France", "throughout Europe"). */
export const LOCATIVE_PREPS = set(`in within throughout across outside inside around at near beyond off`);

/** Prepositions that are locative only after a verb of motion ("fled to France", "came from Spain"). */
export const MOTION_PREPS = set(`to into from towards toward via through`);

/**
 * Verbs and nouns of motion ("emigration to America"), and people on the move ("exiles from Leontini", "refugees
 * from France"): a state after them and a preposition of MOTION_PREPS is a place, whence or whither.
 */
export const MOTION_VERBS = set(`
	fled flee flees fleeing went go goes going came come comes coming moved move moves moving sailed sail sails
	travelled traveled travel travels returned return returns exiled exile emigrated emigrate immigrated migrated
	migrate sent send sends shipped ship imported import exported export brought bring escaped escape escapes
	arrived arrive arrives journeyed voyage voyaged deported banished expelled driven spread spreads spreading
	reached reach reaches extended extends stretched back far way route trip trips journey expedition expeditions
	marched march marches marching retreated retreat retreats withdrew withdraw withdrawn headed
	crossed cross crosses crossing flown flew fly flies chased leave leaves leaving evacuated evacuate evacuates
	relocated relocate relocates exiles refugees volunteers emigres émigrés emigrants immigrants migrants settlers
	colonists pilgrims migration migrations emigration immigration exodus flight deportation deportations evacuation
`);

/** Nouns before "of" that make the state after it an actor acted upon ("invasion of Poland"), unlike "King of France". */
export const ACTION_BEFORE_OF = set(`
	invasion invasions occupation partition partitions annexation conquest defeat surrender fall collapse unification
	division recognition government governments administration army armies navy fleet fleets policy policies forces
	troops isolation humiliation dismemberment liberation independence rise decline expansion strength power weakness
	ambitions interests alliance enemies enemy allies ally support intervention response attack attacks blockade role
	victory victories bombing containment return cession loss acquisition capture revolt secession
	colony colonies province provinces kingdom republic duchy county principality emirate sultanate khanate caliphate
	protectorate viceroyalty dominion territory tributary vassal
`);

/**
 * Prepositions, conjunctions and adverbs that open sentences and never a name (matched in lower case): a capitalised
 * one is skipped as "The" is, so that "In 1930 the Iron Front fought" is not read as one name from "In" on.
 */
export const SENTENCE_OPENERS = set(`
	in at on with from by into against for of than as also still then now never only soon both either neither too
	who which that whose while when whereas because since though although so yet not after before during under until
	once meanwhile later thus hence however
`);

export const FUNCTION_WORDS = set(`
	and or nor but to in at on with from by into against for of than as also still then now never only soon both
	either neither all too who which that whose while when whereas because since though although so yet not had
	has have was were is are be been being did do does would could should will can may might must shall
`);

/**
 * Common verbs of history in their base form; their inflections are derived below. After a bare demonym they show
 * it is a subject ("Japanese intervene", "French believed").
 */
const VERB_BASES = `
	intervene invade attack occupy declare refuse want sign believe fear support help join withdraw retreat surrender
	defeat capture establish build take send control rule lead become remain try seek begin continue decide see feel
	win lose fight agree demand promise threaten oppose resist reject accept annex seize conquer colonize colonise
	settle trade negotiate ally betray abandon gain lose provide supply fund finance arm back push pull force allow
	let keep hold claim argue think hope plan prepare mobilize mobilise march advance enter leave arrive return
	expand dominate control govern impose demand offer propose sign ratify violate break respond react protest
	revolt rebel rise overthrow depose crown elect appoint kill massacre expel deport persecute convert adopt
	embrace spread follow refuse need use make give get put set run come go say tell ask look seem appear start
	stop end finish win emerge recover collapse decline fall grow lead try manage fail succeed launch wage bomb
	blockade sink raid besiege storm sack burn loot destroy defend protect liberate free unite divide split
	recognise recognize acknowledge guarantee assure reassure warn urge press pressure insist dominate exploit
	invest lend borrow owe pay buy sell ban forbid permit allow encourage discourage favour favor prefer view see
	regard consider treat respond answer reply side align
	clash compete struggle retaliate mediate hesitate waver vacillate counterattack bombard evacuate partition rebuff
	reinforce garrison bribe cede concede yield transfer crush suppress subdue pacify slaughter exterminate repel
	repulse rout outflank encircle surround ambush overrun overwhelm outnumber dispatch despatch collaborate cooperate
	conspire intrigue bargain arbitrate pledge vow swear renounce repudiate abdicate usurp assassinate murder imprison
	arrest banish conscript recruit enlist equip disarm demobilise demobilize rearm boycott condemn denounce criticise
	criticize accuse blame praise woo placate appease humiliate insult provoke incite instigate dissuade persuade
	convince induce compel oblige coerce intimidate annihilate raze plunder pillage ravage devastate infiltrate
	penetrate cross reach disembark embark sail explore discover create abolish restore replace reorganise reorganize
	centralise centralize modernise modernize westernise westernize industrialise industrialize unify consolidate
	strengthen weaken undermine subvert sabotage defect plot
`;

const IRREGULAR_PASTS = `
	took sent built led became began sought felt saw won lost fought held kept let made gave got put ran came went
	said told rose fell grew broke drew threw wrote spoke stood struck forbade overthrew undertook withdrew paid
	bought sold lent meant thought fled
`;

function inflect(base: string): string[] {
	const out = [base];
	const last = base[base.length - 1] ?? "";
	if (/(s|x|z|ch|sh)$/.test(base)) out.push(base + "es");
	else if (last === "y" && !/[aeiou]y$/.test(base)) out.push(base.slice(0, -1) + "ies");
	else out.push(base + "s");
	if (last === "e") out.push(base + "d");
	else if (last === "y" && !/[aeiou]y$/.test(base)) out.push(base.slice(0, -1) + "ied");
	else out.push(base + "ed");
	return out;
}

/** Every inflected verb form. */
export const VERBS = new WordSet(() => [...VERB_BASES.split(/\s+/).filter(Boolean).flatMap(inflect), ...IRREGULAR_PASTS.split(/\s+/).filter(Boolean)]);

/**
 * Adjectives of a faith, before a body's name, tell its members' faith and are no word of the name: "the Catholic
 * Defenders", "the Protestant Orange Order" (a name the lists give whole stays whole: "Catholic Church").
 */
export const FAITH_ADJECTIVES = set(`
	Catholic Protestant Orthodox Christian Muslim Islamic Jewish Hindu Buddhist Sikh Lutheran Calvinist Anglican
	Sunni Shia Shiite Huguenot Puritan Presbyterian Methodist Quaker Jesuit
`);

/** Qualifiers that make a regime name of the state after them ("Nazi Germany", "Tsarist Russia", "Old France"). */
export const REGIME_QUALIFIERS = set(`
	Nazi Fascist Imperial Tsarist Czarist Soviet Communist Red Nationalist Vichy Old Free Republican Revolutionary
	Napoleonic Francoist Weimar Wilhelmine Occupied Medieval Bourbon Habsburg Hapsburg Tudor Stuart Ottoman Mughal
	Meiji Edo Qing Ming Victorian Elizabethan Georgian Hanoverian Liberal Democratic Socialist Modern Ancient Postwar
	Prewar Interwar Colonial Independent Unified Divided Partitioned Restoration
`);

/** Demonyms of a state that as often name another people: "Indian" of the Americas ("Indian policy" in Texas). */
export const AMBIGUOUS_DEMONYMS = set(`Indian`);

/** The letters of the compass points, as notes abbreviate them: "S Thailand", "E. Europe". */
export const COMPASS_LETTERS = set(`N S E W`);

const CONTINENT_WORDS = `Africa Asia Europe America Americas Oceania Antarctica Arctic Australasia Eurasia`;

/** Continents are never a territory acted upon as a state: "Africa partitioned" is the scramble, not a polity. */
export const CONTINENTS = set(`${CONTINENT_WORDS} Earth World Moon Globe`);

/**
 * Religions and civilisations named without "-ism", doctrines and not actors (the guide's "ideologies and religions
 * as doctrines"): "Byzantium and Islam" names one polity. Words in "-ism" are read as such by their ending.
 */
export const DOCTRINES = set(`Islam Christianity Christendom Orthodoxy Shinto Islamdom`);

/** Continents, seas and large regions that no list holds as a polity: "E. Europe" is no person. */
export const REGIONS = set(`${CONTINENT_WORDS} Indies Pacific Atlantic Mediterranean Balkans Arabia Anatolia Siberia`);

/** Directions that make a place of the state name after them ("Northern France"), unless the pair is a state. */
export const DIRECTIONS = set(`
	North South East West Northern Southern Eastern Western Central Upper Lower Northeastern Northwestern Southeastern
	Southwestern
`);

/** Name particles inside persons' names. */
export const PARTICLES = set(`von van de der den du la le da di del della dos das zu af av ten ter bin ibn al el y d'`);

/** Particles that may open a surname written without its given name: "du Guesclin", "von Papen", "van Oldenbarnevelt". */
export const OPENING_PARTICLES = set(`von van de du da di del della dos das ten ter`);

/** Articles after an opening particle, inside the surname: "de la Huerta", "van der Lubbe", "de los Ríos". */
export const SECOND_PARTICLES = set(`la las los le der den`);

/** The Persian ezafe, joined by a hyphen to the word before, which binds the next word to it: "Jalal Al-e Ahmad", "Mojahedin-e Khalq". */
export const EZAFE = set(`e ye`);

/**
 * The last words of the names of places and buildings: a capitalised run that ends in one names a place, even after
 * a given name or a title ("Mary Church", "King David Hotel"); inside a longer name one is a middle name ("Henry Lane
 * Wilson", "Mary Church Terrell").
 */
const PLACE_HEAD_WORDS = `
	Church Street Road Square Park River Lake Sea Ocean Bay Island Islands Mountains Hill Valley College School
	University Hall Palace Castle Cathedral Abbey Tower House Station Bridge Gate Gardens Garden Museum Library Hotel
	Embassy Airport Hospital Prison Barracks Harbour Harbor Temple Mosque Masjid Synagogue Shrine Tomb Market Theatre Theater
	Stadium Memorial Monument Statue Center Centre Avenue Boulevard Lane Place Court Falls Canal Strait Channel Gulf
	Peninsula Cape Desert Forest Plains Basin Coast Marg Isle Isles Archipelago Straits Hills Heights Highlands Steppe Marshes
`;
export const PLACE_HEADS = set(PLACE_HEAD_WORDS);

/**
 * Capitalised words that open a place's name before a name of its own: "Mount Lebanon", "Fort Pitt", "Lake Victoria",
 * "Río Blanco"; and a temple's in Southeast Asia: "Wat Phra Kaew", "Prasat Kravan", "Preah Khan", "Candi Sewu".
 */
export const PLACE_OPENERS = set(`Mount Mt Fort Lake Port Río Rio Wat Prasat Preah Candi`);

/** Capitalised words after "the" that name a region, never a ruler's epithet: "gives Antony the East". */
export const NOT_EPITHETS = set(`East West North South Orient Occident Levant`);

/** Capitalised words that are never a person's name even after a given name ("Louis Blanc" is; "Mary Church" no). */
export const NOT_SURNAMES = set(`
	The A An And Or Of In On At To By For From With But Not No As Is Was Were Be Are This That These Those It Its He She St
	They We I You His Her Their Our My Your Who What When Where Why How Which Then Than So If Also Both Either Neither
	Day Days ${PLACE_HEAD_WORDS}
	Press Times Post Review Journal Magazine Company Corporation Inc Ltd Group Association Foundation Institute Headquarters
	Prize Award Trophy Cup Line Land Empire Kingdom Republic State States Union
	Party Army Navy Society Order League Council Movement Dynasty Era Age Years Period Century Decade Week Month Year
	January February March April May June July August September October November December
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday
	Reformation Revolution War Wars Treaty Pact Plan Doctrine Act Law Laws Edict Theses Bible Gospel Psalms
	Jr Sr Junior Senior Protector Keeper Treasurer Steward Privy Seal Commissar Inquisitor Führer Fuhrer Duce Says
	Said Speaker Chairman Secretary General Vice Deputy Colonial Foreign High Commissioner Sec Chief First Everyone
	Everybody Nobody Somebody Someone Anyone Regime Government Administration Cabinet Presidency Thought Ideology
	Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Hundred Thousand Million
`);

/** Titles and honorifics before a person's name; the person is named, the title alone ("the Pope") is not. */
export const PERSON_TITLES = set(`
	King Queen Emperor Empress Tsar Czar Tsarina Czarina Tsaritsa Kaiser Kaiserin Pope Sultan Sultana Shah Prince
	Princess Duke Duchess Archduke Archduchess Grand Cardinal Archbishop Bishop Sir Lord Lady Dame General Gen
	Admiral Marshal President Chancellor Premier Count Countess Elector Electress Caliph Emir Khan Chairman Comrade
	Mr Mrs Ms Senator Governor Marquis Marquess Baron Baroness Viscount Earl Margrave Landgrave Doge Pharaoh
	Colonel Col Captain Capt Lieutenant Major Commander Commodore Brigadier Sergeant Dr Doctor Professor Prof Reverend Rev Father Brother Sister
	Mother Friar Abbot Rabbi Imam Ayatollah Mullah Sheikh Maharaja Raja Rajah Nawab Shogun Daimyo Regent Dauphin
	Infanta Infante Minister Secretary Ambassador Judge Justice Mayor Vizier Grand-Duke Prime Field Crown Mme Mlle Consort
	Madame Mademoiselle Monsieur Don Doña Abp Bp Pres Adm Lt Sgt Gov Fr Patriarch Abbess Prior Consul Hetman Voivode
	Begum Rani Maharani Peshwa Tsarevich Lij Ras Negus Abuna Diwan Dewan Dowager
	Raden Mpu Bhre Tun Megat Hang
`);

/**
 * Honorifics and prelates' styles that stay in the mention before any name, as the name the person is called by:
 * "Sir Thomas Kyriel", "Lord Scales", "Lady Eleanor Butler", "Archbishop Rotherham", "Bishop John Morton",
 * "Cardinal Kemp", "Queen Anne Neville". (Offices and military ranks stay out: "Gen. Bernardo Reyes".)
 */
export const HONORIFICS_KEPT = set(`Sir Dame Lord Lady Archbishop Abp Bishop Bp Cardinal Queen`);

/** Offices whose holder's regnal name is his name, the office outside the mention: "Pope Pius XI", "Elector Frederick Augustus II". */
export const OFFICES_BEFORE_REGNAL = set(`Pope Elector Electress`);

/**
 * Ranks of sovereignty and of birth among the titles: before a single given name they name the person, and stay in
 * the mention ("King John", "Tsar Alexis", "Princess Ashraf", "Duke Charles"), since a given name alone is shared by
 * many. An office ("Governor Baring", "General Zahedi", "Patriarch Nikon", "Pope Vigilius") only describes the person
 * it comes before, and stays out.
 */
export const RANK_TITLES = set(`
	King Queen Emperor Empress Tsar Czar Tsarina Czarina Tsaritsa Kaiser Kaiserin Sultan Sultana Prince Princess Duke
	Duchess Archduke Archduchess Grand-Duke Count Countess Elector Electress Marquis Marquess Baron Baroness Viscount
	Earl Margrave Landgrave Dauphin Infanta Infante Tsarevich Maharaja Raja Rajah Nawab Sheikh Emir Caliph Pharaoh
`);

/** Titles of four letters or fewer that are whole words, so a dot after one ends a sentence: "the King. Then". */
export const WHOLE_WORD_TITLES = set(`King Tsar Czar Pope Shah Duke Earl Emir Khan Lord Lady Dame Sir Doge Raja Rana Dom Don Ras Lij`);

/** Saints' words before a given name that make a place of it: "San Luis Potosí", "Santa Cruz", "São Paulo". */
export const SAINTS = set(`San Santa Santo São Sao Saint Sainte St Ste`);

/** Titles only before another title: "Grand Duke Sergei", "Field Marshal Haig", "Crown Prince Rupprecht". */
export const TITLES_BEFORE_TITLES = set(`Grand Field Crown`);

/**
 * Offices and kin written in lower case right before a name no list holds: "consul Opimius", "the tribune
 * Sulpicius", "chancellor Brüning", "his daughter Julia". The name after one is a person's. Scholars' words
 * ("historian", "author") are left out: a cited author is not an actor.
 */
export const OFFICE_NOUNS = set(`
	consul proconsul tribune praetor propraetor censor dictator quaestor aedile legate senator triumvir general
	admiral marshal colonel commander captain president chancellor minister premier ambassador envoy governor viceroy
	emperor empress king queen pope cardinal bishop archbishop sultan tsar czar kaiser prince princess duke elector
	regent caliph shah emir vizier khan chieftain warlord generalissimo reformer preacher theologian monk friar
	statesman politician diplomat revolutionary usurper pretender successor heir son daughter wife husband brother
	sister father mother nephew niece uncle cousin abp bp tyrant archon polemarch strategos satrap ephor pharaoh
	grandson granddaughter grandfather grandmother stepson stepmother chief sub-chief judge prefect negus dux slave
	mayor sheriff steward chamberlain abbot patriarch imam mufti qadi ayatollah commissar hetman ataman voivode boyar
	nawab peshwa khedive maharaja raja shogun daimyo lieutenant sergeant secretary deputy magistrate podesta doge
	poet painter assistant favourite favorite mistress consort
	physician surgeon doctor teacher schoolteacher tutor chronicler architect sculptor composer philosopher missionary
	explorer navigator courtier eunuch concubine nun priest merchant banker adventurer pirate bandit
	count countess earl baron margrave landgrave
`);


/**
 * What a person's possessive governs: "Müller's cabinet", "Riego's revolt", "Curio's motion", "Milo's gang". A name
 * no list holds before one of these nouns is a person's.
 */
export const PERSONAL_HOLDINGS = set(`
	cabinet cabinets ministry government regime dictatorship reign army armies legions troops forces fleet navy men
	gang followers supporters partisans veterans faction party coup putsch revolt rebellion uprising mutiny motion
	bill law laws reforms reform policy policies plan proposal proposals orders decree decrees edict letter letters
	speech speeches murder assassination assassins murderers death execution consulship tribunate
	campaign campaigns expedition invasion victory victories defeat wife son daughter heir successor allies rival
	rivals enemies treaty treaties mission column columns siege diplomacy purchase flagship front embassy regency
	administration offensive retreat raid raids conquest conquests intervention ultimatum dispatch
`);

/**
 * Titles that are part of the name a person is known by, kept in the mention: "Shah Jahan", "Rana Sanga", "Madame
 * Roland" (whose husband shares the surname), "Ras Alula", "Lij Iyasu", "Diwan Mulraj", "Rani Lakshmibai", "Don
 * Carlos", "Negus Mikael", "Imam Shamil".
 */
export const NAME_TITLES = set(`Shah Rana Madame Mme Mademoiselle Mlle Lij Ras Diwan Dewan Begum Rani Maharani Don Doña Dom Negus Imam Raden Mpu Bhre Tun Megat Hang`);

/**
 * Vietnamese family names as written with their marks, which open a name of one to three syllables ("Đinh Bộ Lĩnh",
 * "Lê Hoàn"). Not the ones that also open places' names ("Hà Nội", "Cao Bằng", "Lâm Đồng", "Mai Châu").
 */
export const VIETNAMESE_FAMILIES = set(`Nguyễn Trần Lê Lý Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Đinh Mạc Trịnh Khúc Lưu Đào Đoàn Trương Phùng Triệu Tôn`);

/** Words that open an Arabic name: "Abu Muslim", "Ibn Khaldun", "Abd al-Rahman", "Umm Kulthum". */
export const ARABIC_OPENERS = set(`Abu Ibn Abd Bin Umm`);

/**
 * Arabic nouns of places, institutions and books before "al-": "Bayt al-Hikma", "Dar al-Islam", "Jabal al-Druze",
 * "Tarikh al-Sudan" are no persons.
 */
export const ARABIC_PLACE_NOUNS = set(`Bayt Beit Dar Bab Jabal Jebel Wadi Masjid Madrasa Madrasah Jami Qasr Bilad Ahl Ras Bahr Bir Shatt Deir Dayr Ain Ayn Tell Tall Qalat Hisn Marj Sharm Suq Souk Tarikh Kitab Risala Sirat`);

/** Nouns of towns and strongholds, before a name in apposition: "their capital, al-Mukhtara" is a place. */
export const TOWN_NOUNS = set(`capital town city fortress port village stronghold citadel camp base harbour harbor oasis settlement outpost`);

/**
 * Lower-case nouns of buildings and works named after a person: a person's name before one names the place ("the
 * Moncada barracks", "the Lenin shipyard", "the Putilov factory"), no mention of the person.
 */
export const NAMED_BUILDING_NOUNS = set(`barracks shipyard shipyards dockyard factory palace castle cathedral fortress citadel airport prison`);

/**
 * Lower-case nouns of landforms and waters: a state's name before one names the land or the river, no polity ("the
 * Congo estuary", "the Niger delta", "the Ruhr valley").
 */
export const LANDFORM_NOUNS = set(`estuary delta basin valley river mouth coast coastline shore shores plain plains plateau hinterland watershed`);

/**
 * Lower-case nouns of places, works and things that a capitalised word before them names the place of or the
 * maker of: "Gdańsk shipyard", "Kiel harbour", "Putilov works", "Maxim guns", "Enfield rifles".
 */
export const PLACE_NOUNS = set(`
	shipyard shipyards dockyard docks works factory factories mill mills mine mines harbour harbor port river castle
	palace cathedral fortress citadel bridge gate walls area region province district coast gun guns rifle rifles
	musket muskets cannon cannons engine engines machine machines loom looms
`);

/** Kin words inside an Arabic name, in lower case as notes write them: "Amr ibn al-As", "Faisal bin Hussein". */
export const ARABIC_KIN = set(`ibn bin bint`);

/**
 * Verbs only a person is the subject of, in the past or present: the capitalised word before one names a person
 * ("Dingiswayo died", "Zwide resigns"); and participles a note's shorthand writes without "was" ("Talbot killed",
 * "Derwentwater executed"). Plural nouns that may stand before them are ruled out by their ending.
 */
export const PERSON_VERBS = set(`
	resigned resigns abdicated abdicates married marries died dies reigned reigns fled flees usurps usurped
	killed murdered executed beheaded assassinated deposed exiled poisoned blinded strangled lynched guillotined
	imprisoned arrested banished wounded hanged tonsured apologises apologised apologizes apologized inherits inherited
	renounces renounced
`);

/** Titles of a ruler or a peer that name their holder with "of" and a place: "the Duke of Aosta", "the Nizam of Hyderabad". */
export const PEER_TITLES = set(`Duke Duchess Earl Prince Princess Marquis Marquess Count Countess Nizam Elector Margrave Landgrave Viscount Archduke`);

/** Lords' and peers' titles that, after a name and a comma, give the person's style: "James Tuchet, Lord Audley". */
export const STYLE_TITLES = set(`Duke Duchess Earl Countess Count Marquess Marquis Marchioness Viscount Viscountess Baron Baroness Lord Lady Prince Princess`);

/** Offices written after "Lord" or another title that are no peer's name: "Gerald FitzGerald, Lord Deputy". */
export const STYLE_OFFICES = set(`Deputy Protector Lieutenant Chancellor Chamberlain Treasurer Steward Keeper Mayor Admiral President Justice Warden Marshal High Privy`);

/** Verbs of naming before a nickname in quotes: nicknamed "Beggars", his men call themselves "Orphans". */
export const NICKNAME_OPENERS = set(`nicknamed dubbed called call calls themselves`);

/**
 * Lower-case plurals of persons that no ending marks, before names in brackets: "Skye chiefs (Sleat, MacLeod)",
 * "barons (Garai, Újlaki)". Not "nobles" or "men", whose brackets name their places as often ("Lithuanian nobles
 * (Vilna, Kovno)").
 */
export const PERSON_PLURALS = set(`
	chiefs barons poets lords knights priests judges officials delegates envoys brothers sons
`);

/** Bodies of a few persons whose members a bracket after them names: "a Bavarian regency (Armansperg, Maurer)". */
export const BODIES_OF_PERSONS = set(`regency triumvirate duumvirate troika junta directorate camarilla cabal clique council committee`);

/** The plurals of office and kin nouns, and plurals of persons: "bishops Sołtyk + Załuski", "generals Mina and Rodil". */
export const OFFICE_PLURALS = new WordSet(() => [...[...OFFICE_NOUNS].map((w) => `${w}s`), ...PERSON_PLURALS]);

/** Verbs whose object is a person: "marries Jadwiga". */
export const MARRYING_VERBS = set(`marries married marry marrying weds wed wedded`);

/**
 * Plurals of those who write or teach about the past: the names in brackets after one are cited authors or lecturers
 * ("authors (Figes, Pipes)"), no actors.
 */
export const SCHOLAR_PLURALS = set(`
	authors historians scholars writers editors critics commentators translators biographers researchers chroniclers
	sources lecturers teachers tutors professors instructors
`);

/** Participles after "was" or "is" that only a person is the subject of: "Lecomte was executed". */
export const PERSON_PASSIVES = set(`
	assassinated executed crowned elected exiled beheaded deposed murdered knighted canonised canonized
	excommunicated poisoned blinded strangled lynched guillotined
`);

/**
 * Honorifics and family names written after a name, part of it: "Âli Pasha", "Niyazi Bey", "Gulab Singh", "Chand
 * Kaur". Alone they name nobody; the word before one stands for the person.
 */
export const HONORIFICS_AFTER = set(`Pasha Pasa Paşa Bey Effendi Efendi Agha Aga Shah Syah Khan Singh Kaur Sahib Jung Bahadur`);

/**
 * Offices a note writes capitalised right after a person's surname, in the shorthand of notes ("Bonaparte First
 * Consul", "Stalin General Secretary 1922", "Nelson Admiral"): no word of a longer name. `OFFICE_OPENERS` open such
 * an office of two words. Not `OFFICE_NOUNS`: its kin and ranks are surnames too ("Luther King" is no Luther).
 * Before "of" and an event's head, one makes no event of its run: "Trotsky Commissar of War" (`NoteMatcher.runEnd`).
 */
export const OFFICES_AFTER_NAME = set(`
	Consul Proconsul Dictator Emperor Chancellor President Premier Admiral Secretary Minister Governor Viceroy Regent
	Chairman Vizier Tribune Praetor Generalissimo Commissar
`);
export const OFFICE_OPENERS = set(`First Prime General Grand Lord Foreign`);

/** Titles that mark the lecturer or a scholar, not a historical actor. */
export const SCHOLAR_TITLES = set(`Professor Prof Dr Doctor Mr Mrs Ms Lecturer Tutor Teacher Instructor`);

/**
 * Abbreviations in capitals that name no actor: eras, captives, weapons, measures, policies, treaties and acts
 * ("NEP", "NPT", "UDI"), file formats, Bible versions, a computer's terms and a note's own marks (courses' codes are the dates' COURSE_CODES). A ship's prefix ("HMS")
 * belongs to the ship's name.
 */
export const NOT_ACTOR_ACRONYMS = set(`
	BCE POW POWS MIA KIA WMD ICBM IRBM MRBM SLBM ABM DMZ GDP GNP USD GBP EUR NYC HMS USS SMS ASAP AKA FYI TBC TBD
	TODO NOTE NOTES LEC LECT PDF URL API CSS HTML JSON YAML SVG PNG JPG JPEG XML CSV RSS ISBN DOI FAQ UTC GMT ETC
	IMO TLDR RIP SOS MAD UNSCR NEP CAP SALT START NPT UDI UDHR SDI DORA CEO CPU RAM USB GPS DNA RNA HIV AIDS TNT LSD GNI CPI
	PTO DIY MVP QED CIF BMP DEFCON README LICENSE IDE SEO URI UID GUI DNS HTTP HTTPS SSL TLS SQL RGB KJV NIV NLT NLV ESV RSV NRSV NASB
`);

/** Words written in capitals for stress, not acronyms: "did NOT attack", "BOTH sides". */
export const STRESSED_WORDS = set(`
	NOT NOR BUT AND THE FOR ALL ANY BOTH ONLY NEVER ALWAYS MUST VERY KEY NEW OLD OUT OFF YES END START ONE TWO
	THREE TEN FIRST LAST NOW THEN WHY HOW WHO WHAT WHEN WHERE CLAIM LOT BIG HUGE MAIN REAL TRUE FALSE SAME PEACE
	DID DOES WAS WERE ARE HAS HAD CAN WILL NEED MORE MOST LESS LEAST EVER AGAIN TOO HIS HER THEIR OWN NON ANTI PRO
	IMPORTANT NOTE EXAM ESSAY QUOTE TERM TERMS SEE ALSO READ SOME MANY FEW GOOD BAD
`);

/** Regnal numerals I to XXIX. */
export const ROMAN_NUMERALS = set(`
	I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII XXIV XXV XXVI XXVII XXVIII
	XXIX
`);

/** Nouns that take numerals but are not persons ("Volume II", "World War II", "Part III", "World History II", "Track II"). */
export const NUMBERED_NOUNS = set(`
	Volume Vol Part Chapter Book Act Phase Section Unit Type Class Article Title Stage Level Lesson Week Term Round
	Apollo Vatican Mark Model Series Figure Table Appendix Annex Schedule Clause Item Exhibit Plan Version Edition
	Session Lecture Quiz Exam Test Problem Question Rule Point Step Case Room Grade Year Day Page Line Track
	History Histories Civ Civilization Civilisation Civilizations Civilisations Studies Politics Economics Literature
	Philosophy Humanities Seminar Survey
`);

/** Months and weekdays: never a person, and a month before a number is a date. */
export const CALENDAR_WORDS = set(`
	January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul
	Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
`);

/** Months' names and abbreviations that are given names too: "Jan Klemens Branicki", "August Aleksander Czartoryski". */
export const MONTH_GIVEN_NAMES = set(`Jan August`);

/** Nouns after a dynasty's name that belong to the mention ("stuart kings", "Tudor monarchs"). */
export const DYNASTY_NOUNS = set(`kings queens monarchs rulers dynasty family line house emperors tsars czars princes sovereigns`);
