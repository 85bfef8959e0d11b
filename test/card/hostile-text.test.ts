import { describe, expect, it } from 'vitest';
import { renderCoverageCard } from '../../src/card/render-card.ts';
import { ellipsize, MAX_LINE_CHARS, shapeLine, wrapText } from '../../src/card/shape-text.ts';
import { breakdown, report } from './card-fixture.ts';

describe('card text from hostile feeds', () => {
  it('lays out at most one line of characters, however long the text handed in', () => {
    const line = shapeLine({ text: 'Headline '.repeat(120_000), size: 16 });
    expect(line.text.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(line.runs.reduce((n, run) => n + run.glyphs.length, 0)).toBeLessThanOrEqual(MAX_LINE_CHARS);
  });

  it('ellipsizes and wraps a 1 MB text to what fits, cutting no character in two', () => {
    const huge = '地震😀 '.repeat(250_000);
    const one = ellipsize({ text: huge, size: 16, maxWidth: 600 });
    expect(one.endsWith('…')).toBe(true);
    expect(one).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const lines = wrapText({ text: huge, size: 16, maxWidth: 600, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('renders a card whose headline and outlet names are 1 MB each, every box within the card', () => {
    const big = 'Ferry '.repeat(170_000);
    const card = renderCoverageCard(breakdown([report(big, { title: big }), report('Coastal Broadcaster', { country: 'IE' })], big));
    for (const box of card.boxes) {
      expect(box.text.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
      expect(box.x + box.width).toBeLessThanOrEqual(card.width);
    }
  });
});
