import { describe, expect, it } from 'vitest';
import { claimDivergences, withoutHeldConflicts } from '../../src/compare/claims.ts';
import type { ClaimDivergence, ClaimSide } from '../../src/domain/breakdown.ts';
import { draftsOf } from './fixtures/make.ts';

describe('claimDivergences', () => {
  it('finds a denial that answers an accusation made in another outlet', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: [
          'The reservoir spilled over on Monday.',
          'Mayor Ilse Varga said the Kessel Hydro operator opened the sluice gates without warning.',
        ],
      },
      { outlet: 'south', body: ['Kessel Hydro denied that its sluice gates were opened before the flood.'] },
    ]);
    const [conflict, ...rest] = claimDivergences(drafts);
    expect(rest).toEqual([]);
    expect(conflict?.topic).toContain('sluice');
    expect(conflict?.sides.map((s) => [s.party, s.outlets])).toEqual([
      ['Mayor Ilse Varga', ['north']],
      ['Kessel Hydro', ['south']],
    ]);
    expect(conflict?.sides[1]?.quotes[0]?.sentence).toBe('Kessel Hydro denied that its sluice gates were opened before the flood.');
  });

  it('finds a denial by the party another outlet blames, whatever each calls the deed', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: ['A car bomb killed 17 people at a market in Korvel.', 'The interior ministry blamed the Red Banner militia for the attack.'],
      },
      {
        outlet: 'south',
        body: ['A car bomb hit a market in Korvel on Friday.', 'The Red Banner militia denied it carried out the bombing.'],
      },
    ]);
    const [conflict, ...rest] = claimDivergences(drafts);
    expect(rest).toEqual([]);
    expect(conflict?.topic).toBe('whether Red Banner militia is to blame');
    expect(conflict?.sides.map((side) => side.party)).toEqual(['interior ministry', 'Red Banner militia']);
    // A denial by another body than the one blamed answers nothing.
    const other = draftsOf([
      { outlet: 'north', body: ['The interior ministry blamed an armed group for the attack on the market.'] },
      { outlet: 'south', body: ['A rights group denied it had carried out the bombing.'] },
    ]);
    expect(claimDivergences(other)).toEqual([]);
  });

  it('splits "X says … while Y says …" into two sides', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: 'The army said the convoy carried food aid, while the rebels said the convoy carried no food aid.' },
    ]);
    expect(claimDivergences(drafts).flatMap((d) => d.sides.map((s) => s.party))).toEqual(['army', 'rebels']);
  });

  it('finds parties blaming different culprits', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: 'The government blamed the rebels for the attack on the bridge.' },
      { outlet: 'b', body: 'The rebels blamed the army for the attack on the bridge.' },
    ]);
    expect(claimDivergences(drafts).flatMap((d) => d.sides.map((s) => s.party))).toEqual(['government', 'rebels']);
  });

  it('stays quiet when parties agree or talk about different things', () => {
    const agree = draftsOf([
      { outlet: 'a', body: 'Police said the bridge collapsed at noon.' },
      { outlet: 'b', body: 'Firefighters confirmed the bridge collapsed at noon.' },
    ]);
    expect(claimDivergences(agree)).toEqual([]);
    const unrelated = draftsOf([
      { outlet: 'a', body: 'Police said the bridge collapsed at noon.' },
      { outlet: 'b', body: 'The school board denied that classes would resume on Friday.' },
    ]);
    expect(claimDivergences(unrelated)).toEqual([]);
  });
});

describe('claimDivergences in other languages', () => {
  it('finds a German denial of a mayor’s accusation', () => {
    const drafts = draftsOf([
      { outlet: 'a', language: 'de', body: 'Der Bürgermeister sagte, der Betreiber habe die Schleusen ohne Warnung geöffnet.' },
      { outlet: 'b', language: 'de', body: 'Der Betreiber bestritt, die Schleusen vor dem Hochwasser geöffnet zu haben.' },
    ]);
    expect(claimDivergences(drafts).flatMap((d) => d.sides.map((s) => s.party))).toEqual(['Bürgermeister', 'Betreiber']);
  });

  it('finds a Russian denial', () => {
    const drafts = draftsOf([
      { outlet: 'a', language: 'ru', body: 'Мэр заявил, что оператор открыл шлюзы водохранилища без предупреждения.' },
      { outlet: 'b', language: 'ru', body: 'Оператор опроверг, что шлюзы водохранилища открывали до наводнения.' },
    ]);
    expect(claimDivergences(drafts).flatMap((d) => d.sides.map((s) => s.party))).toEqual(['мэр', 'оператор']);
  });

  it('ignores a bare denial with nothing to anchor it', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: 'Mr. Lane denied that he was the donor.' },
      { outlet: 'b', body: 'The charity said it will not reveal the name of the donor until next year.' },
    ]);
    expect(claimDivergences(drafts)).toEqual([]);
  });
});

describe('claimDivergences with a bare denial', () => {
  it('reads "denied the allegation" against the statement just before it', () => {
    const drafts = draftsOf([
      {
        outlet: 'a',
        body: ['Residents said the factory dumped chemicals into the river at night.', 'The factory owner denied the allegation.'],
      },
    ]);
    expect(claimDivergences(drafts).flatMap((d) => d.sides.map((s) => s.party))).toEqual(['residents', 'factory owner']);
  });
});

describe('claims from two names of one body', () => {
  it('are one party, never two sides of a conflict', async () => {
    const { claimDivergences } = await import('../../src/compare/claims.ts');
    const { draftsOf } = await import('./fixtures/make.ts');
    const drafts = draftsOf([
      { outlet: 'a', body: 'The USGS said the quake struck under the northern coast of Norland.' },
      { outlet: 'b', body: 'The geological survey said the quake had not struck under the northern coast of Norland.' },
    ]);
    expect(claimDivergences(drafts)).toEqual([]);
  });

  it('shows a conflict once when another one holds all its sides and sentences', () => {
    const side = (party: string, outlet: string, sentence: string): ClaimSide => ({
      party,
      claim: sentence,
      quotes: [{ articleId: `${outlet}-1`, outlet, sentence }],
      outlets: [outlet],
    });
    const okafor = side('Okafor', 'b', 'Okafor said she will not name the informant.');
    const marlow = side('Marlow', 'c', 'Marlow denied that he was the informant.');
    const brandt = side('Brandt', 'a', 'Brandt insisted the informant was one clerk.');
    const three: ClaimDivergence = { topic: 'informant clerk', sides: [brandt, okafor, marlow] };
    const two: ClaimDivergence = { topic: 'clerk informant', sides: [okafor, marlow] };
    expect(withoutHeldConflicts([two, three])).toEqual([three]);
    // Another sentence on one side is news the larger conflict does not show: both stay.
    const more: ClaimDivergence = {
      topic: 'informant',
      sides: [okafor, { ...marlow, quotes: [...marlow.quotes, { articleId: 'd-1', outlet: 'd', sentence: 'Marlow again denied it.' }] }],
    };
    expect(withoutHeldConflicts([more, three])).toEqual([more, three]);
    // Two conflicts of equal size never drop each other.
    expect(withoutHeldConflicts([two, { ...two, topic: 'other' }])).toHaveLength(2);
  });
});

describe('claim sides read as sentences', () => {
  it('shows the sentence a side comes from when its clause, cut from it, reads as no sentence', () => {
    const drafts = draftsOf([
      {
        outlet: 'a',
        body: [
          'Although Orlan insisted he was not the informant, and that the informant was a group of several clerks, Vell and Marsh have insisted the informant was one clerk.',
        ],
      },
      { outlet: 'b', body: ['Orlan said the informant for reporters Vell and Marsh was not one clerk, but a group of several clerks.'] },
    ]);
    const sides = claimDivergences(drafts).flatMap((c) => c.sides);
    expect(sides.length).toBeGreaterThanOrEqual(2);
    for (const side of sides) expect(side.claim).toMatch(/^\p{Lu}/u);
    expect(sides.find((s) => s.party === 'Marsh')?.claim).toMatch(/^Although Orlan insisted/u);
  });
});
