import { describe, expect, it } from 'vitest';
import { renderBreakdownPages } from '../../src/adapters/discord/render-breakdown.ts';
import { renderDivergencePages } from '../../src/adapters/discord/render-divergences.ts';
import { breakdownPages } from '../../src/adapters/telegram/render-breakdown.ts';
import { renderBreakdown } from '../../src/adapters/terminal/render-text.ts';
import { breakdown } from '../discord/breakdown-fixture.ts';

const telegramSummary = (b: ReturnType<typeof breakdown>) =>
  breakdownPages(b)
    .filter((p) => p.section === 'summary')
    .map((p) => p.html.replace(/<[^>]+>/g, ''))
    .join('\n');
const discordSummary = (b: ReturnType<typeof breakdown>) => renderBreakdownPages(b)[0]!.embeds[0]!.description!;
const labels = (b: ReturnType<typeof breakdown>) =>
  renderBreakdownPages(b)[0]!.components.flatMap((r) => r.components.map((c) => ('label' in c ? c.label : '')));

/** The first page a reader sees says where outlets differ, on Telegram as on Discord. */
describe('the summary page', () => {
  it('shows the same three sharpest divergences on Telegram and Discord, and says how many more there are', () => {
    const b = breakdown({ outlets: 4 });
    const telegram = telegramSummary(b);
    const discord = discordSummary(b).replace(/\*\*/g, '');
    for (const text of [telegram, discord]) {
      expect(text).toContain('Where they differ');
      expect(text).toContain('• lanterns lit 0: Outlet 1 Daily says 100 / organisers (Outlet 3 Daily) say 200');
      expect(text).toContain('cause of the delay: the council: the inspection took longer than planned');
    }
    expect(telegram).toContain('…and 5 more (Differences)');
    expect(discord).toContain('…and 5 more (All differences)');
    expect(telegram).not.toMatch(/points? where outlets differ/);
  });

  it('says no difference was found when nothing differs, on every surface, and keeps the facts only one outlet reports a button away on Discord', () => {
    const b = breakdown({ outlets: 3 });
    b.divergences = { numbers: [], claims: [] };
    const none = 'No differences found in the figures and claims Parallax compares.';
    expect(telegramSummary(b)).toContain(none);
    expect(discordSummary(b)).toContain(none);
    expect(renderBreakdown(b)).toContain(none);
    expect(labels(b)).toEqual(['Only one outlet reports']);
    const page = renderDivergencePages(b)[0]!.embeds[0]!.description!;
    expect(page).toContain(none);
    expect(page).toContain('• Volunteers repainted the tunnel. — Outlet 1 Daily');
    b.unique = [];
    expect(labels(b)).toEqual([]);
  });
});

describe('the facts only one outlet reports', () => {
  it('sit with the differences on Telegram, as on Discord, and the summary says where they are', () => {
    const b = breakdown({ outlets: 4 });
    const pages = breakdownPages(b);
    const text = (section: string) =>
      pages
        .filter((p) => p.section === section)
        .map((p) => p.html.replace(/<[^>]+>/g, ''))
        .join('\n');
    expect(text('summary')).not.toContain('Volunteers repainted the tunnel.');
    expect(text('summary')).toContain("Every difference, what only one outlet reports and each outlet's report: use the buttons below.");
    expect(text('differences')).toContain('Only one outlet reports\n• Volunteers repainted the tunnel. — Outlet 1 Daily');
  });
});

describe("a Discord page's footer", () => {
  it('numbers the pages only when there is more than one', () => {
    const small = breakdown({ outlets: 3 });
    expect(renderBreakdownPages(small)[0]!.embeds[0]!.footer!.text).toBe(
      `Outlets 1–3 of 3 · /compare ${small.story.id} opens this story again`,
    );
    expect(renderDivergencePages(small)[0]!.embeds[0]!.footer!.text).toBe('Where they differ');
    const big = renderBreakdownPages(breakdown({ outlets: 40 }));
    expect(big.length).toBeGreaterThan(1);
    expect(big[1]!.embeds[0]!.footer!.text).toMatch(
      /^Outlets \d+–\d+ of 40 · page 2 of \d+ · \/compare s-[0-9a-f]+ opens this story again$/,
    );
  });
});

describe('the story id under a breakdown', () => {
  it('says on every platform how to open the story again', () => {
    const b = breakdown({ outlets: 3 });
    const again = `/compare ${b.story.id} opens this story again`;
    expect(renderBreakdown(b).split('\n').at(-1)).toBe(again);
    expect(breakdownPages(b).find((p) => p.section === 'summary')!.html).toContain(
      `↩ <code>/compare ${b.story.id}</code> opens this story again`,
    );
    expect(renderBreakdownPages(b)[0]!.embeds[0]!.footer!.text).toContain(again);
  });
});
