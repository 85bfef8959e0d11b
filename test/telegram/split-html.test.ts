import { describe, expect, it } from 'vitest';
import { breakdownPages } from '../../src/adapters/telegram/render-breakdown.ts';
import { splitHtml } from '../../src/adapters/telegram/split-html.ts';
import { checkTelegramHtml } from '../support/telegram-double/telegram-html.ts';
import { breakdown, report } from './fixtures.ts';

const visible = (html: string) => {
  const parsed = checkTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${html}`);
  return parsed.text;
};

describe('splitHtml', () => {
  it('keeps a short message whole', () => {
    expect(splitHtml('<b>Hello</b> &amp; welcome')).toEqual(['<b>Hello</b> &amp; welcome']);
  });

  it('cuts at paragraph boundaries when there are any, and loses no text', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `<b>Paragraph ${i}</b>\n${'word '.repeat(40).trim()} &amp; more`);
    const parts = splitHtml(paragraphs.join('\n\n'), 1000);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(1000);
      expect(part.startsWith('<b>Paragraph ')).toBe(true);
      expect(part.endsWith('&amp; more')).toBe(true);
    }
    expect(parts.map(visible).join('\n\n')).toBe(visible(paragraphs.join('\n\n')));
  });

  it('closes and re-opens tags that span a cut, so every part is valid on its own', () => {
    const quote = `<blockquote><i>${Array.from({ length: 200 }, (_, i) => `line ${i} of a long quote`).join('\n')}</i></blockquote>`;
    const parts = splitHtml(`<b>Head</b>\n\n${quote}`, 700);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts.slice(1)) {
      expect(part.length).toBeLessThanOrEqual(700);
      expect(part.startsWith('<blockquote><i>line ')).toBe(true);
      expect(part.endsWith('</i></blockquote>')).toBe(true);
      visible(part);
    }
    const lines = parts
      .map(visible)
      .join('\n')
      .split('\n')
      .filter((l) => l.startsWith('line '));
    expect(lines).toHaveLength(200);
  });

  it('never cuts inside a tag, an entity or a surrogate pair, even without spaces', () => {
    const unit = '<a href="https://example.org/x">😀&amp;</a>';
    const html = `<b>${unit.repeat(400)}</b>`;
    const parts = splitHtml(html, 500);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(500);
      const text = visible(part);
      expect(text).toMatch(/^(😀&)+$/u);
    }
    expect(parts.map(visible).join('')).toBe('😀&'.repeat(400));
  });
});

describe('breakdown pages', () => {
  it('splits a 40-outlet breakdown with long summaries into pages that fill but never exceed 4,096 characters', () => {
    const long = (i: number) =>
      report(i, {
        summary: Array.from(
          { length: 4 },
          (_, k) =>
            `Sentence ${k + 1} of Outlet ${i} & its <long> account, which describes the invented Velmora harbour fire at length: ${'the quay, the smoke, the ferries and the firefighters; '.repeat(6)}`,
        ),
      });
    const story = breakdown({ reports: Array.from({ length: 40 }, (_, i) => long(i + 1)) });
    const pages = breakdownPages(story);
    const outletPages = pages.filter((p) => p.section === 'outlets');
    expect(outletPages.length).toBeGreaterThan(8);
    expect(Math.max(...pages.map((p) => p.html.length))).toBeGreaterThan(3000);
    for (const [i, page] of pages.entries()) {
      expect(page.html.length).toBeLessThanOrEqual(4096);
      visible(page.html);
      expect(page.html).toContain(`page ${i + 1} of ${pages.length}`);
      expect(page.html.match(/<a /g)?.length ?? 0).toBe(page.html.match(/<\/a>/g)?.length ?? 0);
    }
    const text = pages.map((p) => visible(p.html)).join('\n');
    for (let i = 1; i <= 40; i++) for (let k = 1; k <= 4; k++) expect(text).toContain(`Sentence ${k} of Outlet ${i} & its <long> account`);
  });
});
