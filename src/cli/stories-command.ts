import { parseArgs } from 'node:util';
import type { StoryLine } from '../domain/story.ts';
import { renderText } from '../adapters/terminal/render-text.ts';
import type { Article } from '../domain/article.ts';
import type { Story } from '../domain/story.ts';
import { loadSources } from '../sources/load-sources.ts';
import { createOutletResolver } from '../sources/outlet-resolver.ts';
import { byCoverage, storyLine } from '../newsroom/story-line.ts';
import { openStore } from '../store/keyv-store.ts';
import { cliConfig, type CliIo } from './cli-context.ts';

/** `parallax stories [--json]`: the stories the running Parallax has saved, most widely covered first. */
export async function storiesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, limit: { type: 'string', default: '30' }, sources: { type: 'string' }, data: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const config = cliConfig(io, values);
  const outletOf = createOutletResolver(await loadSources(config.PARALLAX_SOURCES));
  const store = await openStore({ dataDir: config.PARALLAX_DATA_DIR, redisUrl: config.REDIS_URL });
  try {
    const articles = store.collection<Article>('articles');
    const lines: StoryLine[] = [];
    for await (const [, story] of store.collection<Story>('stories').entries()) {
      const members = (await articles.getMany(story.articleIds)).filter((a): a is Article => a !== undefined);
      lines.push(storyLine(story, members, outletOf));
    }
    lines.sort(byCoverage);
    const top = lines.slice(0, Math.max(1, Number(values.limit) || 30));
    io.stdout.write(values.json ? `${JSON.stringify(top, null, 2)}\n` : `${renderText({ kind: 'stories', stories: top })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
