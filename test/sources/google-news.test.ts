import { describe, expect, it } from 'vitest';
import type { NewsEdition } from '../../src/domain/source.ts';
import { googleNewsSearchUrl, loadNewsEditions } from '../../src/sources/google-news.ts';

const us: NewsEdition = { country: 'US', language: 'en', hl: 'en-US', ceid: 'US:en' };
const ua: NewsEdition = { country: 'UA', language: 'uk', hl: 'uk', ceid: 'UA:uk' };

describe('googleNewsSearchUrl', () => {
  it('builds the RSS search URL with the edition parameters', () => {
    expect(googleNewsSearchUrl('earthquake', us)).toBe('https://news.google.com/rss/search?q=earthquake&hl=en-US&gl=US&ceid=US:en');
  });

  it('encodes spaces, quotes and reserved characters so they stay inside q', () => {
    const url = new URL(googleNewsSearchUrl('"central bank" rates & inflation #1', us));
    expect(url.search).toContain('q=%22central%20bank%22%20rates%20%26%20inflation%20%231&');
    expect(url.searchParams.get('q')).toBe('"central bank" rates & inflation #1');
    expect(url.searchParams.get('gl')).toBe('US');
  });

  it('encodes Cyrillic as UTF-8 percent escapes', () => {
    const url = googleNewsSearchUrl('Київ обстріл', ua);
    expect(url).toContain('q=%D0%9A%D0%B8%D1%97%D0%B2%20%D0%BE%D0%B1%D1%81%D1%82%D1%80%D1%96%D0%BB&hl=uk&gl=UA&ceid=UA:uk');
    expect(new URL(url).searchParams.get('q')).toBe('Київ обстріл');
  });
});

describe('loadNewsEditions', () => {
  const editions = loadNewsEditions();

  it('offers at least 15 editions with unique country/language pairs', () => {
    expect(editions.length).toBeGreaterThanOrEqual(15);
    const keys = editions.map((e) => `${e.country}:${e.language}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('includes the editions both sides of major stories read', () => {
    const keys = new Set(editions.map((e) => `${e.country}:${e.language}`));
    for (const key of [
      'US:en',
      'GB:en',
      'IN:en',
      'AU:en',
      'ZA:en',
      'NG:en',
      'DE:de',
      'FR:fr',
      'ES:es',
      'MX:es',
      'AR:es',
      'BR:pt',
      'RU:ru',
      'UA:uk',
      'JP:ja',
      'IL:he',
      'IL:en',
      'EG:ar',
      'KR:ko',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it('keeps ceid consistent with the edition country', () => {
    for (const edition of editions) expect(edition.ceid.startsWith(`${edition.country}:`)).toBe(true);
  });
});
