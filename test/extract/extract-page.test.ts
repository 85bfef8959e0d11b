import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/extract-page.ts';

const page = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const now = Date.parse('2026-11-29T12:00:00Z');
const withoutJsonLd = (html: string): string => html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');

const BRIDGE_PARAGRAPHS = [
  /^Engineers closed the Port Calder bridge/,
  /^About 14,000 vehicles cross the bridge each day/,
  /^The cracks were found during a routine inspection/,
  /^Inspections are expected to take at least three weeks/,
];
const BOILERPLATE = [
  /cookie/i,
  /Advertisement/,
  /umbrellas/,
  /Share on/,
  /Related/,
  /Storm warning issued/,
  /Sign up/i,
  /Read more/,
  /Photo:/,
  /©|All rights reserved/,
  /Most read/,
  /Reader one/,
  /News\s*Sport/,
  /By Mira/,
];

describe('extractPage: JSON-LD article surrounded by page furniture', () => {
  const html = page('article-jsonld.html');

  it('reads metadata from JSON-LD before meta tags', () => {
    const result = extractPage({ html, url: 'https://www.harbour-gazette.example/news/port-calder-bridge-closed', now });
    expect(result).toMatchObject({
      title: 'Port Calder bridge closed after storm damages two support piers',
      byline: 'Mira Okonjo, Tomas Reyes',
      publishedAt: '2026-11-29T08:15:00.000Z',
      language: 'en',
      siteName: 'The Harbour Gazette',
      canonicalUrl: 'https://www.harbour-gazette.example/news/port-calder-bridge-closed?edition=uk',
    });
  });

  it.each([
    ['from JSON-LD articleBody', html],
    ['from the page when JSON-LD is absent', withoutJsonLd(html)],
  ])('gives the four paragraphs in order and no boilerplate, %s', (_, source) => {
    const { text } = extractPage({ html: source, url: 'https://www.harbour-gazette.example/x', now });
    const paragraphs = text.split('\n');
    expect(paragraphs).toHaveLength(4);
    BRIDGE_PARAGRAPHS.forEach((pattern, index) => expect(paragraphs[index]).toMatch(pattern));
    for (const pattern of BOILERPLATE) expect(text).not.toMatch(pattern);
  });

  it('falls back to meta tags when JSON-LD is absent', () => {
    const result = extractPage({ html: withoutJsonLd(page('article-jsonld.html')), url: 'https://x.example/', now });
    expect(result.title).toBe('Port Calder bridge closed after storm damages piers');
    expect(result.byline).toBe('Someone Else');
    expect(result.publishedAt).toBe('2026-11-29T08:00:00.000Z');
  });
});

describe('extractPage: OG and meta tags only', () => {
  const result = extractPage({ html: page('article-og-meta.html'), url: 'https://northern-ledger.example/2026/11/28/night-ferry', now });

  it('reads og:title, byline markup, <time datetime>, og:locale and og:url', () => {
    expect(result).toMatchObject({
      title: 'Night ferry trial extended to spring',
      byline: 'Ines Valdyr, transport correspondent',
      publishedAt: '2026-11-28T16:40:00.000Z',
      language: 'en',
      siteName: 'Northern Ledger',
      canonicalUrl: 'https://northern-ledger.example/2026/11/28/night-ferry',
    });
  });

  it('keeps the story paragraphs in order without captions, credits, ads, promos or sidebars', () => {
    const paragraphs = result.text.split('\n');
    const starts = ['The council voted on', 'Councillors said pas', 'The operator, Harbou', 'Two councillors vote'];
    expect(paragraphs.map((p) => p.slice(0, 20))).toEqual(starts);
    const furniture = [/Photograph/, /Photo credit/, /Advertisement/, /Copyright/, /unlimited access/, /parking fees/];
    for (const pattern of [...furniture, /WhatsApp/, /Quay Street/, /Log in/]) {
      expect(result.text).not.toMatch(pattern);
    }
  });
});

describe('extractPage: no metadata, sloppy markup', () => {
  it('finds the h1 title and the unclosed paragraphs, leaves other fields null', () => {
    const result = extractPage({ html: page('article-no-metadata.html'), url: 'https://plain.example/post', now });
    expect(result.title).toBe('Library extends opening hours');
    expect([result.byline, result.publishedAt, result.language, result.siteName, result.canonicalUrl]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    const paragraphs = result.text.split('\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^The central library will stay open/);
    expect(paragraphs[2]).toMatch(/^Staff numbers will rise by four/);
    expect(result.text).not.toMatch(/Older posts|contact/);
  });
});

describe('extractPage: choosing between JSON-LD and page text', () => {
  const para = (n: number) => `Paragraph ${n} of the page, long enough to be scored as article text, with commas, names and ${n} figures.`;
  const pageWith = (body: string) => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'H', articleBody: body });
    const paragraphs = [1, 2, 3, 4, 5, 6].map((n) => `<p>${para(n)}</p>`).join('');
    return `<script type="application/ld+json">${ld}</script><article>${paragraphs}</article>`;
  };

  it('uses the page when the JSON-LD body is a truncated teaser', () => {
    const teaser = `${'A teaser sentence from the paywalled story. '.repeat(10)}…`;
    expect(extractPage({ html: pageWith(teaser), url: 'https://x.example/' }).text.split('\n')).toHaveLength(6);
  });

  it('uses the page paragraphs when JSON-LD holds the same text as one block', () => {
    const flat = [1, 2, 3, 4, 5, 6].map(para).join(' ');
    const { text } = extractPage({ html: pageWith(flat), url: 'https://x.example/' });
    expect(text.split('\n')).toEqual([1, 2, 3, 4, 5, 6].map(para));
  });

  it('ignores a short JSON-LD body', () => {
    expect(extractPage({ html: pageWith('Short summary only.'), url: 'https://x.example/' }).text).not.toContain('Short summary');
  });
});

describe('extractPage: garbage in', () => {
  it.each([
    ['empty', ''],
    ['binary-ish', '\u0000\u0001\u0002\u0003'],
    ['truncated tag', '<html><head><title'],
    ['deep nesting', `${'<div>'.repeat(20000)}deep`],
  ])('does not throw on %s input', (_, html) => {
    const result = extractPage({ html, url: 'not a url' });
    expect(result.title).toBeNull();
    expect(result.canonicalUrl).toBeNull();
    expect(typeof result.text).toBe('string');
  });

  it('still finds text in very deep nesting', () => {
    expect(extractPage({ html: `${'<div>'.repeat(20000)}<p>deep text here</p>`, url: 'https://x.example/' }).text).toBe('deep text here');
  });
});
