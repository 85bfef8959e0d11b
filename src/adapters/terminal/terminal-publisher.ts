import type { ChannelRef } from '../../domain/channel.ts';
import type { DeliveryPayload, Publisher, PublishResult, RateLimits } from '../../domain/delivery.ts';
import { renderBreakdown, renderText } from './render-text.ts';

/** Delivers to the terminal: prints live posts and briefings where the prompt is. */
export class TerminalPublisher implements Publisher {
  readonly platform = 'terminal' as const;
  readonly limits: RateLimits = { perChatPerSecond: 5, perGroupPerMinute: 300, globalPerSecond: 50 };
  private count = 0;

  /** `print` shows one message (the terminal adapter's `notify`, or a stream's write). */
  constructor(private readonly print: (text: string) => void) {}

  async send(_channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> {
    const id = `terminal-${++this.count}`;
    this.print(`\n${render(payload)}`);
    return { kind: 'sent', messageIds: [id] };
  }

  async edit(_channel: ChannelRef, messageIds: string[], payload: DeliveryPayload): Promise<PublishResult> {
    this.print(`\n(updated) ${render(payload)}`);
    return { kind: 'sent', messageIds };
  }
}

function render(payload: DeliveryPayload): string {
  return payload.kind === 'breakdown' ? renderBreakdown(payload.breakdown) : renderText({ kind: 'briefing', briefing: payload.briefing });
}
