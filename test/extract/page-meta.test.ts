import { describe, expect, it } from 'vitest';
import { readPageMeta, stripSiteSuffix } from '../../src/extract/page-meta.ts';
import { loadHtml } from '../../src/parse/html-to-text.ts';

const now = Date.parse('2026-11-29T12:00:00Z');
const metaOf = (html: string, url = 'https://site.example/a/b') => readPageMeta({ $: loadHtml(html), ld: null, url, now });

describe('stripSiteSuffix', () => {
  it('removes any pipe suffix and dash suffixes that name the site', () => {
    expect(stripSiteSuffix({ title: 'Ferry extended | Ledger', siteName: null })).toBe('Ferry extended');
    expect(stripSiteSuffix({ title: 'Ferry extended - Northern Ledger', siteName: 'Northern Ledger' })).toBe('Ferry extended');
    expect(stripSiteSuffix({ title: 'Q&A - what happens next - Ledger', siteName: 'ledger' })).toBe('Q&A - what happens next');
  });

  it('keeps dash phrases that are part of the headline', () => {
    expect(stripSiteSuffix({ title: 'Bridge inspections - what happens next', siteName: 'Ledger' })).toBe(
      'Bridge inspections - what happens next',
    );
    expect(stripSiteSuffix({ title: 'Well-known café re-opens', siteName: null })).toBe('Well-known café re-opens');
  });
});

describe('readPageMeta', () => {
  it('falls back from article:published_time to meta date names to <time datetime>', () => {
    const both = '<meta name="pubdate" content="2026-11-20T10:00:00Z"><time datetime="2026-11-21">x</time>';
    expect(metaOf(both).publishedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(metaOf('<meta name="DC.date" content="2026-11-19">').publishedAt).toBe('2026-11-19T00:00:00.000Z');
    expect(metaOf('<p><time datetime="2026-11-21T08:00:00+02:00">Saturday</time></p>').publishedAt).toBe('2026-11-21T06:00:00.000Z');
    expect(metaOf('<meta property="article:published_time" content="2099-01-01T00:00:00Z">').publishedAt).toBeNull();
  });

  it('normalises language from html lang, og:locale or content-language', () => {
    expect(metaOf('<html lang="pt-BR"><meta property="og:locale" content="en_GB"></html>').language).toBe('pt');
    expect(metaOf('<meta property="og:locale" content="de_DE">').language).toBe('de');
    expect(metaOf('<meta http-equiv="Content-Language" content="es">').language).toBe('es');
  });

  it('takes <title> without its site suffix, then the h1', () => {
    expect(metaOf('<title>Quay reopens | Gazette</title><h1>Other</h1>').title).toBe('Quay reopens');
    expect(metaOf('<h1>Only a heading</h1>').title).toBe('Only a heading');
  });

  it('reads bylines from meta author or byline markup, without "By"', () => {
    expect(metaOf('<meta name="author" content="Ann Lee">').byline).toBe('Ann Lee');
    expect(metaOf('<meta name="author" content="https://social.example/ann"><p class="byline">By Ann Lee</p>').byline).toBe('Ann Lee');
    expect(metaOf('<a rel="author" href="/x">Bo Ng</a>').byline).toBe('Bo Ng');
  });

  it('resolves a relative canonical link and strips tracking from it', () => {
    expect(metaOf('<link rel="canonical" href="/story/1?utm_source=x&amp;p=2#c">').canonicalUrl).toBe('https://site.example/story/1?p=2');
    expect(metaOf('<link rel="canonical" href="javascript:void(0)">').canonicalUrl).toBeNull();
  });
});
