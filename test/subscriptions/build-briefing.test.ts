import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/domain/subscription.ts';
import { buildBriefing } from '../../src/subscriptions/build-briefing.ts';
import { newSubscription } from '../../src/subscriptions/subscription-from-request.ts';
import { FixtureNews, type FixtureStory } from '../support/delivery-news.ts';

const now = Date.parse('2026-03-02T12:00:00Z');
const actor = { platform: 'terminal' as const, userId: 't', name: 't' };

function sub(overrides: Partial<Subscription> = {}): Subscription {
  const base = newSubscription({
    id: 'b1',
    channel: { platform: 'terminal', chatId: 'c', threadId: null },
    request: { topic: 'port', mode: 'daily', time: '08:00', timezone: 'UTC' },
    by: actor,
    at: '2026-02-01T00:00:00Z',
  });
  return { ...base, ...overrides };
}

const story = (id: string, country: string, outlets: number, extra: Partial<FixtureStory> = {}): FixtureStory => ({
  id,
  headline: `Port strike ${id}`,
  text: 'Workers at the port stopped work.',
  firstSeen: '2026-03-02T08:00:00Z',
  lastUpdated: '2026-03-02T10:00:00Z',
  reports: Array.from({ length: outlets }, (_, i) => ({ outlet: `${id}-O${i}`, country })),
  ...extra,
});

describe('buildBriefing', () => {
  it('ranks by independent coverage but spreads the picks across countries, at most maxStories', async () => {
    const news = new FixtureNews([
      story('de1', 'DE', 6),
      story('de2', 'DE', 5),
      story('de3', 'DE', 5),
      story('fr1', 'FR', 4),
      story('br1', 'BR', 2),
    ]);
    const briefing = await buildBriefing({ news, subscription: sub({ maxStories: 3 }), since: '2026-03-01T12:00:00Z', now });
    expect(briefing.items.map((i) => i.storyId)).toEqual(['de1', 'fr1', 'de2']);
    // The two it left out are said, on every platform.
    expect(briefing.more).toBe(2);
    const { renderText } = await import('../../src/adapters/terminal/render-text.ts');
    expect(renderText({ kind: 'briefing', briefing })).toMatch(/\n2 more stories match; \/stories lists every current one\.$/u);
    const all = await buildBriefing({ news, subscription: sub({ maxStories: 5 }), since: '2026-03-01T12:00:00Z', now });
    expect(all.more).toBeUndefined();
    // A headline that is a whole lede is clipped, as in a story list.
    const { presentBriefing } = await import('../../src/present/present-briefing.ts');
    const long = { ...briefing, items: [{ ...briefing.items[0]!, headline: `Port strike ${'spreads to every dock '.repeat(12)}` }] };
    expect(presentBriefing(long).items[0]!.headline).toMatch(/^Port strike spreads .{80,118}…$/u);
  });

  it('ranks a story that heads with the topic before a wider one that only says it, or names it in a quoted title', async () => {
    const news = new FixtureNews([
      story('wide', 'DE', 9, { headline: 'Minister resigns over budget', text: 'The port authority also met.' }),
      story('film', 'FR', 8, { headline: 'Director in talks for sequel ‘ Port Strike ’', text: 'The film is about a port.' }),
      story('strike', 'BR', 3),
    ]);
    const briefing = await buildBriefing({ news, subscription: sub({ maxStories: 3 }), since: '2026-03-01T12:00:00Z', now });
    expect(briefing.items.map((i) => i.storyId)).toEqual(['strike', 'wide', 'film']);
  });

  it('leaves out a story that mentions the topic only in passing', async () => {
    const text = 'The minister resigned on Monday. Her deputy takes over. The vote is next week. Talks resume on Friday.';
    const passing = story('budget', 'DE', 4, { headline: 'Minister resigns over budget', text });
    passing.reports[0] = { ...passing.reports[0]!, text: `${text} The port authority also met.` };
    const news = new FixtureNews([passing, story('strike', 'BR', 3)]);
    const briefing = await buildBriefing({ news, subscription: sub({ maxStories: 3 }), since: '2026-03-01T12:00:00Z', now });
    expect(briefing.items.map((i) => i.storyId)).toEqual(['strike']);
    expect(briefing.more).toBeUndefined();
  });

  it('leaves out stories not updated since the last briefing, off-topic or excluded, and counts wire copies once', async () => {
    const news = new FixtureNews([
      story('old', 'DE', 5, { lastUpdated: '2026-03-01T06:00:00Z', firstSeen: '2026-03-01T05:00:00Z' }),
      story('wire', 'US', 4, {
        reports: [
          { outlet: 'AP', country: 'US' },
          { outlet: 'Copy1', country: 'US', independent: false },
          { outlet: 'Copy2', country: 'US', independent: false },
        ],
      }),
      { ...story('off', 'DE', 5), headline: 'Tennis final', text: 'A tennis final was played.' },
      { ...story('strike', 'FR', 3), text: 'Workers at the port stopped work; the football match was cancelled.' },
    ]);
    const briefing = await buildBriefing({ news, subscription: sub({ exclude: ['football'] }), since: '2026-03-01T12:00:00Z', now });
    expect(briefing.items.map((i) => [i.storyId, i.outlets, i.independentOutlets])).toEqual([['wire', 3, 1]]);
  });

  it('gives each item its consensus line and sharpest number divergence', async () => {
    const news = new FixtureNews([
      story('s', 'DE', 3, {
        consensus: 'The strike began on Monday.',
        numbers: [
          {
            quantity: 'ships waiting',
            variants: [
              { text: '40 ships', min: 40, outlet: 'A' },
              { text: '44 ships', min: 44, outlet: 'B' },
            ],
          },
          {
            quantity: 'workers',
            variants: [
              { text: '2,000 workers', min: 2000, outlet: 'A' },
              { text: '9,000 workers', min: 9000, outlet: 'C' },
            ],
          },
        ],
      }),
    ]);
    const [item] = (await buildBriefing({ news, subscription: sub(), since: null, now })).items;
    expect(item).toMatchObject({
      consensus: 'The strike began on Monday.',
      divergence: 'workers: A says 2,000 workers / C says 9,000 workers',
      countries: ['DE'],
      outlets: 3,
    });
  });
});
