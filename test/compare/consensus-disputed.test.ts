import { describe, expect, it } from 'vitest';
import { withoutDisputedClaims, withoutDisputedFigures } from '../../src/compare/consensus.ts';
import type { ClaimDivergence, ConsensusFact, NumberDivergence, NumberVariant, Quote } from '../../src/domain/breakdown.ts';
import type { QuantityMention } from '../../src/text/quantity-mentions.ts';

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

  it('treats a sentence that counts what is disputed as one side, though no divergence quotes it', () => {
    // "…killing 10 people and injuring 80" while the injured are given as 50 and 80: the divergence quotes other sentences.
    const west = quote('west', 'The mill fire on Friday killed 6 workers and injured 80 others.');
    const plain = quote('plain', 'A fire at the Tarn mill on Friday killed workers and injured others.');
    const mentions = (q: Quote): QuantityMention[] =>
      q === west ? [{ text: 'killed 6', quantity: 'deaths', min: 6, max: 6, value: 6, high: 6 }] : [];
    const facts = [fact(west.sentence, [west, plain])];
    expect(withoutDisputedFigures(facts, [deaths('conflict')], mentions)[0]?.statement).toBe(plain.sentence);
    // The latest value of a count that rose is not disputed; an earlier one is.
    expect(withoutDisputedFigures(facts, [deaths('update')], mentions)[0]?.statement).toBe(west.sentence);
    const early = (q: Quote): QuantityMention[] =>
      q === west ? [{ text: 'killed 4', quantity: 'deaths', min: 4, max: 4, value: 4, high: 4 }] : [];
    expect(withoutDisputedFigures(facts, [deaths('update')], early)[0]?.statement).toBe(plain.sentence);
    // Sums of money are not read this way: two sums in one story are often two quantities.
    const money = { ...deaths('conflict'), quantity: 'money:USD' };
    const sum = (q: Quote): QuantityMention[] =>
      q === west ? [{ text: '$6', quantity: 'money:USD', min: 6, max: 6, value: 6, high: 6 }] : [];
    expect(withoutDisputedFigures(facts, [money], sum)[0]?.statement).toBe(west.sentence);
  });

  it('does not take a count every side can be true beside for a side, nor a bound on the latest value of an update', () => {
    // The dead are given as 4 and 6: "dozens" of injured is no count of the dead, and "at least 4" holds both sides;
    // "at least 6" states the latest value of a count that rose from 4 to 6, as "6" does.
    const west = quote('west', 'The mill fire on Friday killed workers on the night shift, at least 4 of them.');
    const bound =
      (value: number) =>
      (q: Quote): QuantityMention[] =>
        q === west ? [{ text: `at least ${value}`, quantity: 'deaths', min: value, max: null, value, high: value }] : [];
    const facts = [fact(west.sentence, [west, north])];
    expect(withoutDisputedFigures(facts, [deaths('conflict')], bound(4))[0]?.statement).toBe(west.sentence);
    expect(withoutDisputedFigures(facts, [deaths('update')], bound(6))[0]?.statement).toBe(west.sentence);
    // "At least 5" cannot be true beside 4: it takes a side.
    expect(withoutDisputedFigures(facts, [deaths('conflict')], bound(5))).toEqual([]);
  });

  it('shows the fact instead only in a sentence that reads alone', () => {
    // Undisputed, but each needs what its report said before it, or is a headline or someone's words.
    const pointing = quote('west', 'He said a fire at the Tarn mill on Friday killed workers on the night shift.');
    const headline = quote('head', 'Workers killed in Tarn mill fire');
    const quoted = quote('union', '"A fire at the Tarn mill on Friday killed our workers on the night shift," the union said.');
    const facts = [fact(north.sentence, [north, pointing, headline, quoted])];
    expect(withoutDisputedFigures(facts, [deaths('conflict')])).toEqual([]);
    const withPlain = [fact(north.sentence, [north, pointing, east])];
    expect(withoutDisputedFigures(withPlain, [deaths('conflict')])[0]?.statement).toBe(east.sentence);
    expect(
      withoutDisputedClaims(
        [fact(north.sentence, [north, pointing, headline])],
        [
          {
            topic: 'the toll',
            sides: [
              { party: 'fire service', claim: '4', quotes: [north], outlets: ['north'] },
              { party: 'union', claim: '6', quotes: [south], outlets: ['south'] },
            ],
          },
        ],
      ),
    ).toEqual([]);
  });

  it('keeps a fact none of whose sentences gives a listed figure', () => {
    const other = fact(east.sentence, [east]);
    expect(withoutDisputedFigures([other], [deaths('conflict')])).toEqual([other]);
  });
});

/** "Most outlets agree" never states one side of a claim the same breakdown lists as disputed. */
describe('agreed facts and disputed claims', () => {
  const police = quote('north', 'The teenager was shot on Saturday after, police say, pointing a gun at officers.');
  const plain = quote('east', 'Officers shot the teenager in Tarn late on Saturday.');
  const witnesses = quote('south', 'Witnesses say the teenager had no gun when officers shot him on Saturday.');
  const armed: ClaimDivergence = {
    topic: 'whether the teenager was armed',
    sides: [
      { party: 'police', claim: 'pointing a gun', quotes: [police], outlets: ['north'] },
      { party: 'witnesses', claim: 'had no gun', quotes: [witnesses], outlets: ['south'] },
    ],
  };

  it('shows the fact in a sentence of it that takes no side, and leaves it out when every one does', () => {
    expect(withoutDisputedClaims([fact(police.sentence, [police, plain])], [armed]).map((f) => f.statement)).toEqual([plain.sentence]);
    expect(withoutDisputedClaims([fact(police.sentence, [police])], [armed])).toEqual([]);
    expect(withoutDisputedClaims([fact(plain.sentence, [plain, police])], [armed]).map((f) => f.statement)).toEqual([plain.sentence]);
  });
});
