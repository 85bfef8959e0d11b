import type { Api } from 'grammy';
import { discussionPrompt } from '../../card/discussion-prompt.ts';
import type { Breakdown } from '../../domain/breakdown.ts';
import { escapeHtml } from './escape-html.ts';
import { sendMessages, type ChatTarget } from './send-messages.ts';

const GROUP_TYPES = new Set(['group', 'supergroup']);

/**
 * Knows each chat's type (asked once with getChat): the discussion prompt goes to groups only, since private
 * chats have nobody to discuss with and channels with a linked discussion group already take comments.
 */
export class ChatKinds {
  private readonly known = new Map<string, string>();

  constructor(private readonly api: Api) {}

  /** True when the chat is a group or supergroup. */
  async isGroup(chatId: string): Promise<boolean> {
    let type = this.known.get(chatId);
    if (!type) {
      type = (await this.api.getChat(chatId)).type;
      this.known.set(chatId, type);
    }
    return GROUP_TYPES.has(type);
  }
}

/** Replies to a posted breakdown with the question that opens the discussion; returns the reply's id. The bot never reads the answers. */
export async function askForDiscussion(api: Api, target: ChatTarget, breakdown: Breakdown): Promise<number | undefined> {
  const [id] = await sendMessages(api, target, [{ html: `💬 ${escapeHtml(discussionPrompt(breakdown))}` }]);
  return id;
}
