import { describe, expect, it } from 'vitest';
import { OWNERSHIP_KINDS, type Source } from '../../src/domain/source.ts';
import { loadSources } from '../../src/sources/load-sources.ts';

const catalog: Source[] = await loadSources();
const ids = new Set(catalog.map((source) => source.id));

describe('built-in catalog', () => {
  it('is broad: at least 70 outlets, 20 countries and 8 languages', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(70);
    expect(new Set(catalog.map((s) => s.country)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(catalog.map((s) => s.language)).size).toBeGreaterThanOrEqual(8);
  });

  it('gives every outlet its full facts: homepage, country, language and ownership', () => {
    const incomplete = catalog.filter((s) => !s.homepage || !s.country || !s.language || !s.ownership);
    expect(incomplete.map((s) => s.id)).toEqual([]);
  });

  it('covers every ownership kind', () => {
    expect(new Set(catalog.map((s) => s.ownership))).toEqual(new Set(OWNERSHIP_KINDS));
  });

  it('includes the languages the comparison needs', () => {
    const languages = new Set(catalog.map((s) => s.language));
    for (const language of ['en', 'de', 'fr', 'es', 'ru', 'uk', 'ar', 'pt', 'zh', 'ja']) expect(languages).toContain(language);
  });

  it('has unique ids and http(s) feeds, none listed twice', () => {
    expect(ids.size).toBe(catalog.length);
    const feeds = catalog.flatMap((s) => s.feeds);
    expect(new Set(feeds).size).toBe(feeds.length);
    for (const feed of feeds) expect(new URL(feed).protocol).toMatch(/^https?:$/);
  });

  it.each([
    ['Russia and Ukraine', ['tass', 'ria-novosti', 'rt', 'meduza', 'ukrainska-pravda', 'kyiv-independent', 'ukrinform']],
    ['Israel and the Palestinians / Arab world', ['times-of-israel', 'haaretz', 'jerusalem-post', 'al-jazeera', 'wafa', 'al-ahram']],
    ['India and Pakistan', ['the-hindu', 'ndtv', 'dawn', 'express-tribune']],
    ['China and Taiwan', ['xinhua', 'global-times', 'scmp', 'taipei-times', 'focus-taiwan']],
    ['Africa', ['news24', 'daily-maverick', 'premium-times', 'the-east-african', 'nation-kenya']],
    ['Latin America', ['folha', 'clarin', 'el-universal', 'la-nacion', 'animal-politico']],
    ['wire agencies', ['ap', 'reuters', 'afp', 'dpa', 'efe', 'ansa', 'anadolu']],
  ])('lists outlets from %s', (_label, expected) => {
    for (const id of expected) expect(ids).toContain(id);
  });

  it('records ownership as public fact for well-known outlets', () => {
    const ownership = (id: string) => catalog.find((s) => s.id === id)?.ownership;
    expect(ownership('bbc-news')).toBe('public-broadcaster');
    expect(ownership('rt')).toBe('state-controlled');
    expect(ownership('xinhua')).toBe('state-controlled');
    expect(ownership('ap')).toBe('wire-agency');
    expect(ownership('propublica')).toBe('nonprofit');
    expect(ownership('nyt')).toBe('private');
  });

  it('has most outlets outside North America and Western Europe', () => {
    const westernCore = new Set(['US', 'CA', 'GB', 'FR', 'DE', 'ES', 'IT', 'AT', 'IE', 'SE']);
    const elsewhere = catalog.filter((s) => !westernCore.has(s.country ?? ''));
    expect(elsewhere.length).toBeGreaterThan(catalog.length / 2);
  });
});
