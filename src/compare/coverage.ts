import type { Coverage, Report } from '../domain/breakdown.ts';

function countBy(reports: Report[], key: (r: Report) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of reports) {
    const k = key(r) ?? 'unknown';
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Counts reports by country, language and ownership (null → "unknown") and measures the reporting span. */
export function coverageOf(reports: Report[]): Coverage {
  const times = reports
    .map((r) => r.publishedAt)
    .filter((t): t is string => t !== null && !Number.isNaN(Date.parse(t)))
    .sort((a, b) => Date.parse(a) - Date.parse(b) || a.localeCompare(b));
  const first = times[0] ?? null;
  const latest = times[times.length - 1] ?? null;
  return {
    reports: reports.length,
    independentReports: reports.filter((r) => r.independent).length,
    outlets: new Set(reports.map((r) => r.outlet)).size,
    byCountry: countBy(reports, (r) => r.country),
    byLanguage: countBy(reports, (r) => r.language),
    byOwnership: countBy(reports, (r) => r.ownership),
    spanMinutes: first !== null && latest !== null ? Math.round((Date.parse(latest) - Date.parse(first)) / 60000) : null,
    firstReportAt: first,
    latestReportAt: latest,
  };
}
