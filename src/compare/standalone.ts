/**
 * Whether a sentence can be shown on its own: a reader who sees one sentence out of its report must not be left
 * with someone's quoted words presented as fact, or with a "he", "it" or "but" that points at a sentence they
 * cannot see.
 */

const OPEN_QUOTES = /["“«„]/gu;
const CLOSE_QUOTES = /["”»]/gu;
/** Mostly a quotation: 30 or more characters in quotes, an opening quote, or "said: “…". */
const QUOTED = /["“«„][^"“”«»„]{30,}["”»]|^\s*["“«„']|\b(?:said|says|added|told [\p{L} ]{1,30}|stated|explained)\s*:\s*["“«„']?/u;

/** True when the sentence is mostly someone's quoted words: their view, not the event's fact. */
export function isQuoted(sentence: string): boolean {
  return QUOTED.test(sentence) || unbalancedQuote(sentence);
}

/** True when a sentence opens or closes a quotation it does not hold whole (one quote of a multi-sentence quotation). */
function unbalancedQuote(sentence: string): boolean {
  const straight = (sentence.match(/"/gu) ?? []).length;
  if (straight % 2 === 1) return true;
  const open = (sentence.match(OPEN_QUOTES) ?? []).filter((q) => q !== '"').length;
  const close = (sentence.match(CLOSE_QUOTES) ?? []).filter((q) => q !== '"').length;
  return open !== close;
}

/** Openings that point back at a sentence before: pronouns, "the latter", connectives. */
const POINTS_BACK =
  /^(?:He|She|It|They|We|I|You|His|Her|Its|Their|This|That|These|Those|Such|There|Here|But|And|Or|So|Yet|Still|Also|Then|However|Meanwhile|Instead|Moreover|Besides|Nevertheless|Otherwise|Thus|Therefore|The (?:latter|former|same|pair|trio|duo|couple))\b/u;

/** True when a sentence needs the one before it to be understood: it points back ("He said…", "But it…"), is part of a quotation, is a short fragment, asks a question or announces what follows ("…such as:"). */
export function needsContext(sentence: string): boolean {
  const words = sentence.trim().split(/\s+/u).length;
  return (
    POINTS_BACK.test(sentence.trim()) ||
    unbalancedQuote(sentence) ||
    /^\s*["“«„']/u.test(sentence) ||
    words < MIN_WORDS ||
    (/^\s*[\d(]/u.test(sentence) && words < 2 * MIN_WORDS) ||
    /[?:]\s*["”’]?\s*$/u.test(sentence)
  );
}

/** A statement shorter than this is a fragment ("900 (Dh4,275) a month."), not a fact a reader can take alone. */
const MIN_WORDS = 6;
