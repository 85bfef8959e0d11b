import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from './fixtures/make.ts';

describe('prior convictions', () => {
  it('sets a counted record against an ordinal one for the same offence, even told with its years', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'State records show Quill has two prior OWI convictions, from 2001 and 2003.' },
      { outlet: 'metro', body: 'According to the sheriff, this is his fourth drunken driving offence.' },
    ]);
    const [record, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(record?.label).toBe('prior convictions for drunk driving');
    expect(record?.kind).toBe('conflict');
    expect(record?.variants.map((v) => [v.figure, v.outlets])).toEqual([
      ['2', ['coast']],
      ['3', ['metro']],
    ]);
  });

  it('agrees when the two ways give one record, and never sets two offences against each other', () => {
    expect(
      numberDivergences(
        draftsOf([
          { outlet: 'coast', body: 'Quill has two prior DUI convictions, court records show.' },
          { outlet: 'metro', body: 'Police said it was his third DWI.' },
        ]),
      ),
    ).toEqual([]);
    expect(
      numberDivergences(
        draftsOf([
          { outlet: 'coast', body: 'Quill has two prior DUI convictions, court records show.' },
          { outlet: 'metro', body: 'Quill has four prior burglary convictions, the court heard.' },
        ]),
      ),
    ).toEqual([]);
  });
});
