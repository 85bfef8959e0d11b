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
const CONCEPTS: { concept: string; en: string[]; de: string[]; ru: string[] }[] = [
  { concept: 'earthquake', en: ['earthquake', 'quake', 'tremor', 'temblor', 'seismic'], de: ['Erdbeben'], ru: ['землетрясение'] },
  { concept: 'tsunami', en: ['tsunami'], de: ['Tsunami'], ru: ['цунами'] },
  { concept: 'flood', en: ['flood', 'flooding', 'floods'], de: ['Überschwemmung', 'Hochwasser', 'Flut'], ru: ['наводнение', 'потоп'] },
  {
    concept: 'storm',
    en: ['storm', 'hurricane', 'typhoon', 'cyclone'],
    de: ['Sturm', 'Orkan', 'Hurrikan', 'Taifun', 'Zyklon'],
    ru: ['буря', 'шторм', 'ураган', 'тайфун', 'циклон'],
  },
  { concept: 'blaze', en: ['fire', 'blaze', 'wildfire', 'arson'], de: ['Brand', 'Feuer', 'Brandstiftung'], ru: ['пожар', 'поджог'] },
  { concept: 'explosion', en: ['explosion', 'blast', 'explode'], de: ['Explosion', 'Detonation'], ru: ['взрыв'] },
  {
    concept: 'eruption',
    en: ['eruption', 'volcano', 'erupt'],
    de: ['Ausbruch', 'Vulkan', 'ausbrechen'],
    ru: ['извержение', 'вулкан', 'извергаться'],
  },
  { concept: 'crash', en: ['crash', 'wreck'], de: ['Absturz', 'Zusammenstoß'], ru: ['крушение'] },
  { concept: 'accident', en: ['accident'], de: ['Unfall'], ru: ['авария', 'ДТП'] },
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
  },
  {
    concept: 'arrest',
    en: ['arrest', 'detain', 'detention'],
    de: ['verhaften', 'Verhaftung', 'Festnahme', 'festnehmen'],
    ru: ['арестовать', 'арестовывать', 'задержать'],
  },
  {
    concept: 'robbery',
    en: ['robbery', 'heist', 'theft', 'steal', 'rob', 'robber', 'thief', 'burglary'],
    de: ['Raub', 'Diebstahl', 'stehlen', 'rauben', 'Dieb', 'Räuber', 'Einbruch'],
    ru: ['ограбление', 'кража', 'украсть', 'красть', 'грабить', 'вор', 'грабитель'],
  },
  {
    concept: 'jewellery',
    en: ['jewel', 'jewels', 'jewelry', 'jewellery', 'jeweler', 'jeweller', 'diamond', 'diamonds'],
    de: ['Schmuck', 'Juwel', 'Juwelier', 'Diamant'],
    ru: ['драгоценность', 'ювелир', 'бриллиант', 'алмаз', 'украшение'],
  },
  {
    concept: 'kidnapping',
    en: ['kidnap', 'kidnapping', 'hostage', 'abduct', 'abduction'],
    de: ['entführen', 'Entführung', 'Geisel'],
    ru: ['похищение', 'похитить', 'заложник'],
  },
  { concept: 'pirate', en: ['pirate', 'pirates', 'piracy'], de: ['Pirat', 'Piraterie', 'Seeräuber'], ru: ['пират', 'пиратство'] },
  {
    concept: 'terrorism',
    en: ['terrorism', 'terrorist', 'terror'],
    de: ['Terrorismus', 'Terrorist', 'Terror'],
    ru: ['терроризм', 'террорист', 'террор'],
  },
  { concept: 'bomb', en: ['bomb', 'bombing', 'bombs'], de: ['Bombe'], ru: ['бомба'] },
  { concept: 'attack', en: ['attack', 'assault'], de: ['Angriff', 'Anschlag'], ru: ['нападение', 'атака'] },
  {
    concept: 'trial',
    en: ['trial', 'court', 'courtroom', 'prosecutor', 'prosecution'],
    de: ['Gericht', 'Gerichtsverfahren', 'Staatsanwalt'],
    ru: ['суд', 'прокурор'],
  },
  { concept: 'jury', en: ['jury', 'juror', 'jurors'], de: ['Geschworene', 'Geschworener', 'Jury'], ru: ['присяжный', 'жюри'] },
  {
    concept: 'sentence',
    en: ['sentence', 'sentenced', 'verdict', 'convict', 'convicted', 'conviction'],
    de: ['Urteil', 'verurteilen', 'Verurteilung'],
    ru: ['приговор', 'приговорить', 'осудить'],
  },
  { concept: 'prison', en: ['prison', 'jail', 'imprisonment', 'imprison'], de: ['Gefängnis'], ru: ['тюрьма'] },
  {
    concept: 'election',
    en: ['election', 'elections', 'electoral', 'ballot', 'polls'],
    de: ['Wahl', 'abstimmen'],
    ru: ['выборы', 'голосование', 'голосовать'],
  },
  { concept: 'president', en: ['president', 'presidential', 'presidency'], de: ['Präsident', 'Staatspräsident'], ru: ['президент'] },
  {
    concept: 'resignation',
    en: ['resign', 'resignation', 'resigns', 'resigned'],
    de: ['zurücktreten', 'Rücktritt'],
    ru: ['отставка', 'уходить', 'уйти'],
  },
  {
    concept: 'protest',
    en: ['protest', 'protests', 'protester', 'demonstration', 'demonstrator'],
    de: ['Protest', 'Kundgebung', 'protestieren'],
    ru: ['протест', 'митинг', 'протестовать'],
  },
  { concept: 'riot', en: ['riot', 'riots', 'rioting', 'unrest'], de: ['Aufruhr', 'Krawall'], ru: ['бунт', 'беспорядки'] },
  {
    concept: 'strike',
    en: ['strike', 'walkout', 'strikers'],
    de: ['Streik', 'streiken', 'Ausstand'],
    ru: ['забастовка', 'бастовать', 'стачка'],
  },
  { concept: 'war', en: ['war', 'warfare'], de: ['Krieg'], ru: ['война'] },
  { concept: 'ceasefire', en: ['ceasefire', 'truce', 'armistice'], de: ['Waffenstillstand', 'Waffenruhe'], ru: ['перемирие'] },
  { concept: 'law', en: ['law', 'rule', 'regulation', 'legislation'], de: ['Gesetz'], ru: ['закон'] },
  {
    concept: 'acquisition',
    en: ['acquisition', 'acquire', 'acquires', 'merger', 'takeover', 'buyout', 'purchase'],
    de: ['Übernahme', 'Erwerb', 'Fusion'],
    ru: ['поглощение', 'приобретение', 'слияние'],
  },
  { concept: 'contract', en: ['contract', 'deal', 'agreement'], de: ['Vertrag'], ru: ['контракт', 'договор'] },
  { concept: 'patch', en: ['patch', 'update', 'fix'], de: ['Patch', 'Flicken', 'Aktualisierung'], ru: ['патч', 'заплатка', 'обновление'] },
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
  },
  { concept: 'champion', en: ['champion', 'championship'], de: ['Meister', 'Meisterschaft'], ru: ['чемпион', 'чемпионат'] },
  { concept: 'victory', en: ['victory', 'win', 'beat', 'defeat'], de: ['Sieg'], ru: ['победа'] },
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
  },
  { concept: 'film', en: ['film', 'movie', 'films', 'movies'], de: ['Film', 'Kinofilm'], ru: ['фильм', 'кинофильм', 'кино'] },
  { concept: 'actor', en: ['actor', 'actress', 'actors'], de: ['Schauspieler', 'Schauspielerin'], ru: ['актёр', 'актер', 'актриса'] },
  { concept: 'award', en: ['award', 'prize', 'awards'], de: ['Preis', 'Auszeichnung'], ru: ['премия', 'награда'] },
  {
    concept: 'ship',
    en: ['ship', 'vessel', 'boat', 'tanker', 'freighter'],
    de: ['Schiff', 'Boot', 'Tanker', 'Frachter'],
    ru: ['корабль', 'судно', 'лодка', 'танкер'],
  },
  { concept: 'navy', en: ['navy', 'naval', 'warship'], de: ['Marine', 'Kriegsmarine', 'Kriegsschiff'], ru: ['ВМФ', 'флот'] },
  {
    concept: 'nomination',
    en: ['nominate', 'nominated', 'nomination', 'nominee'],
    de: ['nominieren', 'Nominierung', 'Kandidat'],
    ru: ['кандидат', 'номинировать'],
  },
  { concept: 'coach', en: ['coach', 'coaches', 'coaching'], de: ['Trainer', 'trainieren'], ru: ['тренер', 'тренировать'] },
  {
    concept: 'dismissal',
    en: ['dismiss', 'dismissed', 'dismissal', 'sacked', 'ousted'],
    de: ['entlassen', 'Entlassung', 'feuern', 'kündigen'],
    ru: ['уволить', 'увольнение', 'увольнять'],
  },
  {
    concept: 'police',
    en: ['police', 'policeman', 'officer', 'cop', 'cops'],
    de: ['Polizei', 'Polizist', 'Polizistin'],
    ru: ['полиция', 'полицейский', 'милиция', 'милиционер'],
  },
  { concept: 'bear', en: ['bear', 'bears'], de: ['Bär'], ru: ['медведь'] },
  { concept: 'suicide', en: ['suicide'], de: ['Selbstmord', 'Suizid', 'Freitod'], ru: ['самоубийство', 'суицид'] },
  {
    concept: 'drug',
    en: ['drug', 'drugs', 'cocaine', 'heroin', 'narcotics'],
    de: ['Droge', 'Rauschgift', 'Kokain', 'Heroin'],
    ru: ['наркотик', 'кокаин', 'героин'],
  },
  {
    concept: 'evacuation',
    en: ['evacuate', 'evacuation', 'evacuated'],
    de: ['Evakuierung', 'evakuieren'],
    ru: ['эвакуация', 'эвакуировать'],
  },
  { concept: 'rescue', en: ['rescue', 'rescued', 'rescuers'], de: ['retten'], ru: ['спасти', 'спасать'] },
  { concept: 'victim', en: ['victim', 'victims'], de: ['Opfer'], ru: ['пострадавший'] },
  {
    concept: 'funeral',
    en: ['funeral', 'burial', 'buried'],
    de: ['Begräbnis', 'Beerdigung', 'Bestattung', 'Beisetzung'],
    ru: ['похороны', 'погребение'],
  },
  {
    concept: 'wedding',
    en: ['wedding', 'marry', 'married', 'marriage'],
    de: ['Hochzeit', 'heiraten', 'Heirat', 'Ehe'],
    ru: ['свадьба', 'жениться', 'брак', 'женитьба'],
  },
  { concept: 'divorce', en: ['divorce', 'divorced'], de: ['Scheidung', 'scheiden'], ru: ['развод', 'разводиться'] },
  { concept: 'sanction', en: ['sanction', 'sanctions', 'embargo'], de: ['Sanktion', 'Embargo'], ru: ['санкция', 'эмбарго'] },
  {
    concept: 'bankruptcy',
    en: ['bankruptcy', 'bankrupt', 'insolvency'],
    de: ['Konkurs', 'Insolvenz', 'Bankrott', 'Pleite'],
    ru: ['банкротство', 'несостоятельность', 'банкрот'],
  },
  { concept: 'gang', en: ['gang', 'gangs', 'gangster', 'gangmember'], de: ['Bande', 'Gangster'], ru: ['банда', 'гангстер'] },
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

/** A lemma worth matching as a word: one word (no spaces), two characters or more; Han and kana lemmas of 2–4 characters. */
function kept(lemma: string): boolean {
  if (/\s/u.test(lemma) || [...lemma].length < 2) return false;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(lemma)) return [...lemma].length <= 4;
  return true;
}

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
  for (const { concept, en, de, ru } of CONCEPTS) {
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
          if (kept(l) && own >= MOSTLY * senses.size) lemmas.add(l);
        }
      if (lemmas.size > 0) words[code] = [...lemmas].sort();
    }
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
 * (https://creativecommons.org/licenses/by-sa/3.0/), as is this table; the English words are Parallax's own.
 * One concept a line: its name, the WordNet 3.0 synsets it was drawn from, and its words by language.
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
