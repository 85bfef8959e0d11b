import type { Article } from '../domain/article.ts';

/** What ingestion needs from the HTTP layer (src/fetch/http-client.ts provides it). */
export interface FeedFetcher {
  fetch(
    url: string,
    options: { etag?: string | null; lastModified?: string | null; accept?: string; signal?: AbortSignal },
  ): Promise<
    | { kind: 'ok'; url: string; text: string; etag: string | null; lastModified: string | null }
    | { kind: 'not-modified'; url: string; etag: string | null; lastModified: string | null }
  >;
}

/** What ingestion needs from the feed parser (src/parse/ provides it). */
export type FeedParser = (input: {
  xml: string;
  sourceId: string;
  feedUrl: string;
  fetchedAt: string;
  defaultLanguage?: string | null;
}) => Promise<{ items: Article[]; skipped: { reason: string }[] }>;
