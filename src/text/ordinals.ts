/** English ordinal words and the places they name, first to twentieth. */
const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};

/** An English ordinal in a regular expression's group: "fifth", "12th", "21st" (first to twentieth in words). */
export const ORDINAL_PATTERN = `(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,3}(?:st|nd|rd|th))`;

/** The place an ordinal names: "fifth" → 5, "12th" → 12; NaN for anything else. */
export function ordinalValue(written: string): number {
  return ORDINAL_WORDS[written.toLowerCase()] ?? Number.parseInt(written, 10);
}
