import anyAscii from 'any-ascii';
import { remembered } from './bounded-memo.ts';
import { writtenIn } from './language.ts';
import { forEachCandidateWord, nameCandidates, readsAsTranscription, type SpellingReader } from './name-candidates.ts';
import { KANA } from './unspaced-words.ts';

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
  return remembered(memo, word, MEMO_LIMIT, () => readings(word, false));
}

/**
 * The keys a typed word and the names it is looked for among are read by (`searchKeys`, `nameKeysByScript`): as
 * `nameKeys`, with the spellings another script writes a Latin name's sounds with read as that name's ("Лохан" is
 * Lohan, "Ватергейт" Watergate, "كليتشكو" Klitschko; `keyOf`). Clustering keeps `nameKeys`: in its bridge the looser
 * keys met more names of other events (foreign reports in a wrong story, over 6 orders: 0.070 → 0.081–0.086).
 */
function heardKeys(word: string): string[] {
  return remembered(heardMemo, word, MEMO_LIMIT, () => readings(word, true));
}

/** Names repeat across a stream far more than they vary: each spelling's keys are worked out once (bounded, emptied when full). */
const memo = new Map<string, string[]>();
const heardMemo = new Map<string, string[]>();
const MEMO_LIMIT = 50_000;

function readings(word: string, heard: boolean): string[] {
  const han = HAN.test(word);
  const first = keyOf(word, 'ks', 3, heard);
  const second = !han && /x/i.test(anyAscii(word)) ? keyOf(word, 's', 3, heard) : han ? keyOf(word, 'ks', 3, heard, 'n') : null;
  return [first, second].filter((k, i, all): k is string => k !== null && all.indexOf(k) === i);
}

/**
 * A Chinese transcription in pinyin, syllable by syllable as any-ascii writes them ("WeiLianMuSi"), with what the
 * transcription adds to the name's sounds taken out: a syllable's closing "n" before a syllable opening with "m" writes
 * one "m" ("廉姆" for the "liam" of Williams, "汉姆" for the "ham" of Beckham). A closing "ng" stands for an "ng" or,
 * as often, an "n" (登 "deng" for the "den" of Biden, 朗 "lang" for the "rown" of Brown): read as `ng`, else as "n".
 */
function pinyinSpelling(word: string, ng: 'ng' | 'n'): string {
  const syllables = anyAscii(word).match(/[A-Z][a-z]*/g) ?? [];
  return syllables
    .map((syllable, i) => {
      const s = syllable.toLowerCase();
      if (/n$/.test(s) && !/ng$/.test(s) && syllables[i + 1]?.startsWith('M')) return s.slice(0, -1);
      return ng === 'n' ? s.replace(/ng$/, 'n') : s;
    })
    .join('');
}

/**
 * A name in kana in Latin letters as Hepburn romanises it, where any-ascii does otherwise: ウィ, ウェ and ウォ are "wi",
 * "we" and "wo" (any-ascii's "ui" loses the w of Williams, ウィリアムズ), and ン before b, m or p is "m" (トンプソン
 * is "Tompuson", the "mp" of Thompson; トランプ Trump).
 */
function kanaSpelling(word: string): string {
  return latinLetters(word.replace(/ウィ/gu, 'wi').replace(/ウェ/gu, 'we').replace(/ウォ/gu, 'wo')).replace(/n(?=[bmp])/g, 'm');
}

/** Marks a key of one or two consonant classes, read only where a typed word is matched (`searchKeys`). */
const SHORT = 'short:';

/**
 * The keys a typed word is looked up by, and the names of texts are listed under for that (`nameKeysByScript`): its
 * sound keys, else, for a short name in another script than Latin ("Обама" PM, "Буш" PS, "Хиллер" R, "奥巴马"), a key
 * of its one or two consonant classes (a short word typed in Latin letters, "fire", "live", gets none: it met Ukrainian and Arabic names
 * that sound alike, and a subscription to "fire" listed the Oscars). Clustering
 * does not read short keys (two classes link too many names); a typed word meets a name under one only when their
 * spellings are nearly one (`SHORT_SHARE`).
 */
export function searchKeys(word: string): string[] {
  // Typed in Latin letters a short word is mostly a word ("fire", "live"), and met foreign names that sound alike.
  return latinLetters(word) === word.toLowerCase() ? heardKeys(word) : listedKeys(word);
}

/** The keys a name of a text is listed under for typed words to find (`nameKeysByScript`): a short name's too, of one class or two ("Hiller" R). */
function listedKeys(name: string): string[] {
  const keys = heardKeys(name);
  if (keys.length > 0) return keys;
  const short = keyOf(name, 'ks', 1, true);
  return short === null ? [] : [`${SHORT}${short}`];
}

/**
 * A name's key. `heard` reads the spellings other scripts write a Latin name's sounds with as that name's: a Cyrillic
 * or Arabic "kh" for its "h" ("Лохан", Lohan), Arabic "tsh" for its "tsch" or "ch" ("كليتشكو", Klitschko), and a "g"
 * before "e" or "i" soft only in Latin spelling ("George"; Cyrillic and Greek write a hard one: "Ватергейт").
 */
function keyOf(word: string, latinX: 'ks' | 's', minClasses = 3, heard = false, ng: 'ng' | 'n' = 'ng'): string | null {
  const pinyin = HAN.test(word);
  const abjad = ARABIC.test(word);
  const kana = KANA.test(word);
  const latin = kana
    ? kanaSpelling(word)
    : pinyin
      ? pinyinSpelling(word, ng)
      : HEBREW.test(word)
        ? hebrewSpelling(word)
        : latinLetters(CYRILLIC_W.test(word) ? `w${word.slice(1)}` : word);
  if (latin.length < 3) return null;
  let s = oneSpelling(heard ? latin.replace(/kh/g, 'h').replace(/tsh/g, 'j') : latin);
  if (pinyin) s = s.replace(/x/g, 's').replace(/q/g, 'j');
  else {
    s = s.replace(/x/g, latinX).replace(/c(?=[eiy])/g, 's');
    if (!heard || LATIN_SCRIPT.test(word)) s = s.replace(/g(?=[eiy])/g, 'j');
  }
  // Waw and ya write long vowels too, but a waw opening a word before a long vowel is the consonant ("ويليامز",
  // Williams; "واشنطن", Washington), where one before a consonant is mostly the clitic "and" ("وزير", "and a minister").
  if (abjad) s = ARABIC_W.test(word) ? `w${s.slice(1).replace(/[wy]/g, '')}` : s.replace(/[wy]/g, '');
  let key = '';
  for (const ch of s) {
    const cls = CLASSES[ch];
    if (cls && !key.endsWith(cls)) key += cls;
  }
  return key.length >= minClasses ? key : null;
}

const HAN = /\p{Script=Han}/u;
/** A Russian word opening "Уи", "Уо" or "Уэ" writes an English "W" ("Уильямс" Williams, "Уотсон" Watson), not a "u". */
const CYRILLIC_W = /^У[иоэ]/u;
const ARABIC_W = /^و[اي]/u;
const HEBREW = /\p{Script=Hebrew}/u;

/**
 * A Hebrew name in Latin letters with its consonants only, as the Arabic ones are read: vav and yod write the vowels
 * o, u and i inside a word (any-ascii writes every vav "v": "לונדון" came out "lvndvn"), a double vav opening a word is
 * a W ("וושינגטון" Washington) and a single one a V ("ונקובר" Vancouver), a double vav inside it a V; a geresh makes
 * ג', צ' and ז' the sounds of "j", "ch" and "zh" ("ג'קסון" Jackson).
 */
function hebrewSpelling(word: string): string {
  const marked = word
    .replace(/ג['׳]/gu, 'j')
    .replace(/צ['׳]/gu, 'ch')
    .replace(/ז['׳]/gu, 'zh')
    .replace(/^וו/u, 'w')
    .replace(/^ו/u, 'v')
    .replace(/וו/gu, 'v')
    .replace(/[וי]/gu, '');
  return latinLetters(marked);
}
const LATIN_SCRIPT = /\p{Script=Latin}/u;
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

/**
 * A text's name keys (as `nameKeysIn`), and the two-class keys of its short names, those with no key of three
 * classes ("Obama" PM, "Буша" PS, "Gary" KR), in the order first given, each once: one such key links too many names
 * to count alone (see `bridgeKeys`). The keys come with `prefix` before them (the bridge's "~"), made once per spelling.
 */
export function nameKeysAndShortIn(text: string, language: string, prefix = ''): { keys: Set<string>; short: string[] } {
  const keys = new Set<string>();
  const short = new Set<string>();
  let reader = gatherers.get(prefix);
  if (reader === undefined) gatherers.set(prefix, (reader = gatherer(prefix)));
  reader.keys = keys;
  reader.short = short;
  forEachCandidateWord(text, language, reader, null);
  reader.keys = reader.short = null;
  return { keys, short: [...short] };
}

/** What a word's names give nameKeysAndShortIn: their keys (prefixed), and the short keys of those with none, in order. */
interface KeysOfNames {
  long: string[];
  short: string[];
}

type Gatherer = SpellingReader<KeysOfNames> & { keys: Set<string> | null; short: Set<string> | null };

/** By prefix, the reader that works out each spelling's keys once (see forEachCandidateWord) and adds them to the sets of the text being read. */
const gatherers = new Map<string, Gatherer>();

function gatherer(prefix: string): Gatherer {
  return {
    keys: null,
    short: null,
    make(names) {
      const long: string[] = [];
      const short: string[] = [];
      for (const name of names) {
        const keys = nameKeys(name);
        for (const key of keys) long.push(prefix + key);
        if (keys.length > 0) continue;
        const key = shortKey(name);
        if (key !== null) short.push(key);
      }
      return { long, short };
    },
    take(value) {
      for (const key of value.long) this.keys!.add(key);
      for (const key of value.short) this.short!.add(key);
    },
  };
}

/** A name's key of two consonant classes or more, worked out once per spelling as `nameKeys` are (bounded, emptied when full). */
function shortKey(name: string): string | null {
  return remembered(shortMemo, name, MEMO_LIMIT, () => keyOf(name, 'ks', 2));
}

const shortMemo = new Map<string, string | null>();

/** Names by their sound keys, each as its Latin spelling ("тейшейра" → "teysheyra"): what a key stands for. */
export type SpellingsByKey = Map<string, Set<string>>;

/** The names texts give, under their sound keys, by the script each text is written in (`writtenIn`). */
export function nameKeysByScript(texts: Iterable<{ text: string; language: string }>): Map<string | null, SpellingsByKey> {
  const byScript = new Map<string | null, SpellingsByKey>();
  for (const { text, language } of texts) {
    const script = writtenIn(text);
    const names = byScript.get(script) ?? new Map<string, Set<string>>();
    for (const candidate of nameCandidates(text, language)) {
      // A possessive is no part of the name: "Palin's" is Palin.
      const name = candidate.replace(/['’]s$/u, '');
      for (const key of listedKeys(name)) {
        const spellings = names.get(key) ?? new Set<string>();
        spellings.add(latinSpelling(name));
        names.set(key, spellings);
      }
    }
    byScript.set(script, names);
  }
  return byScript;
}

/**
 * How closely a word sounds like a name written in another script than the word ("Teixeira" and "Тейшейра"): 0 when
 * none does, else 1 less the share of letters their Latin spellings differ in, for the closest name whose sound key
 * the word shares and whose spelling differs in at most a third of its letters (ALPHABET_SHARE). Within one script a name is written the
 * same, and a sound key would take a word for a name that merely sounds alike ("floods" for the Portuguese
 * "Variedades"). A key alone is too coarse for one typed word, with no other name or figure to bear it out: "Николс"
 * shares its key with "English", "Лохан" with "Oregon", "Палин" with "Berlin" and "Brian". A Chinese or Japanese
 * transcription adds a vowel to every consonant ("特谢拉" is "texiela", "ジャクソン" "jiyakuson"), so it may differ in
 * up to 60 % of its letters.
 */
export function soundLikeness(
  word: string,
  keys: readonly string[],
  script: string | null,
  byScript: ReadonlyMap<string | null, SpellingsByKey>,
): number {
  // Two Chinese characters are mostly a word, not a transcribed name ("苹果" apple, "微软" Microsoft by meaning), and so
  // is a longer word not written in the characters names are transcribed with ("小马队", the Colts); a word in katakana
  // is a name in transcription however short ("オバマ").
  if (script === 'han' && !KANA.test(word) && ([...word.matchAll(/\p{Script=Han}/gu)].length < MIN_HAN_NAME || !readsAsTranscription(word)))
    return 0;
  const spelled = latinSpelling(word);
  let best = 0;
  for (const [other, names] of byScript) {
    if (other === script) continue;
    const syllabic = SYLLABIC_SCRIPTS.has(script ?? '') || SYLLABIC_SCRIPTS.has(other ?? '');
    // Arabic and Hebrew write no short vowels ("أوباما" is "'wbm"): there spellings are compared as such a script
    // writes them (`skeleton`).
    const abjad = ABJADS.has(script ?? '') || ABJADS.has(other ?? '');
    const typed = abjad ? skeleton(spelled) : spelled;
    for (const key of keys)
      for (const spelling of names.get(key) ?? []) {
        const written = abjad ? skeleton(spelling) : spelling;
        // Two consonants are all an abjad writes of many short words: "Тара" is "tr" there, as is an Arabic word of
        // the Hawaiian Gardens story. A short key meets a name so written only by three letters or more ("أوباما" wbm).
        if (abjad && key.startsWith(SHORT) && written.length < MIN_ABJAD_SHORT) continue;
        const share = editShare(typed, written);
        const most = key.startsWith(SHORT) ? SHORT_SHARE : syllabic ? SYLLABIC_SHARE : ALPHABET_SHARE;
        if (share <= most) best = Math.max(best, 1 - share);
      }
  }
  return best;
}

/**
 * The share of letters two spellings of one name may differ in, after `latinSpelling`: a third between alphabets
 * ("Лохан"/"Lohan" 0.2, "Байден"/"Biden" 0.17, "Тейшейра"/"Teixeira" 0.11; "Браун"/"Brian" 0.4 and "Палин"/"Berlin"
 * are two names), 60 % for a Chinese or Japanese transcription, which adds a vowel to every consonant.
 */
const ALPHABET_SHARE = 1 / 3;
const SYLLABIC_SHARE = 0.6;
/**
 * For a short name (`searchKeys`), nearly one spelling: "Обамы"/"Obama" 0.2 (a case ending), "奥巴马"/"Obama" 0.17;
 * a short key is shared by too many names to allow more.
 */
const SHORT_SHARE = 0.2;
/** Fewest Chinese characters a typed word needs to be read as a transcribed name. */
const MIN_HAN_NAME = 3;

const ABJADS = new Set(['arabic', 'hebrew']);
/** Fewest letters of an abjad spelling a short key meets a name by (`soundLikeness`). */
const MIN_ABJAD_SHORT = 3;
/** Scripts whose transcriptions add a vowel to consonants: Chinese ("特谢拉" texiela), Korean ("윌리엄스" willieomseu); kana is read with Han text. */
const SYLLABIC_SCRIPTS = new Set(['han', 'hangul']);
/**
 * A spelling as an abjad writes it: its consonants, an "o" or "u" as the "w" and an "i" or "e" as the "y" that
 * write long vowels there, an "a" not at all ("Obama" and "أوباما" are both "wbm"; "Ibima" is "ybym").
 */
const skeleton = (spelling: string): string =>
  spelling
    .replace(/[^a-z]/g, '')
    .replace(/[ou]/g, 'w')
    .replace(/[ie]/g, 'y')
    .replace(/a/g, '')
    .replace(/(.)\1/g, '$1');

/** Whether a word sounds like a name written in another script than the word (`soundLikeness` above 0). */
export function soundsInOtherScript(
  word: string,
  keys: readonly string[],
  script: string | null,
  byScript: ReadonlyMap<string | null, SpellingsByKey>,
): boolean {
  return soundLikeness(word, keys, script, byScript) > 0;
}

/**
 * A name in Latin letters with the spellings transliteration varies written one way, vowels kept ("Джексон" is
 * "dzhekson" and "Jackson" "jackson": both "jekson"/"jakson").
 */
function latinSpelling(name: string): string {
  return oneSpelling(latinLetters(name))
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(.)\1/g, '$1');
}

/** A word in lower-case Latin letters (any-ascii's transliteration), nothing else. */
function latinLetters(word: string): string {
  return anyAscii(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Letter groups transliteration writes one sound with, written one way: "dzh", "ch", "j"; "sh" and "s"; "kh" and "k". */
function oneSpelling(latin: string): string {
  return latin
    .replace(/tsch|dzh|dsch|tch|ch|zh/g, 'j')
    .replace(/sch|sh/g, 's')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck|kh|gh|qu/g, 'k')
    .replace(/ts|tz/g, 's');
}

/** The edits (Levenshtein) that turn one spelling into the other, as a share of the longer. */
function editShare(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]! / Math.max(a.length, b.length, 1);
}
