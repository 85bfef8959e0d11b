import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { ACTIONS } from '../../present/breakdown-words.ts';
import type { BreakdownPage, BreakdownSection } from './render-breakdown.ts';

const PREFIX = 'bd';
const LABELS: Record<BreakdownSection, string> = { summary: ACTIONS.summary, differences: ACTIONS.differences, outlets: ACTIONS.outlets };

/** What a paging button asks for: a page of a story's breakdown. */
export interface PageRequest {
  storyId: string;
  page: number;
}

/** The callback data of a paging button (`bd:<storyId>:<page>`); null when it would exceed Telegram's 64 bytes. */
export function pageData({ storyId, page }: PageRequest): string | null {
  const data = `${PREFIX}:${storyId}:${page}`;
  return Buffer.byteLength(data) <= 64 ? data : null;
}

/** Reads a paging button's callback data; null for anything else. */
export function parsePageData(data: string): PageRequest | null {
  const m = /^bd:(.+):(\d{1,4})$/.exec(data);
  return m ? { storyId: m[1]!, page: Number(m[2]) } : null;
}

/**
 * Buttons under a breakdown page: one per section (the current one marked) and previous/next.
 * Undefined when the breakdown has a single page or the story id does not fit in callback data.
 */
export function pageKeyboard({
  storyId,
  pages,
  current,
}: {
  storyId: string;
  pages: BreakdownPage[];
  current: number;
}): InlineKeyboardMarkup | undefined {
  if (pages.length < 2 || pageData({ storyId, page: pages.length }) === null) return undefined;
  const button = (text: string, page: number): InlineKeyboardButton => ({ text, callback_data: pageData({ storyId, page })! });
  const here = pages[current]?.section;
  const sections = (Object.keys(LABELS) as BreakdownSection[])
    .map((section) => ({ section, first: pages.findIndex((p) => p.section === section) }))
    .filter(({ first }) => first >= 0)
    .map(({ section, first }) => button(`${section === here ? '• ' : ''}${LABELS[section]}`, first));
  const nav: InlineKeyboardButton[] = [];
  if (current > 0) nav.push(button(ACTIONS.previous, current - 1));
  nav.push(button(`${current + 1} / ${pages.length}`, current));
  if (current < pages.length - 1) nav.push(button(ACTIONS.next, current + 1));
  return { inline_keyboard: [sections, nav] };
}
