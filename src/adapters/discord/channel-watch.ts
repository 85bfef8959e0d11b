import type { AnyThreadChannel, Client, Guild, GuildBasedChannel, NonThreadGuildBasedChannel } from 'discord.js';
import { channelKey, type ChannelEvents, type ChannelRef } from '../../domain/channel.ts';
import type { Logger } from '../../log.ts';

/**
 * Reports channels that are gone for good: a deleted thread; a deleted channel with its known threads; every
 * channel of a guild the bot was removed from (outages, where Discord marks the guild unavailable, are ignored).
 */
export function watchChannels(client: Client, events: ChannelEvents, log: Logger): void {
  const known = new Map<string, ChannelRef[]>();
  const remember = (guild: Guild) => known.set(guild.id, [...guild.channels.cache.values()].map(refOf));
  const report = (ref: ChannelRef, reason: string) =>
    void events.channelGone(ref, reason).catch((error: Error) => log.warn({ err: error, channel: channelKey(ref) }, 'channelGone failed'));
  const forget = (guildId: string, gone: (ref: ChannelRef) => boolean): ChannelRef[] => {
    const refs = known.get(guildId) ?? [];
    known.set(
      guildId,
      refs.filter((r) => !gone(r)),
    );
    return refs.filter(gone);
  };

  client.on('clientReady', () => client.guilds.cache.forEach(remember));
  client.on('guildCreate', remember);
  client.on('channelCreate', (channel: NonThreadGuildBasedChannel) => remember(channel.guild));
  client.on('threadCreate', (thread: AnyThreadChannel) => remember(thread.guild));
  client.on('channelDelete', (channel) => {
    const own = refOf(channel as GuildBasedChannel);
    const threads = 'guild' in channel ? forget(channel.guild.id, (r) => r.chatId === channel.id).filter((r) => r.threadId) : [];
    for (const ref of [own, ...threads]) report(ref, 'channel deleted');
  });
  client.on('threadDelete', (thread) => {
    forget(thread.guild.id, (r) => r.threadId === thread.id);
    report(refOf(thread), 'thread deleted');
  });
  client.on('guildDelete', (guild) => {
    if (!guild.available) return;
    const refs = known.get(guild.id) ?? [];
    known.delete(guild.id);
    log.info({ guild: guild.id, channels: refs.length }, 'removed from a Discord server');
    for (const ref of refs) report(ref, 'bot removed from the server');
  });
}

function refOf(channel: GuildBasedChannel | { id: string; isThread(): boolean; parentId?: string | null }): ChannelRef {
  if (channel.isThread() && channel.parentId) return { platform: 'discord', chatId: channel.parentId, threadId: channel.id };
  return { platform: 'discord', chatId: channel.id, threadId: null };
}
