import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { fontFile, type FaceName } from '../../src/card/fonts.ts';

/**
 * The package (issue 16): the Dockerfile keeps exactly the font files the card uses, compose.yaml gives its
 * services valid roles, and, where a Docker daemon answers, the image builds and runs. Without Docker the build
 * is skipped with a message (CI machines without a daemon cannot build it).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(`${root}/${file}`, 'utf8');
const dockerAnswers = spawnSync('docker', ['info'], { stdio: 'pipe', timeout: 10_000 }).status === 0;
if (!dockerAnswers)
  console.warn(
    '[skip] docker image build: no Docker daemon answers `docker info` here; the image is not built (the Dockerfile and compose.yaml checks still run).',
  );

describe('the Docker package', () => {
  it('keeps exactly the font files src/card/fonts.ts loads', () => {
    const used = [...read('src/card/fonts.ts').matchAll(/'(@expo-google-fonts\/[^']+\.ttf)'/g)].map((m) => basename(m[1]!));
    expect(used.length).toBeGreaterThan(0);
    const faces: FaceName[] = ['regular', 'bold', 'arabic', 'cjk', 'korean'];
    expect(faces.map((face) => basename(fontFile(face))).sort()).toEqual([...used].sort());
    const kept = [...read('Dockerfile').matchAll(/! -name (\S+\.ttf)/g)].map((m) => m[1]!);
    expect(kept.sort()).toEqual([...used].sort());
  });

  it('compose.yaml gives every Parallax service roles the configuration accepts, and each runs web for its health check', () => {
    const roles = [...read('compose.yaml').matchAll(/PARALLAX_ROLES: (.+)/g)].map((m) => m[1]!.trim());
    expect(roles.length).toBeGreaterThanOrEqual(4);
    for (const list of roles) {
      const config = loadConfig({ PARALLAX_ROLES: list, REDIS_URL: 'redis://redis:6379' });
      expect(config.PARALLAX_ROLES).toContain('web');
    }
    const all = new Set(roles.flatMap((r) => r.split(',')));
    expect([...all].sort()).toEqual(['deliver', 'discord', 'ingest', 'telegram', 'web']);
  });

  it.skipIf(!dockerAnswers)(
    'builds, and the image runs the parallax command',
    () => {
      const tag = `parallax-test:${process.pid}`;
      const build = spawnSync('docker', ['build', '-t', tag, '.'], { cwd: root, stdio: 'pipe', timeout: 900_000 });
      expect(build.status, build.stderr.toString().slice(-3000)).toBe(0);
      try {
        const size = Number(
          spawnSync('docker', ['image', 'inspect', tag, '--format', '{{.Size}}'], { stdio: 'pipe' }).stdout.toString().trim(),
        );
        console.info(`[docker] image ${tag}: ${(size / 1e6).toFixed(0)} MB`);
        const run = spawnSync('docker', ['run', '--rm', tag, 'sources', '--json'], { stdio: 'pipe', timeout: 120_000 });
        expect(run.status, run.stderr.toString()).toBe(0);
        expect((JSON.parse(run.stdout.toString()) as unknown[]).length).toBeGreaterThan(100);
      } finally {
        spawnSync('docker', ['image', 'rm', '-f', tag], { stdio: 'pipe' });
      }
    },
    900_000,
  );
});
