import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/parse/parse-feed.ts';
import { repairXmlText } from '../../src/parse/xml-repair.ts';

describe('repairXmlText', () => {
  it('escapes bare ampersands and unknown entities, numbers HTML entities, keeps XML ones', () => {
    expect(repairXmlText('<a>A & B &amp; &lt; &#38; &#x26; &eacute; &nosuchthing;</a>')).toBe(
      '<a>A &amp; B &amp; &lt; &#38; &#x26; &#233; &amp;nosuchthing;</a>',
    );
  });

  it('leaves CDATA and comments verbatim and drops characters XML forbids', () => {
    expect(repairXmlText('<a><![CDATA[x & y &eacute;]]><!-- a & b -->\u0008ok</a>')).toBe(
      '<a><![CDATA[x & y &eacute;]]><!-- a & b -->ok</a>',
    );
  });
});

describe('parseFeed with lexical slips', () => {
  it('reads a feed with bare ampersands in links and titles instead of refusing it', async () => {
    const item = '<item><title>Q&A: caf&eacute; rules</title><link>https://x.example/s?a=1&b=2&utm_source=x</link></item>';
    const xml = `<rss version="2.0"><channel><title>Fish & Chips Daily</title>${item}</channel></rss>`;
    const feed = await parseFeed({ xml, sourceId: 'fc', feedUrl: 'https://x.example/rss', fetchedAt: '2026-11-29T12:00:00Z' });
    expect(feed.title).toBe('Fish & Chips Daily');
    expect(feed.items[0]?.title).toBe('Q&A: café rules');
    expect(feed.items[0]?.url).toBe('https://x.example/s?a=1&b=2');
  });
});
