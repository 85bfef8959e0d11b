import { parseArgs } from 'node:util';
import { renderText } from '../adapters/terminal/render-text.ts';
import type { Article } from '../domain/article.ts';
import type { Outlet } from '../domain/outlet.ts';
import type { Story, StoryLine } from '../domain/story.ts';
import { loadSources } from '../sources/load-sources.ts';
import { createOutletResolver } from '../sources/outlet-resolver.ts';
import { byCoverage, storyLine } from '../newsroom/story-line.ts';
import { openStore } from '../store/keyv-store.ts';
import { cliConfig, UsageError, type CliIo } from './cli-context.ts';

/** Stories listed when --limit is not given. */
export const DEFAULT_STORY_LIMIT = 30;

/** One story of `parallax stories --json`: its line, and each member article in the order it joined. */
export interface StoryListing extends StoryLine {
  reports: { articleId: string; outlet: string; url: string | null; publishedAt: string | null }[];
}

/**
 * `parallax stories [--json] [--limit N]`: the stories saved in the store (as the running Parallax
 * left them; this command clusters nothing), most widely covered first, at most N (default 30).
 */
export async function storiesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: String(DEFAULT_STORY_LIMIT) },
      sources: { type: 'string' },
      data: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number of at least 1 (got "${values.limit}")`);
  const config = cliConfig(io, values);
  const outletOf = createOutletResolver(await loadSources(config.PARALLAX_SOURCES));
  const store = await openStore({ dataDir: config.PARALLAX_DATA_DIR, redisUrl: config.REDIS_URL });
  try {
    const articles = store.collection<Article>('articles');
    const listings: StoryListing[] = [];
    for await (const [, story] of store.collection<Story>('stories').entries()) {
      const members = (await articles.getMany(story.articleIds)).filter((a): a is Article => a !== undefined);
      listings.push(listing(story, members, outletOf));
    }
    const top = listings.sort(byCoverage).slice(0, limit);
    io.stdout.write(values.json ? `${JSON.stringify(top, null, 2)}\n` : `${renderText({ kind: 'stories', stories: top.map(lineOf) })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function listing(story: Story, members: Article[], outletOf: (a: Article) => Outlet): StoryListing {
  const reports = members.map((a) => ({ articleId: a.id, outlet: outletOf(a).name, url: a.url, publishedAt: a.publishedAt }));
  return { ...storyLine(story, members, outletOf), reports };
}

function lineOf({ reports: _, ...line }: StoryListing): StoryLine {
  return line;
}
