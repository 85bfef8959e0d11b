import { afterEach, describe, expect, it } from 'vitest';
import { cardCaption, CAPTION_LIMIT } from '../../src/adapters/telegram/card-caption.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { checkTelegramHtml } from '../support/telegram-double/telegram-html.ts';
import { commandMessage, privateChat, user } from '../support/telegram-double/updates.ts';
import { breakdown } from './fixtures.ts';
import { startHarness } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const chat = (chatId: number): ChannelRef => ({ platform: 'telegram', chatId: String(chatId), threadId: null });
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PROMPT = /How did outlets in your country report this story\?/;

describe('Telegram coverage card and discussion prompt', () => {
  it('sends the card as a photo with a short caption before the breakdown text, then in a group asks for the discussion as a reply', async () => {
    harness = await startHarness({ start: false });
    const { double } = harness;
    double.setChatType(-100300, 'supergroup');
    const result = await harness.adapter.publisher.send(chat(-100300), {
      kind: 'breakdown',
      breakdown: breakdown({ outlets: 6 }),
      discussion: true,
    });
    const [photo, text, prompt] = double.calls.filter((call) => ['sendPhoto', 'sendMessage'].includes(call.method));
    expect(photo!.method).toBe('sendPhoto');
    expect(photo!.files.photo!.data.subarray(0, 8).equals(PNG)).toBe(true);
    expect(photo!.params.parse_mode).toBe('HTML');
    expect(String(photo!.params.caption)).toContain('<b>Fire at Velmora harbour warehouse</b>');
    expect(text!.method).toBe('sendMessage');
    expect(String(text!.params.text)).toContain('Fire at Velmora harbour warehouse');
    expect(result).toEqual({ kind: 'sent', messageIds: ['101'] });
    expect(String(prompt!.params.text)).toMatch(PROMPT);
    expect(prompt!.params.reply_parameters).toMatchObject({ message_id: 101 });
  });

  it('asks nothing in private chats, in channels, or when the subscription has discussion off', async () => {
    harness = await startHarness({ start: false });
    const { double } = harness;
    double.setChatType(-100400, 'channel');
    double.setChatType(-100500, 'group');
    await harness.adapter.publisher.send(chat(501), { kind: 'breakdown', breakdown: breakdown(), discussion: true });
    await harness.adapter.publisher.send(chat(-100400), { kind: 'breakdown', breakdown: breakdown(), discussion: true });
    await harness.adapter.publisher.send(chat(-100500), { kind: 'breakdown', breakdown: breakdown(), discussion: false });
    expect(double.callsTo('sendPhoto')).toHaveLength(3);
    expect(double.callsTo('sendMessage', (p) => PROMPT.test(String(p.text)))).toHaveLength(0);
    await harness.adapter.publisher.send(chat(-100500), { kind: 'breakdown', breakdown: breakdown(), discussion: true });
    expect(double.callsTo('sendMessage', (p) => PROMPT.test(String(p.text)))).toHaveLength(1);
  });

  it('keeps the caption within 1,024 visible characters even for a very long headline', () => {
    const caption = cardCaption(breakdown({ headline: `Velmora ${'harbour warehouse fire & <smoke> '.repeat(80)}` }));
    const visible = checkTelegramHtml(caption);
    expect(visible.ok).toBe(true);
    expect(visible.ok && visible.text.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
  });

  it('counts the countries the reports are known to come from, and says when none is known', () => {
    const known = breakdown({ outlets: 3 });
    const countries = new Set(known.reports.map((r) => r.country)).size;
    expect(cardCaption(known)).toContain(`· ${countries} countr${countries === 1 ? 'y' : 'ies'}`);
    const unknown = breakdown({ outlets: 3 });
    const none = {
      ...unknown,
      reports: unknown.reports.map((r) => ({ ...r, country: null })),
      coverage: { ...unknown.coverage, byCountry: { unknown: 3 } },
    };
    expect(cardCaption(none)).toContain('· countries unknown');
    expect(cardCaption(none)).not.toMatch(/\d countr/u);
  });

  it('promises in its caption only what the card shows: times when the reports give them, numbers when some differ', () => {
    const b = breakdown({ outlets: 3 });
    const none = { ...b, coverage: { ...b.coverage, firstReportAt: null }, divergences: { numbers: [], claims: [] } };
    expect(cardCaption(none)).toContain('Who covered it. The breakdown follows.');
    expect(cardCaption({ ...none, coverage: b.coverage })).toContain('Who covered it and when. The breakdown follows.');
  });

  it('says in /help that channels with a linked discussion group take comments', async () => {
    harness = await startHarness();
    const alice = user(501, 'Alice');
    harness.double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/help' }));
    const help = await harness.double.waitFor('sendMessage');
    expect(String(help.params.text)).toContain('link a discussion group');
    expect(String(help.params.text)).toContain('never reads or keeps the replies');
  });
});
