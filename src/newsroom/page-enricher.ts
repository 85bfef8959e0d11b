import type { Article } from '../domain/article.ts';
import { extractPage } from '../extract/extract-page.ts';
import type { HttpClient } from '../fetch/http-client.ts';
import type { Logger } from '../log.ts';
import { recordedLanguage } from '../text/language.ts';
import { clipBytes, FEED_LIMITS } from '../parse/limits.ts';
import type { PageEnricher } from './newsroom.ts';

export interface PageEnricherOptions {
  http: Pick<HttpClient, 'fetch'>;
  log: Logger;
  /** Time allowed for all pages of one breakdown; reports left without a page stay headline-only. */
  budgetMs?: number;
  /** A body shorter than this (characters) is worth replacing with the page's text. */
  minBodyChars?: number;
  maxPages?: number;
  /** Article ids remembered as tried; the oldest are forgotten beyond this (the set once grew for ever). */
  maxRemembered?: number;
}

/** A set that forgets its oldest entries beyond `max`. */
export class BoundedSet {
  private readonly set = new Set<string>();
  constructor(private readonly max: number) {}
  has(key: string): boolean {
    return this.set.has(key);
  }
  add(key: string): void {
    this.set.delete(key);
    this.set.add(key);
    while (this.set.size > this.max) this.set.delete(this.set.values().next().value as string);
  }
  get size(): number {
    return this.set.size;
  }
}

/** Hosts whose links are redirects, not article pages: their items stay as the feed gave them. */
const REDIRECT_HOSTS = new Set(['news.google.com']);
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/**
 * Fetches the pages of articles whose feed gave little text and takes the main text from them,
 * within a time budget. Each page is tried once per process.
 */
export function createPageEnricher(options: PageEnricherOptions): PageEnricher {
  const tried = new BoundedSet(options.maxRemembered ?? 20_000);
  const minBody = options.minBodyChars ?? 400;
  return async (articles, progress) => {
    const wanted = articles
      .filter((a) => a.url && a.body.length < minBody && !tried.has(a.id) && !REDIRECT_HOSTS.has(hostOf(a.url)))
      .slice(0, options.maxPages ?? 24);
    if (wanted.length === 0) return articles;
    // Each page gets its own signal, all ending at the one deadline: a signal shared by every page would gain an
    // abort listener per waiting fetch (24 at most), past Node's limit of 10 (MaxListenersExceededWarning).
    const deadline = Date.now() + (options.budgetMs ?? 8000);
    const improved = new Map<string, Article>();
    let done = 0;
    await progress(0, wanted.length);
    await Promise.all(
      wanted.map(async (article) => {
        tried.add(article.id);
        try {
          const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
          const response = await options.http.fetch(article.url!, { accept: PAGE_ACCEPT, signal, maxBytes: 2 * 1024 * 1024 });
          if (response.kind === 'ok') {
            const page = extractPage({ html: response.text, url: response.url });
            if (page.text.length > article.body.length) {
              improved.set(article.id, {
                ...article,
                body: clipBytes(page.text, FEED_LIMITS.bodyBytes),
                publishedAt: article.publishedAt ?? page.publishedAt,
                author: article.author ?? page.byline,
                // A page's lang attribute is checked against its text as a feed's declaration is.
                language: article.language ?? recordedLanguage(page.language, page.text),
              });
            }
          }
        } catch (error) {
          options.log.debug({ url: article.url, reason: (error as Error).message }, 'page not read; report stays headline-only');
        }
        done++;
        await progress(done, wanted.length);
      }),
    );
    return articles.map((a) => improved.get(a.id) ?? a);
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
