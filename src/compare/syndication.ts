import { detectAgency } from './agency.ts';
import type { Draft } from './drafts.ts';

/** Whether a report is original text or a near-copy of an earlier one, and the agency it names. */
export interface Provenance {
  independent: boolean;
  copyOf: string | null;
  agency: string | null;
}

const SHINGLE = 5;
/** Share of the smaller text's shingles found in the other, above which two texts are one text. */
export const COPY_CONTAINMENT = 0.5;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word n-gram shingles of a text (5-grams unless told). */
export function shingles(text: string, size: number = SHINGLE): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
  return out;
}

/** Share of the smaller set's members that the larger set also holds. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

function isCopy(a: Draft, b: Draft, sa: Set<string>, sb: Set<string>): boolean {
  if (a.article.body.trim() === '' || b.article.body.trim() === '') {
    return a.article.body.trim() === b.article.body.trim() && words(a.article.title).join(' ') === words(b.article.title).join(' ');
  }
  if (Math.min(sa.size, sb.size) < 4) return words(a.article.body).join(' ') === words(b.article.body).join(' ');
  return containment(sa, sb) >= COPY_CONTAINMENT;
}

function agencyOf(draft: Draft): string | null {
  const body = draft.article.body;
  return detectAgency(`${draft.article.title}\n${body.slice(0, 400)}\n${body.slice(-300)}`);
}

/**
 * Marks near-duplicate texts: in time order, the first of a family is independent and later near-copies point to it;
 * a wire agency's own report comes first whatever its time, so AP's story is not listed as a copy of a site that ran
 * it a minute sooner. Copies that do not name an agency inherit the original's.
 */
export function detectSyndication(drafts: Draft[]): Map<string, Provenance> {
  const out = new Map<string, Provenance>();
  const originals: { draft: Draft; shingles: Set<string> }[] = [];
  const wire = (d: Draft): number => (d.outlet.ownership === 'wire-agency' ? 0 : 1);
  for (const draft of [...drafts].sort((a, b) => wire(a) - wire(b))) {
    const own = shingles(draft.article.body);
    const original = originals.find((o) => isCopy(o.draft, draft, o.shingles, own));
    const agency = agencyOf(draft);
    if (original === undefined) {
      originals.push({ draft, shingles: own });
      out.set(draft.article.id, { independent: true, copyOf: null, agency });
    } else {
      const inherited = out.get(original.draft.article.id)?.agency ?? null;
      out.set(draft.article.id, { independent: false, copyOf: original.draft.article.id, agency: agency ?? inherited });
    }
  }
  return out;
}
