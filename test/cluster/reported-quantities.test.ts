import { describe, expect, it } from 'vitest';
import { quantitiesApart, reportedQuantities, rivalCamps, type ReportedQuantity } from '../../src/cluster/reported-quantities.ts';

const magnitude = (v: number): ReportedQuantity => ({ quantity: 'magnitude', min: v, max: v });
const money = (v: number): ReportedQuantity => ({ quantity: 'money', min: v, max: v });
const dead = (v: number): ReportedQuantity => ({ quantity: 'deaths', min: v, max: v });

describe('reportedQuantities', () => {
  it('reads sums and magnitudes from the headline and the lead, takes dollars, euros and pounds for one quantity, and leaves tolls out (they change as news comes in)', () => {
    const got = reportedQuantities(
      {
        title: 'Robbers take €85 million in Velmora jewel heist',
        body: 'Armed robbers stole gems worth 85 million euros ($108 million) from a jeweller in Tarsk, police said.\nTwo people were hurt.',
      },
      'en',
    );
    expect(got).toEqual([money(85e6), money(108e6)]);
  });

  it('leaves out the tail, where reports recall earlier events', () => {
    const lead = Array.from({ length: 6 }, (_, i) => `Rescuers searched street ${i + 1} of Tarsk overnight.`).join(' ');
    expect(reportedQuantities({ title: 'Quake hits Tarsk', body: `${lead} A magnitude 6.4 quake hit the region in 1998.` }, 'en')).toEqual(
      [],
    );
  });
});

describe('reportedQuantities in the lead', () => {
  it('leaves out a lead sentence that looks back at an earlier event, and reads sums written "£1.7m"', () => {
    const got = reportedQuantities(
      {
        title: 'Ram-raiders hit Tarsk jeweller',
        body: 'Jewellery worth £1.7m was stolen from a shop in Tarsk on Monday. In July, a masked thief stole £88m of gems from a hotel in Velmora.',
      },
      'en',
    );
    expect(got).toEqual([money(1.7e6)]);
  });
});

describe('quantitiesApart', () => {
  it('tells two quakes apart by magnitudes most of each group gives and the other never does', () => {
    expect(quantitiesApart([[magnitude(5.6)], [], [magnitude(5.6)]], [[magnitude(5.9)], [magnitude(5.9), dead(10)], [magnitude(6)]])).toBe(
      true,
    );
  });

  it('tells two heists apart by their sums, whatever the currency', () => {
    expect(quantitiesApart([[money(85e6)], [money(108e6)], [money(137e6)]], [[money(2e6)], [money(2.6e6)], []])).toBe(true);
  });

  it('does not take a revised magnitude for a second quake', () => {
    expect(quantitiesApart([[magnitude(5.8)], [magnitude(5.8)]], [[magnitude(5.9)], [magnitude(5.9)]])).toBe(false);
  });

  it('does not ask tolls, which grow as reports update', () => {
    expect(quantitiesApart([[dead(10)], [dead(10)], [dead(10)]], [[dead(30)], [dead(30)], [dead(31)]])).toBe(false);
  });

  it('does not split when one group gives no value of its own', () => {
    expect(quantitiesApart([[magnitude(5.6)], [magnitude(5.9)], []], [[magnitude(5.9)], [magnitude(5.9)], []])).toBe(false);
  });

  it('lets one report in five of the other group give the value too', () => {
    const quake = (v: number, n: number) => Array.from({ length: n }, () => [magnitude(v)]);
    expect(quantitiesApart(quake(5.6, 4), [...quake(5.9, 4), [magnitude(5.6)]])).toBe(true);
    expect(quantitiesApart(quake(5.6, 4), [...quake(5.9, 3), [magnitude(5.6)]])).toBe(false);
  });
});

describe('rivalCamps', () => {
  it('finds the reports of two clearly different values, leaving out those giving both or none', () => {
    expect(
      rivalCamps([[magnitude(5.6)], [magnitude(5.9)], [], [magnitude(5.6)], [magnitude(5.9), magnitude(5.6)], [magnitude(6)]]),
    ).toEqual([
      [0, 3],
      [1, 5],
    ]);
  });

  it('finds none when every value is near another', () => {
    expect(rivalCamps([[magnitude(5.8)], [magnitude(5.9)], [magnitude(5.8)], [magnitude(5.9)]])).toBeNull();
  });
});
