const TRACKING_PREFIXES = ['utm_', 'ns_', 'at_custom', 'pk_', 'mtm_'];
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'ocid',
  'cmpid',
  'cmp',
  'at_medium',
  'at_campaign',
  'at_ptr_name',
  'at_link_id',
  'at_format',
  'icid',
  'ito',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
  'smid',
  'smtyp',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'oly_enc_id',
  'oly_anon_id',
  'vero_id',
  'wt.mc_id',
  'wt_mc_id',
]);

/** True when a query parameter name is a known click/campaign tracker rather than part of the address. */
export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_NAMES.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * The address an article is known by: resolved against `base`, http(s) only, host lower-cased,
 * fragment dropped and tracking parameters (`utm_*`, `fbclid`, …) removed, other parameters kept in order.
 * Returns null for anything that is not a usable web address.
 */
export function canonicalUrl(url: string, base?: string): string | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  let parsed: URL;
  try {
    parsed = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname) return null;
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  const query = parsed.search.replace(/^\?/, '');
  const kept = query.split('&').filter((pair) => pair !== '' && !isTrackingParam(paramName(pair)));
  parsed.search = kept.length ? `?${kept.join('&')}` : '';
  return parsed.href;
}
