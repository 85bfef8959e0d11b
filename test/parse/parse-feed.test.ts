import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed, type ParseFeedInput } from '../../src/parse/parse-feed.ts';
import { rejection } from '../support/rejection.ts';

const failure = (promise: Promise<unknown>) => rejection(promise, FeedParseError);

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const base = { sourceId: 'gazette', feedUrl: 'https://www.harbour-gazette.example/rss/top.xml', fetchedAt: '2026-11-29T12:00:00Z' };
const parse = (name: string, extra: Partial<ParseFeedInput> = {}) => parseFeed({ ...base, xml: fixture(name), ...extra });

describe('parseFeed: RSS 2.0', () => {
  it('gives stable ids across two parses, distinct across items', async () => {
    const first = await parse('rss2.xml');
    const second = await parse('rss2.xml');
    expect(first.items.map((a) => a.id)).toEqual(second.items.map((a) => a.id));
    expect(new Set(first.items.map((a) => a.id)).size).toBe(first.items.length);
    for (const a of first.items) expect(a.id).toMatch(/^gazette:[0-9a-f]{16}$/);
  });

  it('reads feed title and language, and canonicalises links', async () => {
    const feed = await parse('rss2.xml');
    expect(feed.title).toBe('The Harbour Gazette – Top Stories');
    expect(feed.language).toBe('en');
    const [bridge, ferry] = feed.items;
    expect(bridge?.url).toBe('https://www.harbour-gazette.example/news/2026/11/29/port-calder-bridge-closed?page=2');
    expect(ferry?.url).toBe('https://www.harbour-gazette.example/news/2026/11/28/night-ferry-extended?ref=home');
    expect(feed.items.every((a) => !a.url?.includes('utm_'))).toBe(true);
  });

  it('prefers content:encoded as plain-text paragraphs without scripts or markup', async () => {
    const bridge = (await parse('rss2.xml')).items[0];
    const paragraphs = bridge?.body.split('\n') ?? [];
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Engineers closed the Port Calder bridge on Sunday morning/);
    expect(paragraphs[1]).toContain('each day & that diversions would add 25 minutes');
    expect(bridge?.body).not.toMatch(/trackView|<|&amp;/);
    expect(bridge?.author).toBe('Mira Okonjo');
  });

  it('decodes entity-escaped HTML descriptions and names from email-style authors', async () => {
    const feed = await parse('rss2.xml');
    expect(feed.items[1]?.title).toBe('Council votes 7–2 to extend night ferry service');
    expect(feed.items[1]?.author).toBe('Tomas Reyes');
    expect(feed.items[2]?.body).toBe('Wind speeds are expected to fall below 30 km/h.\nSmall craft warnings remain in place until Monday.');
  });

  it('turns dates into ISO, and invalid or far-future dates into null', async () => {
    const dates = (await parse('rss2.xml')).items.map((a) => a.publishedAt);
    expect(dates).toEqual(['2026-11-29T08:15:00.000Z', '2026-11-28T18:40:00.000Z', '2026-11-28T15:00:00.000Z', null, null]);
  });

  it("reads an item's language from its text when its script contradicts the feed's declaration", async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title><language>en-us</language>
      <item><title>زلزال قوي يضرب جنوب البلاد</title><link>https://www.harbour-gazette.example/ar/1</link>
        <description>قالت السلطات إن زلزالا قويا ضرب جنوب البلاد صباح اليوم وألحق أضرارا بعدة قرى.</description></item>
      <item><title>Quake shakes the south</title><link>https://www.harbour-gazette.example/en/1</link>
        <description>Officials said a strong quake struck the south this morning.</description></item>
    </channel></rss>`;
    const feed = await parseFeed({ ...base, xml });
    expect(feed.language).toBe('en');
    expect(feed.items.map((a) => a.language)).toEqual(['ar', 'en']);
  });

  it('ignores an XML declaration encoding that no longer matches the decoded text', async () => {
    const xml = fixture('rss2.xml').replace('encoding="UTF-8"', 'encoding="windows-1252"');
    const feed = await parseFeed({ ...base, xml });
    expect(feed.items).toHaveLength(5);
    expect(feed.items[1]?.title).toContain('7–2');
  });
});

describe('parseFeed: Atom and RDF', () => {
  it('uses Atom ids, alternate links, item xml:lang and tolerates an unreadable date', async () => {
    const feed = await parse('atom.xml', { sourceId: 'ledger' });
    expect(feed.language).toBe('en');
    expect(feed.items.map((a) => a.language)).toEqual(['en', 'fr', 'en']);
    const [bridge, market, library] = feed.items;
    expect(bridge?.title).toBe('Storm forces closure of Port Calder bridge & ferry delays');
    expect(bridge?.url).toBe('https://northern-ledger.example/2026/11/29/port-calder-bridge?id=5501');
    expect(bridge?.publishedAt).toBe('2026-11-29T08:30:00.000Z');
    expect(bridge?.author).toBe('Ines Valdyr');
    expect(market?.publishedAt).toBe('2026-11-28T16:00:00.000Z');
    expect(library?.publishedAt).toBeNull();
    const again = await parse('atom.xml', { sourceId: 'ledger' });
    expect(again.items.map((a) => a.id)).toEqual(feed.items.map((a) => a.id));
  });

  it('reads RDF items (no guid, no id) by link, with dc:date, dc:creator and dc:language', async () => {
    const feed = await parse('rdf.xml', { sourceId: 'courier' });
    expect(feed.language).toBe('de');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      url: 'https://valley-courier.example/artikel/101',
      title: 'Brücke in Port Calder nach Sturm gesperrt',
      publishedAt: '2026-11-29T06:45:00.000Z',
      author: 'Lena Hofbauer',
      language: 'de',
    });
    expect(feed.items[0]?.id).not.toBe(feed.items[1]?.id);
  });
});

describe('parseFeed: Google News', () => {
  it('keeps the publisher, strips its name from the title and keeps the redirect link', async () => {
    const feed = await parse('google-news.xml', { sourceId: 'gn-gb' });
    const [first, , third, fourth] = feed.items;
    expect(first?.publisher).toEqual({ name: 'The Harbour Gazette', url: 'https://www.harbour-gazette.example/' });
    expect(first?.title).toBe('Port Calder bridge closed after storm damages two support piers');
    expect(first?.url).toBe('https://news.google.com/rss/articles/CBMiTESTAAA111?oc=5');
    expect(first?.body).toBe('');
    expect(third?.title).toBe('Bridge inspections - what happens next');
    expect(fourth?.title).toBe('Port Calder residents describe the night of the storm - Valley Courier (blog)');
    expect(new Set(feed.items.map((a) => a.id)).size).toBe(4);
  });
});

describe('parseFeed: id stability', () => {
  const one = (guid: string, title: string) =>
    `<rss version="2.0"><channel><title>T</title><item><title>${title}</title><guid>${guid}</guid></item></channel></rss>`;
  const idOf = async (xml: string) => (await parseFeed({ ...base, xml })).items[0]?.id;

  it('keeps the id when a URL guid gains tracking parameters or the title is edited', async () => {
    const plain = await idOf(one('https://x.example/story/7', 'First title'));
    expect(await idOf(one('https://x.example/story/7?utm_source=rss&amp;utm_medium=feed', 'Edited title'))).toBe(plain);
    expect(await idOf(one('https://x.example/story/8', 'First title'))).not.toBe(plain);
  });

  it('keys items without guid, id or link on title and date', async () => {
    const item = (title: string, date: string) =>
      `<rss version="2.0"><channel><title>T</title><item><title>${title}</title><pubDate>${date}</pubDate></item></channel></rss>`;
    const a = await idOf(item('Same headline', 'Sat, 28 Nov 2026 10:00:00 GMT'));
    expect(await idOf(item('Same headline', 'Sat, 28 Nov 2026 10:00:00 GMT'))).toBe(a);
    expect(await idOf(item('Same headline', 'Sun, 29 Nov 2026 10:00:00 GMT'))).not.toBe(a);
  });
});

describe('parseFeed: edge cases', () => {
  it('keeps one of each duplicate id and says why the other was skipped', async () => {
    const feed = await parse('duplicate-guids.xml');
    expect(feed.items.map((a) => a.title)).toEqual(['Tram line extension approved', 'School roof repairs finished early']);
    expect(feed.skipped).toHaveLength(1);
    expect(feed.skipped[0]?.reason).toMatch(/item 2.*duplicate of item 1/);
  });

  it('keeps items without link or date, skips items with neither title nor link', async () => {
    const feed = await parse('no-link-no-date.xml', { defaultLanguage: 'en-GB' });
    expect(feed.items.map((a) => [a.title, a.url, a.publishedAt])).toEqual([
      ['Headline without a link', null, '2026-11-29T06:00:00.000Z'],
      ['Headline without a date', 'https://sparse.example/no-date', null],
      ['An item with a link but no title still carries this text.', 'https://sparse.example/no-title', null],
      ['Headline with neither link nor date', null, null],
    ]);
    expect(feed.skipped).toEqual([{ reason: 'item 4: has neither a title nor a link' }]);
    expect(feed.language).toBe('en');
    expect(feed.items.every((a) => a.language === 'en')).toBe(true);
  });

  it('accepts a feed with no items', async () => {
    expect(await parse('empty.xml')).toEqual({ title: 'Quiet Town Weekly', language: 'en', items: [], skipped: [] });
  });

  it('refuses entity-declaring DTDs before parsing', async () => {
    const error = await failure(parse('billion-laughs.xml'));
    expect(error.code).toBe('entities');
    expect(error.message).toMatch(/entit/i);
    const hidden = '<?xml version="1.0"?><!doctype rss [<!-- <rss> --><!entity a "aaaa">]><rss version="2.0"><channel/></rss>';
    expect((await failure(parseFeed({ ...base, xml: hidden }))).code).toBe('entities');
  });

  it('allows a DOCTYPE without entities and the word ENTITY inside CDATA', async () => {
    const xml = `<!DOCTYPE rss SYSTEM "rss.dtd"><rss version="2.0"><channel><title>T</title>
      <item><title>XML tips</title><link>https://x.example/xml</link>
      <description><![CDATA[Never write <!ENTITY declarations by hand.]]></description></item></channel></rss>`;
    const feed = await parseFeed({ ...base, xml });
    expect(feed.items[0]?.body).toContain('declarations by hand');
  });

  it('refuses HTML pages', async () => {
    const error = await failure(parse('html-not-feed.html'));
    expect(error.code).toBe('not-a-feed');
    expect(error.message).toContain('looks like an HTML page, not a feed');
  });

  it('reports malformed XML with the parser reason and position', async () => {
    const error = await failure(parse('malformed.xml'));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/Unexpected close tag \(line \d+, column \d+\)/);
  });

  it('reads Atom links written as text, and reports feeds with no structure to read', async () => {
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><link>https://x.example/a?utm_source=z</link></entry></feed>';
    expect((await parseFeed({ ...base, xml: atom })).items[0]?.url).toBe('https://x.example/a');
    const hollow = await failure(parseFeed({ ...base, xml: '<rss version="2.0"/>' }));
    expect([hollow.code, hollow.message]).toEqual(['malformed', expect.stringContaining('not a usable RSS, Atom or RDF')]);
  });

  it('refuses JSON and plain-text bodies as not feeds', async () => {
    const json = await failure(parseFeed({ ...base, xml: '{"version":"https://jsonfeed.org/version/1.1","items":[]}' }));
    expect([json.code, json.message]).toEqual(['not-a-feed', expect.stringContaining('JSON')]);
    const text = await failure(parseFeed({ ...base, xml: 'Service Unavailable' }));
    expect([text.code, text.message]).toEqual(['not-a-feed', expect.stringContaining('plain text')]);
  });

  it('refuses empty bodies and XML that is not a feed', async () => {
    expect((await failure(parseFeed({ ...base, xml: ' \n\ufeff ' }))).code).toBe('empty-body');
    const other = await failure(parseFeed({ ...base, xml: '<?xml version="1.0"?><urlset><url/></urlset>' }));
    expect(other.code).toBe('not-a-feed');
    expect(other.message).toContain('<urlset>');
  });
});
