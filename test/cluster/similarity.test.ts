import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.ts';
import { coverage, similarity, specificsOf, timeFactor, type Scorable } from '../../src/cluster/similarity.ts';
import { norm } from '../../src/cluster/sparse-vector.ts';

function side(terms: Record<string, number>, specifics: string[], detailed = true, dated: Scorable['dated'] = null): Scorable {
  const vector = new Map(Object.entries(terms));
  return { vector, vectorNorm: norm(vector), specifics: specifics.map((t) => [t, vector.get(t) ?? 0]), dated, detailed };
}

const o = DEFAULT_CLUSTER_OPTIONS;

describe('similarity', () => {
  it("is cut when neither side holds the other side's heaviest names", () => {
    const story = side({ quake: 1, magnitud: 1, '@velmora': 2, '@tarsk': 1 }, ['@velmora', '@tarsk']);
    const same = side({ quake: 1, magnitud: 1, '@velmora': 2 }, ['@velmora']);
    const other = side({ quake: 1, magnitud: 1, '@oskaria': 2 }, ['@oskaria']);
    expect(similarity(same, story, o)).toBeGreaterThan(2 * similarity(other, story, o));
  });

  it("skips the gate when the cosine alone cannot beat the caller's bar, and is unchanged above it", () => {
    const a = side({ quake: 1, magnitud: 1, '@velmora': 2 }, ['@velmora']);
    const b = side({ quake: 1, flood: 1, '@velmora': 2, '@tarsk': 1 }, ['@velmora', '@tarsk']);
    const full = similarity(a, b, o);
    expect(full).toBeGreaterThan(0);
    expect(similarity(a, b, o, false, full / 2)).toBe(full);
    expect(similarity(a, b, o, false, 0.99)).toBe(0);
  });

  it('asks two texts for their two heaviest names only, and a headline for three', () => {
    const text = side({ fire: 1, '@velmora': 2, '@tarsk': 1.5, '@ansel': 1 }, ['@velmora', '@tarsk', '@ansel']);
    const other = side({ fire: 1, '@velmora': 2, '@tarsk': 1.5, '@brisk': 1 }, ['@velmora', '@tarsk', '@brisk']);
    const cos = similarity(text, other, { ...o, agreementFloor: 1 });
    expect(similarity(text, other, o)).toBeCloseTo(cos);
    expect(similarity({ ...text, detailed: false }, other, o)).toBeLessThan(cos * 0.99);
  });

  it('does not join on numbers alone', () => {
    const a = side({ '#30': 1, '#2005': 1, quake: 0.1 }, ['#30']);
    const b = side({ '#30': 1, '#2005': 1, flood: 1 }, ['#30']);
    expect(similarity(a, b, o)).toBe(0);
  });

  const story = (terms: Record<string, number>, specifics: string[], years: Record<string, number>, reports: number): Scorable => ({
    ...side(terms, specifics),
    years: new Map(Object.entries(years)),
    reports,
  });

  it('keeps stories with different main years from merging', () => {
    const a = story({ elect: 1, '@turkmenistan': 2, '#2008': 1.5 }, ['@turkmenistan', '#2008'], { '#2008': 3 }, 3);
    const b = story({ elect: 1, '@turkmenistan': 2, '#2013': 1.5 }, ['@turkmenistan', '#2013'], { '#2013': 3 }, 3);
    const c = story({ elect: 1, '@turkmenistan': 2, '#2008': 1.5 }, ['@turkmenistan', '#2008'], { '#2008': 2 }, 2);
    expect(similarity(a, b, o, true)).toBeLessThan(similarity(a, c, o, true) * 0.6);
  });

  it("reads a story's year from how many reports give it, not from its weight in the pruned centroid", () => {
    // All four reports give 2012, too common to stay in the centroid; two recall 1935, which weighs much.
    const a = story({ fire: 1, '@harbor': 2, '#1935': 1.5 }, ['@harbor'], { '#2012': 4, '#1935': 2 }, 4);
    const b = story({ fire: 1, '@harbor': 2, '#2012': 0.5 }, ['@harbor'], { '#2012': 3 }, 3);
    const cosine = (1 + 4) / (a.vectorNorm * b.vectorNorm);
    expect(similarity(a, b, o, true)).toBeCloseTo(cosine);
  });

  it("still parts two years when the later event's reports recall the earlier one's in a few of them", () => {
    const early = story({ elect: 1, '@turkmenistan': 2 }, ['@turkmenistan'], { '#2008': 2 }, 7);
    const late = story({ elect: 1, '@turkmenistan': 2 }, ['@turkmenistan'], { '#2013': 8, '#2008': 2 }, 9);
    const plain = (x: Scorable) => ({ ...x, years: undefined });
    expect(similarity(early, late, o, true)).toBeCloseTo(similarity(plain(early), plain(late), o, true) * o.conflictFactor);
  });

  it('does not part stories over years only a few of their reports recall', () => {
    const a = story({ fire: 1, '@harbor': 2 }, ['@harbor'], { '#2006': 1, '#1970': 1 }, 7);
    const b = story({ fire: 1, '@harbor': 2 }, ['@harbor'], { '#2000': 1 }, 3);
    const plain = (x: Scorable) => ({ ...x, years: undefined });
    expect(similarity(a, b, o, true)).toBeCloseTo(similarity(plain(a), plain(b), o, true));
    // Two reports of eight and two of seven recall a year: neither side agrees on one.
    const c = story({ fire: 1, '@harbor': 2 }, ['@harbor'], { '#2006': 2 }, 8);
    const d = story({ fire: 1, '@harbor': 2 }, ['@harbor'], { '#2000': 2 }, 7);
    expect(similarity(c, d, o, true)).toBeCloseTo(similarity(plain(c), plain(d), o, true));
  });

  it("cuts a headline whose main name and a story's main name are each missing from the other, less than two texts", () => {
    const story = side({ climber: 1, fall: 1, '@velmora': 2, '@brandt': 1 }, ['@velmora', '@brandt']);
    const otherText = side({ climber: 1, fall: 1, '@oskaria': 2 }, ['@oskaria']);
    const otherHeadline = side({ climber: 1, fall: 1, '@oskaria': 2 }, ['@oskaria'], false);
    const headlineStory = side({ climber: 1, fall: 1, '@velmora': 2, '@brandt': 1 }, ['@velmora', '@brandt'], false);
    const plain = (x: Scorable) => ({ ...x, specifics: [] });
    expect(similarity(otherHeadline, story, o)).toBeCloseTo(
      similarity(plain(otherHeadline), plain(story), o) * o.agreementFloor * o.headlineConflictFactor,
    );
    expect(similarity(otherText, story, o)).toBeCloseTo(
      similarity(plain(otherText), plain(story), o) * o.agreementFloor * o.conflictFactor,
    );
    expect(similarity(otherHeadline, headlineStory, o)).toBeCloseTo(
      similarity(plain(otherHeadline), plain(headlineStory), o) * o.agreementFloor,
    );
  });

  it("asks a story of headlines for a story of texts' main names before they merge, and the other way round", () => {
    // Texts about a climber named Brandt on Mount Velmora; headlines of another fall there name only the mountain.
    const texts = side({ climber: 1, fall: 1, '@brandt': 2, '@velmora': 2, '@tarsk': 1 }, ['@brandt', '@velmora', '@tarsk']);
    const placeOnly = side({ climber: 1, fall: 1, '@velmora': 2 }, ['@velmora'], false);
    const naming = side({ climber: 1, fall: 1, '@velmora': 2, '@brandt': 1, '@tarsk': 1 }, ['@velmora', '@brandt', '@tarsk'], false);
    const plain = (x: Scorable) => ({ ...x, specifics: [] });
    // A join stays one-sided: the headlines' names are all in the texts.
    expect(similarity(placeOnly, texts, o)).toBeCloseTo(similarity(plain(placeOnly), plain(texts), o));
    // Before a merge, the texts' Brandt and Tarsk must be in the headlines too.
    expect(similarity(placeOnly, texts, o, true)).toBeLessThan(similarity(plain(placeOnly), plain(texts), o, true) * 0.6);
    expect(similarity(naming, texts, o, true)).toBeCloseTo(similarity(plain(naming), plain(texts), o, true));
  });

  it('cuts two headline stories about to merge whose main names several of their own headlines give and the other never does', () => {
    const headlines = (
      terms: Record<string, number>,
      specifics: string[],
      mentions: Record<string, number>,
      reports: number,
    ): Scorable => ({ ...side(terms, specifics, false), mentions: new Map(Object.entries(mentions)), reports });
    const a = headlines({ fire: 1, supermarket: 1, '@velmora': 2 }, ['@velmora'], { '@velmora': 4 }, 5);
    const b = headlines({ fire: 1, supermarket: 1, '@oskaria': 2 }, ['@oskaria'], { '@oskaria': 3 }, 4);
    const guessed = headlines({ fire: 1, supermarket: 1, '@oskaria': 2 }, ['@oskaria'], { '@oskaria': 2 }, 4);
    const plain = (x: Scorable) => ({ ...x, specifics: [] });
    expect(similarity(a, b, o, true)).toBeCloseTo(similarity(plain(a), plain(b), o, true) * o.agreementFloor * o.conflictFactor);
    // A name only two headlines give may be chance wording; and an article's join is not cut.
    expect(similarity(a, guessed, o, true)).toBeCloseTo(similarity(plain(a), plain(guessed), o, true) * o.agreementFloor);
    expect(similarity(b, a, o)).toBeCloseTo(similarity(plain(b), plain(a), o) * o.agreementFloor);
  });

  it("lets a headline that names no one neither vouch for nor object to the other side's names", () => {
    const story = side({ climber: 1, fall: 1, '@velmora': 2 }, ['@velmora']);
    const cosine = (a: Scorable, b: Scorable, mutual = false) => similarity(a, b, { ...o, agreementFloor: 1 }, mutual);
    const nameless = side({ climber: 1, fall: 1 }, [], false);
    expect(cosine(nameless, story)).toBeGreaterThan(0);
    expect(similarity(nameless, story, o)).toBeGreaterThan(cosine(nameless, story) * o.agreementFloor * 1.5);
    expect(similarity(nameless, story, o)).toBeCloseTo(cosine(nameless, story) * o.namelessHeadlineGate);
    // A figure is no name: the gate still cannot read whom the headline is about.
    const figureOnly = side({ climber: 1, fall: 1, '#3': 1 }, ['#3'], false);
    expect(similarity(figureOnly, story, o)).toBeCloseTo(cosine(figureOnly, story) * o.namelessHeadlineGate);
    // Before a merge too: a headlines-only fragment that names no one is judged on its wording.
    const fragment = { ...nameless, reports: 3 };
    expect(similarity(story, fragment, o, true)).toBeCloseTo(cosine(story, fragment, true) * o.namelessHeadlineGate);
    // A headline giving a name the story lacks keeps the floor, and so does a text without names.
    const named = side({ climber: 1, fall: 1, '@oskaria': 1 }, ['@oskaria'], false);
    expect(similarity(named, story, o)).toBeCloseTo(cosine(named, story) * o.agreementFloor);
    const namelessText = side({ climber: 1, fall: 1 }, []);
    expect(similarity(namelessText, story, o)).toBeCloseTo(cosine(namelessText, story) * o.agreementFloor);
  });

  it('discounts reports days apart', () => {
    const day = 86_400_000;
    expect(timeFactor({ min: 0, max: 0 }, { min: 6 * 3_600_000, max: 6 * 3_600_000 }, 72)).toBe(1);
    expect(timeFactor({ min: 0, max: 0 }, { min: 3.5 * day, max: 3.5 * day }, 72)).toBeCloseTo(0.5);
    expect(timeFactor(null, { min: 0, max: 0 }, 72)).toBe(1);
  });

  it('measures how much of the heaviest names the other side holds', () => {
    const v = new Map([
      ['@velmora', 1],
      ['tarsk', 1],
    ]);
    expect(
      coverage(
        [
          ['@velmora', 2],
          ['@tarsk', 1],
          ['@brandt', 1],
        ],
        v,
      ),
    ).toBeCloseTo(3 / 4);
    expect(coverage([], v)).toBe(1);
  });
});

describe('specificsOf', () => {
  it('ranks the names of a full name before heavier single names and numbers', () => {
    const v = new Map(Object.entries({ '@harbour': 9, '@light': 8, '#40': 7, '@dana': 3, '@korr': 4, '@dana_korr': 3, rehab: 5 }));
    expect(specificsOf(v, 3).map(([t]) => t)).toEqual(['@korr', '@dana', '@harbour']);
  });

  it('ranks by weight when no name is written in full', () => {
    const v = new Map(Object.entries({ '@harbour': 9, '#40': 7, '@korr': 4, rehab: 5 }));
    expect(specificsOf(v, 2)).toEqual([
      ['@harbour', 9],
      ['#40', 7],
    ]);
  });
});
