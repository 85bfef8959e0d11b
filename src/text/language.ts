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
 * The language of a text as an ISO 639-1 code. A declared code (feed or page, e.g. "en-GB") wins;
 * otherwise the script decides where it can (Cyrillic, Arabic, Han, kana) and franc, limited to
 * supported Latin-script languages, decides the rest. Short texts fall back to `fallback`.
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
  const code = declared?.trim().toLowerCase().slice(0, 2);
  if (code && /^[a-z]{2}$/.test(code)) return code;
  const byScript = languageByScript(text);
  if (byScript) return byScript;
  if (text.length < 24) return fallback;
  const guess = franc(text, { only: LATIN_ONLY, minLength: 24 });
  return FROM_ISO3[guess] ?? fallback;
}

/** Decides languages whose script alone tells them apart; null for Latin or mixed text. */
function languageByScript(text: string): SupportedLanguage | null {
  const sample = text.slice(0, 2000);
  const cyr = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const top = Math.max(cyr, latin, arabic, han + kana);
  if (top === 0 || top === latin) return null;
  if (top === cyr) return ukrainianOrRussian(sample);
  if (top === arabic) return 'ar';
  return kana > 0 ? 'ja' : 'zh';
}

/** Letters only Ukrainian (і ї є ґ) or only Russian (ы э ъ ё) uses decide; franc breaks ties. */
function ukrainianOrRussian(text: string): SupportedLanguage {
  const uk = text.match(/[іїєґІЇЄҐ]/gu)?.length ?? 0;
  const ru = text.match(/[ыэъёЫЭЪЁ]/gu)?.length ?? 0;
  if (uk !== ru) return uk > ru ? 'uk' : 'ru';
  return franc(text, { only: ['rus', 'ukr'], minLength: 1 }) === 'ukr' ? 'uk' : 'ru';
}
