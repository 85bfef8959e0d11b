import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCardFile } from '../../src/card/write-card-file.ts';
import { breakdown, report } from './card-fixture.ts';

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

describe('writeCardFile', () => {
  it('writes the card PNG to the path asked for, creating its folder, and says its size', async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-card-'));
    const path = join(dir, 'nested', 'card.png');
    const written = await writeCardFile({
      breakdown: breakdown([report('Harbour Ledger'), report('Valley Courier', { country: 'DE' })]),
      path,
    });
    const bytes = await readFile(path);
    expect(written).toMatchObject({ path, bytes: bytes.length });
    expect(bytes.readUInt32BE(16)).toBe(written.width);
    expect(bytes.readUInt32BE(20)).toBe(written.height);
  });
});
