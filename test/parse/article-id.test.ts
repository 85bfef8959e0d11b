import { describe, expect, it } from 'vitest';
import { articleId, identityKey } from '../../src/parse/article-id.ts';

describe('articleId', () => {
  it('is the source id and 16 hex characters, equal for equal input', () => {
    const a = articleId({ sourceId: 'gazette', identity: { guid: 'g-1' } });
    expect(a).toMatch(/^gazette:[0-9a-f]{16}$/);
    expect(articleId({ sourceId: 'gazette', identity: { guid: 'g-1' } })).toBe(a);
  });

  it('differs across sources and across guids', () => {
    const base = articleId({ sourceId: 'gazette', identity: { guid: 'g-1' } });
    expect(articleId({ sourceId: 'ledger', identity: { guid: 'g-1' } })).not.toBe(base);
    expect(articleId({ sourceId: 'gazette', identity: { guid: 'g-2' } })).not.toBe(base);
  });
});

describe('identityKey', () => {
  it('prefers guid, then Atom id, then url, then title and date', () => {
    const full = { guid: 'G', atomId: 'A', url: 'https://x.example/u', title: 'T', publishedAt: '2026-01-01T00:00:00.000Z' };
    expect(identityKey(full)).toBe('G');
    expect(identityKey({ ...full, guid: '  ' })).toBe('A');
    expect(identityKey({ ...full, guid: null, atomId: '' })).toBe('https://x.example/u');
    expect(identityKey({ title: 'T', publishedAt: '2026-01-01T00:00:00.000Z' })).toBe('T|2026-01-01T00:00:00.000Z');
    expect(identityKey({ title: 'T', publishedAt: null })).toBe('T|');
  });
});
