import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TerminalAdapter } from '../../src/adapters/terminal/terminal-adapter.ts';
import { silentLogger } from '../../src/log.ts';
import { testContext } from '../support/command-context.ts';

/** A terminal whose /compare reports progress as the newsroom does: a search of 6 editions, then 12 pages read. */
function terminal(options: { live?: boolean; prompt?: boolean } = {}) {
  const { ctx } = testContext({
    compare: async (_topic, progress) => {
      for (let i = 0; i <= 6; i++) await progress(`Searching 6 news editions… ${i}/6`);
      for (let i = 0; i <= 12; i++) await progress(`Reading 12 pages of reports… ${i}/12`);
      return null;
    },
    sources: () => [],
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += chunk));
  const adapter = new TerminalAdapter({ services: ctx.services, input, output, log: silentLogger, ...options });
  return { adapter, input, printed: () => printed };
}

describe('terminal progress', () => {
  it('on a TTY rewrites one line in place and clears it before the answer', async () => {
    const { adapter, printed } = terminal({ live: true });
    const answer = await adapter.answer('/compare volcano Ostrava');
    expect(answer).toMatch(/^No outlet has reported/);
    expect(printed()).not.toContain('\n');
    expect(printed().split('\r\x1b[K').filter(Boolean)).toHaveLength(20);
    expect(printed()).toContain('\r\x1b[K… Reading 12 pages of reports… 12/12');
    expect(printed().endsWith('\r\x1b[K')).toBe(true);
  });

  it('on a pipe prints one line per stage, not one per count', async () => {
    const { adapter, printed } = terminal({ live: false });
    await adapter.answer('/compare volcano Ostrava');
    await adapter.answer('/compare harbour fire');
    expect(printed()).toBe('… Searching 6 news editions…\n… Reading 12 pages of reports…\n'.repeat(2));
  });

  it('reading commands from a pipe, echoes each command above its answer, skips blank lines and ends with the input', async () => {
    const { adapter, input, printed } = terminal({ live: false, prompt: false });
    const done = adapter.run();
    input.end('/sources\n\n   \n/compare volcano\n');
    await done;
    expect(printed()).toBe(
      [
        'parallax> /sources',
        'No outlets (of 0).',
        'parallax> /compare volcano',
        '… Searching 6 news editions…',
        '… Reading 12 pages of reports…',
        'No outlet has reported on "volcano" yet. Try fewer or different words.',
        '',
      ].join('\n'),
    );
  });
});
