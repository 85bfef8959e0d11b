import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { findCommand } from '../../../commands/index.ts';
import type { CommandServices } from '../../../commands/services.ts';
import { runCommand } from '../../../commands/run-command.ts';
import type { Logger } from '../../log.ts';
import type { PlatformAdapter } from '../platform-adapter.ts';
import { parseLine } from './parse-line.ts';
import { ProgressLine } from './progress-line.ts';
import { renderText } from './render-text.ts';
import { TerminalPublisher } from './terminal-publisher.ts';

export interface TerminalAdapterOptions {
  services: CommandServices;
  input: Readable;
  output: NodeJS.WritableStream;
  log: Logger;
  /**
   * Whether to show a prompt (a person at a TTY) or read commands from a pipe: then each line is echoed after
   * `parallax> ` above its answer, blank lines are skipped, and the session ends with the input.
   */
  prompt?: boolean;
  /** Whether the output is a terminal, where progress rewrites one line in place; defaults to the output's `isTTY`. */
  live?: boolean;
  /** Resolves when `start` may begin reading commands (piped commands wait for the first ingestion). */
  ready?: () => Promise<void>;
}

/**
 * The adapter used when no Discord or Telegram token is set: reads commands such as `/compare <topic>`
 * typed at a prompt and prints the results. The person at the terminal configures their own "channel".
 * Its publisher prints subscribed posts where the prompt is.
 */
export class TerminalAdapter implements PlatformAdapter {
  readonly publisher: TerminalPublisher;
  /** Settles when the session ends by itself: the input ended or /quit was typed (or reading failed, which is logged). */
  readonly finished: Promise<void>;
  private settle: () => void = () => undefined;
  private rl: ReturnType<typeof createInterface> | null = null;
  private stopped = false;
  private readonly progress: ProgressLine;

  constructor(private readonly options: TerminalAdapterOptions) {
    this.progress = new ProgressLine(options.output, options.live ?? (options.output as { isTTY?: boolean }).isTTY === true);
    this.publisher = new TerminalPublisher((text) => this.notify(text));
    this.finished = new Promise((resolve) => (this.settle = resolve));
  }

  /** Starts reading commands (once `ready` resolves) without waiting for the session to end; `finished` says when it has. */
  async start(): Promise<void> {
    void (async () => {
      try {
        await this.options.ready?.();
        if (!this.stopped) await this.run();
      } catch (error) {
        this.options.log.error({ err: error }, 'the terminal stopped reading commands');
      } finally {
        this.settle();
      }
    })();
  }

  /** Stops reading: the prompt closes, and a command still running finishes on its own. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.rl?.close();
  }

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
    const prompt = this.options.prompt ?? false;
    if (prompt) {
      say('Parallax: type /compare <topic>, /sources, /stories or /help. /quit to leave.');
      rl.prompt();
    }
    for await (const line of rl) {
      if (!prompt && line.trim() === '') continue;
      if (!prompt) say(`parallax> ${line.trim()}`);
      if (/^\/(quit|exit)\b/.test(line.trim())) break;
      // One line's failure is that line's answer; the session goes on to the next.
      say(
        await this.answer(line).catch((error: unknown) => {
          this.options.log.error({ err: error, line }, 'terminal command failed');
          return 'Something went wrong with that command; the details are in the log. Type /help for the list.';
        }),
      );
      if (prompt) rl.prompt();
    }
    rl.close();
    this.rl = null;
  }

  /** The text answer to one typed line. */
  async answer(line: string): Promise<string> {
    const parsed = parseLine(line.replace(/^\s*\/start\b/, '/help'), findCommand);
    if (parsed === null) return '';
    if ('error' in parsed) return parsed.error;
    const command = findCommand(parsed.command)!;
    const result = await runCommand(
      command,
      {
        platform: 'terminal',
        operator: true,
        user: { id: 'terminal', name: 'you' },
        channel: { platform: 'terminal', chatId: 'terminal', threadId: null },
        services: this.options.services,
        canConfigure: async () => true,
        progress: async (text) => this.progress.update(text),
      },
      parsed.options,
    ).finally(() => this.progress.clear());
    if (result.kind === 'error') this.options.log.debug({ command: parsed.command, message: result.message }, 'command error');
    // /quit belongs to the terminal's list of commands, not to one command explained.
    return result.kind === 'help' && result.commands.length > 1 ? `${renderText(result)}\n  /quit — leave` : renderText(result);
  }
}
