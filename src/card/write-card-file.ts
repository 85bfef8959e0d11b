import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Breakdown } from '../domain/breakdown.ts';
import { renderCoverageCardAsync } from './render-card.ts';

/** What was written: where, the image size and its bytes. */
export interface WrittenCard {
  path: string;
  width: number;
  height: number;
  bytes: number;
}

/** Renders a breakdown's coverage card and writes the PNG to a file (creating its folder), for `parallax compare --card`. */
export async function writeCardFile({ breakdown, path }: { breakdown: Breakdown; path: string }): Promise<WrittenCard> {
  const card = await renderCoverageCardAsync(breakdown);
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, card.png);
  return { path: target, width: card.width, height: card.height, bytes: card.png.length };
}
