import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import type { Source } from '../../src/domain/source.ts';
import { loadSources } from '../../src/sources/load-sources.ts';
import { createOutletResolver } from '../../src/sources/outlet-resolver.ts';

const sources: Source[] = [
  {
    id: 'northern-star',
    name: 'The Northern Star',
    homepage: 'https://www.northernstar.example/',
    country: 'GB',
    language: 'en',
    ownership: 'private',
    feeds: ['https://feeds.northernstar-cdn.example/world.xml'],
  },
  {
    id: 'northern-star-es',
    name: 'Estrella del Norte',
    homepage: 'https://www.northernstar.example/es',
    country: 'GB',
    language: 'es',
    ownership: 'private',
    feeds: ['https://feeds.northernstar-cdn.example/es.xml'],
  },
  {
    id: 'state-wire',
    name: 'State Wire',
    homepage: 'https://statewire.example',
    country: 'RU',
    language: 'ru',
    ownership: 'state-controlled',
    feeds: ['https://statewire.example/rss'],
  },
  { id: 'search-ap', name: 'Wire via search', feeds: ['https://news.google.com/rss/search?q=site:wire.example'] },
  { id: 'bare', name: 'Bare Outlet', feeds: ['https://bare.example/feed'] },
];

const resolve = createOutletResolver(sources);

function article(overrides: Partial<Article>): Article {
  return {
    id: 'x:1',
    sourceId: 'google-news-us',
    feedUrl: null,
    url: null,
    title: 'A headline',
    body: '',
    publishedAt: null,
    fetchedAt: '2026-01-01T00:00:00.000Z',
    language: 'fr',
    author: null,
    publisher: null,
    ...overrides,
  };
}

describe('createOutletResolver', () => {
  it('matches a publisher by homepage host, ignoring www', () => {
    const outlet = resolve(article({ publisher: { name: 'Northern Star', url: 'https://northernstar.example' } }));
    expect(outlet).toEqual({ id: 'northern-star', name: 'The Northern Star', country: 'GB', language: 'en', ownership: 'private' });
  });

  it('matches sub-domains of a homepage host and of a feed host', () => {
    const sub = resolve(article({ publisher: { name: 'NS Live', url: 'https://live.northernstar.example/' } }));
    expect(sub.id).toBe('northern-star');
    const viaFeed = resolve(article({ publisher: { name: 'NS CDN', url: 'https://img.feeds.northernstar-cdn.example' } }));
    expect(viaFeed.id).toBe('northern-star');
  });

  it('prefers the source whose homepage path the publisher URL falls under', () => {
    const outlet = resolve(article({ publisher: { name: 'Estrella', url: 'https://www.northernstar.example/es/' } }));
    expect(outlet.id).toBe('northern-star-es');
    expect(outlet.language).toBe('es');
  });

  it('does not treat a look-alike host as a sub-domain', () => {
    const outlet = resolve(article({ publisher: { name: 'Copycat', url: 'https://fakenorthernstar.example' } }));
    expect(outlet.id).toBe('pub-fakenorthernstar-example');
  });

  it('never matches on shared aggregator hosts', () => {
    const outlet = resolve(article({ publisher: { name: 'Some Paper', url: 'https://news.google.com' } }));
    expect(outlet.id).toBe('pub-news-google-com');
  });

  it('falls back to the exact name, case-insensitively, when the URL is unknown or absent', () => {
    expect(resolve(article({ publisher: { name: 'STATE WIRE', url: null } })).id).toBe('state-wire');
    expect(resolve(article({ publisher: { name: 'northern star', url: 'https://mirror.example' } })).id).toBe('northern-star');
  });

  it('gives an unknown publisher a stable id and no invented facts', () => {
    const outlet = resolve(article({ publisher: { name: 'Valley Gazette', url: 'https://www.valley-gazette.example/news' } }));
    expect(outlet).toEqual({ id: 'pub-valley-gazette-example', name: 'Valley Gazette', country: null, language: 'fr', ownership: null });
    const nameOnly = resolve(article({ publisher: { name: 'Hill Times Ltd.', url: null } }));
    expect(nameOnly.id).toBe('pub-hill-times-ltd');
    const nonLatin = resolve(article({ publisher: { name: 'Вечерние вести', url: null } }));
    expect(nonLatin.id).toMatch(/^pub-[a-z0-9-]+$/);
    expect(nonLatin.id).toBe(resolve(article({ publisher: { name: 'Вечерние вести', url: null } })).id);
  });

  it('uses the article source facts without a publisher, falling back to the article language', () => {
    expect(resolve(article({ sourceId: 'state-wire' }))).toEqual({
      id: 'state-wire',
      name: 'State Wire',
      country: 'RU',
      language: 'ru',
      ownership: 'state-controlled',
    });
    expect(resolve(article({ sourceId: 'bare', language: 'de' }))).toEqual({
      id: 'bare',
      name: 'Bare Outlet',
      country: null,
      language: 'de',
      ownership: null,
    });
  });

  it('attributes a Google News search item to its publisher, not to the search source', () => {
    const outlet = resolve(
      article({ sourceId: 'search-ap', publisher: { name: 'Northern Star', url: 'https://www.northernstar.example' } }),
    );
    expect(outlet.id).toBe('northern-star');
  });
});

const resolveBuiltIn = createOutletResolver(await loadSources());

describe('createOutletResolver over the built-in catalog', () => {
  const idFor = (name: string, url: string | null) => resolveBuiltIn(article({ publisher: { name, url } })).id;

  it.each([
    ['The Associated Press', 'https://apnews.com', 'ap'],
    ['Reuters', 'https://www.reuters.com', 'reuters'],
    ['BBC', 'https://www.bbc.com', 'bbc-news'],
    ['BBC News Русская служба', 'https://www.bbc.com/russian', 'bbc-russian'],
    ['Al Arabiya English', 'https://english.alarabiya.net', 'al-arabiya'],
    ['Yonhap News Agency', 'https://en.yna.co.kr', 'yonhap'],
    ['연합뉴스', 'https://www.yna.co.kr', 'yonhap-korean'],
    ['NHK WORLD', 'https://www3.nhk.or.jp/nhkworld/', 'nhk'],
    ['Meduza', null, 'meduza'],
  ])('maps %s (%s) to %s', (name, url, id) => {
    expect(idFor(name, url)).toBe(id);
  });
});
