import type { CommandContext, CommandServices } from '../../commands/index.ts';

const refuse = async (): Promise<never> => {
  throw new Error('subscriptions are not part of this test');
};
const unavailableSubscriptions: CommandServices['subscriptions'] = {
  subscribe: refuse,
  unsubscribe: refuse,
  list: refuse,
  pause: refuse,
  resume: refuse,
  briefingNow: refuse,
};

/** A command context for tests, with the services a test hands in and a record of progress lines. */
export function testContext(services: Partial<CommandServices>, options: { moderator?: boolean } = {}) {
  const progress: string[] = [];
  const ctx: CommandContext = {
    platform: 'terminal',
    user: { id: 'u1', name: 'tester' },
    channel: { platform: 'terminal', chatId: 'c1', threadId: null },
    services: {
      sources: () => [],
      stories: async () => [],
      compare: async () => null,
      breakdown: async () => null,
      subscriptions: unavailableSubscriptions,
      ...services,
    },
    canConfigure: async () => options.moderator ?? false,
    progress: async (text) => void progress.push(text),
  };
  return { ctx, progress };
}
