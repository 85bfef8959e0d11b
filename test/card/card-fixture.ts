import type { Breakdown, Report } from '../../src/domain/breakdown.ts';

/** An invented report from one outlet. */
export function report(outlet: string, options: Partial<Report> = {}): Report {
  return {
    articleId: `a-${outlet}`,
    sourceId: `s-${outlet}`,
    outlet,
    country: 'GB',
    language: 'en',
    ownership: 'private',
    url: null,
    title: `${outlet} on the ferry strike`,
    publishedAt: '2026-11-29T08:00:00Z',
    summary: [],
    independent: true,
    copyOf: null,
    agency: null,
    ...options,
  };
}

/** An invented breakdown of the given reports, with one number divergence between the first two. */
export function breakdown(reports: Report[], headline = 'Ferry crews strike over the new timetable'): Breakdown {
  const names = reports.map((r) => r.outlet);
  return {
    story: {
      id: `card-${names.length}`,
      headline,
      firstSeen: '2026-11-29T08:00:00Z',
      lastUpdated: '2026-11-29T11:00:00Z',
      languages: ['en'],
    },
    reports,
    consensus: [],
    divergences: {
      numbers: [
        {
          quantity: 'ferries',
          label: 'ferries cancelled',
          kind: 'conflict',
          change: null,
          variants: [
            {
              text: '14 ferries',
              figure: '14',
              min: 14,
              max: 14,
              attribution: 'the operator',
              firstReportedAt: null,
              quotes: [],
              outlets: names.slice(0, 1),
            },
            {
              text: 'at least 20 ferries',
              figure: 'at least 20',
              min: 20,
              max: null,
              attribution: null,
              firstReportedAt: null,
              quotes: [],
              outlets: names.slice(1, 2),
            },
          ],
        },
      ],
      claims: [],
    },
    unique: [],
    coverage: {
      reports: reports.length,
      independentReports: reports.filter((r) => r.independent).length,
      outlets: reports.length,
      byCountry: {},
      byLanguage: {},
      byOwnership: {},
      spanMinutes: 180,
      firstReportAt: '2026-11-29T08:00:00Z',
      latestReportAt: '2026-11-29T11:00:00Z',
    },
  };
}
