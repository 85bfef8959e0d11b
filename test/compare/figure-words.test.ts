import { describe, expect, it } from 'vitest';
import { figureOf } from '../../src/compare/figures.ts';
import { findNone, findQuantities } from '../../src/text/quantity-mentions.ts';

describe('figureOf on counts of none', () => {
  it('words a count of none as "none", not "0"', () => {
    const [none] = findNone('No one was killed in the blast, the harbour authority said.');
    expect(none).toBeDefined();
    expect(figureOf(none!.quantity, none!)).toBe('none');
  });

  it('keeps a written zero as a number', () => {
    expect(figureOf('deaths', { text: '0 dead', quantity: 'deaths', min: 0, max: 0, value: 0, high: 0 })).toBe('0');
  });
});

describe('figureOf on sums and large counts', () => {
  const exact = (value: number) => ({ text: String(value), quantity: 'x', min: value, max: value, value, high: value });

  it('groups thousands as news writes them and shows cents on small sums', () => {
    expect(figureOf('money:USD', exact(1199))).toBe('$1,199');
    expect(figureOf('money:USD', exact(25.5))).toBe('$25.50');
    expect(figureOf('money:USD', exact(13.9e9))).toBe('$13.9 billion');
    expect(figureOf('deaths', exact(1500))).toBe('1,500');
    expect(figureOf('magnitude', exact(6.1))).toBe('6.1');
  });
});

describe('figureOf on vague amounts', () => {
  it('says "several hundred" whole, not "several"', () => {
    const [injured] = findQuantities('Several hundred people were injured in the clashes.', 'en');
    expect(injured?.quantity).toBe('injured');
    expect(figureOf(injured!.quantity, injured!)).toBe('several hundred');
    const [arrests] = findQuantities('Several dozen were arrested.', 'en');
    expect(figureOf(arrests!.quantity, arrests!)).toBe('several dozen');
  });
});

describe('figureOf on decimals', () => {
  it('keeps the places a decimal is written with', () => {
    const [about] = findQuantities('The quake struck with a force of about 6.0 on the Richter scale.', 'en');
    expect(figureOf(about!.quantity, about!)).toBe('about 6.0');
    const [plain] = findQuantities('A 5.9 magnitude earthquake hit the island.', 'en');
    expect(figureOf(plain!.quantity, plain!)).toBe('5.9');
  });
});
