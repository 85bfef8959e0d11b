import { describe, expect, it } from 'vitest';
import { placeOf } from '../../src/text/place-adjectives.ts';

describe('placeOf', () => {
  it('reads a place adjective or demonym as the place it names, plurals too', () => {
    expect(placeOf('iranian')).toBe('iran');
    expect(placeOf('greek')).toBe('greece');
    expect(placeOf('greeks')).toBe('greece');
    expect(placeOf('athenian')).toBe('athens');
    expect(placeOf('somalis')).toBe('somalia');
    expect(placeOf('swiss')).toBe('switzerland');
  });

  it('leaves other words alone, and adjectives that are also common words', () => {
    expect(placeOf('quake')).toBe('quake');
    expect(placeOf('iran')).toBe('iran');
    expect(placeOf('polish')).toBe('polish');
    expect(placeOf('roman')).toBe('roman');
    expect(placeOf('afghan')).toBe('afghan');
  });
});
