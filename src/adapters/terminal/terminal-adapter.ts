import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { commands, findCommand } from '../../../commands/index.ts';
import type { CommandServices } from '../../../commands/services.ts';
import { runCommand } from '../../../commands/run-command.ts';
import type { Logger } from '../../log.ts';
import { parseLine } from './parse-line.ts';
import { renderText } from './render-text.ts';

export interface TerminalAdapterOptions {
  services: CommandServices;
  input: Readable;
  output: NodeJS.WritableStream;
  log: Logger;
  /** Whether to show a prompt (a TTY) or just read lines (a pipe). */
  prompt?: boolean;
}

/**
 * The adapter used when no Discord or Telegram token is set: reads commands such as `/compare <topic>`
 * typed at a prompt and prints the results. The person at the terminal configures their own "channel".
 */
export class TerminalAdapter {
  private rl: ReturnType<typeof createInterface> | null = null;

  constructor(private readonly options: TerminalAdapterOptions) {}

  /** Prints a notice (an ingestion summary, a subscribed post) without garbling the line being typed. */
  notify(text: string): void {
    const { output } = this.options;
    if (this.rl && this.options.prompt) {
      output.write('\r\x1b[K');
      output.write(`${text}\n`);
      this.rl.prompt(true);
    } else {
      output.write(`${text}\n`);
    }
  }

  /** Runs until the input ends or /quit is typed; resolves when done. */
  async run(): Promise<void> {
    const { input, output } = this.options;
    const rl = createInterface({ input, output, terminal: this.options.prompt ?? false, prompt: 'parallax> ' });
    this.rl = rl;
    const say = (text: string) => void output.write(`${text}\n`);
    say('Parallax: type /compare <topic>, /sources, /stories or /help. /quit to leave.');
    if (this.options.prompt) rl.prompt();
    for await (const line of rl) {
      if (/^\/(quit|exit)\b/.test(line.trim())) break;
      say(await this.answer(line));
      if (this.options.prompt) rl.prompt();
    }
    rl.close();
    this.rl = null;
  }

  /** The text answer to one typed line. */
  async answer(line: string): Promise<string> {
    if (/^\/(help|start)\b/.test(line.trim())) return help();
    const parsed = parseLine(line, findCommand);
    if (parsed === null) return '';
    if ('error' in parsed) return parsed.error;
    const command = findCommand(parsed.command)!;
    const result = await runCommand(command, {
      platform: 'terminal',
      user: { id: 'terminal', name: 'you' },
      channel: { platform: 'terminal', chatId: 'terminal', threadId: null },
      services: this.options.services,
      canConfigure: async () => true,
      progress: async (text) => void this.options.output.write(`… ${text}\n`),
    }, parsed.options);
    if (result.kind === 'error') this.options.log.debug({ command: parsed.command, message: result.message }, 'command error');
    return renderText(result);
  }
}

function help(): string {
  const lines = commands.map((c) => `  /${c.name}${c.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('')} — ${c.description}`);
  return ['Commands:', ...lines, '  /quit — leave'].join('\n');
}
