import type { APIEmbedField } from 'discord.js';
import type { OutletView } from '../../present/breakdown-view.ts';
import { WORDS } from '../../present/breakdown-words.ts';
import { flag } from './flags.ts';
import { LIMITS } from './limits.ts';
import { escapeText, fitWords, link } from './text-fit.ts';

/**
 * One outlet's report as an embed field: flag, outlet, its language (when the story's reports come in more than
 * one) and copy status in the name; title, summary sentences (in the report's own language) and link in the
 * value. Whole sentences only, the link never cut; within 256/1,024 characters.
 */
export function outletField(report: OutletView): APIEmbedField {
  const language = report.language ? ` · ${report.language}` : '';
  // The copy note names the outlet copied ("· copy of Harbour Ledger"): feed text, escaped like the outlet's own name.
  const name = fitWords(
    `${flag(report.country)} ${escapeText(report.outlet)}${language}${report.copy ? ` ${escapeText(report.copy)}` : ''}`,
    LIMITS.fieldName,
  );
  const anchor = link(`${WORDS.read} at ${fitWords(escapeText(report.outlet), 60)}`, report.url);
  const linkLine = anchor && anchor.length <= 600 ? anchor : null;
  const budget = LIMITS.fieldValue - (linkLine ? linkLine.length + 1 : 0);
  const lines: string[] = [];
  let used = 0;
  const add = (line: string): boolean => {
    const cost = line.length + (lines.length > 0 ? 1 : 0);
    if (used + cost > budget) return false;
    lines.push(line);
    used += cost;
    return true;
  };
  const title = escapeText(report.title ?? '');
  if (title) add(`**${fitWords(title, budget - 4)}**`);
  for (const sentence of report.summary.map(escapeText).filter(Boolean)) {
    const room = budget - used - (lines.length > 0 ? 1 : 0) - 2;
    if (add(`> ${sentence}`)) continue;
    if (lines.length <= 1 && room > 40) add(`> ${fitWords(sentence, room)}`);
    break;
  }
  if (linkLine) lines.push(linkLine);
  return { name: name || '🌐', value: lines.join('\n') || WORDS.noSummary };
}

/** Characters a field adds to the message total. */
export function fieldSize(field: APIEmbedField): number {
  return field.name.length + field.value.length;
}
