import type { Context } from 'grammy';
import type { CommandServices } from '../../../commands/services.ts';
import { PAGE_ANSWERS } from '../../present/breakdown-words.ts';
import { parsePageData } from './keyboard.ts';
import { renderBreakdownPage } from './render-html.ts';
import { editMessage } from './send-messages.ts';

/**
 * Answers a paging button: edits the message to show the requested page of the story's breakdown and
 * answers the callback query (with an alert when the story has expired).
 */
export async function handlePageButton({ ctx, services }: { ctx: Context; services: CommandServices }): Promise<void> {
  const query = ctx.callbackQuery;
  const request = query?.data ? parsePageData(query.data) : null;
  const message = query?.message;
  if (!request || !message) {
    await ctx.answerCallbackQuery();
    return;
  }
  try {
    const breakdown = await services.breakdown(request.storyId);
    if (!breakdown) {
      await ctx.answerCallbackQuery({ text: PAGE_ANSWERS.expired, show_alert: true });
      return;
    }
    const page = renderBreakdownPage(breakdown, request.page);
    await editMessage(ctx.api, { chatId: String(message.chat.id), threadId: null }, message.message_id, page);
    await ctx.answerCallbackQuery({ text: PAGE_ANSWERS.page(page.page, page.pages) });
  } catch (error) {
    await ctx.answerCallbackQuery({ text: PAGE_ANSWERS.failed }).catch(() => undefined);
    throw error;
  }
}
