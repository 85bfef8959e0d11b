import type { Breakdown } from '../../domain/breakdown.ts';
import { LIMITS } from './limits.ts';
import type { DiscordMessage } from './message.ts';
import { button, row } from './buttons.ts';
import { headline } from './render-summary.ts';
import { escapeText, packLines } from './text-fit.ts';
import { clockTime, divergenceText, saysOf, whoSays } from '../../compare/wording.ts';

const PAGE_TEXT = 3800;

/** How many divergences (numbers and claims) a breakdown has. */
export function divergenceCount(b: Breakdown): number {
  return b.divergences.numbers.length + b.divergences.claims.length;
}

/** Every divergence and every single-outlet fact as lines, packed into description-sized pages. */
export function divergencePages(b: Breakdown): string[] {
  const lines: string[] = [];
  for (const d of b.divergences.numbers) {
    lines.push(`**${escapeText(d.label)}**${d.kind === 'update' ? ` ${divergenceText(d, escapeText)}` : ''}`);
    for (const v of d.variants) {
      const when = d.kind === 'update' && v.firstReportedAt ? ` (${clockTime(v.firstReportedAt)} UTC)` : '';
      lines.push(
        d.kind === 'update'
          ? `• ${escapeText(v.figure)} — ${v.outlets.map(escapeText).join(', ')}${when}`
          : `• ${whoSays(v, escapeText, 6)} ${saysOf(v)} ${escapeText(v.figure)}`,
      );
    }
  }
  for (const d of b.divergences.claims) {
    lines.push(`**${escapeText(d.topic)}**`);
    for (const s of d.sides) lines.push(`• ${escapeText(s.party)}: ${escapeText(s.claim)} — ${s.outlets.map(escapeText).join(', ')}`);
  }
  if (b.unique.length > 0) {
    lines.push('**Only one outlet reports**');
    for (const u of b.unique) lines.push(`• ${escapeText(u.statement)} — ${escapeText(u.outlet)}`);
  }
  const pages = packLines(lines, Math.min(PAGE_TEXT, LIMITS.embedDescription));
  return pages.length > 0 ? pages : ['No divergences: the outlets agree on every figure and claim compared.'];
}

/** The message for one page of all divergences, with buttons back to the outlets. */
export function renderDivergencePage(b: Breakdown, requested = 0): DiscordMessage {
  const pages = divergencePages(b);
  const index = Math.min(Math.max(requested, 0), pages.length - 1);
  const buttons = [button('Back to outlets', 'out', b.story.id, 0, false)];
  if (pages.length > 1) {
    buttons.push(button('◀ Previous', 'div', b.story.id, Math.max(index - 1, 0), index === 0));
    buttons.push(button('Next ▶', 'div', b.story.id, Math.min(index + 1, pages.length - 1), index === pages.length - 1));
  }
  return {
    embeds: [
      {
        title: headline(b),
        description: pages[index]!,
        color: 0xed4245,
        footer: { text: `Where outlets differ · page ${index + 1}/${pages.length}` },
      },
    ],
    components: row(buttons),
  };
}
