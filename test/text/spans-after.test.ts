import { describe, expect, it } from 'vitest';
import { findSpansAfter } from '../../src/text/spans-after.ts';

const read = (sentence: string): [string, number, number | null, string][] =>
  findSpansAfter(sentence).map((m) => [m.thing, m.min, m.max, m.shown]);

describe('findSpansAfter', () => {
  it('reads the time after an earlier happening in days, keyed by its head noun, in whatever unit it is written', () => {
    expect(read('The singer died on Thursday, nine days after suffering a heart attack.')).toEqual([['attack die', 9, 9, 'nine days']]);
    expect(read('She died a week after a heart attack, her agent said.')).toEqual([['attack die', 7, 7, 'a week']]);
    expect(read('The minister resigned 48 hours after the vote.')).toEqual([['vote resign', 2, 2, '48 hours']]);
    expect(read('He was arrested more than two weeks after the shooting in Dover.')).toEqual([
      ['shoot arrest', 15, null, 'more than two weeks'],
    ]);
  });

  it('reads no vague amount, no clause after "after", no span back from the report and no length', () => {
    expect(read('He died a few days after the crash.')).toEqual([]);
    expect(read('He died three days after he was arrested.')).toEqual([]);
    expect(read('She suffered a heart attack a week ago.')).toEqual([]);
    expect(read('She lay in a coma for a week following a heart attack.')).toEqual([]);
    expect(read('A week after the vote, no one knows.')).toEqual([]);
  });
});
