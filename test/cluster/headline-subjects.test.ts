import { describe, expect, it } from 'vitest';
import { headlinesApart } from '../../src/cluster/headline-subjects.ts';
import type { Member } from '../../src/cluster/story-state.ts';

const member = (id: string, headlineNames: string[]): Member => ({
  id,
  vector: new Map(),
  time: 0,
  dated: null,
  fetchedAt: '2026-03-01T12:00:00.000Z',
  detailed: true,
  headlineNames,
  quantities: [],
});

describe('headlinesApart', () => {
  it("tells two groups apart when each group's headlines name someone the other's never do", () => {
    const korr = [member('k1', ['@gull', '@korr']), member('k2', ['@korr']), member('k3', ['@gull', '@dane', '@korr', '@dane_korr'])];
    const lestan = [
      member('l1', ['@gull', '@lestan']),
      member('l2', ['@bram', '@lestan', '@bram_lestan']),
      member('l3', ['@gull', '@lestan']),
    ];
    expect(headlinesApart(korr, lestan)).toBe(true);
  });

  it('does not take a name two headlines of three give for a subject', () => {
    const korr = [member('k1', ['@gull', '@korr']), member('k2', ['@korr']), member('k3', ['@gull', '@dane', '@korr', '@dane_korr'])];
    const lestan = [member('l1', ['@gull', '@lestan']), member('l2', ['@bram', '@lestan', '@bram_lestan']), member('l3', ['@gull'])];
    expect(headlinesApart(korr, lestan)).toBe(false);
  });

  it("does not when one group's headlines name no one of their own", () => {
    const named = [member('k1', ['@gull', '@korr']), member('k2', ['@korr']), member('k3', ['@korr'])];
    const unnamed = [member('u1', ['@gull']), member('u2', ['@gull']), member('u3', [])];
    expect(headlinesApart(named, unnamed)).toBe(false);
  });

  it('reads initials as the name pair they stand for', () => {
    const full = [
      member('a1', ['@internet', '@explor', '@internet_explor']),
      member('a2', ['@microsoft', '@internet', '@explor', '@internet_explor']),
      member('a3', ['@internet', '@explor', '@internet_explor']),
    ];
    const short = [member('b1', ['@ie']), member('b2', ['@microsoft', '@ie']), member('b3', ['@ie'])];
    expect(headlinesApart(full, short)).toBe(false);
  });

  it("lets one stray headline in ten name the other group's subject", () => {
    const a = Array.from({ length: 10 }, (_, i) => member(`a${i}`, i === 0 ? ['@korr', '@lestan'] : ['@korr']));
    const b = Array.from({ length: 10 }, (_, i) => member(`b${i}`, ['@lestan']));
    expect(headlinesApart(a, b)).toBe(true);
  });
});
