import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { NewsEditionSchema, type NewsEdition } from '../domain/source.ts';

const editionsPath = fileURLToPath(new URL('./news-editions.json', import.meta.url));

/**
 * The Google News RSS search URL for a query in one country edition.
 * @example googleNewsSearchUrl('earthquake', { country: 'JP', language: 'ja', hl: 'ja', ceid: 'JP:ja' })
 */
export function googleNewsSearchUrl(query: string, edition: NewsEdition): string {
  const ceid = encodeURIComponent(edition.ceid).replace(/%3A/gi, ':');
  return (
    `https://news.google.com/rss/search?q=${encodeURIComponent(query)}` +
    `&hl=${encodeURIComponent(edition.hl)}&gl=${encodeURIComponent(edition.country)}&ceid=${ceid}`
  );
}

/** The built-in Google News country editions, validated. */
export function loadNewsEditions(): NewsEdition[] {
  const data: unknown = JSON.parse(readFileSync(editionsPath, 'utf8'));
  return z.array(NewsEditionSchema).parse(data);
}
