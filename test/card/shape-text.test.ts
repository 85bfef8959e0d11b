import { describe, expect, it } from 'vitest';
import { ellipsize, measure, shapeLine, wrapText } from '../../src/card/shape-text.ts';
import { splitRuns } from '../../src/card/text-runs.ts';

describe('text runs', () => {
  it('gives Arabic and CJK their own faces and keeps Latin, Cyrillic and Greek in the base face', () => {
    expect(splitRuns('Daily Новости Νέα').map((run) => run.face)).toEqual(['regular']);
    const runs = splitRuns('Al Sahifa الميناء 港口 news');
    expect(runs.map((run) => run.face)).toEqual(['regular', 'arabic', 'cjk', 'regular']);
    expect(runs.find((run) => run.face === 'arabic')).toMatchObject({ rtl: true, text: 'الميناء' });
    expect(splitRuns('항구 신문').map((run) => run.face)).toEqual(['korean']);
  });
});

describe('glyphs the base face lacks', () => {
  it('draws a character Noto Sans has no glyph for (an arrow) from a face that has it, never as the missing-glyph box', () => {
    for (const bold of [false, true]) {
      const line = shapeLine({ text: '08:00 → 13:00 UTC', size: 14, bold });
      expect(line.runs.flatMap((run) => run.glyphs.map((g) => g.id))).not.toContain(0);
      expect(line.runs.map((run) => run.face)).toContain('cjk');
    }
  });
});

describe('measuring and fitting', () => {
  it('measures wider text as wider and scales with size', () => {
    expect(measure('WWWW', 20)).toBeGreaterThan(measure('iiii', 20));
    expect(measure('港口日报', 20)).toBeCloseTo(measure('港口日报', 10) * 2, 5);
  });

  it('ellipsizes to fit and leaves fitting text alone', () => {
    expect(ellipsize({ text: 'Short', size: 16, maxWidth: 500 })).toBe('Short');
    const cut = ellipsize({ text: 'Новая Газета Севера и Юга и Востока', size: 16, maxWidth: 120 });
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, 16)).toBeLessThanOrEqual(120);
  });

  it('cuts where a word ends, not inside one, when a word ends near the cut', () => {
    const text = 'state media (Harbour Ledger, Coastal Post, Valley Times, Northern Courier)';
    const cut = ellipsize({ text, size: 17, maxWidth: 300 });
    expect(measure(cut, 17)).toBeLessThanOrEqual(300);
    const kept = cut.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text.slice(kept.length)).toMatch(/^[\s,]/u);
  });

  it('wraps into at most the lines allowed, each within the width', () => {
    const lines = wrapText({
      text: 'one two three four five six seven eight nine ten eleven twelve',
      size: 20,
      maxWidth: 150,
      maxLines: 3,
    });
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(measure(line, 20)).toBeLessThanOrEqual(150);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });
});
