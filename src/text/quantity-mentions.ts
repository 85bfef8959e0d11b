import { amountsIn, numberTokens, scanAmounts, type AmountMatch, type Interval, type Token } from './numbers.ts';
import { AGE_BEFORE, BETWEEN_AFTER, BETWEEN_BEFORE, CURRENCIES, MEASURE, MONTH, NOUNS, PERCENT } from './quantity-words.ts';

/** A counted quantity in a sentence, e.g. "at least 10 killed" → deaths [10, ∞). */
export interface QuantityMention extends Interval {
  /** As written, from qualifier to counted noun. */
  text: string;
  /** Canonical quantity: deaths, injured, missing, arrests, rescued, displaced, troops, magnitude, aircraft, drones, crowd, percent, money:USD… */
  quantity: string;
  /** The amount as written, before a qualifier widens it ("at least 10" → 10); `high` ends a range ("10 to 12"). */
  value: number;
  high: number;
}

const WINDOW = 4;
/** Nouns that name who is counted rather than what happened to them; a casualty word nearby wins. */
const GENERIC = new Set(['troops', 'displaced']);

function nounOf(word: string): [string, number] | null {
  for (let p = 0; p < NOUNS.length; p++) if (NOUNS[p]![1].test(word)) return [NOUNS[p]![0], p];
  return null;
}

interface Hit {
  kind: string;
  priority: number;
  distance: number;
  token: number;
}

/**
 * Plural nouns for people or groups of them that a count may name after its modifiers: "12 suspected militants",
 * "23 Somali and Yemeni pirates", "99 alleged Mafia members" (English).
 */
const GROUP =
  /^(people|persons|men|women|children|boys|girls|teenagers|youths|adults|babies|members|suspects|militants|insurgents|rebels|fighters|gunmen|attackers|pirates|hostages|prisoners|inmates|detainees|refugees|migrants|immigrants|civilians|residents|families|households|villagers|workers|miners|employees|staff|passengers|crew|sailors|fishermen|tourists|pilgrims|worshippers|students|pupils|protesters|demonstrators|activists|journalists|officials|officers|policemen|guards|firefighters|rescuers|climbers|hikers|patients|victims|soldiers|troops)$/u;
/** Words of a modifier before a counted noun: a word, not a number or a sign ("suspected", "Somali", "and"). */
const MODIFIER = /^\p{L}[\p{L}'’-]*$/u;
/** At most this many modifiers stand between a count and the noun for people it counts. */
const MODIFIERS = 3;

/** The token of a noun for people right after an amount, past at most MODIFIERS modifiers ("12 suspected militants"); null when none. */
function groupNounAt(tokens: Token[], at: number): number | null {
  for (let i = at; i < tokens.length && i <= at + MODIFIERS; i++) {
    const t = tokens[i]!;
    if (GROUP.test(t.lower)) return i;
    if (!MODIFIER.test(t.text) || nounOf(t.lower) !== null) return null;
  }
  return null;
}

/** Marks that open and close an aside within a count: "Nine people, including two children, died". */
const ASIDE_MARK = new Set([',', '-', '—']);

/** Prepositions between a verb and its noun ("taken into custody", "remain in hospital"), free in the window. */
const PREPOSITION = new Set(['to', 'into', 'in']);

/** "Seized" counts arrests only when what it seized is people: "99 alleged Mafia members seized", "seized 40 suspects", not "seized 20 rifles". */
const SEIZED = /^seized$/u;
const ARRESTS = NOUNS.findIndex(([quantity]) => quantity === 'arrests');

/** Nouns for everyone on a plane, ship or bus: their count is the one reports compare. */
const ALL_ABOARD = /^(?:people|persons|passengers)$/u;

/** "on" before "board": "162 people on board". */
const onBoard = (tokens: Token[], i: number): boolean => tokens[i]?.lower === 'on' && tokens[i + 1]?.lower === 'board';

function scan(tokens: Token[], from: number, step: 1 | -1, group: boolean): Hit[] {
  const hits: Hit[] = [];
  const between = step === 1 ? BETWEEN_AFTER : BETWEEN_BEFORE;
  for (let k = 0, i = from; k < WINDOW && i >= 0 && i < tokens.length; k++, i += step) {
    const t = tokens[i]!;
    const kind = group && SEIZED.test(t.lower) ? (['arrests', ARRESTS] as [string, number]) : nounOf(t.lower);
    if (kind !== null)
      hits.push({ kind: kind[0], priority: kind[1], distance: k + (step === 1 ? 0 : 0.5) + (GENERIC.has(kind[0]) ? 2 : 0), token: i });
    else if (between.has(t.lower) || (t.text === '-' && k === 0) || (step === 1 && onBoard(tokens, i))) {
      // A preposition joins its verb to its noun, no step of the window: "were taken into custody", "rushed to hospital",
      // "people on board".
      if (step === 1 && (PREPOSITION.has(t.lower) || onBoard(tokens, i))) k--;
    } else if (step === 1 && ASIDE_MARK.has(t.text) && tokens[i + 1]?.lower === 'including') {
      // An aside naming some of those counted is passed over: "Nine people, including two children, died".
      const close = tokens.findIndex((x, j) => j > i + 1 && ASIDE_MARK.has(x.text));
      if (close < 0) break;
      i = close;
    } else {
      // The noun the count names, past its modifiers, is one step of the window: "12 suspected militants were killed".
      const noun = step === 1 && k === 0 ? groupNounAt(tokens, i) : null;
      if (noun === null) break;
      i = noun;
    }
  }
  return hits;
}

function currencyOf(word: string | undefined): string | null {
  if (word === undefined) return null;
  for (const [re, code] of CURRENCIES) if (re.test(word)) return code;
  return null;
}

/** Land a fire burns, in acres or hectares, when the sentence tells of burning. */
const AREA_UNIT = /^(acres|hectares)$/u;
const BURNING =
  /\b(?:burn(?:ed|t|ing|s)?|scorch(?:ed|ing)|char(?:red|ring)|blacken(?:ed|ing)|consum(?:ed|ing)|wildfires?|bushfires?|blaze)\b/iu;

/** Those a power cut leaves in the dark, counted by the noun after the figure, when the sentence tells of the cut. */
const POWERED = /^(homes|customers|households|people|residents|businesses|properties|users)$/u;
const POWER_CUT =
  /\b(?:without\s+(?:power|electricity)|(?:power|electricity)\s+(?:outages?|cuts?|was\s+out|is\s+out|went\s+out)|(?:lost|lose|losing)\s+(?:power|electricity)|(?:knocked\s+out|cut(?:\s+off)?)\s+(?:power|electricity))\b/iu;

/**
 * The characters either side of a count that a power cut or a strike must be told in: "knocked out power to 300,000
 * customers", "120,000 customers … were still without power", "4,000 dock workers walked off the job", not "…, the
 * utility said, and 40 people were missing".
 */
const TOLD_NEAR = 40;

/** The words of a sentence from `chars` before `start` to `chars` after `end`: what a count's context is read in. */
const around = (sentence: string, start: number, end: number, chars: number): string =>
  sentence.slice(Math.max(0, start - chars), end + chars);

/**
 * Those on strike, counted by the noun for workers after the figure (past up to two modifiers: "4,000 dock workers")
 * when the sentence tells of the strike near it: "4,000 dock workers walked off the job", "some 6,000 port workers
 * went on strike", "a strike by 4,000 dockworkers"; not "the plant employs 4,000 workers".
 */
const WORKERS = /^(workers|employees|staff|dockers|dockworkers|miners|nurses|doctors|teachers|drivers|pilots|members|staffers)$/u;
const STRIKE =
  /\b(?:on\s+strike|went\s+on\s+strike|go\s+on\s+strike|strike\s+by|walked\s+off\s+the\s+job|walked\s+out|walkout|striking|stopped\s+work)\b/iu;

/** The token of a noun for workers right after an amount, past up to two modifiers ("4,000 port workers"); null when none. */
function workersAt(tokens: Token[], at: number): Token | null {
  for (let i = at; i < at + 3 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (WORKERS.test(t.lower)) return t;
    if (!/^\p{L}[\p{L}-]*$/u.test(t.text) || nounOf(t.lower) !== null) return null;
  }
  return null;
}

/** Money, percent, land burned and those without power or on strike: a sign or word right next to the amount. */
function unitQuantity(tokens: Token[], amount: AmountMatch, sentence: string): [string, Token] | null {
  const after = tokens[amount.tokenEnd];
  // A count another word names right after it is that count: "12 people were missing" in a sentence of a power cut.
  const named = tokens.slice(amount.tokenEnd + 1, amount.tokenEnd + 4).some((t) => nounOf(t.lower) !== null);
  const workers = named ? null : workersAt(tokens, amount.tokenEnd);
  if (workers !== null && STRIKE.test(around(sentence, amount.start, workers.end, TOLD_NEAR))) return ['on strike', workers];
  if (after !== undefined && POWERED.test(after.lower) && !named && POWER_CUT.test(around(sentence, amount.start, after.end, TOLD_NEAR)))
    return ['without power', after];
  // Kept in the unit written ("acres burned", "hectares burned"): an outlet's figure is shown as it wrote it.
  if (after !== undefined && AREA_UNIT.test(after.lower) && BURNING.test(sentence)) return [`${after.lower} burned`, after];
  if (after !== undefined && PERCENT.test(after.lower) && (after.lower !== 'por' || tokens[amount.tokenEnd + 1]?.lower === 'ciento'))
    return ['percent', after];
  const before = tokens[amount.tokenStart - 1];
  const code = currencyOf(before?.lower) ?? currencyOf(after?.lower);
  if (code !== null) return [`money:${code}`, currencyOf(before?.lower) !== null ? before! : after!];
  return null;
}

/** "10:30": digits joined by a colon with no space. */
function clockTime(tokens: Token[], amount: AmountMatch): boolean {
  const prev = tokens[amount.tokenStart - 1];
  const next = tokens[amount.tokenEnd];
  const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
  const before =
    prev?.text === ':' &&
    joined(prev, tokens[amount.tokenStart]) &&
    /\d$/u.test(tokens[amount.tokenStart - 2]?.text ?? '') &&
    joined(tokens[amount.tokenStart - 2], prev);
  const after =
    next?.text === ':' &&
    joined(tokens[amount.tokenEnd - 1], next) &&
    /^\d/u.test(tokens[amount.tokenEnd + 1]?.text ?? '') &&
    joined(next, tokens[amount.tokenEnd + 1]);
  return before || after;
}

/** "A mother of 12 was killed": the children a parent has, not a count of what the sentence tells. */
const PARENT = /^(?:mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent|grandma|grandpa)s?$/u;

function notACount(tokens: Token[], amount: AmountMatch): boolean {
  const next = tokens[amount.tokenEnd];
  const prev = tokens[amount.tokenStart - 1];
  if (prev?.lower === 'of' && PARENT.test(tokens[amount.tokenStart - 2]?.lower ?? '')) return true;
  if (next !== undefined && next.start === amount.end && /^\p{L}/u.test(next.text)) return true;
  if (['of', 'из', 'із'].includes(next?.lower ?? '') || clockTime(tokens, amount)) return true;
  const unit = next?.lower === '-' ? tokens[amount.tokenEnd + 1]?.lower : next?.lower;
  if (unit !== undefined && MEASURE.test(unit)) return true;
  if (MONTH.test(prev?.lower ?? '') || MONTH.test(next?.lower ?? '') || MONTH.test(tokens[amount.tokenEnd + 1]?.lower ?? '')) return true;
  // "Died at 75" is an age; "put the toll at 23" is a count.
  return amount.qualifier === null && AGE_BEFORE.has(prev?.lower ?? '') && !TALLY.test(tokens[amount.tokenStart - 2]?.lower ?? '');
}

/** Words for a tally a count is put "at": "put the death toll at 23", "the number of injured at 40". */
const TALLY = /^(toll|total|tally|count|figure|number|injured|dead|missing)$/u;

/** "on the Richter" (or "in the") right after an amount. */
function onRichterScale(tokens: Token[], at: number): boolean {
  return /^(?:on|in)$/u.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'the' && tokens[at + 2]?.lower === 'richter';
}

/**
 * Words that cut jobs, and words that make them: a company "will cut 1,200 jobs", "1,500 jobs will go", "eliminate
 * 800 positions", "900 layoffs"; not "create 2,000 jobs", "has 14,000 jobs", "advertised 40 posts". Jobs are counted
 * only as cut, the figure a takeover or a closure is reported with, and one outlets give differently.
 */
const JOBS_CUT =
  /\b(?:cut|cuts|cutting|eliminat\p{L}*|shed|sheds|shedding|slash\p{L}*|axe[sd]?|axing|lay(?:ing)? off|laid off|lose|loses|losing|lost|go|goes|going|gone|layoffs?|redundan\p{L}*|abbau\p{L}*|abbauen|gestrichen|streich\p{L}*|supprim\p{L}*|suppressions?|recort\p{L}*|despidos?|eliminar\p{L}*)\b/iu;
const JOBS_MADE = /\b(?:creat\p{L}*|add|adds|added|adding|new|hir\p{L}*|schaff\p{L}*|créer|créés?|crear|creará)\b/iu;
/** The words either side of a count of jobs its verb is read in: "Halvorsen expects to cut 1,200 jobs after the merger". */
const JOBS_NEAR = 30;

/**
 * Words of an illness or an outbreak: a count of cases or of the infected is read only in a sentence naming one ("1,450
 * cases of cholera", "sickened 1,200 people" in an outbreak), not "the court heard 40 cases".
 */
const ILLNESS =
  /\b(?:outbreak|epidemic|pandemic|disease|illness|virus|viral|infection|infectious|cholera|measles|ebola|dengue|malaria|typhoid|influenza|flu|covid\p{L}*|coronavirus|mpox|polio|tuberculosis|salmonella|listeria|e\.\s?coli|legionnaires|food poisoning|Ausbruch|Epidemie|Virus|épidémie|virus|brote|epidemia|вспышк\p{L}*|эпидеми\p{L}*|вирус\p{L}*|спалах\p{L}*|епідемі\p{L}*)\b/iu;

/** True when the words around a count of jobs cut them and none make them (`JOBS_CUT`). */
function cutsJobs(sentence: string, start: number, end: number): boolean {
  const near = around(sentence, start, end, JOBS_NEAR);
  return JOBS_CUT.test(near) && !JOBS_MADE.test(near);
}

/**
 * True when a count read as those on board counts everyone aboard: the count comes before the word ("162 people on
 * board"), never after it ("on board the two boats"); "board" follows "on" ("12 board members" are a board's); and no
 * group of them is named between ("11 pirates on board" and "18 sailors on board" are two vessels' crews).
 */
function countsEveryoneAboard(tokens: Token[], amount: AmountMatch, word: number): boolean {
  // "A ferry carrying 312 passengers": the word before the count, everyone aboard right after it.
  if (tokens[word]!.lower === 'carrying') return word < amount.tokenStart && ALL_ABOARD.test(tokens[amount.tokenEnd]?.lower ?? '');
  if (word < amount.tokenStart) return false;
  if (tokens[word]!.lower === 'board' && tokens[word - 1]?.lower !== 'on') return false;
  return !tokens.slice(amount.tokenEnd, word).some((t) => GROUP.test(t.lower) && !ALL_ABOARD.test(t.lower));
}

/** Finds counted quantities in one sentence and normalises their amounts to intervals. */
export function findQuantities(sentence: string, language: string | null = null): QuantityMention[] {
  const tokens = numberTokens(sentence, language);
  const out: QuantityMention[] = [];
  for (const amount of amountsIn(tokens, language)) {
    const unit = unitQuantity(tokens, amount, sentence);
    const glued = tokens[amount.tokenEnd]?.start === amount.end && /^\p{L}/u.test(tokens[amount.tokenEnd]?.text ?? '');
    if (glued || (unit === null && notACount(tokens, amount))) continue;
    let quantity: string;
    let hit: Token;
    if (unit !== null) {
      [quantity, hit] = unit;
    } else if (onRichterScale(tokens, amount.tokenEnd)) {
      // "3.8 on the Richter scale": the scale named after the figure, past words no other count may cross.
      quantity = 'magnitude';
      hit = tokens[amount.tokenEnd + 2]!;
    } else {
      const group = groupNounAt(tokens, amount.tokenEnd) !== null;
      const hits = [...scan(tokens, amount.tokenEnd, 1, group), ...scan(tokens, amount.tokenStart - 1, -1, group)];
      const best = hits.sort((a, b) => a.distance - b.distance || a.priority - b.priority)[0];
      if (best === undefined) continue;
      quantity = best.kind;
      hit = tokens[best.token]!;
    }
    const start = Math.min(amount.start, hit.start);
    const end = Math.max(amount.end, hit.end);
    if (quantity === 'jobs cut' && !cutsJobs(sentence, start, end)) continue;
    if (quantity === 'cases' && !ILLNESS.test(sentence)) continue;
    if (quantity === 'aboard' && !countsEveryoneAboard(tokens, amount, tokens.indexOf(hit))) continue;
    out.push({ text: sentence.slice(start, end), quantity, min: amount.min, max: amount.max, value: amount.value, high: amount.high });
  }
  return out;
}

/**
 * Whether an amount's span (`start`, `end` in the sentence) overlaps a mention of `taken` as the sentence writes it:
 * a figure another reader already took ("12 protesters were killed" is a toll, no crowd and no open count).
 */
export function takenBy(sentence: string, taken: readonly QuantityMention[]): (start: number, end: number) => boolean {
  const spans = taken.flatMap((m) => {
    const at = sentence.indexOf(m.text);
    return at < 0 ? [] : [[at, at + m.text.length] as const];
  });
  return (start, end) => spans.some(([from, to]) => from <= end && start <= to);
}

const NONE =
  /\b(?:no one|nobody|none|no-one)\s+(?:\p{L}+\s+){0,3}?(?:was|were|had been|has been|have been)\s+(?:\p{L}+\s+)?(killed|hurt|injured|wounded|harmed|arrested|missing)\b|\bno (deaths|casualties|fatalities|injuries)\b|\b(?:no one|nobody|no-one)\s+(?:has\s+|had\s+)?(died|perished)\b|\bno reports? of (deaths|casualties|fatalities|injuries)\b/iu;
const NONE_QUANTITY: Record<string, string> = {
  killed: 'deaths',
  deaths: 'deaths',
  fatalities: 'deaths',
  casualties: 'deaths',
  hurt: 'injured',
  injured: 'injured',
  wounded: 'injured',
  harmed: 'injured',
  injuries: 'injured',
  arrested: 'arrests',
  missing: 'missing',
  died: 'deaths',
  perished: 'deaths',
};

/**
 * "No one was killed", "nobody was hurt", "nobody died", "no casualties", "no reports of injuries": a count of zero,
 * which other reports' figures can contradict (English): a yes/no claim set against a count.
 */
export function findNone(sentence: string): QuantityMention[] {
  const m = NONE.exec(sentence);
  if (m === null) return [];
  const quantity = NONE_QUANTITY[(m.slice(1).find((g) => g !== undefined) ?? '').toLowerCase()];
  return quantity === undefined ? [] : [{ text: m[0], quantity, min: 0, max: 0, value: 0, high: 0 }];
}

const COUNTED_ALONE = new Set(['money', 'percent', 'magnitude']);
/** Counts whose noun after the figure says what they count (`unitQuantity`, the goods recalled). */
const NAMED_AFTER = new Set(['recalled', 'on strike', 'without power']);

/**
 * The quantities a sentence reports about its event, for comparing reports: findQuantities' mentions without
 * an outlet's own currency conversions ("85 million euros ($108 million)"), model names read as counts ("Tu-22
 * bombers"), or counts of something else ("evacuated several buildings" counts buildings, not evacuees), plus
 * zero counts ("no one was killed") in English.
 */
export function reportedCounts(sentence: string, language: string | null = null): QuantityMention[] {
  const out: QuantityMention[] = [];
  let searchFrom = 0;
  const mentions = findQuantities(sentence, language);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const start = sentence.indexOf(m.text, searchFrom);
    const end = start < 0 ? -1 : start + m.text.length;
    if (start >= 0) searchFrom = start + 1;
    const family = m.quantity.split(':')[0]!;
    if (start > 0) {
      const before = sentence.slice(0, start);
      if (
        family === 'money' &&
        /\(\s*(?:about|around|some|roughly|nearly|US|A|C|NZ)?\s*$/u.test(before) &&
        /\d[^()]{0,30}\(\s*\p{L}*\s*$/u.test(before)
      )
        continue;
      if (/\p{L}-$/u.test(before)) continue;
    }
    // Goods recalled, workers on strike and homes without power are named by the noun after the figure ("recalling
    // 340,000 vehicles", "4,000 dock workers walked off"); any other count followed by a word it does not name counts
    // something else ("evacuated several buildings").
    if (!COUNTED_ALONE.has(family) && !NAMED_AFTER.has(family) && end >= 0) {
      const endsWithAmount = /[\d\p{L}]$/u.test(m.text) && !NOUNS.some(([, re]) => re.test(m.text.split(/\s+/u).pop()!.toLowerCase()));
      const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(end))?.[1];
      if (
        endsWithAmount &&
        next !== undefined &&
        !BETWEEN_AFTER.has(next) &&
        !/^(and|or|in|on|at|of|to|as|when|after|before|with|by|from|since|during|while|but|who|that|which|more|others?|people|more)$/u.test(
          next,
        )
      )
        continue;
    }
    out.push(m);
  }
  return language === null || language === 'en' ? [...out, ...findNone(sentence), ...findToll(sentence, out)] : out;
}

const TOLL =
  /\b(?:death toll|toll)\b[^;]{0,80}?\b(?:rose|has risen|had risen|climbed|reached|jumped|increased|stands at|stood at|rises|climbs)\s+(?:to\s+)?((?:at least|more than|over|nearly|about)\s+)?(\d[\d,]*|\p{L}+)\b/iu;

/** "The death toll from Tuesday's quake rose to 11": a toll told far from its noun, which the word window does not reach (English). */
export function findToll(sentence: string, found: QuantityMention[] = []): QuantityMention[] {
  const m = TOLL.exec(sentence);
  if (m === null || found.some((f) => f.quantity === 'deaths')) return [];
  const amount = scanAmounts(`${m[1] ?? ''}${m[2]}`, 'en')[0];
  if (amount === undefined) return [];
  return [{ text: m[0], quantity: 'deaths', min: amount.min, max: amount.max, value: amount.value, high: amount.high }];
}
