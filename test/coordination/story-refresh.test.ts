import { afterAll, describe, expect, it } from 'vitest';
import { syntheticNews } from '../../src/bench/synthetic-news.ts';
import { connectStoryFeed } from '../../src/coordination/shared-state.ts';
import type { RedisStoryFeed } from '../../src/coordination/story-feed.ts';
import type { Article } from '../../src/domain/article.ts';
import type { Story } from '../../src/domain/story.ts';
import { silentLogger } from '../../src/log.ts';
import { Newsroom, type StoryChanges } from '../../src/newsroom/newsroom.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import type { Store } from '../../src/store/store.ts';
import { deleteRedisPrefix, testRedisUrl, useRedis } from '../support/redis.ts';

const runRedis = await useRedis('story refresh between processes');
const prefix = `parallax-test-refresh-${process.pid}-${Date.now()}`;
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const thing of opened.reverse()) await thing.close();
  if (runRedis) await deleteRedisPrefix(prefix);
});

const outletOf = (a: Article) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null });
const articles = [...syntheticNews({ count: 1500, seed: 16 })];
const clockAt = Date.parse(articles.at(-1)!.publishedAt ?? articles.at(-1)!.fetchedAt) + 60_000;

/** A newsroom on the shared Redis store, as one process holds it, told of the others' saves through the story feed. */
async function process_(
  owner: string,
  refreshed: (changes: StoryChanges | null) => void = () => {},
): Promise<{ newsroom: Newsroom; store: Store; feed: RedisStoryFeed }> {
  const store = await openStore({ dataDir: '/nonexistent', redisUrl: testRedisUrl, keyPrefix: prefix });
  opened.push(store);
  let publish: ((changes: StoryChanges) => void) | undefined;
  const newsroom = new Newsroom({
    store,
    clock: { now: () => clockAt },
    log: silentLogger,
    outletOf,
    windowDays: 30,
    onPersisted: (changes) => publish?.(changes),
  });
  await newsroom.load();
  const log = {
    ...silentLogger,
    info: (fields: unknown) => refreshed((fields as { changed?: unknown }).changed === 'all' ? null : (fields as unknown as StoryChanges)),
  } as typeof silentLogger;
  const feed = await connectStoryFeed({ url: testRedisUrl, prefix, owner, newsroom, log });
  opened.push(feed);
  publish = (changes) => void feed.publish(changes);
  return { newsroom, store, feed };
}

const held = (n: Newsroom) =>
  n
    .storyLines(10_000)
    .map((line) => `${line.id}:${n.story(line.id)!.articleIds.join(',')}`)
    .sort();

async function until(test: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!runRedis)('stories saved by one process reach another through the story feed', () => {
  it("a follower that loaded an empty store holds the ingester's stories, same ids and members, after each batch", async () => {
    const ingester = await process_('ingester');
    let refreshes = 0;
    const follower = await process_('follower', () => refreshes++);
    expect(follower.newsroom.storyCount).toBe(0);
    const stored = ingester.store.collection<Article>('articles');
    for (const [i, batch] of [articles.slice(0, 1000), articles.slice(1000)].entries()) {
      for (const article of batch) await stored.set(article.id, article);
      const started = Date.now();
      await ingester.newsroom.add(batch);
      const saved = Date.now();
      await until(() => refreshes > i, 20_000, `refresh ${i + 1}`);
      console.info(
        `[story-refresh] batch ${i + 1}: ${batch.length} articles, ${ingester.newsroom.storyCount} stories; placed and saved in ${saved - started} ms, follower refreshed ${Date.now() - saved} ms later`,
      );
      expect(held(follower.newsroom)).toEqual(held(ingester.newsroom));
    }
    const anyId = ingester.newsroom.storyLines(1)[0]!.id;
    expect((await follower.newsroom.breakdown(anyId))?.story.id).toBe(anyId);
    // The follower saved nothing of its own: every saved story is one the ingester holds.
    const saved: string[] = [];
    for await (const [id] of ingester.store.collection<Story>('stories').entries()) saved.push(id);
    expect(saved.sort()).toEqual(
      ingester.newsroom
        .storyLines(10_000)
        .map((l) => l.id)
        .sort(),
    );
  }, 120_000);

  it('a message that is not a story change is ignored, and a full re-read (after a dropped connection) gives the same stories', async () => {
    const other = await process_('late-joiner');
    expect(held(other.newsroom).length).toBeGreaterThan(0);
    const before = held(other.newsroom);
    const { createClient } = await import('@redis/client');
    const raw = createClient({ url: testRedisUrl });
    await raw.connect();
    await raw.publish(`${prefix}:stories-changed`, 'not json');
    await raw.publish(`${prefix}:stories-changed`, JSON.stringify({ hello: 1 }));
    await raw.close();
    const started = Date.now();
    expect(await other.newsroom.refresh(null)).toBe(before.length);
    // What a read-through design would pay per /compare <topic>: the topic search needs every story's index.
    console.info(`[story-refresh] full re-read of every story (${before.length}) and its articles from Redis: ${Date.now() - started} ms`);
    expect(held(other.newsroom)).toEqual(before);
  }, 60_000);
});
