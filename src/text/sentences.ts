import { MONTHS } from './dates.ts';

/** Words that end with a period without ending a sentence, lower-cased and without the final dot. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'gen',
  'gov',
  'sen',
  'rep',
  'col',
  'lt',
  'sgt',
  // Police, military and legal titles before a name: "Vancouver police Const. Tim Fanning said".
  'const',
  'det',
  'insp',
  'supt',
  'cpl',
  'pvt',
  'cmdr',
  'atty',
  'asst',
  'capt',
  'maj',
  'adm',
  'no',
  'nos',
  'fig',
  'approx',
  'dept',
  'est',
  'mt',
  'ft',
  'ave',
  'rev',
  'hon',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'd.c',
  'z.b',
  'd.h',
  'u.a',
  'usw',
  'bzw',
  'ca',
  'nr',
  'str',
  'hr',
  'fr',
  'vgl',
  'ggf',
  'inkl',
  'evtl',
  's.o',
  'u.ä',
  'o.ä',
  'mme',
  'mlle',
  'm',
  'mm',
  'cf',
  'av',
  'bd',
  'env',
  'sra',
  'srta',
  'dña',
  'ee.uu',
  'ud',
  'uds',
  'pág',
  'aprox',
  'т.е',
  'т.д',
  'т.п',
  'т.к',
  'т.н',
  'г',
  'гг',
  'ул',
  'им',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'грн',
  'см',
  'др',
  'пр',
  'ст',
  'н.э',
  'пер',
  'обл',
  'р',
  'чел',
  'вул',
  'м',
  'с',
  'проф',
  'акад',
  'див',
]);

/** A month and a day ("Sept. 15", "May. 3"): the period after the month is part of a date, not a sentence end. */
const MONTH_WORDS = new Set(MONTHS);

/**
 * Whether a code unit ends a sentence: . ! ? … 。 ！ ？ ؟ (each one code unit), read by code rather than by an
 * expression over a one-character string, since every character of a paragraph is asked.
 */
function isTerminator(c: number): boolean {
  switch (c) {
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x2026:
    case 0x3002:
    case 0xff01:
    case 0xff1f:
    case 0x61f:
      return true;
    default:
      return false;
  }
}
const CLOSERS = /[)"'”’»\]」』]/u;
/** German closes a quotation with “ („So ist es.“), which opens one elsewhere. */
const GERMAN_CLOSERS = /[)"'”’»\]“‘]/u;
const CJK_STOP = /[。！？]/u;

/** The word before a period: back to a space, an opening quote or bracket, or a slash ("Wittman/P.J." ends on "P.J"). */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && !/\s|[("'“‘«[/]/u.test(text[i] ?? ' ')) i--;
  return text.slice(i + 1, dot);
}

function isNonFinalPeriod(text: string, dot: number, next: string | undefined, language: string | null): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  // The last part of a hyphened word may be the abbreviation: "Aoraki-Mt. Cook", "Winston-Salem-St.".
  if (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.slice(lower.lastIndexOf('-') + 1))) return true;
  // A stop right after an opening bracket ends nothing: "a mark of 182-158 (. 464)" is a page's spacing of "(.464)".
  if (word === '' && text[dot - 1] === '(') return true;
  // Before a digit, a month is part of a date ("Sept. 15") and an article never ends a sentence ("a. 38-caliber
  // revolver" is a page's spacing of "a .38-caliber revolver").
  if (/\p{N}/u.test(next ?? '') && (MONTH_WORDS.has(lower) || /^(?:a|an|the)$/u.test(word))) return true;
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(word)) return true;
  // A letter after a number abbreviates its unit ("loans of 110 b. Euro", "3 m. people").
  if (/^\p{Ll}$/u.test(word) && /\d\s*$/u.test(text.slice(0, dot - 1))) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (language === 'de' && /^\d{1,2}$/.test(word)) return true;
  return false;
}

function countOf(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

/** A sentence opens on a capital, a digit, a quote or bracket, or a letter of a script without case (Arabic, Hebrew, Han, kana, Hangul). */
function startsSentence(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\p{Lu}\p{N}\p{Lo}"'“‘„‚«([¿¡—–-]/u.test(ch);
}

/** Quotes opened and closed apart from the closers read after a stop: French spaces its guillemets ("« Ils en ont le droit. » Les…"). */
const SPACED_CLOSERS: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
];

/** Where a sentence ending at `end` ends once a quote it opened is closed after a space ("… droit. »"). */
function closeSpacedQuote(text: string, start: number, end: number): number {
  let next = end;
  while (next < text.length && /\s/u.test(text[next] ?? '')) next++;
  const ch = text[next];
  if (next === end || ch === undefined) return end;
  const sentence = text.slice(start, end);
  for (const [open, close] of SPACED_CLOSERS) {
    if (ch === close && sentence.split(open).length > sentence.split(close).length) return next + 1;
  }
  return end;
}

function splitParagraph(text: string, language: string | null): string[] {
  const out: string[] = [];
  const closers = language === 'de' ? GERMAN_CLOSERS : CLOSERS;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    const ch = text[i]!;
    let end = i + 1;
    while (end < text.length && (isTerminator(text.charCodeAt(end)) || closers.test(text[end] ?? ''))) end++;
    end = closeSpacedQuote(text, start, end);
    if (CJK_STOP.test(ch)) {
      // Inside 「…」, 『…』 or “…” a stop ends the quoted sentence, not the one quoting it, nor does a quote that the
      // sentence goes on after (「…した。」と述べた。).
      const so = text.slice(start, end);
      if (countOf(so, /[「『“]/gu) > countOf(so, /[」』”]/gu)) continue;
      if (/[」』”]$/u.test(so) && /^\p{Script=Hiragana}/u.test(text.slice(end))) continue;
      out.push(text.slice(start, end));
      start = end;
      i = end - 1;
      continue;
    }
    if (end < text.length && !/\s/u.test(text[end] ?? '')) continue;
    let next = end;
    while (next < text.length && /\s/u.test(text[next] ?? '')) next++;
    if (next >= text.length) break;
    if (!startsSentence(text[next])) continue;
    if (ch === '.' && end === i + 1 && isNonFinalPeriod(text, i, text[next], language)) continue;
    out.push(text.slice(start, end));
    start = next;
    i = next - 1;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Splits text into sentences; `\n` always ends a sentence.
 * Knows common abbreviations in en, de, fr, es, ru and uk, decimals, initials and closing quotes.
 * @example splitSentences('Mr. Smith arrived. He spoke.') // ['Mr. Smith arrived.', 'He spoke.']
 */
export function splitSentences(text: string, language: string | null = null): string[] {
  const lang = language?.toLowerCase().slice(0, 2) ?? null;
  return text
    .split(/\n+/u)
    .flatMap((line) => line.split(LOST_BREAK))
    .flatMap((line, i) => (i === 0 ? splitOpeningHeading(line, lang) : [line]))
    .flatMap((line) => (lang === 'de' ? line.split(AFTER_GERMAN_QUOTE) : [line]))
    .flatMap((paragraph) => splitParagraph(paragraph.replace(SPACING, ' ').trim(), lang));
}

/**
 * Whitespace to write as one space: a run of two or more, or one that is not a space. The same text as replacing every
 * run (`/\s+/gu`), which also rewrote each single space between words, a part of the new string per word (three times
 * the time over the corpus's leads).
 */
const SPACING = /\s{2,}|[^\S ]/gu;

/**
 * Articles that open a sentence, capitalised, in the languages whose articles are words of their own (one-letter
 * ones such as English "A" and Portuguese "O" are left out, "Plan A is", and English "An" too, a given name in "Nguyen
 * Van An said").
 */
const OPENING_ARTICLES: Record<string, string> = {
  en: 'The',
  de: 'Der|Die|Das|Ein|Eine|Einen|Einem|Dem|Den',
  fr: 'Le|La|Les|Un|Une|Des',
  es: 'El|La|Los|Las|Un|Una',
  it: 'Il|Lo|La|Gli|Le|Un|Una|Uno',
  pt: 'Os|As|Um|Uma',
};
const HEADING_END = new Map(
  Object.entries(OPENING_ARTICLES).map(([language, articles]) => [
    language,
    new RegExp(String.raw`(?<=[\p{L}\p{N}])[ ]+(?=(?:${articles}) \p{Ll})`, 'u'),
  ]),
);
/** German closes a quotation without a stop before the next sentence ("„Wir gerieten in Panik“ Die US-Erdbebenwarte…"). */
const AFTER_GERMAN_QUOTE = new RegExp(String.raw`(?<=“)[ ]+(?=(?:${OPENING_ARTICLES.de}) \p{L})`, 'u');
/** Words a heading holds at least, and at most, for a lost break to be read after it. */
const HEADING_WORDS = { min: 3, max: 20 };
/** Nouns a title of a work follows ("le roman La peste", "den Roman Die unendliche Geschichte"): no heading ends on them. */
const BEFORE_A_TITLE =
  /(?:^|\s)(?:roman|romans|film|films|série|serie|series|livre|libro|novela|romanzo|chanson|canción|canzone|album|álbum|pièce|obra|opera|opéra|buch|lied|stück|title|titre|título|titolo|book|novel|song|show)$/iu;

/**
 * A heading run into the first sentence of a text, the line break between them lost: a capitalised article followed
 * by a word in lower case, straight after a word with no stop, in a text's first line before any stop ("Des
 * répliques secouent l'île de Qeshm, le bilan passe à 10 morts La sixième réplique a secoué…"). Mid-sentence an
 * article is written in lower case: a capitalised one opens a name ("Le Monde", followed by a capital) or the title of
 * a work ("le roman La peste", after the noun that introduces it), and neither is read as a break.
 */
function splitOpeningHeading(line: string, language: string | null): string[] {
  const end = language === null ? undefined : HEADING_END.get(language);
  const m = end?.exec(line);
  if (!m) return [line];
  const heading = line.slice(0, m.index).trim();
  const words = heading.split(/\s+/u).length;
  if (/[.!?…:;]/u.test(heading) || words < HEADING_WORDS.min || words > HEADING_WORDS.max || BEFORE_A_TITLE.test(heading)) return [line];
  return [heading, line.slice(m.index + m[0].length)];
}

/**
 * A space between two Chinese or Japanese characters: these scripts put no space between words or after a sentence,
 * so one there is a line break the markup lost, as between a heading and the text under it
 * ("海军在亚丁湾附近挫败索马里海盗袭击 周四，在亚丁湾巡逻的…").
 */
const LOST_BREAK =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[ \u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

/** Characters of scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
/** Characters per word in those scripts, about: most Chinese words are one or two characters, Japanese a little longer. */
const CHARS_PER_WORD = 2;

/**
 * About how many words a sentence holds: words between spaces, and in scripts written without spaces (Chinese,
 * Japanese, Thai) a word per CHARS_PER_WORD characters, so that "海军在亚丁湾附近挫败索马里海盗袭击。" counts as a
 * sentence of several words rather than one.
 */
export function wordCount(sentence: string): number {
  const unspaced = sentence.match(UNSPACED)?.length ?? 0;
  const spaced = sentence
    .replace(UNSPACED, ' ')
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.round(unspaced / CHARS_PER_WORD);
}
