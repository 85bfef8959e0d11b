/** Values a text gives for slots that tell two events of one kind apart: slot name → values ("age" → {"33"}). */
export type EventSlots = Map<string, Set<string>>;

/** Characters of a body read for slots: the lead states the event's own figures; later text adds background. */
const LEAD_CHARS = 400;

/**
 * Ages of the people named ("33-year-old"), sums of money ("$108 million", in millions) and quake
 * magnitudes ("magnitude 6.1"): two heists, two climbers' deaths, two quakes of one region differ here
 * while their words agree. Counts of dead are left out: they rise as a story goes on.
 */
const SLOTS: { slot: string; pattern: RegExp; value: (m: RegExpMatchArray) => string | null }[] = [
  { slot: 'age', pattern: /\b(\d{1,3})[- ]years?[- ]old\b/gi, value: (m) => m[1] ?? null },
  { slot: 'money', pattern: /[$€£¥]\s?(\d+(?:\.\d+)?)\s?(million|billion|mn|bn|m)\b/gi, value: millions },
  { slot: 'magnitude', pattern: /\bmagnitude[- ](?:of )?(\d\.\d)\b|\b(\d\.\d)[- ]magnitude\b|\bmeasuring (\d\.\d)\b/gi, value: (m) => m[1] ?? m[2] ?? m[3] ?? null },
];

/** The slot values of a headline and the lead of its body. */
export function eventSlots({ title, body }: { title: string; body: string }): EventSlots {
  const text = `${title}\n${body.slice(0, LEAD_CHARS)}`;
  const out: EventSlots = new Map();
  for (const { slot, pattern, value } of SLOTS) {
    for (const m of text.matchAll(pattern)) {
      const v = value(m);
      if (v === null) continue;
      const values = out.get(slot);
      if (values) values.add(v);
      else out.set(slot, new Set([v]));
    }
  }
  return out;
}

/** Values a story keeps per slot; past that the slot holds the wildcard, which conflicts with nothing. */
const MAX_VALUES = 16;
const ANY = '*';

/** Adds the values of `more` into `into` (a story's slots: the union of its members'). */
export function addSlots(into: EventSlots, more: EventSlots): void {
  for (const [slot, values] of more) {
    const have = into.get(slot);
    if (!have) into.set(slot, new Set(values));
    else if (!have.has(ANY)) for (const v of values) have.add(v);
    if (into.get(slot)!.size > MAX_VALUES) into.set(slot, new Set([ANY]));
  }
}

/** Whether some slot is filled on both sides with no value in common (a missing slot is no conflict, nor is the wildcard). */
export function slotsConflict(a: EventSlots, b: EventSlots): boolean {
  for (const [slot, va] of a) {
    const vb = b.get(slot);
    if (vb && !va.has(ANY) && !vb.has(ANY) && ![...va].some((v) => vb.has(v))) return true;
  }
  return false;
}

function millions(m: RegExpMatchArray): string | null {
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return null;
  const unit = (m[2] ?? '').toLowerCase();
  return String(unit.startsWith('b') ? n * 1000 : n);
}
