import type { CommandContext, CommandServices } from '../../commands/index.ts';

/** A command context for tests, with the services a test hands in and a record of progress lines. */
export function testContext(services: Partial<CommandServices>, options: { moderator?: boolean } = {}) {
  const progress: string[] = [];
  const ctx: CommandContext = {
    platform: 'terminal',
    user: { id: 'u1', name: 'tester' },
    channel: { id: 'c1' },
    services: {
      sources: () => [],
      stories: async () => [],
      compare: async () => null,
      ...services,
    },
    canConfigure: async () => options.moderator ?? false,
    progress: async (text) => void progress.push(text),
  };
  return { ctx, progress };
}
