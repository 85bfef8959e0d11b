/**
 * What `/pause` and `/resume` say when what was typed names no subscription here, with what to type instead: a few
 * characters of an id are too few ("4b0ff": six or more name one), else `/subscriptions` lists the topics and ids.
 */
export function unmatchedText(typed: string, action: 'pause' | 'resume'): string {
  const hint = /^[0-9a-f]{1,5}$/iu.test(typed.trim())
    ? 'An id needs its first six characters or more (see /subscriptions).'
    : '/subscriptions lists what this channel follows.';
  return `No subscription here matching "${typed}" to ${action}. ${hint}`;
}
