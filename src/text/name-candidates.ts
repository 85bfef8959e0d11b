import { classAt, KIND, LETTER, mayHoldEastAsian, runEnd, upperAt, widthOf } from './char-classes.ts';
import { SPAN_HASH_START, spanHashStep, SpanTable } from './span-table.ts';
import { isStopword } from './stopwords.ts';

/**
 * The words of a text that may be names, by script: capitalised words in cased scripts (Latin,
 * Cyrillic, Greek) that are not stop words; in Arabic and Hebrew, which have no case, every word of
 * three letters or more without its article (and without the clitics or prefixes written onto it, as more readings);
 * in Korean, every word of two syllables or more that is no verb, also without its particle; in
 * Japanese, runs of katakana (foreign names and loanwords); in Chinese, runs of the characters used to
 * transcribe foreign names.
 */
export function nameCandidates(text: string, language: string): string[] {
  const out: string[] = [];
  forEachCandidateWord(text, language, null, (names) => {
    for (const name of names) out.push(name);
  });
  return out;
}

/**
 * What a caller works out from the names of one spelling (see forEachCandidateWord), kept beside them in the memo:
 * `make` is asked once per spelling (and for names not kept by spelling), `take` gets the value at every sighting.
 */
export interface SpellingReader<T> {
  make(names: readonly string[]): T;
  take(value: T): void;
}

/**
 * The names of a text as nameCandidates gives them, group by group: the Japanese and Chinese runs one by one, then
 * each word's names in the order of the text. With a reader, each group goes through it instead, and what it makes
 * of a word's names is remembered per spelling: a stream names the same people and places over and over, and a
 * caller finding each name's keys by string at every sighting spent more than the scan.
 */
export function forEachCandidateWord<T>(
  text: string,
  language: string,
  reader: SpellingReader<T> | null,
  visit: ((names: readonly string[]) => void) | null,
): void {
  const give = (names: readonly string[]): void => {
    if (reader) reader.take(reader.make(names));
    else visit!(names);
  };
  if (mayHoldEastAsian(text) && EAST_ASIAN.test(text)) {
    for (const m of text.matchAll(KATAKANA)) for (const part of m[0].split('・')) if (part.length >= 2) give([part]);
    for (const m of text.matchAll(TRANSCRIPTION_RUN))
      for (const part of m[0].split('·')) {
        if ([...part].length < 2) continue;
        give([part]);
        // 因 ("because") and 于 ("at", "on") follow a subject and are transcription characters too: "威廉姆斯因酒驾被捕"
        // (Williams was arrested for drunk driving) runs them into the name. The name is read with and without it
        // (侯赛因, Hussein, ends in 因).
        if (part.length >= 3 && FOLLOWS_A_NAME.has(part[part.length - 1]!)) give([part.slice(0, -1)]);
      }
  }
  const memo = memoFor(language);
  let made = reader ? madeBy(memo, reader) : null;
  const n = text.length;
  for (let i = 0; i < n;) {
    const start = i;
    const c = text.charCodeAt(i);
    let known: number;
    let upper: boolean;
    if (c < 128) {
      // ASCII, most of most texts, read here without the class table: a character other than A-Z and a-z is no
      // letter, and a word of ASCII letters ended by an ASCII character that joins no parts (not ' or -) ends there.
      const small = c >= 97 && c <= 122;
      if (!small && (c < 65 || c > 90)) {
        i++;
        continue;
      }
      let j = i + 1;
      if (small) {
        for (; j < n; j++) if (!isAsciiLetter(text.charCodeAt(j))) break;
        const d = text.charCodeAt(j);
        // A word in lower case is no name.
        if (j === n || (d < 128 && d !== 39 && d !== 45)) {
          i = j;
          continue;
        }
        i = wordEnd(text, j);
        continue;
      }
      let h = spanHashStep(SPAN_HASH_START, c);
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!isAsciiLetter(d)) break;
        h = spanHashStep(h, d);
      }
      const d = text.charCodeAt(j);
      upper = true;
      if (j === n || (d < 128 && d !== 39 && d !== 45)) {
        i = j;
        known = memo.words.findHashed(text, start, i, h >>> 0);
      } else {
        i = wordEnd(text, j);
        known = memo.words.find(text, start, i);
      }
    } else {
      const cls = classAt(text, i);
      if ((cls & KIND) !== LETTER) {
        i += widthOf(cls);
        continue;
      }
      i = wordEnd(text, i + widthOf(cls));
      // Most words start in lower case and are no name: no string is made of them.
      upper = upperAt(text, start);
      if (!upper && (c < 0x590 || c > 0x6ff) && (c < 0xac00 || c > 0xd7a3)) continue;
      known = memo.words.find(text, start, i);
    }
    if (known < 0) {
      const word = text.slice(start, i);
      const names = upper ? casedNames(word, c, language) : c >= 0xac00 ? hangulNames(word, language) : abjadNames(word, language);
      known = remember(memo, text, start, i, names);
      // remember may have emptied the memo, and with it what readers made.
      if (reader) made = madeBy(memo, reader);
    }
    if (reader) {
      let value = made![known] as T | undefined;
      if (value === undefined) made![known] = value = reader.make(memo.names[known]!);
      reader.take(value);
    } else visit!(memo.names[known]!);
  }
}

/** A capitalised word ("Velmora", "Пеллам-Ридж") as names: itself and its hyphenated parts; none for a stop word ("The", "Die") or a short word. */
function casedNames(word: string, first: number, language: string): readonly string[] {
  // Upper case exists only in cased scripts (A to Z are Latin).
  if (word.length < 3 || (first > 90 && !CASED.test(word)) || isStopword(language, word.toLowerCase())) return NONE;
  if (!word.includes('-')) return [word];
  // "Пеллам-Ридж", "Hawaiian-Gardens": the whole and each part, since other languages may write them apart.
  const names = [word];
  for (const part of word.split('-')) if (part.length >= 3 && part[0] === part[0]!.toUpperCase()) names.push(part);
  return names;
}

/**
 * An Arabic or Hebrew word as names: without the Arabic article, and also without the letters each language writes
 * onto a word before it: one Arabic clitic (و/ف/ب/ل, "and", "so", "in", "to"), one or two Hebrew prefixes (ו "and",
 * ה "the", ב "in", ל "to", מ "from", ש "that", כ "as": "ובלונדון", "and in London"). Such a letter may be the name's own
 * first letter (لندن, London): every reading is kept, and the one no other report has carries no weight.
 */
function abjadNames(word: string, language: string): readonly string[] {
  if (!ABJAD.test(word) || isStopword(language, word)) return NONE;
  const names: string[] = [];
  const bare = word.replace(ARTICLE, '');
  if (bare.length >= 3) names.push(bare);
  const { letter, most } = HEBREW_WORD.test(word) ? HEBREW_PREFIXES : ARABIC_CLITICS;
  for (let k = 1; k <= most && letter.test(bare[k - 1]!); k++) if (bare.length - k >= 3) names.push(bare.slice(k));
  return names;
}

const HEBREW_WORD = /^\p{Script=Hebrew}/u;
/** The letters written onto a word before it, and how many of them may stand before one word. */
const ARABIC_CLITICS = { letter: /^[وفبل]$/u, most: 1 };
const HEBREW_PREFIXES = { letter: /^[והבלמשכ]$/u, most: 2 };

/**
 * A Korean word as names: Korean has no case and writes a foreign name in Hangul by its sounds ("윌리엄스", Williams),
 * with a particle written onto it ("윌리엄스가", "런던에서"); the word, and the word without its particle, are
 * readings, as every Arabic or Hebrew word is (the reading no other report has carries no weight).
 */
function hangulNames(word: string, language: string): readonly string[] {
  if (word.length < 2 || !HANGUL_WORD.test(word) || PREDICATE.test(word) || isStopword(language, word)) return NONE;
  const particle = PARTICLE.exec(word);
  return particle && word.length - particle[0].length >= 2 ? [word, word.slice(0, -particle[0].length)] : [word];
}

const HANGUL_WORD = /^[\uac00-\ud7a3]+$/u;
/**
 * A verb's ending, which no name has: the statement ending 다 ("말했다", said; "있다", is), a quotation's 다고 or 라고,
 * the connectives 며 and 고 after a verb ("밝혔으며", "했고"). A place ending in 다 (캐나다) is read by its CLDR name.
 */
const PREDICATE = /(?:다|다고|라고|으며|하며|했으며|하고|했고)$/u;
/** Korean particles written onto a noun: subject, topic, object, possessive, place, direction, "and", "also", "from", "to". */
const PARTICLE =
  /(?:에서는|에서도|에게서|으로는|으로도|에서|에게|에는|에도|으로|까지|부터|보다|처럼|과의|와의|이나|이랑|께서|은|는|이|가|을|를|의|에|와|과|도|로|만|나)$/u;

const NONE: readonly string[] = [];

/**
 * The names each capitalised or Arabic-script word gives, by language (stop words differ), worked out
 * once per spelling and found again by the word's place in the text: a stream names the same people
 * and places over and over. Each is emptied when full.
 */
interface Memo {
  words: SpanTable;
  /** By the number `words` gives a spelling. */
  names: (readonly string[])[];
  /** By reader (see SpellingReader), what it made of each spelling's names, by the same number. */
  made: Map<object, unknown[]>;
}

function madeBy(memo: Memo, reader: object): unknown[] {
  let made = memo.made.get(reader);
  if (made === undefined) memo.made.set(reader, (made = []));
  return made;
}

const memos = new Map<string, Memo>();
const MEMO_WORDS = 50_000;

function memoFor(language: string): Memo {
  let memo = memos.get(language);
  if (memo === undefined) memos.set(language, (memo = { words: new SpanTable(MEMO_WORDS), names: [], made: new Map() }));
  return memo;
}

function remember(memo: Memo, text: string, start: number, end: number, names: readonly string[]): number {
  if (memo.words.full) {
    memo.words.clear();
    memo.names = [];
    memo.made.clear();
  }
  const known = memo.words.add(text, start, end);
  memo.names[known] = names;
  return known;
}

function isAsciiLetter(d: number): boolean {
  return (d >= 97 && d <= 122) || (d >= 65 && d <= 90);
}

/**
 * The end of the word whose first letter ends before `j`: letters and marks, with parts joined by an
 * apostrophe, a hyphen or a Hebrew geresh ("O'Brien", "Пеллам-Ридж", "ג׳קסון"), as the expression
 * [\p{L}\p{M}]+(?:['’׳-][\p{L}\p{M}]+)* reads.
 */
function wordEnd(text: string, j: number): number {
  j = runEnd(text, j, LETTER);
  for (;;) {
    const c = text.charCodeAt(j);
    // U+05F3, the Hebrew geresh, marks a letter's other sound inside a word: "ג׳קסון", Jackson.
    if ((c !== 39 && c !== 0x2019 && c !== 45 && c !== 0x05f3) || (classAt(text, j + 1) & KIND) !== LETTER) return j;
    j = runEnd(text, j + 1, LETTER);
  }
}

const CASED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const ABJAD = /^[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** The Arabic article "al-", with a clitic before it ("wal-", "bil-", "lil-"). */
const ARTICLE = /^(?:[وفبل]?ال|لل)/u;
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Katakana}]/u;
const KATAKANA = /[\p{Script=Katakana}ー・]{2,}/gu;

/**
 * Characters of the standard Chinese transcription of foreign names (as in Xinhua's tables): a
 * run of two or more of them is very likely a transcribed name ("塔尔格拉斯", "蒂姆·范宁").
 */
const TRANSCRIPTION_CHARS =
  '阿埃艾爱安昂奥芭巴柏拜班邦包保鲍贝本比彼毕宾卜勃波伯博布查察茨达黛戴丹道德登邓迪狄蒂丁东杜敦顿多厄恩尔法凡范菲斐费芬丰冯芙佛夫弗伏福富盖甘冈高戈哥格根贡古瓜圭哈海翰罕汉豪赫亨洪侯胡华怀惠霍基吉迦伽加佳贾坚杰捷金津喀卡凯坎康考柯科克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾黎里理丽利莉廉连列林琳灵隆露卢鲁路吕仑伦萝罗洛马玛迈麦曼芒毛茂梅门蒙孟米密明摩莫墨默缪姆穆纳娜奈南瑙内妮尼涅宁纽侬努诺欧帕派潘庞佩彭匹皮平坡珀浦普琪齐奇契恰茜乔切钦琼丘屈让热茹瑞若撒萨塞赛桑瑟森沙莎尚绍舍什施史舒丝斯松苏索塔泰坦汤唐陶特滕提汀廷通图托娃瓦万旺薇卫威韦维温文翁沃乌伍武西希锡席夏肖谢辛欣休许薛逊娅雅亚扬杨耶叶伊依因英尤于约泽扎詹珍朱兹佐';
const TRANSCRIPTION_RUN = new RegExp(`[${TRANSCRIPTION_CHARS}·]{2,}`, 'gu');
const TRANSCRIPTION_SET = new Set(TRANSCRIPTION_CHARS);
/** Transcription characters that are also words written right after a name: 因 "because", 于 "at, on". */
const FOLLOWS_A_NAME = new Set(['因', '于']);

/**
 * Whether a word of Chinese characters reads as a transcribed foreign name: most of its characters (two in three) are
 * of the transcription table ("奥巴马", "克里琴科"); a word written by meaning is not ("小马队", the Colts: "little horse
 * team").
 */
export function readsAsTranscription(word: string): boolean {
  const han = [...word].filter((c) => /\p{Script=Han}/u.test(c));
  return han.length > 0 && han.filter((c) => TRANSCRIPTION_SET.has(c)).length * 3 >= han.length * 2;
}
