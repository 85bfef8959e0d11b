/**
 * Dates written out in text ("April 28, 2009", "28 November 2005", "Dec. 14", "11/28/05", "08.07.2012",
 * "28 ноября 2005 г.", "28 de noviembre de 2005"): they say when a report was written, not what happened.
 */

/** An English weekday's or month's name, any case: "Monday", "march"; a day, no name of a person or a place. */
export const CALENDAR_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** Month names and their usual abbreviations in en, de, fr, es, ru, uk (nominative and genitive). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'januar',
  'jänner',
  'februar',
  'märz',
  'mai',
  'juni',
  'juli',
  'oktober',
  'dezember',
  'mär',
  'okt',
  'dez',
  'janvier',
  'février',
  'mars',
  'avril',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'janv',
  'févr',
  'fév',
  'avr',
  'juil',
  'déc',
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'ene',
  'abr',
  'ago',
  'dic',
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
  'янв',
  'фев',
  'мар',
  'апр',
  'июн',
  'июл',
  'авг',
  'сен',
  'сент',
  'окт',
  'ноя',
  'дек',
  'січня',
  'лютого',
  'березня',
  'квітня',
  'травня',
  'червня',
  'липня',
  'серпня',
  'вересня',
  'жовтня',
  'листопада',
  'грудня',
  'січень',
  'лютий',
  'березень',
  'квітень',
  'травень',
  'червень',
  'липень',
  'серпень',
  'вересень',
  'жовтень',
  'листопад',
  'грудень',
  'січ',
  'лют',
  'бер',
  'квіт',
  'трав',
  'черв',
  'лип',
  'серп',
  'вер',
  'жовт',
  'лист',
  'груд',
];
/** English month names that are also common words: a date only when capitalised ("3 May", not "3 may die"). */
const LOWER_CASE_WORDS = new Set(['may', 'march']);

const MONTH = `(?<month>${[...MONTHS].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = String.raw`(?<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|-?го|-?е)?`;
const YEAR = String.raw`(?<year>(?:1[89]|2\d)\d\d)(?:\s*(?:г\.|года|р\.|року))?`;
const DE = String.raw`(?:de\s+)?`;
const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}.,])`;
const NOT_AFTER = String.raw`(?![\p{L}\p{N}])`;
const YEAR_AFTER = String.raw`(?:,?\s*${DE}${YEAR})?`;

const PATTERNS: RegExp[] = [
  // 28 November 2005, 28. November 2005, 28 de noviembre de 2005, 28 ноября 2005 г.
  new RegExp(`${NOT_BEFORE}${DAY}\\s*${DE}${MONTH}${NOT_AFTER}${YEAR_AFTER}`, 'giu'),
  // April 28, 2009; Dec. 14; APR 28; November 28th, 2005
  new RegExp(`${NOT_BEFORE}${MONTH}\\s*${DAY}${NOT_AFTER}${YEAR_AFTER}`, 'giu'),
  // November 2005, noviembre de 2005
  new RegExp(`${NOT_BEFORE}${MONTH}\\s*,?\\s*${DE}${YEAR}${NOT_AFTER}`, 'giu'),
  // 11/28/05, 11 / 28 / 2005, 08.07.2012, 28.11.05
  new RegExp(String.raw`${NOT_BEFORE}\d{1,2}\s*([./])\s*\d{1,2}\s*\1\s*(?<year>\d{4}|\d{2})${NOT_AFTER}`, 'gu'),
  // 2005-11-28, 2005/11/28
  new RegExp(String.raw`${NOT_BEFORE}(?<year>\d{4})([-/])\d{1,2}\2\d{1,2}${NOT_AFTER}`, 'gu'),
];

/**
 * The text with its written dates blanked out but for a four-digit year ("April 28, 2009" -> " 2009 "):
 * the year a report gives is what tells this year's election from the last one, while a day of the
 * month is when the page was written. Lower-case "may" and "march" are words, not months.
 */
export function withoutDates(text: string): string {
  if (!/\d/.test(text)) return text;
  let out = text;
  for (const pattern of PATTERNS) {
    out = out.replace(pattern, (...args) => {
      const match = args[0] as string;
      const groups = args[args.length - 1] as { month?: string; year?: string };
      if (groups.month !== undefined && LOWER_CASE_WORDS.has(groups.month) && groups.month === groups.month.toLowerCase()) return match;
      const year = groups.year;
      return year !== undefined && year.length === 4 ? ` ${year} ` : ' ';
    });
  }
  return out;
}
