import { parseArgs } from 'node:util';
import { findCommand } from '../../commands/index.ts';
import { runCommand } from '../../commands/run-command.ts';
import { renderText } from '../adapters/terminal/render-text.ts';
import { writeCardFile } from '../card/write-card-file.ts';
import { createApp } from '../main.ts';
import { cliConfig, cliLogger, UsageError, type CliIo } from './cli-context.ts';

/**
 * `parallax compare "<topic>"|<story id> [--json] [--card FILE.png]`: the breakdown of the story on a topic (or of the
 * story with that id, as `parallax stories` lists them), as text or JSON, and optionally its coverage card as a PNG.
 */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, card: { type: 'string' }, sources: { type: 'string' }, data: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const topic = positionals.join(' ').trim();
  if (!topic)
    throw new UsageError(
      'give a topic or a story id, e.g. parallax compare "earthquake Turkey" or parallax compare s-0123456789ab (ids: parallax stories)',
    );
  const config = cliConfig(io, values);
  const app = await createApp({ config, log: cliLogger(config, true) });
  try {
    const result = await runCommand(
      findCommand('compare')!,
      {
        platform: 'terminal',
        operator: true,
        user: { id: 'cli', name: 'cli' },
        channel: { platform: 'terminal', chatId: 'cli', threadId: null },
        services: app.services,
        canConfigure: async () => true,
        progress: async (text) => void io.stderr.write(`… ${text}\n`),
      },
      { topic },
    );
    if (values.json) io.stdout.write(`${JSON.stringify(result.kind === 'breakdown' ? result.breakdown : result, null, 2)}\n`);
    else io.stdout.write(`${renderText(result)}\n`);
    if (values.card && result.kind === 'breakdown') {
      const card = await writeCardFile({ breakdown: result.breakdown, path: values.card });
      io.stderr.write(`Coverage card: ${card.path} (${card.width}×${card.height}, ${Math.round(card.bytes / 1024)} KB)\n`);
    } else if (values.card) {
      io.stderr.write('No story found, so no coverage card was written.\n');
    }
    return result.kind === 'error' ? 1 : 0;
  } finally {
    await app.close();
  }
}
