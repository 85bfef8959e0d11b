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
  it('answers a /sources that would need dozens of messages with at most five, the last saying what was left out', async () => {
    // A story list clips its headlines; outlet names, as a catalog gives them, are shown whole.
    const sources = Array.from({ length: 20 }, (_, i) => ({
      id: `outlet-${i}`,
      name: `Outlet ${i} ${'very long name '.repeat(1000)}`,
      feeds: [`https://outlet-${i}.example/rss`],
    }));
    harness = await startHarness({ services: { sources: () => sources } });
    harness.double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/sources' }));
    await harness.double.waitFor('sendMessage', undefined, { count: MAX_MESSAGES_PER_REPLY });
    await new Promise((r) => setTimeout(r, 500));
    const parts = harness.sentTo(alice.id);
    expect(parts).toHaveLength(MAX_MESSAGES_PER_REPLY);
    expect(parts.at(-1)).toMatch(/\d+ more messages left out/);
    for (const part of parts) expect(checkTelegramHtml(part)).toMatchObject({ ok: true });
  });
});
