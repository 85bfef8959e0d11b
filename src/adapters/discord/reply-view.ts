import type { CommandResult } from '../../../commands/command.ts';
import type { ReplyPart, ReplyView } from '../platform-adapter.ts';
import { privateWhenRefused } from './handle-command.ts';
import { LIMITS } from './limits.ts';
import { embedSize, type DiscordMessage } from './message.ts';
import { renderBreakdownPages } from './render-breakdown.ts';
import { renderDivergencePages } from './render-divergences.ts';
import { renderReply } from './render-reply.ts';

/** A button's label may hold 80 characters. */
const BUTTON_LABEL = 80;

/**
 * How Discord answers a command result, measured against its limits (for the adapter contract suite): the reply, and
 * for a breakdown every outlet and divergence page its buttons open.
 */
export async function replyView(result: CommandResult): Promise<ReplyView> {
  const message = await renderReply(result);
  const pages: ReplyPart[][] = [];
  if (result.kind === 'breakdown') {
    pages.push(...renderBreakdownPages(result.breakdown).slice(1).map(messageParts));
    pages.push(...renderDivergencePages(result.breakdown).map(messageParts));
  }
  return {
    parts: messageParts(message),
    pages,
    messages: Math.ceil(Math.max(message.embeds.length, 1) / LIMITS.embeds),
    private: privateWhenRefused(result),
  };
}

/** A message's texts with Discord's limit for each, the embeds' sum and the buttons included. */
function messageParts(message: DiscordMessage): ReplyPart[] {
  const embeds = message.embeds;
  const total = embeds.reduce((sum, e) => sum + embedSize(e), 0);
  const buttons = message.components.flatMap((row) => row.components);
  return [
    { text: message.content ?? '', limit: LIMITS.content },
    { text: 'x'.repeat(total), limit: LIMITS.embedTotal },
    { text: 'x'.repeat(embeds.length), limit: LIMITS.embeds },
    ...embeds.map((e) => ({ text: e.title ?? '', limit: LIMITS.embedTitle })),
    ...embeds.map((e) => ({ text: e.description ?? '', limit: LIMITS.embedDescription })),
    ...embeds.map((e) => ({ text: e.footer?.text ?? '', limit: LIMITS.footer })),
    ...embeds.map((e) => ({ text: 'x'.repeat(e.fields?.length ?? 0), limit: LIMITS.embedFields })),
    ...embeds.flatMap((e) => (e.fields ?? []).map((f) => ({ text: f.name, limit: LIMITS.fieldName }))),
    ...embeds.flatMap((e) => (e.fields ?? []).map((f) => ({ text: f.value, limit: LIMITS.fieldValue }))),
    ...buttons.map((b) => ({ text: 'label' in b ? (b.label ?? '') : '', limit: BUTTON_LABEL })),
    ...buttons.map((b) => ({ text: 'custom_id' in b ? b.custom_id : '', limit: LIMITS.customId })),
  ];
}
