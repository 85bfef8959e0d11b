import { describe, expect, it } from 'vitest';
import { isGoogleNewsLink, publisherOf, stripPublisherSuffix } from '../../src/parse/google-news.ts';

const publisher = { name: 'Northern Ledger', url: null };

describe('stripPublisherSuffix', () => {
  it('removes the publisher suffix whatever the dash, case-insensitively', () => {
    expect(stripPublisherSuffix({ title: 'Bridge shut - Northern Ledger', publisher })).toBe('Bridge shut');
    expect(stripPublisherSuffix({ title: 'Bridge shut – northern ledger', publisher })).toBe('Bridge shut');
    expect(stripPublisherSuffix({ title: 'Bridge shut | Northern Ledger', publisher })).toBe('Bridge shut');
  });

  it('keeps titles whose suffix names someone else, or that are only the name', () => {
    expect(stripPublisherSuffix({ title: 'Bridge shut - Valley Post', publisher })).toBe('Bridge shut - Valley Post');
    expect(stripPublisherSuffix({ title: 'Northern Ledger', publisher })).toBe('Northern Ledger');
    expect(stripPublisherSuffix({ title: 'Bridge shut - Northern Ledger', publisher: null })).toBe('Bridge shut - Northern Ledger');
  });
});

describe('publisherOf', () => {
  it('reads name and canonical url from a <source> element, or a bare name', () => {
    const item = { gnSource: [{ _: ' Northern  Ledger ', $: { url: 'https://Northern-Ledger.example/?utm_source=gn' } }] };
    expect(publisherOf(item)).toEqual({ name: 'Northern Ledger', url: 'https://northern-ledger.example/' });
    expect(publisherOf({ gnSource: ['Valley Post'] })).toEqual({ name: 'Valley Post', url: null });
    expect(publisherOf({})).toBeNull();
    expect(publisherOf({ gnSource: [{ $: { url: 'https://x.example' } }] })).toBeNull();
  });
});

describe('isGoogleNewsLink', () => {
  it('recognises news.google.com redirects only', () => {
    expect(isGoogleNewsLink('https://news.google.com/rss/articles/CBMi?oc=5')).toBe(true);
    expect(isGoogleNewsLink('https://google.com.example/news')).toBe(false);
    expect(isGoogleNewsLink(null)).toBe(false);
  });
});
