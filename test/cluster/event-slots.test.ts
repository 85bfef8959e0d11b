import { describe, expect, it } from 'vitest';
import { addSlots, eventSlots, slotsConflict } from '../../src/cluster/event-slots.ts';

describe('eventSlots', () => {
  it('reads ages, sums in millions and magnitudes from the headline and lead', () => {
    const slots = eventSlots({
      title: 'Thieves take $2.6 million in Velmora jewel raid',
      body: 'A 27-year-old guard was hurt when four men took jewels worth €2m. A magnitude 4.1 tremor shook the town the same day; a 3.2-magnitude aftershock followed.',
    });
    expect(slots.get('age')).toEqual(new Set(['27']));
    expect(slots.get('money')).toEqual(new Set(['2.6', '2']));
    expect(slots.get('magnitude')).toEqual(new Set(['4.1', '3.2']));
  });

  it('counts billions as thousands of millions and ignores the text past the lead', () => {
    const slots = eventSlots({ title: 'Port Delvin deal worth $1.5bn', body: `${'Background. '.repeat(60)}A 61-year-old broker agreed.` });
    expect(slots.get('money')).toEqual(new Set(['1500']));
    expect(slots.has('age')).toBe(false);
  });
});

describe('slotsConflict', () => {
  const of = (age: string[], money: string[] = []) => new Map([['age', new Set(age)], ...(money.length ? [['money', new Set(money)] as const] : [])]);

  it('conflicts only when both sides fill a slot with no value in common', () => {
    expect(slotsConflict(of(['27']), of(['44']))).toBe(true);
    expect(slotsConflict(of(['27', '44']), of(['44']))).toBe(false);
    expect(slotsConflict(of(['27']), new Map())).toBe(false);
    expect(slotsConflict(of(['27'], ['108']), of(['27'], ['2.6']))).toBe(true);
  });

  it('stops telling a story apart by a slot once it has gathered too many values of it', () => {
    const story = of(['20']);
    for (let age = 21; age < 40; age++) addSlots(story, of([String(age)]));
    expect(slotsConflict(story, of(['70']))).toBe(false);
    const small = of(['20']);
    addSlots(small, of(['21']));
    expect(slotsConflict(small, of(['70']))).toBe(true);
  });
});
