import { describe, expect, it } from 'vitest';
import { stem } from '../../src/text/stem.ts';
import { stemUkrainian } from '../../src/text/stem-uk.ts';

describe('stem', () => {
  it.each([
    ['en', 'earthquakes', 'earthquake'],
    ['de', 'erdbeben', 'erdbeb'],
    ['fr', 'tremblements', 'trembl'],
    ['es', 'terremotos', 'terremot'],
    ['ru', 'землетрясения', 'землетрясением'],
  ])('%s: reduces inflected forms to one stem', (lang, a, b) => {
    expect(stem(lang, a)).toBe(stem(lang, b));
  });

  it('maps Russian case forms of a name to one stem', () => {
    expect(stem('ru', 'навального')).toBe(stem('ru', 'навальный'));
  });

  it('maps Ukrainian inflections to one stem', () => {
    expect(stemUkrainian('землетрусу')).toBe(stemUkrainian('землетрус'));
    expect(stemUkrainian('президента')).toBe(stemUkrainian('президентом'));
    expect(stemUkrainian('київської')).toBe(stemUkrainian('київська'));
    expect(stem('uk', 'заявила')).toBe(stem('uk', 'заявили'));
  });

  it('leaves words of languages without a stemmer as they are', () => {
    expect(stem('ja', '地震')).toBe('地震');
  });
});
