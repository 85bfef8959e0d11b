import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../support/hung-shutdown.ts', import.meta.url));

function run(deadlineMs: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, PARALLAX_TEST_DEADLINE_MS: String(deadlineMs) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited, stderr: () => stderr };
}

describe('bounded shutdown', () => {
  it('exits with code 1 and a log line when shutdown hangs past its deadline after SIGTERM', async () => {
    const p = run(300);
    await p.ready;
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/SIGTERM: shutting down/);
    expect(p.stderr()).toMatch(/shutdown did not finish within 0.3 s; exiting anyway/);
  });

  it('exits at once on a second signal', async () => {
    const p = run(60_000);
    await p.ready;
    p.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/SIGINT during shutdown; exiting now/);
  });
});
