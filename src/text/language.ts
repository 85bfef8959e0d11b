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
 * of one script the declaration stands: it knows Spanish from Portuguese better than a guess does.
 */
export function checkedLanguage(declared: string | null | undefined, text: string): string | null {
  const code = declared?.trim().toLowerCase().slice(0, 2);
  if (!code || !/^[a-z]{2}$/.test(code)) return null;
  const written = mainScript(text);
  return written === null || written === (SCRIPT_OF[code] ?? 'latin') ? code : null;
}

/** Scripts of the languages not written in Latin letters (Japanese counts as Han: kanji with kana). */
const SCRIPT_OF: Record<string, string> = {
  ru: 'cyrillic',
  uk: 'cyrillic',
  be: 'cyrillic',
  bg: 'cyrillic',
  mk: 'cyrillic',
  kk: 'cyrillic',
  sr: 'cyrillic',
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
const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['greek', /\p{Script=Greek}/gu],
];
/** Letters a text needs before its script overrules a declaration: a headline's worth. */
const SCRIPT_EVIDENCE = 20;

/** The script most of a text's letters are in, or null for a text with too few letters to say. */
function mainScript(text: string): string | null {
  const sample = text.slice(0, 2000);
  let best: string | null = null;
  let most = 0;
  for (const [script, re] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > most) [best, most] = [script, n];
  }
  return most >= SCRIPT_EVIDENCE ? best : null;
}

/** Decides languages whose script alone tells them apart (Korean, Hebrew and Greek are read unstemmed); null for Latin or mixed text. */
function languageByScript(text: string): string | null {
  const sample = text.slice(0, 2000);
  const cyr = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const hebrew = sample.match(/\p{Script=Hebrew}/gu)?.length ?? 0;
  const greek = sample.match(/\p{Script=Greek}/gu)?.length ?? 0;
  const top = Math.max(cyr, latin, arabic, han + kana, hangul, hebrew, greek);
  if (top === 0 || top === latin) return null;
  if (top === cyr) return ukrainianOrRussian(sample);
  if (top === arabic) return 'ar';
  if (top === hangul) return 'ko';
  if (top === hebrew) return 'he';
  if (top === greek) return 'el';
  return kana > 0 ? 'ja' : 'zh';
}

/** Letters only Ukrainian (і ї є ґ) or only Russian (ы э ъ ё) uses decide; franc breaks ties. */
function ukrainianOrRussian(text: string): SupportedLanguage {
  const uk = text.match(/[іїєґІЇЄҐ]/gu)?.length ?? 0;
  const ru = text.match(/[ыэъёЫЭЪЁ]/gu)?.length ?? 0;
  if (uk !== ru) return uk > ru ? 'uk' : 'ru';
  return franc(text, { only: ['rus', 'ukr'], minLength: 1 }) === 'ukr' ? 'uk' : 'ru';
}
