import { renderCoverageCardAsync, type CoverageCard } from '../card/render-card.ts';
import type { Breakdown } from '../domain/breakdown.ts';
import { breakdownVersion } from './breakdown-versions.ts';

/**
 * Coverage cards rendered once per story version and reused: a live post to 10,000 channels draws its card once,
 * not 10,000 times. Keyed by `breakdownVersion` (story id and content hash), so a story that grew is drawn again.
 * A card that cannot be drawn is remembered as null for its version, so it is not tried again for every channel.
 */
export class RenderedCards {
  private readonly cards = new Map<string, Promise<CoverageCard | null>>();
  /** How many cards were actually drawn. */
  renders = 0;

  constructor(
    private readonly render: (breakdown: Breakdown) => Promise<CoverageCard> = renderCoverageCardAsync,
    private readonly keep = 16,
  ) {}

  /** The breakdown's card (drawn on first request for its version), or null when it cannot be drawn. */
  card(breakdown: Breakdown): Promise<CoverageCard | null> {
    const version = breakdownVersion(breakdown);
    let card = this.cards.get(version);
    if (card) {
      this.cards.delete(version);
    } else {
      this.renders++;
      card = this.render(breakdown).catch(() => null);
    }
    this.cards.set(version, card);
    if (this.cards.size > this.keep) this.cards.delete(this.cards.keys().next().value!);
    return card;
  }
}

/** The process's cards, shared by every publisher and command reply. */
export const renderedCards = new RenderedCards();
