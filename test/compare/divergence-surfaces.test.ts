import { describe, expect, it } from 'vitest';
import { buildBreakdown } from '../../src/compare/build-breakdown.ts';
import { divergencePages } from '../../src/adapters/discord/render-divergences.ts';
import { breakdownPages } from '../../src/adapters/telegram/render-breakdown.ts';
import { renderBreakdown } from '../../src/adapters/terminal/render-text.ts';
import { briefingItem, sharpestDivergence } from '../../src/subscriptions/briefing-item.ts';
import { layoutCoverageCard } from '../../src/card/render-card.ts';
import { articleOf, outletNamed, type Spec } from './fixtures/make.ts';

const specs: Spec[] = [
  {
    outlet: 'Harbour Ledger',
    publishedAt: '2026-05-01T19:19:00Z',
    body: 'The flood in Marrow Creek killed three people. Fifteen people were injured, according to the regional hospital.',
  },
  {
    outlet: 'Coastal Post',
    publishedAt: '2026-05-01T21:40:00Z',
    body: 'At least 11 people were killed by the flood in Marrow Creek. Police in Marrow Creek say 12 people were injured.',
  },
  {
    outlet: 'Valley Times',
    publishedAt: '2026-05-02T00:20:00Z',
    body: 'The flood in Marrow Creek killed at least 24 people. Police in Marrow Creek say 12 people were injured.',
  },
];
const articles = specs.map(articleOf);
const breakdown = buildBreakdown({
  story: { id: 'flood', articleIds: articles.map((a) => a.id), firstSeen: '2026-05-01T19:19:00Z', lastUpdated: '2026-05-02T00:20:00Z' },
  articles,
  outletOf: (a) => outletNamed(a.sourceId),
});

describe('every surface words the divergence kinds plainly', () => {
  it('builds one update and one conflict, each value once', () => {
    expect(breakdown.divergences.numbers.map((d) => [d.label, d.kind, d.variants.map((v) => v.figure)])).toEqual([
      ['deaths', 'update', ['3', 'at least 11', 'at least 24']],
      ['injured', 'conflict', ['12', '15']],
    ]);
  });

  it('Discord pages: the update as a rise with its times, the conflict as who says what, agreeing in number', () => {
    const text = divergencePages(breakdown).join('\n');
    expect(text).toContain('rose from 3 to at least 24 between 19:19 and 00:20 UTC');
    expect(text).toContain('Police in Marrow Creek say 12 — Coastal Post, Valley Times');
    expect(text).toContain('regional hospital says 15 — Harbour Ledger');
    expect(text.match(/say 12/gu)).toHaveLength(1);
  });

  it('Telegram pages and the terminal say the same', () => {
    const telegram = breakdownPages(breakdown)
      .map((p) => p.html)
      .join('\n');
    expect(telegram).toContain('rose from 3 to at least 24 between 19:19 and 00:20 UTC');
    expect(telegram).toContain('Police in Marrow Creek say 12');
    expect(telegram).toContain('regional hospital says 15');
    const terminal = renderBreakdown(breakdown);
    expect(terminal).toContain('deaths rose from 3 to at least 24 between 19:19 and 00:20 UTC');
    expect(terminal).toContain('Police in Marrow Creek say 12 — Coastal Post, Valley Times');
    expect(terminal).toContain('regional hospital says 15 — Harbour Ledger');
  });

  it('every surface leads with the divergence the briefing gives: a conflict before an update', () => {
    const telegram = breakdownPages(breakdown)
      .map((p) => p.html)
      .join('\n');
    for (const text of [divergencePages(breakdown).join('\n'), telegram, renderBreakdown(breakdown)])
      expect(text.indexOf('say 12')).toBeLessThan(text.indexOf('rose from 3'));
  });

  it('the briefing line gives the conflict, the card a row per merged value and the update as one change over time', () => {
    expect(sharpestDivergence(breakdown)).toBe(
      'injured: Police in Marrow Creek (Coastal Post, Valley Times) say 12 / regional hospital (Harbour Ledger) says 15',
    );
    const texts = layoutCoverageCard(breakdown).boxes.map((b) => b.text);
    expect(texts).toContain('rose from 3 to at least 24');
    expect(texts).toContain('19:19 → 00:20 UTC');
    // One row for the merged value: the figure, then who gives it ("Police in Marrow Creek (Coastal Post, …").
    expect(texts.filter((t) => t === '12')).toHaveLength(1);
    expect(texts[texts.indexOf('12') + 1]).toMatch(/^Police in Marrow Creek \(Coastal Post/);
  });

  it('a figure a later finding corrected reads "revised down" on every surface, with its times', () => {
    const revisedSpecs: Spec[] = [
      {
        outlet: 'Harbour Ledger',
        publishedAt: '2026-05-01T19:19:00Z',
        body: 'Officers fired at Raj Dell on Saturday, hitting Dell eleven times.',
      },
      {
        outlet: 'Coastal Post',
        publishedAt: '2026-05-03T09:05:00Z',
        body: 'An autopsy report revealed Raj Dell was hit by seven bullets fired by officers on Saturday.',
      },
    ];
    const revisedArticles = revisedSpecs.map(articleOf);
    const revised = buildBreakdown({
      story: {
        id: 'dell',
        articleIds: revisedArticles.map((a) => a.id),
        firstSeen: '2026-05-01T19:19:00Z',
        lastUpdated: '2026-05-03T09:05:00Z',
      },
      articles: revisedArticles,
      outletOf: (a) => outletNamed(a.sourceId),
    });
    const words = 'revised down from 11 to 7 between 19:19 and 09:05 UTC';
    expect(divergencePages(revised).join('\n')).toContain(words);
    expect(
      breakdownPages(revised)
        .map((p) => p.html)
        .join('\n'),
    ).toContain(words);
    expect(renderBreakdown(revised)).toContain(`shots that hit Dell ${words}`);
    const texts = layoutCoverageCard(revised).boxes.map((b) => b.text);
    expect(texts).toContain('revised down from 11 to 7');
    expect(texts).toContain('19:19 → 09:05 UTC');
    // Its values read down in the order they were reported: 11, then 7.
    const terminal = renderBreakdown(revised);
    expect(terminal.indexOf('- 11')).toBeGreaterThan(0);
    expect(terminal.indexOf('- 11')).toBeLessThan(terminal.indexOf('- 7'));
  });
});

describe('the briefing links the story as its breakdown does', () => {
  it('to the report whose title is the headline, not the first report with an address', () => {
    const reports = [
      { outlet: 'Dock Blog', title: 'Did the earth move for you?', body: 'A quake shook Marrow Creek on Sunday, and the blog felt it.' },
      { outlet: 'Harbour Ledger', title: 'Quake in Marrow Creek kills 10', body: 'A quake killed 10 people in Marrow Creek on Sunday.' },
      { outlet: 'Coastal Post', title: 'Quake in Marrow Creek kills 10', body: 'The quake in Marrow Creek on Sunday killed 10 people.' },
    ].map((spec, n) => ({ ...articleOf(spec, n), url: `https://example.org/${n}` }));
    const b = buildBreakdown({
      story: { id: 'quake', articleIds: reports.map((a) => a.id), firstSeen: '2026-05-01T10:00:00Z', lastUpdated: '2026-05-01T10:02:00Z' },
      articles: reports,
      outletOf: (a) => outletNamed(a.sourceId),
    });
    expect(b.story.headline).toBe('Quake in Marrow Creek kills 10');
    expect(briefingItem(b, b.reports).url).toBe('https://example.org/1');
  });
});

describe('the headline does not take a side of a disputed count', () => {
  it('prefers a title that states no disputed count to one that does', () => {
    const specs: Spec[] = [
      {
        outlet: 'Harbour Ledger',
        title: 'Fifteen injured in Marrow Creek flood',
        body: 'Fifteen people were injured in the Marrow Creek flood, according to the regional hospital.',
      },
      {
        outlet: 'Coastal Post',
        title: 'Fifteen injured as flood hits Marrow Creek',
        body: 'Police in Marrow Creek say 12 people were injured in the flood.',
      },
      {
        outlet: 'Valley Times',
        title: 'Flood hits Marrow Creek homes',
        body: 'Police in Marrow Creek say 12 people were injured when the flood hit.',
      },
    ];
    const articles = specs.map(articleOf);
    const b = buildBreakdown({
      story: {
        id: 'flood-2',
        articleIds: articles.map((a) => a.id),
        firstSeen: '2026-05-01T10:00:00Z',
        lastUpdated: '2026-05-01T10:02:00Z',
      },
      articles,
      outletOf: (a) => outletNamed(a.sourceId),
    });
    expect(b.divergences.numbers.map((d) => [d.quantity, d.kind])).toEqual([['injured', 'conflict']]);
    expect(b.story.headline).toBe('Flood hits Marrow Creek homes');
  });
});

describe('the briefing line under a headline', () => {
  it('gives an agreed fact that says more than the headline, not the headline again', () => {
    const b = structuredClone(breakdown);
    b.story.headline = 'The flood in Marrow Creek killed three people.';
    b.consensus = [
      { statement: 'The flood in Marrow Creek killed three people.', quotes: [], outlets: ['Harbour Ledger', 'Coastal Post'] },
      { statement: 'Police in Marrow Creek closed the river road on Monday.', quotes: [], outlets: ['Harbour Ledger', 'Valley Times'] },
    ];
    expect(briefingItem(b, b.reports).consensus).toBe('Police in Marrow Creek closed the river road on Monday.');
    b.consensus = b.consensus.slice(0, 1);
    expect(briefingItem(b, b.reports).consensus).toBeNull();
  });
});
