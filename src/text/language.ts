import { franc } from 'franc';

/** Languages Parallax tokenises with stopwords and stemming (the first six) or without stemming (the rest). */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'uk', 'it', 'pt', 'ar', 'zh', 'ja'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const FROM_ISO3: Record<string, SupportedLanguage> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  rus: 'ru',
  ukr: 'uk',
  ita: 'it',
  por: 'pt',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
};
const LATIN_ONLY = ['eng', 'deu', 'fra', 'spa', 'ita', 'por'];

/** Fallback when nothing else decides: the language most feeds are in. */
export const DEFAULT_LANGUAGE: SupportedLanguage = 'en';

/**
 * The language of a text as an ISO 639-1 code. A declared code (feed or page, e.g. "en-GB") wins unless the
 * text is written in a script the declared language does not use (checkedLanguage); otherwise the script
 * decides where it can (Cyrillic, Arabic, Han, kana, Hangul, Hebrew, Greek) and franc, limited to supported
 * Latin-script languages, decides the rest. Short texts fall back to `fallback`.
 */
export function detectLanguage({
  text,
  declared,
  fallback = DEFAULT_LANGUAGE,
}: {
  text: string;
  declared?: string | null;
  fallback?: string;
}): string {
  const checked = checkedLanguage(declared, text);
  if (checked) return checked;
  const byScript = languageByScript(text);
  if (byScript) return byScript;
  if (text.length < 24) return fallback;
  const guess = franc(text, { only: LATIN_ONLY, minLength: 24 });
  return FROM_ISO3[guess] ?? fallback;
}

/**
 * A declared language as a two-letter code, or null when there is none or the text contradicts it: its
 * letters are mostly of a script the declared language is not written in. Many sites keep their
 * publishing system's default (`<language>en-us</language>` over Arabic or Chinese items), and a text
 * read as the wrong language is stemmed, split and matched wrongly everywhere after. Between languages
 * of one script the declaration stands here, where every read of a text asks (a short text's guess is not
 * better than a declaration); recordedLanguage, asked once per item, also weighs a long text's words.
 */
export function checkedLanguage(declared: string | null | undefined, text: string): string | null {
  const code = declared?.trim().toLowerCase().slice(0, 2);
  if (!code || !/^[a-z]{2}$/.test(code)) return null;
  const written = mainScript(text);
  const script = SCRIPT_OF[code] ?? 'latin';
  return written === null || script === 'any' || written === script ? code : null;
}

/**
 * The language to record for a text its source declares a language for: the declaration, unless the text's script
 * contradicts it or, between English, German, French, Spanish, Italian and Portuguese, its words do (in a text long
 * enough to judge); then the language the text shows. Null when nothing is declared (later readers detect it).
 */
export function recordedLanguage(declared: string | null | undefined, text: string): string | null {
  if (!declared) return null;
  const checked = checkedLanguage(declared, text);
  if (checked === null) return detectLanguage({ text });
  if (!LATIN_DETECTED.has(checked) || text.length < LATIN_EVIDENCE) return checked;
  // Between the Latin-script languages franc tells apart, a text long enough to judge says which it is: a German item
  // in a feed declaring English is German. (Read once, when an item is recorded; clustering trusts what was recorded.)
  return FROM_ISO3[franc(text.slice(0, LATIN_SAMPLE), { only: LATIN_ONLY, minLength: 24 })] ?? checked;
}

/**
 * The catalog's languages by the script they are written in (as `writtenIn` names it), English first among the Latin
 * ones: the languages a few typed words of a script may be in, when too few to tell which.
 */
export const LANGUAGES_OF_SCRIPT: Readonly<Record<string, readonly string[]>> = {
  latin: ['en', 'de', 'fr', 'es', 'it', 'pt'],
  cyrillic: ['ru', 'uk'],
  arabic: ['ar'],
  han: ['zh', 'ja'],
};

/** The Latin-script languages franc is asked about (LATIN_ONLY), by their two-letter codes. */
const LATIN_DETECTED = new Set(LANGUAGES_OF_SCRIPT.latin);
/**
 * Characters a text needs before its words overrule a declared Latin-script language, and the characters read: on the
 * dev corpus and its reports in other languages, franc's guess from 600 characters was right for all 734 such texts of
 * 300 characters or more.
 */
const LATIN_EVIDENCE = 300;
const LATIN_SAMPLE = 600;

/**
 * Scripts of the languages not written in Latin letters (Japanese counts as Han: kanji with kana); "any" for those
 * written in two (Serbian, Kazakh, Uzbek, Azerbaijani), whose declaration always stands.
 */
const SCRIPT_OF: Record<string, string> = {
  ru: 'cyrillic',
  uk: 'cyrillic',
  be: 'cyrillic',
  bg: 'cyrillic',
  mk: 'cyrillic',
  kk: 'any',
  sr: 'any',
  uz: 'any',
  az: 'any',
  ar: 'arabic',
  fa: 'arabic',
  ur: 'arabic',
  zh: 'han',
  ja: 'han',
  ko: 'hangul',
  he: 'hebrew',
  yi: 'hebrew',
  el: 'greek',
};
/** Letters a text needs before its script overrules a declaration: a headline's worth. */
const SCRIPT_EVIDENCE = 20;
/** Characters read to tell a text's script: its opening says it, and every article is checked. */
const SCRIPT_SAMPLE = 600;

/** Scripts told apart by scriptCounts, in the order of scriptOfChar's answers; mainScript counts kana as Han. */
const SCRIPT_NAMES = ['latin', 'cyrillic', 'arabic', 'han', 'hangul', 'hebrew', 'greek', 'kana'];
const [LATIN, CYRILLIC, ARABIC, HAN, HANGUL, HEBREW, GREEK, KANA] = [0, 1, 2, 3, 4, 5, 6, 7] as const;

/** The script of one letter by its code point, as an index into SCRIPT_NAMES; -1 for anything else. */
function scriptOfChar(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return LATIN;
  if (c < 0x370) return -1;
  if (c <= 0x3ff) return GREEK;
  if (c >= 0x400 && c <= 0x52f) return CYRILLIC;
  if (c >= 0x590 && c <= 0x5ff) return HEBREW;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff))
    return ARABIC;
  // Kana, without the marks Chinese writes too: the middle dot of foreign names (・) and the long vowel sign (ー).
  if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x309d && c <= 0x309f) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fd && c <= 0x30ff))
    return KANA;
  if (c >= 0x3040 && c <= 0x30ff) return -1;
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return HAN;
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return HANGUL;
  return -1;
}

/** How many letters of each script (SCRIPT_NAMES' order) the first `chars` characters of a text hold, in one pass. */
function scriptCounts(text: string, chars: number): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  const end = Math.min(text.length, chars);
  for (let i = 0; i < end; i++) {
    const script = scriptOfChar(text.charCodeAt(i));
    if (script >= 0) counts[script]!++;
  }
  return counts;
}

/** The script most of a text's letters are in, however few ("latin", "cyrillic", "han" with kana…); null without letters. */
export function writtenIn(text: string): string | null {
  return mainScript(text, 1);
}

/**
 * The script most of a text's letters are in (Japanese kana counts as Han), or null for a text with fewer than
 * `evidence` letters in it to say.
 */
function mainScript(text: string, evidence = SCRIPT_EVIDENCE): string | null {
  const counts = scriptCounts(text, SCRIPT_SAMPLE);
  counts[HAN]! += counts[KANA]!;
  counts[KANA] = 0;
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return counts[best]! >= evidence ? SCRIPT_NAMES[best]! : null;
}

/** Decides languages whose script alone tells them apart (Korean, Hebrew and Greek are read unstemmed); null for Latin or mixed text. */
function languageByScript(text: string): string | null {
  const counts = scriptCounts(text, 2000);
  const han = counts[HAN]! + counts[KANA]!;
  const top = Math.max(counts[CYRILLIC]!, counts[LATIN]!, counts[ARABIC]!, han, counts[HANGUL]!, counts[HEBREW]!, counts[GREEK]!);
  if (top === 0 || top === counts[LATIN]) return null;
  if (top === counts[CYRILLIC]) return ukrainianOrRussian(text.slice(0, 2000));
  if (top === counts[ARABIC]) return 'ar';
  if (top === counts[HANGUL]) return 'ko';
  if (top === counts[HEBREW]) return 'he';
  if (top === counts[GREEK]) return 'el';
  return counts[KANA]! > 0 ? 'ja' : 'zh';
}

/** Letters only Ukrainian (і ї є ґ) or only Russian (ы э ъ ё) uses decide; franc breaks ties. */
function ukrainianOrRussian(text: string): SupportedLanguage {
  const uk = text.match(/[іїєґІЇЄҐ]/gu)?.length ?? 0;
  const ru = text.match(/[ыэъёЫЭЪЁ]/gu)?.length ?? 0;
  if (uk !== ru) return uk > ru ? 'uk' : 'ru';
  return franc(text, { only: ['rus', 'ukr'], minLength: 1 }) === 'ukr' ? 'uk' : 'ru';
}
