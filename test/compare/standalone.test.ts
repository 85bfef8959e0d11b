import { describe, expect, it } from 'vitest';
import { isQuoted, needsContext } from '../../src/compare/standalone.ts';
import { uniqueFacts } from '../../src/compare/unique-facts.ts';
import { draftsOf } from './fixtures/make.ts';

describe('sentences that stand alone', () => {
  it('tells quoted words, including one sentence of a longer quotation', () => {
    expect(isQuoted('The mayor said: “The water came up faster than anyone expected.')).toBe(true);
    expect(isQuoted('"We lost the whole ground floor in ten minutes," the owner told the paper.')).toBe(true);
    expect(isQuoted('so the back of the shop has only light smoke damage.”')).toBe(true);
    expect(isQuoted('The river rose 2 metres overnight in Portmere.')).toBe(false);
  });

  it('tells a sentence that points back at one the reader cannot see', () => {
    expect(needsContext('It then spread to the roof of the depot within minutes.')).toBe(true);
    expect(needsContext('But the council said 14 homes had been flooded.')).toBe(true);
    expect(needsContext('Fourteen homes in Portmere were flooded, the council said.')).toBe(false);
    expect(needsContext('The pair have each been held since Monday.')).toBe(true);
    expect(needsContext('The couple’s car was found in Dunmore on Monday.')).toBe(true);
    expect(needsContext('900 (Dh4,275) a month.')).toBe(true);
    expect(needsContext('Will the Harbour club have to offer more money to keep him in Portmere?')).toBe(true);
    expect(needsContext('Expect plenty of flood experts in the Portmere papers tomorrow, such as:')).toBe(true);
  });

  it('offers no unique fact that is a quotation or a sentence pointing back', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: [
          'Floods hit Portmere on Monday.',
          'He said 14 homes on Dock Road had been lost.',
          '"The Valdris dam held, but only just," engineer Ana Ruiz said.',
          'The Portmere ferry to Valdris carried 300 people to safety.',
        ],
      },
      { outlet: 'south', body: ['Floods hit Portmere on Monday, and the river is still rising.'] },
    ]);
    expect(uniqueFacts({ drafts, copyOf: () => null }).map((u) => u.statement)).toEqual([
      'The Portmere ferry to Valdris carried 300 people to safety.',
    ]);
  });
});
