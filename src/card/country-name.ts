const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The English name of an ISO 3166 country code ("DE" → "Germany"); "Unknown country" for null. */
export function countryName(code: string | null): string {
  if (!code) return 'Unknown country';
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The badge label for a country: its two-letter code, or "??" when unknown. */
export function countryBadge(code: string | null): string {
  return code ? code.toUpperCase().slice(0, 3) : '??';
}
