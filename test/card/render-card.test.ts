import { describe, expect, it } from 'vitest';
import { renderCoverageCard, type CoverageCard } from '../../src/card/render-card.ts';
import { breakdown, report } from './card-fixture.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function expectInside(card: CoverageCard): void {
  expect(card.boxes.length).toBeGreaterThan(0);
  for (const box of card.boxes) {
    expect(box.x, box.text).toBeGreaterThanOrEqual(0);
    expect(box.y, box.text).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, box.text).toBeLessThanOrEqual(card.width);
    expect(box.y + box.height, box.text).toBeLessThanOrEqual(card.height);
  }
}

const few = breakdown([
  report('Harbour Ledger', { country: 'GB', ownership: 'private' }),
  report('Coastal Broadcaster', { country: 'IE', ownership: 'public-broadcaster', publishedAt: '2026-11-29T09:30:00Z' }),
  report('Wire Echo', { country: 'US', independent: false, copyOf: 'a-Harbour Ledger', agency: 'AP', publishedAt: '2026-11-29T10:00:00Z' }),
]);

describe('renderCoverageCard', () => {
  it('produces a PNG whose header gives the card size, between 1,000 and 1,200 px wide', () => {
    const card = renderCoverageCard(few);
    expect(pngSize(card.png)).toEqual({ width: card.width, height: card.height });
    expect(card.width).toBeGreaterThanOrEqual(1000);
    expect(card.width).toBeLessThanOrEqual(1200);
    expect(card.png.length).toBeLessThanOrEqual(500 * 1024);
    expectInside(card);
  });

  it('says how the reports split by language under the counts, for a story told in more than one', () => {
    const texts = (card: CoverageCard): string[] => card.boxes.map((b) => b.text);
    expect(texts(renderCoverageCard(few)).some((t) => t.startsWith('In '))).toBe(false);
    const multilingual = { ...few, coverage: { ...few.coverage, byLanguage: { en: 2, de: 1, ja: 1 } } };
    const card = renderCoverageCard(multilingual);
    expect(texts(card)).toContain('In English 2, German 1, Japanese 1');
    expectInside(card);
  });

  it('shows a figure that changed over time as one row, from the first to the latest value with their times', () => {
    const b = breakdown(few.reports);
    b.divergences.numbers = [
      {
        quantity: 'deaths',
        label: 'deaths',
        kind: 'update',
        change: {
          from: { figure: '3', at: '2026-03-10T19:19:00Z', outlets: ['Harbour Ledger'] },
          to: { figure: 'at least 24', at: '2026-03-11T00:20:00Z', outlets: ['Wire Echo'] },
        },
        variants: [
          {
            text: 'killing three',
            figure: '3',
            min: 3,
            max: 3,
            attribution: null,
            firstReportedAt: '2026-03-10T19:19:00Z',
            quotes: [],
            outlets: ['Harbour Ledger'],
          },
          {
            text: 'At least 24 people were killed',
            figure: 'at least 24',
            min: 24,
            max: null,
            attribution: null,
            firstReportedAt: '2026-03-11T00:20:00Z',
            quotes: [],
            outlets: ['Wire Echo'],
          },
        ],
      },
    ];
    const card = renderCoverageCard(b);
    expect(card.svg).toContain('rose from 3 to at least 24');
    expect(card.svg).toContain('19:19 → 00:20 UTC');
    expect(card.svg).not.toContain('killing three');
  });

  it('names every outlet, its country and the divergent values in the drawing', () => {
    const card = renderCoverageCard(few);
    for (const name of [
      'Harbour Ledger',
      'Coastal Broadcaster',
      'Wire Echo',
      'Ireland',
      'United States',
      'the operator (Harbour Ledger)',
      'at least 20',
    ]) {
      expect(card.svg).toContain(name);
    }
    expect(card.boxes.map((box) => box.text)).toContain('Wire Echo');
    expect(card.svg).toContain('AP 1');
  });

  it('draws different images for different breakdowns', () => {
    const other = breakdown([report('Valley Courier', { country: 'DE' }), report('Morning Signal', { country: 'FR' })], 'A bridge reopens');
    const [a, b] = [renderCoverageCard(few), renderCoverageCard(other)];
    expect(a.png.equals(b.png)).toBe(false);
    expect(b.svg).toContain('Valley Courier');
    expect(b.svg).not.toContain('Harbour Ledger');
  });

  it('summarises a 40-outlet story without any text leaving the canvas', () => {
    const countries = ['GB', 'DE', 'FR', 'US', 'JP', 'BR', 'IN', 'ZA', 'EG', 'RU', 'GR', 'CN', 'MX', 'KE', 'AR', 'NG', null];
    const reports = Array.from({ length: 40 }, (_, i) =>
      report(`Regional Evening Chronicle and Gazette number ${i}`, {
        articleId: `a${i}`,
        country: countries[i % countries.length] ?? null,
        independent: i % 3 !== 0,
        publishedAt: i % 7 === 0 ? null : `2026-11-29T${String(6 + (i % 12)).padStart(2, '0')}:00:00Z`,
      }),
    );
    const card = renderCoverageCard(breakdown(reports, 'A very long headline '.repeat(12)));
    expectInside(card);
    expect(card.boxes.some((box) => /^…and \d+ more outlets/u.test(box.text))).toBe(true);
    const headline = card.boxes.filter((box) => box.text.includes('very long'));
    expect(headline).toHaveLength(2);
    expect(headline[1]!.text.endsWith('…')).toBe(true);
    expect(card.png.length).toBeLessThanOrEqual(500 * 1024);
    expect(pngSize(card.png).height).toBe(card.height);
  });

  it('draws Cyrillic, Greek, Arabic and CJK names with their own faces and keeps them inside', () => {
    const names = ['Новая Газета Севера', 'Η Καθημερινή Νέα', 'صحيفة الميناء اليومية', '港口日报', '항구 신문', 'みなとニュース'];
    const card = renderCoverageCard(
      breakdown(
        names.map((name, i) => report(name, { articleId: `a${i}`, country: ['RU', 'GR', 'EG', 'CN', 'KR', 'JP'][i]! })),
        'Шторм закрыл порт — العاصفة تغلق الميناء',
      ),
    );
    for (const name of names) expect(card.svg).toContain(name);
    expect(card.svg).toMatch(/<path id="a\d+"/u);
    expect(card.svg).toMatch(/<path id="c\d+"/u);
    expect(card.svg).toMatch(/<path id="k\d+"/u);
    expect(card.svg).not.toMatch(/<text[\s>]/u);
    expectInside(card);
  });
});
