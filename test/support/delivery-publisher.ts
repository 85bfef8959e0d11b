import type { ChannelRef, Platform } from '../../src/domain/channel.ts';
import type { Clock } from '../../src/domain/clock.ts';
import type { DeliveryPayload, Publisher, PublishResult, RateLimits } from '../../src/domain/delivery.ts';

/** One call a recording publisher received. */
export interface PublishCall {
  op: 'send' | 'edit';
  channel: ChannelRef;
  messageIds: string[];
  payload: DeliveryPayload;
  at: number;
}

/** Telegram's documented limits: 1 message/s per chat, 20/min per group, about 30/s overall. */
export const TELEGRAM_LIMITS: RateLimits = { perChatPerSecond: 1, perGroupPerMinute: 20, globalPerSecond: 30 };

/**
 * A publisher that records every call with the clock's time and answers from a script
 * (a function of the call), "sent" with a fresh message id by default.
 */
export class RecordingPublisher implements Publisher {
  readonly calls: PublishCall[] = [];
  private next = 0;

  constructor(
    private readonly clock: Clock,
    readonly limits: RateLimits = TELEGRAM_LIMITS,
    private readonly script: (call: PublishCall, index: number) => PublishResult | null = () => null,
    readonly platform: Platform = 'telegram',
  ) {}

  /** Telegram's rule when it stands in for Telegram (group and channel ids are negative); no groups elsewhere. */
  isGroupChat(channel: ChannelRef): boolean {
    return this.platform === 'telegram' && channel.chatId.startsWith('-');
  }

  async send(channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> {
    return this.answer({ op: 'send', channel, messageIds: [], payload, at: this.clock.now() });
  }

  async edit(channel: ChannelRef, messageIds: string[], payload: DeliveryPayload): Promise<PublishResult> {
    return this.answer({ op: 'edit', channel, messageIds, payload, at: this.clock.now() });
  }

  private answer(call: PublishCall): PublishResult {
    this.calls.push(call);
    return (
      this.script(call, this.calls.length - 1) ?? { kind: 'sent', messageIds: call.op === 'edit' ? call.messageIds : [`m${++this.next}`] }
    );
  }
}
