import type { Report } from '../domain/breakdown.ts';

/** A span of coverage for people: "40 min", "5 h", "3 days". */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} days`;
}

/** " · copy of AP" for a wire or syndicated copy, " · copy" when the agency is unknown, "" for an independent report. */
export function copyNote(report: Pick<Report, 'independent' | 'agency'>): string {
  return report.independent ? '' : ` · copy${report.agency ? ` of ${report.agency}` : ''}`;
}
