import { ConfigError } from '../config/config.ts';
import { SourcesFileError } from '../sources/load-sources.ts';
import { processIo, UsageError, type CliIo } from './cli-context.ts';
import { benchCommand } from './bench-command.ts';
import { compareCommand } from './compare-command.ts';
import { feedsCommand } from './feeds-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { registerCommand } from './register-command.ts';
import { sourcesCommand } from './sources-command.ts';
import { startCommand } from './start-command.ts';
import { storiesCommand } from './stories-command.ts';

const USAGE = `Usage: parallax <command> [options]

  start                                   run Parallax (Discord/Telegram when tokens are set, else a terminal prompt)
  ingest --once [--sources F] [--data D]  fetch every feed once and report each
  sources [--json] [--sources F]          list the outlets read
  feeds [--json] [--enable URL]           feed health: backing off, disabled and why
  compare "<topic>"|<story id> [--json] [--card FILE.png] [--sources F] [--data D]
                                          how outlets report the story on a topic, or the story with that id (and its coverage card)
  stories [--json] [--data D]             current stories with article and outlet counts
  register                                put the slash commands to Discord (DISCORD_GUILD_ID, else globally)
  bench <name> [...]                      benchmarks (cluster, scale, ingest, delivery); the last line is one JSON object
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  start: startCommand,
  ingest: ingestCommand,
  sources: sourcesCommand,
  feeds: feedsCommand,
  compare: compareCommand,
  stories: storiesCommand,
  register: registerCommand,
  bench: benchCommand,
};

/** Runs one `parallax` command; returns the process exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`parallax: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
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
