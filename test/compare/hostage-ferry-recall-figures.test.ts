import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { findQuantities } from '../../src/text/quantity-mentions.ts';
import { divergenceRows, draftsOf } from './fixtures/make.ts';

const counts = (sentence: string): [string, number][] => findQuantities(sentence, 'en').map((m) => [m.quantity, m.value]);

describe('hostages, those a ship carries, goods recalled and workers on strike', () => {
  it('reads each however the sentence words it', () => {
    expect(counts('Gunmen took 12 people hostage at a bank.')).toEqual([['hostages', 12]]);
    expect(counts('Armed men held 15 hostages inside the bank.')).toEqual([['hostages', 15]]);
    expect(counts('A ferry carrying 312 passengers sank off Korvel.')).toEqual([['aboard', 312]]);
    expect(counts('A truck carrying 20 tonnes of grain overturned.')).toEqual([]);
    expect(counts('Halvorsen is recalling 340,000 vehicles worldwide.')).toEqual([['recalled', 340000]]);
    expect(counts('About 4,000 dock workers walked off the job in Lorne on Monday.')).toEqual([['on strike', 4000]]);
    expect(counts('A strike by 6,000 dockworkers shut the port.')).toEqual([['on strike', 6000]]);
    expect(counts('The port employs 4,000 workers.')).toEqual([]);
  });

  it("sets the workers one outlet says are on strike against another outlet's", () => {
    const strike = draftsOf([
      { outlet: 'a', body: ['About 4,000 dock workers walked off the job in Lorne on Monday, their union said.'] },
      { outlet: 'b', body: ['Some 6,000 port workers went on strike in Lorne on Monday over pay.'] },
    ]);
    expect(divergenceRows(numberDivergences(strike))).toEqual([['workers on strike', ['about 4,000 a', 'about 6,000 b']]]);
  });

  it("sets each against another outlet's, and credits no outlet with a count it did not give", () => {
    const hostage = draftsOf([
      { outlet: 'a', body: ['Gunmen took 12 people hostage at a bank in Tarvo on Monday, police said.'] },
      { outlet: 'b', body: ['Armed men held 15 hostages inside a Tarvo bank for nine hours on Monday before surrendering, police said.'] },
      { outlet: 'c', body: ['Twelve hostages were freed unharmed on Monday after a nine-hour siege at a bank in Tarvo.'] },
    ]);
    expect(divergenceRows(numberDivergences(hostage))).toEqual([['hostages', ['12 a,c', '15 b']]]);
    const ferry = draftsOf([
      { outlet: 'a', body: ['A ferry carrying 312 passengers sank off Korvel on Saturday, the coastguard said.'] },
      { outlet: 'b', body: ['A ferry with 340 people on board sank off Korvel on Saturday.'] },
    ]);
    expect(divergenceRows(numberDivergences(ferry))).toEqual([['people on board', ['312 a', '340 b']]]);
    const recall = draftsOf([
      { outlet: 'a', body: ['Carmaker Halvorsen is recalling 340,000 vehicles worldwide because of a brake fault.'] },
      { outlet: 'b', body: ['Halvorsen said on Thursday it would recall 430,000 cars over faulty brakes.'] },
    ]);
    expect(divergenceRows(numberDivergences(recall))).toEqual([['units recalled', ['340,000 a', '430,000 b']]]);
  });
});
