import { describe, expect, it } from 'vitest';
import { sourceWords } from '../../src/compare/source-names.ts';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { namedEntities } from '../../src/text/terms.ts';
import { draftsOf } from './fixtures/make.ts';

const sources = (s: string): string[] => [...sourceWords(s, namedEntities(s, 'en'))].sort();

describe('who reports a figure is not what it is about', () => {
  it('reads the names before a reporting verb and after a source cue as sources, and days as no subject', () => {
    expect(sources('Radio host Lena Ortmann reported on Friday that the Harbour Club offered Brandt $90 million.')).toEqual(
      expect.arrayContaining(['lena', 'ortmann', 'friday']),
    );
    expect(sources('The offer reached $95 million, according to Coastline Sports reporter Ivo Marsh.')).toEqual(
      expect.arrayContaining(['coastline', 'sports', 'ivo', 'marsh']),
    );
    expect(sources('The Harbour Club offered Brandt $90 million.')).toEqual([]);
  });
});

describe('sums about a side party', () => {
  const lead = (outlet: string, extra: string[]): { outlet: string; body: string[] } => ({
    outlet,
    body: [
      'The Harbour Club made Jonas Brandt an offer on Monday.',
      'Brandt is the best hitter on the market.',
      'He played in the final last year.',
      ...extra,
    ],
  });

  it("sets two reports of the story's own offer against each other, whoever reports them", () => {
    const divergences = numberDivergences(
      draftsOf([
        lead('a', ['Radio host Lena Ortmann reported that the Harbour Club offered Brandt $90 million.']),
        lead('b', ['The Harbour Club offered Brandt $120 million, according to Coastline Sports reporter Ivo Marsh.']),
        lead('c', ['The Pine City Giants are said to have offered less.']),
      ]),
    );
    expect(divergences.map((d) => d.variants.map((v) => v.text))).toEqual([['$90 million', '$120 million']]);
  });

  it("keeps an offer by a club most reports name only further down apart from the story's own offer", () => {
    const divergences = numberDivergences(
      draftsOf([
        lead('a', ['The Harbour Club offered Brandt $90 million.', 'The Giants offered him $70 million.']),
        lead('b', ['The Harbour Club offered Brandt $95 million.']),
        lead('c', ['Last week the Giants offered Brandt $70 million.', 'The Giants will not go higher.']),
        lead('d', ['Rumours said the Giants offered $70 million too.']),
      ]),
    );
    expect(divergences.map((d) => d.variants.map((v) => v.text))).toEqual([['$90 million', '$95 million']]);
  });

  it('gives each side party in one sentence its own figure, so two clubs’ offers are not set against each other', () => {
    const divergences = numberDivergences(
      draftsOf([
        lead('a', ['The Giants (seven years, $70-$75 million) and the Rovers (eight years, $90 million) also made offers.']),
        lead('b', ['The Rovers bid $90 million over eight years, the Giants between $70 million and $75 million.']),
        lead('c', ['The Giants offered $80 million, a Giants official said.']),
      ]),
    );
    expect(divergences.map((d) => d.variants.map((v) => [v.min, v.max]))).toEqual([
      [
        [70_000_000, 75_000_000],
        [80_000_000, 80_000_000],
      ],
    ]);
  });
});
