import type { QuantityMention } from '../text/quantity-mentions.ts';
import { contentTerms } from '../text/terms.ts';

/**
 * What a share is a share of. "88 % of eligible voters", "turnout reached 94 %", "a 20 % stake": a percentage
 * means nothing without its subject, and two shares of different subjects in one story (turnout, and the share of
 * candidates from one party) are not one figure told two ways. Read from the words next to the figure, the way a
 * reader reads it: the noun phrase after "of", else the noun right after the sign, else the noun the clause puts the
 * figure to ("turnout was", "turnout reached", "popularity at").
 */

/** Words that link a subject to its figure: "turnout was almost 90 %", "disapproval at 68 %", "rose to". */
const LINK =
  '(?:(?:was|is|were|are|stood|stands|reached|hit|rose|fell|climbed|dropped|came|amounted|put|of|at|to|by|in|about|around|almost|nearly|some|over|roughly|just|only|a|an|the)\\s+)';
/** The word before the link: the subject a clause puts the figure to. */
const SUBJECT_BEFORE = new RegExp(`(\\p{L}[\\p{L}'’-]*)\\s+${LINK}*$`, 'iu');
/** "of the country's eligible voters": the phrase after "of", up to a clause break. */
const OF_AFTER = /^\s*of\s+(.*)$/iu;
/** Where a noun phrase ends: a verb, a preposition or a conjunction ("of traffic was lost", "of voters in"). */
const PHRASE_END =
  /^(?:was|is|were|are|be|been|has|have|had|will|would|could|can|may|said|say|says|in|on|at|to|for|from|with|between|into|by|and|or|but|than|as|who|which|that|while)$/iu;
/** A noun right after the figure ("94 % turnout", "a 20 % stake"): not a verb form or a function word. */
const NOUN_AFTER = /^\s*(\p{L}[\p{L}-]*)/u;
const NOT_NOUN = /(?:ing|ed)$|^(?:of|in|on|at|to|for|from|with|and|or|but|than|as|by|was|is|were|are|who|which|that|the|a|an)$/iu;

/** A share's subject: the stems that identify it, and the words a reader is shown ("turnout", "share of eligible voters"). */
export interface ShareSubject {
  stems: Set<string>;
  label: string | null;
}

/**
 * The subject of a share in its sentence, its stems with the names its clause gives after the figure ("of traffic
 * to India", "was lost in the Maldives": where the share was measured); no stems when no subject can be read.
 */
export function shareSubject(sentence: string, mention: QuantityMention, entities: string[], language: string | null): ShareSubject {
  const at = sentence.indexOf(mention.text);
  if (at < 0) return { stems: new Set(), label: null };
  const after = sentence.slice(at + mention.text.length);
  const head = headOf(sentence, at, after, language);
  if (head.stems.size === 0) return { stems: head.stems, label: null };
  const clause = after.split(/[,;:()“”"]|\.\s/u)[0] ?? '';
  for (const e of entities) if (clause.includes(e)) for (const t of contentTerms(e, language)) head.stems.add(t);
  return head;
}

function headOf(sentence: string, at: number, after: string, language: string | null): ShareSubject {
  const of = OF_AFTER.exec(after.split(/[,;:.()“”"]/u)[0] ?? '');
  if (of !== null) {
    const words = of[1]!.split(/\s+/u);
    const end = words.findIndex((w) => PHRASE_END.test(w));
    const phrase = words.slice(0, end < 0 ? 4 : Math.min(end, 4)).join(' ');
    return { stems: new Set(contentTerms(phrase, language).filter((t) => !t.startsWith('#'))), label: `share of ${phrase}` };
  }
  const noun = NOUN_AFTER.exec(after)?.[1];
  if (noun !== undefined && !NOT_NOUN.test(noun)) return { stems: new Set(contentTerms(noun, language)), label: noun.toLowerCase() };
  const before = SUBJECT_BEFORE.exec(sentence.slice(0, at))?.[1];
  if (before !== undefined && !NOT_NOUN.test(before))
    return { stems: new Set(contentTerms(before, language)), label: before.toLowerCase() };
  return { stems: new Set(), label: null };
}

/** True when two shares have a subject and it is the same one, word for word (stems): "turnout" and "turnout". */
export function sameSubject(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && a.size === b.size && [...a].every((t) => b.has(t));
}
