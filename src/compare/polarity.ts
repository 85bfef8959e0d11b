import { contentTerms } from '../text/terms.ts';
import { isNegated } from './attribution.ts';
import type { Unit } from './drafts.ts';

/**
 * Whether two sentences that share their words say it the same way round: "Results … have not been released" is not
 * stated by "Results … were released Wednesday, showing a level of 0.07 percent". A negation counts when one of the
 * words the two share follows it closely (what it negates), so "showed almost no emotion throughout the trial in
 * which he was convicted" still states that he was convicted; so does going into a place against coming out of it.
 */
export function samePolarity(a: Unit, b: Unit): boolean {
  const shared = new Set([...a.terms].filter((t) => b.terms.has(t)));
  if (negates(a, shared) !== negates(b, shared)) return false;
  const [da, db] = [direction(a, shared), direction(b, shared)];
  return da === null || db === null || da === db;
}

/**
 * Verbs of going into something and of coming out of it, in English: "has checked into the Betty Ford Center" is not
 * stated by "has left the Betty Ford Center" or "checked out of the Betty Ford Centre", nor "joined the board" by
 * "quit the board". Read only when what is entered or left is a word the two sentences share, just after the verb.
 */
const INTO =
  /\b(?:check(?:s|ed|ing)?\s+(?:\p{L}+self\s+)?in(?:to)?|enter(?:s|ed|ing)?|join(?:s|ed|ing)?|admit(?:s|ted)?\s+(?:\p{L}+self\s+)?(?:in)?to|arriv(?:e|es|ed|ing)\s+(?:at|in))\s+((?:\S+\s+){0,3}\S+)/giu;
const OUT_OF =
  /\b(?:left|leav(?:e|es|ing)|check(?:s|ed|ing)?\s+(?:\p{L}+self\s+)?out\s+of|exit(?:s|ed|ing)?|quit(?:s|ting)?|depart(?:s|ed|ing)?\s+(?:from)?|(?:pull|walk|step|drop)(?:s|ed|ped|ping)?\s+(?:out\s+of|away\s+from))\s+((?:\S+\s+){0,3}\S+)/giu;

function direction(u: Unit, shared: ReadonlySet<string>): 'into' | 'out' | null {
  if (u.language !== 'en' && u.language !== null) return null;
  const reaches = (re: RegExp): boolean =>
    [...u.sentence.matchAll(re)].some((m) => contentTerms(m[1]!, u.language).some((t) => !t.startsWith('#') && shared.has(t)));
  const into = reaches(INTO);
  const out = reaches(OUT_OF);
  return into === out ? null : into ? 'into' : 'out';
}

/** Words after a negation that it reaches ("not yet been released"; "no emotion throughout the trial" does not reach the trial). */
const NEGATION_REACH = 3;

function negates(u: Unit, shared: ReadonlySet<string>): boolean {
  const words = u.sentence.split(/\s+/u);
  return words.some(
    (_, i) =>
      isNegated(words.slice(i, i + 2).join(' ')) &&
      !isNegated(words.slice(i + 1, i + 2).join(' ')) &&
      contentTerms(words.slice(i + 1, i + 1 + NEGATION_REACH).join(' '), u.language).some((t) => !t.startsWith('#') && shared.has(t)),
  );
}
