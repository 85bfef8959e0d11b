import type { Breakdown, Report } from '../domain/breakdown.ts';

/** One outlet on the card: its name, country, ownership, whether any of its reports is independent, and when it first reported. */
export interface CardOutlet {
  name: string;
  country: string | null;
  ownership: string | null;
  independent: boolean;
  agency: string | null;
  firstAt: number | null;
}

/** The outlets of a breakdown, one entry each (an outlet with several reports is independent when any of them is). */
export function cardOutlets(breakdown: Breakdown): CardOutlet[] {
  const byName = new Map<string, CardOutlet>();
  for (const report of breakdown.reports) {
    const at = timeOf(report);
    const seen = byName.get(report.outlet);
    if (!seen) {
      byName.set(report.outlet, {
        name: report.outlet,
        country: report.country,
        ownership: report.ownership,
        independent: report.independent,
        agency: report.agency,
        firstAt: at,
      });
      continue;
    }
    seen.independent ||= report.independent;
    if (at !== null && (seen.firstAt === null || at < seen.firstAt)) seen.firstAt = at;
  }
  return [...byName.values()];
}

function timeOf(report: Report): number | null {
  if (!report.publishedAt) return null;
  const at = Date.parse(report.publishedAt);
  return Number.isNaN(at) ? null : at;
}

/** Outlets grouped by country, largest group first; within a group independent outlets come before copies. */
export function groupByCountry(outlets: CardOutlet[]): { country: string | null; outlets: CardOutlet[] }[] {
  const groups = new Map<string | null, CardOutlet[]>();
  for (const outlet of outlets) groups.set(outlet.country, [...(groups.get(outlet.country) ?? []), outlet]);
  return [...groups.entries()]
    .map(([country, members]) => ({
      country,
      outlets: [...members].sort((a, b) => Number(b.independent) - Number(a.independent) || a.name.localeCompare(b.name)),
    }))
    .sort(
      (a, b) =>
        b.outlets.length - a.outlets.length ||
        (a.country === null ? 1 : 0) - (b.country === null ? 1 : 0) ||
        String(a.country).localeCompare(String(b.country)),
    );
}

/** Outlet counts per ownership kind ("unknown" for null), largest first. */
export function countByOwnership(outlets: CardOutlet[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const outlet of outlets) counts.set(outlet.ownership ?? 'unknown', (counts.get(outlet.ownership ?? 'unknown') ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
