import type { Token } from './tokenize.ts';

/**
 * Headlines Where Every Word Is Capitalised say nothing about names by their case: four in five of their longer
 * words (numbers, acronyms and stop words aside) are capitalised, and at least three are read.
 */
export function isTitleCase(tokens: readonly Token[], stop: ReadonlySet<string>): boolean {
  const words = tokens.filter((t) => !t.numeric && !t.acronym && !stop.has(t.lower) && t.lower.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => t.capitalised).length / words.length >= 0.8;
}
