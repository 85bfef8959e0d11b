import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import type { Outlet } from '../../src/domain/outlet.ts';
import { storyLine, topStoryLines } from '../../src/newsroom/story-line.ts';
import { article } from '../cluster/fixtures.ts';
import { buildBreakdown } from '../../src/compare/build-breakdown.ts';
import { articleOf, outletNamed } from '../compare/fixtures/make.ts';

const report = (id: string, title: string, body = ''): Article => article(id, { title, body });
const outletOf = (a: Article): Outlet => ({ id: a.sourceId, name: `Outlet ${a.id}`, country: null, language: 'en', ownership: null });
const story = { id: 's-1', articleIds: [], firstSeen: '2026-12-01T10:00:00Z', lastUpdated: '2026-12-01T10:00:00Z' };
const headline = (members: Article[]): string => storyLine(story, members, outletOf).headline;

describe('storyLine headline', () => {
  it('is the headline the story’s breakdown shows: one report per outlet, every outlet', () => {
    // Outlet a posted eight live-blog entries before the others reported; the list had read the first eight titles,
    // the breakdown one report per outlet.
    const fire = 'Fire crews spent the night at the Velmora harbour warehouse, which burned to the ground on Sunday.';
    const live = Array.from({ length: 8 }, (_, i) =>
      articleOf({ outlet: 'a', title: 'Live updates: Velmora harbour fire', body: i === 7 ? fire : 'Crews are on site.' }, i + 1),
    );
    const members = [
      ...live,
      articleOf({ outlet: 'b', title: 'Fire destroys Velmora harbour warehouse', body: fire }, 9),
      articleOf({ outlet: 'c', title: 'Warehouse at Velmora harbour destroyed by fire', body: fire }, 10),
      articleOf({ outlet: 'd', title: 'Velmora harbour warehouse destroyed by fire', body: fire }, 11),
    ];
    const byOutlet = (a: Article): Outlet => outletNamed(a.sourceId);
    const shown = buildBreakdown({ story: { ...story, articleIds: members.map((a) => a.id) }, articles: members, outletOf: byOutlet });
    const listed = storyLine(story, members, byOutlet).headline;
    expect(listed).toBe(shown.story.headline);
    expect(listed).not.toMatch(/^Live updates/u);
  });

  it('is a real title, never a date or a stamp, whichever report came first', () => {
    expect(
      headline([
        report('a', '9 September 2026, 14:08'),
        report('b', 'Ram-raiders hit Kalvik jewellery store'),
        report('c', 'Thieves ram car into Kalvik jewellery store'),
      ]),
    ).toMatch(/Kalvik jewellery store$/u);
    expect(headline([report('a', 'THURSDAY, JUNE 30, 2026'), report('b', 'Article posted on 08.07.2026')])).toBe('s-1');
  });

  it('drops a Chinese or Japanese page’s label before the headline', () => {
    expect(headline([report('a', '【必見】海軍、ソマリア海賊を制圧')])).toBe('海軍、ソマリア海賊を制圧');
    expect(headline([report('a', '【速報】港の倉庫で火災')])).toBe('港の倉庫で火災');
  });

  it('drops a date glued onto a title, and the outlet named after it', () => {
    expect(headline([report('a', 'GRANDMOTHER KILLED IN HIT-AND-RUN IN KALVIK, DA SAYSSEPTEMBER 19, 2026')])).toBe(
      'GRANDMOTHER KILLED IN HIT-AND-RUN IN KALVIK, DA SAYS',
    );
    expect(headline([report('a', 'Ferry service extended to Port Calder - Outlet a')])).toBe('Ferry service extended to Port Calder');
  });

  it('prefers a title that reads as a headline to a label', () => {
    expect(
      headline([
        report('a', 'Deputy Sheriff'),
        report('b', 'Deputy shot and killed in Hawaiian Gardens'),
        report('c', 'Sheriff deputy killed'),
      ]),
    ).toBe('Deputy shot and killed in Hawaiian Gardens');
  });

  it('falls back to the first sentence of a report when no title can be shown', () => {
    expect(
      headline([
        report(
          'a',
          'November 28th, 2026, 09:11 GMT',
          'November 28th, 2026, 09:11 GMT A strong quake shook Kalvik Bay on Sunday. More later.',
        ),
      ]),
    ).toBe('A strong quake shook Kalvik Bay on Sunday.');
  });

  it('lists the most widely covered stories first, each under its headline', () => {
    const of = (id: string, members: Article[]) => ({ story: { ...story, id }, members });
    const lines = topStoryLines(
      [
        of('s-small', [report('a', 'Ferry service extended to Port Calder')]),
        of('s-big', [
          report('b', 'Tuesday, July 2nd, 2026'),
          report('c', 'Flood closes Kalvik bridge'),
          report('d', 'Kalvik bridge shut by flood'),
        ]),
        of('s-mid', [report('e', 'Council votes to close the harbour'), report('f', 'Harbour to close, council decides')]),
      ],
      outletOf,
      2,
    );
    expect(lines.map((l) => [l.id, l.outlets])).toEqual([
      ['s-big', 3],
      ['s-mid', 2],
    ]);
    expect(lines[0]?.headline).toMatch(/Kalvik bridge/u);
  });

  it('cuts a sentence standing in for a headline at a word, with an ellipsis', () => {
    const long =
      'Floodwater swept through the river town of Marrow Creek on Tuesday night after the Tessel dam overflowed, forcing ' +
      'hundreds of families onto their rooftops while rescue crews in boats worked through the night to reach them.';
    const line = headline([report('a', 'Tuesday, July 2nd, 2026', long)]);
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(140);
    expect(long.startsWith(line.slice(0, -1))).toBe(true);
    expect(line).toMatch(/ \p{L}+…$/u);
  });
});
