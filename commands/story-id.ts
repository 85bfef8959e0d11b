/**
 * Whether typed text has the shape of a story id: "s-" and 12 hex digits (see newStory in
 * src/cluster/story-state.ts). `/stories` shows these ids and `/compare` suggestions carry them.
 * The shape alone does not make it a current story: `/compare` still searches text of this shape as a topic
 * when no current story has it.
 */
export function looksLikeStoryId(text: string): boolean {
  return /^s-[0-9a-f]{12}$/i.test(text);
}

/**
 * Whether typed text is meant as a story id but is not one: "s-" and hex digits, too few or too many ("s-831430ef1a4",
 * one dropped in copying). No news search finds anything for it.
 */
export function looksLikeMistypedStoryId(text: string): boolean {
  return /^s-[0-9a-f]{4,}$/i.test(text) && !looksLikeStoryId(text);
}
