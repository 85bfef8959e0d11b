import type { CommandResult } from '../../../commands/command.ts';
import type { ReplyView } from '../platform-adapter.ts';
import { privateWhenRefused } from './handle-command.ts';
import { LIMITS } from './limits.ts';
import { embedSize } from './message.ts';
import { renderReply } from './render-reply.ts';

/** How Discord answers a command result, measured against its limits (for the adapter contract suite). */
export async function replyView(result: CommandResult): Promise<ReplyView> {
  const message = await renderReply(result);
  const embeds = message.embeds ?? [];
  const total = embeds.reduce((sum, e) => sum + embedSize(e), 0);
  const parts = [
    { text: message.content ?? '', limit: LIMITS.content },
    { text: 'x'.repeat(total), limit: LIMITS.embedTotal },
    ...embeds.map((e) => ({ text: e.title ?? '', limit: LIMITS.embedTitle })),
    ...embeds.map((e) => ({ text: e.description ?? '', limit: LIMITS.embedDescription })),
    ...embeds.flatMap((e) => (e.fields ?? []).map((f) => ({ text: f.value, limit: LIMITS.fieldValue }))),
  ];
  return { parts, messages: Math.ceil(Math.max(embeds.length, 1) / LIMITS.embeds), private: privateWhenRefused(result) };
}
