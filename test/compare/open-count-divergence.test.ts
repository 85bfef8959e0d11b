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
