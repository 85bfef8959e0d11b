import { describe, expect, it } from 'vitest';
import { withoutDates } from '../../src/text/dates.ts';

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('withoutDates', () => {
  it('blanks written dates but for their year', () => {
    expect(squeeze(withoutDates('Last Updated: Monday, 28 November 2031, 02:24 GMT'))).toBe('Last Updated: Monday, 2031 , 02:24 GMT');
    expect(squeeze(withoutDates('updated 8:41 p. m. EST, Tue March 3, 2031'))).toBe('updated 8:41 p. m. EST, Tue 2031');
    expect(squeeze(withoutDates('Article posted on 08.07.2031'))).toBe('Article posted on 2031');
    expect(squeeze(withoutDates('11 / 28 / 31'))).toBe('');
    expect(squeeze(withoutDates('Voting began on Dec.14.'))).toBe('Voting began on');
    expect(squeeze(withoutDates('November 28th, 2031, 09:11 GMT'))).toBe('2031 , 09:11 GMT');
    expect(squeeze(withoutDates('2031-07-21 fire'))).toBe('2031 fire');
    expect(squeeze(withoutDates('28 de noviembre de 2031'))).toBe('2031');
    expect(squeeze(withoutDates('28 листопада 2031 р.'))).toBe('2031');
  });

  it('leaves quantities, scores and lower-case "may" and "march" alone', () => {
    for (const text of [
      'A 5.6-magnitude quake, 3 dead',
      '3 may die as 20 march on the capital',
      'Gulls (52-3, 46 KOs) 45-7-2',
      '9-14 start to the 2030-31 season',
      '10,000 march',
    ]) {
      expect(withoutDates(text)).toBe(text);
    }
  });
});
