import { describe, expect, it } from 'vitest';
import { canonicalUrl, isTrackingParam } from '../../src/parse/canonical-url.ts';

describe('canonicalUrl', () => {
  it('strips tracking parameters and keeps the others in their original order', () => {
    const url = 'https://news.example/a?utm_source=x&b=2&fbclid=F&a=1&UTM_Medium=y&gclid=G&ns_mchannel=rss&z=%20q';
    expect(canonicalUrl(url)).toBe('https://news.example/a?b=2&a=1&z=%20q');
  });

  it('drops the query mark when only trackers were present', () => {
    expect(canonicalUrl('https://news.example/a?utm_campaign=c&smid=tw-share&at_medium=RSS&ocid=msn')).toBe('https://news.example/a');
  });

  it('lower-cases the host, drops the fragment and credentials, keeps path case', () => {
    expect(canonicalUrl('HTTPS://user:pw@News.EXAMPLE:443/Story/ABC#comments')).toBe('https://news.example/Story/ABC');
  });

  it('resolves relative links against the base', () => {
    expect(canonicalUrl('../b/c?x=1', 'https://news.example/feeds/rss/top.xml')).toBe('https://news.example/feeds/b/c?x=1');
    expect(canonicalUrl('//cdn.example/p', 'https://news.example/')).toBe('https://cdn.example/p');
  });

  it('refuses non-web schemes and garbage', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('mailto:desk@news.example')).toBeNull();
    expect(canonicalUrl('ftp://news.example/file')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl('   ')).toBeNull();
  });

  it('leaves parameters that merely contain a tracker name alone', () => {
    expect(canonicalUrl('https://news.example/s?notutm_source=1&source=rss&id=9')).toBe(
      'https://news.example/s?notutm_source=1&source=rss&id=9',
    );
  });
});

describe('isTrackingParam', () => {
  it('knows the listed trackers and prefixes, case-insensitively', () => {
    const trackers = ['utm_term', 'fbclid', 'GCLID', 'mc_cid', 'mc_eid', 'cmpid', 'at_campaign', 'icid', 'ns_source'];
    for (const name of [...trackers, '_ga', 'yclid', 'igshid', 'ref_src', 'smid']) {
      expect(isTrackingParam(name), name).toBe(true);
    }
    for (const name of ['id', 'page', 'q', 'article', 'ref']) expect(isTrackingParam(name), name).toBe(false);
  });
});
