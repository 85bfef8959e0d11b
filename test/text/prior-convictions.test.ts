import { describe, expect, it } from 'vitest';
import { findPriorConvictions } from '../../src/text/prior-convictions.ts';

const read = (s: string): [string, number][] => findPriorConvictions(s).map((m) => [m.quantity, m.value]);

describe('findPriorConvictions', () => {
  it('reads a counted record and an ordinal offence as one quantity for one offence', () => {
    expect(read('Court papers show Mr Quill has two prior OWI convictions.')).toEqual([['convictions:drunk driving', 2]]);
    expect(read('It was her third drunk-driving conviction, prosecutors said.')).toEqual([['convictions:drunk driving', 2]]);
    expect(read('Police said this was his second DUI.')).toEqual([['convictions:drunk driving', 1]]);
    expect(read('He had 4 previous burglary convictions.')).toEqual([['convictions:burglari', 4]]);
    expect(read('She has five prior convictions.')).toEqual([['convictions', 5]]);
  });

  it('reads no arrest, no indefinite record and no ordinal of someone else', () => {
    expect(read('He was on probation for a previous DWI arrest.')).toEqual([]);
    expect(read('It is his second DUI arrest this year.')).toEqual([]);
    expect(read('This is the club’s second such arrest in a month.')).toEqual([]);
    expect(read('He has a prior DWI conviction from 1998.')).toEqual([]);
    expect(read('He has three prior Ohio convictions.')).toEqual([]);
  });
});
