import { describe, expect, it } from 'vitest';
import { SpanTable } from '../../src/text/span-table.ts';

/** Adds a whole string as a key. */
function add(table: SpanTable, key: string): number {
  return table.add(key, 0, key.length);
}

describe('SpanTable', () => {
  it('numbers keys in the order added and finds a key by a span of any text holding it, and nothing for other spans', () => {
    const table = new SpanTable(100);
    expect(add(table, 'river')).toBe(0);
    expect(table.add('the riverbank', 4, 13)).toBe(1);
    expect(add(table, '')).toBe(2);
    const text = 'the riverbank by the river';
    expect(table.find(text, 4, 9)).toBe(0);
    expect(table.find(text, 4, 13)).toBe(1);
    expect(table.find(text, 21, 26)).toBe(0);
    expect(table.find(text, 4, 8)).toBe(-1);
    expect(table.find(text, 0, 3)).toBe(-1);
    expect(table.find(text, 5, 5)).toBe(2);
  });

  it('keeps thousands of keys apart as it grows, says when it is full, and forgets everything when cleared', () => {
    const table = new SpanTable(5000);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    for (const w of words) add(table, w);
    const text = words.join(' ');
    let at = 0;
    for (const [i, w] of words.entries()) {
      expect(table.find(text, at, at + w.length)).toBe(i);
      at += w.length + 1;
    }
    expect(table.size).toBe(5000);
    expect(table.full).toBe(true);
    table.clear();
    expect(table.full).toBe(false);
    expect(table.find(text, 0, words[0]!.length)).toBe(-1);
    expect(add(table, 'extra')).toBe(0);
    expect(table.find('an extra', 3, 8)).toBe(0);
  });

  it('tells apart keys of other scripts and astral characters', () => {
    const table = new SpanTable(10);
    add(table, 'Києві');
    add(table, '𝐀b');
    add(table, 'Киеви');
    expect(table.find('у Києві', 2, 7)).toBe(0);
    expect(table.find('x𝐀b', 1, 4)).toBe(1);
    expect(table.find('Киеви', 0, 5)).toBe(2);
  });
});
