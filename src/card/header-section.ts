import type { Breakdown } from '../domain/breakdown.ts';
import { languageSpread } from '../compare/wording.ts';
import type { CardOutlet } from './outlet-groups.ts';
import { CARD_WIDTH, INK, MARGIN } from './palette.ts';
import { wrapText, ellipsize } from './shape-text.ts';
import { LINE_HEIGHT, type SvgCanvas } from './svg-canvas.ts';

function span(minutes: number | null): string | null {
  if (minutes === null || minutes < 1) return null;
  if (minutes < 90) return `over ${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `over ${Math.round(minutes / 60)} h`;
  return `over ${Math.round(minutes / 1440)} days`;
}

/** The headline (up to two lines), one line of counts and, for a story told in several languages, how its reports split by language; returns the y below it. */
export function drawHeader({
  canvas,
  breakdown,
  outlets,
  y,
}: {
  canvas: SvgCanvas;
  breakdown: Breakdown;
  outlets: CardOutlet[];
  y: number;
}): number {
  const width = CARD_WIDTH - 2 * MARGIN;
  canvas.text({ text: 'PARALLAX · HOW OUTLETS COVERED THIS STORY', x: MARGIN, y, size: 15, color: INK.muted, bold: true });
  y += 30;
  for (const line of wrapText({ text: breakdown.story.headline, size: 30, maxWidth: width, maxLines: 2, bold: true })) {
    canvas.text({ text: line, x: MARGIN, y, size: 30, bold: true });
    y += 30 * LINE_HEIGHT;
  }
  const copies = outlets.filter((outlet) => !outlet.independent).length;
  const countries = new Set(outlets.map((outlet) => outlet.country).filter(Boolean)).size;
  // A count of none is left out ("0 countries" read as if nobody covered the story; "4 independent" of 4 says "no copies").
  const facts = [
    `${outlets.length} outlet${outlets.length === 1 ? '' : 's'}`,
    `${outlets.length - copies} independent`,
    copies > 0 ? `${copies} wire/syndicated cop${copies === 1 ? 'y' : 'ies'}` : null,
    countries > 0 ? `${countries} countr${countries === 1 ? 'y' : 'ies'}` : null,
    span(breakdown.coverage.spanMinutes),
  ].filter(Boolean);
  canvas.text({
    text: ellipsize({ text: facts.join('  ·  '), size: 19, maxWidth: width }),
    x: MARGIN,
    y: y + 4,
    size: 19,
    color: INK.muted,
  });
  y += 4 + 19 * LINE_HEIGHT;
  const languages = languageSpread(breakdown.coverage.byLanguage);
  if (languages !== null) {
    canvas.text({ text: ellipsize({ text: `In ${languages}`, size: 19, maxWidth: width }), x: MARGIN, y, size: 19, color: INK.muted });
    y += 19 * LINE_HEIGHT;
  }
  return y + 18;
}

/** A heading for one section; returns the y below it. */
export function drawHeading({ canvas, text, y }: { canvas: SvgCanvas; text: string; y: number }): number {
  canvas.line({ x1: MARGIN, y1: y, x2: CARD_WIDTH - MARGIN, y2: y, stroke: INK.faint });
  canvas.text({ text, x: MARGIN, y: y + 10, size: 21, bold: true });
  return y + 10 + 21 * LINE_HEIGHT + 8;
}
