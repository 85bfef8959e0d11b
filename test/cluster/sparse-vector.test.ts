import { describe, expect, it } from 'vitest';
import { addInto, dot, emptyVector, forEachNamed, heaviest, norm, pruneTo, TermVector } from '../../src/cluster/sparse-vector.ts';
import { renewTableIfFull } from '../../src/cluster/term-table.ts';

/** Entries with awkward weights (sums of them depend on the order they are added in), from a seeded generator. */
function randomEntries(seed: number, n: number, vocabulary: number): [string, number][] {
  let x = seed;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out = new Map<string, number>();
  while (out.size < n) out.set(`t${Math.floor(next() * vocabulary)}`, next() / 3 + 1e-3 * next());
  return [...out];
}

describe('pruneTo', () => {
  it('leaves a vector alone until it holds half as many terms again as it keeps', () => {
    const v = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    pruneTo(v, 2);
    expect(v.size).toBe(3);
  });

  it('keeps the heaviest terms, breaking ties at the cut by term, in their old order', () => {
    for (const v of [new Map<string, number>(), emptyVector()]) {
      for (const [t, w] of [
        ['z', 1],
        ['d', 5],
        ['y', 2],
        ['c', 2],
        ['b', 2],
        ['a', 0.5],
      ] as const)
        v.set(t, w);
      pruneTo(v, 3);
      expect([...v.keys()]).toEqual(['d', 'c', 'b']);
      expect(v.get('c')).toBe(2);
      expect(v.has('y')).toBe(false);
    }
  });
});

describe('heaviest', () => {
  it('returns the heaviest terms first, ties by term, skipping terms the filter rejects', () => {
    const v = new Map([
      ['y', 2],
      ['x', 3],
      ['b', 2],
      ['a', 2],
      ['#1', 9],
    ]);
    expect(heaviest(v, 3, (t) => !t.startsWith('#'))).toEqual([
      ['x', 3],
      ['a', 2],
      ['b', 2],
    ]);
    expect(heaviest(new TermVector(v), 3, (t) => !t.startsWith('#'))).toEqual([
      ['x', 3],
      ['a', 2],
      ['b', 2],
    ]);
  });
});

describe('TermVector', () => {
  it('reads and writes like a Map, keeping terms in the order they were added', () => {
    const v = new TermVector([
      ['a', 1],
      ['b', 2],
    ]);
    v.set('c', 3).set('a', 4);
    expect([...v.entries()]).toEqual([
      ['a', 4],
      ['b', 2],
      ['c', 3],
    ]);
    expect(v.delete('b')).toBe(true);
    expect(v.delete('b')).toBe(false);
    expect([...v.keys()]).toEqual(['a', 'c']);
    expect([...v.values()]).toEqual([4, 3]);
    expect(v.get('zzz-never-seen')).toBeUndefined();
    const seen: string[] = [];
    v.forEach((w, t) => seen.push(`${t}=${w}`));
    expect(seen).toEqual(['a=4', 'c=3']);
  });

  it('finds every term of a long vector and none it lacks', () => {
    const entries = randomEntries(7, 300, 5000);
    const v = new TermVector(entries);
    for (const [t, w] of entries) expect(v.get(t)).toBe(w);
    expect(entries.filter(([t]) => !v.has(t))).toEqual([]);
    const held = new Set(entries.map(([t]) => t));
    const absent = randomEntries(8, 300, 5000).filter(([t]) => !held.has(t));
    expect(absent.filter(([t]) => v.has(t))).toEqual([]);
  });

  it('sums, adds and prunes to the same bits and order as a Map of the same entries', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const a = randomEntries(seed, 40 + seed * 7, 400);
      const b = randomEntries(seed + 100, 150, 400);
      const [ma, mb] = [new Map(a), new Map(b)];
      const [ta, tb] = [new TermVector(a), new TermVector(b)];
      expect(dot(ta, tb)).toBe(dot(ma, mb));
      expect(dot(tb, ta)).toBe(dot(mb, ma));
      expect(norm(ta)).toBe(norm(ma));
      addInto(ma, mb, 0.5);
      addInto(ta, tb, 0.5);
      expect([...ta.entries()]).toEqual([...ma.entries()]);
      pruneTo(ma, 60);
      pruneTo(ta, 60);
      expect([...ta.entries()]).toEqual([...ma.entries()]);
      expect(dot(ta, tb)).toBe(dot(ma, mb));
    }
  });

  it('combines vectors numbered by an older term table with newer ones', () => {
    const old = new TermVector([
      ['fire', 1],
      ['@tarsk', 2],
    ]);
    renewTableIfFull(0);
    const young = new TermVector([
      ['@tarsk', 3],
      ['ferry', 4],
    ]);
    expect(old.table).not.toBe(young.table);
    expect(dot(old, young)).toBe(6);
    addInto(young, old);
    expect([...young.entries()]).toEqual([
      ['@tarsk', 5],
      ['ferry', 4],
      ['fire', 1],
    ]);
    expect(old.get('@tarsk')).toBe(2);
  });
});

describe('forEachNamed', () => {
  it('visits the names and numbers of a term vector or a map, in order, and nothing else', () => {
    const entries: [string, number][] = [
      ['flood', 1],
      ['@velmora', 2],
      ['#2031', 3],
      ['rescu', 4],
      ['@ilsa_brandt', 5],
      ['#6.1', 6],
    ];
    for (const v of [new TermVector(entries), new Map(entries)]) {
      const seen: [string, number][] = [];
      forEachNamed(v, (w, t) => seen.push([t, w]));
      expect(seen).toEqual([
        ['@velmora', 2],
        ['#2031', 3],
        ['@ilsa_brandt', 5],
        ['#6.1', 6],
      ]);
    }
  });

  it('still knows which ids are names after a new term table renumbers a vector', () => {
    const v = new TermVector([
      ['@tarsk', 1],
      ['quake', 2],
    ]);
    renewTableIfFull(0);
    const w = new TermVector([
      ['quake', 1],
      ['#37', 2],
    ]);
    addInto(w, v);
    const seen: string[] = [];
    forEachNamed(w, (_, t) => seen.push(t));
    expect(seen).toEqual(['#37', '@tarsk']);
  });
});
