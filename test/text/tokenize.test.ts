import { describe, expect, it } from 'vitest';
import { tokenize, wordNumber, type Token } from '../../src/text/tokenize.ts';

describe('tokenize', () => {
  it('marks sentence starts, capitals and acronyms', () => {
    const t = tokenize('Rescuers reached Velora. The UN said Mira Tolan spoke.');
    expect(t.map((x) => x.text)).toEqual(['Rescuers', 'reached', 'Velora', 'The', 'UN', 'said', 'Mira', 'Tolan', 'spoke']);
    expect(t.filter((x) => x.sentenceStart).map((x) => x.text)).toEqual(['Rescuers', 'The']);
    expect(t.filter((x) => x.acronym).map((x) => x.text)).toEqual(['UN']);
    expect(t.find((x) => x.text === 'Velora')?.capitalised).toBe(true);
  });

  it('normalises numbers with thousands separators and decimal commas', () => {
    const t = tokenize('1,200 homes, magnitude 6,1 and 2.500 people');
    expect(t.filter((x) => x.numeric).map((x) => x.text)).toEqual(['1200', '6.1', '2500']);
  });

  it('skips clock times, which name no event', () => {
    expect(tokenize('Updated 9:53 AM, 22 July').map((x) => x.text)).toEqual(['Updated', 'AM', '22', 'July']);
  });

  it('drops possessives and elisions', () => {
    expect(tokenize("the mayor's office, l'hôpital").map((x) => x.lower)).toEqual(['the', 'mayor', 'office', 'hôpital']);
  });

  it('reads Cyrillic words and their case', () => {
    const t = tokenize('Вчера в Києві Олена Петренко сказала.');
    expect(t.map((x) => x.lower)).toEqual(['вчера', 'в', 'києві', 'олена', 'петренко', 'сказала']);
    expect(t.filter((x) => x.capitalised && !x.sentenceStart).map((x) => x.text)).toEqual(['Києві', 'Олена', 'Петренко']);
  });

  it('reads every word right past the number of words it remembers, which it then forgets and relearns', () => {
    const words = Array.from({ length: 120_000 }, (_, i) => `Q${i.toString(36)}x`);
    const text = `${words.join(' ')}. ${words.slice(0, 3).join(' ')}`;
    const t = tokenize(text);
    expect(t).toHaveLength(120_003);
    expect(t.every((x, i) => x.text === words[i % 120_000] && x.lower === x.text.toLowerCase())).toBe(true);
    expect(t.slice(-3).map((x) => x.sentenceStart)).toEqual([true, false, false]);
  });

  it('splits Han runs into character bigrams', () => {
    expect(tokenize('地震发生').map((x) => x.text)).toEqual(['地震', '震发', '发生']);
  });
});

/** The regular expression tokenize searched text with before it read code point classes itself. */
const WORD = /\d{1,2}:\d{2}(?::\d{2})?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Whether tokenize splits a text where the regular expression does: each match read alone gives at
 * most one token (CJK runs aside: they become bigrams), and the whole text gives the tokens of its
 * matches read one by one (sentence starts aside: a match read alone starts its text).
 */
function expectRegexSplit(text: string): void {
  const shape = ({ text, lower, capitalised, acronym, numeric }: Token): unknown => ({ text, lower, capitalised, acronym, numeric });
  const matches = [...text.matchAll(WORD)].map((m) => m[0]);
  for (const m of matches) if (!CJK.test(m)) expect(tokenize(m).length, JSON.stringify(m)).toBeLessThanOrEqual(1);
  expect(tokenize(text).map(shape), JSON.stringify(text)).toEqual(matches.flatMap((m) => tokenize(m).map(shape)));
}

describe('tokenize splits text as its regular expression did', () => {
  it('on clock times, apostrophes, numerals of other kinds, marks, astral letters and lone surrogates', () => {
    for (const text of [
      'At 12:30:45 and 123:45, 1:2, 9:5x, 07:15.',
      "rock'n'roll2 l’hôpital o'' x'1 ʼa ’ don't",
      'CO₂ and ²³ and ½ and Ⅻ, ٣٫٥ and ５０',
      'e\u0301te\u0301 \u0301accent',
      '𝐀𝐁𝐂 𝟘𝟙 \u{20000}\u{20001} 😀word',
      'lone \uD800 high, lone \uDC00 low, a\uD800b',
      '1.000.000,5 and 3,2 and 1..2 and 1,,2 and .5',
      'İstanbul ǅemal ß STRASSE 地震发生 カタカナ',
    ])
      expectRegexSplit(text);
  });

  it('on random strings of letters, digits, marks and separators', () => {
    const alphabet = [..."aZ09:.,'’ʼ- \n!", 'é', '\u0301', '²', '½', 'Я', 'ب', '中', '\u{1D400}', '\u{1F600}', '\uD800', '\u0663', 'ß'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 0, length = 1 + Math.floor(next() * 12); i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expectRegexSplit(text);
    }
  });
});

describe('wordNumber', () => {
  it('gives every token of one lower-case word one number, other words other numbers, and numbers none', () => {
    const t = tokenize('River rose. The river and RIVER banks rose by 2,500');
    const numberOf = (lower: string): number[] => [...new Set(t.filter((x) => x.lower === lower).map((x) => x.word))];
    expect(numberOf('river')).toEqual([wordNumber('river')]);
    expect(numberOf('rose')).toEqual([wordNumber('rose')]);
    expect(new Set(['river', 'rose', 'the', 'and', 'banks', 'by'].map(wordNumber)).size).toBe(6);
    expect(t.find((x) => x.numeric)?.word).toBe(-1);
  });
});
