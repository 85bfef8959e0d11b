import { describe, expect, it } from 'vitest';
import { isBoilerplate, stripDateline } from '../../src/compare/boilerplate.ts';

describe('isBoilerplate', () => {
  it.each([
    'Photo: Jan Ortel/Lakeside Times',
    'Image caption Rescuers search the river bank',
    'Sponsor Message',
    'Advertisement',
    'Read more: How the town rebuilt',
    'Lesen Sie auch: Hochwasser im Norden',
    'Sign up for our morning newsletter.',
    'By Clara Moss',
    'By Clara Moss and Tom Reed, Valdria',
    'Copyright 2026 The Associated Press. All rights reserved.',
    '(Reporting by Clara Moss; Editing by Tom Reed)',
    'Follow us on Facebook and X.',
    'BRENMOOR, Valdria (AP) —',
    'March 3, 2026',
    'Читайте также: как прошла эвакуация',
  ])('drops %j', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(true);
  });

  it.each([
    'The Ostra river burst its banks on Tuesday, police said.',
    'By Tuesday evening, 12 people had died.',
    'Photographs shared by residents showed cars floating in the square.',
    'Die Polizei sprach von elf Toten.',
  ])('keeps reporting: %j', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });
});

describe('stripDateline', () => {
  it('removes a wire dateline but keeps the rest of the sentence', () => {
    expect(stripDateline('BRENMOOR, Valdria (AP) — The river burst its banks on Tuesday.')).toBe('The river burst its banks on Tuesday.');
  });

  it('leaves ordinary sentences alone', () => {
    const s = 'Mayor Ilse Varga (62) said the gates were opened.';
    expect(stripDateline(s)).toBe(s);
  });
});

describe('isBoilerplate on short lines', () => {
  it.each([
    ['LONDON (Reuters) -', true],
    ['KALVIK, Norland (AP) —', true],
    ['Rescue efforts continue', false],
    ['Brenmoor under water after river bursts', false],
    ['Kalvik Bay, March 10, 2026 (NNA)', true],
    ['OSTRAVIA, NL, April 28, 2009', true],
    ['Kalvik, March 10, 2026 (NNA) —', true],
    ['Kalvik, March 10: rescuers reach the harbour', false],
    ['Norland, a quiet coast, shaken by quake', false],
  ])('%j → %s', (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });
});
