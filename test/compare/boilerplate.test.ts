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
    'For more information, check out the council statement.',
  ])('drops %j', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(true);
  });

  it.each([
    'The Ostra river burst its banks on Tuesday, police said.',
    'By Tuesday evening, 12 people had died.',
    'Photographs shared by residents showed cars floating in the square.',
    'Die Polizei sprach von elf Toten.',
    'More information on the 12 dead came from the hospital on Tuesday.',
  ])('keeps reporting: %j', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });
});

describe('stripDateline', () => {
  it('removes a wire dateline but keeps the rest of the sentence', () => {
    expect(stripDateline('BRENMOOR, Valdria (AP) — The river burst its banks on Tuesday.')).toBe('The river burst its banks on Tuesday.');
  });

  it.each([
    ['MADRID, 5 mar (EFE).- El río se desbordó el martes.', 'El río se desbordó el martes.'],
    ['МОСКВА, 5 марта. /ТАСС/. Река вышла из берегов во вторник.', 'Река вышла из берегов во вторник.'],
    ['КИЕВ, 5 мар — РИА Новости. Река вышла из берегов.', 'Река вышла из берегов.'],
    ['新华社北京3月5日电（记者王明）河水周二漫过堤岸。', '河水周二漫过堤岸。'],
    ['【中新网北京3月5日电】河水周二漫过堤岸。', '河水周二漫过堤岸。'],
    ['[東京 5日 ロイター] - 川が火曜日に氾濫した。', '川が火曜日に氾濫した。'],
    ['القاهرة (رويترز) - فاض النهر يوم الثلاثاء.', 'فاض النهر يوم الثلاثاء.'],
    ['New Delhi / Mumbai: An Indian warship foiled an attack on Thursday.', 'An Indian warship foiled an attack on Thursday.'],
    ['Kalvik/Brenmoor: Rescuers reached the last village on Tuesday.', 'Rescuers reached the last village on Tuesday.'],
  ])('removes the wire dateline of %s', (sentence, rest) => {
    expect(stripDateline(sentence)).toBe(rest);
  });

  it('leaves ordinary sentences alone', () => {
    const s = 'Mayor Ilse Varga (62) said the gates were opened.';
    expect(stripDateline(s)).toBe(s);
    const bracket = 'Police (armed) - not a dateline but a sentence.';
    expect(stripDateline(bracket)).toBe(bracket);
    const headline = 'Kalvik: Rescuers reached the last village on Tuesday.';
    expect(stripDateline(headline)).toBe(headline);
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
