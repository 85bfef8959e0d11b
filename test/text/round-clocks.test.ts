import { describe, expect, it } from 'vitest';
import { findRoundClocks } from '../../src/text/round-clocks.ts';

const read = (sentence: string): [string, number, string][] => findRoundClocks(sentence).map((m) => [m.thing, m.value, m.shown]);

describe('findRoundClocks', () => {
  it('reads the time gone in a round, keyed by the round, however it is written', () => {
    expect(read('The referee stopped the fight 44 seconds into the seventh round.')).toEqual([['round 7', 44, '44 seconds']]);
    expect(read('Okoro stopped Lindell after 44 seconds of the seventh round.')).toEqual([['round 7', 44, '44 seconds']]);
    expect(read('The fight was stopped at 1:05 of the third round.')).toEqual([['round 3', 65, '1:05']]);
    // The round named before a mark that names none.
    expect(read('Okoro finished it in the seventh, the referee stepping in at the 2:15 mark.')).toEqual([['round 7', 135, '2:15']]);
  });

  it('reads no count of rounds, no clock without a round, and no time left in a game', () => {
    expect(read('Okoro won 10 of the 12 rounds.')).toEqual([]);
    expect(read('The referee stepped in at the 2:15 mark.')).toEqual([]);
    expect(read('Luck scored with 4:08 to play in the fourth quarter.')).toEqual([]);
  });
});
