import { describe, expect, it } from 'vitest';
import { SpanTable } from '../../src/text/span-table.ts';

describe('SpanTable', () => {
  it('finds a key by a span of any text holding it, and nothing for other spans', () => {
    const table = new SpanTable<number>(100);
    table.add('river', 1);
    table.add('riverbank', 2);
    table.add('', 3);
    const text = 'the riverbank by the river';
    expect(table.get(text, 4, 9)).toBe(1);
    expect(table.get(text, 4, 13)).toBe(2);
    expect(table.get(text, 21, 26)).toBe(1);
    expect(table.get(text, 4, 8)).toBeUndefined();
    expect(table.get(text, 0, 3)).toBeUndefined();
    expect(table.get(text, 5, 5)).toBe(3);
  });

  it('keeps thousands of keys apart as it grows, and starts afresh when it holds its limit', () => {
    const table = new SpanTable<string>(5000);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    for (const w of words) table.add(w, w.toUpperCase());
    const text = words.join(' ');
    let at = 0;
    for (const w of words) {
      expect(table.get(text, at, at + w.length)).toBe(w.toUpperCase());
      at += w.length + 1;
    }
    expect(table.size).toBe(5000);
    table.add('extra', 'EXTRA');
    expect(table.size).toBe(1);
    expect(table.get('extra', 0, 5)).toBe('EXTRA');
    expect(table.get(text, 0, words[0]!.length)).toBeUndefined();
  });

  it('tells apart keys of other scripts and astral characters', () => {
    const table = new SpanTable<number>(10);
    table.add('Києві', 1);
    table.add('𝐀b', 2);
    table.add('Киеви', 3);
    expect(table.get('у Києві', 2, 7)).toBe(1);
    expect(table.get('x𝐀b', 1, 4)).toBe(2);
    expect(table.get('Киеви', 0, 5)).toBe(3);
  });
});
