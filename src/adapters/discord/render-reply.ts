import type { CommandResult } from '../../../commands/command.ts';
import { renderCoverageCardAsync } from '../../card/render-card.ts';
import { withCard } from './card-attachment.ts';
import { withDiscussButton } from './discussion.ts';
import type { DiscordMessage } from './message.ts';
import { renderResult } from './render-result.ts';

/** A command's reply: a breakdown also carries its coverage card and a "Discuss" button; anything else as renderResult gives it. */
export async function renderReply(result: CommandResult): Promise<DiscordMessage> {
  const message = renderResult(result);
  if (result.kind !== 'breakdown') return message;
  const card = await renderCoverageCardAsync(result.breakdown).catch(() => null);
  const discussed = withDiscussButton(message, result.breakdown.story.id);
  return card ? withCard(discussed, card.png) : discussed;
}
