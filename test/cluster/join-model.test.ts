import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/seeded-random.ts';
import { features, JOIN_FEATURES, joinLogOdds, modelFor, type JoinModel, type LogisticWeights } from '../../src/cluster/join-model.ts';
import type { JoinEvidence } from '../../src/cluster/join-evidence.ts';
import { TRAINED_JOIN_MODEL } from '../../src/cluster/options.ts';
import { StoryClusterer } from '../../src/cluster/story-clusterer.ts';
import { labelRates } from '../../src/train/label-rates.ts';
import { fitLogistic, logLoss } from '../../src/train/logistic.ts';
import { article, filler, OSKARIA, VELMORA } from './fixtures.ts';

const EVIDENCE: JoinEvidence = {
  cosine: 0.3,
  agreement: 1,
  nameless: false,
  conflict: false,
  articleHeadline: false,
  storyHeadlines: false,
  articleTerms: 120,
  storyReports: 3,
  mutualAgreement: 1,
  yearAgrees: false,
  yearConflicts: false,
  figureConflicts: false,
};

function weights(over: Partial<LogisticWeights['weights']>, bias: number): LogisticWeights {
  return { bias, weights: { ...Object.fromEntries(JOIN_FEATURES.map((f) => [f, 0])), ...over } as LogisticWeights['weights'] };
}

describe('fitLogistic', () => {
  it('recovers the weights of data drawn from a known logistic model, the same on every run', () => {
    const random = seededRandom(7);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = [random() * 4 - 2, random() < 0.5 ? 1 : 0];
      const p = 1 / (1 + Math.exp(-(0.5 + 2 * x[0]! - 1.5 * x[1]!)));
      rows.push(x);
      labels.push(random() < p ? 1 : 0);
    }
    const fit = fitLogistic({ rows, labels }, { ridge: 0.01 });
    expect(fit.bias).toBeCloseTo(0.5, 0);
    expect(fit.weights[0]).toBeCloseTo(2, 0);
    expect(fit.weights[1]).toBeCloseTo(-1.5, 0);
    expect(fitLogistic({ rows, labels }, { ridge: 0.01 })).toEqual(fit);
    expect(logLoss(fit, { rows, labels })).toBeLessThan(logLoss({ bias: 0, weights: [0, 0] }, { rows, labels }));
  });
});

describe('the join model', () => {
  it('weighs the cosine on a log scale and a name conflict between two texts by its own weight', () => {
    const m = weights({ logCosine: 2, conflictTexts: -1 }, 1);
    expect(joinLogOdds(m, EVIDENCE)).toBeCloseTo(1 + 2 * Math.log(0.3), 10);
    expect(joinLogOdds(m, { ...EVIDENCE, conflict: true })).toBeCloseTo(joinLogOdds(m, EVIDENCE) - 1, 10);
    expect(joinLogOdds(m, { ...EVIDENCE, conflict: true, articleHeadline: true })).toBeCloseTo(joinLogOdds(m, EVIDENCE), 10);
  });

  it('decides texts and headlines with their own weights, and leaves an article to the gate without one', () => {
    const model: JoinModel = { trainedOn: 'test', text: weights({}, 1), headline: null };
    expect(modelFor(model, true, 'en')).toBe(model.text);
    expect(modelFor(model, false, 'en')).toBeNull();
    expect(modelFor(null, true, 'en')).toBeNull();
  });

  it('decides only for the languages it learned from, leaving reports in other languages to the gate', () => {
    const model: JoinModel = { trainedOn: 'test', languages: ['en'], text: weights({}, 1), headline: weights({}, 1) };
    expect(modelFor(model, true, 'de')).toBeNull();
    expect(modelFor(model, false, 'de')).toBeNull();
    expect(modelFor(model, true, 'en')).toBe(model.text);
    // A German report of another event that shares one name with an English story: a model that joins
    // any candidate sharing a word takes it there, unless the model is kept to English.
    const football = article('d1', {
      title: 'Fußballverein aus Velmora gewinnt gegen Rostal',
      body: 'Der Fußballverein aus Velmora hat am Sonntag das Pokalspiel gegen Rostal gewonnen. Die Mannschaft feierte mit den Fans.',
      publishedAt: '2026-03-03T12:00:00Z',
      language: 'de',
    });
    const eager = { trainedOn: 'test', text: weights({}, 10), headline: weights({}, 10) };
    const stories = (joinModel: JoinModel): StoryClusterer => {
      const c = new StoryClusterer({ joinModel });
      for (let i = 0; i < 20; i++) c.add(filler(i));
      for (const a of [...VELMORA, football]) c.add(a);
      return c;
    };
    const any = stories(eager);
    expect(any.storyOf('d1')).toBe(any.storyOf('v1'));
    const english = stories({ ...eager, languages: ['en'] });
    expect(english.storyOf('v2')).toBe(english.storyOf('v1'));
    expect(english.storyOf('d1')).not.toBe(english.storyOf('v1'));
  });

  it('joins by its log-odds: a model that never says yes gives every report its own story, the observer sees the evidence, and the trained model keeps the two quakes apart', () => {
    const seen: { id: string; cosine: number }[] = [];
    const never = new StoryClusterer(
      { joinModel: { trainedOn: 'test', text: weights({}, -1), headline: weights({}, -1) } },
      {
        candidates: (id, scored) => seen.push(...scored.map((s) => ({ id, cosine: s.evidence.cosine }))),
      },
    );
    for (const a of [...VELMORA, ...OSKARIA]) never.add(a);
    expect(never.stories()).toHaveLength(5);
    expect(seen.some((s) => s.id === 'v2' && s.cosine > 0.2)).toBe(true);
    const trained = new StoryClusterer({ joinModel: TRAINED_JOIN_MODEL });
    for (let i = 0; i < 20; i++) trained.add(filler(i));
    for (const a of [...VELMORA, ...OSKARIA]) trained.add(a);
    trained.add(article('h1', { title: 'Velmora earthquake: Tarsk toll reaches 37', publishedAt: '2026-03-03T10:00:00Z' }));
    expect(trained.storyOf('v3')).toBe(trained.storyOf('v1'));
    expect(trained.storyOf('o1')).not.toBe(trained.storyOf('v1'));
    expect(trained.storyOf('h1')).toBe(trained.storyOf('v1'));
  });
});

describe('labelRates', () => {
  it('gives the share of same-event candidates by cosine bin, name conflict and shared names, leaving out cells of few pairs', () => {
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 40; i++) {
      // Conflicting names at cosine 0.15: one in four is the article's event; 5 pairs at cosine 0.5 are too few to show.
      rows.push(features({ ...EVIDENCE, cosine: 0.15, conflict: true, mutualAgreement: 0, yearConflicts: i < 20 }));
      labels.push(i % 4 === 0 ? 1 : 0);
    }
    for (let i = 0; i < 5; i++) {
      rows.push(features({ ...EVIDENCE, cosine: 0.5 }));
      labels.push(1);
    }
    expect(labelRates({ rows, labels })).toEqual({
      'conflict 1 mutual names none cos 0.1-0.2': { pairs: 40, same: 10 },
      'yearConflicts cos>=0.1': { pairs: 20, same: 5 },
    });
  });
});

describe('namesMustMeet', () => {
  it('never joins two texts whose main names conflict and share none of their heaviest names, whatever the weights', () => {
    const eager = weights({ logCosine: 1 }, 10);
    const apart: JoinEvidence = { ...EVIDENCE, conflict: true, agreement: 0.5, mutualAgreement: 0 };
    expect(joinLogOdds(eager, apart)).toBeGreaterThan(0);
    expect(joinLogOdds({ ...eager, namesMustMeet: true }, apart)).toBe(-Infinity);
    // One name in common, or a headline side (it names too little to be set against), and the weights decide again.
    expect(joinLogOdds({ ...eager, namesMustMeet: true }, { ...apart, mutualAgreement: 0.5 })).toBeGreaterThan(0);
    expect(joinLogOdds({ ...eager, namesMustMeet: true }, { ...apart, articleHeadline: true })).toBeGreaterThan(0);
  });
});
