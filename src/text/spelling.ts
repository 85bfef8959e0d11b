/**
 * A line's letters and digits in lower case: the same line whatever its spacing, quotes, stops and case ("The flood
 * killed three." and "the flood killed three"), to tell a line repeated, or one word of a topic in a claim.
 */
export function spelling(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
