import { afterEach, describe, expect, it } from 'vitest';
import { NewsSearchFailed } from '../../src/newsroom/news-search-failed.ts';
import { checkTelegramHtml } from '../support/telegram-double/telegram-html.ts';
import { callbackQuery, commandMessage, privateChat, supergroup, user } from '../support/telegram-double/updates.ts';
import { breakdown } from './fixtures.ts';
import { startHarness } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const alice = user(501, 'Alice');

/** A breakdown as `/compare <topic>` gives it when the topic found other stories too. */
const withOthers = (spec: Parameters<typeof breakdown>[0]) => ({
  ...breakdown(spec),
  alsoMatching: [{ id: 's-0123456789ab', headline: 'Other <b>story</b> & more' }],
});

describe('/compare on Telegram', () => {
  it('shows typing and a progress message while fetching, then replaces it with the coverage card and the first page', async () => {
    const story = breakdown({ outlets: 12 });
    let release!: () => void;
    const fetched = new Promise<void>((resolve) => (release = resolve));
    harness = await startHarness({
      services: {
        compare: async (topic, progress) => {
          await progress(`Searching for "${topic}" in 12 outlets…`);
          await fetched;
          return story;
        },
        breakdown: async (id) => (id === story.story.id ? story : null),
      },
    });
    const { double } = harness;
    double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/compare harbour fire' }));
    const typing = await double.waitFor('sendChatAction');
    expect(typing.params).toMatchObject({ chat_id: String(alice.id), action: 'typing' });
    const progress = await double.waitFor('sendMessage');
    expect(progress.params.text).toContain('Searching for &quot;harbour fire&quot; in 12 outlets');
    release();
    const edit = await double.waitFor('sendMessage', undefined, { count: 2 });
    const removed = double.callsTo('deleteMessage')[0]!;
    expect(removed.params.message_id).toBe(100);
    const photo = double.callsTo('sendPhoto')[0]!;
    expect(double.calls.indexOf(removed)).toBeLessThan(double.calls.indexOf(photo));
    expect(double.calls.indexOf(photo)).toBeLessThan(double.calls.indexOf(edit));
    expect(photo.files.photo?.filename).toBe('card.png');
    expect(String(photo.params.caption)).toContain('Fire at Velmora harbour warehouse');
    const messageId = 102;
    const text = String(edit.params.text);
    expect(text).toContain('<b>Fire at Velmora harbour warehouse</b>');
    expect(text).toContain('12 reports from 12 outlets');
    expect(edit.params.parse_mode).toBe('HTML');
    expect(edit.params.link_preview_options).toEqual({ is_disabled: true });
    const keyboard = (edit.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    const next = keyboard.flat().find((b) => b.text.startsWith('Next'))!;
    expect(next.callback_data).toBe('bd:s-velmora00001:1');

    const press = callbackQuery({ from: alice, chat: privateChat(alice.id), messageId, data: next.callback_data });
    double.push(press);
    const answer = await double.waitFor('answerCallbackQuery');
    const paged = await double.waitFor('editMessageText');
    expect(answer.params.callback_query_id).toBe((press.callback_query as { id: string }).id);
    expect(paged.params.message_id).toBe(messageId);
    expect(String(paged.params.text)).toContain('Where they differ · page 2 of');
    expect(String(paged.params.text)).toContain('more than 60');
    expect(double.message(alice.id, messageId)?.text).toBe(paged.params.text);
  });

  it('pages a 40-outlet breakdown through every outlet, each page a valid message within 4,096 characters', async () => {
    const story = breakdown({ outlets: 40 });
    harness = await startHarness({ services: { compare: async () => story, breakdown: async () => story } });
    const { double } = harness;
    const group = supergroup(-100777);
    double.push(commandMessage({ chat: group, from: alice, text: '/compare@ParallaxTestBot Velmora fire' }));
    const first = await double.waitFor('sendMessage');
    const messageId = 100;
    const pages = [String(first.params.text)];
    let markup = first.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] };
    for (let n = 2; ; n++) {
      const next = markup.inline_keyboard.flat().find((b) => b.text.startsWith('Next'));
      if (!next) break;
      double.push(callbackQuery({ from: alice, chat: group, messageId, data: next.callback_data }));
      const edit = await double.waitFor('editMessageText', undefined, { count: n - 1 });
      pages.push(String(edit.params.text));
      markup = edit.params.reply_markup as typeof markup;
    }
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) {
      expect(page.length).toBeLessThanOrEqual(4096);
      expect(checkTelegramHtml(page)).toMatchObject({ ok: true });
    }
    const all = pages.join('\n');
    for (let i = 1; i <= 40; i++) expect(all).toContain(`>Outlet ${i}</a>`);
  });

  it('escapes hostile titles and outlet names so they stay text', async () => {
    const hostile = withOthers({
      headline: '<script>alert(1)</script> & "quotes"',
      reports: [1, 2].map((i) => ({
        ...breakdown().reports[i - 1]!,
        outlet: `"><a href="javascript:alert(${i})">x</a>`,
        title: 'Fish & Chips <b>bold</b> "quoted"',
        url: `https://evil.example/?q="><script>${i}`,
        summary: ['1 < 2 && 3 > 2, says <i>nobody</i>.'],
      })),
    });
    harness = await startHarness({ services: { compare: async () => hostile, breakdown: async () => hostile } });
    const { double } = harness;
    double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/compare fish' }));
    const first = await double.waitFor('sendMessage');
    const summary = String(first.params.text);
    expect(summary).toContain('<b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</b>');
    // The other stories the topic found, escaped, each with the command that opens it.
    expect(summary).toContain(
      '🔎 Also matching your topic:\nOther &lt;b&gt;story&lt;/b&gt; &amp; more · <code>/compare s-0123456789ab</code>',
    );
    double.push(callbackQuery({ from: alice, chat: privateChat(alice.id), messageId: 100, data: `bd:${hostile.story.id}:2` }));
    const outlets = String((await double.waitFor('editMessageText')).params.text);
    expect(outlets).toContain(
      '<a href="https://evil.example/?q=&quot;&gt;&lt;script&gt;1">&quot;&gt;&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;</a>',
    );
    expect(outlets).toContain('<i>Fish &amp; Chips &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;</i>');
    expect(outlets).toContain('1 &lt; 2 &amp;&amp; 3 &gt; 2, says &lt;i&gt;nobody&lt;/i&gt;.');
    for (const text of [summary, outlets]) {
      const parsed = checkTelegramHtml(text);
      expect(parsed).toMatchObject({ ok: true });
      expect(text).not.toMatch(/<script|href="javascript/i);
    }
  });

  it('says so when nothing reports on the topic, and answers an expired page with an alert', async () => {
    harness = await startHarness();
    const { double } = harness;
    double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/compare nothing here' }));
    expect(String((await double.waitFor('sendMessage')).params.text)).toContain('No outlet has reported on &quot;nothing here&quot; yet');
    double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/compare' }));
    expect(String((await double.waitFor('sendMessage', undefined, { count: 2 })).params.text)).toBe(
      '⚠️ Give a topic, for example: /compare earthquake Turkey',
    );
    double.push(callbackQuery({ from: alice, chat: privateChat(alice.id), messageId: 100, data: 'bd:s-gone:1' }));
    const answer = await double.waitFor('answerCallbackQuery');
    expect(answer.params).toMatchObject({ show_alert: true });
    expect(String(answer.params.text)).toContain('expired');
    expect(double.callsTo('editMessageText')).toHaveLength(0);
  });

  it('opens the story a /compare <story id> names, and says plainly when that story has expired', async () => {
    const story = breakdown({ outlets: 3, id: 's-5e1a0ca00001' });
    const searched: string[] = [];
    harness = await startHarness({
      services: { compare: async (topic) => (searched.push(topic), null), breakdown: async (id) => (id === story.story.id ? story : null) },
    });
    const { double } = harness;
    double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: `/compare ${story.story.id}` }));
    expect(String((await double.waitFor('sendMessage')).params.text)).toContain('<b>Fire at Velmora harbour warehouse</b>');
    double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/compare s-0000000000ff' }));
    expect(String((await double.waitFor('sendMessage', undefined, { count: 2 })).params.text)).toContain(
      'No current story has the id s-0000000000ff: it has expired',
    );
    // An id no current story has is not searched for as a topic.
    expect(searched).toEqual([]);
  });

  it('says the network failed when every news search failed, not that nothing reports on the topic', async () => {
    harness = await startHarness({
      services: {
        compare: async () => {
          throw new NewsSearchFailed('network', 6, 'dns');
        },
      },
    });
    harness.double.push(commandMessage({ chat: privateChat(alice.id), from: alice, text: '/compare volcano Ostrava' }));
    const text = String((await harness.double.waitFor('sendMessage')).params.text);
    expect(text).toContain(
      'No current story covers &quot;volcano Ostrava&quot;, and the news search that would look further cannot be reached right now. Try fewer or other words, or again in a few minutes; /stories lists the current ones.',
    );
    expect(text).not.toContain('No outlet');
  });

  it('still answers the button when the page cannot be shown', async () => {
    const story = breakdown({ outlets: 8 });
    harness = await startHarness({ services: { breakdown: async () => story } });
    harness.double.fail({ method: 'editMessageText', error: { error_code: 400, description: 'Bad Request: message to edit not found' } });
    harness.double.push(callbackQuery({ from: alice, chat: privateChat(alice.id), messageId: 55, data: `bd:${story.story.id}:1` }));
    const answer = await harness.double.waitFor('answerCallbackQuery');
    expect(answer.params.text).toBe('Could not show that page. Please try again.');
  });
});
