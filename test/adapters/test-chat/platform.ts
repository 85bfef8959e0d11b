import type { CommandResult } from '../../../commands/command.ts';
import { definePlatform, type PlatformAdapter, type PlatformDeps } from '../../../src/adapters/platform-adapter.ts';
import { optionalText } from '../../../src/config/setting-types.ts';
import type { ChannelRef } from '../../../src/domain/channel.ts';
import type { DeliveryPayload, Publisher, PublishResult } from '../../../src/domain/delivery.ts';
import { presentBreakdown } from '../../../src/present/present-breakdown.ts';
import { presentBriefing } from '../../../src/present/present-briefing.ts';
import { presentResult } from '../../../src/present/present-result.ts';
import { lineText } from '../../../src/present/presentation.ts';

/** TestChat's one limit: 500 characters a message, at most 8 messages a reply. */
export const TESTCHAT_LIMITS = { chars: 500, messages: 8 };

/** A send error TestChat's (imaginary) API throws: 410 the chat is gone, 429 slow down. */
export class TestChatError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter = 0,
  ) {
    super(`TestChat answered ${status}`);
  }
}

/** Plain text cut into messages of at most 500 characters, at most 8 (the last then says what was left out). */
function messages(text: string): string[] {
  const parts: string[] = [];
  for (let rest = text; rest.length > 0; rest = rest.slice(TESTCHAT_LIMITS.chars)) parts.push(rest.slice(0, TESTCHAT_LIMITS.chars));
  return parts.length <= TESTCHAT_LIMITS.messages
    ? parts
    : [...parts.slice(0, TESTCHAT_LIMITS.messages - 1), `… ${parts.length - TESTCHAT_LIMITS.messages + 1} more left out.`];
}

/** TestChat's rendering: the shared presentation as plain lines, a breakdown cut short to its headline, gists and counts. */
function render(result: CommandResult): string {
  if (result.kind === 'breakdown') {
    const view = presentBreakdown(result.breakdown);
    return [view.heading, ...view.divergences.map((d) => `${d.label}${d.runsOn ? ' ' : ': '}${d.gist}`), view.coverage.counts].join('\n');
  }
  if (result.kind === 'briefing') {
    const view = presentBriefing(result.briefing);
    return [view.heading, ...view.items.map((i) => `${i.number} ${i.headline}`)].join('\n');
  }
  const p = presentResult(result);
  return [p.heading, ...p.lines.map(lineText)].filter(Boolean).join('\n');
}

/** What TestChat's publisher posted, for tests to read. */
export const posted: { channel: ChannelRef; text: string }[] = [];

class TestChatPublisher implements Publisher {
  readonly platform = 'testchat';
  readonly limits = { perChatPerSecond: 1, perGroupPerMinute: 30, globalPerSecond: 10 };
  private count = 0;

  async send(channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> {
    const text = render(
      payload.kind === 'breakdown' ? { kind: 'breakdown', breakdown: payload.breakdown } : { kind: 'briefing', briefing: payload.briefing },
    );
    posted.push({ channel, text });
    return { kind: 'sent', messageIds: [`m${++this.count}`] };
  }

  async edit(_channel: ChannelRef, messageIds: string[]): Promise<PublishResult> {
    return { kind: 'sent', messageIds };
  }
}

class TestChatAdapter implements PlatformAdapter {
  readonly publisher = new TestChatPublisher();
  running = false;
  constructor(readonly deps: PlatformDeps) {}
  async start(): Promise<void> {
    this.running = true;
  }
  async stop(): Promise<void> {
    this.running = false;
  }
}

/**
 * A fourth platform that lives only in test/: it plugs in through the registry's list and passes the adapter contract
 * with nothing outside this folder changed. Its settings: TESTCHAT_TOKEN turns it on.
 */
export const testChatPlatform = definePlatform({
  id: 'testchat',
  name: 'TestChat',
  settings: { TESTCHAT_TOKEN: optionalText },
  secretKeys: ['TESTCHAT_TOKEN'],
  credential: 'TESTCHAT_TOKEN',
  enabled: (s) => Boolean(s.TESTCHAT_TOKEN),
  async create(_settings, deps) {
    return new TestChatAdapter(deps);
  },
  configureRight: 'chat owners',
  privateReplies: true,
  async reply(result) {
    const parts = messages(render(result));
    return {
      parts: parts.map((text) => ({ text, limit: TESTCHAT_LIMITS.chars })),
      messages: parts.length,
      private: result.kind === 'refused' || result.kind === 'error',
    };
  },
  async classifyFailure(error) {
    if (error instanceof TestChatError && error.status === 410) return { kind: 'gone', reason: error.message };
    if (error instanceof TestChatError && error.status === 429)
      return { kind: 'retry', afterSeconds: error.retryAfter || 5, reason: error.message };
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  },
});
