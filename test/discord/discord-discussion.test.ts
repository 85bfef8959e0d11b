import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Breakdown } from '../../src/domain/breakdown.ts';
import { IDS } from '../support/fake-discord/fake-discord.ts';
import { breakdown } from './breakdown-fixture.ts';
import { callback, callsFor, edit, startBot } from './bot-harness.ts';

const channel = { platform: 'discord' as const, chatId: IDS.channel, threadId: null };
const messagesOf = (id: string) => new RegExp(`^/channels/${id}/messages$`);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('Discord coverage cards, discussion threads and nonces against the fake Discord', () => {
  const stories = new Map<string, Breakdown>();
  let bot: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    bot = await startBot({
      async compare(topic) {
        const b = breakdown({ outlets: 6, headline: `Lantern Harbour: ${topic}`, id: 's-discuss-1' });
        stories.set(b.story.id, b);
        return b;
      },
      breakdown: async (id) => stories.get(id) ?? null,
    });
  });
  afterAll(() => bot.close());

  it('uploads the card with a breakdown post and points the summary embed at it', async () => {
    const payload = { kind: 'breakdown' as const, breakdown: breakdown({ outlets: 4 }), discussion: false };
    const sent = await bot.adapter.publisher.send(channel, payload);
    expect(sent.kind).toBe('sent');
    const post = bot.fake.callsTo('POST', messagesOf(IDS.channel)).at(-1)!;
    expect(post.files).toHaveLength(1);
    expect(post.files[0]).toMatchObject({ filename: 'card.png', contentType: 'image/png' });
    expect(post.files[0]!.data.subarray(0, 8).equals(PNG)).toBe(true);
    expect(post.body.embeds[0].image).toEqual({ url: 'attachment://card.png' });
    expect(post.body.attachments).toEqual([{ id: 0, filename: 'card.png' }]);
    expect(bot.fake.callsTo('POST', /\/threads$/)).toHaveLength(0);
  });

  it('opens a thread under a breakdown posted with discussion on, and asks the first question in it', async () => {
    const payload = {
      kind: 'breakdown' as const,
      breakdown: breakdown({ outlets: 4, headline: 'Ferries return to Lantern Harbour' }),
      discussion: true,
    };
    const sent = await bot.adapter.publisher.send(channel, payload);
    const messageId = sent.kind === 'sent' ? sent.messageIds[0]! : '';
    const start = bot.fake.callsTo('POST', new RegExp(`^/channels/${IDS.channel}/messages/${messageId}/threads$`));
    expect(start).toHaveLength(1);
    expect(start[0]!.body).toMatchObject({ name: 'Ferries return to Lantern Harbour', auto_archive_duration: 1440 });
    const threadId = bot.fake.threads.get(messageId)!;
    const [question] = bot.fake.callsTo('POST', messagesOf(threadId));
    expect(question!.body.content).toMatch(/^How did outlets in your country report this story\?/);
    expect(question!.body.allowed_mentions).toEqual({ parse: [] });
    expect(sent).toEqual({ kind: 'sent', messageIds: [messageId] });
  });

  it('does not open a thread inside a thread subscription', async () => {
    const before = bot.fake.callsTo('POST', /\/threads$/).length;
    const payload = { kind: 'breakdown' as const, breakdown: breakdown({ outlets: 3 }), discussion: true };
    expect((await bot.adapter.publisher.send({ ...channel, threadId: IDS.thread }, payload)).kind).toBe('sent');
    expect(bot.fake.callsTo('POST', /\/threads$/)).toHaveLength(before);
  });

  it('sends the outbox key as an enforced nonce of at most 25 characters; a repeat gets the original message back', async () => {
    const payload = { kind: 'breakdown' as const, breakdown: breakdown({ outlets: 3 }) };
    const first = await bot.adapter.publisher.send(channel, payload, { idempotencyKey: 'outbox:sub-1:s-0123456789ab:v1' });
    const again = await bot.adapter.publisher.send(channel, payload, { idempotencyKey: 'outbox:sub-1:s-0123456789ab:v1' });
    const other = await bot.adapter.publisher.send(channel, payload, { idempotencyKey: 'outbox:sub-2:s-0123456789ab:v1' });
    const [a, b, c] = bot.fake
      .callsTo('POST', messagesOf(IDS.channel))
      .slice(-3)
      .map((call) => call.body);
    expect(a.nonce).toHaveLength(25);
    expect(a).toMatchObject({ enforce_nonce: true });
    expect(b.nonce).toBe(a.nonce);
    expect(c.nonce).not.toBe(a.nonce);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('puts a Discuss button and the card on a /compare reply, and the button opens a thread under it', async () => {
    const id = bot.fake.command('compare', { topic: 'reopening' });
    const final = await edit(bot.fake, id, (body) => body.embeds?.length > 0);
    const reply = callsFor(bot.fake, id)
      .filter((call) => call.method === 'PATCH')
      .at(-1)!;
    expect(reply.files.map((file) => file.filename)).toEqual(['card.png']);
    expect(final.embeds[0].image).toEqual({ url: 'attachment://card.png' });
    const discuss = final.components.flatMap((row: any) => row.components).find((button: any) => button.label === 'Discuss');
    expect(discuss.custom_id).toBe('px:talk:s-discuss-1');

    const messageId = bot.fake.id();
    const press = bot.fake.press(discuss.custom_id, messageId);
    expect((await callback(bot.fake, press)).type).toBe(5);
    const told = await edit(bot.fake, press, (body) => /Discussion opened/.test(body.content ?? ''));
    const threadId = bot.fake.threads.get(messageId)!;
    expect(told.content).toBe(`Discussion opened: <#${threadId}>`);
    const [question] = bot.fake.callsTo('POST', messagesOf(threadId));
    expect(question!.body.content).toContain('Parallax compared 6 outlets');

    const back = await callback(bot.fake, bot.fake.press('px:out:s-discuss-1:0', messageId, 'member', ['card.png']));
    expect(back.data.embeds[0].image).toEqual({ url: 'attachment://card.png' });
    expect(back.data.attachments).toBeUndefined();
    const plain = await callback(bot.fake, bot.fake.press('px:out:s-discuss-1:0', bot.fake.id()));
    expect(plain.data.embeds[0].image).toBeUndefined();

    const again = bot.fake.press(discuss.custom_id, messageId);
    const second = await edit(bot.fake, again, (body) => typeof body.content === 'string' && body.content.length > 0);
    expect(second.content).toMatch(/already open/);
    expect([...bot.fake.threads.keys()].filter((key) => key === messageId)).toHaveLength(1);
  });
});
