import { moreNote, type Line, type Presentation, type Span } from '../../present/presentation.ts';
import { LIMITS } from './limits.ts';
import type { DiscordMessage } from './message.ts';
import { fitWords, link, packLines } from './text-fit.ts';

/** How much of an embed's description a list may fill (below the 4,096 limit, leaving room for the rest). */
const LIST_TEXT = 3900;
/** Discord's blurple, the colour of list embeds. */
const LIST_COLOUR = 0x5865f2;

/** A presentation as a Discord message: lists as an embed (what does not fit is counted in the footer), the rest as text. */
export function renderPresentation(p: Presentation): DiscordMessage {
  const lines = p.lines.map(markdownLine);
  if (p.list && lines.length > 0) {
    const [first = ''] = packLines(lines, LIST_TEXT);
    const shown = first.split('\n').length;
    const footer = shown < lines.length ? moreNote(p, lines.length - shown) : null;
    const title = fitWords(p.heading ?? '', LIMITS.embedTitle);
    return {
      embeds: [{ ...(title ? { title } : {}), description: first, color: LIST_COLOUR, ...(footer ? { footer: { text: footer } } : {}) }],
      components: [],
    };
  }
  const body = lines.join('\n');
  const content = p.heading ? (body ? `${escapeMarkdown(p.heading)}: ${body}` : escapeMarkdown(p.heading)) : body;
  return { content: fitWords(content, LIMITS.content), embeds: [], components: [] };
}

function markdownLine(line: Line): string {
  return line.map(markdownSpan).join('');
}

function markdownSpan(span: Span): string {
  if (span.style === 'code') return `\`${span.text.replace(/`/g, '')}\``;
  const text = escapeMarkdown(span.text);
  const styled = span.style === 'strong' ? `**${text}**` : span.style === 'quiet' ? `*${text}*` : text;
  return (span.url ? link(styled, span.url) : null) ?? styled;
}

/** Escapes Discord markdown and mention syntax, keeping the spaces around it (spans are joined as they are). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]<>#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
