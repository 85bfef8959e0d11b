/**
 * Date and time stamps and wire datelines that pages put before or instead of a sentence: "06/01/2025",
 * "Tuesday, July 2nd, 2013", "04 / 28 / 09 07:35 PM ET", "Posted: Nov 27, 2005 8:20 AM ET", "Originally published 05 / 03 / 2013 at 10:20 AM EDT", "Addis Ababa, June 2,
 * 2025 (ENA)—", "WASHINGTON, DC, April 28, 2009", "KALVIK, Norland (AP) —". They say when and where a page was
 * written, not what happened, and never reach a reader.
 */

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|novemer|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?`;
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)`;
const ORDINAL = String.raw`(?:st|nd|rd|th|er)?`;
const YEAR = String.raw`(?:1[89]|20)\d\d`;
const DATE = [
  String.raw`\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*(?:\d{4}|\d{2})(?!\d)`,
  String.raw`\d{4}-\d{1,2}-\d{1,2}`,
  String.raw`${MONTH}\s*\d{1,2}${ORDINAL}(?:\s*[,-]?\s*${YEAR})?(?!\d)`,
  String.raw`\d{1,2}${ORDINAL}\s+${MONTH}(?:\s*,?\s*${YEAR})?(?!\d)`,
  String.raw`${MONTH}\s+${YEAR}`,
].join('|');
const ZONE = String.raw`(?:gmt|utc|bst|cet|cest|et|edt|est|cdt|cst|mdt|mst|pdt|pst|ist|aest|aedt|hkt|jst|msk)(?:[+-]\d{1,2}(?::?\d{2})?)?`;
const TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*${ZONE})?|\d{1,2}\s?[ap]\.?m\.?(?:\s*${ZONE})?|\d{4}\s*${ZONE})(?:\s*\(\d{3,4}\s*${ZONE}\))?`;
const LEAD_WORD = String.raw`(?:originally\s+)?(?:posted|updated|published)|last\s+updated|first\s+posted|first\s+published|modified|created|date|on|at|hrs|${WEEKDAY}|${ZONE}`;
/** One piece of a stamp: a date, a time, a stamp word; separators between them. */
const PIECE = String.raw`(?:${DATE}|${TIME}|${LEAD_WORD})(?![\p{L}\d])`;
const SEPARATOR = String.raw`[\s,|:;·•–—\-]*`;
const STAMP = new RegExp(String.raw`^${SEPARATOR}(?:${PIECE}${SEPARATOR})+`, 'iu');
const HAS_DATE_OR_TIME = new RegExp(String.raw`(?:^|[^\p{L}\d])(?:${DATE}|${TIME})`, 'iu');

/** A pattern source matching its letters in either case, for patterns whose other parts must keep case (places start upper-case). */
function caseless(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c.toLowerCase() !== c.toUpperCase()) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else {
      out += c;
    }
  }
  return out;
}
const DATE_ANY_CASE = caseless(DATE);

/** A place in capitals or title case, an optional region, date and agency, then a dash or colon: a wire dateline. */
const PLACE = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}`;
const DATELINE = new RegExp(
  String.raw`^${PLACE}(?:,\s*${PLACE})?(?:,?\s*(?:${DATE_ANY_CASE}))?\s*(?:\((?:[^)]{1,30})\))\s*[—–-]+\s*|^\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*(?:,\s*${PLACE})?(?:,?\s*(?:${DATE_ANY_CASE}))?\s*[—–-]+\s+|^${PLACE}(?:,\s*${PLACE})?,\s*(?:${DATE_ANY_CASE})\s*[—–:-]+\s*`,
  'u',
);
/** A place and date with nothing after, perhaps with its agency: "WASHINGTON, DC, April 28, 2009", "Mumbai, Nov 11 -", "Addis Ababa, June 2, 2025 (ENA)". */
const PLACE_AND_DATE = new RegExp(
  String.raw`^${PLACE}(?:,\s*${PLACE})?,?\s*(?:${DATE_ANY_CASE})(?:${SEPARATOR}\d{1,2}[:.]\d{2}(?:\s*\p{L}{1,4})*)?(?:\s*\([^)]{1,30}\))?${SEPARATOR}$`,
  'u',
);

/** The length of a date/time stamp or wire dateline opening the text (0 when there is none). Stamps may repeat ("06/01/2025 June 1, 2025"). */
export function leadingStamp(text: string): number {
  let at = 0;
  for (let round = 0; round < 3; round++) {
    const rest = text.slice(at);
    const stamp = STAMP.exec(rest);
    if (stamp !== null && HAS_DATE_OR_TIME.test(stamp[0])) {
      at += stamp[0].length;
      continue;
    }
    const dateline = DATELINE.exec(rest);
    if (dateline !== null && dateline[0].split(/\s+/u).length <= 12) {
      at += dateline[0].length;
      continue;
    }
    break;
  }
  return at;
}

/** The text without a stamp or dateline opening it, when what follows still reads as a sentence. */
export function withoutStamp(text: string): string {
  const at = leadingStamp(text);
  if (at === 0) return text;
  const rest = text.slice(at).trim();
  return /^["'“‘(\p{Lu}\p{N}]/u.test(rest) && rest.split(/\s+/u).length >= 3 ? rest : text;
}

/** True when the text is only a stamp, a dateline, or a place and a date, perhaps under a short label ("End of Watch: Friday, June 24, 2005"): nothing a reader needs. */
export function isStamp(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  const labelled = /^\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,3}\s*:\s*(.+)$/u.exec(t);
  if (labelled !== null && HAS_DATE_OR_TIME.test(labelled[1]!) && isStamp(labelled[1]!)) return true;
  if (PLACE_AND_DATE.test(t)) return true;
  const at = leadingStamp(t);
  if (at === 0) return false;
  const rest = t.slice(at);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length <= 1;
}
