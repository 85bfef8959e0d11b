import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/breakdown.ts';
import { coverageOf } from '../../src/compare/coverage.ts';

function report(over: Partial<Report>): Report {
  return {
    articleId: 'x',
    sourceId: 'x',
    outlet: 'x',
    country: null,
    language: null,
    ownership: null,
    url: null,
    title: 't',
    publishedAt: null,
    summary: [],
    independent: true,
    copyOf: null,
    agency: null,
    ...over,
  };
}

describe('coverageOf', () => {
  it('counts by country, language and ownership, with nulls as "unknown", and measures the span', () => {
    const coverage = coverageOf([
      report({ outlet: 'A', country: 'US', language: 'en', ownership: 'private', publishedAt: '2026-05-01T10:00:00Z' }),
      report({
        outlet: 'B',
        country: 'US',
        language: 'en',
        ownership: 'wire-agency',
        publishedAt: '2026-05-01T08:30:00+00:00',
        independent: false,
      }),
      report({ outlet: 'C', country: 'DE', language: 'de', publishedAt: '2026-05-01T12:15:00+02:00' }),
      report({ outlet: 'D' }),
    ]);
    expect(coverage).toEqual({
      reports: 4,
      independentReports: 3,
      outlets: 4,
      byCountry: { DE: 1, US: 2, unknown: 1 },
      byLanguage: { de: 1, en: 2, unknown: 1 },
      byOwnership: { private: 1, unknown: 2, 'wire-agency': 1 },
      spanMinutes: 105,
      firstReportAt: '2026-05-01T08:30:00+00:00',
      latestReportAt: '2026-05-01T12:15:00+02:00',
    });
  });

  it('has no span without dates', () => {
    expect(coverageOf([report({})]).spanMinutes).toBeNull();
  });
});

describe('coverageOf with unreadable dates', () => {
  it('ignores dates it cannot read', () => {
    const coverage = coverageOf([report({ publishedAt: 'yesterday' }), report({ publishedAt: '2026-05-01T10:00:00Z' })]);
    expect([coverage.spanMinutes, coverage.firstReportAt, coverage.latestReportAt]).toEqual([
      0,
      '2026-05-01T10:00:00Z',
      '2026-05-01T10:00:00Z',
    ]);
  });
});
