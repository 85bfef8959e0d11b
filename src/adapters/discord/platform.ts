import { definePlatform } from '../platform-adapter.ts';
import { discordSettingIssues, discordSettings } from './settings.ts';

/** What Discord calls the right to configure a channel, as refusals and /help name it. */
export const DISCORD_CONFIGURE_RIGHT = 'Manage Channels';

/** Discord as one platform of the registry. discord.js is loaded only when Discord starts or renders. */
export const discordPlatform = definePlatform({
  id: 'discord',
  name: 'Discord',
  settings: discordSettings,
  secretKeys: ['DISCORD_TOKEN'],
  credential: 'DISCORD_TOKEN',
  settingIssues: discordSettingIssues,
  enabled: (s) => Boolean(s.DISCORD_TOKEN),
  async create(s, deps) {
    const { DiscordAdapter } = await import('./discord-adapter.ts');
    return new DiscordAdapter({
      token: s.DISCORD_TOKEN!,
      applicationId: s.DISCORD_APPLICATION_ID,
      guildId: s.DISCORD_GUILD_ID,
      apiUrl: s.DISCORD_API_URL,
      services: deps.services,
      channels: deps.channels,
      log: deps.log,
      shards: s.DISCORD_SHARDS,
      shardCount: s.DISCORD_SHARD_COUNT,
      ...(deps.runOnce ? { registerOnce: deps.runOnce } : {}),
    });
  },
  configureRight: DISCORD_CONFIGURE_RIGHT,
  privateReplies: true,
  async reply(result) {
    const { replyView } = await import('./reply-view.ts');
    return replyView(result);
  },
  async classifyFailure(error) {
    const { publishError } = await import('./errors.ts');
    const result = publishError(error);
    return result.kind === 'sent' ? { kind: 'failed', reason: 'not an error' } : result;
  },
});
