import { describe, expect, it } from 'vitest';
import { breakdownOfSpecs, divergenceRows } from './fixtures/make.ts';

describe("a game's final score", () => {
  it("is set against another outlet's, and the score in dispute is no agreed fact", () => {
    const b = breakdownOfSpecs('game', [
      {
        outlet: 'a',
        body: ['Varn United beat Korvel City 3-1 on Saturday to go top of the league.', 'Ade Bello scored twice for United.'],
      },
      {
        outlet: 'b',
        body: ['Varn United defeated Korvel City 3-2 on Saturday and moved to the top of the table.', 'Bello scored two goals.'],
      },
      { outlet: 'c', body: ['Varn United won 3-1 against Korvel City on Saturday.', 'A crowd of 41,000 watched at the Varn Arena.'] },
    ]);
    expect(divergenceRows(b.divergences.numbers)).toEqual([['score against Korvel City', ['3-1 a,c', '3-2 b']]]);
    // "won 3-1" had been credited to the outlet that gave 3-2.
    expect(b.consensus.filter((c) => /3-1/u.test(c.statement))).toEqual([]);
  });
});
