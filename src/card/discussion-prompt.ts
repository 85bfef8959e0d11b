import type { Breakdown } from '../domain/breakdown.ts';
import { countryName } from './country-name.ts';

/** The question that opens a discussion under a breakdown (plain text, under 400 characters): how did outlets in the reader's country report it? */
export function discussionPrompt(breakdown: Breakdown | null): string {
  const question = 'How did outlets in your country report this story?';
  if (!breakdown) return `${question} Share what you read, and where, in this thread.`;
  const countries = [...new Set(breakdown.reports.map((report) => report.country).filter((code): code is string => Boolean(code)))];
  const named = countries.slice(0, 4).map((code) => countryName(code));
  const from = named.length
    ? ` from ${named.join(', ')}${countries.length > named.length ? ` and ${countries.length - named.length} more` : ''}`
    : '';
  return `${question} Parallax compared ${breakdown.coverage.outlets} outlet${breakdown.coverage.outlets === 1 ? '' : 's'}${from}. Tell us what your local press said, and where it differs.`;
}
