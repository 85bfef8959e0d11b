import type { CommandResult } from '../../../commands/command.ts';
import { presentResult } from '../../present/present-result.ts';
import type { DiscordMessage } from './message.ts';
import { renderBreakdownPage } from './render-page.ts';
import { renderBriefing } from './render-briefing.ts';
import { renderPresentation } from './render-presentation.ts';

/** Any command result as a Discord message within the limits: breakdowns and briefings as embeds, the rest as presented once in src/present/. */
export function renderResult(result: CommandResult): DiscordMessage {
  if (result.kind === 'breakdown') return renderBreakdownPage(result.breakdown, 0);
  if (result.kind === 'briefing') return renderBriefing(result.briefing);
  return renderPresentation(presentResult(result));
}
