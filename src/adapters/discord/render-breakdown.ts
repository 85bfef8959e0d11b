import type { APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Breakdown } from '../../domain/breakdown.ts';
import { ACTIONS, outletRange, withPage, WORDS } from '../../present/breakdown-words.ts';
import { presentBreakdown } from '../../present/present-breakdown.ts';
import type { BreakdownView } from '../../present/breakdown-view.ts';
import { LIMITS } from './limits.ts';
import { embedSize, type DiscordMessage } from './message.ts';
import { button, pagingButtons, row } from './buttons.ts';
import { fieldSize, outletField } from './render-outlet.ts';
import { coverageLine, headline, summaryDescription } from './render-summary.ts';

const COLOR = 0x5865f2;
const SUMMARY_MAX = 2400;
/** Room kept for the footer ("Outlets 11–15 of 40 · page 3 of 8 · /compare s-0123456789ab opens this story again"). */
const FOOTER_ROOM = 130;

/** One page of outlets: the fields shown and the embed text around them. */
interface OutletPage {
  description: string;
  fields: APIEmbedField[];
  first: number;
}

/**
 * Splits a breakdown into pages: page 1 holds the summary (headline, consensus, sharpest divergences,
 * coverage) and as many outlets as fit; later pages hold the rest, each outlet exactly once, whole.
 */
export function outletPages(b: Breakdown, view: BreakdownView = presentBreakdown(b)): OutletPage[] {
  const title = headline(view);
  const fields = view.outlets.map(outletField);
  const pages: OutletPage[] = [];
  let next = 0;
  do {
    const description = pages.length === 0 ? summaryDescription(view, SUMMARY_MAX) : coverageLine(b);
    let used = title.length + description.length + FOOTER_ROOM;
    const page: OutletPage = { description, fields: [], first: next };
    while (next < fields.length && page.fields.length < LIMITS.embedFields) {
      const field = fields[next]!;
      if (used + fieldSize(field) > LIMITS.embedTotal) break;
      page.fields.push(field);
      used += fieldSize(field);
      next += 1;
    }
    pages.push(page);
  } while (next < fields.length);
  return pages;
}

/** Every page of outlets, the breakdown laid out once. */
export function renderBreakdownPages(b: Breakdown): DiscordMessage[] {
  const view = presentBreakdown(b);
  const pages = outletPages(b, view);
  return pages.map((_, index) => outletMessage(view, pages, index));
}

function outletMessage(view: BreakdownView, pages: OutletPage[], index: number): DiscordMessage {
  const page = pages[index]!;
  const embed: APIEmbed = {
    title: headline(view),
    description: page.description,
    color: COLOR,
    fields: page.fields,
    footer: {
      text: `${withPage(outletRange(page.first, page.fields.length, view.outlets.length), index, pages.length)} · ${WORDS.reopen(view.storyId)}`,
    },
  };
  if (index === 0 && view.url && view.url.length <= 2000) embed.url = view.url;
  const buttons: APIButtonComponent[] = pagingButtons('out', view.storyId, index, pages.length);
  // The divergence pages also hold the facts only one outlet reports: without divergences they are still a button away.
  if (view.divergences.length > 0) buttons.push(button(ACTIONS.allDivergences(view.divergences.length), 'div', view.storyId, 0, false));
  else if (view.unique.length > 0) buttons.push(button(WORDS.onlyOne, 'div', view.storyId, 0, false));
  return { embeds: [embed], components: row(buttons) };
}

/** Checks a message against Discord's limits; returns the problems found (empty when it fits). */
export function limitProblems(message: DiscordMessage): string[] {
  const problems: string[] = [];
  if ((message.content ?? '').length > LIMITS.content) problems.push('content over 2000');
  if (message.embeds.length > LIMITS.embeds) problems.push('more than 10 embeds');
  const total = message.embeds.reduce((sum, e) => sum + embedSize(e), 0);
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} over 6000`);
  for (const e of message.embeds) {
    if ((e.title?.length ?? 0) > LIMITS.embedTitle) problems.push('title over 256');
    if ((e.description?.length ?? 0) > LIMITS.embedDescription) problems.push('description over 4096');
    if ((e.fields?.length ?? 0) > LIMITS.embedFields) problems.push('more than 25 fields');
    for (const f of e.fields ?? []) {
      if (f.name.length > LIMITS.fieldName) problems.push('field name over 256');
      if (f.value.length > LIMITS.fieldValue) problems.push('field value over 1024');
    }
  }
  return problems;
}
