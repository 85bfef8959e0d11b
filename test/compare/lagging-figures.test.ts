import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { divergenceLine } from '../../src/compare/wording.ts';
import { draftsOf } from './fixtures/make.ts';

/** Reports of one fire's toll, each as `[outlet, UTC time, what it says]`. */
const toll = (reports: [string, string, string][]) =>
  numberDivergences(draftsOf(reports.map(([outlet, time, body]) => ({ outlet, body, publishedAt: `2031-03-01T${time}:00Z` }))));

const fire = 'in the fire at the Halvard mill in Dunmore on Tuesday';

describe('a running count with a report that lags', () => {
  it('is an update when one source gave every figure and the latest is the highest: a late report repeats an older count', () => {
    const [deaths, ...rest] = toll([
      ['north', '10:00', `At least five people died ${fire}, police said.`],
      ['south', '10:30', `Three people died ${fire}, police said.`],
      ['east', '11:00', `Twelve people died ${fire}, police said.`],
      ['west', '12:00', `Twelve people were killed ${fire}, police said.`],
    ]);
    expect(rest).toEqual([]);
    expect(deaths?.kind).toBe('update');
    expect(divergenceLine(deaths!)).toBe('deaths rose from at least 5 to 12 between 10:00 and 12:00 UTC');
  });

  it('reads one source named by a common noun ("officials") as one source too', () => {
    const [deaths] = toll([
      ['north', '10:00', `At least five people died ${fire}, officials said.`],
      ['south', '10:30', `Three people died ${fire}, officials said.`],
      ['east', '11:00', `Twelve people died ${fire}, officials said.`],
    ]);
    expect(deaths?.kind).toBe('update');
  });

  it('stays a conflict when the lower, later figure is another source\u2019s', () => {
    const [deaths] = toll([
      ['north', '10:00', `At least five people died ${fire}, police said.`],
      ['south', '10:30', `Three people died ${fire}, the hospital said.`],
      ['east', '11:00', `Twelve people died ${fire}, police said.`],
      ['west', '12:00', `Twelve people were killed ${fire}, police said.`],
    ]);
    expect(deaths?.kind).toBe('conflict');
  });

  it('stays a conflict when the latest figure is not the highest', () => {
    const [deaths] = toll([
      ['north', '10:00', `Five people died ${fire}, police said.`],
      ['east', '11:00', `Twelve people died ${fire}, police said.`],
      ['west', '12:00', `Seven people died ${fire}, police said.`],
    ]);
    expect(deaths?.kind).toBe('conflict');
  });
});
