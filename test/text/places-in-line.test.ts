import { describe, expect, it } from 'vitest';
import { findPlacesInLine, isCurrentPlace } from '../../src/text/places-in-line.ts';

const read = (sentence: string): [string, number, string][] => findPlacesInLine(sentence).map((m) => [m.thing, m.value, m.shown]);

describe('findPlacesInLine', () => {
  it("reads a name's place in a line, keyed by the name and the line's noun, past an aside and modifiers", () => {
    expect(read('Lind, who was fired in March as coach of the Tarvo Rovers, is the fourth head coach since Ekdal took over.')).toEqual([
      ['lind coach', 4, 'fourth'],
    ]);
    expect(read('Lind will be the fifth Rovers coach in four years.')).toEqual([['lind coach', 5, 'fifth']]);
    expect(read('Okafor became the 12th player to score 40 points in a game.')).toEqual([['okafor player', 12, '12th']]);
  });

  it('reads no ordinal that puts no name in a line', () => {
    expect(read('He had a 162-139 record in Portland, the fourth-highest win total in club history.')).toEqual([]);
    expect(read('Lind was fired in the middle of his fourth season.')).toEqual([]);
    expect(read('The Rovers won their third title in a row.')).toEqual([]);
  });

  it('takes a place told in the present or future as standing when the report is written, not one told in the past', () => {
    const [now] = findPlacesInLine('Lind is the fourth head coach since Ekdal took over in 2003.');
    const [then] = findPlacesInLine('Lind was the first woman to win the race in 1990.');
    expect(isCurrentPlace(now!)).toBe(true);
    expect(isCurrentPlace(then!)).toBe(false);
  });
});
