/**
 * Every phrase a breakdown or a briefing shows beside the outlets' own words, on every platform: section titles,
 * hints, button labels and the notes for what a page leaves out. A platform's serialiser takes its words from here
 * and adds only its markup and its glyphs; divergences themselves are worded by src/compare/wording.ts, which the
 * core's briefing lines share.
 */
export const WORDS = {
  untitled: 'Untitled story',
  summary: 'Summary',
  coverage: 'Coverage',
  ownership: 'Ownership',
  agree: 'Most outlets agree',
  /** The same in a story told in several languages, where only reports in a statement's language can state it. */
  agreeIn: (languages: string[]): string => `Most reports in ${listed(languages)} agree`,
  differ: 'Where they differ',
  onlyOne: 'Only one outlet reports',
  outlets: 'Outlets',
  noDivergences: 'No differences found in the figures and claims Parallax compares.',
  noReports: 'No outlet reports are left for this story.',
  noCountries: 'countries unknown',
  noSummary: 'No summary.',
  agreed: 'Agreed',
  differs: 'Differs',
  read: 'Read',
  topStories: 'Top stories',
  /** How to open the story again, or point someone at it: its id as `/compare` takes it. */
  reopen: (id: string): string => `/compare ${id} opens this story again`,
  /** Before the other stories a topic found: "Also matching your topic". */
  alsoMatching: 'Also matching your topic',
  /** What the card shows, in its caption: "Who covered it, when, and the numbers that differ. The breakdown follows." */
  cardNote: (when: boolean, numbers: boolean): string =>
    `${listed(['Who covered it', ...(when ? ['when'] : []), ...(numbers ? ['the numbers that differ'] : [])])}. The breakdown follows.`,
} as const;

/** The Discord button to every divergence, without its count. */
export const ACTIONS_ALL = 'All differences';

/** What the buttons under a breakdown say. */
export const ACTIONS = {
  previous: '◀ Previous',
  next: 'Next ▶',
  backToOutlets: 'Back to outlets',
  summary: 'Summary',
  differences: 'Differences',
  outlets: 'Outlets',
  allDivergences: (count: number) => `${ACTIONS_ALL} (${count})`,
  /** Opens a thread under a breakdown (Discord). */
  discuss: 'Discuss',
} as const;

/** What a stale or failed button press is told. */
export const PAGE_ANSWERS = {
  expired: 'This story has expired. Run /compare again for a fresh breakdown.',
  failed: 'Could not show that page. Please try again.',
  page: (index: number, total: number) => `Page ${index + 1} of ${total}`,
} as const;

/** How many divergences a summary page shows, sharpest first, on every platform; the rest are a button away. */
export const SUMMARY_DIVERGENCES = 3;

/** "…and 4 more (All differences)": the divergences a summary leaves for the pages behind the button named `button`. */
export function moreDivergences(count: number, button: string): string {
  return `…and ${count} more (${button})`;
}

/** The last line of a summary page: where the rest of the breakdown is (the facts only one outlet reports sit with the differences). */
export function summaryHint(divergences: number, unique: number): string {
  const parts = [divergences > 0 ? 'every difference' : null, unique > 0 ? 'what only one outlet reports' : null, "each outlet's report"];
  const items = parts.filter((p): p is string => p !== null);
  const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}` : items[0]!;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}: use the buttons below.`;
}

/** "Outlets 11–15 of 40", or "40 outlets" on a page that shows none. */
export function outletRange(first: number, shown: number, total: number): string {
  return shown > 0 ? `Outlets ${first + 1}–${first + shown} of ${total}` : `${total} outlet${total === 1 ? '' : 's'}`;
}

/** "Outlets 1–4 of 4", or "Where they differ · page 3 of 8": a page's note, its number left out when it is the only one. */
export function withPage(note: string, index: number, total: number): string {
  return total > 1 ? `${note} · ${pageOf(index, total)}` : note;
}

/** "page 3 of 8". */
export function pageOf(index: number, total: number): string {
  return `page ${index + 1} of ${total}`;
}

/** "…and 3 more stories": the briefing items a platform could not fit. */
export function moreStories(count: number): string {
  return `…and ${count} more stor${count === 1 ? 'y' : 'ies'}`;
}

/** "3 more stories match; /stories lists every current one.": what a briefing left out of its few. */
export function moreMatching(count: number): string {
  return `${count} more stor${count === 1 ? 'y matches' : 'ies match'}; /stories lists every current one.`;
}

/** "12 outlets, 7 independent". */
export function outletCounts(outlets: number, independent: number): string {
  return `${outlets} outlet${outlets === 1 ? '' : 's'}, ${independent} independent`;
}

/** "2026-11-29 08:00 UTC": a time as a reader sees it where the platform has no local-time markup. */
export function utcTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** "A", "A and B", "A, B, and C". */
function listed(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}
