import type { Breakdown, Report } from '../../src/domain/breakdown.ts';

const COUNTRIES = ['GB', 'DE', 'FR', 'US', 'JP', 'BR', 'IN', 'ZA', null];
const WORDS = ['harbour', 'committee', 'lanterns', 'inspection', 'ferry', 'council', 'orchard', 'tunnel', 'volunteers', 'timetable'];

/** An invented sentence of about `words` words, numbered so tests can find it. */
export function sentence(n: number, words: number): string {
  const body = Array.from({ length: words }, (_, i) => WORDS[(n + i) % WORDS.length]).join(' ');
  return `Sentence ${n} says the ${body} reopened.`;
}

/** An invented report from outlet number `i`. */
export function report(i: number, options: { sentences?: number; words?: number; url?: string | null; title?: string } = {}): Report {
  const { sentences = 3, words = 12 } = options;
  return {
    articleId: `a${i}`,
    sourceId: `outlet-${i}`,
    outlet: `Outlet ${i} Daily`,
    country: COUNTRIES[i % COUNTRIES.length] ?? null,
    language: 'en',
    ownership: 'private',
    url: options.url === undefined ? `https://outlet${i}.example/news/2026/11/harbour-lanterns-${i}?ref=feed&id=${i}` : options.url,
    title: options.title ?? `Outlet ${i} headline about the lantern harbour`,
    publishedAt: '2026-11-29T10:00:00Z',
    summary: Array.from({ length: sentences }, (_, k) => sentence(i * 10 + k, words)),
    independent: i % 4 !== 3,
    copyOf: i % 4 === 3 ? 'a0' : null,
    agency: i % 4 === 3 ? 'Lantern Wire' : null,
  };
}

/** An invented breakdown of the Lantern Harbour story with `outlets` reports. */
export function breakdown(
  options: { outlets?: number; sentences?: number; words?: number; headline?: string; reports?: Report[]; id?: string } = {},
): Breakdown {
  const reports = options.reports ?? Array.from({ length: options.outlets ?? 5 }, (_, i) => report(i, options));
  const names = reports.map((r) => r.outlet);
  const byCountry: Record<string, number> = {};
  for (const r of reports) if (r.country) byCountry[r.country] = (byCountry[r.country] ?? 0) + 1;
  const quote = (i: number) => ({ articleId: `a${i}`, outlet: names[i] ?? 'Outlet 0 Daily', sentence: 'The harbour reopened.' });
  return {
    story: {
      id: options.id ?? 's-0123456789ab',
      headline: options.headline ?? 'Lantern Harbour reopens after the ferry inspection',
      firstSeen: '2026-11-29T09:00:00Z',
      lastUpdated: '2026-11-29T12:00:00Z',
      languages: ['en'],
    },
    reports,
    consensus: [{ statement: 'The harbour reopened on Sunday morning.', quotes: [quote(0), quote(1)], outlets: names.slice(0, 4) }],
    divergences: {
      numbers: [
        {
          quantity: 'ferries',
          label: 'ferries inspected',
          kind: 'conflict',
          change: null,
          variants: [
            {
              text: '12 ferries',
              figure: '12',
              min: 12,
              max: 12,
              attribution: 'the council',
              firstReportedAt: null,
              quotes: [quote(0)],
              outlets: names.slice(0, 2),
            },
            {
              text: 'at least 15 ferries',
              figure: 'at least 15',
              min: 15,
              max: null,
              attribution: null,
              firstReportedAt: null,
              quotes: [quote(2)],
              outlets: names.slice(2, 3),
            },
          ],
        },
        ...Array.from({ length: 6 }, (_, k) => ({
          quantity: `lanterns${k}`,
          label: `lanterns lit ${k}`,
          kind: 'conflict' as const,
          change: null,
          variants: [
            {
              text: `${100 + k} lanterns`,
              figure: `${100 + k}`,
              min: 100 + k,
              max: 100 + k,
              attribution: null,
              firstReportedAt: null,
              quotes: [quote(1)],
              outlets: names.slice(1, 2),
            },
            {
              text: `${200 + k} lanterns`,
              figure: `${200 + k}`,
              min: 200 + k,
              max: 200 + k,
              attribution: 'organisers',
              firstReportedAt: null,
              quotes: [quote(3)],
              outlets: names.slice(3, 4),
            },
          ],
        })),
      ],
      claims: [
        {
          topic: 'cause of the delay',
          sides: [
            { party: 'the council', claim: 'the inspection took longer than planned', quotes: [quote(0)], outlets: names.slice(0, 1) },
            { party: 'ferry crews', claim: 'the timetable was never agreed', quotes: [quote(2)], outlets: names.slice(2, 3) },
          ],
        },
      ],
    },
    unique: [{ statement: 'Volunteers repainted the tunnel.', quote: quote(1), outlet: names[1] ?? 'Outlet 1 Daily' }],
    coverage: {
      reports: reports.length,
      independentReports: reports.filter((r) => r.independent).length,
      outlets: reports.length,
      byCountry,
      byLanguage: { en: reports.length },
      byOwnership: { private: reports.length },
      spanMinutes: 180,
      firstReportAt: '2026-11-29T09:00:00Z',
      latestReportAt: '2026-11-29T12:00:00Z',
    },
  };
}
