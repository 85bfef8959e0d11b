import { agentStems, type FramedCount } from '../text/framed-counts.ts';
import type { Unit } from './drafts.ts';

/** How many sentences back a pronoun is read to point: "He had 793 yards… But he missed 10 games" two back to "Thomas came into 2010". */
const LOOK_BACK = 3;
/** Words a sentence may open with before its subject: "But Thomas…", "A week later, Pierre Thomas…" is not read. */
const OPENER = /^(?:(?:but|and|then|still|yet|so)\s+)/iu;

/**
 * The name a sentence opens with, as its subject: the capitalised words it starts with (after "But", "And"…) that the
 * story writes as names elsewhere (`known`, lower case); none when it opens otherwise ("He had…", "The Saints…" when
 * "Saints" is no name the story writes mid-sentence).
 */
export function openingSubject(sentence: string, known: ReadonlySet<string>): string[] {
  const rest = sentence.replace(OPENER, '');
  const words: string[] = [];
  for (const m of rest.matchAll(/\p{L}+(?:['’-]\p{L}+)*|\S/gu)) {
    if (!/^\p{Lu}\p{Ll}/u.test(m[0]) || !known.has(m[0].toLowerCase().replace(/['’]s$/u, ''))) break;
    words.push(m[0].replace(/['’]s$/u, ''));
  }
  return words;
}

/**
 * An open count's agent, with the subject told before put in for "he", "she" or a verb joined on (`carried`): the name
 * its own sentence opens with, else the one the nearest of the LOOK_BACK sentences before it opens with. "Thomas came
 * into 2010… He had 793 yards… But he missed 10 total games" counts Thomas's missed games, as "Thomas missed nine
 * games" does; without a subject found the frame is left as it was, tied to nothing.
 */
export function withCarriedAgent(frame: FramedCount, units: Unit[], k: number, known: ReadonlySet<string>): FramedCount {
  if (!frame.carried || frame.agent.length > 0) return frame;
  for (let i = k; i >= 0 && i >= k - LOOK_BACK; i--) {
    const subject = openingSubject(units[i]!.sentence, known);
    if (subject.length > 0) return { ...frame, agent: agentStems(subject) };
  }
  return frame;
}
