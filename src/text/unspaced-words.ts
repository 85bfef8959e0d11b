/** Chinese and Japanese text: Han characters, kana and the marks written inside a word ("ー") or between names ("・"). */
export const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]+/gu;

const SINGLE_HAN = /^\p{Script=Han}$/u;
const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;
const HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;

/**
 * The words a user typed in a run of Chinese or Japanese ("伊朗地震" → 伊朗, 地震; "リンジー・ローハン" → リンジー, ローハン;
 * "奥巴马" → 奥巴马), for matching a topic word by word as a space-separated query is. ICU's word segmentation
 * (`Intl.Segmenter`) splits common words well and transcribed names into single characters ("奥|巴|马", "克里|琴|科"), so
 * a single Han character is joined to the word before it (a name is read whole), and a run of katakana is one word (a
 * name in transcription, "ロー|ハン"); particles and endings in hiragana alone name nothing and are left out.
 */
export function unspacedWords(run: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language === 'ja' ? 'ja' : 'zh', { granularity: 'word' });
  const words: string[] = [];
  let joinNext = false;
  for (const { segment, isWordLike } of segmenter.segment(run)) {
    if (!isWordLike || HIRAGANA.test(segment)) {
      joinNext = false;
      continue;
    }
    const last = words.length - 1;
    const joins =
      last >= 0 &&
      joinNext &&
      (SINGLE_HAN.test(segment) || (KATAKANA.test(segment) && KATAKANA.test(words[last]!)) || SINGLE_HAN.test(words[last]!));
    if (joins) words[last] += segment;
    else words.push(segment);
    joinNext = true;
  }
  return words;
}

const WHOLLY_UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
/** Japanese kana: a word holding any is Japanese, not Chinese. */
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a word is written wholly in Chinese or Japanese, where words are not parted by spaces. */
export const isUnspaced = (word: string): boolean => WHOLLY_UNSPACED.test(word);

/** A typed word as the words it holds: a run of Chinese or Japanese as `unspacedWords` reads it, any other word as it is. */
export function typedWords(word: string): string[] {
  return isUnspaced(word) ? unspacedWords(word, KANA.test(word) ? 'ja' : 'zh') : [word];
}
