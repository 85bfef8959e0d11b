import type { CommandResult } from '../../../commands/command.ts';
import type { Source } from '../../domain/source.ts';
import type { Subscription } from '../../domain/subscription.ts';
import { flag } from './flags.ts';
import { LIMITS } from './limits.ts';
import type { DiscordMessage } from './message.ts';
import { renderBreakdownPage } from './render-breakdown.ts';
import { renderBriefing } from './render-briefing.ts';
import { escapeText, fitWords, packLines } from './text-fit.ts';

const LIST_TEXT = 3900;

/** Any command result as a Discord message within the limits. */
export function renderResult(result: CommandResult): DiscordMessage {
  switch (result.kind) {
    case 'breakdown':
      return renderBreakdownPage(result.breakdown, 0);
    case 'sources':
      return list(`${result.sources.length} outlet${result.sources.length === 1 ? '' : 's'}${result.filter ? ` for ${result.filter}` : ''}${result.sources.length < result.total ? ` (of ${result.total})` : ''}`, result.sources.map(sourceLine), 'Narrow the list with the country or language options.');
    case 'stories':
      return list('Current stories', result.stories.map((s) => `**${s.outlets}** outlets · ${escapeText(s.headline)} · \`${s.id}\``), "Use /compare with a story's id (or pick it from /compare's suggestions), or with a topic.");
    case 'subscribed':
      return text(`${result.created ? 'Subscribed' : 'Updated'}: ${describeSubscription(result.subscription)}`);
    case 'unsubscribed':
      return text(result.removed.length === 0 ? 'Nothing to remove: no subscription here matches.' : `Removed: ${result.removed.map(describeSubscription).join('; ')}`);
    case 'subscriptions':
      return result.subscriptions.length === 0 ? text('This channel follows nothing yet. Try /subscribe.') : list('What this channel follows', result.subscriptions.map((s) => `• ${describeSubscription(s)}`), '');
    case 'briefing':
      return renderBriefing(result.briefing);
    case 'text':
      return text(result.text);
    case 'refused':
      return text(`Not allowed: ${result.message}`);
    case 'error':
      return text(result.message);
  }
}

/** A subscription in one line: topics, mode, paused state and id. */
export function describeSubscription(s: Subscription): string {
  const when = s.mode === 'daily' && s.daily ? `daily briefing at ${s.daily.time} ${escapeText(s.daily.timezone)}` : `live, from ${s.minOutlets} independent outlets`;
  const without = s.exclude.length > 0 ? ` without ${s.exclude.map(escapeText).join(', ')}` : '';
  return `"${s.topics.map(escapeText).join('", "')}"${without} — ${when}${s.paused ? ` — paused: ${escapeText(s.paused.reason)}` : ''} \`${s.id.replace(/`/g, '')}\``;
}

function sourceLine(s: Source): string {
  return `${flag(s.country)} **${escapeText(s.name)}** — ${[s.language, s.ownership].filter(Boolean).join(', ') || 'no details'}`;
}

function text(content: string): DiscordMessage {
  return { content: fitWords(content, LIMITS.content), embeds: [], components: [] };
}

function list(title: string, lines: string[], hint: string): DiscordMessage {
  if (lines.length === 0) return text(`${title}: none.`);
  const [first = ''] = packLines(lines, LIST_TEXT);
  const shown = first.split('\n').length;
  const footer = shown < lines.length ? `${lines.length - shown} more not shown. ${hint}`.trim() : undefined;
  return { embeds: [{ title: fitWords(title, LIMITS.embedTitle), description: first, color: 0x5865f2, ...(footer ? { footer: { text: footer } } : {}) }], components: [] };
}
