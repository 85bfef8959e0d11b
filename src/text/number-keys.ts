import { remembered } from './bounded-memo.ts';
import { mayHoldEastAsian } from './char-classes.ts';

/**
 * Numbers written in any of the supported languages, as language-free keys: "$3.2 million",
 * "3,2 млн долларов", "3,2 Millionen" and "320万" all give "#3200000". Counts and years stay exact;
 * amounts of 10,000 and more keep two significant digits (a translation may round "3.25" to "3,2").
 * Digits of other scripts (Arabic-Indic, full-width) count as digits. Which separator is the decimal
 * one follows the language: a comma in most of Europe, a point in English, Chinese and Japanese.
 */
export function numberKeys(text: string, language: string): string[] {
  const digits = asciiDigits(text);
  // Most texts hold no East Asian character: they are not read again for one.
  const ascii = mayHoldEastAsian(digits) ? apartFromCharacters(withColonClocks(digits)) : digits;
  const decimalComma = DECIMAL_COMMA.has(language);
  const keys: string[] = [];
  const memo = decimalComma ? keysWithDecimalComma : keysWithDecimalPoint;
  forEachNumberMatch(ascii, (m, clock) => {
    // A Chinese or Japanese month ("12月31日") is a month's name elsewhere ("December 31", "31 декабря"): no number.
    if (!clock && text[m.index + m[1]!.length] === '月') return;
    const k = clock ? clockKey(m) : remembered(memo, m[0], KEYS_KEPT, () => matchKey(m, decimalComma));
    if (k !== null) keys.push(k);
  });
  return keys;
}

/**
 * A time of day ("21:29", "7:21 PM", "10h30", "13.53 Uhr") is one key, "@21:29", not two small numbers: read apart,
 * its hour and minutes met any report giving 21 or 29 of anything.
 */
function clockKey(m: RegExpExecArray): string | null {
  let hour = Number(m[1]);
  const minutes = m[2]!;
  const half = (m[3] ?? '').toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return hour < 24 && Number(minutes) < 60 ? `@${hour}:${minutes}` : null;
}

/** Whether a time of day may start at `i` (a digit): a separator one or two places on, and no word or number just before. */
function clockMayStart(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  const sep = (c: number): boolean => c === 58 || c === 104 || c === 46; // ":", "h", "."
  if (!sep(next) && !(next >= 48 && next <= 57 && sep(text.charCodeAt(i + 2)))) return false;
  return i === 0 || !/[\p{L}\p{N}.,:]/u.test(text[i - 1]!);
}

/** A time of day where a number starts: hours, a colon (or "h", or a point before "Uhr"), two digits of minutes, am or pm. */
const CLOCK_AT = /(\d{1,2})(?::|h|\.(?=\d{2}\s?Uhr))(\d{2})(?!\d)(?:\s?([ap]\.?m\.?)(?![\p{L}]))?/iuy;

/** The key of one match of NUMBER (null when it reads as no number). */
function matchKey(m: RegExpExecArray, decimalComma: boolean): string | null {
  const value = readNumber(m[1]!, decimalComma);
  return value === null ? null : key(value * multiplier(m[2] ?? ''));
}

/*
 * Keys by the text of a match, for each decimal separator: a stream gives the same figures and years over and
 * over, and reading one ("3,2 млн") takes a split, a replace and up to five expressions. A match's text decides
 * its key: its digits (group 1) end where its multiplier word (group 2) begins. Emptied when full.
 */
const keysWithDecimalComma = new Map<string, string | null>();
const keysWithDecimalPoint = new Map<string, string | null>();
const KEYS_KEPT = 50_000;

/**
 * Calls `visit` with each match of NUMBER in the text, as matchAll gives them, but tried only where an ASCII digit
 * stands (where every match starts): a regular expression searching a long text for a digit behind a look-behind
 * tries it at every place. `clock` tells a time of day (CLOCK_AT) from a number. A plain loop, not a generator: the
 * loop reads every character of the text, and read inside a generator it took a quarter longer.
 */
function forEachNumberMatch(text: string, visit: (m: RegExpExecArray, clock: boolean) => void): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (clockMayStart(text, i)) {
      CLOCK_AT.lastIndex = i;
      const clock = CLOCK_AT.exec(text);
      if (clock !== null) {
        visit(clock, true);
        i = CLOCK_AT.lastIndex - 1;
        continue;
      }
    }
    NUMBER_AT.lastIndex = i;
    const m = NUMBER_AT.exec(text);
    if (m === null) continue;
    visit(m, false);
    i = NUMBER_AT.lastIndex - 1;
  }
}

/** A number as written in a language's own forms, exact (no rounding), with where it stands in the text. */
export interface LocalNumber {
  value: number;
  index: number;
  length: number;
}

/**
 * The numbers of a text read as `numberKeys` reads them (local separators, multiplier words, other scripts' digits),
 * but exact and with their place, for breakdowns that compare values: "3,2 млн" → 3 200 000, "1.200" (de) → 1200.
 * Digits of other scripts are one character each, so places hold for the original text.
 */
export function localNumbers(text: string, language: string): LocalNumber[] {
  const digits = asciiDigits(text);
  const ascii = mayHoldEastAsian(digits) ? apartFromCharacters(digits) : digits;
  const decimalComma = DECIMAL_COMMA.has(language);
  const out: LocalNumber[] = [];
  for (const m of ascii.matchAll(NUMBER)) {
    const value = readNumber(m[1]!, decimalComma);
    if (value === null) continue;
    const scale = multiplier(m[2] ?? '');
    out.push({ value: value * scale, index: m.index, length: scale === 1 ? m[1]!.length : m[0].length });
  }
  return out;
}

/**
 * A time of day as Chinese and Japanese write it ("上午9时25分", "下午3時05分", "9時25分") written with a colon in the same
 * number of characters ("9:25"), so it is read as the clock time it is ("@9:25", as "9:25 a.m." elsewhere) and not as
 * the numbers 9 and 25; an afternoon or evening marker before it adds twelve hours.
 */
const withColonClocks = (text: string): string =>
  text.replace(/(上午|下午|晚上|凌晨|午前|午後)?(\d{1,2})[时時](\d{1,2})分/gu, (all, half: string | undefined, h: string, m: string) => {
    const hour = Number(h) + (half !== undefined && /下午|晚上|午後/u.test(half) && Number(h) < 12 ? 12 : 0);
    return `${hour}:${m.padStart(2, '0')}`.padStart(all.length, ' ');
  });

/**
 * Chinese and Japanese write a number against the word before it ("抓获26名", "中断了80%", "12月31日"): a space in the
 * place of that character (same length, so places hold) lets it be read, where a letter before digits ("A380",
 * "MS08") is a code's and keeps them from being read as a number. Until 2026-12-04 `numberKeys` read no such number
 * (only `localNumbers` did), so a Chinese report's figures and dates gave the language bridge nothing.
 */
const apartFromCharacters = (text: string): string => text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}](?=\d)/gu, ' ');

const DECIMAL_COMMA = new Set(['de', 'fr', 'es', 'it', 'pt', 'ru', 'uk', 'sv', 'pl', 'nl', 'tr']);

/** Digits with thousands or decimal separators, then an optional multiplier word or sign. */
const NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[  .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])\s?(万|億|亿|千|百万|[\p{L}]+\.?)?/gu;
/** NUMBER matched only where it is told to start (sticky). */
const NUMBER_AT = new RegExp(NUMBER.source, 'uy');

function readNumber(raw: string, decimalComma: boolean): number | null {
  const thin = raw.replace(/[  ]/g, '');
  const [thousands, decimal] = decimalComma ? ['.', ','] : [',', '.'];
  const groups = thin.split(thousands);
  const grouped = groups.length > 1 && groups.slice(1).every((g) => /^\d{3}([.,]\d+)?$/.test(g));
  const plain = grouped ? groups.join('') : thin;
  const value = Number(plain.replace(decimal, '.'));
  return Number.isFinite(value) ? value : null;
}

function multiplier(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [pattern, scale] of SCALES) if (pattern.test(w)) return scale;
  return 1;
}

const SCALES: [RegExp, number][] = [
  [/^(thousand|tausend|mille|mil|mila|тысяч\p{L}*|тыс|тисяч\p{L}*|ألف|آلاف|千)$/u, 1e3],
  [/^(万)$/u, 1e4],
  [
    /^(million|millions|mio|millionen?|millón|millones|milione|milioni|milhão|milhões|миллион\p{L}*|млн|мільйон\p{L}*|مليون|ملايين|百万)$/u,
    1e6,
  ],
  [/^(亿|億)$/u, 1e8],
  [
    /^(billion|billions|bn|mrd|milliarden?|milliards?|miliardo|miliardi|bilhão|bilhões|mil millones|миллиард\p{L}*|млрд|мільярд\p{L}*|مليار\p{L}*)$/u,
    1e9,
  ],
];

/** Counts and years (under 10,000) stay exact; larger amounts keep two significant digits. */
function key(value: number): string {
  if (value < 10_000) return `#${Math.round(value * 10) / 10}`;
  return `#${Number(value.toPrecision(2))}`;
}

function asciiDigits(text: string): string {
  if (!hasOtherDigits(text)) return text;
  return text
    .replace(/\p{Nd}/gu, (d) => {
      const code = d.codePointAt(0)!;
      if (code <= 0x39) return d;
      for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
      return d;
    })
    .replace(/٫/g, '.')
    .replace(/٬/g, ',');
}

/** Whether the text holds a digit of a block in DIGIT_ZEROS or an Arabic separator (٫ ٬): most texts hold none, and need no rewriting. */
function hasOtherDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x660) continue;
    if (c <= 0x66c || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x966 && c <= 0x96f) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** Code points of "0" in the decimal digit blocks news text uses: Arabic-Indic, Eastern Arabic-Indic, Devanagari, full-width. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0xff10];
