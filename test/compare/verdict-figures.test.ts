import { describe, expect, it } from 'vitest';
import { breakdownOfSpecs, divergenceRows } from './fixtures/make.ts';

describe('the degree of a conviction', () => {
  it("is set against another outlet's, and the verdict in dispute is no agreed fact", () => {
    const b = breakdownOfSpecs('verdict', [
      { outlet: 'a', body: ['A jury on Tuesday found Dale Orwin guilty of first-degree murder in the death of his neighbour.'] },
      { outlet: 'b', body: ['Dale Orwin was convicted of second-degree murder on Tuesday for killing his neighbour, prosecutors said.'] },
      { outlet: 'c', body: ['Jurors found Dale Orwin guilty of first-degree murder on Tuesday.'] },
    ]);
    expect(divergenceRows(b.divergences.numbers)).toEqual([
      ['degree of the murder conviction', ['first-degree murder a,c', 'second-degree murder b']],
    ]);
    // "found guilty of first-degree murder" had been credited to the outlet that said second-degree.
    expect(b.consensus.filter((c) => /degree/u.test(c.statement))).toEqual([]);
  });
});
