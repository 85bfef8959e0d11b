import { describe, expect, it } from 'vitest';
import { claimDivergences } from '../../src/compare/claims.ts';
import { extractStatements } from '../../src/compare/statements.ts';
import { draftsOf } from './fixtures/make.ts';

const defence = {
  outlet: 'north',
  body: [
    'Brandon Quill, 17, went on trial on Tuesday for the killing of a boy outside a shop in Northgate.',
    'Defence lawyer Ann Pryce said Quill was at the corner with a pistol, but is not the one who fired the fatal shot.',
  ],
};

const witness = (between: string[]): { outlet: string; body: string[] } => ({
  outlet: 'south',
  body: [
    'Dale Morrow, 22, told jurors he rode to the corner with Brandon Quill that night.',
    ...between,
    '“Brandon fired the fatal shot,” he said.',
  ],
});

describe('who says what when a report names its speaker once', () => {
  it('gives "he said" to the person last named as speaker, and a clause without a subject to the party of its sentence', () => {
    const [conflict, ...rest] = claimDivergences(draftsOf([defence, witness(['They stood by the shop for an hour, he said.'])]));
    expect(rest).toEqual([]);
    expect(conflict?.sides.map((s) => [s.party, s.outlets])).toEqual([
      ['Defence lawyer Ann Pryce', ['north']],
      ['Dale Morrow', ['south']],
    ]);
    // Names keep their capitals in the parties and the topic, as the sentences write them.
    expect(conflict?.topic).toBe('Quill fired fatal');
    // The clause without a subject is shown in its whole sentence, which a reader can follow.
    expect(conflict?.sides[0]?.claim).toContain('Defence lawyer Ann Pryce said Quill was at the corner');
  });

  it('does not reach a speaker more than three sentences back, nor across a sentence opening on another name', () => {
    const far = witness(['The night was cold.', 'The shop had closed early.', 'A bus went by.', 'The street was empty.']);
    expect(claimDivergences(draftsOf([defence, far]))).toEqual([]);
    const other = witness(['Brandon Quill’s mother Rita Quill wept as the video was shown.']);
    const clauses = extractStatements(draftsOf([other])).map((s) => s.clause);
    expect(clauses.some((c) => c.startsWith('“Brandon'))).toBe(false);
    expect(claimDivergences(draftsOf([defence, other]))).toEqual([]);
  });

  it('never reads "he" or "she" as a body', () => {
    const drafts = draftsOf([
      {
        outlet: 'south',
        body: ['Police said the boy was shot outside the shop in Northgate.', '“Brandon fired the fatal shot,” he said.'],
      },
    ]);
    expect(extractStatements(drafts).map((s) => s.party)).toEqual(['police']);
  });

  it('reads a given name alone as the person most full names give it to', () => {
    const drafts = draftsOf([defence, witness([])]);
    const fired = extractStatements(drafts).find((s) => s.clause.startsWith('“Brandon'));
    expect(fired?.party).toBe('dale morrow');
    expect([...fired!.topic]).toContain('quill');
  });
});
