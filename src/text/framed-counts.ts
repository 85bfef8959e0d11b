import { amountsIn, numberTokens, type Token } from './numbers.ts';
import { takenBy, type QuantityMention } from './quantity-mentions.ts';
import { MEASURE } from './quantity-words.ts';
import { stemmerFor } from './stem.ts';
import { stopwordsFor } from './stopwords.ts';

/**
 * A count of something no quantity key names, read with its frame: the verb it is the object or subject of and who
 * does it ("the agency sent eight experts": sent, agency; "three inspectors were sent": sent, no agent). Two reports'
 * counts are one quantity only when their frames agree; the closed keys (deaths, arrests…) are found elsewhere.
 */
export interface FramedCount extends QuantityMention {
  /** The counted noun as written, lower case ("experts"). */
  noun: string;
  /** The verb as written, lower case ("sent"), and its stem, which frames are compared by. */
  verb: string;
  verbStem: string;
  /** Stems of the agent's content words; empty when the sentence names none (a passive, a pronoun). */
  agent: string[];
  /** True when the count is the subject of a passive ("three inspectors were sent"), which names no agent. */
  passive: boolean;
  /**
   * True when the agent is the subject told before: the clause names it only as "he" or "she" ("But he missed 10
   * games"), or its verb follows another of the same subject's ("Thomas was hurt in Week 3, then missed nine games").
   */
  carried: boolean;
}

/** Nouns for people or groups of them: two counts of people done one thing to by one agent count one group, whatever noun each report uses. */
const PEOPLE =
  /^(people|persons|men|women|children|adults|experts|observers|monitors|inspectors|officials|officers|members|staff|workers|employees|soldiers|police|policemen|delegates|volunteers|agents|investigators|firefighters|rescuers|journalists|students|passengers|residents|civilians|protesters|suspects|victims|players|guards|teams|crews)$/u;
/** Spans of time and measures: "served 12 years", "drove 40 miles" are lengths, not counts of things done to. */
const SPAN =
  /^(seconds|minutes|hours|days|weeks|months|seasons|years|decades|centuries|times|miles|metres|meters|feet|yards|inches|degrees|points|votes|percent)$/u;
/** Auxiliaries of a passive: "were sent", "have been arrested", "had been evacuated". */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
/** Words between a verb and its count that leave the count its object: "sent only three", "sent some 40". */
const BEFORE_COUNT = new Set(['only', 'just', 'some', 'about', 'around', 'nearly', 'almost', 'roughly', 'another']);
/** Where a clause starts, for reading its agent: the agent of "sent" in "…, saying the OSCE sent" is the OSCE. */
const CLAUSE_BREAK = /[,;:()"“”]|\b(?:that|but|when|after|while|saying|which|who)\b/giu;

const stem = stemmerFor('en');
const stop = stopwordsFor('en');
const isWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);
/**
 * Words that cannot be a verb or counted noun: articles, prepositions, auxiliaries, pronouns. Narrower than the stop
 * list sentences are compared by, which holds verbs such as "sent" and "shows".
 */
const GRAMMAR = new Set(
  `the a an of to in on at by for from with without about as into onto over under after before during since until than
  and or but nor that this these those its his her their our your my was were is are be been being has have had do does
  did will would can could should may might must not no all any some each every other another such only just more most
  less fewer than then there here who whom which what when where while whose`.split(/\s+/u),
);
/** Reporting verbs: "police said two women…" reports a clause; the count is that clause's, not the object of "said". */
const REPORTING = /^(said|says|say|saying|told|tells|reported|reports|added|stated|claimed|claims|announced|confirmed|according)$/u;
/** Prepositions: a count after one is a complement ("in seven villages"), not the subject of the verb after it. */
const PREPOSITION = new Set([
  'in',
  'of',
  'at',
  'on',
  'from',
  'for',
  'with',
  'by',
  'to',
  'into',
  'among',
  'between',
  'than',
  'about',
  'across',
  'near',
]);
/** Words after which the next word is not a verb: "the first five drives", "their last three games". */
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const isContent = (t: Token | undefined): t is Token => isWord(t) && t.lower.length > 2 && !GRAMMAR.has(t.lower);
const plural = (t: Token | undefined): t is Token =>
  isContent(t) && (/[^s]s$/u.test(t.lower) || PEOPLE.test(t.lower)) && !SPAN.test(t.lower) && !MEASURE.test(t.lower);

/** The counted noun: the word right after the amount, or after one modifier ("three prior convictions"). */
function nounAfter(tokens: Token[], end: number): number | null {
  if (plural(tokens[end])) return end;
  if (isContent(tokens[end]) && plural(tokens[end + 1])) return end + 1;
  return null;
}

/** Words that leave a clause's subject the one told before: a singular personal pronoun, or a verb joined on ("then missed"). */
const CARRIED = /^(?:he|she|then|and|also|later|eventually|subsequently)$/u;

/**
 * The agent of a verb at `at`: the stems of the content words of the clause before it ("The Organisation for Security
 * … has not"), and whether that clause leaves it to the subject told before (`CARRIED`).
 */
function agentBefore(sentence: string, at: number): { agent: string[]; carried: boolean } {
  const before = sentence.slice(0, at);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const words = (before.slice(from).match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).map((w) => w.toLowerCase());
  return { agent: agentStems(words), carried: words.length > 0 && words.every((w) => CARRIED.test(w)) };
}

/** The stems an agent's words are compared by: content words, one spelling each. */
export function agentStems(words: string[]): string[] {
  return words
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 2 && !stop.has(w) && w !== 'not')
    .map((w) => stem(oneSpelling(w)));
}

/** One spelling for words outlets spell two ways: "co-operation" and "cooperation", "organisation" and "organization". */
const oneSpelling = (word: string): string => word.replace(/-/gu, '').replace(/is(ation|ations|e|ed|es|ing)$/u, 'iz$1');

/** The verb a count is the object of: the content word before it, past the words that leave it an object. */
function objectVerb(tokens: Token[], start: number): number | null {
  let i = start - 1;
  for (let k = 0; k < 3 && i >= 0 && BEFORE_COUNT.has(tokens[i]!.lower); k++) i--;
  const verb = tokens[i];
  if (!isContent(verb) || REPORTING.test(verb.lower) || DETERMINER.has(tokens[i - 1]?.lower ?? '')) return null;
  return i;
}

/** The verb a count is the subject of, in the passive: "three observers were sent", "eight have been detained". */
function passiveVerb(tokens: Token[], noun: number): number | null {
  let i = noun + 1;
  if (['have', 'has', 'had'].includes(tokens[i]?.lower ?? '')) i++;
  if (!PASSIVE.has(tokens[i]?.lower ?? '')) return null;
  i++;
  if (/ly$/u.test(tokens[i]?.lower ?? '')) i++;
  return isContent(tokens[i]) && /(?:ed|en|t)$/u.test(tokens[i]!.lower) ? i : null;
}

/**
 * The counts of a sentence no closed key takes (`taken`: the sentence's keyed mentions), each with its frame; a count
 * with no verb to frame it is left out, as is a count given as a date, a clock time, a span of time or a measure (English).
 */
export function findFramedCounts(sentence: string, taken: QuantityMention[] = []): FramedCount[] {
  const tokens = numberTokens(sentence, 'en');
  const isTaken = takenBy(sentence, taken);
  const out: FramedCount[] = [];
  for (const amount of amountsIn(tokens, 'en')) {
    const glued = /^[:.,\d]/u.test(sentence.slice(amount.end, amount.end + 1)) || /[:$€£]$/u.test(sentence.slice(0, amount.start));
    if (glued || amount.value < 2 || !Number.isInteger(amount.value)) continue;
    if (isTaken(amount.start, amount.end)) continue;
    const noun = nounAfter(tokens, amount.tokenEnd);
    if (noun === null) continue;
    // A count after a preposition is neither subject nor object: in "buildings in seven villages were destroyed" the buildings were.
    const passive = PREPOSITION.has(tokens[amount.tokenStart - 1]?.lower ?? '') ? null : passiveVerb(tokens, noun);
    const object = passive === null ? objectVerb(tokens, amount.tokenStart) : null;
    const verb = passive ?? object;
    if (verb === null) continue;
    const agent = passive === null ? agentBefore(sentence, tokens[verb]!.start) : { agent: [], carried: false };
    const start = Math.min(amount.start, tokens[verb]!.start);
    const end = Math.max(tokens[noun]!.end, tokens[verb]!.end);
    out.push({
      text: sentence.slice(start, end),
      quantity: 'count',
      min: amount.min,
      max: amount.max,
      value: amount.value,
      high: amount.high,
      noun: tokens[noun]!.lower,
      verb: tokens[verb]!.lower,
      verbStem: stem(tokens[verb]!.lower),
      agent: agent.agent,
      passive: passive !== null,
      carried: agent.carried,
    });
  }
  return out;
}

/** Two counted nouns count one kind of thing: the same stem, or both people. */
export function sameCounted(a: string, b: string): boolean {
  return stem(a) === stem(b) || (PEOPLE.test(a) && PEOPLE.test(b));
}

/**
 * Two frames are one: the same verb, counted nouns of one kind and one agent, named by both: every word of the
 * shorter agent is in the longer ("the Indian navy" and "the Indian Navy claims they", not "the British Royal Navy").
 * A count with no agent named (a passive, a pronoun) is framed by nothing that ties it to another report's.
 */
export function sameFrame(a: FramedCount, b: FramedCount): boolean {
  if (a.verbStem !== b.verbStem || !sameCounted(a.noun, b.noun)) return false;
  if (a.passive && b.passive) return true;
  if (a.agent.length === 0 || b.agent.length === 0) return false;
  const [short, long] = a.agent.length <= b.agent.length ? [a.agent, b.agent] : [b.agent, a.agent];
  return short.every((w) => long.includes(w));
}
