import { parseArgs } from 'node:util';
import { renderText } from '../adapters/terminal/render-text.ts';
import { loadSources } from '../sources/load-sources.ts';
import { cliConfig, type CliIo } from './cli-context.ts';

/** `parallax sources [--json]`: the outlets Parallax reads, from the built-in catalog or a sources file. */
export async function sourcesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, sources: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const config = cliConfig(io, values);
  const sources = await loadSources(config.PARALLAX_SOURCES);
  io.stdout.write(
    values.json
      ? `${JSON.stringify(sources, null, 2)}\n`
      : `${renderText({ kind: 'sources', sources, total: sources.length, filter: null })}\n`,
  );
  return 0;
}
