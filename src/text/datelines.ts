/**
 * Date and time stamps and wire datelines that pages put before or instead of a sentence: "06/01/2025",
 * "Tuesday, July 2nd, 2013", "04 / 28 / 09 07:35 PM ET", "Posted: Nov 27, 2005 8:20 AM ET", "Originally published 05 / 03 / 2013 at 10:20 AM EDT", "Addis Ababa, June 2,
 * 2025 (ENA)—", "WASHINGTON, DC, April 28, 2009", "KALVIK, Norland (AP) —". They say when and where a page was
 * written, not what happened, and never reach a reader.
 */

/**
 * Month and weekday names in the catalog's languages (en, de, fr, es, it, pt, sv, ru and uk with their genitives,
 * ar), matched in any case ("СЕРЕДА, 29 ЛИПНЯ 2009 РОКУ").
 */
const MONTH = [
  String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|novemer|dec(?:ember)?)\.?`,
  'januar|februar|märz|mai|juni|juli|oktober|dezember',
  'janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro',
  'januari|februari|maj|augusti',
  'январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]',
  'січ(?:ень|ня)|лют(?:ий|ого)|берез(?:ень|ня)|квіт(?:ень|ня)|трав(?:ень|ня)|черв(?:ень|ня)|лип(?:ень|ня)|серп(?:ень|ня)|верес(?:ень|ня)|жовт(?:ень|ня)|листопада?|груд(?:ень|ня)',
  'يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر',
  // The Levantine names, often given beside the others ("أغسطس/آب", "أبريل (نيسان)").
  String.raw`كانون\s+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\s+الأول|تشرين\s+الثاني|كانون\s+الأول`,
].join('|');
const WEEKDAY = [
  String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?`,
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica',
  '(?:segunda|terça|quarta|quinta|sexta)-feira',
  'måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag',
  'понедельник|вторник|среда|четверг|пятница|суббота|воскресенье',
  "понеділок|вівторок|середа|четвер|п['’ʼ]?ятниця|субота|неділя",
  'الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت',
].join('|');
/** A month, perhaps with its other name beside it after a slash or in brackets ("أغسطس/آب", "أبريل (نيسان)"). */
const MONTH_NAMES = String.raw`(?:${MONTH})(?:\s*(?:/|\()\s*(?:${MONTH})\s*\)?)?`;
/** "2nd", and the point German and Scandinavian dates write ("28. November"). */
const ORDINAL = String.raw`(?:st|nd|rd|th|er|\.)?`;
/** A year, with the word Russian and Ukrainian write after it ("2013 года", "2009 року"). */
const YEAR = String.raw`(?:1[89]|20)\d\d(?:\s*(?:года|г\.|року|р\.))?`;
/** Spanish and Portuguese join day, month and year with "de" ("22 de julio de 2013"). */
const OF = String.raw`(?:\s+de)?`;
const DATE = [
  String.raw`\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*(?:\d{4}|\d{2})(?!\d)`,
  String.raw`\d{4}-\d{1,2}-\d{1,2}`,
  String.raw`(?:${MONTH})\s*\d{1,2}${ORDINAL}(?:\s*[,-]?\s*${YEAR})?(?!\d)`,
  String.raw`\d{1,2}${ORDINAL}${OF}\s+${MONTH_NAMES}(?:${OF}\s*,?\s*${YEAR})?(?!\d)`,
  String.raw`(?:${MONTH})${OF}\s+${YEAR}`,
].join('|');
/** Chinese, Japanese and Korean dates and times, written without spaces: "2011年11月11日", "10時15分", "22時07分（GMT）". */
const CJK = String.raw`(?:\d{4}\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일](?:\s*[（(][^）)]{1,4}[）)])?|\d{1,2}\s*[時时]\s*\d{1,2}\s*分(?:\s*[（(][^）)]{1,6}[）)])?`;
const ZONE = String.raw`(?:gmt|utc|bst|cet|cest|et|edt|est|cdt|cst|mdt|mst|pdt|pst|ist|aest|aedt|hkt|jst|msk)(?:[+-]\d{1,2}(?::?\d{2})?)?`;
const TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?|uhr|h)?(?:\s*${ZONE})?|\d{1,2}h\d{2}|\d{1,2}\s?[ap]\.?m\.?(?:\s*${ZONE})?|\d{4}\s*${ZONE})(?:\s*\((?:\d{3,4}\s*)?${ZONE}\))?`;
/** Words of a stamp around its date and time: "Posted", "Zuletzt aktualisiert", "Última actualización", "更新时间". */
const LEAD_WORD = [
  String.raw`(?:(?:article|story|page|post)\s+)?(?:originally\s+)?(?:posted|updated|published)|(?:page\s+)?last\s+updated|first\s+posted|first\s+published|modified|created|date|on|at|hrs`,
  String.raw`(?:zuletzt\s+)?aktualisiert|veröffentlicht|stand|am|um`,
  String.raw`mis\s+à\s+jour|publié|le|à`,
  String.raw`última\s+actualización|actualizado|publicado|el|a\s+las`,
  String.raw`aggiornato|pubblicato|il|alle|ore`,
  String.raw`atualizado|em|às`,
  String.raw`последнее\s+обновление|обновлено|опубликовано|в|оновлено|опубліковано|о`,
  String.raw`最終更新|最终更新|最後更新|最后更新|更新时间|更新時間|更新日時|发布时间|發佈時間|更新|发布|公開|配信`,
  // Read with the vowel marks taken out (isStamp): "نُشر في", "الساعة 11:10 صباحاً بتوقيت شرق الولايات المتحدة".
  String.raw`آخر\s+تحديث|تحديث|نشر(?:\s+في)?|الساعة|صباحا|مساء|ظهرا|فجرا|بتوقيت(?:\s+\p{Script=Arabic}+){1,3}`,
  WEEKDAY,
  ZONE,
].join('|');
/** One piece of a stamp: a date, a time, a stamp word; separators between them ("Jul 13, 2009 / 02:00 pm"). */
const PIECE = String.raw`(?:(?:${DATE}|${TIME}|${LEAD_WORD})(?![\p{L}\d])|${CJK})`;
const SEPARATOR = String.raw`[\s,.|/:;·•–—\-：，、。،]*`;
const STAMP = new RegExp(String.raw`^${SEPARATOR}(?:${PIECE}${SEPARATOR})+`, 'iu');
const HAS_DATE_OR_TIME = new RegExp(String.raw`(?:^|[^\p{L}\d])(?:${DATE}|${TIME})|${CJK}`, 'iu');

/**
 * A pattern source matching its letters in either case, for patterns whose other parts must keep case (places start
 * upper-case). Inside a character class both cases join the class ("[ья]" → "[ьЬяЯ]").
 */
function caseless(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[' || c === ']') {
      inClass = c === '[';
      out += c;
    } else if (c.toLowerCase() !== c.toUpperCase()) {
      const both = `${c.toLowerCase()}${c.toUpperCase()}`;
      out += inClass ? both : `[${both}]`;
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

/** Arabic vowel marks and the stretching stroke: not part of a word's spelling ("نُشر" is "نشر", "ظهرًا" is "ظهرا"). */
const ARABIC_MARKS = /[\u064B-\u0652\u0640]/u;

/**
 * The length of a date/time stamp or wire dateline opening the text (0 when there is none), read without Arabic vowel
 * marks and measured in the text as written.
 */
export function leadingStamp(text: string): number {
  if (!ARABIC_MARKS.test(text)) return stampLength(text);
  // Where each letter of the text without marks stands in the text (one more place for the end).
  const at: number[] = [];
  let bare = '';
  for (let i = 0; i < text.length; i++) {
    if (ARABIC_MARKS.test(text[i]!)) continue;
    at.push(i);
    bare += text[i];
  }
  at.push(text.length);
  return at[stampLength(bare)]!;
}

/** The length of a stamp or dateline opening the text. Stamps may repeat ("06/01/2025 June 1, 2025"). */
function stampLength(text: string): number {
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

/**
 * Words that join a stamp's pieces ("Posted on …", "Aktualisiert am … um …", "… às 10h") but also open and close plain
 * prose: "On October 1-2 Ashgabat hosts…", "El 16 de diciembre, el Gobierno…".
 */
const LINK_WORD = String.raw`on|at|am|um|le|à|el|a\s+las|il|alle|em|às|в|о`;
/** A stamp opening on a joining word and giving no clock time is a sentence's own opening phrase ("On Tuesday, July 2…"). */
const OPENS_ON_LINK = new RegExp(String.raw`^${SEPARATOR}(?:${LINK_WORD})\s`, 'iu');
const CLOCK = new RegExp(String.raw`(?:^|[^\p{L}\d])(?:${TIME})`, 'iu');
/** A joining word ending a stamp belongs to the sentence after it ("…, el Gobierno"). */
const ENDS_ON_LINK = new RegExp(String.raw`(?:^|[^\p{L}])(?:${LINK_WORD})\s*$`, 'iu');

/**
 * The text without a stamp or dateline opening it, when what follows still reads as a sentence. Not stripped: a
 * sentence's own opening phrase ("On October 1-2 Ashgabat hosts…", "El 16 de diciembre, el Gobierno…"), nor a stamp
 * that would end inside a range of numbers ("October 1-" of "October 1-2").
 */
export function withoutStamp(text: string): string {
  let at = leadingStamp(text);
  if (at === 0) return text;
  const stamp = text.slice(0, at);
  if (OPENS_ON_LINK.test(stamp) && !CLOCK.test(stamp)) return text;
  const link = ENDS_ON_LINK.exec(stamp);
  if (link !== null) at -= link[0].length - (/^[^\p{L}]/u.test(link[0]) ? 1 : 0);
  if (/[-–/]\s*$/u.test(text.slice(0, at)) && /^\s*\d/u.test(text.slice(at))) return text;
  const rest = text.slice(at).trim();
  // A sentence follows: capitalised and of three words or more, or in a script without case and spaces (Chinese, Japanese, Arabic) long enough for one.
  const sentence =
    (/^["'“‘(\p{Lu}\p{N}]/u.test(rest) && rest.split(/\s+/u).length >= 3) || (/^[「『“(\p{Lo}]/u.test(rest) && rest.length >= 8);
  return sentence ? rest : text;
}

/** True when the text is only a stamp, a dateline, or a place and a date, perhaps under a short label ("End of Watch: Friday, June 24, 2005"): nothing a reader needs. */
export function isStamp(text: string): boolean {
  const t = text.trim().replace(new RegExp(ARABIC_MARKS.source, 'gu'), '');
  if (t === '') return false;
  const labelled = /^\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,3}\s*:\s*(.+)$/u.exec(t);
  if (labelled !== null && HAS_DATE_OR_TIME.test(labelled[1]!) && isStamp(labelled[1]!)) return true;
  if (PLACE_AND_DATE.test(t)) return true;
  const at = leadingStamp(t);
  if (at === 0) return false;
  const rest = t.slice(at);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length <= 1;
}
