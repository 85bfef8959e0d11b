import type { OwnershipKind } from './source.ts';

/** The outlet that actually published an article (for aggregator items, the publisher, not the aggregator). */
export interface Outlet {
  /** Catalog source id when known, else a stable id derived from the publisher. */
  id: string;
  name: string;
  country: string | null;
  language: string | null;
  ownership: OwnershipKind | null;
}
