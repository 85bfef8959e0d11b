import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const CRUISER = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs dependency-cruiser with the project's rules (.dependency-cruiser.cjs) in `cwd` and returns what it found. */
async function cruise(cwd: string, args: string[]): Promise<Violation[]> {
  const run = promisify(execFile);
  const { stdout } = await run(process.execPath, [CRUISER, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...args], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

/** A copy of the code and the rules in a temporary folder, so violations can be planted without touching the tree. */
function copyOfTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-arch-'));
  for (const path of ['src', 'commands', 'tsconfig.json', '.dependency-cruiser.cjs', 'package.json'])
    cpSync(join(root, path), join(dir, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * `npm run lint:deps` (run by `npm test`) checks the real tree against .dependency-cruiser.cjs; this test checks the
 * rules still bite, on a copy of the tree with one violation planted for each boundary.
 */
describe('architecture: the import rules (dependency-cruiser)', () => {
  it('catch each planted violation: platform libraries in the core, outer layers in domain and commands, adapters importing adapters', async () => {
    const dir = copyOfTree();
    made.push(dir);
    const planted: Record<string, string> = {
      // The three violations of the trial in issue 17, which the earlier regex test let through.
      'src/domain/clock.ts': "\nimport 'grammy';\n",
      'src/text/stem.ts': "\nexport const platform: unknown = require('discord.js');\n",
      'src/domain/channel.ts': "\nexport type { Sender as Planted } from '../delivery/sender.ts';\n",
      // And one for each other boundary.
      'commands/stories.ts': "\nexport { LIMITS } from '../src/adapters/discord/limits.ts';\n",
      'src/adapters/terminal/parse-line.ts': "\nexport { escapeHtml } from '../telegram/escape-html.ts';\n",
      'src/compare/wording.ts': "\nexport { commands } from '../../commands/index.ts';\n",
    };
    for (const [file, line] of Object.entries(planted)) appendFileSync(join(dir, file), line);
    const found = await cruise(dir, ['--max-depth', '1', ...Object.keys(planted)]);
    const said = (file: string) =>
      found.filter((v) => v.from === file).map((v) => `${v.rule.name} → ${v.to.replace(/^.*node_modules\//, '')}`);
    expect(said('src/domain/clock.ts')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^platform-library-outside-its-adapter → grammy\//)]),
    );
    expect(said('src/text/stem.ts')).toEqual([expect.stringMatching(/^platform-library-outside-its-adapter → discord\.js\//)]);
    expect(said('src/domain/channel.ts')).toEqual(['domain-imports-only-domain → src/delivery/sender.ts']);
    expect(said('commands/stories.ts')).toEqual(['commands-import-no-adapter → src/adapters/discord/limits.ts']);
    expect(said('src/adapters/terminal/parse-line.ts')).toEqual([
      'adapter-imports-no-other-adapter → src/adapters/telegram/escape-html.ts',
    ]);
    expect(said('src/compare/wording.ts')).toEqual(['core-imports-no-outer-layer → commands/index.ts']);
  }, 120_000);
});
