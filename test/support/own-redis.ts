import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A redis-server this test starts on its own loopback port, to stop and restart (never the shared one). */
export interface OwnRedis {
  url: string;
  port: number;
  stop(): void;
  start(): void;
  /** Stops it for good and removes its folder. */
  dispose(): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts a throwaway redis-server; null (with a message) when redis-server is not installed. */
export async function startOwnRedis(suite: string): Promise<OwnRedis | null> {
  if (spawnSync('redis-server', ['--version'], { stdio: 'pipe' }).status !== 0) {
    console.warn(`[skip] ${suite}: redis-server is not installed; the Redis outage tests are skipped.`);
    return null;
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-own-redis-'));
  const pidfile = join(dir, 'redis.pid');
  const start = () => {
    execFileSync(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'yes',
        '--pidfile',
        pidfile,
        '--dir',
        dir,
      ],
      { stdio: 'pipe' },
    );
    for (let i = 0; i < 100; i++) {
      if (
        spawnSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'pipe' })
          .stdout?.toString()
          .includes('PONG')
      )
        return;
      spawnSync('sleep', ['0.05']);
    }
    throw new Error(`own redis-server on ${port} did not start`);
  };
  const stop = () => {
    let pid: number;
    try {
      pid = Number(readFileSync(pidfile, 'utf8').trim());
    } catch {
      return;
    }
    spawnSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { stdio: 'pipe' });
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        return;
      }
      spawnSync('sleep', ['0.05']);
    }
    process.kill(pid, 'SIGKILL');
  };
  start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    dispose() {
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
