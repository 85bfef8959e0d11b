import type { Article } from '../domain/article.ts';

/** A line of a benchmark corpus (see ../shared/corpus/README.md). */
export interface CorpusLine {
  id: string;
  story_id: string;
  title: string;
  body: string;
  url: string | null;
  source: string | null;
  language: string | null;
  published_at: string | null;
}

/** Fixed "seen" time for corpus articles, so only `published_at` carries time. */
const FETCHED_AT = '2020-01-01T00:00:00.000Z';

/** Converts a corpus line to an Article using only title, body, url, source, language and published_at. */
export function corpusArticle(line: CorpusLine, { titleOnly = false }: { titleOnly?: boolean } = {}): Article {
  return {
    id: line.id,
    sourceId: line.source ?? 'unknown',
    feedUrl: null,
    url: line.url,
    title: line.title,
    body: titleOnly ? '' : line.body,
    publishedAt: line.published_at,
    fetchedAt: line.published_at ?? FETCHED_AT,
    language: line.language,
    author: null,
    publisher: null,
  };
}
