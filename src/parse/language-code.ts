const THREE_LETTER: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  dut: 'nl',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  tur: 'tr',
  ara: 'ar',
  zho: 'zh',
  chi: 'zh',
  jpn: 'ja',
  kor: 'ko',
  hin: 'hi',
  swe: 'sv',
  nor: 'no',
  nob: 'nb',
  dan: 'da',
  fin: 'fi',
  ces: 'cs',
  cze: 'cs',
  ell: 'el',
  gre: 'el',
  heb: 'he',
  hun: 'hu',
  ron: 'ro',
  rum: 'ro',
  cat: 'ca',
  ind: 'id',
  vie: 'vi',
  fas: 'fa',
  per: 'fa',
  urd: 'ur',
  ben: 'bn',
};

/** An ISO 639-1 code from a declared language tag (`en-US`, `en_GB`, `fra`, `EN`), or null when unusable. */
export function languageCode(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const primary =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_\s,;]/, 1)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  return THREE_LETTER[primary] ?? null;
}
