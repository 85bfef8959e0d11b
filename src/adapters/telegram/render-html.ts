import type { InlineKeyboardMarkup } from 'grammy/types';
import type { CommandResult } from '../../../commands/command.ts';
import { presentResult } from '../../present/present-result.ts';
import type { Breakdown } from '../../domain/breakdown.ts';
import type { Briefing, DeliveryPayload } from '../../domain/delivery.ts';
import { WORDS } from '../../present/breakdown-words.ts';
import { presentBriefing } from '../../present/present-briefing.ts';
import { helpNotesHtml } from './command-menu.ts';
import { bold, escapeHtml, italic, link } from './escape-html.ts';
import { pageKeyboard } from './keyboard.ts';
import { breakdownPages, type BreakdownPage } from './render-breakdown.ts';
import { renderPresentationHtml } from './render-presentation.ts';
import { splitHtml } from './split-html.ts';

/** One Telegram message ready to send: HTML text and, for breakdowns, paging buttons. */
export interface RenderedMessage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

/** Renders a command result as Telegram messages (long ones split, each at most 4,096 characters). */
export function renderResult(result: CommandResult): RenderedMessage[] {
  if (result.kind === 'breakdown') return [renderBreakdownPage(result.breakdown, 0)];
  if (result.kind === 'briefing') return renderBriefing(result.briefing);
  if (result.kind === 'help' && result.commands.length > 1) {
    const { intro, notes } = helpNotesHtml();
    return split(`${intro}\n\n${renderPresentationHtml(presentResult(result))}\n\n${notes}`);
  }
  return split(renderPresentationHtml(presentResult(result)));
}

/** Renders what the core asks to post: a breakdown's first page with its buttons, or a briefing. */
export function renderPayload(payload: DeliveryPayload): RenderedMessage[] {
  return payload.kind === 'breakdown' ? [renderBreakdownPage(payload.breakdown, 0)] : renderBriefing(payload.briefing);
}

/** One page of a breakdown with the buttons to page through the rest (the page number is clamped). */
export function renderBreakdownPage(breakdown: Breakdown, page: number): PageMessage {
  const pages = renderBreakdownPages(breakdown);
  return pages[Math.min(Math.max(page, 0), pages.length - 1)]!;
}

/** A page of a breakdown with its place among the pages. */
type PageMessage = RenderedMessage & { page: number; pages: number };

/** Every page of a breakdown with its buttons, laid out once. */
export function renderBreakdownPages(breakdown: Breakdown): PageMessage[] {
  const pages = breakdownPages(breakdown);
  return pages.map((_, current) => pageMessage(breakdown.story.id, pages, current));
}

function pageMessage(storyId: string, pages: BreakdownPage[], current: number): PageMessage {
  const keyboard = pageKeyboard({ storyId, pages, current });
  return { html: pages[current]!.html, ...(keyboard ? { keyboard } : {}), page: current, pages: pages.length };
}

/** A daily briefing: each story with what outlets agree on and the sharpest difference. */
export function renderBriefing(b: Briefing): RenderedMessage[] {
  const view = presentBriefing(b);
  if (view.items.length === 0) return split(`${bold(view.heading)}\n${italic(view.empty)}`);
  const items = view.items.map((item) => {
    const lines = [`<b>${escapeHtml(item.number)} ${link(item.url, item.headline)}</b>`];
    if (item.agreed) lines.push(`✅ ${escapeHtml(`${WORDS.agreed}: ${item.agreed}`)}`);
    if (item.differs) lines.push(`⚖️ ${escapeHtml(`${WORDS.differs}: ${item.differs}`)}`);
    lines.push(
      `${italic(`${item.counts}${item.countries.length ? ` · ${item.countries.join(' ')}` : ''}`)} · <code>${escapeHtml(item.open)}</code>`,
    );
    return lines.join('\n');
  });
  return split([`${bold(view.heading)}\n${italic(view.sinceText)}`, ...items, ...(view.more ? [italic(view.more)] : [])].join('\n\n'));
}

function split(html: string): RenderedMessage[] {
  return splitHtml(html).map((part) => ({ html: part }));
}
