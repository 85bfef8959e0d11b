import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { inPlacementOrder } from '../../src/cluster/placement-order.ts';
import { StoryClusterer, type StoredStory } from '../../src/cluster/story-clusterer.ts';
import { storyIdFor } from '../../src/cluster/story-state.ts';
import { article, filler, OSKARIA, VELMORA } from './fixtures.ts';

const HALVARD = [
  article('m1', {
    title: 'Ferry Halvard sinks off Brisk Island',
    body: 'The ferry Halvard sank off Brisk Island on Monday with 90 passengers aboard, the coastguard said. Captain Orla Penn said 40 were rescued.',
    publishedAt: '2026-04-01T08:00:00Z',
  }),
  article('m2', {
    title: 'Coastguard pulls 40 survivors from the sea near Brisk Island',
    body: 'Coastguard boats pulled 40 survivors from cold water near Brisk Island, captain Orla Penn said, after the Halvard went down.',
    publishedAt: '2026-04-01T09:00:00Z',
  }),
  article('m3', {
    title: 'Captain Orla Penn: 40 survivors pulled from the sea near Brisk Island',
    body: 'Captain Orla Penn said coastguard boats pulled 40 survivors from cold water near Brisk Island after the ferry Halvard sank with 90 passengers.',
    publishedAt: '2026-04-01T10:00:00Z',
  }),
];

/** What a store would hold of a clusterer's stories: ids, member ids in order, and the articles. */
function saved(c: StoryClusterer, articles: Article[]): StoredStory[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return c.stories().map((s) => ({ id: s.id, articles: s.articleIds.map((id) => byId.get(id)!), lastUpdated: s.lastUpdated }));
}

describe('StoryClusterer.restore', () => {
  // In the order the newsroom places a batch, which is also the order restore reads members in.
  const input = [...VELMORA, ...OSKARIA, filler(1), filler(2)].sort(inPlacementOrder);

  it('puts stored stories back with their ids and members, reporting none as changed', () => {
    const first = new StoryClusterer();
    for (const a of input) first.add(a);
    first.takeChanged();
    const again = new StoryClusterer();
    // Stories in another order than they were saved in: restore numbers them by their members' arrival.
    again.restore(saved(first, input).reverse());
    expect(again.stories()).toEqual(first.stories());
    for (const a of input) expect(again.storyOf(a.id)).toBe(first.storyOf(a.id));
    expect(again.takeChanged()).toEqual([]);
  });

  it('puts the articles still owed a second look back in line, so a restart between two batches changes nothing', () => {
    const early = article('h', { title: 'Governor Ilsa Brandt visits Tarsk', publishedAt: '2026-03-03T05:00:00Z' });
    const before = [early, VELMORA[0]!];
    const after = [VELMORA[1]!, VELMORA[2]!, ...OSKARIA];
    const options = { secondLookAfter: 3 };
    const running = new StoryClusterer(options);
    for (const a of [...before, ...after]) running.add(a);
    expect(running.storyOf('h')).toBe(running.storyOf('v1'));

    // The first batch placed, the process stops and starts again: "h" has not had its second look yet.
    const first = new StoryClusterer(options);
    for (const a of before) first.add(a);
    expect(first.pendingSecondLooks()).toEqual(['h', 'v1']);
    const restart = (pending: string[]): StoryClusterer => {
      const c = new StoryClusterer(options);
      c.restore(saved(first, before), pending);
      for (const a of after) c.add(a);
      return c;
    };
    expect(restart(first.pendingSecondLooks()).stories()).toEqual(running.stories());
    // Without them, "h" never looks again and stays alone.
    expect(restart([]).storyOf('h')).not.toBe(running.storyOf('v1'));
  });

  it('never gives a new story the id a live story holds, when the article that id is named after opens one', () => {
    // A story keeps the id of the article that opened it after that article moves on; the article can open a story
    // again (when a story it moved to splits). Here the restored ferry story is named after x1, which it no longer holds.
    const c = new StoryClusterer();
    const named = storyIdFor('x1');
    c.restore([{ id: named, articles: HALVARD }]);
    const opened = c.add(
      article('x1', {
        title: 'Dornholt council approves a new library budget',
        body: 'The Dornholt town council voted on Tuesday to approve the budget for a new public library on Mill Street.',
        publishedAt: '2026-04-01T11:00:00Z',
      }),
    );
    expect(opened).not.toBe(named);
    expect(c.storyOf('m1')).toBe(named);
    expect(c.story(named)?.articleIds).toEqual(['m1', 'm2', 'm3']);
    expect(c.story(opened)?.articleIds).toEqual(['x1']);
    expect(new Set(c.stories().map((s) => s.id)).size).toBe(c.stories().length);
  });

  it('never names a new story with an id it is told was given out before it was made (a merged-away id after a restart)', () => {
    const named = storyIdFor('x1');
    const c = new StoryClusterer({}, undefined, (id) => id === named);
    const opened = c.add(article('x1', { title: 'Dornholt council approves a new library budget', publishedAt: '2026-04-01T11:00:00Z' }));
    expect(opened).not.toBe(named);
    expect(opened).toBe(storyIdFor('x1', 1));
  });

  it('keeps a stored id even when it is not the one its first member would give a new story', () => {
    const c = new StoryClusterer();
    c.restore([{ id: 's-kept-from-before', articles: [VELMORA[1]!, VELMORA[0]!] }]);
    expect(c.storyOf('v1')).toBe('s-kept-from-before');
    expect(c.story('s-kept-from-before')?.articleIds).toEqual(['v2', 'v1']);
  });

  it('rebuilds what placing needs: a later report joins the restored story of its event, not the other', () => {
    const c = new StoryClusterer();
    c.restore([
      { id: 's-velmora', articles: VELMORA },
      { id: 's-oskaria', articles: OSKARIA },
    ]);
    expect(c.add(article('h1', { title: 'Velmora earthquake: Tarsk toll reaches 37', publishedAt: '2026-03-03T10:00:00Z' }))).toBe(
      's-velmora',
    );
    expect(c.add(article('h2', { title: 'Port Delvin mourns 12 killed in Oskaria quake', publishedAt: '2026-03-05T20:00:00Z' }))).toBe(
      's-oskaria',
    );
    expect(c.takeChanged().sort()).toEqual(['s-oskaria', 's-velmora']);
  });

  it('places an article only once: one already restored, or listed by two stories, stays where it was first put', () => {
    const c = new StoryClusterer();
    c.restore([
      { id: 's-a', articles: VELMORA },
      { id: 's-b', articles: [VELMORA[2]!, ...OSKARIA] },
    ]);
    expect(c.story('s-a')?.articleIds).toEqual(['v1', 'v2', 'v3']);
    expect(c.story('s-b')?.articleIds).toEqual(['o1', 'o2']);
    expect(c.add(VELMORA[2]!)).toBe('s-a');
    expect(c.story('s-a')?.articleIds).toEqual(['v1', 'v2', 'v3']);
  });

  it('gives the same stories as a clusterer that never stopped when more articles follow', () => {
    const later = [article('h1', { title: 'Velmora earthquake: Tarsk toll reaches 37', publishedAt: '2026-03-03T10:00:00Z' }), ...HALVARD];
    const running = new StoryClusterer();
    for (const a of input) running.add(a);
    const restarted = new StoryClusterer();
    restarted.restore(saved(running, input));
    for (const a of later) {
      running.add(a);
      restarted.add(a);
    }
    expect(restarted.stories().map((s) => s.articleIds)).toEqual(running.stories().map((s) => s.articleIds));
  });
});

describe('StoryClusterer.takeMerged', () => {
  it('reports the younger story of a merge with the id it went into, once', () => {
    const c = new StoryClusterer({ joinThreshold: 0.8, mergeThreshold: 0.25 });
    const [first, second] = HALVARD.slice(0, 2).map((a) => c.add(a));
    expect(c.takeMerged()).toEqual([]);
    c.add(HALVARD[2]!);
    expect(c.takeMerged()).toEqual([{ from: second, into: first }]);
    expect(c.takeMerged()).toEqual([]);
  });

  it('reports a story whose only article moved out on its second look, with the story it moved to', () => {
    const c = new StoryClusterer({ secondLookAfter: 4 });
    const early = c.add(article('h', { title: 'Governor Ilsa Brandt visits Tarsk', publishedAt: '2026-03-03T05:00:00Z' }));
    for (const a of VELMORA) c.add(a);
    c.add(filler(1));
    expect(c.takeMerged()).toEqual([{ from: early, into: c.storyOf('v1') }]);
  });
});
