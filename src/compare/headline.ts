import { contentTerms, similarity } from '../text/terms.ts';

/** Removes a trailing " - Outlet" or " | Outlet" that aggregators append to titles. */
export function withoutOutletSuffix(title: string, names: (string | null | undefined)[]): string {
  for (const name of names) {
    if (name === null || name === undefined || name.trim() === '') continue;
    const suffix = new RegExp(`\\s+[-–—|]\\s+${name.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*$`, 'iu');
    const stripped = title.replace(suffix, '');
    if (stripped !== title && stripped.trim() !== '') return stripped;
  }
  return title;
}

/** The title most similar to the others (earliest wins ties); titles must be in report order. */
export function representativeHeadline(titles: { title: string; language: string | null }[]): string {
  const sets = titles.map((t) => new Set(contentTerms(t.title, t.language)));
  let best = 0;
  let bestScore = -1;
  sets.forEach((set, i) => {
    const score = sets.reduce((sum, other, j) => (i === j ? sum : sum + similarity(set, other)), 0);
    if (score > bestScore + 1e-9) {
      best = i;
      bestScore = score;
    }
  });
  return titles[best]?.title ?? '';
}
