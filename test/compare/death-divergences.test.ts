import { describe, expect, it } from 'vitest';
import { deathFacts, incompatibleDeath } from '../../src/compare/death-facts.ts';
import { deathDivergences } from '../../src/compare/death-divergences.ts';
import { draftsOf } from './fixtures/make.ts';

const NAMES = 'Former senator Ada Lindqvist was 88.';
const facts = (sentence: string): [string, string, string][] => {
  const drafts = draftsOf([{ outlet: 'x', body: `${NAMES}\n${sentence}` }]);
  return deathFacts(drafts[0]!.units[1]!, new Set(['lindqvist'])).map((f) => [f.slot, f.person, [...f.key].join(' ')]);
};

describe('deathFacts', () => {
  it('reads the cause and place a sentence gives a named person, a description set off by commas skipped', () => {
    expect(facts('Lindqvist died of kidney failure on Sunday at her home in Vale, her nephew Tom Berg said.')).toEqual([
      ['cause', 'lindqvist', 'kidney'],
      ['place', 'lindqvist', 'home'],
    ]);
    expect(facts('Ada Lindqvist, the first woman to chair the Harbour Board, died yesterday from lung cancer at a hospice.')).toEqual([
      ['cause', 'lindqvist', 'lung cancer'],
      ['place', 'lindqvist', 'hospice'],
    ]);
  });

  it('reads nothing vague, no time or age, and no death of someone unnamed', () => {
    expect(facts('Lindqvist died peacefully in her sleep at 11:40 p.m. after a long illness.')).toEqual([]);
    expect(facts('Lindqvist died at 88 of natural causes.')).toEqual([]);
    expect(facts('Her nephew said his aunt died at home of heart failure.')).toEqual([]);
  });

  it('takes a cause sharing a telling word, or a place of one class, to agree', () => {
    const read = (s: string) => deathFacts(draftsOf([{ outlet: 'x', body: `${NAMES}\n${s}` }])[0]!.units[1]!, new Set(['lindqvist']));
    const [heart] = read('Lindqvist died of heart failure.');
    const [congestive] = read('Lindqvist died of congestive heart failure.');
    const [kidney] = read('Lindqvist died of kidney failure.');
    const [home] = read('Lindqvist died on Sunday at her house.');
    const [residence] = read('Lindqvist died at her residence.');
    const [hospital] = read('Lindqvist died in hospital.');
    expect(incompatibleDeath(heart!, congestive!)).toBe(false);
    expect(incompatibleDeath(heart!, kidney!)).toBe(true);
    expect(incompatibleDeath(home!, residence!)).toBe(false);
    expect(incompatibleDeath(home!, hospital!)).toBe(true);
  });
});

describe('deathDivergences', () => {
  it('lists a cause and place told differently by two outlets as one conflict, each side with who says it', () => {
    const drafts = draftsOf([
      { outlet: 'courier', body: `${NAMES}\nLindqvist died of heart failure on Sunday at her home in Vale, her nephew Tom Berg said.` },
      {
        outlet: 'herald',
        body: `${NAMES}\nLindqvist died on Sunday from Alzheimer's disease at a hospice near Vale, the Vale Post reports.`,
      },
      { outlet: 'ledger', body: `${NAMES}\nLindqvist died at her house in Vale on Sunday.` },
    ]);
    const [conflict, ...rest] = deathDivergences(drafts);
    expect(rest).toEqual([]);
    expect(conflict?.topic).toBe('cause and place of death of Lindqvist');
    expect(conflict?.sides.map((s) => [s.party, s.outlets])).toEqual([
      ['Tom Berg', ['courier', 'ledger']],
      ['herald', ['herald']],
    ]);
  });

  it('lists nothing when the reports agree, or when one report gives the person two causes', () => {
    const agree = draftsOf([
      { outlet: 'courier', body: `${NAMES}\nLindqvist died of heart failure at her home, her nephew Tom Berg said.` },
      { outlet: 'herald', body: `${NAMES}\nLindqvist died of congestive heart failure at her residence in Vale.` },
    ]);
    expect(deathDivergences(agree)).toEqual([]);
    const torn = draftsOf([
      { outlet: 'courier', body: `${NAMES}\nLindqvist died of heart failure.\nEarlier reports said Lindqvist died of lung cancer.` },
      { outlet: 'herald', body: `${NAMES}\nLindqvist died of lung cancer.` },
    ]);
    expect(deathDivergences(torn)).toEqual([]);
  });

  it('takes two given names before one surname for two people', () => {
    const family = draftsOf([
      { outlet: 'courier', body: 'Police named the couple as Ivo Marsh and Ada Marsh.\nIvo Marsh died at the scene.' },
      { outlet: 'herald', body: 'Police named the couple as Ivo Marsh and Ada Marsh.\nAda Marsh died in hospital on Sunday.' },
    ]);
    expect(deathDivergences(family)).toEqual([]);
    const one = draftsOf([
      { outlet: 'courier', body: 'Police named the man as Ivo Marsh.\nIvo Marsh died at the scene.' },
      { outlet: 'herald', body: 'Police named the man as Ivo Marsh.\nMarsh died in hospital on Sunday.' },
    ]);
    expect(deathDivergences(one).map((d) => d.topic)).toEqual(['place of death of Marsh']);
  });
});
