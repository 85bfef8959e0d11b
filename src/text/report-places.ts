import { placesIn } from './place-names.ts';

/** Characters of a report's body read for its places: the lead, where a report names where it happened. */
export const PLACE_BODY_CHARS = 3000;

/** What a report is read by: its id, its text and the language it is in. */
export interface PlacedReport {
  id: string;
  title: string;
  body: string;
  language: string | null;
}

const memo = new Map<string, { title: string[]; body: string[] }>();
/** Reports whose places are remembered; emptied when full, which keeps it bounded. */
const MEMO_LIMIT = 50_000;

/**
 * The places a report's title and the lead of its body name (keys, each once), remembered by its id and its text's
 * length (a page read later gives the same id a longer text): searches and subscription filters read every story's
 * reports again and again, and reports do not change.
 */
export function reportPlaces(report: PlacedReport): { title: string[]; body: string[] } {
  const key = `${report.id}\u0000${report.title.length}\u0000${report.body.length}`;
  let read = memo.get(key);
  if (read === undefined) {
    const keys = (text: string): string[] => [...new Set(placesIn(text, report.language ?? 'en').map((p) => p.key))];
    read = { title: keys(report.title), body: keys(report.body.slice(0, PLACE_BODY_CHARS)) };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, read);
  }
  return read;
}
