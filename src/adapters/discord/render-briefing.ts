import type { APIEmbedField } from 'discord.js';
import type { Briefing } from '../../domain/delivery.ts';
import { moreStories, WORDS } from '../../present/breakdown-words.ts';
import { presentBriefing, type BriefingItemView } from '../../present/present-briefing.ts';
import { flag } from './flags.ts';
import { LIMITS } from './limits.ts';
import type { DiscordMessage } from './message.ts';
import { escapeText, fitWords, link } from './text-fit.ts';

const COLOUR = 0x57f287;

/** A briefing as one embed: a field per story (headline, agreement, sharpest difference, link), within limits. */
export function renderBriefing(b: Briefing): DiscordMessage {
  const view = presentBriefing(b);
  const title = fitWords(escapeText(view.heading), LIMITS.embedTitle) || 'Briefing';
  // Discord shows <t:…:f> in each reader's own time zone.
  const since = view.since ? `Since <t:${Math.floor(Date.parse(view.since) / 1000)}:f>` : WORDS.topStories;
  if (view.items.length === 0) return { embeds: [{ title, description: escapeText(view.empty), color: COLOUR }], components: [] };
  const fields: APIEmbedField[] = [];
  let used = title.length + since.length + 60;
  for (const item of view.items) {
    const field = itemField(item);
    if (fields.length === LIMITS.embedFields || used + field.name.length + field.value.length > LIMITS.embedTotal) break;
    fields.push(field);
    used += field.name.length + field.value.length;
  }
  const left = view.items.length - fields.length;
  const footer = [left > 0 ? moreStories(left) : null, view.more].filter((t): t is string => t !== null).join(' · ');
  return {
    embeds: [{ title, description: since, color: COLOUR, fields, ...(footer ? { footer: { text: footer } } : {}) }],
    components: [],
  };
}

function itemField(item: BriefingItemView): APIEmbedField {
  const name = fitWords(`${item.number} ${escapeText(item.headline)}`, LIMITS.fieldName);
  const flags = item.countries.slice(0, 10).map(flag).join(' ');
  const anchor = link(WORDS.read, item.url);
  const tail = `${item.counts}${flags ? ` · ${flags}` : ''}${anchor && anchor.length < 500 ? ` · ${anchor}` : ''} · \`${item.open}\``;
  const room = LIMITS.fieldValue - tail.length - 1;
  const lines: string[] = [];
  if (item.agreed) lines.push(fitWords(`${WORDS.agreed}: ${escapeText(item.agreed)}`, Math.floor(room / 2)));
  if (item.differs) lines.push(fitWords(`${WORDS.differs}: ${escapeText(item.differs)}`, Math.floor(room / 2) - 1));
  return { name: name || item.number, value: [...lines, tail].join('\n') };
}
