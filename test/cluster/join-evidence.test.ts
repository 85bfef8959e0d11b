import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import type { JoinEvidence } from '../../src/cluster/join-evidence.ts';
import { StoryClusterer } from '../../src/cluster/story-clusterer.ts';
import { article, VELMORA } from './fixtures.ts';

/** The evidence the clusterer saw for `id` against the story holding `storyOf`, the articles added in order with the gate deciding. */
function evidenceFor(articles: Article[], id: string, storyOf: string): JoinEvidence | undefined {
  const seen = new Map<string, { articleIds: readonly string[]; evidence: JoinEvidence }[]>();
  const c = new StoryClusterer({}, { candidates: (articleId, scored) => seen.set(articleId, scored) });
  for (const a of articles) c.add(a);
  return seen.get(id)?.find((s) => s.articleIds.includes(storyOf))?.evidence;
}

const at = '2026-05-10T08:00:00Z';

/** Three reports of an invented election in Norvalia, held in 2031. */
const ELECTION_2031 = [
  article('e1', {
    title: 'Norvalia votes in 2031 parliamentary election',
    body: 'Voters in Norvalia chose a new parliament in the 2031 election on Sunday, the election commission in Kestrel said. Turnout in the 2031 vote was 71 percent.',
    publishedAt: at,
  }),
  article('e2', {
    title: 'Norvalia 2031 election: ruling party keeps majority',
    body: 'The ruling party of Norvalia kept its majority in the 2031 parliamentary election, the commission in Kestrel said on Monday.',
    publishedAt: at,
  }),
  article('e3', {
    title: 'Observers praise Norvalia 2031 election',
    body: 'Observers said the 2031 parliamentary election in Norvalia was calm. The commission in Kestrel will publish final results this week.',
    publishedAt: at,
  }),
];

describe('join evidence', () => {
  it('tells whether an article gives the year a story’s reports agree on, or another one', () => {
    const later = article('e9', {
      title: 'Norvalia votes in 2036 parliamentary election',
      body: 'Voters in Norvalia chose a new parliament in the 2036 election, five years after the 2031 vote, the commission in Kestrel said. Turnout in 2036 was 64 percent.',
      publishedAt: at,
    });
    const same = article('e4', {
      title: 'Norvalia 2031 election turnout confirmed',
      body: 'The commission in Kestrel confirmed turnout of 71 percent in the 2031 parliamentary election in Norvalia.',
      publishedAt: at,
    });
    const conflicting = evidenceFor([...ELECTION_2031, later], 'e9', 'e1');
    expect(conflicting).toMatchObject({ yearConflicts: true, yearAgrees: false });
    expect(evidenceFor([...ELECTION_2031, same], 'e4', 'e1')).toMatchObject({ yearConflicts: false, yearAgrees: true });
  });

  it('says nothing of years when the story’s reports do not agree on one', () => {
    const mixed = [
      ELECTION_2031[0]!,
      article('e5', { title: 'Norvalia parliament meets', body: 'The new parliament of Norvalia met in Kestrel.', publishedAt: at }),
    ];
    const later = article('e9', {
      title: 'Norvalia votes in 2036 parliamentary election',
      body: 'Voters in Norvalia chose a new parliament in the 2036 election, the commission in Kestrel said.',
      publishedAt: at,
    });
    expect(evidenceFor([...mixed, later], 'e9', 'e1')).toMatchObject({ yearConflicts: false, yearAgrees: false });
  });

  it('tells when most of a story’s reports give a magnitude the article does not', () => {
    const other = article('v8', {
      title: 'Magnitude 5.1 earthquake strikes Velmora',
      body: 'A magnitude 5.1 earthquake struck Velmora on Friday, officials in Tarsk said. Governor Ilsa Brandt said no one was hurt.',
      publishedAt: '2026-03-03T12:00:00Z',
    });
    const same = article('v7', {
      title: 'Velmora counts damage after magnitude 6.4 quake',
      body: 'Officials in Tarsk counted damage after the magnitude 6.4 earthquake in Velmora, Governor Ilsa Brandt said.',
      publishedAt: '2026-03-03T12:00:00Z',
    });
    expect(evidenceFor([...VELMORA, other], 'v8', 'v1')?.figureConflicts).toBe(true);
    expect(evidenceFor([...VELMORA, same], 'v7', 'v1')?.figureConflicts).toBe(false);
  });
});
