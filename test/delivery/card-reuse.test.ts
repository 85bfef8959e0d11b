import { REST } from 'discord.js';
import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordPublisher } from '../../src/adapters/discord/discord-publisher.ts';
import { CardFileIds } from '../../src/adapters/telegram/send-card.ts';
import { TelegramPublisher } from '../../src/adapters/telegram/telegram-publisher.ts';
import { breakdownVersion } from '../../src/delivery/breakdown-versions.ts';
import { RenderedCards } from '../../src/delivery/rendered-cards.ts';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { systemClock } from '../../src/domain/clock.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { silentLogger } from '../../src/log.ts';
import { fixtureBreakdown } from '../support/delivery-news.ts';
import { FakeDiscord, IDS } from '../support/fake-discord/fake-discord.ts';
import { BotApiDouble } from '../support/telegram-double/bot-api-double.ts';

const story = (outlets: number) =>
  fixtureBreakdown({
    id: 's-cardreuse01',
    headline: 'Fire at the harbour warehouse',
    text: 'A fire broke out at the harbour warehouse on Monday.',
    reports: Array.from({ length: outlets }, (_, i) => ({ outlet: `Outlet ${i + 1}` })),
  });
const telegram = (chatId: number): ChannelRef => ({ platform: 'telegram', chatId: String(chatId), threadId: null });
const noEvents = { channelMoved: async () => {}, channelPaused: async () => {}, channelGone: async () => {} };

describe('one card render and one upload per story version: Telegram', () => {
  let double: BotApiDouble;
  beforeAll(async () => {
    double = await BotApiDouble.start();
  });
  afterAll(() => double.close());

  it('uploads the card once and sends every other chat its file_id, also to chats sent at the same time', async () => {
    const cards = new RenderedCards();
    const fileIds = new CardFileIds();
    const publisher = new TelegramPublisher({
      api: new Api('123:TEST', { apiRoot: double.apiRoot }),
      channels: noEvents,
      log: silentLogger,
      cardReuse: { cards, fileIds },
    });
    const breakdown = story(4);
    const first = await Promise.all([101, 102, 103, 104, 105].map((id) => publisher.send(telegram(id), { kind: 'breakdown', breakdown })));
    for (const id of [106, 107, 108]) await publisher.send(telegram(id), { kind: 'breakdown', breakdown: story(4) });
    expect(first.every((r) => r.kind === 'sent')).toBe(true);
    const photos = double.callsTo('sendPhoto');
    expect(photos).toHaveLength(8);
    const uploads = photos.filter((c) => c.files.photo);
    expect(uploads).toHaveLength(1);
    const fileId = `photo-${double.messagesIn(uploads[0]!.params.chat_id as string).find((m) => m.params.caption !== undefined)?.messageId}`;
    expect(photos.filter((c) => !c.files.photo).map((c) => c.params.photo)).toEqual(Array(7).fill(fileId));
    expect(cards.renders).toBe(1);
    expect(fileIds.uploads).toBe(1);
    expect(double.callsTo('sendMessage')).toHaveLength(8);
  });

  it('uploads once across sender processes sharing notes: the second process sends the id the first one uploaded as', async () => {
    const notes = new MemoryCoordinator(systemClock);
    const processes = [0, 1].map(() => {
      const fileIds = new CardFileIds(64, { notes, scope: '123' });
      const publisher = new TelegramPublisher({
        api: new Api('123:TEST', { apiRoot: double.apiRoot }),
        channels: noEvents,
        log: silentLogger,
        cardReuse: { cards: new RenderedCards(), fileIds },
      });
      return { fileIds, publisher };
    });
    const breakdown = story(5);
    const before = double.callsTo('sendPhoto').length;
    expect((await processes[0]!.publisher.send(telegram(301), { kind: 'breakdown', breakdown })).kind).toBe('sent');
    expect((await processes[1]!.publisher.send(telegram(302), { kind: 'breakdown', breakdown })).kind).toBe('sent');
    const photos = double.callsTo('sendPhoto').slice(before);
    expect(photos.map((c) => [Number(c.params.chat_id), Boolean(c.files.photo)])).toEqual([
      [301, true],
      [302, false],
    ]);
    expect(processes.map((p) => p.fileIds.uploads)).toEqual([1, 0]);
    // A bot of another token does not take this bot's ids.
    const other = new CardFileIds(64, { notes, scope: '456' });
    expect(await other.sharedId(breakdownVersion(breakdown))).toBeNull();
  });

  it('draws and uploads again when the story grows (a new version), and uploads again when Telegram refuses a known id', async () => {
    const cards = new RenderedCards();
    const fileIds = new CardFileIds();
    const publisher = new TelegramPublisher({
      api: new Api('123:TEST', { apiRoot: double.apiRoot }),
      channels: noEvents,
      log: silentLogger,
      cardReuse: { cards, fileIds },
    });
    const before = double.callsTo('sendPhoto').length;
    await publisher.send(telegram(201), { kind: 'breakdown', breakdown: story(4) });
    await publisher.send(telegram(202), { kind: 'breakdown', breakdown: story(6) });
    double.fail({
      method: 'sendPhoto',
      chatId: 203,
      error: { error_code: 400, description: 'Bad Request: wrong file identifier/HTTP URL specified' },
    });
    await publisher.send(telegram(203), { kind: 'breakdown', breakdown: story(6) });
    const photos = double.callsTo('sendPhoto').slice(before);
    expect(photos.map((c) => [Number(c.params.chat_id), Boolean(c.files.photo)])).toEqual([
      [201, true],
      [202, true],
      [203, false],
      [203, true],
    ]);
    expect(cards.renders).toBe(2);
    expect(fileIds.uploads).toBe(3);
  });
});

describe('one card render per story version: Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(() => fake.close());

  it('draws the card once for every channel and attaches it to each post (Discord attachment URLs expire, so each post carries its own)', async () => {
    const cards = new RenderedCards();
    const rest = new REST({ api: fake.apiUrl }).setToken('test-token');
    const publisher = new DiscordPublisher(rest, cards);
    const breakdown = story(5);
    for (const chatId of [IDS.channel, IDS.otherChannel, IDS.channel])
      expect((await publisher.send({ platform: 'discord', chatId, threadId: null }, { kind: 'breakdown', breakdown })).kind).toBe('sent');
    const posts = fake.callsTo('POST', /^\/channels\/\d+\/messages$/);
    expect(posts).toHaveLength(3);
    expect(posts.every((p) => p.files.length === 1 && p.body.embeds[0].image.url === 'attachment://card.png')).toBe(true);
    expect(new Set(posts.map((p) => p.files[0]!.data.length)).size).toBe(1);
    expect(cards.renders).toBe(1);
  });
});
