import { describe, expect, it } from 'vitest';
import { renderBreakdownPages } from '../../src/adapters/discord/render-breakdown.ts';
import { breakdownPages } from '../../src/adapters/telegram/render-breakdown.ts';
import { renderBreakdown } from '../../src/adapters/terminal/render-text.ts';
import { layoutCoverageCard } from '../../src/card/render-card.ts';
import { breakdown } from '../discord/breakdown-fixture.ts';

/** Outlets of no known country are counted in words, never under the coverage's internal key "unknown". */
describe('coverage when some countries are unknown', () => {
  const telegramText = (b: ReturnType<typeof breakdown>) => breakdownPages(b)[0]!.html.replace(/<[^>]+>/g, '');

  it('says "countries unknown" when no outlet has a known country', () => {
    const b = breakdown({ outlets: 3 });
    b.coverage.byCountry = { unknown: 3 };
    for (const text of [renderBreakdown(b), telegramText(b)]) {
      expect(text).toContain('countries unknown');
      expect(text).not.toContain('unknown 3');
    }
    const card = layoutCoverageCard({ ...b, reports: b.reports.map((r) => ({ ...r, country: null })) });
    const header = card.boxes.map((box) => box.text).find((t) => t.startsWith('3 outlets'))!;
    expect(header).not.toContain('0 countries');
  });

  it('lists the known countries first and counts the rest as unknown', () => {
    const b = breakdown({ outlets: 4 });
    b.coverage.byCountry = { unknown: 2, DE: 1, GB: 1 };
    expect(renderBreakdown(b)).toContain('DE 1, GB 1, 2 unknown');
    expect(telegramText(b)).toContain('DE 1, GB 1, 2 unknown');
    // Discord shows flags; the globe for the unknown ones comes after the known flags.
    expect(renderBreakdownPages(b)[0]!.embeds[0]!.description).toContain('🇩🇪 1 🇬🇧 1 🌐 2');
  });
});
