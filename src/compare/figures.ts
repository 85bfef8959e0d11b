import { clockFigure, TIME_OF_DAY } from '../text/clock-times.ts';
import { isKeyedMeasure } from '../text/keyed-measures.ts';
import type { QuantityMention } from '../text/quantity-mentions.ts';

const CURRENCY_SIGN: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  CAD: 'C$',
  AUD: 'A$',
  NZD: 'NZ$',
  HKD: 'HK$',
  SGD: 'S$',
  TWD: 'NT$',
  JMD: 'J$',
  JPY: '¥',
  INR: '₹',
};
const CURRENCY_NAME: Record<string, string> = {
  USD: 'US dollars',
  EUR: 'euros',
  GBP: 'pounds',
  RUB: 'roubles',
  UAH: 'hryvnias',
  CAD: 'Canadian dollars',
  AUD: 'Australian dollars',
  NZD: 'New Zealand dollars',
  HKD: 'Hong Kong dollars',
  SGD: 'Singapore dollars',
  TWD: 'New Taiwan dollars',
  JMD: 'Jamaican dollars',
  JPY: 'yen',
  CNY: 'yuan',
  INR: 'rupees',
  CHF: 'Swiss francs',
};

/** A number for readers: "13.9 billion", "2.6 million", "1,199", "41", "6.1". */
export function formatNumber(value: number): string {
  const short = (v: number): string => String(Math.round(v * 100) / 100);
  if (Math.abs(value) >= 1e9) return `${short(value / 1e9)} billion`;
  if (Math.abs(value) >= 1e6) return `${short(value / 1e6)} million`;
  // Thousands are grouped as news writes them ("1,199", "23,000"); from 10,000 a fraction is dropped.
  if (Math.abs(value) >= 10000 || (Math.abs(value) >= 1000 && Number.isInteger(value))) return Math.round(value).toLocaleString('en-US');
  return short(value);
}

/** Vague amounts in the catalog's other languages, each with the English word a reader is shown. */
const VAGUE_WORDS: [RegExp, string][] = [
  [/(?<!\p{L})(?:dutzende|dizaines|decenas|decine|dezenas|десятки|десятк\p{L}*|عشرات)(?!\p{L})/iu, 'dozens'],
  [/(?<!\p{L})(?:hunderte|centaines|cientos|centinaia|centenas|сотни|сотні|مئات)(?!\p{L})/iu, 'hundreds'],
  [/(?<!\p{L})(?:tausende|milliers|miles|migliaia|milhares|тысячи|тисячі|آلاف)(?!\p{L})/iu, 'thousands'],
  [/(?<!\p{L})(?:mehrere|einige|plusieurs|varios|varias|diversi|diverse|vários|várias|несколько|кілька|عدة)(?!\p{L})/iu, 'several'],
];

/**
 * The value a mention gives, for readers: "10", "at least 24", "about 50", "up to 80", "10–12", "$13.9 billion",
 * "45%"; a vague amount keeps its word ("several", "dozens").
 */
export function figureOf(quantity: string, m: QuantityMention): string {
  if (quantity === TIME_OF_DAY) return clockFigure(m);
  if (isKeyedMeasure(m)) return m.shown;
  const digits = /\d/u.test(m.text);
  const vague = !digits && m.high !== m.value && !/\b(and|to|or|und|et|y|и|і)\b/iu.test(m.text);
  if (vague) {
    // "Several hundred" is said whole: its first word alone would read as a handful.
    const word =
      /\b((?:several|a few) (?:dozen|hundred|thousand|million)|several|dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands|millions|a few|many)\b/iu.exec(
        m.text,
      );
    if (word !== null) return word[1]!.toLowerCase();
    // The same amounts in the catalog's other languages, in the English words readers see: "Dutzende" is "dozens", not "24–99".
    const foreign = VAGUE_WORDS.find(([re]) => re.test(m.text));
    if (foreign !== undefined) return foreign[1];
  }
  const currency = quantity.startsWith('money:') ? quantity.slice(6) : null;
  // A count of none ("no one was killed") reads as a word: "0" beside "12" looks like a typo.
  if (m.text !== '' && m.value === 0 && m.high === 0 && m.min === 0 && m.max === 0 && !/\d/u.test(m.text) && currency === null)
    return 'none';
  const unit = (v: number): string => {
    // A sum in cents reads as money does: "$25.50", not "$25.5".
    const cents = currency !== null && Math.abs(v) < 10000 && !Number.isInteger(v);
    // A decimal as written keeps its places: "about 6.0 on the Richter scale" reads "about 6.0" beside 5.9 and 6.1, not "about 6".
    const decimal = (m.text.match(/\d+\.\d+/gu) ?? []).find((w) => Number(w) === v);
    const n = cents ? v.toFixed(2) : (decimal ?? formatNumber(v));
    if (currency !== null) return CURRENCY_SIGN[currency] ? `${CURRENCY_SIGN[currency]}${n}` : `${n} ${currency}`;
    return quantity === 'percent' ? `${n}%` : n;
  };
  const core = m.high !== m.value ? `${unit(m.value)}–${unit(m.high)}` : unit(m.value);
  if (m.max === null) return m.min > m.value ? `more than ${core}` : `at least ${core}`;
  if (m.min === 0 && m.max > 0 && m.value > 0) return m.max < m.value ? `fewer than ${core}` : `up to ${core}`;
  if (m.min < m.value || m.max > m.high) return m.max <= m.high ? `nearly ${core}` : `about ${core}`;
  return core;
}

/** Plain names of counted quantities. */
const LABELS: Record<string, string> = {
  deaths: 'deaths',
  injured: 'injured',
  missing: 'missing',
  arrests: 'arrests',
  rescued: 'rescued',
  displaced: 'displaced or homeless',
  troops: 'troops',
  magnitude: 'magnitude',
  aircraft: 'aircraft hit',
  drones: 'drones',
  'jobs cut': 'jobs cut',
  survivors: 'survivors',
  trapped: 'trapped',
  hostages: 'hostages',
  'on strike': 'workers on strike',
  recalled: 'units recalled',
  cases: 'cases',
  aboard: 'people on board',
  'acres burned': 'acres burned',
  'hectares burned': 'hectares burned',
  'without power': 'homes or customers without power',
  crowd: 'crowd size',
  percent: 'share',
};
/** What a sum is, read from the words of the sentences that give it; the first rule most sentences meet names it. */
const SUM_KINDS: [RegExp, string][] = [
  [/\b(contract|offer(ed|s)?|salary|per season|a year deal|year deal|-year deal)\b/iu, 'contract value'],
  [/\b(buy|bought|acquire[ds]?|acquisition|takeover|merger|deal|purchase)\b/iu, 'deal value'],
  [/\b(stole|stolen|steal|heist|haul|booty|loot|robbery|robbed|snatch(ed|ing)?|nab|made off)\b/iu, 'value stolen'],
  [/\b(costs?|priced|prices?|sells? for|retails? (?:at|for))\b/iu, 'price'],
  [/\bdamages?\b/iu, 'damage'],
  [/\breward\b/iu, 'reward'],
  [/\b(bail-?out|loans?|rescue package)\b/iu, 'bailout'],
  [/\bfee\b/iu, 'fee'],
  [/\b(fine[ds]?|penalty)\b/iu, 'fine'],
  [/\b(payout|compensation|severance)\b/iu, 'payout'],
  [/\b(profits?|net income|earnings|net loss)\b/iu, 'profit'],
  [/\b(revenues?|sales|turnover)\b/iu, 'revenue'],
  [/\b(budget|spending|cuts|savings)\b/iu, 'budget'],
  [/\b(gross(es|ed)?|box[- ]office|ticket sales|takings)\b/iu, 'takings'],
  [/\b(donations?|donated|gifts|appeal|fundrais(er|ing))\b/iu, 'money raised'],
  [/\b(worth|valued|value)\b/iu, 'value'],
];

/** A sum's currency as readers see it ("US dollars") from its quantity key ("money:USD"). */
export function currencyName(quantity: string): string {
  const currency = quantity.slice(quantity.indexOf(':') + 1);
  return CURRENCY_NAME[currency] ?? currency;
}

/**
 * The plain label of a divergence: "deaths", "aircraft hit", "deal value (US dollars)"; never an internal key. A sum is
 * named by the kind most of its mentions' nearest cues give (`kinds`), else by the rule most of its sentences meet.
 */
export function labelOf(quantity: string, sentences: string[], kinds: readonly (string | null)[] = []): string {
  if (quantity.startsWith('money:')) {
    // The kind most of the sums are named as, each by its nearest cue ("profit", "revenue"), before the sentences' words.
    const named = new Map<string, number>();
    for (const k of kinds) if (k !== null) named.set(k, (named.get(k) ?? 0) + 1);
    const [top] = [...named].sort((a, b) => b[1] - a[1]);
    if (top !== undefined && top[1] * 2 > kinds.length && !top[0].startsWith('per ')) return `${top[0]} (${currencyName(quantity)})`;
    let best: [string, number] = ['sum', 0];
    for (const [re, name] of SUM_KINDS) {
      const n = sentences.filter((s) => re.test(s)).length;
      if (n > best[1]) best = [name, n];
    }
    return `${best[0]} (${currencyName(quantity)})`;
  }
  return LABELS[quantity] ?? quantity.replace(/[:_]/gu, ' ');
}

/** How much farther a cue after a sum counts than one before it: English names a sum before it ("a fee of $5 million"). */
const AFTER_WEIGHT = 2;

/** What a sum in a sentence is: the kind named by the cue word nearest to its amount ("a break fee of $140 million" → fee), or null. */
export function sumKind(sentence: string, amountText: string): string | null {
  const at = sentence.indexOf(amountText);
  if (at < 0) return null;
  const centre = at + amountText.length / 2;
  let best: [string, number] | null = null;
  for (const [re, name] of SUM_KINDS) {
    for (const m of sentence.matchAll(new RegExp(re.source, 'giu'))) {
      const cue = m.index + m[0].length / 2;
      // A cue before the sum names it more surely than one as far after it: "a profit of $1.2 billion on revenue of…".
      const distance = Math.abs(cue - centre) * (cue > centre ? AFTER_WEIGHT : 1);
      if (best === null || distance < best[1]) best = [name, distance];
    }
  }
  return best?.[0] ?? null;
}
