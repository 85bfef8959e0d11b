import { describe, expect, it } from 'vitest';
import { compareTimes, unitsOf } from '../../src/compare/drafts.ts';
import { draftsOf } from './fixtures/make.ts';
import { articleOf } from './fixtures/make.ts';

describe('pickDrafts', () => {
  it('keeps one article per outlet: the fuller one, and the later of two similar ones', () => {
    const drafts = draftsOf([
      { outlet: 'a', id: 'a:short', body: 'Water rose in Brenmoor.', publishedAt: '2026-05-01T09:00:00Z' },
      {
        outlet: 'a',
        id: 'a:long',
        body: ['Water rose in Brenmoor overnight.', 'Police closed the old bridge.', 'Schools stayed shut.'],
        publishedAt: '2026-05-01T08:00:00Z',
      },
      { outlet: 'b', id: 'b:early', body: ['Water rose in Brenmoor.', 'Police closed the bridge.'], publishedAt: '2026-05-01T08:00:00Z' },
      {
        outlet: 'b',
        id: 'b:late',
        body: ['Water rose fast in Brenmoor.', 'Police closed the bridge.'],
        publishedAt: '2026-05-01T10:00:00Z',
      },
    ]);
    expect(drafts.map((d) => d.article.id)).toEqual(['a:long', 'b:late']);
  });

  it('orders reports by the instant they were published, whatever the offset', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: 'Water rose in Brenmoor.', publishedAt: '2026-05-01T10:30:00+02:00' },
      { outlet: 'b', body: 'Water rose in Brenmoor.', publishedAt: '2026-05-01T09:00:00Z' },
    ]);
    expect(drafts.map((d) => d.outlet.id)).toEqual(['a', 'b']);
    expect(compareTimes('not a date', '2026-05-01T09:00:00Z')).toBeGreaterThan(0);
  });
});

describe('unitsOf', () => {
  it('reads every sentence of a long report, not only its first ones', () => {
    const body = Array.from({ length: 45 }, (_, i) => `The pump station at Brenmoor logged reading number ${i + 1} overnight.`);
    body.push('Ilse Varga said the river would crest at 9.2 metres on Friday.');
    const units = unitsOf({ article: articleOf({ outlet: 'a', body }, 1), outlet: 'a', language: 'en' });
    expect(units).toHaveLength(46);
    expect(units[45]).toMatchObject({
      index: 45,
      hasNumber: true,
      sentence: 'Ilse Varga said the river would crest at 9.2 metres on Friday.',
    });
  });

  it("drops a sentence holding a character the page's encoding lost: it cannot be quoted, nor its figure read", () => {
    const units = unitsOf({
      article: articleOf(
        { outlet: 'a', body: 'Orlan served 4\uFFFD months in prison for the break-in. He was released in May 1974 after a plea deal.' },
        0,
      ),
      outlet: 'a',
      language: 'en',
    });
    expect(units.map((u) => u.sentence)).toEqual(['He was released in May 1974 after a plea deal.']);
  });

  it('drops boilerplate and fragments, and falls back to the title for headline-only items', () => {
    const article = articleOf({ outlet: 'a', body: ['Sponsor Message', 'Water rose in Brenmoor overnight.', 'Share this', 'Go.'] }, 1);
    expect(unitsOf({ article, outlet: 'a', language: 'en' }).map((u) => u.sentence)).toEqual(['Water rose in Brenmoor overnight.']);
    const bare = articleOf({ outlet: 'a', body: '', title: 'Brenmoor under water after river bursts' }, 2);
    expect(unitsOf({ article: bare, outlet: 'a', language: 'en' }).map((u) => u.sentence)).toEqual([
      'Brenmoor under water after river bursts',
    ]);
  });

  it('joins a sentence the page broke across two lines, but not onto a title nor a stamp', () => {
    const body = [
      'Brenmoor under water',
      'Pump operator Ilse Varga, who has worked at the station for 20 years, said she was on the roof when the',
      'water reached the second floor.',
      'The river burst its banks on Monday',
      'updated 12 / 19 / 2025 2:48:40 PM ET',
    ];
    const sentences = unitsOf({ article: articleOf({ outlet: 'a', body }, 1), outlet: 'a', language: 'en' }).map((u) => u.sentence);
    expect(sentences).toContain(
      'Pump operator Ilse Varga, who has worked at the station for 20 years, said she was on the roof when the water reached the second floor.',
    );
    expect(sentences.some((s) => s.includes('updated'))).toBe(false);
    const titled = articleOf({ outlet: 'a', body: ['Farewell to the old mill', 'fire destroyed the mill on Monday.'] }, 2);
    expect(unitsOf({ article: titled, outlet: 'a', language: 'en' }).map((u) => u.sentence)).toEqual(['Farewell to the old mill']);
  });
});
