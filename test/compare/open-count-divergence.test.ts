import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from './fixtures/make.ts';

describe('open counts keyed by their frame', () => {
  it('sets two counts of one group against each other when verb and agent agree, naming both nouns', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The Arctic Council sent nine inspectors to the Kessel mine after the collapse.' },
      { outlet: 'metro', body: 'The Arctic Council sent only two observers to the Kessel mine, citing the weather.' },
      { outlet: 'daily', body: 'The Arctic Council sent nine inspectors to the Kessel mine on Tuesday.' },
    ]);
    const [count, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(count?.quantity).toBe('inspectors or observers:sent');
    expect(count?.label).toBe('inspectors or observers sent');
    expect(count?.kind).toBe('conflict');
    expect(count?.variants.map((v) => [v.min, [...v.outlets].sort()])).toEqual([
      [2, ['metro']],
      [9, ['coast', 'daily']],
    ]);
  });

  it('lists nothing when the reports agree', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The Arctic Council sent nine inspectors to the Kessel mine.' },
      { outlet: 'metro', body: 'The Arctic Council sent nine experts to the Kessel mine.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('keeps apart counts by different agents, by another verb, or by an unnamed agent', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The Arctic Council sent nine inspectors to the Kessel mine.' },
      { outlet: 'metro', body: 'The Nordic Council sent two inspectors to the Kessel mine.' },
      { outlet: 'daily', body: 'About 40 inspectors visited the Kessel mine during the week.' },
      { outlet: 'times', body: 'He sent four inspectors to the Kessel mine.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('reads "he" and a verb joined on as the subject told before, and only then', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The Harbour club put Marek Doyle on the injured list on Monday. Doyle missed nine games this season.' },
      {
        outlet: 'metro',
        body: 'The Harbour club put its winger on the injured list. Doyle came into the season as its top scorer. He had 12 goals a year ago. But he missed 10 games this season.',
      },
      { outlet: 'daily', body: 'The Harbour club acted on Monday. Doyle was hurt in the opener against Vale, then missed nine games.' },
    ]);
    const [games, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(games?.quantity).toBe('games:missed');
    expect(games?.variants.map((v) => [v.min, [...v.outlets].sort()])).toEqual([
      [9, ['coast', 'daily']],
      [10, ['metro']],
    ]);
    // Another subject before "he" is his: Kent's missed games are not Doyle's.
    const apart = draftsOf([
      { outlet: 'coast', body: 'The Harbour club put Marek Doyle on the injured list on Monday. Doyle missed nine games this season.' },
      {
        outlet: 'metro',
        body: 'The Harbour club put Doyle on the injured list. Kent came back last week. But he missed 10 games this season.',
      },
    ]);
    expect(numberDivergences(apart)).toEqual([]);
  });

  it('compares passives only between sentences telling one happening', () => {
    const one = draftsOf([
      { outlet: 'coast', body: 'Six lorries were seized at the Varna border crossing overnight with stolen copper.' },
      { outlet: 'metro', body: 'Nine lorries were seized at the Varna border crossing with stolen copper.' },
    ]);
    expect(numberDivergences(one).map((d) => d.quantity)).toEqual(['lorries:seized']);
    const two = draftsOf([
      { outlet: 'coast', body: 'Six lorries were seized at the Varna border crossing overnight with stolen copper.' },
      { outlet: 'metro', body: 'Nine lorries were seized in a customs sweep of the northern ports.' },
    ]);
    expect(numberDivergences(two)).toEqual([]);
  });

  it('applies the guards every count has: background years and hypotheticals are left out', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The Arctic Council sent nine inspectors to the Kessel mine.' },
      { outlet: 'metro', body: 'In 2009 the Arctic Council sent three inspectors to the Kessel mine.' },
      { outlet: 'daily', body: 'The Arctic Council could send four inspectors to the Kessel mine.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });
});
