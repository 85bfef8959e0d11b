import { clipAtWord } from '../text/clip.ts';
import type { Briefing } from '../domain/delivery.ts';
import { moreMatching, outletCounts, utcTime, WORDS } from './breakdown-words.ts';

/** A briefing as neutral blocks: its title, since when, and a block per story. */
export interface BriefingView {
  heading: string;
  /** The ISO time it covers since (a platform with local-time markup shows it so); null for a first briefing. */
  since: string | null;
  /** "since 2026-11-29 08:00 UTC", "Top stories" for a first briefing. */
  sinceText: string;
  /** What to say when there is no story: "No new stories since 2026-11-29 08:00 UTC." */
  empty: string;
  items: BriefingItemView[];
  /** "3 more stories match; …" when the briefing left matching stories out; null when none. */
  more: string | null;
}

/** One story of a briefing. */
export interface BriefingItemView {
  /** "1." */
  number: string;
  headline: string;
  url: string | null;
  /** "Agreed" and the line most outlets agree on; null when none. */
  agreed: string | null;
  /** "Differs" and the sharpest divergence; null when none. */
  differs: string | null;
  /** "12 outlets, 7 independent". */
  counts: string;
  /** The command that opens the story's breakdown: "/compare s-0123456789ab". */
  open: string;
  countries: string[];
}

/** Most characters of a headline in a briefing: a page whose title is its lede has a 300-character one. */
const BRIEFING_HEADLINE_CHARS = 120;

/** A briefing in the words every platform shows. */
export function presentBriefing(b: Briefing): BriefingView {
  const sinceText = b.since ? `since ${utcTime(b.since)}` : WORDS.topStories;
  return {
    heading: b.title.replace(/\s+/g, ' ').trim() || 'Briefing',
    since: b.since,
    sinceText,
    empty: b.since ? `No new stories ${sinceText}.` : 'No new stories.',
    items: b.items.map((item, i) => ({
      number: `${i + 1}.`,
      headline: clipAtWord(item.headline, BRIEFING_HEADLINE_CHARS),
      url: item.url && /^https?:\/\/\S+$/i.test(item.url) ? item.url : null,
      agreed: item.consensus,
      differs: item.divergence,
      counts: outletCounts(item.outlets, item.independentOutlets),
      open: `/compare ${item.storyId}`,
      countries: item.countries,
    })),
    more: b.more ? moreMatching(b.more) : null,
  };
}
