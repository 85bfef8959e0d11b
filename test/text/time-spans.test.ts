import { describe, expect, it } from 'vitest';
import { findTimeSpans } from '../../src/text/time-spans.ts';

const read = (s: string): [string, string, number, number | null, string][] =>
  findTimeSpans(s).map((m) => [m.quantity, m.shown, m.min, m.max, m.label]);

describe('spans of time with what they measure', () => {
  it('reads a span with the noun it qualifies or the verb that governs it, keyed by unit and frame', () => {
    expect(read('The panel gave up after 22 hours of deliberation on Friday.')).toEqual([
      ['hours:deliberation', '22 hours', 22, 22, 'length of deliberation'],
    ]);
    expect(read("Jurors deliberated Ostrander's sentence for 18 hours over three days.")).toEqual([
      ['hours:deliberation', '18 hours', 18, 18, 'length of deliberation'],
    ]);
    expect(read('Vance had been hospitalized for the past five weeks with a lung infection.')).toEqual([
      ['weeks:hospital', 'five weeks', 5, 5, 'time in hospital'],
    ]);
    expect(read('Aide said Vance was in hospital for six weeks.')).toEqual([['weeks:hospital', 'six weeks', 6, 6, 'time in hospital']]);
    expect(read('Talks collapsed after a 36-hour port strike in Dunmore.')).toEqual([
      ['hours:strike', '36 hours', 36, 36, 'length of the strike'],
    ]);
    expect(read('The trial, which lasted two weeks, ended on Friday.')).toEqual([
      ['weeks:trial', 'two weeks', 2, 2, 'length of the trial'],
    ]);
    expect(read('The standoff lasted three hours before the man walked out.')).toEqual([
      ['hours:standoff', 'three hours', 3, 3, 'length of the standoff'],
    ]);
  });

  it('reads time in prison from what was served or spent, and the halves pages write', () => {
    expect(read('Orme served 7½ months in a state prison for fraud.')).toEqual([
      ['months:prison', '7½ months', 7.5, 7.5, 'time in prison'],
    ]);
    expect(read('Orme served seven and a half months in jail.')).toEqual([
      ['months:prison', 'seven and a half months', 7.5, 7.5, 'time in prison'],
    ]);
    expect(read('Orme, who served a 7-1 / 2-month prison term, died.')).toEqual([
      ['months:prison', '7½ months', 7.5, 7.5, 'time in prison'],
    ]);
    expect(read('He spent about a year behind bars.')).toEqual([['years:prison', 'about a year', 0.9, 1.1, 'time in prison']]);
    // "71 / 2 months" is a page's mangled 7½: the 2 after the slash is no span.
    expect(read('Orme served 71 / 2 months in a state prison.')).toEqual([]);
  });

  it('reads a span that is over, and not one still running when the report was written', () => {
    expect(read('The hiker was missing for three days before rescuers found him.')).toEqual([
      ['days:missing', 'three days', 3, 3, 'time missing'],
    ]);
    expect(read('He was caught after nine days on the run.')).toEqual([['days:run', 'nine days', 9, 9, 'time on the run']]);
    expect(read('Vance, who has been hospitalized for three weeks, is stable.')).toEqual([]);
    expect(read('Crews have searched for two days without finding the boat.')).toEqual([]);
    expect(read('The hiker has been missing for three days.')).toEqual([]);
  });

  it('reads half an hour', () => {
    expect(read('The outage lasted about half an hour.')).toEqual([
      ['hours:outage', 'about half an hour', 0.45, 0.55, 'length of the outage'],
    ]);
  });

  it('reads a bound as a bound', () => {
    expect(read('After more than 22 hours of deliberations, the jury was deadlocked.')).toEqual([
      ['hours:deliberation', 'more than 22 hours', 23, null, 'length of deliberation'],
    ]);
  });

  it('does not read a span that dates, ages, limits or rates, nor one without a frame', () => {
    expect(read('The mill closed 40 years ago.')).toEqual([]);
    expect(read('A 41-year-old man was in hospital.')).toEqual([]);
    expect(read('It was the first strike in 12 years.')).toEqual([]);
    expect(read('Vance died two weeks after the surgery.')).toEqual([]);
    expect(read('If convicted, Orme faces up to 20 years in prison.')).toEqual([]);
    expect(read('Orme was sentenced to five years in prison.')).toEqual([]);
    expect(read('Orme served most of a six-month sentence.')).toEqual([]);
    expect(read('Nurses worked 12 hours a day.')).toEqual([]);
    expect(read('The two met for three hours at a diner.')).toEqual([]);
    expect(read('Orme served 15 years with the fire department.')).toEqual([]);
    expect(read('Orme served two years in the Marines before he was convicted.')).toEqual([]);
    expect(read('A second deputy was hurt.')).toEqual([]);
  });
});
