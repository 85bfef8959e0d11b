import { describe, expect, it } from 'vitest';
import { detectAgency } from '../../src/compare/agency.ts';
import { containment, detectSyndication, shingles } from '../../src/compare/syndication.ts';
import { pickDrafts } from '../../src/compare/drafts.ts';
import { articleOf, draftsOf, outletNamed } from './fixtures/make.ts';

const WIRE = [
  'GLENHOLT, Norland (AP) — A landslide buried part of a mountain road near Glenholt on Sunday after a week of rain.',
  'Four drivers were rescued from their cars by firefighters, the regional council said.',
  'Engineers closed the road and warned that more of the slope could give way overnight.',
];

describe('detectAgency', () => {
  it.each([
    ['GLENHOLT (AP) — A landslide hit.', 'AP'],
    ['LONDON, May 1 (Reuters) - Prices fell.', 'Reuters'],
    ['Prices fell sharply. — Reuters', 'Reuters'],
    ['The quake was shallow, AFP reports.', 'AFP'],
    ['BERLIN (dpa) - Der Zug fiel aus.', 'dpa'],
    ['МОСКВА, 1 мая. /ТАСС/. Поезд опоздал.', 'TASS'],
    ['The council met on Monday.', null],
  ])('%j names %s', (text, agency) => {
    expect(detectAgency(text)).toBe(agency);
  });
});

describe('detectSyndication', () => {
  it('counts a wire text once: the earliest is independent, later near-copies point to it and inherit its agency', () => {
    const drafts = draftsOf([
      { outlet: 'first', body: WIRE, publishedAt: '2026-05-01T08:00:00Z' },
      {
        outlet: 'second',
        body: ['Photo: staff', ...WIRE.slice(0, 2), 'Engineers shut the road overnight.', 'Sign up for our newsletter.'],
        publishedAt: '2026-05-01T09:00:00Z',
      },
      {
        outlet: 'own',
        body: [
          'Our reporter saw the slope move at dawn near the Glenholt tunnel.',
          'Residents of three farms were told to leave their homes.',
        ],
        publishedAt: '2026-05-01T08:30:00Z',
      },
      { outlet: 'third', body: WIRE.join(' ').replace('(AP) — ', ''), publishedAt: '2026-05-01T10:00:00Z' },
    ]);
    const result = detectSyndication(drafts);
    expect(result.get('first:0')).toEqual({ independent: true, copyOf: null, agency: 'AP' });
    expect(result.get('own:2')).toEqual({ independent: true, copyOf: null, agency: null });
    expect(result.get('second:1')).toEqual({ independent: false, copyOf: 'first:0', agency: 'AP' });
    expect(result.get('third:3')).toEqual({ independent: false, copyOf: 'first:0', agency: 'AP' });
  });

  it('takes a wire agency’s own report for the original, though a site ran the text sooner', () => {
    const drafts = pickDrafts({
      articles: [
        articleOf({ outlet: 'site', body: WIRE.join(' ').replace('(AP) — ', ''), publishedAt: '2026-05-01T07:59:00Z' }, 0),
        articleOf({ outlet: 'ap', body: WIRE, publishedAt: '2026-05-01T08:00:00Z' }, 1),
      ],
      outletOf: (a) => ({ ...outletNamed(a.sourceId), ownership: a.sourceId === 'ap' ? 'wire-agency' : 'private' }),
    });
    const result = detectSyndication(drafts);
    expect(result.get('ap:1')).toEqual({ independent: true, copyOf: null, agency: 'AP' });
    expect(result.get('site:0')).toEqual({ independent: false, copyOf: 'ap:1', agency: 'AP' });
  });

  it('keeps reports that only share a few phrases independent', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: WIRE },
      {
        outlet: 'b',
        body: [
          'A landslide buried part of a mountain road near Glenholt, the council said.',
          'Nobody was hurt, according to the fire brigade, and the road will stay closed for a week.',
        ],
      },
    ]);
    expect([...detectSyndication(drafts).values()].every((p) => p.independent)).toBe(true);
  });

  it('measures containment over word shingles', () => {
    const a = shingles('one two three four five six seven');
    const b = shingles('zero one two three four five six seven eight nine');
    expect(containment(a, b)).toBe(1);
    expect(containment(a, shingles('entirely different words appear in this sentence'))).toBe(0);
  });
});
