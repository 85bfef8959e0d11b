import type { Clock } from '../domain/clock.ts';
import { systemClock } from '../domain/clock.ts';
import { isPublicAddress } from './address-policy.ts';
import { decodeBody } from './charset.ts';
import { FetchError } from './fetch-error.ts';
import type { AddressFilter, Resolver } from './guarded-lookup.ts';
import { guardedLookup, systemResolver } from './guarded-lookup.ts';
import { HostLimiter } from './host-limiter.ts';
import { RateLimitMemory } from './rate-limit-memory.ts';
import { followRedirect, isRedirect } from './redirects.ts';
import type { HopResponse } from './request-once.ts';
import { requestOnce } from './request-once.ts';
import { checkLiteralHost, parseTarget } from './target-url.ts';

/** The User-Agent sent unless the caller names another. */
export const DEFAULT_USER_AGENT = 'Parallax/0.1 (+https://github.com/parallax-news/parallax; news comparison bot)';
const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/** How an HttpClient behaves; every field has a safe default. */
export interface HttpClientOptions {
  userAgent?: string;
  /** Whole-fetch deadline (all redirect hops and the body), counted from the first connection slot. */
  timeoutMs?: number;
  /** Fail when the socket is silent this long; defaults to `timeoutMs`. */
  stallTimeoutMs?: number;
  maxRedirects?: number;
  maxBytes?: number;
  maxPerHost?: number;
  /** Turns the SSRF guard off (tests on loopback, trusted intranets). */
  allowPrivateNetworks?: boolean;
  clock?: Clock;
  /** Name resolution; defaults to the system resolver. */
  lookup?: Resolver;
  /** The address policy; defaults to `isPublicAddress`. Ignored when `allowPrivateNetworks` is on. */
  isAllowedAddress?: AddressFilter;
}

/** Per-request options: validators for a conditional GET, an Accept header, a tighter cap, a cancel signal. */
export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  maxBytes?: number;
  signal?: AbortSignal;
}

/** A successful fetch: either a decoded body or "not modified since your validators". */
export type FetchResult =
  | {
      kind: 'ok';
      url: string;
      status: number;
      contentType: string | null;
      bytes: Buffer;
      text: string;
      charset: string;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; url: string; etag: string | null; lastModified: string | null };

function header(response: HopResponse, name: string): string | null {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The one HTTP client for feeds and pages: SSRF-guarded, capped, timed, polite per host, charset-aware. */
export class HttpClient {
  private readonly userAgent: string;
  private readonly timeoutMs: number;
  private readonly stallTimeoutMs: number;
  private readonly maxRedirects: number;
  private readonly maxBytes: number;
  private readonly resolve: Resolver;
  private readonly isAllowed: AddressFilter | null;
  private readonly limiter: HostLimiter;
  private readonly rateLimits: RateLimitMemory;

  constructor(options: HttpClientOptions = {}) {
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.stallTimeoutMs = options.stallTimeoutMs ?? this.timeoutMs;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.resolve = options.lookup ?? systemResolver;
    this.isAllowed = options.allowPrivateNetworks ? null : (options.isAllowedAddress ?? isPublicAddress);
    this.limiter = new HostLimiter(options.maxPerHost ?? 2);
    this.rateLimits = new RateLimitMemory(options.clock ?? systemClock);
  }

  /** Fetches `url` (GET), following redirects; throws FetchError on every failure. */
  async fetch(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
    let current = parseTarget(url);
    const controller = new AbortController();
    const forwardAbort = (): void => controller.abort(opts.signal?.reason);
    if (opts.signal?.aborted) forwardAbort();
    opts.signal?.addEventListener('abort', forwardAbort, { once: true });
    let deadline: NodeJS.Timeout | undefined;
    const startDeadline = (): void => {
      const error = new FetchError({ code: 'timeout', message: `gave up on ${url} after ${+(this.timeoutMs / 1000).toFixed(1)} s`, url });
      deadline ??= setTimeout(() => controller.abort(error), this.timeoutMs);
    };
    try {
      const visited = new Set([current.href]);
      for (let redirects = 0; ; redirects += 1) {
        const response = await this.hop(current, opts, controller.signal, startDeadline);
        if (isRedirect(response.status) && header(response, 'location')) {
          current = followRedirect({
            from: current,
            location: header(response, 'location')!,
            visited,
            redirects,
            maxRedirects: this.maxRedirects,
          });
          continue;
        }
        return this.interpret(current, response, opts);
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw new FetchError({ code: 'network', message: `fetch of ${current.href} was aborted`, url: current.href, cause: error });
    } finally {
      clearTimeout(deadline);
      opts.signal?.removeEventListener('abort', forwardAbort);
    }
  }

  private async hop(url: URL, opts: FetchOptions, signal: AbortSignal, startDeadline: () => void): Promise<HopResponse> {
    checkLiteralHost(parseTarget(url.href), this.isAllowed);
    await this.rateLimits.waitFor(url.host, signal);
    const release = await this.limiter.acquire(url.host, signal);
    startDeadline();
    try {
      return await requestOnce({
        url,
        headers: this.headersFor(opts),
        lookup: guardedLookup({ resolve: this.resolve, isAllowed: this.isAllowed, url: url.href }),
        maxBytes: opts.maxBytes ?? this.maxBytes,
        stallMs: this.stallTimeoutMs,
        signal,
        wantsBody: (status) => status >= 200 && status < 300,
      });
    } finally {
      release();
    }
  }

  private headersFor(opts: FetchOptions): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: opts.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    return headers;
  }

  private interpret(url: URL, response: HopResponse, opts: FetchOptions): FetchResult {
    const etag = header(response, 'etag');
    const lastModified = header(response, 'last-modified');
    if (response.status === 304)
      return {
        kind: 'not-modified',
        url: url.href,
        etag: etag ?? opts.etag ?? null,
        lastModified: lastModified ?? opts.lastModified ?? null,
      };
    this.rateLimits.check({ host: url.host, url: url.href, status: response.status, retryAfter: header(response, 'retry-after') });
    if (!response.bytes || response.status < 200 || response.status >= 300) {
      const message = `HTTP ${response.status} ${response.statusText}`.trim() + ` from ${url.href}`;
      throw new FetchError({ code: 'http-status', message, url: url.href, status: response.status });
    }
    const contentType = header(response, 'content-type');
    const { text, charset } = decodeBody(response.bytes, contentType);
    return { kind: 'ok', url: url.href, status: response.status, contentType, bytes: response.bytes, text, charset, etag, lastModified };
  }
}
