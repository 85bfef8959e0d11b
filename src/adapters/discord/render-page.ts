import type { Breakdown } from '../../domain/breakdown.ts';
import type { DiscordMessage } from './message.ts';
import { pageAt } from './paging.ts';
import { renderBreakdownPages } from './render-breakdown.ts';
import { renderDivergencePages } from './render-divergences.ts';

/** The message for one page of outlets (page numbers start at 0; out of range shows the last page). */
export function renderBreakdownPage(b: Breakdown, requested = 0): DiscordMessage {
  return pageAt(renderBreakdownPages(b), requested);
}

/** The message for one page of all divergences, with buttons back to the outlets (clamped the same way). */
export function renderDivergencePage(b: Breakdown, requested = 0): DiscordMessage {
  return pageAt(renderDivergencePages(b), requested);
}
