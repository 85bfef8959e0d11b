import { describe, expect, it } from 'vitest';
import { sameSubject, shareSubject } from '../../src/compare/share-subject.ts';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { reportedCounts } from '../../src/text/quantity-mentions.ts';
import { namedEntities } from '../../src/text/terms.ts';
import { draftsOf } from './fixtures/make.ts';

/** The subject of the sentence's first share, as comparison reads it. */
const subjectOf = (sentence: string): Set<string> => {
  const m = reportedCounts(sentence, 'en').find((x) => x.quantity === 'percent');
  if (m === undefined) throw new Error(`no share in: ${sentence}`);
  return shareSubject(sentence, m, namedEntities(sentence, 'en'), 'en').stems;
};

describe('what a share is of', () => {
  it('reads the subject a clause puts the figure to, whatever links them', () => {
    expect(
      sameSubject(subjectOf('Officials said participation reached 71 percent by the evening.'), subjectOf('Participation was nearly 64%.')),
    ).toBe(true);
  });

  it('reads the phrase after "of" up to its verb, and tells different subjects apart', () => {
    const voters = subjectOf('About 71 percent of registered voters took part, the commission said.');
    const seats = subjectOf('Some 64 percent of the seats went to the ruling bloc.');
    expect(voters.size).toBeGreaterThan(0);
    expect(sameSubject(voters, seats)).toBe(false);
  });

  it('counts where a share was measured as part of it: traffic to one country is not traffic to another', () => {
    expect(
      sameSubject(subjectOf('Nearly 60% of traffic to Norland was cut off.'), subjectOf('About 35% of traffic to Ostravia was cut off.')),
    ).toBe(false);
  });

  it('lists two outlets giving different figures for one share as a divergence, and shares of other things not at all', () => {
    const drafts = draftsOf([
      {
        outlet: 'wire',
        body: [
          'Election officials said participation reached 71 percent in the vote for 150 seats, all of them contested by Harbour Party allies.',
        ],
      },
      { outlet: 'daily', body: ['The Central Vote Board of Norland said that participation was almost 64%.'] },
      { outlet: 'weekly', body: ['Ninety percent of the candidates belong to the Harbour Party.'] },
    ]);
    const shares = numberDivergences(drafts).filter((d) => d.quantity === 'percent');
    expect(shares.map((d) => d.variants.map((v) => v.text))).toEqual([['almost 64%', '71 percent']]);
    // Readers see what the share is of, not the bare word "share".
    expect(shares[0]?.label).toBe('participation');
  });
});
