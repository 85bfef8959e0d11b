import { describe, expect, it } from 'vitest';
import { findActDays, weekdayOf } from '../../src/text/act-days.ts';

const read = (sentence: string): [string, string, string | null, string | null][] =>
  findActDays(sentence).map((d) => [d.text, d.act, d.agent, d.patient]);

describe('findActDays', () => {
  it('reads the weekday or date a sentence puts an act in the past on, with who did it and to whom', () => {
    expect(read('Ivo Marsh checked into the Larkspur clinic on Tuesday.')).toEqual([['on Tuesday', 'check', 'marsh', null]]);
    expect(read('The Herons signed forward Ada Quill late Monday night.')).toEqual([['late Monday night', 'sign', 'herons', 'quill']]);
    expect(read('Ada Quill was re-signed by the Herons on Monday.')).toEqual([['on Monday', 'sign', 'herons', 'quill']]);
    expect(read('On Friday, the Herons waived Ada Quill.')).toEqual([['On Friday', 'waiv', 'herons', 'quill']]);
    expect(read('Police on Sunday arrested Ivo Marsh in Dunmore.')).toEqual([['on Sunday', 'arrest', 'police', 'marsh']]);
    expect(read('Ivo Marsh died in Port Ellis, Maine, on Thursday.')).toEqual([['on Thursday', 'die', 'marsh', null]]);
    expect(read('Late Friday, around 11:30 p.m., Ivo Marsh checked into the Larkspur clinic.')).toEqual([
      ['Late Friday', 'check', 'marsh', null],
    ]);
    expect(read('The forward, Ada Quill, who was signed on Tuesday, trained with the squad.')).toEqual([
      ['on Tuesday', 'sign', null, 'quill'],
    ]);
  });

  it('reads a date with its weekday and year, and which end of the day a report gives', () => {
    const [day] = findActDays('Marsh checked himself in on Tuesday, March 3, 2015.');
    expect([day?.weekday, day?.month, day?.date, day?.year, day?.part]).toEqual([2, 2, 3, 2015, null]);
    expect(findActDays('The ferry sank early Sunday off Dunmore.')[0]?.part).toBe('early');
    expect(findActDays('The ferry sank Saturday night off Dunmore.')[0]?.part).toBe('late');
    expect(weekdayOf(2015, 2, 3)).toBe(2);
  });

  it('reads no day of a saying, of what will or may happen, of another day, or told in another zone', () => {
    expect(read('Her agent said Friday that Quill went to the Larkspur clinic.')).toEqual([]);
    expect(read('Marsh will be sentenced Friday.')).toEqual([]);
    expect(read('The club agreed to sign Quill on Monday.')).toEqual([]);
    expect(read('Marsh was not arrested Monday.')).toEqual([]);
    expect(read('More marches are planned for Saturday.')).toEqual([]);
    expect(read('Marsh was arrested Monday and charged Tuesday.')).toEqual([['Monday', 'arrest', null, 'marsh']]);
    expect(read('Quill missed last Sunday with a sore knee.')).toEqual([]);
    expect(read("Quill's Tuesday appearance drew a crowd.")).toEqual([]);
    expect(read('Marsh died this evening (0130 GMT Friday) at home.')).toEqual([]);
    expect(read('The rules announced Thursday cut the review.')).toEqual([]);
    expect(read('The Herons placed Quill on injured reserve Tuesday.')).toEqual([['Tuesday', 'place', 'herons', 'quill']]);
  });
});
