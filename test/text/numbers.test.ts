import { describe, expect, it } from 'vitest';
import { overlaps, parseAmount, parseNumeral, scanAmounts } from '../../src/text/numbers.ts';

describe('parseNumeral', () => {
  it.each([
    ['3,000', 'en', 3000],
    ['3 000', 'fr', 3000],
    ['3\u00a0000', 'en', 3000],
    ['3.000', 'de', 3000],
    ['3.000', 'es', 3000],
    ['1.234.567', 'en', 1234567],
    ['6.1', 'en', 6.1],
    ['6,1', 'de', 6.1],
    ['5,9', 'fr', 5.9],
    ['1,5', 'ru', 1.5],
    ['twelve', 'en', 12],
    ['twenty-five', 'en', 25],
    ['zwölf', 'de', 12],
    ['douze', 'fr', 12],
    ['doce', 'es', 12],
    ['двенадцать', 'ru', 12],
    ['дванадцять', 'uk', 12],
    ['many', 'en', null],
  ] as const)('%s (%s) → %s', (raw, language, value) => {
    expect(parseNumeral(raw, language)).toBe(value);
  });
});

describe('parseAmount', () => {
  it.each([
    ['12', 'en', 12, 12],
    ['at least 10', 'en', 10, null],
    ['more than a dozen', 'en', 13, null],
    ['a dozen', 'en', 12, 12],
    ['nearly 3,000', 'en', 2700, 3000],
    ['about 40', 'en', 36, 44],
    ['some 200', 'en', 180, 220],
    ['up to 12', 'en', 0, 12],
    ['fewer than 5', 'en', 0, 4],
    ['over 3,000', 'en', 3001, null],
    ['dozens', 'en', 24, 99],
    ['hundreds', 'en', 200, 999],
    ['several thousand', 'en', 2000, 9999],
    ['tens of thousands', 'en', 20000, 99999],
    ['10 to 12', 'en', 10, 12],
    ['10-12', 'en', 10, 12],
    ['between 10 and 12', 'en', 10, 12],
    ['three hundred', 'en', 300, 300],
    ['2.5 million', 'en', 2500000, 2500000],
    ['6.1-magnitude', 'en', 6.1, 6.1],
    ['mindestens zwölf', 'de', 12, null],
    ['Tausende', 'de', 2000, 9999],
    ['plus de 3 000', 'fr', 3001, null],
    ['des dizaines', 'fr', 20, 99],
    ['casi 3.000', 'es', 2700, 3000],
    ['de 10 a 12', 'es', 10, 12],
    ['около 300', 'ru', 270, 330],
    ['2,5 млн', 'ru', 2500000, 2500000],
    ['понад 100', 'uk', 101, null],
  ] as const)('%s (%s) → [%s, %s]', (phrase, language, min, max) => {
    expect(parseAmount(phrase, language)).toEqual({ min, max });
  });

  it('ignores bare years and words that are not amounts', () => {
    expect(parseAmount('in 2024', 'en')).toBeNull();
    expect(parseAmount('the river rose', 'en')).toBeNull();
  });
});

describe('scanAmounts', () => {
  it('finds every amount with its span, qualifier included', () => {
    const text = 'At least 10 died and about 40 were hurt.';
    const found = scanAmounts(text, 'en').map((m) => [text.slice(m.start, m.end), m.min, m.max, m.qualifier]);
    expect(found).toEqual([
      ['At least 10', 10, null, 'least'],
      ['about 40', 36, 44, 'about'],
    ]);
  });
});

describe('overlaps', () => {
  it('treats "at least 10" and "12" as consistent but "12" and "15" as not', () => {
    expect(overlaps({ min: 10, max: null }, { min: 12, max: 12 })).toBe(true);
    expect(overlaps({ min: 12, max: 12 }, { min: 15, max: 15 })).toBe(false);
    expect(overlaps({ min: 0, max: 12 }, { min: 13, max: null })).toBe(false);
  });
});

describe('parseAmount language and scale', () => {
  it('reads number words only in their own language', () => {
    expect(parseAmount('once', 'en')).toBeNull();
    expect(parseAmount('once', 'es')).toEqual({ min: 11, max: 11 });
    expect(parseAmount('fast 100', 'en')).toEqual({ min: 100, max: 100 });
    expect(parseAmount('fast 100', 'de')).toEqual({ min: 90, max: 100 });
    expect(parseAmount('90 cent', 'en')).toEqual({ min: 90, max: 90 });
  });

  it('carries a multiplier back over a range and keeps decimals tight', () => {
    expect(parseAmount('$140-150 million', 'en')).toEqual({ min: 140e6, max: 150e6 });
    expect(parseAmount('about 6.0', 'en')).toEqual({ min: 5.95, max: 6.05 });
  });

  it('gives "about" a tenth either way, or half of what the figure is rounded to when that is less', () => {
    expect(parseAmount('about $5.6 billion', 'en')).toEqual({ min: 5.55e9, max: 5.65e9 });
    expect(parseAmount('about 1,500', 'en')).toEqual({ min: 1450, max: 1550 });
    expect(parseAmount('about 100', 'en')).toEqual({ min: 90, max: 110 });
    expect(parseAmount('about 2,000', 'en')).toEqual({ min: 1800, max: 2200 });
    // A figure in words says nothing of how it was rounded.
    expect(parseAmount('about five', 'en')).toEqual({ min: 4.5, max: 5.5 });
  });

  it('reads a multiplier joined to the number by a hyphen', () => {
    expect(parseAmount('$137-million', 'en')).toEqual({ min: 137e6, max: 137e6 });
    expect(parseAmount('2.6-million', 'en')).toEqual({ min: 2.6e6, max: 2.6e6 });
  });
});
