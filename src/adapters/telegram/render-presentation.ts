import type { Line, Presentation, Span } from '../../present/presentation.ts';
import { escapeHtml, link } from './escape-html.ts';

/** What a refusal and an error start with on Telegram, where they cannot be shown privately. */
const TONE_MARK = { info: '', refusal: '⛔ ', error: '⚠️ ' } as const;

/**
 * A presentation as Telegram HTML: the heading in bold, list items as bullets. The caller splits it into messages
 * of at most 4,096 characters (splitHtml), and sends at most five of them.
 */
export function renderPresentationHtml(p: Presentation): string {
  const lines = p.lines.map(htmlLine);
  const body = p.list ? lines.map((l) => `• ${l}`).join('\n') : lines.join('\n');
  if (!p.heading) return `${TONE_MARK[p.tone]}${body}`;
  const joiner = p.list ? '\n' : p.tone === 'info' ? '\n' : ': ';
  return `${TONE_MARK[p.tone]}<b>${escapeHtml(p.heading)}</b>${body ? `${joiner}${body}` : ''}`;
}

function htmlLine(line: Line): string {
  return line.map(htmlSpan).join('');
}

function htmlSpan(span: Span): string {
  const text = span.url ? link(span.url, span.text) : escapeHtml(span.text);
  if (span.style === 'strong') return `<b>${text}</b>`;
  if (span.style === 'code') return `<code>${escapeHtml(span.text)}</code>`;
  if (span.style === 'quiet') return `<i>${text}</i>`;
  return text;
}
