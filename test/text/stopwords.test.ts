import { describe, expect, it } from 'vitest';
import { isStopword } from '../../src/text/stopwords.ts';

describe('stopwords', () => {
  it.each([
    ['en', 'the'],
    ['de', 'und'],
    ['fr', 'les'],
    ['es', 'los'],
    ['ru', 'который'],
    ['uk', 'що'],
  ])('%s: knows %s', (lang, word) => {
    expect(isStopword(lang, word)).toBe(true);
  });

  it('keeps words that name what events are about', () => {
    expect(isStopword('en', 'fire')).toBe(false);
    expect(isStopword('en', 'million')).toBe(false);
    expect(isStopword('ru', 'война')).toBe(false);
    expect(isStopword('en', 'earthquake')).toBe(false);
  });

  it('has no stop words for an unknown language', () => {
    expect(isStopword('xx', 'the')).toBe(false);
  });
});
