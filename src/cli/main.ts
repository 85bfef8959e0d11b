import { ConfigError } from '../config/config.ts';
import { SourcesFileError } from '../sources/load-sources.ts';
import { processIo, UsageError, type CliIo } from './cli-context.ts';

const USAGE = `Usage: parallax <command> [options]

  start                                   run Parallax (Discord/Telegram when tokens are set, else a terminal prompt)
  ingest --once [--sources F] [--data D]  fetch every feed once and report each
  sources [--json] [--sources F]          list the outlets read
  feeds [--json] [--enable URL]           feed health: backing off, disabled and why
  compare "<topic>"|<story id> [--json] [--card FILE.png] [--sources F] [--data D]
                                          how outlets report the story on a topic, or the story with that id (and its coverage card)
  stories [--json] [--limit N] [--data D] saved stories with their ids, article and outlet counts (--json: and reports)
  register                                put the slash commands to Discord (DISCORD_GUILD_ID, else globally)
  bench <name> [...]                      benchmarks (cluster, scale, ingest, delivery, card, pipeline, breakdown); the last line is one JSON object
`;

type CliCommand = (args: string[], io: CliIo) => Promise<number>;

/**
 * Each command's module, loaded only when that command runs: `parallax sources` need not load discord.js,
 * grammY and the rest that `parallax start` needs (seconds of start-up on a small machine).
 */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  start: async () => (await import('./start-command.ts')).startCommand,
  ingest: async () => (await import('./ingest-command.ts')).ingestCommand,
  sources: async () => (await import('./sources-command.ts')).sourcesCommand,
  feeds: async () => (await import('./feeds-command.ts')).feedsCommand,
  compare: async () => (await import('./compare-command.ts')).compareCommand,
  stories: async () => (await import('./stories-command.ts')).storiesCommand,
  register: async () => (await import('./register-command.ts')).registerCommand,
  bench: async () => (await import('./bench-command.ts')).benchCommand,
};

/** Runs one `parallax` command; returns the process exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`parallax: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof SourcesFileError || isArgError(error)) {
      io.stderr.write(`parallax ${name}: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`parallax ${name} failed: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

function isArgError(error: unknown): boolean {
  return typeof (error as { code?: unknown }).code === 'string' && String((error as { code: string }).code).startsWith('ERR_PARSE_ARGS');
}
