import { afterEach, describe, expect, it } from 'vitest';
import { commandMessage, privateChat, user } from '../support/telegram-double/updates.ts';
import { startHarness } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const line = (headline: string) => ({ id: headline, headline, articles: 2, outlets: 2, lastUpdated: '2026-11-29T08:00:00Z' });
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('Telegram update handling', () => {
  it("runs one chat's updates in the order they came: a slow first command is answered before a fast second one", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    harness = await startHarness({
      services: {
        stories: async () => {
          calls++;
          if (calls === 1) {
            await gate;
            return [line('first asked')];
          }
          return [line('second asked')];
        },
      },
    });
    const alice = user(501, 'Alice');
    harness.double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/stories' }));
    harness.double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/stories' }));
    await settle();
    release();
    await harness.double.waitFor('sendMessage', undefined, { count: 2 });
    const replies = harness.sentTo(alice.id);
    expect(replies[0]).toContain('first asked');
    expect(replies[1]).toContain('second asked');
  });

  it('handles at most the configured number of updates at once, however many chats write', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let running = 0;
    let most = 0;
    harness = await startHarness({
      adapter: { updates: { maxInFlight: 4 } },
      services: {
        stories: async () => {
          running++;
          most = Math.max(most, running);
          await gate;
          running--;
          return [line('a story')];
        },
      },
    });
    for (let i = 0; i < 20; i++) {
      const someone = user(1000 + i, `User ${i}`);
      harness.double.push(commandMessage({ chat: privateChat(someone.id), from: someone, text: '/stories' }));
    }
    await settle();
    expect(most).toBe(4);
    release();
    await harness.double.waitFor('sendMessage', undefined, { count: 20 });
    expect(most).toBe(4);
  });
});
