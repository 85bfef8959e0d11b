import type { z } from 'zod';
import type { Breakdown } from '../src/domain/breakdown.ts';
import type { Actor, ChannelRef, Platform } from '../src/domain/channel.ts';
import type { Briefing } from '../src/domain/delivery.ts';
import type { Source } from '../src/domain/source.ts';
import type { StoryLine } from '../src/domain/story.ts';
import type { Subscription } from '../src/domain/subscription.ts';
import type { CommandServices } from './services.ts';

export type { Platform, StoryLine };

/** One option of a command, described once for every platform (Discord builds slash options from it). */
export interface CommandOption {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'boolean';
  required?: boolean;
  choices?: readonly string[];
  /** Offer suggestions while the user types (Discord autocomplete). */
  autocomplete?: boolean;
  maxLength?: number;
}

/** Who is asking, where, and what the core offers them. */
export interface CommandContext {
  platform: Platform;
  user: { id: string; name: string };
  /** Where the command was typed; configuration commands act on this channel. */
  channel: ChannelRef;
  services: CommandServices;
  /** Answers whether this user may configure this channel (platform-specific: Manage Channels, chat admin…). */
  canConfigure(): Promise<boolean>;
  /** Shows progress on a long command ("Fetching 12 outlets… 7/12"); adapters may throttle it. */
  progress(text: string): Promise<void>;
  /** What this platform calls the right to configure a channel ("Manage Channels", "chat administrators"), for refusals and /help. */
  configureRight?: string;
  /** The operator's own prompt (the terminal, `parallax compare`): not a shared chat, so per-user limits such as the /compare cooldown do not apply. */
  operator?: boolean;
}

/** Who ran the command, for the audit trail of what they changed. */
export function actorOf(ctx: CommandContext): Actor {
  return { platform: ctx.platform, userId: ctx.user.id, name: ctx.user.name };
}

/** A check that runs before a command's handler; returns a refusal message or null to go on. */
export type Precondition = (ctx: CommandContext) => Promise<string | null>;

/** One command as /help lists it. */
export interface CommandSummary {
  name: string;
  /** The options as typed: `<topic>` required, `[mode]` optional. */
  usage: string;
  description: string;
  /** Whether only users who may configure the channel can run it. */
  configures: boolean;
  /** Each option explained, when /help was asked about this one command. */
  options?: { name: string; description: string; required: boolean; example?: string }[];
}

/** What a command returns: a platform-neutral value each adapter renders. */
export type CommandResult =
  | { kind: 'breakdown'; breakdown: Breakdown }
  | { kind: 'sources'; sources: Source[]; total: number; filter: string | null }
  /**
   * `from`: the place of the first line in the whole list (1 for its start); `total`: how many stories there are, when
   * known; `next`: the command that lists the next page, when there is one.
   */
  | { kind: 'stories'; stories: StoryLine[]; from?: number; total?: number; next?: string }
  | { kind: 'subscribed'; subscription: Subscription; created: boolean }
  /** `kept`: subscriptions a topic was taken out of, with the topics they still follow. */
  | { kind: 'unsubscribed'; removed: Subscription[]; kept?: Subscription[] }
  /** /unsubscribe with nothing named, or naming none of them (`unmatched`): what the channel follows, to pick from. */
  | { kind: 'unsubscribe-which'; subscriptions: Subscription[]; unmatched?: string }
  /** What the channel follows; `changed` when they are the subscriptions /pause or /resume just changed. */
  | { kind: 'subscriptions'; subscriptions: Subscription[]; changed?: 'paused' | 'resumed' }
  | { kind: 'briefing'; briefing: Briefing }
  | { kind: 'help'; commands: CommandSummary[]; configureRight: string }
  | { kind: 'text'; text: string }
  | { kind: 'refused'; message: string }
  | { kind: 'error'; message: string };

/** A command defined once: name, options, who may run it, and its handler. */
export interface Command<Schema extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  options: CommandOption[];
  /** Validates and normalises the options an adapter collected. */
  schema: Schema;
  preconditions: Precondition[];
  /** `configure`: only users who may configure the channel (moderators, chat administrators) may run it; checked first. */
  requires?: 'configure';
  /** Whether it may take long (news searches, page reads): adapters acknowledge it at once and show progress. */
  slow?: boolean;
  run(ctx: CommandContext, options: z.infer<Schema>): Promise<CommandResult>;
  /** Suggestions for an option while the user types. */
  suggest?(ctx: CommandContext, option: string, typed: string): Promise<{ name: string; value: string }[]>;
}

/** Whether a command changes what a channel follows, so only users who may configure the channel can run it. */
export function configures(command: Command): boolean {
  return command.requires === 'configure';
}

/**
 * How a command's options are typed after its name, as text platforms read them (commands/text-arguments.ts):
 * `<topic>` when required; an optional one beside a required one is only set by name, `[mode=…]`; when none is
 * required the words fill them in order, `[limit]`.
 */
export function usageOf(command: Command): string {
  const named = command.options.some((o) => o.required);
  return command.options.map((o) => (o.required ? ` <${o.name}>` : named ? ` [${o.name}=…]` : ` [${o.name}]`)).join('');
}

/** Declares a command with its option types inferred from its schema. */
export function defineCommand<Schema extends z.ZodType>(command: Command<Schema>): Command<Schema> {
  return command;
}
