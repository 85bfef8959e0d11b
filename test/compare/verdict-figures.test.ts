import { describe, expect, it } from 'vitest';
import { buildBreakdown } from '../../src/compare/build-breakdown.ts';
import { articleOf, outletNamed } from './fixtures/make.ts';

describe('the degree of a conviction', () => {
  it("is set against another outlet's, and the verdict in dispute is no agreed fact", () => {
    const articles = [
      { outlet: 'a', body: ['A jury on Tuesday found Dale Orwin guilty of first-degree murder in the death of his neighbour.'] },
      { outlet: 'b', body: ['Dale Orwin was convicted of second-degree murder on Tuesday for killing his neighbour, prosecutors said.'] },
      { outlet: 'c', body: ['Jurors found Dale Orwin guilty of first-degree murder on Tuesday.'] },
    ].map(articleOf);
    const b = buildBreakdown({
      story: { id: 'verdict', articleIds: articles.map((a) => a.id), firstSeen: '', lastUpdated: '' },
      articles,
      outletOf: (a) => outletNamed(a.sourceId),
    });
    expect(b.divergences.numbers.map((d) => [d.label, d.variants.map((v) => `${v.figure} ${v.outlets.join(',')}`)])).toEqual([
      ['degree of the murder conviction', ['first-degree murder a,c', 'second-degree murder b']],
    ]);
    // "found guilty of first-degree murder" had been credited to the outlet that said second-degree.
    expect(b.consensus.filter((c) => /degree/u.test(c.statement))).toEqual([]);
  });
});
