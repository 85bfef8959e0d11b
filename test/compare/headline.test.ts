import { describe, expect, it } from 'vitest';
import { representativeHeadline, withoutOutletSuffix } from '../../src/compare/headline.ts';

describe('representativeHeadline', () => {
  it('picks the title most similar to the others', () => {
    const titles = [
      'Storm hits coast',
      'Landslide buries mountain road near Glenholt',
      'Glenholt landslide: drivers rescued from buried road',
      'Mountain road near Glenholt buried by landslide, drivers rescued',
    ].map((title) => ({ title, language: 'en' }));
    expect(representativeHeadline(titles)).toBe('Mountain road near Glenholt buried by landslide, drivers rescued');
  });

  it('falls back to the first title when none resemble each other', () => {
    expect(
      representativeHeadline([
        { title: 'Erdrutsch', language: 'de' },
        { title: 'Оползень', language: 'ru' },
      ]),
    ).toBe('Erdrutsch');
    expect(representativeHeadline([])).toBe('');
  });
});

describe('withoutOutletSuffix', () => {
  it('drops the outlet name aggregators append, and nothing else', () => {
    expect(withoutOutletSuffix('River bursts its banks in Brenmoor - Valdria Public Radio', ['Valdria Public Radio'])).toBe(
      'River bursts its banks in Brenmoor',
    );
    expect(withoutOutletSuffix('Flood in Brenmoor | Harbor Gazette', [null, 'Harbor Gazette'])).toBe('Flood in Brenmoor');
    expect(withoutOutletSuffix('Brenmoor - the day after', ['Harbor Gazette'])).toBe('Brenmoor - the day after');
  });
});
