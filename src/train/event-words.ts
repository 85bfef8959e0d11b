import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npx tsx src/train/event-words.ts WIKT_DIR > src/text/event-words-data.ts` (then `npx prettier --write` on it):
 * writes the lexicon of news event words in the catalog's other languages (`src/text/event-words.ts` reads it) from
 * the Wiktionary translations linked to WordNet synsets by the Open Multilingual Wordnet (Bond and Foster 2013;
 * `wns/wikt/` of github.com/omwn/omw-data at f75be19, CC BY-SA 3.0), one `wn-wikt-LANG.tab` file per language.
 *
 * Each concept below is the event a reader types a word for ("earthquake", "arrest", "election"): its English words,
 * written here, and two anchors, a German and a Russian word for it. The concept's synsets are those holding a German
 * anchor and a Russian anchor both, so a word of many senses brings only the sense both anchors share (German
 * "Preis" is a price with "цена" and a prize with "премия"); every single-word lemma of those synsets in each
 * language is the concept's word there. A concept whose anchors meet in no synset stops the build, so a typo
 * cannot quietly drop it.
 */
interface Concept {
  concept: string;
  en: string[];
  de: string[];
  ru: string[];
  /**
   * Everyday words of the catalog's languages that the Wiktionary data lacks for the concept (it holds no Ukrainian
   * word for a fire, no Spanish one for a shooting), written here as the English ones are.
   */
  own?: Partial<Record<string, string[]>>;
  /** English phrases in which one of its words names something else: a gunman "opened fire", a coach "under fire". */
  notEn?: string[];
}

const CONCEPTS: Concept[] = [
  { concept: 'earthquake', en: ['earthquake', 'quake', 'tremor', 'temblor', 'seismic'], de: ['Erdbeben'], ru: ['землетрясение'] },
  { concept: 'tsunami', en: ['tsunami'], de: ['Tsunami'], ru: ['цунами'] },
  { concept: 'flood', en: ['flood', 'flooding', 'floods'], de: ['Überschwemmung', 'Hochwasser', 'Flut'], ru: ['наводнение', 'потоп'] },
  {
    concept: 'storm',
    en: ['storm', 'hurricane', 'typhoon', 'cyclone'],
    de: ['Sturm', 'Orkan', 'Hurrikan', 'Taifun', 'Zyklon'],
    ru: ['буря', 'шторм', 'ураган', 'тайфун', 'циклон'],
  },
  {
    concept: 'blaze',
    en: ['=fire', '=fires', 'blaze', 'blazes', 'wildfire', 'arson', 'inferno'],
    de: ['Brand', 'Feuer', 'Brandstiftung'],
    ru: ['пожар', 'поджог'],
    own: { uk: ['пожежа', 'підпал'] },
    notEn: ['open fire', 'opened fire', 'opens fire', 'opening fire', 'under fire', 'returned fire'],
  },
  { concept: 'explosion', en: ['explosion', 'blast', 'explode'], de: ['Explosion', 'Detonation'], ru: ['взрыв'], own: { uk: ['вибух'] } },
  {
    concept: 'eruption',
    en: ['eruption', 'volcano', 'erupt'],
    de: ['Ausbruch', 'Vulkan', 'ausbrechen'],
    ru: ['извержение', 'вулкан', 'извергаться'],
    own: { ar: ['بركان', 'ثوران'] },
  },
  {
    concept: 'crash',
    en: ['crash', 'wreck'],
    de: ['Absturz', 'Zusammenstoß'],
    ru: ['крушение'],
    own: { uk: ['авіакатастрофа'], ar: ['تحطم'], zh: ['坠毁', '坠机'] },
  },
  { concept: 'accident', en: ['accident'], de: ['Unfall'], ru: ['авария', 'ДТП'], own: { fr: ['accident'], uk: ['аварія'] } },
  {
    concept: 'murder',
    en: ['murder', 'kill', 'killing', 'homicide', 'slay', 'slaying', 'assassination'],
    de: ['Mord', 'ermorden', 'töten', 'Tötung', 'umbringen'],
    ru: ['убийство', 'убить', 'убивать'],
  },
  {
    concept: 'shooting',
    en: ['shooting', 'gunfire', 'gunman', 'shootout'],
    de: ['Schießerei', 'Schusswechsel'],
    ru: ['стрельба', 'перестрелка'],
    own: { es: ['tiroteo'], it: ['sparatoria'], pt: ['tiroteio'], uk: ['стрілянина'], ar: ['إطلاق نار'], zh: ['枪击'] },
  },
  {
    concept: 'arrest',
    en: ['arrest', 'detain', 'detention'],
    de: ['verhaften', 'Verhaftung', 'Festnahme', 'festnehmen'],
    ru: ['арестовать', 'арестовывать', 'задержать'],
    own: { fr: ['arrestation', 'interpeller'], uk: ['арешт', 'заарештувати', 'затримати'] },
  },
  {
    concept: 'robbery',
    en: ['robbery', 'heist', 'theft', 'steal', 'rob', 'robber', 'thief', 'thieves', 'stole', 'stolen', 'burglary'],
    de: ['Raub', 'Diebstahl', 'stehlen', 'rauben', 'Dieb', 'Räuber', 'Einbruch'],
    ru: ['ограбление', 'кража', 'украсть', 'красть', 'грабить', 'вор', 'грабитель'],
  },
  {
    concept: 'jewellery',
    en: ['jewel', 'jewels', 'jewelry', 'jewellery', 'jeweler', 'jeweller', 'diamond', 'diamonds'],
    de: ['Schmuck', 'Juwel', 'Juwelier', 'Diamant'],
    ru: ['драгоценность', 'ювелир', 'бриллиант', 'алмаз', 'украшение'],
    own: { uk: ['ювелір', 'коштовності'] },
  },
  {
    concept: 'kidnapping',
    en: ['kidnap', 'kidnapping', 'hostage', 'abduct', 'abduction'],
    de: ['entführen', 'Entführung', 'Geisel'],
    ru: ['похищение', 'похитить', 'заложник'],
    own: { uk: ['викрадення', 'заручник'] },
  },
  {
    concept: 'escape',
    en: ['escape', 'escapee', 'escapees', 'jailbreak'],
    de: ['Flucht'],
    ru: ['побег'],
    own: { ru: ['побег'], uk: ['втеча'], it: ['evasione'], ja: ['脱獄', '脱走'], zh: ['越狱', '逃脱'] },
    notEn: ['escaped injury', 'escaped unhurt', 'escaped unharmed', 'escaped serious injury', 'narrowly escaped', 'escape the heat'],
  },
  { concept: 'pirate', en: ['pirate', 'pirates', 'piracy'], de: ['Pirat', 'Piraterie', 'Seeräuber'], ru: ['пират', 'пиратство'] },
  {
    concept: 'terrorism',
    en: ['terrorism', 'terrorist', 'terror'],
    de: ['Terrorismus', 'Terrorist', 'Terror'],
    ru: ['терроризм', 'террорист', 'террор'],
    own: { ru: ['теракт'], uk: ['теракт', 'тероризм'] },
  },
  { concept: 'bomb', en: ['bomb', 'bombing', 'bombs'], de: ['Bombe'], ru: ['бомба'] },
  {
    concept: 'attack',
    en: ['attack', 'assault'],
    de: ['Angriff', 'Anschlag'],
    ru: ['нападение', 'атака'],
    own: { uk: ['напад', 'атака'] },
  },
  {
    concept: 'trial',
    en: ['trial', 'court', 'courtroom', 'prosecutor', 'prosecution'],
    de: ['Gericht', 'Gerichtsverfahren', 'Staatsanwalt'],
    ru: ['суд', 'прокурор'],
    own: { it: ['tribunale'] },
  },
  {
    concept: 'jury',
    en: ['jury', 'juror', 'jurors'],
    de: ['Geschworene', 'Geschworener', 'Jury'],
    ru: ['присяжный', 'жюри'],
    own: { uk: ['присяжні'], ar: ['هيئة المحلفين'] },
  },
  {
    concept: 'sentence',
    en: ['sentence', 'sentenced', 'verdict', 'convict', 'convicted', 'conviction'],
    de: ['Urteil', 'verurteilen', 'Verurteilung'],
    ru: ['приговор', 'приговорить', 'осудить'],
    own: { uk: ['вирок', 'засудити'], zh: ['判处', '判决'], ja: ['判決'] },
  },
  { concept: 'prison', en: ['prison', 'jail', 'imprisonment', 'imprison'], de: ['Gefängnis'], ru: ['тюрьма'] },
  {
    concept: 'election',
    en: ['=election', '=elections', 'electoral', 'ballot', 'polls'],
    de: ['Wahl', 'abstimmen'],
    ru: ['выборы', 'голосование', 'голосовать'],
    own: { es: ['elecciones', 'elección', 'comicios'] },
  },
  {
    concept: 'president',
    en: ['president', 'presidential', 'presidency'],
    de: ['Präsident', 'Staatspräsident'],
    ru: ['президент'],
    own: { uk: ['президент'] },
  },
  {
    concept: 'resignation',
    en: ['resign', 'resignation', 'resigns', 'resigned'],
    de: ['zurücktreten', 'Rücktritt'],
    ru: ['отставка', 'уходить', 'уйти'],
    own: { es: ['dimisión', 'dimitir'], pt: ['renúncia', 'renunciar'], uk: ['відставка'], ar: ['استقالة'], zh: ['辞职'], ja: ['辞任'] },
  },
  {
    concept: 'protest',
    en: ['protest', 'protests', 'protester', 'demonstration', 'demonstrator'],
    de: ['Protest', 'Kundgebung', 'protestieren'],
    ru: ['протест', 'митинг', 'протестовать'],
    own: { zh: ['抗议'], ja: ['抗議'] },
  },
  {
    concept: 'riot',
    en: ['riot', 'riots', 'rioting', 'unrest'],
    de: ['Aufruhr', 'Krawall'],
    ru: ['бунт', 'беспорядки'],
    own: { it: ['disordini', 'sommossa'], pt: ['motim', 'tumulto'], uk: ['заворушення'], ar: ['شغب'], ja: ['暴動'] },
  },
  {
    concept: 'strike',
    en: ['strike', 'walkout', 'strikers'],
    de: ['Streik', 'streiken', 'Ausstand'],
    ru: ['забастовка', 'бастовать', 'стачка'],
  },
  { concept: 'war', en: ['war', 'warfare'], de: ['Krieg'], ru: ['война'] },
  {
    concept: 'ceasefire',
    en: ['ceasefire', 'truce', 'armistice'],
    de: ['Waffenstillstand', 'Waffenruhe'],
    ru: ['перемирие'],
    own: { uk: ['перемир’я', 'припинення вогню'] },
  },
  { concept: 'law', en: ['law', 'rule', 'regulation', 'legislation'], de: ['Gesetz'], ru: ['закон'] },
  {
    concept: 'acquisition',
    en: ['acquisition', 'acquire', 'acquires', 'merger', 'takeover', 'buyout', 'purchase'],
    de: ['Übernahme', 'Erwerb', 'Fusion'],
    ru: ['поглощение', 'приобретение', 'слияние'],
    own: { pt: ['aquisição', 'fusão'], uk: ['придбання', 'поглинання'], ar: ['استحواذ'] },
  },
  {
    concept: 'contract',
    en: ['contract', 'deal', 'agreement'],
    de: ['Vertrag'],
    ru: ['контракт', 'договор'],
    own: { pt: ['contrato'], uk: ['контракт', 'договір'] },
  },
  {
    concept: 'patch',
    en: ['patch', '=update', '=updates', 'fix'],
    de: ['Patch', 'Flicken', 'Aktualisierung'],
    ru: ['патч', 'заплатка', 'обновление'],
    own: { uk: ['патч', 'оновлення'], ar: ['تحديث'] },
  },
  {
    concept: 'malware',
    en: ['virus', 'malware', 'hacker', 'hackers', 'hacking'],
    de: ['Virus', 'Hacker', 'Schadsoftware', 'Computervirus'],
    ru: ['вирус', 'хакер', 'вредоносный'],
  },
  {
    concept: 'boxing',
    en: ['boxing', 'boxer', 'bout', 'heavyweight'],
    de: ['Boxen', 'Boxer', 'Faustkampf', 'Schwergewicht'],
    ru: ['бокс', 'боксёр', 'боксер'],
    own: { uk: ['бокс', 'боксер'], zh: ['拳击'] },
  },
  {
    concept: 'champion',
    en: ['champion', 'championship'],
    de: ['Meister', 'Meisterschaft'],
    ru: ['чемпион', 'чемпионат'],
    own: { uk: ['чемпіон', 'чемпіонат'] },
  },
  { concept: 'victory', en: ['victory', 'win', 'beat', 'defeat'], de: ['Sieg'], ru: ['победа'], own: { it: ['vittoria'], zh: ['胜利'] } },
  {
    concept: 'hospital',
    en: ['hospital', 'hospitalized', 'clinic'],
    de: ['Krankenhaus', 'Klinik', 'Spital', 'Hospital'],
    ru: ['больница', 'госпиталь', 'клиника'],
  },
  {
    concept: 'death',
    en: ['death', 'die', 'dies', 'died', 'dead', 'deaths'],
    de: ['Tod', 'sterben'],
    ru: ['смерть', 'умереть', 'погибнуть'],
  },
  {
    concept: 'injury',
    en: ['injury', 'injured', 'injuries', 'wounded', 'wound'],
    de: ['Verletzung', 'Wunde', 'verletzen'],
    ru: ['ранение', 'рана', 'травма'],
  },
  {
    concept: 'drunkenness',
    en: ['drunk', 'drunken', 'intoxicated', 'dui'],
    de: ['betrunken', 'Trunkenheit', 'besoffen'],
    ru: ['пьяный', 'опьянение', 'нетрезвый'],
    own: { zh: ['醉酒', '酒驾'] },
  },
  {
    concept: 'film',
    en: ['film', 'movie', 'films', 'movies'],
    de: ['Film', 'Kinofilm'],
    ru: ['фильм', 'кинофильм', 'кино'],
    own: { pt: ['filme'] },
  },
  {
    concept: 'actor',
    en: ['actor', 'actress', 'actors'],
    de: ['Schauspieler', 'Schauspielerin'],
    ru: ['актёр', 'актер', 'актриса'],
    own: { uk: ['актор', 'акторка'] },
  },
  {
    concept: 'award',
    en: ['award', 'prize', 'awards'],
    de: ['Preis', 'Auszeichnung'],
    ru: ['премия', 'награда'],
    own: { uk: ['премія', 'нагорода'], ja: ['受賞'] },
  },
  {
    concept: 'ship',
    en: ['ship', 'vessel', 'boat', 'tanker', 'freighter'],
    de: ['Schiff', 'Boot', 'Tanker', 'Frachter'],
    ru: ['корабль', 'судно', 'лодка', 'танкер'],
  },
  {
    concept: 'navy',
    en: ['navy', 'naval', 'warship'],
    de: ['Marine', 'Kriegsmarine', 'Kriegsschiff'],
    ru: ['ВМФ', 'флот'],
    own: { uk: ['флот'] },
  },
  {
    concept: 'nomination',
    en: ['nominate', 'nominated', 'nomination', 'nominee'],
    de: ['nominieren', 'Nominierung', 'Kandidat'],
    ru: ['кандидат', 'номинировать'],
    own: { pt: ['nomeação'], uk: ['номінація'] },
  },
  {
    concept: 'coach',
    en: ['coach', 'coaches', 'coaching'],
    de: ['Trainer', 'trainieren'],
    ru: ['тренер', 'тренировать'],
    own: { pt: ['treinador'], uk: ['тренер'] },
  },
  {
    concept: 'dismissal',
    en: ['dismiss', 'dismissed', 'dismissal', 'sacked', 'ousted'],
    de: ['entlassen', 'Entlassung', 'feuern', 'kündigen'],
    ru: ['уволить', 'увольнение', 'увольнять'],
    own: { uk: ['звільнення', 'звільнити'], ar: ['إقالة'] },
  },
  {
    concept: 'police',
    en: ['police', 'policeman', 'officer', 'cop', 'cops'],
    de: ['Polizei', 'Polizist', 'Polizistin'],
    ru: ['полиция', 'полицейский', 'милиция', 'милиционер'],
  },
  { concept: 'bear', en: ['bear', 'bears'], de: ['Bär'], ru: ['медведь'] },
  {
    concept: 'suicide',
    en: ['suicide'],
    de: ['Selbstmord', 'Suizid', 'Freitod'],
    ru: ['самоубийство', 'суицид'],
    own: { ar: ['انتحار'], zh: ['自杀'], ja: ['自殺'] },
  },
  {
    concept: 'drug',
    en: ['drug', 'drugs', 'cocaine', 'heroin', 'narcotics'],
    de: ['Droge', 'Rauschgift', 'Kokain', 'Heroin'],
    ru: ['наркотик', 'кокаин', 'героин'],
    own: { uk: ['наркотик', 'наркотики'] },
  },
  {
    concept: 'evacuation',
    en: ['evacuate', 'evacuation', 'evacuated'],
    de: ['Evakuierung', 'evakuieren'],
    ru: ['эвакуация', 'эвакуировать'],
    own: { uk: ['евакуація'], ar: ['إجلاء'] },
  },
  { concept: 'rescue', en: ['rescue', 'rescued', 'rescuers'], de: ['retten'], ru: ['спасти', 'спасать'] },
  {
    concept: 'victim',
    en: ['victim', 'victims'],
    de: ['Opfer'],
    ru: ['пострадавший'],
    own: { it: ['vittima'], pt: ['vítima'], uk: ['жертва', 'постраждалий'], ar: ['ضحية'] },
  },
  {
    concept: 'funeral',
    en: ['funeral', 'burial', 'buried'],
    de: ['Begräbnis', 'Beerdigung', 'Bestattung', 'Beisetzung'],
    ru: ['похороны', 'погребение'],
    own: { uk: ['похорон'] },
  },
  {
    concept: 'wedding',
    en: ['wedding', 'marry', 'married', 'marriage'],
    de: ['Hochzeit', 'heiraten', 'Heirat', 'Ehe'],
    ru: ['свадьба', 'жениться', 'брак', 'женитьба'],
  },
  {
    concept: 'divorce',
    en: ['divorce', 'divorced'],
    de: ['Scheidung', 'scheiden'],
    ru: ['развод', 'разводиться'],
    own: { uk: ['розлучення'] },
  },
  {
    concept: 'sanction',
    en: ['sanction', 'sanctions', 'embargo'],
    de: ['Sanktion', 'Embargo'],
    ru: ['санкция', 'эмбарго'],
    own: { es: ['sanciones'], it: ['sanzioni'], pt: ['sanções'], uk: ['санкції'] },
  },
  {
    concept: 'bankruptcy',
    en: ['bankruptcy', 'bankrupt', 'insolvency'],
    de: ['Konkurs', 'Insolvenz', 'Bankrott', 'Pleite'],
    ru: ['банкротство', 'несостоятельность', 'банкрот'],
    own: { uk: ['банкрутство'] },
  },
  {
    concept: 'gang',
    en: ['gang', 'gangs', 'gangster', 'gangmember'],
    de: ['Bande', 'Gangster'],
    ru: ['банда', 'гангстер'],
    own: { uk: ['банда'], ar: ['عصابة'], zh: ['帮派'], ja: ['ギャング'] },
  },
  { concept: 'singer', en: ['singer', 'singers'], de: ['Sänger', 'Sängerin'], ru: ['певец', 'певица'] },
];

/** The catalog's other languages, by their three-letter codes in the OMW file names. */
const LANGUAGES: Record<string, string> = {
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  ru: 'rus',
  uk: 'ukr',
  ar: 'arb',
  zh: 'cmn',
  ja: 'jpn',
};

/**
 * A lemma worth matching: a word of two characters or more, or a phrase of up to three words ("tremblement de terre",
 * "golpe de estado"), which is found only as written, word after word; Han and kana lemmas of 2–4 characters.
 */
function kept(lemma: string): boolean {
  const words = lemma.trim().split(/\s+/u);
  if ([...lemma].length < 2 || words.length > PHRASE_WORDS || (words.length > 1 && words.some((w) => !/\p{L}{2}/u.test(w)))) return false;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(lemma)) return [...lemma].length <= 4 && !/\s/u.test(lemma);
  return true;
}

/** The most words a phrase lemma may have: a longer one is a description ("acte de mettre le feu"), not what a reader types. */
const PHRASE_WORDS = 3;

/**
 * The share of a lemma's senses that must be the concept's for the lemma to stand for it: a word that mostly means
 * something else ("Schlag", a blow, in the synset of an explosion's bang; "конец", an end, beside death) would bring
 * every report using it in that other sense.
 */
const MOSTLY = 0.5;

function main(dir: string): void {
  const synsetsOf = new Map<string, Map<string, Set<string>>>();
  const lemmasOf = new Map<string, Map<string, Set<string>>>();
  for (const [code, iso3] of Object.entries(LANGUAGES)) {
    const bySynset = new Map<string, Set<string>>();
    const byLemma = new Map<string, Set<string>>();
    for (const line of readFileSync(join(dir, `wn-wikt-${iso3}.tab`), 'utf8').split('\n')) {
      const [synset, type, lemma] = line.split('\t');
      if (!synset || synset.startsWith('#') || !type?.endsWith(':lemma') || !lemma) continue;
      const form = lemma.normalize('NFC').trim();
      if (!bySynset.has(synset)) bySynset.set(synset, new Set());
      bySynset.get(synset)!.add(form);
      const key = form.toLowerCase();
      if (!byLemma.has(key)) byLemma.set(key, new Set());
      byLemma.get(key)!.add(synset);
    }
    lemmasOf.set(code, bySynset);
    synsetsOf.set(code, byLemma);
  }
  const synsetsFor = (code: string, words: string[]): Set<string> =>
    new Set(words.flatMap((w) => [...(synsetsOf.get(code)!.get(w.toLowerCase()) ?? [])]));
  const rows: string[] = [];
  const unmet: string[] = [];
  for (const { concept, en, de, ru, own = {}, notEn = [] } of CONCEPTS) {
    const german = synsetsFor('de', de);
    const synsets = [...synsetsFor('ru', ru)].filter((s) => german.has(s)).sort();
    if (synsets.length === 0) {
      unmet.push(`${concept}: no synset holds one of ${de.join(', ')} and one of ${ru.join(', ')}`);
      continue;
    }
    const words: Record<string, string[]> = { en: [...new Set(en.map((w) => w.toLowerCase()))].sort() };
    for (const code of Object.keys(LANGUAGES)) {
      const lemmas = new Set<string>();
      for (const s of synsets)
        for (const l of lemmasOf.get(code)!.get(s) ?? []) {
          const senses = synsetsOf.get(code)!.get(l.toLowerCase())!;
          const own = [...senses].filter((x) => synsets.includes(x)).length;
          if (kept(l) && own >= MOSTLY * senses.size) lemmas.add(l.trim().replace(/\s+/gu, '_'));
        }
      // A concept has at least its anchors in German and Russian, chosen for it, when their other senses have left it
      // none ("взрыв" for an explosion, "Absturz" for a crash); and its own words in any language.
      if (lemmas.size === 0) for (const w of code === 'de' ? de : code === 'ru' ? ru : []) lemmas.add(w);
      for (const w of own[code] ?? []) lemmas.add(w.replace(/\s+/gu, '_'));
      if (lemmas.size > 0) words[code] = [...lemmas].sort();
    }
    if (notEn.length > 0) words.not = notEn.map((w) => w.replace(/\s+/gu, '_'));
    rows.push(
      `${concept}\t${synsets.join(' ')}\t${Object.entries(words)
        .map(([code, list]) => `${code}:${list.join('|')}`)
        .join(' ')}`,
    );
  }
  if (unmet.length > 0) throw new Error(unmet.join('\n'));
  process.stdout.write(dataModule(rows));
}

function dataModule(rows: string[]): string {
  return `/*
 * Generated by src/train/event-words.ts from the Open Multilingual Wordnet's Wiktionary data (Bond and Foster 2013,
 * github.com/omwn/omw-data at f75be19, wns/wikt/); do not edit by hand. The Wiktionary text it is drawn from is
 * licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported License
 * (https://creativecommons.org/licenses/by-sa/3.0/), as is this table; the English words, the German and Russian
 * anchors and the words under \`own\` in src/train/event-words.ts are Parallax's own. One concept a line: its name,
 * the WordNet 3.0 synsets it was drawn from, and its words by language (a phrase's words joined by "_"; "=" before an
 * English word: matched as written, not by its stem; "not:" English phrases in which a word names something else).
 */
export const EVENT_WORDS = \`
${rows.join('\n')}
\`;
`;
}

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npx tsx src/train/event-words.ts WIKT_DIR > src/text/event-words-data.ts');
  process.exit(2);
}
main(dir);
