import { describe, expect, it } from 'vitest';
import { mayGiveSumOrMagnitude } from '../../src/text/quantity-words.ts';

/** The single expression mayGiveSumOrMagnitude replaced (two faster ones that answer alike). */
const ONE_EXPRESSION =
  /[$€£¥₹₽₴]|dollar|usd|euro|eur\b|pound|gbp|ruble|rouble|руб|доллар|долар|евро|євро|гривен|грн|hryvnia|\byen\b|yuan|renminbi|rupee|francs|\bchf\b|magnitud|richter|stärke|магнитуд|магнітуд/iu;

describe('mayGiveSumOrMagnitude', () => {
  it('answers as the single expression did, at word edges and for letters that fold to ASCII (ſ, K)', () => {
    const words = ['yen', 'chf', 'eur', 'euro', 'usd', 'Stärke', 'dollar', 'магнітуд', 'Руб'];
    const around = ['', ' ', 'a', '_', '1', 'é', 'ſ', 'K', 'k', '.', '€', '\u{1F600}', 'Я'];
    for (const word of words)
      for (const before of around)
        for (const after of around)
          for (const text of [`${before}${word}${after}`, `${before}${word.toUpperCase()}${after}`])
            expect(mayGiveSumOrMagnitude(text), text).toBe(ONE_EXPRESSION.test(text));
  });

  it('finds currency signs and quake words in running text', () => {
    expect(mayGiveSumOrMagnitude('Thieves took ₹2 crore')).toBe(true);
    expect(mayGiveSumOrMagnitude('a 5.9 Richter quake')).toBe(true);
    expect(mayGiveSumOrMagnitude('Zwölf Menschen starben')).toBe(false);
    expect(mayGiveSumOrMagnitude('the Yemen talks')).toBe(false);
  });
});
