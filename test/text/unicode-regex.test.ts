import { describe, expect, it } from 'vitest';
import { unicodeWords } from '../../src/text/unicode-regex.ts';

describe('unicodeWords', () => {
  it('matches whole non-ASCII words and nothing inside longer words', () => {
    const re = unicodeWords(/\b(читайте также|lire aussi)\b/iu);
    expect(re.test('Читайте также: наводнение')).toBe(true);
    expect(re.test('À lire aussi : la crue')).toBe(true);
    expect(re.test('перечитайте также')).toBe(false);
    expect(re.test('lire aussitôt')).toBe(false);
  });

  it('keeps ASCII boundaries working', () => {
    const re = unicodeWords(/\bediting by\b/iu);
    expect(re.test('(Editing by Tom Reed)')).toBe(true);
    expect(re.test('Crediting by name')).toBe(false);
  });
});
