import { describe, expect, it } from 'vitest';
import { findFinalScores } from '../../src/text/final-scores.ts';

const read = (sentence: string): [string, string][] => findFinalScores(sentence).map((m) => [m.thing, m.shown]);

describe('findFinalScores', () => {
  it('reads a final score keyed by the opponent named with it, however the result is worded', () => {
    expect(read('Varn United beat Korvel City 3-1 on Saturday.')).toEqual([['city', '3-1']]);
    expect(read('Varn United won 3-2 against Korvel City.')).toEqual([['city', '3-2']]);
    expect(read('The Colts clinched a playoff berth with a 20-13 win over the Kansas City Chiefs.')).toEqual([['chiefs', '20-13']]);
    expect(read('Tarvo Rovers slipped to a 1-4 defeat to Marrow Town.')).toEqual([['town', '4-1']]);
  });

  it('reads no record, no split and no score without its opponent', () => {
    expect(read('The Colts (10-5) clinched a playoff berth.')).toEqual([]);
    expect(read('They are 9-1 in one-score games.')).toEqual([]);
    expect(read('The final score was 3-1.')).toEqual([]);
  });
});
