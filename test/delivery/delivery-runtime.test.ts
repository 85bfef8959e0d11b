import { describe, expect, it } from 'vitest';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { DeliveryRuntime } from '../../src/delivery/delivery-runtime.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { silentLogger } from '../../src/log.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { FixtureNews } from '../support/delivery-news.ts';
import { RecordingPublisher } from '../support/delivery-publisher.ts';
import { memoryStore } from '../support/delivery-store.ts';

const actor = { platform: 'telegram' as const, userId: '1', name: 'Ana' };
const group: ChannelRef = { platform: 'telegram', chatId: '-500', threadId: null };
const supergroup: ChannelRef = { platform: 'telegram', chatId: '-100500', threadId: null };

describe('DeliveryRuntime', () => {
  it('posts a qualifying story from ingestion, and after a chat migration posts the update in the new chat (old message ids do not carry over)', async () => {
    const clock = new ManualClock();
    const news = new FixtureNews([
      {
        id: 'q',
        headline: 'Ferry runs aground',
        text: 'A ferry ran aground near the port.',
        reports: [{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C' }],
      },
    ]);
    const runtime = new DeliveryRuntime({
      store: memoryStore(),
      news,
      clock,
      log: silentLogger,
      coordinator: new MemoryCoordinator(clock),
      sleep: clock.sleep,
    });
    const publisher = new RecordingPublisher(clock);
    runtime.addPublisher(publisher);
    await runtime.services.subscribe(group, { topic: 'ferry', mode: 'live' }, actor);
    await runtime.storiesChanged(['q']);
    await runtime.sender.runOnce();
    expect(publisher.calls.map((c) => [c.op, c.channel.chatId])).toEqual([['send', '-500']]);

    news.put({
      id: 'q',
      headline: 'Ferry runs aground',
      text: 'A ferry ran aground near the port.',
      reports: [{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C' }, { outlet: 'D' }],
    });
    await runtime.storiesChanged(['q']);
    await runtime.events.channelMoved(group, supergroup);
    await runtime.sender.runOnce();
    expect(publisher.calls.map((c) => [c.op, c.channel.chatId, c.messageIds])).toEqual([
      ['send', '-500', []],
      ['send', '-100500', []],
    ]);
    expect((await runtime.services.list(supergroup)).map((s) => s.topics)).toEqual([['ferry']]);
  });
});
