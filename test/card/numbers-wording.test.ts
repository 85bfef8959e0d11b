import { describe, expect, it } from 'vitest';
import { layoutCoverageCard } from '../../src/card/render-card.ts';
import { breakdown, report } from './card-fixture.ts';

/** The card's numbers table says who gives each value as the breakdown does: the party, then its outlets. */
describe("the card's numbers table", () => {
  it('puts the figure in one column and who says it in the next', () => {
    const b = breakdown([report('Harbour Ledger'), report('Coastal Post')]);
    const texts = layoutCoverageCard(b).boxes.map((box) => box.text);
    const row = texts.indexOf('14');
    expect(row).toBeGreaterThan(0);
    expect(texts[row + 1]).toBe('the operator (Harbour Ledger)');
    expect(texts).toContain('at least 20');
    expect(texts[texts.indexOf('at least 20') + 1]).toBe('Coastal Post');
    expect(texts.some((t) => t.startsWith('14 ('))).toBe(false);
  });

  it('names fewer outlets before it cuts any, so the count of the others stays in sight', () => {
    const b = breakdown([report('Harbour Ledger'), report('Coastal Post')]);
    const names = ['Harbour Ledger of Velmora Bay', 'Coastal Post and Evening Courier', 'Valley Times', 'Northern Courier'];
    const [first, ...rest] = b.divergences.numbers[0]!.variants;
    const many = {
      ...b,
      divergences: { ...b.divergences, numbers: [{ ...b.divergences.numbers[0]!, variants: [{ ...first!, outlets: names }, ...rest] }] },
    };
    const texts = layoutCoverageCard(many).boxes.map((box) => box.text);
    expect(texts[texts.indexOf('14') + 1]).toBe('the operator (4 outlets)');
    const three = ['Valley Times', 'Coastal Post', 'Harbour Ledger'];
    const fewer = {
      ...b,
      divergences: { ...b.divergences, numbers: [{ ...b.divergences.numbers[0]!, variants: [{ ...first!, outlets: three }, ...rest] }] },
    };
    expect(layoutCoverageCard(fewer).boxes.map((box) => box.text)).toContain('the operator (Valley Times, Coastal Post +1)');
  });

  it("shows an update's latest value whole: the first and the latest on two rows when the words do not fit", () => {
    const b = breakdown([report('Harbour Ledger'), report('Coastal Post')]);
    const base = b.divergences.numbers[0]!;
    const v = (figure: string, outlet: string) => ({ ...base.variants[0]!, figure, text: figure, outlets: [outlet] });
    const update = {
      ...base,
      label: 'takings (US dollars)',
      kind: 'update' as const,
      variants: [v('more than $363 million', 'Harbour Ledger'), v('$459 million', 'Coastal Post')],
      change: {
        from: { figure: 'more than $363 million', at: null, outlets: ['Harbour Ledger'] },
        to: { figure: '$459 million', at: null, outlets: ['Coastal Post'] },
      },
    };
    const texts = layoutCoverageCard({ ...b, divergences: { ...b.divergences, numbers: [update] } }).boxes.map((box) => box.text);
    expect(texts).toContain('more than $363 million');
    expect(texts).toContain('→ $459 million');
    expect(texts).toContain('first; rose as reporting went on');
  });

  it('says what it found when no number differs, not that the outlets agree on every number', () => {
    const b = breakdown([report('Harbour Ledger'), report('Coastal Post')]);
    const texts = layoutCoverageCard({ ...b, divergences: { ...b.divergences, numbers: [] } }).boxes.map((box) => box.text);
    expect(texts).toContain('No differing numbers found in the figures Parallax compares.');
  });
});
