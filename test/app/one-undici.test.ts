import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

/**
 * Every undici in a Node process shares one global dispatcher (`Symbol.for('undici.globalDispatcher.1')`),
 * Node's own fetch included. Two majors in the tree meant discord.js's 6.x multipart bodies were written by
 * cheerio's 7.x Agent ("action is not a function" on every /compare with a card).
 */
describe('dependencies: one undici in the process', () => {
  const copies = Object.entries(lock.packages).filter(([path]) => /(^|\/)node_modules\/undici$/.test(path));

  it('the lock file installs exactly one copy of undici', () => {
    expect(copies.map(([path]) => path)).toEqual(['node_modules/undici']);
  });

  it('that copy is the same major as the undici inside this Node (its fetch shares the dispatcher)', () => {
    const major = (version: string) => version.split('.')[0];
    expect(major(copies[0]![1].version!)).toBe(major(process.versions.undici!));
  });
});
