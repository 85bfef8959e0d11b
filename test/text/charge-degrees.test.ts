import { describe, expect, it } from 'vitest';
import { findChargeDegrees } from '../../src/text/charge-degrees.ts';

const read = (sentence: string): [string, number][] => findChargeDegrees(sentence).map((m) => [m.thing, m.value]);

describe('findChargeDegrees', () => {
  it('reads the degree of a conviction and of a charge, each keyed by its stage and offence', () => {
    expect(read('A jury found Dale Orwin guilty of first-degree murder on Tuesday.')).toEqual([['conviction:murder', 1]]);
    expect(read('Orwin was convicted of second-degree murder.')).toEqual([['conviction:murder', 2]]);
    expect(read('He was charged Saturday with one count of first-degree murder.')).toEqual([['charge:murder', 1]]);
    expect(read('She pleaded guilty to third-degree assault.')).toEqual([['conviction:assault', 3]]);
  });

  it('reads no degree without a verdict or charge before it', () => {
    expect(read('First-degree murder carries a life sentence in the state.')).toEqual([]);
  });
});
