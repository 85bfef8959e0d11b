import { describe, expect, it } from 'vitest';
import { readJsonLdArticle } from '../../src/extract/json-ld.ts';
import { loadHtml } from '../../src/parse/html-to-text.ts';

const read = (...blocks: string[]) =>
  readJsonLdArticle(loadHtml(blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')));

describe('readJsonLdArticle', () => {
  it('finds the article inside @graph among other nodes', () => {
    const news = {
      '@type': 'NewsArticle',
      headline: 'H1',
      datePublished: '2026-11-01T10:00:00Z',
      author: { '@type': 'Person', name: 'Ann Lee' },
      publisher: { name: 'Pub' },
      inLanguage: 'fr-FR',
    };
    const article = read(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, news] }));
    expect(article).toEqual({
      headline: 'H1',
      authors: ['Ann Lee'],
      datePublished: '2026-11-01T10:00:00Z',
      articleBody: null,
      inLanguage: 'fr-FR',
      publisherName: 'Pub',
    });
  });

  it('handles top-level arrays, @type arrays, string and URL authors, across several blocks', () => {
    const article = read(
      JSON.stringify({ '@type': 'Organization', name: 'Org' }),
      JSON.stringify([
        { '@type': ['ReportageNewsArticle'], headline: 'H2', author: ['Bo Ng', { name: 'Cy Oe' }, 'https://x.example/s/1', 'Bo Ng'] },
      ]),
    );
    expect(article?.headline).toBe('H2');
    expect(article?.authors).toEqual(['Bo Ng', 'Cy Oe']);
  });

  it('prefers the article node with the longest body', () => {
    const nodes = [
      { '@type': 'Article', headline: 'Teaser' },
      { '@type': 'BlogPosting', headline: 'Full', articleBody: 'Text.' },
    ];
    const article = read(JSON.stringify(nodes));
    expect(article?.headline).toBe('Full');
  });

  it('tolerates raw newlines in strings, trailing commas and comment wrappers', () => {
    const article = read('<!-- {"@type":"NewsArticle","headline":"H3","articleBody":"Line one.\nLine two.",} -->');
    expect(article?.articleBody).toBe('Line one.\nLine two.');
  });

  it('decodes HTML entities that CMSs leave in headlines and names', () => {
    const headline = 'Caf&eacute; owners&#8217; plea &amp; petition';
    const article = read(JSON.stringify({ '@type': 'NewsArticle', headline, author: { name: 'Zo&euml; Park' } }));
    expect(article?.headline).toBe('Café owners’ plea & petition');
    expect(article?.authors).toEqual(['Zoë Park']);
  });

  it('returns null for unparseable blocks or pages without an article', () => {
    expect(read('{ not json')).toBeNull();
    expect(read(JSON.stringify({ '@type': 'WebSite', name: 'S' }))).toBeNull();
    expect(readJsonLdArticle(loadHtml('<p>no json-ld</p>'))).toBeNull();
  });
});
