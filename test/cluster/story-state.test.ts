import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.ts';
import { addMember, newStory, type Member } from '../../src/cluster/story-state.ts';

const member = (id: string, terms: [string, number][], detailed = true): Member => ({
  id,
  vector: new Map(terms),
  time: 0,
  dated: null,
  fetchedAt: '2026-07-10T08:00:00Z',
  detailed,
  headlineNames: [],
  quantities: [],
});

/** Three reports name the player once each; one of them quotes a spokesman many times. */
const reports = (detailed: boolean) => [
  member(
    'a',
    [
      ['arrest', 1],
      ['@korr', 1],
      ['@penhallow', 6],
    ],
    detailed,
  ),
  member(
    'b',
    [
      ['arrest', 1],
      ['@korr', 1],
    ],
    detailed,
  ),
  member(
    'c',
    [
      ['arrest', 1],
      ['@korr', 1],
    ],
    detailed,
  ),
];

function storyOf(members: Member[]) {
  const story = newStory({ firstArticleId: 'a', seq: 0, time: 0 });
  for (const m of members) addMember({ story, member: m, options: DEFAULT_CLUSTER_OPTIONS, touched: 1 });
  return story;
}

describe('story specifics', () => {
  it('put first the name most reports give, not the one a single report repeats', () => {
    const story = storyOf(reports(true));
    expect(story.specifics[0]![0]).toBe('@korr');
    expect(story.mentions.get('@korr')).toBe(3);
  });

  it('keep the centroid weight in a story of headlines only', () => {
    expect(storyOf(reports(false)).specifics[0]![0]).toBe('@penhallow');
  });
});
