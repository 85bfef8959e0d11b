import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { divergenceRows, draftsOf } from './fixtures/make.ts';

describe('the time after an earlier happening', () => {
  it("sets one act's time after a happening against another outlet's, in whatever unit each writes it", () => {
    const drafts = draftsOf([
      { outlet: 'a', body: ['Singer Mara Lind died in a Tarvo hospital on Thursday, a week after suffering a stroke, her family said.'] },
      { outlet: 'b', body: ['Mara Lind died in a Tarvo hospital on Thursday, nine days after suffering a stroke.'] },
      { outlet: 'c', body: ['Mara Lind, the singer, died on Thursday in a Tarvo hospital, 216 hours after a stroke.'] },
    ]);
    expect(divergenceRows(numberDivergences(drafts))).toEqual([['time after the stroke', ['a week a', 'nine days b,c']]]);
  });

  it('keeps apart two acts put after one happening, and the figures of an earlier event the sentence looks back at', () => {
    const drafts = draftsOf([
      {
        outlet: 'a',
        body: [
          'A bus driver died in hospital on Sunday, two days after the crash on the Lorne bridge.',
          'The crash came a month after a similar crash on the bridge killed 12 people.',
        ],
      },
      {
        outlet: 'b',
        body: [
          'Police arrested the lorry driver on Tuesday, four days after the crash on the Lorne bridge.',
          'The crash on the Lorne bridge killed one person, the bus driver.',
        ],
      },
    ]);
    expect(divergenceRows(numberDivergences(drafts))).toEqual([]);
  });
});
