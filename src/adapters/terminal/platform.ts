import type { CommandResult } from '../../../commands/command.ts';
import { definePlatform } from '../platform-adapter.ts';
import { renderText } from './render-text.ts';

/**
 * The terminal as a platform: what `parallax start` serves when no chat platform is on, so it is not in the registry
 * and never `enabled`. It has no settings, no errors to map, and one person at the prompt.
 */
export const terminalPlatform = definePlatform({
  id: 'terminal',
  name: 'the terminal',
  settings: {},
  secretKeys: [],
  enabled: () => false,
  async create() {
    throw new Error('the terminal is started by parallax start itself (it needs the prompt and the standard streams)');
  },
  configureRight: 'the person at the prompt',
  // One person reads the terminal: every answer is theirs alone, refusals included, and none is private to them.
  privateReplies: false,
  async reply(result: CommandResult) {
    return { parts: [{ text: renderText(result), limit: Number.POSITIVE_INFINITY }], messages: 1, private: false };
  },
  async classifyFailure(error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  },
});
