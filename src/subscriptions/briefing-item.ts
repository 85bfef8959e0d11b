import type { Breakdown, ClaimDivergence, ClaimSide, Report } from '../domain/breakdown.ts';
import type { BriefingItem } from '../domain/delivery.ts';
import { independentOutlets } from './story-filter.ts';
import { claimText, divergenceLine } from '../compare/wording.ts';
import { clipAtWord } from '../text/clip.ts';
import { spelling } from '../text/spelling.ts';
import { sharpestFirst } from '../compare/sharpest-first.ts';

const MAX_LINE = 220;

/** One briefing line for a story: headline, a consensus line, its sharpest divergence, outlet counts and countries. */
export function briefingItem(breakdown: Breakdown, reports: readonly Report[]): BriefingItem {
  const countries = [...new Set(reports.map((r) => r.country).filter((c): c is string => c !== null))].sort();
  return {
    storyId: breakdown.story.id,
    headline: breakdown.story.headline,
    consensus: agreedLine(breakdown),
    divergence: sharpestDivergence(breakdown),
    outlets: new Set(reports.map((r) => r.outlet)).size,
    independentOutlets: independentOutlets(reports),
    countries,
    // The headline's own report, as the breakdown links it; else the first report with an address.
    url: (reports.find((r) => r.title === breakdown.story.headline && r.url) ?? reports.find((r) => r.url))?.url ?? null,
  };
}

/** The first agreed fact that says more than the headline above it (an older ECB+ report's title is its lede). */
function agreedLine(breakdown: Breakdown): string | null {
  const headline = spelling(breakdown.story.headline);
  const fact = breakdown.consensus.find((c) => spelling(c.statement) !== headline);
  return fact ? clip(fact.statement) : null;
}

/**
 * The breakdown's sharpest divergence in one line, as its pages show it first (src/compare/sharpest-first.ts): a figure
 * ("aircraft hit: A says 41 / B says several", "deaths rose from 3 to 24 between 19:19 and 00:20 UTC"), else a claim.
 */
export function sharpestDivergence(breakdown: Breakdown): string | null {
  const top = sharpestFirst(breakdown)[0];
  if (top === undefined) return null;
  return 'quantity' in top ? clip(divergenceLine(top)) : claimBrief(top);
}

/** Sides of a claim conflict a briefing line shows at most. */
const SIDES_SHOWN = 2;

/**
 * A claim conflict in one line with both sides shown, each in its share of the line: a side's claim when it fits,
 * else the longest of its reports' sentences that fits (each states the side), else its claim cut at a word. A long
 * first side ("A controversial figure who was later convicted…, Felt died of heart failure…") had left the other out.
 */
function claimBrief(claim: ClaimDivergence): string {
  const head = `${claim.topic}: `;
  const sides = claim.sides.slice(0, SIDES_SHOWN);
  const share = Math.floor((MAX_LINE - head.length - ' / '.length * (sides.length - 1)) / sides.length);
  const sideLine = (side: ClaimSide): string => {
    const as = (sentence: string): string => claimText({ topic: claim.topic, sides: [{ ...side, claim: sentence }] }).replace(/\s+/g, ' ');
    const fitting = [side.claim, ...side.quotes.map((q) => q.sentence).sort((a, b) => b.length - a.length)].find(
      (sentence) => as(sentence).length <= share,
    );
    return fitting === undefined ? as(aroundTopic(side.claim, claim.topic, share - (as('').length + 1))) : as(fitting);
  };
  return clip(head + sides.map(sideLine).join(' / '));
}

/** Words of a claim's topic that say what it is about, not how it is asked: "colour of the Toyota Camry" → toyota, camry. */
const TOPIC_FRAME = new Set([
  'when',
  'where',
  'what',
  'who',
  'why',
  'how',
  'whether',
  'colour',
  'color',
  'home',
  'age',
  'cause',
  'of',
  'the',
  'a',
  'an',
  'and',
  'in',
  'on',
  'at',
  'to',
  'by',
  'for',
]);

/**
 * A claim cut to `max` characters around what its topic names ("…hit by a silver Toyota Camry and sent flying"), so the
 * words that differ between the sides stay in sight; from its start when the topic's words come early or not at all.
 */
function aroundTopic(claim: string, topic: string, max: number): string {
  const text = claim.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const words = text.split(' ');
  const topicWords = new Set(
    topic
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !TOPIC_FRAME.has(w)),
  );
  const at = words.findIndex((w) => topicWords.has(spelling(w)));
  // A few words before the topic's first word: what the claim says of it ("a silver Toyota Camry").
  const from = Math.max(0, at - 4);
  if (at < 0 || clipAtWord(words.slice(0, at + 2).join(' '), max).length >= words.slice(0, at + 2).join(' ').length)
    return clipAtWord(text, max);
  return clipAtWord(`…${words.slice(from).join(' ')}`, max);
}

function clip(text: string, max = MAX_LINE): string {
  return clipAtWord(text.replace(/\s+/g, ' ').trim(), max);
}
