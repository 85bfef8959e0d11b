import { describe, expect, it } from 'vitest';
import { clipAtWord } from '../../src/text/clip.ts';

describe('clipAtWord', () => {
  it('leaves text that fits as it is', () => {
    expect(clipAtWord('Floods in Tarsk', 15)).toBe('Floods in Tarsk');
  });

  it('cuts at the last whole word that fits and adds an ellipsis, within the limit', () => {
    const cut = clipAtWord('The river rose two metres overnight', 20);
    expect(cut).toBe('The river rose two…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(clipAtWord('The river rose fast today', 15)).toBe('The river rose…');
  });

  it('drops punctuation and spaces before the ellipsis', () => {
    expect(clipAtWord('Rain, wind, hail: the storm, they said, was worse', 20)).toBe('Rain, wind, hail…');
  });

  it('cuts inside a word only when the last space would keep less than half', () => {
    expect(clipAtWord('Donaudampfschifffahrtsgesellschaft kapitän', 12)).toBe('Donaudampfs…');
  });

  it('never splits a surrogate pair', () => {
    const cut = clipAtWord('𝐀𝐁𝐂𝐃𝐄𝐅', 6);
    expect(cut).toBe('𝐀𝐁…');
    expect(cut.length).toBeLessThanOrEqual(6);
  });
});
