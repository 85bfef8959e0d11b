import type { APIEmbedField } from 'discord.js';
import type { Briefing, BriefingItem } from '../../domain/delivery.ts';
import { flag } from './flags.ts';
import { LIMITS } from './limits.ts';
import type { DiscordMessage } from './message.ts';
import { escapeText, fitWords, link } from './text-fit.ts';

/** A briefing as one embed: a field per story (headline, agreement, sharpest difference, link), within limits. */
export function renderBriefing(b: Briefing): DiscordMessage {
  const title = fitWords(escapeText(b.title), LIMITS.embedTitle) || 'Briefing';
  const since = b.since ? `Since <t:${Math.floor(Date.parse(b.since) / 1000)}:f>` : 'Top stories';
  if (b.items.length === 0) return { embeds: [{ title, description: `${since}: no new stories.`, color: 0x57f287 }], components: [] };
  const fields: APIEmbedField[] = [];
  let used = title.length + since.length + 60;
  for (const [i, item] of b.items.entries()) {
    const field = itemField(i, item);
    if (fields.length === LIMITS.embedFields || used + field.name.length + field.value.length > LIMITS.embedTotal) break;
    fields.push(field);
    used += field.name.length + field.value.length;
  }
  const left = b.items.length - fields.length;
  return {
    embeds: [
      { title, description: since, color: 0x57f287, fields, ...(left > 0 ? { footer: { text: `…and ${left} more stories` } } : {}) },
    ],
    components: [],
  };
}

function itemField(i: number, item: BriefingItem): APIEmbedField {
  const name = fitWords(`${i + 1}. ${escapeText(item.headline)}`, LIMITS.fieldName);
  const flags = item.countries.slice(0, 10).map(flag).join(' ');
  const anchor = link('Read', item.url);
  const tail = `${item.outlets} outlets, ${item.independentOutlets} independent${flags ? ` · ${flags}` : ''}${anchor && anchor.length < 500 ? ` · ${anchor}` : ''}`;
  const room = LIMITS.fieldValue - tail.length - 1;
  const lines: string[] = [];
  if (item.consensus) lines.push(fitWords(`Agreed: ${escapeText(item.consensus)}`, Math.floor(room / 2)));
  if (item.divergence) lines.push(fitWords(`Differs: ${escapeText(item.divergence)}`, Math.floor(room / 2) - 1));
  return { name: name || `${i + 1}.`, value: [...lines, tail].join('\n') };
}
