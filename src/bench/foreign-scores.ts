/** How reports in other languages met the stories of their event (see the cluster bench). */
export interface ForeignScores {
  /** Reports not in the reference language. */
  foreign: number;
  /** Share of them placed in a story that holds a reference-language report of their own event. */
  foreign_joined: number;
  /** Share of them placed in a story whose reference-language reports are mostly another event's. */
  foreign_wrong: number;
  by_language: Record<string, { reports: number; joined: number; wrong: number }>;
}

export interface ScoredItem {
  id: string;
  gold: string;
  predicted: string;
  language: string;
}

/**
 * Scores cross-language placement: a foreign report "joined" when its predicted story holds a report in
 * `reference` (English) of its own gold story, and is "wrong" when most of its story's reference-language
 * reports belong to another gold story. Reports alone with other foreign reports count as neither.
 */
export function scoreForeign(items: readonly ScoredItem[], reference = 'en'): ForeignScores {
  const byStory = new Map<string, ScoredItem[]>();
  for (const item of items) {
    const list = byStory.get(item.predicted) ?? [];
    list.push(item);
    byStory.set(item.predicted, list);
  }
  const by: ForeignScores['by_language'] = {};
  let joined = 0;
  let wrong = 0;
  const foreign = items.filter((i) => i.language !== reference);
  for (const item of foreign) {
    const native = (byStory.get(item.predicted) ?? []).filter((o) => o.language === reference);
    const own = native.filter((o) => o.gold === item.gold).length;
    const isJoined = own > 0;
    const isWrong = native.length > 0 && native.length - own > native.length / 2;
    const entry = (by[item.language] ??= { reports: 0, joined: 0, wrong: 0 });
    entry.reports++;
    if (isJoined) {
      entry.joined++;
      joined++;
    }
    if (isWrong) {
      entry.wrong++;
      wrong++;
    }
  }
  const n = foreign.length || 1;
  return { foreign: foreign.length, foreign_joined: round(joined / n), foreign_wrong: round(wrong / n), by_language: by };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
