import { describe, expect, it } from 'vitest';
import { armedDivergences, armedFacts } from '../../src/compare/armed-claims.ts';
import { draftsOf } from './fixtures/make.ts';

const NAMES = 'Officers approached Dario Quell on Elm Street.';
const facts = (sentence: string): [string, boolean, string | null][] => {
  const unit = draftsOf([{ outlet: 'x', body: `${NAMES}\n${sentence}` }])[0]!.units[1]!;
  return armedFacts(unit, new Set(['quell'])).map((f) => [f.person, f.armed, f.party]);
};

describe('armedFacts', () => {
  it('reads whether a named person had a weapon, with its polarity and who says it', () => {
    expect(facts('Quell pulled a .22-caliber pistol on the officers, police said.')).toEqual([['quell', true, 'police']]);
    expect(facts('Neighbours say Quell, who was walking home, did not have a gun.')).toEqual([['quell', false, 'neighbours']]);
    expect(facts('The family insisted that Quell didn ’ t have a weapon in his hands.')).toEqual([['quell', false, 'family']]);
    expect(facts('Quell was unarmed, his lawyer said.')).toEqual([['quell', false, 'lawyer']]);
  });

  it('reads nothing when someone else may hold the weapon, or when it is a condition', () => {
    expect(facts('Officers found Quell near a shop where a guard carrying a rifle stood.')).toEqual([]);
    expect(facts('Quell said he never had a gun.')).toEqual([]);
    expect(facts('Even if Quell had a gun, he would not have pointed it at anyone.')).toEqual([]);
    expect(facts('Quell was arrested after armed officers arrived.')).toEqual([]);
  });
});

describe('armedDivergences', () => {
  it('lists one person said to be armed by one outlet and unarmed by another, each side with its parties', () => {
    const drafts = draftsOf([
      { outlet: 'post', body: `${NAMES}\nQuell pointed a revolver at the officers before they fired, police said.` },
      { outlet: 'star', body: `${NAMES}\nNeighbours say Quell, who was walking home, did not have a gun.` },
      { outlet: 'wire', body: `${NAMES}\nQuell allegedly pointed a handgun at two officers.` },
    ]);
    const [conflict, ...rest] = armedDivergences(drafts);
    expect(rest).toEqual([]);
    expect(conflict?.topic).toBe('whether Quell was armed');
    expect(conflict?.sides.map((s) => [s.party, s.outlets])).toEqual([
      ['police', ['post', 'wire']],
      ['neighbours', ['star']],
    ]);
  });

  it('lists nothing when every outlet tells one polarity', () => {
    const drafts = draftsOf([
      { outlet: 'post', body: `${NAMES}\nQuell pointed a revolver at the officers, police said.` },
      { outlet: 'star', body: `${NAMES}\nQuell was carrying a loaded handgun, prosecutors said.` },
    ]);
    expect(armedDivergences(drafts)).toEqual([]);
  });
});
