import { parseArgs } from 'node:util';
import { registerCommands } from '../adapters/discord/register.ts';
import { cliConfig, UsageError, type CliIo } from './cli-context.ts';

/**
 * `parallax register` (what `npm run register` runs): registers the Discord slash commands, to
 * DISCORD_GUILD_ID when set (instant) or globally (Discord may take up to an hour to show them).
 */
export async function registerCommand(args: string[], io: CliIo): Promise<number> {
  parseArgs({ args, options: {}, strict: true, allowPositionals: false });
  const config = cliConfig(io, {});
  if (!config.DISCORD_TOKEN) throw new UsageError('DISCORD_TOKEN is not set: put the bot token in .env (see docs/discord.md).');
  const done = await registerCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
  });
  const when = done.scope === 'global' ? ' (global commands can take up to an hour to appear)' : '';
  io.stdout.write(`Registered ${done.count} slash commands for application ${done.applicationId}, ${done.scope}${when}.\n`);
  return 0;
}
