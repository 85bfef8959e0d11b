import { describe, expect, it } from 'vitest';
import { clockFigure, findClockTimes } from '../../src/text/clock-times.ts';

const hours = (s: string): number[] => findClockTimes(s).map((m) => Math.round(m.value * 100) / 100);

describe('findClockTimes', () => {
  it('reads 12-hour and 24-hour clock times put to a happening, in hours', () => {
    expect(hours('The stop came at about 1:30 a.m. on the highway.')).toEqual([1.5]);
    expect(hours('It started shortly after 9pm.')).toEqual([21]);
    expect(hours('The tremor was registered at 17:06 hours local time (13:36 GMT).')).toEqual([17.1]);
    expect(hours('Crews arrived at 12 a.m. and left at 12:15 p.m.')).toEqual([0, 12.25]);
  });

  it('skips times that are not when something happened', () => {
    expect(hours('By 6.30am the fire had been contained.')).toEqual([]);
    expect(hours('Turnout was 88 percent as of 4:00 p.m.')).toEqual([]);
    expect(hours('The referee stopped the fight at 2:56.')).toEqual([]);
    expect(hours('He was paid at 9 times the rate.')).toEqual([]);
    expect(hours('The tremor struck at 13:36 GMT.')).toEqual([]);
  });

  it('leaves out a time told in a named zone, which may not be the local time of the place', () => {
    expect(hours('The game kicks off at 4:30 p.m. ET in Denver.')).toEqual([]);
    expect(hours('Kickoff is at 1:30 p. m. PST.')).toEqual([]);
    expect(hours('Kickoff is at 2:30 p.m. local time.')).toEqual([14.5]);
    expect(hours('They met at 3 p.m. Central bankers were not there.')).toEqual([15]);
  });

  it('stands for the quarter hour either side, so half an hour apart is apart', () => {
    const [a] = findClockTimes('at 1 a.m.');
    const [b] = findClockTimes('at 1:30 a.m.');
    expect(a!.max! < b!.min).toBe(true);
    const [c] = findClockTimes('at 1:20 a.m.');
    expect(a!.max! >= c!.min).toBe(true);
  });

  it('words a time for readers with its qualifier', () => {
    expect(clockFigure(findClockTimes('at around 9pm')[0]!)).toBe('about 9:00 p.m.');
    expect(clockFigure(findClockTimes('just after 2:30 a.m.')[0]!)).toBe('just after 2:30 a.m.');
    expect(clockFigure(findClockTimes('at 17:06 hours')[0]!)).toBe('5:06 p.m.');
  });
});
