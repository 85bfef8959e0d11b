import { describe, expect, it } from 'vitest';
import { renderBreakdownPages } from '../../src/adapters/discord/render-breakdown.ts';
import { renderDivergencePages } from '../../src/adapters/discord/render-divergences.ts';
import { breakdownPages } from '../../src/adapters/telegram/render-breakdown.ts';
import { renderBreakdown } from '../../src/adapters/terminal/render-text.ts';
import { presentBreakdown } from '../../src/present/present-breakdown.ts';
import { breakdown, report } from '../discord/breakdown-fixture.ts';

/** The presentation layer words a breakdown once; each platform shows those words in its own markup. */
describe('a breakdown presented once', () => {
  const b = breakdown({ outlets: 4 });
  b.coverage.byOwnership = { private: 3, 'public-broadcaster': 1, unknown: 2 };
  const view = presentBreakdown(b);

  it('says whose report a copy copies: its agency, else the outlet of the report it copies', () => {
    const copy = view.outlets.find((o) => o.copy !== '')!;
    expect(copy.copy).toBe(' · copy of Lantern Wire');
    const unnamed = { ...b, reports: b.reports.map((r) => (r.copyOf === null ? r : { ...r, agency: null })) };
    const original = b.reports.find((r) => r.articleId === 'a0')!.outlet;
    expect(presentBreakdown(unnamed).outlets.find((o) => o.copy !== '')!.copy).toBe(` · copy of ${original}`);
  });

  it('counts the copies that print a fact only one outlet reports', () => {
    const copied = b.reports.find((r) => r.copyOf !== null)!;
    const original = b.reports.find((r) => r.articleId === copied.copyOf)!;
    const withFact = {
      ...b,
      unique: [
        {
          statement: 'Divers found the ferry’s log.',
          quote: { articleId: original.articleId, outlet: original.outlet, sentence: 'Divers found the ferry’s log.' },
          outlet: original.outlet,
        },
      ],
    };
    expect(presentBreakdown(withFact).unique[0]!.outlets).toEqual([`${original.outlet} and 1 copy of it`]);
  });

  it('words coverage, ownership and every divergence kind, sharpest first', () => {
    expect(view.coverage.counts).toBe('4 reports from 4 outlets, 3 independent');
    expect(view.coverage.ownership).toBe('private 3, public broadcaster 1');
    expect(view.divergences.map((d) => d.kind)).toEqual(['conflict', 'claim', ...Array(6).fill('conflict')]);
    const ferries = view.divergences.find((d) => d.label === 'ferries inspected')!;
    expect(ferries.gist).toBe('the council (Outlet 0 Daily, Outlet 1 Daily) says 12 / Outlet 2 Daily says at least 15');
    expect(ferries.values.map((v) => v.text)).toEqual(['the council says 12', 'at least 15']);
    const claim = view.divergences.find((d) => d.kind === 'claim')!;
    expect(claim.gist).toBe(
      'the council: the inspection took longer than planned (Outlet 0 Daily) / ferry crews: the timetable was never agreed (Outlet 2 Daily)',
    );
  });

  it('shows the same value rows, coverage and ownership on Discord, Telegram and the terminal', () => {
    const discord = [...renderBreakdownPages(b), ...renderDivergencePages(b)].map((m) => JSON.stringify(m.embeds)).join('\n');
    // Telegram's text as a reader sees it: the markup (italic outlet names) taken out.
    const telegram = breakdownPages(b)
      .map((p) => p.html.replace(/<[^>]+>/g, ''))
      .join('\n');
    const terminal = renderBreakdown(b);
    for (const text of [discord, telegram, terminal]) {
      expect(text).toContain('the council says 12 — Outlet 0 Daily, Outlet 1 Daily');
      expect(text).toContain('4 reports from 4 outlets, 3 independent');
      expect(text).toContain('private 3, public broadcaster 1');
    }
  });

  it('names the language of the reports that agree when a story is told in several, on every platform', () => {
    // Two English reports state the fact; the story has four more in German and Spanish, which cannot state an
    // English sentence: "Most outlets agree" would claim a majority of six that two reports are not.
    const reports = [...b.reports, report(4), report(5), report(6), report(7)].map((r, i) => ({
      ...r,
      language: i < 4 ? 'en' : i < 6 ? 'de' : 'es',
    }));
    const told = { ...b, reports };
    expect(presentBreakdown(told).consensusTitle).toBe('Most reports in English agree');
    const discord = renderBreakdownPages(told)
      .map((m) => JSON.stringify(m.embeds))
      .join('\n');
    const telegram = breakdownPages(told)
      .map((p) => p.html)
      .join('\n');
    expect(discord).toContain('Most reports in English agree');
    expect(discord).not.toContain('Most outlets agree');
    expect(telegram).toContain('<b>Most reports in English agree</b>');
    expect(renderBreakdown(told)).toContain('Most reports in English agree:');
    // A German fact beside the English one names both languages.
    const german = {
      ...told.consensus[0]!,
      statement: 'Der Hafen ist wieder offen.',
      quotes: [{ ...told.consensus[0]!.quotes[0]!, articleId: 'a4' }],
    };
    expect(presentBreakdown({ ...told, consensus: [...told.consensus, german] }).consensusTitle).toBe(
      'Most reports in English and German agree',
    );
    // Told in one language, the title stays.
    expect(view.consensusTitle).toBe('Most outlets agree');
  });

  it('says a story has no outlet reports left rather than showing an empty page', () => {
    const empty = { ...b, reports: [], divergences: { numbers: [], claims: [] }, consensus: [], unique: [] };
    expect(presentBreakdown(empty).divergences).toEqual([]);
    expect(renderBreakdown(empty)).toContain('No outlet reports are left for this story.');
    expect(
      breakdownPages(empty)
        .map((p) => p.html)
        .join('\n'),
    ).toContain('No differences found in the figures and claims Parallax compares.');
  });
});
