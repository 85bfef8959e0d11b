import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { divergenceRows, draftsOf } from './fixtures/make.ts';

describe("a crash's figures", () => {
  it("set the people on board and the survivors one outlet gives against another's", () => {
    const drafts = draftsOf([
      {
        outlet: 'a',
        body: [
          'A passenger plane crashed near Lorne airport on Friday with 162 people on board, the airline said.',
          'At least 40 people survived, rescuers said.',
        ],
      },
      {
        outlet: 'b',
        body: ['A Lorne Air jet crashed on approach to Lorne airport on Friday.', 'Rescuers pulled 38 survivors from the wreckage.'],
      },
      { outlet: 'c', body: ['A plane with 170 people aboard crashed near Lorne airport on Friday, officials said.', 'Dozens survived.'] },
    ]);
    expect(divergenceRows(numberDivergences(drafts))).toEqual([
      ['people on board', ['162 a', '170 c']],
      ['survivors', ['38 b', 'at least 40 a']],
    ]);
  });
});
