import { describe, expect, it } from 'vitest';
import { forEachWordSpan } from '../../src/text/word-spans.ts';

/** The regex the scanner stands for. */
const WORD = /\d{1,2}:\d{2}(?::\d{2})?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

function byRegex(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => `${m.index}-${m.index + m[0].length}`);
}

function byScan(text: string): string[] {
  const out: string[] = [];
  forEachWordSpan(text, (start, end) => out.push(`${start}-${end}`));
  return out;
}

describe('forEachWordSpan', () => {
  it('finds what the word regex finds', () => {
    const texts = [
      'At 9:53 on 12:05:33 the 5.9-magnitude quake hit; 123:45 and 1:234 are not clocks.',
      "l'homme don't family's rock'n'roll x'2 O’Neill ʼokina",
      'Ущерб ₴1,5 млн — 2,500.75 people; ½ and ² and ٣٤ and Ⅻ',
      'café naïve e\u0301 \u0301x 中文字 かな 𝐀𝐁 𝟙𝟚 😀 lone \ud800 and \udc00',
      '', ':', "'", '1.', '1,', '..1', 'a1b2', '1a',
    ];
    for (const text of texts) expect(byScan(text)).toEqual(byRegex(text));
  });

  it('agrees with the regex on random mixes of tricky characters', () => {
    const pieces = ['a', 'Z', 'é', '1', '0', ':', '.', ',', "'", '’', 'ʼ', ' ', '²', '٣', '\u0301', 'Ж', '中', '𝐀', '𝟙', '\ud800', 'Ⅻ'];
    let seed = 1;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let j = 1 + next(12); j > 0; j--) text += pieces[next(pieces.length)];
      expect(byScan(text)).toEqual(byRegex(text));
    }
  });
});
