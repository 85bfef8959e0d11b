import { parseArgs } from 'node:util';
import { formatOutcome, formatSummary } from '../ingest/feed-outcome.ts';
import { createApp } from '../main.ts';
import { cliConfig, cliLogger, type CliIo } from './cli-context.ts';
import { untilSignal } from './signals.ts';

/**
 * `parallax ingest --once`: fetches every feed once and prints a line per feed (new, seen, not modified,
 * skipped, or the error and why). Exit code 0 when the run completed, even if some feeds failed.
 * Without --once it ingests on INGEST_CRON until stopped (a worker with no chat adapter).
 */
export async function ingestCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      once: { type: 'boolean', default: false },
      sources: { type: 'string' },
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const config = cliConfig(io, values);
  const app = await createApp({ config, log: cliLogger(config, values.once) });
  try {
    if (!values.once) {
      await app.startIngesting();
      await untilSignal({ log: app.log });
      return 0;
    }
    const report = await app.ingestOnce((outcome) => {
      if (!values.json) io.stdout.write(`${formatOutcome(outcome)}\n`);
    });
    io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatSummary(report)}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
