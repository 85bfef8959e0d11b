import { isStamp, withoutStamp } from '../text/datelines.ts';
import { unicodeWords } from '../text/unicode-regex.ts';

const PATTERNS: RegExp[] = [
  /^(photo|image|picture|foto|bild|фото|video|vidéo)\s*(:|by\b|credit|\/)/iu,
  /\b(getty images|ap photo|afp photo|reuters\/|via getty|shutterstock|photo credit|picture alliance)\b/iu,
  /^(image|media|photo) caption\b/iu,
  /^(sponsor message|advertisement|anzeige|werbung|publicité|publicidad|реклама)\.?$/iu,
  /^(read more|read also|see also|related|more on this|mehr zum thema|lesen sie auch|lire aussi|à lire aussi|lee también|читайте также|читайте також)\b/iu,
  /\b(sign up for|subscribe to|newsletter|abonnieren sie|inscrivez-vous|suscríbete|подпишитесь|підписуйтесь)\b/iu,
  /\b(follow us on|folgen sie uns|suivez-nous|síguenos|подписывайтесь на нас|стежте за нами)\b/iu,
  /\b(copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|все права защищены|всі права захищені)\b/iu,
  /©/u,
  /\((reporting|writing|additional reporting) by\b/iu,
  /^(reporting|editing|writing|additional reporting) by\b/iu,
  /\bediting by\b/iu,
  /^(share|share this( article)?|teilen|partager|compartir|поделиться|поділитися)( on \w+)?\.?$/iu,
  /^(updated|published|last updated|aktualisiert|mis à jour|actualizado|обновлено|оновлено)\b.{0,40}$/iu,
  /\b(cookies?)\b.*\b(accept|consent|use|akzeptieren|accepter)\b/iu,
  /^(click here|tap here|klicken sie hier)\b/iu,
  /^(for more (information|info|details)|weitere informationen|pour plus d'informations|para más información)\b/iu,
  /\b(anyone with (any )?information|(is|are) (asked|urged) to (contact|call|ring)|crimestoppers)\b/iu,
  // A blog platform's post line: "On behalf of Newman & Newman, LLP. posted in Hit and Run Accidents on Friday, …".
  /^(?:on behalf of .{1,80}?\s+)?posted (?:in|under) .{1,80}? on .{0,40}\d{4}\.?$/iu,
].map(unicodeWords);

const BYLINE =
  /^([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Аа]втор|[Аа]вторка)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|und|et|y|и|і|de|van|von))*\s*([,|–—-].{0,40})?$/u;
const DATELINE = /^\p{Lu}{2,}[\p{Lu}\s.'’-]*(,\s*[\p{L}\s.'’-]{1,30})?\s*(\([^)]{1,25}\))?\s*[—–-]*\s*$/u;
const DATE_ONLY = /^[\p{L}]*,?\s*(\d{1,2}[./ ]\s*[\p{L}\d]+[./ ]\s*\d{2,4}|[\p{L}]+ \d{1,2},? \d{4})([,\s]+\d{1,2}[:.]\d{2}.*)?$/u;

/** True when a sentence is page furniture (credits, promos, bylines, copyright, datelines alone), not reporting. */
export function isBoilerplate(sentence: string): boolean {
  const s = sentence.trim();
  if (s.length === 0) return true;
  if (PATTERNS.some((re) => re.test(s)) || isStamp(s) || isFragment(s)) return true;
  const words = s.split(/\s+/u).length;
  if (words <= 8 && BYLINE.test(s)) return true;
  if (words <= 6 && DATELINE.test(s) && !/[.!?]$/u.test(s)) return true;
  return words <= 8 && DATE_ONLY.test(s);
}

/** Words a complete sentence does not end on: a sentence ending "…carrying a." was cut off mid-phrase. */
const DANGLING = /\b(a|an|the|of|to|and|or|with|for|from|by|at|in|on|his|her|their|its|that|der|die|das|le|la|les|el|los)\s*[.!?]?$/iu;

/**
 * True when a sentence is an out-of-context fragment: cut off mid-phrase, opening on a word in lower case, or opening
 * on a mark that carries on from text before it (a dash, a comma, an ellipsis: "… ok, so, the Sox have the high
 * offer…", a blog's run-on, had been a summary line). A name written with a capital inside ("iPhone sales rose",
 * "eBay said") opens a sentence.
 */
export function isFragment(sentence: string): boolean {
  const s = sentence.trim();
  return DANGLING.test(s) || /^\p{Ll}+(?![\p{L}])/u.test(s) || /^[-–—.,;:…]/u.test(s);
}

/**
 * Removes a leading wire dateline ("KALVIK, Norland (AP) — ", "Addis Ababa, June 2, 2025 (ENA)— ", WIRE_DATELINES) or
 * date/time stamp ("06/01/2025 June 1, 2025 ") from a sentence, keeping the outlet's words.
 */
export function stripDateline(sentence: string): string {
  return withoutStamp(stripWireDateline(sentence));
}

/**
 * Wire datelines as agencies in the catalog's languages write them, each opening a sentence:
 * - a place, perhaps a date, and the agency in brackets before a dash: "KALVIK, Norland (AP) — ", "MADRID, 5 mar
 *   (EFE).- ", "القاهرة (رويترز) - " (Arabic writes no capitals, so a letter of a caseless script may open it);
 * - Russian and Ukrainian agencies: "МОСКВА, 5 марта. /ТАСС/. ", "КИЕВ, 5 мар — РИА Новости. ";
 * - Chinese agencies: "新华社北京3月5日电（记者张三）", "【中新网北京3月5日电】";
 * - Japanese agencies in square brackets: "[東京 5日 ロイター] - ";
 * - two places or more joined by slashes before a colon, a report filed from several cities: "New Delhi / Mumbai: ".
 */
const WIRE_DATELINES = [
  /^[\p{Lu}\p{Lo}][\p{L}\d .,'’-]{0,60}\([^)]{1,30}\)\.?\s*[—–-]+\s*/u,
  /^\p{Lu}{2,}[\p{Lu}\s-]*,\s*\d{1,2}\s+\p{L}{3,}\.?\s*(?:\/[^/]{2,25}\/|[—–-]\s*(?:РИА Новости|ТАСС|ИТАР-ТАСС|Интерфакс|Interfax|УНИАН|Укринформ|Укрінформ|РБК|Прайм))\.?\s*/u,
  /^[【[]?[\p{Script=Han}]{2,12}?\d{1,2}月\d{1,2}日(?:电|讯|電)[】\]]?(?:[（(][^）)]{1,20}[）)])?\s*/u,
  /^[[［][^\]］]{2,30}(?:ロイター|共同|時事|AFP|ブルームバーグ)[\]］]\s*[-–—]?\s*/u,
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})+\s*:\s*/u,
];

function stripWireDateline(sentence: string): string {
  for (const re of WIRE_DATELINES) {
    const m = re.exec(sentence);
    const rest = m === null ? '' : sentence.slice(m[0].length);
    // What follows must open a sentence: a capital, a figure, a quotation, or a letter of a script without case.
    if (m !== null && m[0].split(/\s+/u).length <= 9 && rest.length > 6 && /^["'“‘«(\p{Lu}\p{Lo}\p{N}]/u.test(rest)) return rest;
  }
  return sentence;
}
