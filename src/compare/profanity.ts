/**
 * Swear words a news desk does not print in its own summary of a report (English): "…they are shifty shits and will
 * lie to you…" had opened a gossip blog's summary of a rehab story. Word starts, so "bullshit" and "fucking" are found
 * too; names that are also slang ("Dick Cheney") are not listed.
 */
const PROFANE = /\b(?:fuck|shit|bullshit|cunt|motherfuck|asshole|bitch)/iu;

/** Whether a sentence swears (see PROFANE). */
export function profane(sentence: string): boolean {
  return PROFANE.test(sentence);
}
