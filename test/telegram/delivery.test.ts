import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { blockedByUser, migratedTo, tooManyRequests } from '../support/telegram-double/bot-api-double.ts';
import { checkTelegramHtml } from '../support/telegram-double/telegram-html.ts';
import { migrationMessage, myChatMember, privateChat, supergroup, user } from '../support/telegram-double/updates.ts';
import { breakdown, briefing } from './fixtures.ts';
import { startHarness } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const chat = (chatId: number | string, threadId: string | null = null): ChannelRef => ({
  platform: 'telegram',
  chatId: String(chatId),
  threadId,
});

describe('Telegram publisher', () => {
  it('posts a briefing and a breakdown as HTML without link previews, in the forum topic', async () => {
    harness = await startHarness();
    const sentBriefing = await harness.adapter.publisher.send(chat(-100200, '9'), { kind: 'briefing', briefing: briefing() });
    expect(sentBriefing).toEqual({ kind: 'sent', messageIds: ['100'] });
    const call = harness.double.callsTo('sendMessage')[0]!;
    expect(call.params).toMatchObject({
      chat_id: '-100200',
      message_thread_id: 9,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
    expect(String(call.params.text)).toContain('⚖️ Differs: firefighters: 40 (Outlet 1) vs more than 60 (Outlet 2)');
    // Each story says how to open its breakdown, to copy with a tap.
    expect(String(call.params.text)).toMatch(/ · <code>\/compare s-[\w-]+<\/code>/u);
    const sentBreakdown = await harness.adapter.publisher.send(chat(-100200), { kind: 'breakdown', breakdown: breakdown({ outlets: 7 }) });
    expect(sentBreakdown).toEqual({ kind: 'sent', messageIds: ['102'] });
    expect(harness.double.callsTo('sendPhoto')[0]!.params.message_thread_id).toBeUndefined();
    expect(harness.double.callsTo('sendMessage')[1]!.params.reply_markup).toBeDefined();
    expect(harness.adapter.publisher.limits).toEqual({ perChatPerSecond: 1, perGroupPerMinute: 20, globalPerSecond: 30 });
  });

  it('waits out a 429 with retry_after and then delivers', async () => {
    harness = await startHarness();
    harness.double.fail({ method: 'sendMessage', error: tooManyRequests(1) });
    const started = Date.now();
    const result = await harness.adapter.publisher.send(chat(-100200), { kind: 'briefing', briefing: briefing() });
    expect(result).toEqual({ kind: 'sent', messageIds: ['100'] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(harness.double.callsTo('sendMessage')).toHaveLength(2);
  });

  it('gives a rate limit longer than it waits back to the outbox as retry with the seconds', async () => {
    harness = await startHarness();
    harness.double.fail({ method: 'sendMessage', error: tooManyRequests(120) });
    const result = await harness.adapter.publisher.send(chat(-100200), { kind: 'briefing', briefing: briefing() });
    expect(result).toEqual({ kind: 'retry', afterSeconds: 120, reason: 'Too Many Requests: retry after 120' });
    expect(harness.double.callsTo('sendMessage')).toHaveLength(1);
  });

  it('stops retrying after maxRetryAttempts and hands the wait to the outbox', async () => {
    harness = await startHarness();
    harness.double.fail({ method: 'sendMessage', times: 5, error: tooManyRequests(1) });
    const result = await harness.adapter.publisher.send(chat(-100200), { kind: 'briefing', briefing: briefing() });
    expect(result).toMatchObject({ kind: 'retry', afterSeconds: 1 });
    expect(harness.double.callsTo('sendMessage')).toHaveLength(3);
  });

  it('reports a chat that blocked the bot as gone', async () => {
    harness = await startHarness();
    harness.double.fail({ method: 'sendMessage', chatId: 501, error: blockedByUser() });
    expect(await harness.adapter.publisher.send(chat(501), { kind: 'briefing', briefing: briefing() })).toEqual({
      kind: 'gone',
      reason: 'Forbidden: bot was blocked by the user',
    });
  });

  it('follows a group that became a supergroup: reports the move and delivers to the new chat', async () => {
    harness = await startHarness();
    harness.double.fail({ method: 'sendMessage', chatId: -4001, error: migratedTo(-1004001) });
    const result = await harness.adapter.publisher.send(chat(-4001), { kind: 'briefing', briefing: briefing() });
    expect(result).toEqual({ kind: 'sent', messageIds: ['100'] });
    expect(harness.events).toEqual([{ event: 'moved', from: chat(-4001), to: chat(-1004001) }]);
    expect(harness.double.callsTo('sendMessage').map((c) => c.params.chat_id)).toEqual(['-4001', '-1004001']);
    expect(harness.double.message(-1004001, 100)?.text).toContain('Daily briefing: harbours');
  });

  it('edits a posted breakdown in place, and counts an unchanged edit as done', async () => {
    harness = await startHarness();
    const first = await harness.adapter.publisher.send(chat(-100200), { kind: 'breakdown', breakdown: breakdown({ outlets: 3 }) });
    const ids = first.kind === 'sent' ? first.messageIds : [];
    const grown = breakdown({ outlets: 9 });
    expect(await harness.adapter.publisher.edit(chat(-100200), ids, { kind: 'breakdown', breakdown: grown })).toEqual({
      kind: 'sent',
      messageIds: ids,
    });
    expect(harness.double.message(-100200, Number(ids[0]))?.text).toContain('9 reports from 9 outlets');
    expect(await harness.adapter.publisher.edit(chat(-100200), ids, { kind: 'breakdown', breakdown: grown })).toEqual({
      kind: 'sent',
      messageIds: ids,
    });
    expect(await harness.adapter.publisher.edit(chat(-100200), ['999'], { kind: 'breakdown', breakdown: grown })).toEqual({
      kind: 'failed',
      reason: 'Bad Request: message to edit not found',
    });
    for (const call of harness.double.callsTo('editMessageText'))
      expect(checkTelegramHtml(String(call.params.text))).toMatchObject({ ok: true });
  });
});

describe('Telegram chat events', () => {
  it('pauses a chat when the bot is removed or blocked, and not when it is added', async () => {
    harness = await startHarness();
    const group = supergroup(-100300);
    const admin = user(600, 'Admin');
    harness.double.push(myChatMember({ chat: group, from: admin, oldStatus: 'left', newStatus: 'member' }));
    harness.double.push(myChatMember({ chat: group, from: admin, oldStatus: 'member', newStatus: 'kicked' }));
    harness.double.push(myChatMember({ chat: privateChat(601), from: user(601, 'Dana'), oldStatus: 'member', newStatus: 'kicked' }));
    await until(() => harness!.events.length >= 2);
    expect(harness.events).toEqual([
      { event: 'paused', channel: chat(-100300), reason: 'Parallax was removed from the chat by Admin' },
      { event: 'paused', channel: chat(601), reason: 'the user blocked Parallax' },
    ]);
  });

  it('moves a chat when the migrate_to_chat_id service message arrives', async () => {
    harness = await startHarness();
    harness.double.push(migrationMessage({ chat: { id: -4002, type: 'group', title: 'Old group' }, toChatId: -1004002 }));
    await until(() => harness!.events.length >= 1);
    expect(harness.events).toEqual([{ event: 'moved', from: chat(-4002), to: chat(-1004002) }]);
  });
});

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
