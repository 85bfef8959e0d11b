import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Source } from '../../src/domain/source.ts';
import { checkTelegramHtml } from '../support/telegram-double/telegram-html.ts';
import { commandMessage, GROUP_ANONYMOUS_BOT, privateChat, supergroup, user, type TestChat } from '../support/telegram-double/updates.ts';
import { startHarness } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const alice = user(501, 'Alice');
const bob = user(502, 'Bob');
const group = supergroup(-100123);

/** Sends a command and returns the HTML of the reply (the n-th message sent to that chat). */
async function ask(
  h: Harness,
  chat: TestChat,
  text: string,
  from?: ReturnType<typeof user> | typeof GROUP_ANONYMOUS_BOT,
  senderChat?: TestChat,
): Promise<string> {
  const before = h.sentTo(chat.id).length;
  h.double.push(commandMessage({ chat, text, ...(from ? { from } : {}), ...(senderChat ? { senderChat } : {}) }));
  const call = await h.double.waitFor('sendMessage', (p) => String(p.chat_id) === String(chat.id), { count: before + 1 });
  return String(call.params.text);
}

describe('Telegram commands', () => {
  it('announces every command with setMyCommands: reading ones for everyone, all of them for administrators and private chats', async () => {
    harness = await startHarness();
    const calls = harness.double.callsTo('setMyCommands');
    const byScope = Object.fromEntries(
      calls.map((c) => [(c.params.scope as { type: string }).type, (c.params.commands as { command: string }[]).map((x) => x.command)]),
    );
    const configuring = commands.filter((c) => c.requires === 'configure').map((c) => c.name);
    expect(configuring).toEqual(expect.arrayContaining(['subscribe', 'unsubscribe']));
    for (const name of configuring) expect(byScope.default).not.toContain(name);
    for (const scope of ['all_private_chats', 'all_chat_administrators']) {
      expect(byScope[scope]).toEqual([...commands.map((c) => c.name), 'start']);
    }
    expect(byScope.default).toEqual(expect.arrayContaining(['compare', 'sources', 'subscriptions', 'briefing', 'help', 'start']));
  });

  it('answers /help and /start with every command, marking the administrator ones', async () => {
    harness = await startHarness();
    const help = await ask(harness, privateChat(alice.id), '/help', alice);
    for (const c of commands) expect(help).toContain(`/${c.name}`);
    expect(help).toMatch(/\/subscribe<\/b> &lt;topic&gt;.*· <i>chat administrators only<\/i>/);
    expect(checkTelegramHtml(help)).toMatchObject({ ok: true });
    expect(await ask(harness, privateChat(alice.id), '/start', alice)).toContain('shows how different outlets report the same story');
    // A deep link's payload (t.me/bot?start=ref) follows /start; it is no command to explain.
    const deepLink = await ask(harness, privateChat(alice.id), '/start ref42', alice);
    for (const c of commands) expect(deepLink).toContain(`/${c.name}`);
  });

  it('explains one command with /help <command>', async () => {
    harness = await startHarness();
    const help = await ask(harness, privateChat(alice.id), '/help compare', alice);
    expect(help).toContain('<b>/compare &lt;topic&gt;</b>');
    expect(help).toMatch(/<b>topic<\/b> — What the story is about.*<i> · required<\/i>/);
    expect(help).not.toContain('/subscribe');
    expect(checkTelegramHtml(help)).toMatchObject({ ok: true });
  });

  it('lists sources, split into several valid messages when the list is long', async () => {
    const sources: Source[] = Array.from({ length: 150 }, (_, i) => ({
      id: `o${i}`,
      name: `Invented Outlet Number ${i} & Sons`,
      homepage: `https://o${i}.example/`,
      country: i % 2 ? 'NO' : 'PT',
      language: 'en',
      ownership: 'private',
      feeds: [`https://o${i}.example/rss`],
    }));
    harness = await startHarness({ services: { sources: () => sources } });
    harness.double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/sources' }));
    await harness.double.waitFor('sendMessage', undefined, { count: 3 });
    await new Promise((r) => setTimeout(r, 100));
    const parts = harness.sentTo(alice.id);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(checkTelegramHtml(part)).toMatchObject({ ok: true });
    }
    expect(parts.join('\n').match(/Invented Outlet Number \d+ &amp; Sons/g)).toHaveLength(150);
    expect(await ask(harness, privateChat(alice.id), '/sources country=NO', alice)).toContain('75 outlets for country NO (of 150)');
  });

  it('lists stories', async () => {
    harness = await startHarness({
      services: {
        stories: async (limit) =>
          [{ id: 's-1', headline: 'Ostrel ferry strike ends', articles: 9, outlets: 5, lastUpdated: '2026-11-29T08:00:00Z' }].slice(
            0,
            limit,
          ),
      },
    });
    expect(await ask(harness, privateChat(alice.id), '/stories 5', alice)).toContain(
      'Ostrel ferry strike ends — <i>5 outlets, 9 articles</i> · <code>/compare s-1</code>',
    );
  });

  it('subscribes, lists, briefs and unsubscribes a private chat, reading key=value options', async () => {
    harness = await startHarness();
    const chat = privateChat(alice.id);
    expect(await ask(harness, chat, '/subscribe harbour fire mode=daily time=07:30 timezone=Europe/Oslo', alice)).toContain(
      '<b>Subscribed</b>',
    );
    expect(harness.subscriptions.requests[0]).toMatchObject({
      channel: { platform: 'telegram', chatId: String(alice.id), threadId: null },
      request: { topic: 'harbour fire', mode: 'daily', time: '07:30', timezone: 'Europe/Oslo' },
      by: 'Alice',
    });
    expect(await ask(harness, chat, '/subscriptions', alice)).toContain(
      '<b>&quot;harbour fire&quot;</b> — daily briefing at 07:30 Europe/Oslo',
    );
    const brief = await ask(harness, chat, '/briefing', alice);
    expect(brief).toContain('<b>Daily briefing: harbours</b>');
    expect(brief).toContain('<a href="https://outlet1.example/velmora">Fire at Velmora harbour warehouse</a>');
    expect(await ask(harness, chat, '/unsubscribe harbour fire', alice)).toContain(
      '<b>Removed</b>\n• <b>&quot;harbour fire&quot;</b> — daily briefing at 07:30 Europe/Oslo',
    );
    expect(await ask(harness, chat, '/subscriptions', alice)).toContain('This channel follows nothing yet');
    expect(await ask(harness, chat, '/subscribe floods mode=sometimes', alice)).toContain('mode is &quot;live&quot; or &quot;daily&quot;');
  });

  it('refuses a quote left open instead of subscribing to a topic with the quote in it', async () => {
    harness = await startHarness();
    expect(await ask(harness, privateChat(alice.id), '/subscribe “harbour fire', alice)).toBe(
      '⚠️ /subscribe: the quote in “harbour fire is not closed. Add the closing ”, or leave the quote out.',
    );
    expect(harness.subscriptions.requests).toEqual([]);
  });

  it('pauses and resumes a group subscription for administrators only', async () => {
    harness = await startHarness();
    harness.double.setMember(group.id, alice.id, 'administrator');
    await ask(harness, group, '/subscribe harbour fire', alice);
    expect(await ask(harness, group, '/pause harbour fire', bob)).toContain('⛔');
    expect(await ask(harness, group, '/pause harbour fire', alice)).toMatch(
      /^<b>Paused<\/b>\n• <b>&quot;harbour fire&quot;<\/b>.* — <i>paused by Alice<\/i>/u,
    );
    expect(await ask(harness, group, '/resume', bob)).toContain('⛔');
    expect(await ask(harness, group, '/resume', alice)).not.toContain('paused');
    expect(await ask(harness, group, '/resume', alice)).toContain('No topic here is paused.');
  });

  it('refuses configuration to a group member who is not an administrator, and lets anyone read', async () => {
    harness = await startHarness();
    harness.double.setMember(group.id, bob.id, 'member');
    expect(await ask(harness, group, '/subscribe harbour fire', bob)).toContain(
      '⛔ <b>Not allowed</b>: Only moderators can change what this channel follows (chat administrators).',
    );
    expect(await ask(harness, group, '/unsubscribe', bob)).toContain('⛔');
    expect(harness.subscriptions.requests).toHaveLength(0);
    expect(harness.double.callsTo('getChatMember', (p) => Number(p.user_id) === bob.id).length).toBeGreaterThanOrEqual(2);
    expect(await ask(harness, group, '/subscriptions', bob)).toContain('This channel follows nothing yet');
  });

  it('refuses configuration when Telegram cannot confirm the sender is an administrator', async () => {
    harness = await startHarness();
    harness.double.fail({ method: 'getChatMember', error: { error_code: 400, description: 'Bad Request: user not found' } });
    expect(await ask(harness, group, '/subscribe harbour fire', alice)).toContain('⛔');
    expect(harness.subscriptions.requests).toHaveLength(0);
  });

  it('lets group administrators, the creator and anonymous administrators configure', async () => {
    harness = await startHarness();
    harness.double.setMember(group.id, alice.id, 'administrator');
    harness.double.setMember(group.id, bob.id, 'creator');
    expect(await ask(harness, group, '/subscribe harbour fire', alice)).toContain('<b>Subscribed</b>');
    expect(await ask(harness, group, '/subscribe ferry strike', bob)).toContain('<b>Subscribed</b>');
    expect(await ask(harness, group, '/subscribe grain prices', GROUP_ANONYMOUS_BOT, group)).toContain('<b>Subscribed</b>');
    expect(harness.subscriptions.requests.map((r) => r.by)).toEqual(['Alice', 'Bob', `Group ${group.id}`]);
    expect(harness.double.callsTo('getChatMember', (p) => Number(p.user_id) === GROUP_ANONYMOUS_BOT.id)).toHaveLength(0);
  });

  it('refuses a message sent on behalf of another channel, and configures a channel from its own posts', async () => {
    harness = await startHarness();
    const otherChannel: TestChat = { id: -100999, type: 'channel', title: 'Someone else' };
    expect(await ask(harness, group, '/subscribe harbour fire', user(136817688, 'Channel'), otherChannel)).toContain('⛔');
    const channel: TestChat = { id: -100555, type: 'channel', title: 'Harbour News' };
    expect(await ask(harness, channel, '/subscribe harbour fire', undefined, channel)).toContain('<b>Subscribed</b>');
    expect(harness.subscriptions.requests).toHaveLength(1);
    expect(harness.subscriptions.requests[0]).toMatchObject({ channel: { chatId: String(channel.id) }, by: 'Harbour News' });
  });

  it('answers in the forum topic a command came from and keys the subscription by topic', async () => {
    harness = await startHarness();
    const forum = supergroup(-100321, true);
    harness.double.setMember(forum.id, alice.id, 'administrator');
    harness.double.push(commandMessage({ chat: forum, from: alice, text: '/subscribe harbour fire', threadId: 77 }));
    const reply = await harness.double.waitFor('sendMessage');
    expect(reply.params.message_thread_id).toBe(77);
    expect(harness.subscriptions.requests[0]?.channel).toEqual({ platform: 'telegram', chatId: String(forum.id), threadId: '77' });
  });
});
