import { describe, expect, it } from 'vitest';
import { representativeHeadline, storyHeadline, withoutOutletSuffix } from '../../src/compare/headline.ts';
import type { Article } from '../../src/domain/article.ts';

describe('representativeHeadline', () => {
  it('picks the title most similar to the others', () => {
    const titles = [
      'Storm hits coast',
      'Landslide buries mountain road near Glenholt',
      'Glenholt landslide: drivers rescued from buried road',
      'Mountain road near Glenholt buried by landslide, drivers rescued',
    ].map((title) => ({ title, language: 'en' }));
    expect(representativeHeadline(titles)).toBe('Mountain road near Glenholt buried by landslide, drivers rescued');
  });

  it('prefers a title of a headline’s length to a lede standing in for a title, which shares more words', () => {
    const titles = [
      'With heavy rain falling for a week, a landslide buried the mountain road near Glenholt on Sunday, and firefighters rescued four drivers from their cars, the regional council said.',
      'A landslide buried the mountain road near Glenholt on Sunday after a week of heavy rain, and firefighters pulled four drivers from their cars, the council said.',
      'Landslide buries mountain road near Glenholt',
    ].map((title) => ({ title, language: 'en' }));
    expect(representativeHeadline(titles)).toBe('Landslide buries mountain road near Glenholt');
    // With no title of a headline's length, the most representative long one.
    expect(representativeHeadline(titles.slice(0, 2))).toBe(titles[0]!.title);
  });

  it('prefers a headline in ordinary case to one in capitals, and takes one in capitals when all are', () => {
    const titles = [
      'REPORT: LANDSLIDE BURIES MOUNTAIN ROAD NEAR GLENHOLT, DRIVERS RESCUED',
      'Landslide buries mountain road near Glenholt',
      'Glenholt landslide: drivers rescued from buried road',
    ].map((title) => ({ title, language: 'en' }));
    expect(representativeHeadline(titles)).not.toBe(titles[0]!.title);
    const loud = titles.map((t) => ({ ...t, title: t.title.toUpperCase() }));
    expect(representativeHeadline(loud)).toBe(loud[0]!.title);
  });

  it('prefers a headline that tells the story to one that asks about it', () => {
    const titles = [
      'Landslide buries mountain road near Glenholt: fact or rumour?',
      'Landslide buries mountain road near Glenholt, drivers rescued',
      'Mountain road near Glenholt buried by landslide: fact or rumour?',
    ].map((title) => ({ title, language: 'en' }));
    expect(representativeHeadline(titles)).toBe('Landslide buries mountain road near Glenholt, drivers rescued');
    expect(representativeHeadline([titles[0]!, titles[2]!])).toBe(titles[0]!.title);
    // A lede standing in for a title tells the story too: it heads before a question when no title of a headline's length does.
    const ledes = [
      'Glenholt landslide buries mountain road, firefighters rescue drivers: a pattern?',
      'A landslide buried the mountain road near Glenholt on Sunday morning after three days of heavy rain across the northern valley and its hills.',
      'Firefighters rescued four drivers trapped in their cars on Sunday, the county said, and warned that more slopes above the villages could give way.',
    ].map((title) => ({ title, language: 'en' }));
    expect(representativeHeadline(ledes)).not.toBe(ledes[0]!.title);
  });

  it('falls back to the first title when none resemble each other', () => {
    expect(
      representativeHeadline([
        { title: 'Erdrutsch', language: 'de' },
        { title: 'Оползень', language: 'ru' },
      ]),
    ).toBe('Erdrutsch');
    expect(representativeHeadline([])).toBe('');
  });
});

/** A report as storyHeadline reads it: its title, its text and language, its outlet named by its id. */
const report = (id: string, title: string, language = 'en', body = '') => ({
  article: {
    id,
    sourceId: id,
    feedUrl: null,
    url: null,
    title,
    body,
    publishedAt: null,
    fetchedAt: '2026-12-03T10:00:00Z',
    language,
    author: null,
    publisher: null,
  } satisfies Article,
  outlet: { name: id },
  language,
});

describe('storyHeadline', () => {
  it('heads a story in English when any report is, else in the language most of its titles are in', () => {
    // The German title shares its names and figures with both others, and would be the most representative.
    const mixed = [
      report('a', 'Pin-up icon Mara Lind has died', 'en'),
      report('b', 'Mara Lind, Pin-up der 1950er aus Velmora, ist mit 85 gestorben', 'de'),
      report('c', 'Velmora: Mara Lind, icône des années 1950, est morte à 85 ans', 'fr'),
    ];
    expect(storyHeadline(mixed, { id: 's-1' })).toBe('Pin-up icon Mara Lind has died');
    const foreign = [mixed[1]!, mixed[2]!, report('d', 'Velmora trauert um Mara Lind, Pin-up der 1950er', 'de')];
    expect(storyHeadline(foreign, { id: 's-1' })).toMatch(/Mara Lind, Pin-up der 1950er|Velmora trauert/u);
  });
});

describe('a headline stating a contested count', () => {
  it('gives way to a title stating no side, and the story list and the breakdown choose alike', async () => {
    const { storyLine } = await import('../../src/newsroom/story-line.ts');
    const { buildBreakdown } = await import('../../src/compare/build-breakdown.ts');
    const reports = [
      report('a', 'Ten dead in Velmora ferry fire', 'en', 'Ten people died when a ferry caught fire off Velmora on Sunday.'),
      report('b', 'Ferry fire off Velmora kills ten', 'en', 'A ferry fire off Velmora killed ten people on Sunday, officials said.'),
      report(
        'c',
        'Velmora ferry fire: crew rescued',
        'en',
        'At least three people died when a ferry burned off Velmora, the coast guard said.',
      ),
      report('d', "'Several die' in Velmora ferry fire", 'en', 'Several people died when a ferry burned off Velmora on Sunday.'),
    ];
    expect(storyHeadline(reports, { id: 's-1' })).toBe('Velmora ferry fire: crew rescued');
    const articles = reports.map((r) => r.article);
    const outletOf = (a: Article) => ({ id: a.sourceId, name: a.sourceId, country: null, language: 'en', ownership: null });
    const story = {
      id: 's-1',
      articleIds: articles.map((a) => a.id),
      firstSeen: '2026-12-03T10:00:00Z',
      lastUpdated: '2026-12-03T10:00:00Z',
    };
    expect(storyLine(story as never, articles, outletOf).headline).toBe('Velmora ferry fire: crew rescued');
    expect(buildBreakdown({ story: story as never, articles, outletOf }).story.headline).toBe('Velmora ferry fire: crew rescued');
  });
});

describe('withoutOutletSuffix', () => {
  it('drops the outlet name aggregators append, and nothing else', () => {
    expect(withoutOutletSuffix('River bursts its banks in Brenmoor - Valdria Public Radio', ['Valdria Public Radio'])).toBe(
      'River bursts its banks in Brenmoor',
    );
    expect(withoutOutletSuffix('Flood in Brenmoor | Harbor Gazette', [null, 'Harbor Gazette'])).toBe('Flood in Brenmoor');
    expect(withoutOutletSuffix('Brenmoor - the day after', ['Harbor Gazette'])).toBe('Brenmoor - the day after');
  });
});
