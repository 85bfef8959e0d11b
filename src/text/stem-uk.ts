/** Endings stripped from Ukrainian words, longest first (inflection of nouns, adjectives, verbs). */
const ENDINGS = [
  'ування',
  'ювання',
  'уватися',
  'ються',
  'ється',
  'ували',
  'увала',
  'увати',
  'ування',
  'ового',
  'ьому',
  'ього',
  'ими',
  'іми',
  'ами',
  'ями',
  'ого',
  'ому',
  'ові',
  'еві',
  'ати',
  'ити',
  'іти',
  'яти',
  'ала',
  'ало',
  'али',
  'ила',
  'ило',
  'или',
  'ють',
  'ать',
  'ять',
  'уть',
  'ить',
  'ять',
  'ння',
  'ття',
  'ій',
  'ий',
  'ої',
  'ою',
  'ею',
  'єю',
  'ая',
  'ую',
  'ія',
  'ях',
  'ах',
  'их',
  'іх',
  'ім',
  'им',
  'ом',
  'ем',
  'ів',
  'їв',
  'ей',
  'ов',
  'ла',
  'ло',
  'ли',
  'ти',
  'ує',
  'ні',
  'ня',
  'ні',
  'а',
  'я',
  'о',
  'е',
  'є',
  'у',
  'ю',
  'і',
  'и',
  'ь',
  'й',
  'ї',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

/** A small suffix-stripping stemmer for Ukrainian: drops the reflexive -ся/-сь, then the longest ending. */
export function stemUkrainian(word: string): string {
  let w = word.toLowerCase().replace(/['’ʼ]/g, '');
  if (w.length < MIN_STEM + 2) return w;
  for (const refl of ['ся', 'сь']) {
    if (w.endsWith(refl) && w.length - refl.length >= MIN_STEM + 1) {
      w = w.slice(0, -refl.length);
      break;
    }
  }
  for (const ending of ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM) return w.slice(0, -ending.length);
  }
  return w;
}
