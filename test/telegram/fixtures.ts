import type { Breakdown, Report } from '../../src/domain/breakdown.ts';
import type { Briefing } from '../../src/domain/delivery.ts';
import type { Subscription } from '../../src/domain/subscription.ts';

const COUNTRIES = ['NO', 'PT', 'KE', 'CA', 'JP', 'AR', 'NZ', 'GH'];

/** An invented report from an invented outlet about an invented harbour fire in "Velmora". */
export function report(i: number, overrides: Partial<Report> = {}): Report {
  return {
    articleId: `a${i}`,
    sourceId: `outlet-${i}`,
    outlet: `Outlet ${i}`,
    country: COUNTRIES[i % COUNTRIES.length]!,
    language: 'en',
    ownership: i % 3 === 0 ? 'public-broadcaster' : 'private',
    url: `https://outlet${i}.example/velmora-harbour-fire`,
    title: `Fire at Velmora harbour warehouse, report ${i}`,
    publishedAt: `2026-11-29T0${i % 10}:15:00Z`,
    summary: [
      `Outlet ${i} writes that a fire broke out in a grain warehouse at the invented harbour of Velmora on Sunday morning.`,
      `Firefighters from three districts worked for several hours, the outlet says, and the quay stayed closed to ferries.`,
      `Harbour officials told Outlet ${i} that the cause is still being examined and that no ships were damaged.`,
    ],
    independent: i % 4 !== 3,
    copyOf: i % 4 === 3 ? `a${i - 1}` : null,
    agency: i % 4 === 3 ? 'Invented Wire' : null,
    ...overrides,
  };
}

/** An invented breakdown with `outlets` reports, a number divergence and a claim divergence. */
export function breakdown({
  outlets = 4,
  id = 's-velmora00001',
  headline = 'Fire at Velmora harbour warehouse',
  reports,
}: { outlets?: number; id?: string; headline?: string; reports?: Report[] } = {}): Breakdown {
  const all = reports ?? Array.from({ length: outlets }, (_, i) => report(i + 1));
  const quote = (r: Report) => ({ articleId: r.articleId, outlet: r.outlet, sentence: r.summary[0] ?? r.title });
  const first = all[0] ?? report(1);
  const second = all[1] ?? report(2);
  return {
    story: { id, headline, firstSeen: '2026-11-29T01:15:00Z', lastUpdated: '2026-11-29T09:15:00Z', languages: ['en'] },
    reports: all,
    consensus: [
      {
        statement: 'A fire broke out in a grain warehouse at Velmora harbour.',
        quotes: all.slice(0, 3).map(quote),
        outlets: all.slice(0, 3).map((r) => r.outlet),
      },
    ],
    divergences: {
      numbers: [
        {
          quantity: 'firefighters',
          label: 'firefighters',
          kind: 'conflict',
          change: null,
          variants: [
            {
              text: '40 firefighters',
              figure: '40',
              min: 40,
              max: 40,
              attribution: 'fire service',
              firstReportedAt: null,
              quotes: [quote(first)],
              outlets: [first.outlet],
            },
            {
              text: 'more than 60 firefighters',
              figure: 'more than 60',
              min: 61,
              max: null,
              attribution: null,
              firstReportedAt: null,
              quotes: [quote(second)],
              outlets: [second.outlet],
            },
          ],
        },
      ],
      claims: [
        {
          topic: 'cause',
          sides: [
            { party: 'the harbour authority', claim: 'an electrical fault', quotes: [quote(first)], outlets: [first.outlet] },
            { party: 'the workers union', claim: 'a welding job on the roof', quotes: [quote(second)], outlets: [second.outlet] },
          ],
        },
      ],
    },
    unique: [{ statement: 'A ferry was rerouted to the northern quay.', quote: quote(first), outlet: first.outlet }],
    coverage: {
      reports: all.length,
      independentReports: all.filter((r) => r.independent).length,
      outlets: all.length,
      byCountry: Object.fromEntries(COUNTRIES.map((c) => [c, all.filter((r) => r.country === c).length]).filter(([, n]) => n !== 0)),
      byLanguage: { en: all.length },
      byOwnership: { private: all.length },
      spanMinutes: 480,
      firstReportAt: '2026-11-29T01:15:00Z',
      latestReportAt: '2026-11-29T09:15:00Z',
    },
  };
}

/** An invented daily briefing with two items. */
export function briefing(): Briefing {
  return {
    subscriptionId: 'sub-1',
    title: 'Daily briefing: harbours',
    since: '2026-11-28T08:00:00Z',
    generatedAt: '2026-11-29T08:00:00Z',
    items: [
      {
        storyId: 's-velmora00001',
        headline: 'Fire at Velmora harbour warehouse',
        consensus: 'A fire broke out in a grain warehouse.',
        divergence: 'firefighters: 40 (Outlet 1) vs more than 60 (Outlet 2)',
        outlets: 6,
        independentOutlets: 4,
        countries: ['NO', 'PT'],
        url: 'https://outlet1.example/velmora',
      },
      {
        storyId: 's-ostrel000002',
        headline: 'Ostrel ferry strike ends',
        consensus: null,
        divergence: null,
        outlets: 3,
        independentOutlets: 3,
        countries: ['KE'],
        url: null,
      },
    ],
  };
}

/** A subscription as the core would return it. */
export function subscription(overrides: Partial<Subscription> = {}): Subscription {
  const actor = { platform: 'telegram' as const, userId: '1', name: 'tester' };
  return {
    id: 'sub-1',
    channel: { platform: 'telegram', chatId: '-1001', threadId: null },
    topics: ['harbour fire'],
    exclude: [],
    sources: { include: [], exclude: [] },
    countries: { include: [], exclude: [] },
    languages: [],
    mode: 'live',
    minOutlets: 3,
    daily: null,
    maxStories: 5,
    threads: true,
    paused: null,
    createdAt: '2026-11-29T00:00:00Z',
    createdBy: actor,
    updatedAt: '2026-11-29T00:00:00Z',
    updatedBy: actor,
    history: [],
    lastBriefingAt: null,
    ...overrides,
  };
}
