import { describe, expect, it } from 'vitest';
import { enabledPlatforms, platforms } from '../../src/adapters/registry.ts';
import { testContext } from '../support/command-context.ts';
import { adapterContract } from './contract.ts';
import { posted, TESTCHAT_LIMITS, TestChatError, testChatPlatform } from './test-chat/platform.ts';

adapterContract(testChatPlatform, {
  maxMessages: TESTCHAT_LIMITS.messages,
  failures: { gone: [new TestChatError(410)], retry: [new TestChatError(429, 12), new TestChatError(429)] },
});

describe('a fourth platform living only in test/', () => {
  const { ctx } = testContext({});
  const deps = {
    services: ctx.services,
    channels: { channelGone: async () => {}, channelPaused: async () => {}, channelMoved: async () => {} },
    log: console as never,
  };

  it('is started through the registry when its token is set (the terminal then off), beside the registered platforms that are off', async () => {
    const list = [...platforms, testChatPlatform];
    // Without its token no chat platform is on, so the registry serves its fallback, the terminal, alone.
    const fallback = await enabledPlatforms({ TESTCHAT_TOKEN: '' }, deps, list);
    expect(fallback.map((s) => s.definition.id)).toEqual(['terminal']);
    await fallback[0]!.adapter.stop();
    const served = await enabledPlatforms({ TESTCHAT_TOKEN: 'secret' }, deps, list);
    expect(served.map((s) => s.definition.id)).toEqual(['testchat']);
    const { adapter } = served[0]!;
    await adapter.start();
    expect(adapter.publisher.platform).toBe('testchat');
    const channel = { platform: 'testchat', chatId: 'room-1', threadId: null };
    const sent = await adapter.publisher.send(channel, {
      kind: 'briefing',
      briefing: { subscriptionId: 'sub-1', title: 'Daily: harbours', since: null, generatedAt: '2026-11-29T08:00:00Z', items: [] },
    });
    expect(sent).toEqual({ kind: 'sent', messageIds: ['m1'] });
    expect(posted.at(-1)).toEqual({ channel, text: 'Daily: harbours' });
    await adapter.stop();
  });
});
