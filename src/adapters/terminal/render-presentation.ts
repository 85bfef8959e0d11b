import { lineText, type Presentation } from '../../present/presentation.ts';

/** What an error starts with in the terminal, where nothing else sets it apart. */
const TONE_MARK = { info: '', refusal: '', error: 'Error: ' } as const;

/** A presentation as plain text: `Heading: text`, or the heading over the list, one indented item a line. */
export function renderPresentationText(p: Presentation): string {
  const lines = p.lines.map(lineText);
  if (p.list) return [`${p.heading ?? ''}:`, ...lines.map((l) => `  ${l}`)].join('\n');
  const body = lines.join('\n');
  return `${TONE_MARK[p.tone]}${p.heading ? `${p.heading}: ${body}` : body}`;
}
