import { describe, expect, it } from 'vitest';
import { StoryClusterer } from '../../src/cluster/story-clusterer.ts';
import { article } from './fixtures.ts';

const at = '2026-07-10T08:00:00Z';
const korr = (i: number) => article(`k${i}`, { publishedAt: at, title: `Harbourside Gulls receiver Dane Korr arrested ${['on drink-driving suspicion', 'after traffic stop', 'for driving drunk'][i]}`, body: `Police in Meldon said Gulls receiver Dane Korr was stopped on the Meldon ring road ${['early Tuesday', 'after midnight', 'near the stadium'][i]}. Korr failed a breath test, officer Ada Penhallow said. Korr has played four seasons for the Gulls.` });
const lestan = (i: number) => article(`l${i}`, { publishedAt: at, title: `Gulls lineman Bram Lestan arrested ${['on drink-driving suspicion', 'after crash', 'for driving drunk'][i]}`, body: `Gulls defensive lineman Bram Lestan hit a parked van in Orrin Bay ${['late Saturday', 'before dawn', 'outside a bar'][i]}, deputies from Tavish County said. Lestan was held overnight. Sheriff Colm Drey said Lestan refused a blood test.` });

describe('StoryClusterer splits', () => {
  it('splits a story that a lax join filled with two events, keeping the first id on the first event', () => {
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9 });
    const input = [korr(0), lestan(0), korr(1), lestan(1), korr(2), lestan(2)];
    for (const a of input) c.add(a);
    const first = c.storyOf('k0');
    expect(['k1', 'k2'].map((id) => c.storyOf(id))).toEqual([first, first]);
    const second = c.storyOf('l0');
    expect(second).not.toBe(first);
    expect(['l1', 'l2'].map((id) => c.storyOf(id))).toEqual([second, second]);
    expect(c.story(first!)?.articleIds).toEqual(['k0', 'k1', 'k2']);
    expect(c.story(second!)?.articleIds).toEqual(['l0', 'l1', 'l2']);
  });

  it('does not split reports of one event that word it differently', () => {
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9 });
    for (const a of [korr(0), korr(1), korr(2), korr(0), korr(1), korr(2)].map((a, i) => ({ ...a, id: `x${i}` }))) c.add(a);
    expect(c.stories()).toHaveLength(1);
  });
});
