/** Colours of the card: one per ownership kind (with a light tint for chips), and the neutral inks. */
export const OWNERSHIP_COLORS: Record<string, { ink: string; tint: string; label: string }> = {
  'public-broadcaster': { ink: '#0969da', tint: '#ddf4ff', label: 'public broadcaster' },
  private: { ink: '#8250df', tint: '#fbefff', label: 'private' },
  'state-controlled': { ink: '#cf222e', tint: '#ffebe9', label: 'state-controlled' },
  'wire-agency': { ink: '#9a6700', tint: '#fff8c5', label: 'wire agency' },
  nonprofit: { ink: '#1a7f37', tint: '#dafbe1', label: 'nonprofit' },
  unknown: { ink: '#6e7781', tint: '#f6f8fa', label: 'ownership unknown' },
};

/** The colour entry for an ownership kind, unknown when null or unlisted. */
export function ownershipColor(kind: string | null): { ink: string; tint: string; label: string } {
  return OWNERSHIP_COLORS[kind ?? 'unknown'] ?? OWNERSHIP_COLORS.unknown!;
}

/** Neutral inks. */
export const INK = { text: '#1f2328', muted: '#59636e', faint: '#d1d9e0', badge: '#24292f', panel: '#f6f8fa' };

/** Canvas width and margin in pixels. */
export const CARD_WIDTH = 1000;
export const MARGIN = 40;
