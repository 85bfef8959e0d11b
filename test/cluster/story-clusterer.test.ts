import { describe, expect, it } from 'vitest';
import { StoryClusterer } from '../../src/cluster/story-clusterer.ts';
import { article, filler, OSKARIA, VELMORA } from './fixtures.ts';

function clusterAll(articles = [...VELMORA, ...OSKARIA]): StoryClusterer {
  const c = new StoryClusterer();
  for (const a of articles) c.add(a);
  return c;
}

describe('StoryClusterer', () => {
  it('puts reports of one quake in one story', () => {
    const c = clusterAll();
    expect(c.storyOf('v2')).toBe(c.storyOf('v1'));
    expect(c.storyOf('v3')).toBe(c.storyOf('v1'));
    expect(c.storyOf('o2')).toBe(c.storyOf('o1'));
  });

  it('keeps two quakes with different places, magnitudes and dates apart', () => {
    const c = clusterAll();
    expect(c.storyOf('o1')).not.toBe(c.storyOf('v1'));
    expect(c.stories()).toHaveLength(2);
  });

  it('keeps two deaths of the same kind in one place apart when the people differ', () => {
    const c = new StoryClusterer();
    const at = '2026-06-01T08:00:00Z';
    const a = c.add(
      article('c1', {
        title: 'Climber dies in fall on Mount Kessel',
        body: 'Climber Jonah Vell, 34, died after a fall on Mount Kessel, police in Harrow said. Vell was roped to a partner when the ledge gave way.',
        publishedAt: at,
      }),
    );
    c.add(
      article('c2', {
        title: 'Jonah Vell killed on Mount Kessel',
        body: 'Police in Harrow said climber Jonah Vell fell 200 metres on Mount Kessel. Friends said Vell had climbed the route before.',
        publishedAt: at,
      }),
    );
    const b = c.add(
      article('c3', {
        title: 'Climber dies in fall on Mount Kessel',
        body: 'Climber Petra Lind, 51, died after a fall on Mount Kessel, rescuers from Dunmore said. Lind was descending alone in fog.',
        publishedAt: at,
      }),
    );
    expect(c.storyOf('c2')).toBe(a);
    expect(b).not.toBe(a);
  });

  it('places a headline-only item in the right story', () => {
    const c = clusterAll();
    const id = c.add(article('h1', { title: 'Velmora earthquake: Tarsk toll reaches 37', publishedAt: '2026-03-03T10:00:00Z' }));
    expect(id).toBe(c.storyOf('v1'));
    const other = c.add(article('h2', { title: 'Port Delvin mourns 12 killed in Oskaria quake', publishedAt: '2026-03-05T20:00:00Z' }));
    expect(other).toBe(c.storyOf('o1'));
  });

  it('gives the same ids for the same input order', () => {
    const input = [...VELMORA, ...OSKARIA, filler(1), filler(2)];
    const a = clusterAll(input);
    const b = clusterAll(input);
    expect(input.map((x) => a.storyOf(x.id))).toEqual(input.map((x) => b.storyOf(x.id)));
    expect(a.stories()).toEqual(b.stories());
  });

  it('names a story after its first article and lists the most recently updated first', () => {
    const c = clusterAll();
    const ids = c.stories().map((s) => s.id);
    expect(ids[0]).toBe(c.storyOf('o1'));
    expect(c.story(c.storyOf('v1')!)?.articleIds).toEqual(['v1', 'v2', 'v3']);
    expect(c.story(c.storyOf('v1')!)?.firstSeen).toBe('2026-03-03T06:00:00.000Z');
  });

  it('merges two stories that turn out to be one event, keeping the older id', () => {
    const c = new StoryClusterer({ joinThreshold: 0.8, mergeThreshold: 0.25 });
    const first = c.add(
      article('m1', {
        title: 'Ferry Halvard sinks off Brisk Island',
        body: 'The ferry Halvard sank off Brisk Island on Monday with 90 passengers aboard, the coastguard said. Captain Orla Penn said 40 were rescued.',
        publishedAt: '2026-04-01T08:00:00Z',
      }),
    );
    const second = c.add(
      article('m2', {
        title: 'Coastguard pulls 40 survivors from the sea near Brisk Island',
        body: 'Coastguard boats pulled 40 survivors from cold water near Brisk Island, captain Orla Penn said, after the Halvard went down.',
        publishedAt: '2026-04-01T09:00:00Z',
      }),
    );
    expect(second).not.toBe(first);
    expect(c.stories()).toHaveLength(2);
    const third = c.add(
      article('m3', {
        title: 'Captain Orla Penn: 40 survivors pulled from the sea near Brisk Island',
        body: 'Captain Orla Penn said coastguard boats pulled 40 survivors from cold water near Brisk Island after the ferry Halvard sank with 90 passengers.',
        publishedAt: '2026-04-01T10:00:00Z',
      }),
    );
    expect(third).toBe(first);
    expect(['m1', 'm2', 'm3'].map((id) => c.storyOf(id))).toEqual([first, first, first]);
    expect(c.story(second)).toBeUndefined();
    expect(c.story(first)?.articleIds).toEqual(['m1', 'm2', 'm3']);
    expect(c.stories()).toHaveLength(1);
  });

  it('scores only a few candidates among 5,000 unrelated stories', () => {
    const c = new StoryClusterer();
    for (let i = 0; i < 5000; i++) c.add(filler(i));
    expect(c.stats().liveStories).toBeGreaterThan(4000);
    for (const a of VELMORA) c.add(a);
    expect(c.stats().lastCandidates).toBeLessThanOrEqual(10);
    expect(c.storyOf('v3')).toBe(c.storyOf('v1'));
  });

  it('expires stories untouched for longer than the window, by article time', () => {
    const c = new StoryClusterer({ expiryDays: 2 });
    for (const a of VELMORA) c.add(a);
    const velmora = c.storyOf('v1')!;
    c.add(filler(1, '2026-03-04T00:00:00Z'));
    expect(c.story(velmora)).toBeDefined();
    c.add(filler(2, '2026-03-06T12:00:00Z'));
    expect(c.story(velmora)).toBeUndefined();
    expect(c.storyOf('v1')).toBeUndefined();
    const late = c.add(article('v9', { title: 'Velmora quake: Governor Ilsa Brandt visits Tarsk', publishedAt: '2026-03-06T13:00:00Z' }));
    expect(late).not.toBe(velmora);
  });

  it('moves an article that came before its story formed once the story has gathered reports', () => {
    const run = (secondLookAfter: number): StoryClusterer => {
      const c = new StoryClusterer({ secondLookAfter });
      const early = c.add(article('h', { title: 'Governor Ilsa Brandt visits Tarsk', publishedAt: '2026-03-03T05:00:00Z' }));
      expect(c.storyOf('h')).toBe(early);
      for (const a of VELMORA) c.add(a);
      for (const a of OSKARIA) c.add(a);
      return c;
    };
    const never = run(0);
    expect(never.storyOf('h')).not.toBe(never.storyOf('v1'));
    const c = run(3);
    expect(c.storyOf('h')).toBe(c.storyOf('v1'));
    expect(c.story(c.storyOf('v1')!)?.articleIds).toEqual(['v1', 'v2', 'v3', 'h']);
    expect(c.storyOf('o1')).not.toBe(c.storyOf('v1'));
    expect(c.stories()).toHaveLength(2);
  });

  it('waits the given number of arrivals before the second look', () => {
    const c = new StoryClusterer({ secondLookAfter: 4 });
    const early = c.add(article('h', { title: 'Governor Ilsa Brandt visits Tarsk', publishedAt: '2026-03-03T05:00:00Z' }));
    for (const a of VELMORA) c.add(a);
    expect(c.storyOf('h')).toBe(early);
    c.add(filler(1));
    expect(c.storyOf('h')).toBe(c.storyOf('v1'));
    expect(c.story(early)).toBeUndefined();
  });

  it('returns the existing story when an article is added twice', () => {
    const c = clusterAll();
    expect(c.add(VELMORA[0]!)).toBe(c.storyOf('v1'));
    expect(c.story(c.storyOf('v1')!)?.articleIds).toEqual(['v1', 'v2', 'v3']);
  });

  it('clusters Russian and Ukrainian reports by stemmed names', () => {
    const c = new StoryClusterer();
    const a = c.add(
      article('r1', {
        language: null,
        title: 'Губернатор Ирина Волкова заявила о наводнении в Заречье',
        body: 'Губернатор Ирина Волкова заявила, что наводнение в Заречье затопило 300 домов.',
        publishedAt: '2026-05-01T08:00:00Z',
      }),
    );
    const b = c.add(
      article('r2', {
        language: null,
        title: 'Наводнение в Заречье: Волкова сообщила о 300 затопленных домах',
        body: 'По словам губернатора Ирины Волковой, в Заречье затоплено 300 домов.',
        publishedAt: '2026-05-01T09:00:00Z',
      }),
    );
    const d = c.add(
      article('u1', {
        language: null,
        title: 'Пожежа на заводі у Бережанах: загинули 4 робітники',
        body: 'На заводі у Бережанах сталася пожежа, загинули 4 робітники, повідомила мерка Оксана Гнатюк.',
        publishedAt: '2026-05-01T10:00:00Z',
      }),
    );
    expect(b).toBe(a);
    expect(d).not.toBe(a);
  });
});

describe('StoryClusterer headline-only merges', () => {
  const at = '2026-08-02T08:00:00Z';
  const heads = [
    'Ferry Halvard sinks off Brisk Island with 90 aboard',
    'Ferry Halvard sinks off Brisk Island, 90 aboard',
    'Captain Orla Penn says crew saved 40 as Halvard sank near Brisk Island',
    'Halvard captain Orla Penn: 40 saved by crew at Brisk Island',
  ];
  const run = (headlineMergeShare: number): string[] => {
    const c = new StoryClusterer({ joinThreshold: 0.5, mergeThreshold: 0.3, headlineMergeShare });
    // An earlier text writes "ferry" and "captain" in lower case, so the headlines' first words are not taken for names.
    c.add(
      article('w', {
        title: 'Harbour fees rise in Tolm',
        body: 'Each ferry and its captain will pay the new harbour fee, the port office in Tolm said.',
        publishedAt: at,
      }),
    );
    heads.forEach((title, i) => c.add(article(`h${i}`, { title, publishedAt: at })));
    return c
      .stories()
      .filter((s) => s.articleIds[0] !== 'w')
      .map((s) => s.articleIds.join(','));
  };

  it('merges two headline-only stories of one event at a lower bar than full texts need', () => {
    expect(run(1)).toHaveLength(2);
    expect(run(0.4)).toEqual(['h0,h1,h2,h3']);
  });
});
