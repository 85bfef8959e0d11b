import type { CommandServices } from '../../commands/services.ts';
import { DiscordAdapter } from '../../src/adapters/discord/discord-adapter.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeDiscord, type RecordedCall } from '../support/fake-discord/fake-discord.ts';

const refuse = async (): Promise<never> => {
  throw new Error('not part of this test');
};

/** The real DiscordAdapter (discord.js Client) logged in to a fresh fake Discord, with services a test hands in. */
export async function startBot(services: Partial<CommandServices> = {}, options: { guildId?: string; progressIntervalMs?: number } = {}) {
  const fake = await FakeDiscord.start();
  const gone: { channel: ChannelRef; reason: string }[] = [];
  const adapter = new DiscordAdapter({
    token: 'fake-bot-token',
    apiUrl: fake.apiUrl,
    guildId: options.guildId,
    services: {
      sources: () => [],
      stories: async () => [],
      compare: async () => null,
      breakdown: async () => null,
      subscriptions: { subscribe: refuse, unsubscribe: refuse, list: refuse, pause: refuse, resume: refuse, briefingNow: refuse },
      ...services,
    },
    channels: { channelGone: async (channel, reason) => void gone.push({ channel, reason }), channelPaused: refuse, channelMoved: refuse },
    log: silentLogger,
    progressIntervalMs: options.progressIntervalMs ?? 100,
  });
  await adapter.start();
  return {
    fake,
    adapter,
    gone,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** REST calls made for one interaction (its callback and its webhook edits), in order. */
export function callsFor(fake: FakeDiscord, interactionId: string): RecordedCall[] {
  return fake.calls.filter((c) => c.path.startsWith(`/interactions/${interactionId}/`) || c.path.includes(`/token-${interactionId}`));
}

/** Waits for the interaction's callback (reply, defer, autocomplete result or update) and returns its body. */
export async function callback(fake: FakeDiscord, interactionId: string): Promise<{ type: number; data?: any }> {
  const call = await fake.waitFor(() => callsFor(fake, interactionId).find((c) => c.path.endsWith('/callback')));
  return call.body;
}

/** Waits for an edit of the interaction's original reply that satisfies `test`. */
export async function edit(fake: FakeDiscord, interactionId: string, test: (body: any) => boolean): Promise<any> {
  const call = await fake.waitFor(() => callsFor(fake, interactionId).find((c) => c.method === 'PATCH' && test(c.body)));
  return call.body;
}
