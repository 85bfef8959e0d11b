import type { InlineKeyboardMarkup } from 'grammy/types';
import type { CommandResult, StoryLine } from '../../../commands/command.ts';
import type { Breakdown } from '../../domain/breakdown.ts';
import type { Briefing, DeliveryPayload } from '../../domain/delivery.ts';
import type { Source } from '../../domain/source.ts';
import type { Subscription } from '../../domain/subscription.ts';
import { bold, code, escapeHtml, italic, link } from './escape-html.ts';
import { pageKeyboard } from './keyboard.ts';
import { breakdownPages } from './render-breakdown.ts';
import { splitHtml } from './split-html.ts';

/** One Telegram message ready to send: HTML text and, for breakdowns, paging buttons. */
export interface RenderedMessage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

/** Renders a command result as Telegram messages (long ones split, each at most 4,096 characters). */
export function renderResult(result: CommandResult): RenderedMessage[] {
  switch (result.kind) {
    case 'breakdown':
      return [renderBreakdownPage(result.breakdown, 0)];
    case 'briefing':
      return renderBriefing(result.briefing);
    case 'sources':
      return split(renderSources(result.sources, result.total, result.filter));
    case 'stories':
      return split(renderStories(result.stories));
    case 'subscribed':
      return split(`${bold(result.created ? 'Subscribed' : 'Subscription updated')}\n${describeSubscription(result.subscription)}`);
    case 'unsubscribed':
      return split(result.removed.length === 0 ? 'Nothing to remove: no subscription here matches.' : `${bold('Removed')}\n${result.removed.map((s) => `• ${escapeHtml(s.topics.join(', '))}`).join('\n')}`);
    case 'subscriptions':
      return split(result.subscriptions.length === 0 ? 'This chat follows nothing yet. Try /subscribe &lt;topic&gt;.' : [bold('This chat follows'), ...result.subscriptions.map((s) => `• ${describeSubscription(s)}`)].join('\n'));
    case 'text':
      return split(escapeHtml(result.text));
    case 'refused':
      return split(`⛔ ${escapeHtml(result.message)}`);
    case 'error':
      return split(`⚠️ ${escapeHtml(result.message)}`);
  }
}

/** Renders what the core asks to post: a breakdown's first page with its buttons, or a briefing. */
export function renderPayload(payload: DeliveryPayload): RenderedMessage[] {
  return payload.kind === 'breakdown' ? [renderBreakdownPage(payload.breakdown, 0)] : renderBriefing(payload.briefing);
}

/** One page of a breakdown with the buttons to page through the rest (the page number is clamped). */
export function renderBreakdownPage(breakdown: Breakdown, page: number): RenderedMessage & { page: number; pages: number } {
  const pages = breakdownPages(breakdown);
  const current = Math.min(Math.max(page, 0), pages.length - 1);
  const keyboard = pageKeyboard({ storyId: breakdown.story.id, pages, current });
  return { html: pages[current]!.html, ...(keyboard ? { keyboard } : {}), page: current, pages: pages.length };
}

/** A daily briefing: each story with what outlets agree on and the sharpest difference. */
export function renderBriefing(b: Briefing): RenderedMessage[] {
  const since = b.since ? ` since ${b.since.slice(0, 16).replace('T', ' ')} UTC` : '';
  if (b.items.length === 0) return split(`${bold(b.title)}\n${italic(`No new stories${since}.`)}`);
  const items = b.items.map((item, i) => {
    const lines = [`<b>${i + 1}. ${link(item.url, item.headline)}</b>`];
    if (item.consensus) lines.push(`✅ ${escapeHtml(item.consensus)}`);
    if (item.divergence) lines.push(`⚖️ ${escapeHtml(item.divergence)}`);
    lines.push(italic(`${item.outlets} outlets, ${item.independentOutlets} independent${item.countries.length ? ` · ${item.countries.join(' ')}` : ''}`));
    return lines.join('\n');
  });
  return split([`${bold(b.title)}${since ? `\n${italic(since.trim())}` : ''}`, ...items].join('\n\n'));
}

/** A subscription in one line: topics, mode, whether it is paused, and its id. */
export function describeSubscription(s: Subscription): string {
  const when = s.mode === 'daily' && s.daily ? `daily briefing at ${s.daily.time} ${s.daily.timezone}` : `live, from ${s.minOutlets} independent outlets`;
  const without = s.exclude.length > 0 ? ` without ${s.exclude.join(', ')}` : '';
  return `${bold(s.topics.join(', '))}${escapeHtml(`${without} — ${when}`)}${s.paused ? ` — ${italic(`paused: ${s.paused.reason}`)}` : ''} ${code(s.id)}`;
}

function renderSources(sources: Source[], total: number, filter: string | null): string {
  if (sources.length === 0) return escapeHtml(`No outlets${filter ? ` for ${filter}` : ''} (of ${total}).`);
  const head = bold(`${sources.length} outlet${sources.length === 1 ? '' : 's'}${filter ? ` for ${filter}` : ''}${sources.length < total ? ` (of ${total})` : ''}`);
  const rows = sources.map((s) => `• ${link(s.homepage ?? null, s.name)} — ${escapeHtml([s.country, s.language, s.ownership].filter(Boolean).join(', ') || 'no details')}`);
  return [head, ...rows].join('\n');
}

function renderStories(stories: StoryLine[]): string {
  if (stories.length === 0) return 'No stories yet: ingestion has not found any articles.';
  // The id in <code> is copied with a tap, so /compare <id> opens exactly this story.
  const rows = stories.map((s) => `• ${escapeHtml(s.headline)} — ${italic(`${s.outlets} outlets, ${s.articles} articles`)} · <code>/compare ${escapeHtml(s.id)}</code>`);
  return [bold('Current stories'), ...rows].join('\n');
}

function split(html: string): RenderedMessage[] {
  return splitHtml(html).map((part) => ({ html: part }));
}
