import type { NumberDivergence } from '../domain/breakdown.ts';
import { clockTime, divergenceText, updateSpan, whoSays } from '../compare/wording.ts';
import { CARD_WIDTH, INK, MARGIN } from './palette.ts';
import { ellipsize, measure } from './shape-text.ts';
import type { SvgCanvas } from './svg-canvas.ts';

const ROW = 30;
const MAX_QUANTITIES = 4;
const MAX_VARIANTS = 3;
const COLUMNS = { quantity: MARGIN, value: MARGIN + 250, outlets: MARGIN + 560, right: CARD_WIDTH - MARGIN };

function cell({
  canvas,
  text,
  x,
  right,
  y,
  bold = false,
  color,
}: {
  canvas: SvgCanvas;
  text: string;
  x: number;
  right: number;
  y: number;
  bold?: boolean;
  color?: string;
}): void {
  canvas.text({ text: ellipsize({ text, size: 17, maxWidth: right - x - 12, bold }), x, y, size: 17, bold, color });
}

/**
 * The number divergences as a small table: what is counted (a plain label), then each merged value with who gives it;
 * a figure that changed as reporting went on is one row, "3 → 24", with the times it went between. More are counted, not drawn.
 * Returns the y below.
 */
export function drawNumbers({ canvas, divergences, y }: { canvas: SvgCanvas; divergences: NumberDivergence[]; y: number }): number {
  if (divergences.length === 0) {
    canvas.text({ text: 'No differing numbers found in the figures Parallax compares.', x: MARGIN, y, size: 17, color: INK.muted });
    return y + 40;
  }
  cell({ canvas, text: 'Quantity', x: COLUMNS.quantity, right: COLUMNS.value, y, color: INK.muted });
  cell({ canvas, text: 'Value reported', x: COLUMNS.value, right: COLUMNS.outlets, y, color: INK.muted });
  cell({ canvas, text: 'By', x: COLUMNS.outlets, right: COLUMNS.right, y, color: INK.muted });
  y += ROW;
  for (const [index, divergence] of divergences.slice(0, MAX_QUANTITIES).entries()) {
    const change = divergence.kind === 'update' ? divergence.change : null;
    const variants = change !== null ? [] : divergence.variants.slice(0, MAX_VARIANTS);
    // An update is one row in the breakdown's words ("rose from 3 to 24") when they fit the column, else two, the first
    // value and the latest, so the latest is never the part cut off.
    const span = change !== null ? updateSpan(change) : '';
    const words = divergenceText(divergence).replace(span, '');
    const oneRow = change === null || measure(words, 17) <= COLUMNS.outlets - COLUMNS.value - 12;
    const rows = change !== null ? (oneRow ? 1 : 2) : variants.length + (divergence.variants.length > MAX_VARIANTS ? 1 : 0);
    canvas.rect({
      x: MARGIN - 8,
      y: y - 3,
      width: CARD_WIDTH - 2 * MARGIN + 16,
      height: rows * ROW + 2,
      radius: 6,
      fill: index % 2 ? '#ffffff' : INK.panel,
    });
    cell({ canvas, text: divergence.label, x: COLUMNS.quantity, right: COLUMNS.value, y, bold: true });
    if (change !== null && oneRow) {
      // The breakdown's own words for the rise, its span moved to the next column as a compact "19:19 → 00:20 UTC".
      cell({ canvas, text: words, x: COLUMNS.value, right: COLUMNS.outlets, y });
      const when =
        change.from.at !== null && change.to.at !== null ? `${clockTime(change.from.at)} → ${clockTime(change.to.at)} UTC` : span.trim();
      cell({ canvas, text: when, x: COLUMNS.outlets, right: COLUMNS.right, y, color: INK.muted });
      y += ROW;
    } else if (change !== null) {
      const rose = words.split(' from ')[0] ?? '';
      for (const [point, value, at] of [
        ['first', change.from.figure, change.from.at],
        ['latest', `→ ${change.to.figure}`, change.to.at],
      ] as const) {
        cell({ canvas, text: value, x: COLUMNS.value, right: COLUMNS.outlets, y });
        const when = at !== null ? `${clockTime(at)} UTC` : point === 'first' ? `first; ${rose} as reporting went on` : 'latest';
        cell({ canvas, text: when, x: COLUMNS.outlets, right: COLUMNS.right, y, color: INK.muted });
        y += ROW;
      }
    }
    for (const variant of variants) {
      // Who gives the value in the breakdown's words, "police (A, B +1)": the party first, so a conflict reads
      // "X says … / Y says …" down the table rather than a figure with its source cut off by the column.
      cell({ canvas, text: variant.figure, x: COLUMNS.value, right: COLUMNS.outlets, y });
      // Fewer outlets named before any is cut, else only how many, so the count of the rest ("+3") stays in sight.
      const width = COLUMNS.right - COLUMNS.outlets - 12;
      const count = `${variant.outlets.length} outlet${variant.outlets.length === 1 ? '' : 's'}`;
      const who =
        [2, 1].map((shown) => whoSays(variant, undefined, shown)).find((t) => measure(t, 17) <= width) ??
        (variant.attribution ? `${variant.attribution} (${count})` : count);
      cell({ canvas, text: who, x: COLUMNS.outlets, right: COLUMNS.right, y, color: INK.muted });
      y += ROW;
    }
    if (change === null && divergence.variants.length > MAX_VARIANTS) {
      cell({
        canvas,
        text: `+${divergence.variants.length - MAX_VARIANTS} more values`,
        x: COLUMNS.value,
        right: COLUMNS.outlets,
        y,
        color: INK.muted,
      });
      y += ROW;
    }
    y += 6;
  }
  if (divergences.length > MAX_QUANTITIES) {
    const more = divergences.length - MAX_QUANTITIES;
    canvas.text({ text: `+${more} more quantit${more === 1 ? 'y' : 'ies'} in the breakdown`, x: MARGIN, y, size: 16, color: INK.muted });
    y += ROW;
  }
  return y + 10;
}
