import { localNumbers, type LocalNumber } from './number-keys.ts';
import type { QuantityMention } from './quantity-mentions.ts';

/**
 * Counted quantities in reports of languages whose words the English-first reader (`findQuantities`) does not
 * know, or whose script writes no spaces: "3,2 milioni di dollari", "160 millions de dollars", "抓获26名海盗",
 * "15人が死亡", "مقتل 10 أشخاص", "80%". Numbers are read with the language's own forms (`localNumbers`, shared
 * with clustering's number keys); quantity words are the language's own, mapped to the keys English uses
 * (deaths, injured, missing, arrests, rescued, percent, money:USD…), so foreign figures meet English ones.
 * Comparison only: clustering does not read this.
 */

/** Count words per quantity, in it, pt, ar, zh, ja, and the words fr, es, de, ru and uk add to `findQuantities`' own. */
const COUNT_WORDS: [string, RegExp][] = [
  [
    'deaths',
    /^(?:morti|morte|uccis[ei]|vittime|decedut[ie]|mortos|mortas|morreram|vítimas|mortes|قتيلا?|قتلى|قتلوا|مقتل|وفاة|حتفهم|死亡|遇难|丧生|罹难|死者|亡くな|犠牲)\p{L}*/u,
  ],
  ['injured', /^(?:ferit[ie]|feridos|feridas|blessé|heridos|جريحا?|جرحى|مصابا?|إصابة|受伤|伤者|負傷|けが)\p{L}*/u],
  ['missing', /^(?:dispersi|desaparecidos|مفقودا?|失踪|行方不明)\p{L}*/u],
  ['arrests', /^(?:arrestat[ie]|fermat[ie]|presos|detidos|اعتقال|معتقلا?|逮捕|抓获|被捕)\p{L}*/u],
  ['rescued', /^(?:salvat[ie]|resgatados|救出|获救|救助)\p{L}*/u],
];

/** Words that may stand between a number and its count word: "80 personnes ont également été blessées", "10人", "26名". */
const FILLER =
  /^(?:\s|,|persone|pessoas|personnes|personas|people|menschen|человек|осіб|أشخاص|شخصا|人|名|が|を|の|は|ont|sont|été|également|aussi|hanno|sono|stati|state|foram|ficaram|también|han|sido|auch|wurden|ebenfalls|sind|также|були|також|anche|também|outras|altre|autres|otras|rimast[ei]|rimasti|restat[ei]|quedaron|resultaron)+/iu;

/** A Chinese or Japanese counter after a number ("42名", "40人"). */
const COUNTER = /^\s*[名人个位]/u;
/** The longest noun a Chinese or Japanese count may name between its counter and its count word: "42名乘客获救". */
const CJK_NOUN = 4;

/**
 * What follows a count once the noun it counts is passed, in scripts written without spaces: after a counter, up to
 * CJK_NOUN characters of Han or katakana ("乘客", "海盗") and a particle may stand before the count word ("42名乘客获救":
 * 42 passengers rescued). The text is left as it is when no count word follows.
 */
function countedNoun(rest: string, after: string): string {
  if (!COUNTER.test(after) || COUNT_WORDS.some(([, re]) => re.test(rest))) return rest;
  for (let n = 1; n <= CJK_NOUN && /^[\p{Script=Han}\p{Script=Katakana}ー]/u.test(rest.slice(n - 1)); n++) {
    const next = rest.slice(n).replace(/^[がはも]/u, '');
    if (COUNT_WORDS.some(([, re]) => re.test(next))) return next;
  }
  return rest;
}

/**
 * Count words that stand before their number: "مقتل 10", "抓获26名", "死亡10人", and the verbs of a killing or a
 * wounding with their count as object ("ha ucciso almeno 12 persone", "matou 12 pessoas").
 */
const BEFORE =
  /(?:مقتل|وفاة|إصابة|اعتقال|أسر[تو]?|抓获|逮捕|死亡|遇难|受伤|救出|获救|uccis[oei]|uccidendo|matou|mataram|matando|ferit[oi]|ferendo|feriu|feriram|ferindo)\s*(?:نحو|حوالي|أكثر من|ما لا يقل عن|至少|约|超过|almeno|pelo menos|circa|cerca de|oltre|più di|mais de)?\s*$/u;
const BEFORE_QUANTITY: [RegExp, string][] = [
  [/(?:مقتل|وفاة|死亡|遇难|uccis[oei]|uccidendo|matou|mataram|matando)/u, 'deaths'],
  [/(?:إصابة|受伤|ferit[oi]|ferendo|feriu|feriram|ferindo)/u, 'injured'],
  [/(?:اعتقال|أسر|抓获|逮捕)/u, 'arrests'],
  [/(?:救出|获救)/u, 'rescued'],
];

const PERCENT =
  /^\s*(?:%|％|٪|per ?cento|por ?cento|pour ?cent|por ciento|prozent|процент\p{L}*|відсот\p{L}*|في المئة|في المائة|بالمئة|بالمائة)/iu;

/** Currency words after an amount ("de dollars", "di dollari", "US-Dollar", "美元") and signs before it ("US$", "€"). */
const CURRENCY_AFTER: [RegExp, string][] = [
  [/^\s*(?:(?:de|di|d'|des)\s*)?(?:US-?)?(?:dollar|dólar|dollar|доллар|долар|美元|ドル|دولار)\p{L}*/iu, 'USD'],
  [/^\s*(?:(?:de|di|d')\s*)?(?:euro|евро|євро|欧元|ユーロ|يورو)\p{L}*/iu, 'EUR'],
  [/^\s*(?:(?:de|di|d')\s*)?(?:livres? sterling|libras?|sterline|фунтов|英镑|ポンド|جنيه إسترليني)/iu, 'GBP'],
];
const CURRENCY_BEFORE: [RegExp, string][] = [
  [/(?:US\$|U\$S|\$)\s*$/u, 'USD'],
  [/€\s*$/u, 'EUR'],
  [/£\s*$/u, 'GBP'],
];

/** "at least", "about", "more than", "up to" before an amount, in these languages: they widen it as in English. */
const LEAST = /(?:au moins|pelo menos|almeno|al menos|mindestens|не менее|щонайменше|ما لا يقل عن|至少|少なくとも)\s*$/iu;
const ABOUT = /(?:environ|quelque|près de|cerca de|circa|circa|unos|rund|etwa|около|близько|نحو|حوالي|约|約|およそ)\s*$/iu;
const MORE = /(?:plus de|mais de|più di|oltre|más de|mehr als|более|більше|أكثر من|超过|以上)\s*$/iu;
const UPTO = /(?:jusqu'à|jusqu’à|fino a|até|hasta|bis zu|до|حتى|最大|最多|多达)\s*$/iu;

function widened(value: number, written: string): Pick<QuantityMention, 'min' | 'max'> {
  const before = written.replace(/(?:US\$|U\$S|[$€£])\s*$/u, '');
  if (LEAST.test(before)) return { min: value, max: null };
  if (UPTO.test(before)) return { min: 0, max: value };
  if (MORE.test(before)) return { min: Number.isInteger(value) ? value + 1 : value, max: null };
  if (ABOUT.test(before)) return { min: Math.round(value * 0.9 * 100) / 100, max: Math.round(value * 1.1 * 100) / 100 };
  return { min: value, max: value };
}

/** Years and clock times are no counts: 1800–2100 bare, or a number joined to ":" / "時" / "年" / "月" / "日". */
function dateOrTime(text: string, index: number, length: number, value: number): boolean {
  const after = text.slice(index + length, index + length + 2);
  const before = text.slice(Math.max(0, index - 1), index);
  if (/^[:：時点年月日号]|^\s?(?:h\d|Uhr|heures?)/u.test(after) || before === ':') return true;
  return Number.isInteger(value) && value >= 1800 && value <= 2100 && !/^\s*(?:%|％|٪)/u.test(after);
}

/** Words opening a range ("de 140 à 150", "entre 60 y 70", "zwischen 3 und 4") and joining its ends. */
const RANGE_OPEN = /(?:de|da|entre|tra|fra|zwischen|от|від|بين|从)\s*$/iu;
const RANGE_LINK = /^\s*(?:à|a|e|y|et|und|bis|до|و|到|至|から|-|–)\s*$/iu;

/** The first end of a range whose second end is `n` ("140" in "de 140 à 150 millions"), scaled like it; null when `n` ends none. */
function rangeStart(sentence: string, prev: LocalNumber | undefined, n: LocalNumber): { value: number; index: number } | null {
  if (prev === undefined || !RANGE_LINK.test(sentence.slice(prev.index + prev.length, n.index))) return null;
  let value = prev.value;
  while (value * 1000 <= n.value) value *= 1000;
  return value < n.value ? { value, index: prev.index } : null;
}

/**
 * Counted quantities of one sentence in a language other than English, read with its own number forms and
 * quantity words. Empty for English, whose figures `reportedCounts` reads.
 */
export function localQuantities(sentence: string, language: string | null): QuantityMention[] {
  if (language === null || language === 'en') return [];
  const out: QuantityMention[] = [];
  const numbers = localNumbers(sentence, language);
  for (const [k, n] of numbers.entries()) {
    if (dateOrTime(sentence, n.index, n.length, n.value)) continue;
    // A person's age between commas after the name ("Carlos Velasquez, 24, sono stati arrestati"), as the English
    // reader takes "Velasquez, 24,": no count of what follows.
    if (/\p{Lu}\p{L}+,\s*$/u.test(sentence.slice(0, n.index)) && /^\s*,/u.test(sentence.slice(n.index + n.length))) continue;
    const low = rangeStart(sentence, numbers[k - 1], n);
    const from = low?.index ?? n.index;
    // A range's opening word is not its qualifier ("de 140 à 150"); with no range, "de" is part of one ("plus de 80").
    const before = sentence.slice(Math.max(0, from - 30), from).replace(low === null ? /$^/u : RANGE_OPEN, '');
    const after = sentence.slice(n.index + n.length);
    const { min, max } = low === null ? widened(n.value, before) : { min: low.value, max: n.value };
    const value = low?.value ?? n.value;
    const mention = (quantity: string, end: number, start = from): QuantityMention => ({
      text: sentence.slice(start, end).trim(),
      quantity,
      min,
      max,
      value,
      high: n.value,
    });
    const percent = PERCENT.exec(after);
    if (percent !== null) {
      out.push(mention('percent', n.index + n.length + percent[0].length));
      continue;
    }
    const after$ = CURRENCY_AFTER.find(([re]) => re.test(after));
    const before$ = CURRENCY_BEFORE.find(([re]) => re.test(before));
    if (after$ !== undefined || before$ !== undefined) {
      const code = (after$ ?? before$)![1];
      const end = after$ !== undefined ? n.index + n.length + after$[0].exec(after)![0].length : n.index + n.length;
      const start = before$ !== undefined ? from - before$[0].exec(before)![0].length : from;
      out.push(mention(`money:${code}`, end, start));
      continue;
    }
    const rest = countedNoun(after.replace(FILLER, ''), after);
    const counted = COUNT_WORDS.find(([, re]) => re.test(rest));
    if (counted !== undefined) {
      out.push(mention(counted[0], n.index + n.length + (after.length - rest.length) + (counted[1].exec(rest)?.[0].length ?? 0)));
      continue;
    }
    const word = BEFORE.exec(before)?.[0];
    if (word !== undefined) {
      const quantity = BEFORE_QUANTITY.find(([re]) => re.test(word))?.[1];
      if (quantity !== undefined) out.push(mention(quantity, n.index + n.length, from - word.length));
    }
  }
  return out;
}
