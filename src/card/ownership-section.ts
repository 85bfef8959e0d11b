import { countByOwnership, type CardOutlet } from './outlet-groups.ts';
import { CARD_WIDTH, INK, MARGIN, ownershipColor } from './palette.ts';
import { ellipsize, measure } from './shape-text.ts';
import type { SvgCanvas } from './svg-canvas.ts';

const WIDTH = CARD_WIDTH - 2 * MARGIN;

/** A stacked bar of outlets per ownership kind with its legend, then the independent/copy split with the agencies copied. Returns the y below. */
export function drawOwnership({ canvas, outlets, y }: { canvas: SvgCanvas; outlets: CardOutlet[]; y: number }): number {
  const counts = countByOwnership(outlets);
  const total = Math.max(1, outlets.length);
  let x = MARGIN;
  for (const [kind, count] of counts) {
    const width = (WIDTH * count) / total;
    canvas.rect({ x, y, width, height: 26, fill: ownershipColor(kind).ink });
    x += width;
  }
  y += 34;
  x = MARGIN;
  for (const [kind, count] of counts) {
    const label = `${ownershipColor(kind).label} ${count}`;
    const width = measure(label, 17) + 30;
    if (x + width > MARGIN + WIDTH) {
      x = MARGIN;
      y += 28;
    }
    canvas.rect({ x, y: y + 6, width: 14, height: 14, radius: 3, fill: ownershipColor(kind).ink });
    canvas.text({ text: label, x: x + 20, y, size: 17 });
    x += width + 6;
  }
  y += 34;
  const copies = outlets.filter((outlet) => !outlet.independent);
  const agencies = new Map<string, number>();
  for (const copy of copies) if (copy.agency) agencies.set(copy.agency, (agencies.get(copy.agency) ?? 0) + 1);
  const named = [...agencies.entries()].sort((a, b) => b[1] - a[1]).map(([agency, count]) => `${agency} ${count}`);
  const split = `Independent reports: ${outlets.length - copies.length}   ·   wire/syndicated copies (dashed): ${copies.length}${named.length ? ` — ${named.join(', ')}` : ''}`;
  canvas.text({ text: ellipsize({ text: split, size: 17, maxWidth: WIDTH }), x: MARGIN, y, size: 17, color: INK.muted });
  return y + 36;
}
