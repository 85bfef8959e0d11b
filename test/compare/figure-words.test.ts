import { describe, expect, it } from 'vitest';
import { figureOf } from '../../src/compare/figures.ts';
import { findNone } from '../../src/text/quantity-mentions.ts';

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
