import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callsFor } from '../discord/bot-harness.ts';
import { startAppProcess, type AppProcess } from '../support/app-process.ts';
import { FakeDiscord, IDS } from '../support/fake-discord/fake-discord.ts';
import { FLOOD, startNewsSite, WILDFIRE, type NewsSite } from '../support/news-site.ts';
import { BotApiDouble } from '../support/telegram-double/bot-api-double.ts';
import { callbackQuery, commandMessage, supergroup, user } from '../support/telegram-double/updates.ts';

/**
 * The app as users run it: `node src/bin.mjs start` in its own process, every module loaded together,
 * configured only through environment variables, serving the fake Discord and the Bot API double at once
 * and ingesting a loopback news site every two seconds. Bugs that only appear when everything is loaded
 * together (two copies of one dependency, a global one library sets for another) show up here and nowhere else.
 */

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TOKEN = '123456:APP-e2e-token-abcdefghijklmnop';
const group = supergroup(-100777001);
const admin = user(9001, 'Mira');

let site: NewsSite;
let discord: FakeDiscord;
let telegram: BotApiDouble;
let app: AppProcess;
let dir: string;

/** The daily time (UTC HH:MM) of the next briefing slot at least 15 s away, and when it falls. */
function nextSlot(): { time: string; at: number } {
  const at = Math.ceil((Date.now() + 15_000) / 60_000) * 60_000;
  return { time: new Date(at).toISOString().slice(11, 16), at };
}
const slot = nextSlot();

const discordCalls = (method: string, path: RegExp) => discord.callsTo(method, path);

async function discordReply(id: string, test: (body: any) => boolean) {
  return discord.waitFor(
    () => callsFor(discord, id).find((c) => (c.method === 'PATCH' || c.path.endsWith('/callback')) && c.body && test(c.body)),
    30_000,
  );
}

const telegramSays = (test: (text: string) => boolean) => (p: Record<string, unknown>) =>
  String(p.chat_id) === String(group.id) && test(String(p.text ?? ''));

beforeAll(async () => {
  site = await startNewsSite([FLOOD], Date.now() - 8 * 3_600_000);
  discord = await FakeDiscord.start();
  telegram = await BotApiDouble.start();
  telegram.setMember(group.id, admin.id, 'administrator');
  dir = mkdtempSync(join(tmpdir(), 'parallax-app-'));
  app = startAppProcess({
    PARALLAX_DATA_DIR: join(dir, 'data'),
    PARALLAX_SOURCES: site.writeSources(dir),
    PARALLAX_ALLOW_PRIVATE_NETWORKS: '1',
    INGEST_CRON: '*/2 * * * * *',
    DISCORD_TOKEN: 'fake-bot-token',
    DISCORD_API_URL: discord.apiUrl,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
  });
  await app.waitForOutput(/serving Discord and Telegram/, 60_000);
  await app.waitForOutput(/ingestion run finished/, 30_000);
}, 90_000);

afterAll(async () => {
  const code = await app?.stop();
  if (process.env.PARALLAX_E2E_LOG) (await import('node:fs')).writeFileSync(process.env.PARALLAX_E2E_LOG, app.output());
  await site?.close();
  await discord?.close();
  await telegram?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  expect(code).toBe(0);
}, 30_000);

describe('the assembled app (node src/bin.mjs start) on Discord and Telegram', () => {
  it('subscribes both channels to a daily briefing of the flood at the next minute', async () => {
    const id = discord.command('subscribe', { topic: 'flood Marrow Creek', time: slot.time, timezone: 'UTC' });
    const reply = await discordReply(id, (b) => JSON.stringify(b).includes('Subscribed'));
    expect(JSON.stringify(reply.body)).toContain('flood Marrow Creek');
    telegram.push(
      commandMessage({ chat: group, from: admin, text: `/subscribe flood Marrow Creek mode=daily time=${slot.time} timezone=UTC` }),
    );
    const answer = await telegram.waitFor(
      'sendMessage',
      telegramSays((t) => t.includes('Subscribed')),
      { timeoutMs: 30_000 },
    );
    expect(String(answer.params.text)).toContain('flood Marrow Creek');
  }, 60_000);

  it('/compare on Discord posts the breakdown embed with the coverage card attached', async () => {
    const id = discord.command('compare', { topic: 'flood Marrow Creek' });
    const final = await discordReply(id, (b) => (b.embeds?.length ?? 0) > 0);
    expect(final.method).toBe('PATCH');
    expect(final.body.embeds[0].title).toMatch(/Marrow Creek/);
    expect(final.files.map((f) => f.filename)).toEqual(['card.png']);
    expect(final.files[0]!.data.subarray(0, 8).equals(PNG)).toBe(true);
    expect(final.body.embeds[0].image).toEqual({ url: 'attachment://card.png' });
    const errors = callsFor(discord, id).filter((c) => /went wrong/i.test(JSON.stringify(c.body)));
    expect(errors).toEqual([]);

    const buttons = (final.body.components as { components: { custom_id: string }[] }[]).flatMap((row) => row.components);
    const divergences = buttons.find((b) => b.custom_id.startsWith('px:div:'));
    expect(divergences, JSON.stringify(buttons)).toBeDefined();
    const press = discord.press(divergences!.custom_id, discord.id(), 'member', ['card.png']);
    const page = await discordReply(press, (b) => b.type === 7);
    expect(page.body.data.embeds[0].description).toMatch(/police|hospital|12|15/i);
  }, 60_000);

  it('/compare on Telegram sends the card, then the breakdown, and a button turns the page', async () => {
    telegram.push(commandMessage({ chat: group, from: admin, text: '/compare flood Marrow Creek' }));
    const photo = await telegram.waitFor('sendPhoto', (p) => String(p.chat_id) === String(group.id), { timeoutMs: 30_000 });
    expect(photo.files.photo!.data.subarray(0, 8).equals(PNG)).toBe(true);
    const first = await telegram.waitFor(
      'sendMessage',
      (p) => String(p.chat_id) === String(group.id) && p.reply_markup !== undefined && /Marrow Creek/.test(String(p.text)),
      { timeoutMs: 30_000 },
    );
    const keyboard = (first.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    const next = keyboard.find((b) => b.text.startsWith('Next'));
    expect(next, JSON.stringify(keyboard)).toBeDefined();
    const message = telegram
      .messagesIn(group.id)
      .find((m) => m.text && m.params.reply_markup !== undefined && /Marrow Creek/.test(String(m.params.text)));
    telegram.push(callbackQuery({ from: admin, chat: group, messageId: message!.messageId, data: next!.callback_data }));
    const paged = await telegram.waitFor('editMessageText', (p) => p.message_id === message!.messageId, { timeoutMs: 30_000 });
    expect(String(paged.params.text)).toMatch(/page 2/);
  }, 60_000);

  it('a story that breaks after /subscribe is posted live to both channels, with its card', async () => {
    const id = discord.command('subscribe', { topic: 'Pellam Ridge', mode: 'live', min_outlets: 2 });
    await discordReply(id, (b) => JSON.stringify(b).includes('Subscribed'));
    telegram.push(commandMessage({ chat: group, from: admin, text: '/subscribe Pellam Ridge mode=live min_outlets=2' }));
    await telegram.waitFor(
      'sendMessage',
      telegramSays((t) => t.includes('Subscribed') && t.includes('Pellam Ridge')),
      { timeoutMs: 30_000 },
    );

    site.publish(WILDFIRE);
    const post = await discord.waitFor(
      () =>
        discordCalls('POST', new RegExp(`^/channels/${IDS.channel}/messages$`)).find((c) =>
          /Pellam Ridge/.test(JSON.stringify(c.body?.embeds ?? [])),
        ),
      40_000,
    );
    expect(post.files.map((f) => f.filename)).toEqual(['card.png']);
    expect(post.files[0]!.data.subarray(0, 8).equals(PNG)).toBe(true);
    const livePhoto = await telegram.waitFor(
      'sendPhoto',
      (p) => String(p.chat_id) === String(group.id) && /Pellam Ridge/.test(String(p.caption)),
      { timeoutMs: 40_000 },
    );
    expect(livePhoto.files.photo!.data.subarray(0, 8).equals(PNG)).toBe(true);
    await telegram.waitFor(
      'sendMessage',
      telegramSays((t) => /Pellam Ridge/.test(t)),
      { timeoutMs: 20_000 },
    );
  }, 90_000);

  it('the daily briefing arrives in both channels at its time, once each', async () => {
    const briefingOnDiscord = () =>
      discordCalls('POST', new RegExp(`^/channels/${IDS.channel}/messages$`)).filter(
        (c) => c.at >= slot.at && /Briefing: flood Marrow Creek/.test(JSON.stringify(c.body)),
      );
    const briefingOnTelegram = () =>
      telegram.callsTo(
        'sendMessage',
        telegramSays((t) => t.includes('Briefing: flood Marrow Creek')),
      );
    await discord.waitFor(() => briefingOnDiscord().length > 0, Math.max(0, slot.at - Date.now()) + 45_000);
    expect(Date.now()).toBeGreaterThanOrEqual(slot.at);
    await telegram.waitFor(
      'sendMessage',
      telegramSays((t) => t.includes('Briefing: flood Marrow Creek')),
      { timeoutMs: 20_000 },
    );
    await new Promise((r) => setTimeout(r, 3000));
    expect(briefingOnDiscord()).toHaveLength(1);
    expect(briefingOnTelegram()).toHaveLength(1);
    expect(JSON.stringify(briefingOnDiscord()[0]!.body)).toMatch(/Deadly flood hits Marrow Creek/);
    expect(String(briefingOnTelegram()[0]!.params.text)).toMatch(/Deadly flood hits Marrow Creek/);
  }, 150_000);

  it('logged no warning or error while serving a healthy site and healthy platforms', () => {
    const bad = app.logs().filter((l) => Number(l.level) >= 40);
    expect(bad).toEqual([]);
    expect(app.output()).not.toMatch(/action is not a function|MaxListenersExceededWarning|UnhandledPromiseRejection/);
  });
});
