/**
 * Strings joined into one string held in one piece. V8 keeps `a + b` (and a template literal) as a pair of its parts
 * and reads each character of it through the pair: the loops that read a text code unit by code unit (name
 * candidates, numbers, scripts) ran a third slower on one. Array.join writes the characters out.
 */
export function flatJoin(...parts: string[]): string {
  return parts.join('');
}
