import { describe, expect, it } from 'vitest';
import { withoutDisputedFigures } from '../../src/compare/consensus.ts';
import type { ConsensusFact, NumberDivergence, NumberVariant, Quote } from '../../src/domain/breakdown.ts';

const quote = (outlet: string, sentence: string): Quote => ({ articleId: `${outlet}-1`, outlet, sentence });
const variant = (figure: string, quotes: Quote[]): NumberVariant => ({
  text: figure,
  figure,
  min: Number(figure),
  max: Number(figure),
  attribution: null,
  firstReportedAt: null,
  quotes,
  outlets: quotes.map((q) => q.outlet),
});
const fact = (statement: string, quotes: Quote[]): ConsensusFact => ({ statement, quotes, outlets: quotes.map((q) => q.outlet) });

/** "Most outlets agree" never shows a figure the same breakdown lists as disputed. */
describe('agreed facts and disputed figures', () => {
  const north = quote('north', 'The mill fire killed 4 workers on Friday, the fire service said.');
  const south = quote('south', 'The mill fire killed 6 workers on Friday, the union said.');
  const east = quote('east', 'A fire at the Tarn mill on Friday killed workers on the night shift.');
  const deaths = (kind: 'conflict' | 'update'): NumberDivergence => ({
    quantity: 'deaths',
    label: 'deaths',
    kind,
    change:
      kind === 'update' ? { from: { figure: '4', at: null, outlets: ['north'] }, to: { figure: '6', at: null, outlets: ['south'] } } : null,
    variants: [variant('4', [north]), variant('6', [south])],
  });

  it('shows the fact in the words of a report that gives no disputed figure', () => {
    const [shown, ...rest] = withoutDisputedFigures([fact(north.sentence, [north, south, east])], [deaths('conflict')]);
    expect(rest).toEqual([]);
    expect(shown?.statement).toBe(east.sentence);
    // Every outlet that states the fact is still credited with it.
    expect(shown?.outlets).toEqual(['north', 'south', 'east']);
  });

  it('leaves the fact out when every report words it with a disputed figure', () => {
    expect(withoutDisputedFigures([fact(north.sentence, [north, south])], [deaths('conflict')])).toEqual([]);
  });

  it('keeps the latest figure of an update, not the one it left behind', () => {
    expect(withoutDisputedFigures([fact(south.sentence, [south, north])], [deaths('update')])[0]?.statement).toBe(south.sentence);
    expect(withoutDisputedFigures([fact(north.sentence, [north, south])], [deaths('update')])[0]?.statement).toBe(south.sentence);
  });

  it('keeps a fact none of whose sentences gives a listed figure', () => {
    const other = fact(east.sentence, [east]);
    expect(withoutDisputedFigures([other], [deaths('conflict')])).toEqual([other]);
  });
});
