import { describe, expect, it } from 'vitest';
import { findWindSpeeds } from '../../src/text/wind-speeds.ts';

const read = (sentence: string): [string, string, number, number][] =>
  findWindSpeeds(sentence).map((m) => [m.thing, m.shown, Math.round(m.min), Math.round(m.max ?? Infinity)]);

describe('findWindSpeeds', () => {
  it('reads a storm wind speed as written, within half its last digit, in miles per hour', () => {
    expect(read('Hurricane Dara made landfall near Port Selby with winds of 120 mph.')).toEqual([['winds', '120 mph', 115, 125]]);
    expect(read('Dara came ashore as a Category 3 hurricane with 140-mph winds.')).toEqual([['winds', '140 mph', 135, 145]]);
    // A conversion in brackets is the same speed, read once; 195 km/h falls inside "120 mph".
    expect(read('It had maximum sustained winds of 195 km/h (120 mph).')).toEqual([['winds', '195 km/h', 121, 121]]);
  });

  it('keeps gusts apart from sustained winds, and reads no speed that is no wind', () => {
    expect(read('Sustained winds of 120 mph and gusts of up to 150 mph lashed the coast.')).toEqual([
      ['winds', '120 mph', 115, 125],
      ['gusts', '150 mph', 145, 155],
    ]);
    expect(read('The train reached 200 mph on the new line.')).toEqual([]);
  });
});
