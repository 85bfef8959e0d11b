import type { Member } from './story-state.ts';

/** Share of a group's headlines a name must be in to be what the group is about. */
const SUBJECT_SHARE = 0.5;
/** Fewest headlines that must name someone for that name to be a group's subject: two of three is chance wording. */
const MIN_SUBJECT_HEADLINES = 3;
/** Most share of the other group's headlines that may give that name (one stray report in ten). */
const FOREIGN_SHARE = 0.1;

/**
 * Whether two groups of reports are about different subjects by their headlines: most of one group's
 * headlines name someone (Jackson, the Angels) that the other group's headlines never name, and the
 * other way round (Williams, the Red Sox). Bodies are not asked: a report on the second of two DUI
 * arrests at one club recalls the first, so names alone are shared both ways, but a headline names
 * whom its report is about. A name counts as given when the other headline spells it as initials
 * ("IE" for "Internet Explorer") or the reverse.
 */
export function headlinesApart(a: Member[], b: Member[]): boolean {
  return hasOwnSubject(a, b) && hasOwnSubject(b, a);
}

function hasOwnSubject(group: Member[], other: Member[]): boolean {
  const counts = new Map<string, number>();
  for (const m of group) for (const name of m.headlineNames) if (!name.includes('_')) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [name, n] of counts) {
    if (n < SUBJECT_SHARE * group.length || n < MIN_SUBJECT_HEADLINES) continue;
    const forms = [name, ...initialsOf(name, group)];
    const given = other.filter((m) => forms.some((f) => m.headlineNames.includes(f)) || m.headlineNames.some((p) => initials(p) === name));
    if (given.length <= FOREIGN_SHARE * other.length) return true;
  }
  return false;
}

/** Initials ("@ie") of the headline name pairs of a group that hold the name ("@internet_explor"). */
function initialsOf(name: string, group: Member[]): string[] {
  const word = name.slice(1);
  const out: string[] = [];
  for (const m of group)
    for (const p of m.headlineNames) if (p.includes('_') && p.slice(1).split('_').includes(word)) out.push(initials(p)!);
  return out;
}

/** "@ie" for the pair "@internet_explor"; null for a single name. */
function initials(pair: string): string | null {
  if (!pair.includes('_')) return null;
  return (
    pair[0] +
    pair
      .slice(1)
      .split('_')
      .map((w) => w[0])
      .join('')
  );
}
