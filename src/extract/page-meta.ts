import type { CheerioAPI } from 'cheerio';
import { canonicalUrl } from '../parse/canonical-url.ts';
import { collapseWhitespace } from '../parse/html-to-text.ts';
import { languageCode } from '../parse/language-code.ts';
import { parseDate } from '../parse/parse-date.ts';
import type { JsonLdArticle } from './json-ld.ts';

/** A page's descriptive fields, read from JSON-LD first and then from meta tags and markup. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  language: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
}

function meta($: CheerioAPI, selector: string): string | null {
  for (const element of $(selector).toArray()) {
    const content = collapseWhitespace($(element).attr('content') ?? '');
    if (content) return content;
  }
  return null;
}

function firstText($: CheerioAPI, selector: string): string | null {
  for (const element of $(selector).toArray()) {
    const text = collapseWhitespace($(element).text());
    if (text) return text;
  }
  return null;
}

/** Removes a trailing ` | Site` (any pipe suffix), or ` - Site` / ` — Site` when it names the site. */
export function stripSiteSuffix({ title, siteName }: { title: string; siteName: string | null }): string {
  const site = siteName?.toLowerCase();
  const match = /^(.+?)\s+([|\-–—·:]{1,2})\s+([^|\-–—·]+)$/.exec(title);
  if (!match) return title;
  const [, head = '', separator = '', tail = ''] = match;
  const namesSite = site !== undefined && tail.trim().toLowerCase() === site;
  return separator === '|' || namesSite ? head.trim() : title;
}

function titleOf($: CheerioAPI, ld: JsonLdArticle | null, siteName: string | null): string | null {
  if (ld?.headline) return collapseWhitespace(ld.headline);
  const og = meta($, 'meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]');
  if (og) return stripSiteSuffix({ title: og, siteName }) || og;
  const title = firstText($, 'head title, title');
  if (title) return stripSiteSuffix({ title, siteName }) || title;
  return firstText($, 'h1');
}

function bylineOf($: CheerioAPI, ld: JsonLdArticle | null): string | null {
  if (ld?.authors.length) return ld.authors.join(', ');
  const named = meta($, 'meta[name="author" i], meta[name="byl" i], meta[name="dc.creator" i]');
  if (named && !/^https?:\/\//.test(named)) return named;
  const marked = firstText($, '[itemprop="author"] [itemprop="name"], .byline, [class*="byline"], [rel="author"]');
  return marked ? collapseWhitespace(marked.replace(/^by\s+/i, '')) || null : null;
}

const DATE_NAMES = ['date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created'];
const DATE_META = [...DATE_NAMES.map((name) => `meta[name="${name}" i]`), 'meta[itemprop="datePublished"]'].join(', ');

function publishedOf($: CheerioAPI, ld: JsonLdArticle | null, now: number): string | null {
  const candidates = [
    ld?.datePublished,
    meta($, 'meta[property="article:published_time"], meta[name="article:published_time"]'),
    meta($, DATE_META),
    $('time[datetime]').first().attr('datetime'),
  ];
  for (const value of candidates) {
    const date = parseDate({ value, now });
    if (date) return date;
  }
  return null;
}

function languageOf($: CheerioAPI, ld: JsonLdArticle | null): string | null {
  return (
    languageCode($('html').attr('lang') ?? $('html').attr('xml:lang')) ??
    languageCode(meta($, 'meta[property="og:locale"]')) ??
    languageCode(meta($, 'meta[http-equiv="content-language" i], meta[name="language" i]')) ??
    languageCode(ld?.inLanguage)
  );
}

/** Reads title, byline, publication time, language, site name and canonical URL from a parsed page. */
export function readPageMeta(input: { $: CheerioAPI; ld: JsonLdArticle | null; url: string; now: number }): PageMeta {
  const { $, ld, url, now } = input;
  const siteName = meta($, 'meta[property="og:site_name"]') ?? ld?.publisherName ?? meta($, 'meta[name="application-name"]');
  const canonicalHref = $('link[rel~="canonical" i]').attr('href') ?? meta($, 'meta[property="og:url"]');
  const base = /^https?:\/\//i.test(url) ? url : undefined;
  return {
    title: titleOf($, ld, siteName),
    byline: bylineOf($, ld),
    publishedAt: publishedOf($, ld, now),
    language: languageOf($, ld),
    siteName,
    canonicalUrl: canonicalHref ? canonicalUrl(canonicalHref, base) : null,
  };
}
