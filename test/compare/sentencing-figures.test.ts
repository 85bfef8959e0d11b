import { describe, expect, it } from 'vitest';
import { breakdownOfSpecs, divergenceRows } from './fixtures/make.ts';

describe("a sentencing's figures", () => {
  it('sets one sentence given as two lengths against each other, and credits no outlet with a length it did not give', () => {
    const b = breakdownOfSpecs('sentencing', [
      {
        outlet: 'a',
        body: ['Former banker Dale Orwin was sentenced on Friday to 12 years in prison for a fraud that cost investors $40 million.'],
      },
      {
        outlet: 'b',
        body: ['A judge on Friday sentenced former banker Dale Orwin to 15 years in prison for defrauding investors of $40 million.'],
      },
      { outlet: 'c', body: ['Dale Orwin, the former banker, was sentenced to 12 years in prison on Friday for his $40 million fraud.'] },
    ]);
    expect(divergenceRows(b.divergences.numbers)).toEqual([['prison sentence', ['12 years a,c', '15 years b']]]);
    expect(b.consensus.filter((c) => c.outlets.includes('b') && /12 years/u.test(c.statement))).toEqual([]);
  });

  it('does not set two sentences of one life against each other', () => {
    const b = breakdownOfSpecs('obituary', [
      {
        outlet: 'a',
        body: [
          'Mob boss Carl Vane died in prison on Monday at 77.',
          'Vane, who ran a laundry on Pine Street as a front, was sentenced to seven years for heroin dealing.',
        ],
      },
      { outlet: 'b', body: ['Carl Vane, the mob boss, died in prison on Monday.', 'He was sentenced to 12 years for racketeering.'] },
    ]);
    expect(divergenceRows(b.divergences.numbers)).toEqual([]);
  });
});
