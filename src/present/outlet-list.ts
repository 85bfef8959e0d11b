/** "A, B, C +2": the first `shown` outlets and how many more; "" when none is named. */
export function outletList(outlets: readonly string[], shown = 3): string {
  const more = outlets.length > shown ? ` +${outlets.length - shown}` : '';
  return `${outlets.slice(0, shown).join(', ')}${more}`;
}
