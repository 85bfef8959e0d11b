import { parseArgs } from 'node:util';
import { newFeedState, reenabled, whyNotDue, type FeedState } from '../ingest/feed-state.ts';
import { loadSources } from '../sources/load-sources.ts';
import { openStore } from '../store/keyv-store.ts';
import { cliConfig, UsageError, type CliIo } from './cli-context.ts';

/** `parallax feeds`: each feed's health for moderators (ok, backing off, disabled and why); `--enable URL` re-enables one. */
export async function feedsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      enable: { type: 'string' },
      sources: { type: 'string' },
      data: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const config = cliConfig(io, values);
  const sources = await loadSources(config.PARALLAX_SOURCES);
  const store = await openStore({ dataDir: config.PARALLAX_DATA_DIR, redisUrl: config.REDIS_URL });
  try {
    const feeds = store.collection<FeedState>('feeds');
    if (values.enable) {
      const state = await feeds.get(values.enable);
      if (!state) throw new UsageError(`no feed state for ${values.enable}; has it been fetched?`);
      await feeds.set(values.enable, reenabled(state));
      io.stdout.write(`re-enabled ${values.enable}\n`);
      return 0;
    }
    const now = Date.now();
    const rows: FeedState[] = [];
    for (const source of sources) for (const url of source.feeds) rows.push((await feeds.get(url)) ?? newFeedState(url, source.id));
    if (values.json) io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else
      for (const row of rows)
        io.stdout.write(
          `${health(row, now).padEnd(12)} ${row.sourceId} ${row.feedUrl}${row.lastError ? ` — ${whyNotDue(row, now) ?? `last error: ${row.lastError}`}` : ''}\n`,
        );
    return 0;
  } finally {
    await store.close();
  }
}

function health(state: FeedState, now: number): string {
  if (state.disabled) return 'disabled';
  if (whyNotDue(state, now)) return 'backing off';
  if (!state.lastAttemptAt) return 'not fetched';
  return state.failures > 0 ? 'failing' : 'ok';
}
