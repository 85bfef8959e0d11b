import { CURRENCIES, CURRENCY_SIGN } from './quantity-words.ts';
/** A normalised amount: the interval of values a wording allows; `max` null means unbounded. */
export interface Interval {
  min: number;
  max: number | null;
}

/** Basic number words per language (ISO 639-1); text in another or unknown language reads English. */
const UNITS_BY_LANGUAGE: Record<string, Record<string, number>> = {
  en: {
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  },
  de: {
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    zwanzig: 20,
    dreißig: 30,
    vierzig: 40,
    fünfzig: 50,
  },
  fr: {
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quinze: 15,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
  },
  es: {
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    quince: 15,
    veinte: 20,
    treinta: 30,
    cuarenta: 40,
    cincuenta: 50,
  },
  ru: {
    два: 2,
    две: 2,
    три: 3,
    четыре: 4,
    пять: 5,
    шесть: 6,
    семь: 7,
    восемь: 8,
    девять: 9,
    десять: 10,
    одиннадцать: 11,
    двенадцать: 12,
    двадцать: 20,
    тридцать: 30,
    сорок: 40,
    пятьдесят: 50,
  },
  uk: {
    два: 2,
    дві: 2,
    три: 3,
    чотири: 4,
    "п'ять": 5,
    'п’ять': 5,
    шість: 6,
    сім: 7,
    вісім: 8,
    "дев'ять": 9,
    'дев’ять': 9,
    десять: 10,
    одинадцять: 11,
    дванадцять: 12,
    двадцять: 20,
    тридцять: 30,
    сорок: 40,
  },
};
const ALL_UNITS: Record<string, number> = Object.assign({}, ...Object.values(UNITS_BY_LANGUAGE));
const unitsFor = (language: string | null): Record<string, number> => UNITS_BY_LANGUAGE[language ?? 'en'] ?? UNITS_BY_LANGUAGE.en!;
/** Words that mean "one" before a multiplier ("a dozen", "ein Dutzend", "une centaine"). */
const ONES = new Set(['a', 'an', 'one', 'ein', 'eine', 'einen', 'un', 'une', 'uno', 'una', 'один', 'одна']);
/** Multiplier words that are something else in other languages ("cent", "mil"), keyed to their own language. */
const AMBIGUOUS: Record<string, string> = { cent: 'fr', mil: 'es' };
const MULTIPLIERS: [RegExp, number][] = [
  [/^(hundred|hundert|cent|cien|ciento|cientos|сто|сотня)$/u, 100],
  [/^(thousand|tausend|mille|mil|тысяч[аи]?|тыс|тисяч[аі]?)$/u, 1000],
  [/^(million|millions|millionen?|millón|millones|миллион\p{L}*|млн|мільйон\p{L}*)$/u, 1e6],
  [/^(billion|billions|milliarden?|milliards?|миллиард\p{L}*|млрд|мільярд\p{L}*)$/u, 1e9],
  [/^(trillion|trillions|billionen)$/u, 1e12],
  [/^(dozen|dutzend|douzaine|docena|дюжин\p{L}*)$/u, 12],
];
const VAGUE: [RegExp, number, number][] = [
  [/^(dozens|dutzende)$/u, 24, 99],
  [/^(tens|dizaines|decenas|десятки)$/u, 20, 99],
  [/^scores$/u, 40, 99],
  [/^(hundreds|hunderte|centaines|centenares|сотни|сотні)$/u, 200, 999],
  [/^(thousands|tausende|milliers|miles|тысячи|тисячі)$/u, 2000, 9999],
  [/^zehntausende$/u, 20000, 99999],
  [/^hunderttausende$/u, 200000, 999999],
  [/^(millions|millionen)$/u, 2e6, 9999999],
];
const SEVERAL = /^(several|mehrere|einige|plusieurs|varios|varias|несколько|кілька|декілька)$/u;
/** "Several" on its own: more than a couple, fewer than ten. */
const SEVERAL_RANGE: [number, number] = [3, 9];
/** Words that halve the amount after them: "half a million", "eine halbe Million". */
const HALF = new Set(['half', 'halbe', 'demi', 'medio', 'media', 'пол', 'півмільйона']);

type QualifierKind = 'least' | 'more' | 'about' | 'nearly' | 'upto' | 'fewer' | 'between';
const QUALIFIER_WORDS: Record<string, [string, QualifierKind][]> = {
  en: [
    ['at least', 'least'],
    ['no fewer than', 'least'],
    ['no less than', 'least'],
    ['a minimum of', 'least'],
    ['more than', 'more'],
    ['over', 'more'],
    ['upwards of', 'more'],
    ['in excess of', 'more'],
    ['about', 'about'],
    ['around', 'about'],
    ['approximately', 'about'],
    ['roughly', 'about'],
    ['some', 'about'],
    ['an estimated', 'about'],
    ['estimated', 'about'],
    ['circa', 'about'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['just under', 'nearly'],
    ['up to', 'upto'],
    ['as many as', 'upto'],
    ['fewer than', 'fewer'],
    ['less than', 'fewer'],
    ['under', 'fewer'],
    ['below', 'fewer'],
    ['between', 'between'],
  ],
  de: [
    ['mindestens', 'least'],
    ['wenigstens', 'least'],
    ['mehr als', 'more'],
    ['über', 'more'],
    ['etwa', 'about'],
    ['rund', 'about'],
    ['ungefähr', 'about'],
    ['circa', 'about'],
    ['ca', 'about'],
    ['fast', 'nearly'],
    ['beinahe', 'nearly'],
    ['knapp', 'nearly'],
    ['bis zu', 'upto'],
    ['weniger als', 'fewer'],
    ['unter', 'fewer'],
    ['zwischen', 'between'],
  ],
  fr: [
    ['au moins', 'least'],
    ['plus de', 'more'],
    ['environ', 'about'],
    ['quelque', 'about'],
    ['presque', 'nearly'],
    ['près de', 'nearly'],
    ["jusqu'à", 'upto'],
    ['jusqu’à', 'upto'],
    ['moins de', 'fewer'],
    ['entre', 'between'],
  ],
  es: [
    ['al menos', 'least'],
    ['por lo menos', 'least'],
    // With the "a" Spanish puts before people as an object: "mató al menos a 12 personas".
    ['al menos a', 'least'],
    ['por lo menos a', 'least'],
    ['más de', 'more'],
    ['alrededor de', 'about'],
    ['unos', 'about'],
    ['unas', 'about'],
    ['aproximadamente', 'about'],
    ['casi', 'nearly'],
    ['cerca de', 'nearly'],
    ['hasta', 'upto'],
    ['menos de', 'fewer'],
    ['entre', 'between'],
  ],
  ru: [
    ['как минимум', 'least'],
    ['не менее', 'least'],
    ['по меньшей мере', 'least'],
    ['по крайней мере', 'least'],
    ['более', 'more'],
    ['свыше', 'more'],
    ['больше', 'more'],
    ['около', 'about'],
    ['примерно', 'about'],
    ['порядка', 'about'],
    ['почти', 'nearly'],
    ['менее', 'fewer'],
    ['меньше', 'fewer'],
    ['от', 'between'],
  ],
  uk: [
    ['щонайменше', 'least'],
    ['не менше', 'least'],
    ['принаймні', 'least'],
    ['понад', 'more'],
    ['більше', 'more'],
    ['більш ніж', 'more'],
    ['приблизно', 'about'],
    ['близько', 'about'],
    ['майже', 'nearly'],
    ['менше', 'fewer'],
    ['від', 'between'],
  ],
};
const RANGE_LINKS = new Set([
  'to',
  '-',
  '–',
  '—',
  'bis',
  'à',
  'a',
  'and',
  'or',
  'und',
  'oder',
  'et',
  'ou',
  'y',
  'o',
  'до',
  'и',
  'или',
  'і',
  'та',
  'або',
]);
const GROUPING_DOT = new Set(['de', 'es', 'it', 'pt', 'nl', 'da', 'tr', 'id', 'ru', 'uk', 'pl', 'cs', 'ro']);

/**
 * Parses one numeral written with digits or as a basic number word, honouring the language's separators.
 * @example parseNumeral('3,000', 'en') // 3000 — parseNumeral('3.000', 'de') // 3000 — parseNumeral('6,1', 'fr') // 6.1
 */
export function parseNumeral(raw: string, language: string | null = null): number | null {
  const word = raw.toLowerCase();
  const units = unitsFor(language);
  if (units[word] !== undefined) return units[word];
  if (word.includes('-')) {
    const compound = word.split('-');
    if (compound.length === 2 && compound.every((w) => units[w] !== undefined))
      return (units[compound[0]!] ?? 0) + (units[compound[1]!] ?? 0);
  }
  // Every written form below opens with a digit; most words a sentence is read by are not numbers at all.
  if (!/^\d/u.test(raw)) return null;
  const english = language === null || language === 'en';
  if (/^\d{1,3}([\u00a0\u202f ]\d{3})+([.,]\d+)?$/u.test(raw)) return Number(raw.replace(/[\u00a0\u202f ]/gu, '').replace(',', '.'));
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(raw)) {
    if (!english && /^\d{1,3},\d{3}$/u.test(raw)) return Number(raw.replace(',', '.'));
    return Number(raw.replace(/,/gu, ''));
  }
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/u.test(raw)) {
    const grouped = (!english && (GROUPING_DOT.has(language ?? '') || language === 'fr')) || /\.\d{3}\./u.test(raw);
    if (grouped) return Number(raw.replace(/\./gu, '').replace(',', '.'));
    return Number(raw);
  }
  if (/^\d+([.,]\d+)?$/u.test(raw)) return Number(raw.replace(',', '.'));
  return null;
}

/** A word or symbol of a sentence with its character span. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** An amount found in text, with the token span it covers (qualifier included). */
export interface AmountMatch extends Interval {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  qualifier: QualifierKind | null;
  /** The amount as written, before its qualifier widens it: "at least 10" → 10, "10 to 12" → 10 and 12. */
  value: number;
  high: number;
}

/** Splits text into words, numerals (with their separators) and single symbols. */
export function numberTokens(text: string, language: string | null = null): Token[] {
  const re = language !== null && language !== 'en' ? NUMBER_TOKEN_SPACED : NUMBER_TOKEN;
  const tokens = [...text.matchAll(re)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < tokens.length - 2; i++)
    if (tokens[i]!.text === 'e' && isLetterEuro(tokens, i)) tokens[i] = { ...tokens[i]!, text: '€', lower: '€' };
  return tokens;
}

/** "Million", "billion" and their short forms: what a sum written with a letter for its sign is counted in. */
const LARGE_MONEY = /^(?:million|millions|billion|billions|bn|mn|m)$/u;

/**
 * The euro sign written as a lower-case "e" glued to a sum in millions or billions, as wire copy set in plain letters
 * writes it ("steal e80 million", "more than e85m"): read as "€". A letter alone before digits otherwise names a
 * thing ("E85 fuel"), so the multiplier after the amount is required. (A token is a whole run of letters, so a lone "e"
 * is no word's last letter.)
 */
function isLetterEuro(tokens: Token[], i: number): boolean {
  const [e, amount, after] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
  if (amount.start !== e.end || !/^\d/u.test(amount.text)) return false;
  return LARGE_MONEY.test(after.lower) && (after.lower.length > 2 || after.start === amount.end);
}

/**
 * numberTokens' expressions, made once (matchAll reads a copy, so they are shared safely): in English a space does not
 * group thousands; in other languages it does.
 */
const NUMBER_TOKEN_REST = String.raw`\d+(?:[.,]\d+)*|\p{L}+(?:['’-]\p{L}+)*|[^\s\p{L}\p{N}]`;
const NUMBER_TOKEN = new RegExp(String.raw`\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|` + NUMBER_TOKEN_REST, 'gu');
const NUMBER_TOKEN_SPACED = new RegExp(String.raw`\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|` + NUMBER_TOKEN_REST, 'gu');

/** Multipliers sums are written with, glued to the amount: "$1.2bn", "£3m", "€500k", "85m euros". */
const ABBREVIATED: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

/**
 * The multiplier a sum's amount is glued to ("1.2bn", "3m"), read only where the amount is money: after a currency
 * sign ("£3m") or before a currency word ("85m euros"); "3m" alone is three metres.
 */
function abbreviatedMultiplier(tokens: Token[], i: number): number | null {
  const amount = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || next.start !== amount.end || !/^\d/u.test(amount.text)) return null;
  const m = ABBREVIATED[next.lower];
  if (m === undefined) return null;
  const sign = CURRENCY_SIGN.test(tokens[i - 1]?.text ?? '');
  const word = tokens[i + 2]?.lower ?? '';
  return sign || CURRENCIES.some(([re]) => re.test(word) && !CURRENCY_SIGN.test(word)) ? m : null;
}

function multiplierOf(word: string | undefined, language: string | null): number | null {
  if (word === undefined || (AMBIGUOUS[word] !== undefined && AMBIGUOUS[word] !== language)) return null;
  for (const [re, m] of MULTIPLIERS) if (re.test(word)) return m;
  return null;
}

function vagueOf(word: string | undefined): [number, number] | null {
  if (word === undefined) return null;
  for (const [re, lo, hi] of VAGUE) if (re.test(word)) return [lo, hi];
  return null;
}

interface Core {
  lo: number;
  hi: number;
  end: number;
  plain: boolean;
  scale: number;
}

/** First three letters of every number word: a cheap test before the full parse. */
const NUMBER_PREFIXES = new Set(
  [...Object.keys(ALL_UNITS), ...ONES]
    .concat(
      [...MULTIPLIERS.map(([re]) => re), ...VAGUE.map(([re]) => re), SEVERAL].flatMap((re) =>
        re.source.replace(/^\^\(|\)\$$/gu, '').split('|'),
      ),
    )
    .map((word) => word.replace(/[\\[(?].*$/u, '').slice(0, 3)),
);

function parseCore(tokens: Token[], i: number, language: string | null): Core | null {
  const t = tokens[i]?.lower;
  if (t === undefined || !(/\d/u.test(t) || NUMBER_PREFIXES.has(t.slice(0, 3)))) return null;
  const next = tokens[i + 1]?.lower;
  const mult = multiplierOf(next, language);
  if ((ONES.has(t) || SEVERAL.test(t)) && mult !== null) {
    return SEVERAL.test(t)
      ? { lo: 2 * mult, hi: 10 * mult - 1, end: i + 2, plain: false, scale: mult }
      : { lo: mult, hi: mult, end: i + 2, plain: false, scale: mult };
  }
  if (SEVERAL.test(t)) return { lo: SEVERAL_RANGE[0], hi: SEVERAL_RANGE[1], end: i + 1, plain: false, scale: 1 };
  const vague = vagueOf(t);
  if (vague !== null) {
    const ofSkip = ['of', 'de', 'von', 'd'].includes(next ?? '') ? 2 : 1;
    const scale = vagueOf(tokens[i + ofSkip]?.lower);
    if (scale !== null && scale[0] >= 2000) {
      const unit = scale[0] / 2;
      return { lo: vague[0] * unit, hi: (vague[1] + 1) * unit - 1, end: i + ofSkip + 1, plain: false, scale: 1 };
    }
    return { lo: vague[0], hi: vague[1], end: i + ofSkip, plain: false, scale: 1 };
  }
  let value = parseNumeral(tokens[i]?.text ?? '', language);
  if (value === null) return null;
  let end = i + 1;
  const unitAfter = unitsFor(language)[tokens[end]?.lower ?? ''];
  if (unitAfter !== undefined && value >= 20 && value % 10 === 0 && unitAfter < 10 && !/\d/u.test(tokens[i]?.text ?? '')) {
    value += unitAfter;
    end++;
  }
  let plain = true;
  let scale = 1;
  const abbreviated = end === i + 1 ? abbreviatedMultiplier(tokens, i) : null;
  if (abbreviated !== null) return { lo: value * abbreviated, hi: value * abbreviated, end: end + 1, plain: false, scale: abbreviated };
  const hyphen = tokens[end];
  if (
    hyphen?.text === '-' &&
    hyphen.start === tokens[end - 1]!.end &&
    tokens[end + 1]?.start === hyphen.end &&
    multiplierOf(tokens[end + 1]!.lower, language) !== null
  )
    end++;
  for (let m = multiplierOf(tokens[end]?.lower, language); m !== null; m = multiplierOf(tokens[end]?.lower, language)) {
    value *= m;
    scale *= m;
    end++;
    plain = false;
  }
  return { lo: value, hi: value, end, plain, scale };
}

/** Qualifier phrases per language, indexed by their last word (the one right before the number). */
const QUALIFIER_INDEX = new Map<string, Map<string, [string[], QualifierKind][]>>();
for (const [language, list] of Object.entries(QUALIFIER_WORDS)) {
  const byLast = new Map<string, [string[], QualifierKind][]>();
  for (const [phrase, kind] of list) {
    const words = phrase.split(' ');
    const last = words[words.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), [words, kind]]);
  }
  QUALIFIER_INDEX.set(language, byLast);
}

function findQualifier(tokens: Token[], start: number, language: string | null): [QualifierKind, number] | null {
  let best: [QualifierKind, number] | null = null;
  const index = QUALIFIER_INDEX.get(language ?? 'en') ?? QUALIFIER_INDEX.get('en')!;
  for (const [words, kind] of index.get(tokens[start - 1]?.lower ?? '') ?? []) {
    const from = start - words.length;
    if (from < 0 || !words.every((w, k) => tokens[from + k]?.lower === w)) continue;
    if (best === null || from < best[1]) best = [kind, from];
  }
  return best;
}

const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * What a figure written in digits is rounded to, in its own units: the place of its last digit that is not a trailing
 * zero, times the scale word after it ("5.6" billion: a tenth of a billion; "130": ten; "2,000": a thousand); null for
 * a figure in words ("a dozen"), which says nothing of it.
 */
export function roundedTo(written: string, scale: number): number | null {
  const digits = written.replace(/,/gu, '');
  if (!/^\d+(?:\.\d+)?$/u.test(digits) || Number(digits) === 0) return null;
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  const zeros = decimals > 0 ? 0 : (/0+$/u.exec(digits)?.[0].length ?? 0);
  return 10 ** (zeros - decimals) * scale;
}

/**
 * The interval a qualifier leaves a figure. "About" gives a tenth either way, or half of what the figure is rounded to
 * when that is less (`rounded`): "about $5.6 billion" is $5.55 to 5.65 billion, which "$5.4 billion" is not (at a
 * tenth it held 5.04 to 6.16 and hid the deal's two values); "about 100" keeps its tenth.
 */
function applyQualifier(kind: QualifierKind | null, lo: number, hi: number, rounded: number | null = null): Interval {
  const whole = Number.isInteger(lo) && Number.isInteger(hi);
  const spread = (v: number): number => (whole && v >= 10 ? Math.round(v * 0.1) : round(v * 0.1));
  const around = (v: number): number => (rounded === null ? spread(v) : Math.min(spread(v), rounded / 2));
  switch (kind) {
    case 'least':
      return { min: lo, max: null };
    case 'more':
      return { min: whole ? hi + 1 : hi, max: null };
    case 'about':
      return { min: round(lo - around(lo)), max: round(hi + around(hi)) };
    case 'nearly':
      return { min: round(lo - spread(lo)), max: hi };
    case 'upto':
      return { min: 0, max: hi };
    case 'fewer':
      return { min: 0, max: whole ? lo - 1 : lo };
    default:
      return { min: lo, max: hi };
  }
}

/**
 * Finds amounts in text and normalises each to an interval, qualifiers and ranges included.
 * @example scanAmounts('at least 10 killed')[0] // { min: 10, max: null, … }
 */
export function scanAmounts(text: string, language: string | null = null): AmountMatch[] {
  return amountsIn(numberTokens(text, language), language);
}

/**
 * scanAmounts over a text's numberTokens (read in the same language), for a reader that has them already: a finder
 * reading a sentence's words around its amounts tokenizes it once, not twice.
 */
export function amountsIn(tokens: Token[], language: string | null = null): AmountMatch[] {
  const out: AmountMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const core = parseCore(tokens, i, language);
    if (core === null) continue;
    const halved = ONES.has(tokens[i]!.lower) && core.scale > 1 && HALF.has(tokens[i - 1]?.lower ?? '');
    if (halved) {
      core.lo /= 2;
      core.hi /= 2;
    }
    const at = halved ? i - 1 : i;
    const signed = CURRENCY_SIGN.test(tokens[at - 1]?.text ?? '');
    const beforeSign = signed ? findQualifier(tokens, at - 1, language) : null;
    // A qualifier before the sign ("more than $160 million", "between $140 million and…") is the amount's; the
    // mention still starts at the sign, which tells its currency.
    const qualifier = beforeSign !== null ? ([beforeSign[0], at] as [QualifierKind, number]) : findQualifier(tokens, at, language);
    let { lo, hi, end } = core;
    const link = tokens[end]?.lower;
    if (link !== undefined && RANGE_LINKS.has(link)) {
      const needsBetween = ['and', 'und', 'et', 'y', 'и', 'та', 'і', 'до', 'a'].includes(link) && !(link === 'a' && language === 'es');
      const sign =
        tokens[end + 1] !== undefined && CURRENCY_SIGN.test(tokens[end + 1]!.text) && tokens[i - 1]?.text === tokens[end + 1]!.text ? 1 : 0;
      const second = needsBetween && qualifier?.[0] !== 'between' ? null : parseCore(tokens, end + 1 + sign, language);
      if (second !== null && core.scale === 1 && second.scale > 1) lo *= second.scale;
      if (second !== null && second.hi >= lo) {
        hi = second.hi;
        end = second.end;
      }
    }
    const year = core.plain && hi === lo && Number.isInteger(lo) && lo >= 1800 && lo <= 2100 && qualifier === null;
    if (!year) {
      const tokenStart = qualifier?.[1] ?? at;
      const interval = applyQualifier(qualifier?.[0] ?? null, lo, hi, hi === lo ? roundedTo(tokens[at]!.text, core.scale) : null);
      out.push({
        ...interval,
        start: tokens[tokenStart]!.start,
        end: tokens[end - 1]!.end,
        tokenStart,
        tokenEnd: end,
        qualifier: qualifier?.[0] ?? null,
        value: lo,
        high: hi,
      });
    }
    i = end - 1;
  }
  return out;
}

/**
 * Normalises one amount phrase ("more than a dozen", "several thousand", "10 to 12") to an interval.
 * @example parseAmount('nearly 3,000') // { min: 2700, max: 3000 }
 */
export function parseAmount(phrase: string, language: string | null = null): Interval | null {
  const match = scanAmounts(phrase, language)[0];
  return match === undefined ? null : { min: match.min, max: match.max };
}

/** True when two intervals share at least one value. */
export function overlaps(a: Interval, b: Interval): boolean {
  return (a.max === null || b.min <= a.max) && (b.max === null || a.min <= b.max);
}
