import { describe, expect, it } from 'vitest';
import { findPrisonSentences } from '../../src/text/prison-sentences.ts';
import { findTimeSpans } from '../../src/text/time-spans.ts';

const read = (sentence: string): [number, number | null, string][] => findPrisonSentences(sentence).map((m) => [m.min, m.max, m.shown]);

describe('findPrisonSentences', () => {
  it('reads a sentence handed down in months, with words between the verb and its length', () => {
    expect(read('Former banker Dale Orwin was sentenced on Friday to 12 years in prison.')).toEqual([[144, 144, '12 years']]);
    expect(read('A judge sentenced former banker Dale Orwin to 15 years in prison.')).toEqual([[180, 180, '15 years']]);
    expect(read('Orwin was sentenced to 18 months.')).toEqual([[18, 18, '18 months']]);
    expect(read('He was sentenced to more than four years.')).toEqual([[49, null, 'more than four years']]);
  });

  it('reads no sentence per count, suspended, for life, nor what a charge carries', () => {
    expect(read('He was sentenced to five years on each count.')).toEqual([]);
    expect(read('She was sentenced to two years, suspended for three years.')).toEqual([]);
    expect(read('He was sentenced to life in prison.')).toEqual([]);
    expect(read('He faces up to 20 years in prison.')).toEqual([]);
  });

  it('leaves the sentence to this reader, not to the time spent in prison', () => {
    expect(findTimeSpans('Dale Orwin was sentenced on Friday to 12 years in prison.')).toEqual([]);
    expect(findTimeSpans('He served four months in federal prison.').map((m) => m.quantity)).toEqual(['months:prison']);
  });
});
