import type { CommandResult } from '../../../commands/command.ts';
import { definePlatform, type StandardStreams } from '../platform-adapter.ts';
import { renderText } from './render-text.ts';

/**
 * The terminal as a platform: the registry's fallback, served when no chat platform is on (`npm start` without a token).
 * It talks on the process's standard streams: a prompt on a TTY, commands one a line from a pipe. It has no settings, no
 * errors to map, and one person at the prompt.
 */
export const terminalPlatform = definePlatform({
  id: 'terminal',
  name: 'the terminal',
  settings: {},
  secretKeys: [],
  enabled: () => true,
  fallback: true,
  async create(_settings, deps) {
    const { TerminalAdapter } = await import('./terminal-adapter.ts');
    const stdio: StandardStreams = deps.stdio ?? { input: process.stdin, output: process.stdout, interactive: false };
    const adapter = new TerminalAdapter({
      services: deps.services,
      input: stdio.input,
      output: stdio.output,
      log: deps.log,
      prompt: stdio.interactive,
      ...(stdio.ready ? { ready: stdio.ready } : {}),
    });
    stdio.onNotice?.((text) => adapter.notify(text));
    return adapter;
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
