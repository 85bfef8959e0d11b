import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { SubscribeRequest } from '../../commands/services.ts';
import { enabledPlatforms, isEnabled, platforms } from '../../src/adapters/registry.ts';
import { TerminalAdapter } from '../../src/adapters/terminal/terminal-adapter.ts';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/log.ts';
import { NewsSearchFailed } from '../../src/newsroom/news-search-failed.ts';
import { OnlyOldNews } from '../../src/newsroom/only-old-news.ts';
import { testContext } from '../support/command-context.ts';

function adapter() {
  const requests: SubscribeRequest[] = [];
  const topics: string[] = [];
  const { ctx } = testContext({
    sources: () => [
      { id: 'a', name: 'Alpha Daily', country: 'DE', language: 'de', feeds: ['https://a.example/rss'] },
      { id: 'b', name: 'Beta News', country: 'UA', language: 'uk', feeds: ['https://b.example/rss'] },
    ],
    compare: async (topic) => (topics.push(topic), null),
  });
  ctx.services.subscriptions.list = async () => [];
  ctx.services.subscriptions.subscribe = async (channel, request, by) => {
    requests.push(request);
    const subscription = {
      id: 'sub1',
      channel,
      topics: [request.topic],
      exclude: [],
      mode: request.mode,
      minOutlets: 3,
      daily: request.time ? { time: request.time, timezone: request.timezone ?? 'UTC' } : null,
      paused: null,
    } as never;
    expect(by.platform).toBe('terminal');
    return { subscription, created: true };
  };
  const output = new PassThrough();
  const terminal = new TerminalAdapter({ services: ctx.services, input: new PassThrough(), output, log: silentLogger });
  return { terminal, requests, topics, output };
}

/** A session's streams with no sources behind it, and what it has printed so far. */
function session() {
  const { ctx } = testContext({ sources: () => [] });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  return { ctx, input, output, printed: () => text };
}

describe('terminal adapter', () => {
  it('lists every command in /help', async () => {
    const { terminal } = adapter();
    const help = await terminal.answer('/help');
    for (const name of ['compare', 'sources', 'stories', 'subscribe', 'unsubscribe', 'subscriptions', 'briefing', 'help', 'quit'])
      expect(help).toContain(`/${name}`);
  });

  it('explains one command with /help <command>: each option, which are required, how optional ones are typed', async () => {
    const { terminal } = adapter();
    const subscribe = await terminal.answer('/help subscribe');
    expect(subscribe.split('\n')[0]).toMatch(/^\/subscribe <topic> \[mode=…\].*:$/);
    expect(subscribe).toMatch(/^ {2}topic — Topics, comma-separated.* · required$/m);
    expect(subscribe).toMatch(/^ {2}timezone — IANA timezone/m);
    expect(subscribe).toContain('Type the optional ones as name=value, e.g. mode=daily');
    expect(subscribe).not.toContain('/quit');
    expect(subscribe).not.toContain('/compare');
    expect(await terminal.answer('/help /Briefing')).toContain('It takes no options.');
    expect(await terminal.answer('/help frobnicate')).toMatch(/^Error: There is no \/frobnicate\. Commands: \/compare, .*\/help\.$/);
  });

  it('explains unknown commands and text without a slash', async () => {
    const { terminal } = adapter();
    expect(await terminal.answer('/frobnicate now')).toBe('Unknown command "/frobnicate". Type /help for the list.');
    expect(await terminal.answer('hello')).toBe('Commands start with "/". Type /help for the list.');
    expect(await terminal.answer('   ')).toBe('');
    expect(await terminal.answer('/')).toBe('Type a command after "/", such as /compare earthquake. Type /help for the list.');
    expect(await terminal.answer('/ compare quake')).toContain('Type a command after "/"');
  });

  it('answers the next line after a line that failed, rather than ending the session', async () => {
    const { ctx, input, output, printed } = session();
    const terminal = new TerminalAdapter({ services: ctx.services, input, output, log: silentLogger });
    const answer = terminal.answer.bind(terminal);
    terminal.answer = async (line: string) => (line.includes('boom') ? Promise.reject(new Error('boom')) : answer(line));
    const done = terminal.run();
    input.write('/sources boom\n/sources\n');
    input.end();
    await done;
    expect(printed()).toContain('Something went wrong with that command');
    expect(printed()).toContain('No outlets (of 0).');
  });

  it('takes the rest of the line as the topic, and quoted values with spaces', async () => {
    const { terminal, topics, requests } = adapter();
    expect(await terminal.answer('/compare   earthquake in  Turkey ')).toBe(
      'No outlet has reported on "earthquake in Turkey" yet. Try fewer or different words.',
    );
    expect(topics).toEqual(['earthquake in Turkey']);
    expect(await terminal.answer('/subscribe "harbour fire" mode=daily time=07:30 timezone=Europe/Kyiv')).toMatch(
      /^Subscribed: "harbour fire" — daily briefing at 07:30 Europe\/Kyiv/,
    );
    expect(requests[0]).toMatchObject({ topic: 'harbour fire', mode: 'daily', time: '07:30', timezone: 'Europe/Kyiv' });
  });

  /** A terminal whose /compare fails with `error`, as the newsroom's compare throws it. */
  function failingCompare(error: Error): TerminalAdapter {
    const { ctx } = testContext({
      compare: async () => {
        throw error;
      },
    });
    return new TerminalAdapter({ services: ctx.services, input: new PassThrough(), output: new PassThrough(), log: silentLogger });
  }

  it('says the network failed when every news search failed', async () => {
    const terminal = failingCompare(new NewsSearchFailed('network', 6, 'dns'));
    expect(await terminal.answer('/compare volcano Ostrava')).toBe(
      'Error: No current story covers "volcano Ostrava", and the news search that would look further cannot be reached right now. Try fewer or other words, or again in a few minutes; /stories lists the current ones.',
    );
  });

  it("says the news search found only old reports, with the newest one's day, rather than that no outlet reported", async () => {
    const terminal = failingCompare(new OnlyOldNews(7, '2026-11-20T08:00:00.000Z', 4));
    expect(await terminal.answer('/compare Tessel dam')).toBe(
      'The news search found 7 reports on "Tessel dam", the newest from 2026-11-20: older than 4 days. Parallax compares current news, stories with a report in the last 4 days; /stories lists them.',
    );
  });

  it('refuses a quote left open and subscribes to nothing', async () => {
    const { terminal, requests } = adapter();
    expect(await terminal.answer('/subscribe "harbour fire')).toBe(
      '/subscribe: the quote in "harbour fire is not closed. Add the closing ", or leave the quote out.',
    );
    expect(requests).toEqual([]);
  });

  it('filters sources by named or positional options, and refuses unknown ones', async () => {
    const { terminal } = adapter();
    expect(await terminal.answer('/sources country=UA')).toMatch(/^1 outlet for country UA \(of 2\):\n {2}Beta News — UA, uk$/);
    expect(await terminal.answer('/sources DE')).toMatch(/Alpha Daily/);
    expect(await terminal.answer('/sources colour=red')).toBe('Error: /sources has no option "colour". Options: country, language.');
  });

  it('runs a session from its input until /quit', async () => {
    const { ctx, input, output, printed } = session();
    const terminal = new TerminalAdapter({ services: ctx.services, input, output, log: silentLogger });
    const done = terminal.run();
    input.write('/sources\n/quit\n/sources\n');
    await done;
    expect(printed()).toContain('No outlets (of 0).');
    expect(printed().match(/No outlets/g)).toHaveLength(1);
  });

  it('is the registry platform served without tokens: built through the registry, it reads once ready, posts through its publisher, and finishes at the end of input', async () => {
    const { ctx, input, output, printed } = session();
    let open: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (open = resolve));
    const deps = {
      services: ctx.services,
      channels: { channelGone: async () => {}, channelPaused: async () => {}, channelMoved: async () => {} },
      log: silentLogger,
      stdio: { input, output, interactive: false, ready: () => ready },
    };
    expect(platforms.filter((p) => isEnabled(p, loadConfig({ DISCORD_TOKEN: 'token' }))).map((p) => p.id)).toEqual(['discord']);
    const built = await enabledPlatforms(loadConfig({}), deps);
    expect(built.map((b) => b.definition.id)).toEqual(['terminal']);
    const { adapter } = built[0]!;
    let finished = false;
    void adapter.finished!.then(() => (finished = true));
    await adapter.start();
    input.write('/sources\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(printed()).toBe(''); // not ready yet: piped commands wait for the first ingestion
    open();
    input.end();
    await adapter.finished;
    expect(finished).toBe(true);
    expect(printed()).toContain('parallax> /sources\nNo outlets (of 0).');
    await adapter.publisher.send(
      { platform: 'terminal', chatId: 'terminal', threadId: null },
      {
        kind: 'briefing',
        briefing: { subscriptionId: 's', title: 'Daily: harbours', since: null, generatedAt: '2026-11-29T08:00:00Z', items: [] },
      },
    );
    expect(printed()).toContain('Daily: harbours\nNo new stories.');
    await adapter.stop();
  });
});
