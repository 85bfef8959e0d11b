/**
 * Platform-free presentation of what a command answers: the wording is decided here once, and each adapter only
 * serialises a `Presentation` into its own markup (Discord markdown and embeds, Telegram HTML, plain text) within
 * its own limits. Feed text stays raw in spans: escaping it is the serialiser's job.
 */

/** A stretch of text with one style; `url` makes it a link where the platform can show one. */
export interface Span {
  text: string;
  style?: 'strong' | 'code' | 'quiet';
  url?: string | null;
}

/** One line of text made of spans. */
export type Line = Span[];

/** How a reader should take the answer: an ordinary answer, a refusal (shown privately where possible), an error. */
export type Tone = 'info' | 'refusal' | 'error';

/** A command's answer as neutral blocks: an optional heading, then either a paragraph or a list of items. */
export interface Presentation {
  tone: Tone;
  /** A short heading ("Subscribed", "3 outlets for country DE"); null for a bare message. */
  heading: string | null;
  /** The body: one paragraph when `list` is false, else one item per line. */
  lines: Line[];
  list: boolean;
  /** What to tell the reader when a platform cannot show every item ("12 more not shown. …"); {count} is replaced. */
  more: string | null;
}

/** Plain text. */
export const plain = (text: string): Span => ({ text });
/** Text to stand out (a topic, an outlet's name, a count). */
export const strong = (text: string, url?: string | null): Span => (url ? { text, style: 'strong', url } : { text, style: 'strong' });
/** Text to copy exactly (an id, a command to type). */
export const code = (text: string): Span => ({ text, style: 'code' });
/** A side remark (paused, counts). */
export const quiet = (text: string): Span => ({ text, style: 'quiet' });

/** A one-paragraph answer. */
export function message(text: string, tone: Tone = 'info', heading: string | null = null): Presentation {
  return { tone, heading, lines: [[plain(text)]], list: false, more: null };
}

/** The words of a line without any styling. */
export function lineText(line: Line): string {
  return line.map((span) => span.text).join('');
}

/** The `more` note for `count` items not shown. */
export function moreNote(presentation: Presentation, count: number): string | null {
  return presentation.more ? presentation.more.replace('{count}', String(count)) : null;
}
