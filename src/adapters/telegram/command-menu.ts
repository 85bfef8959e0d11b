import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { configures, type Command } from '../../../commands/command.ts';
import { bold, italic } from './escape-html.ts';
import { clipAtWord } from '../../text/clip.ts';

/** Commands the adapter answers itself, beside those in `commands/` (/start, which Telegram sends first, shows /help). */
export const BUILT_IN_COMMANDS: readonly BotCommand[] = [{ command: 'start', description: 'Start Parallax and see its commands' }];

/** The menus Telegram shows: everyone sees the reading commands; administrators and private chats see all. */
export function commandMenus(list: readonly Command[]): { everyone: BotCommand[]; configurers: BotCommand[] } {
  const usable = list.filter((c) => /^[a-z0-9_]{1,32}$/.test(c.name) && !BUILT_IN_COMMANDS.some((b) => b.command === c.name));
  const entry = (c: Command): BotCommand => ({ command: c.name, description: clipAtWord(c.description || c.name, 256) });
  return {
    everyone: [...usable.filter((c) => !configures(c)).map(entry), ...BUILT_IN_COMMANDS],
    configurers: [...usable.map(entry), ...BUILT_IN_COMMANDS],
  };
}

/** Announces the menus with setMyCommands: default scope, private chats, and all chat administrators. */
export async function publishCommandMenus(api: Api, list: readonly Command[]): Promise<void> {
  const { everyone, configurers } = commandMenus(list);
  await api.setMyCommands(everyone, { scope: { type: 'default' } });
  await api.setMyCommands(configurers, { scope: { type: 'all_private_chats' } });
  await api.setMyCommands(configurers, { scope: { type: 'all_chat_administrators' } });
}

/**
 * What /help adds on Telegram to the command list every platform shows: what Parallax is, options by name, and how
 * discussions under breakdowns work here.
 */
export function helpNotesHtml(): { intro: string; notes: string } {
  const usage = italic(
    'Options by name work too: /subscribe floods mode=daily time=08:00. In groups and channels only administrators change what the chat follows.',
  );
  const discuss = italic(
    'Every breakdown comes with a coverage card. In groups, Parallax follows each breakdown it posts with a question: reply to it to say how outlets in your country reported the story. In a channel, link a discussion group (channel settings → Discussion) and readers can comment under every post. Parallax never reads or keeps the replies.',
  );
  return { intro: `${bold('Parallax')} shows how different outlets report the same story.`, notes: `${usage}\n\n${discuss}` };
}
