import { describe, expect, it } from 'vitest';
import { StoryClusterer } from '../../src/cluster/story-clusterer.ts';
import { article, filler } from './fixtures.ts';

const at = '2026-09-14T08:00:00Z';

/** Report `i` of one event: id `${prefix}${i}`, its headline and body. */
const reports = (prefix: string, titles: string[], bodies: string[]) => (i: number) =>
  article(`${prefix}${i}`, { publishedAt: at, title: titles[i]!, body: bodies[i]! });

/** Reports of a first raid, on Marrow Gems in Birch Lane. */
const marrow = reports(
  'y',
  [
    'Robbers smash their way into Marrow Gems in Brannock',
    'Marrow Gems raided: gang escapes with watches',
    'Sledgehammer gang hits Marrow Gems on Birch Lane',
  ],
  [
    'Four men with sledgehammers smashed the display cases of Marrow Gems on Birch Lane in Brannock on Monday and escaped on motorbikes with watches and rings, police said. Detective Inspector Ruth Calloway said nobody was hurt.',
    'A gang armed with sledgehammers raided Marrow Gems in Brannock, taking watches and rings before fleeing on motorbikes. Detective Inspector Ruth Calloway appealed for witnesses on Birch Lane.',
    'Staff at Marrow Gems on Birch Lane hid in a back room as four robbers smashed cases with sledgehammers, Brannock police said. The gang left on motorbikes, said Detective Inspector Ruth Calloway.',
  ],
);

/** Local reports of a second raid days later, on Edwin Hollis's shop, that retell the first at length: they join its story. */
const hollisLocal = reports(
  'x',
  [
    'Edwin Hollis jewellers robbed in Brannock',
    'Gang raids Edwin Hollis shop on Alder Street',
    'Edwin Hollis store hit by sledgehammer robbers',
  ],
  [
    'Robbers smashed display cases at the Edwin Hollis jewellers on Alder Street in Brannock on Friday. On Monday four men with sledgehammers smashed the cases of Marrow Gems on Birch Lane and escaped on motorbikes with watches and rings. Detective Inspector Ruth Calloway said police were looking at whether the raids were linked.',
    'A gang raided the Edwin Hollis shop on Alder Street in Brannock on Friday, four days after a gang armed with sledgehammers raided Marrow Gems on Birch Lane and fled on motorbikes with watches and rings. Detective Inspector Ruth Calloway appealed for witnesses.',
    'Robbers hit the Edwin Hollis store in Brannock, police said, the second raid on a jeweller since Monday, when four men with sledgehammers smashed cases at Marrow Gems on Birch Lane and fled on motorbikes. Detective Inspector Ruth Calloway asked for dashcam footage.',
  ],
);

/** Wire reports of the second raid that never mention the first: they form a story of their own. */
const hollisWire = reports(
  's',
  [
    'Jeweller Edwin Hollis: robbers took rings worth £400,000',
    'Edwin Hollis counts losses after Alder Street robbery',
    'Owner Edwin Hollis says gang cleared his Alder Street shop',
  ],
  [
    'Jeweller Edwin Hollis said robbers took rings and necklaces worth £400,000 from his shop on Alder Street in Brannock. "They were in and out in ninety seconds," Hollis said. His insurers have been told.',
    'Edwin Hollis, whose Alder Street shop was robbed, said the gang took rings and necklaces worth £400,000. Hollis said his staff were shaken but unhurt.',
    'Edwin Hollis said the gang that robbed his shop on Alder Street emptied the window of rings and necklaces, a loss of £400,000. Hollis has run the Brannock shop for thirty years.',
  ],
);

/**
 * The wire story of the Hollis raid forms first; the local Hollis reports, retelling the Marrow raid,
 * join the Marrow story instead (they score higher there), which with them is no match for the wire
 * story. The last Marrow report splits the mixed story by its headlines, and the new article goes to
 * the Marrow part, so the Hollis part gains none and is never merge-checked on its own.
 */
function run(wireReports: number): { c: StoryClusterer; wire: string | undefined } {
  // No second look: the local reports stay where they joined unless a merge moves them.
  const c = new StoryClusterer({ secondLookAfter: 0 });
  // Unrelated reports, so that the raids' common words are rare in the stream as they are in live news.
  for (let i = 0; i < 40; i++) c.add(filler(i, at));
  for (let i = 0; i < wireReports; i++) c.add(hollisWire(i));
  const wire = c.storyOf('s0');
  for (const a of [marrow(0), hollisLocal(0), marrow(1), hollisLocal(1), hollisLocal(2)]) c.add(a);
  expect(['x0', 'y1', 'x1', 'x2'].map((id) => c.storyOf(id))).toEqual(Array(4).fill(c.storyOf('y0')));
  expect(c.storyOf('s0')).not.toBe(c.storyOf('y0'));
  c.add(marrow(2));
  return { c, wire };
}

const raidStories = (c: StoryClusterer): string[] =>
  c
    .stories()
    .map((s) => [...s.articleIds].sort().join(','))
    .filter((ids) => !ids.startsWith('f'))
    .sort();

describe('StoryClusterer after a split', () => {
  it('merges the part that took no new article with the story its event formed meanwhile', () => {
    const { c, wire } = run(3);
    expect(raidStories(c)).toEqual(['s0,s1,s2,x0,x1,x2', 'y0,y1,y2']);
    // The older story, the wire one, survives the merge.
    expect(c.storyOf('x0')).toBe(wire);
    // The part does not go back to the story it was just split from.
    expect(c.storyOf('x0')).not.toBe(c.storyOf('y0'));
  });

  it('leaves the part apart when its event has no story of three reports yet', () => {
    expect(raidStories(run(2).c)).toEqual(['s0,s1', 'x0,x1,x2', 'y0,y1,y2']);
  });
});
