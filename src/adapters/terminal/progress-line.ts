/**
 * A command's progress on the terminal. On a TTY it is one line rewritten in place ("… Reading 14 pages of reports… 7/14")
 * and cleared before the answer; on a pipe or a file, where a rewrite would leave every count behind, it is one
 * line per stage ("… Reading 14 pages of reports…"), the counts left out.
 */
export class ProgressLine {
  private shown = false;
  private stage: string | null = null;

  constructor(
    private readonly output: NodeJS.WritableStream,
    /** Whether the output is a terminal that understands `\r` and "clear to end of line". */
    private readonly live: boolean,
  ) {}

  update(text: string): void {
    if (this.live) {
      this.output.write(`\r\x1b[K… ${text}`);
      this.shown = true;
      return;
    }
    const stage = stageOf(text);
    if (stage === this.stage) return;
    this.stage = stage;
    this.output.write(`… ${stage}\n`);
  }

  /** Removes the progress line (on a TTY), so the answer starts on a clean line; the next command starts afresh. */
  clear(): void {
    if (this.shown) this.output.write('\r\x1b[K');
    this.shown = false;
    this.stage = null;
  }
}

/** A progress text without its running count: "Searching 6 news editions… 2/6" -> "Searching 6 news editions…". */
function stageOf(text: string): string {
  return text.replace(/\s*\d+\s*\/\s*\d+\s*$/, '').trim();
}
