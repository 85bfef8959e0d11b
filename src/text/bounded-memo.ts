/**
 * The value a memo holds for a key, made and kept when it holds none. The memo is bounded: when it holds `limit`
 * values it is emptied before the next is kept, so a stream of new keys never grows it without end.
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, limit: number, make: () => V): V {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= limit) memo.clear();
  const value = make();
  memo.set(key, value);
  return value;
}
