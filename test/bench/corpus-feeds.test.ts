import { describe, expect, it } from 'vitest';
import { outletId, serveCorpus } from '../../src/bench/corpus-feeds.ts';
import type { CorpusLine } from '../../src/bench/corpus-article.ts';

const line = (id: string, source: string | null, language: string): CorpusLine => ({
  id,
  story_id: 's',
  title: `Title ${id}`,
  body: 'A body.',
  url: null,
  source,
  language,
  published_at: null,
});

describe('corpus served as feeds', () => {
  it('gives an outlet named in another script an id of its own, in Latin letters', () => {
    expect(outletId('www.bbc.co.uk')).toBe('www-bbc-co-uk');
    expect(outletId('Вечерние Вести')).toBe('vechernie-vesti');
    expect(outletId('Київський Вісник')).not.toBe(outletId('Вечерние Вести'));
    expect(outletId(null)).toBe('unattributed');
  });

  it('serves one feed per outlet, each declaring its own language', async () => {
    const feeds = await serveCorpus([line('a', 'Вечерние Вести', 'ru'), line('b', 'Київський Вісник', 'uk'), line('c', '东方晨报', 'zh')]);
    try {
      expect(feeds.outlets.map((o) => [o.id, o.language])).toEqual([
        ['vechernie-vesti', 'ru'],
        [outletId('Київський Вісник'), 'uk'],
        ['dongfangchenbao', 'zh'],
      ]);
      const feed = await (await fetch(`${feeds.origin}/feed/vechernie-vesti.xml`)).text();
      expect(feed).toContain('Title a');
      expect(feed).not.toContain('Title b');
    } finally {
      await feeds.close();
    }
  });

  it('lists only the lines a round shows, for a run in rounds', async () => {
    const feeds = await serveCorpus([line('a', 'north.example', 'en'), line('b', 'north.example', 'en')]);
    try {
      const read = async () => (await fetch(`${feeds.origin}/feed/north-example.xml`)).text();
      feeds.listing.shows = (id) => id === 'a';
      expect(await read()).toContain('Title a');
      expect(await read()).not.toContain('Title b');
      feeds.listing.shows = () => true;
      expect(await read()).toContain('Title b');
    } finally {
      await feeds.close();
    }
  });
});
