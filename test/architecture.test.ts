import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

function resolveTarget(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(root, join(root, file, '..', spec)) : spec;
}

const PLATFORM = /^(discord\.js|@discordjs\/|grammy|@grammyjs\/|telegraf|node-telegram-bot-api)/;
const CORE = ['domain', 'store', 'fetch', 'parse', 'extract', 'ingest', 'schedule', 'text', 'cluster', 'compare', 'newsroom', 'sources', 'config', 'subscriptions', 'delivery', 'coordination', 'card'];

describe('architecture: ports and adapters', () => {
  const all = [...files('src'), ...files('commands')];

  it('only the Discord and Telegram adapters import platform libraries', () => {
    const offenders = all.flatMap((file) =>
      imports(file)
        .filter((spec) => PLATFORM.test(spec))
        .filter((spec) => !(file.startsWith('src/adapters/discord/') && /discord/.test(spec)) && !(file.startsWith('src/adapters/telegram/') && /gram/.test(spec)))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the core imports no adapter, CLI, command or wiring code', () => {
    const core = all.filter((file) => CORE.some((dir) => file.startsWith(`src/${dir}/`)));
    expect(core.length).toBeGreaterThan(20);
    const offenders = core.flatMap((file) =>
      imports(file)
        .map((spec) => resolveTarget(file, spec))
        .filter((target) => /^(src\/(adapters|cli|bench)\/|src\/main\.ts$|commands\/)/.test(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('commands import no adapter and no platform library', () => {
    const offenders = files('commands').flatMap((file) =>
      imports(file)
        .map((spec) => resolveTarget(file, spec))
        .filter((target) => target.startsWith('src/adapters/') || PLATFORM.test(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });
});
