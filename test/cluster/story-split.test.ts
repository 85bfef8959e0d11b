import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.ts';
import { StoryClusterer } from '../../src/cluster/story-clusterer.ts';
import { splitOf } from '../../src/cluster/story-split.ts';
import type { Member } from '../../src/cluster/story-state.ts';
import { article } from './fixtures.ts';

const at = '2026-07-10T08:00:00Z';
const korr = (i: number) =>
  article(`k${i}`, {
    publishedAt: at,
    title: `Harbourside Gulls receiver Dane Korr arrested ${['on drink-driving suspicion', 'after traffic stop', 'for driving drunk'][i]}`,
    body: `Police in Meldon said Gulls receiver Dane Korr was stopped on the Meldon ring road ${['early Tuesday', 'after midnight', 'near the stadium'][i]}. Korr failed a breath test, officer Ada Penhallow said. Korr has played four seasons for the Gulls.`,
  });
const lestan = (i: number) =>
  article(`l${i}`, {
    publishedAt: at,
    title: `Gulls lineman Bram Lestan arrested ${['on drink-driving suspicion', 'after crash', 'for driving drunk'][i]}`,
    body: `Gulls defensive lineman Bram Lestan hit a parked van in Orrin Bay ${['late Saturday', 'before dawn', 'outside a bar'][i]}, deputies from Tavish County said. Lestan was held overnight. Sheriff Colm Drey said Lestan refused a blood test.`,
  });

const CLUB =
  'The Gulls open their season against Port Avery on Sunday, and coach Hal Brisk said the club would deal with the matter internally and that the player would train with the squad this week.';
/** Unrelated reports, so that words every arrest report carries are rare in the stream as they are in live news. */
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    article(`u${i}`, {
      publishedAt: at,
      title: `Item ${i} about topic${i}`,
      body: `Word${i} alpha${i} beta${i} gamma${i} delta${i} epsilon${i}.`,
    }),
  );
/** Reports of a first arrest, with the club news every such report carries. */
const first = (i: number) =>
  article(`f${i}`, {
    publishedAt: at,
    title: `Gulls receiver Dane Korr arrested ${['on drink-driving suspicion', 'after traffic stop', 'for driving drunk'][i]}`,
    body: `Gulls receiver Dane Korr was stopped on the Meldon ring road ${['early Tuesday', 'after midnight', 'near the stadium'][i]} and failed a breath test, police said. ${CLUB}`,
  });
/** Reports of a second arrest that recall the first: the words say both players, the headlines one. */
const second = (i: number) =>
  article(`s${i}`, {
    publishedAt: at,
    title: `Gulls lineman Bram Lestan arrested ${['on drink-driving suspicion', 'after traffic stop', 'for driving drunk'][i]}`,
    body: `Gulls lineman Bram Lestan was stopped on the Meldon ring road ${['early Tuesday', 'after midnight', 'near the stadium'][i]} and failed a breath test, police said, a month after receiver Dane Korr. ${CLUB}`,
  });

/** Reports of a quake on Qarn island; a second quake's reports recall the first, so both kinds of report share their words. */
const quake = (id: string, magnitude: string, i: number, recall = '') =>
  article(id, {
    publishedAt: at,
    title: `Quake ${['shakes', 'hits', 'jolts'][i]} Qarn island ${['in the gulf', 'off the south coast', 'near Velport'][i]}`,
    body: `A ${magnitude}-magnitude earthquake ${['shook', 'hit', 'jolted'][i]} Qarn island in the gulf on Sunday, damaging homes in Velport, officials said.${recall} Rescue teams from the mainland reached the island's villages by boat. Qarn lies on a fault line and is often hit by quakes.`,
  });

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

  it('keeps the id on the larger part: what a reader saw under it was mostly that event', () => {
    // Names weighed so that Lestan's reports are candidates for Korr's story and the lax join fills it with both.
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9, entityWeight: 2, titleNameWeight: 2 });
    const lestan3 = article('l3', {
      publishedAt: at,
      title: 'Gulls lineman Bram Lestan arrested outside a bar',
      body: 'Gulls defensive lineman Bram Lestan hit a parked van in Orrin Bay on Sunday night, deputies from Tavish County said. Lestan was held overnight. Sheriff Colm Drey said Lestan refused a blood test.',
    });
    // Korr's report opens the story; Lestan's four reports outnumber Korr's three when it splits.
    for (const a of [korr(0), lestan(0), lestan(1), lestan(2), korr(1), lestan3]) c.add(a);
    const id = c.storyOf('k0')!;
    expect(c.storyOf('l0')).toBe(id);
    c.add(korr(2));
    expect(c.story(id)?.articleIds).toEqual(['l0', 'l1', 'l2', 'l3']);
    expect(c.story(c.storyOf('k0')!)?.articleIds).toEqual(['k0', 'k1', 'k2']);
    expect(c.storyOf('k0')).not.toBe(id);
  });

  it('reports both parts of a split as changed, so the part the new article is not in is saved and posted too', () => {
    // Names weighed as before (2, headline names as headline words), so that Lestan's first report is a candidate for Korr's story and the lax join fills it with both.
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9, entityWeight: 2, titleNameWeight: 2 });
    for (const a of [korr(0), lestan(0), korr(1), lestan(1), korr(2)]) c.add(a);
    expect(c.takeChanged()).toHaveLength(1);
    expect(c.takeChanged()).toEqual([]);
    c.add(lestan(2));
    expect(new Set(c.takeChanged())).toEqual(new Set([c.storyOf('k0'), c.storyOf('l0')]));
  });

  it('splits two arrests whose bodies name both players when the headlines name one each', () => {
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9 });
    for (const a of [...filler(40), first(0), second(0), first(1), second(1), first(2), second(2)]) c.add(a);
    expect(c.story(c.storyOf('f0')!)?.articleIds).toEqual(['f0', 'f1', 'f2']);
    expect(c.story(c.storyOf('s0')!)?.articleIds).toEqual(['s0', 's1', 's2']);
  });

  it('does not split reports of one event that word it differently', () => {
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9 });
    for (const a of [korr(0), korr(1), korr(2), korr(0), korr(1), korr(2)].map((a, i) => ({ ...a, id: `x${i}` }))) c.add(a);
    expect(c.stories()).toHaveLength(1);
  });

  it('splits a story of headlines holding two events, as it does one of texts', () => {
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9 });
    for (const a of [korr(0), lestan(0), korr(1), lestan(1), korr(2), lestan(2)]) c.add({ ...a, body: '' });
    expect(c.storyOf('k0')).not.toBe(c.storyOf('l0'));
    expect(c.story(c.storyOf('k0')!)?.articleIds).toEqual(['k0', 'k1', 'k2']);
    expect(c.story(c.storyOf('l0')!)?.articleIds).toEqual(['l0', 'l1', 'l2']);
  });

  it('splits two quakes of one island whose reports share their words but give different magnitudes', () => {
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9 });
    const recall = ' It was the second quake on the island this year.';
    for (const a of [
      ...filler(40),
      quake('a0', '5.6', 0),
      quake('b0', '5.9', 0, recall),
      quake('a1', '5.6', 1),
      quake('b1', '5.9', 1, recall),
      quake('a2', '5.6', 2),
      quake('b2', '5.9', 2, recall),
    ])
      c.add(a);
    expect(c.story(c.storyOf('a0')!)?.articleIds).toEqual(['a0', 'a1', 'a2']);
    expect(c.story(c.storyOf('b0')!)?.articleIds).toEqual(['b0', 'b1', 'b2']);
  });

  it('does not split reports of one quake whose magnitude was revised by a tenth', () => {
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9 });
    for (const a of [
      ...filler(40),
      quake('a0', '5.8', 0),
      quake('b0', '5.9', 0),
      quake('a1', '5.8', 1),
      quake('b1', '5.9', 1),
      quake('a2', '5.8', 2),
      quake('b2', '5.9', 2),
    ])
      c.add(a);
    expect(c.storyOf('a0')).toBe(c.storyOf('b0'));
    expect(c.story(c.storyOf('a0')!)?.articleIds).toHaveLength(6);
  });

  it('does not split headlines from texts: headlines name less, they are not another event', () => {
    const c = new StoryClusterer({ joinThreshold: 0.001, mergeThreshold: 0.9 });
    const headline = (i: number) =>
      article(`h${i}`, {
        publishedAt: at,
        title: `Gulls player held ${['after drink-driving stop', 'on ring road', 'by Meldon police'][i]}`,
        body: '',
      });
    for (const a of [korr(0), headline(0), korr(1), headline(1), korr(2), headline(2)]) c.add(a);
    expect(c.stories()).toHaveLength(1);
  });
});

describe('splitOf', () => {
  const member = (id: string, word: string): Member => ({
    id,
    vector: new Map([
      [word, 0.8],
      ['arrest', 0.6],
    ]),
    time: 0,
    dated: null,
    fetchedAt: at,
    detailed: true,
    headlineNames: [],
    quantities: [],
  });
  const two = (n: number): Member[] => [
    ...Array.from({ length: n }, (_, i) => member(`a${i}`, 'harbour')),
    ...Array.from({ length: n }, (_, i) => member(`b${i}`, 'airport')),
  ];

  it('splits by score alone only with four reports on each side: three of one event often differ as much', () => {
    expect(splitOf({ members: two(3), minGroup: 3, options: DEFAULT_CLUSTER_OPTIONS })).toBeNull();
    const groups = splitOf({ members: two(4), minGroup: 3, options: DEFAULT_CLUSTER_OPTIONS });
    expect(groups?.map((g) => g.map((m) => m.id[0]).join(''))).toEqual(['aaaa', 'bbbb']);
  });

  it('does not split by words two sides that share no language: reports in other languages share few words whatever they tell', () => {
    const [a, b] = [two(4).slice(0, 4), two(4).slice(4)];
    const english = a.map((m) => ({ ...m, language: 'en' }));
    expect(
      splitOf({ members: [...english, ...b.map((m) => ({ ...m, language: 'es' }))], minGroup: 3, options: DEFAULT_CLUSTER_OPTIONS }),
    ).toBeNull();
    // One report in English on the other side is enough for the words to say two events.
    const mixed = b.map((m, i) => ({ ...m, language: i === 0 ? 'en' : 'es' }));
    expect(splitOf({ members: [...english, ...mixed], minGroup: 3, options: DEFAULT_CLUSTER_OPTIONS })).not.toBeNull();
  });

  const unit = (terms: [string, number][]) => {
    const length = Math.hypot(...terms.map(([, w]) => w));
    return new Map(terms.map(([t, w]): [string, number] => [t, w / length]));
  };
  /** A report of a raid on the Alder or the Birch street jeweller: the words of the kind, more or fewer of them, the street's name, and two words of its own. */
  const KIND = ['raid', 'jeweller', 'gems', 'police', 'gang', 'stolen'];
  const raid = (id: string, street: string, kind: number, own: number): Member => ({
    id,
    time: 0,
    dated: null,
    fetchedAt: at,
    detailed: true,
    headlineNames: [`@${street}`],
    quantities: [],
    vector: unit([
      ...KIND.map((w): [string, number] => [w, kind]),
      [street, 0.35],
      [`${street}-road`, 0.3],
      [`${id}-x`, own],
      [`${id}-y`, own],
    ]),
  });

  it('divides reports by what each says of its own, not by how much of the shared vocabulary it carries', () => {
    // The first report is terse (few words of the kind, more of its own); over whole vectors the wordy reports of both raids are
    // nearer each other than to it, and two-means parted terse from wordy, so no division had one street on each side.
    const members = [
      raid('a0', 'alder', 0.07, 0.45),
      raid('a1', 'alder', 0.35, 0.18),
      raid('b0', 'birch', 0.35, 0.18),
      raid('a2', 'alder', 0.35, 0.18),
      raid('b1', 'birch', 0.35, 0.18),
      raid('a3', 'alder', 0.35, 0.18),
      raid('b2', 'birch', 0.35, 0.18),
      raid('a4', 'alder', 0.35, 0.18),
    ];
    const groups = splitOf({ members, minGroup: 3, options: DEFAULT_CLUSTER_OPTIONS });
    expect(groups?.map((g) => g.map((m) => m.id[0]).join(''))).toEqual(['aaaaa', 'bbb']);
  });

  it('splits two groups of headlines by score only under headlineSplitShare of the split bar: headlines of one event share few words', () => {
    const headline = (id: string, word: string): Member => ({
      id,
      vector: unit([
        [word, 0.8],
        ['ferry', 0.45],
        ['sinks', 0.45],
      ]),
      time: 0,
      dated: null,
      fetchedAt: at,
      detailed: false,
      headlineNames: [],
      quantities: [],
    });
    const members = [...[0, 1, 2, 3].map((i) => headline(`a${i}`, 'harbour')), ...[0, 1, 2, 3].map((i) => headline(`b${i}`, 'strait'))];
    expect(splitOf({ members, minGroup: 3, options: DEFAULT_CLUSTER_OPTIONS })).toBeNull();
    expect(splitOf({ members, minGroup: 3, options: { ...DEFAULT_CLUSTER_OPTIONS, headlineSplitShare: 1 } })).not.toBeNull();
  });
});
