import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from './fixtures/make.ts';

describe('clock time of the event', () => {
  it('lists reports of one happening half an hour apart as a conflict on the time of day, equal times merged', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Highway patrol officers stopped the striker on Route 9 near Dunmore at about 1:30 a.m., an officer said.' },
      { outlet: 'metro', body: 'Highway patrol officers stopped the striker on Route 9 near Dunmore at about 1 am.' },
      { outlet: 'daily', body: 'The striker was stopped by highway patrol officers on Route 9 near Dunmore at 1:30 a.m.' },
    ]);
    const [time, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(time?.label).toBe('time of day');
    expect(time?.kind).toBe('conflict');
    expect(time?.variants.map((v) => [v.figure, [...v.outlets].sort()])).toEqual([
      ['about 1:00 a.m.', ['metro']],
      ['about 1:30 a.m.', ['coast', 'daily']],
    ]);
  });

  it('lets times less than half an hour apart agree', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The fire at the bakery on Mill Lane in Dunmore broke out at 8.49pm on Friday.' },
      { outlet: 'metro', body: 'The fire at the bakery on Mill Lane in Dunmore broke out at around 9pm on Friday.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('reads an aftershock (a magnitude far below the one most reports give) as another quake, its time and magnitude apart', () => {
    const drafts = draftsOf([
      {
        outlet: 'coast',
        body: 'The Velmora seismic centre registered the quake at 17:06 hours local time on Sunday, a magnitude-5.9 tremor.',
      },
      {
        outlet: 'metro',
        body: [
          'A magnitude-5.9 earthquake struck Velmora on Sunday.',
          'The Velmora seismic centre registered a quake measuring 3.8 on the Richter scale at 09:10 hours on Monday.',
        ],
      },
      { outlet: 'daily', body: 'A magnitude-5.9 earthquake hit Velmora on Sunday afternoon.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('does not set times of two different happenings against each other', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The gunman walked into the accountancy office on Elm Street around 10 a.m., witnesses said.' },
      { outlet: 'metro', body: 'Neighbours heard shots around 10:30 a.m. and called the police.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('compares the times of one act told in different words: the same act in the past and a name shared', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The striker was stopped for speeding on Route 9 at approximately 1:30 a.m. Sunday.' },
      { outlet: 'metro', body: 'According to officers, he was driving his Audi at about 1 am Sunday when troopers stopped him.' },
    ]);
    const [time, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(time?.variants.map((v) => [v.figure, v.outlets])).toEqual([
      ['about 1:00 a.m.', ['metro']],
      ['about 1:30 a.m.', ['coast']],
    ]);
  });

  it('does not take one act and a street word for one happening, nor a reporting verb for an act', () => {
    const hit = draftsOf([
      { outlet: 'coast', body: 'She was hit around 5 a.m. Sunday on Evergreen Avenue in Northgate.' },
      { outlet: 'metro', body: 'Mrs Dell was hit while crossing at 97th Avenue in Eastfield at about 7 p.m.' },
    ]);
    expect(numberDivergences(hit)).toEqual([]);
    const said = draftsOf([
      { outlet: 'coast', body: 'Troopers reported the crash on Route 9 at about 1 a.m. Sunday.' },
      { outlet: 'metro', body: 'The fire brigade reported a blaze in Dunmore around 3 a.m. Sunday.' },
    ]);
    expect(numberDivergences(said)).toEqual([]);
  });

  it('reads no time of the event from "by", from a bracketed conversion or from a stamp-like "at 9" without a.m.', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'By 6.30am the fire at the bakery on Mill Lane had been contained, the fire service said.' },
      { outlet: 'metro', body: 'The fire at the bakery on Mill Lane had been contained at 7 (0600 GMT), the fire service said.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });
});
