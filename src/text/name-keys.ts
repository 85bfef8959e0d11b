import anyAscii from 'any-ascii';
import { writtenIn } from './language.ts';
import { nameCandidates } from './name-candidates.ts';

/**
 * Sound keys for names across scripts: "Тейшейра", "テシェイラ", "特谢拉" and "Teixeira" are written
 * differently but say nearly the same consonants. A key is the name transliterated to Latin letters
 * (any-ascii: pinyin for Han, Hepburn for kana, ISO-style for Cyrillic, Greek and Arabic) and reduced to
 * classes of consonants that transliteration keeps apart only inconsistently: vowels, h, w-glides and
 * doubled letters go; p/b/f/v/w, k/g/q/c, t/d, s/z, l/r are one class each; j, dzh, ch, zh are one.
 * Names that survive as three or more classes are specific enough to count; shorter ones are dropped.
 */
export function nameKey(word: string): string | null {
  return keyOf(word, 'ks');
}

/**
 * Every reading of a name's key: a Latin "x" is "ks" in English names and "sh" in Portuguese,
 * Catalan or Basque ones (Teixeira, Xavi), so both keys are given; the reading no other report
 * shares carries no weight.
 */
export function nameKeys(word: string): string[] {
  const known = memo.get(word);
  if (known) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const keys = readings(word);
  memo.set(word, keys);
  return keys;
}

/** Names repeat across a stream far more than they vary: each spelling's keys are worked out once (bounded, emptied when full). */
const memo = new Map<string, string[]>();
const MEMO_LIMIT = 50_000;

function readings(word: string): string[] {
  const first = keyOf(word, 'ks');
  const second = !HAN.test(word) && /x/i.test(anyAscii(word)) ? keyOf(word, 's') : null;
  return [first, second].filter((k, i, all): k is string => k !== null && all.indexOf(k) === i);
}

function keyOf(word: string, latinX: 'ks' | 's'): string | null {
  const pinyin = HAN.test(word);
  const abjad = ARABIC.test(word);
  const latin = anyAscii(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (latin.length < 3) return null;
  let s = latin
    .replace(/tsch|dzh|dsch|tch|ch|zh/g, 'j')
    .replace(/sch|sh/g, 's')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck|kh|gh|qu/g, 'k')
    .replace(/ts|tz/g, 's');
  if (pinyin) s = s.replace(/x/g, 's').replace(/q/g, 'j');
  else
    s = s
      .replace(/x/g, latinX)
      .replace(/c(?=[eiy])/g, 's')
      .replace(/g(?=[eiy])/g, 'j');
  if (abjad) s = s.replace(/[wy]/g, '');
  let key = '';
  for (const ch of s) {
    const cls = CLASSES[ch];
    if (cls && !key.endsWith(cls)) key += cls;
  }
  return key.length >= 3 ? key : null;
}

const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** The consonant class of each Latin letter; letters missing here (vowels, h, y) carry no class. */
const CLASSES: Record<string, string> = {
  b: 'P',
  p: 'P',
  f: 'P',
  v: 'P',
  w: 'P',
  k: 'K',
  g: 'K',
  q: 'K',
  c: 'K',
  t: 'T',
  d: 'T',
  s: 'S',
  z: 'S',
  j: 'J',
  l: 'R',
  r: 'R',
  m: 'M',
  n: 'N',
};

/** The sound keys of every name a text gives (all readings of each), for matching names across scripts. */
export function nameKeysIn(text: string, language: string): Set<string> {
  const keys = new Set<string>();
  for (const name of nameCandidates(text, language)) for (const key of nameKeys(name)) keys.add(key);
  return keys;
}

/** The sound keys of the names texts give, by the script each text is written in (`writtenIn`). */
export function nameKeysByScript(texts: Iterable<{ text: string; language: string }>): Map<string | null, Set<string>> {
  const byScript = new Map<string | null, Set<string>>();
  for (const { text, language } of texts) {
    const script = writtenIn(text);
    const keys = byScript.get(script) ?? new Set<string>();
    for (const key of nameKeysIn(text, language)) keys.add(key);
    byScript.set(script, keys);
  }
  return byScript;
}

/**
 * Whether a word's sound keys meet a name written in another script than the word ("Teixeira" and "Тейшейра"): within
 * one script a name is written the same, and a sound key would take a word for a name that merely sounds alike
 * ("floods" for the Portuguese "Variedades").
 */
export function soundsInOtherScript(
  keys: readonly string[],
  script: string | null,
  byScript: ReadonlyMap<string | null, ReadonlySet<string>>,
): boolean {
  for (const [other, set] of byScript) if (other !== script && keys.some((k) => set.has(k))) return true;
  return false;
}
