import { describe, expect, it } from 'vitest';
import { linkDensity, measureText } from '../../src/extract/text-stats.ts';
import { loadHtml } from '../../src/parse/html-to-text.ts';

describe('measureText', () => {
  it('counts visible text and the part inside links, ignoring scripts', () => {
    const $ = loadHtml('<div id="d">Words here <a href="#">linked <b>text</b></a><script>var hidden = 1;</script></div>');
    const root = $.root()[0];
    const div = $('#d')[0];
    if (!root || !div) throw new Error('fixture did not parse');
    const stats = measureText(root);
    expect(stats.get(div)).toEqual({ chars: 'Words here'.length + 'linked'.length + 'text'.length, linkChars: 10 });
    expect(linkDensity(stats, div)).toBeCloseTo(10 / 20);
  });

  it('gives zero density for elements without text', () => {
    const $ = loadHtml('<div id="e"><img src="x"></div>');
    const root = $.root()[0];
    const div = $('#e')[0];
    if (!root || !div) throw new Error('fixture did not parse');
    expect(linkDensity(measureText(root), div)).toBe(0);
  });
});
