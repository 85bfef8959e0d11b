import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GOLD, type GoldStory } from '../../src/bench/breakdown-bench.ts';

const HALVES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

async function stories(path: string): Promise<GoldStory[]> {
  return (JSON.parse(await readFile(path, 'utf8')) as { stories: GoldStory[] }).stories;
}

describe('breakdown gold files', () => {
  it.each(DEFAULT_GOLD)('%s holds well-formed stories the bench can score', async (path) => {
    const all = await stories(path);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const s of all) {
      expect(HALVES, s.id).toContain(s.half);
      for (const n of s.numbers) {
        expect(['conflict', 'update'], s.id).toContain(n.kind);
        // A divergence is matched on two covered values, so gold needs two distinct values at least.
        expect(new Set(n.values.map((v) => JSON.stringify(v))).size, `${s.id} ${n.quantity}`).toBeGreaterThanOrEqual(2);
      }
      for (const c of s.claims) {
        expect(c.sides.length, s.id).toBeGreaterThanOrEqual(2);
        for (const side of c.sides) expect(side.length, s.id).toBeGreaterThan(0);
      }
      expect(s.consensus.length, s.id).toBeGreaterThan(0);
      for (const fact of s.consensus)
        for (const group of fact)
          expect(
            group.split('|').every((alt) => alt.trim() !== ''),
            s.id,
          ).toBe(true);
    }
  });

  it('keeps half e at the eight stories annotated blind', async () => {
    const e = (await stories(DEFAULT_GOLD[0]!)).filter((s) => s.half === 'e');
    expect(e.map((s) => s.id).sort()).toEqual(['13_ecbplus', '18_ecb', '19_ecbplus', '22_ecb', '26_ecb', '28_ecb', '29_ecbplus', '31_ecb']);
  });

  it('keeps half f at the eight stories annotated blind after half e', async () => {
    const f = (await stories(DEFAULT_GOLD[0]!)).filter((s) => s.half === 'f');
    expect(f.map((s) => s.id).sort()).toEqual(['10_ecb', '1_ecbplus', '28_ecbplus', '33_ecbplus', '3_ecb', '4_ecb', '7_ecb', '9_ecb']);
  });

  it('keeps half g at the eight stories annotated blind after half f', async () => {
    const g = (await stories(DEFAULT_GOLD[0]!)).filter((s) => s.half === 'g');
    expect(g.map((s) => s.id).sort()).toEqual(['1_ecb', '23_ecb', '25_ecbplus', '29_ecb', '2_ecbplus', '30_ecbplus', '5_ecbplus', '6_ecb']);
  });

  it('keeps half h at the ten stories annotated blind after half g', async () => {
    const h = (await stories(DEFAULT_GOLD[0]!)).filter((s) => s.half === 'h');
    expect(h.map((s) => s.id).sort()).toEqual([
      '25_ecb',
      '26_ecbplus',
      '27_ecb',
      '27_ecbplus',
      '2_ecb',
      '34_ecb',
      '34_ecbplus',
      '5_ecb',
      '6_ecbplus',
      '9_ecbplus',
    ]);
  });
});
