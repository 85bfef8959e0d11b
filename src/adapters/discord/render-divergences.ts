import type { Breakdown } from '../../domain/breakdown.ts';
import type { BreakdownView, ValueRow } from '../../present/breakdown-view.ts';
import { ACTIONS, withPage, WORDS } from '../../present/breakdown-words.ts';
import { presentBreakdown } from '../../present/present-breakdown.ts';
import { LIMITS } from './limits.ts';
import type { DiscordMessage } from './message.ts';
import { button, pagingButtons, row } from './buttons.ts';
import { headline } from './render-summary.ts';
import { escapeText, packLines } from './text-fit.ts';

const PAGE_TEXT = 3800;

/** Every divergence and every single-outlet fact as lines, packed into description-sized pages. */
export function divergencePages(b: Breakdown, view: BreakdownView = presentBreakdown(b)): string[] {
  const lines: string[] = view.divergences.length === 0 ? [`*${WORDS.noDivergences}*`] : [];
  for (const d of view.divergences) {
    lines.push(`**${escapeText(d.label)}**${d.runsOn ? ` ${escapeText(d.gist)}` : ''}`);
    for (const v of d.values) lines.push(`• ${valueLine(v)}`);
  }
  if (view.unique.length > 0) {
    lines.push(`**${WORDS.onlyOne}**`);
    for (const u of view.unique) lines.push(`• ${valueLine({ text: u.text, outlets: u.outlets, at: null })}`);
  }
  const pages = packLines(lines, Math.min(PAGE_TEXT, LIMITS.embedDescription));
  return pages.length > 0 ? pages : [WORDS.noDivergences];
}

/** "police say 12 — A, B", "24 — C (00:20 UTC)". */
function valueLine(v: ValueRow): string {
  const outlets = v.outlets.length > 0 ? ` — ${v.outlets.map(escapeText).join(', ')}` : '';
  return `${escapeText(v.text)}${outlets}${v.at ? ` (${v.at})` : ''}`;
}

/** Every page of all divergences, laid out once. */
export function renderDivergencePages(b: Breakdown): DiscordMessage[] {
  const view = presentBreakdown(b);
  const pages = divergencePages(b, view);
  return pages.map((_, index) => divergenceMessage(view, pages, index));
}

function divergenceMessage(view: BreakdownView, pages: string[], index: number): DiscordMessage {
  const buttons = [
    button(ACTIONS.backToOutlets, 'out', view.storyId, 0, false),
    ...pagingButtons('div', view.storyId, index, pages.length),
  ];
  return {
    embeds: [
      {
        title: headline(view),
        description: pages[index]!,
        color: 0xed4245,
        footer: { text: withPage(WORDS.differ, index, pages.length) },
      },
    ],
    components: row(buttons),
  };
}
