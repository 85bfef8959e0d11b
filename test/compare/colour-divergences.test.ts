import { describe, expect, it } from 'vitest';
import { colourFacts, incompatible } from '../../src/compare/colour-facts.ts';
import { colourDivergences } from '../../src/compare/colour-divergences.ts';
import { draftsOf } from './fixtures/make.ts';

const facts = (sentence: string, language = 'en'): [string[], string][] =>
  colourFacts(draftsOf([{ outlet: 'x', body: sentence, language }])[0]!.units[0]!).map((f) => [[...f.colours].sort(), f.thing]);

describe('colourFacts', () => {
  it('reads the colour a report gives a thing, spellings and years aside', () => {
    expect(facts('The bus was hit by a dark gray 2019 Nissan Altima on Mill Road.')).toEqual([[['grey'], 'Nissan Altima']]);
    expect(facts('Officers stopped a silver-grey pickup truck near the depot.')).toEqual([[['grey', 'silver'], 'pickup truck']]);
    expect(facts('She was hit by a white Kia Rio moments after 9 p.m., they said.')).toEqual([[['white'], 'Kia Rio']]);
  });

  it('reads no colour from a name that starts with a colour word, nor from a report in another language', () => {
    expect(facts('The Red Lions fans gathered outside Orange Hall on Sunday.')).toEqual([]);
    expect(facts('Ein roter Lieferwagen fuhr davon, sagte die Polizei.', 'de')).toEqual([]);
  });

  it('takes overlapping colours to agree and separate colours to disagree', () => {
    const [grey] = colourFacts(draftsOf([{ outlet: 'x', body: 'A grey van drove off at speed.' }])[0]!.units[0]!);
    const [both] = colourFacts(draftsOf([{ outlet: 'y', body: 'A silver and grey van drove off at speed.' }])[0]!.units[0]!);
    const [white] = colourFacts(draftsOf([{ outlet: 'z', body: 'A white van drove off at speed.' }])[0]!.units[0]!);
    expect(incompatible(grey!, both!)).toBe(false);
    expect(incompatible(grey!, white!)).toBe(true);
  });
});

describe('colourDivergences', () => {
  it('lists one thing given different colours in one happening, each side with who says it', () => {
    const drafts = draftsOf([
      { outlet: 'harbour', body: 'Police said the cyclist was struck by a blue Ford Transit van on Quay Street late on Monday.' },
      { outlet: 'gazette', body: 'Bystanders said the cyclist was struck by a white Ford Transit on Quay Street late on Monday.' },
      { outlet: 'ledger', body: 'The cyclist was struck by a blue Transit van on Quay Street on Monday night and the driver fled.' },
    ]);
    const [conflict, ...rest] = colourDivergences(drafts);
    expect(rest).toEqual([]);
    expect(conflict?.topic).toBe('colour of the Ford Transit');
    expect(conflict?.sides.map((s) => [s.party, s.outlets])).toEqual([
      ['police', ['harbour', 'ledger']],
      ['bystanders', ['gazette']],
    ]);
  });

  it('lists nothing for spellings of one colour, shades, overlapping colours or one report naming two things', () => {
    const agree = draftsOf([
      { outlet: 'harbour', body: 'Police said the cyclist was struck by a gray Ford Transit van on Quay Street late on Monday.' },
      { outlet: 'gazette', body: 'Bystanders said the cyclist was struck by a dark grey Ford Transit on Quay Street late on Monday.' },
      { outlet: 'ledger', body: 'The cyclist was struck by a silver-grey Transit van on Quay Street on Monday night.' },
    ]);
    expect(colourDivergences(agree)).toEqual([]);
    const oneReport = draftsOf([
      { outlet: 'harbour', body: 'A red car and a black car collided on Quay Street late on Monday, police said.' },
      { outlet: 'gazette', body: 'Two cars collided on Quay Street late on Monday, police said.' },
    ]);
    expect(colourDivergences(oneReport)).toEqual([]);
  });

  it('lists nothing once one report gives the noun two colours: the story has two such things', () => {
    const drafts = draftsOf([
      { outlet: 'harbour', body: 'A grey pickup truck rammed a red pickup truck at the Quay Street lights on Monday night.' },
      { outlet: 'gazette', body: 'A red pickup truck was rammed at the Quay Street lights on Monday night, witnesses said.' },
      { outlet: 'ledger', body: 'Witnesses said a white pickup truck rammed another at the Quay Street lights on Monday night.' },
    ]);
    expect(colourDivergences(drafts)).toEqual([]);
  });

  it('reads no colour that names a level or a signal, which changes as a story goes on', () => {
    expect(facts('Forecasters issued an orange alert for the coast on Tuesday.')).toEqual([]);
    expect(facts('The van ran a red light on Quay Street.')).toEqual([]);
  });

  it('does not set colours against each other across happenings: two cars of one story', () => {
    const drafts = draftsOf([
      { outlet: 'harbour', body: 'The victim had just parked her red Honda Civic outside the library on Elm Avenue.' },
      { outlet: 'gazette', body: 'Detectives later found a black Honda abandoned in a quarry forty miles north of the city.' },
    ]);
    expect(colourDivergences(drafts)).toEqual([]);
  });
});
