import { afterEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGES_PER_REPLY } from '../../src/adapters/telegram/send-messages.ts';
import { checkTelegramHtml } from '../support/telegram-double/telegram-html.ts';
import { commandMessage, privateChat, user } from '../support/telegram-double/updates.ts';
import { startHarness } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const alice = user(501, 'Alice');

describe('Telegram replies are capped in messages', () => {
  it('answers a /stories that would need dozens of messages with at most five, the last saying what was left out', async () => {
    const stories = Array.from({ length: 20 }, (_, i) => ({
      id: `s-${i}`,
      headline: `Story ${i} ${'very long headline '.repeat(1000)}`,
      articles: 9,
      outlets: 5,
      lastUpdated: '2026-11-29T08:00:00Z',
    }));
    harness = await startHarness({ services: { stories: async (limit) => stories.slice(0, limit) } });
    harness.double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/stories 20' }));
    await harness.double.waitFor('sendMessage', undefined, { count: MAX_MESSAGES_PER_REPLY });
    await new Promise((r) => setTimeout(r, 500));
    const parts = harness.sentTo(alice.id);
    expect(parts).toHaveLength(MAX_MESSAGES_PER_REPLY);
    expect(parts.at(-1)).toMatch(/\d+ more messages left out/);
    for (const part of parts) expect(checkTelegramHtml(part)).toMatchObject({ ok: true });
  });
});
