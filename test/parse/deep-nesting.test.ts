import { describe, expect, it } from 'vitest';
import { defuseDeepNesting, estimateNesting, MAX_NESTING } from '../../src/parse/deep-nesting.ts';

describe('estimateNesting', () => {
  it('counts nesting of ordinary elements, not void or self-closing ones', () => {
    expect(estimateNesting('<div><section><p>a<p>b<br><img src=x><span>c</span></section></div>')).toBe(3);
    expect(estimateNesting('<li>'.repeat(5000))).toBe(0);
  });
});

describe('defuseDeepNesting', () => {
  it('leaves ordinary markup untouched', () => {
    const html = '<div class="a"><p>One</p><p>Two</p></div>';
    expect(defuseDeepNesting(html)).toBe(html);
  });

  it('flattens hostile nesting to paragraphs and line breaks, keeping the text', () => {
    const html = `${'<div>'.repeat(MAX_NESTING + 1)}<p class="x">Kept</p>text<br/>more`;
    const defused = defuseDeepNesting(html);
    expect(defused).not.toContain('<div>');
    expect(defused).toContain('<p>Kept</p>text<br>more');
  });
});
