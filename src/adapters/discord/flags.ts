/** The flag emoji of an ISO 3166-1 alpha-2 country code ("DE" → 🇩🇪); a globe when unknown. */
export function flag(country: string | null | undefined): string {
  if (!country || !/^[A-Za-z]{2}$/.test(country)) return '🌐';
  const base = 0x1f1e6 - 'A'.charCodeAt(0);
  return String.fromCodePoint(...[...country.toUpperCase()].map((c) => base + c.charCodeAt(0)));
}
